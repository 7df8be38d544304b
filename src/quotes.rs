//! Quotes: pairs quotation marks into quoted spans, paragraph by paragraph.
//!
//! Curly, straight, single and « » marks; quotes nested in quotes (only the outermost span is
//! kept); a quote that runs over paragraphs (an unclosed paragraph followed by one that opens with
//! a mark, or one that closes a mark it never opened). A quote that never closes ends with its
//! paragraph, so it cannot swallow the rest of the article.

use std::ops::Range;

use crate::segment::Document;

/// Prose nests quotes two or three deep; marks opened deeper are ignored, so a closing mark's
/// search for its opener stays short even when thousands of marks never pair.
const MAX_NESTING: usize = 8;

/// How many sentences after the one it opens in a quote may run without its closing mark.
const MAX_QUOTE_SENTENCES: usize = 8;

/// One outermost quoted span.
#[derive(Debug, Clone)]
pub struct QuoteSpan {
    /// Token index of the opening mark, or `None` when the span continues a quote from the
    /// previous paragraph without opening a mark of its own.
    pub open: Option<usize>,
    /// Token index of the closing mark, or `None` when the quote runs to the end of its paragraph.
    pub close: Option<usize>,
    /// Tokens between the marks.
    pub inner: Range<usize>,
    /// Whether this span carries on a quote from the previous paragraph (same speaker).
    pub continues: bool,
}

impl QuoteSpan {
    /// All tokens of the span, marks included.
    pub fn outer(&self) -> Range<usize> {
        let start = self.open.unwrap_or(self.inner.start);
        let end = self.close.map_or(self.inner.end, |c| c + 1);
        start..end
    }

    /// Word count inside the marks.
    pub fn word_count(&self, doc: &Document) -> usize {
        self.inner.clone().filter(|&t| doc.is_word(t)).count()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(Family),
    Close(Family),
    /// A straight mark: open or close by context.
    Either(Family),
}

/// All outermost quoted spans of `doc`, in article order. A function of its own in the wasm, like
/// the other stages (see `crate::incremental`).
#[inline(never)]
pub fn find_quotes(doc: &Document) -> Quotes {
    let mut quotes = Quotes::default();
    let mut carried = false;
    for paragraph in &doc.paragraphs {
        let before = quotes.outer.len();
        carried = quotes_in_paragraph(doc, paragraph.clone(), carried, &mut quotes);
        if carried && quotes.outer.len() == before {
            carried = false;
        }
    }
    for span in quotes.outer.iter_mut().chain(quotes.nested.iter_mut()) {
        without_doubled_marks(doc, span);
    }
    quotes
}

/// The quoted spans of an article.
#[derive(Debug, Default)]
pub struct Quotes {
    /// Outermost spans, in article order.
    pub outer: Vec<QuoteSpan>,
    /// Spans directly inside an outer one (“He said, ‘Nobody reads these,’ and …”), closed.
    pub nested: Vec<QuoteSpan>,
}

/// Pairs the marks of one paragraph; returns whether a quote is left open at its end.
fn quotes_in_paragraph(
    doc: &Document,
    paragraph: Range<usize>,
    carried: bool,
    quotes: &mut Quotes,
) -> bool {
    // (family, token of the opening mark or None for a quote carried from the last paragraph)
    let mut stack: Vec<(Family, Option<usize>)> = Vec::new();
    let first_opens =
        mark_at(doc, paragraph.start).is_some_and(|m| matches!(m, Mark::Open(_) | Mark::Either(_)));
    let mut awaiting_close = carried && !first_opens;
    let continues_first = carried && first_opens;
    for t in paragraph.clone() {
        if let Some(&(_, open)) = stack.first() {
            // A quote still open many sentences on lost its closing mark: end it, so it cannot
            // hide the rest of a long paragraph.
            let opened = doc.token(open.unwrap_or(paragraph.start)).sentence;
            if doc.token(t).sentence > opened + MAX_QUOTE_SENTENCES {
                let start = open.map_or(paragraph.start, |o| o + 1);
                let end = doc.sentences[opened + MAX_QUOTE_SENTENCES].end;
                quotes.outer.push(QuoteSpan {
                    open,
                    close: None,
                    inner: start..end,
                    continues: continues_first && open == Some(paragraph.start),
                });
                stack.clear();
            }
        }
        let Some(mark) = mark_at(doc, t) else {
            continue;
        };
        let closes = match mark {
            Mark::Close(f) => Some(f),
            Mark::Either(f) if awaiting_close && stack.is_empty() => can_close(doc, t).then_some(f),
            Mark::Either(f) => stack
                .last()
                .filter(|(top, _)| *top == f)
                .map(|_| f)
                .filter(|_| can_close(doc, t) || stands_alone(doc, t)),
            Mark::Open(_) => None,
        };
        if let Some(family) = closes {
            if awaiting_close && stack.is_empty() {
                quotes.outer.push(QuoteSpan {
                    open: None,
                    close: Some(t),
                    inner: paragraph.start..t,
                    continues: true,
                });
                awaiting_close = false;
                continue;
            }
            if let Some(depth) = stack.iter().rposition(|(f, _)| *f == family) {
                if depth == 0 {
                    let open = stack[0].1;
                    let start = open.map_or(paragraph.start, |o| o + 1);
                    let continues = continues_first && open == Some(paragraph.start);
                    quotes.outer.push(QuoteSpan {
                        open,
                        close: Some(t),
                        inner: start..t,
                        continues,
                    });
                } else if let (1, Some(open)) = (depth, stack[depth].1) {
                    quotes.nested.push(QuoteSpan {
                        open: Some(open),
                        close: Some(t),
                        inner: open + 1..t,
                        continues: false,
                    });
                }
                stack.truncate(depth);
            }
            continue;
        }
        let opens = match mark {
            Mark::Open(f) => Some(f),
            Mark::Either(f) => {
                let sloppy_opening = stack.is_empty() && opens_after_comma(doc, t);
                (can_open(doc, t) || sloppy_opening).then_some(f)
            }
            Mark::Close(_) => None,
        };
        if let Some(family) = opens {
            awaiting_close = false;
            if stack.len() < MAX_NESTING {
                stack.push((family, Some(t)));
            }
        }
    }
    match stack.first() {
        Some(&(_, open)) => {
            let start = open.map_or(paragraph.start, |o| o + 1);
            let continues = continues_first && open == Some(paragraph.start);
            quotes.outer.push(QuoteSpan {
                open,
                close: None,
                inner: start..paragraph.end,
                continues,
            });
            true
        }
        None => false,
    }
}

/// Whether token `t` is a quotation mark that can end a quote: curly or straight, double or
/// single, or a closing guillemet. What context then decides is [`find_quotes`]' business; people
/// reads it to see a name right after a quote ("“…,” said X", "“…” ― X").
pub fn is_closing_mark(doc: &Document, t: usize) -> bool {
    !doc.is_word(t) && (doc.word(t).starts_with(CLOSING_MARKS) || is_turned_closing_mark(doc, t))
}

/// “It is unusual,“ she said: an opening mark typed where the closing one belongs (or closing a
/// German „…“ quote), against the word before it and followed by a space.
fn is_turned_closing_mark(doc: &Document, t: usize) -> bool {
    doc.word(t).starts_with('“') && can_close(doc, t) && !can_open(doc, t)
}

/// The marks that can end a quote, as [`mark_at`] reads them.
const CLOSING_MARKS: [char; 5] = ['”', '"', '’', '\'', '»'];

/// The curly and straight marks of English, either way round: a nickname's marks
/// (Robert “Bob” Smith).
const ENGLISH_MARKS: [char; 6] = ['“', '”', '"', '‘', '’', '\''];

/// Whether token `t` is an English quotation mark, opening or closing (Robert “Bob” Smith).
pub fn is_english_mark(doc: &Document, t: usize) -> bool {
    !doc.is_word(t) && doc.word(t).starts_with(ENGLISH_MARKS)
}

fn mark_at(doc: &Document, t: usize) -> Option<Mark> {
    if doc.is_word(t) {
        return None;
    }
    let c = doc.word(t).chars().next()?;
    Some(match c {
        '“' if is_turned_closing_mark(doc, t) => Mark::Close(Family::Double),
        '“' | '„' => Mark::Open(Family::Double),
        '”' => Mark::Close(Family::Double),
        '"' => Mark::Either(Family::Double),
        '«' => Mark::Open(Family::Guillemet),
        '»' => Mark::Close(Family::Guillemet),
        '\'' | '‘' if elides_century(doc, t) => return None,
        '‘' | '‚' if can_open(doc, t) => Mark::Open(Family::Single),
        '’' if can_close(doc, t) => Mark::Close(Family::Single),
        // Two straight single marks written for a double one (''It is over,'' she said): the
        // first of the pair opens, the second closes.
        '\'' if doubled_with_next(doc, t) => {
            return can_open(doc, t).then_some(Mark::Open(Family::Double));
        }
        '\'' if t > 0 && doubled_with_next(doc, t - 1) => {
            return can_close(doc, t).then_some(Mark::Close(Family::Double));
        }
        '\'' => Mark::Either(Family::Single),
        _ => return None,
    })
}

/// Whether the single mark at `t` is an apostrophe standing for a century ("the late '70s", "in
/// ‘08"): two digits, perhaps with an "s", right after it.
fn elides_century(doc: &Document, t: usize) -> bool {
    let two_digits = |w: &str| {
        let digits = w.strip_suffix('s').unwrap_or(w);
        digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_digit())
    };
    t + 1 < doc.tokens.len()
        && doc.token(t).end == doc.token(t + 1).start
        && two_digits(doc.word(t + 1))
}

/// Whether the straight single mark at `t` has another right after it, with no space between.
fn doubled_with_next(doc: &Document, t: usize) -> bool {
    let single = |k: usize| !doc.is_word(k) && doc.word(k) == "'";
    t + 1 < doc.tokens.len()
        && single(t)
        && single(t + 1)
        && doc.token(t).end == doc.token(t + 1).start
}

/// Leaves the inner mark of a doubled straight mark (''…'') out of a span's words.
fn without_doubled_marks(doc: &Document, span: &mut QuoteSpan) {
    if span.open.is_some_and(|o| doubled_with_next(doc, o)) && span.inner.start < span.inner.end {
        span.inner.start += 1;
    }
    if span
        .close
        .is_some_and(|c| c > 0 && doubled_with_next(doc, c - 1))
        && span.inner.start < span.inner.end
    {
        span.inner.end -= 1;
    }
}

fn char_before(doc: &Document, t: usize) -> Option<char> {
    doc.text[..doc.token(t).start].chars().next_back()
}

fn char_after(doc: &Document, t: usize) -> Option<char> {
    doc.text[doc.token(t).end..].chars().next()
}

/// A mark opens when it follows space or an opening bracket and is followed by text.
fn can_open(doc: &Document, t: usize) -> bool {
    let before_ok =
        char_before(doc, t).is_none_or(|c| c.is_whitespace() || "([{—–-/“‘«:".contains(c));
    let after_ok = char_after(doc, t).is_some_and(|c| !c.is_whitespace());
    before_ok && after_ok
}

/// Sloppy sources open a quote with `said," Text`: a straight mark after a comma or colon and
/// before a space, when no quote is open.
fn opens_after_comma(doc: &Document, t: usize) -> bool {
    let after_space = char_after(doc, t).is_some_and(char::is_whitespace);
    let next_is_word = t + 1 < doc.tokens.len() && doc.is_word(t + 1) || doc.is(t + 1, '[');
    char_before(doc, t).is_some_and(|c| c == ',' || c == ':') && after_space && next_is_word
}

/// A straight mark with space on both sides (`'Well done,' " said Lee`): it cannot open a
/// quote, so while one of its kind is open, it closes it.
fn stands_alone(doc: &Document, t: usize) -> bool {
    char_before(doc, t).is_some_and(char::is_whitespace)
        && char_after(doc, t).is_none_or(char::is_whitespace)
}

/// A mark closes when it follows text and is followed by space, punctuation or the end.
fn can_close(doc: &Document, t: usize) -> bool {
    let before_ok = char_before(doc, t).is_some_and(|c| !c.is_whitespace());
    let after_ok = char_after(doc, t).is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        find_quotes(&doc)
            .outer
            .iter()
            .map(|q| {
                if q.inner.is_empty() {
                    return String::new();
                }
                doc.text[doc.token(q.inner.start).start..doc.token(q.inner.end - 1).end].to_owned()
            })
            .collect()
    }

    #[test]
    fn every_mark_that_closes_a_quote_is_a_closing_mark() {
        let doc = Document::new("“a” \"b\" ‘c’ 'd' «e» „f“ ‚g‘");
        for t in 0..doc.tokens.len() {
            if let Some(Mark::Close(_) | Mark::Either(_)) = mark_at(&doc, t) {
                assert!(is_closing_mark(&doc, t), "{}", doc.word(t));
            }
        }
    }

    #[test]
    fn pairs_curly_straight_and_guillemet_marks() {
        assert_eq!(
            quoted("“One,” he said, \"two\" and «three»."),
            ["One,", "two", "three"]
        );
    }

    #[test]
    fn keeps_the_outer_quote_of_a_nested_one() {
        assert_eq!(
            quoted("“He called it ‘fake’ today,” she said."),
            ["He called it ‘fake’ today,"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quoted("The parents’ lawyer didn’t say 'yes'."), ["yes"]);
        assert_eq!(
            quoted("Since the late '70s he said 'no' and in ‘08 ‘maybe’."),
            ["no", "maybe"]
        );
    }

    #[test]
    fn sloppy_closing_marks_still_close() {
        assert_eq!(
            quoted("“It is odd,“ he said. “Very.”"),
            ["It is odd,", "Very."]
        );
        assert_eq!(
            quoted("\"He said 'Well done,' \" she said. \"Yes.\""),
            ["He said 'Well done,'", "Yes."]
        );
    }

    #[test]
    fn unclosed_quote_ends_with_its_paragraph() {
        let text = "“This never closes.\n\nMaria Lopez said the vote would go ahead.";
        assert_eq!(quoted(text), ["This never closes."]);
    }

    #[test]
    fn quote_continued_over_paragraphs() {
        let doc = Document::new("“First part.\n\n“Second part,” he said.");
        let spans = find_quotes(&doc).outer;
        assert_eq!(spans.len(), 2);
        assert!(spans[1].continues);
        let doc = Document::new("“First part.\n\nSecond part.” He left.");
        let spans = find_quotes(&doc).outer;
        assert_eq!(spans.len(), 2);
        assert!(spans[1].continues && spans[1].open.is_none());
    }
}
