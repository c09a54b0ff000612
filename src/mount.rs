//! Mounts one widget into a host element: an open shadow root that holds the widget's styles
//! and its own Yew app. The standalone page and the script-tag embed both come through here, so
//! both get the same isolation from the host page's CSS.
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::components::shell::{App, AppProps};
use crate::domain::config::parse_config;

/// The stylesheets of `styles/`, joined and minified by `build.rs`: every widget carries its own
/// CSS, so the embed needs no second request.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// A mounted widget. The embed's custom element destroys it when the element leaves the page.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts the widget into `host` on a clinic's page, reading its settings from the host's
/// attributes. Bad settings are replaced by defaults with a console warning; only a broken DOM
/// is an error. The page's `<html lang>` is one of the hints for the widget's language.
#[wasm_bindgen]
pub fn mount(host: Element) -> Result<WidgetHandle, JsValue> {
    let page_lang = host
        .owner_document()
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .filter(|lang| !lang.trim().is_empty());
    mount_with(host, page_lang)
}

/// Mounts the standalone app, whose page is the widget's own: its `<html lang>` says nothing
/// about the visitor, so only the visitor's browser decides the language.
pub fn mount_standalone(host: Element) -> Result<WidgetHandle, JsValue> {
    mount_with(host, None)
}

fn mount_with(host: Element, page_lang: Option<String>) -> Result<WidgetHandle, JsValue> {
    let attributes: Vec<(String, String)> = host
        .get_attribute_names()
        .iter()
        .filter_map(|name| name.as_string())
        .filter_map(|name| host.get_attribute(&name).map(|value| (name, value)))
        .collect();
    let (config, warnings) = parse_config(attributes.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    for warning in warnings {
        web_sys::console::warn_1(&warning.to_string().into());
    }

    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    shadow.set_inner_html("");
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("host element has no document"))?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(WIDGET_CSS));
    shadow.append_child(&style)?;
    let root = document.create_element("div")?;
    shadow.append_child(&root)?;

    let props = AppProps {
        config: Rc::new(config),
        page_lang,
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(WidgetHandle { app: Some(app) })
}
