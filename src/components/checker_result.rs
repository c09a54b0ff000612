//! The checker's result, worked out with `assess`. The level card always comes first so that
//! an emergency or urgent result can never sit below tips; then the disclaimer, the reasons,
//! the contributing factors and a few tips. "Start again" asks before it clears answers.
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::checker_factors::CheckerFactors;
use crate::components::checker_level_card::CheckerLevelCard;
use crate::components::checker_reasons::CheckerReasons;
use crate::components::checker_result_tips::CheckerResultTips;
use crate::context::WidgetContext;
use crate::domain::answers::Answers;
use crate::domain::assessment::assess;
use crate::domain::checker_flow::{fill_contacts, result_tips, CheckerAction, Step};
use crate::domain::date::CalendarDate;
use crate::domain::rules::TriageLevel;

#[derive(Properties, PartialEq)]
pub struct CheckerResultProps {
    pub answers: Answers,
    pub checked_on: CalendarDate,
    /// Whether "Start again" would throw answers away, and so must ask first.
    pub has_answers: bool,
    pub on_action: Callback<CheckerAction>,
    pub heading: NodeRef,
}

#[component]
pub fn CheckerResult(props: &CheckerResultProps) -> Html {
    let Some(ctx) = use_context::<WidgetContext>() else {
        return html! {};
    };
    let assessment = use_memo(props.answers.clone(), assess);
    let level = assessment.level;
    let disclaimer = fill_contacts(
        ctx.texts.disclaimer(),
        &ctx.config.emergency_number,
        ctx.config.clinic_phone.as_deref(),
    );
    html! {
        <section class="cw-check-result" aria-labelledby="cw-check-heading">
            <CheckerLevelCard {level} heading={props.heading.clone()} />
            <p class="cw-check-disclaimer">{ disclaimer }</p>
            <p class="cw-small cw-muted">
                { format!("Based on your answers on {}.", long_date(props.checked_on, &ctx.config.lang)) }
            </p>
            <CheckerReasons reasons={assessment.reasons.clone()} />
            <CheckerFactors factors={assessment.factors.clone()} />
            // Someone who must call for help now should not be reading about stretches.
            if level != TriageLevel::Emergency {
                <CheckerResultTips tips={result_tips(&assessment).to_vec()} />
            }
            <ResultActions has_answers={props.has_answers} on_action={props.on_action.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ResultActionsProps {
    has_answers: bool,
    on_action: Callback<CheckerAction>,
}

/// "Change my answers" and "Start again", which turns into a question before clearing.
#[component]
fn ResultActions(props: &ResultActionsProps) -> Html {
    let confirming = use_state(|| false);
    let question = use_node_ref();
    let start_again = use_node_ref();
    {
        let (question, start_again) = (question.clone(), start_again.clone());
        let asked = use_mut_ref(|| false);
        use_effect_with(*confirming, move |confirming| {
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
    let on_start_again = {
        let (confirming, on_restart) = (confirming.clone(), on_restart.clone());
        let has_answers = props.has_answers;
        Callback::from(move |event: MouseEvent| {
            if has_answers {
                confirming.set(true);
            } else {
                on_restart.emit(event);
            }
        })
    };
    let on_keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    if *confirming {
        return html! {
            <div class="cw-check-confirm" role="group" aria-labelledby="cw-check-confirm-text">
                <p class="cw-check-confirm-text" id="cw-check-confirm-text" tabindex="-1" ref={question}>
                    { "Start again? This clears all your answers." }
                </p>
                <div class="cw-actions">
                    <button type="button" class="cw-button cw-button--danger" onclick={on_restart}>
                        { "Yes, clear my answers" }
                    </button>
                    <button type="button" class="cw-button cw-button--secondary" onclick={on_keep}>
                        { "No, keep my answers" }
                    </button>
                </div>
            </div>
        };
    }
    html! {
        <div class="cw-actions cw-check-result-actions">
            <button type="button" class="cw-button cw-button--secondary" onclick={on_change}>
                { "Change my answers" }
            </button>
            <button type="button" class="cw-button cw-button--secondary" ref={start_again}
                onclick={on_start_again}>
                { "Start again" }
            </button>
        </div>
    }
}

/// A date as people write it, e.g. "26 November 2025", in the widget's language. Falls back
/// to the ISO form for a year the browser's `Date` cannot hold.
pub fn long_date(date: CalendarDate, lang: &str) -> String {
    let Ok(year) = u32::try_from(date.year()) else {
        return date.to_string();
    };
    let month = i32::try_from(date.month()).unwrap_or(1) - 1;
    let day = i32::try_from(date.day()).unwrap_or(1);
    let js_date = js_sys::Date::new_with_year_month_day(year, month, day);
    let options = js_sys::Object::new();
    for (name, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(
            &options,
            &JsValue::from_str(name),
            &JsValue::from_str(value),
        );
    }
    js_date
        .to_locale_date_string(lang, &options)
        .as_string()
        .unwrap_or_else(|| date.to_string())
}
