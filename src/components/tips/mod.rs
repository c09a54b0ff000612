//! The tips panel: the prevention tips in a carousel, ordered by the last finished check, a
//! reminder when that check asked for help today or right now, and the notes about medicines
//! that belong next to self-care tips.
mod carousel;
mod slide;
use yew::prelude::*;

use crate::components::tips::carousel::TipCarousel;
use crate::context::{use_widget, WidgetContext};
use crate::domain::checker::rules::{TriageLevel, QUININE_GUARDRAIL_SOURCES};
use crate::domain::content::{fill, Texts, Ui};
use crate::domain::date::{CalendarDate, DateStyle};
use crate::domain::tips::carousel::TipsOverview;

#[component]
pub fn TipsPanel() -> Html {
    let ctx = use_widget();
    let overview = use_memo(ctx.last_check.clone(), |record| {
        TipsOverview::new(record.as_deref())
    });
    html! {
        <div class="cw-tips">
            <h3 class="cw-panel-title">{ ctx.texts.ui(Ui::TipsTitle) }</h3>
            <p>{ ctx.texts.ui(Ui::TipsIntro) }</p>
            if let (Some(level), Some(day)) = (overview.help_needed, overview.checked_on) {
                { help_reminder(&ctx, level, day) }
            }
            if let (true, Some(day)) = (overview.is_personal(), overview.checked_on) {
                <p class="cw-tips-personal cw-small">
                    { fill(ctx.texts.ui(Ui::OrderedForYou), &[("date", &ctx.date(day, DateStyle::Long))]) }
                    { ctx.texts.ui(Ui::MatchingTipsFirst) }
                </p>
            }
            <TipCarousel order={overview.order.clone()} matching={overview.matching.clone()}
                         cautions={overview.cautions.clone()} />
            { medicines_note(ctx.texts, overview.medicines_raised) }
        </div>
    }
}

/// Tips must never draw attention away from advice to get help, so that advice comes first.
fn help_reminder(ctx: &WidgetContext, level: TriageLevel, day: CalendarDate) -> Html {
    let headline = ctx.config.fill_contacts(ctx.texts.level(level).headline);
    let class = classes!(
        "cw-tips-reminder",
        (level == TriageLevel::Emergency).then_some("cw-tips-reminder--emergency")
    );
    html! {
        <p {class}>
            { fill(ctx.texts.ui(Ui::CheckSaid), &[("date", &ctx.date(day, DateStyle::Long))]) }
            <strong>{ headline }</strong>
            { ctx.texts.ui(Ui::DoThatFirst) }
        </p>
    }
}

fn medicines_note(texts: &dyn Texts, medicines_raised: bool) -> Html {
    html! {
        <div class="cw-tips-medicines">
            <h4 class="cw-tips-medicines-title">{ texts.ui(Ui::AboutMedicines) }</h4>
            if medicines_raised {
                <p>{ texts.medicine_caution() }</p>
            }
            <p>{ texts.quinine_guardrail() }</p>
            <p class="cw-small cw-muted">{ texts.sources_line(QUININE_GUARDRAIL_SOURCES) }</p>
        </div>
    }
}
