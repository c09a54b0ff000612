//! The widget's settings, read from the host element's attributes. Every value is validated
//! here and falls back to a safe default, with a warning the shell prints to the console, so a
//! typo in a clinic's snippet can never break the widget or inject markup or script.
use std::fmt;

use crate::domain::content::{Language, CLINIC_PHONE, EMERGENCY_NUMBER};
use crate::domain::small_collections::sort_small_by;
use crate::domain::store::StorageKeys;

/// The three panels a clinic can switch on, in their display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Panel {
    Check,
    Tips,
    Diary,
}

impl Panel {
    pub const ALL: [Panel; 3] = [Panel::Check, Panel::Tips, Panel::Diary];

    pub fn id(self) -> &'static str {
        match self {
            Panel::Check => "check",
            Panel::Tips => "tips",
            Panel::Diary => "diary",
        }
    }
}

/// The colour scheme: the visitor's own (`prefers-color-scheme`) unless the clinic forces one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn from_attribute(value: &str) -> Option<Theme> {
        match value.to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The class on the widget's root that forces a scheme; none follows the visitor's.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("cw-theme-light"),
            Theme::Dark => Some("cw-theme-dark"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct WidgetConfig {
    /// The clinic's choice of language; `None` lets the page and the browser decide.
    pub lang: Option<Language>,
    /// `lang="x-pseudo"` in a test build: every text marked (`content::pseudo`).
    #[cfg(feature = "pseudo-locale")]
    pub pseudo_locale: bool,
    pub emergency_number: String,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub booking_url: Option<String>,
    pub accent: Option<String>,
    pub theme: Theme,
    pub panels: Vec<Panel>,
    /// Where this widget's data lives; a namespace keeps two clinics' diaries apart.
    pub storage_keys: StorageKeys,
}

impl Default for WidgetConfig {
    fn default() -> Self {
        WidgetConfig {
            lang: None,
            #[cfg(feature = "pseudo-locale")]
            pseudo_locale: false,
            emergency_number: DEFAULT_EMERGENCY_NUMBER.into(),
            clinic_name: None,
            clinic_phone: None,
            booking_url: None,
            accent: None,
            theme: Theme::Auto,
            panels: Panel::ALL.to_vec(),
            storage_keys: StorageKeys::default(),
        }
    }
}

impl WidgetConfig {
    /// Puts this clinic's numbers into a text from `content`. Texts that name the clinic phone
    /// (the urgent contact label) are shown only when a clinic phone is configured.
    pub fn fill_contacts(&self, text: &str) -> String {
        let filled = text.replace(EMERGENCY_NUMBER, &self.emergency_number);
        match &self.clinic_phone {
            Some(phone) => filled.replace(CLINIC_PHONE, phone),
            None => filled,
        }
    }
}

pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";
/// Said when `lang` names a language the widget does not speak; the page's and the browser's
/// languages then decide, as if `lang` were not there.
const LANGUAGES_AVAILABLE: &str =
    "use en, es or hi (a region such as es-MX is fine); the page and the browser decide instead";

/// A setting that was ignored, and why. Shown in the console for the clinic's web team.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigWarning {
    pub attribute: String,
    pub problem: &'static str,
}

impl fmt::Display for ConfigWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cramp-widget: attribute \"{}\" ignored: {}",
            self.attribute, self.problem
        )
    }
}

/// Builds the configuration from `(name, value)` attribute pairs. Names may carry a `data-`
/// prefix. Unknown attributes (`class`, `id`, `style`…) belong to the host page and are skipped.
pub fn parse_config<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (WidgetConfig, Vec<ConfigWarning>) {
    let mut config = WidgetConfig::default();
    let mut warnings = Vec::new();
    for (raw_name, raw_value) in attributes {
        let name = raw_name.strip_prefix("data-").unwrap_or(raw_name);
        let value = raw_value.trim();
        let mut warn = |problem| {
            warnings.push(ConfigWarning {
                attribute: raw_name.to_string(),
                problem,
            })
        };
        match name {
            #[cfg(feature = "pseudo-locale")]
            "lang" if value == "x-pseudo" => config.pseudo_locale = true,
            "lang" => match Language::from_tag(value) {
                Some(language) => config.lang = Some(language),
                None => warn(LANGUAGES_AVAILABLE),
            },
            "emergency-number" => match phone_number(value) {
                Some(number) => config.emergency_number = number,
                None => warn("use digits and + only; using 112"),
            },
            "clinic-name" => config.clinic_name = plain_text(value, 80),
            "clinic-phone" => match phone_number(value) {
                Some(number) => config.clinic_phone = Some(number),
                None => warn("use digits, spaces, + and - only"),
            },
            "booking-url" => match https_url(value) {
                Some(url) => config.booking_url = Some(url),
                None => warn("only https: links are allowed"),
            },
            "accent" => match css_colour(value) {
                Some(colour) => config.accent = Some(colour),
                None => warn("use a colour like #0a5c8a, rgb(10 92 138) or a colour name"),
            },
            "theme" => match Theme::from_attribute(value) {
                Some(theme) => config.theme = theme,
                None => warn("use light, dark or auto; following the visitor's setting"),
            },
            "panels" => match panel_list(value) {
                Some(panels) => config.panels = panels,
                None => warn("use any of check,tips,diary; showing all three"),
            },
            "storage-namespace" => match StorageKeys::with_namespace(value) {
                Ok(keys) => config.storage_keys = keys,
                Err(_) => warn("use 1 to 32 lowercase letters, digits or -"),
            },
            _ => {}
        }
    }
    (config, warnings)
}

/// A dialable number: digits with an optional leading `+`. Spaces, dots and dashes that people
/// type for readability are dropped, because `tel:` links must not contain them.
fn phone_number(value: &str) -> Option<String> {
    let mut number = String::new();
    for (i, c) in value.chars().enumerate() {
        match c {
            '0'..='9' => number.push(c),
            '+' if i == 0 => number.push(c),
            ' ' | '-' | '.' => {}
            _ => return None,
        }
    }
    let digits = number.trim_start_matches('+').len();
    (1..=15).contains(&digits).then_some(number)
}

/// Clinic names are shown as text only; control characters are dropped and length capped so a
/// pasted paragraph cannot swamp the layout.
fn plain_text(value: &str, max_chars: usize) -> Option<String> {
    let text: String = value
        .chars()
        .filter(|c| !c.is_control())
        .take(max_chars)
        .collect();
    (!text.trim().is_empty()).then(|| text.trim().to_string())
}

fn https_url(value: &str) -> Option<String> {
    let rest = value
        .get(..8)?
        .eq_ignore_ascii_case("https://")
        .then(|| &value[8..])?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let valid_host = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c));
    let safe_chars = value
        .chars()
        .all(|c| c.is_ascii_graphic() && !"<>\"'`\\{}|^".contains(c));
    (valid_host && safe_chars).then(|| value.to_string())
}

/// Accepts hex colours, `rgb()`/`hsl()` with plain arguments, and CSS named colours. Anything
/// else could close the declaration it is placed in, so it is refused.
fn css_colour(value: &str) -> Option<String> {
    let v = value.to_ascii_lowercase();
    let is_hex = v.strip_prefix('#').is_some_and(|hex| {
        matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
    });
    let is_function = ["rgb(", "rgba(", "hsl(", "hsla("].iter().any(|f| {
        v.strip_prefix(f)
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(|args| {
                args.chars().any(|c| c.is_ascii_digit())
                    && args
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || " ,./%-".contains(c))
            })
    });
    let is_named = NAMED_COLOURS.split(' ').any(|name| name == v);
    (is_hex || is_function || is_named).then_some(v)
}

const NAMED_COLOURS: &str = "aliceblue antiquewhite aqua aquamarine azure beige bisque black \
blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral \
cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey \
darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen \
darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray \
dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod \
gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush \
lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen \
lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey \
lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue \
mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise \
mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive \
olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip \
peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown \
salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow \
springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow \
yellowgreen";

fn panel_list(value: &str) -> Option<Vec<Panel>> {
    let mut panels = Vec::new();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let panel = Panel::ALL
            .into_iter()
            .find(|p| p.id().eq_ignore_ascii_case(name))?;
        if !panels.contains(&panel) {
            panels.push(panel);
        }
    }
    sort_small_by(&mut panels, Ord::cmp);
    (!panels.is_empty()).then_some(panels)
}
