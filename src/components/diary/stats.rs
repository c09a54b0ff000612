//! What a stretch of the diary adds up to: averages, the muscle that cramps most and the
//! triggers the patient noted, from `diary::summary`.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::diary::labels::{count, muscle_label, trigger_label};
use crate::context::use_widget;
use crate::domain::diary::entry::MAX_SCORE;
use crate::domain::diary::stats::{one_decimal, DiarySummary};

#[derive(Properties, PartialEq)]
pub struct DiaryStatsProps {
    pub summary: Rc<DiarySummary>,
}

#[component]
pub fn DiaryStats(props: &DiaryStatsProps) -> Html {
    let ctx = use_widget();
    let summary = &props.summary;
    if summary.entries == 0 {
        return html! { <p class="cw-muted">{ "No cramps logged in these weeks." }</p> };
    }
    let score = |average: Option<f32>| {
        average.map_or_else(String::new, |value| {
            format!("{} of {MAX_SCORE}", one_decimal(value.into()))
        })
    };
    let minutes = summary.avg_duration_min.map_or_else(String::new, |value| {
        format!("{} minutes", one_decimal(value.into()))
    });
    let muscle = summary
        .most_affected_muscle
        .map_or("", |muscle| muscle_label(ctx.texts, muscle));
    html! {
        <div class="cw-diary-stats">
            <dl class="cw-diary-figures">
                { figure("Cramps logged", format!(
                    "{} on {}",
                    count(summary.entries, "cramp", "cramps"),
                    count(summary.cramp_nights, "night", "nights"),
                )) }
                { figure("Average length", minutes) }
                { figure("Average pain", score(summary.avg_pain)) }
                { figure("Average sleep disturbance", score(summary.avg_sleep_disturbance)) }
                { figure("Most affected muscle", muscle.to_string()) }
            </dl>
            <h5 class="cw-diary-subheading">{ "Possible triggers you noted" }</h5>
            if summary.trigger_counts.is_empty() {
                <p class="cw-muted">{ "None noted." }</p>
            } else {
                <ul class="cw-diary-triggers">
                    { for summary.trigger_counts.iter().map(|&(trigger, times)| html! {
                        <li>
                            <span>{ trigger_label(ctx.texts, trigger) }</span>
                            <span class="cw-diary-trigger-count">{ count(times, "time", "times") }</span>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

fn figure(term: &'static str, value: String) -> Html {
    html! {
        <div class="cw-diary-figure">
            <dt>{ term }</dt>
            <dd>{ value }</dd>
        </div>
    }
}
