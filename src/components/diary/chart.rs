//! Cramp nights per week over the last 12 weeks, as an inline SVG bar chart. The chart is one
//! image to assistive technology, named by a sentence that summarises it, and the numbers are
//! also available as a table.
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::content::{fill, Counted, Ui};

use crate::context::{use_widget, WidgetContext};
use crate::domain::date::DateStyle;
use crate::domain::diary::alerts::SEE_DOCTOR_NIGHTS_PER_WEEK;
use crate::domain::diary::book::TREND_WEEKS;
use crate::domain::diary::entry::Diary;
use crate::domain::diary::stats::{one_decimal, weekly_trend, WeekCount};

#[derive(Properties, PartialEq)]
pub struct DiaryChartProps {
    pub diary: Rc<Diary>,
}

// Drawing units of the SVG's viewBox; the chart scales to the panel's width.
const WIDTH: f32 = 360.0;
const HEIGHT: f32 = 200.0;
const LEFT: f32 = 26.0;
const RIGHT: f32 = 6.0;
const TOP: f32 = 18.0;
const BOTTOM: f32 = 30.0;
/// A week has seven nights, so the scale never changes and weeks compare at a glance.
const MAX_NIGHTS: u8 = 7;

fn plot_height() -> f32 {
    HEIGHT - TOP - BOTTOM
}

fn y_for(nights: f32) -> f32 {
    TOP + plot_height() * (1.0 - nights / f32::from(MAX_NIGHTS))
}

/// A drawing coordinate for an SVG attribute. A tenth of a unit is finer than a pixel at any
/// size the chart is shown, and skips the float formatting code.
fn coordinate(value: f32) -> String {
    one_decimal(value.into())
}

#[component]
pub fn DiaryChart(props: &DiaryChartProps) -> Html {
    let ctx = use_widget();
    let trend = use_memo((props.diary.clone(), ctx.today), |(diary, today)| {
        weekly_trend(diary.entries(), *today, TREND_WEEKS)
    });
    html! {
        <figure class="cw-diary-chart">
            <svg class="cw-diary-chart-svg" viewBox={format!("0 0 {} {}", coordinate(WIDTH), coordinate(HEIGHT))}
                 role="img" aria-label={describe(&trend, &ctx)} focusable="false">
                { grid() }
                { for trend.iter().enumerate().map(|(i, week)| bar(i, week, trend.len(), &ctx)) }
            </svg>
            <figcaption class="cw-muted cw-small">
                { fill(ctx.texts.ui(Ui::ChartCaption), &[("nights", &SEE_DOCTOR_NIGHTS_PER_WEEK.to_string())]) }
            </figcaption>
            <details class="cw-diary-chart-table">
                <summary>{ ctx.texts.ui(Ui::ShowTheNumbers) }</summary>
                { table(&trend, &ctx) }
            </details>
        </figure>
    }
}

/// One sentence for screen readers: the span, the total, the busiest week and this week.
fn describe(trend: &[WeekCount], ctx: &WidgetContext) -> String {
    let (Some(first), Some(last)) = (trend.first(), trend.last()) else {
        return ctx.texts.ui(Ui::NoWeeksToShow).to_string();
    };
    let week = |w: &WeekCount| ctx.date(w.week_start, DateStyle::Short);
    let total: usize = trend.iter().map(|w| usize::from(w.cramp_nights)).sum();
    let busiest = trend
        .iter()
        .rev()
        .max_by_key(|w| w.cramp_nights)
        .filter(|w| w.cramp_nights > 0);
    let texts = ctx.texts;
    let mut text = fill(
        texts.ui(Ui::ChartDescription),
        &[
            ("weeks", &trend.len().to_string()),
            ("first", &week(first)),
            ("last", &week(last)),
            ("total", &texts.count(Counted::Night, total)),
        ],
    );
    if let Some(busiest) = busiest {
        text.push_str(&fill(
            texts.ui(Ui::ChartBusiestWeek),
            &[
                ("nights", &busiest.cramp_nights.to_string()),
                ("week", &week(busiest)),
            ],
        ));
    }
    text.push_str(&fill(
        texts.ui(Ui::ChartThisWeek),
        &[(
            "nights",
            &texts.count(Counted::Night, usize::from(last.cramp_nights)),
        )],
    ));
    text
}

fn grid() -> Html {
    let line = |nights: u8, class: &'static str| {
        let y = y_for(nights.into());
        html! {
            <>
                <line class={class} x1={coordinate(LEFT)} x2={coordinate(WIDTH - RIGHT)}
                      y1={coordinate(y)} y2={coordinate(y)} />
                <text class="cw-diary-chart-axis" x={coordinate(LEFT - 6.0)} y={coordinate(y + 4.0)}
                      text-anchor="end">{ nights.to_string() }</text>
            </>
        }
    };
    html! {
        <g aria-hidden="true">
            { line(0, "cw-diary-chart-base") }
            { line(SEE_DOCTOR_NIGHTS_PER_WEEK, "cw-diary-chart-threshold") }
            { line(MAX_NIGHTS, "cw-diary-chart-grid") }
        </g>
    }
}

fn bar(index: usize, week: &WeekCount, weeks: usize, ctx: &WidgetContext) -> Html {
    let slot = (WIDTH - LEFT - RIGHT) / weeks.max(1) as f32;
    let width = slot * 0.64;
    let x = LEFT + slot * index as f32 + (slot - width) / 2.0;
    let nights = f32::from(week.cramp_nights);
    let y = y_for(nights);
    let centre = coordinate(x + width / 2.0);
    let often = week.cramp_nights >= SEE_DOCTOR_NIGHTS_PER_WEEK;
    // Every other week is labelled, counting back from this week, so labels never collide.
    let labelled = (weeks - 1 - index).is_multiple_of(2);
    html! {
        <g>
            if week.cramp_nights > 0 {
                <rect class={classes!("cw-diary-bar", often.then_some("cw-diary-bar--often"))}
                      x={coordinate(x)} y={coordinate(y)} width={coordinate(width)}
                      height={coordinate(y_for(0.0) - y)} rx="2" />
                <text class="cw-diary-chart-value" x={centre.clone()} y={coordinate(y - 4.0)}
                      text-anchor="middle">{ week.cramp_nights.to_string() }</text>
            }
            if labelled {
                <text class="cw-diary-chart-axis" x={centre} y={coordinate(HEIGHT - 10.0)}
                      text-anchor="middle">
                    { ctx.date(week.week_start, DateStyle::Short) }
                </text>
            }
        </g>
    }
}

fn table(trend: &[WeekCount], ctx: &WidgetContext) -> Html {
    html! {
        <table class="cw-diary-table">
            <caption class="cw-visually-hidden">{ ctx.texts.ui(Ui::ChartTableCaption) }</caption>
            <thead>
                <tr><th scope="col">{ ctx.texts.ui(Ui::WeekStarting) }</th><th scope="col">{ ctx.texts.ui(Ui::NightsWithACramp) }</th></tr>
            </thead>
            <tbody>
                { for trend.iter().rev().map(|week| html! {
                    <tr>
                        <th scope="row">{ ctx.date(week.week_start, DateStyle::Day) }</th>
                        <td>{ week.cramp_nights.to_string() }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
