//! Invisible characters inside words: a soft hyphen from a page's hyphenation ("Vladi&shy;mir"),
//! zero-width spaces, joiners and non-joiners, word joiners and stray byte-order marks. The stages
//! read the text without them, so a name is one word; offsets are mapped back, so every mention
//! and quote still slices the original text.

use std::borrow::Cow;

/// The text as the stages read it, and the way back to the original.
pub struct Visible<'t> {
    /// The original text.
    pub original: &'t str,
    /// The text without invisible characters inside words.
    pub text: Cow<'t, str>,
    /// Where characters were dropped: the byte offset in `text` before which they stood, and the
    /// bytes dropped up to there, in order.
    dropped: Vec<(usize, usize)>,
}

/// Zero-width and formatting characters that a page can put inside a word.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

impl<'t> Visible<'t> {
    /// Drops every run of invisible characters that stands between two letters or digits.
    pub fn new(original: &'t str) -> Self {
        if !original.chars().any(is_invisible) {
            return Visible {
                original,
                text: Cow::Borrowed(original),
                dropped: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut dropped = Vec::new();
        let mut total = 0;
        let mut chars = original.char_indices().peekable();
        let mut previous: Option<char> = None;
        while let Some((at, c)) = chars.next() {
            if is_invisible(c) && previous.is_some_and(char::is_alphanumeric) {
                let run_end = original[at..]
                    .char_indices()
                    .find(|&(_, n)| !is_invisible(n))
                    .map(|(offset, n)| (at + offset, n));
                if let Some((end, next)) = run_end.filter(|&(_, n)| n.is_alphanumeric()) {
                    total += end - at;
                    dropped.push((text.len(), total));
                    while chars.peek().is_some_and(|&(i, _)| i < end) {
                        chars.next();
                    }
                    previous = Some(next);
                    continue;
                }
            }
            text.push(c);
            previous = Some(c);
        }
        Visible {
            original,
            text: Cow::Owned(text),
            dropped,
        }
    }

    /// The original byte offset of the character starting at `at` in [`Visible::text`].
    pub fn start(&self, at: usize) -> usize {
        at + self.dropped_before(self.dropped.partition_point(|&(p, _)| p <= at))
    }

    /// The original byte offset just after the character ending at `at` in [`Visible::text`].
    pub fn end(&self, at: usize) -> usize {
        at + self.dropped_before(self.dropped.partition_point(|&(p, _)| p < at))
    }

    fn dropped_before(&self, entries: usize) -> usize {
        entries.checked_sub(1).map_or(0, |i| self.dropped[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_invisible_characters_inside_words_only() {
        let original = "\u{feff}Vladi\u{ad}mir Pu\u{200b}\u{200c}tin \u{200b}said";
        let visible = Visible::new(original);
        assert_eq!(visible.text, "\u{feff}Vladimir Putin \u{200b}said");
        let putin = visible.text.find("Putin").expect("Putin");
        let (start, end) = (visible.start(putin), visible.end(putin + "Putin".len()));
        assert_eq!(&original[start..end], "Pu\u{200b}\u{200c}tin");
        let vladimir = visible.text.find("Vladimir").expect("Vladimir");
        let end = visible.end(vladimir + "Vladimir".len());
        assert_eq!(&original[visible.start(vladimir)..end], "Vladi\u{ad}mir");
    }

    #[test]
    fn text_without_invisible_characters_is_borrowed() {
        assert!(matches!(
            Visible::new("Ann Lee said").text,
            Cow::Borrowed(_)
        ));
    }
}
