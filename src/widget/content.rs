//! The person's content, shared by the card and the people list. Built with `createElement` and
//! `textContent` only: article text reaches the page as text, never as markup.

use wasm_bindgen::UnwrapThrowExt;
use web_sys::{Document, Element, Node};

use crate::{Person, QuoteKind};

/// Marks a "show in article" button with the index of its quote.
pub const QUOTE_INDEX_ATTRIBUTE: &str = "data-quote";
/// Marks an element with the index of the person it shows.
pub const PERSON_INDEX_ATTRIBUTE: &str = "data-person";

/// Creates `<tag class="class">text</tag>`. Reflected properties (`className`, `id`, `hidden`,
/// `tabIndex`) are set as their attributes throughout: one import, `setAttribute`, for them all. The tags are the widget's own, which `createElement`
/// always accepts: no caller carries an error path for it (were one refused, the call throws).
pub fn element(document: &Document, tag: &str, class: &str, text: Option<&str>) -> Element {
    let element = document.create_element(tag).unwrap_throw();
    if !class.is_empty() {
        set_attribute(&element, "class", class);
    }
    if let Some(text) = text {
        element.set_text_content(Some(text));
    }
    element
}

/// Appends a freshly built child, passing on a failure to build it.
pub fn append(parent: &Element, child: Option<Element>) -> Option<()> {
    let child = child?;
    append_child(parent, &child);
    Some(())
}

/// Sets an attribute of an element the widget built, under a name of its own: such a call cannot
/// fail, so no call site carries the error path (one out-of-line copy instead).
#[inline(never)]
pub fn set_attribute(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

/// Appends a node the widget built to one it built (or its shadow root), which cannot fail.
#[inline(never)]
pub fn append_child(parent: &Node, child: &Node) {
    let _ = parent.append_child(child);
}

/// Initials for the round badge: first letters of the first and last words of the name.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let first = words.first().and_then(|w| w.chars().next());
    let last = words
        .get(1..)
        .and_then(|rest| rest.last())
        .and_then(|w| w.chars().next());
    // Names open with capitals already; ASCII upper-casing covers "al-Masri" without linking the
    // Unicode case tables into the wasm.
    first
        .into_iter()
        .chain(last)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// "Mentioned 3 times · 2 quotes": how present the person is in the article.
pub fn summary_line(person: &Person) -> String {
    let mentions = match person.mentions.len() {
        0 | 1 => "Mentioned once".to_string(),
        n => format!("Mentioned {n} times"),
    };
    match person.quotes.len() {
        0 => mentions,
        1 => format!("{mentions} · 1 quote"),
        n => format!("{mentions} · {n} quotes"),
    }
}

/// The label a quote carries: direct words as a quote, reported speech as reported.
pub fn kind_label(kind: QuoteKind, cue: Option<&str>) -> String {
    let label = match kind {
        QuoteKind::Direct => "Quote",
        QuoteKind::Mixed => "Partly quoted",
        QuoteKind::Indirect => "Reported",
    };
    match cue {
        Some(cue) if !cue.trim().is_empty() => format!("{label} · {}", cue.trim()),
        _ => label.to_string(),
    }
}

/// The first words of a quote, so each "Show in article" button has a distinct accessible name.
fn excerpt(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        return words.join(" ");
    }
    format!("{}\u{2026}", words[..WORDS].join(" "))
}

/// The badge, name (as a heading with `heading_id`), role and summary line.
pub fn header(
    document: &Document,
    person: &Person,
    heading_id: &str,
    heading_tag: &str,
) -> Element {
    let head = element(document, "div", "head", None);
    let avatar = element(document, "div", "avatar", Some(&initials(&person.name)));
    set_attribute(&avatar, "aria-hidden", "true");
    let who = element(document, "div", "who", None);
    let name = element(document, heading_tag, "name", Some(&person.name));
    set_attribute(&name, "id", heading_id);
    append_child(&who, &name);
    if let Some(role) = person
        .role
        .as_deref()
        .filter(|role| !role.trim().is_empty())
    {
        append_child(&who, &element(document, "p", "role", Some(role)));
    }
    append_child(
        &who,
        &element(document, "p", "meta", Some(&summary_line(person))),
    );
    append_child(&head, &avatar);
    append_child(&head, &who);
    head
}

/// The quotes in article order, each with a button that shows it in the article; or, for a
/// person never quoted, a line that says so.
pub fn quotes(document: &Document, person: &Person) -> Element {
    let body = element(document, "div", "body", None);
    if person.quotes.is_empty() {
        let empty = format!("{} is not quoted in this article.", person.name);
        append_child(&body, &element(document, "p", "empty", Some(&empty)));
        return body;
    }
    let list = element(document, "ol", "quotes", None);
    for (index, quote) in person.quotes.iter().enumerate() {
        let class = if quote.kind == QuoteKind::Direct {
            "quote direct"
        } else {
            "quote reported"
        };
        let item = element(document, "li", class, None);
        append_child(
            &item,
            &element(
                document,
                "span",
                "kind",
                Some(&kind_label(quote.kind, quote.cue.as_deref())),
            ),
        );
        append_child(&item, &element(document, "p", "text", Some(&quote.text)));
        let jump = element(document, "button", "jump", Some("Show in article"));
        set_attribute(&jump, "type", "button");
        set_attribute(&jump, QUOTE_INDEX_ATTRIBUTE, &index.to_string());
        set_attribute(
            &jump,
            "aria-label",
            &format!("Show in article: {}", excerpt(&quote.text)),
        );
        append_child(&item, &jump);
        append_child(&list, &item);
    }
    append_child(&body, &list);
    body
}
