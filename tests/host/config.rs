//! Settings from a clinic's snippet: every bad value falls back to a safe default with a warning.
#![cfg(not(target_arch = "wasm32"))]
use cramp_widget::domain::config::{parse_config, Panel, Theme, WidgetConfig};
use cramp_widget::domain::store::StorageKeys;

fn parse(attrs: &[(&str, &str)]) -> (WidgetConfig, usize) {
    let (config, warnings) = parse_config(attrs.iter().copied());
    (config, warnings.len())
}

#[test]
fn defaults_without_attributes() {
    let (config, warnings) = parse(&[("class", "x"), ("id", "cramp")]);
    assert_eq!(config, WidgetConfig::default());
    assert_eq!(config.emergency_number, "112");
    assert_eq!(config.panels, Panel::ALL.to_vec());
    assert_eq!(warnings, 0);
}

#[test]
fn good_values_are_taken_with_or_without_data_prefix() {
    let (config, warnings) = parse(&[
        ("emergency-number", "999"),
        ("data-clinic-name", "  Riverside Surgery "),
        ("clinic-phone", "+44 20 7946 0000"),
        ("booking-url", "https://clinic.example/book?x=1"),
        ("accent", "#0A5C8A"),
        ("panels", "diary, check"),
        ("data-storage-namespace", "riverside-2"),
    ]);
    assert_eq!(warnings, 0);
    assert_eq!(config.emergency_number, "999");
    assert_eq!(config.clinic_name.as_deref(), Some("Riverside Surgery"));
    assert_eq!(config.clinic_phone.as_deref(), Some("+442079460000"));
    assert_eq!(
        config.booking_url.as_deref(),
        Some("https://clinic.example/book?x=1")
    );
    assert_eq!(config.accent.as_deref(), Some("#0a5c8a"));
    assert_eq!(config.panels, vec![Panel::Check, Panel::Diary]);
    assert_eq!(
        config.storage_keys.diary(),
        "cramp-widget/riverside-2/v1/diary"
    );
}

#[test]
fn hostile_values_fall_back_with_one_warning_each() {
    let (config, warnings) = parse(&[
        ("booking-url", "javascript:alert(1)"),
        ("emergency-number", "112<script>"),
        ("accent", "red;background:url(https://evil.example)"),
        ("panels", "check,ads"),
        ("storage-namespace", "../other-app"),
        ("clinic-phone", "call us"),
        ("lang", "xx"),
    ]);
    assert_eq!(warnings, 7);
    assert_eq!(config, WidgetConfig::default());
    assert_eq!(config.storage_keys, StorageKeys::default());
}

#[test]
fn booking_url_refuses_every_non_https_scheme_and_markup() {
    for url in [
        "http://clinic.example",
        "data:text/html,<b>x</b>",
        "//clinic.example",
        "https://",
        "https://clinic.example/\"onmouseover=alert(1)",
        "https://clinic.example/<img>",
        " javascript:alert(1)",
    ] {
        let (config, warnings) = parse(&[("booking-url", url)]);
        assert_eq!(config.booking_url, None, "{url}");
        assert_eq!(warnings, 1, "{url}");
    }
}

#[test]
fn clinic_name_is_kept_as_text_and_capped() {
    let (config, _) = parse(&[("clinic-name", "<img src=x onerror=alert(1)>")]);
    // Kept verbatim: the view renders it as a text node, so it stays inert.
    assert_eq!(
        config.clinic_name.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    let long = "a".repeat(500);
    let (config, _) = parse(&[("clinic-name", &long)]);
    assert_eq!(config.clinic_name.map(|n| n.len()), Some(80));
}

#[test]
fn colours_accept_css_forms_and_refuse_declaration_breakouts() {
    for good in [
        "#fff",
        "#12345678",
        "rgb(10 92 138)",
        "hsl(200deg 80% 30%)",
        "teal",
        "RebeccaPurple",
    ] {
        assert!(parse(&[("accent", good)]).0.accent.is_some(), "{good}");
    }
    for bad in [
        "#ggg",
        "banana",
        "rgb()",
        "rgb(1,2,3);x:y",
        "url(x)",
        "inherit",
        "red}",
    ] {
        assert!(parse(&[("accent", bad)]).0.accent.is_none(), "{bad}");
    }
}

#[test]
fn contacts_are_filled_in_from_the_configuration() {
    let (config, _) = parse(&[("emergency-number", "999")]);
    assert_eq!(
        config.fill_contacts("Call {emergency_number} now"),
        "Call 999 now"
    );
    let (config, _) = parse(&[("clinic-phone", "+441234")]);
    assert_eq!(
        config.fill_contacts("Call the clinic on {clinic_phone}; else {emergency_number}"),
        "Call the clinic on +441234; else 112"
    );
}

#[test]
fn theme_is_auto_unless_the_clinic_forces_light_or_dark() {
    assert_eq!(parse(&[]).0.theme, Theme::Auto);
    assert_eq!(
        parse(&[("theme", "dark")]),
        (parse(&[("theme", " DARK ")]).0, 0)
    );
    assert_eq!(parse(&[("data-theme", "light")]).0.theme, Theme::Light);
    assert_eq!(parse(&[("theme", "auto")]).0.theme, Theme::Auto);
    for bad in ["night", "", "dark;color:red", "1"] {
        let (config, warnings) = parse(&[("theme", bad)]);
        assert_eq!(config.theme, Theme::Auto, "{bad}");
        assert_eq!(warnings, 1, "{bad}");
    }
    assert_eq!(Theme::Auto.class(), None);
    assert_eq!(Theme::Dark.class(), Some("cw-theme-dark"));
    assert_eq!(Theme::Light.class(), Some("cw-theme-light"));
}
