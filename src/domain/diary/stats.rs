//! What the diary says back in figures: cramp nights per week for the trend chart, and a
//! summary of a period (averages, the muscle most affected, the common triggers).
use crate::domain::date::CalendarDate;
use crate::domain::diary::entry::{DiaryEntry, Muscle, Trigger};
use crate::domain::small_collections::sort_small_by;

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
