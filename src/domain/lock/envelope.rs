//! The envelope a locked value is stored in, in place of the value itself:
//!
//! `{"format":"cramp-widget-locked","v":1,"kdf":{"name":"PBKDF2","hash":"SHA-256",
//! "iterations":600000},"salt":"<16 bytes>","check":"<28 bytes>","sum":"<16 hex digits>",
//! "iv":"<12 bytes>","data":"<ciphertext>"}`, the binary fields in base64.
//!
//! - `kdf` and `salt` say how the key was made from the passphrase, so a later version can raise
//!   the iterations and migrate. Every value locked with one key carries the same `salt`.
//! - `check` is the AES-GCM encryption of nothing under the key, with its own IV in its first
//!   12 bytes. It tells a wrong passphrase (the check fails) from damaged data (the check opens
//!   but `data` does not), which AES-GCM alone cannot.
//! - `sum` is a checksum of the header (FNV-1a over version, KDF, salt and check). It is not
//!   security, which is AES-GCM's job; it tells a damaged salt, which would otherwise look
//!   exactly like a wrong passphrase, from one.
//! - `iv` is fresh for every write; `data` is the ciphertext with its 16-byte tag.
//!
//! An encrypted backup file is the same envelope around an export file's text.
use std::fmt;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::domain::lock::base64::{self, Base64Error};

pub const ENVELOPE_FORMAT: &str = "cramp-widget-locked";
/// The envelope layout `encode` writes.
pub const ENVELOPE_VERSION: u64 = 1;
pub const KDF_NAME: &str = "PBKDF2";
pub const KDF_HASH: &str = "SHA-256";
/// OWASP's figure for PBKDF2 with SHA-256 (2023 onwards).
pub const KDF_ITERATIONS: u32 = 600_000;
/// Fewer than this is refused on reading: no build ever wrote it, so it is tampering.
pub const MIN_ITERATIONS: u32 = 100_000;
/// More than this would freeze the page on unlock, so it is refused as damage too.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// AES-GCM's authentication tag.
pub const TAG_BYTES: usize = 16;
pub const CHECK_BYTES: usize = IV_BYTES + TAG_BYTES;

/// How the key is made from the passphrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfParams {
    pub iterations: u32,
}

impl Default for KdfParams {
    fn default() -> KdfParams {
        KdfParams {
            iterations: KDF_ITERATIONS,
        }
    }
}

/// What every value locked with one key shares: how the key was made, and its check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHeader {
    pub kdf: KdfParams,
    pub salt: [u8; SALT_BYTES],
    /// The check's IV, then the tag of encrypting nothing.
    pub check: [u8; CHECK_BYTES],
}

impl LockHeader {
    fn sum(&self) -> String {
        // FNV-1a, 64-bit: a checksum against accidental damage, see the module header.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let text = format!(
            "{ENVELOPE_VERSION}|{KDF_NAME}|{KDF_HASH}|{}|{}|{}",
            self.kdf.iterations,
            base64::encode(&self.salt),
            base64::encode(&self.check)
        );
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        format!("{hash:016x}")
    }
}

/// One locked value as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub header: LockHeader,
    pub iv: [u8; IV_BYTES],
    /// The ciphertext followed by its tag.
    pub data: Vec<u8>,
}

/// Why a stored text is not an envelope this build can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not an envelope at all (plain data, or not JSON).
    NotLocked,
    /// Written by a newer build; it must be left exactly as it is.
    FutureVersion(u64),
    /// A field is missing or has the wrong type.
    Field(&'static str),
    /// A binary field is not base64.
    Base64(&'static str, Base64Error),
    /// A binary field has the wrong number of bytes.
    Length(&'static str),
    /// A key derivation this build does not know, or with parameters out of range.
    Kdf,
    /// The header's checksum does not match: the salt, the KDF or the check was damaged.
    Sum,
}

/// For developers and logs; the patient reads `Texts::lock_error`.
impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EnvelopeError::NotLocked => f.write_str("not a locked value"),
            EnvelopeError::FutureVersion(v) => write!(f, "locked by a newer version ({v})"),
            EnvelopeError::Field(name) => {
                write!(f, "field {name:?} is missing or of the wrong type")
            }
            EnvelopeError::Base64(name, _) => write!(f, "field {name:?} is not base64"),
            EnvelopeError::Length(name) => write!(f, "field {name:?} has the wrong length"),
            EnvelopeError::Kdf => f.write_str("unknown key derivation or parameters"),
            EnvelopeError::Sum => f.write_str("the header checksum does not match"),
        }
    }
}

impl std::error::Error for EnvelopeError {}

/// Whether `raw` claims to be an envelope, damaged or not. Storage readers ask this first, so
/// a locked value is never mistaken for damaged plain data and "repaired".
///
/// It runs on every load of the widget, over a diary that may hold ten years of entries, so it
/// reads only the top-level `"format"` and skips everything else without building it.
pub fn is_locked(raw: &str) -> bool {
    #[derive(Deserialize)]
    struct Marker<'a> {
        #[serde(borrow, default)]
        format: Option<&'a str>,
    }
    // Serde would also read a struct from an array; an envelope is always an object.
    raw.trim_start().starts_with('{')
        && serde_json::from_str::<Marker>(raw)
            .is_ok_and(|marker| marker.format == Some(ENVELOPE_FORMAT))
}

/// Written by hand rather than through `serde_json::Value`: every field is a number or base64,
/// which never needs escaping, and this keeps JSON serialisation of maps out of the wasm.
pub fn encode(envelope: &Envelope) -> String {
    let header = &envelope.header;
    format!(
        r#"{{"format":"{ENVELOPE_FORMAT}","v":{ENVELOPE_VERSION},"kdf":{{"name":"{KDF_NAME}","hash":"{KDF_HASH}","iterations":{}}},"salt":"{}","check":"{}","sum":"{}","iv":"{}","data":"{}"}}"#,
        header.kdf.iterations,
        base64::encode(&header.salt),
        base64::encode(&header.check),
        header.sum(),
        base64::encode(&envelope.iv),
        base64::encode(&envelope.data),
    )
}

pub fn parse(raw: &str) -> Result<Envelope, EnvelopeError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| EnvelopeError::NotLocked)?;
    let object = value.as_object().ok_or(EnvelopeError::NotLocked)?;
    if object.get("format").and_then(Value::as_str) != Some(ENVELOPE_FORMAT) {
        return Err(EnvelopeError::NotLocked);
    }
    let version = object
        .get("v")
        .and_then(Value::as_u64)
        .ok_or(EnvelopeError::Field("v"))?;
    if version > ENVELOPE_VERSION {
        return Err(EnvelopeError::FutureVersion(version));
    }
    if version != ENVELOPE_VERSION {
        return Err(EnvelopeError::Field("v"));
    }
    let header = LockHeader {
        kdf: parse_kdf(object.get("kdf").ok_or(EnvelopeError::Field("kdf"))?)?,
        salt: fixed(object, "salt")?,
        check: fixed(object, "check")?,
    };
    if text(object, "sum")? != header.sum() {
        return Err(EnvelopeError::Sum);
    }
    let iv = fixed(object, "iv")?;
    let data = binary(object, "data")?;
    if data.len() < TAG_BYTES {
        return Err(EnvelopeError::Length("data"));
    }
    Ok(Envelope { header, iv, data })
}

fn parse_kdf(kdf: &Value) -> Result<KdfParams, EnvelopeError> {
    let name = kdf.get("name").and_then(Value::as_str);
    let hash = kdf.get("hash").and_then(Value::as_str);
    let iterations = kdf
        .get("iterations")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok());
    match (name, hash, iterations) {
        (Some(KDF_NAME), Some(KDF_HASH), Some(iterations))
            if (MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) =>
        {
            Ok(KdfParams { iterations })
        }
        _ => Err(EnvelopeError::Kdf),
    }
}

fn text<'a>(object: &'a Map<String, Value>, name: &'static str) -> Result<&'a str, EnvelopeError> {
    object
        .get(name)
        .and_then(Value::as_str)
        .ok_or(EnvelopeError::Field(name))
}

fn binary(object: &Map<String, Value>, name: &'static str) -> Result<Vec<u8>, EnvelopeError> {
    base64::decode(text(object, name)?).map_err(|error| EnvelopeError::Base64(name, error))
}

fn fixed<const N: usize>(
    object: &Map<String, Value>,
    name: &'static str,
) -> Result<[u8; N], EnvelopeError> {
    binary(object, name)?
        .try_into()
        .map_err(|_| EnvelopeError::Length(name))
}
