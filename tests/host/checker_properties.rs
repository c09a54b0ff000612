//! Properties of the engine over random answers: more warning signs never lower the level,
//! the level is the most severe fired rule, answers survive a JSON round trip, and parsing
//! any string returns instead of panicking.
use std::fmt::Debug;

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;

use cramp_widget::domain::checker::answers::{
    parse_answers, AgeBand, AnswerKey, AnswerKind, AnswerOption, Answers, ClotRisk, Condition,
    Duration, Frequency, Lifestyle, Location, Medicine, RedFlag, Symptom,
};
use cramp_widget::domain::checker::assessment::assess;
use cramp_widget::domain::checker::rules::{Rule, TriageLevel, RULES};
use cramp_widget::domain::tips::{TipId, TIPS};

fn choice<T: Clone + Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Option<T>> {
    option::of(select(all))
}

/// Up to three values, repeats allowed: the contract does not forbid them.
fn list<T: Clone + Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    vec(select(all), 0..=3)
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let about_the_cramps = (
        choice(AgeBand::ALL),
        any::<bool>(),
        list(RedFlag::ALL),
        list(Symptom::ALL),
        list(ClotRisk::ALL),
        choice(Frequency::ALL),
        choice(Duration::ALL),
        list(Location::ALL),
    );
    let about_the_person = (
        any::<bool>(),
        any::<bool>(),
        list(Condition::ALL),
        list(Medicine::ALL),
        any::<bool>(),
        list(Lifestyle::ALL),
    );
    (about_the_cramps, about_the_person).prop_map(
        |(
            (age_band, pregnant, red_flags, symptoms, clot_risks, frequency, duration, locations),
            (sleep_affected, self_care_tried, conditions, medicines, started, lifestyle),
        )| Answers {
            age_band,
            pregnant,
            red_flags,
            symptoms,
            clot_risks,
            frequency,
            duration,
            locations,
            sleep_affected,
            self_care_tried,
            conditions,
            medicines,
            medicine_started_recently: started,
            lifestyle,
        },
    )
}

/// Every option of every list question, and every yes/no key: the answers that only add.
fn any_addition() -> impl Strategy<Value = Addition> {
    let additions: Vec<Addition> = AnswerKey::ALL
        .iter()
        .flat_map(|&key| match key.kind() {
            AnswerKind::List(options) => options
                .iter()
                .map(|&option| Addition::Tick(option))
                .collect(),
            AnswerKind::YesNo => vec![Addition::Yes(key)],
            AnswerKind::Choice(_) => Vec::new(),
        })
        .collect();
    select(additions)
}

#[derive(Clone, Copy, Debug)]
enum Addition {
    Tick(AnswerOption),
    Yes(AnswerKey),
}

impl Addition {
    fn apply(self, answers: &mut Answers) {
        match self {
            Addition::Tick(option) if !answers.is_selected(option) => answers.toggle(option),
            Addition::Tick(_) => {}
            Addition::Yes(key) => *answers.flag_mut(key).expect("a yes/no key") = true,
        }
    }
}

/// A short JSON-flavoured string, to reach deeper into the parser than random text does.
fn jsonish() -> impl Strategy<Value = String> {
    let pieces = select(vec![
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "\"",
        " ",
        "\n",
        "\\",
        "null",
        "true",
        "false",
        "0",
        "-1.5e9",
        "\"pregnant\"",
        "\"red_flags\"",
        "\"frequency\"",
        "\"once_a_week\"",
        "\"one_leg_swollen\"",
        "\"foo\"",
        "\u{2028}",
        "\u{0}",
        "\"\\u00e9\"",
    ]);
    vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn adding_a_sign_never_lowers_the_level(
        answers in any_answers(),
        flag in select(RedFlag::ALL),
        symptom in select(Symptom::ALL),
        risk in select(ClotRisk::ALL),
        addition in any_addition(),
    ) {
        let before = assess(&answers).level;
        let mut more = answers.clone();
        more.red_flags.push(flag);
        prop_assert!(assess(&more).level >= before);
        let mut more = answers.clone();
        more.symptoms.push(symptom);
        prop_assert!(assess(&more).level >= before);
        let mut more = answers.clone();
        more.clot_risks.push(risk);
        prop_assert!(assess(&more).level >= before);
        let mut more = answers;
        addition.apply(&mut more);
        prop_assert!(assess(&more).level >= before, "{:?}", addition);
    }

    #[test]
    fn level_is_the_most_severe_fired_rule(answers in any_answers()) {
        let assessment = assess(&answers);
        let fired: Vec<_> = RULES.iter().filter(|rule| (rule.fires)(&answers)).collect();
        let most_severe = fired.iter().map(|rule| rule.level).max();
        prop_assert_eq!(assessment.level, most_severe.unwrap_or(TriageLevel::SelfCare));

        let mut expected: Vec<_> = fired.iter().map(|rule| rule.id).collect();
        expected.sort_by_key(|id| std::cmp::Reverse(Rule::get(*id).level));
        let reasons: Vec<_> = assessment.reasons.iter().map(|reason| reason.rule).collect();
        prop_assert_eq!(reasons, expected);
    }

    #[test]
    fn below_urgent_every_safe_tip_is_offered_once_and_above_none(answers in any_answers()) {
        let assessment = assess(&answers);
        let mut tips = assessment.tips.clone();
        tips.sort();
        if assessment.level.is_urgent_or_emergency() {
            prop_assert!(tips.is_empty(), "urgent and emergency results show no tips");
            prop_assert!(!assessment.while_waiting.is_empty());
        } else {
            let safe: Vec<TipId> = TIPS
                .iter()
                .map(|tip| tip.id)
                .filter(|tip| {
                    !assessment
                        .cautions
                        .iter()
                        .any(|note| note.tip == *tip && note.caution.leaves_tip_out())
                })
                .collect();
            prop_assert_eq!(tips, safe);
            prop_assert!(assessment.while_waiting.is_empty());
        }
    }

    #[test]
    fn answers_survive_a_json_round_trip(answers in any_answers()) {
        let json = serde_json::to_string(&answers).unwrap();
        prop_assert_eq!(parse_answers(&json), Ok(answers.clone()));
        let pretty = serde_json::to_string_pretty(&answers).unwrap();
        prop_assert_eq!(parse_answers(&pretty), Ok(answers));
    }

    #[test]
    fn toggling_an_option_flips_it(answers in any_answers(), addition in any_addition()) {
        if let Addition::Tick(option) = addition {
            let mut toggled = answers.clone();
            toggled.toggle(option);
            prop_assert_ne!(toggled.is_selected(option), answers.is_selected(option));
        }
    }

    #[test]
    fn parsing_never_panics(text in any::<String>(), json in jsonish()) {
        for input in [&text, &json] {
            if let Err(error) = parse_answers(input) {
                prop_assert!(!error.to_string().contains('\n'), "{:?}", input);
            }
        }
    }

    #[test]
    fn parsing_a_damaged_document_never_panics(
        answers in any_answers(),
        cut in any::<prop::sample::Index>(),
        insert in any::<char>(),
    ) {
        let json = serde_json::to_string(&answers).unwrap();
        let chars: Vec<char> = json.chars().collect();
        let at = cut.index(chars.len());
        let dropped: String = chars.iter().enumerate().filter(|(i, _)| *i != at).map(|(_, c)| c).collect();
        let mut inserted = chars.clone();
        inserted.insert(at, insert);
        for input in [dropped, inserted.into_iter().collect()] {
            if let Err(error) = parse_answers(&input) {
                prop_assert!(!error.to_string().contains('\n'), "{:?}", input);
            }
        }
    }
}
