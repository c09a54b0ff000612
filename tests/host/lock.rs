//! The diary lock's pure core: base64, the envelope format, sealing and opening with a
//! stand-in cipher (`FakeCipher`, not real cryptography), all-or-nothing rewrites, the
//! auto-lock timing, and how the store loads a locked diary.
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::task::{Context, Poll, Waker};

use cramp_widget::domain::content::Language;
use cramp_widget::domain::date::CalendarDate;
use cramp_widget::domain::diary::entry::{Diary, DiaryEntry, EntryId, Muscle, Side};
use cramp_widget::domain::diary::format::encode_stored;
use cramp_widget::domain::lock::base64::{self, Base64Error};
use cramp_widget::domain::lock::envelope::{
    self, is_locked, Envelope, EnvelopeError, KdfParams, LockHeader, CHECK_BYTES, ENVELOPE_FORMAT,
    IV_BYTES, KDF_ITERATIONS, MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES, TAG_BYTES,
};
use cramp_widget::domain::lock::idle::{Activity, HIDDEN_LOCK_MS, IDLE_LOCK_MS};
use cramp_widget::domain::lock::switch::{rewrite_all, Rewrite};
use cramp_widget::domain::lock::vault::{
    key_for, new_key, open, seal, unlock, CipherError, DiaryKey, LockCipher, LockError,
};
use cramp_widget::domain::store::{
    load_damaged_lock, load_diary, load_unlocked, KeyValueStore, MemoryStore, StorageKeys,
    StorageNotice, StoreError,
};
use proptest::prelude::*;
use serde_json::{json, Value};

// ---- helpers

/// Runs a future that never waits: every `FakeCipher` call completes on its first poll.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    for _ in 0..1_000 {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
    panic!("the future did not complete: the fake cipher should never wait");
}

/// FNV-1a over a sequence of byte slices, each followed by a separator byte.
fn hash(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &byte in part.iter().chain(&[0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// SplitMix64: a keystream and a random source good enough for a stand-in.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A stand-in for WebCrypto with the same shape: a key from passphrase, salt and iterations;
/// XOR with a keystream plus a 16-byte tag that a wrong key or a changed byte fails; random
/// bytes from a counter, so every run is the same.
#[derive(Default)]
struct FakeCipher {
    counter: Cell<u64>,
    derivations: Cell<u32>,
    /// When set, every call fails like a page without WebCrypto.
    unavailable: bool,
}

impl FakeCipher {
    fn keystream(key: u64, iv: &[u8; IV_BYTES], len: usize) -> Vec<u8> {
        let mut state = hash(&[&key.to_le_bytes(), iv]);
        (0..len).map(|_| splitmix(&mut state) as u8).collect()
    }

    fn tag(key: u64, iv: &[u8; IV_BYTES], cipher: &[u8]) -> [u8; TAG_BYTES] {
        let mut tag = [0; TAG_BYTES];
        tag[..8].copy_from_slice(&hash(&[b"tag-a", &key.to_le_bytes(), iv, cipher]).to_le_bytes());
        tag[8..].copy_from_slice(&hash(&[b"tag-b", &key.to_le_bytes(), iv, cipher]).to_le_bytes());
        tag
    }

    fn check_available(&self) -> Result<(), CipherError> {
        if self.unavailable {
            Err(CipherError::Unavailable("no WebCrypto".to_owned()))
        } else {
            Ok(())
        }
    }
}

impl LockCipher for FakeCipher {
    type Key = u64;

    async fn derive_key(
        &self,
        passphrase: &str,
        kdf: KdfParams,
        salt: &[u8; SALT_BYTES],
    ) -> Result<u64, CipherError> {
        self.check_available()?;
        self.derivations.set(self.derivations.get() + 1);
        Ok(hash(&[
            passphrase.as_bytes(),
            salt,
            &kdf.iterations.to_le_bytes(),
        ]))
    }

    async fn encrypt(
        &self,
        key: &u64,
        iv: &[u8; IV_BYTES],
        plain: &[u8],
    ) -> Result<Vec<u8>, CipherError> {
        self.check_available()?;
        let stream = FakeCipher::keystream(*key, iv, plain.len());
        let mut sealed: Vec<u8> = plain.iter().zip(stream).map(|(p, k)| p ^ k).collect();
        let tag = FakeCipher::tag(*key, iv, &sealed);
        sealed.extend_from_slice(&tag);
        Ok(sealed)
    }

    async fn decrypt(
        &self,
        key: &u64,
        iv: &[u8; IV_BYTES],
        sealed: &[u8],
    ) -> Result<Vec<u8>, CipherError> {
        self.check_available()?;
        if sealed.len() < TAG_BYTES {
            return Err(CipherError::Refused);
        }
        let (cipher, tag) = sealed.split_at(sealed.len() - TAG_BYTES);
        if tag != FakeCipher::tag(*key, iv, cipher) {
            return Err(CipherError::Refused);
        }
        let stream = FakeCipher::keystream(*key, iv, cipher.len());
        Ok(cipher.iter().zip(stream).map(|(c, k)| c ^ k).collect())
    }

    fn fill_random(&self, bytes: &mut [u8]) -> Result<(), CipherError> {
        self.check_available()?;
        for byte in bytes {
            let mut state = self.counter.get();
            *byte = splitmix(&mut state) as u8;
            self.counter.set(state);
        }
        Ok(())
    }
}

const PASSPHRASE: &str = "correct horse battery staple";
const MARKER: &str = "MARKER-calf-cramp-at-3am";

fn key_of(cipher: &FakeCipher, passphrase: &str) -> DiaryKey<u64> {
    block_on(new_key(cipher, passphrase)).unwrap()
}

fn sealed(cipher: &FakeCipher, key: &DiaryKey<u64>, plain: &str) -> String {
    block_on(seal(cipher, key, plain)).unwrap()
}

/// A valid envelope built by hand, without any cipher: only its shape matters.
fn sample_envelope() -> Envelope {
    Envelope {
        header: LockHeader {
            kdf: KdfParams::default(),
            salt: [7; SALT_BYTES],
            check: [9; CHECK_BYTES],
        },
        iv: [3; IV_BYTES],
        data: (0..40).collect(),
    }
}

fn sample_json() -> Value {
    serde_json::from_str(&envelope::encode(&sample_envelope())).unwrap()
}

/// A change to an envelope's JSON object.
type Edit = Box<dyn Fn(&mut serde_json::Map<String, Value>)>;

/// The sample envelope's JSON with `change` applied, as text.
fn edited(change: impl FnOnce(&mut serde_json::Map<String, Value>)) -> String {
    let mut value = sample_json();
    change(value.as_object_mut().unwrap());
    value.to_string()
}

fn diary_of(ids: &[u64]) -> Diary {
    let night = CalendarDate::parse("2025-01-01").unwrap();
    Diary::from_entries(
        ids.iter()
            .map(|&id| DiaryEntry::new(EntryId(id), night, Muscle::Calf, Side::Left))
            .collect(),
    )
    .unwrap()
}

/// Every key of a configuration with its value, and the store's total size: two stores with
/// equal snapshots hold the same data, since any other key would change the total.
fn snapshot(store: &MemoryStore, keys: &StorageKeys) -> (Vec<Option<String>>, usize) {
    let all = [
        keys.diary(),
        keys.diary_backup(),
        keys.checker(),
        keys.last_result(),
        keys.language(),
        keys.cramp_now(),
    ];
    (
        all.iter().map(|key| store.get(key).unwrap()).collect(),
        store.used_units(),
    )
}

/// A check run on the store after each write.
type WriteCheck = Box<dyn Fn(&MemoryStore)>;

/// A `MemoryStore` that records every write, and can be told to fail reading one key.
#[derive(Default)]
struct RecordingStore {
    inner: MemoryStore,
    writes: RefCell<Vec<String>>,
    fail_get: Option<String>,
    /// Called after every successful write, with the store as it is then.
    after_write: Option<WriteCheck>,
}

impl KeyValueStore for RecordingStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        if self.fail_get.as_deref() == Some(key) {
            return Err(StoreError::Failed("read failed".to_owned()));
        }
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writes.borrow_mut().push(format!("set {key}"));
        self.inner.set(key, value)?;
        if let Some(check) = &self.after_write {
            check(&self.inner);
        }
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.writes.borrow_mut().push(format!("remove {key}"));
        self.inner.remove(key)?;
        if let Some(check) = &self.after_write {
            check(&self.inner);
        }
        Ok(())
    }
}

// ---- base64

#[test]
fn base64_matches_the_rfc_4648_vectors() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64::encode(plain.as_bytes()), encoded, "{plain:?}");
        assert_eq!(
            base64::decode(encoded).as_deref(),
            Ok(plain.as_bytes()),
            "{encoded:?}"
        );
    }
}

#[test]
fn base64_uses_plus_and_slash_for_the_last_two_digits() {
    assert_eq!(base64::encode(&[0xfb, 0xff]), "+/8=");
    assert_eq!(base64::decode("+/8="), Ok(vec![0xfb, 0xff]));
}

#[test]
fn base64_refuses_a_length_that_is_not_a_multiple_of_four() {
    for bad in ["Z", "Zg", "Zg=", "Zm9vY", "Zm9vYg=", "Zm9vYg==="] {
        assert_eq!(base64::decode(bad), Err(Base64Error::Length), "{bad:?}");
    }
}

#[test]
fn base64_refuses_characters_outside_the_alphabet() {
    for bad in [
        "Zm9*",
        "Zm9 ",
        "Zm9-",
        "Zm9_",
        "Zm\n9",
        "Zé=",
        "Zm9v\0AAA",
        "====",
    ] {
        assert_eq!(base64::decode(bad), Err(Base64Error::Character), "{bad:?}");
    }
}

#[test]
fn base64_refuses_padding_anywhere_but_the_end() {
    for bad in ["Zg==Zm9v", "Zm8=Zm9v", "Z=g=", "=Zg=", "Zm=v"] {
        assert_eq!(base64::decode(bad), Err(Base64Error::Character), "{bad:?}");
    }
}

#[test]
fn base64_refuses_spare_bits_so_each_byte_string_has_one_text() {
    // "Zg==" is "f"; "Zh==" sets a bit that "f" leaves unused, and "Zm9=" likewise for "fo".
    assert_eq!(base64::decode("Zg==").unwrap(), b"f");
    assert_eq!(base64::decode("Zh=="), Err(Base64Error::Character));
    assert_eq!(base64::decode("Zm8="), Ok(b"fo".to_vec()));
    assert_eq!(base64::decode("Zm9="), Err(Base64Error::Character));
}

#[test]
fn base64_refuses_three_padding_characters() {
    assert_eq!(base64::decode("Z==="), Err(Base64Error::Character));
    assert_eq!(base64::decode("Zm9vZ==="), Err(Base64Error::Character));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn base64_round_trips_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let text = base64::encode(&bytes);
        prop_assert_eq!(text.len(), bytes.len().div_ceil(3) * 4);
        prop_assert_eq!(base64::decode(&text), Ok(bytes));
    }

    #[test]
    fn base64_decode_never_panics(text in any::<String>()) {
        let _ = base64::decode(&text);
    }

    #[test]
    fn base64_decode_never_panics_on_near_base64(text in "[A-Za-z0-9+/=]{0,24}") {
        if let Ok(bytes) = base64::decode(&text) {
            // Whatever it accepts has the length the text says.
            prop_assert_eq!(base64::encode(&bytes).len(), text.len());
        }
    }
}

// ---- envelope: the format

#[test]
fn an_envelope_round_trips_through_its_text() {
    let envelope = sample_envelope();
    let text = envelope::encode(&envelope);
    assert_eq!(envelope::parse(&text), Ok(envelope));
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], ENVELOPE_FORMAT);
    assert_eq!(value["v"], 1);
    assert_eq!(
        value["kdf"],
        json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": KDF_ITERATIONS})
    );
    assert_eq!(value["sum"].as_str().unwrap().len(), 16);
}

#[test]
fn an_envelope_with_empty_data_but_a_whole_tag_parses() {
    let mut envelope = sample_envelope();
    envelope.data = vec![0; TAG_BYTES];
    assert_eq!(
        envelope::parse(&envelope::encode(&envelope)),
        Ok(envelope.clone())
    );
}

#[test]
fn text_that_is_not_an_envelope_is_not_locked() {
    let plain_diary = encode_stored(&diary_of(&[1, 2]));
    for raw in [
        "",
        "not json",
        "{",
        "null",
        "42",
        "\"cramp-widget-locked\"",
        "[\"cramp-widget-locked\"]",
        "{}",
        r#"{"v":2,"entries":[]}"#,
        plain_diary.as_str(),
        r#"{"format":"something-else","v":1}"#,
        r#"{"format":"Cramp-Widget-Locked","v":1}"#,
        r#"{"format":1,"v":1}"#,
    ] {
        assert_eq!(envelope::parse(raw), Err(EnvelopeError::NotLocked), "{raw}");
        assert!(!is_locked(raw), "{raw}");
    }
}

#[test]
fn a_newer_envelope_version_is_reported_as_such() {
    let raw = edited(|object| {
        object.insert("v".into(), json!(2));
    });
    assert_eq!(envelope::parse(&raw), Err(EnvelopeError::FutureVersion(2)));
    // Only the format marker and the version matter: a newer layout may change the rest.
    let bare = r#"{"format":"cramp-widget-locked","v":7,"other":"layout"}"#;
    assert_eq!(envelope::parse(bare), Err(EnvelopeError::FutureVersion(7)));
}

#[test]
fn a_version_that_is_zero_or_not_a_whole_number_is_a_field_error() {
    for version in [
        json!(0),
        json!("1"),
        json!(-1),
        json!(1.5),
        json!(null),
        json!([1]),
    ] {
        let raw = edited(|object| {
            object.insert("v".into(), version.clone());
        });
        assert_eq!(
            envelope::parse(&raw),
            Err(EnvelopeError::Field("v")),
            "{version}"
        );
    }
    let raw = edited(|object| {
        object.remove("v");
    });
    assert_eq!(envelope::parse(&raw), Err(EnvelopeError::Field("v")));
}

#[test]
fn a_missing_field_is_named() {
    for name in ["kdf", "salt", "check", "sum", "iv", "data"] {
        let raw = edited(|object| {
            object.remove(name);
        });
        let expected = EnvelopeError::Field(name);
        assert_eq!(envelope::parse(&raw), Err(expected), "{name}");
        assert!(is_locked(&raw), "{name}");
    }
}

#[test]
fn a_field_of_the_wrong_type_is_named() {
    for name in ["salt", "check", "sum", "iv", "data"] {
        for wrong in [json!(5), json!(null), json!(["AAAA"]), json!({"b": "AAAA"})] {
            let raw = edited(|object| {
                object.insert(name.into(), wrong.clone());
            });
            assert_eq!(
                envelope::parse(&raw),
                Err(EnvelopeError::Field(name)),
                "{name}: {wrong}"
            );
        }
    }
}

#[test]
fn a_binary_field_that_is_not_base64_is_named() {
    for name in ["salt", "check", "iv", "data"] {
        let raw = edited(|object| {
            object.insert(name.into(), json!("not base64!"));
        });
        assert!(
            matches!(envelope::parse(&raw), Err(EnvelopeError::Base64(n, _)) if n == name),
            "{name}: {:?}",
            envelope::parse(&raw)
        );
        let raw = edited(|object| {
            object.insert(name.into(), json!("AAA"));
        });
        assert_eq!(
            envelope::parse(&raw),
            Err(EnvelopeError::Base64(name, Base64Error::Length)),
            "{name}"
        );
    }
}

#[test]
fn a_binary_field_of_the_wrong_length_is_named() {
    // The salt and check are read before the sum is compared; a wrong length is reported
    // as such, not as a checksum mismatch.
    let cases: [(&str, Vec<u8>); 8] = [
        ("salt", vec![1; SALT_BYTES - 1]),
        ("salt", vec![1; SALT_BYTES + 1]),
        ("check", vec![1; CHECK_BYTES - 1]),
        ("check", vec![]),
        ("iv", vec![1; IV_BYTES + 1]),
        ("iv", vec![1; IV_BYTES - 1]),
        ("data", vec![1; TAG_BYTES - 1]),
        ("data", vec![]),
    ];
    for (name, bytes) in cases {
        let raw = edited(|object| {
            object.insert(name.into(), json!(base64::encode(&bytes)));
        });
        assert_eq!(
            envelope::parse(&raw),
            Err(EnvelopeError::Length(name)),
            "{name}: {} bytes",
            bytes.len()
        );
    }
}

#[test]
fn an_unknown_key_derivation_is_refused() {
    let good = json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": KDF_ITERATIONS});
    let mut cases = vec![
        json!({"name": "scrypt", "hash": "SHA-256", "iterations": KDF_ITERATIONS}),
        json!({"name": "pbkdf2", "hash": "SHA-256", "iterations": KDF_ITERATIONS}),
        json!({"name": "PBKDF2", "hash": "SHA-1", "iterations": KDF_ITERATIONS}),
        json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": MIN_ITERATIONS - 1}),
        json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": MAX_ITERATIONS + 1}),
        json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": 0}),
        json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": u64::from(u32::MAX) + 1}),
        json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": -600000}),
        json!({"name": "PBKDF2", "hash": "SHA-256", "iterations": "600000"}),
        json!({"name": "PBKDF2", "hash": "SHA-256"}),
        json!({"name": "PBKDF2", "iterations": KDF_ITERATIONS}),
        json!({}),
        json!(5),
        json!("PBKDF2"),
    ];
    // A good KDF in a broken shape still has to be refused.
    cases.push(json!([good]));
    for kdf in cases {
        let raw = edited(|object| {
            object.insert("kdf".into(), kdf.clone());
        });
        assert_eq!(envelope::parse(&raw), Err(EnvelopeError::Kdf), "{kdf}");
    }
}

#[test]
fn iterations_at_either_limit_are_accepted() {
    for iterations in [MIN_ITERATIONS, MAX_ITERATIONS] {
        let mut envelope = sample_envelope();
        envelope.header.kdf = KdfParams { iterations };
        assert_eq!(
            envelope::parse(&envelope::encode(&envelope)),
            Ok(envelope.clone()),
            "{iterations}"
        );
    }
}

#[test]
fn a_header_changed_without_its_sum_is_refused() {
    let other_salt = base64::encode(&[8; SALT_BYTES]);
    let other_check = base64::encode(&[1; CHECK_BYTES]);
    let changes: Vec<(&str, Edit)> = vec![
        (
            "salt",
            Box::new(move |o| {
                o.insert("salt".into(), json!(other_salt));
            }),
        ),
        (
            "check",
            Box::new(move |o| {
                o.insert("check".into(), json!(other_check));
            }),
        ),
        (
            "iterations",
            Box::new(|o| {
                o["kdf"]["iterations"] = json!(KDF_ITERATIONS + 1);
            }),
        ),
        (
            "sum",
            Box::new(|o| {
                o.insert("sum".into(), json!("0000000000000000"));
            }),
        ),
        (
            "sum in capitals",
            Box::new(|o| {
                let upper = o["sum"].as_str().unwrap().to_uppercase();
                o.insert("sum".into(), json!(upper));
            }),
        ),
    ];
    for (what, change) in changes {
        let raw = edited(|object| change(object));
        assert_eq!(envelope::parse(&raw), Err(EnvelopeError::Sum), "{what}");
    }
}

#[test]
fn the_iv_and_data_are_not_covered_by_the_sum() {
    // They change with every write; AES-GCM's tag covers them instead.
    let raw = edited(|object| {
        object.insert("iv".into(), json!(base64::encode(&[4; IV_BYTES])));
        object.insert("data".into(), json!(base64::encode(&[5; 30])));
    });
    let parsed = envelope::parse(&raw).unwrap();
    assert_eq!(parsed.iv, [4; IV_BYTES]);
    assert_eq!(parsed.data, vec![5; 30]);
}

#[test]
fn every_truncation_of_an_envelope_is_an_error() {
    let text = envelope::encode(&sample_envelope());
    assert!(envelope::parse(&text).is_ok());
    for end in (0..text.len()).filter(|&end| text.is_char_boundary(end)) {
        let prefix = &text[..end];
        assert!(envelope::parse(prefix).is_err(), "{prefix}");
    }
}

#[test]
fn damaged_envelopes_that_keep_the_marker_still_count_as_locked() {
    for raw in [
        r#"{"format":"cramp-widget-locked"}"#.to_owned(),
        r#"{"format":"cramp-widget-locked","v":"x"}"#.to_owned(),
        r#"{"format":"cramp-widget-locked","v":9}"#.to_owned(),
        edited(|object| {
            object.insert("salt".into(), json!(5));
        }),
        edited(|object| {
            object.insert("sum".into(), json!("ffffffffffffffff"));
        }),
        edited(|object| {
            object.remove("data");
        }),
    ] {
        assert!(is_locked(&raw), "{raw}");
        assert_ne!(
            envelope::parse(&raw),
            Err(EnvelopeError::NotLocked),
            "{raw}"
        );
    }
}

#[test]
fn envelope_errors_read_as_one_line() {
    for error in [
        EnvelopeError::NotLocked,
        EnvelopeError::FutureVersion(2),
        EnvelopeError::Field("salt"),
        EnvelopeError::Base64("iv", Base64Error::Character),
        EnvelopeError::Length("data"),
        EnvelopeError::Kdf,
        EnvelopeError::Sum,
    ] {
        let message = error.to_string();
        assert!(!message.is_empty() && !message.contains('\n'), "{error:?}");
    }
}

/// Values an envelope's fields might hold, right or wrong: the right constants, base64 of
/// assorted lengths, numbers and strings around the limits, and nested KDF objects.
fn field_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(json!(ENVELOPE_FORMAT)),
        Just(json!(1)),
        Just(json!("PBKDF2")),
        Just(json!("SHA-256")),
        Just(json!(null)),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![
            Just(MIN_ITERATIONS - 1),
            Just(MIN_ITERATIONS),
            Just(KDF_ITERATIONS),
            Just(MAX_ITERATIONS),
            Just(MAX_ITERATIONS + 1),
        ]
        .prop_map(Value::from),
        proptest::collection::vec(any::<u8>(), 0..40).prop_map(|b| json!(base64::encode(&b))),
        "[0-9a-f]{0,17}".prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            (
                proptest::option::of(inner.clone()),
                proptest::option::of(inner.clone()),
                proptest::option::of(inner),
            )
                .prop_map(|(name, hash, iterations)| {
                    let mut kdf = serde_json::Map::new();
                    for (field, value) in
                        [("name", name), ("hash", hash), ("iterations", iterations)]
                    {
                        if let Some(value) = value {
                            kdf.insert(field.to_owned(), value);
                        }
                    }
                    Value::Object(kdf)
                }),
        ]
    })
}

const FIELDS: [&str; 8] = ["format", "v", "kdf", "salt", "check", "sum", "iv", "data"];

/// An object with some of the envelope's fields, each either the sample's own value or a
/// random one, so that parsing gets past the early checks often.
fn envelope_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            2 => Just(None),
            3 => Just(Some(None)),
            3 => field_value().prop_map(|value| Some(Some(value))),
        ],
        FIELDS.len(),
    )
    .prop_map(|choices| {
        let sample = sample_json();
        let mut object = serde_json::Map::new();
        for (field, choice) in FIELDS.iter().zip(choices) {
            match choice {
                None => {}
                Some(None) => {
                    object.insert((*field).to_owned(), sample[*field].clone());
                }
                Some(Some(value)) => {
                    object.insert((*field).to_owned(), value);
                }
            }
        }
        Value::Object(object).to_string()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn envelope_parse_never_panics_on_any_string(raw in any::<String>()) {
        let parsed = envelope::parse(&raw);
        prop_assert_eq!(parsed == Err(EnvelopeError::NotLocked), !is_locked(&raw));
    }

    #[test]
    fn envelope_parse_never_panics_on_envelope_like_objects(raw in envelope_like()) {
        let parsed = envelope::parse(&raw);
        // Claiming to be an envelope and being refused as "not locked" never go together.
        prop_assert_eq!(parsed == Err(EnvelopeError::NotLocked), !is_locked(&raw));
        if let Ok(envelope) = parsed {
            // Whatever parses, encodes to text that parses to the same envelope.
            prop_assert_eq!(envelope::parse(&envelope::encode(&envelope)), Ok(envelope));
        }
    }
}

// ---- vault, with the stand-in cipher

#[test]
fn a_new_key_seals_and_opens_text() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    assert_eq!(key.header.kdf, KdfParams::default());
    let raw = sealed(&cipher, &key, MARKER);
    assert!(is_locked(&raw));
    assert_eq!(block_on(open(&cipher, &key, &raw)), Ok(MARKER.to_owned()));
    assert_eq!(block_on(open(&cipher, &key, "")), Err(LockError::NotLocked));
}

#[test]
fn the_right_passphrase_unlocks_and_gives_the_same_key() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let raw = sealed(&cipher, &key, MARKER);
    let before = cipher.derivations.get();
    let (unlocked, plain) = block_on(unlock(&cipher, PASSPHRASE, &raw)).unwrap();
    assert_eq!(plain, MARKER);
    assert_eq!(unlocked, key);
    assert_eq!(
        cipher.derivations.get(),
        before + 1,
        "one derivation per unlock"
    );
    // The unlocked key opens the other values without deriving again.
    let other = sealed(&cipher, &unlocked, "{\"step\":2}");
    assert_eq!(
        block_on(open(&cipher, &unlocked, &other)),
        Ok("{\"step\":2}".to_owned())
    );
    assert_eq!(cipher.derivations.get(), before + 1);
}

#[test]
fn a_wrong_passphrase_is_told_apart_from_damage() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let raw = sealed(&cipher, &key, MARKER);
    for wrong in [
        "",
        "correct horse battery stapl",
        "Correct horse battery staple",
    ] {
        assert_eq!(
            block_on(unlock(&cipher, wrong, &raw)),
            Err(LockError::WrongPassphrase),
            "{wrong:?}"
        );
        assert_eq!(
            block_on(key_for(&cipher, wrong, &key.header)),
            Err(LockError::WrongPassphrase)
        );
    }
}

#[test]
fn a_changed_data_or_iv_byte_is_damage_not_a_wrong_passphrase() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let good = envelope::parse(&sealed(&cipher, &key, MARKER)).unwrap();
    let mut changed = Vec::new();
    for index in 0..good.data.len() {
        let mut envelope = good.clone();
        envelope.data[index] ^= 0x01;
        changed.push(envelope);
    }
    for index in 0..IV_BYTES {
        let mut envelope = good.clone();
        envelope.iv[index] ^= 0x80;
        changed.push(envelope);
    }
    let mut shorter = good.clone();
    shorter.data.remove(0);
    changed.push(shorter);
    for envelope in changed {
        let raw = envelope::encode(&envelope);
        assert!(
            matches!(
                block_on(unlock(&cipher, PASSPHRASE, &raw)),
                Err(LockError::Damaged(_))
            ),
            "{raw}"
        );
        assert!(
            matches!(
                block_on(open(&cipher, &key, &raw)),
                Err(LockError::Damaged(_))
            ),
            "{raw}"
        );
    }
}

#[test]
fn a_changed_salt_with_the_sum_left_alone_is_damage() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let mut value: Value = serde_json::from_str(&sealed(&cipher, &key, MARKER)).unwrap();
    let mut salt = key.header.salt;
    salt[0] ^= 1;
    value["salt"] = json!(base64::encode(&salt));
    let raw = value.to_string();
    assert!(matches!(
        block_on(unlock(&cipher, PASSPHRASE, &raw)),
        Err(LockError::Damaged(_))
    ));
    assert!(matches!(
        block_on(open(&cipher, &key, &raw)),
        Err(LockError::Damaged(_))
    ));
}

#[test]
fn text_that_does_not_open_as_utf8_is_damage() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let mut iv = [0; IV_BYTES];
    iv[0] = 1;
    let data = block_on(cipher.encrypt(&key.key, &iv, &[0xff, 0xfe])).unwrap();
    let raw = envelope::encode(&Envelope {
        header: key.header.clone(),
        iv,
        data,
    });
    assert_eq!(
        block_on(open(&cipher, &key, &raw)),
        Err(LockError::Damaged("not UTF-8 text".to_owned()))
    );
}

#[test]
fn another_keys_envelope_is_refused_by_open_as_another_key() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let same_passphrase_new_salt = key_of(&cipher, PASSPHRASE);
    let other_passphrase = key_of(&cipher, "another one");
    assert_ne!(key.header.salt, same_passphrase_new_salt.header.salt);
    for other in [same_passphrase_new_salt, other_passphrase] {
        let raw = sealed(&cipher, &other, MARKER);
        assert_eq!(
            block_on(open(&cipher, &key, &raw)),
            Err(LockError::OtherKey)
        );
    }
}

#[test]
fn plain_text_is_not_locked_for_open_and_unlock() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let plain = encode_stored(&diary_of(&[1]));
    assert_eq!(
        block_on(open(&cipher, &key, &plain)),
        Err(LockError::NotLocked)
    );
    assert_eq!(
        block_on(unlock(&cipher, PASSPHRASE, &plain)),
        Err(LockError::NotLocked)
    );
    assert_eq!(cipher.derivations.get(), 1, "no key derived for plain text");
}

#[test]
fn a_newer_envelope_is_reported_without_deriving_a_key() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let mut value: Value = serde_json::from_str(&sealed(&cipher, &key, MARKER)).unwrap();
    value["v"] = json!(2);
    let raw = value.to_string();
    assert_eq!(
        block_on(unlock(&cipher, PASSPHRASE, &raw)),
        Err(LockError::FutureVersion(2))
    );
    assert_eq!(
        block_on(open(&cipher, &key, &raw)),
        Err(LockError::FutureVersion(2))
    );
    assert_eq!(cipher.derivations.get(), 1);
}

#[test]
fn each_seal_uses_a_fresh_iv() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let envelopes: Vec<Envelope> = (0..20)
        .map(|_| envelope::parse(&sealed(&cipher, &key, MARKER)).unwrap())
        .collect();
    for (i, a) in envelopes.iter().enumerate() {
        assert_eq!(a.header, key.header, "one header for every value of a key");
        assert_ne!(
            &a.iv[..],
            &key.header.check[..IV_BYTES],
            "not the check's IV"
        );
        for b in &envelopes[i + 1..] {
            assert_ne!(a.iv, b.iv);
            assert_ne!(a.data, b.data);
        }
    }
}

#[test]
fn the_envelope_never_contains_the_plaintext() {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let plain = format!("{{\"v\":2,\"entries\":[{{\"notes\":\"{MARKER}\"}}]}}");
    let raw = sealed(&cipher, &key, &plain);
    assert!(!raw.contains(MARKER), "{raw}");
    assert!(
        !raw.contains(&base64::encode(MARKER.as_bytes())[..16]),
        "{raw}"
    );
    assert!(!raw.contains(PASSPHRASE), "{raw}");
    assert!(!raw.contains("entries"), "{raw}");
}

#[test]
fn missing_cryptography_is_reported_as_unavailable() {
    let cipher = FakeCipher {
        unavailable: true,
        ..FakeCipher::default()
    };
    assert!(matches!(
        block_on(new_key(&cipher, PASSPHRASE)),
        Err(LockError::Unavailable(_))
    ));
    let working = FakeCipher::default();
    let key = key_of(&working, PASSPHRASE);
    let raw = sealed(&working, &key, MARKER);
    assert!(matches!(
        block_on(seal(&cipher, &key, MARKER)),
        Err(LockError::Unavailable(_))
    ));
    assert!(matches!(
        block_on(open(&cipher, &key, &raw)),
        Err(LockError::Unavailable(_))
    ));
    assert!(matches!(
        block_on(unlock(&cipher, PASSPHRASE, &raw)),
        Err(LockError::Unavailable(_))
    ));
}

#[test]
fn every_lock_error_and_the_locked_notice_read_as_one_line() {
    for language in Language::ALL {
        let texts = language.texts();
        for error in [
            LockError::WrongPassphrase,
            LockError::Damaged("x\ny".to_owned()),
            LockError::FutureVersion(2),
            LockError::OtherKey,
            LockError::NotLocked,
            LockError::Unavailable("x\ny".to_owned()),
        ] {
            let message = texts.lock_error(&error);
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{language:?} {error:?}: {message}"
            );
            assert!(!error.to_string().is_empty());
        }
        let message = texts.storage_notice(&StorageNotice::Locked);
        assert!(
            !message.is_empty() && !message.contains('\n'),
            "{language:?}: {message}"
        );
    }
}

// ---- switch: all-or-nothing rewrites

fn set(key: &str, value: &str) -> Rewrite {
    Rewrite {
        key: key.to_owned(),
        value: Some(value.to_owned()),
    }
}

fn remove(key: &str) -> Rewrite {
    Rewrite {
        key: key.to_owned(),
        value: None,
    }
}

#[test]
fn rewrite_all_writes_every_change_in_order() {
    let store = MemoryStore::new();
    store.set("a", "old a").unwrap();
    store.set("gone", "x").unwrap();
    let changes = [
        set("a", "new a"),
        set("b", "new b"),
        remove("gone"),
        remove("never"),
        set("b", "newer b"),
    ];
    assert_eq!(rewrite_all(&store, &changes), Ok(()));
    assert_eq!(store.get("a").unwrap().as_deref(), Some("new a"));
    assert_eq!(store.get("b").unwrap().as_deref(), Some("newer b"));
    assert_eq!(store.get("gone"), Ok(None));
    assert_eq!(store.get("never"), Ok(None));
    assert_eq!(rewrite_all(&store, &[]), Ok(()));
}

#[test]
fn a_full_quota_puts_every_earlier_change_back() {
    let store = MemoryStore::with_quota(60);
    store.set("a", "old a").unwrap();
    store.set("r", "removed").unwrap();
    store.set("c", "old c").unwrap();
    let before = (
        ["a", "b", "r", "c"].map(|key| store.get(key).unwrap()),
        store.used_units(),
    );
    let changes = [
        set("a", "new a"),
        set("b", "added"),
        remove("r"),
        set("a", "newest a"),
        set("c", &"x".repeat(60)),
        set("never", "reached"),
    ];
    assert_eq!(
        rewrite_all(&store, &changes),
        Err(StoreError::QuotaExceeded)
    );
    let after = (
        ["a", "b", "r", "c"].map(|key| store.get(key).unwrap()),
        store.used_units(),
    );
    assert_eq!(after, before);
    assert_eq!(store.get("b"), Ok(None), "an added key is removed again");
    assert_eq!(store.get("never"), Ok(None));
}

#[test]
fn a_failed_read_puts_every_earlier_change_back() {
    let store = RecordingStore {
        fail_get: Some("c".to_owned()),
        ..RecordingStore::default()
    };
    store.inner.set("a", "old a").unwrap();
    let changes = [set("a", "new a"), remove("a"), set("b", "b"), set("c", "c")];
    assert_eq!(
        rewrite_all(&store, &changes),
        Err(StoreError::Failed("read failed".to_owned()))
    );
    assert_eq!(store.inner.get("a").unwrap().as_deref(), Some("old a"));
    assert_eq!(store.inner.get("b"), Ok(None));
    assert_eq!(store.inner.get("c"), Ok(None));
    assert!(!store.writes.borrow().contains(&"set c".to_owned()));
}

/// A storage with a plain diary and plain private values, as before the lock is turned on.
fn plain_storage(store: &MemoryStore, keys: &StorageKeys) {
    store
        .set(keys.diary(), &encode_stored(&diary_of(&[1, 2, 3])))
        .unwrap();
    store
        .set(keys.diary_backup(), "{\"v\":2,\"entries\":[{")
        .unwrap();
    store.set(keys.checker(), "{\"step\":3}").unwrap();
    store
        .set(keys.last_result(), "{\"level\":\"green\"}")
        .unwrap();
    store.set(keys.language(), "en").unwrap();
    store.set(keys.cramp_now(), "1764640320000").unwrap();
}

/// Turning the lock on: every private value sealed, in the order `order` lists the keys.
fn turn_on_changes(
    cipher: &FakeCipher,
    key: &DiaryKey<u64>,
    store: &MemoryStore,
    order: &[&str],
) -> Vec<Rewrite> {
    order
        .iter()
        .filter_map(|name| {
            let plain = store.get(name).unwrap()?;
            Some(set(name, &sealed(cipher, key, &plain)))
        })
        .collect()
}

/// The promise while the lock is on: when the diary is locked, no other private value is plain.
/// Returns the first private key that breaks it.
fn plain_beside_a_locked_diary(store: &MemoryStore, keys: &StorageKeys) -> Option<String> {
    let diary = store.get(keys.diary()).unwrap();
    if !diary.as_deref().is_some_and(is_locked) {
        return None;
    }
    keys.private()[1..]
        .iter()
        .find(|other| {
            store
                .get(other)
                .unwrap()
                .is_some_and(|value| !is_locked(&value))
        })
        .map(|other| (*other).to_owned())
}

fn assert_no_plain_beside_a_locked_diary(store: &MemoryStore, keys: &StorageKeys) {
    if let Some(plain) = plain_beside_a_locked_diary(store, keys) {
        panic!("{plain} is plain beside a locked diary");
    }
}

/// Units the store would hold after `changes`, computed without writing.
fn units_after(store: &MemoryStore, changes: &[Rewrite]) -> usize {
    let scratch = MemoryStore::new();
    for key in StorageKeys::default().private() {
        if let Some(value) = store.get(key).unwrap() {
            scratch.set(key, &value).unwrap();
        }
    }
    let others = store.used_units() - scratch.used_units();
    rewrite_all(&scratch, changes).unwrap();
    others + scratch.used_units()
}

#[test]
fn turning_the_lock_on_over_quota_leaves_storage_exactly_as_it_was() {
    let keys = StorageKeys::default();
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let probe = MemoryStore::new();
    plain_storage(&probe, &keys);
    // The diary last: its value is what says the lock is on.
    let mut order = keys.private().to_vec();
    order.rotate_left(1);
    assert_eq!(order.last(), Some(&keys.diary()));
    let changes = turn_on_changes(&cipher, &key, &probe, &order);
    let all_but_diary = units_after(&probe, &changes[..changes.len() - 1]);
    let everything = units_after(&probe, &changes);
    assert!(all_but_diary < everything);

    let store = RecordingStore {
        inner: MemoryStore::with_quota(everything - 1),
        after_write: Some(Box::new({
            let keys = keys.clone();
            move |store: &MemoryStore| assert_no_plain_beside_a_locked_diary(store, &keys)
        })),
        ..RecordingStore::default()
    };
    plain_storage(&store.inner, &keys);
    let before = snapshot(&store.inner, &keys);

    assert_eq!(
        rewrite_all(&store, &changes),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(snapshot(&store.inner, &keys), before);
    assert!(!is_locked(&store.inner.get(keys.diary()).unwrap().unwrap()));
    // The other values were sealed, then put back: the failure came at the very end.
    let writes = store.writes.borrow();
    assert_eq!(writes.len(), 3 + 1 + 3, "{writes:?}");
    assert_eq!(writes[3], format!("set {}", keys.diary()));

    // With room for it all, the lock is on and every private value is sealed.
    let roomy = MemoryStore::with_quota(everything);
    plain_storage(&roomy, &keys);
    assert_eq!(rewrite_all(&roomy, &changes), Ok(()));
    for private in keys.private() {
        assert!(
            is_locked(&roomy.get(private).unwrap().unwrap()),
            "{private}"
        );
    }
    assert_eq!(roomy.get(keys.language()).unwrap().as_deref(), Some("en"));
    assert_eq!(
        roomy.get(keys.cramp_now()).unwrap().as_deref(),
        Some("1764640320000")
    );
}

#[test]
fn the_diary_first_would_leave_plain_values_beside_a_locked_diary_midway() {
    // The order is the callers' to keep: this shows what the invariant check above catches.
    let keys = StorageKeys::default();
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let store = MemoryStore::new();
    plain_storage(&store, &keys);
    let changes = turn_on_changes(&cipher, &key, &store, &keys.private());
    rewrite_all(&store, &changes[..1]).unwrap();
    assert_eq!(
        plain_beside_a_locked_diary(&store, &keys).as_deref(),
        Some(keys.diary_backup())
    );
}

#[test]
fn turning_the_lock_off_over_quota_leaves_it_on() {
    let keys = StorageKeys::default();
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    let plain = MemoryStore::new();
    plain_storage(&plain, &keys);
    let store = RecordingStore {
        after_write: Some(Box::new({
            let keys = keys.clone();
            move |store: &MemoryStore| assert_no_plain_beside_a_locked_diary(store, &keys)
        })),
        ..RecordingStore::default()
    };
    store.inner.set(keys.language(), "en").unwrap();
    let mut order = keys.private().to_vec();
    order.rotate_left(1);
    rewrite_all(&store, &turn_on_changes(&cipher, &key, &plain, &order)).unwrap();
    let locked = snapshot(&store.inner, &keys);

    // Off: the diary first, then the rest, with a huge last value that does not fit.
    let mut off: Vec<Rewrite> = keys
        .private()
        .iter()
        .map(|name| set(name, &plain.get(name).unwrap().unwrap()))
        .collect();
    off.push(set(keys.last_result(), &"x".repeat(10_000)));
    let quota = store.inner.used_units() + 1_000;
    let limited = RecordingStore {
        inner: MemoryStore::with_quota(quota),
        ..RecordingStore::default()
    };
    for (name, value) in keys.private().iter().zip(&locked.0) {
        limited.inner.set(name, value.as_deref().unwrap()).unwrap();
    }
    limited.inner.set(keys.language(), "en").unwrap();
    let before = snapshot(&limited.inner, &keys);
    assert_eq!(before, locked);
    assert_eq!(rewrite_all(&limited, &off), Err(StoreError::QuotaExceeded));
    assert_eq!(snapshot(&limited.inner, &keys), locked);
}

// ---- idle: when the diary locks by itself

const T0: f64 = 1_764_640_320_000.0;
const SECOND: f64 = 1_000.0;
const MINUTE: f64 = 60_000.0;

#[test]
fn the_diary_locks_after_exactly_fifteen_idle_minutes() {
    assert_eq!(IDLE_LOCK_MS, 15.0 * MINUTE);
    let activity = Activity::new(T0);
    assert!(!activity.should_lock(T0));
    assert!(!activity.should_lock(T0 + 14.0 * MINUTE + 59.0 * SECOND));
    assert!(!activity.should_lock(T0 + IDLE_LOCK_MS - 1.0));
    assert!(activity.should_lock(T0 + IDLE_LOCK_MS));
    assert!(activity.should_lock(T0 + 3.0 * IDLE_LOCK_MS));
}

#[test]
fn use_restarts_the_idle_clock() {
    let mut activity = Activity::new(T0);
    activity.used(T0 + 10.0 * MINUTE);
    assert!(!activity.should_lock(T0 + 15.0 * MINUTE));
    assert!(!activity.should_lock(T0 + 24.0 * MINUTE + 59.0 * SECOND));
    assert!(activity.should_lock(T0 + 25.0 * MINUTE));
}

#[test]
fn use_reported_late_with_an_older_time_does_not_move_the_clock_back() {
    let mut activity = Activity::new(T0);
    activity.used(T0 + 10.0 * MINUTE);
    activity.used(T0 + 2.0 * MINUTE);
    assert!(!activity.should_lock(T0 + 24.0 * MINUTE));
    assert!(activity.should_lock(T0 + 25.0 * MINUTE));
    let mut fresh = Activity::new(T0);
    fresh.used(T0 - MINUTE);
    assert_eq!(fresh, Activity::new(T0));
}

#[test]
fn five_hidden_minutes_lock_the_diary() {
    assert_eq!(HIDDEN_LOCK_MS, 5.0 * MINUTE);
    let mut activity = Activity::new(T0);
    activity.hidden(true, T0 + MINUTE);
    assert!(!activity.should_lock(T0 + 5.0 * MINUTE + 59.0 * SECOND));
    assert!(activity.should_lock(T0 + 6.0 * MINUTE));
    // Recent use does not keep a hidden page open.
    activity.used(T0 + 6.0 * MINUTE);
    assert!(activity.should_lock(T0 + 6.0 * MINUTE));
}

#[test]
fn showing_the_page_again_clears_the_hidden_clock() {
    let mut activity = Activity::new(T0);
    activity.hidden(true, T0);
    activity.hidden(false, T0 + 4.0 * MINUTE);
    assert!(!activity.should_lock(T0 + 6.0 * MINUTE));
    // Hidden again: five minutes from this hiding, not the first.
    activity.hidden(true, T0 + 7.0 * MINUTE);
    assert!(!activity.should_lock(T0 + 11.0 * MINUTE + 59.0 * SECOND));
    assert!(activity.should_lock(T0 + 12.0 * MINUTE));
    // Shown while still idle less than 15 minutes: no lock.
    activity.hidden(false, T0 + 12.0 * MINUTE);
    assert!(!activity.should_lock(T0 + 12.0 * MINUTE));
    // A "shown" notice while shown changes nothing.
    activity.hidden(false, T0 + 13.0 * MINUTE);
    assert!(activity.should_lock(T0 + IDLE_LOCK_MS));
}

#[test]
fn a_second_hidden_notice_does_not_restart_the_hidden_clock() {
    let mut activity = Activity::new(T0);
    activity.hidden(true, T0);
    activity.hidden(true, T0 + 3.0 * MINUTE);
    assert!(activity.should_lock(T0 + 5.0 * MINUTE));
}

// ---- store: loading a locked diary

fn locked_text() -> String {
    let cipher = FakeCipher::default();
    let key = key_of(&cipher, PASSPHRASE);
    sealed(&cipher, &key, &encode_stored(&diary_of(&[1, 2])))
}

#[test]
fn a_locked_diary_loads_empty_with_the_locked_notice_and_writes_nothing() {
    let keys = StorageKeys::default();
    for raw in [
        locked_text(),
        // Damaged or newer envelopes are still locked, never "repaired" as plain damage.
        r#"{"format":"cramp-widget-locked","v":1}"#.to_owned(),
        r#"{"format":"cramp-widget-locked","v":9}"#.to_owned(),
    ] {
        let store = RecordingStore::default();
        store.inner.set(keys.diary(), &raw).unwrap();
        store.inner.set(keys.language(), "en").unwrap();
        let before = snapshot(&store.inner, &keys);
        let load = load_diary(&store, &keys);
        assert_eq!(load.diary, Diary::new());
        assert_eq!(load.notice, Some(StorageNotice::Locked));
        assert!(!load.may_save());
        assert!(store.writes.borrow().is_empty(), "{:?}", store.writes);
        assert_eq!(snapshot(&store.inner, &keys), before);
        assert_eq!(store.inner.get(keys.diary_backup()), Ok(None));
    }
}

#[test]
fn an_unlocked_diary_loads_from_its_plain_text_without_writing() {
    let keys = StorageKeys::default();
    let store = RecordingStore::default();
    let stored = locked_text();
    store.inner.set(keys.diary(), &stored).unwrap();
    let load = load_unlocked(&store, &keys, &stored, &encode_stored(&diary_of(&[1, 2])));
    assert_eq!(load.diary, diary_of(&[1, 2]));
    assert_eq!(load.notice, None);
    assert!(load.may_save());

    let future = load_unlocked(&store, &keys, &stored, r#"{"v":3,"entries":[]}"#);
    assert_eq!(future.notice, Some(StorageNotice::FutureVersion(3)));
    assert!(!future.may_save());
    assert!(store.writes.borrow().is_empty(), "{:?}", store.writes);
}

#[test]
fn a_corrupt_unlocked_diary_backs_up_the_locked_text_never_the_plain_text() {
    let keys = StorageKeys::default();
    let store = MemoryStore::new();
    let stored = locked_text();
    store.set(keys.diary(), &stored).unwrap();
    let plain = format!("{{\"v\":2,\"entries\":[{{\"notes\":\"{MARKER}\"");
    let load = load_unlocked(&store, &keys, &stored, &plain);
    assert_eq!(load.diary, Diary::new());
    assert_eq!(load.notice, Some(StorageNotice::CorruptBackedUp));
    let backup = store.get(keys.diary_backup()).unwrap().unwrap();
    assert_eq!(backup, stored);
    assert!(is_locked(&backup));
    assert!(!backup.contains(MARKER));
    assert_eq!(store.get(keys.diary()).unwrap(), Some(stored.clone()));
    // Foreign JSON counts as damage too.
    let again = load_unlocked(&store, &keys, &stored, "[1,2,3]");
    assert_eq!(again.notice, Some(StorageNotice::CorruptBackedUp));
    assert_eq!(store.get(keys.diary_backup()).unwrap(), Some(stored));
}

#[test]
fn a_lock_that_does_not_open_is_backed_up_by_the_usual_rule() {
    let keys = StorageKeys::default();
    let store = MemoryStore::new();
    let stored = locked_text();
    store.set(keys.diary(), &stored).unwrap();

    let first = load_damaged_lock(&store, &keys, &stored);
    assert_eq!(first.diary, Diary::new());
    assert_eq!(
        first.notice,
        Some(StorageNotice::LockDamaged { backed_up: true })
    );
    assert!(first.may_save());
    assert_eq!(
        store.get(keys.diary_backup()).unwrap(),
        Some(stored.clone())
    );

    // The same text again: already kept.
    let second = load_damaged_lock(&store, &keys, &stored);
    assert_eq!(
        second.notice,
        Some(StorageNotice::LockDamaged { backed_up: true })
    );

    // Different damage later: the first backup stays, and saving is not offered.
    let other = r#"{"format":"cramp-widget-locked","v":1}"#;
    let third = load_damaged_lock(&store, &keys, other);
    assert_eq!(
        third.notice,
        Some(StorageNotice::LockDamaged { backed_up: false })
    );
    assert!(!third.may_save());
    assert_eq!(
        store.get(keys.diary_backup()).unwrap(),
        Some(stored.clone())
    );

    // No room for a backup: not backed up, and nothing written.
    let full = MemoryStore::with_quota(keys.diary().len() + stored.len());
    full.set(keys.diary(), &stored).unwrap();
    let load = load_damaged_lock(&full, &keys, &stored);
    assert_eq!(
        load.notice,
        Some(StorageNotice::LockDamaged { backed_up: false })
    );
    assert_eq!(full.get(keys.diary_backup()), Ok(None));
}

#[test]
fn the_private_keys_are_the_diary_first_then_the_other_personal_values() {
    for keys in [
        StorageKeys::default(),
        StorageKeys::with_namespace("north").unwrap(),
    ] {
        let private = keys.private();
        assert_eq!(private[0], keys.diary());
        for key in [keys.diary_backup(), keys.checker(), keys.last_result()] {
            assert!(private.contains(&key), "{key}");
        }
        for key in [keys.language(), keys.cramp_now()] {
            assert!(!private.contains(&key), "{key}");
        }
        for key in private {
            assert!(keys.owns(key), "{key}");
        }
    }
}
