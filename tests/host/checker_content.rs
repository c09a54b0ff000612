//! The content and its guardrails, for every language: sources on everything, complete and
//! plain wording, tips of two or three sentences, quinine named only by its guardrail, and no
//! text that suggests a prescription medicine or tells the user to stop one.
use cramp_widget::domain::checker::answers::{AnswerKey, AnswerKind, AnswerOption, Medicine};
use cramp_widget::domain::checker::factors::{EvidenceStrength, Factor, FactorId, FactorKind};
use cramp_widget::domain::checker::flow::Step;
use cramp_widget::domain::checker::rules::{
    ArticleSection, Citation, Rule, RuleId, Source, TriageLevel, LINKED_MEDICINES,
    QUININE_GUARDRAIL_SOURCES, RULES,
};
use cramp_widget::domain::checker::rules_doc::clinical_rules_markdown;
use cramp_widget::domain::config::Panel;
use cramp_widget::domain::content::{fill, Language, Texts, Ui, CLINIC_PHONE, EMERGENCY_NUMBER};
use cramp_widget::domain::tips::{
    order_tips, Concern, Tip, TipCaution, TipId, WaitingAdvice, DEFAULT_ORDER, TIPS,
};

const SPEC_SOURCES: [&str; 8] = [
    "ARTICLE",
    "NICE-CKS",
    "NHS",
    "MAYO",
    "AFP",
    "GARRISON-2011",
    "MHRA",
    "COCHRANE-2020",
];

/// Medicines a doctor may prescribe for cramps; no rule, tip or level text may suggest them.
const PRESCRIPTION_FOR_CRAMPS: &[&str] = &[
    "quinine",
    "relaxant",
    "baclofen",
    "orphenadrine",
    "carisoprodol",
    "gabapentin",
    "pregabalin",
    "diltiazem",
    "verapamil",
    "naftidrofuryl",
    "mexiletine",
    "prescription",
];

/// Per language: how the medicine caution opens, and wording that would tell the user to stop
/// or change a medicine. A match, so a new language must say both.
fn medicine_words(language: Language) -> (&'static str, &'static [&'static str]) {
    match language {
        Language::En => (
            "do not stop or change",
            &[
                "stop taking",
                "stop using",
                "stop your",
                "change your dose",
                "lower the dose",
                "skip a dose",
            ],
        ),
        Language::Es => (
            "no dejes de tomar ni cambies",
            &[
                "deja de tomar",
                "deja de usar",
                "suspende",
                "cambia la dosis",
                "baja la dosis",
                "sáltate",
            ],
        ),
        Language::Hi => (
            "कोई भी दवा अपने आप बंद न करें",
            &["दवा बंद कर दें", "दवा लेना बंद करें", "खुराक कम करें", "खुराक छोड़ दें"],
        ),
    }
}

/// How each language spells quinine, which only the guardrail may name.
fn quinine(language: Language) -> &'static str {
    match language {
        Language::En => "quinine",
        Language::Es => "quinina",
        Language::Hi => "quinine",
    }
}

struct Text {
    place: String,
    text: &'static str,
}

fn text(place: impl Into<String>, text: &'static str) -> Text {
    Text {
        place: place.into(),
        text,
    }
}

/// Every string a language has, labelled with where it is shown.
fn every_text(texts: &dyn Texts) -> Vec<Text> {
    let mut all = vec![
        text("disclaimer", texts.disclaimer()),
        text("medicine caution", texts.medicine_caution()),
        text("quinine guardrail", texts.quinine_guardrail()),
    ];
    all.extend(level_and_rule_texts(texts));
    all.extend(tip_texts(texts));
    all.extend(
        TipCaution::ALL
            .iter()
            .map(|&caution| text(format!("{caution:?}"), texts.tip_caution(caution))),
    );
    all.extend(
        WaitingAdvice::ALL
            .iter()
            .map(|&advice| text(format!("{advice:?}"), texts.waiting_advice(advice))),
    );
    for factor in FactorId::all() {
        let titled = texts.factor(factor);
        all.push(text(format!("factor {factor:?} title"), titled.title));
        all.push(text(format!("factor {factor:?}"), titled.body));
    }
    all.extend(
        FactorKind::ALL
            .iter()
            .map(|&kind| text(format!("{kind:?}"), texts.factor_kind(kind))),
    );
    all.extend(
        EvidenceStrength::ALL
            .iter()
            .map(|&strength| text(format!("{strength:?}"), texts.evidence(strength))),
    );
    all.extend(
        Source::ALL
            .iter()
            .map(|&source| text(format!("{source:?}"), texts.source(source))),
    );
    all.extend(
        ArticleSection::ALL
            .iter()
            .map(|&section| text(format!("{section:?}"), texts.article_section(section))),
    );
    for &key in AnswerKey::ALL {
        let question = texts.question(key);
        all.push(text(format!("question {key:?}"), question.question));
        all.push(text(format!("hint {key:?}"), question.hint));
        all.extend(
            options(key)
                .iter()
                .map(|&option| text(format!("{option:?}"), texts.option(option))),
        );
    }
    all.extend(
        Ui::ALL
            .iter()
            .map(|&ui| text(format!("ui {}", ui.as_str()), texts.ui(ui))),
    );
    all.extend(
        Step::QUESTIONS
            .iter()
            .chain(&[Step::LastCheck, Step::Review, Step::Result])
            .map(|&step| text(format!("step {step:?}"), texts.step_title(step))),
    );
    all.extend(
        TriageLevel::ALL
            .iter()
            .map(|&level| text(format!("badge {level:?}"), texts.level_badge(level))),
    );
    all.extend(
        Panel::ALL
            .iter()
            .map(|&panel| text(format!("panel {panel:?}"), texts.panel_name(panel))),
    );
    let labels = texts.labels();
    for (place, label) in [
        ("why", labels.why_am_i_seeing_this),
        ("sources", labels.sources),
        ("reasons", labels.reasons),
        ("factors", labels.factors),
        ("tips", labels.tips),
        ("while waiting", labels.while_waiting),
        ("yes", labels.yes),
        ("no", labels.no),
        ("not sure", labels.not_sure),
        ("none of these", labels.none_of_these),
    ] {
        all.push(text(place, label));
    }
    all
}

fn level_and_rule_texts(texts: &dyn Texts) -> Vec<Text> {
    let mut all = Vec::new();
    for &level in TriageLevel::ALL {
        let level_text = texts.level(level);
        all.push(text(format!("{level:?} headline"), level_text.headline));
        all.push(text(format!("{level:?} what to do"), level_text.what_to_do));
        all.extend(
            level_text
                .contact
                .map(|contact| text(format!("{level:?} contact"), contact)),
        );
    }
    for &rule in RuleId::ALL {
        all.push(text(format!("rule {rule:?} title"), texts.rule(rule).title));
        all.push(text(format!("rule {rule:?}"), texts.rule(rule).body));
    }
    all
}

fn tip_texts(texts: &dyn Texts) -> Vec<Text> {
    TipId::ALL
        .iter()
        .flat_map(|&tip| {
            let titled = texts.tip(tip);
            [
                text(format!("tip {tip:?} title"), titled.title),
                text(format!("tip {tip:?}"), titled.body),
            ]
        })
        .collect()
}

fn options(key: AnswerKey) -> &'static [AnswerOption] {
    match key.kind() {
        AnswerKind::Choice(options) | AnswerKind::List(options) => options,
        AnswerKind::YesNo => &[],
    }
}

fn sentences(text: &str) -> usize {
    text.chars()
        .filter(|c| matches!(c, '.' | '!' | '?' | '।'))
        .count()
}

fn languages() -> impl Iterator<Item = (Language, &'static dyn Texts)> {
    Language::ALL
        .iter()
        .map(|&language| (language, language.texts()))
}

#[test]
fn every_rule_factor_and_tip_cites_a_spec_source() {
    let names: Vec<&str> = Source::ALL.iter().map(|source| source.as_str()).collect();
    assert_eq!(names, SPEC_SOURCES);
    for source in Source::ALL {
        assert_eq!(serde_json::to_value(source).unwrap(), source.as_str());
    }
    let cited: Vec<(String, &[Citation])> = RULES
        .iter()
        .map(|rule| (format!("{:?}", rule.id), rule.sources))
        .chain(FactorId::all().map(|factor| (format!("{factor:?}"), factor.sources())))
        .chain(
            TIPS.iter()
                .map(|tip| (format!("{:?}", tip.id), tip.sources)),
        )
        .chain([("quinine guardrail".to_owned(), QUININE_GUARDRAIL_SOURCES)])
        .collect();
    for (what, citations) in cited {
        assert!(!citations.is_empty(), "{what} has no source");
        for citation in citations {
            let is_article = citation.source == Source::Article;
            assert!(
                citation.section.is_none() || is_article,
                "{what}: a section outside the article"
            );
        }
    }
}

#[test]
fn medicine_evidence_matches_the_spec() {
    use EvidenceStrength::{Moderate, Reported, Strong, Weak};
    use Source::{Afp, Article, Garrison2011, Nhs, NiceCks};
    let table: [(Medicine, Option<EvidenceStrength>, &[Source]); 9] = [
        (Medicine::AsthmaInhalerLaba, Some(Strong), &[Garrison2011]),
        (Medicine::Diuretic, Some(Moderate), &[Garrison2011, NiceCks]),
        (Medicine::Statin, Some(Moderate), &[Garrison2011, Nhs]),
        (Medicine::HormoneOrOsteoporosis, Some(Moderate), &[Afp]),
        (Medicine::Nsaid, Some(Moderate), &[Afp]),
        (Medicine::CalciumChannelBlocker, Some(Reported), &[NiceCks]),
        (Medicine::BetaBlocker, Some(Weak), &[Article, Afp]),
        (Medicine::Antidepressant, Some(Weak), &[Article, Afp]),
        (Medicine::Other, None, &[Article]),
    ];
    assert_eq!(table.len(), Medicine::ALL.len());
    for (medicine, strength, sources) in table {
        let factor = Factor::from(FactorId::Medicine(medicine));
        assert_eq!(
            (factor.kind, factor.evidence),
            (FactorKind::Medicine, strength),
            "{medicine:?}"
        );
        let cited: Vec<Source> = factor.sources.iter().map(|c| c.source).collect();
        assert_eq!(cited, sources, "{medicine:?}");
    }
    // G9 reads the strong and moderate classes; the user sees the same grading.
    let linked: Vec<Medicine> = Medicine::ALL
        .iter()
        .copied()
        .filter(|&m| matches!(FactorId::Medicine(m).evidence(), Some(Strong | Moderate)))
        .collect();
    assert_eq!(linked, LINKED_MEDICINES);
    let graded: Vec<FactorId> = FactorId::all()
        .filter(|factor| factor.evidence().is_some())
        .collect();
    assert!(graded
        .iter()
        .all(|factor| factor.kind() == FactorKind::Medicine));
}

#[test]
fn factor_ids_are_unique_and_the_risks_are_the_articles() {
    let mut ids: Vec<&str> = FactorId::all().map(FactorId::as_str).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
    let kinds: Vec<FactorKind> = FactorId::all().map(FactorId::kind).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|kind| **kind == FactorKind::Risk)
            .count(),
        4,
        "age, pregnancy, a recent birth and not moving much"
    );
}

#[test]
fn there_are_at_least_15_tips_of_two_or_three_sentences() {
    assert!(TipId::ALL.len() >= 15);
    assert_eq!(DEFAULT_ORDER, TipId::ALL);
    for (language, texts) in languages() {
        for &tip in TipId::ALL {
            let titled = texts.tip(tip);
            assert!(!titled.title.trim().is_empty(), "{language:?} {tip:?}");
            let count = sentences(titled.body);
            assert!(
                (2..=3).contains(&count),
                "{language:?} {tip:?} has {count} sentences"
            );
        }
    }
}

#[test]
fn every_tip_is_reachable_by_what_it_answers() {
    for tip in TIPS {
        assert!(!tip.addresses.is_empty(), "{:?} answers nothing", tip.id);
        let mut factors = Vec::new();
        let mut fired = Vec::new();
        for concern in tip.addresses {
            match *concern {
                Concern::Rule(rule) => fired.push(rule),
                Concern::Factor(id) => factors.push(Factor::from(id)),
                Concern::AnyMedicine => {
                    factors.push(Factor::from(FactorId::Medicine(Medicine::Other)))
                }
            }
        }
        let order = order_tips(&factors, &fired, &[]);
        let position = order.iter().position(|id| *id == tip.id).unwrap();
        let unmatched_before = order[..position].iter().any(|other| {
            let addresses = Tip::get(*other).addresses;
            !addresses
                .iter()
                .any(|concern| concern.is_raised(&factors, &fired))
        });
        assert!(
            !unmatched_before,
            "{:?} is ranked below a tip that answers nothing",
            tip.id
        );
    }
}

#[test]
fn tips_that_answer_more_come_first_and_ties_keep_the_default_order() {
    let sleep = [RuleId::G2];
    let order = order_tips(&[], &sleep, &[]);
    let answering: Vec<TipId> = TIPS
        .iter()
        .filter(|tip| tip.addresses.contains(&Concern::Rule(RuleId::G2)))
        .map(|tip| tip.id)
        .collect();
    assert_eq!(order[..answering.len()], answering);
    assert_eq!(order_tips(&[], &[], &[]), DEFAULT_ORDER);
}

#[test]
fn every_text_is_present_and_plain() {
    for (language, texts) in languages() {
        for Text { place, text } in every_text(texts) {
            assert!(!text.trim().is_empty(), "{language:?} {place} is empty");
            assert!(
                !text.contains('\n') && !text.contains("  "),
                "{language:?} {place}: {text:?}"
            );
            // Interface texts have their own slots, checked against English below.
            let mut rest = if place.starts_with("ui ") { "" } else { text };
            while let Some(start) = rest.find('{') {
                let end = rest[start..]
                    .find('}')
                    .map_or(rest.len(), |end| start + end + 1);
                let placeholder = &rest[start..end];
                assert!(
                    [EMERGENCY_NUMBER, CLINIC_PHONE].contains(&placeholder),
                    "{language:?} {place}: unknown placeholder {placeholder}"
                );
                rest = &rest[end..];
            }
        }
    }
}

#[test]
fn emergency_wording_carries_the_emergency_number() {
    for (language, texts) in languages() {
        assert!(
            texts
                .level(TriageLevel::Emergency)
                .headline
                .contains(EMERGENCY_NUMBER),
            "{language:?}"
        );
        assert!(
            texts.disclaimer().contains(EMERGENCY_NUMBER),
            "{language:?}"
        );
        assert!(texts
            .level(TriageLevel::Urgent)
            .contact
            .is_some_and(|c| c.contains(CLINIC_PHONE)));
        assert_eq!(texts.level(TriageLevel::SelfCare).contact, None);
    }
}

#[test]
fn only_the_guardrail_names_quinine() {
    for (language, texts) in languages() {
        let word = quinine(language);
        assert!(
            texts.quinine_guardrail().to_lowercase().contains(word),
            "{language:?}"
        );
        for Text { place, text } in every_text(texts) {
            let names_quinine = text.to_lowercase().contains(word);
            assert!(
                !names_quinine || place == "quinine guardrail",
                "{language:?} {place} names quinine"
            );
        }
    }
    let guardrail_sources: Vec<Source> =
        QUININE_GUARDRAIL_SOURCES.iter().map(|c| c.source).collect();
    assert_eq!(guardrail_sources, [Source::Mhra, Source::Article]);
}

#[test]
fn no_text_tells_the_user_to_stop_a_medicine() {
    for (language, texts) in languages() {
        let (opening, stop_or_change) = medicine_words(language);
        for Text { place, text } in every_text(texts) {
            let lower = text.to_lowercase();
            for phrase in stop_or_change {
                assert!(!lower.contains(phrase), "{language:?} {place}: {text:?}");
            }
        }
        let caution = texts.medicine_caution().to_lowercase();
        assert!(caution.starts_with(opening), "{language:?}: {caution}");
    }
}

#[test]
fn no_rule_tip_or_level_suggests_a_prescription_medicine() {
    for (language, texts) in languages() {
        for Text { place, text } in level_and_rule_texts(texts)
            .into_iter()
            .chain(tip_texts(texts))
        {
            let lower = text.to_lowercase();
            for drug in PRESCRIPTION_FOR_CRAMPS {
                assert!(
                    !lower.contains(drug),
                    "{language:?} {place} mentions {drug}"
                );
            }
        }
    }
}

#[test]
fn sentences_are_short_enough_to_read_easily() {
    for (language, texts) in languages() {
        let bodies: Vec<Text> = tip_texts(texts)
            .into_iter()
            .chain(level_and_rule_texts(texts))
            .filter(|text| sentences(text.text) > 0)
            .collect();
        let words: usize = bodies
            .iter()
            .map(|body| body.text.split_whitespace().count())
            .sum();
        let count: usize = bodies.iter().map(|body| sentences(body.text)).sum();
        let average = words as f64 / count as f64;
        assert!(
            average <= 20.0,
            "{language:?}: {average:.1} words a sentence"
        );
        for body in &bodies {
            for sentence in body.text.split(['.', '!', '?', '।']) {
                let length = sentence.split_whitespace().count();
                assert!(
                    length <= 30,
                    "{language:?} {}: {length} words in {sentence:?}",
                    body.place
                );
            }
        }
    }
}

#[test]
fn every_option_of_a_question_has_its_own_label() {
    for (language, texts) in languages() {
        for &key in AnswerKey::ALL {
            assert!(
                texts.question(key).question.ends_with('?'),
                "{language:?} {key:?}"
            );
            let mut labels: Vec<&str> = options(key)
                .iter()
                .map(|&option| texts.option(option))
                .collect();
            let count = labels.len();
            labels.sort_unstable();
            labels.dedup();
            assert_eq!(labels.len(), count, "{language:?} {key:?} repeats a label");
        }
    }
}

#[test]
fn citations_name_the_article_section() {
    let texts = Language::En.texts();
    let citation = Rule::get(RuleId::U1).sources[0];
    assert_eq!(
        texts.citation(citation),
        texts.source(Source::Article).to_owned() + ": \u{201c}Recognising Severe Symptoms\u{201d}"
    );
    assert_eq!(
        texts.citation(Citation::of(Source::NiceCks)),
        "NICE Clinical Knowledge Summary: Leg cramps"
    );
    assert_eq!(Language::from_tag("en-GB"), Some(Language::En));
    assert_eq!(Language::from_tag("xx"), None);
}

#[test]
fn english_dates_follow_the_readers_region() {
    use cramp_widget::domain::date::{CalendarDate, DateStyle};
    let texts = Language::En.texts();
    let day = CalendarDate::parse("2025-03-11").expect("valid date");
    let regions = [
        (
            &["en", "en-US", "en_us", "en-CA", "en-PH"][..],
            [
                "March 11, 2025",
                "Tue, Mar 11, 2025",
                "Tue, Mar 11",
                "Mar 11",
            ],
        ),
        (
            &["en-GB", "en-gb", "en-AU", "en-IE", "en-Latn-GB", "en-150"][..],
            ["11 March 2025", "Tue 11 Mar 2025", "Tue 11 Mar", "11 Mar"],
        ),
    ];
    let styles = [
        DateStyle::Long,
        DateStyle::Full,
        DateStyle::Day,
        DateStyle::Short,
    ];
    for (locales, written) in regions {
        for locale in locales {
            for (style, expected) in styles.into_iter().zip(written) {
                assert_eq!(texts.date(day, style, locale), expected, "{locale}");
            }
        }
    }
    let ends = [
        ("1900-01-01", "Mon, Jan 1, 1900"),
        ("2200-12-31", "Wed, Dec 31, 2200"),
    ];
    for (text, written) in ends {
        let date = CalendarDate::parse(text).expect("valid date");
        assert_eq!(texts.date(date, DateStyle::Full, "en"), written);
    }
}

#[test]
fn the_v2_sources_name_their_pages_and_back_what_cites_them() {
    let texts = Language::En.texts();
    let nhs = texts.source(Source::Nhs).to_lowercase();
    for page in [
        "leg cramps",
        "dvt",
        "peripheral arterial disease",
        "tetanus",
        "compartment syndrome",
        "cauda equina",
        "swollen",
        "statins",
    ] {
        assert!(nhs.contains(page), "the NHS source names its {page} page");
    }
    assert!(texts
        .source(Source::Mayo)
        .to_lowercase()
        .contains("rhabdomyolysis"));
    assert!(texts
        .source(Source::Cochrane2020)
        .to_lowercase()
        .contains("magnesium"));
    let cites = |sources: &[Citation], source: Source| sources.iter().any(|c| c.source == source);
    assert!(cites(
        Tip::get(TipId::AskBeforeSupplements).sources,
        Source::Cochrane2020
    ));
    assert!(cites(Rule::get(RuleId::E6).sources, Source::Mayo));
    for rule in [
        RuleId::E3,
        RuleId::E4,
        RuleId::E5,
        RuleId::E7,
        RuleId::U7,
        RuleId::U9,
    ] {
        assert!(cites(Rule::get(rule).sources, Source::Nhs), "{rule:?}");
    }
}

#[test]
fn the_supplements_tip_says_what_the_cochrane_review_found() {
    let body = Language::En.texts().tip(TipId::AskBeforeSupplements).body;
    assert!(body.contains("magnesium probably does not help"), "{body}");
    let food = Language::En.texts().tip(TipId::MineralRichFoods).body;
    assert!(food.contains("not proven"), "{food}");
}

#[test]
fn the_committed_clinical_rules_document_is_the_rule_table() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/clinical-rules.md"
    ))
    .expect("docs/clinical-rules.md exists");
    let generated = clinical_rules_markdown(Language::En.texts());
    assert!(
        committed == generated,
        "docs/clinical-rules.md is out of date: run \
         `cargo run --example clinical_rules > docs/clinical-rules.md`"
    );
    for rule in RULES {
        assert!(generated.contains(&format!("| {} |", rule.id.as_str())));
    }
}

#[test]
fn fill_puts_each_value_in_its_slot_and_leaves_unknown_slots_showing() {
    assert_eq!(
        fill(
            "Step {number} of {total}",
            &[("number", "3"), ("total", "9")]
        ),
        "Step 3 of 9"
    );
    assert_eq!(fill("{a} and {a}", &[("a", "x")]), "x and x");
    assert_eq!(fill("Tip {position}", &[]), "Tip {position}");
}

#[test]
fn every_interface_text_with_slots_has_the_same_slots_in_every_language() {
    let slots = |text: &str| -> Vec<String> {
        let mut found: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        found.sort();
        found
    };
    let english = Language::En.texts();
    for (language, texts) in languages() {
        for &ui in Ui::ALL {
            assert_eq!(
                slots(texts.ui(ui)),
                slots(english.ui(ui)),
                "{language:?} {}",
                ui.as_str()
            );
        }
    }
}
