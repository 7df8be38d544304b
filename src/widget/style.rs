//! The widget's CSS as constructable stylesheets: allowed under a strict `style-src 'self'`
//! Content Security Policy, where `<style>` elements and `style` attributes are not. The sheets
//! are `card.css` and `page.css` as `build.rs` minifies them.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Document, ShadowRoot};

use super::js_object::{property, set_property};

thread_local! {
    static CARD_SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    static PAGE_SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    static PAGE_USERS: Cell<usize> = const { Cell::new(0) };
}

fn sheet(
    cache: &'static std::thread::LocalKey<RefCell<Option<CssStyleSheet>>>,
    css: &str,
) -> Option<CssStyleSheet> {
    cache.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(css).ok()?;
            *slot = Some(sheet);
        }
        slot.clone()
    })
}

/// Parses both stylesheets ahead of the first mount.
pub fn prepare() {
    sheet(
        &CARD_SHEET,
        include_str!(concat!(env!("OUT_DIR"), "/card.css")),
    );
    sheet(
        &PAGE_SHEET,
        include_str!(concat!(env!("OUT_DIR"), "/page.css")),
    );
}

/// Gives a shadow root the card and people-list styles (one sheet object shared by all).
pub fn adopt_card_styles(shadow: &ShadowRoot) {
    if let Some(sheet) = sheet(
        &CARD_SHEET,
        include_str!(concat!(env!("OUT_DIR"), "/card.css")),
    ) {
        set_property(shadow, ADOPTED, &js_sys::Array::of1(&sheet));
    }
}

/// Adds the mention and highlight styles to the document while at least one article is mounted.
pub fn retain_page_styles(document: &Document) {
    let users = PAGE_USERS.with(|count| {
        count.set(count.get() + 1);
        count.get()
    });
    if users == 1 {
        if let Some(sheet) = sheet(
            &PAGE_SHEET,
            include_str!(concat!(env!("OUT_DIR"), "/page.css")),
        ) {
            let sheets = adopted_sheets(document);
            sheets.push(&sheet);
            set_property(document, ADOPTED, &sheets);
        }
    }
}

/// Removes the page styles when the last mounted article lets go of them.
pub fn release_page_styles(document: &Document) {
    let users = PAGE_USERS.with(|count| {
        count.set(count.get().saturating_sub(1));
        count.get()
    });
    let Some(sheet) = PAGE_SHEET.with(|slot| slot.borrow().clone()) else {
        return;
    };
    if users == 0 {
        let sheet: &JsValue = sheet.as_ref();
        let kept = adopted_sheets(document).filter(&mut |item, _, _| item != *sheet);
        set_property(document, ADOPTED, &kept);
    }
}

/// The sheets a document or shadow root adopts, read and written by name (one `Reflect` import
/// each way instead of a getter and two setters).
const ADOPTED: &str = "adoptedStyleSheets";

fn adopted_sheets(document: &Document) -> js_sys::Array {
    wasm_bindgen::JsCast::unchecked_into(property(document, ADOPTED))
}
