//! Which language the widget speaks: the visitor's own choice, the clinic's `lang`, the page's
//! `<html lang>`, the browser's languages, then English; region tags match their language; a
//! bad `lang` falls back with a warning that names the attribute.
use cramp_widget::domain::config::parse_config;
use cramp_widget::domain::content::Language;

fn browser(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|tag| (*tag).to_owned()).collect()
}

#[test]
fn the_visitors_choice_wins_then_the_clinic_then_the_page_then_the_browser_then_english() {
    for language in Language::ALL.iter().copied() {
        let tag = language.as_str();
        assert_eq!(
            Language::choose(Some(tag), Some(Language::En), Some("en"), &browser(&["en"])),
            language,
            "the visitor's own choice"
        );
        assert_eq!(
            Language::choose(None, Some(language), Some("en"), &browser(&["en"])),
            language,
            "the clinic's attribute"
        );
        assert_eq!(
            Language::choose(None, None, Some(tag), &browser(&["en"])),
            language,
            "the page's lang"
        );
        assert_eq!(
            Language::choose(None, None, None, &browser(&["fr-FR", tag])),
            language,
            "the first browser language the widget speaks"
        );
    }
    assert_eq!(Language::choose(None, None, None, &[]), Language::En);
    assert_eq!(
        Language::choose(Some("xx"), None, Some("fr"), &browser(&["de", "pt-BR"])),
        Language::En,
        "nothing the widget speaks: English"
    );
}

#[test]
fn region_and_case_variants_match_their_language() {
    for (tag, expected) in [("en-GB", "en"), ("EN_us", "en"), ("en-Latn-US", "en")] {
        assert_eq!(
            Language::from_tag(tag).map(Language::as_str),
            Some(expected),
            "{tag}"
        );
    }
    for language in Language::ALL {
        let regional = format!("{}-IN", language.as_str().to_uppercase());
        assert_eq!(Language::from_tag(&regional), Some(*language), "{regional}");
    }
    assert_eq!(Language::from_tag(""), None);
    assert_eq!(Language::from_tag("english"), None);
}

#[test]
fn a_bad_lang_attribute_warns_and_leaves_the_choice_to_the_page_and_browser() {
    let (config, warnings) = parse_config([("lang", "klingon")]);
    assert_eq!(config.lang, None);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].attribute, "lang");
    let (config, warnings) = parse_config([("data-lang", "en-AU")]);
    assert_eq!(config.lang, Some(Language::En));
    assert!(warnings.is_empty());
}

#[test]
fn every_language_names_itself_in_its_own_words() {
    let mut names: Vec<&str> = Language::ALL.iter().map(|l| l.own_name()).collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count);
    assert!(names.iter().all(|name| !name.is_empty()));
}
