//! The diary lock: the stored envelope of a locked value, the cryptography the browser lends
//! it (`LockCipher`), sealing and opening with a passphrase's key, the lock's reducer
//! (`session`), moving every private value into or out of the lock without a plain copy while
//! it is on, and when to lock by itself.
pub mod base64;
pub mod envelope;
pub mod idle;
pub mod session;
pub mod switch;
pub mod vault;
