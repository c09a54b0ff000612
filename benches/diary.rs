//! Ten years of nightly diary entries on the host: how long loading, the trend card, the alert
//! cards and the CSV export take, and how much of the storage quota the stored value uses. It
//! reports; it never fails on a number.
use std::hint::black_box;
use std::time::Instant;

use cramp_widget::domain::content::Language;
use cramp_widget::domain::date::CalendarDate;
use cramp_widget::domain::diary::alerts::diary_alerts;
use cramp_widget::domain::diary::entry::{
    Diary, DiaryEntry, EntryId, Muscle, Relief, Side, Trigger,
};
use cramp_widget::domain::diary::format::{decode_stored, encode_stored, export_csv};
use cramp_widget::domain::diary::stats::{summary, weekly_trend};

const ENTRIES: u32 = 3_650;
const RUNS: usize = 50;
const QUOTA_BYTES: usize = 5 * 1024 * 1024;

/// One entry a night for ten years, with ids minted as the UI does (`Date.now() * 1000 +
/// counter`), a varied mix of choices and a short note on some nights.
fn ten_years(first: CalendarDate) -> Diary {
    let entries = (0..ENTRIES)
        .filter_map(|day| {
            let night = first.add_days(day as i32)?;
            let minted_ms = 1_420_070_400_000 + u64::from(day) * 86_400_000;
            Some(DiaryEntry {
                duration_min: (day * 7 % 11) as u16,
                pain: (day * 3 % 11) as u8,
                sleep_disturbance: (day * 5 % 11) as u8,
                triggers: Trigger::ALL
                    .iter()
                    .copied()
                    .filter(|t| (day + *t as u32).is_multiple_of(5))
                    .collect(),
                helped: Relief::ALL
                    .iter()
                    .copied()
                    .filter(|r| (day + *r as u32).is_multiple_of(6))
                    .collect(),
                note: if day.is_multiple_of(20) {
                    "Calf cramp at 3am, eased after stretching".to_owned()
                } else {
                    String::new()
                },
                ..DiaryEntry::new(
                    EntryId(minted_ms * 1000 + u64::from(day % 3)),
                    night,
                    Muscle::ALL[(day % 3) as usize],
                    Side::ALL[(day / 3 % 3) as usize],
                )
            })
        })
        .collect();
    Diary::from_entries(entries).unwrap_or_default()
}

fn median_ms(mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() {
    let first = CalendarDate::from_ymd(2015, 1, 1).expect("a valid date");
    let diary = ten_years(first);
    let today = first
        .add_days(ENTRIES as i32 - 1)
        .expect("ten years on is in range");
    let encoded = encode_stored(&diary);

    let rows = [
        (
            "decode_stored",
            median_ms(|| {
                black_box(decode_stored(black_box(&encoded)).map(|d| d.len()).ok());
            }),
        ),
        (
            "encode_stored",
            median_ms(|| {
                black_box(encode_stored(black_box(&diary)).len());
            }),
        ),
        (
            "weekly_trend (12 weeks) + summary (all)",
            median_ms(|| {
                black_box(weekly_trend(black_box(diary.entries()), today, 12));
                black_box(summary(diary.entries(), first, today));
            }),
        ),
        (
            "diary_alerts (12 weeks, notes scanned)",
            median_ms(|| {
                black_box(diary_alerts(black_box(diary.entries()), today));
            }),
        ),
        (
            "export_csv",
            median_ms(|| {
                black_box(export_csv(black_box(&diary), Language::En.texts().csv_header()).len());
            }),
        ),
    ];

    println!("{} entries, median of {RUNS} runs", diary.len());
    println!("{:<42} {:>10}", "operation", "ms");
    for (name, ms) in rows {
        println!("{name:<42} {ms:>10.3}");
    }
    println!(
        "stored value: {} bytes = {:.2}% of 5 MiB ({:.1}% of the 10% budget)",
        encoded.len(),
        encoded.len() as f64 * 100.0 / QUOTA_BYTES as f64,
        encoded.len() as f64 * 1000.0 / QUOTA_BYTES as f64
    );
}
