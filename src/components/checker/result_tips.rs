//! The few tips that suit this result best, with a way to the Tips panel for the rest.
use yew::prelude::*;

use crate::components::checker::sources::CheckerSources;
use crate::context::use_widget;
use crate::domain::config::Panel;
use crate::domain::content::Ui;
use crate::domain::tips::{caution_for, Tip, TipCautionNote, TipId};

#[derive(Properties, PartialEq)]
pub struct CheckerResultTipsProps {
    pub tips: Vec<TipId>,
    pub cautions: Vec<TipCautionNote>,
}

#[component]
pub fn CheckerResultTips(props: &CheckerResultTipsProps) -> Html {
    let ctx = use_widget();
    let texts = ctx.texts;
    let sources = texts.labels().sources;
    let on_all_tips = ctx.on_show_panel.reform(|_: MouseEvent| Panel::Tips);
    html! {
        <section class="cw-check-section" aria-labelledby="cw-check-tips">
            <h4 class="cw-check-section-title" id="cw-check-tips">{ texts.labels().tips }</h4>
            <ol class="cw-check-list cw-check-tips">
                { for props.tips.iter().map(|tip| {
                    let text = texts.tip(*tip);
                    html! {
                        <li class="cw-check-item">
                            <p class="cw-check-item-title">{ text.title }</p>
                            <p>{ text.body }</p>
                            if let Some(caution) = caution_for(*tip, &props.cautions) {
                                <p class="cw-tip-caution" data-caution={caution.as_str()}>
                                    { texts.tip_caution(caution) }
                                </p>
                            }
                            <CheckerSources summary={sources} citations={Tip::get(*tip).sources} />
                        </li>
                    }
                }) }
            </ol>
            if ctx.config.panels.contains(&Panel::Tips) {
                <button type="button" class="cw-button cw-button--secondary" onclick={on_all_tips}>
                    { texts.ui(Ui::SeeAllTips) }
                </button>
            }
        </section>
    }
}
