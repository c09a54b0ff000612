//! The browser side of storage: `localStorage` behind `KeyValueStore`, a memory fallback when
//! the browser blocks storage, and change notices between tabs and between widgets on one page.
//!
//! Values are stored as raw strings. gloo-storage's typed `get`/`set` would JSON-encode the
//! already-encoded diary a second time, and its `raw()` throws when storage is blocked, so the
//! adapter probes `window.localStorage` itself and only then takes gloo's handle.
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, DomException, StorageEvent};

use crate::domain::store::{KeyValueStore, MemoryStore, StorageKeys, StoreError};

/// Where this page's widgets keep their data.
pub enum BrowserStore {
    Local(web_sys::Storage),
    /// Storage is blocked: everything works until the page closes, and the UI says so.
    Memory(MemoryStore),
}

const PROBE_KEY: &str = "cramp-widget/probe";

impl BrowserStore {
    pub fn open() -> BrowserStore {
        if probe_local_storage() {
            BrowserStore::Local(LocalStorage::raw())
        } else {
            BrowserStore::Memory(MemoryStore::new())
        }
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self, BrowserStore::Local(_))
    }
}

/// Blocked storage throws on `window.localStorage` itself (SecurityError) in some browsers and
/// on the first write in others. A full store still counts as available: reading works, and
/// the quota message is more useful to the patient than "storage is off".
fn probe_local_storage() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    match storage.set_item(PROBE_KEY, "1") {
        Ok(()) => storage.remove_item(PROBE_KEY).is_ok(),
        Err(err) => store_error(err) == StoreError::QuotaExceeded,
    }
}

fn store_error(err: JsValue) -> StoreError {
    let (name, message) = match err.dyn_ref::<DomException>() {
        Some(ex) => (ex.name(), ex.message()),
        None => (
            String::new(),
            err.dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
                .or_else(|| err.as_string())
                .unwrap_or_default(),
        ),
    };
    match name.as_str() {
        // Firefox used its own name before it adopted the standard one.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::QuotaExceeded,
        "SecurityError" | "InvalidAccessError" => StoreError::Unavailable(message),
        _ => StoreError::Failed(format!("{name}: {message}")),
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            BrowserStore::Local(storage) => read_item(storage, key),
            BrowserStore::Memory(memory) => memory.get(key),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local(storage) => storage.set_item(key, value).map_err(store_error),
            BrowserStore::Memory(memory) => memory.set(key, value),
        }
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        match self {
            BrowserStore::Local(storage) => storage.remove_item(key).map_err(store_error),
            BrowserStore::Memory(memory) => memory.remove(key),
        }
    }
}

#[wasm_bindgen]
extern "C" {
    /// `web_sys::Storage`, seen through a `getItem` that hands back the JavaScript string
    /// itself.
    #[wasm_bindgen(js_name = Storage)]
    type RawStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_value(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;

    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;

    /// Writes `text` as UTF-8 straight into `into`, which is a view of wasm memory.
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &Utf8Encoder, text: &JsValue, into: &mut [u8]) -> EncodedText;

    type EncodedText;

    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodedText) -> usize;
}

/// Reads a value through the browser's native UTF-8 encoder, which writes it straight into
/// wasm memory. wasm-bindgen's own string passing walks the text one character at a time in
/// JavaScript, which took about 15 ms of the diary's load for a ten-year diary.
fn read_item(storage: &web_sys::Storage, key: &str) -> Result<Option<String>, StoreError> {
    let value = storage
        .unchecked_ref::<RawStorage>()
        .get_item_value(key)
        .map_err(store_error)?;
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    // A UTF-16 code unit never takes more than three bytes of UTF-8, and the encoder writes
    // lone surrogates as U+FFFD, so its output is always whole and valid.
    let units = value.unchecked_ref::<js_sys::JsString>().length() as usize;
    let mut bytes = vec![0; units * 3];
    let written = Utf8Encoder::new().encode_into(&value, &mut bytes).written();
    bytes.truncate(written);
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| StoreError::Failed("the stored text is not valid UTF-8".to_owned()))
}

/// Same-page widgets never get `storage` events from each other, so a save also announces
/// itself with this window event. `detail` is `[key, writer id]`.
const CHANGE_EVENT: &str = "cramp-widget-change";

/// Tells the other widgets on this page that `key` changed. `writer` is the saving widget's
/// id, so it can ignore its own notice.
pub fn announce_change(key: &str, writer: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let detail = js_sys::Array::of2(&key.into(), &writer.into());
    let init = CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
        let _ = window.dispatch_event(&event);
    }
}

/// Calls back with the changed key whenever another tab, or another widget on this page, writes
/// one of `keys`. Listening stops when this value is dropped.
pub struct ChangeListener {
    from_tabs: Closure<dyn Fn(StorageEvent)>,
    from_page: Closure<dyn Fn(CustomEvent)>,
}

impl ChangeListener {
    pub fn new(keys: StorageKeys, me: u32, on_change: Rc<dyn Fn(String)>) -> ChangeListener {
        let tab_keys = keys.clone();
        let tab_change = on_change.clone();
        let from_tabs = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
            // A `null` key means another tab cleared all of storage.
            match event.key() {
                Some(key) if tab_keys.owns(&key) => tab_change(key),
                None => tab_change(tab_keys.diary().to_string()),
                Some(_) => {}
            }
        });
        let from_page = Closure::<dyn Fn(CustomEvent)>::new(move |event: CustomEvent| {
            let detail = js_sys::Array::from(&event.detail());
            let key = detail.get(0).as_string().unwrap_or_default();
            let writer = detail.get(1).as_f64().map(|w| w as u32);
            if writer != Some(me) && keys.owns(&key) {
                on_change(key);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window
                .add_event_listener_with_callback("storage", from_tabs.as_ref().unchecked_ref());
            let _ = window
                .add_event_listener_with_callback(CHANGE_EVENT, from_page.as_ref().unchecked_ref());
        }
        ChangeListener {
            from_tabs,
            from_page,
        }
    }
}

impl Drop for ChangeListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.from_tabs.as_ref().unchecked_ref(),
            );
            let _ = window.remove_event_listener_with_callback(
                CHANGE_EVENT,
                self.from_page.as_ref().unchecked_ref(),
            );
        }
    }
}
