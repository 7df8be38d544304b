//! Runs the core so that a failure inside the wasm cannot break the host page.
//!
//! The release build aborts on panic, which traps the wasm call. Calling the core through a
//! JavaScript function turns that trap into an exception that wasm-bindgen hands back here as an
//! `Err`, before the article's DOM has been touched.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::Analysis;

/// Analyses `text`, or returns the error the core failed with.
pub fn analyze(text: &str) -> Result<Analysis, JsValue> {
    run(text.to_owned(), |text| crate::analyze(&text))
}

/// Runs `work(input)` behind a JavaScript call boundary.
pub fn run<I: 'static, O: 'static>(
    input: I,
    work: impl FnOnce(I) -> O + 'static,
) -> Result<O, JsValue> {
    let output: Rc<RefCell<Option<O>>> = Rc::new(RefCell::new(None));
    let slot = Rc::clone(&output);
    call_through_javascript(Box::new(move || {
        *slot.borrow_mut() = Some(work(input));
    }))?;
    let result = output.borrow_mut().take();
    result.ok_or_else(|| JsValue::from_str("the analysis returned nothing"))
}

/// Calls `work` from JavaScript. Boxed, so every caller shares one closure type (the timers'
/// too), whose glue the wasm then holds once.
fn call_through_javascript(work: Box<dyn FnOnce()>) -> Result<(), JsValue> {
    let closure = Closure::<dyn FnMut()>::once(work);
    let function: &js_sys::Function = closure.as_ref().unchecked_ref();
    function.call0(&JsValue::NULL).map(drop)
}

/// The one console message a failure leaves.
pub fn report(error: &JsValue) {
    web_sys::console::error_2(
        &JsValue::from_str("whosaid: could not analyse this article, so it was left unchanged."),
        error,
    );
}
