//! The diary lock over the browser's real WebCrypto: sealing and opening, telling a wrong
//! passphrase from damage, leaving a newer version's envelope alone, a key that cannot leave
//! WebCrypto, and a page without WebCrypto.
use crate::support::local_storage;
use cramp_widget::crypto::WebCrypto;
use cramp_widget::domain::lock::envelope;
use cramp_widget::domain::lock::vault::{
    new_key, open, seal, unlock, CipherError, DiaryKey, LockCipher, LockError,
};
use cramp_widget::domain::store::{load_diary, KeyValueStore, StorageKeys, StorageNotice};
use cramp_widget::storage::BrowserStore;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::CryptoKey;

const PASSPHRASE: &str = "correct horse battery staple";
const TEXT: &str = "{\"v\":2,\"entries\":[{\"date\":\"2026-01-02\",\"note\":\"calf, ñ, कैल्फ\"}]}";

async fn key() -> DiaryKey<CryptoKey> {
    new_key(&WebCrypto, PASSPHRASE).await.unwrap()
}

async fn sealed() -> String {
    seal(&WebCrypto, &key().await, TEXT).await.unwrap()
}

/// `raw` with one byte of its ciphertext or IV flipped, re-encoded with a valid checksum.
fn tampered(raw: &str, change: impl FnOnce(&mut envelope::Envelope)) -> String {
    let mut parsed = envelope::parse(raw).unwrap();
    change(&mut parsed);
    envelope::encode(&parsed)
}

#[wasm_bindgen_test]
async fn seal_then_open_gives_the_text_back() {
    let key = key().await;
    let raw = seal(&WebCrypto, &key, TEXT).await.unwrap();
    assert!(envelope::is_locked(&raw));
    assert!(!raw.contains("calf"), "the text is not stored in the clear");
    assert_eq!(open(&WebCrypto, &key, &raw).await.unwrap(), TEXT);
}

#[wasm_bindgen_test]
async fn unlock_gives_the_text_and_a_key_that_opens_other_values() {
    let key = key().await;
    let first = seal(&WebCrypto, &key, TEXT).await.unwrap();
    let second = seal(&WebCrypto, &key, "second value").await.unwrap();
    let (unlocked, text) = unlock(&WebCrypto, PASSPHRASE, &first).await.unwrap();
    assert_eq!(text, TEXT);
    assert_eq!(unlocked.header, key.header);
    assert_eq!(
        open(&WebCrypto, &unlocked, &second).await.unwrap(),
        "second value"
    );
}

#[wasm_bindgen_test]
async fn each_seal_has_a_fresh_iv_and_ciphertext() {
    let key = key().await;
    let a = envelope::parse(&seal(&WebCrypto, &key, TEXT).await.unwrap()).unwrap();
    let b = envelope::parse(&seal(&WebCrypto, &key, TEXT).await.unwrap()).unwrap();
    assert_ne!(a.iv, b.iv);
    assert_ne!(a.data, b.data);
    assert_eq!(a.header, b.header, "one key, one header");
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_told_apart() {
    let raw = sealed().await;
    assert_eq!(
        unlock(&WebCrypto, "correct horse battery stapler", &raw)
            .await
            .unwrap_err(),
        LockError::WrongPassphrase
    );
}

#[wasm_bindgen_test]
async fn a_tag_that_does_not_authenticate_is_refused_by_the_cipher() {
    let key = key().await;
    let mut parsed = envelope::parse(&seal(&WebCrypto, &key, TEXT).await.unwrap()).unwrap();
    parsed.data[0] ^= 1;
    assert_eq!(
        WebCrypto
            .decrypt(&key.key, &parsed.iv, &parsed.data)
            .await
            .unwrap_err(),
        CipherError::Refused
    );
}

#[wasm_bindgen_test]
async fn a_changed_ciphertext_or_iv_is_damage_even_with_the_right_passphrase() {
    let raw = sealed().await;
    let data = tampered(&raw, |e| e.data[3] ^= 0x80);
    let iv = tampered(&raw, |e| e.iv[0] ^= 1);
    for changed in [data, iv] {
        assert!(
            matches!(
                unlock(&WebCrypto, PASSPHRASE, &changed).await,
                Err(LockError::Damaged(_))
            ),
            "{changed}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_changed_salt_is_damage_not_a_wrong_passphrase() {
    let raw = sealed().await;
    // Edited in the text: re-encoding would recompute the header checksum over the new salt.
    let start = raw.find("\"salt\":\"").unwrap() + "\"salt\":\"".len();
    let replacement = if raw.as_bytes()[start] == b'A' {
        "B"
    } else {
        "A"
    };
    let mut changed = raw.clone();
    changed.replace_range(start..start + 1, replacement);
    assert_ne!(
        envelope::parse(&changed).map(|e| e.header.salt),
        envelope::parse(&raw).map(|e| e.header.salt)
    );
    assert!(matches!(
        unlock(&WebCrypto, PASSPHRASE, &changed).await,
        Err(LockError::Damaged(_))
    ));
}

#[wasm_bindgen_test]
async fn a_newer_versions_envelope_is_left_exactly_as_it_is() {
    let raw = sealed().await;
    let mut value: serde_json::Value = serde_json::from_str(&raw).unwrap();
    value["v"] = 2.into();
    let future = value.to_string();
    let store = BrowserStore::open();
    let keys = StorageKeys::with_namespace("lock-future").unwrap();
    store.set(keys.diary(), &future).unwrap();

    let load = load_diary(&store, &keys);
    assert_eq!(load.notice, Some(StorageNotice::Locked));
    assert!(!load.may_save());
    assert_eq!(
        unlock(&WebCrypto, PASSPHRASE, &future).await.unwrap_err(),
        LockError::FutureVersion(2)
    );
    assert_eq!(
        local_storage().get_item(keys.diary()).unwrap().as_deref(),
        Some(future.as_str()),
        "byte for byte what the newer version wrote"
    );
    assert_eq!(
        store.get(keys.diary_backup()).unwrap(),
        None,
        "no backup made"
    );
    local_storage().remove_item(keys.diary()).unwrap();
}

#[wasm_bindgen_test]
async fn the_key_is_aes_gcm_and_cannot_be_exported() {
    let key = key().await.key;
    assert!(!key.extractable());
    let algorithm = key.algorithm().unwrap();
    let field = |name: &str| Reflect::get(&algorithm, &name.into()).unwrap();
    assert_eq!(field("name"), JsValue::from("AES-GCM"));
    assert_eq!(field("length"), JsValue::from(256));
}

#[wasm_bindgen_test]
async fn a_page_without_crypto_subtle_is_told_not_panicked() {
    // What an insecure (plain http) page looks like: `crypto` there, `crypto.subtle` not.
    let crypto: js_sys::Object = Reflect::get(&js_sys::global(), &"crypto".into())
        .unwrap()
        .unchecked_into();
    let hidden = js_sys::Object::new();
    Reflect::set(&hidden, &"value".into(), &JsValue::UNDEFINED).unwrap();
    Reflect::set(&hidden, &"configurable".into(), &JsValue::TRUE).unwrap();
    Reflect::define_property(&crypto, &"subtle".into(), &hidden).unwrap();
    let result = new_key(&WebCrypto, PASSPHRASE).await;
    // Restored before asserting, so a failure here cannot break the other tests.
    Reflect::delete_property(&crypto, &"subtle".into()).unwrap();
    assert!(matches!(result, Err(LockError::Unavailable(_))));
}
