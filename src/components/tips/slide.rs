//! One tip as a carousel slide: its place in the set, whether it matches the user's answers,
//! its title, its few sentences and the sources it comes from.
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::content::{fill, Ui};
use crate::domain::tips::{Tip, TipCaution, TipId};

#[derive(Properties, PartialEq)]
pub struct TipSlideProps {
    pub tip: TipId,
    /// 1-based place in the carousel.
    pub number: usize,
    pub count: usize,
    pub shown: bool,
    pub matches: bool,
    pub caution: Option<TipCaution>,
}

/// Every slide stays in the DOM, hidden unless shown, so its "N of M" never changes.
#[component]
pub fn TipSlide(props: &TipSlideProps) -> Html {
    let ctx = use_widget();
    let text = ctx.texts.tip(props.tip);
    let position = fill(
        ctx.texts.ui(Ui::SlidePosition),
        &[
            ("number", &props.number.to_string()),
            ("count", &props.count.to_string()),
        ],
    );
    html! {
        <div class="cw-tips-slide" role="group" aria-roledescription={ctx.texts.ui(Ui::SlideRole)}
             aria-label={position.clone()} hidden={!props.shown}>
            <p class="cw-tips-slide-meta cw-small">
                <span class="cw-tips-count">{ fill(ctx.texts.ui(Ui::TipNumber), &[("position", &position)]) }</span>
                if props.matches {
                    <span class="cw-tips-match">{ ctx.texts.ui(Ui::MatchesYourAnswers) }</span>
                }
            </p>
            <h4 class="cw-tips-slide-title">{ text.title }</h4>
            <p>{ text.body }</p>
            if let Some(caution) = props.caution {
                <p class="cw-tip-caution" data-caution={caution.as_str()}>
                    { ctx.texts.tip_caution(caution) }
                </p>
            }
            <p class="cw-tips-sources cw-small cw-muted">
                { ctx.texts.sources_line(Tip::get(props.tip).sources) }
            </p>
        </div>
    }
}
