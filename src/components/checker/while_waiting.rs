//! What to do until help is reached, shown right under an urgent or emergency level card in
//! place of self-care tips: rest, and, where a clot or a blocked artery is possible, what not
//! to do to the leg.
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::tips::WaitingAdvice;

#[derive(Properties, PartialEq)]
pub struct CheckerWhileWaitingProps {
    pub advice: Vec<WaitingAdvice>,
}

#[component]
pub fn CheckerWhileWaiting(props: &CheckerWhileWaitingProps) -> Html {
    let ctx = use_widget();
    html! {
        <section class="cw-check-section cw-check-waiting" aria-labelledby="cw-check-waiting">
            <h4 class="cw-check-section-title" id="cw-check-waiting">
                { ctx.texts.labels().while_waiting }
            </h4>
            <ul class="cw-check-list">
                { for props.advice.iter().map(|advice| html! {
                    <li class="cw-check-item" data-advice={advice.as_str()}>
                        { ctx.config.fill_contacts(ctx.texts.waiting_advice(*advice)) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
