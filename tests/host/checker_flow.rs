//! The checker wizard's state machine: the order of the steps, what Next, Back and Change do
//! to the step and never to the answers, "None of these" and "Not sure", the emergency
//! short-cut, restarting, saving and resuming, and the tips a result shows.
use proptest::prelude::*;
use proptest::sample::select;

use cramp_widget::domain::checker::answers::{
    AgeBand, AnswerKey, AnswerKind, AnswerOption, Answers, ClotRisk, Duration, Frequency,
    Lifestyle, Location, Medicine, RedFlag, Symptom,
};
use cramp_widget::domain::checker::assessment::assess;
use cramp_widget::domain::checker::check_record::CheckRecord;
use cramp_widget::domain::checker::flow::{
    is_asked, key_of, offers_none_of_these, offers_not_sure, result_tips, CheckerAction as Do,
    CheckerFlow, Given, Step, RESULT_TIPS,
};
use cramp_widget::domain::checker::rules::{RuleId, TriageLevel, RULES};
use cramp_widget::domain::reducer::Reducer;
use cramp_widget::domain::store::{load_json, save_json, KeyValueStore, MemoryStore};
use cramp_widget::domain::tips::{Tip, TipId};

fn run(flow: CheckerFlow, actions: impl IntoIterator<Item = Do>) -> CheckerFlow {
    actions
        .into_iter()
        .fold(flow, |flow, action| flow.reduce(action))
}

/// A flow past the red flags (answered "None of these"), at the second step.
fn past_red_flags() -> CheckerFlow {
    run(
        CheckerFlow::new(),
        [Do::NoneOfThese(AnswerKey::RedFlags), Do::Next],
    )
}

/// A flow walked forward, skipping every question, to `step`.
fn at_step(step: Step) -> CheckerFlow {
    let mut flow = past_red_flags();
    while flow.step != step {
        flow = flow.reduce(Do::Next);
    }
    flow
}

/// A flow at the review with an answer on every step.
fn at_review() -> CheckerFlow {
    run(
        past_red_flags(),
        [
            Do::Choose(AnswerKey::AgeBand, Some(AgeBand::From50To64.into())),
            Do::SetFlag(AnswerKey::Pregnant, false),
            Do::Next,
            Do::Choose(AnswerKey::Frequency, Some(Frequency::OnceAWeek.into())),
            Do::Choose(AnswerKey::Duration, None),
            Do::Next,
            Do::Toggle(Location::Calf.into()),
            Do::SetFlag(AnswerKey::SleepAffected, true),
            Do::Next,
            Do::NoneOfThese(AnswerKey::Symptoms),
            Do::Next,
            Do::NoneOfThese(AnswerKey::ClotRisks),
            Do::Next,
            Do::Toggle(Medicine::Statin.into()),
            Do::SetFlag(AnswerKey::MedicineStartedRecently, true),
            Do::Next,
            Do::NoneOfThese(AnswerKey::Conditions),
            Do::Next,
            Do::Toggle(Lifestyle::LowFluids.into()),
            Do::Next,
        ],
    )
}

/// The red flags that fire an emergency rule, read straight from the rule table.
fn emergency_flags() -> Vec<RedFlag> {
    RedFlag::ALL
        .iter()
        .copied()
        .filter(|flag| {
            let answers = Answers {
                red_flags: vec![*flag],
                ..Answers::default()
            };
            RULES
                .iter()
                .any(|rule| rule.level == TriageLevel::Emergency && (rule.fires)(&answers))
        })
        .collect()
}

fn all_options() -> Vec<AnswerOption> {
    AnswerKey::ALL
        .iter()
        .flat_map(|key| match key.kind() {
            AnswerKind::Choice(options) | AnswerKind::List(options) => options.to_vec(),
            AnswerKind::YesNo => Vec::new(),
        })
        .collect()
}

#[test]
fn a_new_check_starts_at_the_red_flags_as_step_1_of_9() {
    let flow = CheckerFlow::new();
    assert_eq!(flow.step, Step::RedFlags);
    assert_eq!(flow.step.progress(), Some((1, 9)));
    assert_eq!(flow.answers, Answers::default());
    assert!(!flow.has_answers());
    assert!(!flow.is_in_progress(), "nothing to save yet");
}

#[test]
fn question_steps_are_numbered_in_order_and_the_other_screens_are_not() {
    for (index, step) in Step::QUESTIONS.iter().enumerate() {
        assert_eq!(step.progress(), Some((index + 1, Step::QUESTIONS.len())));
        assert!(!step.keys().is_empty(), "{step:?} asks something");
    }
    for step in [Step::LastCheck, Step::Review, Step::Result] {
        assert_eq!(step.progress(), None);
        assert!(step.keys().is_empty());
    }
}

#[test]
fn every_question_is_asked_on_exactly_one_step() {
    for key in AnswerKey::ALL {
        let steps: Vec<Step> = Step::QUESTIONS
            .iter()
            .copied()
            .filter(|step| step.keys().contains(key))
            .collect();
        assert_eq!(steps.len(), 1, "{key:?} is on {steps:?}");
    }
}

#[test]
fn next_on_the_red_flags_needs_an_answer_and_says_so() {
    let flow = CheckerFlow::new().reduce(Do::Next);
    assert_eq!(flow.step, Step::RedFlags);
    assert!(flow.needs_answer);
    assert!(!flow.can_go_next());

    let flow = flow.reduce(Do::ShowResult);
    assert_eq!(flow.step, Step::RedFlags, "no result without the red flags");

    let flow = flow.reduce(Do::Toggle(RedFlag::OneLegSwollen.into()));
    assert!(!flow.needs_answer, "answering clears the prompt");
    assert!(flow.can_go_next());
    assert_eq!(flow.reduce(Do::Next).step, Step::AboutYou);
}

#[test]
fn none_of_these_on_the_red_flags_is_an_answer() {
    let flow = CheckerFlow::new().reduce(Do::NoneOfThese(AnswerKey::RedFlags));
    assert!(flow.can_go_next());
    assert_eq!(flow.given(AnswerKey::RedFlags), Given::Nothing);
    assert!(flow.is_in_progress());
    assert_eq!(flow.reduce(Do::Next).step, Step::AboutYou);
}

#[test]
fn every_other_step_can_be_skipped() {
    let mut flow = past_red_flags();
    for expected in Step::QUESTIONS.iter().skip(1) {
        assert_eq!(flow.step, *expected);
        assert!(flow.can_go_next());
        flow = flow.reduce(Do::Next);
    }
    assert_eq!(flow.step, Step::Review);
    for key in AnswerKey::ALL
        .iter()
        .filter(|key| **key != AnswerKey::RedFlags)
    {
        assert_eq!(flow.given(*key), Given::NotAnswered, "{key:?}");
    }
    let flow = flow.reduce(Do::Next);
    assert_eq!(flow.step, Step::Result);
    assert_eq!(flow.assessment().level, TriageLevel::SelfCare);
}

#[test]
fn none_of_these_clears_the_list_and_ticking_an_option_clears_none_of_these() {
    let flow = run(
        at_step(Step::OtherSymptoms),
        [
            Do::Toggle(Symptom::Weakness.into()),
            Do::Toggle(Symptom::UrgeToMoveLegs.into()),
            Do::NoneOfThese(AnswerKey::Symptoms),
        ],
    );
    assert!(flow.answers.symptoms.is_empty());
    assert!(flow.is_none_of_these(AnswerKey::Symptoms));
    assert_eq!(flow.given(AnswerKey::Symptoms), Given::Nothing);

    let flow = flow.reduce(Do::Toggle(Symptom::Weakness.into()));
    assert_eq!(flow.answers.symptoms, [Symptom::Weakness]);
    assert!(!flow.is_none_of_these(AnswerKey::Symptoms));
    assert_eq!(
        flow.given(AnswerKey::Symptoms),
        Given::Options(vec![Symptom::Weakness.into()])
    );
}

#[test]
fn none_of_these_unticks_when_pressed_again() {
    let flow = run(
        CheckerFlow::new(),
        [
            Do::NoneOfThese(AnswerKey::RedFlags),
            Do::NoneOfThese(AnswerKey::RedFlags),
        ],
    );
    assert_eq!(flow.given(AnswerKey::RedFlags), Given::NotAnswered);
    assert!(!flow.can_go_next());
}

#[test]
fn none_of_these_is_offered_on_lists_except_where_the_cramps_are() {
    for key in AnswerKey::ALL {
        let is_list = matches!(key.kind(), AnswerKind::List(_));
        assert_eq!(
            offers_none_of_these(*key),
            is_list && *key != AnswerKey::Locations,
            "{key:?}"
        );
    }
    let flow = at_step(Step::WhereAndSleep).reduce(Do::NoneOfThese(AnswerKey::Locations));
    assert_eq!(flow.given(AnswerKey::Locations), Given::NotAnswered);
    let flow = past_red_flags().reduce(Do::NoneOfThese(AnswerKey::AgeBand));
    assert_eq!(flow.given(AnswerKey::AgeBand), Given::NotAnswered);
}

#[test]
fn an_emergency_red_flag_goes_straight_to_the_result() {
    let emergencies = emergency_flags();
    assert!(
        !emergencies.is_empty(),
        "the rule table has emergency flags"
    );
    for flag in RedFlag::ALL {
        let flow = run(CheckerFlow::new(), [Do::Toggle((*flag).into()), Do::Next]);
        if emergencies.contains(flag) {
            assert_eq!(flow.step, Step::Result, "{flag:?}");
            assert!(flow.awaiting_record);
            assert_eq!(flow.assessment().level, TriageLevel::Emergency);
        } else {
            assert_eq!(flow.step, Step::AboutYou, "{flag:?} is not an emergency");
            assert!(!flow.calls_for_emergency());
        }
    }
}

#[test]
fn an_emergency_flag_among_others_still_short_cuts() {
    let (Some(emergency), Some(other)) = (
        emergency_flags().first().copied(),
        RedFlag::ALL
            .iter()
            .copied()
            .find(|flag| !emergency_flags().contains(flag)),
    ) else {
        panic!("the rule table has emergency and non-emergency flags");
    };
    let flow = run(
        CheckerFlow::new(),
        [
            Do::Toggle(other.into()),
            Do::Toggle(emergency.into()),
            Do::Next,
        ],
    );
    assert_eq!(flow.step, Step::Result);
}

#[test]
fn an_emergency_flag_ticked_while_changing_from_the_review_short_cuts_too() {
    let emergency = emergency_flags()[0];
    let flow = run(
        at_review(),
        [
            Do::Change(Step::RedFlags),
            Do::Toggle(emergency.into()),
            Do::Next,
        ],
    );
    assert_eq!(flow.step, Step::Result);
    assert_eq!(flow.assessment().level, TriageLevel::Emergency);
}

#[test]
fn walking_forward_visits_every_step_then_the_review_then_the_result() {
    let mut flow = past_red_flags();
    let mut visited = vec![Step::RedFlags];
    while flow.step != Step::Result {
        visited.push(flow.step);
        flow = flow.reduce(Do::Next);
        assert!(visited.len() < 20, "the checker ends");
    }
    let mut expected = Step::QUESTIONS.to_vec();
    expected.push(Step::Review);
    assert_eq!(visited, expected);
}

#[test]
fn back_walks_to_the_start_and_keeps_every_answer() {
    let review = at_review();
    let mut flow = review.clone();
    let mut visited = Vec::new();
    while flow.step != Step::RedFlags {
        flow = flow.reduce(Do::Back);
        visited.push(flow.step);
        assert_eq!(flow.answers, review.answers);
        assert_eq!(flow.answered_nothing, review.answered_nothing);
    }
    let mut expected: Vec<Step> = Step::QUESTIONS.to_vec();
    expected.reverse();
    assert_eq!(visited, expected);
    assert_eq!(
        flow.clone().reduce(Do::Back),
        flow,
        "Back on step 1 does nothing"
    );
}

#[test]
fn change_from_the_review_returns_to_the_review_on_next() {
    for step in Step::QUESTIONS.iter().skip(1) {
        let review = at_review();
        let flow = review.clone().reduce(Do::Change(*step));
        assert_eq!(flow.step, *step);
        assert!(flow.returning_to_review);
        let flow = flow.reduce(Do::Next);
        assert_eq!(flow.step, Step::Review, "from {step:?}");
        assert!(!flow.returning_to_review);
        assert_eq!(flow.answers, review.answers);
    }
}

#[test]
fn a_changed_answer_shows_on_the_review_and_the_rest_are_kept() {
    let review = at_review();
    let flow = run(
        review.clone(),
        [
            Do::Change(Step::HowOften),
            Do::Choose(
                AnswerKey::Frequency,
                Some(Frequency::ThreePlusPerWeek.into()),
            ),
            Do::Next,
        ],
    );
    assert_eq!(flow.step, Step::Review);
    assert_eq!(flow.answers.frequency, Some(Frequency::ThreePlusPerWeek));
    let unchanged = Answers {
        frequency: review.answers.frequency,
        ..flow.answers.clone()
    };
    assert_eq!(unchanged, review.answers);
}

#[test]
fn change_my_answers_on_the_result_goes_to_the_review() {
    let result = at_review().reduce(Do::ShowResult);
    assert_eq!(result.step, Step::Result);
    let flow = result.clone().reduce(Do::Change(Step::Review));
    assert_eq!(flow.step, Step::Review);
    assert_eq!(flow.answers, result.answers);
    assert_eq!(flow.clone().reduce(Do::Change(Step::Result)), flow);
    assert_eq!(flow.clone().reduce(Do::Change(Step::LastCheck)), flow);
}

#[test]
fn back_from_the_review_goes_to_the_last_question() {
    assert_eq!(at_review().reduce(Do::Back).step, Step::Habits);
}

#[test]
fn a_result_waits_to_be_recorded_once() {
    let flow = at_review().reduce(Do::ShowResult);
    assert!(flow.awaiting_record);
    let flow = flow.reduce(Do::Recorded);
    assert!(!flow.awaiting_record);
    assert_eq!(flow.step, Step::Result);
    assert!(!CheckerFlow::finished(flow.answers.clone()).awaiting_record);
}

#[test]
fn restart_forgets_everything() {
    for flow in [at_review(), at_review().reduce(Do::ShowResult)] {
        assert_eq!(flow.reduce(Do::Restart), CheckerFlow::new());
    }
}

#[test]
fn start_again_asks_first_when_there_are_answers_to_lose() {
    let result = at_review().reduce(Do::ShowResult).reduce(Do::Recorded);
    let asking = result.clone().reduce(Do::StartAgain);
    assert!(asking.confirming_restart);
    assert_eq!(asking.answers, result.answers, "nothing is cleared yet");
    let kept = asking.clone().reduce(Do::KeepAnswers);
    assert_eq!(kept, result);
    assert_eq!(asking.reduce(Do::Restart), CheckerFlow::new());

    let nothing_to_lose = CheckerFlow::new().reduce(Do::StartAgain);
    assert_eq!(
        nothing_to_lose,
        CheckerFlow::new(),
        "restarts without asking"
    );
}

#[test]
fn moving_to_another_step_drops_the_start_again_question() {
    let asking = at_review()
        .reduce(Do::ShowResult)
        .reduce(Do::StartAgain)
        .reduce(Do::Change(Step::Review));
    assert_eq!(asking.step, Step::Review);
    assert!(!asking.confirming_restart);
}

#[test]
fn choose_picks_one_option_and_not_sure_clears_it() {
    let flow = run(
        at_step(Step::HowOften),
        [
            Do::Choose(AnswerKey::Duration, Some(Duration::Under1Min.into())),
            Do::Choose(AnswerKey::Duration, Some(Duration::OneTo10Min.into())),
            Do::Choose(AnswerKey::Duration, Some(Duration::OneTo10Min.into())),
        ],
    );
    assert_eq!(flow.answers.duration, Some(Duration::OneTo10Min));
    let flow = flow.reduce(Do::Choose(AnswerKey::Duration, None));
    assert_eq!(flow.answers.duration, None);
    assert_eq!(flow.given(AnswerKey::Duration), Given::Nothing);
    let flow = flow.reduce(Do::Choose(
        AnswerKey::Duration,
        Some(Duration::Over10Min.into()),
    ));
    assert_eq!(
        flow.given(AnswerKey::Duration),
        Given::Options(vec![Duration::Over10Min.into()])
    );
}

#[test]
fn choose_ignores_options_of_another_question_and_not_sure_where_not_offered() {
    let flow = at_step(Step::HowOften);
    let mismatched = flow.clone().reduce(Do::Choose(
        AnswerKey::Frequency,
        Some(Duration::Over10Min.into()),
    ));
    assert_eq!(mismatched, flow);
    assert!(!offers_not_sure(AnswerKey::AgeBand));
    let age = past_red_flags().reduce(Do::Choose(AnswerKey::AgeBand, None));
    assert_eq!(age.given(AnswerKey::AgeBand), Given::NotAnswered);
}

#[test]
fn yes_no_questions_tell_no_from_unanswered() {
    let flow = past_red_flags();
    assert_eq!(flow.given(AnswerKey::Pregnant), Given::NotAnswered);
    let flow = flow.reduce(Do::SetFlag(AnswerKey::Pregnant, false));
    assert_eq!(flow.given(AnswerKey::Pregnant), Given::Nothing);
    assert!(!flow.answers.pregnant);
    let flow = flow.reduce(Do::SetFlag(AnswerKey::Pregnant, true));
    assert_eq!(flow.given(AnswerKey::Pregnant), Given::Yes);
    assert!(flow.answers.pregnant);
    let ignored = flow.clone().reduce(Do::SetFlag(AnswerKey::Symptoms, true));
    assert_eq!(ignored, flow);
}

#[test]
fn the_medicine_follow_up_is_asked_only_with_a_medicine_and_dropped_without_one() {
    let flow = at_step(Step::Medicines);
    assert!(!is_asked(AnswerKey::MedicineStartedRecently, &flow.answers));
    let unasked = flow
        .clone()
        .reduce(Do::SetFlag(AnswerKey::MedicineStartedRecently, true));
    assert_eq!(unasked, flow, "not answerable before a medicine is ticked");
    let flow = run(
        flow,
        [
            Do::Toggle(Medicine::Diuretic.into()),
            Do::SetFlag(AnswerKey::MedicineStartedRecently, true),
        ],
    );
    assert!(is_asked(AnswerKey::MedicineStartedRecently, &flow.answers));
    assert!(flow.answers.medicine_started_recently);
    let flow = flow.reduce(Do::Toggle(Medicine::Diuretic.into()));
    assert!(!flow.answers.medicine_started_recently);
    assert_eq!(
        flow.given(AnswerKey::MedicineStartedRecently),
        Given::NotAnswered
    );
    let flow = flow.reduce(Do::NoneOfThese(AnswerKey::Medicines));
    assert_eq!(flow.given(AnswerKey::Medicines), Given::Nothing);
    for key in AnswerKey::ALL {
        if *key != AnswerKey::MedicineStartedRecently {
            assert!(is_asked(*key, &Answers::default()), "{key:?}");
        }
    }
}

#[test]
fn only_the_questions_on_screen_can_be_answered() {
    let flow = at_step(Step::HowOften);
    for action in [
        Do::Toggle(Symptom::Weakness.into()),
        Do::Choose(AnswerKey::AgeBand, Some(AgeBand::Under16.into())),
        Do::SetFlag(AnswerKey::SleepAffected, true),
        Do::NoneOfThese(AnswerKey::RedFlags),
    ] {
        assert_eq!(flow.clone().reduce(action.clone()), flow, "{action:?}");
    }
    let result = at_review().reduce(Do::ShowResult);
    let ignored = result
        .clone()
        .reduce(Do::Toggle(RedFlag::OneLegSwollen.into()));
    assert_eq!(ignored, result, "a result cannot be edited in place");
}

#[test]
fn every_option_belongs_to_the_question_that_lists_it() {
    for key in AnswerKey::ALL {
        if let AnswerKind::Choice(options) | AnswerKind::List(options) = key.kind() {
            for option in options {
                assert_eq!(key_of(*option), *key);
            }
        }
    }
}

#[test]
fn progress_survives_a_save_and_load_but_passing_state_does_not() {
    let store = MemoryStore::new();
    let flow = at_review()
        .reduce(Do::Change(Step::HowOften))
        .reduce(Do::Toggle(Frequency::TwiceAWeek.into()));
    save_json(&store, "progress", &flow).unwrap();
    let loaded: Option<CheckerFlow> = load_json(&store, "progress").unwrap();
    assert_eq!(loaded.as_ref(), Some(&flow));
    let opened = CheckerFlow::opening(loaded, true);
    assert_eq!(opened, flow);
    assert!(opened.returning_to_review);

    let prompted = CheckerFlow::new().reduce(Do::Next);
    save_json(&store, "prompted", &prompted).unwrap();
    let loaded: Option<CheckerFlow> = load_json(&store, "prompted").unwrap();
    assert!(!loaded.unwrap().needs_answer, "a prompt is not saved");
}

#[test]
fn bad_or_foreign_saved_data_starts_a_new_check() {
    let store = MemoryStore::new();
    for raw in [
        "not json",
        "{}",
        r#"{"step":"somewhere","answers":{},"answered_nothing":[],"returning_to_review":false}"#,
        r#"{"step":"review","answers":{"red_flags":["nope"]},"answered_nothing":[],"returning_to_review":false}"#,
        r#"{"step":"review","answers":{},"answered_nothing":[],"returning_to_review":false,"extra":1}"#,
        "[1,2,3]",
    ] {
        store.set("progress", raw).unwrap();
        let loaded: Option<CheckerFlow> = load_json(&store, "progress").unwrap();
        assert_eq!(loaded, None, "{raw}");
        assert_eq!(CheckerFlow::opening(loaded, false), CheckerFlow::new());
    }
}

#[test]
fn saved_data_is_tidied_when_resumed() {
    let raw = r#"{"step":"medicines","answers":{"medicine_started_recently":true,"symptoms":["weakness"]},
        "answered_nothing":["symptoms","symptoms","age_band","pregnant"],"returning_to_review":false}"#;
    let store = MemoryStore::new();
    store.set("progress", raw).unwrap();
    let loaded: Option<CheckerFlow> = load_json(&store, "progress").unwrap();
    let flow = CheckerFlow::opening(loaded, false);
    assert_eq!(flow.step, Step::Medicines);
    assert!(
        !flow.answers.medicine_started_recently,
        "no medicine is ticked"
    );
    assert_eq!(flow.answered_nothing, [AnswerKey::Pregnant]);
    assert_eq!(
        flow.given(AnswerKey::Symptoms),
        Given::Options(vec![Symptom::Weakness.into()])
    );
}

#[test]
fn the_panel_opens_on_progress_then_the_last_check_then_a_new_check() {
    let progress = at_review();
    assert_eq!(CheckerFlow::opening(Some(progress.clone()), true), progress);
    assert_eq!(CheckerFlow::opening(None, true).step, Step::LastCheck);
    assert_eq!(CheckerFlow::opening(None, false), CheckerFlow::new());
    let pristine = CheckerFlow::new();
    assert_eq!(
        CheckerFlow::opening(Some(pristine), true).step,
        Step::LastCheck
    );
    let finished = at_review().reduce(Do::ShowResult);
    let opened = CheckerFlow::opening(Some(finished), false);
    assert_eq!(
        opened,
        CheckerFlow::new(),
        "a stored result is never replayed"
    );
}

#[test]
fn resume_shows_a_finished_check_without_recording_it_again() {
    let answers = at_review().answers;
    let flow = CheckerFlow::opening(None, true)
        .reduce(Do::Resume(Box::new(CheckerFlow::finished(answers.clone()))));
    assert_eq!(flow.step, Step::Result);
    assert_eq!(flow.answers, answers);
    assert!(!flow.awaiting_record);
    assert!(
        !flow.is_in_progress(),
        "a shown result is not saved as progress"
    );
    assert_eq!(
        flow.reduce(Do::Change(Step::Review)).step,
        Step::Review,
        "its answers can be changed"
    );
}

#[test]
fn result_tips_show_three_to_five_best_matches_first() {
    let (fewest, most) = RESULT_TIPS;
    let mild = assess(&Answers::default());
    assert_eq!(result_tips(&mild), &mild.tips[..fewest]);

    let busy = assess(&Answers {
        lifestyle: Lifestyle::ALL.to_vec(),
        medicines: vec![Medicine::Statin],
        frequency: Some(Frequency::ThreePlusPerWeek),
        sleep_affected: true,
        ..Answers::default()
    });
    assert_eq!(result_tips(&busy), &busy.tips[..most]);

    let one_habit = assess(&Answers {
        lifestyle: vec![Lifestyle::LowMineralDiet],
        ..Answers::default()
    });
    let shown = result_tips(&one_habit);
    assert!((fewest..=most).contains(&shown.len()));
    assert!(shown.contains(&TipId::MineralRichFoods));
    let fired: Vec<_> = one_habit.reasons.iter().map(|r| r.rule).collect();
    assert!(
        Tip::get(shown[0])
            .addresses
            .iter()
            .any(|c| c.is_raised(&one_habit.factors, &fired)),
        "the best match comes first"
    );
}

fn any_action() -> impl Strategy<Value = Do> {
    let option = select(all_options());
    let key = select(AnswerKey::ALL);
    let mut steps = vec![Step::LastCheck];
    steps.extend(Step::QUESTIONS);
    steps.extend([Step::Review, Step::Result]);
    let step = select(steps);
    prop_oneof![
        4 => option.clone().prop_map(Do::Toggle),
        2 => (key.clone(), proptest::option::of(option)).prop_map(|(k, o)| Do::Choose(k, o)),
        2 => (key.clone(), any::<bool>()).prop_map(|(k, v)| Do::SetFlag(k, v)),
        2 => key.prop_map(Do::NoneOfThese),
        3 => Just(Do::Next),
        2 => Just(Do::Back),
        1 => step.prop_map(Do::Change),
        1 => Just(Do::ShowResult),
        1 => Just(Do::Recorded),
        1 => Just(Do::StartAgain),
        1 => Just(Do::KeepAnswers),
    ]
}

proptest! {
    /// Whatever the patient presses, the state stays consistent: a "nothing" answer never sits
    /// beside a real one, the medicine follow-up needs a medicine, the result needs the red
    /// flags, and moving between steps never changes an answer.
    #[test]
    fn any_sequence_of_presses_keeps_the_flow_consistent(actions in proptest::collection::vec(any_action(), 0..40)) {
        let mut flow = CheckerFlow::new();
        for action in actions {
            let moves = matches!(
                action,
                Do::Next | Do::Back | Do::Change(_) | Do::ShowResult | Do::Recorded | Do::KeepAnswers
            );
            let answering = match &action {
                Do::Toggle(option) => Some(key_of(*option)),
                Do::Choose(key, _) | Do::SetFlag(key, _) | Do::NoneOfThese(key) => Some(*key),
                _ => None,
            };
            let before = flow.clone();
            flow = flow.reduce(action);
            let off_screen = answering.is_some_and(|key| !before.step.keys().contains(&key));
            if moves || off_screen {
                prop_assert_eq!(&flow.answers, &before.answers);
            }
            for key in &flow.answered_nothing {
                prop_assert!(!matches!(flow.given(*key), Given::Options(_) | Given::Yes));
            }
            if flow.answers.medicines.is_empty() {
                prop_assert!(!flow.answers.medicine_started_recently);
            }
            if flow.step == Step::Result {
                prop_assert_ne!(flow.given(AnswerKey::RedFlags), Given::NotAnswered);
            }
            prop_assert_ne!(flow.step, Step::LastCheck);
        }
    }
}

#[test]
fn a_combination_that_calls_for_the_emergency_number_ends_the_wizard_on_the_step_that_completes_it()
{
    // E4: foot pain at rest with numbness and weakness, all on the symptoms step.
    let mut flow = run(
        past_red_flags(),
        [
            Do::Next,
            Do::Next,
            Do::Next,
            Do::Toggle(Symptom::FootPainAtRest.into()),
        ],
    );
    assert_eq!(flow.step, Step::OtherSymptoms);
    flow = run(
        flow,
        [
            Do::Toggle(Symptom::NumbnessOrTingling.into()),
            Do::Toggle(Symptom::Weakness.into()),
            Do::Next,
        ],
    );
    assert_eq!(flow.step, Step::Result);
    assert_eq!(flow.assessment().level, TriageLevel::Emergency);

    // E3: a leg in a cast, ticked on the clot-risk step after numbness on the step before.
    let flow = run(
        past_red_flags(),
        [
            Do::Next,
            Do::Next,
            Do::Next,
            Do::Toggle(Symptom::NumbnessOrTingling.into()),
            Do::Next,
        ],
    );
    assert_eq!(
        flow.step,
        Step::ClotRisks,
        "numbness alone is not an emergency"
    );
    let flow = run(
        flow,
        [
            Do::Toggle(ClotRisk::LegInCastOrTightBandage.into()),
            Do::Next,
        ],
    );
    assert_eq!(flow.step, Step::Result);
    assert!(flow.awaiting_record);
    assert!(flow
        .assessment()
        .reasons
        .iter()
        .any(|reason| reason.rule == RuleId::E3));
}

#[test]
fn the_clot_risks_are_asked_on_a_step_of_their_own_after_the_symptoms() {
    assert_eq!(Step::ClotRisks.keys(), [AnswerKey::ClotRisks]);
    let symptoms = Step::QUESTIONS
        .iter()
        .position(|s| *s == Step::OtherSymptoms);
    let clots = Step::QUESTIONS.iter().position(|s| *s == Step::ClotRisks);
    assert_eq!(clots, symptoms.map(|at| at + 1));
    assert!(offers_none_of_these(AnswerKey::ClotRisks));
}

/// Progress and a last check as version 1 of the widget saved them, with the red flag that
/// v2 split in two.
const V1_PROGRESS: &str = r#"{"step":"habits","answers":{"age_band":"50_64","pregnant":false,
    "red_flags":["wound_or_toxin"],"symptoms":[],"frequency":"once_a_week","duration":"over_10_min",
    "locations":["calf"],"sleep_affected":true,"self_care_tried":false,"conditions":[],
    "medicines":["statin"],"medicine_started_recently":false,"lifestyle":["low_fluids"]},
    "answered_nothing":["symptoms","conditions"],"returning_to_review":false}"#;
const V1_LAST_CHECK: &str = r#"{"checked_on":"2026-06-01","answers":{"red_flags":["wound_or_toxin"],
    "frequency":"twice_a_week","duration":"1_to_10_min"}}"#;

#[test]
fn progress_and_a_last_check_saved_by_v1_still_load_with_the_legacy_flag_read_cautiously() {
    let store = MemoryStore::new();
    store.set("progress", V1_PROGRESS).unwrap();
    let loaded: Option<CheckerFlow> = load_json(&store, "progress").unwrap();
    let flow = CheckerFlow::opening(loaded, true);
    assert_eq!(flow.step, Step::Habits, "the v1 step is resumed");
    assert_eq!(flow.answers.red_flags, [RedFlag::SpasmsAfterWound]);
    assert_eq!(flow.answers.duration, Some(Duration::Over10Min));
    assert_eq!(
        flow.answered_nothing,
        [AnswerKey::Symptoms, AnswerKey::Conditions]
    );
    assert_eq!(flow.assessment().level, TriageLevel::Emergency);

    // Saving it again writes only v2 ids.
    save_json(&store, "progress", &flow).unwrap();
    let saved = store.get("progress").unwrap().unwrap();
    assert!(!saved.contains("wound_or_toxin"), "{saved}");
    assert!(saved.contains("spasms_after_wound"), "{saved}");

    store.set("last", V1_LAST_CHECK).unwrap();
    let record: Option<CheckRecord> = load_json(&store, "last").unwrap();
    let record = record.expect("a v1 last check loads");
    assert_eq!(record.answers.red_flags, [RedFlag::SpasmsAfterWound]);
    assert_eq!(record.assessment().level, TriageLevel::Emergency);
}
