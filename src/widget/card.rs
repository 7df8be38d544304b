//! The hover card: a non-modal dialog in an open shadow root at the end of `<body>`, so the site's
//! CSS cannot break it and its CSS cannot leak into the site. Where the browser has popovers the
//! card's host is shown in the top layer, above every site overlay whatever its `z-index`.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, Node, ShadowRoot};

use super::content::{self, append, append_child, element, set_attribute};
use super::dom_text::UI_ATTRIBUTE;
use super::js_object::{dictionary, number};
use super::options::Theme;
use super::position::{self, Rect, Side, MAX_HEIGHT};
use super::style;
use crate::Person;

/// The id of the card's heading, which names the dialog (ids are scoped to the shadow root).
const HEADING_ID: &str = "whosaid-card-name";

/// What the card offers beside the person's content.
pub struct Extras {
    /// The link the name sits in (or holds), which a tap on the name did not follow.
    pub link: Option<Element>,
    /// Whether the person has other mentions to move to.
    pub more_mentions: bool,
}

/// The card's host element and its panel (handles to DOM nodes, so clones share one card).
#[derive(Clone)]
pub struct Card {
    host: HtmlElement,
    panel: HtmlElement,
}

impl Card {
    /// Creates the hidden card at the end of `<body>`.
    pub fn create(document: &Document, theme: Theme) -> Option<Card> {
        let host: HtmlElement = document
            .create_element("whosaid-card")
            .ok()?
            .dyn_into()
            .ok()?;
        set_attribute(&host, UI_ATTRIBUTE, "card");
        if supports_popover(&host) {
            set_attribute(&host, "popover", "manual");
        }
        theme.apply(&host);
        let shadow = open_shadow(&host)?;
        let panel: HtmlElement = element(document, "div", "card", None).dyn_into().ok()?;
        set_attribute(&panel, "role", "dialog");
        set_attribute(&panel, "aria-labelledby", HEADING_ID);
        set_attribute(&panel, "hidden", "");
        append_child(&shadow, &panel);
        document.body()?.append_child(&host).ok()?;
        Some(Card { host, panel })
    }

    /// The element in the page that events from inside the card are retargeted to.
    pub fn host(&self) -> &HtmlElement {
        &self.host
    }

    /// Replaces the card's content with `person`'s.
    pub fn fill(&self, document: &Document, person: &Person, extras: &Extras) -> Option<()> {
        self.panel.replace_children_with_node_0();
        let head = content::header(document, person, HEADING_ID, "h2");
        let close = element(document, "button", "close", Some("\u{00d7}"));
        set_attribute(&close, "type", "button");
        set_attribute(&close, "aria-label", "Close");
        append_child(&head, &close);
        let foot = element(document, "div", "foot", None);
        if let Some(link) = &extras.link {
            append(&foot, link_to(document, link))?;
        }
        if extras.more_mentions {
            let next = element(document, "button", "next", Some("Next mention"));
            set_attribute(&next, "type", "button");
            append_child(&foot, &next);
        }
        let off = element(
            document,
            "button",
            "off",
            Some("Turn off name cards on this site"),
        );
        set_attribute(&off, "type", "button");
        append_child(&foot, &off);
        append_child(&self.panel, &head);
        append_child(&self.panel, &content::quotes(document, person));
        append_child(&self.panel, &foot);
        Some(())
    }

    /// Shows the card beside `anchor` (one line box of the name), inside the visible `viewport`.
    pub fn show_beside(&self, anchor: Rect, viewport: Rect) {
        let _ = self.panel.remove_attribute("hidden");
        call(&self.host, "showPopover");
        let style = self.panel.style();
        let _ = style.set_property("max-height", &pixels(MAX_HEIGHT));
        let width = number(&self.panel, "offsetWidth").unwrap_or(0.0);
        let height = number(&self.panel, "offsetHeight").unwrap_or(0.0);
        let placement = position::place(anchor, width, height, viewport);
        let _ = style.set_property("left", &pixels(placement.left));
        let _ = style.set_property("top", &pixels(placement.top));
        let _ = style.set_property("max-height", &pixels(placement.max_height));
        let side = if placement.side == Side::Above {
            "above"
        } else {
            "below"
        };
        set_attribute(&self.panel, "data-side", side);
    }

    /// Hides the card, keeping its element for the next person.
    pub fn hide(&self) {
        set_attribute(&self.panel, "hidden", "");
        call(&self.host, "hidePopover");
    }

    /// Whether the card is showing.
    pub fn is_shown(&self) -> bool {
        !self.panel.has_attribute("hidden")
    }

    /// Whether `node` (a composed-path target) is the card or inside it.
    pub fn contains(&self, node: &Node) -> bool {
        self.host.is_same_node(Some(node)) || self.panel.contains(Some(node))
    }

    /// Moves keyboard focus to the card's first control.
    pub fn focus_first_control(&self) {
        if let Ok(Some(button)) = self.panel.query_selector(".jump, .link, .next, .close") {
            if let Ok(button) = button.dyn_into::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    }

    /// Takes the card out of the page.
    pub fn remove(&self) {
        self.host.remove();
    }
}

/// Attaches an open shadow root and adopts the widget's stylesheet into it.
pub fn open_shadow(host: &Element) -> Option<ShadowRoot> {
    let shadow = host
        .attach_shadow(dictionary(&[("mode", "open".into())]).unchecked_ref())
        .ok()?;
    style::adopt_card_styles(&shadow);
    Some(shadow)
}

/// A CSS length in whole pixels; formatting an integer keeps float-to-text code out of the wasm.
fn pixels(value: f64) -> String {
    format!("{}px", value.round() as i64)
}

/// "Open link": the name's own link, offered in the card because the first tap opened the card
/// instead. A plain click on it clicks the page's link (see `controller`), so the site's own
/// handlers run as they would have; the `href` serves a new tab or a copied address.
fn link_to(document: &Document, link: &Element) -> Option<Element> {
    let href = link.get_attribute("href")?;
    let offered = element(document, "a", "link", Some("Open link"));
    set_attribute(&offered, "href", &href);
    let title = link.text_content().unwrap_or_default();
    set_attribute(
        &offered,
        "aria-label",
        &format!("Open link: {}", title.trim()),
    );
    Some(offered)
}

/// Whether the browser has the Popover API (the top layer); without it the host's top `z-index`
/// has to do.
fn supports_popover(host: &HtmlElement) -> bool {
    Reflect::get(host, &"showPopover".into()).is_ok_and(|f| f.is_function())
}

/// Calls a no-argument method of `target` when it has one, ignoring a refusal (showing a popover
/// that is already showing throws).
fn call(target: &HtmlElement, method: &str) {
    if !target.has_attribute("popover") {
        return;
    }
    if let Some(function) = Reflect::get(target, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        let _ = function.call0(&JsValue::from(target));
    }
}
