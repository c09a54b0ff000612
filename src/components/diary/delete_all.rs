//! The second step of "Delete everything": a plain question with an explicit "Yes, delete
//! everything". Only the diary goes; its backup and the checker's data stay.
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::content::{fill, Counted, Ui};

#[derive(Properties, PartialEq)]
pub struct DiaryDeleteAllProps {
    pub entries: usize,
    pub on_confirm: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

#[component]
pub fn DiaryDeleteAll(props: &DiaryDeleteAllProps) -> Html {
    let texts = use_widget().texts;
    html! {
        <section class="cw-diary-confirm" aria-labelledby="cw-diary-confirm-title">
            <h4 class="cw-diary-view-title" id="cw-diary-confirm-title" tabindex="-1" data-cw-focus="heading">
                { texts.ui(Ui::DeleteAllTitle) }
            </h4>
            <p>
                { fill(texts.ui(Ui::DeleteAllWarning), &[("entries", &texts.count(Counted::Entry, props.entries))]) }
            </p>
            <div class="cw-actions">
                <button type="button" class="cw-button cw-button--danger" onclick={props.on_confirm.clone()}>
                    { texts.ui(Ui::YesDeleteEverything) }
                </button>
                <button type="button" class="cw-button cw-button--secondary" onclick={props.on_cancel.clone()}>
                    { texts.ui(Ui::NoKeepDiary) }
                </button>
            </div>
        </section>
    }
}
