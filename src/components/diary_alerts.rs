//! What the diary says the patient should act on (`diary::diary_alerts`): a long cramp or a
//! note about one swollen leg means medical advice today; cramps on three or more nights in a
//! week mean booking a doctor. The cards use the checker's own level and rule texts, cite their
//! sources, and cannot be dismissed.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::diary_labels::count;
use crate::context::WidgetContext;
use crate::domain::date::{CalendarDate, DateStyle};
use crate::domain::diary::{diary_alerts, Diary};
use crate::domain::diary_book::alert_findings;
use crate::domain::rules::{Rule, RuleId, TriageLevel};

#[derive(Properties, PartialEq)]
pub struct DiaryAlertsProps {
    pub diary: Rc<Diary>,
}

#[component]
pub fn DiaryAlerts(props: &DiaryAlertsProps) -> Html {
    let Some(ctx) = use_context::<WidgetContext>() else {
        return html! {};
    };
    let alerts = use_memo((props.diary.clone(), ctx.today), |(diary, today)| {
        diary_alerts(diary.entries(), *today)
    });
    let findings = alert_findings(&alerts);
    html! {
        <>
            if !findings.urgent.is_empty() {
                { urgent_card(&findings.urgent, &ctx) }
            }
            if let Some((week_start, nights)) = findings.see_doctor {
                { see_doctor_card(week_start, nights, &ctx) }
            }
        </>
    }
}

/// "Sources: …" for the rules a card stands on, each source named once.
pub fn sources(rules: &[RuleId], ctx: &WidgetContext) -> Html {
    let mut cited: Vec<String> = Vec::new();
    for &rule in rules {
        for &citation in Rule::get(rule).sources {
            let name = ctx.texts.citation(citation);
            if !cited.contains(&name) {
                cited.push(name);
            }
        }
    }
    html! {
        <p class="cw-diary-alert-sources cw-small">
            { format!("{}: {}", ctx.texts.labels().sources, cited.join("; ")) }
        </p>
    }
}

fn urgent_card(findings: &[(CalendarDate, RuleId)], ctx: &WidgetContext) -> Html {
    let level = ctx.texts.level(TriageLevel::Urgent);
    let rules: Vec<RuleId> = findings.iter().map(|&(_, rule)| rule).collect();
    html! {
        <section class="cw-diary-alert cw-diary-alert--urgent" aria-labelledby="cw-diary-alert-urgent">
            <h4 class="cw-diary-alert-title" id="cw-diary-alert-urgent">
                { ctx.config.fill_contacts(level.headline) }
            </h4>
            <p>{ "Your diary shows:" }</p>
            <ul class="cw-diary-alert-findings">
                { for findings.iter().map(|&(night, rule)| html! {
                    <li>
                        <strong>{ ctx.texts.rule(rule).title }</strong>
                        { format!(" ({})", ctx.date(night, DateStyle::Day)) }
                    </li>
                }) }
            </ul>
            <p>{ ctx.config.fill_contacts(level.what_to_do) }</p>
            if let (Some(phone), Some(contact)) = (&ctx.config.clinic_phone, level.contact) {
                <p class="cw-diary-alert-contact">
                    <a class="cw-button" href={format!("tel:{phone}")}>{ ctx.config.fill_contacts(contact) }</a>
                </p>
            }
            { sources(&rules, ctx) }
        </section>
    }
}

fn see_doctor_card(week_start: CalendarDate, nights: u8, ctx: &WidgetContext) -> Html {
    let level = ctx.texts.level(TriageLevel::Gp);
    let rule = ctx.texts.rule(RuleId::G1);
    let week = ctx.date(week_start, DateStyle::Short);
    html! {
        <section class="cw-diary-alert cw-diary-alert--gp" aria-labelledby="cw-diary-alert-gp">
            <h4 class="cw-diary-alert-title" id="cw-diary-alert-gp">{ level.headline }</h4>
            <p>
                <strong>{ rule.title }</strong>
                { format!(
                    ": your diary shows cramps on {} in the week of {week}.",
                    count(usize::from(nights), "night", "nights")
                ) }
            </p>
            <p>{ rule.body }</p>
            if let (Some(url), Some(contact)) = (&ctx.config.booking_url, level.contact) {
                <p class="cw-diary-alert-contact">
                    <a class="cw-button" href={url.clone()} target="_blank" rel="noopener noreferrer">
                        { contact }
                        <span class="cw-visually-hidden">{ " (opens in a new tab)" }</span>
                    </a>
                </p>
            }
            { sources(&[RuleId::G1], ctx) }
        </section>
    }
}
