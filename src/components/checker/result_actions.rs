//! The buttons under a result: "Change my answers", and "Start again", which first turns into
//! a question so that a stray tap cannot throw the answers away.
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::checker::flow::{CheckerAction, Step};
use crate::domain::content::Ui;

#[derive(Properties, PartialEq)]
pub struct CheckerResultActionsProps {
    /// "Start again" was pressed and is waiting for a yes or no.
    pub confirming: bool,
    pub on_action: Callback<CheckerAction>,
}

#[component]
pub fn CheckerResultActions(props: &CheckerResultActionsProps) -> Html {
    let texts = use_widget().texts;
    let confirming = props.confirming;
    let question = use_node_ref();
    let start_again = use_node_ref();
    {
        let (question, start_again) = (question.clone(), start_again.clone());
        let asked = use_mut_ref(|| false);
        use_effect_with(confirming, move |confirming| {
            // Focus follows the swap, so it is never lost on a button that has gone.
            let target = if *confirming {
                *asked.borrow_mut() = true;
                question.cast::<HtmlElement>()
            } else if asked.replace(false) {
                start_again.cast::<HtmlElement>()
            } else {
                None
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }
    let on_change = props
        .on_action
        .reform(|_: MouseEvent| CheckerAction::Change(Step::Review));
    let on_restart = props
        .on_action
        .reform(|_: MouseEvent| CheckerAction::Restart);
    let on_start_again = props
        .on_action
        .reform(|_: MouseEvent| CheckerAction::StartAgain);
    let on_keep = props
        .on_action
        .reform(|_: MouseEvent| CheckerAction::KeepAnswers);
    if confirming {
        return html! {
            <div class="cw-check-confirm" role="group" aria-labelledby="cw-check-confirm-text">
                <p class="cw-check-confirm-text" id="cw-check-confirm-text" tabindex="-1" ref={question}>
                    { texts.ui(Ui::StartAgainConfirm) }
                </p>
                <div class="cw-actions">
                    <button type="button" class="cw-button cw-button--danger" onclick={on_restart}>
                        { texts.ui(Ui::YesClearAnswers) }
                    </button>
                    <button type="button" class="cw-button cw-button--secondary" onclick={on_keep}>
                        { texts.ui(Ui::NoKeepAnswers) }
                    </button>
                </div>
            </div>
        };
    }
    html! {
        <div class="cw-actions cw-check-result-actions">
            <button type="button" class="cw-button cw-button--secondary" onclick={on_change}>
                { texts.ui(Ui::ChangeMyAnswers) }
            </button>
            <button type="button" class="cw-button cw-button--secondary" ref={start_again}
                onclick={on_start_again}>
                { texts.ui(Ui::StartAgain) }
            </button>
        </div>
    }
}
