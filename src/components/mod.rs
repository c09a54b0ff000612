//! Yew function components, one per file. They render state and send actions; every rule,
//! text and calculation they show comes from `crate::domain`.
pub mod app;
pub mod check_panel;
pub mod diary_alerts;
pub mod diary_chart;
pub mod diary_delete_all;
pub mod diary_entry_list;
pub mod diary_form;
pub mod diary_import_preview;
pub mod diary_labels;
pub mod diary_panel;
pub mod diary_stats;
pub mod diary_transfer;
pub mod doctor_summary;
pub mod panel_tabs;
pub mod tips_panel;
