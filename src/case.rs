//! Lower case as the standard library writes it, from a table `build.rs` makes small: the
//! standard library's own case table is some 11 KB of the wasm, these runs under 3 KB.

// LOWERCASE_RUNS: (first letter, distance to its lower case, letters in the run, step between
// them), sorted by first letter; written by build.rs from `char::to_lowercase`.
include!(concat!(env!("OUT_DIR"), "/lowercase.rs"));

/// The one letter whose lower case is two: "İ" is "i" and a combining dot above.
const CAPITAL_I_WITH_DOT: char = '\u{130}';

/// The lower case of a letter that has a one-letter lower case (every letter but "İ").
fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let code = u32::from(c);
    let run = LOWERCASE_RUNS.partition_point(|&(first, ..)| first <= code);
    let Some(&(first, distance, count, step)) = run.checked_sub(1).map(|i| &LOWERCASE_RUNS[i])
    else {
        return c;
    };
    let offset = code - first;
    let in_run = offset % u32::from(step) == 0 && offset / u32::from(step) < u32::from(count);
    if !in_run {
        return c;
    }
    code.checked_add_signed(distance)
        .and_then(char::from_u32)
        .unwrap_or(c)
}

/// The lower case of a letter, as `char::to_lowercase` gives it.
pub fn lower_letters(c: char) -> impl Iterator<Item = char> {
    let (first, second) = if c == CAPITAL_I_WITH_DOT {
        ('i', Some('\u{307}'))
    } else {
        (lower(c), None)
    };
    std::iter::once(first).chain(second)
}

/// `text` in lower case, as `str::to_lowercase` writes it: capital sigma ends a word as "ς".
/// Unicode's rule for a word's end looks past case-ignorable characters; this looks past the
/// apostrophes, dots and combining accents that Greek text has, not past every one of them.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if c == 'Σ' {
            out.push(if ends_word(text, at) { 'ς' } else { 'σ' });
        } else {
            out.extend(lower_letters(c));
        }
    }
    out
}

/// Whether the capital sigma at `at` ends a word: a cased letter before it, none after it.
fn ends_word(text: &str, at: usize) -> bool {
    let before = text[..at].chars().rev();
    let after = text[at + 'Σ'.len_utf8()..].chars();
    cased_first(before) && !cased_first(after)
}

/// Whether the first character of `chars` that is not case-ignorable has case.
fn cased_first(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !is_case_ignorable(c)).is_some_and(is_cased)
}

/// Whether a letter has case (Unicode's "Cased"): upper, lower or title case.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || lower(c) != c
}

/// The case-ignorable characters a word has in Greek or Latin text: apostrophes, the dots of
/// abbreviations, a soft hyphen, the middle dot and combining accents.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2018}' | '\u{2019}' | '\u{300}'
            ..='\u{36F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_letter_lowers_as_the_standard_library_lowers_it() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert!(
                lower_letters(c).eq(c.to_lowercase()),
                "{c:?} ({:#x})",
                u32::from(c)
            );
        }
    }

    #[test]
    fn text_lowers_as_the_standard_library_lowers_it() {
        for text in [
            "Dmitry PESKOV",
            "ÀÉÎÕÜ Ærø ẞ Ǆungla",
            "İSTANBUL",
            "ΟΔΥΣΣΕΥΣ Σ ΑΣ, ΣΑ ΑΣ' Β ΑΣ.Β ΆΣ́",
            "Ашот ԱՐԱՄ ᲛᲐᲠᲘ Ⴀ",
            "NGUYỄN THỊ ĐẶNG",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }
}
