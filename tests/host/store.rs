//! Storage keys and the load/save policy, against `MemoryStore` and a store that refuses to work.
use cramp_widget::domain::content::Language;
use cramp_widget::domain::date::CalendarDate;
use cramp_widget::domain::diary::entry::{Diary, DiaryEntry, EntryId, Muscle, Side};
use cramp_widget::domain::diary::format::encode_stored;
use cramp_widget::domain::store::{
    load_diary, load_json, save_diary, save_json, KeyValueStore, MemoryStore, StorageKeys,
    StorageNotice, StoreError,
};
use serde::{Deserialize, Serialize};

fn diary_of(ids: &[u64]) -> Diary {
    let night = CalendarDate::parse("2025-01-01").unwrap();
    Diary::from_entries(
        ids.iter()
            .map(|&id| DiaryEntry::new(EntryId(id), night, Muscle::Calf, Side::Left))
            .collect(),
    )
    .unwrap()
}

/// Storage that is blocked outright, like `localStorage` in some privacy modes.
struct BlockedStore;

impl KeyValueStore for BlockedStore {
    fn get(&self, _key: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError::Unavailable("SecurityError".to_owned()))
    }
    fn set(&self, _key: &str, _value: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("SecurityError".to_owned()))
    }
    fn remove(&self, _key: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("SecurityError".to_owned()))
    }
}

/// Reads work, writes are refused: a full or read-only store.
struct ReadOnlyStore(MemoryStore);

impl KeyValueStore for ReadOnlyStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn set(&self, _key: &str, _value: &str) -> Result<(), StoreError> {
        Err(StoreError::Failed("read-only".to_owned()))
    }
    fn remove(&self, _key: &str) -> Result<(), StoreError> {
        Err(StoreError::Failed("read-only".to_owned()))
    }
}

// ---- keys

#[test]
fn default_keys_are_namespaced_and_versioned() {
    let keys = StorageKeys::default();
    assert_eq!(keys.diary(), "cramp-widget/v1/diary");
    assert_eq!(keys.diary_backup(), "cramp-widget/v1/diary.backup");
    assert_eq!(keys.checker(), "cramp-widget/v1/checker");
    assert_eq!(keys.last_result(), "cramp-widget/v1/last-result");
    assert_eq!(keys.cramp_now(), "cramp-widget/v1/cramp-now");
}

#[test]
fn namespaces_get_their_own_keys() {
    let keys = StorageKeys::with_namespace("north").unwrap();
    assert_eq!(keys.diary(), "cramp-widget/north/v1/diary");
    assert_eq!(keys.diary_backup(), "cramp-widget/north/v1/diary.backup");
    assert_eq!(keys.checker(), "cramp-widget/north/v1/checker");
    assert_eq!(keys.last_result(), "cramp-widget/north/v1/last-result");
    assert_eq!(keys.cramp_now(), "cramp-widget/north/v1/cramp-now");
    for good in ["a", "clinic-2", "0", &"z".repeat(32)] {
        assert!(StorageKeys::with_namespace(good).is_ok(), "{good}");
    }
}

#[test]
fn bad_namespaces_are_refused() {
    for bad in [
        "",
        "North",
        "a/b",
        "a b",
        "ü",
        "a_b",
        "a.b",
        &"z".repeat(33),
        "../v1",
    ] {
        let error = StorageKeys::with_namespace(bad).unwrap_err();
        let message = error.to_string();
        assert!(!message.is_empty() && !message.contains('\n'), "{bad:?}");
    }
}

#[test]
fn owns_matches_only_our_exact_keys() {
    let default = StorageKeys::default();
    let north = StorageKeys::with_namespace("north").unwrap();
    let v1 = StorageKeys::with_namespace("v1").unwrap();
    for key in [
        default.diary(),
        default.diary_backup(),
        default.checker(),
        default.last_result(),
        default.cramp_now(),
    ] {
        assert!(default.owns(key));
        assert!(!north.owns(key));
    }
    assert!(north.owns("cramp-widget/north/v1/diary"));
    assert!(!default.owns("cramp-widget/north/v1/diary"));
    assert!(!default.owns(v1.diary()), "{}", v1.diary());
    assert!(!default.owns("cramp-widget/v1/diary2"));
    assert!(!default.owns("other-app/settings"));
    assert!(!default.owns(""));
}

// ---- memory store

#[test]
fn memory_store_quota_counts_utf16_units_and_refuses_whole_writes() {
    let store = MemoryStore::with_quota(10);
    store.set("k", "abc").unwrap();
    assert_eq!(store.used_units(), 4);
    // "é" is one UTF-16 unit, "😀" two.
    store.set("k", "é😀abcd").unwrap();
    assert_eq!(store.used_units(), 8);
    assert_eq!(store.set("k2", "abcdefghi"), Err(StoreError::QuotaExceeded));
    assert_eq!(store.get("k2"), Ok(None));
    assert_eq!(store.get("k").unwrap().as_deref(), Some("é😀abcd"));
    store.remove("k").unwrap();
    assert_eq!(store.used_units(), 0);
}

#[test]
fn store_errors_read_as_one_line() {
    for error in [
        StoreError::QuotaExceeded,
        StoreError::Unavailable("SecurityError\nstack".to_owned()),
        StoreError::Failed("x".to_owned()),
    ] {
        for language in Language::ALL {
            let message = language.texts().store_error(&error);
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{language:?}: {message}"
            );
        }
    }
}

// ---- loading and saving the diary

#[test]
fn a_missing_diary_loads_empty_and_may_be_saved() {
    let store = MemoryStore::new();
    let load = load_diary(&store, &StorageKeys::default());
    assert_eq!(load.diary, Diary::new());
    assert_eq!(load.notice, None);
    assert!(load.may_save());
}

#[test]
fn saved_diary_loads_back() {
    let store = MemoryStore::new();
    let keys = StorageKeys::with_namespace("north").unwrap();
    save_diary(&store, &keys, &diary_of(&[1, 2])).unwrap();
    let load = load_diary(&store, &keys);
    assert_eq!(load.diary, diary_of(&[1, 2]));
    assert_eq!(load.notice, None);
    assert_eq!(
        load_diary(&store, &StorageKeys::default()).diary,
        Diary::new()
    );
}

#[test]
fn a_v1_diary_is_migrated_in_memory_and_rewritten_only_on_save() {
    let store = MemoryStore::new();
    let keys = StorageKeys::default();
    let v1 = r#"{"version":1,"entries":[{"id":1,"date":"2025-01-01","muscle":"calf","side":"left","minutes":2,"pain":3}]}"#;
    store.set(keys.diary(), v1).unwrap();
    let load = load_diary(&store, &keys);
    assert_eq!(load.diary.len(), 1);
    assert_eq!(load.notice, None);
    assert_eq!(store.get(keys.diary()).unwrap().as_deref(), Some(v1));
    save_diary(&store, &keys, &load.diary).unwrap();
    assert!(store
        .get(keys.diary())
        .unwrap()
        .unwrap()
        .starts_with("{\"v\":2,"));
}

#[test]
fn corrupt_diary_is_backed_up_once_and_never_overwritten() {
    let store = MemoryStore::new();
    let keys = StorageKeys::default();
    store.set(keys.diary(), "{\"v\":2,\"entries\":[{").unwrap();

    let first = load_diary(&store, &keys);
    assert_eq!(first.diary, Diary::new());
    assert_eq!(first.notice, Some(StorageNotice::CorruptBackedUp));
    assert!(first.may_save());
    assert_eq!(
        store.get(keys.diary_backup()).unwrap().as_deref(),
        Some("{\"v\":2,\"entries\":[{")
    );
    // Loading does not touch the diary key itself.
    assert_eq!(
        store.get(keys.diary()).unwrap().as_deref(),
        Some("{\"v\":2,\"entries\":[{")
    );

    // The same damage again: still backed up, nothing rewritten.
    assert_eq!(
        load_diary(&store, &keys).notice,
        Some(StorageNotice::CorruptBackedUp)
    );

    // Different damage later: the first backup stays.
    store.set(keys.diary(), "[\"something else\"]").unwrap();
    let second = load_diary(&store, &keys);
    assert_eq!(second.notice, Some(StorageNotice::CorruptNotBackedUp));
    assert!(!second.may_save());
    assert_eq!(
        store.get(keys.diary_backup()).unwrap().as_deref(),
        Some("{\"v\":2,\"entries\":[{")
    );
}

#[test]
fn corrupt_diary_that_cannot_be_backed_up_is_not_offered_for_overwrite() {
    let inner = MemoryStore::new();
    let keys = StorageKeys::default();
    inner.set(keys.diary(), "not json").unwrap();
    let load = load_diary(&ReadOnlyStore(inner), &keys);
    assert_eq!(load.notice, Some(StorageNotice::CorruptNotBackedUp));
    assert!(!load.may_save());

    // Over quota: the backup write fails the same way.
    let full = MemoryStore::with_quota(40);
    full.set(keys.diary(), "not json at all").unwrap();
    let load = load_diary(&full, &keys);
    assert_eq!(load.notice, Some(StorageNotice::CorruptNotBackedUp));
    assert_eq!(full.get(keys.diary_backup()), Ok(None));
}

#[test]
fn a_newer_diary_is_left_alone() {
    let store = MemoryStore::new();
    let keys = StorageKeys::default();
    let future = r#"{"v":3,"entries":[{"new":"shape"}]}"#;
    store.set(keys.diary(), future).unwrap();
    let load = load_diary(&store, &keys);
    assert_eq!(load.diary, Diary::new());
    assert_eq!(load.notice, Some(StorageNotice::FutureVersion(3)));
    assert!(!load.may_save());
    assert_eq!(store.get(keys.diary()).unwrap().as_deref(), Some(future));
    assert_eq!(store.get(keys.diary_backup()), Ok(None));
}

#[test]
fn blocked_storage_gives_an_empty_diary_and_a_notice() {
    let load = load_diary(&BlockedStore, &StorageKeys::default());
    assert_eq!(load.diary, Diary::new());
    assert_eq!(load.notice, Some(StorageNotice::Unavailable));
    assert!(!load.may_save());
    assert!(matches!(
        save_diary(&BlockedStore, &StorageKeys::default(), &Diary::new()),
        Err(StoreError::Unavailable(_))
    ));
}

#[test]
fn a_save_over_quota_keeps_the_previous_diary() {
    let keys = StorageKeys::default();
    let small = diary_of(&[1, 2]);
    let room = keys.diary().len() + encode_stored(&small).len() + 10;
    let store = MemoryStore::with_quota(room);
    save_diary(&store, &keys, &small).unwrap();

    let bigger = diary_of(&[1, 2, 3, 4, 5]);
    assert_eq!(
        save_diary(&store, &keys, &bigger),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(load_diary(&store, &keys).diary, small);
}

#[test]
fn every_notice_reads_as_one_line() {
    for notice in [
        StorageNotice::CorruptBackedUp,
        StorageNotice::CorruptNotBackedUp,
        StorageNotice::FutureVersion(3),
        StorageNotice::Unavailable,
    ] {
        for language in Language::ALL {
            let message = language.texts().storage_notice(&notice);
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{language:?}: {message}"
            );
        }
    }
}

// ---- small JSON values

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Progress {
    step: u8,
    answers: Vec<String>,
}

#[test]
fn small_values_round_trip_and_unreadable_ones_count_as_absent() {
    let store = MemoryStore::new();
    let keys = StorageKeys::default();
    assert_eq!(load_json::<Progress, _>(&store, keys.checker()), Ok(None));
    let progress = Progress {
        step: 3,
        answers: vec!["calf".to_owned()],
    };
    save_json(&store, keys.checker(), &progress).unwrap();
    assert_eq!(load_json(&store, keys.checker()), Ok(Some(progress)));

    store.set(keys.last_result(), "{\"level\":").unwrap();
    assert_eq!(
        load_json::<Progress, _>(&store, keys.last_result()),
        Ok(None)
    );
    assert!(matches!(
        load_json::<Progress, _>(&BlockedStore, keys.checker()),
        Err(StoreError::Unavailable(_))
    ));
}
