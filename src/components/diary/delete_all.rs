//! The second step of "Delete everything": a plain question with an explicit "Yes, delete
//! everything". Only the diary goes; its backup and the checker's data stay.
use yew::prelude::*;

use crate::components::diary::labels::count;

#[derive(Properties, PartialEq)]
pub struct DiaryDeleteAllProps {
    pub entries: usize,
    pub on_confirm: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

#[component]
pub fn DiaryDeleteAll(props: &DiaryDeleteAllProps) -> Html {
    html! {
        <section class="cw-diary-confirm" aria-labelledby="cw-diary-confirm-title">
            <h4 class="cw-diary-view-title" id="cw-diary-confirm-title" tabindex="-1" data-cw-focus="heading">
                { "Delete your whole diary?" }
            </h4>
            <p>
                { format!(
                    "This removes all {} from this browser. It can't be undone. If you may need them later, go back and download a copy first.",
                    count(props.entries, "entry", "entries")
                ) }
            </p>
            <div class="cw-actions">
                <button type="button" class="cw-button cw-button--danger" onclick={props.on_confirm.clone()}>
                    { "Yes, delete everything" }
                </button>
                <button type="button" class="cw-button cw-button--secondary" onclick={props.on_cancel.clone()}>
                    { "No, keep my diary" }
                </button>
            </div>
        </section>
    }
}
