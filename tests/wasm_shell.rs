//! The mount entry in a real browser: the widget renders inside an open shadow root, reads its
//! settings from attributes, and leaves when destroyed.
#![cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn host_element(attributes: &[(&str, &str)]) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    host
}

fn shadow_query(host: &Element, selector: &str) -> Vec<Element> {
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

#[wasm_bindgen_test]
async fn mounts_into_shadow_root_with_three_tabs() {
    let host = host_element(&[("clinic-name", "<b>Riverside</b>")]);
    host.set_inner_html("<p>fallback text</p>");
    let mut handle = cramp_widget::mount(host.clone()).unwrap();
    yew::scheduler::flush().await;

    let tabs: Vec<String> = shadow_query(&host, "[role=tab]")
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect();
    assert_eq!(tabs, ["Check", "Tips", "Diary"]);
    let selected = shadow_query(&host, "[role=tab][aria-selected=true]");
    assert_eq!(selected.len(), 1);
    assert_eq!(
        shadow_query(&host, "style").len(),
        1,
        "styles live inside the shadow root"
    );

    let clinic = shadow_query(&host, ".cw-clinic");
    assert_eq!(clinic[0].text_content().unwrap(), "<b>Riverside</b>");
    assert!(
        shadow_query(&host, "b").is_empty(),
        "a clinic name is text, never markup"
    );

    handle.destroy();
    yew::scheduler::flush().await;
    assert!(shadow_query(&host, "[role=tab]").is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn panels_attribute_limits_tabs_and_clicking_switches_panel() {
    let host = host_element(&[("data-panels", "tips,diary")]);
    let _handle = cramp_widget::mount(host.clone()).unwrap();
    yew::scheduler::flush().await;

    let tabs = shadow_query(&host, "[role=tab]");
    assert_eq!(tabs.len(), 2);
    assert_eq!(
        tabs[0].get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    tabs[1].dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let tabs = shadow_query(&host, "[role=tab]");
    assert_eq!(
        tabs[1].get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    let panel = shadow_query(&host, "[role=tabpanel]:not([hidden])");
    assert_eq!(panel.len(), 1);
    assert_eq!(panel[0].id(), "cw-panel-diary");
    host.remove();
}
