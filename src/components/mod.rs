//! Yew function components, grouped by feature: the shell (root, header, tabs), the checker,
//! the diary, the diary lock, the tips and the "Cramp now" guide. Each feature's folder has its
//! panel or hook as the entry (`mod.rs`) and its views beside it, private to the folder. They render state and send actions; every rule,
//! text and calculation they show comes from `crate::domain`.
pub mod checker;
mod contact;
mod cramp_now;
pub mod diary;
pub mod lock;
mod reducer;
pub mod shell;
pub mod tips;
