//! The widget's root: it opens storage, holds the diary lock, keeps the last finished check
//! (`last_check.rs`) and the language, shares them through `WidgetContext`, and shows the header (with the language menu), the tab bar and
//! the chosen panel.
mod last_check;
mod panel_tabs;
use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::checker::CheckPanel;
use crate::components::cramp_now::{use_cramp_now, CrampNowDeps};
use crate::components::diary::DiaryPanel;
use crate::components::lock::use_diary_lock;
use crate::components::shell::last_check::{use_last_check, LastCheckStore};
use crate::components::shell::panel_tabs::{panel_id, tab_id, PanelTabs};
use crate::components::tips::TipsPanel;
use crate::context::{browser_languages, date_locale, today, WidgetContext};
use crate::domain::config::{Panel, WidgetConfig};
use crate::domain::content::Language;
use crate::domain::content::{Texts, Ui};
use crate::domain::store::KeyValueStore;
use crate::storage::BrowserStore;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<WidgetConfig>,
    /// The host page's `<html lang>`, when the page is a clinic's own (not the standalone app).
    pub page_lang: Option<String>,
}

thread_local! {
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

fn next_instance() -> u32 {
    NEXT_INSTANCE.with(|n| n.replace(n.get() + 1))
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = props.config.clone();
    let store = use_memo((), |_| BrowserStore::open());
    let instance = *use_state(next_instance);
    let (language, on_language) = use_language(&store, &config, props.page_lang.as_deref());
    let date_locale = use_memo(language, |language| {
        Rc::<str>::from(date_locale(language.as_str()))
    });
    let first = config.panels.first().copied().unwrap_or(Panel::Check);
    let selected = use_state(|| first);
    let lock = use_diary_lock(&store, &config, instance);
    let last_check = use_last_check(LastCheckStore {
        store: store.clone(),
        config: config.clone(),
        instance,
        lock: lock.clone(),
    });
    let on_show_panel = {
        let selected = selected.clone();
        Callback::from(move |panel| selected.set(panel))
    };
    let texts = texts_for(language, &config);
    let cramp_now = use_cramp_now(CrampNowDeps {
        store: store.clone(),
        config: config.clone(),
        texts,
        date_locale: (*date_locale).clone(),
        on_show_panel: on_show_panel.clone(),
    });

    let context = WidgetContext {
        language,
        texts,
        config: config.clone(),
        store: store.clone(),
        instance,
        today: today(),
        date_locale: (*date_locale).clone(),
        last_check: last_check.shown,
        check_waits_for_unlock: last_check.waits_for_unlock,
        on_check_done: last_check.on_done,
        on_show_panel,
        on_language,
        pending_cramp: cramp_now.pending,
        on_cramp_taken: cramp_now.on_taken,
        lock,
    };
    widget_view(context, *selected, cramp_now.button, cramp_now.guide)
}

/// The texts to show: the language's, or in a test build the marked pseudo-locale.
fn texts_for(language: Language, config: &WidgetConfig) -> &'static dyn Texts {
    #[cfg(feature = "pseudo-locale")]
    if config.pseudo_locale {
        return &crate::domain::content::pseudo::Pseudo;
    }
    // Only a test build reads the configuration here.
    let _ = config;
    language.texts()
}

/// The language the widget speaks (`Language::choose`), and the menu's way to change it: at
/// once, without a reload, and remembered for the next visit. Answers in progress and an open
/// diary form stay, because only the texts change, not the panels' state.
#[hook]
fn use_language(
    store: &Rc<BrowserStore>,
    config: &Rc<WidgetConfig>,
    page_lang: Option<&str>,
) -> (Language, Callback<Language>) {
    let language = {
        let (store, config) = (store.clone(), config.clone());
        let page_lang = page_lang.map(str::to_owned);
        use_state(move || {
            let saved = store.get(config.storage_keys.language()).ok().flatten();
            Language::choose(
                saved.as_deref(),
                config.lang,
                page_lang.as_deref(),
                &browser_languages(),
            )
        })
    };
    let on_language = {
        let (store, config, language) = (store.clone(), config.clone(), language.clone());
        // A failed save only means the next visit chooses again; the switch itself works.
        Callback::from(move |chosen: Language| {
            let _ = store.set(config.storage_keys.language(), chosen.as_str());
            language.set(chosen);
        })
    };
    (*language, on_language)
}

/// The widget's frame around the panels, inside the provider every panel reads from.
fn widget_view(
    context: WidgetContext,
    selected: Panel,
    cramp_now: Html,
    guide_view: Option<Html>,
) -> Html {
    let config = context.config.clone();
    let texts = context.texts;
    let (language, on_language) = (context.language, context.on_language.clone());
    let persistent = context.store.is_persistent();
    let on_show_panel = context.on_show_panel.clone();
    // Any tap or key inside the widget counts as use, for the lock's idle clock.
    let used = context.lock.on_activity.clone();
    // The accent is validated in `parse_config`, so it is safe inside a style attribute.
    let style = config
        .accent
        .as_ref()
        .map(|accent| format!("--cw-accent: {accent};"));
    html! {
        <ContextProvider<WidgetContext> {context}>
            <div class={classes!("cw", config.theme.class())} lang={language.as_str()} {style}
                 onpointerdown={used.reform(|_: PointerEvent| ())} onkeydown={used.reform(|_: KeyboardEvent| ())}>
                { header(&config, texts, language, on_language, cramp_now) }
                if !persistent {
                    <p class="cw-notice" role="status">
                        { texts.ui(Ui::StorageOff) }
                    </p>
                }
                // The panels stay mounted under the guide, so answers and drafts wait for it.
                <div class="cw-panels" hidden={guide_view.is_some()}>
                    <PanelTabs panels={config.panels.clone()} {selected} on_select={on_show_panel} />
                    { for config.panels.iter().map(|panel| panel_view(*panel, selected)) }
                </div>
                { for guide_view }
            </div>
        </ContextProvider<WidgetContext>>
    }
}

fn header(
    config: &WidgetConfig,
    texts: &dyn Texts,
    language: Language,
    on_language: Callback<Language>,
    cramp_now: Html,
) -> Html {
    html! {
        <header class="cw-header">
            <div class="cw-header-text">
                <h2 class="cw-title">{ texts.ui(Ui::WidgetTitle) }</h2>
                if let Some(name) = &config.clinic_name {
                    <p class="cw-clinic" translate="no">{ name.clone() }</p>
                }
            </div>
            <div class="cw-header-tools">
                { cramp_now }
                { language_menu(texts, language, on_language) }
            </div>
        </header>
    }
}

/// The language menu: each language by its own name, labelled in the language now shown.
fn language_menu(texts: &dyn Texts, language: Language, on_language: Callback<Language>) -> Html {
    let onchange = on_language.reform(|event: Event| {
        let tag = event
            .target_dyn_into::<web_sys::HtmlSelectElement>()
            .map(|select| select.value())
            .unwrap_or_default();
        Language::from_tag(&tag).unwrap_or(Language::En)
    });
    html! {
        <label class="cw-language">
            <span class="cw-language-label">{ texts.ui(Ui::LanguageLabel) }</span>
            <select class="cw-language-select" {onchange}>
                { for Language::ALL.iter().map(|&option| html! {
                    <option value={option.as_str()} lang={option.as_str()} translate="no"
                            selected={option == language}>
                        { option.own_name() }
                    </option>
                }) }
            </select>
        </label>
    }
}

/// Every panel is in the DOM so each tab's `aria-controls` resolves; only the selected one
/// has content.
fn panel_view(panel: Panel, selected: Panel) -> Html {
    let hidden = panel != selected;
    html! {
        <div class="cw-panel" role="tabpanel" id={panel_id(panel)}
             aria-labelledby={tab_id(panel)} {hidden}>
            if !hidden {
                {
                    match panel {
                        Panel::Check => html! { <CheckPanel /> },
                        Panel::Tips => html! { <TipsPanel /> },
                        Panel::Diary => html! { <DiaryPanel /> },
                    }
                }
            }
        </div>
    }
}
