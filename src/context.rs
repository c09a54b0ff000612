//! What every panel of one widget shares: its settings, texts, storage, today's date and the
//! last finished check. The app root provides it; panels read it with `use_context`. Dates are
//! read from and written by the browser's clock and `Intl` here, for every panel alike.
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::Callback;

use crate::domain::check_record::CheckRecord;
use crate::domain::config::{Panel, WidgetConfig};
use crate::domain::content::Texts;
use crate::domain::date::CalendarDate;
use crate::storage::BrowserStore;

#[derive(Clone)]
pub struct WidgetContext {
    pub config: Rc<WidgetConfig>,
    pub texts: &'static dyn Texts,
    pub store: Rc<BrowserStore>,
    /// Tells this widget's own storage notices apart from those of other widgets on the page.
    pub instance: u32,
    pub today: CalendarDate,
    pub last_check: Option<Rc<CheckRecord>>,
    /// The checker reports a finished check here; the app saves it and shares it.
    pub on_check_done: Callback<CheckRecord>,
    /// Switches to another panel, e.g. from a result to the tips.
    pub on_show_panel: Callback<Panel>,
}

impl PartialEq for WidgetContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.store, &other.store)
            && self.instance == other.instance
            && self.today == other.today
            && self.last_check == other.last_check
    }
}

/// Today's date in the visitor's time zone, from the browser's clock.
pub fn today() -> CalendarDate {
    let now = js_sys::Date::new_0();
    CalendarDate::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(CalendarDate::MIN)
}

/// How much of a date to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "November 26, 2026"
    Long,
    /// "Tue, Mar 11, 2025"
    Full,
    /// "Tue, Mar 11"
    Day,
    /// "Mar 11"
    Short,
}

/// A date as the browser writes it for `locale`. Falls back to `YYYY-MM-DD`, which every reader
/// can follow, if `Intl` gives nothing.
pub fn format_date(date: CalendarDate, locale: &str, style: DateStyle) -> String {
    let js_date = js_sys::Date::new_with_year_month_day(
        date.year() as u32,
        date.month() as i32 - 1,
        date.day() as i32,
    );
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    };
    set("day", "numeric");
    set(
        "month",
        if style == DateStyle::Long {
            "long"
        } else {
            "short"
        },
    );
    if matches!(style, DateStyle::Full | DateStyle::Day) {
        set("weekday", "short");
    }
    if matches!(style, DateStyle::Long | DateStyle::Full) {
        set("year", "numeric");
    }
    js_date
        .to_locale_date_string(locale, &JsValue::from(options))
        .as_string()
        .filter(|text| !text.is_empty())
        .unwrap_or_else(|| date.to_string())
}
