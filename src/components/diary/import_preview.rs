//! What an import would add, shown before anything merges: how many entries are new, how many
//! are already in the diary, and the nights they cover. "Import" or "Cancel".
use yew::prelude::*;

use crate::components::diary::labels::count;
use crate::context::use_widget;
use crate::domain::date::DateStyle;
use crate::domain::diary::format::ImportPlan;

#[derive(Properties, PartialEq)]
pub struct DiaryImportPreviewProps {
    pub plan: ImportPlan,
    pub on_confirm: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

#[component]
pub fn DiaryImportPreview(props: &DiaryImportPreviewProps) -> Html {
    let ctx = use_widget();
    let plan = &props.plan;
    let new = plan.new_entries.len();
    let nights = plan.new_entries.iter().map(|entry| entry.night);
    let span = nights.clone().min().zip(nights.max()).map(|(first, last)| {
        let date = |night| ctx.date(night, DateStyle::Full);
        if first == last {
            format!("They are all from the night of {}.", date(first))
        } else {
            format!(
                "They cover the nights from {} to {}.",
                date(first),
                date(last)
            )
        }
    });
    let skipped = match plan.duplicates_skipped {
        0 => String::new(),
        n => format!(
            " {} already in your diary will be skipped.",
            count(n, "entry", "entries")
        ),
    };
    html! {
        <section class="cw-diary-confirm" aria-labelledby="cw-diary-import-title">
            <h4 class="cw-diary-view-title" id="cw-diary-import-title" tabindex="-1" data-cw-focus="heading">
                { "Import this diary file?" }
            </h4>
            if new == 0 {
                <p>{ format!("There is nothing new to import.{skipped}") }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button" onclick={props.on_cancel.clone()}>
                        { "Back to the diary" }
                    </button>
                </div>
            } else {
                <p class="cw-diary-import-count">
                    { format!("{} will be added.{skipped}", count(new, "new entry", "new entries")) }
                </p>
                if let Some(span) = span {
                    <p class="cw-muted">{ span }</p>
                }
                <p class="cw-muted cw-small">{ "Nothing in your diary is changed or removed." }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button" onclick={props.on_confirm.clone()}>
                        { format!("Import {}", count(new, "entry", "entries")) }
                    </button>
                    <button type="button" class="cw-button cw-button--secondary" onclick={props.on_cancel.clone()}>
                        { "Cancel" }
                    </button>
                </div>
            }
        </section>
    }
}
