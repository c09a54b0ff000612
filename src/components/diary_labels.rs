//! Words and dates the diary components share: choice labels (borrowed from the checker's
//! content where the checker already names the thing), and dates in the reader's language via the
//! browser's `Intl`.
use wasm_bindgen::JsValue;

use crate::domain::answers::AnswerOption;
use crate::domain::assessment::FactorId;
use crate::domain::content::Texts;
use crate::domain::date::CalendarDate;
use crate::domain::diary::Muscle;
use crate::domain::diary::{Relief, Side, Trigger};
use crate::domain::diary_book::{muscle_location, trigger_habit};

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

/// How much of a date to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "Tue, Mar 11, 2025"
    Full,
    /// "Tue, Mar 11"
    Day,
    /// "Mar 11"
    Short,
}

/// A date in the widget's language, as the browser writes it. Falls back to `YYYY-MM-DD`,
/// which every reader can follow, if `Intl` gives nothing.
pub fn format_date(date: CalendarDate, lang: &str, style: DateStyle) -> String {
    let js_date = js_sys::Date::new_with_year_month_day(
        date.year() as u32,
        date.month() as i32 - 1,
        date.day() as i32,
    );
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("month", "short");
    set("day", "numeric");
    if style != DateStyle::Short {
        set("weekday", "short");
    }
    if style == DateStyle::Full {
        set("year", "numeric");
    }
    js_date
        .to_locale_date_string(lang, &JsValue::from(options))
        .as_string()
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| date.to_string())
}

/// "1 night", "3 nights": counts read as words, not as "3 night(s)".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
