//! One night's cramp as the patient recorded it (`DiaryEntry` and its choices), the checks
//! an entry must pass, and the collection the patient edits (`Diary`). Statistics, alerts and
//! formats live beside it, in `stats`, `alerts` and `format`.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::checker::answers::{Lifestyle, Location};
use crate::domain::date::CalendarDate;
use crate::domain::id_enum::id_enum;
use crate::domain::small_collections::{sort_small_by, SortedSet};

/// Longest cramp the diary accepts. Real cramps last seconds to minutes; two hours leaves room
/// for a bad night while catching a typo such as 600.
pub const MAX_DURATION_MIN: u16 = 120;
/// Pain and sleep disturbance are 0–10 scales, as on common patient pain charts.
pub const MAX_SCORE: u8 = 10;
/// Notes are counted in characters, not bytes, so accented and non-Latin text is not penalised.
pub const MAX_NOTE_CHARS: usize = 500;

/// A fixed set of choices with stable ids. The ids appear in forms, exports and CSV; the one-
/// letter codes appear in the compact stored format. Neither may ever change or be reused.
pub trait Choice: Copy + Eq + fmt::Debug + 'static {
    /// What the choice is about, for error messages ("muscle", "trigger", ...).
    const KIND: &'static str;
    fn all() -> &'static [Self];
    fn as_str(self) -> &'static str;
    fn code(self) -> char;
    fn from_id(id: &str) -> Option<Self>;

    fn from_code(code: char) -> Option<Self> {
        Self::all()
            .iter()
            .copied()
            .find(|choice| choice.code() == code)
    }
}

/// Declares a choice enum (an `id_enum!`) with a one-letter code for each value, in one table,
/// so adding a variant cannot forget either.
macro_rules! choice_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal {
            $($(#[$variant_meta:meta])* $variant:ident = $id:literal / $code:literal,)+
        }
    ) => {
        id_enum! {
            kind $kind;
            $(#[$meta])* $name { $($(#[$variant_meta])* $variant = $id,)+ } legacy {}
        }

        impl Choice for $name {
            const KIND: &'static str = $kind;

            fn all() -> &'static [$name] {
                $name::ALL
            }

            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }

            fn from_id(id: &str) -> Option<$name> {
                $name::from_id(id)
            }

            fn code(self) -> char {
                match self {
                    $($name::$variant => $code,)+
                }
            }
        }
    };
}

choice_enum! {
    /// Where the cramp was.
    Muscle, "muscle" {
        Calf = "calf" / 'c',
        Foot = "foot" / 'f',
        Thigh = "thigh" / 't',
    }
}

choice_enum! {
    Side, "side" {
        Left = "left" / 'l',
        Right = "right" / 'r',
        Both = "both" / 'b',
    }
}

choice_enum! {
    /// What the patient thinks set the cramp off: the checker's `lifestyle` values (same ids,
    /// see docs/clinical-rules.md) plus a newly started medicine.
    Trigger, "trigger" {
        LowFluids = "low_fluids" / 'f',
        LongStanding = "long_standing" / 's',
        LongSitting = "long_sitting" / 'i',
        IntenseExercise = "intense_exercise" / 'x',
        NoStretching = "no_stretching" / 'n',
        LowMineralDiet = "low_mineral_diet" / 'm',
        UnsupportiveFootwear = "unsupportive_footwear" / 'w',
        Sedentary = "sedentary" / 'd',
        Alcohol = "alcohol" / 'a',
        NewMedicine = "new_medicine" / 'r',
    }
}

choice_enum! {
    /// What eased the cramp.
    Relief, "relief" {
        Stretching = "stretching" / 's',
        Walking = "walking" / 'w',
        Massage = "massage" / 'm',
        Heat = "heat" / 'h',
        Cold = "cold" / 'c',
        Water = "water" / 'd',
        Nothing = "nothing" / 'n',
    }
}

/// Identifies an entry across edits, undo, storage and imports. The UI mints it, for example
/// `Date.now() * 1000 + counter`, which stays below 2^53 so JavaScript tools reading an export
/// keep it exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(pub u64);

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// One night's cramp as the patient recorded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryEntry {
    pub id: EntryId,
    /// The evening the night began, so a cramp at 3 a.m. belongs to the day before.
    pub night: CalendarDate,
    pub muscle: Muscle,
    pub side: Side,
    /// 0 means "under a minute".
    pub duration_min: u16,
    pub pain: u8,
    pub sleep_disturbance: u8,
    pub triggers: Vec<Trigger>,
    pub helped: Vec<Relief>,
    pub note: String,
}

/// Why an entry cannot be saved, phrased for the patient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    NightInFuture,
    DurationTooLong,
    PainOutOfRange,
    SleepDisturbanceOutOfRange,
    NoteTooLong {
        chars: usize,
    },
    /// The same trigger or relief twice; it would count double in the summary.
    RepeatedChoice(&'static str),
}

/// For developers and logs; the patient reads `Texts::diary_error`.
impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryError::NightInFuture => f.write_str("night in the future"),
            EntryError::DurationTooLong => write!(f, "duration over {MAX_DURATION_MIN} min"),
            EntryError::PainOutOfRange => write!(f, "pain outside 0-{MAX_SCORE}"),
            EntryError::SleepDisturbanceOutOfRange => {
                write!(f, "sleep disturbance outside 0-{MAX_SCORE}")
            }
            EntryError::NoteTooLong { chars } => {
                write!(f, "note of {chars} chars, over {MAX_NOTE_CHARS}")
            }
            EntryError::RepeatedChoice(id) => write!(f, "choice {id:?} repeated"),
        }
    }
}

impl std::error::Error for EntryError {}

impl DiaryEntry {
    /// An entry with only the required facts; everything else empty or zero, ready for a form.
    pub fn new(id: EntryId, night: CalendarDate, muscle: Muscle, side: Side) -> DiaryEntry {
        DiaryEntry {
            id,
            night,
            muscle,
            side,
            duration_min: 0,
            pain: 0,
            sleep_disturbance: 0,
            triggers: Vec::new(),
            helped: Vec::new(),
            note: String::new(),
        }
    }

    /// Checks a new or edited entry. The night cannot be before 1900: `CalendarDate` already
    /// refuses such dates.
    pub fn validate(&self, today: CalendarDate) -> Result<(), EntryError> {
        if self.night > today {
            return Err(EntryError::NightInFuture);
        }
        self.validate_fields()
    }

    /// Everything `validate` checks except the night against today. Stored entries are read
    /// with this: a clock moved back or a time-zone trip must not make a saved diary unreadable.
    pub fn validate_fields(&self) -> Result<(), EntryError> {
        if self.duration_min > MAX_DURATION_MIN {
            return Err(EntryError::DurationTooLong);
        }
        if self.pain > MAX_SCORE {
            return Err(EntryError::PainOutOfRange);
        }
        if self.sleep_disturbance > MAX_SCORE {
            return Err(EntryError::SleepDisturbanceOutOfRange);
        }
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(EntryError::NoteTooLong { chars });
        }
        first_repeat(&self.triggers)
            .or_else(|| first_repeat(&self.helped))
            .map_or(Ok(()), |id| Err(EntryError::RepeatedChoice(id)))
    }
}

fn first_repeat<T: Choice>(choices: &[T]) -> Option<&'static str> {
    choices
        .iter()
        .enumerate()
        .find(|(i, choice)| choices[..*i].contains(choice))
        .map(|(_, choice)| choice.as_str())
}

/// Why the diary refused a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryError {
    Invalid(EntryError),
    DuplicateId(EntryId),
    NotFound(EntryId),
}

/// For developers and logs; the patient reads `Texts::diary_error`.
impl fmt::Display for DiaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiaryError::Invalid(problem) => write!(f, "invalid entry: {problem}"),
            DiaryError::DuplicateId(id) => write!(f, "entry {id} already in the diary"),
            DiaryError::NotFound(id) => write!(f, "no entry {id} in the diary"),
        }
    }
}

impl std::error::Error for DiaryError {}

impl From<EntryError> for DiaryError {
    fn from(problem: EntryError) -> DiaryError {
        DiaryError::Invalid(problem)
    }
}

/// The patient's entries, newest night first and, within a night, highest id (latest added)
/// first. Ids are unique.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diary {
    entries: Vec<DiaryEntry>,
}

pub(crate) fn display_order(a: &DiaryEntry, b: &DiaryEntry) -> std::cmp::Ordering {
    b.night.cmp(&a.night).then(b.id.cmp(&a.id))
}

impl Diary {
    pub fn new() -> Diary {
        Diary::default()
    }

    /// Builds a diary from entries in any order. Entries are not validated here: the formats
    /// module validates what it reads, and `add` validates what the patient types.
    pub fn from_entries(mut entries: Vec<DiaryEntry>) -> Result<Diary, DiaryError> {
        sort_small_by(&mut entries, display_order);
        // Entries are in night order, so equal ids need not be adjacent: sort the ids apart.
        let mut ids: Vec<EntryId> = entries.iter().map(|entry| entry.id).collect();
        sort_small_by(&mut ids, Ord::cmp);
        match ids.windows(2).find(|pair| pair[0] == pair[1]) {
            Some(repeat) => Err(DiaryError::DuplicateId(repeat[0])),
            None => Ok(Diary { entries }),
        }
    }

    pub fn entries(&self) -> &[DiaryEntry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: EntryId) -> Option<&DiaryEntry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    pub fn contains(&self, id: EntryId) -> bool {
        self.get(id).is_some()
    }

    /// Adds a newly recorded entry after validating it against `today`.
    pub fn add(&mut self, entry: DiaryEntry, today: CalendarDate) -> Result<(), DiaryError> {
        entry.validate(today)?;
        self.insert(entry)
    }

    /// Replaces the entry with the same id (an edit) and returns the old version.
    pub fn replace(
        &mut self,
        entry: DiaryEntry,
        today: CalendarDate,
    ) -> Result<DiaryEntry, DiaryError> {
        entry.validate(today)?;
        let old = self
            .remove(entry.id)
            .ok_or(DiaryError::NotFound(entry.id))?;
        self.insert_sorted(entry);
        Ok(old)
    }

    /// Removes an entry and hands it back so the UI can offer "Undo".
    pub fn remove(&mut self, id: EntryId) -> Option<DiaryEntry> {
        let index = self.entries.iter().position(|entry| entry.id == id)?;
        Some(self.entries.remove(index))
    }

    /// Puts back an entry returned by `remove` or `replace`. It was valid when it was saved, so
    /// only its fields are checked, not its night against today.
    pub fn restore(&mut self, entry: DiaryEntry) -> Result<(), DiaryError> {
        entry.validate_fields()?;
        self.insert(entry)
    }

    /// Adds already validated entries (an accepted import), skipping ids the diary already
    /// has, and sorts once at the end instead of once per entry.
    pub(crate) fn merge_new(&mut self, entries: Vec<DiaryEntry>) {
        let mut ids: SortedSet<EntryId> = self.entries.iter().map(|entry| entry.id).collect();
        self.entries
            .extend(entries.into_iter().filter(|entry| ids.insert(entry.id)));
        sort_small_by(&mut self.entries, display_order);
    }

    fn insert(&mut self, entry: DiaryEntry) -> Result<(), DiaryError> {
        if self.contains(entry.id) {
            return Err(DiaryError::DuplicateId(entry.id));
        }
        self.insert_sorted(entry);
        Ok(())
    }

    fn insert_sorted(&mut self, entry: DiaryEntry) {
        let at = self
            .entries
            .partition_point(|existing| display_order(existing, &entry).is_lt());
        self.entries.insert(at, entry);
    }
}

/// The checker's wording for a muscle: diary muscles are the checker's cramp locations.
pub fn muscle_location(muscle: Muscle) -> Location {
    match muscle {
        Muscle::Calf => Location::Calf,
        Muscle::Foot => Location::Foot,
        Muscle::Thigh => Location::Thigh,
    }
}

/// The checker habit a trigger stands for; only "a new medicine" has none.
pub fn trigger_habit(trigger: Trigger) -> Option<Lifestyle> {
    match trigger {
        Trigger::LowFluids => Some(Lifestyle::LowFluids),
        Trigger::LongStanding => Some(Lifestyle::LongStanding),
        Trigger::LongSitting => Some(Lifestyle::LongSitting),
        Trigger::IntenseExercise => Some(Lifestyle::IntenseExercise),
        Trigger::NoStretching => Some(Lifestyle::NoStretching),
        Trigger::LowMineralDiet => Some(Lifestyle::LowMineralDiet),
        Trigger::UnsupportiveFootwear => Some(Lifestyle::UnsupportiveFootwear),
        Trigger::Sedentary => Some(Lifestyle::Sedentary),
        Trigger::Alcohol => Some(Lifestyle::Alcohol),
        Trigger::NewMedicine => None,
    }
}
