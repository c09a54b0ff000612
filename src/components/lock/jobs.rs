//! The lock's jobs, run in the browser: each derives or uses a key with WebCrypto, rewrites
//! the private values with `rewrite_all` in the order that keeps none plain while the lock is
//! on, and answers the reducer with `JobDone`. A failure anywhere leaves storage as it was.
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use web_sys::CryptoKey;
use yew::prelude::*;

use crate::components::lock::{observe, Key, LockHandle};
use crate::crypto::WebCrypto;
use crate::domain::config::WidgetConfig;
use crate::domain::diary::entry::Diary;
use crate::domain::diary::format::encode_stored;
use crate::domain::lock::envelope::{self, is_locked};
use crate::domain::lock::session::{JobOutcome, LockAction, LockJob, LockProblem};
use crate::domain::lock::switch::{rewrite_all, Rewrite};
use crate::domain::lock::vault::{self, LockError};
use crate::domain::store::{load_damaged_lock, KeyValueStore, StorageKeys};
use crate::storage::{announce_change, BrowserStore};

/// Runs the job the reducer leaves, once, and reports back.
#[hook]
pub fn use_lock_jobs(
    handle: &LockHandle,
    store: &Rc<BrowserStore>,
    config: &Rc<WidgetConfig>,
    instance: u32,
) {
    let job = handle.job().cloned();
    let key = handle.key().cloned();
    let (store, config, dispatcher) = (store.clone(), config.clone(), handle.dispatcher());
    use_effect_with(job, move |job| {
        if let Some(job) = job.clone() {
            spawn_local(async move {
                let keys = &config.storage_keys;
                let outcome = run(job, &store, keys, key.clone()).await;
                if !matches!(outcome, JobOutcome::Failed(_) | JobOutcome::Unlocked(_)) {
                    for key in keys.private() {
                        announce_change(key, instance);
                    }
                }
                let new_key = match &outcome {
                    JobOutcome::Unlocked(key)
                    | JobOutcome::TurnedOn(key)
                    | JobOutcome::Changed(key) => Some(key.clone()),
                    JobOutcome::Failed(_) => key,
                    JobOutcome::TurnedOff | JobOutcome::Forgotten => None,
                };
                dispatcher.dispatch(LockAction::JobDone(outcome));
                // Another tab may have written while the job ran; storage has the last word.
                dispatcher.dispatch(LockAction::Observed(observe(
                    &store,
                    &config,
                    new_key.as_ref(),
                )));
            });
        }
    });
}

type Outcome = JobOutcome<CryptoKey>;

async fn run(
    job: LockJob,
    store: &BrowserStore,
    keys: &StorageKeys,
    key: Option<Rc<Key>>,
) -> Outcome {
    let result = match (job, key) {
        (LockJob::Unlock { passphrase }, _) => unlock(store, keys, &passphrase)
            .await
            .map(JobOutcome::Unlocked),
        (LockJob::TurnOn { passphrase }, _) => turn_on(store, keys, &passphrase)
            .await
            .map(JobOutcome::TurnedOn),
        (LockJob::Change { current, new }, Some(key)) => change(store, keys, &key, &current, &new)
            .await
            .map(JobOutcome::Changed),
        (LockJob::TurnOff, Some(key)) => turn_off(store, keys, &key)
            .await
            .map(|()| JobOutcome::TurnedOff),
        (LockJob::Forget, _) => forget(store, keys).map(|()| JobOutcome::Forgotten),
        (LockJob::Change { .. } | LockJob::TurnOff, None) => {
            Err(LockProblem::Lock(LockError::OtherKey))
        }
    };
    result.unwrap_or_else(JobOutcome::Failed)
}

fn stored(store: &BrowserStore, key: &str) -> Result<Option<String>, LockProblem> {
    store.get(key).map_err(LockProblem::Store)
}

/// The stored diary's lock header, or why there is none to open.
fn locked_diary(
    store: &BrowserStore,
    keys: &StorageKeys,
) -> Result<envelope::Envelope, LockProblem> {
    let raw = stored(store, keys.diary())?.ok_or(LockProblem::Lock(LockError::NotLocked))?;
    envelope::parse(&raw).map_err(|error| {
        let error = LockError::from(error);
        if matches!(error, LockError::Damaged(_)) {
            // Kept under the backup rule before anything else can happen to it.
            load_damaged_lock(store, keys, &raw);
        }
        LockProblem::Lock(error)
    })
}

async fn unlock(
    store: &BrowserStore,
    keys: &StorageKeys,
    passphrase: &str,
) -> Result<Rc<Key>, LockProblem> {
    let sealed = locked_diary(store, keys)?;
    vault::key_for(&WebCrypto, passphrase, &sealed.header)
        .await
        .map(Rc::new)
        .map_err(LockProblem::Lock)
}

async fn turn_on(
    store: &BrowserStore,
    keys: &StorageKeys,
    passphrase: &str,
) -> Result<Rc<Key>, LockProblem> {
    let key = vault::new_key(&WebCrypto, passphrase)
        .await
        .map_err(LockProblem::Lock)?;
    let [diary, others @ ..] = keys.private();
    let mut changes = Vec::new();
    for name in others {
        if let Some(plain) = stored(store, name)? {
            changes.push(sealed(&key, name, &plain).await?);
        }
    }
    let plain = stored(store, diary)?.unwrap_or_else(|| encode_stored(&Diary::new()));
    if is_locked(&plain) {
        // Another tab locked it meanwhile; this one's passphrase must not replace that.
        return Err(LockProblem::Lock(LockError::OtherKey));
    }
    // The diary last: its locked value is what turns the lock on.
    changes.push(sealed(&key, diary, &plain).await?);
    rewrite_all(store, &changes).map_err(LockProblem::Store)?;
    Ok(Rc::new(key))
}

async fn change(
    store: &BrowserStore,
    keys: &StorageKeys,
    key: &Key,
    current: &str,
    new: &str,
) -> Result<Rc<Key>, LockProblem> {
    let header = locked_diary(store, keys)?.header;
    if header != key.header {
        return Err(LockProblem::Lock(LockError::OtherKey));
    }
    vault::key_for(&WebCrypto, current, &header)
        .await
        .map_err(LockProblem::Lock)?;
    let new_key = vault::new_key(&WebCrypto, new)
        .await
        .map_err(LockProblem::Lock)?;
    let [diary, others @ ..] = keys.private();
    let mut changes = Vec::new();
    for name in others {
        if let Some(change) = carried(store, keys, key, name, Some(&new_key)).await? {
            changes.push(change);
        }
    }
    let plain = opened(store, key, diary)
        .await?
        .ok_or(LockProblem::Lock(LockError::NotLocked))?;
    changes.push(sealed(&new_key, diary, &plain).await?);
    rewrite_all(store, &changes).map_err(LockProblem::Store)?;
    Ok(Rc::new(new_key))
}

async fn turn_off(store: &BrowserStore, keys: &StorageKeys, key: &Key) -> Result<(), LockProblem> {
    let [diary, others @ ..] = keys.private();
    let plain = opened(store, key, diary)
        .await?
        .ok_or(LockProblem::Lock(LockError::NotLocked))?;
    // The diary first: once it is plain the lock is off, and only then may others be plain.
    let mut changes = vec![Rewrite {
        key: diary.to_owned(),
        value: Some(plain),
    }];
    for name in others {
        if let Some(change) = carried(store, keys, key, name, None).await? {
            changes.push(change);
        }
    }
    rewrite_all(store, &changes).map_err(LockProblem::Store)
}

fn forget(store: &BrowserStore, keys: &StorageKeys) -> Result<(), LockProblem> {
    let changes: Vec<Rewrite> = keys.private().into_iter().map(removed).collect();
    rewrite_all(store, &changes).map_err(LockProblem::Store)
}

fn removed(name: &str) -> Rewrite {
    Rewrite {
        key: name.to_owned(),
        value: None,
    }
}

async fn sealed(key: &Key, name: &str, plain: &str) -> Result<Rewrite, LockProblem> {
    let value = vault::seal(&WebCrypto, key, plain)
        .await
        .map_err(LockProblem::Lock)?;
    Ok(Rewrite {
        key: name.to_owned(),
        value: Some(value),
    })
}

/// A private value opened with `key`; `None` when absent. Only the diary must open.
async fn opened(
    store: &BrowserStore,
    key: &Key,
    name: &str,
) -> Result<Option<String>, LockProblem> {
    let Some(raw) = stored(store, name)? else {
        return Ok(None);
    };
    if !is_locked(&raw) {
        return Ok(Some(raw));
    }
    vault::open(&WebCrypto, key, &raw)
        .await
        .map(Some)
        .map_err(LockProblem::Lock)
}

/// How a private value other than the diary moves to `new_key`, or to plain text when that is
/// `None`. One that does not open is not carried: the checker's answers and the last result
/// are disposable and go; the backup of a damaged diary stays exactly as it is.
async fn carried(
    store: &BrowserStore,
    keys: &StorageKeys,
    key: &Key,
    name: &str,
    new_key: Option<&Key>,
) -> Result<Option<Rewrite>, LockProblem> {
    match (opened(store, key, name).await, new_key) {
        (Ok(None), _) => Ok(None),
        (Ok(Some(plain)), Some(new_key)) => sealed(new_key, name, &plain).await.map(Some),
        (Ok(Some(plain)), None) => Ok(Some(Rewrite {
            key: name.to_owned(),
            value: Some(plain),
        })),
        (Err(LockProblem::Store(error)), _) => Err(LockProblem::Store(error)),
        (Err(_), _) if name == keys.diary_backup() => Ok(None),
        (Err(_), _) => Ok(Some(removed(name))),
    }
}
