//! The contract every `Analysis` keeps, whatever text it came from. Shared by the robustness tests
//! and the fuzz target, so a fuzzer crash and a failing test mean the same broken rule.

use std::collections::HashSet;
use whosaid::{Analysis, Person, FORMAT};

/// Checks `analysis` against the `text` it was made from; the error names the broken rule.
pub fn check_well_formed(text: &str, analysis: &Analysis) -> Result<(), String> {
    if analysis.format != FORMAT {
        return Err(format!("format is {}, not {FORMAT}", analysis.format));
    }
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut ids = HashSet::new();
    for person in &analysis.people {
        check_person(&utf16, person)
            .map_err(|broken| format!("person {:?}: {broken}", person.id))?;
        if !ids.insert(person.id.as_str()) {
            return Err(format!("id {:?} is given to two people", person.id));
        }
    }
    Ok(())
}

fn check_person(utf16: &[u16], person: &Person) -> Result<(), String> {
    if person.id.trim().is_empty() || person.name.trim().is_empty() {
        return Err(format!("empty id or name ({:?})", person.name));
    }
    if person.mentions.is_empty() {
        return Err("a named person with no mention".to_owned());
    }
    for mention in &person.mentions {
        check_span(utf16, mention.start, mention.end, &mention.text)
            .map_err(|broken| format!("mention: {broken}"))?;
    }
    for quote in &person.quotes {
        check_span(utf16, quote.start, quote.end, &quote.text)
            .map_err(|broken| format!("{:?} quote: {broken}", quote.kind))?;
    }
    check_article_order(
        "mentions",
        person.mentions.iter().map(|mention| mention.start),
    )?;
    check_article_order("quotes", person.quotes.iter().map(|quote| quote.start))
}

/// `start..end` must be a non-empty UTF-16 range inside the text that decodes to exactly
/// `expected`; decoding fails when the range cuts a surrogate pair, as a DOM Range would.
fn check_span(utf16: &[u16], start: usize, end: usize, expected: &str) -> Result<(), String> {
    if start >= end {
        return Err(format!("empty or reversed range {start}..{end}"));
    }
    let Some(units) = utf16.get(start..end) else {
        return Err(format!(
            "range {start}..{end} runs past the text's {} units",
            utf16.len()
        ));
    };
    match String::from_utf16(units) {
        Ok(sliced) if sliced == expected => Ok(()),
        Ok(sliced) => Err(format!(
            "range {start}..{end} holds {:?}, not {:?}",
            preview(&sliced),
            preview(expected)
        )),
        Err(_) => Err(format!("range {start}..{end} cuts a surrogate pair")),
    }
}

/// The schema lists mentions and quotes "in article order".
fn check_article_order(what: &str, starts: impl Iterator<Item = usize>) -> Result<(), String> {
    let starts: Vec<usize> = starts.collect();
    match starts.windows(2).find(|pair| pair[0] > pair[1]) {
        Some(pair) => Err(format!(
            "{what} out of article order: {} before {}",
            pair[0], pair[1]
        )),
        None => Ok(()),
    }
}

/// The first characters of `text`, so a failure on a megabyte of input stays readable.
fn preview(text: &str) -> String {
    const SHOWN: usize = 80;
    match text.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
