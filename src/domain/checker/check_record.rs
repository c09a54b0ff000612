//! The last finished check, as kept between visits: the answers and the day they were given.
//! The assessment is worked out again from the answers when shown, so a stored record always
//! agrees with the current rules and texts.
use serde::{Deserialize, Serialize};

use crate::domain::checker::answers::Answers;
use crate::domain::checker::assessment::{assess, Assessment};
use crate::domain::date::CalendarDate;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckRecord {
    pub checked_on: CalendarDate,
    pub answers: Answers,
}

impl CheckRecord {
    pub fn assessment(&self) -> Assessment {
        assess(&self.answers)
    }
}
