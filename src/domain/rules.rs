//! The triage rules: levels, rule ids, sources and the one table (`RULES`) that decides
//! when each rule fires. Wording lives in `content`; this module only holds the logic.
use serde::ser::{SerializeSeq, Serializer};

use super::answers::{
    assert_indexed_by_id, id_enum, AgeBand, Answers, Duration, Frequency, RedFlag, Symptom,
};
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
        U1 = "U1",
        U2 = "U2",
        U3 = "U3",
        U4 = "U4",
        U5 = "U5",
        U6 = "U6",
        G1 = "G1",
        G2 = "G2",
        G3 = "G3",
        G4 = "G4",
        G5 = "G5",
        G6 = "G6",
        G7 = "G7",
        G8 = "G8",
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

/// All rules, most severe first and in `RuleId` order, so `Rule::get` can index it.
pub static RULES: &[Rule] = &[
    Rule {
        id: RuleId::E1,
        level: Emergency,
        fires: |a| red_flag(a, &[RedFlag::BreathlessOrChestPain]),
        sources: &[Citation::of(Nhs)],
    },
    Rule {
        id: RuleId::E2,
        level: Emergency,
        fires: |a| red_flag(a, &[RedFlag::SuddenColdPaleOrNumbLeg]),
        sources: &[Citation::of(Nhs)],
    },
    Rule {
        id: RuleId::U1,
        level: Urgent,
        fires: |a| red_flag(a, &[RedFlag::OneLegSwollen, RedFlag::LegRedOrWarm]),
        sources: &[
            Citation::article(Section::SevereSymptoms),
            Citation::of(Nhs),
        ],
    },
    Rule {
        id: RuleId::U2,
        level: Urgent,
        fires: |a| red_flag(a, &[RedFlag::SeverePersistentPain]),
        sources: &[
            Citation::article(Section::SevereSymptoms),
            Citation::of(Mayo),
        ],
    },
    Rule {
        id: RuleId::U3,
        level: Urgent,
        fires: |a| a.duration == Some(Duration::Over10Min),
        sources: &[Citation::of(Nhs)],
    },
    Rule {
        id: RuleId::U4,
        level: Urgent,
        fires: |a| red_flag(a, &[RedFlag::WoundOrToxin]),
        sources: &[Citation::of(Nhs), Citation::of(Mayo)],
    },
    Rule {
        id: RuleId::U5,
        level: Urgent,
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
        sources: &[
            Citation::article(Section::SevereSymptoms),
            Citation::of(Nhs),
            Citation::of(Mayo),
        ],
    },
    Rule {
        id: RuleId::U6,
        level: Urgent,
        fires: |a| symptom(a, &[Symptom::FootPainAtRest]),
        sources: &[Citation::of(Nhs)],
    },
    Rule {
        id: RuleId::G1,
        level: Gp,
        fires: |a| a.frequency == Some(Frequency::ThreePlusPerWeek),
        sources: &[Citation::of(NiceCks)],
    },
    Rule {
        id: RuleId::G2,
        level: Gp,
        fires: |a| a.sleep_affected,
        sources: &[Citation::of(Nhs)],
    },
    Rule {
        id: RuleId::G3,
        level: Gp,
        fires: |a| {
            symptom(
                a,
                &[Symptom::SorenessLastingDays, Symptom::DifficultyWalking],
            )
        },
        sources: &[Citation::article(Section::SevereSymptoms)],
    },
    Rule {
        id: RuleId::G4,
        level: Gp,
        fires: |a| symptom(a, &[Symptom::PainWalkingEasesWithRest]),
        sources: &[Citation::of(Afp), Citation::of(Nhs)],
    },
    Rule {
        id: RuleId::G5,
        level: Gp,
        fires: |a| symptom(a, &[Symptom::UrgeToMoveLegs]),
        sources: &[Citation::of(NiceCks), Citation::of(Afp)],
    },
    Rule {
        id: RuleId::G6,
        level: Gp,
        fires: |a| a.medicine_started_recently && !a.medicines.is_empty(),
        sources: &[
            Citation::article(Section::MedicationSideEffects),
            Citation::of(NiceCks),
        ],
    },
    Rule {
        id: RuleId::G7,
        level: Gp,
        fires: |a| !a.conditions.is_empty() && a.frequency >= Some(Frequency::OnceAWeek),
        sources: &[
            Citation::article(Section::MedicalConditions),
            Citation::of(NiceCks),
        ],
    },
    Rule {
        id: RuleId::G8,
        level: Gp,
        fires: |a| a.self_care_tried && a.frequency >= Some(Frequency::TwiceAWeek),
        sources: &[Citation::article(Section::PersistentCramps)],
    },
    Rule {
        id: RuleId::A1,
        level: Gp,
        fires: |a| a.age_band == Some(AgeBand::Under16),
        sources: &[Citation::of(Nhs)],
    },
];

/// Where the one permitted mention of quinine gets its authority.
pub const QUININE_GUARDRAIL_SOURCES: &[Citation] = &[
    Citation::of(Mhra),
    Citation::article(Section::MedicationsAndSupplements),
];

assert_indexed_by_id!(RULES, RuleId);
