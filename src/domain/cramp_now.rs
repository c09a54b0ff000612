//! "Cramp now": the timing behind the relief guide a patient opens while a cramp is happening.
//! The guide's state is only the moment the cramp began and the latest clock reading, so a
//! reload, a locked screen or a closed tab resumes from the saved start; everything the guide
//! shows (the clock, the urgent card after 10 minutes, "Did it ease?" for an old start, the
//! diary entry it fills in) is worked out from those two numbers here, on the host.
use serde::{Deserialize, Serialize};

use crate::domain::date::CalendarDate;
use crate::domain::diary::entry::MAX_DURATION_MIN;
use crate::domain::reducer::Reducer;

/// Rule U3: a cramp that lasts over 10 minutes and does not ease with stretching needs advice
/// today, so the guide shows the urgent card once the clock passes this.
pub const URGENT_AFTER_SECS: u64 = 10 * 60;
/// A start older than this is from a cramp that is surely over (the tab was left open, or the
/// phone slept): the guide asks whether it eased instead of showing a huge clock.
pub const STALE_AFTER_SECS: u64 = 60 * 60;
/// Before noon, a cramp belongs to the night that began the evening before, as the diary
/// counts nights; from noon on, to the night that begins that evening.
const NIGHT_TURNS_AT_HOUR: u32 = 12;

/// What the saved key holds: the start in milliseconds since 1970 (`Date.now()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedStart {
    pub started_ms: u64,
}

/// What the guide shows for the time since the cramp began.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuideStage {
    /// Under 10 minutes: the clock and the steps.
    Timing,
    /// Over 10 minutes: the clock, the steps and the urgent card (rule U3).
    Urgent,
    /// Over an hour: "Did it ease?" instead of the clock.
    AskEased,
}

/// The guide: closed, or open with the cramp's start and the clock's latest reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct CrampGuide {
    pub started_ms: Option<u64>,
    pub now_ms: u64,
}

pub enum CrampAction {
    /// "Cramp now" was pressed, or "Start again" after an old start: the cramp begins now.
    Start { now_ms: u64 },
    /// The clock moved on.
    Tick { now_ms: u64 },
    /// The patient left the guide, with or without logging the cramp.
    Close,
}

impl Reducer for CrampGuide {
    type Action = CrampAction;

    fn reduce(self, action: CrampAction) -> CrampGuide {
        match action {
            CrampAction::Start { now_ms } => CrampGuide {
                started_ms: Some(now_ms),
                now_ms,
            },
            CrampAction::Tick { now_ms } if self.started_ms.is_some() => {
                CrampGuide { now_ms, ..self }
            }
            CrampAction::Tick { .. } => self,
            CrampAction::Close => CrampGuide::default(),
        }
    }
}

impl CrampGuide {
    pub fn is_open(&self) -> bool {
        self.started_ms.is_some()
    }

    /// Whole seconds since the start. A clock set back (or a start saved by a device whose
    /// clock ran ahead) reads as zero, never as a negative time.
    pub fn elapsed_secs(&self) -> u64 {
        self.started_ms
            .map_or(0, |start| self.now_ms.saturating_sub(start) / 1000)
    }

    pub fn stage(&self) -> GuideStage {
        stage(self.elapsed_secs())
    }
}

pub fn stage(elapsed_secs: u64) -> GuideStage {
    if elapsed_secs > STALE_AFTER_SECS {
        GuideStage::AskEased
    } else if elapsed_secs > URGENT_AFTER_SECS {
        GuideStage::Urgent
    } else {
        GuideStage::Timing
    }
}

/// The clock as the guide shows it: minutes and seconds, "1:01".
pub fn clock(elapsed_secs: u64) -> String {
    format!("{}:{:02}", elapsed_secs / 60, elapsed_secs % 60)
}

/// Whole minutes passed, for the screen reader's milestones: it hears each new minute, not
/// every second.
pub fn minutes_passed(elapsed_secs: u64) -> u64 {
    elapsed_secs / 60
}

/// The cramp's length for the diary: rounded up to whole minutes, so a 61-second cramp is two
/// minutes and a 20-second one is one, and never more than the diary accepts.
pub fn duration_minutes(elapsed_secs: u64) -> u16 {
    let minutes = elapsed_secs.div_ceil(60);
    u16::try_from(minutes)
        .unwrap_or(MAX_DURATION_MIN)
        .min(MAX_DURATION_MIN)
}

/// The night a cramp that began on `date` at `hour` (local time, 0–23) belongs to.
pub fn night_of(date: CalendarDate, hour: u32) -> CalendarDate {
    if hour < NIGHT_TURNS_AT_HOUR {
        date.add_days(-1).unwrap_or(date)
    } else {
        date
    }
}

/// A cramp timed by the guide, ready to become a diary entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimedCramp {
    pub night: CalendarDate,
    /// `None` when the start was too old to trust the clock: the patient says how long.
    pub duration_min: Option<u16>,
    /// The note the entry starts with: when the cramp began, in the patient's language and
    /// clock ("Began at 3:12 AM."), which the diary has no field for.
    pub note: String,
}

impl TimedCramp {
    /// The cramp the guide timed, given where its start falls on the patient's calendar.
    pub fn from_guide(
        guide: &CrampGuide,
        start_date: CalendarDate,
        start_hour: u32,
        note: String,
    ) -> TimedCramp {
        let elapsed = guide.elapsed_secs();
        TimedCramp {
            night: night_of(start_date, start_hour),
            duration_min: (stage(elapsed) != GuideStage::AskEased)
                .then(|| duration_minutes(elapsed)),
            note,
        }
    }
}

/// Reads the saved start. Anything else under the key (damaged, or from a later version) is
/// not a start: the guide stays closed, and the value is left for the next "Cramp now" to
/// replace.
pub fn read_saved_start(text: &str) -> Option<u64> {
    serde_json::from_str::<SavedStart>(text)
        .ok()
        .map(|saved| saved.started_ms)
}

pub fn write_saved_start(started_ms: u64) -> String {
    serde_json::to_string(&SavedStart { started_ms }).unwrap_or_default()
}
