//! DOM helpers shared by the wasm-bindgen tests: a host element on the page, the browser's
//! localStorage, mounting a widget, queries inside its shadow root, and clicks that wait for
//! the render.
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A `<div>` with `attributes`, appended to the page's body, ready to mount a widget into.
pub fn host_element(attributes: &[(&str, &str)]) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Every element matching `selector` inside the widget mounted in `host`.
pub fn shadow_all(host: &Element, selector: &str) -> Vec<Element> {
    let list = host
        .shadow_root()
        .unwrap()
        .query_selector_all(selector)
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The first element matching `selector`; fails the test when there is none.
pub fn shadow_first(host: &Element, selector: &str) -> Element {
    shadow_all(host, selector)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

/// The trimmed text of the first element matching `selector`.
pub fn text(host: &Element, selector: &str) -> String {
    shadow_first(host, selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Clicks `element` and waits until yew has rendered what the click changed.
pub async fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
}

/// Mounts a widget into a new host element with `attributes`, and waits for its first render.
pub async fn mount(attributes: &[(&str, &str)]) -> (Element, cramp_widget::WidgetHandle) {
    let host = host_element(attributes);
    let handle = cramp_widget::mount(host.clone()).unwrap();
    yew::scheduler::flush().await;
    (host, handle)
}
