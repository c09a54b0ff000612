//! The checker's result, worked out with `assess`. The level card always comes first so that
//! an emergency or urgent result can never sit below tips; then the disclaimer, the reasons,
//! the contributing factors and a few tips. "Start again" asks before it clears answers.
use yew::prelude::*;

use crate::components::checker_factors::CheckerFactors;
use crate::components::checker_level_card::CheckerLevelCard;
use crate::components::checker_reasons::CheckerReasons;
use crate::components::checker_result_actions::CheckerResultActions;
use crate::components::checker_result_tips::CheckerResultTips;
use crate::components::checker_step::step_title;
use crate::context::{format_date, DateStyle, WidgetContext};
use crate::domain::answers::Answers;
use crate::domain::assessment::assess;
use crate::domain::checker_flow::{result_tips, CheckerAction, Step};
use crate::domain::date::CalendarDate;
use crate::domain::rules::TriageLevel;

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
    let Some(ctx) = use_context::<WidgetContext>() else {
        return html! {};
    };
    let assessment = use_memo(props.answers.clone(), assess);
    let level = assessment.level;
    let disclaimer = ctx.config.fill_contacts(ctx.texts.disclaimer());
    html! {
        <section class="cw-check-result" aria-label={step_title(Step::Result)}>
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
            <CheckerResultActions confirming={props.confirming_restart} on_action={props.on_action.clone()} />
        </section>
    }
}

/// The check's date, e.g. "26 November 2025". It follows the browser's own locale when that
/// is a variant of the widget's language (so en-US readers get "November 26"), else the
/// widget's language.
pub fn long_date(date: CalendarDate, lang: &str) -> String {
    format_date(date, &date_locale(lang), DateStyle::Long)
}

fn date_locale(lang: &str) -> String {
    let browser = web_sys::window().and_then(|window| window.navigator().language());
    match browser {
        Some(tag)
            if tag
                .split(['-', '_'])
                .next()
                .is_some_and(|primary| primary.eq_ignore_ascii_case(lang)) =>
        {
            tag
        }
        _ => lang.to_string(),
    }
}
