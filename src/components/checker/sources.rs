//! The sources behind a rule, factor or tip, in a `<details>` the patient can open: every
//! piece of advice the checker gives can show where it comes from.
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::checker::rules::Citation;

#[derive(Properties, PartialEq)]
pub struct CheckerSourcesProps {
    /// The text of the `<summary>`, e.g. "Why am I seeing this?".
    pub summary: AttrValue,
    /// Shown above the sources, e.g. the explanation of a rule.
    #[prop_or_default]
    pub explanation: Option<AttrValue>,
    pub citations: &'static [Citation],
}

#[component]
pub fn CheckerSources(props: &CheckerSourcesProps) -> Html {
    let ctx = use_widget();
    html! {
        <details class="cw-check-details">
            <summary class="cw-check-summary">{ props.summary.clone() }</summary>
            <div class="cw-check-details-body">
                if let Some(explanation) = &props.explanation {
                    <p>{ explanation.clone() }</p>
                }
                <p class="cw-check-sources-title">{ ctx.texts.labels().sources }</p>
                <ul class="cw-check-sources">
                    { for props.citations.iter().map(|citation| html! {
                        <li>{ ctx.texts.citation(*citation) }</li>
                    }) }
                </ul>
            </div>
        </details>
    }
}
