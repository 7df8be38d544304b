//! Live pages: paragraphs added to a mounted article (a live blog) get their cards. Changes the
//! widget makes itself happen while the observer is paused, so they never trigger a re-read.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver};

use super::callback::Timeout;
use super::js_object::dictionary;

/// How long the article must be quiet before it is read again, so a burst of changes costs one re-read.
const SETTLE_MS: u32 = 120;

/// Watches one article for changes made by other scripts.
pub struct LiveObserver {
    observer: MutationObserver,
    root: Element,
    pending: Rc<RefCell<Option<Timeout>>>,
    on_change: Rc<dyn Fn()>,
    _callback: Closure<dyn FnMut(js_sys::Array, MutationObserver)>,
}

impl LiveObserver {
    /// Starts watching `root`'s text and children; `on_change` runs once a burst of changes settles.
    pub fn watch(root: &Element, on_change: Rc<dyn Fn()>) -> Option<LiveObserver> {
        let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
        let schedule = Rc::clone(&pending);
        let notify = Rc::clone(&on_change);
        let callback = Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(move |_, _| {
            schedule_refresh(&schedule, Rc::clone(&notify));
        });
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        let live = LiveObserver {
            observer,
            root: root.clone(),
            pending,
            on_change,
            _callback: callback,
        };
        live.resume();
        Some(live)
    }

    /// Stops observing before the widget changes the DOM. Changes other scripts made before
    /// this point are still acted on.
    pub fn pause(&self) {
        if self.observer.take_records().length() > 0 {
            schedule_refresh(&self.pending, Rc::clone(&self.on_change));
        }
        self.observer.disconnect();
    }

    /// Observes again after the widget's own change.
    pub fn resume(&self) {
        let init = dictionary(&[
            ("childList", true.into()),
            ("characterData", true.into()),
            ("subtree", true.into()),
        ]);
        let _ = self
            .observer
            .observe_with_options(&self.root, init.unchecked_ref());
    }
}

impl Drop for LiveObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
        self.pending.borrow_mut().take();
    }
}

/// (Re)starts the settle timer; the callback runs after the timer's slot is emptied, so it may
/// pause and resume this observer freely.
fn schedule_refresh(pending: &Rc<RefCell<Option<Timeout>>>, on_change: Rc<dyn Fn()>) {
    let slot = Rc::clone(pending);
    let timeout = Timeout::new(
        SETTLE_MS,
        Box::new(move || {
            slot.borrow_mut().take();
            on_change();
        }),
    );
    *pending.borrow_mut() = timeout;
}
