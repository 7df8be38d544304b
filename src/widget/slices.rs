//! Long articles are analysed a step at a time ([`crate::Analyser`]), with the page given a turn
//! between steps, so no single task runs long. The steps give exactly what `analyze()` gives.

use std::future::Future;

use wasm_bindgen::closure::ScopedClosure;
use wasm_bindgen::{JsCast, JsValue};

use crate::{Analyser, Analysis, Progress, Visible};

/// Analyses `text` in steps, awaiting `pause` before each; `None` when `pause` answers that the
/// work is no longer wanted, an `Err` when a step failed inside the wasm.
pub async fn analyze_in_steps<Pause, Turn>(
    text: &str,
    mut pause: Pause,
) -> Option<Result<Analysis, JsValue>>
where
    Pause: FnMut() -> Turn,
    Turn: Future<Output = bool>,
{
    let visible = Visible::new(text);
    let mut analyser = Analyser::new(&visible);
    loop {
        if !pause().await {
            return None;
        }
        match guarded_step(analyser) {
            Ok(Progress::Working(next)) => analyser = next,
            Ok(Progress::Done(analysis)) => return Some(Ok(analysis)),
            Err(error) => return Some(Err(error)),
        }
    }
}

/// One step behind a JavaScript call boundary, as `guard::run` runs a whole analysis: a trap
/// inside the step comes back as an `Err` before the article has been touched.
fn guarded_step(analyser: Analyser<'_>) -> Result<Progress<'_>, JsValue> {
    let mut analyser = Some(analyser);
    let mut progress = None;
    let mut work = || progress = analyser.take().map(Analyser::step);
    let closure = ScopedClosure::<dyn FnMut()>::borrow_mut(&mut work);
    let function: &js_sys::Function = closure.as_ref().unchecked_ref();
    function.call0(&JsValue::NULL)?;
    drop(closure);
    progress.ok_or_else(|| JsValue::from_str("the analysis step returned nothing"))
}
