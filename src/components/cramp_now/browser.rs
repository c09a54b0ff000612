//! The browser's side of the guide's clock: `Date.now()`, a tick every second while the guide
//! is open, the Screen Wake Lock, and the start read on the patient's own calendar and clock.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Date, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::UseReducerDispatcher;

use crate::components::reducer::Reduced;
use crate::domain::content::{fill, Texts, Ui};
use crate::domain::cramp_now::{CrampAction, CrampGuide, TimedCramp};
use crate::domain::date::CalendarDate;

const TICK_MS: i32 = 1000;

pub fn now_ms() -> u64 {
    Date::now() as u64
}

/// The clock and the wake lock of an open guide; dropping it (the guide closed, or the widget
/// left the page) stops both.
pub struct Running {
    interval: Option<i32>,
    _tick: Closure<dyn FnMut()>,
    on_visibility: Closure<dyn FnMut()>,
    wake_lock: Rc<WakeLock>,
}

impl Running {
    pub fn start(dispatch: UseReducerDispatcher<Reduced<CrampGuide>>) -> Running {
        let window = web_sys::window();
        let tick = {
            let dispatch = dispatch.clone();
            Closure::<dyn FnMut()>::new(move || {
                dispatch.dispatch(CrampAction::Tick { now_ms: now_ms() })
            })
        };
        let interval = window.as_ref().and_then(|window| {
            window
                .set_interval_with_callback_and_timeout_and_arguments_0(
                    tick.as_ref().unchecked_ref(),
                    TICK_MS,
                )
                .ok()
        });
        let wake_lock = Rc::new(WakeLock::default());
        wake_lock.request();
        // A phone that slept stopped the ticks, and the browser let go of the wake lock when
        // the page was hidden: on return, show the right time at once and ask again.
        let on_visibility = {
            let wake_lock = wake_lock.clone();
            Closure::<dyn FnMut()>::new(move || {
                if page_visible() {
                    dispatch.dispatch(CrampAction::Tick { now_ms: now_ms() });
                    wake_lock.request();
                }
            })
        };
        if let Some(document) = window.and_then(|window| window.document()) {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                on_visibility.as_ref().unchecked_ref(),
            );
        }
        Running {
            interval,
            _tick: tick,
            on_visibility,
            wake_lock,
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(interval) = self.interval {
            window.clear_interval_with_handle(interval);
        }
        if let Some(document) = window.document() {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                self.on_visibility.as_ref().unchecked_ref(),
            );
        }
        self.wake_lock.release();
    }
}

fn page_visible() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| !document.hidden())
}

/// `navigator.wakeLock`, where the browser has it (read through `Reflect`, since web-sys has
/// it only behind its unstable flag). Missing, refused or failed all mean the same to the
/// patient: the screen may dim, and the guide still works.
#[derive(Default)]
struct WakeLock {
    sentinel: RefCell<Option<JsValue>>,
    released: Cell<bool>,
}

impl WakeLock {
    fn request(self: &Rc<Self>) {
        let Some(promise) = wake_lock_request() else {
            return;
        };
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(sentinel) = JsFuture::from(promise).await else {
                return;
            };
            // The guide may have closed while the browser decided.
            if this.released.get() {
                call_release(&sentinel);
            } else if let Some(old) = this.sentinel.replace(Some(sentinel)) {
                call_release(&old);
            }
        });
    }

    fn release(&self) {
        self.released.set(true);
        if let Some(sentinel) = self.sentinel.take() {
            call_release(&sentinel);
        }
    }
}

fn wake_lock_request() -> Option<Promise> {
    let navigator = web_sys::window()?.navigator();
    let wake_lock = Reflect::get(&navigator, &"wakeLock".into()).ok()?;
    let request = Reflect::get(&wake_lock, &"request".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    request
        .call1(&wake_lock, &"screen".into())
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}

fn call_release(sentinel: &JsValue) {
    let release = Reflect::get(sentinel, &"release".into()).and_then(|f| f.dyn_into::<Function>());
    if let Ok(release) = release {
        let _ = release.call0(sentinel);
    }
}

/// When the cramp began on the patient's clock, in the widget's language ("3:12 AM").
pub fn began_at(guide: &CrampGuide, locale: &str) -> String {
    let start = start_date(guide);
    let options = Object::new();
    let _ = Reflect::set(&options, &"hour".into(), &"numeric".into());
    let _ = Reflect::set(&options, &"minute".into(), &"2-digit".into());
    start
        .to_locale_time_string_with_options(locale, &options)
        .into()
}

/// The cramp the guide timed, as the diary entry it becomes: its night and start on the
/// patient's own calendar.
pub fn timed_cramp(guide: &CrampGuide, texts: &dyn Texts, locale: &str) -> TimedCramp {
    let start = start_date(guide);
    let date = CalendarDate::from_ymd(
        start.get_full_year() as i32,
        start.get_month() + 1,
        start.get_date(),
    )
    .unwrap_or(CalendarDate::MIN);
    let note = fill(
        texts.ui(Ui::CrampBeganNote),
        &[("time", &began_at(guide, locale))],
    );
    TimedCramp::from_guide(guide, date, start.get_hours(), note)
}

fn start_date(guide: &CrampGuide) -> Date {
    let started_ms = guide.started_ms.unwrap_or(guide.now_ms);
    Date::new(&JsValue::from_f64(started_ms as f64))
}
