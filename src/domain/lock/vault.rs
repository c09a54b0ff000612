//! Sealing and opening values with a passphrase's key. The cryptography itself is the
//! browser's (`LockCipher`, implemented over WebCrypto in `crate::crypto`); this module only
//! decides what goes in an envelope and what a failure means, so the host tests run it with a
//! stand-in cipher.
use std::fmt;

use crate::domain::lock::envelope::{
    self, Envelope, EnvelopeError, KdfParams, LockHeader, CHECK_BYTES, IV_BYTES, SALT_BYTES,
};

/// The cryptography the lock needs. `Key` is a key that cannot leave the cipher (in the browser
/// a non-extractable `CryptoKey`), so nothing here ever holds key bytes.
///
/// Futures are not `Send`: they run on the page's one thread.
#[allow(async_fn_in_trait)]
pub trait LockCipher {
    type Key: Clone;

    /// PBKDF2 with SHA-256 over `salt`, giving an AES-GCM 256-bit key.
    async fn derive_key(
        &self,
        passphrase: &str,
        kdf: KdfParams,
        salt: &[u8; SALT_BYTES],
    ) -> Result<Self::Key, CipherError>;

    /// AES-GCM; the result is the ciphertext followed by the tag.
    async fn encrypt(
        &self,
        key: &Self::Key,
        iv: &[u8; IV_BYTES],
        plain: &[u8],
    ) -> Result<Vec<u8>, CipherError>;

    /// AES-GCM; `Err(CipherError::Refused)` when the tag does not authenticate.
    async fn decrypt(
        &self,
        key: &Self::Key,
        iv: &[u8; IV_BYTES],
        sealed: &[u8],
    ) -> Result<Vec<u8>, CipherError>;

    /// Bytes from the browser's cryptographic random source.
    fn fill_random(&self, bytes: &mut [u8]) -> Result<(), CipherError>;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CipherError {
    /// Authentication failed: a wrong key, or changed bytes.
    Refused,
    /// The browser has no WebCrypto here (an insecure page), or it threw. For logs.
    Unavailable(String),
}

/// The key of an unlocked diary, with the header every value it seals carries.
#[derive(Clone, Debug, PartialEq)]
pub struct DiaryKey<K> {
    pub key: K,
    pub header: LockHeader,
}

/// Why a locked value could not be opened, or a value not locked. Each leaves storage as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// The passphrase does not open it.
    WrongPassphrase,
    /// The envelope is damaged or was changed: it cannot be opened by anyone.
    Damaged(String),
    /// A newer version locked it; this one cannot read it.
    FutureVersion(u64),
    /// Locked with another key (the passphrase was changed in another tab).
    OtherKey,
    /// The text is not locked at all.
    NotLocked,
    /// The browser cannot do the cryptography (no WebCrypto on this page).
    Unavailable(String),
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::WrongPassphrase => f.write_str("wrong passphrase"),
            LockError::Damaged(detail) => write!(f, "damaged locked value: {detail}"),
            LockError::FutureVersion(v) => write!(f, "locked by a newer version ({v})"),
            LockError::OtherKey => f.write_str("locked with another key"),
            LockError::NotLocked => f.write_str("not a locked value"),
            LockError::Unavailable(detail) => write!(f, "cryptography unavailable: {detail}"),
        }
    }
}

impl std::error::Error for LockError {}

impl From<EnvelopeError> for LockError {
    fn from(error: EnvelopeError) -> LockError {
        match error {
            EnvelopeError::NotLocked => LockError::NotLocked,
            EnvelopeError::FutureVersion(v) => LockError::FutureVersion(v),
            other => LockError::Damaged(other.to_string()),
        }
    }
}

fn unavailable(error: CipherError) -> LockError {
    match error {
        CipherError::Refused => LockError::Damaged("refused".to_owned()),
        CipherError::Unavailable(detail) => LockError::Unavailable(detail),
    }
}

/// A new key for `passphrase`, with a fresh salt and its check.
pub async fn new_key<C: LockCipher>(
    cipher: &C,
    passphrase: &str,
) -> Result<DiaryKey<C::Key>, LockError> {
    let mut salt = [0; SALT_BYTES];
    cipher.fill_random(&mut salt).map_err(unavailable)?;
    let kdf = KdfParams::default();
    let key = cipher
        .derive_key(passphrase, kdf, &salt)
        .await
        .map_err(unavailable)?;
    let mut check = [0; CHECK_BYTES];
    let mut check_iv = [0; IV_BYTES];
    cipher.fill_random(&mut check_iv).map_err(unavailable)?;
    let tag = cipher
        .encrypt(&key, &check_iv, &[])
        .await
        .map_err(unavailable)?;
    if tag.len() != CHECK_BYTES - IV_BYTES {
        return Err(LockError::Unavailable("unexpected tag length".to_owned()));
    }
    check[..IV_BYTES].copy_from_slice(&check_iv);
    check[IV_BYTES..].copy_from_slice(&tag);
    Ok(DiaryKey {
        key,
        header: LockHeader { kdf, salt, check },
    })
}

/// `plain` in an envelope, under a fresh IV.
pub async fn seal<C: LockCipher>(
    cipher: &C,
    key: &DiaryKey<C::Key>,
    plain: &str,
) -> Result<String, LockError> {
    let mut iv = [0; IV_BYTES];
    cipher.fill_random(&mut iv).map_err(unavailable)?;
    let data = cipher
        .encrypt(&key.key, &iv, plain.as_bytes())
        .await
        .map_err(unavailable)?;
    Ok(envelope::encode(&Envelope {
        header: key.header.clone(),
        iv,
        data,
    }))
}

/// The text inside `raw`, with the key already unlocked.
pub async fn open<C: LockCipher>(
    cipher: &C,
    key: &DiaryKey<C::Key>,
    raw: &str,
) -> Result<String, LockError> {
    let envelope = envelope::parse(raw)?;
    if envelope.header != key.header {
        return Err(LockError::OtherKey);
    }
    open_data(cipher, &key.key, &envelope).await
}

/// Derives the key for the envelope `raw` from `passphrase`, and opens it. The check tells a
/// wrong passphrase from damage to the data.
pub async fn unlock<C: LockCipher>(
    cipher: &C,
    passphrase: &str,
    raw: &str,
) -> Result<(DiaryKey<C::Key>, String), LockError> {
    let envelope = envelope::parse(raw)?;
    let key = key_for(cipher, passphrase, &envelope.header).await?;
    let plain = open_data(cipher, &key.key, &envelope).await?;
    Ok((key, plain))
}

/// The key `passphrase` gives for `header`, if its check opens.
pub async fn key_for<C: LockCipher>(
    cipher: &C,
    passphrase: &str,
    header: &LockHeader,
) -> Result<DiaryKey<C::Key>, LockError> {
    let key = cipher
        .derive_key(passphrase, header.kdf, &header.salt)
        .await
        .map_err(unavailable)?;
    let (check_iv, tag) = header.check.split_at(IV_BYTES);
    let check_iv: [u8; IV_BYTES] = check_iv
        .try_into()
        .map_err(|_| LockError::WrongPassphrase)?;
    match cipher.decrypt(&key, &check_iv, tag).await {
        Ok(empty) if empty.is_empty() => Ok(DiaryKey {
            key,
            header: header.clone(),
        }),
        Ok(_) | Err(CipherError::Refused) => Err(LockError::WrongPassphrase),
        Err(CipherError::Unavailable(detail)) => Err(LockError::Unavailable(detail)),
    }
}

async fn open_data<C: LockCipher>(
    cipher: &C,
    key: &C::Key,
    envelope: &Envelope,
) -> Result<String, LockError> {
    let plain = cipher
        .decrypt(key, &envelope.iv, &envelope.data)
        .await
        .map_err(|error| match error {
            CipherError::Refused => LockError::Damaged("the data does not authenticate".to_owned()),
            CipherError::Unavailable(detail) => LockError::Unavailable(detail),
        })?;
    String::from_utf8(plain).map_err(|_| LockError::Damaged("not UTF-8 text".to_owned()))
}
