//! The browser widget: marks every named mention in an article and gives each person a hover
//! card. Imports run one way, from the page down to plain logic:
//!
//! `api` (the wasm-bindgen exports) → `page` (the registry of mounts and the off switch) →
//! `mount` (one article: read, analyse, wrap, apply the card's effects) → `events` (DOM events
//! as inputs), `card`, `people_list`, `wrap`, `dom_text`, `live`, … → the plain modules
//! `controller` (when the card opens and closes), `position` (where it goes), `furniture`
//! (what is not article text) and `mentions` (which mention is each person's keyboard stop), which use no DOM and are tested natively (`tests/widget_logic.rs`).
//!
//! The browser tests compile this module directly, without `api`, so there the rest of it is
//! reached only by tests.
#![cfg_attr(test, allow(dead_code))]

#[cfg(not(test))]
mod api;
pub mod callback;
pub mod card;
pub mod content;
pub mod controller;
pub mod dom_text;
pub mod edited;
pub mod events;
pub mod furniture;
pub mod guard;
pub mod js_object;
pub mod live;
pub mod mentions;
pub mod mount;
pub mod options;
pub mod optout;
pub mod page;
pub mod passage;
pub mod people_list;
pub mod position;
pub mod slices;
pub mod style;
pub mod wrap;
