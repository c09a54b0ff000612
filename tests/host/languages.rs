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

#[test]
fn plurals_follow_each_languages_rules_for_0_1_2_and_5() {
    use cramp_widget::domain::content::Counted;
    let expected: [(Language, [&str; 4]); 3] = [
        (
            Language::En,
            ["0 nights", "1 night", "2 nights", "5 nights"],
        ),
        (
            Language::Es,
            ["0 noches", "1 noche", "2 noches", "5 noches"],
        ),
        // Hindi counts 0 and 1 as singular.
        (Language::Hi, ["0 रात", "1 रात", "2 रातें", "5 रातें"]),
    ];
    assert_eq!(expected.len(), Language::ALL.len());
    for (language, forms) in expected {
        for (n, form) in [0, 1, 2, 5].into_iter().zip(forms) {
            assert_eq!(
                language.texts().count(Counted::Night, n),
                form,
                "{language:?}"
            );
        }
        for &what in Counted::ALL {
            let one = language.texts().count(what, 1);
            assert!(one.starts_with("1 "), "{language:?} {what:?}: {one}");
            assert!(language.texts().count(what, 5).starts_with("5 "));
        }
    }
}

#[test]
fn dates_show_month_names_in_the_widgets_language() {
    use cramp_widget::domain::date::{CalendarDate, DateStyle};
    let day = CalendarDate::parse("2026-03-11").unwrap();
    for (language, long, full) in [
        (Language::En, "March 11, 2026", "Wed, Mar 11, 2026"),
        (
            Language::Es,
            "11 de marzo de 2026",
            "miércoles, 11 mar 2026",
        ),
        (Language::Hi, "11 मार्च 2026", "बुधवार, 11 मार्च 2026"),
    ] {
        let texts = language.texts();
        assert_eq!(texts.date(day, DateStyle::Long, language.as_str()), long);
        assert_eq!(texts.date(day, DateStyle::Full, language.as_str()), full);
    }
    // Every month and weekday of a year is written without a panic, in every language.
    for language in Language::ALL {
        let mut date = CalendarDate::parse("2026-01-01").unwrap();
        for _ in 0..365 {
            for style in [
                DateStyle::Long,
                DateStyle::Full,
                DateStyle::Day,
                DateStyle::Short,
            ] {
                assert!(!language.texts().date(date, style, "x").is_empty());
            }
            date = date.add_days(1).unwrap();
        }
    }
}
