//! Prints `docs/clinical-rules.md` from the rule table:
//! `cargo run --example clinical_rules > docs/clinical-rules.md`.
use cramp_widget::domain::checker::rules_doc::clinical_rules_markdown;
use cramp_widget::domain::content::Language;

fn main() {
    print!("{}", clinical_rules_markdown(Language::En.texts()));
}
