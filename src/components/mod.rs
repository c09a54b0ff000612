//! Yew function components, grouped by feature: the shell (root, header, tabs), the checker,
//! the diary and the tips. Each feature's folder has its panel as the entry (`mod.rs`) and its
//! views beside it, private to the folder. They render state and send actions; every rule,
//! text and calculation they show comes from `crate::domain`.
pub mod checker;
mod contact;
pub mod diary;
mod reducer;
pub mod shell;
pub mod tips;
