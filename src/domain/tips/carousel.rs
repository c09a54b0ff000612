//! The tips carousel without the browser: which tips it shows and in what order, which of
//! them match the user's last check, and the carousel's state (the slide in view and whether
//! the slide show runs) with the one reducer that changes it.
//!
//! The slide show follows the WAI-ARIA carousel pattern: it is off until the user starts it,
//! it never runs when the device asks for reduced motion, and it stops for good when the
//! pointer or keyboard focus reaches the carousel. Only the user's own "start" brings it back.
use crate::domain::checker::assessment::Assessment;
use crate::domain::checker::check_record::CheckRecord;
use crate::domain::checker::rules::{RuleId, TriageLevel};
use crate::domain::date::CalendarDate;
use crate::domain::reducer::Reducer;
use crate::domain::tips::{
    caution_for, Concern, Tip, TipCaution, TipCautionNote, TipId, DEFAULT_ORDER,
};

/// What the tips panel shows around its tips, worked out from the last finished check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TipsOverview {
    /// Every tip once, in the order the carousel shows them.
    pub order: Vec<TipId>,
    /// Tips that answer something the last check found.
    pub matching: Vec<TipId>,
    /// Tips that need care for the person who took the last check.
    pub cautions: Vec<TipCautionNote>,
    /// The day of the last check, if there was one.
    pub checked_on: Option<CalendarDate>,
    /// The last check listed a medicine, so the medicine caution belongs next to the tips.
    pub medicines_raised: bool,
    /// The last check's level when it said to get help today or right now: tips never
    /// replace that advice, so the panel repeats it.
    pub help_needed: Option<TriageLevel>,
}

impl TipsOverview {
    pub fn new(last_check: Option<&CheckRecord>) -> TipsOverview {
        match last_check {
            None => TipsOverview {
                order: DEFAULT_ORDER.to_vec(),
                matching: Vec::new(),
                cautions: Vec::new(),
                checked_on: None,
                medicines_raised: false,
                help_needed: None,
            },
            Some(record) => TipsOverview::after_check(&record.assessment(), record.checked_on),
        }
    }

    /// After a check that asked for help today or now, the tips keep their default order and
    /// match nothing: ordering them by that check would present them as an answer to it.
    /// Otherwise the personal order comes first, then any tip a caution left out of it, which
    /// the carousel still shows, with its caution.
    fn after_check(assessment: &Assessment, checked_on: CalendarDate) -> TipsOverview {
        let fired: Vec<RuleId> = assessment.reasons.iter().map(|r| r.rule).collect();
        let raised = |concern: &Concern| concern.is_raised(&assessment.factors, &fired);
        let help_needed = Some(assessment.level).filter(|level| level.is_urgent_or_emergency());
        let order: Vec<TipId> = if help_needed.is_some() {
            DEFAULT_ORDER.to_vec()
        } else {
            let left_out = DEFAULT_ORDER
                .iter()
                .filter(|tip| !assessment.tips.contains(tip));
            assessment.tips.iter().chain(left_out).copied().collect()
        };
        let matching: Vec<TipId> = assessment
            .tips
            .iter()
            .copied()
            .filter(|tip| Tip::get(*tip).addresses.iter().any(raised))
            .collect();
        TipsOverview {
            order,
            matching,
            cautions: assessment.cautions.clone(),
            checked_on: Some(checked_on),
            medicines_raised: raised(&Concern::AnyMedicine),
            help_needed,
        }
    }

    /// The order came from a check. With nothing matched it is the default order, and
    /// "ordered for you" would claim a personal touch that is not there.
    pub fn is_personal(&self) -> bool {
        !self.matching.is_empty()
    }

    pub fn matches(&self, tip: TipId) -> bool {
        self.matching.contains(&tip)
    }

    pub fn caution(&self, tip: TipId) -> Option<TipCaution> {
        caution_for(tip, &self.cautions)
    }
}

/// Where in the carousel the pointer or keyboard focus arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CarouselPart {
    /// The start/stop button. Arriving here never stops the slide show: the user is reaching
    /// for the one control that decides about it. Otherwise a tap or click on "Stop" would
    /// first stop the show on arrival and then, as a toggle, start it again.
    RotationControl,
    /// The previous/next buttons, the slides or the space around them.
    Elsewhere,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CarouselAction {
    Next,
    Previous,
    StartRotation,
    StopRotation,
    /// The slide show's timer fired.
    Tick,
    PointerEntered(CarouselPart),
    FocusEntered(CarouselPart),
    /// The device's "reduce motion" setting, as it is now.
    ReducedMotion(bool),
    /// A new check changed the order of the tips.
    SetOrder(Vec<TipId>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CarouselState {
    slides: Vec<TipId>,
    current: usize,
    rotating: bool,
    reduced_motion: bool,
}

impl CarouselState {
    /// Starts on the first slide with the slide show off, as the pattern asks.
    pub fn new(slides: Vec<TipId>, reduced_motion: bool) -> CarouselState {
        CarouselState {
            slides,
            current: 0,
            rotating: false,
            reduced_motion,
        }
    }

    pub fn slides(&self) -> &[TipId] {
        &self.slides
    }

    /// Index of the slide in view.
    pub fn current(&self) -> usize {
        self.current
    }

    pub fn rotating(&self) -> bool {
        self.rotating
    }

    /// The device asks for reduced motion, so the slide show stays off.
    pub fn reduced_motion(&self) -> bool {
        self.reduced_motion
    }

    /// Whether the user may start the slide show at all.
    pub fn can_rotate(&self) -> bool {
        !self.reduced_motion && self.slides.len() > 1
    }

    fn step_forward(&self) -> usize {
        if self.current + 1 < self.slides.len() {
            self.current + 1
        } else {
            0
        }
    }
}

/// Every carousel move is cheap to compare, and most (a pointer over the slides when the show
/// is already off) change nothing, so the default "render only on a change" suits it.
impl Reducer for CarouselState {
    type Action = CarouselAction;

    fn reduce(self, action: CarouselAction) -> CarouselState {
        let mut next = self.clone();
        match action {
            // Moving by hand means the user has taken over, so the show stops.
            CarouselAction::Next => {
                next.rotating = false;
                next.current = self.step_forward();
            }
            CarouselAction::Previous => {
                next.rotating = false;
                next.current = self
                    .current
                    .checked_sub(1)
                    .unwrap_or(self.slides.len().saturating_sub(1));
            }
            CarouselAction::StartRotation => next.rotating = self.can_rotate(),
            CarouselAction::StopRotation
            | CarouselAction::PointerEntered(CarouselPart::Elsewhere)
            | CarouselAction::FocusEntered(CarouselPart::Elsewhere) => next.rotating = false,
            CarouselAction::PointerEntered(CarouselPart::RotationControl)
            | CarouselAction::FocusEntered(CarouselPart::RotationControl) => {}
            CarouselAction::Tick => {
                if self.rotating {
                    next.current = self.step_forward();
                }
            }
            CarouselAction::ReducedMotion(reduce) => {
                next.reduced_motion = reduce;
                next.rotating = self.rotating && !reduce;
            }
            CarouselAction::SetOrder(slides) => {
                // The tip being read stays in view; its number may change, its words do not.
                next.current = self
                    .slides
                    .get(self.current)
                    .and_then(|tip| slides.iter().position(|t| t == tip))
                    .unwrap_or(0);
                next.slides = slides;
                next.rotating = self.rotating && next.can_rotate();
            }
        }
        next
    }
}
