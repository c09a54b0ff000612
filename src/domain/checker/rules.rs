//! The triage rules: levels, rule ids, sources and the one table (`RULES`) that decides
//! when each rule fires. Wording lives in `content`; this module only holds the logic.
use serde::ser::{SerializeSeq, Serializer};

use crate::domain::checker::answers::{
    AgeBand, Answers, ClotRisk, Condition, Duration, Frequency, Medicine, RedFlag, Symptom,
};
use crate::domain::id_enum::{assert_indexed_by_id, id_enum};
use ArticleSection as Section;
use Source::{Afp, Mayo, Mhra, Nhs, NiceCks};
use TriageLevel::{Emergency, Gp, Urgent};

id_enum! {
    /// How soon to get help. Declared least severe first, so `max()` is the most severe.
    TriageLevel {
        SelfCare = "self_care",
        Gp = "gp",
        Urgent = "urgent",
        Emergency = "emergency",
    }
}

impl TriageLevel {
    /// Results at these levels must show their instruction first, above any tip.
    pub fn is_urgent_or_emergency(self) -> bool {
        self >= TriageLevel::Urgent
    }
}

id_enum! {
    /// Rule ids as in the specification; `ALL` is the order of `RULES`.
    RuleId {
        E1 = "E1",
        E2 = "E2",
        E3 = "E3",
        E4 = "E4",
        E5 = "E5",
        E6 = "E6",
        E7 = "E7",
        U1 = "U1",
        U2 = "U2",
        U3 = "U3",
        U4 = "U4",
        U5 = "U5",
        U6 = "U6",
        U7 = "U7",
        U8 = "U8",
        U9 = "U9",
        G1 = "G1",
        G2 = "G2",
        G3 = "G3",
        G4 = "G4",
        G5 = "G5",
        G6 = "G6",
        G7 = "G7",
        G8 = "G8",
        G9 = "G9",
        G10 = "G10",
        G11 = "G11",
        G12 = "G12",
        G13 = "G13",
        A1 = "A1",
    }
}

id_enum! {
    /// The clinical sources the specification allows, by their short names.
    Source {
        Article = "ARTICLE",
        NiceCks = "NICE-CKS",
        Nhs = "NHS",
        Mayo = "MAYO",
        Afp = "AFP",
        Garrison2011 = "GARRISON-2011",
        Mhra = "MHRA",
        Cochrane2020 = "COCHRANE-2020",
    }
}

id_enum! {
    /// Sections of the patient article that rules, factors and tips cite.
    ArticleSection {
        LifestyleFactors = "lifestyle_factors_contributing_to_cramps",
        MedicalConditions = "medical_conditions_linked_to_leg_cramps",
        MedicationSideEffects = "potential_medication_side_effects",
        RiskFactors = "risk_factors",
        LifestyleModifications = "lifestyle_modifications",
        MedicationsAndSupplements = "medications_and_supplements",
        PhysicalTherapies = "physical_therapies_and_exercises",
        StretchingAndMassage = "stretching_and_massage_techniques",
        HydrationAndDiet = "hydration_and_dietary_tips",
        WhenToSeeADoctor = "when_to_see_a_doctor",
        SevereSymptoms = "recognising_severe_symptoms",
        PersistentCramps = "understanding_persistent_or_chronic_cramps",
    }
}

/// A source, narrowed to an article section where the article is cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    pub source: Source,
    pub section: Option<ArticleSection>,
}

impl Citation {
    pub const fn of(source: Source) -> Self {
        Citation {
            source,
            section: None,
        }
    }

    pub const fn article(section: ArticleSection) -> Self {
        Citation {
            source: Source::Article,
            section: Some(section),
        }
    }
}

/// Writes citations as the list of their source names, the shape the assessment JSON uses.
pub(crate) fn serialize_source_names<S: Serializer>(
    citations: &&'static [Citation],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut names = serializer.serialize_seq(Some(citations.len()))?;
    for citation in citations.iter() {
        names.serialize_element(&citation.source)?;
    }
    names.end()
}

/// One triage rule: when it fires, the result is at least `level`.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub id: RuleId,
    pub level: TriageLevel,
    /// `fires` in words, for `docs/clinical-rules.md`. Host builds only: the widget never
    /// shows it, so it costs the wasm nothing.
    #[cfg(not(target_arch = "wasm32"))]
    pub when: &'static str,
    pub fires: fn(&Answers) -> bool,
    pub sources: &'static [Citation],
}

impl Rule {
    pub fn get(id: RuleId) -> &'static Rule {
        &RULES[id as usize]
    }
}

fn any_of<T: PartialEq>(ticked: &[T], wanted: &[T]) -> bool {
    ticked.iter().any(|value| wanted.contains(value))
}

fn red_flag(answers: &Answers, wanted: &[RedFlag]) -> bool {
    any_of(&answers.red_flags, wanted)
}

fn symptom(answers: &Answers, wanted: &[Symptom]) -> bool {
    any_of(&answers.symptoms, wanted)
}

fn clot_risk(answers: &Answers, wanted: &[ClotRisk]) -> bool {
    any_of(&answers.clot_risks, wanted)
}

/// "Any clot risk": a listed one, or pregnancy, which the spec counts as one.
fn any_clot_risk(answers: &Answers) -> bool {
    !answers.clot_risks.is_empty() || answers.pregnant
}

/// How often, for the rules that must not reassure a person who cannot say: G2, G7 and G9
/// read an unknown frequency as once a week.
fn cautious_frequency(answers: &Answers) -> Frequency {
    answers.frequency.unwrap_or(Frequency::OnceAWeek)
}

/// Pain, or a leg in a cast, that may mean pressure building up inside the muscle (E3).
fn possible_compartment_syndrome(a: &Answers) -> bool {
    let in_cast = clot_risk(a, &[ClotRisk::LegInCastOrTightBandage]);
    (red_flag(a, &[RedFlag::SeverePersistentPain])
        && (red_flag(a, &[RedFlag::OneLegSwollen]) || in_cast))
        || (in_cast
            && symptom(
                a,
                &[Symptom::NumbnessOrTingling, Symptom::SkinDiscolouration],
            ))
}

/// Pain with at least two more of the "Ps" of a blocked artery (E4).
fn possible_limb_ischaemia(a: &Answers) -> bool {
    let pain =
        red_flag(a, &[RedFlag::SeverePersistentPain]) || symptom(a, &[Symptom::FootPainAtRest]);
    let signs = [
        Symptom::SkinDiscolouration,
        Symptom::NumbnessOrTingling,
        Symptom::Weakness,
    ];
    pain && signs
        .iter()
        .filter(|sign| a.symptoms.contains(sign))
        .count()
        >= 2
}

/// Medicines whose link with cramps is strong or moderate, which G9 reads. The factors show
/// the same grading to the user; a test keeps the two in step.
pub const LINKED_MEDICINES: &[Medicine] = &[
    Medicine::Diuretic,
    Medicine::AsthmaInhalerLaba,
    Medicine::Statin,
    Medicine::HormoneOrOsteoporosis,
    Medicine::Nsaid,
];

const SEVERE_SYMPTOMS: Citation = Citation::article(Section::SevereSymptoms);
const PERSISTENT_CRAMPS: Citation = Citation::article(Section::PersistentCramps);
const NHS: Citation = Citation::of(Nhs);
const MAYO: Citation = Citation::of(Mayo);
const NICE_CKS: Citation = Citation::of(NiceCks);
const AFP: Citation = Citation::of(Afp);

/// All rules, most severe first and in `RuleId` order, so `Rule::get` can index it.
pub static RULES: &[Rule] = &[
    Rule {
        id: RuleId::E1,
        level: Emergency,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`breathless_or_chest_pain` (possible clot in the lung)",
        fires: |a| red_flag(a, &[RedFlag::BreathlessOrChestPain]),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::E2,
        level: Emergency,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`sudden_cold_pale_or_numb_leg` (possible blocked artery)",
        fires: |a| red_flag(a, &[RedFlag::SuddenColdPaleOrNumbLeg]),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::E3,
        level: Emergency,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`severe_persistent_pain` with `one_leg_swollen` or `leg_in_cast_or_tight_bandage`; or `leg_in_cast_or_tight_bandage` with `numbness_or_tingling` or `skin_discolouration` (possible compartment syndrome, a too-tight cast)",
        fires: possible_compartment_syndrome,
        sources: &[NHS],
    },
    Rule {
        id: RuleId::E4,
        level: Emergency,
        #[cfg(not(target_arch = "wasm32"))]
        when: "pain (`severe_persistent_pain` or `foot_pain_at_rest`) with at least two of `skin_discolouration`, `numbness_or_tingling`, `weakness` (possible acute limb ischaemia)",
        fires: possible_limb_ischaemia,
        sources: &[NHS],
    },
    Rule {
        id: RuleId::E5,
        level: Emergency,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`spasms_after_wound`, or the v1 value `wound_or_toxin` (possible tetanus)",
        fires: |a| red_flag(a, &[RedFlag::SpasmsAfterWound]),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::E6,
        level: Emergency,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`dark_urine` (possible muscle breakdown, rhabdomyolysis)",
        fires: |a| red_flag(a, &[RedFlag::DarkUrine]),
        sources: &[MAYO],
    },
    Rule {
        id: RuleId::E7,
        level: Emergency,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`back_pain_with_saddle_or_bladder_change` (possible cauda equina syndrome)",
        fires: |a| red_flag(a, &[RedFlag::BackPainWithSaddleOrBladderChange]),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::U1,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`one_leg_swollen` or `leg_red_or_warm` (possible DVT)",
        fires: |a| red_flag(a, &[RedFlag::OneLegSwollen, RedFlag::LegRedOrWarm]),
        sources: &[SEVERE_SYMPTOMS, NHS],
    },
    Rule {
        id: RuleId::U2,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`severe_persistent_pain`",
        fires: |a| red_flag(a, &[RedFlag::SeverePersistentPain]),
        sources: &[SEVERE_SYMPTOMS, MAYO],
    },
    Rule {
        id: RuleId::U3,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`duration` is `over_10_min` (over 10 minutes, and stretching did not ease it)",
        fires: |a| a.duration == Some(Duration::Over10Min),
        sources: &[Citation::article(Section::WhenToSeeADoctor), NHS],
    },
    Rule {
        id: RuleId::U4,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`poison_exposure` (e.g. lead)",
        fires: |a| red_flag(a, &[RedFlag::PoisonExposure]),
        sources: &[MAYO],
    },
    Rule {
        id: RuleId::U5,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "new `numbness_or_tingling`, `skin_discolouration` or `weakness`; the text sends sudden or spreading weakness to the emergency number (possible stroke)",
        fires: |a| {
            symptom(
                a,
                &[
                    Symptom::NumbnessOrTingling,
                    Symptom::SkinDiscolouration,
                    Symptom::Weakness,
                ],
            )
        },
        sources: &[SEVERE_SYMPTOMS, MAYO],
    },
    Rule {
        id: RuleId::U6,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`foot_pain_at_rest` (severe circulation problem)",
        fires: |a| symptom(a, &[Symptom::FootPainAtRest]),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::U7,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`statin` with `weakness`, `soreness_lasting_days`, `difficulty_walking` or `medicine_started_recently` (possible statin muscle damage)",
        fires: |a| {
            a.medicines.contains(&Medicine::Statin)
                && (symptom(
                    a,
                    &[
                        Symptom::Weakness,
                        Symptom::SorenessLastingDays,
                        Symptom::DifficultyWalking,
                    ],
                ) || a.medicine_started_recently)
        },
        sources: &[NHS],
    },
    Rule {
        id: RuleId::U8,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "any clot risk (a `clot_risks` value, or `pregnant`) with `severe_persistent_pain`, `soreness_lasting_days` or `difficulty_walking` (possible DVT)",
        fires: |a| {
            any_clot_risk(a)
                && (red_flag(a, &[RedFlag::SeverePersistentPain])
                    || symptom(
                        a,
                        &[Symptom::SorenessLastingDays, Symptom::DifficultyWalking],
                    ))
        },
        sources: &[NHS],
    },
    Rule {
        id: RuleId::U9,
        level: Urgent,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`both_legs_swollen` with `pregnant` or `gave_birth_in_last_6_weeks` (possible pre-eclampsia)",
        fires: |a| {
            symptom(a, &[Symptom::BothLegsSwollen])
                && (a.pregnant || clot_risk(a, &[ClotRisk::GaveBirthInLast6Weeks]))
        },
        sources: &[NHS],
    },
    Rule {
        id: RuleId::G1,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`frequency` is `3_plus_per_week`",
        fires: |a| a.frequency == Some(Frequency::ThreePlusPerWeek),
        sources: &[PERSISTENT_CRAMPS, MAYO],
    },
    Rule {
        id: RuleId::G2,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`sleep_affected`, and `frequency` at least `once_a_week` or unknown",
        fires: |a| a.sleep_affected && cautious_frequency(a) >= Frequency::OnceAWeek,
        sources: &[NHS, MAYO],
    },
    Rule {
        id: RuleId::G3,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`soreness_lasting_days` or `difficulty_walking`",
        fires: |a| {
            symptom(
                a,
                &[Symptom::SorenessLastingDays, Symptom::DifficultyWalking],
            )
        },
        sources: &[SEVERE_SYMPTOMS],
    },
    Rule {
        id: RuleId::G4,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`pain_walking_eases_with_rest` (claudication)",
        fires: |a| symptom(a, &[Symptom::PainWalkingEasesWithRest]),
        sources: &[AFP, NHS],
    },
    Rule {
        id: RuleId::G5,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`urge_to_move_legs` (restless legs, not cramp)",
        fires: |a| symptom(a, &[Symptom::UrgeToMoveLegs]),
        sources: &[NICE_CKS, AFP],
    },
    Rule {
        id: RuleId::G6,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`medicine_started_recently` and any medicine ticked",
        fires: |a| a.medicine_started_recently && !a.medicines.is_empty(),
        sources: &[Citation::article(Section::MedicationSideEffects), NICE_CKS],
    },
    Rule {
        id: RuleId::G7,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "any condition, and `frequency` at least `once_a_week` or unknown",
        fires: |a| !a.conditions.is_empty() && cautious_frequency(a) >= Frequency::OnceAWeek,
        sources: &[Citation::article(Section::MedicalConditions), NICE_CKS],
    },
    Rule {
        id: RuleId::G8,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`self_care_tried` and `frequency` at least `twice_a_week`",
        fires: |a| a.self_care_tried && a.frequency >= Some(Frequency::TwiceAWeek),
        sources: &[PERSISTENT_CRAMPS],
    },
    Rule {
        id: RuleId::G9,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`diuretic`, `asthma_inhaler_laba`, `statin`, `hormone_or_osteoporosis` or `nsaid` with `frequency` at least `once_a_week` or unknown; or `calcium_channel_blocker` with `frequency` at least `twice_a_week` (a medicine review)",
        fires: |a| {
            let often = cautious_frequency(a);
            (any_of(&a.medicines, LINKED_MEDICINES) && often >= Frequency::OnceAWeek)
                || (a.medicines.contains(&Medicine::CalciumChannelBlocker)
                    && often >= Frequency::TwiceAWeek)
        },
        sources: &[NICE_CKS, Citation::of(Source::Garrison2011)],
    },
    Rule {
        id: RuleId::G10,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`peripheral_artery_disease`, at any frequency",
        fires: |a| a.conditions.contains(&Condition::PeripheralArteryDisease),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::G11,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`muscle_wasting_or_twitching`",
        fires: |a| symptom(a, &[Symptom::MuscleWastingOrTwitching]),
        sources: &[NICE_CKS],
    },
    Rule {
        id: RuleId::G12,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`both_legs_swollen`",
        fires: |a| symptom(a, &[Symptom::BothLegsSwollen]),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::G13,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`duration` is `over_10_min_eased`",
        fires: |a| a.duration == Some(Duration::Over10MinEased),
        sources: &[NHS],
    },
    Rule {
        id: RuleId::A1,
        level: Gp,
        #[cfg(not(target_arch = "wasm32"))]
        when: "`age_band` is `under_16` (the checker is built for adults)",
        fires: |a| a.age_band == Some(AgeBand::Under16),
        sources: &[NHS],
    },
];

/// Where the one permitted mention of quinine gets its authority.
pub const QUININE_GUARDRAIL_SOURCES: &[Citation] = &[
    Citation::of(Mhra),
    Citation::article(Section::MedicationsAndSupplements),
];

assert_indexed_by_id!(RULES, RuleId);
