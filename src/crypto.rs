//! The diary lock's cryptography is the browser's own WebCrypto: PBKDF2 and AES-GCM are not
//! something to hand-roll, and the browser's native versions add nothing to the wasm. The
//! derived key is a non-extractable `CryptoKey`, so its bytes never leave WebCrypto: neither
//! wasm memory nor page scripts ever see them.
//!
//! `crypto` is read from the global object rather than `window`, so this also works in a
//! worker. Algorithm dictionaries are plain objects, which costs less wasm than web-sys's typed
//! ones.
use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Crypto, CryptoKey, DomException, SubtleCrypto};

use crate::domain::lock::envelope::{KdfParams, IV_BYTES, KDF_HASH, KDF_NAME, SALT_BYTES};
use crate::domain::lock::vault::{CipherError, LockCipher};

const AES_GCM: &str = "AES-GCM";

/// `LockCipher` over the page's WebCrypto.
#[derive(Clone, Copy, Debug, Default)]
pub struct WebCrypto;

impl LockCipher for WebCrypto {
    type Key = CryptoKey;

    async fn derive_key(
        &self,
        passphrase: &str,
        kdf: KdfParams,
        salt: &[u8; SALT_BYTES],
    ) -> Result<CryptoKey, CipherError> {
        let subtle = subtle()?;
        let base = settle(subtle.import_key_with_str(
            "raw",
            &Uint8Array::from(passphrase.as_bytes()),
            KDF_NAME,
            false,
            &Array::of1(&"deriveKey".into()),
        ))
        .await
        .map_err(unavailable)?;
        let params = dictionary(&[
            ("name", KDF_NAME.into()),
            ("hash", KDF_HASH.into()),
            ("salt", Uint8Array::from(&salt[..]).into()),
            ("iterations", kdf.iterations.into()),
        ]);
        let derived = dictionary(&[("name", AES_GCM.into()), ("length", 256.into())]);
        let key = settle(subtle.derive_key_with_object_and_object(
            &params,
            base.unchecked_ref(),
            &derived,
            false,
            &Array::of2(&"encrypt".into(), &"decrypt".into()),
        ))
        .await
        .map_err(unavailable)?;
        Ok(key.unchecked_into())
    }

    async fn encrypt(
        &self,
        key: &CryptoKey,
        iv: &[u8; IV_BYTES],
        plain: &[u8],
    ) -> Result<Vec<u8>, CipherError> {
        let sealed = settle(subtle()?.encrypt_with_object_and_u8_array(&aes_gcm(iv), key, plain))
            .await
            .map_err(unavailable)?;
        Ok(Uint8Array::new(&sealed).to_vec())
    }

    async fn decrypt(
        &self,
        key: &CryptoKey,
        iv: &[u8; IV_BYTES],
        sealed: &[u8],
    ) -> Result<Vec<u8>, CipherError> {
        let plain = settle(subtle()?.decrypt_with_object_and_u8_array(&aes_gcm(iv), key, sealed))
            .await
            .map_err(|error| {
                // WebCrypto rejects a tag that does not authenticate with exactly this name,
                // and gives no other detail, by design.
                let refused = error
                    .dyn_ref::<DomException>()
                    .is_some_and(|exception| exception.name() == "OperationError");
                if refused {
                    CipherError::Refused
                } else {
                    unavailable(error)
                }
            })?;
        Ok(Uint8Array::new(&plain).to_vec())
    }

    fn fill_random(&self, bytes: &mut [u8]) -> Result<(), CipherError> {
        crypto()?
            .get_random_values_with_u8_array(bytes)
            .map(drop)
            .map_err(unavailable)
    }
}

fn crypto() -> Result<Crypto, CipherError> {
    property(&js_sys::global(), "crypto")
        .ok_or_else(|| CipherError::Unavailable("no crypto object".to_owned()))
}

/// Browsers keep `crypto` on insecure pages (plain http) but leave out `crypto.subtle`.
fn subtle() -> Result<SubtleCrypto, CipherError> {
    let crypto = crypto()?;
    property(&crypto, "subtle").ok_or_else(|| {
        CipherError::Unavailable("no crypto.subtle: the page is not a secure context".to_owned())
    })
}

fn property<T: JsCast>(target: &JsValue, name: &str) -> Option<T> {
    Reflect::get(target, &name.into()).ok()?.dyn_into().ok()
}

fn dictionary(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        // Setting a property on a fresh plain object cannot throw.
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object
}

/// The tag length is left at its default, the 128 bits the envelope expects.
fn aes_gcm(iv: &[u8; IV_BYTES]) -> Object {
    dictionary(&[
        ("name", AES_GCM.into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
    ])
}

/// Both a method that throws and a promise that rejects are a failure of the operation.
async fn settle(promise: Result<Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

fn unavailable(error: JsValue) -> CipherError {
    let detail = match error.dyn_ref::<js_sys::Error>() {
        Some(error) => format!("{}: {}", error.name(), error.message()),
        None => error.as_string().unwrap_or_default(),
    };
    CipherError::Unavailable(detail)
}
