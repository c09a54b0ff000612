//! The tips carousel, built to the WAI-ARIA basic carousel pattern: a labelled region with
//! the rotation control as its first tab stop, previous and next buttons, and slides in a
//! polite live region that goes quiet while the slide show runs. Its state and rules live in
//! `domain::carousel`; this file adds the browser side: the slide show's timer, the device's
//! reduce-motion setting, and where the pointer and focus arrive.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use web_sys::{EventTarget, MediaQueryList, Node};
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::content::{Texts, Ui};

use crate::components::reducer::{use_feature_reducer, FeatureHandle};

use crate::components::tips::slide::TipSlide;
use crate::domain::tips::carousel::{CarouselAction, CarouselPart, CarouselState};
use crate::domain::tips::{caution_for, TipCautionNote, TipId};

/// Long enough to read a tip's two or three short sentences at a calm pace.
const SLIDE_SHOW_MS: i32 = 6_000;
const REDUCED_MOTION_QUERY: &str = "(prefers-reduced-motion: reduce)";
const SLIDES_ID: &str = "cw-tips-slides";

#[derive(Properties, PartialEq)]
pub struct TipCarouselProps {
    /// Every tip once, in the order to show them.
    pub order: Vec<TipId>,
    /// Tips marked as matching the user's answers.
    pub matching: Vec<TipId>,
    /// Tips that carry a caution for this person.
    pub cautions: Vec<TipCautionNote>,
}

#[component]
pub fn TipCarousel(props: &TipCarouselProps) -> Html {
    let texts = use_widget().texts;
    let state = {
        let order = props.order.clone();
        use_feature_reducer(move || CarouselState::new(order, prefers_reduced_motion()))
    };
    let rotation_control = use_node_ref();

    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.order.clone(), move |order| {
            dispatcher.dispatch(CarouselAction::SetOrder(order.clone()));
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.rotating(), move |rotating| {
            let timer = rotating
                .then(|| SlideShowTimer::start(move || dispatcher.dispatch(CarouselAction::Tick)))
                .flatten();
            move || drop(timer)
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let watch = MotionWatch::start(move |reduce| {
                dispatcher.dispatch(CarouselAction::ReducedMotion(reduce));
            });
            move || drop(watch)
        });
    }

    // `pointerover` rather than `pointerenter`: it names the element under the pointer, so a
    // pointer that moves on from the rotation control to the slides still stops the show.
    let onpointerover = {
        let (dispatcher, control) = (state.dispatcher(), rotation_control.clone());
        Callback::from(move |event: PointerEvent| {
            dispatcher.dispatch(CarouselAction::PointerEntered(part(
                event.target(),
                &control,
            )));
        })
    };
    let onfocusin = {
        let (dispatcher, control) = (state.dispatcher(), rotation_control.clone());
        Callback::from(move |event: FocusEvent| {
            dispatcher.dispatch(CarouselAction::FocusEntered(part(event.target(), &control)));
        })
    };

    html! {
        <section class="cw-tips-carousel" aria-roledescription={texts.ui(Ui::CarouselRole)}
                 aria-label={texts.ui(Ui::CarouselLabel)} {onpointerover} {onfocusin}>
            <div class="cw-tips-controls">
                { rotation_view(&state, rotation_control, texts) }
                { step_buttons(&state, texts) }
            </div>
            { slides_view(&state, props) }
        </section>
    }
}

/// Hover and focus stop the slide show, except on the rotation control itself (see
/// `CarouselPart::RotationControl` for why).
fn part(target: Option<EventTarget>, rotation_control: &NodeRef) -> CarouselPart {
    let on_control = rotation_control
        .get()
        .zip(target.and_then(|t| t.dyn_into::<Node>().ok()))
        .is_some_and(|(control, node)| control.contains(Some(&node)));
    if on_control {
        CarouselPart::RotationControl
    } else {
        CarouselPart::Elsewhere
    }
}

fn rotation_view(
    state: &FeatureHandle<CarouselState>,
    control: NodeRef,
    texts: &dyn Texts,
) -> Html {
    if !state.can_rotate() {
        return if state.reduced_motion() {
            html! {
                <p class="cw-tips-motion-note cw-small cw-muted">
                    { texts.ui(Ui::ReducedMotionNote) }
                </p>
            }
        } else {
            Html::default()
        };
    }
    let rotating = state.rotating();
    let action = if rotating {
        CarouselAction::StopRotation
    } else {
        CarouselAction::StartRotation
    };
    let onclick = on_click(state, action);
    let label = texts.ui(if rotating {
        Ui::StopSlideShow
    } else {
        Ui::StartSlideShow
    });
    html! {
        <button type="button" ref={control} aria-controls={SLIDES_ID} {onclick}
                class="cw-button cw-button--secondary cw-tips-rotation">
            if rotating { { pause_icon() } } else { { play_icon() } }
            { label }
        </button>
    }
}

fn step_buttons(state: &FeatureHandle<CarouselState>, texts: &dyn Texts) -> Html {
    html! {
        <div class="cw-tips-steps">
            <button type="button" class="cw-button cw-button--secondary cw-tips-step"
                    aria-controls={SLIDES_ID} onclick={on_click(state, CarouselAction::Previous)}>
                { chevron_icon("cw-tips-icon cw-tips-icon--previous") }
                { texts.ui(Ui::PreviousTip) }
            </button>
            <button type="button" class="cw-button cw-button--secondary cw-tips-step"
                    aria-controls={SLIDES_ID} onclick={on_click(state, CarouselAction::Next)}>
                { texts.ui(Ui::NextTip) }
                { chevron_icon("cw-tips-icon") }
            </button>
        </div>
    }
}

fn on_click(state: &FeatureHandle<CarouselState>, action: CarouselAction) -> Callback<MouseEvent> {
    Callback::from(state.dispatcher()).reform(move |_: MouseEvent| action.clone())
}

fn slides_view(state: &CarouselState, props: &TipCarouselProps) -> Html {
    let count = state.slides().len();
    // Announcing every slide the show moves to would talk over the user, so the region
    // speaks only while the show is off, when slides change at the user's request.
    let live = if state.rotating() { "off" } else { "polite" };
    html! {
        <div class="cw-tips-slides" id={SLIDES_ID} aria-live={live}>
            { for state.slides().iter().enumerate().map(|(index, tip)| html! {
                <TipSlide key={tip.as_str()} tip={*tip} number={index + 1} {count}
                          shown={index == state.current()} matches={props.matching.contains(tip)}
                          caution={caution_for(*tip, &props.cautions)} />
            }) }
        </div>
    }
}

fn play_icon() -> Html {
    html! {
        <svg class="cw-tips-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 2.5v11l9.5-5.5z" fill="currentColor" />
        </svg>
    }
}

fn pause_icon() -> Html {
    html! {
        <svg class="cw-tips-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" />
        </svg>
    }
}

fn chevron_icon(class: &'static str) -> Html {
    html! {
        <svg {class} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"
                  stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

fn reduced_motion_query() -> Option<MediaQueryList> {
    web_sys::window()?
        .match_media(REDUCED_MOTION_QUERY)
        .ok()
        .flatten()
}

fn prefers_reduced_motion() -> bool {
    reduced_motion_query().is_some_and(|query| query.matches())
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_name = setInterval)]
    fn set_interval(handler: &js_sys::Function, every_ms: i32) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_name = clearInterval)]
    fn clear_interval(handle: &JsValue);
}

/// The running slide show's interval; dropping it stops the interval. The handle stays a JS
/// value: web-sys types it as i32, but some pages' timer shims (and test clocks) hand out
/// larger ids, and a clipped id would leave the interval calling a dropped closure.
struct SlideShowTimer {
    handle: JsValue,
    _tick: Closure<dyn FnMut()>,
}

impl SlideShowTimer {
    fn start(on_tick: impl FnMut() + 'static) -> Option<SlideShowTimer> {
        let tick = Closure::<dyn FnMut()>::new(on_tick);
        let handle = set_interval(tick.as_ref().unchecked_ref(), SLIDE_SHOW_MS).ok()?;
        Some(SlideShowTimer {
            handle,
            _tick: tick,
        })
    }
}

impl Drop for SlideShowTimer {
    fn drop(&mut self) {
        clear_interval(&self.handle);
    }
}

/// Follows the reduce-motion setting while the carousel is on screen, so turning it on
/// mid-show stops the show; dropping it stops listening.
struct MotionWatch {
    query: MediaQueryList,
    on_change: Closure<dyn FnMut()>,
}

impl MotionWatch {
    fn start(on_change: impl Fn(bool) + 'static) -> Option<MotionWatch> {
        let query = reduced_motion_query()?;
        let watched = query.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || on_change(watched.matches()));
        query
            .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
            .ok()?;
        Some(MotionWatch { query, on_change })
    }
}

impl Drop for MotionWatch {
    fn drop(&mut self) {
        let _ = self
            .query
            .remove_event_listener_with_callback("change", self.on_change.as_ref().unchecked_ref());
    }
}
