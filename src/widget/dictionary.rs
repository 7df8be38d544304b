//! Option objects for DOM calls (`attachShadow`, `observe`, `scrollIntoView`), built as plain
//! objects: web-sys's typed dictionaries import one JavaScript setter per field, and its enums
//! carry string tables, all of which the wasm would ship.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

/// `{ key: value, ... }`, to pass as the dictionary type a web-sys method takes (`unchecked_into`).
pub fn dictionary(entries: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in entries {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}
