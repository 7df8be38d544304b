//! What a publisher can set when mounting: elements to skip, timing, theme, the people list.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::Element;

use super::furniture::FURNITURE_SELECTOR;

/// How long the pointer rests on a name before its card opens (CARD.md: about 300 ms).
const DEFAULT_OPEN_DELAY_MS: u32 = 300;
/// How long the card waits after the pointer leaves, so it can travel into the card.
const DEFAULT_CLOSE_DELAY_MS: u32 = 250;
/// Skipped whatever the publisher adds: page furniture by its markup (bylines, credits, related
/// and promo boxes, asides, ads), as news sites mark it.
const DEFAULT_SKIP: &str = FURNITURE_SELECTOR;

/// The card's colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    fn parse(value: Option<String>) -> Theme {
        match value.as_deref() {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// Sets the theme on a shadow host, where the card's CSS reads it.
    pub fn apply(self, host: &Element) {
        let _ = match self {
            Theme::Auto => host.remove_attribute("data-theme"),
            Theme::Light => host.set_attribute("data-theme", "light"),
            Theme::Dark => host.set_attribute("data-theme", "dark"),
        };
    }
}

/// Mount options, parsed from the JavaScript options object.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// A CSS selector list of elements whose text is not article text.
    pub skip: String,
    /// Milliseconds of rest on a name before the card opens.
    pub open_delay_ms: u32,
    /// Milliseconds of grace after the pointer leaves a name or card.
    pub close_delay_ms: u32,
    /// The card's colours.
    pub theme: Theme,
    /// Whether to add the "People quoted in this article" list after the article.
    pub people_list: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            skip: DEFAULT_SKIP.to_string(),
            open_delay_ms: DEFAULT_OPEN_DELAY_MS,
            close_delay_ms: DEFAULT_CLOSE_DELAY_MS,
            theme: Theme::Auto,
            people_list: true,
        }
    }
}

impl Options {
    /// Reads the options an auto-mounted `<article data-whosaid>` carries as attributes:
    /// `data-whosaid-theme`, `data-whosaid-open-delay` and `data-whosaid-people-list="false"`.
    /// (Elements to skip are marked inside the article with `data-whosaid-skip`.)
    pub fn from_attributes(element: &Element) -> Options {
        let mut options = Options {
            theme: Theme::parse(element.get_attribute("data-whosaid-theme")),
            ..Options::default()
        };
        if let Some(ms) = element
            .get_attribute("data-whosaid-open-delay")
            .and_then(|v| v.trim().parse().ok())
        {
            options.open_delay_ms = ms;
        }
        if element.get_attribute("data-whosaid-people-list").as_deref() == Some("false") {
            options.people_list = false;
        }
        options
    }

    /// Reads `{ skip, openDelay, closeDelay, theme, peopleList }`; anything missing or of the
    /// wrong type keeps its default. A `skip` selector adds to the defaults.
    pub fn from_js(value: &JsValue) -> Options {
        let mut options = Options::default();
        if !value.is_object() {
            return options;
        }
        let get =
            |key: &str| Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        if let Some(skip) = get("skip").as_string().filter(|s| !s.trim().is_empty()) {
            options.skip = format!("{}, {skip}", options.skip);
        }
        if let Some(ms) = get("openDelay")
            .as_f64()
            .filter(|ms| ms.is_finite() && *ms >= 0.0)
        {
            options.open_delay_ms = ms as u32;
        }
        if let Some(ms) = get("closeDelay")
            .as_f64()
            .filter(|ms| ms.is_finite() && *ms >= 0.0)
        {
            options.close_delay_ms = ms as u32;
        }
        options.theme = Theme::parse(get("theme").as_string());
        if let Some(show) = get("peopleList").as_bool() {
            options.people_list = show;
        }
        options
    }
}
