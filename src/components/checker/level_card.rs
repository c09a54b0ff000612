//! The first thing on a result: a colour-coded card with the level's headline, what to do,
//! and the way to act on it (call the emergency number, call the clinic, book an appointment).
//! Colour is never the only signal: each level also has its own icon and label.
use yew::prelude::*;

use crate::components::contact::contact;
use crate::context::use_widget;
use crate::domain::checker::rules::TriageLevel;
use crate::domain::content::Texts;

#[derive(Properties, PartialEq)]
pub struct CheckerLevelCardProps {
    pub level: TriageLevel,
    /// The headline, focused by the panel when the result appears.
    pub heading: NodeRef,
}

/// The class that gives a level its colours.
pub fn level_class(level: TriageLevel) -> &'static str {
    match level {
        TriageLevel::Emergency => "cw-check-level--emergency",
        TriageLevel::Urgent => "cw-check-level--urgent",
        TriageLevel::Gp => "cw-check-level--gp",
        TriageLevel::SelfCare => "cw-check-level--self-care",
    }
}

#[component]
pub fn CheckerLevelCard(props: &CheckerLevelCardProps) -> Html {
    let ctx = use_widget();
    let config = &ctx.config;
    let text = ctx.texts.level(props.level);
    let fill = |text: &str| config.fill_contacts(text);
    html! {
        <div class={classes!("cw-check-level", level_class(props.level))}>
            { level_badge(props.level, ctx.texts) }
            <h3 class="cw-check-level-headline cw-check-heading" id="cw-check-heading"
                tabindex="-1" ref={props.heading.clone()}>
                { fill(text.headline) }
            </h3>
            <p class="cw-check-level-text">{ fill(text.what_to_do) }</p>
            if let Some(label) = text.contact {
                { contact(props.level, &fill(label), &ctx) }
            }
        </div>
    }
}

/// The level's icon and label, so the level never rests on colour alone.
pub fn level_badge(level: TriageLevel, texts: &dyn Texts) -> Html {
    html! {
        <p class="cw-check-level-badge">
            { icon(level) }
            <span>{ texts.level_badge(level) }</span>
        </p>
    }
}

fn icon(level: TriageLevel) -> Html {
    let path = match level {
        // A warning triangle.
        TriageLevel::Emergency => "M12 2 1 21h22L12 2zm1 15h-2v2h2v-2zm0-8h-2v6h2V9z",
        // A clock: today.
        TriageLevel::Urgent => {
            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 5h-2v6l5 3 1-1.7-4-2.3V7z"
        }
        // A calendar: book an appointment.
        TriageLevel::Gp => {
            "M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7zM5 9h14v11H5V9z"
        }
        // A tick: you can look after this at home.
        TriageLevel::SelfCare => "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z",
    };
    html! {
        <svg class="cw-check-icon" viewBox="0 0 24 24" width="24" height="24"
            aria-hidden="true" focusable="false">
            <path fill="currentColor" fill-rule="evenodd" d={path} />
        </svg>
    }
}
