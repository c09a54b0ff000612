//! The logged cramps, newest first, in a window that grows with "Show more": a ten-year diary
//! never renders thousands of items at once. Each entry can be edited or deleted.
use yew::prelude::*;

use crate::domain::content::{fill, Counted, Ui};

use crate::components::diary::labels::{muscle_label, trigger_label};
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
                { ctx.texts.ui(Ui::YourCramps) }
                <span class="cw-diary-heading-count cw-muted">
                    { format!(" ({})", ctx.texts.count(Counted::Entry, props.total)) }
                </span>
            </h4>
            <ul class="cw-diary-entries">
                { for props.entries.iter().map(|entry| entry_item(entry, props, &ctx)) }
            </ul>
            if props.hidden > 0 {
                <div class="cw-actions cw-diary-more-entries">
                    <button type="button" class="cw-button cw-button--secondary"
                            onclick={props.on_show_more.clone()}>
                        { fill(ctx.texts.ui(Ui::ShowMore), &[("count", &props.hidden.min(PAGE_SIZE).to_string())]) }
                    </button>
                    <span class="cw-muted cw-small">
                        { fill(ctx.texts.ui(Ui::NotShown), &[("entries", &ctx.texts.count(Counted::OlderEntry, props.hidden))]) }
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
        0 => ctx.texts.ui(Ui::UnderAMinute).to_string(),
        n => ctx.texts.count(Counted::Minute, usize::from(n)),
    };
    let triggers: Vec<&str> = entry
        .triggers
        .iter()
        .map(|&trigger| trigger_label(ctx.texts, trigger))
        .collect();
    let helped: Vec<&str> = entry
        .helped
        .iter()
        .map(|&relief| ctx.texts.relief(relief))
        .collect();
    html! {
        <li class="cw-diary-entry" key={id.to_string()}>
            <h5 class="cw-diary-entry-night">{ night.clone() }</h5>
            <p class="cw-diary-entry-where">
                { format!("{} \u{00b7} {}", muscle_label(ctx.texts, entry.muscle), ctx.texts.side(entry.side)) }
            </p>
            <ul class="cw-diary-facts">
                <li class={classes!((entry.duration_min > LONG_CRAMP_MIN).then_some("cw-diary-fact--long"))}>
                    { minutes }
                </li>
                <li>{ fill(ctx.texts.ui(Ui::PainScore), &[("score", &entry.pain.to_string()), ("max", &MAX_SCORE.to_string())]) }</li>
                <li>{ fill(ctx.texts.ui(Ui::SleepScore), &[("score", &entry.sleep_disturbance.to_string()), ("max", &MAX_SCORE.to_string())]) }</li>
            </ul>
            if !triggers.is_empty() {
                <p class="cw-small"><span class="cw-muted">{ ctx.texts.ui(Ui::PossibleTriggers) }</span>{ triggers.join(", ") }</p>
            }
            if !helped.is_empty() {
                <p class="cw-small"><span class="cw-muted">{ ctx.texts.ui(Ui::WhatHelpedList) }</span>{ helped.join(", ") }</p>
            }
            if !entry.note.is_empty() {
                <p class="cw-diary-entry-note" translate="no">{ entry.note.clone() }</p>
            }
            <div class="cw-diary-entry-actions">
                <button type="button" class="cw-button cw-button--secondary cw-diary-small-button"
                        aria-label={fill(ctx.texts.ui(Ui::EditCrampOn), &[("night", &night)])}
                        onclick={props.on_edit.reform(move |_: MouseEvent| id)}>
                    { ctx.texts.ui(Ui::Edit) }
                </button>
                <button type="button" class="cw-button cw-button--secondary cw-diary-small-button"
                        aria-label={fill(ctx.texts.ui(Ui::DeleteCrampOn), &[("night", &night)])}
                        onclick={props.on_delete.reform(move |_: MouseEvent| id)}>
                    { ctx.texts.ui(Ui::Delete) }
                </button>
            </div>
        </li>
    }
}
