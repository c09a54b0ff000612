//! The tips panel (being built).
use yew::prelude::*;

#[component]
pub fn TipsPanel() -> Html {
    html! {
        <>
            <h3 class="cw-panel-title">{ "Tips to prevent cramps" }</h3>
            <p>{ "Simple things you can do at home to have fewer cramps." }</p>
        </>
    }
}
