//! Calendar arithmetic, the diary collection, and what the diary reports back: weekly trends,
//! summaries and alerts.
use cramp_widget::domain::checker::rules::{Citation, Rule, RuleId, Source, TriageLevel};
use cramp_widget::domain::date::{CalendarDate, DateError, Weekday};
use cramp_widget::domain::diary::alerts::{diary_alerts, DiaryAlert};
use cramp_widget::domain::diary::entry::{
    Diary, DiaryEntry, DiaryError, EntryError, EntryId, Muscle, Relief, Side, Trigger,
};
use cramp_widget::domain::diary::notes::{NoteFinding, NoteWarning};
use cramp_widget::domain::diary::stats::{one_decimal, summary, weekly_trend, WeekCount};

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).expect("test dates are valid")
}

fn entry(id: u64, night: &str) -> DiaryEntry {
    DiaryEntry::new(EntryId(id), date(night), Muscle::Calf, Side::Left)
}

fn noted(id: u64, side: Side, note: &str) -> DiaryEntry {
    DiaryEntry {
        side,
        note: note.to_owned(),
        ..entry(id, "2025-01-06")
    }
}

// ---- calendar

#[test]
fn dates_round_trip_through_text_for_the_whole_range() {
    let mut day = CalendarDate::MIN;
    let mut count = 0;
    while let Some(next) = day.add_days(1) {
        assert_eq!(CalendarDate::parse(&day.to_string()), Ok(day));
        assert_eq!(CalendarDate::days_between(day, next), 1);
        day = next;
        count += 1;
    }
    assert_eq!(day, CalendarDate::MAX);
    assert_eq!(day.to_string(), "2200-12-31");
    assert_eq!(CalendarDate::MIN.to_string(), "1900-01-01");
    // 301 years, 73 of them leap years (1900, 2100 and 2200 are not).
    assert_eq!(count, 301 * 365 + 73 - 1);
}

#[test]
fn date_parts_and_constructor_agree() {
    let d = CalendarDate::from_ymd(2024, 2, 29).unwrap();
    assert_eq!((d.year(), d.month(), d.day()), (2024, 2, 29));
    assert_eq!(d, date("2024-02-29"));
    assert_eq!("2024-02-29".parse::<CalendarDate>(), Ok(d));
}

#[test]
fn impossible_and_out_of_range_dates_are_refused() {
    for text in [
        "2023-02-29",
        "2024-02-30",
        "2025-13-01",
        "2025-00-10",
        "2025-01-00",
        "2025-04-31",
    ] {
        assert_eq!(
            CalendarDate::parse(text),
            Err(DateError::NoSuchDay),
            "{text}"
        );
    }
    for text in ["1899-12-31", "2201-01-01", "0000-01-01", "9999-12-31"] {
        assert_eq!(
            CalendarDate::parse(text),
            Err(DateError::OutOfRange),
            "{text}"
        );
    }
    for text in [
        "",
        "2025-1-01",
        "2025/01/01",
        " 2025-01-01",
        "2025-01-01 ",
        "2025-01-01T00:00",
        "+025-01-01",
        "２０２５-01",
        "abcd-ef-gh",
        "2025-0a-01",
    ] {
        assert_eq!(
            CalendarDate::parse(text),
            Err(DateError::Malformed),
            "{text:?}"
        );
    }
    assert_eq!(
        CalendarDate::from_ymd(i32::MAX, 1, 1),
        Err(DateError::OutOfRange)
    );
    assert_eq!(
        CalendarDate::from_ymd(2025, u32::MAX, 1),
        Err(DateError::NoSuchDay)
    );
}

#[test]
fn weekdays_and_monday_week_starts() {
    assert_eq!(date("1970-01-01").weekday(), Weekday::Thursday);
    assert_eq!(date("1900-01-01").weekday(), Weekday::Monday);
    assert_eq!(date("2000-02-29").weekday(), Weekday::Tuesday);
    assert_eq!(date("2025-01-01").weekday(), Weekday::Wednesday);
    assert_eq!(date("2025-01-01").week_start(), date("2024-12-30"));
    assert_eq!(date("2025-01-05").week_start(), date("2024-12-30"));
    assert_eq!(date("2025-01-06").week_start(), date("2025-01-06"));
    assert_eq!(CalendarDate::MIN.week_start(), CalendarDate::MIN);
}

#[test]
fn adding_days_stays_in_range() {
    assert_eq!(date("2024-12-31").add_days(1), Some(date("2025-01-01")));
    assert_eq!(date("2024-03-01").add_days(-1), Some(date("2024-02-29")));
    assert_eq!(CalendarDate::MIN.add_days(-1), None);
    assert_eq!(CalendarDate::MAX.add_days(1), None);
    assert_eq!(CalendarDate::MAX.add_days(i32::MAX), None);
    assert_eq!(CalendarDate::MIN.add_days(i32::MIN), None);
    assert_eq!(
        CalendarDate::days_between(date("2025-01-10"), date("2025-01-01")),
        -9
    );
}

#[test]
fn dates_serialise_as_iso_text() {
    let d = date("2025-01-31");
    assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-01-31\"");
    assert_eq!(
        serde_json::from_str::<CalendarDate>("\"2025-01-31\"").unwrap(),
        d
    );
    assert!(serde_json::from_str::<CalendarDate>("\"2025-02-31\"").is_err());
    assert!(serde_json::from_str::<CalendarDate>("20250131").is_err());
}

#[test]
fn date_errors_are_one_clear_line() {
    for error in [
        DateError::Malformed,
        DateError::NoSuchDay,
        DateError::OutOfRange,
    ] {
        let text = error.to_string();
        assert!(!text.is_empty() && !text.contains('\n'));
    }
}

// ---- entries and the diary

#[test]
fn choices_have_stable_unique_ids_and_codes() {
    assert_eq!(
        Trigger::ALL.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        [
            "low_fluids",
            "long_standing",
            "long_sitting",
            "intense_exercise",
            "no_stretching",
            "low_mineral_diet",
            "unsupportive_footwear",
            "sedentary",
            "alcohol",
            "new_medicine"
        ]
    );
    assert_eq!(Muscle::ALL, [Muscle::Calf, Muscle::Foot, Muscle::Thigh]);
    assert_eq!(Side::from_id("both"), Some(Side::Both));
    assert_eq!(Relief::from_id("Heat"), None);
    fn unique<T: cramp_widget::domain::diary::entry::Choice>() {
        let all = T::all();
        for (i, a) in all.iter().enumerate() {
            assert_eq!(T::from_id(a.as_str()), Some(*a));
            assert_eq!(T::from_code(a.code()), Some(*a));
            for b in &all[i + 1..] {
                assert_ne!(a.as_str(), b.as_str());
                assert_ne!(a.code(), b.code());
            }
        }
    }
    unique::<Muscle>();
    unique::<Side>();
    unique::<Trigger>();
    unique::<Relief>();
}

#[test]
fn entry_validation_names_the_problem() {
    let today = date("2025-01-10");
    let ok = DiaryEntry {
        duration_min: 120,
        pain: 10,
        sleep_disturbance: 10,
        note: "é".repeat(500),
        ..entry(1, "2025-01-10")
    };
    assert_eq!(ok.validate(today), Ok(()));

    let cases = [
        (entry(1, "2025-01-11"), EntryError::NightInFuture),
        (
            DiaryEntry {
                duration_min: 121,
                ..entry(1, "2025-01-01")
            },
            EntryError::DurationTooLong,
        ),
        (
            DiaryEntry {
                pain: 11,
                ..entry(1, "2025-01-01")
            },
            EntryError::PainOutOfRange,
        ),
        (
            DiaryEntry {
                sleep_disturbance: 11,
                ..entry(1, "2025-01-01")
            },
            EntryError::SleepDisturbanceOutOfRange,
        ),
        (
            DiaryEntry {
                note: "x".repeat(501),
                ..entry(1, "2025-01-01")
            },
            EntryError::NoteTooLong { chars: 501 },
        ),
        (
            DiaryEntry {
                triggers: vec![Trigger::LowFluids, Trigger::Sedentary, Trigger::LowFluids],
                ..entry(1, "2025-01-01")
            },
            EntryError::RepeatedChoice("low_fluids"),
        ),
        (
            DiaryEntry {
                helped: vec![Relief::Heat, Relief::Heat],
                ..entry(1, "2025-01-01")
            },
            EntryError::RepeatedChoice("heat"),
        ),
    ];
    for (bad, expected) in cases {
        assert_eq!(bad.validate(today), Err(expected.clone()));
        let message = expected.to_string();
        assert!(!message.is_empty() && !message.contains('\n'), "{message}");
    }
}

#[test]
fn diary_keeps_newest_night_first_and_ids_unique() {
    let today = date("2025-01-10");
    let mut diary = Diary::new();
    diary.add(entry(1, "2025-01-02"), today).unwrap();
    diary.add(entry(2, "2025-01-05"), today).unwrap();
    diary.add(entry(3, "2025-01-02"), today).unwrap();
    diary.add(entry(4, "2025-01-01"), today).unwrap();
    let ids: Vec<u64> = diary.entries().iter().map(|e| e.id.0).collect();
    assert_eq!(ids, [2, 3, 1, 4]);

    assert_eq!(
        diary.add(entry(3, "2025-01-03"), today),
        Err(DiaryError::DuplicateId(EntryId(3)))
    );
    assert_eq!(
        diary.add(entry(9, "2025-01-11"), today),
        Err(DiaryError::Invalid(EntryError::NightInFuture))
    );
    assert_eq!(diary.len(), 4);
    assert_eq!(
        Diary::from_entries(vec![entry(5, "2025-01-01"), entry(5, "2024-01-01")]),
        Err(DiaryError::DuplicateId(EntryId(5)))
    );
}

#[test]
fn edit_remove_and_undo() {
    let today = date("2025-01-10");
    let mut diary =
        Diary::from_entries(vec![entry(1, "2025-01-02"), entry(2, "2025-01-05")]).unwrap();
    let before = diary.clone();

    let edited = DiaryEntry {
        night: date("2025-01-08"),
        pain: 7,
        ..entry(1, "2025-01-02")
    };
    let old = diary.replace(edited.clone(), today).unwrap();
    assert_eq!(old, entry(1, "2025-01-02"));
    assert_eq!(diary.entries()[0], edited);
    assert_eq!(
        diary.replace(entry(42, "2025-01-01"), today),
        Err(DiaryError::NotFound(EntryId(42)))
    );
    assert_eq!(
        diary.replace(
            DiaryEntry {
                pain: 11,
                ..edited.clone()
            },
            today
        ),
        Err(DiaryError::Invalid(EntryError::PainOutOfRange))
    );
    diary.remove(EntryId(1)).unwrap();
    diary.restore(old).unwrap();
    assert_eq!(diary, before);

    let removed = diary.remove(EntryId(2)).unwrap();
    assert_eq!(diary.remove(EntryId(2)), None);
    assert_eq!(diary.len(), 1);
    // Undo works even if "today" has since moved before the entry (clock change).
    diary.restore(removed).unwrap();
    assert_eq!(diary, before);
    assert!(diary.restore(entry(2, "2025-01-05")).is_err());
}

// ---- trends

#[test]
fn weekly_trend_counts_distinct_nights_per_monday_week_across_new_year() {
    // Wednesday; the current week starts on Monday 2025-01-06, the oldest of 12 on 2024-10-21.
    let today = date("2025-01-08");
    let entries = vec![
        entry(1, "2024-10-20"), // Sunday before the window
        entry(2, "2024-10-21"), // first day of the window
        entry(3, "2024-12-30"), // Monday of the week that spans the new year
        entry(4, "2025-01-05"), // its Sunday
        entry(5, "2025-01-05"), // same night again: counts once
        entry(6, "2025-01-06"),
        entry(7, "2025-01-08"),
        entry(8, "2025-01-12"), // later this week (only a clock change can do this)
    ];
    let trend = weekly_trend(&entries, today, 12);
    assert_eq!(trend.len(), 12);
    assert_eq!(trend[0].week_start, date("2024-10-21"));
    assert_eq!(trend[11].week_start, date("2025-01-06"));
    assert!(trend
        .windows(2)
        .all(|w| CalendarDate::days_between(w[0].week_start, w[1].week_start) == 7));
    let nights: Vec<u8> = trend.iter().map(|w| w.cramp_nights).collect();
    assert_eq!(nights, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3]);
    assert_eq!(
        trend[10],
        WeekCount {
            week_start: date("2024-12-30"),
            cramp_nights: 2
        }
    );

    let mut reversed = entries.clone();
    reversed.reverse();
    assert_eq!(weekly_trend(&reversed, today, 12), trend);
}

#[test]
fn weekly_trend_handles_zero_and_absurd_week_counts() {
    let entries = vec![entry(1, "2025-01-01")];
    assert!(weekly_trend(&entries, date("2025-01-08"), 0).is_empty());
    let all = weekly_trend(&entries, date("1900-01-20"), usize::MAX);
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].week_start, CalendarDate::MIN);
    let one = weekly_trend(&entries, date("2025-01-01"), 1);
    assert_eq!(
        one,
        [WeekCount {
            week_start: date("2024-12-30"),
            cramp_nights: 1
        }]
    );
    let end = weekly_trend(&[], CalendarDate::MAX, 2);
    assert_eq!(end.len(), 2);
}

#[test]
fn summary_averages_muscles_and_triggers() {
    let entries = vec![
        DiaryEntry {
            duration_min: 2,
            pain: 4,
            sleep_disturbance: 1,
            muscle: Muscle::Foot,
            triggers: vec![Trigger::LongStanding, Trigger::LowFluids],
            ..entry(1, "2025-01-01")
        },
        DiaryEntry {
            duration_min: 5,
            pain: 7,
            sleep_disturbance: 6,
            muscle: Muscle::Foot,
            triggers: vec![Trigger::LowFluids],
            ..entry(2, "2025-01-01")
        },
        DiaryEntry {
            duration_min: 0,
            pain: 1,
            sleep_disturbance: 2,
            triggers: vec![
                Trigger::Sedentary,
                Trigger::LongStanding,
                Trigger::LowFluids,
            ],
            ..entry(3, "2025-01-03")
        },
        DiaryEntry {
            pain: 10,
            duration_min: 60,
            ..entry(4, "2025-02-01")
        }, // outside
    ];
    let s = summary(&entries, date("2025-01-01"), date("2025-01-31"));
    assert_eq!(s.entries, 3);
    assert_eq!(s.cramp_nights, 2);
    assert!((s.avg_duration_min.unwrap() - 7.0 / 3.0).abs() < 1e-5);
    assert!((s.avg_pain.unwrap() - 4.0).abs() < 1e-5);
    assert!((s.avg_sleep_disturbance.unwrap() - 3.0).abs() < 1e-5);
    assert_eq!(s.most_affected_muscle, Some(Muscle::Foot));
    assert_eq!(
        s.trigger_counts,
        [
            (Trigger::LowFluids, 3),
            (Trigger::LongStanding, 2),
            (Trigger::Sedentary, 1)
        ]
    );
    assert_eq!(s.first_night, Some(date("2025-01-01")));
    assert_eq!(s.last_night, Some(date("2025-01-03")));
}

/// `one_decimal` stands in for `{:.1}`, so it must write exactly what `{:.1}` writes for every
/// average the diary can produce and for every file size the import reports.
#[test]
fn one_decimal_matches_float_formatting() {
    for count in 1..=60u32 {
        for total in 0..=count * 120 {
            let average = total as f32 / count as f32;
            assert_eq!(
                one_decimal(average.into()),
                format!("{average:.1}"),
                "{total}/{count}"
            );
        }
    }
    for bytes in (0..64 * 1024 * 1024usize).step_by(4099) {
        let megabytes = bytes as f64 / (1024.0 * 1024.0);
        assert_eq!(one_decimal(megabytes), format!("{megabytes:.1}"), "{bytes}");
    }
    assert_eq!(one_decimal(5.25), "5.2");
    assert_eq!(one_decimal(0.35f32.into()), "0.3");
    assert_eq!(one_decimal(0.0), "0.0");
}

#[test]
fn summary_of_nothing_has_no_averages() {
    let entries = vec![entry(1, "2025-01-01")];
    for (from, to) in [("2025-02-01", "2025-02-28"), ("2025-01-31", "2025-01-01")] {
        let s = summary(&entries, date(from), date(to));
        assert_eq!(s.entries, 0);
        assert_eq!(s.cramp_nights, 0);
        assert_eq!(s.avg_pain, None);
        assert_eq!(s.most_affected_muscle, None);
        assert!(s.trigger_counts.is_empty());
        assert_eq!(s.first_night, None);
    }
}

#[test]
fn most_affected_muscle_ties_go_to_the_first_listed() {
    let entries = vec![
        DiaryEntry {
            muscle: Muscle::Thigh,
            ..entry(1, "2025-01-01")
        },
        DiaryEntry {
            muscle: Muscle::Foot,
            ..entry(2, "2025-01-02")
        },
    ];
    let s = summary(&entries, CalendarDate::MIN, CalendarDate::MAX);
    assert_eq!(s.most_affected_muscle, Some(Muscle::Foot));
}

// ---- alerts

#[test]
fn three_cramp_nights_in_a_recent_week_means_see_a_doctor() {
    let today = date("2025-03-05");
    let entries = vec![
        entry(1, "2025-02-10"),
        entry(2, "2025-02-12"),
        entry(3, "2025-02-16"),
        entry(4, "2025-01-13"),
        entry(5, "2025-01-14"),
        entry(6, "2025-01-15"),
        entry(7, "2025-01-16"),
    ];
    assert_eq!(
        diary_alerts(&entries, today),
        [DiaryAlert::SeeDoctor {
            week_start: date("2025-02-10"),
            nights: 3
        }]
    );
}

#[test]
fn no_doctor_alert_for_two_nights_or_an_old_busy_week() {
    let today = date("2025-03-05");
    // Three entries but only two nights.
    let two_nights = vec![
        entry(1, "2025-02-10"),
        entry(2, "2025-02-10"),
        entry(3, "2025-02-11"),
    ];
    assert!(diary_alerts(&two_nights, today).is_empty());
    // Three nights in a week split across two Monday-based weeks.
    let split = vec![
        entry(1, "2025-02-08"),
        entry(2, "2025-02-09"),
        entry(3, "2025-02-10"),
    ];
    assert!(diary_alerts(&split, today).is_empty());
    // Three nights, but 13 weeks ago.
    let old = vec![
        entry(1, "2024-12-02"),
        entry(2, "2024-12-03"),
        entry(3, "2024-12-04"),
    ];
    assert!(diary_alerts(&old, today).is_empty());
    assert!(diary_alerts(&[], today).is_empty());
}

#[test]
fn long_cramps_are_urgent_and_listed_first() {
    let today = date("2025-03-05");
    let entries = vec![
        DiaryEntry {
            duration_min: 11,
            ..entry(1, "2025-03-03")
        },
        DiaryEntry {
            duration_min: 10,
            ..entry(2, "2025-03-02")
        },
        DiaryEntry {
            duration_min: 30,
            ..entry(3, "2025-02-25")
        },
        entry(4, "2025-02-26"),
        entry(5, "2025-02-27"),
        DiaryEntry {
            duration_min: 45,
            ..entry(6, "2024-11-01")
        }, // outside the 12 weeks
    ];
    assert_eq!(
        diary_alerts(&entries, today),
        [
            DiaryAlert::LongCramp {
                entry: EntryId(1),
                night: date("2025-03-03"),
            },
            DiaryAlert::LongCramp {
                entry: EntryId(3),
                night: date("2025-02-25"),
            },
            DiaryAlert::SeeDoctor {
                week_start: date("2025-02-24"),
                nights: 4
            },
        ]
    );
}

fn note_alert(id: u64, night: &str, warning: NoteWarning, quote: &str) -> DiaryAlert {
    DiaryAlert::Note {
        entry: EntryId(id),
        night: date(night),
        finding: NoteFinding {
            warning,
            quote: quote.into(),
        },
    }
}

#[test]
fn notes_raise_alerts_most_severe_level_first_quoting_their_words() {
    let today = date("2025-01-08");
    let entries = vec![
        DiaryEntry {
            duration_min: 15,
            ..noted(7, Side::Both, "swollen right calf")
        },
        DiaryEntry {
            night: date("2025-01-05"),
            ..noted(8, Side::Left, "both ankles puffy. Short of breath")
        },
        noted(9, Side::Right, "calf cramp, stretched it off"),
    ];
    assert_eq!(
        diary_alerts(&entries, today),
        [
            note_alert(
                8,
                "2025-01-05",
                NoteWarning::ChestOrBreathing,
                "Short of breath"
            ),
            DiaryAlert::LongCramp {
                entry: EntryId(7),
                night: date("2025-01-06"),
            },
            note_alert(
                7,
                "2025-01-06",
                NoteWarning::OneLegSwelling,
                "swollen right calf"
            ),
            note_alert(
                8,
                "2025-01-05",
                NoteWarning::BothLegsSwelling,
                "both ankles puffy"
            ),
        ]
    );
}

#[test]
fn an_alerts_level_and_sources_come_from_what_it_found() {
    let long = DiaryAlert::LongCramp {
        entry: EntryId(1),
        night: date("2025-01-06"),
    };
    let urine = note_alert(1, "2025-01-06", NoteWarning::DarkUrine, "dark urine");
    let week = DiaryAlert::SeeDoctor {
        week_start: date("2025-01-06"),
        nights: 3,
    };
    assert_eq!(long.level(), TriageLevel::Urgent);
    assert_eq!(urine.level(), TriageLevel::Emergency);
    assert_eq!(week.level(), TriageLevel::Gp);
    assert_eq!(long.sources(), Rule::get(RuleId::U3).sources);
    assert_eq!(urine.sources(), [Citation::of(Source::Mayo)]);
    assert_eq!(week.sources(), Rule::get(RuleId::G1).sources);
}

#[test]
fn a_long_cramp_that_stretching_eased_is_for_the_doctor_and_one_it_did_not_is_for_today() {
    let today = date("2025-03-05");
    let long = |id, helped: Vec<Relief>| DiaryEntry {
        duration_min: 15,
        helped,
        ..entry(id, "2025-03-04")
    };
    let alerts = diary_alerts(
        &[
            long(1, vec![Relief::Walking, Relief::Stretching]),
            long(2, vec![Relief::Walking]),
            long(3, vec![]),
        ],
        today,
    );
    let night = date("2025-03-04");
    assert_eq!(
        alerts,
        [
            DiaryAlert::LongCramp {
                entry: EntryId(3),
                night
            },
            DiaryAlert::LongCramp {
                entry: EntryId(2),
                night
            },
            DiaryAlert::LongCrampEased {
                entry: EntryId(1),
                night
            },
        ]
    );
    assert_eq!(alerts[0].level(), TriageLevel::Urgent);
    assert_eq!(alerts[2].level(), TriageLevel::Gp);
    assert_eq!(alerts[2].rule(), RuleId::G13);
}

#[test]
fn notes_older_than_the_alert_weeks_raise_nothing() {
    let today = date("2025-03-05");
    let old = DiaryEntry {
        night: date("2024-11-01"),
        ..noted(1, Side::Left, "chest pain")
    };
    assert!(diary_alerts(&[old], today).is_empty());
}
