//! The checker's result, worked out with `assess`. The level card always comes first so that
//! an emergency or urgent result can never sit below tips; then what to do while waiting (at
//! urgent and emergency, in place of tips), the disclaimer, the reasons, the contributing
//! factors and, below urgent, a few tips. "Start again" asks before it clears answers.
use yew::prelude::*;

use crate::components::checker::factors::CheckerFactors;
use crate::components::checker::level_card::CheckerLevelCard;
use crate::components::checker::reasons::CheckerReasons;
use crate::components::checker::result_actions::CheckerResultActions;
use crate::components::checker::result_tips::CheckerResultTips;
use crate::components::checker::while_waiting::CheckerWhileWaiting;
use crate::context::use_widget;
use crate::domain::checker::answers::Answers;
use crate::domain::checker::assessment::assess;
use crate::domain::checker::flow::{result_tips, CheckerAction, Step};
use crate::domain::content::{fill, Ui};
use crate::domain::date::{CalendarDate, DateStyle};

#[derive(Properties, PartialEq)]
pub struct CheckerResultProps {
    pub answers: Answers,
    pub checked_on: CalendarDate,
    /// "Start again" is waiting for a yes or no.
    pub confirming_restart: bool,
    pub on_action: Callback<CheckerAction>,
    pub heading: NodeRef,
}

#[component]
pub fn CheckerResult(props: &CheckerResultProps) -> Html {
    let ctx = use_widget();
    let assessment = use_memo(props.answers.clone(), assess);
    let level = assessment.level;
    let disclaimer = ctx.config.fill_contacts(ctx.texts.disclaimer());
    html! {
        <section class="cw-check-result" aria-label={ctx.texts.step_title(Step::Result)}>
            <CheckerLevelCard {level} heading={props.heading.clone()} />
            if !assessment.while_waiting.is_empty() {
                <CheckerWhileWaiting advice={assessment.while_waiting.clone()} />
            }
            <p class="cw-check-disclaimer">{ disclaimer }</p>
            <p class="cw-small cw-muted">
                { fill(ctx.texts.ui(Ui::BasedOnAnswers), &[("date", &ctx.date(props.checked_on, DateStyle::Long))]) }
            </p>
            if ctx.check_waits_for_unlock {
                <p class="cw-notice" role="status">{ ctx.texts.ui(Ui::ResultWaitsForUnlock) }</p>
            }
            <CheckerReasons reasons={assessment.reasons.clone()} />
            <CheckerFactors factors={assessment.factors.clone()} />
            // Someone who must get help today or now should not be reading about stretches.
            if !level.is_urgent_or_emergency() {
                <CheckerResultTips tips={result_tips(&assessment).to_vec()}
                                   cautions={assessment.cautions.clone()} />
            }
            <CheckerResultActions confirming={props.confirming_restart} on_action={props.on_action.clone()} />
        </section>
    }
}
