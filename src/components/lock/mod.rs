//! The diary lock in the browser: the `DiaryLock` reducer with its jobs run against WebCrypto
//! and storage, the key shared with every panel, locking by itself when idle or hidden, and
//! the two helpers every private value goes through, so none is ever written plain while the
//! lock is on.
mod jobs;
mod settings;
mod unlock;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::CryptoKey;
use yew::prelude::*;

pub use settings::DiaryLockSettings;
pub use unlock::DiaryUnlock;

use crate::components::diary::focus_within;
use crate::components::reducer::{use_feature_reducer, FeatureHandle};
use crate::crypto::WebCrypto;
use crate::domain::config::WidgetConfig;
use crate::domain::content::{fill, Texts, Ui};
use crate::domain::lock::envelope::{self, is_locked};
use crate::domain::lock::idle::Activity;
use crate::domain::lock::session::{DiaryLock, LockAction, LockProblem, LockState, Observed};
use crate::domain::lock::vault::{self, DiaryKey, LockError};
use crate::domain::store::{KeyValueStore, StoreError};
use crate::storage::{BrowserStore, ChangeListener};

/// The key of an unlocked diary in this browser.
pub type Key = DiaryKey<CryptoKey>;
pub type LockHandle = FeatureHandle<DiaryLock<CryptoKey>>;

/// How often an unlocked diary asks whether it has been idle or hidden too long.
const IDLE_CHECK_MS: i32 = 10_000;

/// What the panels need of the lock.
#[derive(Clone, PartialEq)]
pub struct LockContext {
    pub handle: LockHandle,
    /// The key now, for callbacks that outlive a render (storage events, finished jobs).
    pub current_key: KeyCell,
    /// A use of the widget (a tap, a key): it restarts the idle clock.
    pub on_activity: Callback<()>,
}

/// The key in memory, as of now rather than as of a render.
#[derive(Clone, Default)]
pub struct KeyCell(Rc<RefCell<Option<Rc<Key>>>>);

impl PartialEq for KeyCell {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl KeyCell {
    pub fn get(&self) -> Option<Rc<Key>> {
        self.0.borrow().clone()
    }
}

impl LockContext {
    pub fn state(&self) -> &LockState<CryptoKey> {
        self.handle.state()
    }

    pub fn is_on(&self) -> bool {
        self.handle.is_on()
    }

    pub fn dispatch(&self, action: LockAction<CryptoKey>) {
        self.handle.dispatch(action);
    }
}

/// The lock for one widget: its state, the jobs it runs, and its locking by itself.
#[hook]
pub fn use_diary_lock(
    store: &Rc<BrowserStore>,
    config: &Rc<WidgetConfig>,
    instance: u32,
) -> LockContext {
    let handle = {
        let (store, config) = (store.clone(), config.clone());
        use_feature_reducer(move || {
            let stored = store.get(config.storage_keys.diary()).ok().flatten();
            DiaryLock::new(stored.is_some_and(|raw| is_locked(&raw)))
        })
    };
    let current_key = (*use_memo((), |_| KeyCell::default())).clone();
    {
        let cell = current_key.clone();
        use_effect_with(handle.key().cloned(), move |key| {
            *cell.0.borrow_mut() = key.clone();
        });
    }
    jobs::use_lock_jobs(&handle, store, config, instance);
    use_observe_other_tabs(&handle, &current_key, store, config, instance);
    let on_activity = use_auto_lock(&handle);
    LockContext {
        handle,
        current_key,
        on_activity,
    }
}

/// What another tab's write of the diary means for this tab's lock.
pub(crate) fn observe(
    store: &BrowserStore,
    config: &WidgetConfig,
    key: Option<&Rc<Key>>,
) -> Observed {
    let raw = store.get(config.storage_keys.diary()).ok().flatten();
    match raw {
        Some(raw) if is_locked(&raw) => match (envelope::parse(&raw), key) {
            (Ok(sealed), Some(key)) if sealed.header == key.header => Observed::SameKey,
            _ => Observed::OtherKey,
        },
        _ => Observed::Plain,
    }
}

#[hook]
fn use_observe_other_tabs(
    handle: &LockHandle,
    current_key: &KeyCell,
    store: &Rc<BrowserStore>,
    config: &Rc<WidgetConfig>,
    instance: u32,
) {
    let (dispatcher, cell) = (handle.dispatcher(), current_key.clone());
    let (store, config) = (store.clone(), config.clone());
    use_effect_with((), move |_| {
        let keys = config.storage_keys.clone();
        let listener = ChangeListener::new(
            keys.clone(),
            instance,
            Rc::new(move |changed: String| {
                if changed == keys.diary() {
                    let observed = observe(&store, &config, cell.get().as_ref());
                    dispatcher.dispatch(LockAction::Observed(observed));
                }
            }),
        );
        move || drop(listener)
    });
}

/// Locks an unlocked diary after 15 minutes without use, or 5 minutes hidden. The page's own
/// timers slow down in hidden tabs, so showing the page again asks at once.
#[hook]
fn use_auto_lock(handle: &LockHandle) -> Callback<()> {
    let activity = use_memo((), |_| Rc::new(Cell::new(Activity::new(now_ms()))));
    let unlocked = handle.key().is_some();
    {
        let (activity, dispatcher) = ((*activity).clone(), handle.dispatcher());
        use_effect_with(unlocked, move |&unlocked| {
            let watch = unlocked.then(|| {
                activity.set(Activity::new(now_ms()));
                AutoLockWatch::start(
                    activity,
                    Rc::new(move || dispatcher.dispatch(LockAction::LockNow)),
                )
            });
            move || drop(watch)
        });
    }
    let activity = (*activity).clone();
    Callback::from(move |()| {
        let mut now = activity.get();
        now.used(now_ms());
        activity.set(now);
    })
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The interval and the `visibilitychange` listener of one unlocked spell.
struct AutoLockWatch {
    interval: i32,
    _tick: Closure<dyn Fn()>,
    on_visibility: Closure<dyn Fn()>,
}

impl AutoLockWatch {
    fn start(activity: Rc<Cell<Activity>>, lock: Rc<dyn Fn()>) -> Option<AutoLockWatch> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let check = {
            let (activity, lock) = (activity.clone(), lock.clone());
            move || {
                if activity.get().should_lock(now_ms()) {
                    lock();
                }
            }
        };
        let tick = Closure::<dyn Fn()>::new(check.clone());
        let on_visibility = {
            let document = document.clone();
            Closure::<dyn Fn()>::new(move || {
                let mut now = activity.get();
                now.hidden(document.hidden(), now_ms());
                activity.set(now);
                check();
            })
        };
        let interval = window
            .set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                IDLE_CHECK_MS,
            )
            .ok()?;
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visibility.as_ref().unchecked_ref(),
        );
        Some(AutoLockWatch {
            interval,
            _tick: tick,
            on_visibility,
        })
    }
}

impl Drop for AutoLockWatch {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_interval_with_handle(self.interval);
            if let Some(document) = window.document() {
                let _ = document.remove_event_listener_with_callback(
                    "visibilitychange",
                    self.on_visibility.as_ref().unchecked_ref(),
                );
            }
        }
    }
}

/// Moves focus to `target` inside `root` when `now` changes (not on the first render), so a
/// keyboard user is never left on a button that has just gone.
#[hook]
pub fn use_focus_on_change<T: PartialEq + Clone + 'static>(
    root: &NodeRef,
    now: T,
    target: Option<&'static str>,
) {
    let first = use_mut_ref(|| true);
    let root = root.clone();
    use_effect_with(now, move |_| {
        if let (false, Some(selector)) = (first.replace(false), target) {
            focus_within(&root, selector);
        }
    });
}

thread_local! {
    /// The newest write asked for, per key, so a slower earlier seal never lands after it.
    static LATEST_WRITE: RefCell<Vec<(String, u64)>> = const { RefCell::new(Vec::new()) };
}

fn next_write(key: &str) -> u64 {
    LATEST_WRITE.with(|latest| {
        let mut latest = latest.borrow_mut();
        match latest.iter_mut().find(|(stored, _)| stored == key) {
            Some((_, serial)) => {
                *serial += 1;
                *serial
            }
            None => {
                latest.push((key.to_owned(), 1));
                1
            }
        }
    })
}

fn is_latest_write(key: &str, serial: u64) -> bool {
    LATEST_WRITE.with(|latest| {
        latest
            .borrow()
            .iter()
            .any(|(stored, newest)| stored == key && *newest == serial)
    })
}

/// Stores a private value as the lock requires: plain while it is off, sealed while it is
/// unlocked, and not at all while it is locked (the caller keeps the value in memory). `done`
/// hears how it went; a write overtaken by a newer one of the same key is skipped quietly.
pub fn store_private(
    lock: &LockContext,
    store: &Rc<BrowserStore>,
    key: &str,
    text: String,
    done: impl FnOnce(Result<(), StoreError>) + 'static,
) {
    let serial = next_write(key);
    match (lock.is_on(), lock.current_key.get()) {
        (false, _) => done(store.set(key, &text)),
        (true, None) => done(Err(StoreError::Unavailable(
            "the diary is locked".to_owned(),
        ))),
        (true, Some(diary_key)) => {
            let (store, key) = (store.clone(), key.to_owned());
            spawn_local(async move {
                let sealed = vault::seal(&WebCrypto, &diary_key, &text).await;
                if !is_latest_write(&key, serial) {
                    return;
                }
                done(match sealed {
                    Ok(sealed) => store.set(&key, &sealed),
                    Err(error) => Err(StoreError::Failed(error.to_string())),
                });
            });
        }
    }
}

/// Reads a private value: as it is when plain, opened with the key when locked. `None` when
/// absent, locked without the key in memory, or not opening (`done` gets the reason).
pub fn read_private(
    key: Option<Rc<Key>>,
    raw: Option<String>,
    done: impl FnOnce(Result<Option<String>, LockError>) + 'static,
) {
    match (raw, key) {
        (None, _) => done(Ok(None)),
        (Some(raw), _) if !is_locked(&raw) => done(Ok(Some(raw))),
        (Some(_), None) => done(Ok(None)),
        (Some(raw), Some(key)) => spawn_local(async move {
            done(vault::open(&WebCrypto, &key, &raw).await.map(Some));
        }),
    }
}

/// A lock problem in the patient's words, ending in "Nothing was changed." when it stopped a
/// change.
pub fn problem_text(problem: &LockProblem, texts: &dyn Texts) -> String {
    let text = match problem {
        LockProblem::TooShort => texts.ui(Ui::PassphraseTooShort).to_owned(),
        LockProblem::Differ => texts.ui(Ui::PassphrasesDiffer).to_owned(),
        LockProblem::Empty => texts.ui(Ui::PassphraseEmpty).to_owned(),
        LockProblem::Lock(error) => texts.lock_error(error),
        LockProblem::Store(error) => texts.store_error(error),
    };
    match problem {
        LockProblem::Lock(LockError::WrongPassphrase) | LockProblem::Store(_) => {
            fill(texts.ui(Ui::LockNotChanged), &[("problem", &text)])
        }
        _ => text,
    }
}
