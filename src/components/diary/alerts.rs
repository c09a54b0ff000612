//! What the diary says the patient should act on (`diary::diary_alerts`), as one card per
//! level, most severe first: a warning sign in a note can mean calling the emergency number
//! now; a long cramp or a note about one swollen, red or numb leg means medical advice today;
//! cramps on three or more nights in a week, or both legs swollen, mean booking a doctor. Each
//! card quotes the words of the note it found, so the patient sees why, uses the checker's own
//! level texts and contact links, cites its sources, and cannot be dismissed.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::contact::contact;
use crate::context::{use_widget, WidgetContext};
use crate::domain::checker::rules::Citation;
use crate::domain::content::TitledText;
use crate::domain::date::DateStyle;
use crate::domain::diary::alerts::{alert_cards, AlertCard};
use crate::domain::diary::alerts::{diary_alerts, DiaryAlert};
use crate::domain::diary::entry::Diary;

#[derive(Properties, PartialEq)]
pub struct DiaryAlertsProps {
    pub diary: Rc<Diary>,
}

#[component]
pub fn DiaryAlerts(props: &DiaryAlertsProps) -> Html {
    let ctx = use_widget();
    let cards = use_memo((props.diary.clone(), ctx.today), |(diary, today)| {
        alert_cards(&diary_alerts(diary.entries(), *today))
    });
    html! {
        <>{ for cards.iter().map(|card| alert_card(card, &ctx)) }</>
    }
}

fn alert_card(card: &AlertCard, ctx: &WidgetContext) -> Html {
    let level = ctx.texts.level(card.level);
    let fill = |text: &str| ctx.config.fill_contacts(text);
    let id = format!("cw-diary-alert-{}", card.level.as_str());
    html! {
        <section class={classes!("cw-diary-alert", format!("cw-diary-alert--{}", card.level.as_str()))}
                 aria-labelledby={id.clone()}>
            <h4 class="cw-diary-alert-title" {id}>{ fill(level.headline) }</h4>
            <p>{ ctx.texts.diary_alert_intro() }</p>
            <ul class="cw-diary-alert-findings">
                { for card.alerts.iter().map(|alert| alert_line(alert, DateStyle::Day, ctx)) }
            </ul>
            { advice(card, ctx) }
            <p>{ fill(level.what_to_do) }</p>
            if let Some(label) = level.contact {
                <p class="cw-diary-alert-contact">{ contact(card.level, &fill(label), ctx) }</p>
            }
            { sources(&card.sources(), ctx) }
        </section>
    }
}

/// What each kind of finding on the card may mean, once per kind.
fn advice(card: &AlertCard, ctx: &WidgetContext) -> Html {
    let mut bodies: Vec<&'static str> = Vec::new();
    for alert in &card.alerts {
        let body = alert_text(alert, ctx).body;
        if !bodies.contains(&body) {
            bodies.push(body);
        }
    }
    html! {
        { for bodies.into_iter().map(|body| html! {
            <p class="cw-diary-alert-advice">{ ctx.config.fill_contacts(body) }</p>
        }) }
    }
}

/// The name and meaning of a finding: a checker rule's for what the checker also asks, the
/// note warning's own for what a note says.
fn alert_text(alert: &DiaryAlert, ctx: &WidgetContext) -> TitledText {
    match alert {
        DiaryAlert::Note { finding, .. } => ctx.texts.note_warning(finding.warning),
        _ => ctx.texts.rule(alert.rule()),
    }
}

/// One finding as a list item: its name, the note's words, and the night or week.
pub fn alert_line(alert: &DiaryAlert, style: DateStyle, ctx: &WidgetContext) -> Html {
    let detail = match alert {
        DiaryAlert::LongCramp { night, .. } | DiaryAlert::LongCrampEased { night, .. } => {
            format!(" ({})", ctx.date(*night, style))
        }
        DiaryAlert::Note { night, finding, .. } => format!(
            ": {} ({})",
            ctx.texts.quoted(&finding.quote),
            ctx.date(*night, style)
        ),
        DiaryAlert::SeeDoctor { week_start, nights } => format!(
            " ({})",
            ctx.texts
                .nights_in_week(*nights, &ctx.date(*week_start, style))
        ),
    };
    html! {
        <li>
            <strong>{ alert_text(alert, ctx).title }</strong>
            { detail }
        </li>
    }
}

/// "Sources: …" for what a card or a list stands on.
pub fn sources(citations: &[Citation], ctx: &WidgetContext) -> Html {
    html! {
        <p class="cw-diary-alert-sources cw-small">{ ctx.texts.sources_line(citations) }</p>
    }
}
