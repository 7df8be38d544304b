//! "Show in article": scrolls to a quoted passage and highlights it with the CSS Custom Highlight
//! API, which marks text without touching the article's DOM; where that API is missing, the
//! passage is selected instead.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Range};

use super::js_object::dictionary;

/// The highlight's name, styled by `::highlight(whosaid-passage)` in page.css.
const HIGHLIGHT_NAME: &str = "whosaid-passage";

/// A new `Highlight` over `range`, where the browser has the Custom Highlight API. Built through
/// `Reflect` rather than a typed import, so the widget's source also links into the test crate.
fn new_highlight(range: &Range) -> Option<JsValue> {
    let constructor: Function = Reflect::get(&js_sys::global(), &"Highlight".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Reflect::construct(&constructor, &js_sys::Array::of1(range)).ok()
}

/// The page's `CSS.highlights` registry, if the browser has one.
fn highlight_registry() -> Option<JsValue> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let registry = Reflect::get(&css, &"highlights".into()).ok()?;
    (!registry.is_undefined()).then_some(registry)
}

fn call_method(target: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let method: Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    let args: js_sys::Array = args.iter().copied().collect();
    Reflect::apply(&method, target, &args).ok()
}

/// Highlights `range`, scrolls it to the middle of the viewport and puts the caret at its start,
/// so the next Tab (and a screen reader's reading position) continues from the passage.
pub fn show(range: &Range) {
    let highlighted =
        highlight_registry()
            .zip(new_highlight(range))
            .and_then(|(registry, highlight)| {
                call_method(&registry, "set", &[&HIGHLIGHT_NAME.into(), &highlight])
            });
    if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(range);
        if highlighted.is_some() {
            let _ = selection.collapse_to_start();
        }
    }
    scroll_to(range);
}

/// Removes the highlight.
pub fn clear() {
    if let Some(registry) = highlight_registry() {
        call_method(&registry, "delete", &[&HIGHLIGHT_NAME.into()]);
    }
}

fn scroll_to(range: &Range) {
    let Ok(container) = range.start_container() else {
        return;
    };
    let element: Option<Element> = match container.dyn_ref::<Element>() {
        Some(element) => Some(element.clone()),
        None => container.parent_element(),
    };
    let Some(element) = element else { return };
    let behavior = if prefers_reduced_motion() {
        "instant"
    } else {
        "smooth"
    };
    let options = dictionary(&[("block", "center".into()), ("behavior", behavior.into())]);
    element.scroll_into_view_with_scroll_into_view_options(options.unchecked_ref());
}

/// Whether the reader asked for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}
