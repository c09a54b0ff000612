//! The "Cramp now" guide's timing: the clock, the urgent card after 10 minutes, "Did it ease?"
//! for an old start, the rounding and the night a timed cramp is logged under.
use cramp_widget::domain::cramp_now::{
    clock, duration_minutes, minutes_passed, night_of, read_saved_start, stage, write_saved_start,
    CrampAction, CrampGuide, GuideStage, TimedCramp, STALE_AFTER_SECS, URGENT_AFTER_SECS,
};
use cramp_widget::domain::date::CalendarDate;
use cramp_widget::domain::diary::book::{DiaryAction, DiaryBook, View};
use cramp_widget::domain::diary::entry::{Diary, EntryId, MAX_DURATION_MIN};
use cramp_widget::domain::reducer::Reducer;
use cramp_widget::domain::store::DiaryLoad;
use proptest::prelude::*;

const START: u64 = 1_764_640_320_000;

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).unwrap()
}

fn empty_book() -> DiaryBook {
    DiaryBook::new(DiaryLoad {
        diary: Diary::default(),
        notice: None,
    })
}

fn open_at(now_ms: u64) -> CrampGuide {
    CrampGuide::default().reduce(CrampAction::Start { now_ms })
}

#[test]
fn the_clock_runs_from_the_tap_in_minutes_and_seconds() {
    let guide = open_at(START);
    assert!(guide.is_open());
    assert_eq!(clock(guide.elapsed_secs()), "0:00");
    let later = guide.reduce(CrampAction::Tick {
        now_ms: START + 61_000,
    });
    assert_eq!(later.started_ms, Some(START));
    assert_eq!(clock(later.elapsed_secs()), "1:01");
    assert_eq!(clock(10 * 60 + 1), "10:01");
    assert_eq!(clock(59 * 60 + 59), "59:59");
    // Part seconds are not shown until they are whole.
    let almost = guide.reduce(CrampAction::Tick {
        now_ms: START + 1_999,
    });
    assert_eq!(almost.elapsed_secs(), 1);
}

#[test]
fn a_clock_set_back_reads_zero_not_a_negative_time() {
    let guide = open_at(START).reduce(CrampAction::Tick {
        now_ms: START - 5_000,
    });
    assert_eq!(guide.elapsed_secs(), 0);
    assert_eq!(guide.stage(), GuideStage::Timing);
}

#[test]
fn ticks_reach_only_an_open_guide_and_closing_forgets_the_start() {
    let closed = CrampGuide::default().reduce(CrampAction::Tick { now_ms: START });
    assert_eq!(closed, CrampGuide::default());
    assert!(!closed.is_open());
    let closed_again = open_at(START).reduce(CrampAction::Close);
    assert_eq!(closed_again, CrampGuide::default());
    // "Start again" times a new cramp from the new moment.
    let restarted = open_at(START).reduce(CrampAction::Start {
        now_ms: START + 7_200_000,
    });
    assert_eq!(restarted.elapsed_secs(), 0);
}

#[test]
fn the_urgent_card_comes_after_ten_minutes_and_the_question_after_an_hour() {
    assert_eq!(URGENT_AFTER_SECS, 600);
    assert_eq!(STALE_AFTER_SECS, 3600);
    assert_eq!(stage(0), GuideStage::Timing);
    assert_eq!(stage(600), GuideStage::Timing);
    assert_eq!(stage(601), GuideStage::Urgent);
    assert_eq!(stage(3600), GuideStage::Urgent);
    assert_eq!(stage(3601), GuideStage::AskEased);
    let two_hours_old = open_at(START).reduce(CrampAction::Tick {
        now_ms: START + 2 * 3_600_000,
    });
    assert_eq!(two_hours_old.stage(), GuideStage::AskEased);
}

#[test]
fn the_screen_reader_hears_whole_minutes_only() {
    assert_eq!(minutes_passed(59), 0);
    assert_eq!(minutes_passed(60), 1);
    assert_eq!(minutes_passed(119), 1);
    assert_eq!(minutes_passed(600), 10);
}

#[test]
fn the_logged_length_rounds_up_to_whole_minutes_within_the_diary_limit() {
    assert_eq!(duration_minutes(0), 0);
    assert_eq!(duration_minutes(1), 1);
    assert_eq!(duration_minutes(60), 1);
    assert_eq!(duration_minutes(61), 2);
    assert_eq!(duration_minutes(601), 11);
    assert_eq!(duration_minutes(u64::MAX), MAX_DURATION_MIN);
    assert_eq!(duration_minutes(10_000 * 60), MAX_DURATION_MIN);
}

#[test]
fn a_cramp_before_noon_belongs_to_the_night_that_began_the_evening_before() {
    assert_eq!(night_of(date("2026-12-02"), 3), date("2026-12-01"));
    assert_eq!(night_of(date("2026-12-02"), 0), date("2026-12-01"));
    assert_eq!(night_of(date("2026-12-02"), 11), date("2026-12-01"));
    assert_eq!(night_of(date("2026-12-01"), 12), date("2026-12-01"));
    assert_eq!(night_of(date("2026-12-01"), 23), date("2026-12-01"));
    // Across a month and a year.
    assert_eq!(night_of(date("2027-01-01"), 2), date("2026-12-31"));
    assert_eq!(night_of(date("2028-03-01"), 4), date("2028-02-29"));
}

#[test]
fn a_timed_cramp_carries_its_night_its_length_and_when_it_began() {
    let guide = open_at(START).reduce(CrampAction::Tick {
        now_ms: START + 4 * 60_000 + 10_000,
    });
    let cramp = TimedCramp::from_guide(&guide, date("2026-12-02"), 3, "Began at 3:12 AM.".into());
    assert_eq!(cramp.night, date("2026-12-01"));
    assert_eq!(cramp.duration_min, Some(5));
    assert_eq!(cramp.note, "Began at 3:12 AM.");
    // An old start is not a measurement: the patient says how long.
    let stale = open_at(START).reduce(CrampAction::Tick {
        now_ms: START + 2 * 3_600_000,
    });
    let cramp = TimedCramp::from_guide(&stale, date("2026-12-01"), 22, String::new());
    assert_eq!(cramp.night, date("2026-12-01"));
    assert_eq!(cramp.duration_min, None);
}

#[test]
fn the_diary_opens_a_new_entry_filled_in_from_the_timer() {
    let book = empty_book();
    let cramp = TimedCramp {
        night: date("2026-11-30"),
        duration_min: Some(3),
        note: "Began at 3:12 AM.".into(),
    };
    let book = book.reduce(DiaryAction::OpenTimed {
        id: EntryId(7),
        cramp,
    });
    let View::Form { draft, .. } = book.view() else {
        panic!("the form should be open");
    };
    assert_eq!(draft.id, EntryId(7));
    assert_eq!(draft.night, "2026-11-30");
    assert_eq!(draft.duration_min, "3");
    assert_eq!(draft.note, "Began at 3:12 AM.");
    let submitted = book.reduce(DiaryAction::SubmitForm {
        today: date("2026-12-01"),
    });
    // Saving counts once storage took it, as for any entry.
    let serial = submitted.pending().expect("a write is pending").serial();
    let saved = submitted.reduce(DiaryAction::WriteDone { serial });
    let entry = saved.diary().get(EntryId(7)).expect("saved");
    assert_eq!(entry.duration_min, 3);
    assert_eq!(entry.night, date("2026-11-30"));
}

#[test]
fn an_unmeasured_cramp_keeps_the_forms_usual_length() {
    let book = empty_book();
    let usual = book.clone().reduce(DiaryAction::OpenNew {
        id: EntryId(1),
        today: date("2026-12-01"),
    });
    let timed = book.reduce(DiaryAction::OpenTimed {
        id: EntryId(1),
        cramp: TimedCramp {
            night: date("2026-11-30"),
            duration_min: None,
            note: String::new(),
        },
    });
    let (View::Form { draft: usual, .. }, View::Form { draft: timed, .. }) =
        (usual.view(), timed.view())
    else {
        panic!("both forms should be open");
    };
    assert_eq!(timed.duration_min, usual.duration_min);
}

#[test]
fn the_saved_start_reads_back_and_anything_else_is_not_a_start() {
    assert_eq!(read_saved_start(&write_saved_start(START)), Some(START));
    assert_eq!(write_saved_start(5), r#"{"started_ms":5}"#);
    for bad in [
        "",
        "null",
        "12345",
        r#"{"started_ms":-1}"#,
        r#"{"started_ms":"soon"}"#,
        r#"{"started_ms":1,"v":2}"#,
        "{",
    ] {
        assert_eq!(read_saved_start(bad), None, "{bad}");
    }
}

proptest! {
    #[test]
    fn no_saved_value_panics(text in ".{0,64}") {
        let _ = read_saved_start(&text);
    }

    #[test]
    fn the_stage_never_goes_back_as_time_passes(a in 0u64..20_000, b in 0u64..20_000) {
        let (early, late) = (a.min(b), a.max(b));
        let rank = |s| match s { GuideStage::Timing => 0, GuideStage::Urgent => 1, GuideStage::AskEased => 2 };
        prop_assert!(rank(stage(early)) <= rank(stage(late)));
        prop_assert!(duration_minutes(early) <= duration_minutes(late));
        prop_assert!(u64::from(duration_minutes(late)) * 60 >= late.min(u64::from(MAX_DURATION_MIN) * 60));
    }
}
