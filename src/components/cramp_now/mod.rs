//! "Cramp now": the header's button and the relief guide it opens, with a clock that runs from
//! the tap. The start is saved the moment the guide opens, so a reload or a closed tab resumes
//! the clock; while it runs, the screen is kept on where the browser allows. "It has eased"
//! hands the timed cramp to the diary, which opens it as a filled-in entry. The timing itself
//! is `domain::cramp_now`; this folder holds the browser's side (`browser`) and the views
//! (`guide`).
mod browser;
mod guide;

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::cramp_now::browser::{now_ms, timed_cramp, Running};
use crate::components::cramp_now::guide::CrampGuideView;
use crate::components::reducer::{use_feature_reducer, FeatureHandle};
use crate::domain::config::{Panel, WidgetConfig};
use crate::domain::content::{Texts, Ui};
use crate::domain::cramp_now::{
    read_saved_start, write_saved_start, CrampAction, CrampGuide, TimedCramp,
};
use crate::domain::store::KeyValueStore;
use crate::storage::BrowserStore;

/// What the guide needs from the widget's root.
pub struct CrampNowDeps {
    pub store: Rc<BrowserStore>,
    pub config: Rc<WidgetConfig>,
    pub texts: &'static dyn Texts,
    pub date_locale: Rc<str>,
    pub on_show_panel: Callback<Panel>,
}

/// What the root places: the header's button, the guide while it is open, and the timed cramp
/// waiting for the diary to take it.
pub struct CrampNow {
    pub button: Html,
    pub guide: Option<Html>,
    pub pending: Option<Rc<TimedCramp>>,
    pub on_taken: Callback<()>,
}

#[hook]
pub fn use_cramp_now(deps: CrampNowDeps) -> CrampNow {
    let guide = use_cramp_guide(&deps.store, &deps.config);
    let button_ref = use_node_ref();
    let pending = use_state(|| None::<Rc<TimedCramp>>);
    let refocus = use_refocus_after_close(&guide, &button_ref);
    let close = close_guide(&guide, &deps);
    let on_close = {
        let close = close.clone();
        Callback::from(move |()| {
            refocus.replace(true);
            close.emit(());
        })
    };
    // "It has eased": the diary opens with the cramp filled in, and its form takes the focus.
    let on_log = {
        let (guide, pending) = (guide.clone(), pending.clone());
        let (texts, locale, show) = (
            deps.texts,
            deps.date_locale.clone(),
            deps.on_show_panel.clone(),
        );
        Callback::from(move |()| {
            pending.set(Some(Rc::new(timed_cramp(&guide, texts, &locale))));
            show.emit(Panel::Diary);
            close.emit(());
        })
    };
    let on_restart = {
        let (guide, store, config) = (guide.clone(), deps.store.clone(), deps.config.clone());
        Callback::from(move |()| start_now(&guide, &store, &config))
    };
    let on_open = {
        let (guide, store, config) = (guide.clone(), deps.store.clone(), deps.config.clone());
        // Pressed again while the guide is open, it keeps the cramp's real start.
        Callback::from(move |_: MouseEvent| {
            if !guide.is_open() {
                start_now(&guide, &store, &config);
            }
        })
    };
    let can_log = deps.config.panels.contains(&Panel::Diary);
    CrampNow {
        button: html! {
            <button type="button" class="cw-button cw-button--danger cw-cramp-now" ref={button_ref}
                    aria-expanded={guide.is_open().to_string()} onclick={on_open}>
                { deps.texts.ui(Ui::CrampNow) }
            </button>
        },
        guide: guide.is_open().then(|| {
            html! {
                <CrampGuideView guide={**guide} {can_log} {on_log} {on_close} {on_restart} />
            }
        }),
        pending: (*pending).clone(),
        on_taken: Callback::from(move |()| pending.set(None)),
    }
}

/// The guide's state, resumed from a saved start, with its clock and wake lock running while
/// it is open.
#[hook]
fn use_cramp_guide(
    store: &Rc<BrowserStore>,
    config: &Rc<WidgetConfig>,
) -> FeatureHandle<CrampGuide> {
    let guide = {
        let (store, config) = (store.clone(), config.clone());
        use_feature_reducer(move || CrampGuide {
            started_ms: saved_start(&store, &config),
            now_ms: now_ms(),
        })
    };
    {
        let guide = guide.clone();
        use_effect_with(guide.is_open(), move |open| {
            let running = open.then(|| Running::start(guide.dispatcher()));
            move || drop(running)
        });
    }
    guide
}

/// Leaving without logging hands the focus back to "Cramp now" once the guide is gone:
/// focusing before that render would lose it when the guide's focused heading is removed.
#[hook]
fn use_refocus_after_close(
    guide: &FeatureHandle<CrampGuide>,
    button: &NodeRef,
) -> Rc<std::cell::RefCell<bool>> {
    let refocus = use_mut_ref(|| false);
    {
        let (refocus, button) = (refocus.clone(), button.clone());
        use_effect_with(guide.is_open(), move |open| {
            if !*open && refocus.replace(false) {
                if let Some(button) = button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    refocus
}

/// A start another visit saved. A value that is not one (damaged, or from a later version)
/// is reported and left in place until the next "Cramp now" writes over it.
fn saved_start(store: &BrowserStore, config: &WidgetConfig) -> Option<u64> {
    let text = store.get(config.storage_keys.cramp_now()).ok().flatten()?;
    let start = read_saved_start(&text);
    if start.is_none() {
        web_sys::console::warn_1(
            &"cramp-widget: the saved \"Cramp now\" start is not readable; it was ignored".into(),
        );
    }
    start
}

/// Times a cramp from now. The start is saved before anything else, so even a tab closed at
/// once resumes; a failed save only loses the resume, the guide still works.
fn start_now(guide: &FeatureHandle<CrampGuide>, store: &BrowserStore, config: &WidgetConfig) {
    let now_ms = now_ms();
    let _ = store.set(config.storage_keys.cramp_now(), &write_saved_start(now_ms));
    guide.dispatch(CrampAction::Start { now_ms });
}

/// Leaves the guide and forgets the start, whether or not the cramp is logged.
fn close_guide(guide: &FeatureHandle<CrampGuide>, deps: &CrampNowDeps) -> Callback<()> {
    let (guide, store, config) = (guide.clone(), deps.store.clone(), deps.config.clone());
    Callback::from(move |()| {
        let _ = store.remove(config.storage_keys.cramp_now());
        guide.dispatch(CrampAction::Close);
    })
}
