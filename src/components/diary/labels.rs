//! Words the diary components share: choice labels (borrowed from the checker's content where
//! the checker already names the thing) and counts.

use crate::domain::checker::answers::AnswerOption;
use crate::domain::checker::factors::FactorId;
use crate::domain::content::Texts;
use crate::domain::diary::entry::Muscle;
use crate::domain::diary::entry::{muscle_location, trigger_habit};
use crate::domain::diary::entry::{Relief, Side, Trigger};

/// "Calf (back of the lower leg)", as the checker asks about it.
pub fn muscle_label(texts: &dyn Texts, muscle: Muscle) -> &'static str {
    texts.option(AnswerOption::Location(muscle_location(muscle)))
}

pub fn side_label(side: Side) -> &'static str {
    match side {
        Side::Left => "Left leg",
        Side::Right => "Right leg",
        Side::Both => "Both legs",
    }
}

/// The checker's name for the habit ("Not drinking enough"); a new medicine is the diary's own.
pub fn trigger_label(texts: &dyn Texts, trigger: Trigger) -> &'static str {
    match trigger_habit(trigger) {
        Some(habit) => texts.factor(FactorId::Lifestyle(habit)).title,
        None => "A new medicine",
    }
}

pub fn relief_label(relief: Relief) -> &'static str {
    match relief {
        Relief::Stretching => "Stretching",
        Relief::Walking => "Walking about",
        Relief::Massage => "Massage",
        Relief::Heat => "Warmth",
        Relief::Cold => "Something cold",
        Relief::Water => "A drink of water",
        Relief::Nothing => "Nothing helped",
    }
}

/// "1 night", "3 nights": counts read as words, not as "3 night(s)".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
