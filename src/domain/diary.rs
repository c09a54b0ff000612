//! The cramp diary: what one night's entry records, the collection the patient edits, and what
//! the diary says back — weekly trends, a period summary and alerts that feed triage.
//!
//! Storage and file formats live in `diary_format`; this module knows nothing about JSON keys.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use super::date::CalendarDate;
use super::diary_notes::{scan_note, NoteFinding};
use super::rules::{Citation, Rule, RuleId, TriageLevel};
use super::small_collections::{sort_small_by, SortedSet};

/// Longest cramp the diary accepts. Real cramps last seconds to minutes; two hours leaves room
/// for a bad night while catching a typo such as 600.
pub const MAX_DURATION_MIN: u16 = 120;
/// Pain and sleep disturbance are 0–10 scales, as on common patient pain charts.
pub const MAX_SCORE: u8 = 10;
/// Notes are counted in characters, not bytes, so accented and non-Latin text is not penalised.
pub const MAX_NOTE_CHARS: usize = 500;
/// A cramp longer than this gets medical advice the same day (checker rule U3, NHS).
pub const LONG_CRAMP_MIN: u16 = 10;
/// NICE-CKS: cramps on three or more nights a week are worth a GP appointment.
pub const SEE_DOCTOR_NIGHTS_PER_WEEK: u8 = 3;
/// How far back alerts look. Older entries still count in trends and summaries, but a long
/// cramp from last year should not make today's advice "urgent".
pub const ALERT_WEEKS: usize = 12;

/// A fixed set of choices with stable ids. The ids appear in forms, exports and CSV; the one-
/// letter codes appear in the compact stored format. Neither may ever change or be reused.
pub trait Choice: Copy + Eq + fmt::Debug + 'static {
    /// What the choice is about, for error messages ("muscle", "trigger", ...).
    const KIND: &'static str;
    fn all() -> &'static [Self];
    fn as_str(self) -> &'static str;
    fn code(self) -> char;

    fn from_id(id: &str) -> Option<Self> {
        Self::all()
            .iter()
            .copied()
            .find(|choice| choice.as_str() == id)
    }

    fn from_code(code: char) -> Option<Self> {
        Self::all()
            .iter()
            .copied()
            .find(|choice| choice.code() == code)
    }
}

/// Declares a choice enum with its ids and codes in one table, so adding a variant cannot
/// forget either, and gives it serde as its readable id. Variants keep their implicit
/// discriminants 0, 1, ... in `ALL` order, so `choice as usize` indexes a per-choice tally.
macro_rules! choice_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal {
            $($(#[$variant_meta:meta])* $variant:ident = $id:literal / $code:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                Choice::as_str(self)
            }

            pub fn from_id(id: &str) -> Option<$name> {
                <$name as Choice>::from_id(id)
            }
        }

        impl Choice for $name {
            const KIND: &'static str = $kind;

            fn all() -> &'static [$name] {
                $name::ALL
            }

            fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            fn code(self) -> char {
                match self {
                    $($name::$variant => $code,)+
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(Choice::as_str(*self))
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                deserializer.deserialize_str(ChoiceId::<$name>(std::marker::PhantomData))
            }
        }
    };
}

struct ChoiceId<T>(std::marker::PhantomData<T>);

impl<T: Choice> Visitor<'_> for ChoiceId<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} id", T::KIND)
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<T, E> {
        T::from_id(id).ok_or_else(|| {
            E::custom(format_args!(
                "unknown {} \"{}\"",
                T::KIND,
                id.escape_debug()
            ))
        })
    }
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

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryError::NightInFuture => f.write_str("The night can't be in the future."),
            EntryError::DurationTooLong => write!(
                f,
                "A cramp can be recorded as lasting {MAX_DURATION_MIN} minutes at most."
            ),
            EntryError::PainOutOfRange => {
                write!(f, "Pain must be a number from 0 to {MAX_SCORE}.")
            }
            EntryError::SleepDisturbanceOutOfRange => write!(
                f,
                "Sleep disturbance must be a number from 0 to {MAX_SCORE}."
            ),
            EntryError::NoteTooLong { chars } => write!(
                f,
                "The note is too long: {chars} characters, and {MAX_NOTE_CHARS} is the limit."
            ),
            EntryError::RepeatedChoice(id) => write!(f, "\"{id}\" is listed twice."),
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

impl fmt::Display for DiaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiaryError::Invalid(problem) => problem.fmt(f),
            DiaryError::DuplicateId(_) => f.write_str("This entry is already in the diary."),
            DiaryError::NotFound(_) => {
                f.write_str("This entry is no longer in the diary; it may have been deleted.")
            }
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

fn display_order(a: &DiaryEntry, b: &DiaryEntry) -> std::cmp::Ordering {
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

/// Cramp nights in one Monday-based week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekCount {
    pub week_start: CalendarDate,
    /// Distinct nights with at least one entry (0–7); two cramps in one night count once.
    pub cramp_nights: u8,
}

/// Distinct nights within `from..=to`, ascending. Entries normally come in the diary's order,
/// newest first, so reading them backwards hands the sort an ascending list, which it checks
/// in one pass.
fn distinct_nights(
    entries: &[DiaryEntry],
    from: CalendarDate,
    to: CalendarDate,
) -> Vec<CalendarDate> {
    let mut nights: Vec<CalendarDate> = entries
        .iter()
        .rev()
        .map(|entry| entry.night)
        .filter(|night| (from..=to).contains(night))
        .collect();
    sort_small_by(&mut nights, Ord::cmp);
    nights.dedup();
    nights
}

/// Cramp nights per week for the last `weeks` weeks, ending with the week that contains
/// `today`, oldest first. Weeks before 1900 do not exist, so a huge `weeks` is clipped rather
/// than allocating without bound.
pub fn weekly_trend(entries: &[DiaryEntry], today: CalendarDate, weeks: usize) -> Vec<WeekCount> {
    let this_week = today.week_start();
    let weeks_since_min = CalendarDate::days_between(CalendarDate::MIN, this_week) / 7 + 1;
    let weeks = weeks.min(usize::try_from(weeks_since_min).unwrap_or(0));
    if weeks == 0 {
        return Vec::new();
    }
    // `weeks` is at most ~15,700 here, so the i32 arithmetic cannot overflow.
    let back = (weeks as i32 - 1) * 7;
    let first_week = this_week.add_days(-back).unwrap_or(CalendarDate::MIN);
    let last_day = this_week.add_days(6).unwrap_or(CalendarDate::MAX);

    let mut trend: Vec<WeekCount> = (0..weeks as i32)
        .filter_map(|week| first_week.add_days(week * 7))
        .map(|week_start| WeekCount {
            week_start,
            cramp_nights: 0,
        })
        .collect();
    for night in distinct_nights(entries, first_week, last_day) {
        let index = CalendarDate::days_between(first_week, night) / 7;
        if let Some(week) = usize::try_from(index).ok().and_then(|i| trend.get_mut(i)) {
            week.cramp_nights += 1;
        }
    }
    trend
}

/// What a stretch of the diary adds up to, for the summary card and the doctor's printout.
#[derive(Clone, Debug, PartialEq)]
pub struct DiarySummary {
    pub entries: usize,
    pub cramp_nights: usize,
    /// `None` when there are no entries; an average of nothing is not zero.
    pub avg_duration_min: Option<f32>,
    pub avg_pain: Option<f32>,
    pub avg_sleep_disturbance: Option<f32>,
    /// The muscle with most entries; ties go to the first in `Muscle::ALL` (calf, foot, thigh).
    pub most_affected_muscle: Option<Muscle>,
    /// Triggers that appear at least once, most frequent first, ties in `Trigger::ALL` order.
    pub trigger_counts: Vec<(Trigger, usize)>,
    pub first_night: Option<CalendarDate>,
    pub last_night: Option<CalendarDate>,
}

/// `value` with one decimal, as `format!("{value:.1}")` writes it (ties to even) for the
/// non-negative values shown here. Done by hand because float formatting adds about 8 KB to
/// the widget's wasm. `value * 10.0` is exact for any f32 and for byte counts below 2^49, so
/// the rounding sees the same number `{:.1}` does.
pub fn one_decimal(value: f64) -> String {
    // `as` saturates, so NaN and negatives show as 0.0 rather than panicking.
    let tenths = (value * 10.0).round_ties_even() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Summarises the entries whose night lies in `from..=to` (inclusive). An inverted range is
/// simply empty.
pub fn summary(entries: &[DiaryEntry], from: CalendarDate, to: CalendarDate) -> DiarySummary {
    let mut count = 0usize;
    let mut duration_total = 0u64;
    let mut pain_total = 0u64;
    let mut sleep_total = 0u64;
    let mut muscle_counts = [0usize; Muscle::ALL.len()];
    let mut trigger_tally = vec![0usize; Trigger::ALL.len()];
    for entry in entries
        .iter()
        .filter(|entry| (from..=to).contains(&entry.night))
    {
        count += 1;
        duration_total += u64::from(entry.duration_min);
        pain_total += u64::from(entry.pain);
        sleep_total += u64::from(entry.sleep_disturbance);
        muscle_counts[entry.muscle as usize] += 1;
        for &trigger in &entry.triggers {
            trigger_tally[trigger as usize] += 1;
        }
    }

    let average = |total: u64| (count > 0).then(|| total as f32 / count as f32);
    // `max_by_key` keeps the last maximum, so scan in reverse to let the first in ALL win ties.
    let most_affected_muscle = Muscle::ALL
        .iter()
        .rev()
        .filter(|&&muscle| muscle_counts[muscle as usize] > 0)
        .max_by_key(|&&muscle| muscle_counts[muscle as usize])
        .copied();
    let mut trigger_counts: Vec<(Trigger, usize)> = Trigger::ALL
        .iter()
        .map(|&trigger| (trigger, trigger_tally[trigger as usize]))
        .filter(|&(_, n)| n > 0)
        .collect();
    // Stable sort: equal counts stay in ALL order.
    sort_small_by(&mut trigger_counts, |a, b| b.1.cmp(&a.1));

    let nights = distinct_nights(entries, from, to);
    DiarySummary {
        entries: count,
        cramp_nights: nights.len(),
        avg_duration_min: average(duration_total),
        avg_pain: average(pain_total),
        avg_sleep_disturbance: average(sleep_total),
        most_affected_muscle,
        trigger_counts,
        first_night: nights.first().copied(),
        last_night: nights.last().copied(),
    }
}

/// Something in the diary the patient should act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryAlert {
    /// A cramp that lasted over 10 minutes and that stretching did not ease: medical advice
    /// today (checker rule U3).
    LongCramp { entry: EntryId, night: CalendarDate },
    /// A cramp over 10 minutes that eased with stretching: worth telling the doctor (G13).
    LongCrampEased { entry: EntryId, night: CalendarDate },
    /// The entry's note describes a warning sign, in the words `finding` quotes.
    Note {
        entry: EntryId,
        night: CalendarDate,
        finding: NoteFinding,
    },
    /// The most recent week with cramps on at least three nights (checker rule G1, NICE-CKS).
    SeeDoctor {
        week_start: CalendarDate,
        nights: u8,
    },
}

impl DiaryAlert {
    /// The checker rule that says the same thing, whose level and sources the alert takes.
    pub fn rule(&self) -> RuleId {
        match self {
            DiaryAlert::LongCramp { .. } => RuleId::U3,
            DiaryAlert::LongCrampEased { .. } => RuleId::G13,
            DiaryAlert::Note { finding, .. } => finding.warning.rule(),
            DiaryAlert::SeeDoctor { .. } => RuleId::G1,
        }
    }

    pub fn level(&self) -> TriageLevel {
        Rule::get(self.rule()).level
    }

    pub fn sources(&self) -> &'static [Citation] {
        Rule::get(self.rule()).sources
    }
}

/// Alerts from the last `ALERT_WEEKS` weeks (up to the week containing `today`), most severe
/// level first; within a level newest night first, and an entry's long cramp before what its
/// note says, in the note's order. Of the frequent weeks only the latest is named: one
/// reminder is enough to book an appointment, a dozen would bury the urgent alerts.
pub fn diary_alerts(entries: &[DiaryEntry], today: CalendarDate) -> Vec<DiaryAlert> {
    let trend = weekly_trend(entries, today, ALERT_WEEKS);
    let Some(window_start) = trend.first().map(|week| week.week_start) else {
        return Vec::new();
    };

    let mut recent: Vec<&DiaryEntry> = entries
        .iter()
        .filter(|entry| entry.night >= window_start && entry.night <= today)
        .collect();
    sort_small_by(&mut recent, |a, b| display_order(a, b));

    let mut alerts = Vec::new();
    for entry in recent {
        let (id, night) = (entry.id, entry.night);
        // The checker splits a long cramp by whether stretching eased it; the diary knows from
        // what the patient ticked as easing it. Anything else, or nothing ticked, is the
        // cautious reading.
        if entry.duration_min > LONG_CRAMP_MIN {
            alerts.push(if entry.helped.contains(&Relief::Stretching) {
                DiaryAlert::LongCrampEased { entry: id, night }
            } else {
                DiaryAlert::LongCramp { entry: id, night }
            });
        }
        alerts.extend(
            scan_note(&entry.note)
                .into_iter()
                .map(|finding| DiaryAlert::Note {
                    entry: id,
                    night,
                    finding,
                }),
        );
    }
    if let Some(week) = trend
        .iter()
        .rev()
        .find(|week| week.cramp_nights >= SEE_DOCTOR_NIGHTS_PER_WEEK)
    {
        alerts.push(DiaryAlert::SeeDoctor {
            week_start: week.week_start,
            nights: week.cramp_nights,
        });
    }
    // Stable, so the order above holds within each level.
    sort_small_by(&mut alerts, |a, b| b.level().cmp(&a.level()));
    alerts
}
