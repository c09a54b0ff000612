//! The check panel (being built).
use yew::prelude::*;

#[component]
pub fn CheckPanel() -> Html {
    html! {
        <>
            <h3 class="cw-panel-title">{ "Check your cramps" }</h3>
            <p>{ "Answer a few short questions to find out whether you should see a doctor." }</p>
        </>
    }
}
