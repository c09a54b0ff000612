//! The relief guide's views: large type and few words for a person in pain, with one hand
//! free. Focus moves to its heading when it opens; Escape or Close leaves it.
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::contact::contact;
use crate::components::cramp_now::browser::began_at;
use crate::context::{use_widget, WidgetContext};
use crate::domain::checker::rules::{RuleId, TriageLevel};
use crate::domain::content::{fill, Counted, Ui};
use crate::domain::cramp_now::{clock, minutes_passed, CrampGuide, GuideStage};

#[derive(Properties, PartialEq)]
pub struct CrampGuideViewProps {
    pub guide: CrampGuide,
    /// Whether the diary panel is on, so the cramp can be logged.
    pub can_log: bool,
    pub on_log: Callback<()>,
    pub on_close: Callback<()>,
    pub on_restart: Callback<()>,
}

#[component]
pub fn CrampGuideView(props: &CrampGuideViewProps) -> Html {
    let ctx = use_widget();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(heading) = heading.cast::<HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let stale = props.guide.stage() == GuideStage::AskEased;
    let title_id = format!("cw-cramp-title-{}", ctx.instance);
    let title = ctx.texts.ui(if stale {
        Ui::CrampAskEased
    } else {
        Ui::CrampGuideTitle
    });
    html! {
        <section class="cw-cramp" aria-labelledby={title_id.clone()} {onkeydown}>
            <div class="cw-cramp-top">
                <h3 class="cw-cramp-title" id={title_id} tabindex="-1" ref={heading}>{ title }</h3>
                <button type="button" class="cw-button cw-button--secondary"
                        onclick={props.on_close.reform(|_| ())}>
                    { ctx.texts.ui(Ui::Close) }
                </button>
            </div>
            if stale { { stale_view(props, &ctx) } } else { { timing_view(props, &ctx) } }
        </section>
    }
}

/// The clock, the steps, the urgent card once it is due, and the way out.
fn timing_view(props: &CrampGuideViewProps, ctx: &WidgetContext) -> Html {
    let texts = ctx.texts;
    let elapsed = props.guide.elapsed_secs();
    let minutes = minutes_passed(elapsed);
    // Only whole minutes reach the live region, so a screen reader hears milestones, not
    // every second.
    let milestone = (minutes > 0).then(|| {
        let count = texts.count(Counted::Minute, minutes as usize);
        fill(texts.ui(Ui::CrampMinutesSoFar), &[("count", &count)])
    });
    html! {
        <>
            <p class="cw-cramp-clock-label">{ texts.ui(Ui::CrampClockLabel) }</p>
            <p class="cw-cramp-clock" role="timer">{ clock(elapsed) }</p>
            <p class="cw-visually-hidden" aria-live="polite">{ milestone }</p>
            <ol class="cw-cramp-steps">
                <li>{ texts.ui(Ui::CrampStepStretch) }</li>
                <li>{ texts.ui(Ui::CrampStepStand) }</li>
                <li>
                    { texts.ui(Ui::CrampStepRub) }
                    <strong class="cw-cramp-caution">{ texts.ui(Ui::CrampRubCaution) }</strong>
                </li>
                <li>{ texts.ui(Ui::CrampStepWarmth) }</li>
            </ol>
            <div role="alert">
                if props.guide.stage() == GuideStage::Urgent { { urgent_card(ctx) } }
            </div>
            <div class="cw-actions">
                { eased_button(props, ctx) }
                if props.can_log { { leave_button(props, ctx) } }
            </div>
        </>
    }
}

/// "It has eased": logs the cramp where the diary is on; elsewhere it simply closes.
fn eased_button(props: &CrampGuideViewProps, ctx: &WidgetContext) -> Html {
    let onclick = if props.can_log {
        props.on_log.reform(|_| ())
    } else {
        props.on_close.reform(|_| ())
    };
    html! {
        <button type="button" class="cw-button cw-cramp-eased" {onclick}>
            { ctx.texts.ui(Ui::CrampEased) }
        </button>
    }
}

fn leave_button(props: &CrampGuideViewProps, ctx: &WidgetContext) -> Html {
    html! {
        <button type="button" class="cw-button cw-button--secondary"
                onclick={props.on_close.reform(|_| ())}>
            { ctx.texts.ui(Ui::CrampDoNotLog) }
        </button>
    }
}

/// Rule U3: over 10 minutes and not easing with stretching, get advice today.
fn urgent_card(ctx: &WidgetContext) -> Html {
    let texts = ctx.texts;
    let fill_contacts = |text: &str| ctx.config.fill_contacts(text);
    let urgent = texts.level(TriageLevel::Urgent);
    let emergency = texts.level(TriageLevel::Emergency);
    let id = format!("cw-cramp-urgent-{}", ctx.instance);
    html! {
        <section class="cw-cramp-urgent" aria-labelledby={id.clone()}>
            <h4 class="cw-cramp-urgent-title" {id}>{ fill_contacts(urgent.headline) }</h4>
            <p>{ texts.rule(RuleId::U3).body }</p>
            <p>{ fill_contacts(urgent.what_to_do) }</p>
            <div class="cw-actions">
                if let Some(label) = urgent.contact {
                    { contact(TriageLevel::Urgent, &fill_contacts(label), ctx) }
                }
                if let Some(label) = emergency.contact {
                    { contact(TriageLevel::Emergency, &fill_contacts(label), ctx) }
                }
            </div>
        </section>
    }
}

/// A start over an hour old: the cramp is surely over, so ask instead of showing the clock.
fn stale_view(props: &CrampGuideViewProps, ctx: &WidgetContext) -> Html {
    let texts = ctx.texts;
    let began = began_at(&props.guide, &ctx.date_locale);
    html! {
        <>
            <p class="cw-cramp-lead">{ fill(texts.ui(Ui::CrampAskEasedBody), &[("time", &began)]) }</p>
            <div class="cw-actions">
                if props.can_log {
                    <button type="button" class="cw-button cw-cramp-eased"
                            onclick={props.on_log.reform(|_| ())}>
                        { texts.ui(Ui::CrampLogIt) }
                    </button>
                }
                <button type="button" class="cw-button cw-button--secondary"
                        onclick={props.on_restart.reform(|_| ())}>
                    { texts.ui(Ui::StartAgain) }
                </button>
                if props.can_log { { leave_button(props, ctx) } }
            </div>
        </>
    }
}
