//! The host entry `examples/assess.rs`, run as a process: valid answers give the assessment
//! JSON on stdout; each kind of invalid input gives exit status 2, one stderr line and no
//! stdout.
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

/// Builds the example with the cargo running this test (same target dir and profile
/// settings it was given) and asks cargo where the binary is, instead of guessing a path.
fn example_binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--example",
                "assess",
                "--message-format=json",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "building the assess example failed"
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|message| message["target"]["name"] == "assess")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the example's executable")
    })
}

fn run(stdin: &str) -> Output {
    let mut child = Command::new(example_binary())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn assess_ok(stdin: &str) -> Value {
    let output = run(stdin);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn valid_answers_print_the_assessment() {
    let assessment = assess_ok(r#"{"frequency":"3_plus_per_week", "medicines":["diuretic"]}"#);
    assert_eq!(assessment["level"], "gp");
    assert_eq!(
        assessment["reasons"],
        serde_json::json!([
            {"rule": "G1", "level": "gp", "sources": ["ARTICLE", "MAYO"]},
            {"rule": "G9", "level": "gp", "sources": ["NICE-CKS", "GARRISON-2011"]},
        ])
    );
    assert_eq!(
        assessment["factors"],
        serde_json::json!([{"kind": "medicine", "id": "diuretic", "evidence": "moderate",
            "sources": ["GARRISON-2011", "NICE-CKS"]}])
    );
    let tips = assessment["tips"].as_array().unwrap();
    assert_eq!(tips.len(), 15);
    // Four tips answer frequent cramps (G1) and one answers the medicine; all come first.
    assert!(
        tips[..5].contains(&Value::from("review_medicines")),
        "{tips:?}"
    );
    assert_eq!(assessment["while_waiting"], serde_json::json!([]));
}

#[test]
fn an_urgent_result_prints_what_to_do_while_waiting_and_no_tips() {
    let assessment = assess_ok(r#"{"red_flags":["one_leg_swollen"]}"#);
    assert_eq!(assessment["level"], "urgent");
    assert_eq!(assessment["tips"], serde_json::json!([]));
    assert_eq!(
        assessment["while_waiting"],
        serde_json::json!(["rest_and_watch", "do_not_rub"])
    );
}

#[test]
fn the_legacy_wound_or_toxin_flag_reads_as_spasms_after_a_wound() {
    let assessment = assess_ok(r#"{"red_flags":["wound_or_toxin"]}"#);
    assert_eq!(assessment["level"], "emergency");
    assert_eq!(assessment["reasons"][0]["rule"], "E5");
}

#[test]
fn empty_answers_are_self_care() {
    let output = run("{}\n");
    assert_eq!(output.status.code(), Some(0));
    let assessment: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(assessment["level"], "self_care");
    assert_eq!(assessment["reasons"], serde_json::json!([]));
}

#[test]
fn invalid_input_fails_with_one_line_and_status_2() {
    for (input, message) in [
        ("{\"pregnant\": tru", "answers are not valid JSON"),
        ("", "answers are not valid JSON"),
        (r#"{"foo": 1}"#, r#"unknown key "foo" in answers"#),
        (
            r#"{"frequency": "weekly"}"#,
            r#"unknown value "weekly" for "frequency""#,
        ),
        (r#"{"pregnant": "yes"}"#, r#"wrong type for "pregnant""#),
        ("[]", "wrong type for answers"),
    ] {
        let output = run(input);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{input}");
        assert!(output.stdout.is_empty(), "{input}");
        assert_eq!(stderr.lines().count(), 1, "{input}: {stderr}");
        assert!(stderr.starts_with(message), "{input}: {stderr}");
    }
}
