//! Yew function components, one per file. They render state and send actions; every rule,
//! text and calculation they show comes from `crate::domain`.
pub mod app;
pub mod panel_tabs;
