//! Civil calendar dates for the diary: the night an entry belongs to, Monday-based weeks, and
//! the `YYYY-MM-DD` text form used in storage, exports and forms.
//!
//! The library never reads a clock: "today" always comes from the caller (the UI asks
//! JavaScript), so every function here is deterministic and testable on the host.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2200;

/// A day in the proleptic Gregorian calendar between 1900-01-01 and 2200-12-31.
///
/// Stored as days since 1970-01-01 so that ordering, differences and week arithmetic are plain
/// integer operations. The range keeps every value printable as four-digit `YYYY-MM-DD` and
/// rejects typos such as 20255-01-01 or 0205-01-01 at the door.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    days: i32,
}

/// Why a date was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Malformed,
    /// Month or day does not exist, such as 2024-02-30 or 2025-13-01.
    NoSuchDay,
    /// A real date, but outside 1900–2200.
    OutOfRange,
}

/// For developers and logs; the patient reads the date problem in the diary form's texts.
impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Malformed => "malformed date, expected YYYY-MM-DD",
            DateError::NoSuchDay => "no such day in the calendar",
            DateError::OutOfRange => "date outside 1900-2200",
        })
    }
}

impl std::error::Error for DateError {}

/// How much of a date to show; each language's `Texts::date` writes them out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "November 26, 2026"
    Long,
    /// "Tue, Mar 11, 2025"
    Full,
    /// "Tue, Mar 11"
    Day,
    /// "Mar 11"
    Short,
}

/// Day of the week; weeks start on Monday, as in ISO 8601 and in UK general practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Days since the Monday that starts the week (Monday = 0).
    pub fn days_from_monday(self) -> i32 {
        self as i32
    }
}

impl CalendarDate {
    /// 1900-01-01, a Monday, so `week_start` never leaves the supported range.
    pub const MIN: CalendarDate = CalendarDate {
        days: days_from_civil(FIRST_YEAR, 1, 1),
    };
    pub const MAX: CalendarDate = CalendarDate {
        days: days_from_civil(LAST_YEAR, 12, 31),
    };

    /// Builds a date from its parts, as JavaScript's `getFullYear()`, `getMonth() + 1` and
    /// `getDate()` give them.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<CalendarDate, DateError> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            return Err(DateError::OutOfRange);
        }
        Ok(CalendarDate {
            days: days_from_civil(year, month, day),
        })
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, no spaces, no time part).
    pub fn parse(text: &str) -> Result<CalendarDate, DateError> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(DateError::Malformed);
        }
        let number = |range: std::ops::Range<usize>| -> Result<u32, DateError> {
            bytes[range].iter().try_fold(0u32, |acc, &b| {
                if b.is_ascii_digit() {
                    Ok(acc * 10 + u32::from(b - b'0'))
                } else {
                    Err(DateError::Malformed)
                }
            })
        };
        let year = number(0..4)?;
        let month = number(5..7)?;
        let day = number(8..10)?;
        // Four digits always fit in an i32.
        CalendarDate::from_ymd(year as i32, month, day)
    }

    pub fn year(self) -> i32 {
        civil_from_days(self.days).0
    }

    pub fn month(self) -> u32 {
        civil_from_days(self.days).1
    }

    pub fn day(self) -> u32 {
        civil_from_days(self.days).2
    }

    /// The date `days` later (or earlier when negative); `None` outside 1900–2200.
    pub fn add_days(self, days: i32) -> Option<CalendarDate> {
        let moved = CalendarDate {
            days: self.days.checked_add(days)?,
        };
        (CalendarDate::MIN..=CalendarDate::MAX)
            .contains(&moved)
            .then_some(moved)
    }

    /// Days from `from` to `to`: positive when `to` is later.
    pub fn days_between(from: CalendarDate, to: CalendarDate) -> i32 {
        to.days - from.days
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday, index 3 counting from Monday.
        Weekday::ALL[(self.days + 3).rem_euclid(7) as usize]
    }

    /// The Monday on or before this date.
    pub fn week_start(self) -> CalendarDate {
        CalendarDate {
            days: self.days - self.weekday().days_from_monday(),
        }
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.days);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl FromStr for CalendarDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<CalendarDate, DateError> {
        CalendarDate::parse(text)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<CalendarDate, D::Error> {
        struct IsoDate;

        impl Visitor<'_> for IsoDate {
            type Value = CalendarDate;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<CalendarDate, E> {
                CalendarDate::parse(text).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(IsoDate)
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's `days_from_civil` / `civil_from_days`, restricted to years after 0 (our
// range starts in 1900), which keeps every division a plain non-negative one.
const fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year / 400;
    let year_of_era = year - era * 400;
    let shifted_month = (month as i32 + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day as i32 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted / 146_097;
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i32::from(month <= 2);
    (year, month, day)
}
