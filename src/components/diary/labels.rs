//! Words the diary components share: choice labels borrowed from the checker's content where
//! the checker already names the thing.

use crate::domain::checker::answers::AnswerOption;
use crate::domain::checker::factors::FactorId;
use crate::domain::content::{Texts, Ui};
use crate::domain::diary::entry::{muscle_location, trigger_habit, Muscle, Trigger};

/// "Calf (back of the lower leg)", as the checker asks about it.
pub fn muscle_label(texts: &dyn Texts, muscle: Muscle) -> &'static str {
    texts.option(AnswerOption::Location(muscle_location(muscle)))
}

/// The checker's name for the habit ("Not drinking enough"); a new medicine is the diary's own.
pub fn trigger_label(texts: &dyn Texts, trigger: Trigger) -> &'static str {
    match trigger_habit(trigger) {
        Some(habit) => texts.factor(FactorId::Lifestyle(habit)).title,
        None => texts.ui(Ui::NewMedicine),
    }
}
