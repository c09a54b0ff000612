//! User Timing marks for `make bench`: the benchmark reads them from `performance` to time the
//! diary's decoding and first render apart. They stay in the page's own timeline and go
//! nowhere else.

pub const DIARY_LOAD_START: &str = "cramp-widget:diary-load-start";
pub const DIARY_LOAD_END: &str = "cramp-widget:diary-load-end";
pub const DIARY_RENDERED: &str = "cramp-widget:diary-rendered";

pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
