//! When the card opens and closes: one delegated listener set per mount (on the article, the
//! document, the window and the card), dropped on unmount.
//!
//! Pointer: opens after the pointer rests on a name; a grace period lets it travel into the card,
//! and coming back to the same name keeps the card. Keyboard: focusing a name opens its card,
//! Enter moves into it, Escape closes it without moving the pointer or the focus (WCAG 1.4.13).
//! Touch: a tap opens, a tap outside closes; nothing depends on hover.

use std::rc::{Rc, Weak};

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, FocusEvent, HtmlElement, KeyboardEvent, MouseEvent, Node, PointerEvent,
};

use super::card::Card;
use super::content::QUOTE_INDEX_ATTRIBUTE;
use super::mount::{set_cards_enabled, Mount};
use super::position::Rect;
use super::wrap::Anchor;

/// The card that is open: whose it is and the name element (and line of it) it is anchored to.
pub struct OpenCard {
    /// Index of the person.
    pub person: usize,
    /// The mention element.
    pub anchor: HtmlElement,
    /// Which line box of a wrapped name the card sits beside.
    pub line: u32,
}

/// Pending timers, and the name whose card Escape dismissed while the pointer or focus stays on it.
#[derive(Default)]
pub struct Timing {
    open: Option<Timeout>,
    close: Option<Timeout>,
    suppressed: Option<HtmlElement>,
}

/// Attaches the mount's listeners on the article, the document and the window. The card and its
/// own listeners come with the first opening, keeping the mount itself light.
pub fn attach(mount: &Rc<Mount>) {
    let root = &mount.root;
    let mut listeners = vec![
        on(mount, root, "pointerover", false, pointer_over),
        on(mount, root, "pointerout", false, pointer_out),
        on(mount, root, "focusin", false, focus_in),
        on(mount, root, "focusout", false, focus_out),
        on(mount, root, "click", false, click),
        on(mount, root, "keydown", false, name_keydown),
        on(mount, &mount.document, "keydown", true, escape),
        on(
            mount,
            &mount.document,
            "pointerdown",
            true,
            pointer_down_outside,
        ),
    ];
    if let Some(window) = web_sys::window() {
        listeners.push(on(mount, &window, "scroll", true, |mount, _| {
            reposition(mount)
        }));
        listeners.push(on(mount, &window, "resize", false, |mount, _| {
            reposition(mount)
        }));
        listeners.push(on(
            mount,
            &window,
            "storage",
            false,
            switch_changed_elsewhere,
        ));
    }
    if let Ok(mut state) = mount.state.try_borrow_mut() {
        state.listeners = listeners;
    }
}

/// Creates the card and its listeners, once per mount.
fn create_card(mount: &Rc<Mount>, listeners: &mut Vec<EventListener>) -> Option<Card> {
    let card = Card::create(&mount.document, mount.options.theme)?;
    let host = card.host();
    listeners.push(on(mount, host, "pointerenter", false, cancel_close));
    listeners.push(on(mount, host, "pointerleave", false, card_pointer_leave));
    listeners.push(on(mount, host, "focusout", false, focus_out));
    listeners.push(on(mount, host, "click", false, card_click));
    Some(card)
}

/// A listener that holds the mount weakly, so dropping the mount's listeners frees everything.
fn on(
    mount: &Rc<Mount>,
    target: &web_sys::EventTarget,
    kind: &'static str,
    capture: bool,
    handler: fn(&Rc<Mount>, &Event),
) -> EventListener {
    let weak: Weak<Mount> = Rc::downgrade(mount);
    let phase = if capture {
        EventListenerPhase::Capture
    } else {
        EventListenerPhase::Bubble
    };
    // Only scrolling is passive: keys and clicks on names may need `preventDefault`.
    let options = EventListenerOptions {
        phase,
        passive: kind == "scroll",
    };
    EventListener::new_with_options(target, kind, options, move |event| {
        if let Some(mount) = weak.upgrade() {
            handler(&mount, event);
        }
    })
}

fn target_element(event: &Event) -> Option<Element> {
    let node: Node = event.composed_path().get(0).dyn_into().ok()?;
    match node.dyn_ref::<Element>() {
        Some(element) => Some(element.clone()),
        None => node.parent_element(),
    }
}

fn is_touch(event: &Event) -> bool {
    event
        .dyn_ref::<PointerEvent>()
        .is_some_and(|p| p.pointer_type() == "touch")
}

fn pointer_over(mount: &Rc<Mount>, event: &Event) {
    if is_touch(event) {
        return;
    }
    let Some(anchor) = target_element(event).and_then(|t| mount.anchor_of(&t)) else {
        return;
    };
    let pointer_y = event
        .dyn_ref::<MouseEvent>()
        .map(|m| f64::from(m.client_y()));
    let Ok(mut state) = mount.state.try_borrow_mut() else {
        return;
    };
    if state.timing.suppressed.as_ref() == Some(&anchor.element) {
        return;
    }
    state.timing.close = None;
    if state
        .open
        .as_ref()
        .is_some_and(|open| open.person == anchor.person)
    {
        return;
    }
    let weak = Rc::downgrade(mount);
    let delay = mount.options.open_delay_ms;
    state.timing.open = Some(Timeout::new(delay, move || {
        if let Some(mount) = weak.upgrade() {
            open(&mount, anchor, pointer_y);
        }
    }));
}

fn pointer_out(mount: &Rc<Mount>, event: &Event) {
    if is_touch(event) {
        return;
    }
    let Some(anchor) = target_element(event).and_then(|t| mount.anchor_of(&t)) else {
        return;
    };
    let related = event
        .dyn_ref::<MouseEvent>()
        .and_then(|m| m.related_target())
        .and_then(|t| t.dyn_into::<Node>().ok());
    if related.is_some_and(|node| anchor.element.contains(Some(&node))) {
        return;
    }
    if let Ok(mut state) = mount.state.try_borrow_mut() {
        state.timing.open = None;
        if state.timing.suppressed.as_ref() == Some(&anchor.element) {
            state.timing.suppressed = None;
        }
    }
    schedule_close(mount);
}

fn card_pointer_leave(mount: &Rc<Mount>, event: &Event) {
    if !is_touch(event) {
        schedule_close(mount);
    }
}

fn focus_in(mount: &Rc<Mount>, event: &Event) {
    let Some(anchor) = target_element(event).and_then(|t| mount.anchor_of(&t)) else {
        return;
    };
    let suppressed = mount
        .state
        .try_borrow()
        .is_ok_and(|s| s.timing.suppressed.as_ref() == Some(&anchor.element));
    if !suppressed {
        open(mount, anchor, None);
    }
}

/// Focus that leaves both the name and the card closes the card after the grace period.
fn focus_out(mount: &Rc<Mount>, event: &Event) {
    let related = event
        .dyn_ref::<FocusEvent>()
        .and_then(|f| f.related_target())
        .and_then(|t| t.dyn_into::<Node>().ok());
    let Ok(mut state) = mount.state.try_borrow_mut() else {
        return;
    };
    let stays = related.as_ref().is_some_and(|node| {
        state.card.as_ref().is_some_and(|card| card.contains(node))
            || state
                .open
                .as_ref()
                .is_some_and(|open| open.anchor.contains(Some(node)))
    });
    if stays {
        return;
    }
    if let Some(target) = target_element(event) {
        if state
            .timing
            .suppressed
            .as_ref()
            .is_some_and(|s| s.contains(Some(&target)))
        {
            state.timing.suppressed = None;
        }
    }
    drop(state);
    if mount.state.try_borrow().is_ok_and(|s| s.open.is_some()) {
        schedule_close(mount);
    }
}

/// A click or tap on a name opens its card at once.
fn click(mount: &Rc<Mount>, event: &Event) {
    let Some(anchor) = target_element(event).and_then(|t| mount.anchor_of(&t)) else {
        return;
    };
    let pointer_y = event
        .dyn_ref::<MouseEvent>()
        .map(|m| f64::from(m.client_y()));
    if let Ok(mut state) = mount.state.try_borrow_mut() {
        state.timing.suppressed = None;
    }
    open(mount, anchor, pointer_y);
}

/// Enter or Space on a focused name opens its card and moves focus into it.
fn name_keydown(mount: &Rc<Mount>, event: &Event) {
    let Some(key) = event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
        return;
    };
    if key != "Enter" && key != " " {
        return;
    }
    let Some(anchor) = target_element(event).and_then(|t| mount.anchor_of(&t)) else {
        return;
    };
    event.prevent_default();
    if let Ok(mut state) = mount.state.try_borrow_mut() {
        state.timing.suppressed = None;
    }
    open(mount, anchor, None);
    // Moving focus fires focus events synchronously, so the card is used outside any borrow.
    let card = mount.state.try_borrow().ok().and_then(|s| s.card.clone());
    if let Some(card) = card {
        card.focus_first_control();
    }
}

/// Escape closes the card and keeps it closed while the pointer or focus stays on the name;
/// focus inside the card goes back to the name.
fn escape(mount: &Rc<Mount>, event: &Event) {
    if event
        .dyn_ref::<KeyboardEvent>()
        .map(KeyboardEvent::key)
        .as_deref()
        != Some("Escape")
    {
        return;
    }
    let Some(anchor) = mount
        .state
        .try_borrow()
        .ok()
        .and_then(|s| s.open.as_ref().map(|o| o.anchor.clone()))
    else {
        return;
    };
    let focus_in_card = mount.document.active_element().is_some_and(|active| {
        mount
            .state
            .try_borrow()
            .is_ok_and(|s| s.card.as_ref().is_some_and(|c| c.contains(&active)))
    });
    close(mount);
    if let Ok(mut state) = mount.state.try_borrow_mut() {
        state.timing.suppressed = Some(anchor.clone());
    }
    if focus_in_card && anchor.is_connected() {
        let _ = anchor.focus();
    }
}

/// A tap or click outside the card and the names closes the card.
fn pointer_down_outside(mount: &Rc<Mount>, event: &Event) {
    let Some(target) = target_element(event) else {
        return;
    };
    let inside = mount
        .state
        .try_borrow()
        .is_ok_and(|s| s.open.is_none() || s.card.as_ref().is_some_and(|c| c.contains(&target)));
    if !inside && mount.anchor_of(&target).is_none() {
        close(mount);
    }
}

/// Buttons inside the card: close, show a quote in the article, turn cards off.
fn card_click(mount: &Rc<Mount>, event: &Event) {
    let Some(button) = target_element(event).and_then(|t| t.closest("button").ok().flatten())
    else {
        return;
    };
    let classes = button.class_list();
    if classes.contains("off") {
        close(mount);
        set_cards_enabled(false);
    } else if classes.contains("close") {
        let anchor = mount
            .state
            .try_borrow()
            .ok()
            .and_then(|s| s.open.as_ref().map(|o| o.anchor.clone()));
        close(mount);
        if let Some(anchor) = anchor.filter(|a| a.is_connected()) {
            if let Ok(mut state) = mount.state.try_borrow_mut() {
                state.timing.suppressed = Some(anchor.clone());
            }
            let _ = anchor.focus();
        }
    } else if let Some(quote) = button
        .get_attribute(QUOTE_INDEX_ATTRIBUTE)
        .and_then(|q| q.parse().ok())
    {
        let person = mount
            .state
            .try_borrow()
            .ok()
            .and_then(|s| s.open.as_ref().map(|o| o.person));
        close(mount);
        if let Some(person) = person {
            mount.show_quote(person, quote);
        }
    }
}

/// The reader turned cards on or off in another tab of this site: follow suit here.
fn switch_changed_elsewhere(mount: &Rc<Mount>, event: &Event) {
    let key = event
        .dyn_ref::<web_sys::StorageEvent>()
        .and_then(web_sys::StorageEvent::key);
    if key.as_deref() == Some(super::optout::STORAGE_KEY) {
        mount.refresh();
    }
}

/// Opens `anchor`'s person's card beside the line of the name under the pointer (or its first line).
pub fn open(mount: &Rc<Mount>, anchor: Anchor, pointer_y: Option<f64>) {
    let Ok(mut state) = mount.state.try_borrow_mut() else {
        return;
    };
    state.timing.open = None;
    state.timing.close = None;
    if !anchor.element.is_connected() {
        return;
    }
    let same_person = state
        .open
        .as_ref()
        .is_some_and(|o| o.person == anchor.person);
    if let Some(previous) = state.open.take() {
        set_expanded(&previous.anchor, false);
    }
    if state.card.is_none() {
        let state = &mut *state;
        // Quietly, for a publisher who mounts the whole <body>, where the card's host lands.
        mount.quietly(|| state.card = create_card(mount, &mut state.listeners));
    }
    let Some(person) = state.people.get(anchor.person) else {
        return;
    };
    let Some(card) = state.card.as_ref() else {
        return;
    };
    if !(same_person && card.is_shown()) && card.fill(&mount.document, person).is_none() {
        return;
    }
    set_expanded(&anchor.element, true);
    let line = line_under(&anchor.element, pointer_y);
    state.open = Some(OpenCard {
        person: anchor.person,
        anchor: anchor.element,
        line,
    });
    drop(state);
    reposition(mount);
}

/// Closes the card at once.
pub fn close(mount: &Mount) {
    let Ok(mut state) = mount.state.try_borrow_mut() else {
        return;
    };
    state.timing.open = None;
    state.timing.close = None;
    if let Some(open) = state.open.take() {
        set_expanded(&open.anchor, false);
    }
    if let Some(card) = &state.card {
        card.hide();
    }
}

fn schedule_close(mount: &Rc<Mount>) {
    let weak = Rc::downgrade(mount);
    let Ok(mut state) = mount.state.try_borrow_mut() else {
        return;
    };
    if state.open.is_none() {
        return;
    }
    state.timing.close = Some(Timeout::new(mount.options.close_delay_ms, move || {
        if let Some(mount) = weak.upgrade() {
            close(&mount);
        }
    }));
}

fn cancel_close(mount: &Rc<Mount>, _: &Event) {
    if let Ok(mut state) = mount.state.try_borrow_mut() {
        state.timing.close = None;
    }
}

/// Keeps the open card beside its name on scroll and resize; closes it if the name is gone.
fn reposition(mount: &Rc<Mount>) {
    let Ok(state) = mount.state.try_borrow() else {
        return;
    };
    let (Some(open), Some(card)) = (state.open.as_ref(), state.card.as_ref()) else {
        return;
    };
    if !open.anchor.is_connected() {
        drop(state);
        close(mount);
        return;
    }
    let rects = open.anchor.get_client_rects();
    let Some(rect) = rects.get(open.line).or_else(|| rects.get(0)) else {
        return;
    };
    let viewport = mount.document.document_element();
    let (width, height) = viewport.map_or((0.0, 0.0), |v| {
        (f64::from(v.client_width()), f64::from(v.client_height()))
    });
    let anchor = Rect {
        left: rect.left(),
        top: rect.top(),
        width: rect.width(),
        height: rect.height(),
    };
    card.show_beside(anchor, width, height);
}

/// The index of the line box of `anchor` under `pointer_y`, or 0 (a name wrapped over two lines
/// anchors to the line the pointer is on).
fn line_under(anchor: &HtmlElement, pointer_y: Option<f64>) -> u32 {
    let Some(y) = pointer_y else { return 0 };
    let rects = anchor.get_client_rects();
    (0..rects.length())
        .find(|&i| {
            rects
                .get(i)
                .is_some_and(|r| r.top() <= y && y <= r.bottom())
        })
        .unwrap_or(0)
}

fn set_expanded(anchor: &HtmlElement, expanded: bool) {
    if anchor.has_attribute("aria-expanded") {
        let _ = anchor.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
    }
}
