//! "What may add to your cramps": the contributing factors, grouped by kind. Medicines show
//! how strong the evidence is, and always the caution never to stop a medicine alone.
use yew::prelude::*;

use crate::components::checker::sources::CheckerSources;
use crate::context::use_widget;
use crate::domain::checker::factors::{Factor, FactorKind};
use crate::domain::content::{Texts, Ui};

#[derive(Properties, PartialEq)]
pub struct CheckerFactorsProps {
    pub factors: Vec<Factor>,
}

#[component]
pub fn CheckerFactors(props: &CheckerFactorsProps) -> Html {
    let ctx = use_widget();
    if props.factors.is_empty() {
        return html! {};
    }
    let texts = ctx.texts;
    html! {
        <section class="cw-check-section" aria-labelledby="cw-check-factors">
            <h4 class="cw-check-section-title" id="cw-check-factors">{ texts.labels().factors }</h4>
            <p class="cw-check-intro">
                { ctx.texts.ui(Ui::FactorsDoNotChangeResult) }
            </p>
            { for FactorKind::ALL.iter().map(|kind| group(*kind, &props.factors, texts)) }
        </section>
    }
}

fn group(kind: FactorKind, factors: &[Factor], texts: &'static dyn Texts) -> Html {
    let in_group: Vec<&Factor> = factors.iter().filter(|f| f.kind == kind).collect();
    if in_group.is_empty() {
        return html! {};
    }
    let sources = texts.labels().sources;
    html! {
        <div class="cw-check-group">
            <h5 class="cw-check-group-title">{ texts.factor_kind(kind) }</h5>
            <ul class="cw-check-list">
                { for in_group.into_iter().map(|factor| {
                    let text = texts.factor(factor.id);
                    html! {
                        <li class="cw-check-item">
                            <p class="cw-check-item-title">
                                { text.title }
                                if let Some(strength) = factor.evidence {
                                    <span class="cw-check-evidence">{ texts.evidence(strength) }</span>
                                }
                            </p>
                            <p>{ text.body }</p>
                            <CheckerSources summary={sources} citations={factor.sources} />
                        </li>
                    }
                }) }
            </ul>
            if kind == FactorKind::Medicine {
                <p class="cw-check-caution">{ texts.medicine_caution() }</p>
            }
        </div>
    }
}
