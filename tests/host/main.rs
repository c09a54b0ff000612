//! Every host test of the pure core, in one test crate: one link instead of one per file.
//! Each module tests one part of `src/domain`, the `assess` example or the build script.
mod assess_example;
mod carousel;
mod checker_content;
mod checker_flow;
mod checker_properties;
mod checker_review_findings;
mod checker_rules;
mod config;
mod cramp_now;
mod css_minify;
mod diary_book;
mod diary_format;
mod diary_notes;
mod diary_stats;
mod domain_purity;
mod languages;
mod lock;
mod lock_session;
mod small_collections;
mod store;
