//! The Check panel: runs the checker wizard (`domain::checker::flow`) with `use_feature_reducer` and owns
//! its side effects. It saves answers in progress so a reload keeps them, hands a finished check
//! to the app once, and moves focus to the new heading whenever the step changes.
mod factors;
mod last_check;
mod level_card;
mod question;
mod reasons;
mod result;
mod result_actions;
mod result_tips;
mod review;
mod sources;
mod step;
mod while_waiting;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::reducer::{use_feature_reducer, FeatureHandle};

use crate::components::checker::last_check::CheckerLastCheck;
use crate::components::checker::result::CheckerResult;
use crate::components::checker::review::CheckerReview;
use crate::components::checker::step::CheckerStep;
use crate::components::lock::{read_private, store_private};
use crate::context::{use_widget, WidgetContext};
use crate::domain::checker::check_record::CheckRecord;
use crate::domain::checker::flow::{CheckerAction, CheckerFlow, Step};
use crate::domain::date::CalendarDate;
use crate::domain::store::{load_json, parse_json, KeyValueStore};

#[component]
pub fn CheckPanel() -> Html {
    let ctx = use_widget();
    let flow = {
        let ctx = ctx.clone();
        use_feature_reducer(move || {
            // Unreadable or foreign progress counts as none (`load_json`): start fresh.
            let saved = load_json(&*ctx.store, ctx.config.storage_keys.checker())
                .ok()
                .flatten();
            CheckerFlow::opening(saved, ctx.last_check.is_some())
        })
    };
    let heading = use_node_ref();

    use_progress_saving(&ctx, &flow);
    use_resume_after_unlock(&ctx, &flow);
    use_result_recording(&ctx, &flow);
    use_heading_focus(flow.step, heading.clone());

    let on_action = {
        let dispatcher = flow.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let current: CheckerFlow = (**flow).clone();
    html! {
        <div class="cw-check">
            {
                match current.step {
                    Step::LastCheck => html! {
                        <CheckerLastCheck record={ctx.last_check.clone()} {on_action} {heading} />
                    },
                    Step::Review => html! { <CheckerReview flow={current} {on_action} {heading} /> },
                    Step::Result => html! {
                        <CheckerResult answers={current.answers.clone()}
                            checked_on={checked_on(&ctx, &current)}
                            confirming_restart={current.confirming_restart} {on_action} {heading} />
                    },
                    _ => html! { <CheckerStep flow={current} {on_action} {heading} /> },
                }
            }
        </div>
    }
}

/// The day a shown result was given: the last check's day when that is what is shown again,
/// otherwise today.
fn checked_on(ctx: &WidgetContext, flow: &CheckerFlow) -> CalendarDate {
    match &ctx.last_check {
        Some(record) if !flow.awaiting_record && record.answers == flow.answers => {
            record.checked_on
        }
        _ => ctx.today,
    }
}

/// Keeps answers in progress in storage (sealed while the lock is on, and only in memory while
/// it is locked), and clears them once the check is finished or restarted. A failed write is
/// not reported here: the app already says when the browser will not save, and the answers
/// stay on screen either way.
#[hook]
fn use_progress_saving(ctx: &WidgetContext, flow: &FeatureHandle<CheckerFlow>) {
    let (store, lock) = (ctx.store.clone(), ctx.lock.clone());
    let key = ctx.config.storage_keys.checker().to_string();
    // Only a check that was under way is cleared: a fresh start after a reload of a locked
    // widget must not delete the answers it could not read yet.
    let was_in_progress = use_mut_ref(|| false);
    use_effect_with((***flow).clone(), move |flow| {
        let in_progress = flow.is_in_progress();
        let was = was_in_progress.replace(in_progress);
        if in_progress {
            if let Ok(text) = serde_json::to_string(flow) {
                store_private(&lock, &store, &key, text, |_| ());
            }
        } else if was {
            let _ = store.remove(&key);
        }
    });
}

/// Unlocking the diary brings back answers in progress that were stored locked, unless a new
/// check has begun meanwhile.
#[hook]
fn use_resume_after_unlock(ctx: &WidgetContext, flow: &FeatureHandle<CheckerFlow>) {
    let (store, key) = (
        ctx.store.clone(),
        ctx.config.storage_keys.checker().to_string(),
    );
    let (dispatcher, fresh) = (flow.dispatcher(), !flow.is_in_progress());
    let unlocked = ctx.lock.handle.key().cloned();
    use_effect_with(unlocked, move |unlocked| {
        if let (Some(unlocked), true) = (unlocked.clone(), fresh) {
            let raw = store.get(&key).ok().flatten();
            read_private(Some(unlocked), raw, move |opened| {
                let saved = opened
                    .ok()
                    .flatten()
                    .and_then(|text| parse_json::<CheckerFlow>(&text));
                if let Some(saved) = saved.filter(CheckerFlow::is_in_progress) {
                    dispatcher.dispatch(CheckerAction::Resume(Box::new(saved)));
                }
            });
        }
    });
}

/// Hands a result the patient just reached to the app, once; the app keeps it as the last check.
#[hook]
fn use_result_recording(ctx: &WidgetContext, flow: &FeatureHandle<CheckerFlow>) {
    let on_check_done = ctx.on_check_done.clone();
    let today = ctx.today;
    let answers = flow.answers.clone();
    let dispatcher = flow.dispatcher();
    use_effect_with(
        (flow.step, flow.awaiting_record),
        move |(step, awaiting)| {
            if *step == Step::Result && *awaiting {
                on_check_done.emit(CheckRecord {
                    checked_on: today,
                    answers,
                });
                dispatcher.dispatch(CheckerAction::Recorded);
            }
        },
    );
}

/// Moves focus to the heading of each new step, so keyboard and screen reader users start at
/// the top of what changed. Not on first show: opening the page must not pull focus into
/// the widget.
#[hook]
fn use_heading_focus(step: Step, heading: NodeRef) {
    let shown = use_mut_ref(|| step);
    use_effect_with(step, move |step| {
        if *shown.borrow() != *step {
            *shown.borrow_mut() = *step;
            if let Some(heading) = heading.cast::<HtmlElement>() {
                let _ = heading.focus();
            }
        }
    });
}
