//! A newsroom's edited analysis on the page: read from `mount`'s `analysis` option or from a
//! `<script type="application/json" data-whosaid-analysis>` inside or beside the article, placed
//! on the article's text by the core (`editorial`), and its mismatches reported once.

use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::guard;
use crate::{Analysis, AnalysisError, Mismatch, Placed};

/// The script element that carries an edited analysis for the article it is in or beside.
const SCRIPT_SELECTOR: &str = "script[type=\"application/json\"][data-whosaid-analysis]";

/// The `analysis` option of `mount`: an Analysis object or its JSON text; `None` when not given.
pub fn from_option(options: &JsValue) -> Result<Option<Rc<Analysis>>, JsValue> {
    if !options.is_object() {
        return Ok(None);
    }
    let value = Reflect::get(options, &JsValue::from_str("analysis"))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_string() {
        Some(json) => from_json(&json).map(Some),
        None => checked(read::analysis(&value)).map(Some),
    }
}

/// The edited analysis a script element inside the article, or right after it, carries; or one
/// right before it, unless that script directly follows another marked article (then it is that
/// article's).
pub fn from_page(article: &Element) -> Result<Option<Rc<Analysis>>, JsValue> {
    let inside = article.query_selector(SCRIPT_SELECTOR).ok().flatten();
    let after = article.next_element_sibling();
    let before = article.previous_element_sibling().filter(|script| {
        !script
            .previous_element_sibling()
            .is_some_and(|element| element.has_attribute("data-whosaid"))
    });
    let script = [inside, after, before]
        .into_iter()
        .flatten()
        .find(|element| element.matches(SCRIPT_SELECTOR).unwrap_or(false));
    match script.and_then(|script| script.text_content()) {
        Some(json) => from_json(&json).map(Some),
        None => Ok(None),
    }
}

/// Parses with the browser's own JSON parser: serde_json would add about 40 KB (gzip) to the wasm.
fn from_json(json: &str) -> Result<Rc<Analysis>, JsValue> {
    let value = js_sys::JSON::parse(json).map_err(|error| {
        let cause = js_sys::Error::from(error).message();
        to_error(&AnalysisError::Json(cause.into()))
    })?;
    checked(read::analysis(&value))
}

fn checked(read: Result<Analysis, String>) -> Result<Rc<Analysis>, JsValue> {
    let analysis = read.map_err(|cause| to_error(&AnalysisError::Json(cause)))?;
    crate::validate(&analysis).map_err(|error| to_error(&error))?;
    Ok(Rc::new(analysis))
}

fn to_error(error: &AnalysisError) -> JsValue {
    js_sys::Error::new(&format!("whosaid: {error}")).into()
}

/// Places the edited analysis on the article's text, behind the guard like the core's analysis.
pub fn place(text: &str, analysis: &Rc<Analysis>) -> Result<Placed, JsValue> {
    let analysis = Rc::clone(analysis);
    guard::run(text.to_owned(), move |text| {
        crate::place_edited(&text, &analysis)
    })
}

/// The one console message for the entries that are not shown.
pub fn warn(mismatches: &[Mismatch]) {
    if mismatches.is_empty() {
        return;
    }
    web_sys::console::warn_2(
        &JsValue::from_str(&format!(
            "whosaid: {} quotes or names of the given analysis are not in this article and are not shown:",
            mismatches.len()
        )),
        &to_js(mismatches),
    );
}

/// The mismatches as plain objects: `{ person, kind, text, why }`.
pub fn to_js(mismatches: &[Mismatch]) -> Array {
    mismatches
        .iter()
        .map(|mismatch| {
            let object = Object::new();
            let fields = [
                ("person", mismatch.person.as_str()),
                ("kind", mismatch.kind.as_str()),
                ("text", mismatch.text.as_str()),
                ("why", mismatch.why.as_str()),
            ];
            for (key, value) in fields {
                let _ = Reflect::set(&object, &key.into(), &value.into());
            }
            object.unchecked_into::<JsValue>()
        })
        .collect()
}

/// Reads an Analysis from a plain JS object, field by field, with the same defaults as the
/// core's JSON reading: offsets, mentions and quotes may be left out, `role` and `cue` may be null.
mod read {
    use js_sys::{Array, Reflect};
    use wasm_bindgen::JsValue;

    use crate::{Analysis, Person, Quote, QuoteKind, Span};

    /// An error names the field: "people[1].quotes[0].kind: ...".
    type Read<T> = Result<T, String>;

    pub fn analysis(value: &JsValue) -> Read<Analysis> {
        Ok(Analysis {
            format: number(value, "format")? as u32,
            people: list(value, "people", person)?,
        })
    }

    fn person(value: &JsValue) -> Read<Person> {
        Ok(Person {
            id: string(value, "id")?,
            name: string(value, "name")?,
            role: optional_string(value, "role")?,
            mentions: optional_list(value, "mentions", span)?,
            quotes: optional_list(value, "quotes", quote)?,
        })
    }

    fn span(value: &JsValue) -> Read<Span> {
        Ok(Span {
            start: offset(value, "start")?,
            end: offset(value, "end")?,
            text: string(value, "text")?,
        })
    }

    fn quote(value: &JsValue) -> Read<Quote> {
        let kind = match string(value, "kind")?.as_str() {
            "direct" => QuoteKind::Direct,
            "mixed" => QuoteKind::Mixed,
            "indirect" => QuoteKind::Indirect,
            _ => return Err("kind: not \"direct\", \"mixed\" or \"indirect\"".to_owned()),
        };
        Ok(Quote {
            kind,
            text: string(value, "text")?,
            cue: optional_string(value, "cue")?,
            start: offset(value, "start")?,
            end: offset(value, "end")?,
        })
    }

    fn field(value: &JsValue, key: &str) -> JsValue {
        Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn missing(value: &JsValue) -> bool {
        value.is_undefined() || value.is_null()
    }

    fn string(value: &JsValue, key: &str) -> Read<String> {
        field(value, key)
            .as_string()
            .ok_or_else(|| format!("{key}: not a string"))
    }

    fn optional_string(value: &JsValue, key: &str) -> Read<Option<String>> {
        let found = field(value, key);
        if missing(&found) {
            return Ok(None);
        }
        found
            .as_string()
            .map(Some)
            .ok_or_else(|| format!("{key}: not a string or null"))
    }

    fn number(value: &JsValue, key: &str) -> Read<f64> {
        field(value, key)
            .as_f64()
            .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX))
            .ok_or_else(|| format!("{key}: not a whole number"))
    }

    /// An offset left out (a quote added by hand) is 0: the entry is then found by its text.
    fn offset(value: &JsValue, key: &str) -> Read<usize> {
        if missing(&field(value, key)) {
            return Ok(0);
        }
        number(value, key).map(|n| n as usize)
    }

    fn list<T>(value: &JsValue, key: &str, item: fn(&JsValue) -> Read<T>) -> Read<Vec<T>> {
        let found = field(value, key);
        if !Array::is_array(&found) {
            return Err(format!("{key}: not an array"));
        }
        let mut items = Vec::new();
        for (index, entry) in Array::from(&found).iter().enumerate() {
            items.push(item(&entry).map_err(|cause| format!("{key}[{index}].{cause}"))?);
        }
        Ok(items)
    }

    fn optional_list<T>(value: &JsValue, key: &str, item: fn(&JsValue) -> Read<T>) -> Read<Vec<T>> {
        if missing(&field(value, key)) {
            return Ok(Vec::new());
        }
        list(value, key, item)
    }
}
