//! The "Log a cramp" form. Everything has a sensible default, so logging takes three taps:
//! open, (optionally) pick the muscle, save. Extra details sit behind "Add more details" so the
//! phone screen stays short at 3 a.m. The draft lives in the reducer; this only renders it.
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::content::{fill, Counted, Texts, Ui};

use crate::components::diary::labels::{muscle_label, trigger_label};
use crate::context::{use_widget, WidgetContext};
use crate::domain::date::DateStyle;
use crate::domain::diary::book::{
    last_night, night_before, DraftEdit, EntryDraft, FormMode, FormProblem,
};
use crate::domain::diary::entry::{
    Muscle, Relief, Side, Trigger, MAX_DURATION_MIN, MAX_NOTE_CHARS, MAX_SCORE,
};

#[derive(Properties, PartialEq)]
pub struct DiaryFormProps {
    pub mode: FormMode,
    pub draft: EntryDraft,
    pub problem: Option<FormProblem>,
    pub on_edit: Callback<DraftEdit>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// Notes near the limit are announced; earlier, a count on every key press would drown out
/// what the patient is typing.
const ANNOUNCE_BELOW: usize = 50;

#[component]
pub fn DiaryForm(props: &DiaryFormProps) -> Html {
    let ctx = use_widget();
    let onsubmit = props
        .on_save
        .reform(|event: SubmitEvent| event.prevent_default());
    // Open when editing an entry that has details; fixed from then on, so unticking the last
    // tag never folds the section away under the patient's finger.
    let details_open = *use_memo((), |_| props.draft.has_details());
    let title = ctx.texts.ui(match props.mode {
        FormMode::New => Ui::LogACramp,
        FormMode::Edit => Ui::EditThisCramp,
    });
    html! {
        <form class="cw-diary-form" {onsubmit} novalidate={true} aria-labelledby="cw-diary-form-title">
            <h4 class="cw-diary-view-title" id="cw-diary-form-title" tabindex="-1" data-cw-focus="heading">
                { title }
            </h4>
            { night_field(props, &ctx) }
            { options_field(Pick::One, ctx.texts.ui(Ui::WhereWasTheCramp), "muscle", Muscle::ALL,
                |m| m == props.draft.muscle, |m| muscle_label(ctx.texts, m),
                props.on_edit.reform(DraftEdit::Muscle)) }
            { options_field(Pick::One, ctx.texts.ui(Ui::WhichLeg), "side", Side::ALL,
                |side| side == props.draft.side, |side| ctx.texts.side_choice(side),
                props.on_edit.reform(DraftEdit::Side)) }
            { duration_field(props, ctx.texts) }
            { score_field("pain", Scale { question: Ui::HowBadWasThePain, low: Ui::NoPain, high: Ui::WorstPain },
                props.draft.pain, props.on_edit.reform(DraftEdit::Pain), ctx.texts) }
            { score_field("sleep", Scale { question: Ui::HowMuchSleepDisturbed, low: Ui::NotAtAll, high: Ui::KeptMeAwake },
                props.draft.sleep_disturbance, props.on_edit.reform(DraftEdit::SleepDisturbance),
                ctx.texts) }
            <details class="cw-diary-more" open={details_open}>
                <summary>{ ctx.texts.ui(Ui::AddMoreDetails) }</summary>
                { options_field(Pick::Any, ctx.texts.ui(Ui::WhatSetItOff), "trigger", Trigger::ALL,
                    |t| props.draft.triggers.contains(&t), |t| trigger_label(ctx.texts, t),
                    props.on_edit.reform(DraftEdit::Trigger)) }
                { options_field(Pick::Any, ctx.texts.ui(Ui::WhatHelped), "helped", Relief::ALL,
                    |r| props.draft.helped.contains(&r), |r| ctx.texts.relief(r),
                    props.on_edit.reform(DraftEdit::Helped)) }
                { note_field(props, ctx.texts) }
            </details>
            if let Some(problem) = &props.problem {
                <p class="cw-diary-problem" role="alert">{ ctx.texts.form_problem(problem) }</p>
            }
            <div class="cw-actions">
                <button type="submit" class="cw-button cw-diary-save">{ ctx.texts.ui(Ui::Save) }</button>
                <button type="button" class="cw-button cw-button--secondary"
                        onclick={props.on_cancel.reform(|_| ())}>
                    { ctx.texts.ui(Ui::Cancel) }
                </button>
            </div>
        </form>
    }
}

fn input_value(event: &Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

fn night_field(props: &DiaryFormProps, ctx: &WidgetContext) -> Html {
    let quick = [
        (ctx.texts.ui(Ui::LastNight), last_night(ctx.today)),
        (ctx.texts.ui(Ui::NightBefore), night_before(ctx.today)),
    ];
    let on_date = props
        .on_edit
        .reform(|event: Event| DraftEdit::Night(input_value(&event)));
    html! {
        <fieldset class="cw-diary-field">
            <legend class="cw-diary-legend">{ ctx.texts.ui(Ui::WhichNight) }</legend>
            <div class="cw-diary-choices">
                { for quick.into_iter().map(|(label, night)| {
                    let value = night.to_string();
                    let checked = props.draft.night == value;
                    let onchange = props.on_edit.reform({
                        let value = value.clone();
                        move |_: Event| DraftEdit::Night(value.clone())
                    });
                    html! {
                        <label class="cw-diary-choice">
                            <input type="radio" name="cw-diary-night" {value} {checked} {onchange} />
                            <span class="cw-diary-choice-text">
                                { label }
                                <span class="cw-diary-choice-note">
                                    { ctx.date(night, DateStyle::Day) }
                                </span>
                            </span>
                        </label>
                    }
                }) }
            </div>
            <label class="cw-diary-label" for="cw-diary-night-date">
                { ctx.texts.ui(Ui::OrChooseTheDate) }
            </label>
            // `change`, not `input`: a half-typed date reads as "" and would wipe the field.
            <input type="date" id="cw-diary-night-date" class="cw-diary-input cw-diary-date"
                   value={props.draft.night.clone()} max={ctx.today.to_string()}
                   onchange={on_date} />
        </fieldset>
    }
}

/// Minutes as text with − and + beside it: a typed "1" on the way to "15" must not be
/// corrected under the patient's fingers.
fn duration_field(props: &DiaryFormProps, texts: &dyn Texts) -> Html {
    let typed = props.draft.duration_min.trim().parse::<u16>().ok();
    let step = |delta: i32| {
        let next = typed.map_or(0, i32::from) + delta;
        let next = next.clamp(0, i32::from(MAX_DURATION_MIN));
        props
            .on_edit
            .reform(move |_: MouseEvent| DraftEdit::Duration(next.to_string()))
    };
    let oninput = props
        .on_edit
        .reform(|event: InputEvent| DraftEdit::Duration(input_value(&event)));
    html! {
        <div class="cw-diary-field">
            <label class="cw-diary-legend" for="cw-diary-duration">{ texts.ui(Ui::HowManyMinutes) }</label>
            <p class="cw-muted cw-small" id="cw-diary-duration-hint">{ texts.ui(Ui::EnterZeroIfUnderAMinute) }</p>
            <div class="cw-diary-stepper">
                <button type="button" class="cw-button cw-button--secondary cw-diary-step"
                        aria-label={texts.ui(Ui::OneMinuteLess)} onclick={step(-1)}>{ "\u{2212}" }</button>
                <input type="text" inputmode="numeric" pattern="[0-9]*" id="cw-diary-duration"
                       class="cw-diary-input cw-diary-minutes" autocomplete="off"
                       aria-describedby="cw-diary-duration-hint"
                       value={props.draft.duration_min.clone()} {oninput} />
                <button type="button" class="cw-button cw-button--secondary cw-diary-step"
                        aria-label={texts.ui(Ui::OneMinuteMore)} onclick={step(1)}>{ "+" }</button>
            </div>
        </div>
    }
}

/// The words of a 0–10 scale: its question and what each end means.
struct Scale {
    question: Ui,
    low: Ui,
    high: Ui,
}

/// A 0–10 slider with its value and both ends of the scale in words.
fn score_field(
    id: &'static str,
    scale: Scale,
    value: u8,
    on_score: Callback<u8>,
    texts: &dyn Texts,
) -> Html {
    let oninput =
        on_score.reform(move |event: InputEvent| input_value(&event).parse().unwrap_or(value));
    let (question, low, high) = (
        texts.ui(scale.question),
        texts.ui(scale.low),
        texts.ui(scale.high),
    );
    let of_max = fill(
        texts.ui(Ui::ScoreOutOf),
        &[
            ("score", &value.to_string()),
            ("max", &MAX_SCORE.to_string()),
        ],
    );
    let input_id = format!("cw-diary-{id}");
    let scale_id = format!("cw-diary-{id}-scale");
    html! {
        <div class="cw-diary-field">
            <div class="cw-diary-score-label">
                <label class="cw-diary-legend" for={input_id.clone()}>{ question }</label>
                <output class="cw-diary-score" for={input_id.clone()} aria-hidden="true">
                    { of_max.clone() }
                </output>
            </div>
            <input type="range" id={input_id} class="cw-diary-range" min="0" max={MAX_SCORE.to_string()}
                   step="1" value={value.to_string()} aria-describedby={scale_id.clone()}
                   aria-valuetext={of_max} {oninput} />
            <p class="cw-diary-scale cw-muted cw-small" id={scale_id}>
                <span>{ format!("0 = {low}") }</span>
                <span>{ format!("{MAX_SCORE} = {high}") }</span>
            </p>
        </div>
    }
}

/// Whether a field picks one option (radio buttons) or any number (tick boxes). The two keep
/// their own classes: picked-one options are laid out as large buttons, tags as chips.
#[derive(Clone, Copy, PartialEq)]
enum Pick {
    One,
    Any,
}

/// A group of options as radio buttons or tick boxes; `on_pick` hears each change.
fn options_field<T: Copy + PartialEq + 'static>(
    pick: Pick,
    legend: &'static str,
    name: &'static str,
    all: &'static [T],
    picked: impl Fn(T) -> bool,
    label: impl Fn(T) -> &'static str,
    on_pick: Callback<T>,
) -> Html {
    let (input, group, item, text) = match pick {
        Pick::One => (
            "radio",
            classes!("cw-diary-choices", format!("cw-diary-choices--{name}")),
            "cw-diary-choice",
            Some("cw-diary-choice-text"),
        ),
        Pick::Any => ("checkbox", classes!("cw-diary-tags"), "cw-diary-tag", None),
    };
    html! {
        <fieldset class="cw-diary-field">
            <legend class="cw-diary-legend">{ legend }</legend>
            <div class={group}>
                { for all.iter().map(|&option| html! {
                    <label class={item}>
                        <input type={input} name={format!("cw-diary-{name}")}
                               checked={picked(option)}
                               onchange={on_pick.reform(move |_: Event| option)} />
                        <span class={text}>{ label(option) }</span>
                    </label>
                }) }
            </div>
        </fieldset>
    }
}

fn note_field(props: &DiaryFormProps, texts: &dyn Texts) -> Html {
    let oninput = props.on_edit.reform(|event: InputEvent| {
        let note = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|area| area.value())
            .unwrap_or_default();
        DraftEdit::Note(note)
    });
    let left = props.draft.note_chars_left();
    let left_text = texts.count(Counted::CharacterLeft, left);
    html! {
        <div class="cw-diary-field">
            <label class="cw-diary-legend" for="cw-diary-note">{ texts.ui(Ui::Note) }</label>
            <p class="cw-muted cw-small" id="cw-diary-note-hint">
                { texts.ui(Ui::NoteHint) }
            </p>
            <textarea id="cw-diary-note" class="cw-diary-input cw-diary-note" rows="3"
                      maxlength={MAX_NOTE_CHARS.to_string()}
                      aria-describedby="cw-diary-note-hint cw-diary-note-count"
                      value={props.draft.note.clone()} {oninput} />
            <p class="cw-muted cw-small cw-diary-note-count" id="cw-diary-note-count">{ left_text.clone() }</p>
            <p class="cw-visually-hidden" aria-live="polite">
                { if left <= ANNOUNCE_BELOW { left_text } else { String::new() } }
            </p>
        </div>
    }
}
