//! The page's events, as the card's controller understands them: one delegated listener set per
//! mount (on the article, the document, the window and the card), each event turned into an
//! [`Input`] by asking the mount ([`Names`]) which name or card it concerns. Nothing here decides
//! what happens; that is the controller's job.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, HtmlElement, Node};

use super::callback::Listener;
use super::content::QUOTE_INDEX_ATTRIBUTE;
use super::controller::{Input, Place, Target};
use super::js_object::{number, property};
use super::wrap::{link_of, Anchor};

/// Which listener an event came through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// `pointerover` on the article.
    PointerOver,
    /// `pointerout` on the article.
    PointerOut,
    /// `focusin` on the article.
    FocusIn,
    /// `focusout` on the article or the card.
    FocusOut,
    /// `click` on the article.
    Click,
    /// `keydown` on the article.
    NameKey,
    /// `keydown` anywhere on the page (capture), for Escape.
    PageKey,
    /// `pointerdown` anywhere on the page (capture).
    PointerDown,
    /// `pointerenter` on the card.
    CardEnter,
    /// `pointerleave` on the card.
    CardLeave,
    /// `click` on the card.
    CardClick,
    /// The window scrolled or was resized: the card follows its name.
    Viewport,
    /// Another tab of the site changed `localStorage`.
    Storage,
}

/// What the translation needs to know about the mount's names and card.
pub trait Names {
    /// The mention element `target` is in, with its person, if it is in this article.
    fn anchor_of(&self, target: &Element) -> Option<Anchor>;
    /// Whether `node` is the card or inside it.
    fn card_contains(&self, node: &Node) -> bool;
    /// The name the card is open on.
    fn open_anchor(&self) -> Option<HtmlElement>;
}

/// The listeners on the article, the document and the window, each passing its events to `sink`.
pub fn listen_to_page(
    root: &Element,
    document: &web_sys::Document,
    sink: impl Fn(Source, &Event) + Clone + 'static,
) -> Vec<Listener> {
    let mut listeners = vec![
        on(
            root,
            "pointerover",
            false,
            Source::PointerOver,
            sink.clone(),
        ),
        on(root, "pointerout", false, Source::PointerOut, sink.clone()),
        on(root, "focusin", false, Source::FocusIn, sink.clone()),
        on(root, "focusout", false, Source::FocusOut, sink.clone()),
        on(root, "click", false, Source::Click, sink.clone()),
        on(root, "keydown", false, Source::NameKey, sink.clone()),
        on(document, "keydown", true, Source::PageKey, sink.clone()),
        on(
            document,
            "pointerdown",
            true,
            Source::PointerDown,
            sink.clone(),
        ),
    ];
    if let Some(window) = web_sys::window() {
        listeners.push(on(&window, "scroll", true, Source::Viewport, sink.clone()));
        listeners.push(on(&window, "resize", false, Source::Viewport, sink.clone()));
        listeners.push(on(&window, "storage", false, Source::Storage, sink));
    }
    listeners
}

/// The listeners on the card's host element.
pub fn listen_to_card(
    host: &HtmlElement,
    sink: impl Fn(Source, &Event) + Clone + 'static,
) -> Vec<Listener> {
    vec![
        on(host, "pointerenter", false, Source::CardEnter, sink.clone()),
        on(host, "pointerleave", false, Source::CardLeave, sink.clone()),
        on(host, "focusout", false, Source::FocusOut, sink.clone()),
        on(host, "click", false, Source::CardClick, sink),
    ]
}

/// Scrolling is not cancelable, so its listener is as good as passive without saying so; keys and
/// clicks on names may need `preventDefault`.
fn on(
    target: &EventTarget,
    kind: &'static str,
    capture: bool,
    source: Source,
    sink: impl Fn(Source, &Event) + 'static,
) -> Listener {
    Listener::new(
        target,
        kind,
        capture,
        Box::new(move |event| sink(source, event)),
    )
}

/// The controller's input for one event, if the event concerns the card.
pub fn input_for(source: Source, event: &Event, names: &impl Names) -> Option<Input<HtmlElement>> {
    match source {
        Source::PointerOver if !is_touch(event) => {
            Some(Input::PointerEnter(target_name(event, names)?))
        }
        Source::PointerOut if !is_touch(event) => pointer_out(event, names),
        Source::FocusIn => Some(Input::Focus(target_name(event, names)?)),
        Source::FocusOut => focus_out(event, names),
        Source::Click => Some(Input::Click {
            target: target_name(event, names)?,
            touch: !is_mouse(event),
            linked: target_anchor(event, names).is_some_and(|a| link_of(&a.element).is_some()),
        }),
        Source::NameKey if is_key(event, &["Enter", " "]) => {
            Some(Input::Activate(target_name(event, names)?))
        }
        Source::PageKey if is_key(event, &["Escape"]) => {
            let focus_in_card = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .is_some_and(|active| names.card_contains(&active));
            Some(Input::Escape { focus_in_card })
        }
        Source::PointerDown => Some(Input::PointerDown(pointer_place(event, names))),
        Source::CardEnter if !is_touch(event) => Some(Input::PointerEnterCard),
        Source::CardLeave if !is_touch(event) => Some(Input::PointerLeaveCard),
        Source::CardClick => card_button(event),
        _ => None,
    }
}

fn target_element(event: &Event) -> Option<Element> {
    let node: Node = event.composed_path().get(0).dyn_into().ok()?;
    match node.dyn_ref::<Element>() {
        Some(element) => Some(element.clone()),
        None => node.parent_element(),
    }
}

fn target_anchor(event: &Event, names: &impl Names) -> Option<Anchor> {
    names.anchor_of(&target_element(event)?)
}

fn target_name(event: &Event, names: &impl Names) -> Option<Target<HtmlElement>> {
    let anchor = target_anchor(event, names)?;
    Some(Target {
        anchor: anchor.element,
        person: anchor.person,
        // Whole pixels, as `MouseEvent.clientY` was declared.
        pointer_y: number(event, "clientY").map(f64::trunc),
    })
}

fn pointer_type(event: &Event) -> Option<String> {
    property(event, "pointerType").as_string()
}

fn is_touch(event: &Event) -> bool {
    pointer_type(event).as_deref() == Some("touch")
}

/// A click from a mouse, or from script or the keyboard (no pointer type): not a tap.
fn is_mouse(event: &Event) -> bool {
    matches!(pointer_type(event).as_deref(), None | Some("mouse" | ""))
}

/// The main button, without a modifier key (a mouse event's `button` is a number; other events have none).
fn is_plain_click(event: &Event) -> bool {
    let with_modifier = ["ctrlKey", "metaKey", "shiftKey", "altKey"]
        .iter()
        .any(|key| property(event, key).as_bool() == Some(true));
    number(event, "button") == Some(0.0) && !with_modifier
}

fn is_key(event: &Event, keys: &[&str]) -> bool {
    property(event, "key")
        .as_string()
        .is_some_and(|key| keys.contains(&key.as_str()))
}

/// The node focus or the pointer moves to (a focus or mouse event's `relatedTarget`).
fn related_node(event: &Event) -> Option<Node> {
    property(event, "relatedTarget").dyn_into().ok()
}

/// Leaving a name for a piece of the same name is no leaving.
fn pointer_out(event: &Event, names: &impl Names) -> Option<Input<HtmlElement>> {
    let anchor = target_anchor(event, names)?;
    let inside = related_node(event).is_some_and(|node| anchor.element.contains(Some(&node)));
    (!inside).then_some(Input::PointerLeave(anchor.element))
}

/// Focus that moves between the open name and its card stays; anywhere else it leaves.
fn focus_out(event: &Event, names: &impl Names) -> Option<Input<HtmlElement>> {
    let related = related_node(event);
    let stays = related.as_ref().is_some_and(|node| {
        names.card_contains(node)
            || names
                .open_anchor()
                .is_some_and(|open| open.contains(Some(node)))
    });
    if stays {
        return None;
    }
    let from = target_anchor(event, names).map(|a| a.element);
    Some(Input::FocusLeave { from })
}

fn pointer_place(event: &Event, names: &impl Names) -> Place<HtmlElement> {
    let Some(target) = target_element(event) else {
        return Place::Elsewhere;
    };
    if names.card_contains(&target) {
        return Place::Card;
    }
    match target_name(event, names) {
        Some(name) => Place::Name(name),
        None => Place::Elsewhere,
    }
}

/// The card's buttons: close, turn off, next mention, show a quote; and a plain click on its link
/// (one with a modifier key, for a new tab, is left to the browser).
fn card_button(event: &Event) -> Option<Input<HtmlElement>> {
    let target = target_element(event)?;
    if target.closest("a.link").ok().flatten().is_some() {
        return is_plain_click(event).then_some(Input::LinkButton);
    }
    let button = target.closest("button").ok()??;
    let is = |selector: &str| button.matches(selector).unwrap_or(false);
    if is(".off") {
        Some(Input::TurnOffButton)
    } else if is(".close") {
        Some(Input::CloseButton)
    } else if is(".next") {
        Some(Input::NextMentionButton)
    } else {
        let quote = button.get_attribute(QUOTE_INDEX_ATTRIBUTE)?.parse().ok()?;
        Some(Input::ShowQuoteButton(quote))
    }
}
