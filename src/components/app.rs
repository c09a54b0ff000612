//! The widget's root: header, the tab bar and the panel the visitor chose.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::panel_tabs::PanelTabs;
use crate::domain::config::{Panel, WidgetConfig};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<WidgetConfig>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let first = config.panels.first().copied().unwrap_or(Panel::Check);
    let selected = use_state(|| first);
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |panel| selected.set(panel))
    };
    // The accent is validated in `parse_config`, so it is safe inside a style attribute.
    let style = config
        .accent
        .as_ref()
        .map(|accent| format!("--cw-accent: {accent};"));
    html! {
        <div class="cw" lang={config.lang.clone()} {style}>
            { header(config) }
            <PanelTabs panels={config.panels.clone()} selected={*selected} {on_select} />
            { for config.panels.iter().map(|panel| panel_view(*panel, *selected)) }
        </div>
    }
}

pub fn tab_id(panel: Panel) -> String {
    format!("cw-tab-{}", panel.id())
}

pub fn panel_id(panel: Panel) -> String {
    format!("cw-panel-{}", panel.id())
}

fn header(config: &WidgetConfig) -> Html {
    html! {
        <header class="cw-header">
            <h2 class="cw-title">{ "Night leg cramps" }</h2>
            if let Some(name) = &config.clinic_name {
                <p class="cw-clinic">{ name.clone() }</p>
            }
        </header>
    }
}

/// Every panel is in the DOM so each tab's `aria-controls` resolves; only the selected one
/// has content.
fn panel_view(panel: Panel, selected: Panel) -> Html {
    let hidden = panel != selected;
    html! {
        <div class="cw-panel" role="tabpanel" id={panel_id(panel)}
             aria-labelledby={tab_id(panel)} tabindex="0" {hidden}>
            if !hidden { { panel_body(panel) } }
        </div>
    }
}

fn panel_body(panel: Panel) -> Html {
    let (heading, text) = match panel {
        Panel::Check => (
            "Check your cramps",
            "Answer a few short questions to find out whether you should see a doctor.",
        ),
        Panel::Tips => (
            "Tips to prevent cramps",
            "Simple things you can do at home to have fewer cramps.",
        ),
        Panel::Diary => (
            "Cramp diary",
            "Keep a note of each cramp to spot patterns and share them with your doctor.",
        ),
    };
    html! {
        <>
            <h3 class="cw-panel-title">{ heading }</h3>
            <p>{ text }</p>
        </>
    }
}
