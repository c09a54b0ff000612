//! The script-tag embed's wasm. It has no `main`: `embed/loader.js` mounts each
//! `<cramp-widget>` element through the library's exported `mount`.
//!
//! It is a binary rather than the library's cdylib because the linker keeps less code alive
//! for a binary: the same widget came out 44 KB smaller (gzip). wasm-pack still builds
//! the cdylib for the npm package in `pkg/`.
#![no_main]

// Links the library, whose `#[wasm_bindgen]` exports are the embed's whole interface.
use cramp_widget as _;
