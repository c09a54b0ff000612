//! The Check panel's opening screen when a check was finished before and none is in progress:
//! the last result in one line, to see again or to start over.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::checker::level_card::{level_badge, level_class};
use crate::context::use_widget;
use crate::domain::checker::check_record::CheckRecord;
use crate::domain::checker::flow::{CheckerAction, CheckerFlow, Step};
use crate::domain::content::{fill, Ui};
use crate::domain::date::DateStyle;

#[derive(Properties, PartialEq)]
pub struct CheckerLastCheckProps {
    pub record: Option<Rc<CheckRecord>>,
    pub on_action: Callback<CheckerAction>,
    pub heading: NodeRef,
}

#[component]
pub fn CheckerLastCheck(props: &CheckerLastCheckProps) -> Html {
    let ctx = use_widget();
    let on_new = props
        .on_action
        .reform(|_: MouseEvent| CheckerAction::Restart);
    let last = props.record.as_ref().map(|record| {
        let level = record.assessment().level;
        let headline = ctx.config.fill_contacts(ctx.texts.level(level).headline);
        let answers = record.answers.clone();
        let on_see = props.on_action.reform(move |_: MouseEvent| {
            CheckerAction::Resume(Box::new(CheckerFlow::finished(answers.clone())))
        });
        (level, record.checked_on, headline, on_see)
    });
    html! {
        <section class="cw-check-last" aria-labelledby="cw-check-heading">
            <h3 class="cw-panel-title cw-check-heading" id="cw-check-heading" tabindex="-1"
                ref={props.heading.clone()}>
                { ctx.texts.step_title(Step::LastCheck) }
            </h3>
            if let Some((level, checked_on, headline, on_see)) = last {
                <div class={classes!("cw-check-last-card", level_class(level))}>
                    { level_badge(level, ctx.texts) }
                    <p class="cw-check-last-summary">
                        { fill(ctx.texts.ui(Ui::LastCheckOn), &[("date", &ctx.date(checked_on, DateStyle::Long))]) }
                        <strong>{ headline }</strong>
                    </p>
                </div>
                <div class="cw-actions">
                    <button type="button" class="cw-button" onclick={on_see}>{ ctx.texts.ui(Ui::SeeTheResult) }</button>
                    <button type="button" class="cw-button cw-button--secondary" onclick={on_new}>
                        { ctx.texts.ui(Ui::StartNewCheck) }
                    </button>
                </div>
            } else {
                <p>{ ctx.texts.ui(Ui::CheckerInvite) }</p>
                <div class="cw-actions">
                    <button type="button" class="cw-button" onclick={on_new}>{ ctx.texts.ui(Ui::StartNewCheck) }</button>
                </div>
            }
        </section>
    }
}
