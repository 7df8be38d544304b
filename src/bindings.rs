//! The JavaScript face of the core, shared by both wasm builds: the TypeScript types of
//! [`Analysis`] and its conversion to a plain JS object. Without the widget feature this module also
//! exports `analyze` itself; with it, the widget exports a guarded `analyze` beside `mount`.

use wasm_bindgen::prelude::*;

use crate::Analysis;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** How a quote reports speech. */
export type QuoteKind = "direct" | "mixed" | "indirect";
/** A stretch of the analysed text; offsets are UTF-16 code units, end exclusive. */
export interface Span { start: number; end: number; text: string; }
/** One thing a person said. */
export interface Quote { kind: QuoteKind; text: string; cue: string | null; start: number; end: number; }
/** One named person and everything the article attributes to them. */
export interface Person { id: string; name: string; role: string | null; mentions: Span[]; quotes: Quote[]; }
/** Everything whosaid found in one article (format 1). */
export interface Analysis { format: 1; people: Person[]; }
/** A mention or quote of an edited analysis that is not in the article, so not shown. */
export interface Mismatch { person: string; kind: "mention" | QuoteKind; text: string; why: "empty" | "not-in-text" | "taken"; }
/** Analyses an article's text. Works in Node and workers: it never touches the DOM. */
export function analyze(text: string): Analysis;
"#;

/// The analysis as a plain JS object, made by `JSON.parse` from the JSON the core writes.
/// (Unit-test builds leave out the widget's exports, its only caller with the widget feature.)
#[cfg_attr(test, allow(dead_code))]
pub fn to_js(analysis: &Analysis) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&crate::json::to_json(analysis))
}

/// Analyses text and returns the Analysis object.
#[cfg(not(feature = "widget"))]
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_text(text: &str) -> Result<JsValue, JsValue> {
    to_js(&crate::analyze(text))
}
