//! `docs/clinical-rules.md`, written from the rule table itself, so the document a clinician
//! reads cannot drift from what the checker does. `cargo run --example clinical_rules` prints
//! it; a host test fails when the committed file is out of date. Host builds only.
use std::fmt::Write;

use crate::domain::checker::rules::{Citation, Rule, Source, TriageLevel, RULES};
use crate::domain::content::{Texts, EMERGENCY_NUMBER};

/// The rule table in Markdown: id, level, title, when it fires and the sources, most severe
/// first, as `assess` lists reasons.
pub fn clinical_rules_markdown(texts: &dyn Texts) -> String {
    let mut doc = String::from(
        "# Clinical rules\n\n\
         Generated from the rule table in `src/domain/rules.rs` by \
         `cargo run --example clinical_rules > docs/clinical-rules.md`; a test fails when this \
         file is out of date. Do not edit it by hand.\n\n\
         The result is the most severe level of any rule that fires; no rule means `self_care`. \
         An unknown frequency (not answered, or \"Not sure\") counts as `once_a_week` in G2, G7 \
         and G9 and as not given everywhere else. \"Any clot risk\" includes `pregnant`.\n",
    );
    for level in TriageLevel::ALL.iter().rev() {
        let rules: Vec<&Rule> = RULES.iter().filter(|rule| rule.level == *level).collect();
        if rules.is_empty() {
            continue;
        }
        let _ = write!(
            doc,
            "\n## `{}`: {}\n\n| rule | title | fires when | sources |\n|---|---|---|---|\n",
            level.as_str(),
            texts
                .level(*level)
                .headline
                .replace(EMERGENCY_NUMBER, "the emergency number")
        );
        for rule in rules {
            let sources: Vec<String> = rule.sources.iter().map(short_citation).collect();
            let _ = writeln!(
                doc,
                "| {} | {} | {} | {} |",
                rule.id.as_str(),
                texts.rule(rule.id).title,
                rule.when,
                sources.join("; ")
            );
        }
    }
    doc.push_str("\n## Sources\n\n");
    for source in Source::ALL {
        let _ = writeln!(doc, "- {}: {}", source.as_str(), texts.source(*source));
    }
    doc
}

/// The source's short name, with the article section when there is one.
fn short_citation(citation: &Citation) -> String {
    match citation.section {
        Some(section) => format!("{} \"{}\"", citation.source.as_str(), section.as_str()),
        None => citation.source.as_str().to_owned(),
    }
}
