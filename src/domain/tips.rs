//! Self-care tips: their ids, sources, the factors and rules each one answers, and the
//! order they are shown in (default order for the carousel, personal order for results).

use super::answers::{assert_indexed_by_id, id_enum, Lifestyle};
use super::assessment::{Factor, FactorId, FactorKind};
use super::rules::{ArticleSection as Section, Citation, RuleId, Source};
use super::small_collections::sort_small_by;

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
        sources: &[Citation::article(Section::MedicationsAndSupplements)],
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
        addresses: &[Concern::AnyMedicine, Concern::Rule(RuleId::G6)],
    },
];

assert_indexed_by_id!(TIPS, TipId);

/// Every tip once: those answering more of the user's concerns first, ties and the
/// tips that answer nothing in the default order.
pub fn order_tips(factors: &[Factor], fired: &[RuleId]) -> Vec<TipId> {
    let mut matches = [0u8; TipId::ALL.len()];
    for (count, tip) in matches.iter_mut().zip(TIPS) {
        let raised = tip
            .addresses
            .iter()
            .filter(|concern| concern.is_raised(factors, fired));
        *count = u8::try_from(raised.count()).unwrap_or(u8::MAX);
    }
    let mut order = DEFAULT_ORDER.to_vec();
    // Stable sort keeps the default order among tips with the same number of matches.
    sort_small_by(&mut order, |a, b| {
        matches[*b as usize].cmp(&matches[*a as usize])
    });
    order
}
