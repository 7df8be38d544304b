//! The browser widget: marks every named mention in an article and gives each person a hover
//! card. Data flows one way: read the article's text (`dom_text`) → the core's analysis →
//! wrap the mentions (`wrap`) → cards and the people list on demand (`events`, `card`).
//!
//! `api` holds the only wasm-bindgen exports; the browser tests compile the rest of this module
//! directly, so it is left out of test builds (where the rest is then reached only by tests).
#![cfg_attr(test, allow(dead_code))]

#[cfg(not(test))]
mod api;
pub mod card;
pub mod content;
pub mod dom_text;
pub mod edited;
pub mod events;
pub mod guard;
pub mod live;
pub mod mount;
pub mod options;
pub mod optout;
pub mod passage;
pub mod people_list;
pub mod position;
pub mod slices;
pub mod style;
pub mod wrap;
