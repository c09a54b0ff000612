//! The clinical review of the v1 checker, one test per finding: each case the review ran
//! through `assess` gets the level spec v2 gives it, and the tips stay safe for the person.
use cramp_widget::domain::checker::answers::{parse_answers, AnswerKey, Condition, RedFlag};
use cramp_widget::domain::checker::assessment::{assess, Assessment};
use cramp_widget::domain::checker::check_record::CheckRecord;
use cramp_widget::domain::checker::factors::FactorId;
use cramp_widget::domain::checker::flow::{result_tips, CheckerAction, CheckerFlow, Step};
use cramp_widget::domain::checker::rules::{RuleId, TriageLevel};
use cramp_widget::domain::content::Language;
use cramp_widget::domain::date::CalendarDate;
use cramp_widget::domain::reducer::Reducer;
use cramp_widget::domain::tips::carousel::TipsOverview;
use cramp_widget::domain::tips::{TipCaution, TipId, WaitingAdvice};

fn assess_json(json: &str) -> Assessment {
    assess(&parse_answers(json).unwrap_or_else(|error| panic!("{json}: {error}")))
}

fn assert_level(json: &str, level: TriageLevel, rule: RuleId) -> Assessment {
    let assessment = assess_json(json);
    assert_eq!(assessment.level, level, "{json}");
    assert!(
        assessment.reasons.iter().any(|reason| reason.rule == rule),
        "{rule:?} fires for {json}"
    );
    assessment
}

#[test]
fn severe_pain_with_one_leg_swollen_after_hard_exercise_is_an_emergency() {
    assert_level(
        r#"{"red_flags":["severe_persistent_pain","one_leg_swollen"],
            "lifestyle":["intense_exercise"]}"#,
        TriageLevel::Emergency,
        RuleId::E3,
    );
}

#[test]
fn numbness_weakness_pale_skin_and_foot_pain_at_rest_together_are_an_emergency() {
    assert_level(
        r#"{"symptoms":["numbness_or_tingling","weakness","skin_discolouration",
            "foot_pain_at_rest"]}"#,
        TriageLevel::Emergency,
        RuleId::E4,
    );
}

#[test]
fn muscle_spasms_after_a_wound_are_an_emergency() {
    assert_level(
        r#"{"red_flags":["spasms_after_wound"]}"#,
        TriageLevel::Emergency,
        RuleId::E5,
    );
    assert_level(
        r#"{"red_flags":["wound_or_toxin"]}"#,
        TriageLevel::Emergency,
        RuleId::E5,
    );
}

#[test]
fn every_question_the_review_missed_can_now_be_reached() {
    assert_level(
        r#"{"red_flags":["dark_urine"]}"#,
        TriageLevel::Emergency,
        RuleId::E6,
    );
    assert_level(
        r#"{"red_flags":["back_pain_with_saddle_or_bladder_change"]}"#,
        TriageLevel::Emergency,
        RuleId::E7,
    );
    assert_level(
        r#"{"symptoms":["muscle_wasting_or_twitching"]}"#,
        TriageLevel::Gp,
        RuleId::G11,
    );
    assert_level(
        r#"{"symptoms":["both_legs_swollen"]}"#,
        TriageLevel::Gp,
        RuleId::G12,
    );
    assert_level(
        r#"{"clot_risks":["recent_surgery_or_injury","leg_in_cast_or_tight_bandage",
            "long_journey_or_bed_rest","previous_clot","cancer_treatment",
            "estrogen_pill_or_hrt","gave_birth_in_last_6_weeks"],
            "symptoms":["difficulty_walking"]}"#,
        TriageLevel::Urgent,
        RuleId::U8,
    );
    // And the wizard asks every key of the contract on one of its steps.
    for key in AnswerKey::ALL {
        assert!(
            Step::QUESTIONS.iter().any(|step| step.keys().contains(key)),
            "{key:?} is asked"
        );
    }
    assert!(Step::RedFlags.keys().contains(&AnswerKey::RedFlags));
}

#[test]
fn a_statin_with_soreness_lasting_days_is_urgent() {
    assert_level(
        r#"{"medicines":["statin"],"symptoms":["soreness_lasting_days"]}"#,
        TriageLevel::Urgent,
        RuleId::U7,
    );
}

#[test]
fn over_65_on_water_tablets_with_cramps_twice_a_week_needs_a_medicine_review() {
    assert_level(
        r#"{"age_band":"65_plus","medicines":["diuretic"],"frequency":"twice_a_week"}"#,
        TriageLevel::Gp,
        RuleId::G9,
    );
}

#[test]
fn known_pad_with_occasional_night_foot_cramps_sees_a_doctor() {
    assert_level(
        r#"{"conditions":["peripheral_artery_disease"],"frequency":"less_than_weekly",
            "locations":["foot"]}"#,
        TriageLevel::Gp,
        RuleId::G10,
    );
}

#[test]
fn not_sure_how_often_with_kidney_disease_sees_a_doctor() {
    assert_level(
        r#"{"conditions":["kidney_disease"]}"#,
        TriageLevel::Gp,
        RuleId::G7,
    );
    // "Not sure" in the wizard is the same unknown frequency.
    let mut flow = CheckerFlow::new();
    for action in [
        CheckerAction::NoneOfThese(AnswerKey::RedFlags),
        CheckerAction::Next,
        CheckerAction::Next,
        CheckerAction::Choose(AnswerKey::Frequency, None),
    ] {
        flow = flow.reduce(action);
    }
    flow.answers.conditions.push(Condition::KidneyDisease);
    assert_eq!(flow.answers.frequency, None);
    assert_eq!(flow.assessment().level, TriageLevel::Gp);
}

#[test]
fn urgent_and_emergency_results_show_no_self_care_tips() {
    for json in [
        r#"{"red_flags":["breathless_or_chest_pain"],"lifestyle":["no_stretching"]}"#,
        r#"{"duration":"over_10_min","frequency":"3_plus_per_week","sleep_affected":true}"#,
    ] {
        let assessment = assess_json(json);
        assert!(assessment.level.is_urgent_or_emergency());
        assert!(assessment.tips.is_empty(), "{json}");
        assert!(result_tips(&assessment).is_empty(), "{json}");
        assert_eq!(assessment.while_waiting[0], WaitingAdvice::RestAndWatch);
    }
}

#[test]
fn a_possible_clot_says_do_not_rub_or_massage_the_leg() {
    for json in [
        r#"{"red_flags":["one_leg_swollen"]}"#,
        r#"{"clot_risks":["previous_clot"],"symptoms":["soreness_lasting_days"]}"#,
    ] {
        assert!(assess_json(json)
            .while_waiting
            .contains(&WaitingAdvice::DoNotRub));
    }
    for json in [
        r#"{"red_flags":["sudden_cold_pale_or_numb_leg"]}"#,
        r#"{"symptoms":["foot_pain_at_rest","weakness","numbness_or_tingling"]}"#,
    ] {
        let advice = assess_json(json).while_waiting;
        assert!(advice.contains(&WaitingAdvice::DoNotRubOrHeat), "{json}");
        assert!(
            !advice.contains(&WaitingAdvice::DoNotRub),
            "no clot rule fired"
        );
    }
    let text = Language::En.texts().waiting_advice(WaitingAdvice::DoNotRub);
    assert!(text.contains("Do not rub or massage the leg"), "{text}");
    // Pain in a swollen leg is both a possible clot (U1) and pressure in the muscle (E3).
    assert_eq!(
        assess_json(r#"{"red_flags":["severe_persistent_pain","one_leg_swollen"]}"#).while_waiting,
        [
            WaitingAdvice::RestAndWatch,
            WaitingAdvice::DoNotRubOrHeat,
            WaitingAdvice::DoNotRub
        ]
    );
    assert!(assess_json(r#"{"frequency":"3_plus_per_week"}"#)
        .while_waiting
        .is_empty());
}

#[test]
fn raising_the_legs_is_not_offered_to_people_with_poor_blood_flow() {
    for json in [
        r#"{"conditions":["peripheral_artery_disease"],"frequency":"3_plus_per_week"}"#,
        r#"{"symptoms":["pain_walking_eases_with_rest"],"sleep_affected":true}"#,
    ] {
        let assessment = assess_json(json);
        assert!(!assessment.tips.contains(&TipId::LegsRaisedInBed), "{json}");
        assert!(!result_tips(&assessment).contains(&TipId::LegsRaisedInBed));
        // The carousel still has every tip, with the caution on this one.
        let overview = TipsOverview::new(Some(&CheckRecord {
            checked_on: CalendarDate::parse("2026-11-30").unwrap(),
            answers: parse_answers(json).unwrap(),
        }));
        assert_eq!(overview.order.len(), TipId::ALL.len());
        assert_eq!(
            overview.caution(TipId::LegsRaisedInBed),
            Some(TipCaution::PoorBloodFlow)
        );
    }
    let frequent = assess_json(r#"{"frequency":"3_plus_per_week"}"#);
    assert!(result_tips(&frequent).contains(&TipId::LegsRaisedInBed));
}

#[test]
fn heat_tips_warn_people_with_numb_skin() {
    for json in [
        r#"{"conditions":["diabetes"],"sleep_affected":true,"frequency":"less_than_weekly"}"#,
        r#"{"conditions":["nerve_disorder"],"frequency":"first_time"}"#,
    ] {
        let assessment = assess_json(json);
        for tip in [TipId::WarmBathBeforeBed, TipId::WarmOrColdCompress] {
            assert!(
                assessment
                    .cautions
                    .iter()
                    .any(|note| note.tip == tip && note.caution == TipCaution::NumbSkin),
                "{tip:?} for {json}"
            );
            assert!(assessment.tips.contains(&tip), "a caution, not left out");
        }
    }
    assert!(assess_json(r#"{"frequency":"3_plus_per_week"}"#)
        .cautions
        .is_empty());
}

#[test]
fn after_an_urgent_check_the_tips_panel_does_not_order_tips_by_it() {
    let overview = TipsOverview::new(Some(&CheckRecord {
        checked_on: CalendarDate::parse("2026-11-30").unwrap(),
        answers: parse_answers(r#"{"duration":"over_10_min","lifestyle":["low_fluids"]}"#).unwrap(),
    }));
    assert_eq!(overview.help_needed, Some(TriageLevel::Urgent));
    assert_eq!(overview.order, TipId::ALL);
    assert!(!overview.is_personal());
}

#[test]
fn causes_are_stated_as_what_may_play_a_part() {
    let texts = Language::En.texts();
    for factor in FactorId::all() {
        let body = texts.factor(factor).body;
        for claim in [
            "get out of balance",
            "so they cramp less",
            "all play a part",
        ] {
            assert!(!body.contains(claim), "{factor:?}: {body}");
        }
    }
    let strengthening = texts.tip(TipId::GentleStrengthening).body;
    assert!(
        !strengthening.contains("so they cramp less"),
        "{strengthening}"
    );
}

#[test]
fn u5_says_today_and_sends_a_sudden_or_spreading_weakness_to_the_emergency_number() {
    let body = Language::En.texts().rule(RuleId::U5).body;
    assert!(body.contains("today"), "{body}");
    assert!(!body.contains("straight away"), "{body}");
    assert!(body.contains("{emergency_number}"), "{body}");
    assert!(body.contains("stroke"), "{body}");
}

#[test]
fn the_legacy_flag_is_read_but_never_written() {
    let answers = parse_answers(r#"{"red_flags":["wound_or_toxin"]}"#).unwrap();
    assert_eq!(answers.red_flags, [RedFlag::SpasmsAfterWound]);
    let json = serde_json::to_string(&answers).unwrap();
    assert!(json.contains("spasms_after_wound"), "{json}");
    assert!(!json.contains("wound_or_toxin"), "{json}");
    // A legacy value earlier in a document does not hide the real problem after it.
    let error = parse_answers(r#"{"red_flags":["wound_or_toxin"],"frequency":"weekly"}"#)
        .unwrap_err()
        .to_string();
    assert_eq!(error, r#"unknown value "weekly" for "frequency""#);
    assert_eq!(
        RedFlag::from_id("wound_or_toxin"),
        Some(RedFlag::SpasmsAfterWound)
    );
    assert!(!RedFlag::ALL
        .iter()
        .any(|flag| flag.as_str() == "wound_or_toxin"));
}
