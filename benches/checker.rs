//! Time per `assess` call on a few representative answer sets: 200 samples of 1000 calls
//! each, reported as the median and 95th percentile per call in microseconds.
use std::hint::black_box;
use std::time::Instant;

use cramp_widget::domain::checker::answers::{parse_answers, Answers};
use cramp_widget::domain::checker::assessment::assess;

const SAMPLES: usize = 200;
const CALLS_PER_SAMPLE: u32 = 1000;

const CASES: &[(&str, &str)] = &[
    ("empty", "{}"),
    (
        "self care",
        r#"{"age_band":"16_49","frequency":"less_than_weekly","duration":"under_1_min",
            "locations":["calf"],"lifestyle":["low_fluids","no_stretching"]}"#,
    ),
    (
        "gp, many factors",
        r#"{"age_band":"65_plus","frequency":"3_plus_per_week","sleep_affected":true,
            "self_care_tried":true,"conditions":["diabetes","kidney_disease"],
            "medicines":["diuretic","statin","beta_blocker"],"medicine_started_recently":true,
            "lifestyle":["long_sitting","sedentary","low_mineral_diet"]}"#,
    ),
    (
        "emergency, everything",
        r#"{"age_band":"under_16","pregnant":true,
            "red_flags":["breathless_or_chest_pain","sudden_cold_pale_or_numb_leg",
                "one_leg_swollen","leg_red_or_warm","severe_persistent_pain","wound_or_toxin"],
            "symptoms":["numbness_or_tingling","weakness","skin_discolouration",
                "soreness_lasting_days","difficulty_walking","pain_walking_eases_with_rest",
                "urge_to_move_legs","foot_pain_at_rest"],
            "frequency":"3_plus_per_week","duration":"over_10_min",
            "locations":["calf","foot","thigh"],"sleep_affected":true,"self_care_tried":true,
            "conditions":["diabetes","peripheral_artery_disease","nerve_disorder",
                "kidney_disease","liver_disease","thyroid_disease"],
            "medicines":["diuretic","asthma_inhaler_laba","statin","calcium_channel_blocker",
                "hormone_or_osteoporosis","beta_blocker","antidepressant","other"],
            "medicine_started_recently":true,
            "lifestyle":["low_fluids","long_standing","long_sitting","intense_exercise",
                "no_stretching","low_mineral_diet","unsupportive_footwear","sedentary"]}"#,
    ),
];

/// Microseconds per call for each sample, sorted.
fn sample(answers: &Answers) -> Vec<f64> {
    let mut micros: Vec<f64> = (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..CALLS_PER_SAMPLE {
                black_box(assess(black_box(answers)));
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(CALLS_PER_SAMPLE)
        })
        .collect();
    micros.sort_by(f64::total_cmp);
    micros
}

fn main() {
    println!("assess: {SAMPLES} samples x {CALLS_PER_SAMPLE} calls");
    println!("{:<24} {:>12} {:>12}", "answers", "median µs", "p95 µs");
    for (name, json) in CASES {
        let answers = parse_answers(json).expect("bench answers are valid");
        let micros = sample(&answers);
        let median = micros[SAMPLES / 2];
        let p95 = micros[SAMPLES * 95 / 100];
        println!("{name:<24} {median:>12.3} {p95:>12.3}");
    }
}
