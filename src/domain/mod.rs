//! Pure logic of the widget: clinical rules, answers contract, content, diary and storage
//! formats. Nothing here may import yew, web-sys, js-sys, wasm-bindgen or gloo, so all of it
//! runs and is tested on the host (`tests/domain_purity.rs` enforces this).
pub mod answers;
pub mod assessment;
pub mod carousel;
pub mod check_record;
pub mod checker_flow;
pub mod config;
pub mod content;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod rules_doc;
pub mod tips;

pub mod date;
pub mod diary;
pub mod diary_book;
pub mod diary_format;
pub mod diary_notes;
pub mod small_collections;
pub mod store;
