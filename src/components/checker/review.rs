//! The review before the result: every answer, topic by topic, each topic with a "Change"
//! button that opens its step and comes back here on Next.
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::checker::answers::{AnswerKey, AnswerKind};
use crate::domain::checker::flow::{is_asked, CheckerAction, CheckerFlow, Given, Step};
use crate::domain::content::{fill, Texts, Ui};

#[derive(Properties, PartialEq)]
pub struct CheckerReviewProps {
    pub flow: CheckerFlow,
    pub on_action: Callback<CheckerAction>,
    pub heading: NodeRef,
}

#[component]
pub fn CheckerReview(props: &CheckerReviewProps) -> Html {
    let ctx = use_widget();
    let on_back = props.on_action.reform(|_: MouseEvent| CheckerAction::Back);
    let on_result = props
        .on_action
        .reform(|_: MouseEvent| CheckerAction::ShowResult);
    html! {
        <section class="cw-check-review" aria-labelledby="cw-check-heading">
            <h3 class="cw-panel-title cw-check-heading" id="cw-check-heading" tabindex="-1"
                ref={props.heading.clone()}>
                { ctx.texts.step_title(Step::Review) }
            </h3>
            <p class="cw-check-intro">
                { ctx.texts.ui(Ui::ReviewIntro) }
            </p>
            { for Step::QUESTIONS.iter().map(|step| topic(*step, &props.flow, ctx.texts, &props.on_action)) }
            <div class="cw-actions cw-check-nav">
                <button type="button" class="cw-button cw-button--secondary" onclick={on_back}>
                    { ctx.texts.ui(Ui::Back) }
                </button>
                <button type="button" class="cw-button cw-check-next" onclick={on_result}>
                    { ctx.texts.ui(Ui::SeeMyResult) }
                </button>
            </div>
        </section>
    }
}

fn topic(
    step: Step,
    flow: &CheckerFlow,
    texts: &'static dyn Texts,
    on_action: &Callback<CheckerAction>,
) -> Html {
    let title = texts.step_title(step);
    let on_change = on_action.reform(move |_: MouseEvent| CheckerAction::Change(step));
    html! {
        <section class="cw-check-topic">
            <div class="cw-check-topic-head">
                <h4 class="cw-check-topic-title">{ title }</h4>
                <button type="button" class="cw-button cw-button--secondary cw-check-change"
                    onclick={on_change}>
                    { texts.ui(Ui::Change) }
                    <span class="cw-visually-hidden">{ fill(texts.ui(Ui::ChangeAnswersAbout), &[("topic", title)]) }</span>
                </button>
            </div>
            <dl class="cw-check-answers">
                { for step.keys().iter().copied()
                    .filter(|key| is_asked(*key, &flow.answers))
                    .map(|key| html! {
                        <div class="cw-check-answer">
                            <dt>{ texts.question(key).question }</dt>
                            <dd>{ given(key, flow, texts) }</dd>
                        </div>
                    }) }
            </dl>
        </section>
    }
}

fn given(key: AnswerKey, flow: &CheckerFlow, texts: &'static dyn Texts) -> Html {
    let labels = texts.labels();
    let nothing = match key.kind() {
        AnswerKind::Choice(_) => labels.not_sure,
        AnswerKind::List(_) => labels.none_of_these,
        AnswerKind::YesNo => labels.no,
    };
    match flow.given(key) {
        Given::NotAnswered => html! { <span class="cw-muted">{ texts.ui(Ui::NotAnswered) }</span> },
        Given::Nothing => html! { nothing },
        Given::Yes => html! { labels.yes },
        Given::Options(options) if options.len() == 1 => {
            html! { { for options.iter().map(|option| texts.option(*option)) } }
        }
        Given::Options(options) => html! {
            <ul class="cw-check-answer-list">
                { for options.iter().map(|option| html! { <li>{ texts.option(*option) }</li> }) }
            </ul>
        },
    }
}
