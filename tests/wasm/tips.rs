//! The tips carousel mounted in a real browser: the WAI-ARIA carousel structure, previous and
//! next with wrap-around, the rotation control and its live region, hover and focus stopping
//! the slide show, and what a stored check changes: order, marks and notes.

use crate::support::{click, local_storage, mount, shadow_all};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, EventInit, HtmlElement};

const LAST_RESULT_KEY: &str = "cramp-widget/v1/last-result";

/// Mounts a tips-only widget, with `last_check` (a stored check record) or none.
async fn mount_tips(last_check: Option<&str>) -> (Element, cramp_widget::WidgetHandle) {
    match last_check {
        Some(record) => local_storage().set_item(LAST_RESULT_KEY, record).unwrap(),
        None => local_storage().remove_item(LAST_RESULT_KEY).unwrap(),
    }
    mount(&[("panels", "tips")]).await
}

fn query(host: &Element, selector: &str) -> Element {
    let found = shadow_all(host, selector);
    assert_eq!(found.len(), 1, "exactly one {selector}");
    found.into_iter().next().unwrap()
}

fn button(host: &Element, text: &str) -> HtmlElement {
    shadow_all(host, ".cw-tips-carousel button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button \"{text}\""))
        .dyn_into()
        .unwrap()
}

async fn click_button(host: &Element, text: &str) {
    click(&button(host, text)).await;
}

fn shown_slide(host: &Element) -> Element {
    query(host, "[aria-roledescription=slide]:not([hidden])")
}

fn shown_label(host: &Element) -> String {
    shown_slide(host).get_attribute("aria-label").unwrap()
}

fn shown_title(host: &Element) -> String {
    let slide = shown_slide(host);
    slide
        .query_selector("h4")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

fn live(host: &Element) -> String {
    query(host, ".cw-tips-slides")
        .get_attribute("aria-live")
        .unwrap()
}

#[wasm_bindgen_test]
async fn carousel_follows_the_aria_pattern() {
    let (host, _handle) = mount_tips(None).await;

    let carousel = query(&host, "[aria-roledescription=carousel]");
    assert_eq!(carousel.tag_name(), "SECTION");
    let label = carousel.get_attribute("aria-label").unwrap();
    assert!(!label.is_empty());
    assert!(!label.to_lowercase().contains("carousel"), "{label}");

    let slides = shadow_all(&host, "[aria-roledescription=slide]");
    assert_eq!(slides.len(), 15);
    for (index, slide) in slides.iter().enumerate() {
        assert_eq!(slide.get_attribute("role").as_deref(), Some("group"));
        let expected = format!("{} of 15", index + 1);
        assert_eq!(slide.get_attribute("aria-label"), Some(expected));
        assert!(slide.query_selector("h4").unwrap().is_some());
        let sources = slide.query_selector(".cw-tips-sources").unwrap().unwrap();
        assert!(sources.text_content().unwrap().starts_with("Sources: "));
    }
    assert_eq!(shown_label(&host), "1 of 15");
    assert_eq!(shown_title(&host), "Stretch your calves before bed");
    assert!(shown_slide(&host)
        .text_content()
        .unwrap()
        .contains("Tip 1 of 15"));

    let focusable = shadow_all(&host, ".cw-tips-carousel button, .cw-tips-carousel a[href]");
    let names: Vec<String> = focusable
        .iter()
        .map(|b| b.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        ["Start automatic slide show", "Previous tip", "Next tip"],
        "the rotation control is the first tab stop"
    );
    assert_eq!(live(&host), "polite");
    assert!(shadow_all(&host, ".cw-tips-personal").is_empty());
    assert!(shadow_all(&host, ".cw-tips-match").is_empty());
    let medicines = query(&host, ".cw-tips-medicines").text_content().unwrap();
    assert!(medicines.contains("Quinine is no longer a routine treatment"));
    assert!(!medicines.contains("Do not stop or change a medicine"));
    host.remove();
}

#[wasm_bindgen_test]
async fn previous_and_next_wrap_around() {
    let (host, _handle) = mount_tips(None).await;
    click_button(&host, "Previous tip").await;
    assert_eq!(shown_label(&host), "15 of 15");
    assert_eq!(shown_title(&host), "Ask about your medicines");
    click_button(&host, "Next tip").await;
    assert_eq!(shown_label(&host), "1 of 15");
    click_button(&host, "Next tip").await;
    assert_eq!(shown_label(&host), "2 of 15");
    click_button(&host, "Previous tip").await;
    assert_eq!(shown_label(&host), "1 of 15");
    host.remove();
}

#[wasm_bindgen_test]
async fn rotation_control_switches_the_live_region() {
    let (host, _handle) = mount_tips(None).await;
    click_button(&host, "Start automatic slide show").await;
    assert_eq!(live(&host), "off");
    click_button(&host, "Stop automatic slide show").await;
    assert_eq!(live(&host), "polite");
    host.remove();
}

#[wasm_bindgen_test]
async fn focus_on_the_rotation_control_keeps_the_show_and_focus_elsewhere_stops_it() {
    let (host, _handle) = mount_tips(None).await;
    let start = button(&host, "Start automatic slide show");
    start.focus().unwrap();
    start.click();
    yew::scheduler::flush().await;
    assert_eq!(live(&host), "off");
    assert_eq!(
        start.text_content().unwrap(),
        "Stop automatic slide show",
        "the same button, so focus stays on it"
    );

    button(&host, "Next tip").focus().unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        live(&host),
        "polite",
        "focus on another control stops the show"
    );
    start.focus().unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        live(&host),
        "polite",
        "and it does not start again by itself"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn hovering_the_slides_stops_the_show() {
    let (host, _handle) = mount_tips(None).await;
    click_button(&host, "Start automatic slide show").await;
    let hover = |target: &Element| {
        let init = EventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        let event = web_sys::Event::new_with_event_init_dict("pointerover", &init).unwrap();
        target.dispatch_event(&event).unwrap();
    };
    hover(button(&host, "Stop automatic slide show").as_ref());
    yew::scheduler::flush().await;
    assert_eq!(
        live(&host),
        "off",
        "hovering the rotation control keeps the show"
    );
    hover(&shown_slide(&host));
    yew::scheduler::flush().await;
    assert_eq!(live(&host), "polite");
    assert!(button(&host, "Start automatic slide show").is_connected());
    host.remove();
}

#[wasm_bindgen_test]
async fn a_stored_check_puts_matching_tips_first() {
    let record = r#"{"checked_on":"2026-11-20","answers":{"lifestyle":["low_fluids"],"medicines":["diuretic"]}}"#;
    let (host, _handle) = mount_tips(Some(record)).await;
    let personal = query(&host, ".cw-tips-personal").text_content().unwrap();
    assert!(personal.starts_with("Ordered for you, based on your check on "));
    assert!(personal.contains("2026"), "{personal}");
    // The medicine review answers the medicine and rule G9 (a medicine linked with cramps,
    // with an unknown frequency), so it comes before the water tip, which answers one thing.
    assert_eq!(shown_title(&host), "Ask about your medicines");
    click_button(&host, "Next tip").await;
    assert_eq!(shown_title(&host), "Drink water through the day");
    assert!(shown_slide(&host)
        .text_content()
        .unwrap()
        .contains("Matches your answers"));
    let medicines = query(&host, ".cw-tips-medicines").text_content().unwrap();
    assert!(medicines.contains("Do not stop or change a medicine"));
    local_storage().remove_item(LAST_RESULT_KEY).unwrap();
    host.remove();
}

#[wasm_bindgen_test]
async fn an_urgent_check_is_repeated_above_the_tips() {
    let record =
        r#"{"checked_on":"2026-11-20","answers":{"red_flags":["breathless_or_chest_pain"]}}"#;
    let (host, _handle) = mount_tips(Some(record)).await;
    let reminder = query(&host, ".cw-tips-reminder").text_content().unwrap();
    assert!(reminder.contains("Call 112 now"), "{reminder}");
    assert!(!reminder.contains('{'), "no placeholder left: {reminder}");
    local_storage().remove_item(LAST_RESULT_KEY).unwrap();
    host.remove();
}
