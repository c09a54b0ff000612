//! The lock feature's state and its one reducer: whether the diary is locked, unlocked (with
//! its key) or not locked at all; which of the lock's forms is open; the job the browser must
//! run (deriving keys and rewriting storage, both slow and asynchronous); and the status line.
//!
//! `reduce` never runs a job. It checks the form, then leaves a `LockJob` for the component to
//! run and answer with `JobDone`, as the diary does with its writes.
use std::rc::Rc;

use crate::domain::lock::vault::{DiaryKey, LockError};
use crate::domain::reducer::Reducer;
use crate::domain::store::StoreError;

/// A passphrase shorter than this is refused when it is set: the lock is only as strong as it.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Whether the diary is locked, as this tab knows it.
#[derive(Clone, Debug, PartialEq)]
pub enum LockState<K> {
    /// No lock: values are stored as they are.
    Off,
    /// Locked, and not opened since this page loaded (or since it locked itself).
    Locked,
    /// Open: the key is in memory and every private write is sealed with it.
    Unlocked(Rc<DiaryKey<K>>),
}

/// The lock form on screen, in the diary's data section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockForm {
    None,
    /// The warning, the offer to download a copy, and the new passphrase twice.
    TurnOn,
    /// The current passphrase, then the new one twice.
    Change,
    /// "Turn the lock off?"
    ConfirmOff,
    /// "Delete the locked diary?" for a forgotten passphrase.
    ConfirmForget,
}

/// What the patient typed into a lock form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PassphraseEntry {
    pub current: String,
    pub new: String,
    pub repeat: String,
}

/// One of the lock forms' passphrase fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseField {
    Current,
    New,
    Repeat,
}

/// Work for the browser. Passphrases travel only inside a job and are dropped with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockJob {
    Unlock {
        passphrase: String,
    },
    TurnOn {
        passphrase: String,
    },
    Change {
        current: String,
        new: String,
    },
    TurnOff,
    /// Deletes every private value: the way back from a forgotten passphrase.
    Forget,
}

impl LockJob {
    /// Whether this job can run in `state`.
    fn fits<K>(&self, state: &LockState<K>) -> bool {
        match self {
            LockJob::Unlock { .. } | LockJob::Forget => matches!(state, LockState::Locked),
            LockJob::TurnOn { .. } => matches!(state, LockState::Off),
            LockJob::Change { .. } | LockJob::TurnOff => matches!(state, LockState::Unlocked(_)),
        }
    }
}

/// How a job went.
#[derive(Clone, Debug, PartialEq)]
pub enum JobOutcome<K> {
    Unlocked(Rc<DiaryKey<K>>),
    TurnedOn(Rc<DiaryKey<K>>),
    Changed(Rc<DiaryKey<K>>),
    TurnedOff,
    Forgotten,
    Failed(LockProblem),
}

/// Why a form or a job was refused. Each leaves storage as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockProblem {
    TooShort,
    Differ,
    Empty,
    Lock(LockError),
    Store(StoreError),
}

/// The lock's status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockMessage {
    TurnedOn,
    Changed,
    TurnedOff,
    /// "Lock now", or the widget locked itself after a while.
    LockedNow,
    Problem(LockProblem),
}

/// What another tab's write shows about the lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Observed {
    /// The diary is stored plain, or not at all.
    Plain,
    /// The diary is locked, and the key in memory (if any) still opens it.
    SameKey,
    /// The diary is locked with a key this tab does not hold.
    OtherKey,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LockAction<K> {
    Open(LockForm),
    Edit(PassphraseField, String),
    /// The open form's main button.
    Submit,
    /// The unlock form's button, with what was typed.
    Unlock(String),
    JobDone(JobOutcome<K>),
    /// "Lock now", or idle or hidden too long.
    LockNow,
    /// Another tab or widget wrote the diary.
    Observed(Observed),
}

#[derive(Clone, Debug, PartialEq)]
pub struct DiaryLock<K> {
    state: LockState<K>,
    form: LockForm,
    entry: PassphraseEntry,
    job: Option<LockJob>,
    message: Option<LockMessage>,
}

impl<K: Clone + PartialEq> DiaryLock<K> {
    /// `locked` says whether the stored diary is locked.
    pub fn new(locked: bool) -> DiaryLock<K> {
        DiaryLock {
            state: if locked {
                LockState::Locked
            } else {
                LockState::Off
            },
            form: LockForm::None,
            entry: PassphraseEntry::default(),
            job: None,
            message: None,
        }
    }

    pub fn state(&self) -> &LockState<K> {
        &self.state
    }

    /// The key in memory, while unlocked.
    pub fn key(&self) -> Option<&Rc<DiaryKey<K>>> {
        match &self.state {
            LockState::Unlocked(key) => Some(key),
            _ => None,
        }
    }

    pub fn is_on(&self) -> bool {
        self.state != LockState::Off
    }

    pub fn form(&self) -> LockForm {
        self.form
    }

    pub fn entry(&self) -> &PassphraseEntry {
        &self.entry
    }

    /// The job waiting for the browser; while it runs, the forms' buttons are busy.
    pub fn job(&self) -> Option<&LockJob> {
        self.job.as_ref()
    }

    pub fn message(&self) -> Option<&LockMessage> {
        self.message.as_ref()
    }

    fn start(&mut self, job: LockJob) {
        if self.job.is_none() {
            self.job = Some(job);
            self.message = None;
        }
    }

    fn submit(&mut self) {
        // While a job runs the buttons are busy: a stray submit neither checks the form nor
        // puts a problem on the status line that the running job does not have.
        if self.job.is_some() {
            return;
        }
        let entry = &self.entry;
        let new_checked = || {
            if entry.new.chars().count() < MIN_PASSPHRASE_CHARS {
                Err(LockProblem::TooShort)
            } else if entry.new != entry.repeat {
                Err(LockProblem::Differ)
            } else {
                Ok(entry.new.clone())
            }
        };
        let job = match self.form {
            LockForm::TurnOn if self.state == LockState::Off => {
                new_checked().map(|passphrase| LockJob::TurnOn { passphrase })
            }
            LockForm::Change if self.key().is_some() => {
                if entry.current.is_empty() {
                    Err(LockProblem::Empty)
                } else {
                    new_checked().map(|new| LockJob::Change {
                        current: entry.current.clone(),
                        new,
                    })
                }
            }
            LockForm::ConfirmOff if self.key().is_some() => Ok(LockJob::TurnOff),
            LockForm::ConfirmForget if self.state == LockState::Locked => Ok(LockJob::Forget),
            _ => return,
        };
        match job {
            Ok(job) => self.start(job),
            Err(problem) => self.message = Some(LockMessage::Problem(problem)),
        }
    }

    fn job_done(&mut self, outcome: JobOutcome<K>) {
        if self.job.take().is_none() {
            return;
        }
        let (state, message) = match outcome {
            JobOutcome::Unlocked(key) => (LockState::Unlocked(key), None),
            JobOutcome::TurnedOn(key) => (LockState::Unlocked(key), Some(LockMessage::TurnedOn)),
            JobOutcome::Changed(key) => (LockState::Unlocked(key), Some(LockMessage::Changed)),
            JobOutcome::TurnedOff => (LockState::Off, Some(LockMessage::TurnedOff)),
            JobOutcome::Forgotten => (LockState::Off, None),
            JobOutcome::Failed(problem) => {
                // The typed passphrases stay, so a slip can be corrected.
                self.message = Some(LockMessage::Problem(problem));
                return;
            }
        };
        self.state = state;
        self.message = message;
        self.close_form();
    }

    fn close_form(&mut self) {
        self.form = LockForm::None;
        self.entry = PassphraseEntry::default();
    }

    fn lock_now(&mut self) {
        if self.key().is_some() && self.job.is_none() {
            self.state = LockState::Locked;
            self.message = Some(LockMessage::LockedNow);
            self.close_form();
        }
    }

    fn observed(&mut self, observed: Observed) {
        self.state = match (observed, &self.state) {
            (Observed::Plain, _) => LockState::Off,
            (Observed::SameKey, state) if *state != LockState::Off => state.clone(),
            _ => LockState::Locked,
        };
        // A job started for the state that has gone is dropped: its answer, when it comes, is
        // ignored, and the panel reads storage again after every job.
        if self.job.as_ref().is_some_and(|job| !job.fits(&self.state)) {
            self.job = None;
        }
        // A form for a state that has gone (turning on a lock another tab turned on) would act
        // on the wrong diary.
        let still_fits = match self.form {
            LockForm::None => true,
            LockForm::TurnOn => self.state == LockState::Off,
            LockForm::Change | LockForm::ConfirmOff => self.key().is_some(),
            LockForm::ConfirmForget => self.state == LockState::Locked,
        };
        if !still_fits {
            self.close_form();
        }
    }
}

impl<K: Clone + PartialEq> Reducer for DiaryLock<K> {
    type Action = LockAction<K>;

    fn reduce(mut self, action: LockAction<K>) -> DiaryLock<K> {
        match action {
            LockAction::Open(form) => {
                if self.job.is_none() {
                    self.close_form();
                    self.form = form;
                    self.message = None;
                }
            }
            LockAction::Edit(field, value) => match field {
                PassphraseField::Current => self.entry.current = value,
                PassphraseField::New => self.entry.new = value,
                PassphraseField::Repeat => self.entry.repeat = value,
            },
            LockAction::Submit => self.submit(),
            LockAction::Unlock(passphrase) => {
                if self.state == LockState::Locked && self.job.is_none() {
                    if passphrase.is_empty() {
                        self.message = Some(LockMessage::Problem(LockProblem::Empty));
                    } else {
                        self.start(LockJob::Unlock { passphrase });
                    }
                }
            }
            LockAction::JobDone(outcome) => self.job_done(outcome),
            LockAction::LockNow => self.lock_now(),
            LockAction::Observed(observed) => self.observed(observed),
        }
        self
    }
}
