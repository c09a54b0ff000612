//! Yew function components, one per file. They render state and send actions; every rule,
//! text and calculation they show comes from `crate::domain`.
pub mod app;
pub mod check_panel;
pub mod diary_panel;
pub mod panel_tabs;
pub mod tip_carousel;
pub mod tip_slide;
pub mod tips_panel;
