//! Editorial control: an Analysis a newsroom has edited (a person removed, a role fixed, a quote
//! removed or added by hand) placed on the article as the page reads it.
//!
//! Offsets that still slice their text are kept. Any other mention or quote is found again by its
//! text, the occurrence nearest where it was (whitespace, typographic quotes and invisible
//! characters such as soft hyphens do not count), and what cannot be found is dropped and reported,
//! never shown at a wrong place. To hide a person, a quote or a mention, the newsroom deletes it:
//! the JSON stays format 1, and fields it does not know are ignored.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::{Analysis, Person, Quote, QuoteKind, Span, FORMAT};

/// Why an edited analysis cannot be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnalysisError {
    /// Not JSON, or not the shape of format 1; the message names the field, line and column.
    Json(String),
    /// A `format` this version does not read.
    Format(u32),
    /// Two people share an id; the page finds a card's person by id.
    DuplicateId(String),
    /// A person (by position in `people`) with an empty id or name.
    Unnamed(usize),
}

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnalysisError::Json(cause) => write!(f, "not an Analysis of format {FORMAT}: {cause}"),
            AnalysisError::Format(format) => {
                write!(
                    f,
                    "the analysis is format {format}; this version reads format {FORMAT}"
                )
            }
            AnalysisError::DuplicateId(id) => write!(f, "two people have the id \"{id}\""),
            AnalysisError::Unnamed(index) => write!(f, "people[{index}] has an empty id or name"),
        }
    }
}

impl std::error::Error for AnalysisError {}

/// Reads an edited Analysis from its JSON and checks it can be shown.
pub fn parse_analysis(json: &str) -> Result<Analysis, AnalysisError> {
    let analysis: Analysis =
        serde_json::from_str(json).map_err(|e| AnalysisError::Json(e.to_string()))?;
    validate(&analysis)?;
    Ok(analysis)
}

/// Checks the format and that every person has a unique id and a name.
pub fn validate(analysis: &Analysis) -> Result<(), AnalysisError> {
    if analysis.format != FORMAT {
        return Err(AnalysisError::Format(analysis.format));
    }
    for (index, person) in analysis.people.iter().enumerate() {
        if person.id.trim().is_empty() || person.name.trim().is_empty() {
            return Err(AnalysisError::Unnamed(index));
        }
        if analysis.people[..index].iter().any(|p| p.id == person.id) {
            return Err(AnalysisError::DuplicateId(person.id.clone()));
        }
    }
    Ok(())
}

/// An edited analysis placed on one text, and what could not be placed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Placed {
    /// The analysis with every kept mention and quote at its offsets in this text.
    pub analysis: Analysis,
    /// The mentions and quotes that were dropped, in the order they were met.
    pub mismatches: Vec<Mismatch>,
}

/// A mention or quote of the edited analysis that is not shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    /// The id of the person it belongs to.
    pub person: String,
    /// What it was.
    pub kind: ItemKind,
    /// Its text, as the analysis gave it.
    pub text: String,
    /// Why it was dropped.
    pub why: Why,
}

/// A mention, or a quote of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A named reference to the person.
    Mention,
    /// A direct quote.
    Direct,
    /// Reported speech carrying a quoted fragment.
    Mixed,
    /// Reported speech.
    Indirect,
}

/// Why a mention or quote could not be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// Its text is empty.
    Empty,
    /// Its text is not in the article.
    NotInText,
    /// Every place its text occurs is already taken by another entry.
    Taken,
}

impl ItemKind {
    /// The name JSON and JavaScript use: "mention", or the quote's kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Mention => "mention",
            ItemKind::Direct => "direct",
            ItemKind::Mixed => "mixed",
            ItemKind::Indirect => "indirect",
        }
    }
}

impl Why {
    /// The name JSON and JavaScript use.
    pub fn as_str(self) -> &'static str {
        match self {
            Why::Empty => "empty",
            Why::NotInText => "not-in-text",
            Why::Taken => "taken",
        }
    }
}

/// Serialised as its name, the one spelling the CLI and the page share.
impl Serialize for ItemKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Serialised as its name, the one spelling the CLI and the page share.
impl Serialize for Why {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Places every mention and quote of `analysis` on `text` (the article as the page reads it).
pub fn place_edited(text: &str, analysis: &Analysis) -> Placed {
    let mut order = entries(analysis);
    crate::order::sort(&mut order);
    let mut finder = Finder::new(text);
    let mut kept = Vec::with_capacity(order.len());
    let mut mismatches = Vec::new();
    for &(start, person_index, entry) in &order {
        let person = &analysis.people[person_index];
        let (end, entry_text, kind) = match Entry::decode(entry) {
            Entry::Mention(i) => {
                let mention = &person.mentions[i];
                (mention.end, &mention.text, ItemKind::Mention)
            }
            Entry::Quote(i) => {
                let quote = &person.quotes[i];
                (quote.end, &quote.text, quote_kind(quote.kind))
            }
        };
        match finder.place(start, end, entry_text, kind != ItemKind::Mention) {
            Ok(span) => kept.push((span, person_index, entry)),
            Err(why) => mismatches.push(Mismatch {
                person: person.id.clone(),
                kind,
                text: entry_text.clone(),
                why,
            }),
        }
    }
    Placed {
        analysis: rebuild(analysis, kept, &finder),
        mismatches,
    }
}

/// Every mention and quote as `(start, person, entry)`, the entry [`Entry::encode`]d: plain
/// numbers, so sorting them shares the code the widget already has for sorting mentions.
fn entries(analysis: &Analysis) -> Vec<(usize, usize, usize)> {
    let mut entries = Vec::new();
    for (person_index, person) in analysis.people.iter().enumerate() {
        for (i, mention) in person.mentions.iter().enumerate() {
            entries.push((mention.start, person_index, Entry::Mention(i).encode()));
        }
        for (i, quote) in person.quotes.iter().enumerate() {
            entries.push((quote.start, person_index, Entry::Quote(i).encode()));
        }
    }
    entries
}

/// The analysis with only the kept entries, at their new places and in article order.
fn rebuild(
    analysis: &Analysis,
    kept: Vec<(Range<usize>, usize, usize)>,
    finder: &Finder,
) -> Analysis {
    let mut order: Vec<(usize, usize, usize)> = kept
        .iter()
        .enumerate()
        .map(|(index, (span, person, _))| (span.start, *person, index))
        .collect();
    crate::order::sort(&mut order);
    let mut people: Vec<Person> = analysis
        .people
        .iter()
        .map(|person| Person {
            id: person.id.clone(),
            name: person.name.clone(),
            role: person.role.clone(),
            mentions: Vec::new(),
            quotes: Vec::new(),
        })
        .collect();
    for (_, person_index, index) in order {
        let (span, _, entry) = &kept[index];
        let (start, end, text) = (span.start, span.end, finder.slice(span));
        let placed = &mut people[person_index];
        match Entry::decode(*entry) {
            Entry::Mention(_) => placed.mentions.push(Span { start, end, text }),
            Entry::Quote(i) => {
                let quote = &analysis.people[person_index].quotes[i];
                placed.quotes.push(Quote {
                    kind: quote.kind,
                    text,
                    cue: quote.cue.clone(),
                    start,
                    end,
                });
            }
        }
    }
    Analysis {
        format: analysis.format,
        people,
    }
}

/// One mention or quote of a person, by its index in the person's list.
enum Entry {
    Mention(usize),
    Quote(usize),
}

impl Entry {
    fn encode(self) -> usize {
        match self {
            Entry::Mention(i) => 2 * i,
            Entry::Quote(i) => 2 * i + 1,
        }
    }

    fn decode(code: usize) -> Entry {
        if code % 2 == 0 {
            Entry::Mention(code / 2)
        } else {
            Entry::Quote(code / 2)
        }
    }
}

fn quote_kind(kind: QuoteKind) -> ItemKind {
    match kind {
        QuoteKind::Direct => ItemKind::Direct,
        QuoteKind::Mixed => ItemKind::Mixed,
        QuoteKind::Indirect => ItemKind::Indirect,
    }
}

/// Finds text in the article, remembering which places are already taken and how far the last
/// re-found entry had moved, so the next one is looked for where the text has most likely gone.
struct Finder<'t> {
    text: &'t str,
    /// The article in UTF-16 code units, as offsets count.
    units: Vec<u16>,
    /// The article folded for tolerant search, built on the first search.
    folded: Option<Folded>,
    /// Places already given to an entry: (start, end, is a quote). A list, not a set: it stays
    /// short, and a set's code would weigh more in the wasm.
    taken: Vec<(usize, usize, bool)>,
    /// How far the last re-found entry moved, in code units.
    shift: isize,
}

impl<'t> Finder<'t> {
    fn new(text: &'t str) -> Self {
        Finder {
            text,
            units: text.encode_utf16().collect(),
            folded: None,
            taken: Vec::new(),
            shift: 0,
        }
    }

    /// The article's own text at a placed span.
    fn slice(&self, span: &Range<usize>) -> String {
        String::from_utf16_lossy(&self.units[span.clone()])
    }

    /// Where an entry goes: where it is if its offsets still slice its text, or else the free
    /// occurrence of its text nearest where it is expected.
    fn place(
        &mut self,
        start: usize,
        end: usize,
        text: &str,
        quote: bool,
    ) -> Result<Range<usize>, Why> {
        let needle = fold(text);
        let needle = needle.trim();
        if needle.is_empty() {
            return Err(Why::Empty);
        }
        if self.holds(start, end, text) && self.take(start, end, quote) {
            return Ok(start..end);
        }
        let shifted = start.saturating_add_signed(self.shift);
        let shifted_end = shifted.saturating_add(end.saturating_sub(start));
        if self.holds(shifted, shifted_end, text) && self.take(shifted, shifted_end, quote) {
            return Ok(shifted..shifted_end);
        }
        let folded = self.folded.get_or_insert_with(|| Folded::new(self.text));
        let taken = &self.taken;
        let found = folded.nearest(needle, shifted, |s, e| taken.contains(&(s, e, quote)))?;
        self.take(found.start, found.end, quote);
        self.shift = (found.start as isize).saturating_sub(start as isize);
        Ok(found)
    }

    /// Whether `start..end` of the article is exactly `text`.
    fn holds(&self, start: usize, end: usize, text: &str) -> bool {
        self.units
            .get(start..end)
            .is_some_and(|slice| slice.iter().copied().eq(text.encode_utf16()))
    }

    /// Takes a place for an entry; false when another entry already has it.
    fn take(&mut self, start: usize, end: usize, quote: bool) -> bool {
        let free = !self.taken.contains(&(start, end, quote));
        if free {
            self.taken.push((start, end, quote));
        }
        free
    }
}

/// The article folded for tolerant search, with where each folded character came from.
struct Folded {
    text: String,
    /// For each folded character: its byte offset in `text` and the UTF-16 span it stands for.
    origins: Vec<(usize, usize, usize)>,
}

impl Folded {
    fn new(article: &str) -> Self {
        let mut folded = Folded {
            text: String::with_capacity(article.len()),
            origins: Vec::new(),
        };
        let mut unit = 0;
        for c in article.chars() {
            let end = unit + c.len_utf16();
            match fold_char(c) {
                None => {}
                Some(' ') if folded.text.ends_with(' ') => {
                    if let Some(last) = folded.origins.last_mut() {
                        last.2 = end;
                    }
                }
                Some(f) => {
                    folded.origins.push((folded.text.len(), unit, end));
                    folded.text.push(f);
                }
            }
            unit = end;
        }
        folded
    }

    /// The free whole-word occurrence of the folded `needle` nearest `expected`. It scans outward
    /// from there and stops at the first free one each way, so text that moved a little is found
    /// without reading the whole article.
    fn nearest(
        &self,
        needle: &str,
        expected: usize,
        taken: impl Fn(usize, usize) -> bool,
    ) -> Result<Range<usize>, Why> {
        let last_char = needle.chars().count() - 1;
        let middle = self.origins.partition_point(|origin| origin.1 < expected);
        let mut seen = false;
        let mut first_free = |indices: &mut dyn Iterator<Item = usize>| {
            for index in indices {
                let (byte, start, _) = self.origins[index];
                if self.text[byte..].starts_with(needle) && self.whole_words(byte, needle) {
                    seen = true;
                    let end = self.origins[index + last_char].2;
                    if !taken(start, end) {
                        return Some(start..end);
                    }
                }
            }
            None
        };
        let after = first_free(&mut (middle..self.origins.len()));
        let before = first_free(&mut (0..middle).rev());
        let distance = |found: &Range<usize>| found.start.abs_diff(expected);
        match (before, after) {
            (Some(before), Some(after)) if distance(&before) < distance(&after) => Ok(before),
            (_, Some(after)) => Ok(after),
            (Some(before), None) => Ok(before),
            (None, None) if seen => Err(Why::Taken),
            (None, None) => Err(Why::NotInText),
        }
    }

    /// Whether the match does not start or end inside a word ("Lee" in "Leeds").
    fn whole_words(&self, at: usize, needle: &str) -> bool {
        let before = self.text[..at].chars().next_back();
        let after = self.text[at + needle.len()..].chars().next();
        let joins = |outer: Option<char>, inner: Option<char>| {
            outer.is_some_and(char::is_alphanumeric) && inner.is_some_and(char::is_alphanumeric)
        };
        !joins(before, needle.chars().next()) && !joins(after, needle.chars().next_back())
    }
}

/// Folds a text for comparison: runs of whitespace become one space, typographic quotes plain
/// ones, invisible characters (soft hyphen, zero-width) nothing.
fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for f in text.chars().filter_map(fold_char) {
        if !(f == ' ' && folded.ends_with(' ')) {
            folded.push(f);
        }
    }
    folded
}

fn fold_char(c: char) -> Option<char> {
    match c {
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => None,
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => Some('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '«' | '»' => Some('"'),
        c if c.is_whitespace() => Some(' '),
        c => Some(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Quote};

    const ARTICLE: &str = "Kremlin spokesman Dmitry Peskov said the talks would go on.\n\n\
        \u{201c}There is a process under way,\u{201d} Peskov told reporters.\n\n\
        Foreign Minister Sergei Lavrov said the West was \u{201c}not serious\u{201d} about peace.";

    fn person<'a>(analysis: &'a Analysis, id: &str) -> &'a crate::Person {
        analysis
            .people
            .iter()
            .find(|p| p.id == id)
            .expect("the person is there")
    }

    /// Every kept span slices its text out of `text`.
    fn assert_slices(text: &str, analysis: &Analysis) {
        let units: Vec<u16> = text.encode_utf16().collect();
        for person in &analysis.people {
            let spans = person.mentions.iter().map(|m| (m.start, m.end, &m.text));
            let quotes = person.quotes.iter().map(|q| (q.start, q.end, &q.text));
            for (start, end, expected) in spans.chain(quotes) {
                assert_eq!(&String::from_utf16_lossy(&units[start..end]), expected);
            }
        }
    }

    #[test]
    fn an_unchanged_text_keeps_everything() {
        let analysis = analyze(ARTICLE);
        let result = place_edited(ARTICLE, &analysis);
        assert_eq!(result.analysis, analysis);
        assert!(result.mismatches.is_empty());
    }

    /// Every entry after `at` moved by `shift`, every entry before it stayed.
    fn assert_moved(before: &Analysis, after: &Analysis, at: usize, shift: usize) {
        let moved = |start: usize| if start >= at { start + shift } else { start };
        for (b, a) in before.people.iter().zip(&after.people) {
            let old = b.mentions.iter().map(|m| (m.start, m.end));
            let old = old.chain(b.quotes.iter().map(|q| (q.start, q.end)));
            let new = a.mentions.iter().map(|m| (m.start, m.end));
            let new = new.chain(a.quotes.iter().map(|q| (q.start, q.end)));
            for ((old_start, old_end), placed) in old.zip(new) {
                assert_eq!(placed, (moved(old_start), moved(old_end)));
            }
        }
    }

    #[test]
    fn an_edit_before_shifts_every_entry() {
        let analysis = analyze(ARTICLE);
        let dateline = "MOSCOW (Reuters) \u{2014} ";
        let edited = format!("{dateline}{ARTICLE}");
        let result = place_edited(&edited, &analysis);
        assert!(result.mismatches.is_empty());
        assert_moved(
            &analysis,
            &result.analysis,
            0,
            dateline.encode_utf16().count(),
        );
        assert_slices(&edited, &result.analysis);
    }

    /// The same names and words recur in every copy; each entry still lands in its own copy.
    #[test]
    fn an_edit_in_the_middle_of_a_repetitive_article_moves_only_what_follows() {
        let original = [ARTICLE; 6].join("\n\n");
        let analysis = analyze(&original);
        let at = original.len() / 2;
        let at = original[at..].find("\n\n").map_or(at, |i| at + i);
        let insert = "\n\nAn update added later.";
        let edited = format!("{}{insert}{}", &original[..at], &original[at..]);
        let result = place_edited(&edited, &analysis);
        assert!(result.mismatches.is_empty());
        let at_units = original[..at].encode_utf16().count();
        assert_moved(
            &analysis,
            &result.analysis,
            at_units,
            insert.encode_utf16().count(),
        );
        assert_slices(&edited, &result.analysis);
    }

    #[test]
    fn a_removed_quote_stays_removed() {
        let mut analysis = analyze(ARTICLE);
        let peskov = analysis.people.iter_mut().find(|p| p.id == "dmitry-peskov");
        let peskov = peskov.expect("Peskov is found");
        let kept = peskov.quotes.len() - 1;
        peskov.quotes.remove(0);
        let result = place_edited(ARTICLE, &analysis);
        assert_eq!(person(&result.analysis, "dmitry-peskov").quotes.len(), kept);
        assert!(result.mismatches.is_empty());
    }

    #[test]
    fn a_quote_added_by_hand_with_wrong_offsets_is_found_by_its_text() {
        let mut analysis = analyze(ARTICLE);
        let lavrov = analysis.people.iter_mut().find(|p| p.id == "sergei-lavrov");
        let lavrov = lavrov.expect("Lavrov is found");
        lavrov.quotes.clear();
        lavrov.quotes.push(Quote {
            kind: QuoteKind::Mixed,
            text: "the West was \"not serious\" about peace".to_owned(),
            cue: Some("said".to_owned()),
            start: 3,
            end: 9,
        });
        let result = place_edited(ARTICLE, &analysis);
        let quote = &person(&result.analysis, "sergei-lavrov").quotes[0];
        assert_eq!(
            quote.text,
            "the West was \u{201c}not serious\u{201d} about peace"
        );
        assert_slices(ARTICLE, &result.analysis);
        assert!(result.mismatches.is_empty());
    }

    #[test]
    fn a_fixed_role_and_a_removed_person_are_kept_as_edited() {
        let mut analysis = analyze(ARTICLE);
        analysis.people.retain(|p| p.id != "sergei-lavrov");
        analysis.people[0].role = Some("Spokesman for the Kremlin".to_owned());
        let result = place_edited(ARTICLE, &analysis);
        assert_eq!(result.analysis.people.len(), 1);
        let peskov = person(&result.analysis, "dmitry-peskov");
        assert_eq!(peskov.role.as_deref(), Some("Spokesman for the Kremlin"));
    }

    #[test]
    fn text_no_longer_in_the_article_is_reported_not_shown() {
        let analysis = analyze(ARTICLE);
        let edited = ARTICLE.replace("There is a process under way", "Talks continue");
        let result = place_edited(&edited, &analysis);
        assert_eq!(
            result.mismatches,
            vec![Mismatch {
                person: "dmitry-peskov".to_owned(),
                kind: ItemKind::Direct,
                text: "There is a process under way".to_owned(),
                why: Why::NotInText,
            }]
        );
        assert_slices(&edited, &result.analysis);
    }

    #[test]
    fn whitespace_quotes_and_soft_hyphens_do_not_count() {
        let analysis = analyze(ARTICLE);
        let page = ARTICLE
            .replace("Sergei Lavrov", "Sergei\n   Lav\u{ad}rov")
            .replace("a process", "a  process");
        let result = place_edited(&page, &analysis);
        assert!(result.mismatches.is_empty(), "{:?}", result.mismatches);
        let lavrov = person(&result.analysis, "sergei-lavrov");
        assert_eq!(lavrov.mentions[0].text, "Sergei\n   Lav\u{ad}rov");
        assert_slices(&page, &result.analysis);
    }

    /// Places `text` with `finder`, as an entry that had the offsets `0..0`.
    fn find(finder: &mut Finder, text: &str, quote: bool) -> Result<Range<usize>, Why> {
        finder.place(0, 0, text, quote)
    }

    #[test]
    fn a_name_is_not_found_inside_a_longer_word() {
        let mut finder = Finder::new("Leeds fans cheered. Lee said so.");
        assert_eq!(find(&mut finder, "Lee", false), Ok(20..23));
    }

    #[test]
    fn one_place_is_given_once() {
        let mut finder = Finder::new("He said \u{201c}yes.\u{201d}");
        assert_eq!(find(&mut finder, "yes.", true), Ok(9..13));
        assert_eq!(find(&mut finder, "yes.", true), Err(Why::Taken));
        assert_eq!(find(&mut finder, " ", true), Err(Why::Empty));
    }

    #[test]
    fn absurd_offsets_are_only_a_hint() {
        let mut finder = Finder::new("Costa said yes. Costa left.");
        let mut far = |start, end| finder.place(start, end, "Costa", false);
        assert_eq!(far(usize::MAX, 0), Ok(16..21));
        assert_eq!(far(0, usize::MAX), Ok(0..5));
        assert_eq!(far(usize::MAX / 2 + 1, 3), Err(Why::Taken));
        assert_eq!(far(usize::MAX - 1, usize::MAX), Err(Why::Taken));
    }

    #[test]
    fn json_is_checked_with_clear_errors() {
        let json = serde_json::to_string(&analyze(ARTICLE)).expect("serialises");
        assert_eq!(parse_analysis(&json), Ok(analyze(ARTICLE)));
        let wrong_format = json.replacen("\"format\":1", "\"format\":2", 1);
        assert_eq!(parse_analysis(&wrong_format), Err(AnalysisError::Format(2)));
        let twice = json.replace("sergei-lavrov", "dmitry-peskov");
        assert_eq!(
            parse_analysis(&twice),
            Err(AnalysisError::DuplicateId("dmitry-peskov".to_owned()))
        );
        let unnamed = json.replace("\"name\":\"Sergei Lavrov\"", "\"name\":\"\"");
        assert_eq!(parse_analysis(&unnamed), Err(AnalysisError::Unnamed(1)));
        let Err(AnalysisError::Json(cause)) = parse_analysis("{\"format\":1}") else {
            panic!("a missing field is a JSON error");
        };
        assert!(cause.contains("people"), "{cause}");
    }

    #[test]
    fn offsets_and_optional_fields_may_be_left_out_by_hand() {
        let json = r#"{"format":1,"people":[{"id":"sergei-lavrov","name":"Sergei Lavrov",
            "quotes":[{"kind":"mixed","text":"the West was “not serious” about peace"}]}]}"#;
        let result = place_edited(ARTICLE, &parse_analysis(json).expect("valid"));
        let lavrov = person(&result.analysis, "sergei-lavrov");
        assert_eq!(
            (lavrov.role.as_ref(), lavrov.quotes[0].cue.as_ref()),
            (None, None)
        );
        assert!(lavrov.quotes[0].start > 0);
        assert_slices(ARTICLE, &result.analysis);
    }
}
