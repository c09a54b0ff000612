//! Contributing factors: what in the answers can make cramps, or a clot, more likely, with the
//! strength of evidence for each medicine and its sources. Factors explain; only the rule
//! table sets the level. The tips read them to choose their order, so they sit below both
//! the assessment and the tips.
use serde::{Serialize, Serializer};

use crate::domain::checker::answers::{AgeBand, Answers, ClotRisk, Condition, Lifestyle, Medicine};
use crate::domain::checker::rules::{
    serialize_source_names, ArticleSection as Section, Citation, Source,
};
use crate::domain::id_enum::id_enum;

id_enum! {
    /// The groups factors are shown in.
    FactorKind {
        Risk = "risk",
        ClotRisk = "clot_risk",
        Lifestyle = "lifestyle",
        Condition = "condition",
        Medicine = "medicine",
    }
}

id_enum! {
    /// How firmly studies link a medicine class with cramps; shown to the user.
    EvidenceStrength {
        Strong = "strong",
        Moderate = "moderate",
        Reported = "reported",
        Weak = "weak",
    }
}

/// Something in the answers that can make cramps, or a clot, more likely. Not being active
/// and a recent birth are risk factors in the article, so `Lifestyle(Sedentary)` and
/// `ClotRisk(GaveBirthInLast6Weeks)` are shown as risks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactorId {
    Age50Plus,
    Pregnancy,
    ClotRisk(ClotRisk),
    Lifestyle(Lifestyle),
    Condition(Condition),
    Medicine(Medicine),
}

impl FactorId {
    /// Every factor, in the order an assessment lists them.
    pub fn all() -> impl Iterator<Item = FactorId> {
        [
            FactorId::Age50Plus,
            FactorId::Pregnancy,
            FactorId::ClotRisk(ClotRisk::GaveBirthInLast6Weeks),
            FactorId::Lifestyle(Lifestyle::Sedentary),
        ]
        .into_iter()
        .chain(
            ClotRisk::ALL
                .iter()
                .copied()
                .filter(|risk| *risk != ClotRisk::GaveBirthInLast6Weeks)
                .map(FactorId::ClotRisk),
        )
        .chain(habits().map(FactorId::Lifestyle))
        .chain(Condition::ALL.iter().copied().map(FactorId::Condition))
        .chain(Medicine::ALL.iter().copied().map(FactorId::Medicine))
    }

    /// The stable id, unique across all kinds.
    pub const fn as_str(self) -> &'static str {
        match self {
            FactorId::Age50Plus => "age_50_plus",
            FactorId::Pregnancy => "pregnancy",
            FactorId::ClotRisk(value) => value.as_str(),
            FactorId::Lifestyle(value) => value.as_str(),
            FactorId::Condition(value) => value.as_str(),
            FactorId::Medicine(value) => value.as_str(),
        }
    }

    pub const fn kind(self) -> FactorKind {
        match self {
            FactorId::Age50Plus
            | FactorId::Pregnancy
            | FactorId::ClotRisk(ClotRisk::GaveBirthInLast6Weeks)
            | FactorId::Lifestyle(Lifestyle::Sedentary) => FactorKind::Risk,
            FactorId::ClotRisk(_) => FactorKind::ClotRisk,
            FactorId::Lifestyle(_) => FactorKind::Lifestyle,
            FactorId::Condition(_) => FactorKind::Condition,
            FactorId::Medicine(_) => FactorKind::Medicine,
        }
    }

    /// Only medicines carry a strength. `Other` has none: no study grades "any other
    /// medicine", but it is still listed so the user sees the medicine caution.
    pub const fn evidence(self) -> Option<EvidenceStrength> {
        match self {
            FactorId::Medicine(medicine) => match medicine {
                Medicine::AsthmaInhalerLaba => Some(EvidenceStrength::Strong),
                Medicine::Diuretic
                | Medicine::Statin
                | Medicine::HormoneOrOsteoporosis
                | Medicine::Nsaid => Some(EvidenceStrength::Moderate),
                Medicine::CalciumChannelBlocker => Some(EvidenceStrength::Reported),
                Medicine::BetaBlocker | Medicine::Antidepressant => Some(EvidenceStrength::Weak),
                Medicine::Other => None,
            },
            _ => None,
        }
    }

    pub const fn sources(self) -> &'static [Citation] {
        const RISK_FACTORS: Citation = Citation::article(Section::RiskFactors);
        const NHS: Citation = Citation::of(Source::Nhs);
        match self {
            FactorId::Age50Plus
            | FactorId::Pregnancy
            | FactorId::Lifestyle(Lifestyle::Sedentary) => const { &[RISK_FACTORS] },
            FactorId::ClotRisk(ClotRisk::GaveBirthInLast6Weeks) => const { &[RISK_FACTORS, NHS] },
            FactorId::ClotRisk(_) => const { &[NHS] },
            FactorId::Lifestyle(Lifestyle::Alcohol) => const { &[Citation::of(Source::Afp)] },
            FactorId::Lifestyle(_) => const { &[Citation::article(Section::LifestyleFactors)] },
            // The article does not name liver disease; NICE CKS does.
            FactorId::Condition(Condition::LiverDisease) => {
                const { &[Citation::of(Source::NiceCks)] }
            }
            FactorId::Condition(_) => {
                const {
                    &[
                        Citation::article(Section::MedicalConditions),
                        Citation::of(Source::NiceCks),
                    ]
                }
            }
            FactorId::Medicine(medicine) => medicine_sources(medicine),
        }
    }
}

const fn medicine_sources(medicine: Medicine) -> &'static [Citation] {
    const SIDE_EFFECTS: Citation = Citation::article(Section::MedicationSideEffects);
    const GARRISON: Citation = Citation::of(Source::Garrison2011);
    const NICE: Citation = Citation::of(Source::NiceCks);
    const AFP: Citation = Citation::of(Source::Afp);
    const NHS: Citation = Citation::of(Source::Nhs);
    match medicine {
        Medicine::AsthmaInhalerLaba => &[GARRISON],
        Medicine::Diuretic => &[GARRISON, NICE],
        Medicine::Statin => &[GARRISON, NHS],
        Medicine::HormoneOrOsteoporosis | Medicine::Nsaid => &[AFP],
        Medicine::CalciumChannelBlocker => &[NICE],
        Medicine::BetaBlocker | Medicine::Antidepressant => &[SIDE_EFFECTS, AFP],
        Medicine::Other => &[SIDE_EFFECTS],
    }
}

impl Serialize for FactorId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Lifestyle values shown as habits; `Sedentary` is left out because it is a risk factor.
fn habits() -> impl Iterator<Item = Lifestyle> {
    Lifestyle::ALL
        .iter()
        .copied()
        .filter(|value| *value != Lifestyle::Sedentary)
}

/// A contributing factor as the assessment reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Factor {
    pub kind: FactorKind,
    pub id: FactorId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceStrength>,
    #[serde(serialize_with = "serialize_source_names")]
    pub sources: &'static [Citation],
}

impl From<FactorId> for Factor {
    fn from(id: FactorId) -> Self {
        Factor {
            kind: id.kind(),
            id,
            evidence: id.evidence(),
            sources: id.sources(),
        }
    }
}

/// Walks the value lists in spec order rather than the user's lists, so each factor shows
/// once and in a stable place however the answers were ticked.
pub fn contributing_factors(answers: &Answers) -> Vec<Factor> {
    let present = |id: &FactorId| match *id {
        FactorId::Age50Plus => answers.age_band >= Some(AgeBand::From50To64),
        FactorId::Pregnancy => answers.pregnant,
        FactorId::ClotRisk(value) => answers.clot_risks.contains(&value),
        FactorId::Lifestyle(value) => answers.lifestyle.contains(&value),
        FactorId::Condition(value) => answers.conditions.contains(&value),
        FactorId::Medicine(value) => answers.medicines.contains(&value),
    };
    FactorId::all().filter(present).map(Factor::from).collect()
}
