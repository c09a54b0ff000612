//! The wasm-bindgen tests, in one test crate run in headless Chromium: components, storage,
//! the diary lock over WebCrypto and the mounted widget. `support` holds the DOM helpers they
//! share.
#![cfg(target_arch = "wasm32")]

mod support;

mod checker;
mod diary;
mod lock;
mod shell;
mod storage;
mod tips;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
