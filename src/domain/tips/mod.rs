//! Self-care tips: their ids, sources, the factors and rules each one answers, the order they
//! are shown in (default order for the carousel, personal order for results), and their
//! safety: which tips need a caution for this person, and what an urgent or emergency result
//! says to do while waiting instead of showing tips.
pub mod carousel;

use serde::Serialize;

use crate::domain::checker::answers::{Answers, Condition, Lifestyle, Symptom};
use crate::domain::checker::factors::{Factor, FactorId, FactorKind};
use crate::domain::checker::rules::{
    ArticleSection as Section, Citation, RuleId, Source, TriageLevel,
};
use crate::domain::id_enum::{assert_indexed_by_id, id_enum};
use crate::domain::small_collections::sort_small_by;

id_enum! {
    /// Tip ids; `ALL` is the default order, the one the carousel shows before any check.
    TipId {
        CalfStretch = "calf_stretch",
        WarmBathBeforeBed = "warm_bath_before_bed",
        HamstringStretch = "hamstring_stretch",
        DrinkWater = "drink_water",
        MineralRichFoods = "mineral_rich_foods",
        SupportiveFootwear = "supportive_footwear",
        BreakUpSittingStanding = "break_up_sitting_standing",
        LegsRaisedInBed = "legs_raised_in_bed",
        LooseBedcovers = "loose_bedcovers",
        Massage = "massage",
        WarmOrColdCompress = "warm_or_cold_compress",
        DuringACramp = "during_a_cramp",
        GentleStrengthening = "gentle_strengthening",
        AskBeforeSupplements = "ask_before_supplements",
        ReviewMedicines = "review_medicines",
    }
}

/// Something in an assessment that a tip answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Concern {
    Rule(RuleId),
    Factor(FactorId),
    /// Any medicine factor, whatever the class.
    AnyMedicine,
}

impl Concern {
    pub fn is_raised(self, factors: &[Factor], fired: &[RuleId]) -> bool {
        match self {
            Concern::Rule(rule) => fired.contains(&rule),
            Concern::Factor(id) => factors.iter().any(|factor| factor.id == id),
            Concern::AnyMedicine => factors
                .iter()
                .any(|factor| factor.kind == FactorKind::Medicine),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tip {
    pub id: TipId,
    pub sources: &'static [Citation],
    pub addresses: &'static [Concern],
}

impl Tip {
    pub fn get(id: TipId) -> &'static Tip {
        &TIPS[id as usize]
    }
}

/// The carousel's order before any assessment.
pub const DEFAULT_ORDER: &[TipId] = TipId::ALL;

const fn habit(value: Lifestyle) -> Concern {
    Concern::Factor(FactorId::Lifestyle(value))
}

const SEDENTARY: Concern = habit(Lifestyle::Sedentary);
const AGE_50_PLUS: Concern = Concern::Factor(FactorId::Age50Plus);
const PREGNANCY: Concern = Concern::Factor(FactorId::Pregnancy);
/// Frequent cramps and broken sleep are answered by the bedtime and during-a-cramp tips.
const FREQUENT: Concern = Concern::Rule(RuleId::G1);
const SLEEP: Concern = Concern::Rule(RuleId::G2);

/// All tips, in `TipId` order so `Tip::get` can index it.
pub static TIPS: &[Tip] = &[
    Tip {
        id: TipId::CalfStretch,
        sources: &[Citation::article(Section::StretchingAndMassage)],
        addresses: &[
            habit(Lifestyle::NoStretching),
            AGE_50_PLUS,
            PREGNANCY,
            SEDENTARY,
            FREQUENT,
        ],
    },
    Tip {
        id: TipId::WarmBathBeforeBed,
        sources: &[Citation::of(Source::Nhs)],
        addresses: &[SLEEP],
    },
    Tip {
        id: TipId::HamstringStretch,
        sources: &[Citation::article(Section::PhysicalTherapies)],
        addresses: &[
            habit(Lifestyle::NoStretching),
            habit(Lifestyle::IntenseExercise),
        ],
    },
    Tip {
        id: TipId::DrinkWater,
        sources: &[Citation::article(Section::HydrationAndDiet)],
        addresses: &[
            habit(Lifestyle::LowFluids),
            habit(Lifestyle::IntenseExercise),
            habit(Lifestyle::Alcohol),
        ],
    },
    Tip {
        id: TipId::MineralRichFoods,
        sources: &[Citation::article(Section::HydrationAndDiet)],
        addresses: &[habit(Lifestyle::LowMineralDiet)],
    },
    Tip {
        id: TipId::SupportiveFootwear,
        sources: &[Citation::article(Section::LifestyleModifications)],
        addresses: &[
            habit(Lifestyle::UnsupportiveFootwear),
            habit(Lifestyle::LongStanding),
        ],
    },
    Tip {
        id: TipId::BreakUpSittingStanding,
        sources: &[Citation::article(Section::LifestyleModifications)],
        addresses: &[
            habit(Lifestyle::LongSitting),
            habit(Lifestyle::LongStanding),
            SEDENTARY,
        ],
    },
    Tip {
        id: TipId::LegsRaisedInBed,
        sources: &[Citation::article(Section::LifestyleModifications)],
        addresses: &[FREQUENT, SLEEP],
    },
    Tip {
        id: TipId::LooseBedcovers,
        sources: &[Citation::of(Source::Mayo)],
        addresses: &[FREQUENT, SLEEP],
    },
    Tip {
        id: TipId::Massage,
        sources: &[Citation::article(Section::StretchingAndMassage)],
        addresses: &[
            habit(Lifestyle::IntenseExercise),
            habit(Lifestyle::LongStanding),
        ],
    },
    Tip {
        id: TipId::WarmOrColdCompress,
        sources: &[Citation::article(Section::PhysicalTherapies)],
        addresses: &[habit(Lifestyle::IntenseExercise), SLEEP],
    },
    Tip {
        id: TipId::DuringACramp,
        sources: &[Citation::of(Source::Nhs)],
        addresses: &[FREQUENT, SLEEP, Concern::Rule(RuleId::G8)],
    },
    Tip {
        id: TipId::GentleStrengthening,
        sources: &[Citation::article(Section::PhysicalTherapies)],
        addresses: &[SEDENTARY, AGE_50_PLUS],
    },
    Tip {
        id: TipId::AskBeforeSupplements,
        sources: &[
            Citation::article(Section::MedicationsAndSupplements),
            Citation::of(Source::Cochrane2020),
        ],
        addresses: &[
            habit(Lifestyle::LowMineralDiet),
            PREGNANCY,
            Concern::Rule(RuleId::G8),
        ],
    },
    Tip {
        id: TipId::ReviewMedicines,
        sources: &[
            Citation::article(Section::MedicationSideEffects),
            Citation::of(Source::NiceCks),
        ],
        addresses: &[
            Concern::AnyMedicine,
            Concern::Rule(RuleId::G6),
            Concern::Rule(RuleId::G9),
        ],
    },
];

assert_indexed_by_id!(TIPS, TipId);

/// The personal order: tips answering more of the user's concerns first, ties and the tips
/// that answer nothing in the default order. Tips that a caution leaves out are not in it.
pub fn order_tips(factors: &[Factor], fired: &[RuleId], cautions: &[TipCautionNote]) -> Vec<TipId> {
    let mut matches = [0u8; TipId::ALL.len()];
    for (count, tip) in matches.iter_mut().zip(TIPS) {
        let raised = tip
            .addresses
            .iter()
            .filter(|concern| concern.is_raised(factors, fired));
        *count = u8::try_from(raised.count()).unwrap_or(u8::MAX);
    }
    let mut order: Vec<TipId> = DEFAULT_ORDER
        .iter()
        .copied()
        .filter(|tip| !is_left_out(*tip, cautions))
        .collect();
    // Stable sort keeps the default order among tips with the same number of matches.
    sort_small_by(&mut order, |a, b| {
        matches[*b as usize].cmp(&matches[*a as usize])
    });
    order
}

id_enum! {
    /// Why a tip needs care for this person.
    TipCaution {
        /// Raising the legs can make poor blood flow to the legs worse (NHS, PAD).
        PoorBloodFlow = "poor_blood_flow",
        /// Numb skin does not feel heat, so it burns easily.
        NumbSkin = "numb_skin",
    }
}

impl TipCaution {
    /// A caution that makes the tip wrong to recommend, not just one to read with care.
    pub const fn leaves_tip_out(self) -> bool {
        matches!(self, TipCaution::PoorBloodFlow)
    }
}

/// One tip with the caution it carries for this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TipCautionNote {
    pub tip: TipId,
    pub caution: TipCaution,
}

/// Which tips need a caution, from the answers themselves: a symptom such as numbness is not
/// a factor, but still makes heat unsafe.
pub fn tip_cautions(answers: &Answers) -> Vec<TipCautionNote> {
    let poor_blood_flow = answers
        .conditions
        .contains(&Condition::PeripheralArteryDisease)
        || answers.symptoms.iter().any(|symptom| {
            matches!(
                symptom,
                Symptom::PainWalkingEasesWithRest | Symptom::FootPainAtRest
            )
        });
    let numb_skin = answers
        .conditions
        .iter()
        .any(|condition| matches!(condition, Condition::Diabetes | Condition::NerveDisorder))
        || answers.symptoms.contains(&Symptom::NumbnessOrTingling);
    let cautioned: [(bool, &[TipId], TipCaution); 2] = [
        (
            poor_blood_flow,
            &[TipId::LegsRaisedInBed],
            TipCaution::PoorBloodFlow,
        ),
        (
            numb_skin,
            &[TipId::WarmBathBeforeBed, TipId::WarmOrColdCompress],
            TipCaution::NumbSkin,
        ),
    ];
    cautioned
        .into_iter()
        .filter(|(given, _, _)| *given)
        .flat_map(|(_, tips, caution)| tips.iter().map(move |&tip| TipCautionNote { tip, caution }))
        .collect()
}

/// The caution `tip` carries, if any.
pub fn caution_for(tip: TipId, cautions: &[TipCautionNote]) -> Option<TipCaution> {
    cautions
        .iter()
        .find(|note| note.tip == tip)
        .map(|note| note.caution)
}

fn is_left_out(tip: TipId, cautions: &[TipCautionNote]) -> bool {
    caution_for(tip, cautions).is_some_and(TipCaution::leaves_tip_out)
}

id_enum! {
    /// What an urgent or emergency result says to do until help is reached.
    WaitingAdvice {
        /// Rest, and call the emergency number if things get worse.
        RestAndWatch = "rest_and_watch",
        /// A possible clot: rubbing could move it.
        DoNotRub = "do_not_rub",
        /// A possible blocked artery or pressure in the muscle: rubbing and heat can harm a
        /// leg that is short of blood.
        DoNotRubOrHeat = "do_not_rub_or_heat",
    }
}

/// The advice for waiting, in the order shown. A possible clot (U1, U8) and a possible blocked
/// artery or pressure in the muscle (E2, E3, E4) each bring their own advice, even when both
/// fire: each says why, and a clot's "do not massage" is not in the other.
pub fn waiting_advice(level: TriageLevel, fired: &[RuleId]) -> Vec<WaitingAdvice> {
    if !level.is_urgent_or_emergency() {
        return Vec::new();
    }
    let any_fired = |rules: &[RuleId]| rules.iter().any(|rule| fired.contains(rule));
    let mut advice = vec![WaitingAdvice::RestAndWatch];
    if any_fired(&[RuleId::E2, RuleId::E3, RuleId::E4]) {
        advice.push(WaitingAdvice::DoNotRubOrHeat);
    }
    if any_fired(&[RuleId::U1, RuleId::U8]) {
        advice.push(WaitingAdvice::DoNotRub);
    }
    advice
}
