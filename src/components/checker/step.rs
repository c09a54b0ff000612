//! One question step of the checker: the progress indicator, the step's heading, its
//! questions and the Back / Next buttons. Red flags come first and must be answered; every
//! later question may be skipped.
use yew::prelude::*;

use crate::components::checker::question::CheckerQuestion;
use crate::domain::checker::flow::{is_asked, CheckerAction, CheckerFlow, Step};

#[derive(Properties, PartialEq)]
pub struct CheckerStepProps {
    pub flow: CheckerFlow,
    pub on_action: Callback<CheckerAction>,
    /// The step heading, focused by the panel when the step changes.
    pub heading: NodeRef,
}

/// Shown when Next is pressed on the red flags with nothing chosen.
const RED_FLAGS_MISSING: &str =
    "Please choose any that apply, or choose \u{201c}None of these\u{201d}.";

/// The heading of each screen of the checker; the review's title is here too so that the
/// review's "Change" buttons can name the topic they open.
pub fn step_title(step: Step) -> &'static str {
    match step {
        Step::LastCheck => "Check your cramps",
        Step::RedFlags => "First, a quick safety check",
        Step::AboutYou => "About you",
        Step::HowOften => "How often and how long",
        Step::WhereAndSleep => "Where, and your sleep",
        Step::OtherSymptoms => "Other symptoms",
        Step::ClotRisks => "Blood clot risks",
        Step::Medicines => "Medicines",
        Step::Conditions => "Health conditions",
        Step::Habits => "Daily habits",
        Step::Review => "Check your answers",
        Step::Result => "Your result",
    }
}

fn step_intro(step: Step) -> &'static str {
    match step {
        Step::RedFlags => "Before anything else, we check for signs of a serious problem.",
        _ => "You can skip any question you are not sure about.",
    }
}

#[component]
pub fn CheckerStep(props: &CheckerStepProps) -> Html {
    let flow = &props.flow;
    let onsubmit = props.on_action.reform(|event: SubmitEvent| {
        event.prevent_default();
        CheckerAction::Next
    });
    let on_back = props.on_action.reform(|_: MouseEvent| CheckerAction::Back);
    // Only the red flags must be answered, so the prompt is always about them.
    let error = flow
        .needs_answer
        .then_some(AttrValue::Static(RED_FLAGS_MISSING));
    html! {
        <section class="cw-check-step" aria-labelledby="cw-check-heading">
            { progress(flow.step) }
            <h3 class="cw-panel-title cw-check-heading" id="cw-check-heading" tabindex="-1"
                ref={props.heading.clone()}>
                { step_title(flow.step) }
            </h3>
            <p class="cw-check-intro">{ step_intro(flow.step) }</p>
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
                            onclick={on_back}>{ "Back" }</button>
                    }
                    <button type="submit" class="cw-button cw-check-next">{ "Next" }</button>
                </div>
            </form>
        </section>
    }
}

/// "Step 3 of 8" in words, and the same as a bar for those who scan.
fn progress(step: Step) -> Html {
    let Some((number, total)) = step.progress() else {
        return html! {};
    };
    html! {
        <div class="cw-check-progress">
            <p class="cw-check-progress-text" id="cw-check-progress">
                { format!("Step {number} of {total}") }
            </p>
            <progress class="cw-check-progress-bar" max={total.to_string()}
                value={number.to_string()} aria-labelledby="cw-check-progress" />
        </div>
    }
}
