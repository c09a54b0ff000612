//! The diary panel's state and its one reducer: which view is open, the entry being typed, the
//! status line with its "Undo", the import waiting for a yes, and the change waiting to be
//! written to storage.
//!
//! `reduce` never touches storage. A change the patient makes becomes a `PendingWrite`; the
//! panel writes it and reports back with `WriteDone` or `WriteFailed`, and only then does the
//! change reach `diary()`. So a full quota leaves both the stored diary and the diary on screen
//! as they were, and the form keeps what the patient typed.
use std::rc::Rc;

use crate::domain::cramp_now::TimedCramp;
use crate::domain::date::{CalendarDate, DateError};
use crate::domain::diary::entry::{
    Diary, DiaryEntry, DiaryError, EntryId, Muscle, Relief, Side, Trigger, MAX_NOTE_CHARS,
};
use crate::domain::diary::format::{apply_import, plan_import, ImportError, ImportPlan};
use crate::domain::reducer::Reducer;
use crate::domain::small_collections::toggle_in;
use crate::domain::store::{DiaryLoad, StorageNotice, StoreError};

/// Entries the list shows at first and adds per "Show more": ten years of nightly entries
/// must never turn into 3,650 list items at once.
pub const PAGE_SIZE: usize = 20;
/// A typical night cramp lasts a few minutes.
pub const DEFAULT_DURATION_MIN: u16 = 2;
/// The middle of the 0–10 scales, so accepting the default says "moderate", not "none".
pub const DEFAULT_PAIN: u8 = 5;
pub const DEFAULT_SLEEP_DISTURBANCE: u8 = 5;
/// Weeks the trend chart and its figures cover, this week included.
pub const TREND_WEEKS: usize = 12;

/// The entry as the form holds it. Night and minutes stay text until saving, because the
/// patient may be halfway through typing them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryDraft {
    pub id: EntryId,
    pub night: String,
    pub muscle: Muscle,
    pub side: Side,
    pub duration_min: String,
    pub pain: u8,
    pub sleep_disturbance: u8,
    pub triggers: Vec<Trigger>,
    pub helped: Vec<Relief>,
    pub note: String,
}

impl EntryDraft {
    /// A new entry for last night. Muscle and side repeat the newest entry, since cramps tend
    /// to come back in the same place; a first entry starts at the left calf.
    pub fn new(id: EntryId, today: CalendarDate, newest: Option<&DiaryEntry>) -> EntryDraft {
        EntryDraft {
            id,
            night: last_night(today).to_string(),
            muscle: newest.map_or(Muscle::Calf, |entry| entry.muscle),
            side: newest.map_or(Side::Left, |entry| entry.side),
            duration_min: DEFAULT_DURATION_MIN.to_string(),
            pain: DEFAULT_PAIN,
            sleep_disturbance: DEFAULT_SLEEP_DISTURBANCE,
            triggers: Vec::new(),
            helped: Vec::new(),
            note: String::new(),
        }
    }

    /// A new entry for a cramp the "Cramp now" guide timed: its night, its measured length
    /// (or the usual guess when the start was too old to trust), and when it began.
    pub fn timed(id: EntryId, cramp: TimedCramp, newest: Option<&DiaryEntry>) -> EntryDraft {
        let new = EntryDraft::new(id, cramp.night, newest);
        EntryDraft {
            night: cramp.night.to_string(),
            duration_min: cramp
                .duration_min
                .map_or(new.duration_min.clone(), |minutes| minutes.to_string()),
            note: cramp.note,
            ..new
        }
    }

    pub fn from_entry(entry: &DiaryEntry) -> EntryDraft {
        EntryDraft {
            id: entry.id,
            night: entry.night.to_string(),
            muscle: entry.muscle,
            side: entry.side,
            duration_min: entry.duration_min.to_string(),
            pain: entry.pain,
            sleep_disturbance: entry.sleep_disturbance,
            triggers: entry.triggers.clone(),
            helped: entry.helped.clone(),
            note: entry.note.clone(),
        }
    }

    /// The entry this draft describes; its rules (future night, limits) are checked by the
    /// diary when it is added.
    pub fn to_entry(&self) -> Result<DiaryEntry, FormProblem> {
        let night = CalendarDate::parse(self.night.trim()).map_err(FormProblem::Night)?;
        let duration_min = self
            .duration_min
            .trim()
            .parse::<u16>()
            .map_err(|_| FormProblem::Duration)?;
        Ok(DiaryEntry {
            id: self.id,
            night,
            muscle: self.muscle,
            side: self.side,
            duration_min,
            pain: self.pain,
            sleep_disturbance: self.sleep_disturbance,
            triggers: self.triggers.clone(),
            helped: self.helped.clone(),
            note: self.note.clone(),
        })
    }

    /// For the live "N characters left" count; zero once the note is at or over the limit.
    pub fn note_chars_left(&self) -> usize {
        MAX_NOTE_CHARS.saturating_sub(self.note.chars().count())
    }

    /// Whether any of the optional details (triggers, what helped, note) are filled in.
    pub fn has_details(&self) -> bool {
        !self.triggers.is_empty() || !self.helped.is_empty() || !self.note.is_empty()
    }

    fn apply(&mut self, edit: DraftEdit) {
        match edit {
            DraftEdit::Night(night) => self.night = night,
            DraftEdit::Muscle(muscle) => self.muscle = muscle,
            DraftEdit::Side(side) => self.side = side,
            DraftEdit::Duration(minutes) => self.duration_min = minutes,
            DraftEdit::Pain(pain) => self.pain = pain,
            DraftEdit::SleepDisturbance(score) => self.sleep_disturbance = score,
            DraftEdit::Trigger(trigger) => toggle_in(&mut self.triggers, trigger),
            DraftEdit::Helped(relief) => toggle_in(&mut self.helped, relief),
            DraftEdit::Note(note) => self.note = note,
        }
    }
}

/// The evening before `today`: at 3 a.m. the cramp belongs to the night that began yesterday.
pub fn last_night(today: CalendarDate) -> CalendarDate {
    today.add_days(-1).unwrap_or(today)
}

/// The evening before last night.
pub fn night_before(today: CalendarDate) -> CalendarDate {
    last_night(last_night(today))
}

/// The Monday the trend chart starts on, so figures beside the chart cover the same weeks.
pub fn trend_start(today: CalendarDate) -> CalendarDate {
    let back = 7 * (TREND_WEEKS as i32 - 1);
    today
        .week_start()
        .add_days(-back)
        .unwrap_or(CalendarDate::MIN)
}

/// One change to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftEdit {
    Night(String),
    Muscle(Muscle),
    Side(Side),
    Duration(String),
    Pain(u8),
    SleepDisturbance(u8),
    /// Ticks or unticks a trigger.
    Trigger(Trigger),
    /// Ticks or unticks something that helped.
    Helped(Relief),
    Note(String),
}

/// Why the form could not be saved; shown as one line next to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormProblem {
    Night(DateError),
    Duration,
    Entry(DiaryError),
    NotSaved(StoreError),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormMode {
    New,
    Edit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// Alerts, entries, trends and the data tools.
    List,
    Form {
        mode: FormMode,
        draft: EntryDraft,
        problem: Option<FormProblem>,
    },
    Summary,
    /// What an import would add, before anything merges.
    ImportPreview(ImportPlan),
    /// The second step of "Delete everything".
    ConfirmDeleteAll,
}

/// The status line under the alerts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Added,
    Updated,
    /// Holds the entry so "Undo" can put it back.
    Deleted(DiaryEntry),
    Restored,
    Imported {
        added: usize,
    },
    DeletedAll,
    NotSaved(StoreError),
    ImportRefused(ImportError),
    /// The browser would not make the export file.
    DownloadFailed,
    /// The deleted entry could not go back, e.g. another tab re-added it meanwhile.
    UndoFailed(DiaryError),
}

/// What the panel must do to storage before a change counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageWrite {
    Save(Rc<Diary>),
    /// "Delete everything": the diary key goes, the backup and other keys stay.
    Remove,
}

/// What a write stands for, so success can update the view and the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Change {
    Added,
    Updated,
    Deleted(DiaryEntry),
    Restored,
    Imported(usize),
    DeletedAll,
}

/// A change waiting for storage. `serial` tells its answer apart from a stale one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingWrite {
    serial: u64,
    write: StorageWrite,
    change: Change,
}

impl PendingWrite {
    pub fn serial(&self) -> u64 {
        self.serial
    }

    pub fn write(&self) -> &StorageWrite {
        &self.write
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryAction {
    /// "Log a cramp". The shell mints the id.
    OpenNew {
        id: EntryId,
        today: CalendarDate,
    },
    /// "It has eased" in the "Cramp now" guide: a new entry filled in from the timer.
    OpenTimed {
        id: EntryId,
        cramp: TimedCramp,
    },
    OpenEdit(EntryId),
    EditDraft(DraftEdit),
    SubmitForm {
        today: CalendarDate,
    },
    Delete(EntryId),
    Undo,
    ShowMore,
    ShowSummary,
    /// Back to the list from the form, the summary, an import preview or the delete question.
    ShowList,
    /// The text of the file the patient picked.
    ImportFileRead {
        text: String,
        today: CalendarDate,
    },
    /// The file could not even be read (too large, unreadable).
    ImportFileRefused(ImportError),
    ConfirmImport,
    DownloadFailed,
    AskDeleteAll,
    ConfirmDeleteAll,
    /// The stored diary is damaged and could not be copied; the patient chose to start afresh
    /// and let saving replace it.
    StartNewDiary,
    WriteDone {
        serial: u64,
    },
    WriteFailed {
        serial: u64,
        error: StoreError,
    },
    /// Another tab or another widget on the page changed the stored diary.
    Reloaded(DiaryLoad),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryBook {
    diary: Rc<Diary>,
    may_save: bool,
    storage_notice: Option<StorageNotice>,
    view: View,
    message: Option<Message>,
    shown: usize,
    pending: Option<PendingWrite>,
    next_serial: u64,
}

impl DiaryBook {
    pub fn new(load: DiaryLoad) -> DiaryBook {
        DiaryBook {
            may_save: load.may_save(),
            storage_notice: load.notice,
            diary: Rc::new(load.diary),
            view: View::List,
            message: None,
            shown: PAGE_SIZE,
            pending: None,
            next_serial: 1,
        }
    }

    pub fn diary(&self) -> &Rc<Diary> {
        &self.diary
    }

    pub fn view(&self) -> &View {
        &self.view
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    pub fn storage_notice(&self) -> Option<&StorageNotice> {
        self.storage_notice.as_ref()
    }

    /// False while changes stay in memory because saving could destroy stored data.
    pub fn may_save(&self) -> bool {
        self.may_save
    }

    pub fn pending(&self) -> Option<&PendingWrite> {
        self.pending.as_ref()
    }

    /// The newest entries, up to the current window.
    pub fn visible_entries(&self) -> &[DiaryEntry] {
        let entries = self.diary.entries();
        &entries[..entries.len().min(self.shown)]
    }

    /// Entries beyond the window, for "Show more (N older)".
    pub fn hidden_count(&self) -> usize {
        self.diary.len().saturating_sub(self.shown)
    }

    fn open_form(&mut self, mode: FormMode, draft: EntryDraft) {
        self.show(View::Form {
            mode,
            draft,
            problem: None,
        });
    }

    /// Moving to another view clears the status line: "Entry deleted — Undo" refers to the
    /// list the patient just left.
    fn show(&mut self, view: View) {
        self.view = view;
        self.message = None;
    }

    fn submit(&mut self, today: CalendarDate) {
        let View::Form {
            mode,
            draft,
            problem,
        } = &mut self.view
        else {
            return;
        };
        let mut next = (*self.diary).clone();
        let outcome = draft.to_entry().and_then(|entry| {
            let change = match mode {
                FormMode::New => next.add(entry, today).map(|()| Change::Added),
                FormMode::Edit => next.replace(entry, today).map(|_| Change::Updated),
            };
            change.map_err(FormProblem::Entry)
        });
        match outcome {
            Ok(change) => {
                *problem = None;
                self.commit(StorageWrite::Save(Rc::new(next)), change);
            }
            Err(found) => *problem = Some(found),
        }
    }

    fn undo(&mut self) {
        let Some(Message::Deleted(entry)) = &self.message else {
            return;
        };
        let mut next = (*self.diary).clone();
        match next.restore(entry.clone()) {
            Ok(()) => self.commit(StorageWrite::Save(Rc::new(next)), Change::Restored),
            Err(error) => self.message = Some(Message::UndoFailed(error)),
        }
    }

    /// Queues the write, or applies the change at once when saving is off: then nothing on
    /// disk may be touched and the change lives only on this page.
    fn commit(&mut self, write: StorageWrite, change: Change) {
        // The panel answers a write before the patient can act again, so a second change
        // while one is pending can only be a stray event; dropping it keeps the answer matched.
        if self.pending.is_some() {
            return;
        }
        let pending = PendingWrite {
            serial: self.next_serial,
            write,
            change,
        };
        self.next_serial += 1;
        if self.may_save {
            self.pending = Some(pending);
        } else {
            self.apply_write(pending);
        }
    }

    fn take_pending(&mut self, serial: u64) -> Option<PendingWrite> {
        match &self.pending {
            Some(pending) if pending.serial == serial => self.pending.take(),
            _ => None,
        }
    }

    fn apply_write(&mut self, pending: PendingWrite) {
        self.diary = match pending.write {
            StorageWrite::Save(diary) => diary,
            StorageWrite::Remove => Rc::new(Diary::new()),
        };
        let (back_to_list, message) = match pending.change {
            Change::Added => (true, Message::Added),
            Change::Updated => (true, Message::Updated),
            Change::Deleted(entry) => (false, Message::Deleted(entry)),
            Change::Restored => (false, Message::Restored),
            Change::Imported(added) => (true, Message::Imported { added }),
            Change::DeletedAll => {
                self.shown = PAGE_SIZE;
                (true, Message::DeletedAll)
            }
        };
        if back_to_list {
            self.view = View::List;
        }
        self.message = Some(message);
    }

    /// Nothing changed: the form keeps its input and says why; elsewhere the status line does.
    fn report_failure(&mut self, error: StoreError) {
        match &mut self.view {
            View::Form { problem, .. } => *problem = Some(FormProblem::NotSaved(error)),
            _ => self.message = Some(Message::NotSaved(error)),
        }
    }

    /// "Log a cramp": the draft repeats the newest entry's place, where cramps tend to come back.
    fn open_new(&mut self, id: EntryId, today: CalendarDate) {
        let draft = EntryDraft::new(id, today, self.diary.entries().first());
        self.open_form(FormMode::New, draft);
    }

    fn open_timed(&mut self, id: EntryId, cramp: TimedCramp) {
        let draft = EntryDraft::timed(id, cramp, self.diary.entries().first());
        self.open_form(FormMode::New, draft);
    }

    /// Opens an entry to correct it; an id gone meanwhile (another tab deleted it) opens nothing.
    fn open_edit(&mut self, id: EntryId) {
        if let Some(entry) = self.diary.get(id) {
            let draft = EntryDraft::from_entry(entry);
            self.open_form(FormMode::Edit, draft);
        }
    }

    /// Typing reaches the draft only while the form is open.
    fn edit_draft(&mut self, edit: DraftEdit) {
        if let View::Form { draft, .. } = &mut self.view {
            draft.apply(edit);
        }
    }

    /// Deletes an entry, keeping it in the status line so "Undo" can put it back.
    fn delete(&mut self, id: EntryId) {
        let mut next = (*self.diary).clone();
        if let Some(entry) = next.remove(id) {
            self.commit(StorageWrite::Save(Rc::new(next)), Change::Deleted(entry));
        }
    }

    /// Shows what a picked file would add, so nothing merges before the patient has seen it.
    fn preview_import(&mut self, text: String, today: CalendarDate) {
        // Reading a file takes a moment; if the patient has opened the form meanwhile, the
        // preview must not replace what they are typing.
        if self.view != View::List {
            return;
        }
        match plan_import(&self.diary, &text, today) {
            Ok(plan) => self.show(View::ImportPreview(plan)),
            Err(error) => self.message = Some(Message::ImportRefused(error)),
        }
    }

    /// Merges exactly what the preview showed, so an import adds nothing the patient has not seen.
    fn confirm_import(&mut self) {
        if let View::ImportPreview(plan) = &self.view {
            let added = plan.new_entries.len();
            let merged = apply_import(&self.diary, plan.clone());
            self.commit(StorageWrite::Save(Rc::new(merged)), Change::Imported(added));
        }
    }

    /// Removes the diary only from the second step of "Delete everything", never on one click.
    fn confirm_delete_all(&mut self) {
        if self.view == View::ConfirmDeleteAll {
            self.commit(StorageWrite::Remove, Change::DeletedAll);
        }
    }

    /// Lets saving replace a damaged diary that could not be backed up, once the patient says so.
    fn start_new_diary(&mut self) {
        if matches!(
            self.storage_notice,
            Some(
                StorageNotice::CorruptNotBackedUp | StorageNotice::LockDamaged { backed_up: false }
            )
        ) {
            self.may_save = true;
            self.storage_notice = None;
        }
    }

    /// The write is stored, so its change now counts; a stale answer changes nothing.
    fn on_write_done(&mut self, serial: u64) {
        if let Some(pending) = self.take_pending(serial) {
            self.apply_write(pending);
        }
    }

    /// The write was refused, so its change is dropped and the patient is told.
    fn on_write_failed(&mut self, serial: u64, error: StoreError) {
        if self.take_pending(serial).is_some() {
            self.report_failure(error);
        }
    }

    /// Takes the diary another tab or widget stored, so this one does not overwrite it.
    fn reload(&mut self, load: DiaryLoad) {
        if load.notice == Some(StorageNotice::Locked) {
            // Locking forgets what was on screen too, a half-typed entry included.
            self.view = View::List;
            self.message = None;
            self.shown = PAGE_SIZE;
        }
        self.may_save = load.may_save();
        self.storage_notice = load.notice;
        self.diary = Rc::new(load.diary);
    }
}

/// Always renders: comparing two books would compare the diary's entries, ten years of them
/// on a long-used device, on every keystroke in the form, and almost every diary action
/// changes what is on screen anyway.
impl Reducer for DiaryBook {
    type Action = DiaryAction;

    fn reduce(mut self, action: DiaryAction) -> DiaryBook {
        match action {
            DiaryAction::OpenNew { id, today } => self.open_new(id, today),
            DiaryAction::OpenTimed { id, cramp } => self.open_timed(id, cramp),
            DiaryAction::OpenEdit(id) => self.open_edit(id),
            DiaryAction::EditDraft(edit) => self.edit_draft(edit),
            DiaryAction::SubmitForm { today } => self.submit(today),
            DiaryAction::Delete(id) => self.delete(id),
            DiaryAction::Undo => self.undo(),
            DiaryAction::ShowMore => self.shown = self.shown.saturating_add(PAGE_SIZE),
            DiaryAction::ShowSummary => self.show(View::Summary),
            DiaryAction::ShowList => self.show(View::List),
            DiaryAction::ImportFileRead { text, today } => self.preview_import(text, today),
            DiaryAction::ImportFileRefused(error) => {
                self.message = Some(Message::ImportRefused(error));
            }
            DiaryAction::ConfirmImport => self.confirm_import(),
            DiaryAction::DownloadFailed => self.message = Some(Message::DownloadFailed),
            DiaryAction::AskDeleteAll => self.show(View::ConfirmDeleteAll),
            DiaryAction::ConfirmDeleteAll => self.confirm_delete_all(),
            DiaryAction::StartNewDiary => self.start_new_diary(),
            DiaryAction::WriteDone { serial } => self.on_write_done(serial),
            DiaryAction::WriteFailed { serial, error } => self.on_write_failed(serial, error),
            DiaryAction::Reloaded(load) => self.reload(load),
        }
        self
    }

    fn needs_render(&self, _before: &Self) -> bool {
        true
    }
}
