//! Host entry for checking the rules: reads one answers object (JSON) on stdin and writes the
//! assessment as JSON on stdout, through the same `assess` the widget calls. Invalid input
//! gets one line on stderr and exit status 2.
use std::io::Read;
use std::process::exit;

use cramp_widget::domain::checker::answers::parse_answers;
use cramp_widget::domain::checker::assessment::assess;

fn main() {
    let mut input = String::new();
    if let Err(error) = std::io::stdin().read_to_string(&mut input) {
        fail(&format!("could not read answers from stdin: {error}"));
    }
    let answers = parse_answers(&input).unwrap_or_else(|error| fail(&error.to_string()));
    match serde_json::to_string(&assess(&answers)) {
        Ok(json) => println!("{json}"),
        Err(error) => fail(&format!("could not write the assessment: {error}")),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    exit(2)
}
