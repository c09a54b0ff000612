//! One checker question as a fieldset: radios for a choice, checkboxes for a list (with an
//! exclusive "None of these" where offered), Yes / No radios for a yes/no question. The
//! question, hint and option labels come from `content`.
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::checker::answers::{AnswerKey, AnswerKind, AnswerOption};
use crate::domain::checker::flow::{
    offers_none_of_these, offers_not_sure, CheckerAction, CheckerFlow, Given,
};
use crate::domain::content::{Texts, Ui};

#[derive(Properties, PartialEq)]
pub struct CheckerQuestionProps {
    pub question: AnswerKey,
    pub flow: CheckerFlow,
    /// What is missing, when Next was pressed before this question was answered.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_action: Callback<CheckerAction>,
}

/// One radio button or checkbox with its label; the whole box is the click target.
struct Choice {
    id: String,
    label: &'static str,
    checked: bool,
    action: CheckerAction,
    /// Separated from the options above it: "None of these" and "Not sure".
    exclusive: bool,
}

#[component]
pub fn CheckerQuestion(props: &CheckerQuestionProps) -> Html {
    let ctx = use_widget();
    let key = props.question;
    let text = ctx.texts.question(key);
    let hint_id = format!("cw-check-{}-hint", key.as_str());
    let error_id = format!("cw-check-{}-error", key.as_str());
    let described_by = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let (input_type, choices) = choices(key, &props.flow, ctx.texts);
    let layout = match key.kind() {
        AnswerKind::YesNo => "cw-check-options cw-check-options--inline",
        _ => "cw-check-options",
    };
    html! {
        <fieldset class={classes!("cw-check-question", props.error.is_some().then_some("cw-check-question--error"))}
            aria-describedby={described_by}>
            <legend class="cw-check-legend">{ text.question }</legend>
            <p class="cw-check-hint" id={hint_id}>{ text.hint }</p>
            if let Some(error) = &props.error {
                <p class="cw-check-error" id={error_id} role="alert">{ error.clone() }</p>
            }
            <div class={layout}>
                { for choices.into_iter().map(|choice| view_choice(key, input_type, choice, &props.on_action, ctx.texts)) }
            </div>
        </fieldset>
    }
}

fn choices(
    key: AnswerKey,
    flow: &CheckerFlow,
    texts: &'static dyn Texts,
) -> (&'static str, Vec<Choice>) {
    match key.kind() {
        AnswerKind::Choice(options) => ("radio", radios_for_choice(key, options, flow, texts)),
        AnswerKind::List(options) => ("checkbox", checkboxes_for_list(key, options, flow, texts)),
        AnswerKind::YesNo => ("radio", radios_for_yes_no(key, flow, texts)),
    }
}

/// A radio per option, and "Not sure" where offered, for those who cannot recall.
fn radios_for_choice(
    key: AnswerKey,
    options: &[AnswerOption],
    flow: &CheckerFlow,
    texts: &'static dyn Texts,
) -> Vec<Choice> {
    let mut choices: Vec<Choice> = options
        .iter()
        .map(|option| {
            let action = CheckerAction::Choose(key, Some(*option));
            option_choice(key, *option, action, flow, texts)
        })
        .collect();
    if offers_not_sure(key) {
        let not_sure = texts.labels().not_sure;
        let action = CheckerAction::Choose(key, None);
        choices.push(nothing_choice(key, "not-sure", not_sure, action, flow));
    }
    choices
}

/// A checkbox per option, and "None of these" where offered, so an empty list is a real answer.
fn checkboxes_for_list(
    key: AnswerKey,
    options: &[AnswerOption],
    flow: &CheckerFlow,
    texts: &'static dyn Texts,
) -> Vec<Choice> {
    let mut choices: Vec<Choice> = options
        .iter()
        .map(|option| option_choice(key, *option, CheckerAction::Toggle(*option), flow, texts))
        .collect();
    if offers_none_of_these(key) {
        let action = CheckerAction::NoneOfThese(key);
        choices.push(nothing_choice(
            key,
            "none",
            texts.labels().none_of_these,
            action,
            flow,
        ));
    }
    choices
}

/// Yes / No radios; "No" is the answer of nothing given, but sits beside "Yes", not apart.
fn radios_for_yes_no(key: AnswerKey, flow: &CheckerFlow, texts: &'static dyn Texts) -> Vec<Choice> {
    let labels = texts.labels();
    let yes = Choice {
        id: format!("cw-check-{}-yes", key.as_str()),
        label: labels.yes,
        checked: flow.answers.flag(key) == Some(true),
        action: CheckerAction::SetFlag(key, true),
        exclusive: false,
    };
    let no_action = CheckerAction::SetFlag(key, false);
    let no = Choice {
        exclusive: false,
        ..nothing_choice(key, "no", labels.no, no_action, flow)
    };
    vec![yes, no]
}

/// One of the question's own options, ticked when the answers hold it.
fn option_choice(
    key: AnswerKey,
    option: AnswerOption,
    action: CheckerAction,
    flow: &CheckerFlow,
    texts: &'static dyn Texts,
) -> Choice {
    Choice {
        id: format!("cw-check-{}-{}", key.as_str(), option.as_str()),
        label: texts.option(option),
        checked: flow.answers.is_selected(option),
        action,
        exclusive: false,
    }
}

/// The choice that says "nothing applies", ticked once the patient has given that answer.
fn nothing_choice(
    key: AnswerKey,
    value: &str,
    label: &'static str,
    action: CheckerAction,
    flow: &CheckerFlow,
) -> Choice {
    Choice {
        id: format!("cw-check-{}-{value}", key.as_str()),
        label,
        checked: flow.given(key) == Given::Nothing,
        action,
        exclusive: true,
    }
}

fn view_choice(
    key: AnswerKey,
    input_type: &'static str,
    choice: Choice,
    on_action: &Callback<CheckerAction>,
    texts: &dyn Texts,
) -> Html {
    let action = choice.action;
    let onchange = on_action.reform(move |_: Event| action.clone());
    html! {
        <>
            if choice.exclusive {
                <p class="cw-check-or" aria-hidden="true">{ texts.ui(Ui::Or) }</p>
            }
            <label class="cw-check-option" for={choice.id.clone()}>
                <input class="cw-check-input" type={input_type} id={choice.id}
                    name={key.as_str()} checked={choice.checked} {onchange} />
                <span class="cw-check-option-label">{ choice.label }</span>
            </label>
        </>
    }
}
