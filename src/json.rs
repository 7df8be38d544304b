//! The Analysis as compact JSON, written by hand for the wasm build: JavaScript's `JSON.parse` then
//! makes the object, which costs far less download than a serialisation framework (the CLI keeps
//! serde_json, whose output a test compares with this).

use crate::{Analysis, Person, Quote, QuoteKind, Span};

/// `analysis` as compact JSON, the same object serde would write.
pub fn to_json(analysis: &Analysis) -> String {
    let mut out = String::with_capacity(256);
    out.push_str("{\"format\":");
    push_number(&mut out, analysis.format as usize);
    out.push_str(",\"people\":[");
    for (i, person) in analysis.people.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_person(&mut out, person);
    }
    out.push_str("]}");
    out
}

fn push_person(out: &mut String, person: &Person) {
    out.push_str("{\"id\":");
    push_string(out, &person.id);
    out.push_str(",\"name\":");
    push_string(out, &person.name);
    out.push_str(",\"role\":");
    push_optional(out, person.role.as_deref());
    out.push_str(",\"mentions\":[");
    for (i, mention) in person.mentions.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_span(out, mention);
    }
    out.push_str("],\"quotes\":[");
    for (i, quote) in person.quotes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_quote(out, quote);
    }
    out.push_str("]}");
}

fn push_span(out: &mut String, span: &Span) {
    out.push_str("{\"start\":");
    push_number(out, span.start);
    out.push_str(",\"end\":");
    push_number(out, span.end);
    out.push_str(",\"text\":");
    push_string(out, &span.text);
    out.push('}');
}

fn push_quote(out: &mut String, quote: &Quote) {
    out.push_str("{\"kind\":\"");
    out.push_str(match quote.kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Mixed => "mixed",
        QuoteKind::Indirect => "indirect",
    });
    out.push_str("\",\"text\":");
    push_string(out, &quote.text);
    out.push_str(",\"cue\":");
    push_optional(out, quote.cue.as_deref());
    out.push_str(",\"start\":");
    push_number(out, quote.start);
    out.push_str(",\"end\":");
    push_number(out, quote.end);
    out.push('}');
}

fn push_optional(out: &mut String, text: Option<&str>) {
    match text {
        Some(text) => push_string(out, text),
        None => out.push_str("null"),
    }
}

/// Decimal digits without `core::fmt`, whose machinery would be most of this module's size.
fn push_number(out: &mut String, mut number: usize) {
    let mut digits = [0u8; 20];
    let mut first = digits.len();
    loop {
        first -= 1;
        digits[first] = b'0' + (number % 10) as u8;
        number /= 10;
        if number == 0 {
            break;
        }
    }
    out.extend(digits[first..].iter().map(|&digit| char::from(digit)));
}

/// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
fn push_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(json: &str) -> serde_json::Value {
        serde_json::from_str(json).expect("valid JSON")
    }

    #[test]
    fn writes_what_serde_writes() {
        let heldout = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout");
        let mut texts: Vec<String> = std::fs::read_dir(heldout)
            .expect("the held-out articles")
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
            .map(|path| std::fs::read_to_string(path).expect("an article"))
            .collect();
        texts.push(String::new());
        let escapes =
            "Dmitry Peskov said “a \"quoted\" back\\slash\t\u{1} and \u{1f} 😀,” he said.";
        texts.push(escapes.into());
        for text in &texts {
            let analysis = crate::analyze(text);
            let expected = serde_json::to_value(&analysis).expect("serialises");
            assert_eq!(parsed(&to_json(&analysis)), expected);
        }
        let written = to_json(&crate::analyze(escapes));
        assert!(written.contains(r#"a \"quoted\" back\\slash\t\u0001 and \u001f 😀"#));
    }

    #[test]
    fn numbers_and_escapes() {
        let mut out = String::new();
        for number in [0, 7, 10, 4_294_967_295] {
            push_number(&mut out, number);
            out.push(' ');
        }
        push_string(&mut out, "a\"b\\c\u{8}\u{7f}é");
        assert_eq!(out, "0 7 10 4294967295 \"a\\\"b\\\\c\\u0008\u{7f}é\"");
    }
}
