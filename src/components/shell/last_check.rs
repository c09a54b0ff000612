//! The last finished check, which the checker and the tips read: loaded from storage (opened
//! with the lock's key when the diary is locked), kept in step when another tab or widget
//! stores a new one, saved when a check ends, and, while the diary is locked, held in memory
//! until it is unlocked.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::lock::{read_private, store_private, Key, LockContext};
use crate::domain::checker::check_record::CheckRecord;
use crate::domain::config::WidgetConfig;
use crate::domain::lock::session::LockState;
use crate::domain::store::{load_json, parse_json, KeyValueStore};
use crate::storage::{announce_change, BrowserStore, ChangeListener};

/// Where the last check is kept.
#[derive(Clone)]
pub struct LastCheckStore {
    pub store: Rc<BrowserStore>,
    pub config: Rc<WidgetConfig>,
    pub instance: u32,
    pub lock: LockContext,
}

/// What the shell shares of the last check.
pub struct LastCheck {
    pub shown: Option<Rc<CheckRecord>>,
    /// A check finished while the diary was locked and waits for the unlock to be saved.
    pub waits_for_unlock: bool,
    /// Where the checker hands a finished check.
    pub on_done: Callback<CheckRecord>,
}

impl LastCheckStore {
    /// The stored check as it can be read now: a locked one is absent until unlocked.
    fn load(&self) -> Option<Rc<CheckRecord>> {
        load_json::<CheckRecord, _>(&*self.store, self.config.storage_keys.last_result())
            .ok()
            .flatten()
            .map(Rc::new)
    }

    /// Reads the stored check again, opening it with `key` when it is locked.
    fn reload(&self, key: Option<Rc<Key>>, shown: UseStateHandle<Option<Rc<CheckRecord>>>) {
        let raw = self
            .store
            .get(self.config.storage_keys.last_result())
            .ok()
            .flatten();
        read_private(key, raw, move |opened| {
            let record = opened.ok().flatten().and_then(|text| parse_json(&text));
            shown.set(record.map(Rc::new));
        });
    }

    /// The result is on screen either way; a failed save only loses it on reload, and the
    /// storage notice already explains why.
    fn save(&self, record: &CheckRecord) {
        let Ok(text) = serde_json::to_string(record) else {
            return;
        };
        let (key, instance) = (
            self.config.storage_keys.last_result().to_owned(),
            self.instance,
        );
        store_private(&self.lock, &self.store, &key.clone(), text, move |saved| {
            if saved.is_ok() {
                announce_change(&key, instance);
            }
        });
    }
}

#[hook]
pub fn use_last_check(kept: LastCheckStore) -> LastCheck {
    let shown = {
        let kept = kept.clone();
        use_state(move || kept.load())
    };
    let held = use_state(|| None::<CheckRecord>);
    {
        let (kept, shown) = (kept.clone(), shown.clone());
        use_effect_with((), move |_| {
            let keys = kept.config.storage_keys.clone();
            let (listening, instance) = (kept.clone(), kept.instance);
            let listener = ChangeListener::new(
                keys,
                instance,
                Rc::new(move |changed: String| {
                    if changed == listening.config.storage_keys.last_result() {
                        listening.reload(listening.lock.current_key.get(), shown.clone());
                    }
                }),
            );
            move || drop(listener)
        });
    }
    {
        // Unlocking opens the stored check, or saves the one that waited; locking forgets it.
        let (kept, shown, held) = (kept.clone(), shown.clone(), held.clone());
        use_effect_with(kept.lock.state().clone(), move |state| match state {
            LockState::Unlocked(key) => match (*held).clone() {
                Some(record) => {
                    kept.save(&record);
                    held.set(None);
                }
                None => kept.reload(Some(key.clone()), shown),
            },
            LockState::Locked if held.is_none() => shown.set(None),
            _ => {}
        });
    }
    let on_done = {
        let (shown, held) = (shown.clone(), held.clone());
        Callback::from(move |record: CheckRecord| {
            if *kept.lock.state() == LockState::Locked {
                held.set(Some(record.clone()));
            } else {
                kept.save(&record);
            }
            shown.set(Some(Rc::new(record)));
        })
    };
    LastCheck {
        shown: (*shown).clone(),
        waits_for_unlock: held.is_some(),
        on_done,
    }
}
