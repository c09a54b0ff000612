//! Each triage rule against answers that fire it and a near miss that must not, plus the
//! answers contract: every value in the spec parses, and every kind of bad input is refused
//! with its own error.
use cramp_widget::domain::checker::answers::{
    parse_answers, AgeBand, AnswerKey, AnswerKind, AnswersError, ClotRisk, Condition, Duration,
    Expected, Frequency, Lifestyle, Location, Medicine, RedFlag, Symptom,
};
use cramp_widget::domain::checker::assessment::{assess, Assessment};
use cramp_widget::domain::checker::rules::{Rule, RuleId, TriageLevel, RULES};

fn assess_json(json: &str) -> Assessment {
    let answers = parse_answers(json).unwrap_or_else(|error| panic!("{json}: {error}"));
    assess(&answers)
}

fn fired(assessment: &Assessment) -> Vec<RuleId> {
    assessment
        .reasons
        .iter()
        .map(|reason| reason.rule)
        .collect()
}

struct Case {
    rule: RuleId,
    level: TriageLevel,
    /// Each of these fires this rule, and the result is at its level.
    fires: &'static [&'static str],
    /// Each of these is close to firing the rule but must not.
    near_misses: &'static [&'static str],
}

use TriageLevel::{Emergency, Gp, Urgent};

const CASES: &[Case] = &[
    Case {
        rule: RuleId::E1,
        level: Emergency,
        fires: &[r#"{"red_flags":["breathless_or_chest_pain"]}"#],
        near_misses: &[r#"{"red_flags":["one_leg_swollen"],"sleep_affected":true}"#],
    },
    Case {
        rule: RuleId::E2,
        level: Emergency,
        fires: &[r#"{"red_flags":["sudden_cold_pale_or_numb_leg"]}"#],
        near_misses: &[r#"{"symptoms":["numbness_or_tingling","skin_discolouration"]}"#],
    },
    Case {
        rule: RuleId::E3,
        level: Emergency,
        fires: &[
            r#"{"red_flags":["severe_persistent_pain","one_leg_swollen"]}"#,
            r#"{"red_flags":["severe_persistent_pain"],"clot_risks":["leg_in_cast_or_tight_bandage"]}"#,
            r#"{"clot_risks":["leg_in_cast_or_tight_bandage"],"symptoms":["numbness_or_tingling"]}"#,
            r#"{"clot_risks":["leg_in_cast_or_tight_bandage"],"symptoms":["skin_discolouration"]}"#,
        ],
        near_misses: &[
            r#"{"red_flags":["severe_persistent_pain","leg_red_or_warm"]}"#,
            r#"{"red_flags":["one_leg_swollen"],"clot_risks":["leg_in_cast_or_tight_bandage"]}"#,
            r#"{"clot_risks":["leg_in_cast_or_tight_bandage"],"symptoms":["weakness"]}"#,
            r#"{"clot_risks":["recent_surgery_or_injury"],"symptoms":["numbness_or_tingling"]}"#,
        ],
    },
    Case {
        rule: RuleId::E4,
        level: Emergency,
        fires: &[
            r#"{"red_flags":["severe_persistent_pain"],"symptoms":["numbness_or_tingling","weakness"]}"#,
            r#"{"symptoms":["foot_pain_at_rest","skin_discolouration","numbness_or_tingling"]}"#,
            r#"{"symptoms":["foot_pain_at_rest","skin_discolouration","weakness"]}"#,
        ],
        near_misses: &[
            r#"{"symptoms":["foot_pain_at_rest","skin_discolouration"]}"#,
            r#"{"symptoms":["numbness_or_tingling","weakness","skin_discolouration"]}"#,
            r#"{"red_flags":["severe_persistent_pain"],"symptoms":["weakness","difficulty_walking"]}"#,
        ],
    },
    Case {
        rule: RuleId::E5,
        level: Emergency,
        fires: &[
            r#"{"red_flags":["spasms_after_wound"]}"#,
            r#"{"red_flags":["wound_or_toxin"]}"#,
        ],
        near_misses: &[r#"{"red_flags":["poison_exposure"]}"#],
    },
    Case {
        rule: RuleId::E6,
        level: Emergency,
        fires: &[r#"{"red_flags":["dark_urine"]}"#],
        near_misses: &[r#"{"lifestyle":["low_fluids"],"symptoms":["soreness_lasting_days"]}"#],
    },
    Case {
        rule: RuleId::E7,
        level: Emergency,
        fires: &[r#"{"red_flags":["back_pain_with_saddle_or_bladder_change"]}"#],
        near_misses: &[r#"{"symptoms":["numbness_or_tingling","weakness"]}"#],
    },
    Case {
        rule: RuleId::U1,
        level: Urgent,
        fires: &[
            r#"{"red_flags":["one_leg_swollen"]}"#,
            r#"{"red_flags":["leg_red_or_warm"]}"#,
        ],
        near_misses: &[
            r#"{"locations":["calf","thigh"],"symptoms":["soreness_lasting_days"]}"#,
            r#"{"symptoms":["both_legs_swollen"]}"#,
        ],
    },
    Case {
        rule: RuleId::U2,
        level: Urgent,
        fires: &[r#"{"red_flags":["severe_persistent_pain"]}"#],
        near_misses: &[r#"{"duration":"1_to_10_min","frequency":"twice_a_week"}"#],
    },
    Case {
        rule: RuleId::U3,
        level: Urgent,
        fires: &[r#"{"duration":"over_10_min"}"#],
        near_misses: &[
            r#"{"duration":"1_to_10_min"}"#,
            r#"{"duration":"over_10_min_eased"}"#,
        ],
    },
    Case {
        rule: RuleId::U4,
        level: Urgent,
        fires: &[r#"{"red_flags":["poison_exposure"]}"#],
        near_misses: &[
            r#"{"medicines":["other"],"red_flags":["severe_persistent_pain"]}"#,
            r#"{"red_flags":["wound_or_toxin"]}"#,
        ],
    },
    Case {
        rule: RuleId::U5,
        level: Urgent,
        fires: &[
            r#"{"symptoms":["numbness_or_tingling"]}"#,
            r#"{"symptoms":["skin_discolouration"]}"#,
            r#"{"symptoms":["weakness"]}"#,
        ],
        near_misses: &[r#"{"symptoms":["soreness_lasting_days","difficulty_walking"]}"#],
    },
    Case {
        rule: RuleId::U6,
        level: Urgent,
        fires: &[r#"{"symptoms":["foot_pain_at_rest"]}"#],
        near_misses: &[r#"{"symptoms":["pain_walking_eases_with_rest"],"locations":["foot"]}"#],
    },
    Case {
        rule: RuleId::U7,
        level: Urgent,
        fires: &[
            r#"{"medicines":["statin"],"symptoms":["soreness_lasting_days"]}"#,
            r#"{"medicines":["statin"],"symptoms":["difficulty_walking"]}"#,
            r#"{"medicines":["statin"],"symptoms":["weakness"]}"#,
            r#"{"medicines":["statin"],"medicine_started_recently":true}"#,
        ],
        near_misses: &[
            r#"{"medicines":["statin"],"frequency":"less_than_weekly"}"#,
            r#"{"medicines":["diuretic"],"symptoms":["soreness_lasting_days"]}"#,
        ],
    },
    Case {
        rule: RuleId::U8,
        level: Urgent,
        fires: &[
            r#"{"clot_risks":["long_journey_or_bed_rest"],"symptoms":["soreness_lasting_days"]}"#,
            r#"{"clot_risks":["previous_clot"],"symptoms":["difficulty_walking"]}"#,
            r#"{"clot_risks":["estrogen_pill_or_hrt"],"red_flags":["severe_persistent_pain"]}"#,
            r#"{"pregnant":true,"symptoms":["soreness_lasting_days"]}"#,
        ],
        near_misses: &[
            r#"{"clot_risks":["cancer_treatment"],"frequency":"less_than_weekly"}"#,
            r#"{"symptoms":["soreness_lasting_days"],"lifestyle":["long_sitting"]}"#,
        ],
    },
    Case {
        rule: RuleId::U9,
        level: Urgent,
        fires: &[
            r#"{"symptoms":["both_legs_swollen"],"pregnant":true}"#,
            r#"{"symptoms":["both_legs_swollen"],"clot_risks":["gave_birth_in_last_6_weeks"]}"#,
        ],
        near_misses: &[
            r#"{"symptoms":["both_legs_swollen"]}"#,
            r#"{"pregnant":true,"frequency":"less_than_weekly"}"#,
        ],
    },
    Case {
        rule: RuleId::G1,
        level: Gp,
        fires: &[r#"{"frequency":"3_plus_per_week"}"#],
        near_misses: &[r#"{"frequency":"twice_a_week"}"#],
    },
    Case {
        rule: RuleId::G2,
        level: Gp,
        fires: &[
            r#"{"sleep_affected":true,"frequency":"once_a_week"}"#,
            r#"{"sleep_affected":true}"#,
        ],
        near_misses: &[
            r#"{"sleep_affected":false,"frequency":"twice_a_week"}"#,
            r#"{"sleep_affected":true,"frequency":"less_than_weekly"}"#,
        ],
    },
    Case {
        rule: RuleId::G3,
        level: Gp,
        fires: &[
            r#"{"symptoms":["soreness_lasting_days"]}"#,
            r#"{"symptoms":["difficulty_walking"]}"#,
        ],
        near_misses: &[r#"{"symptoms":["urge_to_move_legs"]}"#],
    },
    Case {
        rule: RuleId::G4,
        level: Gp,
        fires: &[r#"{"symptoms":["pain_walking_eases_with_rest"]}"#],
        near_misses: &[r#"{"symptoms":["difficulty_walking"]}"#],
    },
    Case {
        rule: RuleId::G5,
        level: Gp,
        fires: &[r#"{"symptoms":["urge_to_move_legs"]}"#],
        near_misses: &[r#"{"sleep_affected":true,"frequency":"first_time"}"#],
    },
    Case {
        rule: RuleId::G6,
        level: Gp,
        fires: &[r#"{"medicine_started_recently":true,"medicines":["beta_blocker"]}"#],
        near_misses: &[
            r#"{"medicine_started_recently":true}"#,
            r#"{"medicine_started_recently":false,"medicines":["diuretic"]}"#,
        ],
    },
    Case {
        rule: RuleId::G7,
        level: Gp,
        fires: &[
            r#"{"conditions":["diabetes"],"frequency":"once_a_week"}"#,
            r#"{"conditions":["kidney_disease"]}"#,
        ],
        near_misses: &[
            r#"{"conditions":["diabetes"],"frequency":"less_than_weekly"}"#,
            r#"{"frequency":"once_a_week"}"#,
        ],
    },
    Case {
        rule: RuleId::G8,
        level: Gp,
        fires: &[r#"{"self_care_tried":true,"frequency":"twice_a_week"}"#],
        near_misses: &[
            r#"{"self_care_tried":true,"frequency":"once_a_week"}"#,
            r#"{"self_care_tried":false,"frequency":"twice_a_week"}"#,
        ],
    },
    Case {
        rule: RuleId::G9,
        level: Gp,
        fires: &[
            r#"{"medicines":["diuretic"],"frequency":"once_a_week"}"#,
            r#"{"medicines":["asthma_inhaler_laba"]}"#,
            r#"{"medicines":["nsaid"],"frequency":"twice_a_week"}"#,
            r#"{"medicines":["hormone_or_osteoporosis"],"frequency":"once_a_week"}"#,
            r#"{"medicines":["calcium_channel_blocker"],"frequency":"twice_a_week"}"#,
        ],
        near_misses: &[
            r#"{"medicines":["diuretic"],"frequency":"less_than_weekly"}"#,
            r#"{"medicines":["calcium_channel_blocker"],"frequency":"once_a_week"}"#,
            r#"{"medicines":["calcium_channel_blocker"]}"#,
            r#"{"medicines":["beta_blocker","antidepressant","other"],"frequency":"twice_a_week"}"#,
        ],
    },
    Case {
        rule: RuleId::G10,
        level: Gp,
        fires: &[
            r#"{"conditions":["peripheral_artery_disease"],"frequency":"first_time"}"#,
            r#"{"conditions":["peripheral_artery_disease"],"frequency":"less_than_weekly"}"#,
        ],
        near_misses: &[r#"{"conditions":["diabetes"],"frequency":"less_than_weekly"}"#],
    },
    Case {
        rule: RuleId::G11,
        level: Gp,
        fires: &[r#"{"symptoms":["muscle_wasting_or_twitching"]}"#],
        near_misses: &[r#"{"symptoms":["urge_to_move_legs"]}"#],
    },
    Case {
        rule: RuleId::G12,
        level: Gp,
        fires: &[r#"{"symptoms":["both_legs_swollen"]}"#],
        near_misses: &[r#"{"red_flags":["one_leg_swollen"]}"#],
    },
    Case {
        rule: RuleId::G13,
        level: Gp,
        fires: &[r#"{"duration":"over_10_min_eased"}"#],
        near_misses: &[
            r#"{"duration":"1_to_10_min"}"#,
            r#"{"duration":"over_10_min"}"#,
        ],
    },
    Case {
        rule: RuleId::A1,
        level: Gp,
        fires: &[r#"{"age_band":"under_16"}"#],
        near_misses: &[r#"{"age_band":"16_49"}"#],
    },
];

#[test]
fn every_rule_has_a_case() {
    let covered: Vec<RuleId> = CASES.iter().map(|case| case.rule).collect();
    assert_eq!(covered, RuleId::ALL);
}

#[test]
fn each_rule_fires_at_its_level() {
    for case in CASES {
        assert_eq!(
            Rule::get(case.rule).level,
            case.level,
            "{:?} level in the table",
            case.rule
        );
        for json in case.fires {
            let assessment = assess_json(json);
            assert!(fired(&assessment).contains(&case.rule), "{json}");
            assert_eq!(assessment.level, case.level, "{json}");
        }
    }
}

#[test]
fn near_misses_do_not_fire() {
    for case in CASES {
        for json in case.near_misses {
            let assessment = assess_json(json);
            assert!(
                !fired(&assessment).contains(&case.rule),
                "{:?} fired for {json}",
                case.rule
            );
        }
    }
}

#[test]
fn frequency_thresholds_follow_the_order_of_choices() {
    for &frequency in Frequency::ALL {
        let with = |extra: &str| {
            let json = format!(r#"{{"frequency":"{}",{extra}}}"#, frequency.as_str());
            fired(&assess_json(&json))
        };
        let g7 = with(r#""conditions":["thyroid_disease"]"#).contains(&RuleId::G7);
        let g8 = with(r#""self_care_tried":true"#).contains(&RuleId::G8);
        let g1 = with(r#""locations":["calf"]"#).contains(&RuleId::G1);
        let g2 = with(r#""sleep_affected":true"#).contains(&RuleId::G2);
        let g9 = with(r#""medicines":["statin"]"#).contains(&RuleId::G9);
        let g9_ccb = with(r#""medicines":["calcium_channel_blocker"]"#).contains(&RuleId::G9);
        assert_eq!(g7, frequency >= Frequency::OnceAWeek, "G7 at {frequency:?}");
        assert_eq!(g2, frequency >= Frequency::OnceAWeek, "G2 at {frequency:?}");
        assert_eq!(g9, frequency >= Frequency::OnceAWeek, "G9 at {frequency:?}");
        assert_eq!(
            g9_ccb,
            frequency >= Frequency::TwiceAWeek,
            "G9 for a calcium channel blocker at {frequency:?}"
        );
        assert_eq!(
            g8,
            frequency >= Frequency::TwiceAWeek,
            "G8 at {frequency:?}"
        );
        assert_eq!(
            g1,
            frequency == Frequency::ThreePlusPerWeek,
            "G1 at {frequency:?}"
        );
    }
}

#[test]
fn no_rule_means_self_care() {
    for json in [
        "{}",
        r#"{"age_band":"50_64","frequency":"less_than_weekly","duration":"under_1_min",
            "locations":["calf","foot"],"lifestyle":["low_fluids","sedentary","alcohol"],
            "conditions":["diabetes"],"medicines":["statin"],"pregnant":true,
            "clot_risks":["previous_clot"]}"#,
    ] {
        let assessment = assess_json(json);
        assert_eq!(assessment.level, TriageLevel::SelfCare, "{json}");
        assert!(assessment.reasons.is_empty(), "{json}");
    }
}

#[test]
fn reasons_are_most_severe_first_in_table_order() {
    let assessment = assess_json(
        r#"{"age_band":"under_16","frequency":"3_plus_per_week","duration":"over_10_min",
            "red_flags":["sudden_cold_pale_or_numb_leg","breathless_or_chest_pain"],
            "symptoms":["urge_to_move_legs","weakness"]}"#,
    );
    let order = [
        RuleId::E1,
        RuleId::E2,
        RuleId::U3,
        RuleId::U5,
        RuleId::G1,
        RuleId::G5,
        RuleId::A1,
    ];
    assert_eq!(fired(&assessment), order);
    assert_eq!(assessment.level, Emergency);
    assert!(assessment.level.is_urgent_or_emergency());
}

#[test]
fn the_table_is_ordered_most_severe_first() {
    assert!(RULES.windows(2).all(|pair| pair[0].level >= pair[1].level));
    assert_eq!(TriageLevel::ALL.iter().max(), Some(&Emergency));
    assert!(!Gp.is_urgent_or_emergency() && Urgent.is_urgent_or_emergency());
}

#[test]
fn assessment_json_has_the_spec_shape() {
    let assessment = assess_json(r#"{"red_flags":["one_leg_swollen"]}"#);
    let json = serde_json::to_value(&assessment).unwrap();
    assert_eq!(json["level"], "urgent");
    assert_eq!(json["reasons"][0]["rule"], "U1");
    assert_eq!(
        json["reasons"][0]["sources"],
        serde_json::json!(["ARTICLE", "NHS"])
    );
    assert_eq!(json["factors"], serde_json::json!([]));
    assert_eq!(
        json["tips"],
        serde_json::json!([]),
        "no self-care tips when urgent"
    );
    assert_eq!(
        json["while_waiting"],
        serde_json::json!(["rest_and_watch", "do_not_rub"])
    );
    let gp = serde_json::to_value(assess_json(r#"{"frequency":"3_plus_per_week"}"#)).unwrap();
    assert_eq!(gp["tips"].as_array().map(Vec::len), Some(15));
}

enum Shape {
    Choice,
    List,
}

/// Keys and values copied from the spec's answers table, in its order.
const SPEC_VALUES: &[(&str, Shape, &[&str])] = &[
    (
        "age_band",
        Shape::Choice,
        &["under_16", "16_49", "50_64", "65_plus"],
    ),
    (
        "red_flags",
        Shape::List,
        &[
            "breathless_or_chest_pain",
            "sudden_cold_pale_or_numb_leg",
            "one_leg_swollen",
            "leg_red_or_warm",
            "severe_persistent_pain",
            "spasms_after_wound",
            "poison_exposure",
            "dark_urine",
            "back_pain_with_saddle_or_bladder_change",
        ],
    ),
    (
        "symptoms",
        Shape::List,
        &[
            "numbness_or_tingling",
            "weakness",
            "skin_discolouration",
            "soreness_lasting_days",
            "difficulty_walking",
            "pain_walking_eases_with_rest",
            "urge_to_move_legs",
            "foot_pain_at_rest",
            "muscle_wasting_or_twitching",
            "both_legs_swollen",
        ],
    ),
    (
        "clot_risks",
        Shape::List,
        &[
            "recent_surgery_or_injury",
            "leg_in_cast_or_tight_bandage",
            "long_journey_or_bed_rest",
            "previous_clot",
            "cancer_treatment",
            "estrogen_pill_or_hrt",
            "gave_birth_in_last_6_weeks",
        ],
    ),
    (
        "frequency",
        Shape::Choice,
        &[
            "first_time",
            "less_than_weekly",
            "once_a_week",
            "twice_a_week",
            "3_plus_per_week",
        ],
    ),
    (
        "duration",
        Shape::Choice,
        &[
            "under_1_min",
            "1_to_10_min",
            "over_10_min_eased",
            "over_10_min",
        ],
    ),
    ("locations", Shape::List, &["calf", "foot", "thigh"]),
    (
        "conditions",
        Shape::List,
        &[
            "diabetes",
            "peripheral_artery_disease",
            "nerve_disorder",
            "kidney_disease",
            "liver_disease",
            "thyroid_disease",
        ],
    ),
    (
        "medicines",
        Shape::List,
        &[
            "diuretic",
            "asthma_inhaler_laba",
            "statin",
            "calcium_channel_blocker",
            "hormone_or_osteoporosis",
            "nsaid",
            "beta_blocker",
            "antidepressant",
            "other",
        ],
    ),
    (
        "lifestyle",
        Shape::List,
        &[
            "low_fluids",
            "long_standing",
            "long_sitting",
            "intense_exercise",
            "no_stretching",
            "low_mineral_diet",
            "unsupportive_footwear",
            "sedentary",
            "alcohol",
        ],
    ),
];

const SPEC_BOOLEANS: &[&str] = &[
    "pregnant",
    "sleep_affected",
    "self_care_tried",
    "medicine_started_recently",
];

#[test]
fn every_spec_value_parses() {
    for (key, shape, values) in SPEC_VALUES {
        let kind = AnswerKey::from_id(key).map(AnswerKey::kind);
        let same_shape = matches!(
            (shape, kind),
            (Shape::Choice, Some(AnswerKind::Choice(_))) | (Shape::List, Some(AnswerKind::List(_)))
        );
        assert!(same_shape, "{key} is a {kind:?}");
        for value in *values {
            let json = match shape {
                Shape::List => format!(r#"{{"{key}":["{value}"]}}"#),
                Shape::Choice => format!(r#"{{"{key}":"{value}"}}"#),
            };
            let answers = parse_answers(&json).unwrap_or_else(|error| panic!("{json}: {error}"));
            assert_ne!(answers, Default::default(), "{json}");
        }
    }
    for key in SPEC_BOOLEANS {
        let answer_key = AnswerKey::from_id(key).unwrap();
        assert_eq!(answer_key.kind(), AnswerKind::YesNo, "{key}");
        let answers = parse_answers(&format!(r#"{{"{key}":true}}"#)).unwrap();
        assert_eq!(answers.flag(answer_key), Some(true), "{key}");
    }
}

#[test]
fn enums_list_exactly_the_spec_values_in_order() {
    fn ids<T: Copy>(all: &[T], as_str: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|value| as_str(*value)).collect()
    }
    let ours: [(&str, Vec<&str>); 10] = [
        ("age_band", ids(AgeBand::ALL, AgeBand::as_str)),
        ("red_flags", ids(RedFlag::ALL, RedFlag::as_str)),
        ("symptoms", ids(Symptom::ALL, Symptom::as_str)),
        ("clot_risks", ids(ClotRisk::ALL, ClotRisk::as_str)),
        ("frequency", ids(Frequency::ALL, Frequency::as_str)),
        ("duration", ids(Duration::ALL, Duration::as_str)),
        ("locations", ids(Location::ALL, Location::as_str)),
        ("conditions", ids(Condition::ALL, Condition::as_str)),
        ("medicines", ids(Medicine::ALL, Medicine::as_str)),
        ("lifestyle", ids(Lifestyle::ALL, Lifestyle::as_str)),
    ];
    for ((spec_key, _, spec_values), (key, values)) in SPEC_VALUES.iter().zip(&ours) {
        assert_eq!(spec_key, key);
        assert_eq!(*spec_values, values.as_slice(), "{key}");
    }
    let mut spec_keys: Vec<&str> = SPEC_VALUES.iter().map(|(key, _, _)| *key).collect();
    spec_keys.extend(SPEC_BOOLEANS);
    spec_keys.sort_unstable();
    let mut keys: Vec<&str> = AnswerKey::ALL.iter().map(|key| key.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(spec_keys, keys);
}

#[test]
fn missing_keys_default_and_null_choice_is_unknown() {
    assert_eq!(parse_answers("{}").unwrap(), Default::default());
    assert_eq!(
        parse_answers(" \n{\"frequency\": null}\t").unwrap(),
        Default::default()
    );
}

#[test]
fn each_kind_of_bad_input_has_its_own_error() {
    let cases: &[(&str, AnswersError)] = &[
        (
            r#"{"foo":1}"#,
            AnswersError::UnknownKey { key: "foo".into() },
        ),
        (
            r#"{"frequency":"weekly"}"#,
            AnswersError::UnknownValue {
                key: "frequency",
                value: "weekly".into(),
            },
        ),
        (
            r#"{"lifestyle":["low_fluids","couch"]}"#,
            AnswersError::UnknownValue {
                key: "lifestyle",
                value: "couch".into(),
            },
        ),
        (
            r#"{"pregnant":"yes"}"#,
            AnswersError::WrongType {
                key: Some("pregnant"),
                expected: Expected::Boolean,
            },
        ),
        (
            r#"{"age_band":50}"#,
            AnswersError::WrongType {
                key: Some("age_band"),
                expected: Expected::Text,
            },
        ),
        (
            r#"{"red_flags":"one_leg_swollen"}"#,
            AnswersError::WrongType {
                key: Some("red_flags"),
                expected: Expected::ListOfText,
            },
        ),
        (
            r#"{"symptoms":[null]}"#,
            AnswersError::WrongType {
                key: Some("symptoms"),
                expected: Expected::ListOfText,
            },
        ),
        (
            r#"{"locations":null}"#,
            AnswersError::WrongType {
                key: Some("locations"),
                expected: Expected::ListOfText,
            },
        ),
        (
            "[]",
            AnswersError::WrongType {
                key: None,
                expected: Expected::Object,
            },
        ),
        (
            "[false, true]",
            AnswersError::WrongType {
                key: None,
                expected: Expected::Object,
            },
        ),
        (
            "null",
            AnswersError::WrongType {
                key: None,
                expected: Expected::Object,
            },
        ),
        (
            r#"{"pregnant":true,"pregnant":false}"#,
            AnswersError::DuplicateKey { key: "pregnant" },
        ),
    ];
    for (json, expected) in cases {
        assert_eq!(parse_answers(json).as_ref(), Err(expected), "{json}");
    }
    for json in ["", "{", r#"{"pregnant":tru}"#, "{}{}", "{'pregnant':true}"] {
        assert!(
            matches!(parse_answers(json), Err(AnswersError::Syntax(_))),
            "{json}"
        );
    }
}

#[test]
fn error_messages_are_one_clear_line() {
    let message = |json: &str| parse_answers(json).unwrap_err().to_string();
    assert_eq!(message(r#"{"foo":1}"#), r#"unknown key "foo" in answers"#);
    assert_eq!(
        message(r#"{"frequency":"weekly"}"#),
        r#"unknown value "weekly" for "frequency""#
    );
    assert_eq!(
        message(r#"{"pregnant":1}"#),
        r#"wrong type for "pregnant": expected true or false"#
    );
    assert_eq!(
        message("[]"),
        "wrong type for answers: expected a JSON object"
    );
    assert!(message("{").starts_with("answers are not valid JSON: "));
    for json in [
        "{\"a\nb\":1}",
        "{\"a\\nb\":1}",
        "{\n\n",
        r#"{"frequency":"x\ny"}"#,
    ] {
        assert!(!message(json).contains('\n'), "{json}");
    }
}
