//! The standalone page that `trunk serve` builds: it mounts one widget into the element with
//! id `cramp-widget` on index.html, the same way the script-tag embed mounts each element.
#[cfg(target_arch = "wasm32")]
fn main() {
    let host = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("cramp-widget"));
    match host {
        Some(host) => match cramp_widget::mount_standalone(host) {
            // The page lives as long as the widget, so the handle is never destroyed.
            Ok(handle) => std::mem::forget(handle),
            Err(err) => web_sys::console::error_2(&"cramp-widget could not start:".into(), &err),
        },
        None => {
            web_sys::console::error_1(&"cramp-widget: no element with id \"cramp-widget\"".into())
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "cramp-widget runs in the browser: use `make serve`, or `cargo run --example assess`."
    );
    std::process::exit(1);
}
