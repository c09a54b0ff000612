//! Yew function components, one per file. They render state and send actions; every rule,
//! text and calculation they show comes from `crate::domain`.
pub mod app;
pub mod check_panel;
pub mod checker_factors;
pub mod checker_last_check;
pub mod checker_level_card;
pub mod checker_question;
pub mod checker_reasons;
pub mod checker_result;
pub mod checker_result_actions;
pub mod checker_result_tips;
pub mod checker_review;
pub mod checker_sources;
pub mod checker_step;
pub mod diary_panel;
pub mod panel_tabs;
pub mod tip_carousel;
pub mod tip_slide;
pub mod tips_panel;
