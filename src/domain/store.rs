//! Where the widget keeps things between visits, and the rules for loading and saving the
//! diary without ever losing what the patient wrote.
//!
//! The browser's `localStorage` sits behind `KeyValueStore` (implemented in the UI layer); the
//! host tests and the blocked-storage fallback use `MemoryStore`. Keys are namespaced so that
//! several clinics' widgets on one origin keep separate diaries, and versioned so that a future
//! incompatible layout can move to new keys instead of fighting over old ones.

use std::cell::RefCell;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::domain::diary::entry::Diary;
use crate::domain::diary::format::{decode_stored, encode_stored, DecodeError};
use crate::domain::lock::envelope::is_locked;

/// A string key-value store with the failure modes of the browser's `localStorage`.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// How storage failed. The `String` details are for logs; `Display` is what the patient reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The origin's storage is full (`QuotaExceededError`); the previous value is untouched.
    QuotaExceeded,
    /// Storage is blocked or missing (privacy mode, `SecurityError`, disabled cookies).
    Unavailable(String),
    /// Anything else the browser threw.
    Failed(String),
}

/// For developers and logs; the patient reads `Texts::store_error`.
impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaExceeded => f.write_str("storage quota exceeded"),
            StoreError::Unavailable(reason) => write!(f, "storage unavailable: {reason}"),
            StoreError::Failed(reason) => write!(f, "storage write failed: {reason}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// An in-memory store: the fallback when `localStorage` is blocked, and the host tests' stand-in
/// for it. With a quota it fails like a browser: a write that would push the total of key plus
/// value lengths (in UTF-16 code units, as browsers count) past the quota is refused whole.
#[derive(Debug, Default)]
pub struct MemoryStore {
    /// Key and value pairs. A widget keeps a handful of keys, so a list searched in order is
    /// enough, and it spares the wasm a B-tree.
    items: RefCell<Vec<(String, String)>>,
    quota_units: Option<usize>,
}

fn utf16_units(text: &str) -> usize {
    text.encode_utf16().count()
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// A store that holds at most `units` UTF-16 code units of keys plus values.
    pub fn with_quota(units: usize) -> MemoryStore {
        MemoryStore {
            items: RefCell::default(),
            quota_units: Some(units),
        }
    }

    /// Keys plus values, in UTF-16 code units.
    pub fn used_units(&self) -> usize {
        self.items
            .borrow()
            .iter()
            .map(|(key, value)| utf16_units(key) + utf16_units(value))
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .items
            .borrow()
            .iter()
            .find(|(stored, _)| stored == key)
            .map(|(_, value)| value.clone()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota_units {
            let replaced = self
                .items
                .borrow()
                .iter()
                .find(|(stored, _)| stored == key)
                .map_or(0, |(_, old)| utf16_units(key) + utf16_units(old));
            let after = self.used_units() - replaced + utf16_units(key) + utf16_units(value);
            if after > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        let mut items = self.items.borrow_mut();
        match items.iter_mut().find(|(stored, _)| stored == key) {
            Some((_, old)) => *old = value.to_owned(),
            None => items.push((key.to_owned(), value.to_owned())),
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.items.borrow_mut().retain(|(stored, _)| stored != key);
        Ok(())
    }
}

const KEY_ROOT: &str = "cramp-widget";
/// Version of the key layout, not of the diary schema (that one travels inside the value).
const KEY_LAYOUT: &str = "v1";
const MAX_NAMESPACE_CHARS: usize = 32;

/// A namespace the embedding page asked for that cannot be used in a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamespaceError;

impl fmt::Display for NamespaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "The storage namespace must be 1 to {MAX_NAMESPACE_CHARS} lowercase letters, digits or hyphens."
        )
    }
}

impl std::error::Error for NamespaceError {}

/// The storage keys of one widget configuration, e.g. `cramp-widget/v1/diary`, or with the
/// namespace `north`, `cramp-widget/north/v1/diary`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageKeys {
    diary: String,
    diary_backup: String,
    checker: String,
    last_result: String,
    language: String,
    cramp_now: String,
}

impl Default for StorageKeys {
    fn default() -> StorageKeys {
        StorageKeys::under(&format!("{KEY_ROOT}/{KEY_LAYOUT}"))
    }
}

impl StorageKeys {
    /// Keys for a namespace of 1–32 characters from `a-z`, `0-9` and `-`. The alphabet keeps
    /// keys unambiguous: no `/` to forge another namespace's key, no case twins.
    pub fn with_namespace(namespace: &str) -> Result<StorageKeys, NamespaceError> {
        let valid = (1..=MAX_NAMESPACE_CHARS).contains(&namespace.len())
            && namespace
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            return Err(NamespaceError);
        }
        Ok(StorageKeys::under(&format!(
            "{KEY_ROOT}/{namespace}/{KEY_LAYOUT}"
        )))
    }

    fn under(prefix: &str) -> StorageKeys {
        StorageKeys {
            diary: format!("{prefix}/diary"),
            diary_backup: format!("{prefix}/diary.backup"),
            checker: format!("{prefix}/checker"),
            last_result: format!("{prefix}/last-result"),
            language: format!("{prefix}/language"),
            cramp_now: format!("{prefix}/cramp-now"),
        }
    }

    pub fn diary(&self) -> &str {
        &self.diary
    }

    /// Holds the first unreadable diary value found, for support to recover by hand.
    pub fn diary_backup(&self) -> &str {
        &self.diary_backup
    }

    /// The checker's answers so far.
    pub fn checker(&self) -> &str {
        &self.checker
    }

    pub fn last_result(&self) -> &str {
        &self.last_result
    }

    /// The language the visitor picked in the widget, as its tag.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// When the cramp the "Cramp now" guide is timing began, so a reload resumes the timer.
    pub fn cramp_now(&self) -> &str {
        &self.cramp_now
    }

    /// The values that say something about the patient, which the lock keeps encrypted: the
    /// diary first (its value is what says whether the lock is on), then its backup, the
    /// checker's answers and the last result. The language and a running "Cramp now" start
    /// stay plain: the widget needs them before anyone unlocks it.
    pub fn private(&self) -> [&str; 4] {
        [
            &self.diary,
            &self.diary_backup,
            &self.checker,
            &self.last_result,
        ]
    }

    /// Whether a `storage` event's key belongs to this configuration. Exact matches only: a
    /// prefix test would let the default keys claim those of a namespace called "v1".
    pub fn owns(&self, key: &str) -> bool {
        [
            &self.diary,
            &self.diary_backup,
            &self.checker,
            &self.last_result,
            &self.language,
            &self.cramp_now,
        ]
        .iter()
        .any(|own| own.as_str() == key)
    }
}

/// Something about the stored diary the UI must tell the patient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// The stored diary could not be read; its text is kept under the backup key (now, or by an
    /// earlier load of the same text).
    CorruptBackedUp,
    /// The stored diary could not be read and its text could not be kept elsewhere.
    CorruptNotBackedUp,
    /// A newer version of the widget wrote the diary; this one must leave it alone.
    FutureVersion(u32),
    /// Storage could not be read at all.
    Unavailable,
    /// The diary is locked with a passphrase and not unlocked yet.
    Locked,
    /// The passphrase was right but the locked diary does not open: it is damaged or was
    /// changed. `backed_up` as for `CorruptBackedUp`.
    LockDamaged { backed_up: bool },
}

/// The outcome of loading: always a usable diary, possibly with something to tell the patient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryLoad {
    pub diary: Diary,
    pub notice: Option<StorageNotice>,
}

impl DiaryLoad {
    /// False when saving would overwrite stored data this load could not secure: a newer
    /// build's diary, a value storage would not let us read, or an unreadable value with no
    /// backup. The UI should then keep changes in memory, or ask the patient before saving.
    pub fn may_save(&self) -> bool {
        !matches!(
            self.notice,
            Some(
                StorageNotice::FutureVersion(_)
                    | StorageNotice::Unavailable
                    | StorageNotice::CorruptNotBackedUp
                    | StorageNotice::Locked
                    | StorageNotice::LockDamaged { backed_up: false }
            )
        )
    }
}

/// Loads the diary. Never writes the diary key: a v1 value is migrated in memory and written as
/// v2 only by the next `save_diary`. The only write is the one-time backup of an unreadable
/// value, and an existing backup is never overwritten. A locked diary loads as empty with the
/// `Locked` notice; `load_unlocked` reads it once it is open.
pub fn load_diary<S: KeyValueStore + ?Sized>(store: &S, keys: &StorageKeys) -> DiaryLoad {
    match store.get(keys.diary()) {
        Ok(Some(raw)) if is_locked(&raw) => DiaryLoad {
            diary: Diary::new(),
            notice: Some(StorageNotice::Locked),
        },
        Ok(Some(raw)) => decode_load(store, keys, &raw, &raw),
        Ok(None) => DiaryLoad {
            diary: Diary::new(),
            notice: None,
        },
        Err(_) => DiaryLoad {
            diary: Diary::new(),
            notice: Some(StorageNotice::Unavailable),
        },
    }
}

/// The diary in `plain`, the opened text of the locked value `stored`. A damaged text backs up
/// the locked value, never the plain text.
pub fn load_unlocked<S: KeyValueStore + ?Sized>(
    store: &S,
    keys: &StorageKeys,
    stored: &str,
    plain: &str,
) -> DiaryLoad {
    decode_load(store, keys, stored, plain)
}

/// A locked diary that does not open (damaged or changed): kept under the backup key by the
/// usual rule, and an empty diary shown in its place.
pub fn load_damaged_lock<S: KeyValueStore + ?Sized>(
    store: &S,
    keys: &StorageKeys,
    stored: &str,
) -> DiaryLoad {
    let backed_up = back_up_unreadable(store, keys, stored) == StorageNotice::CorruptBackedUp;
    DiaryLoad {
        diary: Diary::new(),
        notice: Some(StorageNotice::LockDamaged { backed_up }),
    }
}

fn decode_load<S: KeyValueStore + ?Sized>(
    store: &S,
    keys: &StorageKeys,
    stored: &str,
    text: &str,
) -> DiaryLoad {
    let loaded = |notice| DiaryLoad {
        diary: Diary::new(),
        notice,
    };
    match decode_stored(text) {
        Ok(diary) => DiaryLoad {
            diary,
            notice: None,
        },
        Err(DecodeError::FutureVersion(version)) => {
            loaded(Some(StorageNotice::FutureVersion(version)))
        }
        Err(DecodeError::Corrupt(_) | DecodeError::Foreign) => {
            loaded(Some(back_up_unreadable(store, keys, stored)))
        }
    }
}

fn back_up_unreadable<S: KeyValueStore + ?Sized>(
    store: &S,
    keys: &StorageKeys,
    raw: &str,
) -> StorageNotice {
    match store.get(keys.diary_backup()) {
        Ok(Some(backup)) if backup == raw => StorageNotice::CorruptBackedUp,
        // An older backup is the first damage seen; it may be the one worth recovering.
        Ok(Some(_)) => StorageNotice::CorruptNotBackedUp,
        Ok(None) => match store.set(keys.diary_backup(), raw) {
            Ok(()) => StorageNotice::CorruptBackedUp,
            Err(_) => StorageNotice::CorruptNotBackedUp,
        },
        // Unknown whether a backup exists, so writing could overwrite one.
        Err(_) => StorageNotice::CorruptNotBackedUp,
    }
}

/// Writes the diary in the current schema. A failed write (full quota) leaves the previous
/// value in place, so the patient loses only the change being saved and the UI can say so.
pub fn save_diary<S: KeyValueStore + ?Sized>(
    store: &S,
    keys: &StorageKeys,
    diary: &Diary,
) -> Result<(), StoreError> {
    store.set(keys.diary(), &encode_stored(diary))
}

/// Reads a small JSON value such as checker progress or the last result. A value that no
/// longer parses (an older build's layout, a hand edit) counts as absent: these values are
/// disposable and the next save replaces them.
///
/// The text is read as a `Value` first: serde_json then needs one text parser for every stored
/// type instead of one per type, which keeps the widget's wasm smaller.
pub fn load_json<T: DeserializeOwned, S: KeyValueStore + ?Sized>(
    store: &S,
    key: &str,
) -> Result<Option<T>, StoreError> {
    Ok(store.get(key)?.and_then(|raw| parse_json(&raw)))
}

/// A small JSON value from its text, or `None` when it no longer parses (see `load_json`).
pub fn parse_json<T: DeserializeOwned>(text: &str) -> Option<T> {
    let value: Value = serde_json::from_str(text).ok()?;
    T::deserialize(&value).ok()
}

pub fn save_json<T: Serialize + ?Sized, S: KeyValueStore + ?Sized>(
    store: &S,
    key: &str,
    value: &T,
) -> Result<(), StoreError> {
    let raw =
        serde_json::to_string(value).map_err(|error| StoreError::Failed(error.to_string()))?;
    store.set(key, &raw)
}
