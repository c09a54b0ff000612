//! Pure logic of the widget, grouped by feature: the checker (answers, rules, factors, the
//! wizard), the diary (entries, statistics, alerts, the note scan, formats), the tips, the
//! "Cramp now" timer, the diary lock, and the pieces they share (texts, dates, storage,
//! settings). Nothing here may import yew, web-sys, js-sys, wasm-bindgen or gloo, so all of it
//! runs and is tested on the host (`tests/host/domain_purity.rs` enforces this).
pub mod checker;
pub mod cramp_now;
pub mod diary;
pub mod lock;
pub mod tips;

pub mod config;
pub mod content;
pub mod date;
pub mod id_enum;
pub mod reducer;
pub mod small_collections;
pub mod store;
