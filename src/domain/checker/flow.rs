//! The checker wizard as a pure state machine: which step is showing, the answers so far, and
//! every move the patient can make (answer, Next, Back, change from the review, start again).
//! The Check panel wraps `CheckerFlow::reduce` with `use_reducer`; saving, focus and telling the
//! app about a finished check happen in the panel's effects, never here.
//!
//! Red flags come first, as in NHS 111. Whenever Next is pressed and the answers so far call
//! for the emergency number, the wizard skips every other question and goes straight to the
//! result: a red flag on its own does so on the first step, a combination (a cast and numbness,
//! pain and a pale, numb foot) on the step that completes it.
use serde::{Deserialize, Serialize};

use crate::domain::checker::answers::{AnswerKey, AnswerKind, AnswerOption, Answers};
use crate::domain::checker::assessment::{assess, Assessment};
use crate::domain::checker::rules::TriageLevel;
use crate::domain::reducer::Reducer;
use crate::domain::small_collections::sort_small_by;
use crate::domain::tips::{Tip, TipId};

/// Where the patient is in the checker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Opening screen when a finished check exists and none is in progress.
    LastCheck,
    RedFlags,
    AboutYou,
    HowOften,
    WhereAndSleep,
    OtherSymptoms,
    ClotRisks,
    Medicines,
    Conditions,
    Habits,
    Review,
    Result,
}

impl Step {
    /// The question steps, in the order they are asked; "Step 3 of 9" counts these. Clot
    /// risks follow the symptoms, so that a combination that calls for the emergency number
    /// (a cast with numbness) ends the wizard as soon as it is complete.
    pub const QUESTIONS: [Step; 9] = [
        Step::RedFlags,
        Step::AboutYou,
        Step::HowOften,
        Step::WhereAndSleep,
        Step::OtherSymptoms,
        Step::ClotRisks,
        Step::Medicines,
        Step::Conditions,
        Step::Habits,
    ];

    /// The questions this step asks, in order; empty for the screens that ask nothing.
    pub const fn keys(self) -> &'static [AnswerKey] {
        match self {
            Step::RedFlags => &[AnswerKey::RedFlags],
            Step::AboutYou => &[AnswerKey::AgeBand, AnswerKey::Pregnant],
            Step::HowOften => &[AnswerKey::Frequency, AnswerKey::Duration],
            Step::WhereAndSleep => &[AnswerKey::Locations, AnswerKey::SleepAffected],
            Step::OtherSymptoms => &[AnswerKey::Symptoms],
            Step::ClotRisks => &[AnswerKey::ClotRisks],
            Step::Medicines => &[AnswerKey::Medicines, AnswerKey::MedicineStartedRecently],
            Step::Conditions => &[AnswerKey::Conditions],
            Step::Habits => &[AnswerKey::Lifestyle, AnswerKey::SelfCareTried],
            Step::LastCheck | Step::Review | Step::Result => &[],
        }
    }

    pub fn is_question(self) -> bool {
        Step::QUESTIONS.contains(&self)
    }

    /// `(number, total)` for the progress indicator, on question steps only.
    pub fn progress(self) -> Option<(usize, usize)> {
        Step::QUESTIONS
            .iter()
            .position(|step| *step == self)
            .map(|index| (index + 1, Step::QUESTIONS.len()))
    }

    fn next_question(self) -> Option<Step> {
        let index = Step::QUESTIONS.iter().position(|step| *step == self)?;
        Step::QUESTIONS.get(index + 1).copied()
    }

    fn previous_question(self) -> Option<Step> {
        let index = Step::QUESTIONS.iter().position(|step| *step == self)?;
        index
            .checked_sub(1)
            .and_then(|before| Step::QUESTIONS.get(before).copied())
    }
}

/// List questions that offer "None of these". Places where cramps happen do not: someone
/// taking the checker has cramps somewhere.
pub fn offers_none_of_these(key: AnswerKey) -> bool {
    matches!(key.kind(), AnswerKind::List(_)) && key != AnswerKey::Locations
}

/// Choice questions that offer "Not sure": people often cannot recall how often or how long.
pub fn offers_not_sure(key: AnswerKey) -> bool {
    matches!(key, AnswerKey::Frequency | AnswerKey::Duration)
}

/// Whether `key` is asked with the answers given so far: whether the cramps began after a
/// medicine only matters once a medicine is ticked.
pub fn is_asked(key: AnswerKey, answers: &Answers) -> bool {
    key != AnswerKey::MedicineStartedRecently || !answers.medicines.is_empty()
}

/// What the patient said to one question, as the review lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Given {
    NotAnswered,
    /// "None of these", "Not sure" or "No".
    Nothing,
    Yes,
    Options(Vec<AnswerOption>),
}

/// Everything the patient can do in the checker.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckerAction {
    /// Tick or untick a list option, or pick a choice option.
    Toggle(AnswerOption),
    /// Pick a choice option; `None` is "Not sure".
    Choose(AnswerKey, Option<AnswerOption>),
    /// Answer a yes/no question.
    SetFlag(AnswerKey, bool),
    /// Tick "None of these" on a list (clearing it), or untick it.
    NoneOfThese(AnswerKey),
    Next,
    Back,
    /// Jump to a question step from the review (Next then returns to the review), or to the
    /// review itself from the result.
    Change(Step),
    ShowResult,
    /// The app now keeps this result as the last check.
    Recorded,
    /// "Start again": asks first when there are answers to lose, else restarts.
    StartAgain,
    /// "No, keep my answers" after `StartAgain` asked.
    KeepAnswers,
    /// Forget every answer and begin at the red flags.
    Restart,
    /// Carry on from a saved flow: progress from an earlier visit, or a finished check.
    Resume(Box<CheckerFlow>),
}

/// The checker's state. Only the answers, the step and what was answered with "nothing" are
/// saved; the rest lives for one visit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckerFlow {
    pub step: Step,
    pub answers: Answers,
    /// Questions answered with "None of these", "Not sure" or "No". The answers object alone
    /// cannot tell those from a question that was skipped, and the form must show which.
    pub answered_nothing: Vec<AnswerKey>,
    /// Set by "Change" on the review, so that Next goes back there.
    pub returning_to_review: bool,
    /// Next was pressed on a step that needs an answer first; the step says what is missing.
    #[serde(skip)]
    pub needs_answer: bool,
    /// A result reached by answering that the app has not yet kept as the last check.
    #[serde(skip)]
    pub awaiting_record: bool,
    /// "Start again" was pressed with answers to lose; the patient is being asked to confirm.
    #[serde(skip)]
    pub confirming_restart: bool,
}

impl Default for CheckerFlow {
    fn default() -> Self {
        CheckerFlow::new()
    }
}

impl CheckerFlow {
    /// A new check, at the red flags.
    pub fn new() -> CheckerFlow {
        CheckerFlow {
            step: Step::RedFlags,
            answers: Answers::default(),
            answered_nothing: Vec::new(),
            returning_to_review: false,
            needs_answer: false,
            awaiting_record: false,
            confirming_restart: false,
        }
    }

    /// Where the panel opens: saved progress if there is any, else the last check if there is
    /// one, else a new check. Saved data that is not progress (a stored result or opening
    /// screen) starts a new check rather than replaying an old result as new.
    pub fn opening(saved: Option<CheckerFlow>, has_last_check: bool) -> CheckerFlow {
        match saved {
            Some(saved) if saved.is_in_progress() => saved.tidied(),
            _ if has_last_check => CheckerFlow {
                step: Step::LastCheck,
                ..CheckerFlow::new()
            },
            _ => CheckerFlow::new(),
        }
    }

    /// A finished check shown again, e.g. the last check from an earlier visit. It is already
    /// kept, so showing it records nothing.
    pub fn finished(answers: Answers) -> CheckerFlow {
        CheckerFlow {
            step: Step::Result,
            answers,
            ..CheckerFlow::new()
        }
    }

    /// Worth saving: some answer given on a question step or the review. A result is not
    /// progress, because the app keeps finished checks itself.
    pub fn is_in_progress(&self) -> bool {
        (self.step.is_question() || self.step == Step::Review)
            && (self.has_answers() || self.step != Step::RedFlags)
    }

    pub fn has_answers(&self) -> bool {
        self.answers != Answers::default() || !self.answered_nothing.is_empty()
    }

    /// Whether Next may leave the current step. Only the red flags must be answered: every
    /// other question may be skipped.
    pub fn can_go_next(&self) -> bool {
        self.step != Step::RedFlags || self.given(AnswerKey::RedFlags) != Given::NotAnswered
    }

    /// Whether the answers so far call for the emergency number, judged by the rule table
    /// rather than a list kept here.
    pub fn calls_for_emergency(&self) -> bool {
        self.assessment().level == TriageLevel::Emergency
    }

    pub fn assessment(&self) -> Assessment {
        assess(&self.answers)
    }

    pub fn is_none_of_these(&self, key: AnswerKey) -> bool {
        self.answered_nothing.contains(&key)
    }

    /// The answer to `key` as the review shows it.
    pub fn given(&self, key: AnswerKey) -> Given {
        let nothing = self.answered_nothing.contains(&key);
        match key.kind() {
            AnswerKind::YesNo if self.answers.flag(key) == Some(true) => Given::Yes,
            AnswerKind::Choice(options) | AnswerKind::List(options) => {
                let picked: Vec<AnswerOption> = options
                    .iter()
                    .copied()
                    .filter(|option| self.answers.is_selected(*option))
                    .collect();
                match (picked.is_empty(), nothing) {
                    (false, _) => Given::Options(picked),
                    (true, true) => Given::Nothing,
                    (true, false) => Given::NotAnswered,
                }
            }
            AnswerKind::YesNo if nothing => Given::Nothing,
            AnswerKind::YesNo => Given::NotAnswered,
        }
    }

    fn choose(&mut self, key: AnswerKey, choice: Option<AnswerOption>) {
        match choice {
            Some(option) if key_of(option) == key => {
                if !self.answers.is_selected(option) {
                    self.answers.toggle(option);
                }
                self.answered(key, false);
            }
            None if offers_not_sure(key) => {
                if let Some(picked) = self.picked(key) {
                    self.answers.toggle(picked);
                }
                self.answered(key, true);
            }
            _ => {}
        }
    }

    fn none_of_these(&mut self, key: AnswerKey) {
        if !offers_none_of_these(key) {
            return;
        }
        if self.is_none_of_these(key) {
            self.answered(key, false);
            return;
        }
        while let Some(ticked) = self.picked(key) {
            self.answers.toggle(ticked);
        }
        self.answered(key, true);
    }

    /// The first picked option of a choice or list question.
    fn picked(&self, key: AnswerKey) -> Option<AnswerOption> {
        match key.kind() {
            AnswerKind::Choice(options) | AnswerKind::List(options) => options
                .iter()
                .copied()
                .find(|option| self.answers.is_selected(*option)),
            AnswerKind::YesNo => None,
        }
    }

    fn answered(&mut self, key: AnswerKey, with_nothing: bool) {
        self.answered_nothing.retain(|other| *other != key);
        if with_nothing {
            self.answered_nothing.push(key);
        }
    }

    fn next(mut self) -> CheckerFlow {
        if !self.can_go_next() {
            self.needs_answer = true;
            return self;
        }
        self.needs_answer = false;
        if self.step.is_question() && self.calls_for_emergency() {
            return self.show_result();
        }
        match self.step {
            Step::Review => self.show_result(),
            step if step.is_question() && self.returning_to_review => self.change(Step::Review),
            step => match step.next_question() {
                Some(next) => self.at(next),
                None if step.is_question() => self.at(Step::Review),
                None => self,
            },
        }
    }

    fn back(self) -> CheckerFlow {
        let previous = match self.step {
            Step::Review => Step::QUESTIONS.last().copied(),
            step => step.previous_question(),
        };
        match previous {
            Some(previous) => self.at(previous),
            None => self,
        }
    }

    fn change(mut self, step: Step) -> CheckerFlow {
        if step.is_question() {
            self.returning_to_review = true;
        } else if step == Step::Review {
            self.returning_to_review = false;
        } else {
            return self;
        }
        self.at(step)
    }

    /// A result always rests on the red flags, so without them the patient is sent there.
    fn show_result(mut self) -> CheckerFlow {
        if self.given(AnswerKey::RedFlags) == Given::NotAnswered {
            let mut flow = self.at(Step::RedFlags);
            flow.needs_answer = true;
            return flow;
        }
        self.returning_to_review = false;
        self.awaiting_record = true;
        self.at(Step::Result)
    }

    fn at(mut self, step: Step) -> CheckerFlow {
        self.step = step;
        self.needs_answer = false;
        self.confirming_restart = false;
        self
    }

    /// Keeps the answers consistent with what is asked: unticking the last medicine drops the
    /// follow-up question's answer, and a "nothing" answer never sits beside a real one.
    fn tidied(mut self) -> CheckerFlow {
        if !is_asked(AnswerKey::MedicineStartedRecently, &self.answers) {
            self.answers.medicine_started_recently = false;
            self.answered(AnswerKey::MedicineStartedRecently, false);
        }
        let answers = &self.answers;
        self.answered_nothing.retain(|key| match key.kind() {
            AnswerKind::Choice(_) => offers_not_sure(*key) && picked_none(answers, *key),
            AnswerKind::List(_) => offers_none_of_these(*key) && picked_none(answers, *key),
            AnswerKind::YesNo => answers.flag(*key) == Some(false),
        });
        sort_small_by(&mut self.answered_nothing, Ord::cmp);
        self.answered_nothing.dedup();
        self
    }
}

/// The answers are small, and a stray event from a step that has gone changes nothing, so the
/// default "render only on a change" suits the checker.
impl Reducer for CheckerFlow {
    type Action = CheckerAction;

    fn reduce(mut self, action: CheckerAction) -> CheckerFlow {
        if let Some(key) = answered_key(&action) {
            // Only what is on screen can be answered: a stray event from a step that has
            // gone must not change an answer the patient can no longer see.
            if !self.step.keys().contains(&key) || !is_asked(key, &self.answers) {
                return self;
            }
        }
        match action {
            CheckerAction::Toggle(option) => {
                self.answers.toggle(option);
                self.answered(key_of(option), false);
            }
            CheckerAction::Choose(key, choice) => self.choose(key, choice),
            CheckerAction::SetFlag(key, value) => {
                if let Some(flag) = self.answers.flag_mut(key) {
                    *flag = value;
                    self.answered(key, !value);
                }
            }
            CheckerAction::NoneOfThese(key) => self.none_of_these(key),
            CheckerAction::Next => return self.next(),
            CheckerAction::Back => return self.back(),
            CheckerAction::Change(step) => return self.change(step),
            CheckerAction::ShowResult => return self.show_result(),
            CheckerAction::Recorded => self.awaiting_record = false,
            CheckerAction::StartAgain if self.has_answers() => self.confirming_restart = true,
            CheckerAction::KeepAnswers => self.confirming_restart = false,
            CheckerAction::StartAgain | CheckerAction::Restart => return CheckerFlow::new(),
            CheckerAction::Resume(saved) => return saved.tidied(),
        }
        self.needs_answer = false;
        self.tidied()
    }
}

/// The question an answering action is about; `None` for moves between steps.
fn answered_key(action: &CheckerAction) -> Option<AnswerKey> {
    match action {
        CheckerAction::Toggle(option) => Some(key_of(*option)),
        CheckerAction::Choose(key, _)
        | CheckerAction::SetFlag(key, _)
        | CheckerAction::NoneOfThese(key) => Some(*key),
        _ => None,
    }
}

fn picked_none(answers: &Answers, key: AnswerKey) -> bool {
    match key.kind() {
        AnswerKind::Choice(options) | AnswerKind::List(options) => {
            !options.iter().any(|option| answers.is_selected(*option))
        }
        AnswerKind::YesNo => false,
    }
}

/// The question an option belongs to.
pub const fn key_of(option: AnswerOption) -> AnswerKey {
    match option {
        AnswerOption::AgeBand(_) => AnswerKey::AgeBand,
        AnswerOption::RedFlag(_) => AnswerKey::RedFlags,
        AnswerOption::Symptom(_) => AnswerKey::Symptoms,
        AnswerOption::ClotRisk(_) => AnswerKey::ClotRisks,
        AnswerOption::Frequency(_) => AnswerKey::Frequency,
        AnswerOption::Duration(_) => AnswerKey::Duration,
        AnswerOption::Location(_) => AnswerKey::Locations,
        AnswerOption::Condition(_) => AnswerKey::Conditions,
        AnswerOption::Medicine(_) => AnswerKey::Medicines,
        AnswerOption::Lifestyle(_) => AnswerKey::Lifestyle,
    }
}

/// Fewest and most tips a result shows; the Tips panel has the rest.
pub const RESULT_TIPS: (usize, usize) = (3, 5);

/// The tips a result shows: those that answer something in the assessment, at least
/// `RESULT_TIPS.0` and at most `RESULT_TIPS.1`, best first. None at `urgent` or `emergency`,
/// whose assessment has no tips.
pub fn result_tips(assessment: &Assessment) -> &[TipId] {
    let fired: Vec<_> = assessment
        .reasons
        .iter()
        .map(|reason| reason.rule)
        .collect();
    let matching = assessment
        .tips
        .iter()
        .filter(|tip| {
            Tip::get(**tip)
                .addresses
                .iter()
                .any(|concern| concern.is_raised(&assessment.factors, &fired))
        })
        .count();
    let (fewest, most) = RESULT_TIPS;
    let shown = matching.clamp(fewest, most).min(assessment.tips.len());
    &assessment.tips[..shown]
}
