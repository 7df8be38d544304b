//! JavaScript objects built and read by property name: option objects for DOM calls
//! (`attachShadow`, `observe`, `scrollIntoView`) and the plain values of events and geometry.
//! web-sys's typed dictionaries import one JavaScript setter per field (its enums carry string
//! tables), and its getters one import each, plus an `instanceof` test per subtype; one
//! `Reflect.get` and one `Reflect.set` serve them all.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

/// `{ key: value, ... }`, to pass as the dictionary type a web-sys method takes (`unchecked_into`).
pub fn dictionary(entries: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in entries {
        set_property(&object, key, value);
    }
    object
}

/// Sets a property of `target` (a document's or shadow root's `adoptedStyleSheets`...).
pub fn set_property(target: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// A property of `target` (an event's `key`, a rectangle's `top`...), `undefined` where it has none.
pub fn property(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A numeric property of `target`, if it has one.
pub fn number(target: &JsValue, name: &str) -> Option<f64> {
    property(target, name).as_f64()
}
