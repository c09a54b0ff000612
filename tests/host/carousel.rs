//! The tips carousel's reducer and the tips panel's overview: wrap-around, the slide show that
//! only the user starts and that hover or focus stops for good, reduced motion, new orders
//! after a check, and which tips count as matching the user's answers.
use proptest::prelude::*;
use proptest::sample::select;

use cramp_widget::domain::checker::check_record::CheckRecord;
use cramp_widget::domain::checker::rules::TriageLevel;
use cramp_widget::domain::date::CalendarDate;
use cramp_widget::domain::reducer::Reducer;
use cramp_widget::domain::tips::carousel::{
    CarouselAction, CarouselPart, CarouselState, TipsOverview,
};
use cramp_widget::domain::tips::{TipId, DEFAULT_ORDER};

use CarouselAction::*;
use CarouselPart::{Elsewhere, RotationControl};

fn carousel() -> CarouselState {
    CarouselState::new(DEFAULT_ORDER.to_vec(), false)
}

fn run(state: CarouselState, actions: impl IntoIterator<Item = CarouselAction>) -> CarouselState {
    actions
        .into_iter()
        .fold(state, |state, action| state.reduce(action))
}

fn record(json: &str) -> CheckRecord {
    serde_json::from_str(json).unwrap_or_else(|error| panic!("{json}: {error}"))
}

#[test]
fn starts_on_the_first_slide_with_the_slide_show_off() {
    let state = carousel();
    assert_eq!(state.current(), 0);
    assert_eq!(state.slides(), DEFAULT_ORDER);
    assert!(!state.rotating());
    assert!(state.can_rotate());
}

#[test]
fn next_and_previous_wrap_around() {
    let last = DEFAULT_ORDER.len() - 1;
    assert_eq!(carousel().reduce(Next).current(), 1);
    assert_eq!(carousel().reduce(Previous).current(), last);
    let at_last = run(carousel(), [Previous]);
    assert_eq!(at_last.clone().reduce(Next).current(), 0);
    assert_eq!(at_last.clone().reduce(Previous).current(), last - 1);
    assert_eq!(
        run(carousel(), (0..DEFAULT_ORDER.len()).map(|_| Next)),
        carousel()
    );
}

#[test]
fn ticks_advance_only_while_rotating() {
    assert_eq!(carousel().reduce(Tick), carousel());
    let rotating = carousel().reduce(StartRotation);
    assert!(rotating.rotating());
    assert_eq!(rotating.clone().reduce(Tick).current(), 1);
    assert_eq!(run(rotating.clone(), [Tick, Tick, Tick]).current(), 3);
    let stopped = run(rotating, [Tick, StopRotation, Tick, Tick]);
    assert!(!stopped.rotating());
    assert_eq!(stopped.current(), 1);
}

#[test]
fn ticks_wrap_from_the_last_slide_to_the_first() {
    let state = run(carousel(), [Previous, StartRotation, Tick]);
    assert_eq!(state.current(), 0);
    assert!(state.rotating());
}

#[test]
fn hover_and_focus_elsewhere_stop_the_slide_show_for_good() {
    for stop in [PointerEntered(Elsewhere), FocusEntered(Elsewhere)] {
        let state = run(carousel(), [StartRotation, Tick, stop.clone()]);
        assert!(!state.rotating(), "{stop:?} stops the slide show");
        // Nothing but the user's own start brings it back: not leaving, not arriving again,
        // not reaching the rotation control, not time passing.
        let later = run(
            state.clone(),
            [
                Tick,
                PointerEntered(RotationControl),
                FocusEntered(RotationControl),
                stop,
                Tick,
            ],
        );
        assert_eq!(later, state);
        assert!(later.reduce(StartRotation).rotating());
    }
}

#[test]
fn reaching_the_rotation_control_keeps_the_slide_show_running() {
    for arrive in [
        PointerEntered(RotationControl),
        FocusEntered(RotationControl),
    ] {
        let state = run(carousel(), [StartRotation, arrive, Tick]);
        assert!(state.rotating());
        assert_eq!(state.current(), 1);
    }
}

#[test]
fn moving_by_hand_stops_the_slide_show() {
    for by_hand in [Next, Previous] {
        let state = run(carousel(), [StartRotation, by_hand, Tick]);
        assert!(!state.rotating());
    }
}

#[test]
fn reduced_motion_forbids_the_slide_show() {
    let still = CarouselState::new(DEFAULT_ORDER.to_vec(), true);
    assert!(!still.can_rotate());
    let tried = run(still, [StartRotation, Tick, Tick]);
    assert!(!tried.rotating());
    assert_eq!(tried.current(), 0);

    let turned_on_later = run(carousel(), [StartRotation, Tick, ReducedMotion(true), Tick]);
    assert!(!turned_on_later.rotating());
    assert_eq!(turned_on_later.current(), 1);

    let turned_off_again = turned_on_later.reduce(ReducedMotion(false));
    assert!(turned_off_again.can_rotate());
    assert!(
        !turned_off_again.rotating(),
        "the setting allows the show again but never starts it"
    );
}

#[test]
fn a_single_slide_never_rotates() {
    let one = CarouselState::new(vec![TipId::DuringACramp], false);
    assert!(!one.can_rotate());
    let state = run(one, [StartRotation, Tick, Next, Previous]);
    assert_eq!(state.current(), 0);
    assert!(!state.rotating());
}

#[test]
fn no_slides_is_safe() {
    let state = run(
        CarouselState::new(Vec::new(), false),
        [Next, Previous, StartRotation, Tick],
    );
    assert_eq!(state.current(), 0);
    assert!(!state.rotating());
}

#[test]
fn a_new_order_keeps_the_tip_being_read_in_view() {
    let reading = run(carousel(), [Next, Next]);
    let tip = reading.slides()[reading.current()];
    let mut order = DEFAULT_ORDER.to_vec();
    order.reverse();
    let reordered = reading.clone().reduce(SetOrder(order.clone()));
    assert_eq!(reordered.slides(), order.as_slice());
    assert_eq!(reordered.slides()[reordered.current()], tip);

    let without_it: Vec<TipId> = order.into_iter().filter(|t| *t != tip).collect();
    assert_eq!(reading.clone().reduce(SetOrder(without_it)).current(), 0);
}

#[test]
fn a_new_order_keeps_the_slide_show_as_it_was() {
    let rotating = carousel().reduce(StartRotation);
    assert!(rotating
        .clone()
        .reduce(SetOrder(DEFAULT_ORDER[..3].to_vec()))
        .rotating());
    assert!(!rotating
        .reduce(SetOrder(vec![TipId::CalfStretch]))
        .rotating());
    assert!(!carousel()
        .reduce(SetOrder(DEFAULT_ORDER[..3].to_vec()))
        .rotating());
}

fn any_action() -> impl Strategy<Value = CarouselAction> {
    let part = select(&[RotationControl, Elsewhere][..]);
    let order = proptest::collection::vec(select(TipId::ALL), 0..6);
    prop_oneof![
        Just(Next),
        Just(Previous),
        Just(StartRotation),
        Just(StopRotation),
        Just(Tick),
        part.clone().prop_map(PointerEntered),
        part.prop_map(FocusEntered),
        any::<bool>().prop_map(ReducedMotion),
        order.prop_map(SetOrder),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_slide_in_view_always_exists_and_only_start_starts_the_show(
        actions in proptest::collection::vec(any_action(), 0..40),
    ) {
        let mut state = carousel();
        for action in actions {
            let was_rotating = state.rotating();
            let started = action == StartRotation;
            state = state.reduce(action);
            prop_assert!(state.current() < state.slides().len().max(1));
            prop_assert!(!state.rotating() || state.can_rotate());
            prop_assert!(was_rotating || started || !state.rotating());
        }
    }
}

#[test]
fn before_any_check_tips_come_in_the_default_order() {
    let overview = TipsOverview::new(None);
    assert_eq!(overview.order, DEFAULT_ORDER);
    assert!(overview.matching.is_empty());
    assert!(!overview.is_personal());
    assert_eq!(overview.checked_on, None);
    assert!(!overview.medicines_raised);
    assert_eq!(overview.help_needed, None);
}

#[test]
fn after_a_check_matching_tips_come_first_and_are_marked() {
    let overview = TipsOverview::new(Some(&record(
        r#"{"checked_on":"2026-11-20","answers":{"lifestyle":["low_fluids"]}}"#,
    )));
    assert_eq!(overview.order.first(), Some(&TipId::DrinkWater));
    assert_eq!(overview.matching, [TipId::DrinkWater]);
    assert!(overview.matches(TipId::DrinkWater));
    assert!(!overview.matches(TipId::CalfStretch));
    assert!(overview.is_personal());
    assert_eq!(
        overview.checked_on,
        Some(CalendarDate::from_ymd(2026, 11, 20).unwrap())
    );
    assert_eq!(overview.help_needed, None);
}

#[test]
fn matching_tips_are_exactly_the_front_of_the_order() {
    let overview = TipsOverview::new(Some(&record(
        r#"{"checked_on":"2026-11-20","answers":{"sleep_affected":true,"frequency":"3_plus_per_week","lifestyle":["no_stretching"]}}"#,
    )));
    let count = overview.matching.len();
    assert!(count >= 3, "{:?}", overview.matching);
    assert_eq!(&overview.order[..count], overview.matching.as_slice());
    assert!(overview.order[count..]
        .iter()
        .all(|t| !overview.matches(*t)));
    assert_eq!(
        overview.help_needed, None,
        "sleep and frequency mean a GP visit"
    );
}

#[test]
fn a_check_that_matched_nothing_is_not_called_personal() {
    let overview = TipsOverview::new(Some(&record(
        r#"{"checked_on":"2026-11-20","answers":{"locations":["calf"]}}"#,
    )));
    assert_eq!(overview.order, DEFAULT_ORDER);
    assert!(!overview.is_personal());
    assert!(overview.checked_on.is_some());
}

#[test]
fn a_medicine_brings_the_caution_and_the_medicine_review_tip() {
    let overview = TipsOverview::new(Some(&record(
        r#"{"checked_on":"2026-11-20","answers":{"medicines":["statin"]}}"#,
    )));
    assert!(overview.medicines_raised);
    assert_eq!(overview.order.first(), Some(&TipId::ReviewMedicines));
    let without = TipsOverview::new(Some(&record(
        r#"{"checked_on":"2026-11-20","answers":{"lifestyle":["low_fluids"]}}"#,
    )));
    assert!(!without.medicines_raised);
}

#[test]
fn urgent_and_emergency_checks_are_repeated_above_the_tips() {
    let cases = [
        (
            r#"{"red_flags":["breathless_or_chest_pain"]}"#,
            Some(TriageLevel::Emergency),
        ),
        (r#"{"duration":"over_10_min"}"#, Some(TriageLevel::Urgent)),
        (r#"{"sleep_affected":true}"#, None),
        (r#"{}"#, None),
    ];
    for (answers, expected) in cases {
        let json = format!(r#"{{"checked_on":"2026-11-20","answers":{answers}}}"#);
        let overview = TipsOverview::new(Some(&record(&json)));
        assert_eq!(overview.help_needed, expected, "{answers}");
    }
}
