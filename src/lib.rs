//! cramp-widget: a night-leg-cramp checker, tip carousel and cramp diary that runs entirely in
//! the visitor's browser.
//!
//! `domain` is the pure core (rules, content, diary, storage formats) and builds everywhere. The
//! browser shell — components, the localStorage and WebCrypto adapters and the mount entry —
//! exists only on wasm32.
pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod context;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
mod timing;

#[cfg(target_arch = "wasm32")]
pub use mount::{mount, mount_standalone, WidgetHandle};
