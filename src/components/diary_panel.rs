//! The diary panel (being built).
use yew::prelude::*;

#[component]
pub fn DiaryPanel() -> Html {
    html! {
        <>
            <h3 class="cw-panel-title">{ "Cramp diary" }</h3>
            <p>{ "Keep a note of each cramp to spot patterns and share them with your doctor." }</p>
        </>
    }
}
