//! What a stretch of the diary adds up to: averages, the muscle that cramps most and the
//! triggers the patient noted, from `diary::summary`.
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::content::{fill, Counted, Ui};

use crate::components::diary::labels::{muscle_label, trigger_label};
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
        return html! { <p class="cw-muted">{ ctx.texts.ui(Ui::NoCrampsInWeeks) }</p> };
    }
    let score = |average: Option<f32>| {
        average.map_or_else(String::new, |value| {
            fill(
                ctx.texts.ui(Ui::ScoreOutOf),
                &[
                    ("score", &one_decimal(value.into())),
                    ("max", &MAX_SCORE.to_string()),
                ],
            )
        })
    };
    let minutes = summary.avg_duration_min.map_or_else(String::new, |value| {
        fill(
            ctx.texts.ui(Ui::AverageMinutes),
            &[("minutes", &one_decimal(value.into()))],
        )
    });
    let muscle = summary
        .most_affected_muscle
        .map_or("", |muscle| muscle_label(ctx.texts, muscle));
    html! {
        <div class="cw-diary-stats">
            <dl class="cw-diary-figures">
                { figure(ctx.texts.ui(Ui::CrampsLogged), fill(ctx.texts.ui(Ui::CrampsOnNights), &[
                    ("cramps", &ctx.texts.count(Counted::Cramp, summary.entries)),
                    ("nights", &ctx.texts.count(Counted::Night, summary.cramp_nights)),
                ])) }
                { figure(ctx.texts.ui(Ui::AverageLength), minutes) }
                { figure(ctx.texts.ui(Ui::AveragePain), score(summary.avg_pain)) }
                { figure(ctx.texts.ui(Ui::AverageSleepDisturbance), score(summary.avg_sleep_disturbance)) }
                { figure(ctx.texts.ui(Ui::MostAffectedMuscle), muscle.to_string()) }
            </dl>
            <h5 class="cw-diary-subheading">{ ctx.texts.ui(Ui::TriggersNoted) }</h5>
            if summary.trigger_counts.is_empty() {
                <p class="cw-muted">{ ctx.texts.ui(Ui::NoneNoted) }</p>
            } else {
                <ul class="cw-diary-triggers">
                    { for summary.trigger_counts.iter().map(|&(trigger, times)| html! {
                        <li>
                            <span>{ trigger_label(ctx.texts, trigger) }</span>
                            <span class="cw-diary-trigger-count">{ ctx.texts.count(Counted::Time, times) }</span>
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
