//! Turns answers into an assessment: the triage level, the fired rules as reasons, the
//! contributing factors with their evidence, and every tip in the order that suits the user.
//! Factors explain; they never change the level.

use serde::{Serialize, Serializer};

use super::answers::{id_enum, AgeBand, Answers, Condition, Lifestyle, Medicine};
use super::rules::{serialize_source_names, ArticleSection as Section, Citation, RuleId};
use super::rules::{Source, TriageLevel, RULES};
use super::small_collections::sort_small_by;
use super::tips::{order_tips, TipId};

id_enum! {
    /// The groups factors are shown in.
    FactorKind {
        Risk = "risk",
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

/// Something in the answers that can make cramps more likely. Not being active is a risk
/// factor in the article, so `Lifestyle(Sedentary)` is shown as a risk, not a habit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactorId {
    Age50Plus,
    Pregnancy,
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
            FactorId::Lifestyle(Lifestyle::Sedentary),
        ]
        .into_iter()
        .chain(habits().map(FactorId::Lifestyle))
        .chain(Condition::ALL.iter().copied().map(FactorId::Condition))
        .chain(Medicine::ALL.iter().copied().map(FactorId::Medicine))
    }

    /// The stable id, unique across all kinds.
    pub const fn as_str(self) -> &'static str {
        match self {
            FactorId::Age50Plus => "age_50_plus",
            FactorId::Pregnancy => "pregnancy",
            FactorId::Lifestyle(value) => value.as_str(),
            FactorId::Condition(value) => value.as_str(),
            FactorId::Medicine(value) => value.as_str(),
        }
    }

    pub const fn kind(self) -> FactorKind {
        match self {
            FactorId::Age50Plus
            | FactorId::Pregnancy
            | FactorId::Lifestyle(Lifestyle::Sedentary) => FactorKind::Risk,
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
                Medicine::Diuretic | Medicine::AsthmaInhalerLaba => Some(EvidenceStrength::Strong),
                Medicine::Statin | Medicine::CalciumChannelBlocker => {
                    Some(EvidenceStrength::Moderate)
                }
                Medicine::HormoneOrOsteoporosis => Some(EvidenceStrength::Reported),
                Medicine::BetaBlocker | Medicine::Antidepressant => Some(EvidenceStrength::Weak),
                Medicine::Other => None,
            },
            _ => None,
        }
    }

    pub const fn sources(self) -> &'static [Citation] {
        match self {
            FactorId::Age50Plus
            | FactorId::Pregnancy
            | FactorId::Lifestyle(Lifestyle::Sedentary) => {
                const { &[Citation::article(Section::RiskFactors)] }
            }
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
    match medicine {
        Medicine::Diuretic | Medicine::AsthmaInhalerLaba => &[GARRISON, NICE],
        Medicine::Statin | Medicine::CalciumChannelBlocker => &[GARRISON, NICE, SIDE_EFFECTS],
        Medicine::HormoneOrOsteoporosis => &[AFP],
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

/// A fired rule as the assessment reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub rule: RuleId,
    pub level: TriageLevel,
    #[serde(serialize_with = "serialize_source_names")]
    pub sources: &'static [Citation],
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub level: TriageLevel,
    /// Fired rules, most severe first, in table order within a level.
    pub reasons: Vec<Reason>,
    pub factors: Vec<Factor>,
    /// Every tip; those that answer the user's factors and reasons come first.
    pub tips: Vec<TipId>,
}

pub fn assess(answers: &Answers) -> Assessment {
    let mut reasons: Vec<Reason> = RULES
        .iter()
        .filter(|rule| (rule.fires)(answers))
        .map(|rule| Reason {
            rule: rule.id,
            level: rule.level,
            sources: rule.sources,
        })
        .collect();
    sort_small_by(&mut reasons, |a, b| b.level.cmp(&a.level));
    let level = reasons
        .first()
        .map_or(TriageLevel::SelfCare, |reason| reason.level);

    let factors = contributing_factors(answers);
    let fired: Vec<RuleId> = reasons.iter().map(|reason| reason.rule).collect();
    let tips = order_tips(&factors, &fired);
    Assessment {
        level,
        reasons,
        factors,
        tips,
    }
}

/// Walks the value lists in spec order rather than the user's lists, so each factor shows
/// once and in a stable place however the answers were ticked.
fn contributing_factors(answers: &Answers) -> Vec<Factor> {
    let present = |id: &FactorId| match *id {
        FactorId::Age50Plus => answers.age_band >= Some(AgeBand::From50To64),
        FactorId::Pregnancy => answers.pregnant,
        FactorId::Lifestyle(value) => answers.lifestyle.contains(&value),
        FactorId::Condition(value) => answers.conditions.contains(&value),
        FactorId::Medicine(value) => answers.medicines.contains(&value),
    };
    FactorId::all().filter(present).map(Factor::from).collect()
}
