//! whosaid: finds every named person in a news article, groups the ways the article names them,
//! takes the role it gives them and attributes what they said.
//!
//! The core is pure Rust with no DOM: text in, [`Analysis`] out. The stages run in one direction:
//! segment → people → roles → quotes → attribution, one module each. The browser widget (wasm32 only) is
//! the one part that touches a page.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod analysis;
mod attribution;
mod case;
mod editorial;
mod furniture;
mod incremental;
mod invisible;
#[cfg(any(target_arch = "wasm32", test))]
mod json;
mod lexicon;
mod order;
mod people;
mod quotes;
mod roles;
mod segment;
mod utf16;

#[cfg(target_arch = "wasm32")]
mod bindings;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
mod widget;

pub use analysis::{Analysis, Person, Quote, QuoteKind, Span, FORMAT};
pub use editorial::{
    parse_analysis, place_edited, validate, AnalysisError, ItemKind, Mismatch, Placed, Why,
};
pub use incremental::{Analyser, Progress};
pub use invisible::Visible;

use std::collections::HashSet;
use std::ops::Range;

use segment::Document;
use utf16::Utf16Offsets;

/// Analyses one article: its named people, their roles and what each said.
///
/// Offsets in the result are UTF-16 code units into `text`.
/// A long article can be analysed in steps instead, with [`Analyser`]; the result is the same.
pub fn analyze(text: &str) -> Analysis {
    let visible = Visible::new(text);
    Analyser::new(&visible).finish()
}

/// Turns token ranges into the public, UTF-16-indexed [`Analysis`], with offsets into the original
/// text.
struct Output<'d> {
    doc: &'d Document<'d>,
    visible: &'d invisible::Visible<'d>,
    offsets: Utf16Offsets,
}

impl<'d> Output<'d> {
    fn new(doc: &'d Document<'d>, visible: &'d invisible::Visible<'d>) -> Self {
        Output {
            doc,
            visible,
            offsets: Utf16Offsets::new(visible.original),
        }
    }

    fn bytes(&self, tokens: &Range<usize>) -> Range<usize> {
        self.doc.token(tokens.start).start..self.doc.token(tokens.end - 1).end
    }

    fn text(&self, tokens: &Range<usize>) -> &'d str {
        &self.doc.text[self.bytes(tokens)]
    }

    fn span(&self, tokens: &Range<usize>) -> Span {
        let bytes = self.bytes(tokens);
        let original = self.visible.start(bytes.start)..self.visible.end(bytes.end);
        Span {
            start: self.offsets.at(original.start),
            end: self.offsets.at(original.end),
            text: self.visible.original[original].to_owned(),
        }
    }

    fn analysis(
        &self,
        people: &people::People,
        roles: &[Option<Range<usize>>],
        said: &[attribution::Attributed],
    ) -> Analysis {
        let mut ids = HashSet::new();
        let persons = people
            .persons
            .iter()
            .enumerate()
            .map(|(i, person)| {
                let name = display_name(&person.name);
                let quotes = said
                    .iter()
                    .filter(|a| a.person == i)
                    .map(|a| self.quote(a))
                    .collect();
                Person {
                    id: unique_id(&name, &mut ids),
                    role: roles[i].as_ref().map(|r| self.text(r).to_owned()),
                    mentions: person
                        .mentions
                        .iter()
                        .map(|&m| self.span(&people.mention(m).tokens))
                        .collect(),
                    quotes,
                    name,
                }
            })
            .collect();
        Analysis {
            format: FORMAT,
            people: persons,
        }
    }

    fn quote(&self, a: &attribution::Attributed) -> Quote {
        let span = self.span(&a.content);
        Quote {
            kind: a.kind,
            text: span.text,
            cue: a.cue.as_ref().map(|c| self.text(c).to_owned()),
            start: span.start,
            end: span.end,
        }
    }
}

/// A name as a card shows it: an all-capitals byline ("JOHN SMITH") in title case.
fn display_name(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(case::lower_letters(c));
        }
        word_start = !c.is_alphanumeric();
    }
    out
}

/// A slug of the name ("dmitry-peskov"), made unique with a number when two people share it.
fn unique_id(name: &str, taken: &mut HashSet<String>) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(case::lower_letters) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    let slug = if slug.is_empty() {
        "person".to_owned()
    } else {
        slug
    };
    let mut id = slug.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = format!("{slug}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_slugs_and_unique() {
        let mut taken = HashSet::new();
        assert_eq!(unique_id("Dmitry Peskov", &mut taken), "dmitry-peskov");
        assert_eq!(unique_id("Dmitry  Peskov", &mut taken), "dmitry-peskov-2");
        assert_eq!(unique_id("Gérald Darmanin", &mut taken), "gérald-darmanin");
    }

    #[test]
    fn bylines_in_capitals_read_as_names() {
        assert_eq!(display_name("JOHN O'NEILL"), "John O'Neill");
        assert_eq!(display_name("Lula da Silva"), "Lula da Silva");
    }

    #[test]
    fn offsets_are_utf16() {
        let a = analyze("😀 Kremlin spokesman Dmitry Peskov said the talks would go on.");
        let m = &a.people[0].mentions[0];
        assert_eq!((m.start, m.end), (21, 34));
    }
}
