//! The widget's logic that needs no DOM, tested natively: when the card opens and closes, where it
//! goes, which parts of a page are not article text, and which mention is the keyboard stop. The modules are the widget's own source
//! (wasm32-only in the library), compiled here so `cargo test` reaches their unit tests.

#[allow(dead_code)]
#[path = "../src/case.rs"]
mod case;
#[allow(dead_code)]
#[path = "../src/widget/controller.rs"]
mod controller;
#[allow(dead_code)]
#[path = "../src/widget/furniture.rs"]
mod furniture;
#[allow(dead_code)]
#[path = "../src/widget/mentions.rs"]
mod mentions;
/// The crate's one sort, which the widget's modules call as `crate::order`.
#[allow(dead_code)]
#[path = "../src/order.rs"]
mod order;
#[allow(dead_code)]
#[path = "../src/widget/position.rs"]
mod position;

use whosaid::{Person, Span};
