//! What an import would add, shown before anything merges: how many entries are new, how many
//! are already in the diary, and the nights they cover. "Import" or "Cancel".
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::content::{fill, Counted, Ui};
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
            fill(ctx.texts.ui(Ui::ImportOneNight), &[("night", &date(first))])
        } else {
            fill(
                ctx.texts.ui(Ui::ImportNights),
                &[("first", &date(first)), ("last", &date(last))],
            )
        }
    });
    let skipped = match plan.duplicates_skipped {
        0 => String::new(),
        n => fill(
            ctx.texts.ui(Ui::ImportSkipped),
            &[("entries", &ctx.texts.count(Counted::Entry, n))],
        ),
    };
    html! {
        <section class="cw-diary-confirm" aria-labelledby="cw-diary-import-title">
            <h4 class="cw-diary-view-title" id="cw-diary-import-title" tabindex="-1" data-cw-focus="heading">
                { ctx.texts.ui(Ui::ImportTitle) }
            </h4>
            if new == 0 {
                <p>{ format!("{}{skipped}", ctx.texts.ui(Ui::ImportNothingNew)) }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button" onclick={props.on_cancel.clone()}>
                        { ctx.texts.ui(Ui::BackToDiary) }
                    </button>
                </div>
            } else {
                <p class="cw-diary-import-count">
                    { fill(ctx.texts.ui(Ui::ImportWillAdd), &[("entries", &ctx.texts.count(Counted::NewEntry, new)), ("skipped", &skipped)]) }
                </p>
                if let Some(span) = span {
                    <p class="cw-muted">{ span }</p>
                }
                <p class="cw-muted cw-small">{ ctx.texts.ui(Ui::ImportChangesNothing) }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button" onclick={props.on_confirm.clone()}>
                        { fill(ctx.texts.ui(Ui::ImportEntries), &[("entries", &ctx.texts.count(Counted::Entry, new))]) }
                    </button>
                    <button type="button" class="cw-button cw-button--secondary" onclick={props.on_cancel.clone()}>
                        { ctx.texts.ui(Ui::Cancel) }
                    </button>
                </div>
            }
        </section>
    }
}
