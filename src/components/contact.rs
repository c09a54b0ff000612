//! The way to act on a level, shared by the checker's result and the diary's alert cards: call
//! the emergency number, call the clinic, or book an appointment, each only where the clinic
//! configured it.
use yew::prelude::*;

use crate::context::WidgetContext;
use crate::domain::checker::rules::TriageLevel;
use crate::domain::content::Ui;

/// The contact link for the level, when the clinic configured one. The emergency number
/// always exists (it has a default).
pub fn contact(level: TriageLevel, label: &str, ctx: &WidgetContext) -> Html {
    let config = &ctx.config;
    match level {
        TriageLevel::Emergency => html! {
            <a class="cw-button cw-button--danger cw-check-call"
                href={format!("tel:{}", config.emergency_number)}>
                { phone_icon() }{ label.to_string() }
            </a>
        },
        TriageLevel::Urgent => match &config.clinic_phone {
            Some(phone) => html! {
                <a class="cw-button cw-check-call cw-check-call--urgent" href={format!("tel:{phone}")}>
                    { phone_icon() }{ label.to_string() }
                </a>
            },
            None => html! {},
        },
        TriageLevel::Gp => match &config.booking_url {
            Some(url) => html! {
                <a class="cw-button cw-check-call" href={url.clone()} target="_blank" rel="noopener">
                    { label.to_string() }
                    <span class="cw-visually-hidden">{ ctx.texts.ui(Ui::OpensInNewTab) }</span>
                </a>
            },
            None => html! {},
        },
        TriageLevel::SelfCare => html! {},
    }
}

fn phone_icon() -> Html {
    html! {
        <svg class="cw-check-icon" viewBox="0 0 24 24" width="22" height="22"
            aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1l-2.2 2.2z" />
        </svg>
    }
}
