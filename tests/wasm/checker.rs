//! The Check panel in a real browser: clicking through the wizard to a result, the emergency
//! short-cut, focus on each new heading, Change from the review, contacts from the clinic's
//! settings, saved progress, the last-check screen and Start again. Each test uses its own
//! storage namespace, because every test shares one page and its `localStorage`.

use crate::support::{click, local_storage, mount, shadow_all, shadow_first, text};
use cramp_widget::domain::checker::flow::Step;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

fn heading(host: &Element) -> String {
    text(host, "#cw-check-heading")
}

async fn click_id(host: &Element, id: &str) {
    click(&shadow_first(host, &format!("#{id}"))).await;
}

/// Clicks the button whose accessible text starts with `label`.
async fn press(host: &Element, label: &str) {
    let button = shadow_all(host, "button, a")
        .into_iter()
        .find(|b| {
            b.text_content()
                .unwrap_or_default()
                .trim()
                .starts_with(label)
        })
        .unwrap_or_else(|| panic!("no button {label:?}"));
    click(&button).await;
}

fn is_checked(host: &Element, id: &str) -> bool {
    shadow_first(host, &format!("#{id}"))
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .checked()
}

/// Removes what an earlier run left under `namespace`, in case the browser profile is reused.
fn forget(namespace: &str) {
    for key in ["checker", "last-result"] {
        local_storage()
            .remove_item(&format!("cramp-widget/{namespace}/v1/{key}"))
            .unwrap();
    }
}

/// From step 1 ("None of these") to the review, picking `frequency` on the third step.
async fn walk_to_review(host: &Element, frequency: &str) {
    click_id(host, "cw-check-red_flags-none").await;
    press(host, "Next").await;
    press(host, "Next").await;
    click_id(host, &format!("cw-check-frequency-{frequency}")).await;
    for _ in 3..=Step::QUESTIONS.len() {
        press(host, "Next").await;
    }
    assert_eq!(heading(host), "Check your answers");
}

#[wasm_bindgen_test]
async fn clicking_through_reaches_a_result_with_reasons_and_records_it() {
    forget("wasm-full");
    let (host, _handle) = mount(&[("storage-namespace", "wasm-full")]).await;
    assert_eq!(heading(&host), "First, a quick safety check");
    assert_eq!(text(&host, ".cw-check-progress-text"), "Step 1 of 9");

    press(&host, "Next").await;
    assert_eq!(heading(&host), "First, a quick safety check");
    assert!(text(&host, "[role=alert]").contains("None of these"));

    click_id(&host, "cw-check-red_flags-one_leg_swollen").await;
    click_id(&host, "cw-check-red_flags-none").await;
    assert!(!is_checked(&host, "cw-check-red_flags-one_leg_swollen"));
    assert!(shadow_all(&host, "[role=alert]").is_empty());
    press(&host, "Next").await;
    assert_eq!(heading(&host), "About you");
    assert_eq!(text(&host, ".cw-check-progress-text"), "Step 2 of 9");
    press(&host, "Back").await;
    assert!(
        is_checked(&host, "cw-check-red_flags-none"),
        "Back keeps the answer"
    );
    press(&host, "Next").await;
    press(&host, "Next").await;
    click_id(&host, "cw-check-frequency-3_plus_per_week").await;
    for _ in 3..=Step::QUESTIONS.len() {
        press(&host, "Next").await;
    }
    assert_eq!(heading(&host), "Check your answers");
    assert!(text(&host, ".cw-check-review").contains("3 or more nights a week"));

    press(&host, "See my result").await;
    yew::scheduler::flush().await;
    assert_eq!(heading(&host), "Book an appointment with your doctor");
    assert!(text(&host, ".cw-check-level").contains("See your doctor"));
    let why: Vec<String> = shadow_all(&host, ".cw-check-result details > summary")
        .iter()
        .filter_map(|s| s.text_content())
        .collect();
    assert!(why.iter().any(|s| s == "Why am I seeing this?"), "{why:?}");
    assert!(text(&host, ".cw-check-result").contains("Cramps 3 or more nights a week"));

    let stored = local_storage()
        .get_item("cramp-widget/wasm-full/v1/last-result")
        .unwrap()
        .expect("the app keeps the finished check");
    assert!(stored.contains("3_plus_per_week"));
    assert_eq!(
        local_storage()
            .get_item("cramp-widget/wasm-full/v1/checker")
            .unwrap(),
        None,
        "a finished check is no longer progress"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn an_emergency_red_flag_goes_straight_to_the_result_with_the_configured_number() {
    forget("wasm-emergency");
    let (host, _handle) = mount(&[
        ("storage-namespace", "wasm-emergency"),
        ("emergency-number", "999"),
    ])
    .await;
    click_id(&host, "cw-check-red_flags-breathless_or_chest_pain").await;
    press(&host, "Next").await;
    yew::scheduler::flush().await;
    assert_eq!(heading(&host), "Call 999 now");
    let call = shadow_first(&host, "a[href^='tel:']");
    assert_eq!(call.get_attribute("href").as_deref(), Some("tel:999"));
    assert_eq!(call.text_content().unwrap_or_default().trim(), "Call 999");
    assert!(!text(&host, ".cw-check-result").contains("{emergency_number}"));
    assert!(
        shadow_all(&host, ".cw-check-tips").is_empty(),
        "no tips beside an emergency"
    );
    assert!(!shadow_all(&host, ".cw-check-result details").is_empty());
    host.remove();
}

#[wasm_bindgen_test]
async fn focus_moves_to_each_new_heading_but_not_on_first_show() {
    forget("wasm-focus");
    let (host, _handle) = mount(&[("storage-namespace", "wasm-focus")]).await;
    let shadow = host.shadow_root().unwrap();
    assert!(
        shadow.active_element().is_none(),
        "opening does not take focus"
    );
    click_id(&host, "cw-check-red_flags-none").await;
    press(&host, "Next").await;
    let focused = shadow.active_element().expect("something has focus");
    assert_eq!(focused.id(), "cw-check-heading");
    assert_eq!(
        focused.text_content().unwrap_or_default().trim(),
        "About you"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn change_from_the_review_comes_back_to_the_review() {
    forget("wasm-change");
    let (host, _handle) = mount(&[("storage-namespace", "wasm-change")]).await;
    walk_to_review(&host, "once_a_week").await;
    press(&host, "Change your answers about: How often and how long").await;
    assert_eq!(heading(&host), "How often and how long");
    assert!(is_checked(&host, "cw-check-frequency-once_a_week"));
    click_id(&host, "cw-check-frequency-twice_a_week").await;
    press(&host, "Next").await;
    assert_eq!(heading(&host), "Check your answers");
    let review = text(&host, ".cw-check-review");
    assert!(review.contains("About twice a week"));
    assert!(
        review.contains("None of these"),
        "other answers are kept: {review}"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn clinic_phone_and_booking_link_come_from_the_settings() {
    forget("wasm-urgent");
    forget("wasm-gp");
    let (host, _handle) = mount(&[
        ("storage-namespace", "wasm-urgent"),
        ("clinic-phone", "020 7946 0000"),
    ])
    .await;
    click_id(&host, "cw-check-red_flags-one_leg_swollen").await;
    for _ in 1..=Step::QUESTIONS.len() {
        press(&host, "Next").await;
    }
    press(&host, "See my result").await;
    yew::scheduler::flush().await;
    assert_eq!(heading(&host), "Get medical advice today");
    let call = shadow_first(&host, "a[href^='tel:']");
    assert_eq!(
        call.get_attribute("href").as_deref(),
        Some("tel:02079460000")
    );
    assert!(call
        .text_content()
        .unwrap_or_default()
        .contains("Call the clinic on 02079460000"));
    host.remove();

    let (host, _handle) = mount(&[
        ("storage-namespace", "wasm-gp"),
        ("booking-url", "https://clinic.example/book"),
    ])
    .await;
    walk_to_review(&host, "3_plus_per_week").await;
    press(&host, "See my result").await;
    yew::scheduler::flush().await;
    let book = shadow_first(&host, "a[href='https://clinic.example/book']");
    assert_eq!(book.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(book.get_attribute("rel").as_deref(), Some("noopener"));
    assert!(book
        .text_content()
        .unwrap_or_default()
        .starts_with("Book an appointment"));
    host.remove();
}

#[wasm_bindgen_test]
async fn answers_in_progress_survive_a_remount() {
    forget("wasm-resume");
    let attributes = [("storage-namespace", "wasm-resume")];
    let (host, mut handle) = mount(&attributes).await;
    click_id(&host, "cw-check-red_flags-none").await;
    press(&host, "Next").await;
    click_id(&host, "cw-check-age_band-65_plus").await;
    click_id(&host, "cw-check-pregnant-no").await;
    press(&host, "Next").await;
    handle.destroy();
    host.remove();

    let (host, _handle) = mount(&attributes).await;
    assert_eq!(heading(&host), "How often and how long");
    press(&host, "Back").await;
    assert!(is_checked(&host, "cw-check-age_band-65_plus"));
    assert!(is_checked(&host, "cw-check-pregnant-no"));
    assert!(!is_checked(&host, "cw-check-pregnant-yes"));
    host.remove();
}

#[wasm_bindgen_test]
async fn unreadable_saved_progress_starts_a_new_check() {
    local_storage()
        .set_item(
            "cramp-widget/wasm-corrupt/v1/checker",
            "{\"step\":\"nowhere\"",
        )
        .unwrap();
    let (host, _handle) = mount(&[("storage-namespace", "wasm-corrupt")]).await;
    assert_eq!(heading(&host), "First, a quick safety check");
    host.remove();
}

#[wasm_bindgen_test]
async fn the_last_check_opens_first_and_start_again_asks_before_clearing() {
    forget("wasm-last");
    local_storage()
        .set_item(
            "cramp-widget/wasm-last/v1/last-result",
            r#"{"checked_on":"2025-03-04","answers":{"duration":"over_10_min"}}"#,
        )
        .unwrap();
    let (host, _handle) = mount(&[("storage-namespace", "wasm-last")]).await;
    assert_eq!(heading(&host), "Check your cramps");
    let summary = text(&host, ".cw-check-last-summary");
    assert!(summary.contains("2025"), "{summary}");
    assert!(summary.ends_with("Get medical advice today"), "{summary}");

    press(&host, "See the result").await;
    assert_eq!(heading(&host), "Get medical advice today");
    assert!(
        text(&host, ".cw-check-result").contains("2025"),
        "shows the day it was done"
    );

    press(&host, "Start again").await;
    assert_eq!(
        heading(&host),
        "Get medical advice today",
        "nothing is cleared yet"
    );
    press(&host, "No, keep my answers").await;
    assert_eq!(heading(&host), "Get medical advice today");
    press(&host, "Start again").await;
    press(&host, "Yes, clear my answers").await;
    assert_eq!(heading(&host), "First, a quick safety check");
    assert!(!is_checked(&host, "cw-check-red_flags-none"));
    host.remove();
}
