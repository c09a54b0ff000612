//! "What we noticed": every rule the answers fired, most severe first, each with a
//! "Why am I seeing this?" that explains it and names its sources.
use yew::prelude::*;

use crate::components::checker::sources::CheckerSources;
use crate::context::use_widget;
use crate::domain::checker::assessment::Reason;
use crate::domain::content::Ui;

#[derive(Properties, PartialEq)]
pub struct CheckerReasonsProps {
    pub reasons: Vec<Reason>,
}

#[component]
pub fn CheckerReasons(props: &CheckerReasonsProps) -> Html {
    let ctx = use_widget();
    let labels = ctx.texts.labels();
    html! {
        <section class="cw-check-section" aria-labelledby="cw-check-reasons">
            <h4 class="cw-check-section-title" id="cw-check-reasons">{ labels.reasons }</h4>
            if props.reasons.is_empty() {
                <p>{ ctx.texts.ui(Ui::NothingNeedsADoctor) }</p>
            } else {
                <ul class="cw-check-list">
                    { for props.reasons.iter().map(|reason| {
                        let rule = ctx.texts.rule(reason.rule);
                        html! {
                            <li class="cw-check-item">
                                <p class="cw-check-item-title">{ rule.title }</p>
                                <CheckerSources summary={labels.why_am_i_seeing_this}
                                    explanation={AttrValue::Static(rule.body)}
                                    citations={reason.sources} />
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
