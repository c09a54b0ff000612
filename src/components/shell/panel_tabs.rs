//! The Check / Tips / Diary tab bar, following the WAI-ARIA tabs pattern: one tab stop, arrow
//! keys, Home and End move between tabs and select them.
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::context::use_widget;
use crate::domain::config::Panel;
use crate::domain::content::{Texts, Ui};

#[derive(Properties, PartialEq)]
pub struct PanelTabsProps {
    pub panels: Vec<Panel>,
    pub selected: Panel,
    pub on_select: Callback<Panel>,
}

#[component]
pub fn PanelTabs(props: &PanelTabsProps) -> Html {
    let texts = use_widget().texts;
    let on_keydown = {
        let panels = props.panels.clone();
        let selected = props.selected;
        let on_select = props.on_select.clone();
        Callback::from(move |event: KeyboardEvent| {
            let current = panels.iter().position(|p| *p == selected).unwrap_or(0);
            let last = panels.len().saturating_sub(1);
            let next = match event.key().as_str() {
                "ArrowRight" => (current + 1) % panels.len(),
                "ArrowLeft" => current.checked_sub(1).unwrap_or(last),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            event.prevent_default();
            on_select.emit(panels[next]);
            focus_sibling_tab(&event, next);
        })
    };
    html! {
        <div class="cw-tabs" role="tablist" aria-label={texts.ui(Ui::SectionsLabel)} onkeydown={on_keydown}>
            { for props.panels.iter().map(|panel| tab(*panel, props, texts)) }
        </div>
    }
}

fn tab(panel: Panel, props: &PanelTabsProps, texts: &dyn Texts) -> Html {
    let selected = panel == props.selected;
    let onclick = props.on_select.reform(move |_: MouseEvent| panel);
    let label = texts.panel_name(panel);
    html! {
        <button type="button" role="tab" class="cw-tab" id={tab_id(panel)}
                aria-selected={selected.to_string()} aria-controls={panel_id(panel)}
                tabindex={if selected { "0" } else { "-1" }} {onclick}>
            { label }
        </button>
    }
}

/// Focus follows selection; the tab list's children are the tabs in order. The list is found
/// from the pressed tab because Yew delegates events, so `current_target` is not the list.
fn focus_sibling_tab(event: &KeyboardEvent, index: usize) {
    let tab = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|pressed| pressed.closest("[role=tablist]").ok().flatten())
        .and_then(|list| list.children().item(index as u32))
        .and_then(|el| el.dyn_into::<HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
}

/// The ids that tie each tab to its panel (`aria-controls`, `aria-labelledby`).
pub fn tab_id(panel: Panel) -> String {
    format!("cw-tab-{}", panel.id())
}

pub fn panel_id(panel: Panel) -> String {
    format!("cw-panel-{}", panel.id())
}
