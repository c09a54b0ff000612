//! The diary panel's reducer: logging, editing, deleting with undo, failed saves, imports,
//! "Delete everything", reloads from other tabs and the read-only mode.
use std::rc::Rc;

use cramp_widget::domain::checker::answers::{Lifestyle, Location};
use cramp_widget::domain::checker::rules::{ArticleSection, Citation, Source, TriageLevel};
use cramp_widget::domain::content::Language;
use cramp_widget::domain::date::{CalendarDate, DateError};
use cramp_widget::domain::diary::alerts::alert_cards;
use cramp_widget::domain::diary::alerts::{diary_alerts, DiaryAlert};
use cramp_widget::domain::diary::book::{
    last_night, night_before, trend_start, DiaryAction, DiaryBook, DraftEdit, EntryDraft, FormMode,
    FormProblem, Message, StorageWrite, View, DEFAULT_DURATION_MIN, DEFAULT_PAIN, PAGE_SIZE,
    TREND_WEEKS,
};
use cramp_widget::domain::diary::entry::{muscle_location, trigger_habit};
use cramp_widget::domain::diary::entry::{
    Diary, DiaryEntry, DiaryError, EntryError, EntryId, Muscle, Relief, Side, Trigger,
    MAX_NOTE_CHARS,
};
use cramp_widget::domain::diary::format::{export_json, ImportError};
use cramp_widget::domain::diary::notes::{NoteFinding, NoteWarning};
use cramp_widget::domain::diary::stats::weekly_trend;
use cramp_widget::domain::reducer::Reducer;
use cramp_widget::domain::store::{DiaryLoad, StorageNotice, StoreError};

fn date(text: &str) -> CalendarDate {
    CalendarDate::parse(text).unwrap()
}

fn today() -> CalendarDate {
    date("2025-03-12")
}

fn entry(id: u64, night: &str) -> DiaryEntry {
    DiaryEntry {
        duration_min: 3,
        pain: 4,
        ..DiaryEntry::new(EntryId(id), date(night), Muscle::Foot, Side::Right)
    }
}

fn diary_of(entries: Vec<DiaryEntry>) -> Diary {
    Diary::from_entries(entries).unwrap()
}

fn book_with(entries: Vec<DiaryEntry>) -> DiaryBook {
    DiaryBook::new(DiaryLoad {
        diary: diary_of(entries),
        notice: None,
    })
}

fn ids(diary: &Diary) -> Vec<u64> {
    diary.entries().iter().map(|entry| entry.id.0).collect()
}

fn run(book: DiaryBook, actions: impl IntoIterator<Item = DiaryAction>) -> DiaryBook {
    actions.into_iter().fold(book, DiaryBook::reduce)
}

/// Answers the pending write as the panel does after a successful save.
fn write_done(book: DiaryBook) -> DiaryBook {
    let serial = book.pending().expect("a write is pending").serial();
    book.reduce(DiaryAction::WriteDone { serial })
}

fn saved_diary(book: &DiaryBook) -> Rc<Diary> {
    match book.pending().map(|pending| pending.write()) {
        Some(StorageWrite::Save(diary)) => diary.clone(),
        other => panic!("expected a pending save, found {other:?}"),
    }
}

fn draft(book: &DiaryBook) -> &EntryDraft {
    match book.view() {
        View::Form { draft, .. } => draft,
        other => panic!("expected the form, found {other:?}"),
    }
}

fn form_problem(book: &DiaryBook) -> Option<&FormProblem> {
    match book.view() {
        View::Form { problem, .. } => problem.as_ref(),
        other => panic!("expected the form, found {other:?}"),
    }
}

fn open_new(id: u64) -> DiaryAction {
    DiaryAction::OpenNew {
        id: EntryId(id),
        today: today(),
    }
}

fn submit() -> DiaryAction {
    DiaryAction::SubmitForm { today: today() }
}

fn edit(edit: DraftEdit) -> DiaryAction {
    DiaryAction::EditDraft(edit)
}

// ---- logging

#[test]
fn a_new_entry_defaults_to_last_night_and_a_moderate_cramp() {
    let book = book_with(vec![]).reduce(open_new(7));
    let draft = draft(&book);
    assert_eq!(draft.night, "2025-03-11");
    assert_eq!((draft.muscle, draft.side), (Muscle::Calf, Side::Left));
    assert_eq!(draft.duration_min, DEFAULT_DURATION_MIN.to_string());
    assert_eq!(draft.pain, DEFAULT_PAIN);
    assert_eq!(draft.id, EntryId(7));
    assert_eq!(last_night(today()), date("2025-03-11"));
    assert_eq!(night_before(today()), date("2025-03-10"));
}

#[test]
fn a_new_entry_repeats_the_newest_entrys_muscle_and_side() {
    let book = book_with(vec![entry(1, "2025-03-01"), entry(2, "2025-02-01")]).reduce(open_new(9));
    assert_eq!(
        (draft(&book).muscle, draft(&book).side),
        (Muscle::Foot, Side::Right)
    );
}

#[test]
fn saving_waits_for_storage_before_the_entry_counts() {
    let book = run(
        book_with(vec![entry(1, "2025-03-01")]),
        [
            open_new(5),
            edit(DraftEdit::Muscle(Muscle::Thigh)),
            edit(DraftEdit::Trigger(Trigger::LowFluids)),
            edit(DraftEdit::Helped(Relief::Stretching)),
            submit(),
        ],
    );
    assert_eq!(ids(book.diary()), [1], "nothing counts before the write");
    assert_eq!(ids(&saved_diary(&book)), [5, 1]);

    let book = write_done(book);
    assert_eq!(ids(book.diary()), [5, 1]);
    let saved = book.diary().get(EntryId(5)).unwrap();
    assert_eq!(saved.muscle, Muscle::Thigh);
    assert_eq!(saved.night, date("2025-03-11"));
    assert_eq!(saved.triggers, [Trigger::LowFluids]);
    assert_eq!(saved.helped, [Relief::Stretching]);
    assert_eq!(book.view(), &View::List);
    assert_eq!(book.message(), Some(&Message::Added));
    assert!(book.pending().is_none());
}

#[test]
fn ticking_a_tag_twice_unticks_it() {
    let book = run(
        book_with(vec![]),
        [
            open_new(5),
            edit(DraftEdit::Trigger(Trigger::NewMedicine)),
            edit(DraftEdit::Trigger(Trigger::LowFluids)),
            edit(DraftEdit::Trigger(Trigger::NewMedicine)),
        ],
    );
    assert_eq!(draft(&book).triggers, [Trigger::LowFluids]);
}

#[test]
fn invalid_input_keeps_the_form_with_one_problem_and_writes_nothing() {
    let cases = [
        (
            DraftEdit::Night("2025-03-13".into()),
            FormProblem::Entry(DiaryError::Invalid(EntryError::NightInFuture)),
        ),
        (
            DraftEdit::Night(String::new()),
            FormProblem::Night(DateError::Malformed),
        ),
        (DraftEdit::Duration("two".into()), FormProblem::Duration),
        (
            DraftEdit::Duration("121".into()),
            FormProblem::Entry(DiaryError::Invalid(EntryError::DurationTooLong)),
        ),
        (
            DraftEdit::Note("x".repeat(MAX_NOTE_CHARS + 1)),
            FormProblem::Entry(DiaryError::Invalid(EntryError::NoteTooLong {
                chars: MAX_NOTE_CHARS + 1,
            })),
        ),
    ];
    for (bad, expected) in cases {
        let book = run(
            book_with(vec![]),
            [open_new(5), edit(bad.clone()), submit()],
        );
        assert_eq!(form_problem(&book), Some(&expected), "after {bad:?}");
        assert!(book.pending().is_none());
        assert!(book.diary().is_empty());
        for language in Language::ALL {
            let message = language.texts().form_problem(&expected);
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{language:?}: {message}"
            );
        }
    }
}

#[test]
fn fixing_the_input_clears_the_problem_on_the_next_save() {
    let book = run(
        book_with(vec![]),
        [
            open_new(5),
            edit(DraftEdit::Duration("".into())),
            submit(),
            edit(DraftEdit::Duration(" 4 ".into())),
            submit(),
        ],
    );
    assert_eq!(form_problem(&book), None);
    assert_eq!(saved_diary(&book).get(EntryId(5)).unwrap().duration_min, 4);
}

#[test]
fn the_note_counts_characters_left() {
    let mut draft = EntryDraft::new(EntryId(1), today(), None);
    assert_eq!(draft.note_chars_left(), MAX_NOTE_CHARS);
    draft.note = "é".repeat(10);
    assert_eq!(draft.note_chars_left(), MAX_NOTE_CHARS - 10);
    draft.note = "x".repeat(MAX_NOTE_CHARS + 3);
    assert_eq!(draft.note_chars_left(), 0);
}

// ---- failed saves

#[test]
fn a_full_quota_keeps_the_draft_and_the_old_diary() {
    let book = run(
        book_with(vec![entry(1, "2025-03-01")]),
        [
            open_new(5),
            edit(DraftEdit::Note("left calf".into())),
            submit(),
        ],
    );
    let serial = book.pending().unwrap().serial();
    let book = book.reduce(DiaryAction::WriteFailed {
        serial,
        error: StoreError::QuotaExceeded,
    });
    assert_eq!(ids(book.diary()), [1]);
    assert_eq!(draft(&book).note, "left calf");
    assert_eq!(
        form_problem(&book),
        Some(&FormProblem::NotSaved(StoreError::QuotaExceeded))
    );
    assert!(book.pending().is_none());

    let retried = write_done(book.reduce(submit()));
    assert_eq!(ids(retried.diary()), [5, 1], "the same draft saves later");
}

#[test]
fn a_failed_delete_keeps_the_entry_and_says_so() {
    let book = book_with(vec![entry(1, "2025-03-01")]).reduce(DiaryAction::Delete(EntryId(1)));
    let serial = book.pending().unwrap().serial();
    let book = book.reduce(DiaryAction::WriteFailed {
        serial,
        error: StoreError::QuotaExceeded,
    });
    assert_eq!(ids(book.diary()), [1]);
    assert_eq!(
        book.message(),
        Some(&Message::NotSaved(StoreError::QuotaExceeded))
    );
}

#[test]
fn an_answer_for_another_write_is_ignored() {
    let book = run(book_with(vec![]), [open_new(5), submit()]);
    let serial = book.pending().unwrap().serial();
    let book = run(
        book,
        [
            DiaryAction::WriteDone { serial: serial + 1 },
            DiaryAction::WriteFailed {
                serial: serial + 7,
                error: StoreError::QuotaExceeded,
            },
        ],
    );
    assert!(book.pending().is_some());
    assert!(book.diary().is_empty());
    assert_eq!(form_problem(&book), None);
}

#[test]
fn a_second_change_while_a_write_is_pending_is_dropped() {
    let book = book_with(vec![entry(1, "2025-03-01"), entry(2, "2025-03-02")]);
    let book = run(
        book,
        [
            DiaryAction::Delete(EntryId(1)),
            DiaryAction::Delete(EntryId(2)),
        ],
    );
    assert_eq!(ids(&saved_diary(&book)), [2]);
    assert_eq!(ids(write_done(book).diary()), [2]);
}

// ---- edit, delete, undo

#[test]
fn editing_replaces_the_entry_after_the_write() {
    let book = run(
        book_with(vec![entry(1, "2025-03-01"), entry(2, "2025-03-05")]),
        [
            DiaryAction::OpenEdit(EntryId(1)),
            edit(DraftEdit::Pain(9)),
            edit(DraftEdit::Night("2025-03-08".into())),
            submit(),
        ],
    );
    assert!(matches!(
        book.view(),
        View::Form {
            mode: FormMode::Edit,
            ..
        }
    ));
    let book = write_done(book);
    assert_eq!(ids(book.diary()), [1, 2], "re-sorted by the new night");
    assert_eq!(book.diary().get(EntryId(1)).unwrap().pain, 9);
    assert_eq!(book.message(), Some(&Message::Updated));
}

#[test]
fn editing_an_entry_deleted_elsewhere_says_so() {
    let book = run(
        book_with(vec![entry(1, "2025-03-01")]),
        [
            DiaryAction::OpenEdit(EntryId(1)),
            DiaryAction::Reloaded(DiaryLoad {
                diary: Diary::new(),
                notice: None,
            }),
            submit(),
        ],
    );
    assert_eq!(
        form_problem(&book),
        Some(&FormProblem::Entry(DiaryError::NotFound(EntryId(1))))
    );
}

#[test]
fn delete_then_undo_puts_the_entry_back() {
    let gone = entry(1, "2025-03-01");
    let book = write_done(
        book_with(vec![gone.clone(), entry(2, "2025-03-02")])
            .reduce(DiaryAction::Delete(EntryId(1))),
    );
    assert_eq!(ids(book.diary()), [2]);
    assert_eq!(book.message(), Some(&Message::Deleted(gone.clone())));

    let book = book.reduce(DiaryAction::Undo);
    assert_eq!(ids(&saved_diary(&book)), [2, 1]);
    let book = write_done(book);
    assert_eq!(book.diary().get(EntryId(1)), Some(&gone));
    assert_eq!(book.message(), Some(&Message::Restored));
    assert_eq!(
        book.reduce(DiaryAction::Undo).pending(),
        None,
        "undo works once"
    );
}

#[test]
fn undo_is_gone_once_the_patient_moves_on() {
    let book =
        write_done(book_with(vec![entry(1, "2025-03-01")]).reduce(DiaryAction::Delete(EntryId(1))));
    let book = run(
        book,
        [
            DiaryAction::ShowSummary,
            DiaryAction::ShowList,
            DiaryAction::Undo,
        ],
    );
    assert!(book.pending().is_none());
    assert!(book.diary().is_empty());
    assert_eq!(book.message(), None);
}

#[test]
fn undo_after_another_tab_re_added_the_entry_reports_it() {
    let gone = entry(1, "2025-03-01");
    let book = write_done(book_with(vec![gone.clone()]).reduce(DiaryAction::Delete(EntryId(1))));
    let book = run(
        book,
        [
            DiaryAction::Reloaded(DiaryLoad {
                diary: diary_of(vec![gone]),
                notice: None,
            }),
            DiaryAction::Undo,
        ],
    );
    assert!(book.pending().is_none());
    assert_eq!(
        book.message(),
        Some(&Message::UndoFailed(DiaryError::DuplicateId(EntryId(1))))
    );
}

#[test]
fn deleting_an_unknown_entry_changes_nothing() {
    let book = book_with(vec![entry(1, "2025-03-01")]).reduce(DiaryAction::Delete(EntryId(99)));
    assert!(book.pending().is_none());
    assert_eq!(book.message(), None);
}

// ---- the list window

#[test]
fn the_list_shows_a_window_that_grows_page_by_page() {
    let start = date("2024-01-01");
    let entries = (0..45)
        .map(|i| {
            DiaryEntry::new(
                EntryId(i),
                start.add_days(i as i32).unwrap(),
                Muscle::Calf,
                Side::Left,
            )
        })
        .collect();
    let book = book_with(entries);
    assert_eq!(book.visible_entries().len(), PAGE_SIZE);
    assert_eq!(book.visible_entries()[0].id, EntryId(44), "newest first");
    assert_eq!(book.hidden_count(), 45 - PAGE_SIZE);
    let book = run(book, [DiaryAction::ShowMore, DiaryAction::ShowMore]);
    assert_eq!(book.visible_entries().len(), 45);
    assert_eq!(book.hidden_count(), 0);
}

// ---- import

fn export_of(entries: Vec<DiaryEntry>) -> String {
    export_json(&diary_of(entries), today())
}

#[test]
fn an_import_is_previewed_and_merges_only_when_confirmed() {
    let file = export_of(vec![
        entry(1, "2025-03-01"),
        entry(3, "2025-03-03"),
        entry(4, "2025-03-04"),
    ]);
    let book = book_with(vec![entry(1, "2025-03-01"), entry(2, "2025-03-02")]).reduce(
        DiaryAction::ImportFileRead {
            text: file,
            today: today(),
        },
    );
    let View::ImportPreview(plan) = book.view() else {
        panic!("expected a preview, found {:?}", book.view());
    };
    assert_eq!(plan.new_entries.len(), 2);
    assert_eq!(plan.duplicates_skipped, 1);
    assert_eq!(ids(book.diary()), [2, 1], "nothing merged yet");
    assert!(book.pending().is_none());

    let cancelled = book.clone().reduce(DiaryAction::ShowList);
    assert_eq!(cancelled.view(), &View::List);
    assert_eq!(ids(cancelled.diary()), [2, 1]);
    assert!(cancelled.pending().is_none());

    let book = write_done(book.reduce(DiaryAction::ConfirmImport));
    assert_eq!(ids(book.diary()), [4, 3, 2, 1]);
    assert_eq!(book.message(), Some(&Message::Imported { added: 2 }));
    assert_eq!(book.view(), &View::List);
}

#[test]
fn a_bad_file_is_refused_and_changes_nothing() {
    let book = book_with(vec![entry(1, "2025-03-01")]);
    let before = book.clone();
    for text in ["{not json", "[1,2]", "{\"format\":\"something-else\"}"] {
        let after = book.clone().reduce(DiaryAction::ImportFileRead {
            text: text.into(),
            today: today(),
        });
        assert_eq!(after.view(), &View::List);
        assert_eq!(after.diary(), before.diary());
        assert!(after.pending().is_none());
        let Some(Message::ImportRefused(error)) = after.message() else {
            panic!(
                "expected a refusal for {text:?}, found {:?}",
                after.message()
            );
        };
        assert!(!error.to_string().contains('\n'));
    }
}

#[test]
fn a_file_read_after_the_form_opened_leaves_the_form_alone() {
    let book = run(
        book_with(vec![]),
        [
            open_new(5),
            edit(DraftEdit::Note("typing".into())),
            DiaryAction::ImportFileRead {
                text: export_of(vec![entry(3, "2025-03-03")]),
                today: today(),
            },
        ],
    );
    assert_eq!(draft(&book).note, "typing");
}

#[test]
fn a_file_that_could_not_be_read_is_reported() {
    let book = book_with(vec![]).reduce(DiaryAction::ImportFileRefused(ImportError::TooLarge {
        bytes: 9_000_000,
    }));
    assert!(matches!(
        book.message(),
        Some(Message::ImportRefused(ImportError::TooLarge { .. }))
    ));
}

#[test]
fn a_failed_download_is_reported_without_touching_the_diary() {
    let book = book_with(vec![entry(1, "2025-03-01")]).reduce(DiaryAction::DownloadFailed);
    assert_eq!(book.message(), Some(&Message::DownloadFailed));
    assert_eq!(ids(book.diary()), [1]);
    assert!(book.pending().is_none());
}

#[test]
fn confirming_without_a_preview_does_nothing() {
    let book = book_with(vec![entry(1, "2025-03-01")]).reduce(DiaryAction::ConfirmImport);
    assert!(book.pending().is_none());
}

// ---- delete everything

#[test]
fn delete_everything_needs_the_second_step_and_removes_the_key() {
    let book = book_with(vec![entry(1, "2025-03-01")]);
    let unasked = book.clone().reduce(DiaryAction::ConfirmDeleteAll);
    assert!(unasked.pending().is_none(), "one tap is never enough");

    let book = book.reduce(DiaryAction::AskDeleteAll);
    assert_eq!(book.view(), &View::ConfirmDeleteAll);
    let cancelled = book.clone().reduce(DiaryAction::ShowList);
    assert_eq!(ids(cancelled.diary()), [1]);

    let book = book.reduce(DiaryAction::ConfirmDeleteAll);
    assert_eq!(
        book.pending().map(|p| p.write()),
        Some(&StorageWrite::Remove)
    );
    assert_eq!(ids(book.diary()), [1]);
    let book = write_done(book);
    assert!(book.diary().is_empty());
    assert_eq!(book.message(), Some(&Message::DeletedAll));
    assert_eq!(book.view(), &View::List);
}

// ---- other tabs and storage notices

#[test]
fn a_reload_from_another_tab_keeps_the_open_form() {
    let book = run(
        book_with(vec![entry(1, "2025-03-01")]),
        [
            open_new(5),
            edit(DraftEdit::Note("woke at 3".into())),
            DiaryAction::Reloaded(DiaryLoad {
                diary: diary_of(vec![entry(1, "2025-03-01"), entry(8, "2025-03-09")]),
                notice: None,
            }),
        ],
    );
    assert_eq!(ids(book.diary()), [8, 1]);
    assert_eq!(draft(&book).note, "woke at 3");
    let book = write_done(book.reduce(submit()));
    assert_eq!(
        ids(book.diary()),
        [5, 8, 1],
        "the save includes the other tab's entry"
    );
}

#[test]
fn a_newer_versions_diary_is_never_written() {
    let book = DiaryBook::new(DiaryLoad {
        diary: Diary::new(),
        notice: Some(StorageNotice::FutureVersion(3)),
    });
    assert!(!book.may_save());
    let book = run(book, [open_new(5), submit()]);
    assert!(book.pending().is_none(), "no write to storage");
    assert_eq!(ids(book.diary()), [5], "the entry lives on this page");
    assert_eq!(book.message(), Some(&Message::Added));

    let book = run(
        book,
        [DiaryAction::AskDeleteAll, DiaryAction::ConfirmDeleteAll],
    );
    assert!(book.pending().is_none(), "never removes a newer diary");
    assert!(book.diary().is_empty());
    assert_eq!(
        book.storage_notice(),
        Some(&StorageNotice::FutureVersion(3))
    );
}

#[test]
fn only_a_damaged_unsaved_diary_can_be_replaced_by_choice() {
    for notice in [
        StorageNotice::CorruptNotBackedUp,
        StorageNotice::LockDamaged { backed_up: false },
    ] {
        let damaged = DiaryBook::new(DiaryLoad {
            diary: Diary::new(),
            notice: Some(notice),
        });
        assert!(!damaged.may_save());
        let started = damaged.reduce(DiaryAction::StartNewDiary);
        assert!(started.may_save());
        assert_eq!(started.storage_notice(), None);
    }

    let locked = DiaryBook::new(DiaryLoad {
        diary: Diary::new(),
        notice: Some(StorageNotice::Locked),
    })
    .reduce(DiaryAction::StartNewDiary);
    assert!(
        !locked.may_save(),
        "a locked diary is never replaced by choice"
    );

    let newer = DiaryBook::new(DiaryLoad {
        diary: Diary::new(),
        notice: Some(StorageNotice::FutureVersion(3)),
    })
    .reduce(DiaryAction::StartNewDiary);
    assert!(!newer.may_save());
}

#[test]
fn a_reload_that_finds_a_newer_version_stops_saving() {
    let book = book_with(vec![]).reduce(DiaryAction::Reloaded(DiaryLoad {
        diary: Diary::new(),
        notice: Some(StorageNotice::FutureVersion(4)),
    }));
    assert!(!book.may_save());
    assert_eq!(
        book.storage_notice(),
        Some(&StorageNotice::FutureVersion(4))
    );
}

// ---- words borrowed from the checker

#[test]
fn every_habit_is_a_trigger_and_muscles_are_checker_locations() {
    let habits: Vec<Lifestyle> = Trigger::ALL
        .iter()
        .filter_map(|&t| trigger_habit(t))
        .collect();
    assert_eq!(habits, Lifestyle::ALL);
    for &trigger in Trigger::ALL {
        if let Some(habit) = trigger_habit(trigger) {
            assert_eq!(habit.as_str(), trigger.as_str());
        }
    }
    for &muscle in Muscle::ALL {
        assert_eq!(muscle_location(muscle).as_str(), muscle.as_str());
    }
    assert_eq!(Location::ALL.len(), Muscle::ALL.len());
}

#[test]
fn figures_beside_the_chart_start_on_the_charts_first_week() {
    for day in ["2025-03-10", "2025-03-12", "2025-03-16", "2024-02-29"] {
        let trend = weekly_trend(&[], date(day), TREND_WEEKS);
        assert_eq!(trend.len(), TREND_WEEKS);
        assert_eq!(trend[0].week_start, trend_start(date(day)), "today {day}");
    }
    assert_eq!(trend_start(CalendarDate::MIN), CalendarDate::MIN);
}

#[test]
fn alerts_become_one_card_per_level_with_each_finding_once() {
    let long = |id, night: &str, note: &str| DiaryEntry {
        duration_min: 15,
        note: note.into(),
        ..entry(id, night)
    };
    let entries = vec![
        long(1, "2025-03-03", "chest pain"),
        long(2, "2025-03-03", "chest pain"),
        long(3, "2025-03-04", "my left leg is swollen"),
        entry(4, "2025-03-05"),
        entry(5, "2024-01-01"),
    ];
    let cards = alert_cards(&diary_alerts(&entries, today()));
    let levels: Vec<TriageLevel> = cards.iter().map(|card| card.level).collect();
    assert_eq!(
        levels,
        [TriageLevel::Emergency, TriageLevel::Urgent, TriageLevel::Gp]
    );
    let chest = NoteFinding {
        warning: NoteWarning::ChestOrBreathing,
        quote: "chest pain".into(),
    };
    assert_eq!(
        cards[0].alerts,
        [DiaryAlert::Note {
            entry: EntryId(2),
            night: date("2025-03-03"),
            finding: chest,
        }],
        "the same words on one night are one finding"
    );
    assert_eq!(
        cards[1].alerts,
        [
            DiaryAlert::LongCramp {
                entry: EntryId(3),
                night: date("2025-03-04"),
            },
            DiaryAlert::Note {
                entry: EntryId(3),
                night: date("2025-03-04"),
                finding: NoteFinding {
                    warning: NoteWarning::OneLegSwelling,
                    quote: "leg is swollen".into(),
                },
            },
            DiaryAlert::LongCramp {
                entry: EntryId(2),
                night: date("2025-03-03"),
            },
        ],
        "two long cramps on one night are one finding"
    );
    assert_eq!(
        cards[2].alerts,
        [DiaryAlert::SeeDoctor {
            week_start: date("2025-03-03"),
            nights: 3,
        }]
    );
    assert_eq!(cards[0].sources(), [Citation::of(Source::Nhs)]);
    assert_eq!(
        cards[1].sources(),
        [
            Citation::article(ArticleSection::WhenToSeeADoctor),
            Citation::of(Source::Nhs),
            Citation::article(ArticleSection::SevereSymptoms),
        ],
        "each source once, in the order the findings cite them"
    );

    assert!(alert_cards(&diary_alerts(&[entry(6, "2025-03-05")], today())).is_empty());
}

#[test]
fn locking_forgets_the_open_form_and_the_status_line() {
    let mut book = book_with(vec![]).reduce(DiaryAction::OpenNew {
        id: EntryId(9),
        today: CalendarDate::parse("2026-12-02").unwrap(),
    });
    book = book.reduce(DiaryAction::EditDraft(DraftEdit::Note(
        "private words".into(),
    )));
    assert!(matches!(book.view(), View::Form { .. }));
    let locked = book.reduce(DiaryAction::Reloaded(DiaryLoad {
        diary: Diary::new(),
        notice: Some(StorageNotice::Locked),
    }));
    assert_eq!(locked.view(), &View::List);
    assert_eq!(locked.message(), None);
    assert!(locked.diary().is_empty());
    assert!(!locked.may_save());
}
