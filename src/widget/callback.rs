//! The browser's callbacks into the widget: event listeners, timers and a yield to the next task.
//! Every listener shares one closure type and every timer another (each closure type costs its own
//! glue in the wasm); dropping a listener removes it and dropping a timer cancels it.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

/// An event listener, removed when dropped.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    /// Listens for `kind` events on `target`, in the capture phase if `capture`.
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        capture: bool,
        handler: Box<dyn Fn(&Event)>,
    ) -> Listener {
        let callback = Closure::<dyn FnMut(Event)>::new(move |event: Event| handler(&event));
        let _ = target.add_event_listener_with_callback_and_bool(
            kind,
            callback.as_ref().unchecked_ref(),
            capture,
        );
        Listener {
            target: target.clone(),
            kind,
            capture,
            callback,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.kind,
            self.callback.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

/// A pending `setTimeout`, cancelled when dropped.
pub struct Timeout {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Runs `work` once after `delay_ms`; `None` where the page has no window to time it.
    pub fn new(delay_ms: u32, work: Box<dyn FnOnce()>) -> Option<Timeout> {
        let callback = Closure::<dyn FnMut()>::once(work);
        let id = web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                i32::try_from(delay_ms).unwrap_or(i32::MAX),
            )
            .ok()?;
        Some(Timeout {
            id,
            _callback: callback,
        })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

/// Gives the browser a turn (input, rendering) before the caller goes on: resolves in a task of
/// its own, through a zero-delay timer.
pub fn next_task() -> impl Future<Output = ()> {
    NextTask::default()
}

#[derive(Default)]
struct NextTask {
    done: Rc<Cell<bool>>,
    timer: Option<Timeout>,
}

impl Future for NextTask {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<()> {
        if self.done.get() {
            return Poll::Ready(());
        }
        if self.timer.is_none() {
            let done = Rc::clone(&self.done);
            let waker = context.waker().clone();
            self.timer = Timeout::new(
                0,
                Box::new(move || {
                    done.set(true);
                    waker.wake();
                }),
            );
            // Without a timer nothing would wake this task: go on at once instead.
            if self.timer.is_none() {
                return Poll::Ready(());
            }
        }
        Poll::Pending
    }
}
