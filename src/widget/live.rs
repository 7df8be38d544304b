//! Live pages: paragraphs added to a mounted article (a live blog) get their cards. Changes the
//! widget makes itself happen while the observer is paused, so they never trigger a re-read.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit};

use super::mount::Mount;

/// How long the article must be quiet before it is read again, so a burst of changes costs one re-read.
const SETTLE_MS: u32 = 120;

/// Watches one article for changes made by other scripts.
pub struct LiveObserver {
    observer: MutationObserver,
    root: Element,
    pending: Rc<RefCell<Option<Timeout>>>,
    _callback: Closure<dyn FnMut(js_sys::Array, MutationObserver)>,
}

impl LiveObserver {
    /// Starts watching `root`'s text and children on behalf of `mount`.
    pub fn watch(root: &Element, mount: Weak<Mount>) -> Option<LiveObserver> {
        let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
        let schedule = Rc::clone(&pending);
        let callback = Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(move |_, _| {
            schedule_refresh(&schedule, mount.clone());
        });
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        let live = LiveObserver {
            observer,
            root: root.clone(),
            pending,
            _callback: callback,
        };
        live.resume();
        Some(live)
    }

    /// Stops observing before the widget changes the DOM. Changes other scripts made before
    /// this point are still acted on.
    pub fn pause(&self) {
        if self.observer.take_records().length() > 0 {
            if let Some(mount) = self.mount_hint() {
                schedule_refresh(&self.pending, mount);
            }
        }
        self.observer.disconnect();
    }

    /// Observes again after the widget's own change.
    pub fn resume(&self) {
        let init = MutationObserverInit::new();
        init.set_child_list(true);
        init.set_character_data(true);
        init.set_subtree(true);
        let _ = self.observer.observe_with_options(&self.root, &init);
    }

    /// The mount to refresh, found from the live mounts by article element.
    fn mount_hint(&self) -> Option<Weak<Mount>> {
        super::mount::all()
            .into_iter()
            .find(|m| m.root.is_same_node(Some(&self.root)))
            .map(|m| Rc::downgrade(&m))
    }
}

impl Drop for LiveObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
        self.pending.borrow_mut().take();
    }
}

fn schedule_refresh(pending: &Rc<RefCell<Option<Timeout>>>, mount: Weak<Mount>) {
    let slot = Rc::clone(pending);
    let timeout = Timeout::new(SETTLE_MS, move || {
        slot.borrow_mut().take();
        if let Some(mount) = mount.upgrade() {
            mount.refresh();
        }
    });
    if let Ok(mut pending) = pending.try_borrow_mut() {
        *pending = Some(timeout);
    }
}
