//! The diary panel in a real browser, mounted like the embed does: what it writes to
//! `localStorage`, and how it copes with damaged, newer, full or blocked storage.

use crate::support::{click, host_element, local_storage, shadow_all, shadow_first, text};
use cramp_widget::domain::diary::entry::{EntryId, Muscle};
use cramp_widget::domain::diary::format::decode_stored;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

fn diary_key(namespace: &str) -> String {
    format!("cramp-widget/{namespace}/v1/diary")
}

/// Clears the namespace's keys, optionally stores `stored` as the diary, and mounts a
/// diary-only widget.
async fn mount_diary(namespace: &str, stored: Option<&str>) -> Element {
    let storage = local_storage();
    storage.remove_item(&diary_key(namespace)).unwrap();
    storage
        .remove_item(&format!("{}.backup", diary_key(namespace)))
        .unwrap();
    if let Some(stored) = stored {
        storage.set_item(&diary_key(namespace), stored).unwrap();
    }
    let host = host_element(&[("panels", "diary"), ("storage-namespace", namespace)]);
    // The page lives as long as the test; the handle is never destroyed.
    std::mem::forget(cramp_widget::mount(host.clone()).unwrap());
    yew::scheduler::flush().await;
    host
}

async fn click_on(host: &Element, selector: &str) {
    click(&shadow_first(host, selector)).await;
}

/// Types into a field the way a browser reports it: set the value, then a bubbling `input`.
async fn type_into(host: &Element, selector: &str, value: &str) {
    let field = shadow_first(host, selector);
    if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        field
            .dyn_ref::<HtmlInputElement>()
            .unwrap()
            .set_value(value);
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    field.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn stored(namespace: &str) -> Option<String> {
    local_storage().get_item(&diary_key(namespace)).unwrap()
}

#[wasm_bindgen_test]
async fn logging_a_cramp_saves_it_under_the_namespaced_key() {
    let host = mount_diary("wasm-log", None).await;
    assert!(text(&host, ".cw-diary-empty").contains("No cramps logged yet"));

    click_on(&host, ".cw-diary-log").await;
    let muscles = shadow_all(&host, "input[name=cw-diary-muscle]");
    muscles[1].dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    click_on(&host, ".cw-diary-save").await;

    let raw = stored("wasm-log").expect("the diary is saved");
    let diary = decode_stored(&raw).unwrap();
    assert_eq!(diary.len(), 1);
    assert_eq!(diary.entries()[0].muscle, Muscle::Foot);
    assert_eq!(shadow_all(&host, ".cw-diary-entry").len(), 1);
    assert!(text(&host, ".cw-diary-status").contains("saved"));
    assert!(
        shadow_all(&host, ".cw-diary-form").is_empty(),
        "the form closes"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_long_cramp_raises_the_urgent_card() {
    let host = mount_diary("wasm-urgent", None).await;
    assert!(shadow_all(&host, ".cw-diary-alert").is_empty());
    click_on(&host, ".cw-diary-log").await;
    type_into(&host, "#cw-diary-duration", "15").await;
    click_on(&host, ".cw-diary-save").await;

    let card = text(&host, ".cw-diary-alert--urgent");
    assert!(card.contains("Get medical advice today"), "{card}");
    assert!(card.contains("over 10 minutes"), "{card}");
    assert!(card.contains("NHS"), "the card cites its source: {card}");
    assert!(
        shadow_all(&host, ".cw-diary-alert button").is_empty(),
        "an alert cannot be dismissed"
    );
    host.remove();
}

/// Logs a cramp with `note` in the form's details and saves it.
async fn log_with_note(host: &Element, note: &str) {
    click_on(host, ".cw-diary-log").await;
    click_on(host, ".cw-diary-more summary").await;
    type_into(host, "#cw-diary-note", note).await;
    click_on(host, ".cw-diary-save").await;
}

#[wasm_bindgen_test]
async fn a_note_of_a_red_hot_calf_raises_the_urgent_card_quoting_it() {
    let host = mount_diary("wasm-note-urgent", None).await;
    log_with_note(&host, "Woke at 2. Calf red and hot").await;

    let card = text(&host, ".cw-diary-alert--urgent");
    assert!(card.contains("Get medical advice today"), "{card}");
    assert!(card.contains("A red, hot or warm leg"), "{card}");
    assert!(
        card.contains("\u{201c}Calf red and hot\u{201d}"),
        "the card quotes the note: {card}"
    );
    assert!(card.contains("NHS"), "the card cites its source: {card}");
    assert!(shadow_all(&host, ".cw-diary-alert--emergency").is_empty());
    assert!(
        shadow_all(&host, ".cw-diary-alert button").is_empty(),
        "an alert cannot be dismissed"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_note_of_chest_pain_raises_the_emergency_card_with_a_call_link() {
    let host = mount_diary("wasm-note-emergency", None).await;
    log_with_note(&host, "chest pain after the cramp").await;

    let cards = shadow_all(&host, ".cw-diary-alert");
    assert!(
        cards[0]
            .get_attribute("class")
            .is_some_and(|class| class.contains("cw-diary-alert--emergency")),
        "the emergency card comes first"
    );
    let card = text(&host, ".cw-diary-alert--emergency");
    assert!(card.contains("Chest pain or trouble breathing"), "{card}");
    assert!(card.contains("\u{201c}chest pain\u{201d}"), "{card}");
    let call = shadow_first(&host, ".cw-diary-alert--emergency a[href^='tel:']");
    let href = call.get_attribute("href").unwrap_or_default();
    assert!(
        card.contains(&format!("Call {} now", &href["tel:".len()..])),
        "the headline names the number the link calls: {card}"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn damaged_data_is_backed_up_and_the_patient_told() {
    let host = mount_diary("wasm-corrupt", Some("{not json")).await;
    let backup = local_storage()
        .get_item(&format!("{}.backup", diary_key("wasm-corrupt")))
        .unwrap();
    assert_eq!(backup.as_deref(), Some("{not json"));
    assert!(text(&host, ".cw-diary-notice").contains("damaged"));
    assert!(shadow_all(&host, ".cw-diary-entry").is_empty());
    assert!(text(&host, ".cw-diary-empty").contains("No cramps logged yet"));
    assert_eq!(
        stored("wasm-corrupt").as_deref(),
        Some("{not json"),
        "loading never rewrites the diary key"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_newer_versions_diary_is_never_overwritten() {
    let newer = r#"{"v":3,"entries":[{"future":"shape"}]}"#;
    let host = mount_diary("wasm-future", Some(newer)).await;
    assert!(text(&host, ".cw-diary-notice").contains("newer version"));

    click_on(&host, ".cw-diary-log").await;
    click_on(&host, ".cw-diary-save").await;
    assert_eq!(
        shadow_all(&host, ".cw-diary-entry").len(),
        1,
        "kept on the page"
    );
    assert_eq!(stored("wasm-future").as_deref(), Some(newer));

    click_on(&host, ".cw-diary-delete-all").await;
    click_on(&host, ".cw-button--danger").await;
    assert_eq!(
        stored("wasm-future").as_deref(),
        Some(newer),
        "not even removed"
    );
    host.remove();
}

/// Fills the origin's storage until not even one more character fits; returns the keys to
/// remove afterwards.
fn fill_storage() -> Vec<String> {
    let storage = local_storage();
    let mut keys = Vec::new();
    let mut size = 1024 * 1024;
    while size > 0 {
        let key = format!("wasm-diary-filler-{}", keys.len());
        if storage.set_item(&key, &"x".repeat(size)).is_ok() {
            keys.push(key);
        } else {
            size /= 2;
        }
    }
    keys
}

#[wasm_bindgen_test]
async fn a_full_quota_keeps_the_old_diary_and_the_typed_entry() {
    let old = r#"{"v":2,"entries":[{"i":1,"n":"2025-01-02","m":"c","s":"l","d":3,"p":5}]}"#;
    let host = mount_diary("wasm-quota", Some(old)).await;
    click_on(&host, ".cw-diary-log").await;
    click_on(&host, ".cw-diary-more summary").await;
    type_into(&host, "#cw-diary-note", "woke at three, right calf").await;

    let filler = fill_storage();
    click_on(&host, ".cw-diary-save").await;
    let problem = shadow_all(&host, ".cw-diary-problem")
        .first()
        .and_then(|p| p.text_content());
    let still_open = !shadow_all(&host, ".cw-diary-form").is_empty();
    let note = shadow_all(&host, "#cw-diary-note")
        .first()
        .and_then(|area| area.dyn_ref::<HtmlTextAreaElement>().map(|a| a.value()));
    for key in &filler {
        local_storage().remove_item(key).unwrap();
    }

    let problem = problem.expect("the form says why");
    assert!(problem.contains("full"), "{problem}");
    assert!(still_open, "the form stays open");
    assert_eq!(note.as_deref(), Some("woke at three, right calf"));
    assert_eq!(stored("wasm-quota").as_deref(), Some(old));
    assert_eq!(
        shadow_all(&host, ".cw-diary-entry").len(),
        0,
        "the list is not shown behind the form"
    );

    click_on(&host, ".cw-diary-save").await;
    let diary = decode_stored(&stored("wasm-quota").unwrap()).unwrap();
    assert_eq!(diary.len(), 2, "with space again, the same entry saves");
    host.remove();
}

#[wasm_bindgen_test]
async fn blocked_storage_keeps_the_diary_in_memory() {
    local_storage()
        .remove_item(&diary_key("wasm-blocked"))
        .unwrap();
    js_sys::eval(
        "window.__diaryRealLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('blocked', 'SecurityError'); } })",
    )
    .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("panels", "diary").unwrap();
    host.set_attribute("storage-namespace", "wasm-blocked")
        .unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let mounted = cramp_widget::mount(host.clone());
    // The widget opens its storage on first render, so render before putting storage back.
    yew::scheduler::flush().await;
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__diaryRealLocalStorage)")
        .unwrap();
    std::mem::forget(mounted.unwrap());

    assert!(text(&host, ".cw-notice").contains("not letting this site save"));
    click_on(&host, ".cw-diary-log").await;
    click_on(&host, ".cw-diary-save").await;
    assert_eq!(shadow_all(&host, ".cw-diary-entry").len(), 1);
    assert!(text(&host, ".cw-diary-status").contains("saved"));
    assert_eq!(stored("wasm-blocked"), None, "nothing reached localStorage");
    host.remove();
}

#[wasm_bindgen_test]
async fn a_first_release_diary_is_read_and_shown() {
    let v1 = r#"{"version":1,"entries":[{"id":7,"date":"2025-01-02","muscle":"thigh","side":"right","minutes":4,"pain":6,"triggers":["low_fluids"],"helped":["stretching"],"note":"from the old diary"}]}"#;
    let host = mount_diary("wasm-v1", Some(v1)).await;
    let entries = shadow_all(&host, ".cw-diary-entry");
    assert_eq!(entries.len(), 1);
    let shown = entries[0].text_content().unwrap_or_default();
    assert!(shown.contains("from the old diary"), "{shown}");
    assert!(shown.contains("Thigh"), "{shown}");
    assert!(shown.contains("Not drinking enough"), "{shown}");
    assert!(shadow_all(&host, ".cw-diary-notice").is_empty());
    assert_eq!(
        stored("wasm-v1").as_deref(),
        Some(v1),
        "migrated on the next save only"
    );

    click_on(&host, ".cw-diary-log").await;
    click_on(&host, ".cw-diary-save").await;
    let saved = decode_stored(&stored("wasm-v1").unwrap()).unwrap();
    assert!(saved.contains(EntryId(7)));
    assert!(stored("wasm-v1").unwrap().starts_with(r#"{"v":2"#));
    host.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_share_the_diary() {
    let first = mount_diary("wasm-sync", None).await;
    let document = web_sys::window().unwrap().document().unwrap();
    let second = document.create_element("div").unwrap();
    second.set_attribute("panels", "diary").unwrap();
    second
        .set_attribute("storage-namespace", "wasm-sync")
        .unwrap();
    document.body().unwrap().append_child(&second).unwrap();
    std::mem::forget(cramp_widget::mount(second.clone()).unwrap());
    yew::scheduler::flush().await;

    click_on(&second, ".cw-diary-log").await;
    type_into(&second, "#cw-diary-duration", "4").await;
    click_on(&first, ".cw-diary-log").await;
    click_on(&first, ".cw-diary-save").await;

    assert_eq!(
        shadow_all(&second, ".cw-diary-form").len(),
        1,
        "the open form stays"
    );
    let duration = shadow_first(&second, "#cw-diary-duration")
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value();
    assert_eq!(duration, "4", "with its input");
    click_on(&second, ".cw-diary-save").await;
    assert_eq!(
        shadow_all(&second, ".cw-diary-entry").len(),
        2,
        "the other widget's entry came through"
    );
    yew::scheduler::flush().await;
    assert_eq!(shadow_all(&first, ".cw-diary-entry").len(), 2);
    first.remove();
    second.remove();
}
