//! What every panel of one widget shares: its settings, texts, storage, the diary lock, today's
//! date and the last finished check. The app root provides it; panels read it with `use_context`. Today's
//! date and the reader's locale are read from the browser here, for every panel alike.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::lock::LockContext;
use crate::domain::checker::check_record::CheckRecord;
use crate::domain::config::{Panel, WidgetConfig};
use crate::domain::content::{Language, Texts};
use crate::domain::cramp_now::TimedCramp;
use crate::domain::date::{CalendarDate, DateStyle};
use crate::storage::BrowserStore;

#[derive(Clone)]
pub struct WidgetContext {
    pub config: Rc<WidgetConfig>,
    /// The language the texts are in (also the widget root's `lang`).
    pub language: Language,
    pub texts: &'static dyn Texts,
    pub store: Rc<BrowserStore>,
    /// Tells this widget's own storage notices apart from those of other widgets on the page.
    pub instance: u32,
    pub today: CalendarDate,
    /// See `date_locale`.
    pub date_locale: Rc<str>,
    pub last_check: Option<Rc<CheckRecord>>,
    /// A finished check waits in memory for the diary to be unlocked before it is saved.
    pub check_waits_for_unlock: bool,
    /// The checker reports a finished check here; the app saves it and shares it.
    pub on_check_done: Callback<CheckRecord>,
    /// Switches to another panel, e.g. from a result to the tips.
    pub on_show_panel: Callback<Panel>,
    /// The visitor picked another language in the menu.
    pub on_language: Callback<Language>,
    /// A cramp the "Cramp now" guide timed, for the diary to open as a new entry.
    pub pending_cramp: Option<Rc<TimedCramp>>,
    /// The diary took the pending cramp into its form.
    pub on_cramp_taken: Callback<()>,
    pub lock: LockContext,
}

impl PartialEq for WidgetContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
            && Rc::ptr_eq(&self.store, &other.store)
            && self.instance == other.instance
            && self.language == other.language
            && self.today == other.today
            && self.date_locale == other.date_locale
            && self.last_check == other.last_check
            && self.pending_cramp == other.pending_cramp
            && self.check_waits_for_unlock == other.check_waits_for_unlock
            && self.lock == other.lock
    }
}

impl WidgetContext {
    /// A date in the widget's language, in the reader's regional order.
    pub fn date(&self, date: CalendarDate, style: DateStyle) -> String {
        self.texts.date(date, style, &self.date_locale)
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

/// The browser's own language tag when it is a regional variant of the widget's language (an
/// en-GB browser gets "26 November 2025" from an `en` widget), else the widget's language.
pub fn date_locale(lang: &str) -> String {
    let browser = web_sys::window().and_then(|window| window.navigator().language());
    match browser {
        Some(tag)
            if tag
                .split(['-', '_'])
                .next()
                .is_some_and(|primary| primary.eq_ignore_ascii_case(lang)) =>
        {
            tag
        }
        _ => lang.to_string(),
    }
}

/// The shared context, for any component inside the widget. Every component renders inside
/// `App`'s provider, so a missing context is a wiring mistake: it fails loudly, naming the
/// mistake in the console, instead of rendering an empty box that a test might not notice.
#[hook]
pub fn use_widget() -> WidgetContext {
    use_context::<WidgetContext>()
        .expect("a cramp-widget component was rendered outside the App's WidgetContext provider")
}

/// The browser's languages in the visitor's order of preference (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|window| window.navigator().languages())
        .map(|tags| tags.iter().filter_map(|tag| tag.as_string()).collect())
        .unwrap_or_default()
}
