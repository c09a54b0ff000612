//! The logged cramps, newest first, in a window that grows with "Show more": a ten-year diary
//! never renders thousands of items at once. Each entry can be edited or deleted.
use yew::prelude::*;

use crate::components::diary::labels::{
    count, muscle_label, relief_label, side_label, trigger_label,
};
use crate::context::{use_widget, WidgetContext};
use crate::domain::date::DateStyle;
use crate::domain::diary::alerts::LONG_CRAMP_MIN;
use crate::domain::diary::book::PAGE_SIZE;
use crate::domain::diary::entry::{DiaryEntry, EntryId, MAX_SCORE};

#[derive(Properties, PartialEq)]
pub struct DiaryEntryListProps {
    /// The visible window, newest first.
    pub entries: Vec<DiaryEntry>,
    pub total: usize,
    /// Older entries not shown yet.
    pub hidden: usize,
    pub on_edit: Callback<EntryId>,
    pub on_delete: Callback<EntryId>,
    pub on_show_more: Callback<MouseEvent>,
}

#[component]
pub fn DiaryEntryList(props: &DiaryEntryListProps) -> Html {
    let ctx = use_widget();
    html! {
        <section class="cw-diary-section" aria-labelledby="cw-diary-entries-title">
            <h4 class="cw-diary-heading" id="cw-diary-entries-title">
                { "Your cramps" }
                <span class="cw-diary-heading-count cw-muted">
                    { format!(" ({})", count(props.total, "entry", "entries")) }
                </span>
            </h4>
            <ul class="cw-diary-entries">
                { for props.entries.iter().map(|entry| entry_item(entry, props, &ctx)) }
            </ul>
            if props.hidden > 0 {
                <div class="cw-actions cw-diary-more-entries">
                    <button type="button" class="cw-button cw-button--secondary"
                            onclick={props.on_show_more.clone()}>
                        { format!("Show {} more", props.hidden.min(PAGE_SIZE)) }
                    </button>
                    <span class="cw-muted cw-small">
                        { format!("{} not shown", count(props.hidden, "older entry", "older entries")) }
                    </span>
                </div>
            }
        </section>
    }
}

fn entry_item(entry: &DiaryEntry, props: &DiaryEntryListProps, ctx: &WidgetContext) -> Html {
    let night = ctx.date(entry.night, DateStyle::Full);
    let id = entry.id;
    let minutes = match entry.duration_min {
        0 => "Under a minute".to_string(),
        n => count(usize::from(n), "minute", "minutes"),
    };
    let triggers: Vec<&str> = entry
        .triggers
        .iter()
        .map(|&trigger| trigger_label(ctx.texts, trigger))
        .collect();
    let helped: Vec<&str> = entry
        .helped
        .iter()
        .map(|&relief| relief_label(relief))
        .collect();
    html! {
        <li class="cw-diary-entry" key={id.to_string()}>
            <h5 class="cw-diary-entry-night">{ night.clone() }</h5>
            <p class="cw-diary-entry-where">
                { format!("{} \u{00b7} {}", muscle_label(ctx.texts, entry.muscle), side_label(entry.side)) }
            </p>
            <ul class="cw-diary-facts">
                <li class={classes!((entry.duration_min > LONG_CRAMP_MIN).then_some("cw-diary-fact--long"))}>
                    { minutes }
                </li>
                <li>{ format!("Pain {} of {MAX_SCORE}", entry.pain) }</li>
                <li>{ format!("Sleep disturbed {} of {MAX_SCORE}", entry.sleep_disturbance) }</li>
            </ul>
            if !triggers.is_empty() {
                <p class="cw-small"><span class="cw-muted">{ "Possible triggers: " }</span>{ triggers.join(", ") }</p>
            }
            if !helped.is_empty() {
                <p class="cw-small"><span class="cw-muted">{ "What helped: " }</span>{ helped.join(", ") }</p>
            }
            if !entry.note.is_empty() {
                <p class="cw-diary-entry-note">{ entry.note.clone() }</p>
            }
            <div class="cw-diary-entry-actions">
                <button type="button" class="cw-button cw-button--secondary cw-diary-small-button"
                        aria-label={format!("Edit the cramp on {night}")}
                        onclick={props.on_edit.reform(move |_: MouseEvent| id)}>
                    { "Edit" }
                </button>
                <button type="button" class="cw-button cw-button--secondary cw-diary-small-button"
                        aria-label={format!("Delete the cramp on {night}")}
                        onclick={props.on_delete.reform(move |_: MouseEvent| id)}>
                    { "Delete" }
                </button>
            </div>
        </li>
    }
}
