//! The diary lock's reducer (`DiaryLock`): turning the lock on, unlocking, changing the
//! passphrase, turning it off, forgetting it, locking now, what other tabs' writes do to the
//! state and the open form, and that a passphrase never outlives the job that used it.
use std::rc::Rc;

use cramp_widget::domain::lock::envelope::{KdfParams, LockHeader};
use cramp_widget::domain::lock::session::{
    DiaryLock, JobOutcome, LockAction, LockForm, LockJob, LockMessage, LockProblem, LockState,
    Observed, PassphraseEntry, PassphraseField, MIN_PASSPHRASE_CHARS,
};
use cramp_widget::domain::lock::vault::{DiaryKey, LockError};
use cramp_widget::domain::reducer::Reducer;
use cramp_widget::domain::store::StoreError;
use proptest::prelude::*;
use proptest::sample::select;

use LockAction::{Edit, JobDone, LockNow, Open, Submit, Unlock};
use PassphraseField::{Current, New, Repeat};

// ---- helpers

type Lock = DiaryLock<u32>;

fn key_of(key: u32) -> Rc<DiaryKey<u32>> {
    Rc::new(DiaryKey {
        key,
        header: LockHeader {
            kdf: KdfParams::default(),
            salt: [1; 16],
            check: [2; 28],
        },
    })
}

fn key() -> Rc<DiaryKey<u32>> {
    key_of(7)
}

fn run(lock: Lock, actions: impl IntoIterator<Item = LockAction<u32>>) -> Lock {
    actions.into_iter().fold(lock, Reducer::reduce)
}

fn edit(field: PassphraseField, text: &str) -> LockAction<u32> {
    Edit(field, text.to_owned())
}

fn observed(observed: Observed) -> LockAction<u32> {
    LockAction::Observed(observed)
}

const GOOD: &str = "correct horse";
const OTHER: &str = "battery staple";

/// Off, with the turn-on form filled in with `new` and `repeat`.
fn turn_on_form(new: &str, repeat: &str) -> Lock {
    run(
        Lock::new(false),
        [Open(LockForm::TurnOn), edit(New, new), edit(Repeat, repeat)],
    )
}

/// Off, with the turn-on job for `GOOD` waiting.
fn turning_on() -> Lock {
    turn_on_form(GOOD, GOOD).reduce(Submit)
}

fn unlocked() -> Lock {
    run(
        Lock::new(true),
        [
            Unlock(GOOD.to_owned()),
            JobDone(JobOutcome::Unlocked(key())),
        ],
    )
}

/// Unlocked, with the change form filled in.
fn change_form(current: &str, new: &str, repeat: &str) -> Lock {
    run(
        unlocked(),
        [
            Open(LockForm::Change),
            edit(Current, current),
            edit(New, new),
            edit(Repeat, repeat),
        ],
    )
}

fn problem(problem: LockProblem) -> Option<LockMessage> {
    Some(LockMessage::Problem(problem))
}

// ---- a new lock

#[test]
fn a_plain_diary_starts_off_with_no_job_and_no_form() {
    let lock = Lock::new(false);
    assert_eq!(lock.state(), &LockState::Off);
    assert!(!lock.is_on());
    assert_eq!(lock.key(), None);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.form(), LockForm::None);
    assert_eq!(lock.entry(), &PassphraseEntry::default());
    assert_eq!(lock.message(), None);
}

#[test]
fn a_locked_diary_starts_locked_with_no_job_and_no_form() {
    let lock = Lock::new(true);
    assert_eq!(lock.state(), &LockState::Locked);
    assert!(lock.is_on());
    assert_eq!(lock.key(), None);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.form(), LockForm::None);
    assert_eq!(lock.message(), None);
}

// ---- turning the lock on

#[test]
fn turning_on_with_a_good_passphrase_twice_starts_the_turn_on_job() {
    let lock = turning_on();
    assert_eq!(
        lock.job(),
        Some(&LockJob::TurnOn {
            passphrase: GOOD.to_owned()
        })
    );
    assert_eq!(lock.state(), &LockState::Off);
    assert_eq!(lock.form(), LockForm::TurnOn);
    assert_eq!(lock.message(), None);
}

#[test]
fn a_passphrase_one_char_too_short_is_refused_without_a_job() {
    let short = "a".repeat(MIN_PASSPHRASE_CHARS - 1);
    assert_eq!(short.chars().count(), 7);
    let lock = turn_on_form(&short, &short).reduce(Submit);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(LockProblem::TooShort));
    assert_eq!(lock.form(), LockForm::TurnOn);
    assert_eq!(lock.state(), &LockState::Off);
}

#[test]
fn the_minimum_length_counts_chars_not_bytes() {
    for passphrase in ["पासवर्डअब", "🔒🔑🐈🐕🌙🌧🌈🌊"] {
        let chars = passphrase.chars().count();
        assert!(chars >= MIN_PASSPHRASE_CHARS && chars < passphrase.len());
        let lock = turn_on_form(passphrase, passphrase).reduce(Submit);
        assert_eq!(
            lock.job(),
            Some(&LockJob::TurnOn {
                passphrase: passphrase.to_owned()
            }),
            "{passphrase}"
        );
    }
    // Seven multi-byte chars are more than eight bytes, and still too short.
    let seven = "पपपपपपप";
    assert!(seven.len() >= MIN_PASSPHRASE_CHARS);
    let lock = turn_on_form(seven, seven).reduce(Submit);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(LockProblem::TooShort));
}

#[test]
fn exactly_eight_hindi_chars_are_long_enough() {
    let eight = "पासवर्डअ";
    assert_eq!(eight.chars().count(), 8);
    let lock = turn_on_form(eight, eight).reduce(Submit);
    assert!(matches!(lock.job(), Some(LockJob::TurnOn { .. })));
}

#[test]
fn passphrases_that_differ_are_refused_without_a_job() {
    let lock = turn_on_form(GOOD, OTHER).reduce(Submit);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(LockProblem::Differ));
    assert_eq!(lock.entry().new, GOOD);
    assert_eq!(lock.entry().repeat, OTHER);
}

#[test]
fn a_finished_turn_on_unlocks_with_the_new_key_and_clears_the_form() {
    let lock = turning_on().reduce(JobDone(JobOutcome::TurnedOn(key())));
    assert_eq!(lock.state(), &LockState::Unlocked(key()));
    assert_eq!(lock.key(), Some(&key()));
    assert!(lock.is_on());
    assert_eq!(lock.message(), Some(&LockMessage::TurnedOn));
    assert_eq!(lock.form(), LockForm::None);
    assert_eq!(lock.entry(), &PassphraseEntry::default());
    assert_eq!(lock.job(), None);
}

#[test]
fn a_failed_turn_on_keeps_the_form_and_what_was_typed() {
    let failure = LockProblem::Store(StoreError::QuotaExceeded);
    let lock = turning_on().reduce(JobDone(JobOutcome::Failed(failure.clone())));
    assert_eq!(lock.state(), &LockState::Off);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.form(), LockForm::TurnOn);
    assert_eq!(lock.entry().new, GOOD);
    assert_eq!(lock.entry().repeat, GOOD);
    assert_eq!(lock.message().cloned(), problem(failure));
}

#[test]
fn a_failed_job_can_be_submitted_again() {
    let failure = LockProblem::Lock(LockError::Unavailable("no crypto".into()));
    let lock = run(turning_on(), [JobDone(JobOutcome::Failed(failure)), Submit]);
    assert!(matches!(lock.job(), Some(LockJob::TurnOn { .. })));
    assert_eq!(lock.message(), None);
}

// ---- while a job runs

#[test]
fn submitting_again_while_a_job_runs_changes_nothing() {
    let busy = turning_on();
    assert_eq!(busy.clone().reduce(Submit), busy);
}

#[test]
fn submitting_a_changed_form_while_a_job_runs_changes_nothing() {
    // The buttons are busy while a job runs; a stray submit must neither replace the job
    // nor put a problem on the status line that the running job did not have.
    let busy = run(turning_on(), [edit(Repeat, "typo")]);
    let after = busy.clone().reduce(Submit);
    assert_eq!(after.job(), busy.job());
    assert_eq!(after.message(), None);
}

#[test]
fn opening_a_form_while_a_job_runs_changes_nothing() {
    let busy = turning_on();
    for form in [
        LockForm::None,
        LockForm::TurnOn,
        LockForm::Change,
        LockForm::ConfirmOff,
        LockForm::ConfirmForget,
    ] {
        assert_eq!(busy.clone().reduce(Open(form)), busy, "{form:?}");
    }
}

#[test]
fn a_job_done_with_no_job_is_ignored() {
    for lock in [Lock::new(false), Lock::new(true), unlocked()] {
        for outcome in [
            JobOutcome::Unlocked(key_of(9)),
            JobOutcome::TurnedOn(key_of(9)),
            JobOutcome::Changed(key_of(9)),
            JobOutcome::TurnedOff,
            JobOutcome::Forgotten,
            JobOutcome::Failed(LockProblem::Empty),
        ] {
            assert_eq!(
                lock.clone().reduce(JobDone(outcome.clone())),
                lock,
                "{outcome:?}"
            );
        }
    }
}

#[test]
fn unlocking_while_a_job_runs_changes_nothing() {
    let busy = run(Lock::new(true), [Unlock(GOOD.to_owned())]);
    assert_eq!(busy.clone().reduce(Unlock(OTHER.to_owned())), busy);
    assert_eq!(busy.clone().reduce(Unlock(String::new())), busy);
}

// ---- unlocking

#[test]
fn unlocking_starts_the_unlock_job_only_when_locked() {
    let lock = Lock::new(true).reduce(Unlock(GOOD.to_owned()));
    assert_eq!(
        lock.job(),
        Some(&LockJob::Unlock {
            passphrase: GOOD.to_owned()
        })
    );
    assert_eq!(lock.state(), &LockState::Locked);

    for other in [Lock::new(false), unlocked()] {
        assert_eq!(other.clone().reduce(Unlock(GOOD.to_owned())), other);
    }
}

#[test]
fn an_empty_unlock_is_refused_without_a_job() {
    let lock = Lock::new(true).reduce(Unlock(String::new()));
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(LockProblem::Empty));
    assert_eq!(lock.state(), &LockState::Locked);
}

#[test]
fn a_finished_unlock_holds_the_key_with_no_message() {
    let lock = unlocked();
    assert_eq!(lock.state(), &LockState::Unlocked(key()));
    assert_eq!(lock.key(), Some(&key()));
    assert_eq!(lock.message(), None);
    assert_eq!(lock.job(), None);
}

#[test]
fn a_wrong_passphrase_stays_locked_and_says_so() {
    let wrong = LockProblem::Lock(LockError::WrongPassphrase);
    let lock = run(
        Lock::new(true),
        [
            Unlock(OTHER.to_owned()),
            JobDone(JobOutcome::Failed(wrong.clone())),
        ],
    );
    assert_eq!(lock.state(), &LockState::Locked);
    assert_eq!(lock.key(), None);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(wrong));
}

// ---- changing the passphrase

#[test]
fn changing_needs_the_diary_unlocked() {
    for lock in [Lock::new(false), Lock::new(true)] {
        let lock = run(
            lock,
            [
                Open(LockForm::Change),
                edit(Current, GOOD),
                edit(New, OTHER),
                edit(Repeat, OTHER),
                Submit,
            ],
        );
        assert_eq!(lock.job(), None);
        assert_eq!(lock.message(), None);
    }
}

#[test]
fn changing_with_an_empty_current_passphrase_is_refused() {
    let lock = change_form("", OTHER, OTHER).reduce(Submit);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(LockProblem::Empty));
}

#[test]
fn changing_checks_the_new_passphrase_like_turning_on() {
    let lock = change_form(GOOD, "short", "short").reduce(Submit);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(LockProblem::TooShort));

    let lock = change_form(GOOD, OTHER, GOOD).reduce(Submit);
    assert_eq!(lock.job(), None);
    assert_eq!(lock.message().cloned(), problem(LockProblem::Differ));
}

#[test]
fn a_good_change_starts_the_change_job() {
    let lock = change_form(GOOD, OTHER, OTHER).reduce(Submit);
    assert_eq!(
        lock.job(),
        Some(&LockJob::Change {
            current: GOOD.to_owned(),
            new: OTHER.to_owned(),
        })
    );
    assert_eq!(lock.key(), Some(&key()));
}

#[test]
fn a_finished_change_holds_the_new_key_and_says_so() {
    let lock = run(
        change_form(GOOD, OTHER, OTHER),
        [Submit, JobDone(JobOutcome::Changed(key_of(8)))],
    );
    assert_eq!(lock.state(), &LockState::Unlocked(key_of(8)));
    assert_eq!(lock.key(), Some(&key_of(8)));
    assert_eq!(lock.message(), Some(&LockMessage::Changed));
    assert_eq!(lock.form(), LockForm::None);
}

// ---- turning off and forgetting

#[test]
fn confirming_off_starts_the_turn_off_job_and_ends_off() {
    let lock = run(unlocked(), [Open(LockForm::ConfirmOff), Submit]);
    assert_eq!(lock.job(), Some(&LockJob::TurnOff));
    let lock = lock.reduce(JobDone(JobOutcome::TurnedOff));
    assert_eq!(lock.state(), &LockState::Off);
    assert!(!lock.is_on());
    assert_eq!(lock.key(), None);
    assert_eq!(lock.message(), Some(&LockMessage::TurnedOff));
    assert_eq!(lock.form(), LockForm::None);
}

#[test]
fn turning_off_needs_the_key() {
    for lock in [Lock::new(false), Lock::new(true)] {
        let lock = run(lock, [Open(LockForm::ConfirmOff), Submit]);
        assert_eq!(lock.job(), None);
    }
}

#[test]
fn forgetting_works_only_while_locked_and_ends_off() {
    let lock = run(Lock::new(true), [Open(LockForm::ConfirmForget), Submit]);
    assert_eq!(lock.job(), Some(&LockJob::Forget));
    let lock = lock.reduce(JobDone(JobOutcome::Forgotten));
    assert_eq!(lock.state(), &LockState::Off);
    assert_eq!(lock.form(), LockForm::None);
    assert_eq!(lock.job(), None);

    for other in [Lock::new(false), unlocked()] {
        let other = run(other, [Open(LockForm::ConfirmForget), Submit]);
        assert_eq!(other.job(), None);
    }
}

// ---- locking now

#[test]
fn locking_now_drops_the_key_closes_the_form_and_says_so() {
    let lock = change_form(GOOD, OTHER, OTHER).reduce(LockNow);
    assert_eq!(lock.state(), &LockState::Locked);
    assert_eq!(lock.key(), None);
    assert_eq!(lock.message(), Some(&LockMessage::LockedNow));
    assert_eq!(lock.form(), LockForm::None);
    assert_eq!(lock.entry(), &PassphraseEntry::default());
}

#[test]
fn locking_now_does_nothing_when_off_or_locked() {
    for lock in [Lock::new(false), Lock::new(true), turn_on_form(GOOD, GOOD)] {
        assert_eq!(lock.clone().reduce(LockNow), lock);
    }
}

#[test]
fn locking_now_waits_for_a_running_job() {
    let busy = change_form(GOOD, OTHER, OTHER).reduce(Submit);
    assert_eq!(busy.clone().reduce(LockNow), busy);
    let busy = run(unlocked(), [Open(LockForm::ConfirmOff), Submit]);
    assert_eq!(busy.clone().reduce(LockNow), busy);
}

// ---- other tabs

#[test]
fn a_plain_diary_elsewhere_turns_the_lock_off_from_any_state() {
    for lock in [Lock::new(false), Lock::new(true), unlocked()] {
        let lock = lock.reduce(observed(Observed::Plain));
        assert_eq!(lock.state(), &LockState::Off);
        assert_eq!(lock.key(), None);
    }
}

#[test]
fn the_same_key_elsewhere_keeps_the_diary_unlocked() {
    let lock = unlocked().reduce(observed(Observed::SameKey));
    assert_eq!(lock.state(), &LockState::Unlocked(key()));
}

#[test]
fn another_key_elsewhere_locks_and_drops_the_key() {
    let lock = unlocked().reduce(observed(Observed::OtherKey));
    assert_eq!(lock.state(), &LockState::Locked);
    assert_eq!(lock.key(), None);
}

#[test]
fn a_lock_turned_on_elsewhere_locks_an_off_diary() {
    for seen in [Observed::SameKey, Observed::OtherKey] {
        let lock = Lock::new(false).reduce(observed(seen));
        assert_eq!(lock.state(), &LockState::Locked, "{seen:?}");
        let lock = Lock::new(true).reduce(observed(seen));
        assert_eq!(lock.state(), &LockState::Locked, "{seen:?}");
    }
}

#[test]
fn the_turn_on_form_closes_when_another_tab_locks_the_diary() {
    let lock = turn_on_form(GOOD, GOOD).reduce(observed(Observed::OtherKey));
    assert_eq!(lock.state(), &LockState::Locked);
    assert_eq!(lock.form(), LockForm::None);
    assert_eq!(lock.entry(), &PassphraseEntry::default());
}

#[test]
fn the_change_form_closes_when_the_key_is_dropped() {
    for seen in [Observed::OtherKey, Observed::Plain] {
        let lock = change_form(GOOD, OTHER, OTHER).reduce(observed(seen));
        assert_eq!(lock.form(), LockForm::None, "{seen:?}");
        assert_eq!(lock.entry(), &PassphraseEntry::default(), "{seen:?}");
    }
}

#[test]
fn a_form_that_still_fits_stays_open() {
    let lock = change_form(GOOD, OTHER, OTHER);
    let after = lock.clone().reduce(observed(Observed::SameKey));
    assert_eq!(after, lock);

    let lock = turn_on_form(GOOD, GOOD);
    let after = lock.clone().reduce(observed(Observed::Plain));
    assert_eq!(after, lock);

    let lock = run(Lock::new(true), [Open(LockForm::ConfirmForget)]);
    for seen in [Observed::SameKey, Observed::OtherKey] {
        assert_eq!(
            lock.clone().reduce(observed(seen)).form(),
            LockForm::ConfirmForget
        );
    }
    let lock = run(unlocked(), [Open(LockForm::ConfirmOff)]);
    assert_eq!(
        lock.reduce(observed(Observed::SameKey)).form(),
        LockForm::ConfirmOff
    );
}

/// Another tab's write while a job runs can move the state under the job: here the diary went
/// plain while an `Unlock` ran. The job is dropped, so its late answer cannot open a diary that
/// is not locked.
#[test]
fn a_job_always_fits_the_state_even_after_another_tab_writes() {
    let lock = run(
        Lock::new(true),
        [Unlock(GOOD.to_owned()), observed(Observed::Plain)],
    );
    assert!(lock.job().is_none() || lock.state() == &LockState::Locked);
    let lock = lock.reduce(JobDone(JobOutcome::Unlocked(key())));
    assert_ne!(lock.state(), &LockState::Unlocked(key()));
}

// ---- passphrases do not outlive their job

#[test]
fn no_passphrase_survives_a_finished_job() {
    let finished = [
        run(turning_on(), [JobDone(JobOutcome::TurnedOn(key()))]),
        unlocked(),
        run(
            change_form(GOOD, OTHER, OTHER),
            [Submit, JobDone(JobOutcome::Changed(key_of(8)))],
        ),
        run(
            unlocked(),
            [
                Open(LockForm::ConfirmOff),
                edit(Current, GOOD),
                Submit,
                JobDone(JobOutcome::TurnedOff),
            ],
        ),
        run(
            Lock::new(true),
            [
                Open(LockForm::ConfirmForget),
                edit(New, GOOD),
                Submit,
                JobDone(JobOutcome::Forgotten),
            ],
        ),
    ];
    for lock in finished {
        assert_eq!(lock.entry(), &PassphraseEntry::default(), "{lock:?}");
        assert_eq!(lock.job(), None, "{lock:?}");
        assert!(!format!("{lock:?}").contains(GOOD), "{lock:?}");
        assert!(!format!("{lock:?}").contains(OTHER), "{lock:?}");
    }
}

// ---- any sequence

fn any_key() -> impl Strategy<Value = Rc<DiaryKey<u32>>> {
    (0u32..3).prop_map(key_of)
}

fn any_problem() -> impl Strategy<Value = LockProblem> {
    select(vec![
        LockProblem::TooShort,
        LockProblem::Differ,
        LockProblem::Empty,
        LockProblem::Lock(LockError::WrongPassphrase),
        LockProblem::Lock(LockError::OtherKey),
        LockProblem::Store(StoreError::QuotaExceeded),
    ])
}

fn any_outcome() -> impl Strategy<Value = JobOutcome<u32>> {
    prop_oneof![
        any_key().prop_map(JobOutcome::Unlocked),
        any_key().prop_map(JobOutcome::TurnedOn),
        any_key().prop_map(JobOutcome::Changed),
        Just(JobOutcome::TurnedOff),
        Just(JobOutcome::Forgotten),
        any_problem().prop_map(JobOutcome::Failed),
    ]
}

fn any_text() -> impl Strategy<Value = String> {
    // Few enough that a new passphrase and its repeat often match.
    select(vec![
        "",
        "abc",
        "abcdefg",
        "abcdefgh",
        "पासवर्डअ",
        "🔒🔑🐈🐕🌙☀️🌧️",
    ])
    .prop_map(str::to_owned)
}

fn any_action() -> impl Strategy<Value = LockAction<u32>> {
    let form = select(vec![
        LockForm::None,
        LockForm::TurnOn,
        LockForm::Change,
        LockForm::ConfirmOff,
        LockForm::ConfirmForget,
    ]);
    let field = select(vec![Current, New, Repeat]);
    let seen = select(vec![Observed::Plain, Observed::SameKey, Observed::OtherKey]);
    prop_oneof![
        1 => form.prop_map(Open),
        1 => (field, any_text()).prop_map(|(field, text)| Edit(field, text)),
        3 => Just(Submit),
        1 => any_text().prop_map(Unlock),
        2 => any_outcome().prop_map(JobDone),
        1 => Just(LockNow),
        1 => seen.prop_map(LockAction::Observed),
    ]
}

fn job_fits(job: &LockJob, state: &LockState<u32>) -> bool {
    match job {
        LockJob::TurnOn { .. } => *state == LockState::Off,
        LockJob::Unlock { .. } | LockJob::Forget => *state == LockState::Locked,
        LockJob::Change { .. } | LockJob::TurnOff => matches!(state, LockState::Unlocked(_)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_sequence_keeps_the_key_the_state_and_the_job_consistent(
        locked in any::<bool>(),
        actions in proptest::collection::vec(any_action(), 0..40),
    ) {
        let mut lock = Lock::new(locked);
        for action in actions {
            let had_job = lock.job().is_some();
            let busy_click = had_job && matches!(action, Submit | Unlock(_) | Open(_) | LockNow);
            let before = lock.clone();
            let finished = matches!(
                &action,
                JobDone(outcome) if !matches!(outcome, JobOutcome::Failed(_))
            );
            lock = lock.reduce(action);

            prop_assert_eq!(
                lock.key().is_some(),
                matches!(lock.state(), LockState::Unlocked(_))
            );
            prop_assert_eq!(lock.is_on(), *lock.state() != LockState::Off);
            if let Some(job) = lock.job() {
                prop_assert!(
                    job_fits(job, lock.state()),
                    "{:?} while {:?}", job, lock.state()
                );
            }
            if busy_click {
                prop_assert_eq!(&lock, &before);
            }
            if had_job && finished {
                prop_assert_eq!(lock.job(), None);
                prop_assert_eq!(lock.entry(), &PassphraseEntry::default());
                prop_assert_eq!(lock.form(), LockForm::None);
            }
        }
    }
}
