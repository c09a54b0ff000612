//! "Summary for your doctor": one printable page, marked as self-reported, with the period
//! covered, the 12-week chart, the figures, what the diary flags, the medicines ticked in the
//! last check and that check's result with its sources.
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::content::{fill, Texts, Ui};

use crate::components::diary::alerts::{alert_line, sources};
use crate::components::diary::chart::DiaryChart;
use crate::components::diary::stats::DiaryStats;
use crate::context::{use_widget, WidgetContext};
use crate::domain::checker::answers::{AnswerOption, Medicine};
use crate::domain::checker::check_record::CheckRecord;
use crate::domain::checker::rules::{Citation, Rule, RuleId};
use crate::domain::date::{CalendarDate, DateStyle};
use crate::domain::diary::alerts::diary_alerts;
use crate::domain::diary::alerts::{alert_cards, AlertCard};
use crate::domain::diary::entry::Diary;
use crate::domain::diary::stats::{summary, DiarySummary};

#[derive(Properties, PartialEq)]
pub struct DoctorSummaryProps {
    pub diary: Rc<Diary>,
    pub on_back: Callback<()>,
}

#[component]
pub fn DoctorSummary(props: &DoctorSummaryProps) -> Html {
    let ctx = use_widget();
    let whole = use_memo(props.diary.clone(), |diary| {
        summary(diary.entries(), CalendarDate::MIN, CalendarDate::MAX)
    });
    html! {
        <article class="cw-diary-summary" aria-labelledby="cw-diary-summary-title">
            <header class="cw-diary-summary-head">
                <h4 class="cw-diary-view-title" id="cw-diary-summary-title" tabindex="-1" data-cw-focus="heading">
                    { ctx.texts.ui(Ui::SummaryTitle) }
                </h4>
                <p class="cw-diary-badge">{ ctx.texts.ui(Ui::SelfReported) }</p>
            </header>
            { period_view(&whole, &ctx) }
            { flags(&props.diary, &ctx) }
            <section class="cw-diary-section" aria-labelledby="cw-diary-summary-weeks">
                <h5 class="cw-diary-heading" id="cw-diary-summary-weeks">{ ctx.texts.ui(Ui::LastTwelveWeeks) }</h5>
                <DiaryChart diary={props.diary.clone()} />
            </section>
            <section class="cw-diary-section" aria-labelledby="cw-diary-summary-all">
                <h5 class="cw-diary-heading" id="cw-diary-summary-all">{ ctx.texts.ui(Ui::AllEntries) }</h5>
                <DiaryStats summary={whole.clone()} />
            </section>
            { last_check(ctx.last_check.as_deref(), &ctx) }
            <p class="cw-muted cw-small cw-diary-summary-foot">
                { ctx.texts.ui(Ui::SummaryFoot) }
            </p>
            { actions_view(&props.on_back, ctx.texts) }
        </article>
    }
}

/// When the diary covers, when the page was made and for which clinic, so a printout stands alone.
fn period_view(whole: &DiarySummary, ctx: &WidgetContext) -> Html {
    let period = match (whole.first_night, whole.last_night) {
        (Some(first), Some(last)) => fill(
            ctx.texts.ui(Ui::DateRange),
            &[
                ("from", &ctx.date(first, DateStyle::Full)),
                ("to", &ctx.date(last, DateStyle::Full)),
            ],
        ),
        _ => ctx.texts.ui(Ui::NoEntriesYet).to_string(),
    };
    html! {
        <dl class="cw-diary-figures cw-diary-period">
            <div class="cw-diary-figure">
                <dt>{ ctx.texts.ui(Ui::PeriodCovered) }</dt>
                <dd>{ period }</dd>
            </div>
            <div class="cw-diary-figure">
                <dt>{ ctx.texts.ui(Ui::MadeOn) }</dt>
                <dd>{ ctx.date(ctx.today, DateStyle::Full) }</dd>
            </div>
            if let Some(clinic) = &ctx.config.clinic_name {
                <div class="cw-diary-figure">
                    <dt>{ ctx.texts.ui(Ui::Clinic) }</dt>
                    <dd translate="no">{ clinic.clone() }</dd>
                </div>
            }
        </dl>
    }
}

/// Printing the page for the appointment, or going back to the diary.
fn actions_view(on_back: &Callback<()>, texts: &dyn Texts) -> Html {
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    html! {
        <div class="cw-actions">
            <button type="button" class="cw-button" onclick={print}>{ texts.ui(Ui::Print) }</button>
            <button type="button" class="cw-button cw-button--secondary"
                    onclick={on_back.reform(|_| ())}>
                { texts.ui(Ui::BackToDiary) }
            </button>
        </div>
    }
}

/// The alert cards' findings, written for the doctor, most severe first.
fn flags(diary: &Diary, ctx: &WidgetContext) -> Html {
    let cards = alert_cards(&diary_alerts(diary.entries(), ctx.today));
    let citations: Vec<Citation> = cards.iter().flat_map(AlertCard::sources).collect();
    html! {
        <section class="cw-diary-section" aria-labelledby="cw-diary-summary-flags">
            <h5 class="cw-diary-heading" id="cw-diary-summary-flags">{ ctx.texts.diary_flags_heading() }</h5>
            if cards.is_empty() {
                <p>{ ctx.texts.diary_nothing_flagged() }</p>
            } else {
                <ul class="cw-diary-flag-list">
                    { for cards.iter().flat_map(|card| &card.alerts).map(|alert| alert_line(alert, DateStyle::Full, ctx)) }
                </ul>
                { sources(&citations, ctx) }
            }
        </section>
    }
}

fn last_check(record: Option<&CheckRecord>, ctx: &WidgetContext) -> Html {
    let Some(record) = record else {
        return html! {
            <section class="cw-diary-section" aria-labelledby="cw-diary-summary-check">
                <h5 class="cw-diary-heading" id="cw-diary-summary-check">{ ctx.texts.ui(Ui::LastCheck) }</h5>
                <p class="cw-muted">{ ctx.texts.ui(Ui::NoCheckYet) }</p>
            </section>
        };
    };
    let assessment = record.assessment();
    let level = ctx.texts.level(assessment.level);
    let checked_on = ctx.date(record.checked_on, DateStyle::Full);
    let fired: Vec<RuleId> = assessment
        .reasons
        .iter()
        .map(|reason| reason.rule)
        .collect();
    html! {
        <section class="cw-diary-section" aria-labelledby="cw-diary-summary-check">
            <h5 class="cw-diary-heading" id="cw-diary-summary-check">
                { fill(ctx.texts.ui(Ui::LastCheckOnDate), &[("date", &checked_on)]) }
            </h5>
            <h6 class="cw-diary-subheading">{ ctx.texts.ui(Ui::MedicinesTicked) }</h6>
            { medicines_view(&record.answers.medicines, ctx) }
            <h6 class="cw-diary-subheading">{ ctx.texts.ui(Ui::Result) }</h6>
            <p><strong>{ ctx.config.fill_contacts(level.headline) }</strong></p>
            if !fired.is_empty() {
                { fired_rules_view(&fired, ctx) }
            }
        </section>
    }
}

/// The medicines ticked, since most classes the check asks about are linked with cramps.
fn medicines_view(medicines: &[Medicine], ctx: &WidgetContext) -> Html {
    html! {
        if medicines.is_empty() {
            <p class="cw-muted">{ ctx.texts.ui(Ui::NoneTicked) }</p>
        } else {
            <ul>
                { for medicines.iter().map(|&medicine| html! {
                    <li>{ ctx.texts.option(AnswerOption::Medicine(medicine)) }</li>
                }) }
            </ul>
        }
    }
}

/// Why the check gave its result, each reason with its sources so the doctor can weigh it.
fn fired_rules_view(fired: &[RuleId], ctx: &WidgetContext) -> Html {
    html! {
        <ul class="cw-diary-flag-list">
            { for fired.iter().map(|&rule| html! {
                <li>
                    <strong>{ ctx.texts.rule(rule).title }</strong>
                    { sources(Rule::get(rule).sources, ctx) }
                </li>
            }) }
        </ul>
    }
}
