//! The tips panel: the prevention tips in a carousel, ordered by the last finished check, a
//! reminder when that check asked for help today or right now, and the notes about medicines
//! that belong next to self-care tips.
use yew::prelude::*;

use crate::components::tip_carousel::TipCarousel;
use crate::components::tip_slide::sources_line;
use crate::context::WidgetContext;
use crate::domain::carousel::TipsOverview;
use crate::domain::config::WidgetConfig;
use crate::domain::content::Texts;
use crate::domain::date::CalendarDate;
use crate::domain::rules::{TriageLevel, QUININE_GUARDRAIL_SOURCES};

#[component]
pub fn TipsPanel() -> Html {
    let context = use_context::<WidgetContext>();
    let last_check = context.as_ref().and_then(|ctx| ctx.last_check.clone());
    let overview = use_memo(last_check, |record| TipsOverview::new(record.as_deref()));
    let Some(ctx) = context else {
        return Html::default();
    };
    let lang = ctx.config.lang.as_str();
    html! {
        <div class="cw-tips">
            <h3 class="cw-panel-title">{ "Tips to prevent cramps" }</h3>
            <p>{ "Simple things you can do at home to have fewer cramps." }</p>
            if let (Some(level), Some(day)) = (overview.help_needed, overview.checked_on) {
                { help_reminder(ctx.texts, &ctx.config, level, day) }
            }
            if let (true, Some(day)) = (overview.is_personal(), overview.checked_on) {
                <p class="cw-tips-personal cw-small">
                    { format!("Ordered for you, based on your check on {}. ", long_date(day, lang)) }
                    { "Tips that match your answers come first." }
                </p>
            }
            <TipCarousel order={overview.order.clone()} matching={overview.matching.clone()} />
            { medicines_note(ctx.texts, overview.medicines_raised) }
        </div>
    }
}

/// Tips must never draw attention away from advice to get help, so that advice comes first.
fn help_reminder(
    texts: &dyn Texts,
    config: &WidgetConfig,
    level: TriageLevel,
    day: CalendarDate,
) -> Html {
    let headline = config.fill_contacts(texts.level(level).headline);
    let class = classes!(
        "cw-tips-reminder",
        (level == TriageLevel::Emergency).then_some("cw-tips-reminder--emergency")
    );
    html! {
        <p {class}>
            { format!("Your check on {} said: ", long_date(day, &config.lang)) }
            <strong>{ headline }</strong>
            { ". If you have not done that yet, do it first. These tips do not replace it." }
        </p>
    }
}

fn medicines_note(texts: &dyn Texts, medicines_raised: bool) -> Html {
    html! {
        <div class="cw-tips-medicines">
            <h4 class="cw-tips-medicines-title">{ "About medicines" }</h4>
            if medicines_raised {
                <p>{ texts.medicine_caution() }</p>
            }
            <p>{ texts.quinine_guardrail() }</p>
            <p class="cw-small cw-muted">{ sources_line(texts, QUININE_GUARDRAIL_SOURCES) }</p>
        </div>
    }
}

/// "20 November 2026" in the widget's language, from the browser's own date formatting; the
/// ISO form if the browser gives nothing back.
fn long_date(day: CalendarDate, lang: &str) -> String {
    let date = js_sys::Date::new_with_year_month_day(
        u32::try_from(day.year()).unwrap_or_default(),
        i32::try_from(day.month()).map_or(0, |month| month - 1),
        i32::try_from(day.day()).unwrap_or(1),
    );
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let text = String::from(date.to_locale_date_string(lang, &options));
    if text.is_empty() {
        day.to_string()
    } else {
        text
    }
}
