//! Segmenting: text → tokens, sentences and paragraphs, with byte offsets into the text.
//!
//! One linear pass. Words keep inner apostrophes, hyphens and the dots of initials and acronyms
//! ("O'Neill", "Shin-Wook", "A.J.", "U.S."); a possessive "'s" is split off so "Putin's" yields
//! the name "Putin". Every other non-space character is a token of its own.

use std::ops::Range;

use crate::lexicon;

/// What a token is, as later stages need to tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits) forming a word, abbreviation or number.
    Word,
    /// A single punctuation or symbol character.
    Punct,
}

/// One token: its kind, byte range and where it sits.
#[derive(Debug, Clone)]
pub struct Token {
    /// Word or punctuation.
    pub kind: TokenKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Index of the sentence holding the token.
    pub sentence: usize,
    /// Index of the paragraph holding the token.
    pub paragraph: usize,
}

/// The article cut into tokens, sentences and paragraphs.
#[derive(Debug)]
pub struct Document<'t> {
    /// The text analysed.
    pub text: &'t str,
    /// All tokens in order.
    pub tokens: Vec<Token>,
    /// Token index ranges, one per sentence.
    pub sentences: Vec<Range<usize>>,
    /// Token index ranges, one per paragraph.
    pub paragraphs: Vec<Range<usize>>,
    /// Every token folded once, so the stages' word tests borrow it instead of building a string
    /// per test.
    folded: FoldedWords,
}

/// The tokens as the word lists hold them ([`lexicon::folded`]), end to end in one string.
#[derive(Debug, Default)]
struct FoldedWords {
    text: String,
    ends: Vec<usize>,
}

impl FoldedWords {
    fn push(&mut self, word: &str) {
        self.text.push_str(&lexicon::folded(word));
        self.ends.push(self.text.len());
    }

    fn word(&self, t: usize) -> &str {
        let start = t.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.text[start..self.ends[t]]
    }
}

impl<'t> Document<'t> {
    /// Segments `text` in one call, for the stages' unit tests; the pipeline segments a stretch
    /// at a time ([`Segmenter`]).
    #[cfg(test)]
    pub fn new(text: &'t str) -> Self {
        Segmenter::new(text).finish()
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        let t = self.token(i);
        &self.text[t.start..t.end]
    }

    /// Token `i` as the word lists hold it ([`lexicon::folded`]).
    pub fn folded(&self, i: usize) -> &str {
        self.folded.word(i)
    }

    /// Token `i`; one call, not an index check at every read.
    pub fn token(&self, i: usize) -> &Token {
        &self.tokens[i]
    }

    /// Whether token `i` is a word, not punctuation: one call, not an index check at every test.
    pub fn is_word(&self, i: usize) -> bool {
        self.token(i).kind == TokenKind::Word
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is(&self, i: usize, c: char) -> bool {
        i < self.tokens.len() && !self.is_word(i) && self.word(i).starts_with(c)
    }

    /// Whether token `i` is a word starting with an upper-case letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether token `i` is a dot that ends an abbreviation or an initial rather than a sentence:
    /// "Mr.", "T.", "Jan.", or one closing a bracket ("(D-Ore.)").
    pub fn is_abbreviation_dot(&self, i: usize) -> bool {
        self.is_attached_dot(i) && (is_abbreviation(self.word(i - 1)) || self.is(i + 1, ')'))
    }

    /// Whether token `i` is a dot written against the word before it, as an abbreviation's is
    /// ("Gov.", "D.C.").
    pub fn is_attached_dot(&self, i: usize) -> bool {
        self.is(i, '.')
            && i > 0
            && self.is_word(i - 1)
            && self.token(i - 1).end == self.token(i).start
    }

    /// The sentence token range holding token `i`.
    pub fn sentence_of(&self, i: usize) -> Range<usize> {
        self.sentences[self.token(i).sentence].clone()
    }

    /// Gives the raw tokens from the first without a sentence up to `end` their sentence and
    /// paragraph; each needs the token after it, so only the last may be given before all are read.
    fn assign_units(&mut self, raw: &[RawToken], end: usize) {
        let mut sentence_start = self.sentences.last().map_or(0, |s| s.end);
        let mut paragraph_start = self.paragraphs.last().map_or(0, |p| p.end);
        let count = raw.len();
        for (i, token) in raw.iter().enumerate().take(end).skip(self.tokens.len()) {
            let paragraph_ends = i + 1 == count || raw[i + 1].paragraph_break_before;
            let sentence_ends =
                paragraph_ends || ends_sentence(self.text, raw, i) || ends_line(self.text, raw, i);
            self.tokens.push(Token {
                kind: token.kind,
                start: token.start,
                end: token.end,
                sentence: self.sentences.len(),
                paragraph: self.paragraphs.len(),
            });
            self.folded.push(&self.text[token.start..token.end]);
            if sentence_ends {
                self.sentences.push(sentence_start..i + 1);
                sentence_start = i + 1;
            }
            if paragraph_ends {
                self.paragraphs.push(paragraph_start..i + 1);
                paragraph_start = i + 1;
            }
        }
    }
}

/// Segments a text a stretch at a time, so a long article is segmented in bounded steps; what it
/// finishes is the [`Document`] of the whole text, as if segmented at once.
pub struct Segmenter<'t> {
    doc: Document<'t>,
    raw: Vec<RawToken>,
    scan: Scan,
    /// Whether the text marks paragraphs with blank lines, judged over all of it.
    blank_lines: bool,
}

impl<'t> Segmenter<'t> {
    /// Starts segmenting `text`.
    pub fn new(text: &'t str) -> Self {
        Segmenter {
            doc: Document {
                text,
                tokens: Vec::new(),
                sentences: Vec::new(),
                paragraphs: Vec::new(),
                folded: FoldedWords::default(),
            },
            raw: Vec::new(),
            scan: Scan {
                at: 0,
                newlines: 0,
                first: true,
            },
            blank_lines: text.contains("\n\n") || text.contains("\n\r\n"),
        }
    }

    /// Reads on to about `bytes` further into the text (to the end of a word); returns whether the
    /// whole text has been read.
    pub fn segment(&mut self, bytes: usize) -> bool {
        let limit = self.scan.at.saturating_add(bytes);
        tokenize(
            self.doc.text,
            self.blank_lines,
            &mut self.scan,
            limit,
            &mut self.raw,
        );
        self.doc
            .assign_units(&self.raw, self.raw.len().saturating_sub(1));
        self.scan.at >= self.doc.text.len()
    }

    /// The whole text's document, reading what is left first.
    pub fn finish(mut self) -> Document<'t> {
        self.segment(usize::MAX);
        self.doc.assign_units(&self.raw, self.raw.len());
        self.doc
    }
}

/// Where tokenizing stands: the next byte to read, the line breaks since the last token, and
/// whether a token has been read yet.
struct Scan {
    at: usize,
    newlines: usize,
    first: bool,
}

struct RawToken {
    kind: TokenKind,
    start: usize,
    end: usize,
    paragraph_break_before: bool,
    /// A line break stands between this token and the one before.
    line_break_before: bool,
}

/// Whether a token char can continue a word when it sits between two word characters.
fn is_word_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '-' | '‐' | '‑' | '.' | '`' | '&' | '_' | '@' | '/'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{200d}'
}

/// Reads tokens from `scan.at` until a token would start at or after byte `limit`. A text with
/// blank lines uses them for paragraphs; one without uses single line breaks.
fn tokenize(
    text: &str,
    blank_lines: bool,
    scan: &mut Scan,
    limit: usize,
    tokens: &mut Vec<RawToken>,
) {
    let from = scan.at;
    let mut chars = text[from..]
        .char_indices()
        .map(|(offset, c)| (from + offset, c))
        .peekable();
    while let Some((start, c)) = chars.next_if(|&(start, _)| start < limit) {
        if c.is_whitespace() || is_invisible(c) {
            if c == '\n' {
                scan.newlines += 1;
            }
            continue;
        }
        let newlines = std::mem::take(&mut scan.newlines);
        let first = std::mem::replace(&mut scan.first, false);
        let paragraph_break_before = !first && (newlines >= 2 || (newlines == 1 && !blank_lines));
        let line_break_before = !first && newlines >= 1;
        let (kind, end) = if is_word_char(c) {
            (TokenKind::Word, word_end(text, start))
        } else {
            (TokenKind::Punct, start + c.len_utf8())
        };
        while chars.peek().is_some_and(|&(i, _)| i < end) {
            chars.next();
        }
        push_word(
            text,
            tokens,
            kind,
            start,
            end,
            Breaks {
                paragraph: paragraph_break_before,
                line: line_break_before,
            },
        );
    }
    scan.at = chars.peek().map_or(text.len(), |&(next, _)| next);
}

/// Zero-width and formatting characters that are neither words nor punctuation.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200e}' | '\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
    ) || c.is_control()
}

/// The end of the word starting at `start`: word characters, joined by joiners that sit between
/// word characters, plus the final dot of a dotted abbreviation ("U.S.", "A.J.").
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut dotted = false;
    let mut iter = text[start..].char_indices().peekable();
    while let Some((offset, c)) = iter.next() {
        if is_word_char(c) {
            end = start + offset + c.len_utf8();
            continue;
        }
        let next_is_word = iter.peek().is_some_and(|&(_, n)| is_word_char(n));
        if is_word_joiner(c) && next_is_word {
            dotted |= c == '.';
            continue;
        }
        if c == '.' && dotted {
            end = start + offset + 1;
        }
        break;
    }
    end
}

/// Pushes a word, splitting off a possessive "'s" / "’s" so the name before it stands alone.
/// The breaks before a token.
#[derive(Clone, Copy)]
struct Breaks {
    paragraph: bool,
    line: bool,
}

fn push_word(
    text: &str,
    tokens: &mut Vec<RawToken>,
    kind: TokenKind,
    start: usize,
    end: usize,
    breaks: Breaks,
) {
    let (paragraph_break_before, line_break_before) = (breaks.paragraph, breaks.line);
    let word = &text[start..end];
    let possessive = ["'s", "’s", "'S", "’S"]
        .iter()
        .find(|s| word.ends_with(*s) && word.len() > s.len() + 1);
    match possessive {
        Some(suffix) if kind == TokenKind::Word => {
            let split = end - suffix.len();
            tokens.push(RawToken {
                kind,
                start,
                end: split,
                paragraph_break_before,
                line_break_before,
            });
            tokens.push(RawToken {
                kind,
                start: split,
                end,
                paragraph_break_before: false,
                line_break_before: false,
            });
        }
        _ => tokens.push(RawToken {
            kind,
            start,
            end,
            paragraph_break_before,
            line_break_before,
        }),
    }
}

/// A word whose dot does not end a sentence: a known abbreviation ("Mr.", "Sen.") or an initial.
fn is_abbreviation(word: &str) -> bool {
    lexicon::is_abbreviation(&crate::case::lowercase(word))
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// A line that ends without punctuation ends a sentence when the next line opens like one: a
/// headline, a byline, a list of links ("By Sarah Connelly" / "Published 3 hours ago").
fn ends_line(text: &str, raw: &[RawToken], i: usize) -> bool {
    raw.get(i + 1).is_some_and(|next| {
        next.line_break_before
            && text[next.start..]
                .starts_with(|c: char| c.is_uppercase() || c.is_numeric() || "“\"‘'«(".contains(c))
    })
}

const CLOSERS: &[char] = &['”', '"', '’', '\'', '»', ')', ']', '›'];

/// The most closing marks a terminal mark carries (`.’”)`); bounding the look-back keeps a run of
/// thousands of closing marks linear.
const MAX_CLOSERS_AFTER_TERMINAL: usize = 4;

/// Whether a sentence ends after raw token `i`: a terminal mark (after any closing quotes and
/// brackets that belong to it) followed by something that can open a sentence.
fn ends_sentence(text: &str, raw: &[RawToken], i: usize) -> bool {
    let word = |k: usize| &text[raw[k].start..raw[k].end];
    let is_terminal =
        |k: usize| raw[k].kind == TokenKind::Punct && matches!(word(k), "." | "!" | "?" | "…");
    let is_closer = |k: usize| raw[k].kind == TokenKind::Punct && word(k).starts_with(CLOSERS);
    if raw[i].kind == TokenKind::Word && word(i).ends_with('.') {
        return quote_opens_sentence_after(&text[raw[i].end..]);
    }
    // Find the terminal mark this token closes: the token itself, or one before a run of closers.
    let mut k = i;
    while is_closer(k) && k > 0 && !is_terminal(k) && i - k < MAX_CLOSERS_AFTER_TERMINAL {
        k -= 1;
    }
    if !is_terminal(k) || (k < i && !is_closer(i)) {
        return false;
    }
    if i + 1 < raw.len() && is_closer(i + 1) && raw[i + 1].start == raw[i].end {
        return false; // the closing mark still belongs to this sentence
    }
    if word(k) == "."
        && k > 0
        && raw[k - 1].kind == TokenKind::Word
        && raw[k - 1].end == raw[k].start
        && is_abbreviation(word(k - 1))
    {
        return false;
    }
    let Some(next) = raw.get(i + 1) else {
        return true;
    };
    let first = text[next.start..].chars().next().unwrap_or(' ');
    first.is_uppercase()
        || first.is_numeric()
        || matches!(first, '“' | '"' | '‘' | '\'' | '«' | '(' | '[' | '—' | '-')
}

/// Whether `rest`, the text after a dotted abbreviation ("S.C.", "MoveOn.org."), opens a new
/// sentence with a quote ("…, of Columbia, S.C. “It is over.”"): the word holds its own dot, so a
/// space, an opening mark and a capital are what tell that the sentence ended there.
fn quote_opens_sentence_after(rest: &str) -> bool {
    let after_space = rest.trim_start_matches([' ', '\u{a0}']);
    let mut chars = after_space.chars();
    after_space.len() < rest.len()
        && matches!(chars.next(), Some('“' | '"'))
        && chars.next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(doc: &Document) -> Vec<String> {
        (0..doc.tokens.len())
            .map(|i| doc.word(i).to_owned())
            .collect()
    }

    #[test]
    fn keeps_names_with_inner_marks_whole() {
        let doc = Document::new("O'Neill met A.J. Moreno and Kim Shin-Wook in the U.S. today.");
        let w = words(&doc);
        assert!(w.contains(&"O'Neill".into()));
        assert!(w.contains(&"A.J.".into()));
        assert!(w.contains(&"Shin-Wook".into()));
        assert!(w.contains(&"U.S.".into()));
        assert_eq!(doc.sentences.len(), 1);
    }

    #[test]
    fn splits_possessives() {
        let doc = Document::new("Putin’s aide spoke.");
        assert_eq!(words(&doc)[..2], ["Putin".to_string(), "’s".to_string()]);
    }

    #[test]
    fn sentences_end_after_closing_quotes_not_after_titles() {
        let doc = Document::new("“It is over.” Mr. Smith left. He said so! Then “yes,” he said.");
        let firsts: Vec<&str> = doc.sentences.iter().map(|s| doc.word(s.start)).collect();
        assert_eq!(firsts, ["“", "Mr", "He", "Then"]);
        let doc = Document::new("He spoke in Columbia, S.C. “It is over.” The U.S. “war” went on.");
        let firsts: Vec<&str> = doc.sentences.iter().map(|s| doc.word(s.start)).collect();
        assert_eq!(firsts, ["He", "“", "The"]);
    }

    #[test]
    fn blank_lines_make_paragraphs() {
        let doc = Document::new("One line\nstill one.\n\nTwo.");
        assert_eq!(doc.paragraphs.len(), 2);
        let single = Document::new("One.\nTwo.\nThree.");
        assert_eq!(single.paragraphs.len(), 3);
    }

    #[test]
    fn invisible_characters_are_skipped() {
        let doc = Document::new("A\u{200b}b \u{feff}c\0d");
        assert!(words(&doc).iter().all(|w| !w.contains('\u{feff}')));
    }
}
