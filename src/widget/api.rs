//! The JavaScript API: thin wasm-bindgen exports that only convert types.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::callback::Listener;
use super::mount::{self, Mount};
use super::options::Options;
use super::{edited, guard, optout, page};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options for `mount`. */
export interface MountOptions {
  /** CSS selector list of elements that are not article text (bylines, captions, ads), added to the defaults. */
  skip?: string;
  /** Milliseconds the pointer rests on a name before its card opens (default 300). */
  openDelay?: number;
  /** Milliseconds of grace after the pointer leaves a name or card (default 250). */
  closeDelay?: number;
  /** Card colours: follow the reader's setting (default), or force light or dark. */
  theme?: "auto" | "light" | "dark";
  /** Add the "People quoted in this article" list after the article (default true). */
  peopleList?: boolean;
  /** A newsroom's edited Analysis (or its JSON), shown instead of the widget's own. */
  analysis?: Analysis | string;
}
/** Marks every named person in `element` and gives each a card. Mounting twice wraps once. */
export function mount(element: Element, options?: MountOptions): Mounted;
"#;

/// Analyses text and returns the Analysis object.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_text(text: &str) -> Result<JsValue, JsValue> {
    crate::bindings::to_js(&guard::analyze(text)?)
}

/// A mounted article.
#[wasm_bindgen]
pub struct Mounted {
    mount: Rc<Mount>,
}

#[wasm_bindgen]
impl Mounted {
    /// Puts the article back exactly as it was and removes the cards, the list and every listener.
    pub fn unmount(&self) {
        self.mount.unmount();
    }

    /// The number of people found in the article.
    #[wasm_bindgen(getter, js_name = peopleCount)]
    pub fn people_count(&self) -> usize {
        self.mount.people_count()
    }

    /// The entries of the given analysis that are not in the article, so not shown.
    #[wasm_bindgen(getter, unchecked_return_type = "Mismatch[]")]
    pub fn mismatches(&self) -> js_sys::Array {
        edited::to_js(&self.mount.mismatches())
    }
}

/// Mounts an article element.
#[wasm_bindgen(js_name = mount, skip_typescript)]
pub fn mount_element(element: Element, options: JsValue) -> Result<Mounted, JsValue> {
    let mut mount_options = Options::from_js(&options);
    mount_options.edited = edited::from_option(&options)?;
    let mount = page::mount(element, mount_options)
        .ok_or_else(|| JsValue::from_str("whosaid: this element is not in a document"))?;
    Ok(Mounted { mount })
}

/// Turns name cards back on for this site (the reader turned them off from a card).
#[wasm_bindgen(js_name = enableCards)]
pub fn enable_cards() {
    page::set_cards_enabled(true);
}

/// Turns name cards off for this site, as the card's own switch does.
#[wasm_bindgen(js_name = disableCards)]
pub fn disable_cards() {
    page::set_cards_enabled(false);
}

/// Whether name cards are on for this site.
#[wasm_bindgen(js_name = cardsEnabled)]
pub fn cards_enabled() -> bool {
    optout::cards_enabled()
}

/// Runs on `init()`: mounts every `[data-whosaid]` element of the page, then warms the widget so
/// a later `mount()` fits in one frame. Outside a page (Node, a worker) it does nothing.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.ready_state() == "loading" {
        let page = document.clone();
        // Kept for the page's life: DOMContentLoaded fires once.
        let on_loaded = Listener::new(
            &document,
            "DOMContentLoaded",
            false,
            Box::new(move |_| mount_marked(&page)),
        );
        std::mem::forget(on_loaded);
    } else {
        mount_marked(&document);
    }
    mount::warm_up(&document);
}

fn mount_marked(document: &web_sys::Document) {
    let Ok(elements) = document.query_selector_all("[data-whosaid]") else {
        return;
    };
    for index in 0..elements.length() {
        if let Some(element) = elements
            .get(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            let mut options = Options::from_attributes(&element);
            match edited::from_page(&element) {
                Ok(analysis) => options.edited = analysis,
                Err(error) => {
                    guard::report(&error);
                    continue;
                }
            }
            page::mount(element, options);
        }
    }
}
