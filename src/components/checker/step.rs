//! One question step of the checker: the progress indicator, the step's heading, its
//! questions and the Back / Next buttons. Red flags come first and must be answered; every
//! later question may be skipped.
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::content::{fill, Texts, Ui};

use crate::components::checker::question::CheckerQuestion;
use crate::domain::checker::flow::{is_asked, CheckerAction, CheckerFlow, Step};

#[derive(Properties, PartialEq)]
pub struct CheckerStepProps {
    pub flow: CheckerFlow,
    pub on_action: Callback<CheckerAction>,
    /// The step heading, focused by the panel when the step changes.
    pub heading: NodeRef,
}

fn step_intro(step: Step) -> Ui {
    match step {
        Step::RedFlags => Ui::StepIntroRedFlags,
        _ => Ui::StepIntroSkippable,
    }
}

#[component]
pub fn CheckerStep(props: &CheckerStepProps) -> Html {
    let texts = use_widget().texts;
    let flow = &props.flow;
    let onsubmit = props.on_action.reform(|event: SubmitEvent| {
        event.prevent_default();
        CheckerAction::Next
    });
    let on_back = props.on_action.reform(|_: MouseEvent| CheckerAction::Back);
    // Only the red flags must be answered, so the prompt is always about them.
    let error = flow
        .needs_answer
        .then_some(AttrValue::Static(texts.ui(Ui::RedFlagsMissing)));
    html! {
        <section class="cw-check-step" aria-labelledby="cw-check-heading">
            { progress(flow.step, texts) }
            <h3 class="cw-panel-title cw-check-heading" id="cw-check-heading" tabindex="-1"
                ref={props.heading.clone()}>
                { texts.step_title(flow.step) }
            </h3>
            <p class="cw-check-intro">{ texts.ui(step_intro(flow.step)) }</p>
            <form class="cw-check-form" novalidate=true {onsubmit}>
                { for flow.step.keys().iter().copied()
                    .filter(|key| is_asked(*key, &flow.answers))
                    // Keyed, so a new step gets new inputs: reusing a checked radio under a
                    // new name would untick the new group's answer.
                    .map(|key| html! {
                        <CheckerQuestion key={key.as_str()} question={key} flow={flow.clone()}
                            error={error.clone()}
                            on_action={props.on_action.clone()} />
                    }) }
                <div class="cw-actions cw-check-nav">
                    if flow.step != Step::RedFlags {
                        <button type="button" class="cw-button cw-button--secondary"
                            onclick={on_back}>{ texts.ui(Ui::Back) }</button>
                    }
                    <button type="submit" class="cw-button cw-check-next">{ texts.ui(Ui::Next) }</button>
                </div>
            </form>
        </section>
    }
}

/// "Step 3 of 9" in words, and the same as a bar for those who scan.
fn progress(step: Step, texts: &dyn Texts) -> Html {
    let Some((number, total)) = step.progress() else {
        return html! {};
    };
    html! {
        <div class="cw-check-progress">
            <p class="cw-check-progress-text" id="cw-check-progress">
                { fill(texts.ui(Ui::StepOf), &[("number", &number.to_string()), ("total", &total.to_string())]) }
            </p>
            <progress class="cw-check-progress-bar" max={total.to_string()}
                value={number.to_string()} aria-labelledby="cw-check-progress" />
        </div>
    }
}
