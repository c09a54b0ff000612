//! The mount entry in a real browser: the widget renders inside an open shadow root, reads its
//! settings from attributes, and leaves when destroyed.

use crate::support::{host_element, shadow_all};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

#[wasm_bindgen_test]
async fn mounts_into_shadow_root_with_three_tabs() {
    let host = host_element(&[("clinic-name", "<b>Riverside</b>")]);
    host.set_inner_html("<p>fallback text</p>");
    let mut handle = cramp_widget::mount(host.clone()).unwrap();
    yew::scheduler::flush().await;

    let tabs: Vec<String> = shadow_all(&host, "[role=tab]")
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect();
    assert_eq!(tabs, ["Check", "Tips", "Diary"]);
    let selected = shadow_all(&host, "[role=tab][aria-selected=true]");
    assert_eq!(selected.len(), 1);
    assert_eq!(
        shadow_all(&host, "style").len(),
        1,
        "styles live inside the shadow root"
    );

    let clinic = shadow_all(&host, ".cw-clinic");
    assert_eq!(clinic[0].text_content().unwrap(), "<b>Riverside</b>");
    assert!(
        shadow_all(&host, "b").is_empty(),
        "a clinic name is text, never markup"
    );

    handle.destroy();
    yew::scheduler::flush().await;
    assert!(shadow_all(&host, "[role=tab]").is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn panels_attribute_limits_tabs_and_clicking_switches_panel() {
    let host = host_element(&[("data-panels", "tips,diary")]);
    let _handle = cramp_widget::mount(host.clone()).unwrap();
    yew::scheduler::flush().await;

    let tabs = shadow_all(&host, "[role=tab]");
    assert_eq!(tabs.len(), 2);
    assert_eq!(
        tabs[0].get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    tabs[1].dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let tabs = shadow_all(&host, "[role=tab]");
    assert_eq!(
        tabs[1].get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    let panel = shadow_all(&host, "[role=tabpanel]:not([hidden])");
    assert_eq!(panel.len(), 1);
    assert_eq!(panel[0].id(), "cw-panel-diary");
    host.remove();
}
