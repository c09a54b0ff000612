//! The localStorage adapter in a real browser: round trips, the quota, blocked storage and
//! change notices between widgets on one page.

use std::cell::RefCell;
use std::rc::Rc;

use crate::support::local_storage;
use cramp_widget::domain::store::{KeyValueStore, StorageKeys, StoreError};
use cramp_widget::storage::{announce_change, BrowserStore, ChangeListener};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn round_trips_through_local_storage_without_touching_other_keys() {
    local_storage().set_item("host-page-key", "theirs").unwrap();
    let store = BrowserStore::open();
    assert!(store.is_persistent());
    let keys = StorageKeys::with_namespace("roundtrip").unwrap();
    store.set(keys.diary(), "{\"v\":2,\"entries\":[]}").unwrap();
    assert_eq!(
        local_storage()
            .get_item("cramp-widget/roundtrip/v1/diary")
            .unwrap()
            .as_deref(),
        Some("{\"v\":2,\"entries\":[]}"),
        "the value is stored raw, under the namespaced key"
    );
    assert_eq!(
        store.get(keys.diary()).unwrap().as_deref(),
        Some("{\"v\":2,\"entries\":[]}")
    );
    store.remove(keys.diary()).unwrap();
    assert_eq!(store.get(keys.diary()).unwrap(), None);
    assert_eq!(
        local_storage()
            .get_item("host-page-key")
            .unwrap()
            .as_deref(),
        Some("theirs")
    );
    local_storage().remove_item("host-page-key").unwrap();
}

#[wasm_bindgen_test]
fn reads_any_text_back_exactly() {
    let store = BrowserStore::open();
    let keys = StorageKeys::with_namespace("text").unwrap();
    let long = "ten years of notes ".repeat(20_000);
    for text in [
        "",
        "plain",
        "é, 漢字 and 🙂 in a note",
        "\u{0}\n\"",
        long.as_str(),
    ] {
        store.set(keys.diary(), text).unwrap();
        assert_eq!(store.get(keys.diary()).unwrap().as_deref(), Some(text));
    }
    // Another script can store half a surrogate pair, which UTF-8 cannot hold.
    js_sys::Function::new_with_args("key", "localStorage.setItem(key, 'a\\uD800b')")
        .call1(&JsValue::NULL, &"cramp-widget/text/v1/diary".into())
        .unwrap();
    assert_eq!(
        store.get(keys.diary()).unwrap().as_deref(),
        Some("a\u{FFFD}b")
    );
    store.remove(keys.diary()).unwrap();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_keeps_the_old_value() {
    let store = BrowserStore::open();
    let key = StorageKeys::with_namespace("quota")
        .unwrap()
        .diary()
        .to_string();
    store.set(&key, "old value").unwrap();
    // Fill the origin's storage (about 5 MiB in Chromium) with filler keys.
    let chunk = "x".repeat(512 * 1024);
    let mut filler = Vec::new();
    for i in 0..64 {
        let k = format!("test-filler-{i}");
        if local_storage().set_item(&k, &chunk).is_err() {
            break;
        }
        filler.push(k);
    }
    let result = store.set(&key, &"y".repeat(1024 * 1024));
    for k in &filler {
        local_storage().remove_item(k).unwrap();
    }
    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert_eq!(store.get(&key).unwrap().as_deref(), Some("old value"));
    store.remove(&key).unwrap();
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory() {
    // Make `window.localStorage` throw, as it does when a browser blocks site data. Chromium
    // defines it on the window itself, so the original is put back afterwards.
    js_sys::eval(
        "window.__realLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('blocked', 'SecurityError'); } })",
    )
    .unwrap();
    let store = BrowserStore::open();
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__realLocalStorage)")
        .unwrap();

    assert!(!store.is_persistent());
    store
        .set("cramp-widget/v1/diary", "kept in memory")
        .unwrap();
    assert_eq!(
        store.get("cramp-widget/v1/diary").unwrap().as_deref(),
        Some("kept in memory")
    );
    assert_eq!(
        local_storage().get_item("cramp-widget/v1/diary").unwrap(),
        None
    );
}

#[wasm_bindgen_test]
fn widgets_on_one_page_hear_each_others_changes_but_not_their_own() {
    let keys = StorageKeys::with_namespace("sync").unwrap();
    let heard = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = heard.clone();
    let listener = ChangeListener::new(
        keys.clone(),
        1,
        Rc::new(move |key| sink.borrow_mut().push(key)),
    );

    announce_change(keys.diary(), 1);
    announce_change("host-page-key", 2);
    announce_change(keys.diary(), 2);
    assert_eq!(*heard.borrow(), vec![keys.diary().to_string()]);

    drop(listener);
    announce_change(keys.diary(), 2);
    assert_eq!(heard.borrow().len(), 1, "a dropped listener hears nothing");
}
