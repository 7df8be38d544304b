//! Attribution: who said each quote, and what each person is reported to have said.
//!
//! Direct quotes take their speaker from the attribution after them (“…,” he said), before them
//! (X said: “…”), from the quote they continue, or from the speaker of the paragraph before. Reported
//! speech starts at a reporting verb ("said", "told Reuters that", "according to", "denied that")
//! whose subject is a named person or a pronoun for one. Organisations and unnamed sources ("the
//! Kremlin said", "a senior official said") are speakers too, but not people, so what they say
//! goes to nobody.
//!
//! The rules are tables of named rules, each tried in order until one decides: who speaks at a
//! verb (`SPEAKER_RULES`, speakers.rs), what a verb reports (`CONTENT_RULES`, reported.rs), where a
//! quote's attribution is and whose a quote without one is (`QUOTE_RULES`, `UNATTRIBUTED_RULES`,
//! direct.rs). A new construction is a new row (or a change to one row) with a case of the same
//! name in `tests/spec/attribution.txt`; a unit test checks that each rule decides in its case. The
//! closed word classes the rules test are named sets in `lexicon`.

use std::collections::HashMap;
use std::ops::Range;

use crate::analysis::QuoteKind;
use crate::lexicon::{self, is_adjunct_opener, is_clause_opener, Gender, VerbFrame};
use crate::people::People;
use crate::quotes::{QuoteSpan, Quotes};
use crate::segment::Document;

mod direct;
mod reported;
mod speakers;

/// One thing a person said, as token ranges.
#[derive(Debug, Clone)]
pub struct Attributed {
    /// Index into `People::persons`.
    pub person: usize,
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The content's tokens.
    pub content: Range<usize>,
    /// The reporting verb's tokens, if any.
    pub cue: Option<Range<usize>>,
}

/// Who a reporting verb's subject is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Speaker {
    /// A named person (index into `People::persons`).
    Person(usize),
    /// An organisation, document or unnamed source: a speaker, but not a person.
    Other,
}

/// How many sentences back a pronoun looks first for its person.
const PRONOUN_WINDOW: usize = 3;
/// How many sentences back a pronoun looks when no one fits nearer.
const PRONOUN_REACH: usize = 8;
/// How many of the nearest names a pronoun weighs, so a sentence of a thousand names stays cheap.
const MAX_ANTECEDENTS: usize = 48;
/// How far ahead of a quote's closing mark its attribution may start, in tokens.
const ATTRIBUTION_REACH: usize = 12;
/// The longest reported clause, in tokens; it bounds the work per verb on run-on text.
const MAX_CLAUSE_TOKENS: usize = 120;
/// The longest bracketed tag after a name, in tokens ("(D-Ore.)", "(R-Texas)").
const MAX_BRACKETED_TAG: usize = 6;
/// How many words after a possessor may describe the subject ("Voss's deputy campaign manager").
const MAX_POSSESSED_WORDS: usize = 3;
/// How many title tokens may open a sentence before its subject's name ("Sen." "Ann Cole").
const MAX_OPENING_TITLES: usize = 3;
/// How far into a sentence its subject may stand, in tokens.
const SUBJECT_REACH: usize = 24;
/// How far after a verb its inverted subject may start, in tokens ("said chief of staff Ann
/// Vane", "said former Gov. and party chairman Ed Ruiz").
const AFTER_VERB_REACH: usize = 10;

/// Attributes every quote and every piece of reported speech in `doc`.
#[cfg(test)]
pub fn attribute(
    doc: &Document,
    people: &People,
    roles: &[Option<Range<usize>>],
    quotes: &Quotes,
) -> Vec<Attributed> {
    Paused::start(doc, people, roles, quotes).finish(doc, people, quotes)
}

/// Attribution paused between stretches of sentences, so a long article is attributed in bounded
/// steps; every call must pass the same article, people and quotes. What it finishes is what one
/// pass over all the sentences finds.
pub struct Paused {
    carried: Carried,
    /// The first sentence not yet read, and the first quote span not yet attributed.
    next_sentence: usize,
    next_span: usize,
}

impl Paused {
    /// Attribution of `doc` before its first sentence.
    pub fn start(
        doc: &Document,
        people: &People,
        roles: &[Option<Range<usize>>],
        quotes: &Quotes,
    ) -> Self {
        Attributor::new(doc, people, roles, &quotes.outer).pause(0, 0)
    }

    /// Whether every sentence has been read.
    pub fn is_done(&self, doc: &Document) -> bool {
        self.next_sentence >= doc.sentences.len()
    }

    /// Reads up to `sentences` more sentences.
    pub fn resume(
        self,
        doc: &Document,
        people: &People,
        quotes: &Quotes,
        sentences: usize,
    ) -> Self {
        let start = self.next_sentence;
        let end = start.saturating_add(sentences).min(doc.sentences.len());
        let next_span = self.next_span;
        let mut a = Attributor::resume(doc, people, &quotes.outer, self.carried);
        let next_span = a.run(start..end, next_span);
        a.pause(end, next_span)
    }

    /// Reads the sentences left, then the quotes within quotes; what was said, in article order.
    pub fn finish(self, doc: &Document, people: &People, quotes: &Quotes) -> Vec<Attributed> {
        let paused = self.resume(doc, people, quotes, usize::MAX);
        let mut a = Attributor::resume(doc, people, &quotes.outer, paused.carried);
        for inner in &quotes.nested {
            a.quote_within_quote(inner);
        }
        a.finish()
    }
}

/// The people whose name holds each word, in order, each once. A paused attribution builds it again
/// when it resumes (once per step, a cost of the cast's size). Keyed by `String`, like the role
/// holders, so the wasm holds one copy of the hash table's code for both.
fn name_holders(people: &People) -> HashMap<String, Vec<usize>> {
    let mut holders: HashMap<String, Vec<usize>> = HashMap::new();
    for (person, p) in people.persons.iter().enumerate() {
        for word in &p.words {
            let word_holders = holders.entry(word.clone()).or_default();
            if word_holders.last() != Some(&person) {
                word_holders.push(person);
            }
        }
    }
    holders
}

/// What the attribution learns as it reads, carried from one stretch of sentences to the next.
struct Carried {
    /// The people whose role holds each word ("minister" → the ministers), for "the minister said".
    role_holders: HashMap<String, Vec<usize>>,
    /// For each token, the quote span whose marks enclose it.
    quote_at: Vec<Option<usize>>,
    /// For each token that is a reporting verb, its speaker once found.
    verb_speakers: Vec<Option<Option<Speaker>>>,
    span_speakers: Vec<Option<usize>>,
    /// The last person credited with speech, and the paragraph and sentence where.
    last_speaker: Option<(usize, usize, usize)>,
    /// The last speaker other than `last_speaker`, who answers a question it asks.
    speaker_before_last: Option<usize>,
    /// The paragraph and sentence of the last quote whose speaker is unnamed, who holds the floor.
    unnamed_floor: Option<(usize, usize)>,
    /// The paragraph and sentence where an unnamed person opening the sentence ("A neighbour …
    /// said") last reported something, so a pronoun right after may be theirs.
    unnamed_person_spoke: Option<(usize, usize)>,
    found: Vec<Attributed>,
}

struct Attributor<'a> {
    doc: &'a Document<'a>,
    people: &'a People,
    /// The people whose name holds each word ("park" → Park Ji-won), for "Dr. Park said" when the
    /// people stage did not link the titled name.
    name_holders: HashMap<String, Vec<usize>>,
    spans: &'a [QuoteSpan],
    carried: Carried,
    /// The rules that decided, in order, for the tests that tie each rule to its spec case.
    #[cfg(test)]
    rules_decided: std::cell::RefCell<Vec<&'static str>>,
}

impl<'a> Attributor<'a> {
    fn new(
        doc: &'a Document<'a>,
        people: &'a People,
        roles: &'a [Option<Range<usize>>],
        spans: &'a [QuoteSpan],
    ) -> Self {
        let mut quote_at = vec![None; doc.tokens.len()];
        for (i, span) in spans.iter().enumerate() {
            for t in span.outer() {
                quote_at[t] = Some(i);
            }
        }
        let mut role_holders: HashMap<String, Vec<usize>> = HashMap::new();
        for (person, role) in roles.iter().enumerate() {
            for t in role.clone().into_iter().flatten() {
                role_holders
                    .entry(crate::case::lowercase(doc.word(t)))
                    .or_default()
                    .push(person);
            }
        }
        let carried = Carried {
            role_holders,
            quote_at,
            verb_speakers: vec![None; doc.tokens.len()],
            span_speakers: vec![None; spans.len()],
            last_speaker: None,
            speaker_before_last: None,
            unnamed_floor: None,
            unnamed_person_spoke: None,
            found: Vec::new(),
        };
        Attributor::resume(doc, people, spans, carried)
    }

    fn resume(
        doc: &'a Document<'a>,
        people: &'a People,
        spans: &'a [QuoteSpan],
        carried: Carried,
    ) -> Self {
        Attributor {
            doc,
            people,
            name_holders: name_holders(people),
            spans,
            carried,
            #[cfg(test)]
            rules_decided: std::cell::RefCell::default(),
        }
    }

    fn pause(self, next_sentence: usize, next_span: usize) -> Paused {
        Paused {
            carried: self.carried,
            next_sentence,
            next_span,
        }
    }

    /// Reads `sentences`, attributing the quote spans from `next_span` that end in them; returns
    /// the first span left.
    fn run(&mut self, sentences: Range<usize>, mut next_span: usize) -> usize {
        for s in sentences {
            let range = self.doc.sentences[s].clone();
            self.transcript_answer(range.clone());
            for t in range.clone() {
                if self.quote_of(t).is_none() && self.doc.is_word(t) {
                    self.reported_speech(t);
                }
            }
            while next_span < self.spans.len() && self.span(next_span).outer().end <= range.end {
                self.direct_quote(next_span);
                next_span += 1;
            }
        }
        next_span
    }

    // ---- small helpers ------------------------------------------------------------------------

    /// A rule's answer, passed through; under test, a rule that decides (`Some`) is recorded.
    fn noted<T>(&self, rule: &'static str, answer: Option<T>) -> Option<T> {
        #[cfg(test)]
        if answer.is_some() {
            self.rules_decided.borrow_mut().push(rule);
        }
        #[cfg(not(test))]
        let _ = rule;
        answer
    }

    /// Token `t` as the word lists hold it ([`lexicon::folded`]).
    fn lower(&self, t: usize) -> &str {
        self.doc.folded(t)
    }

    /// Quote span `i`; one call, not an index check at every read.
    fn span(&self, i: usize) -> &'a QuoteSpan {
        &self.spans[i]
    }

    /// The quote span whose marks enclose token `t`, if any.
    fn quote_of(&self, t: usize) -> Option<usize> {
        self.carried.quote_at[t]
    }

    fn sentence(&self, t: usize) -> Range<usize> {
        self.doc.sentence_of(t)
    }

    fn word_count(&self, range: Range<usize>) -> usize {
        range.filter(|&t| self.doc.is_word(t)).count()
    }

    fn credit(
        &mut self,
        person: usize,
        kind: QuoteKind,
        content: Range<usize>,
        cue: Option<Range<usize>>,
    ) {
        let t = &self.doc.token(content.start);
        if self
            .carried
            .last_speaker
            .is_some_and(|(last, _, _)| last != person)
        {
            self.carried.speaker_before_last = self.carried.last_speaker.map(|(last, _, _)| last);
        }
        self.carried.last_speaker = Some((person, t.paragraph, t.sentence));
        self.carried.found.push(Attributed {
            person,
            kind,
            content,
            cue,
        });
    }

    /// A reporting verb outside quotation marks; a capitalised one only opening a sentence ("The
    /// Huffington Post" holds no verb).
    fn is_verb(&self, t: usize) -> bool {
        let lower_case = !self.doc.is_capitalised(t) || self.sentence(t).start == t;
        self.doc.is_word(t)
            && self.quote_of(t).is_none()
            && lower_case
            && (lexicon::reporting_verb(self.lower(t)).is_some()
                || self.is_according(t)
                || self.is_put_it(t))
    }

    /// "as Ms. Ito put it": "put it" after "as" attributes what it follows or precedes.
    fn is_put_it(&self, t: usize) -> bool {
        /// How far before "put it" its "as" may stand ("as the mayor's spokesman put it").
        const AS_REACH: usize = 6;
        /// The longest description set off by commas before "put it", in tokens ("a professor of
        /// law at Marlow and author of “The Quiet Charter,”").
        const MAX_ASIDE: usize = 20;
        if t + 1 >= self.doc.tokens.len() || self.lower(t) != "put" || self.lower(t + 1) != "it" {
            return false;
        }
        let start = self.sentence(t).start;
        // "as Ann Cole, the party's whip, put it": the description set off by commas is skipped,
        // also when it ends on a quoted title ("author of “Harbor Days,” put it").
        let closing_comma = (t > start)
            .then(|| self.comma_inside_closing(t - 1))
            .flatten()
            .unwrap_or(t.saturating_sub(1));
        let aside_start = (closing_comma > start && self.doc.is(closing_comma, ','))
            .then(|| {
                (t.saturating_sub(MAX_ASIDE).max(start)..closing_comma)
                    .rev()
                    .find(|&k| self.doc.is(k, ','))
            })
            .flatten();
        let before = aside_start.unwrap_or(t);
        (before.saturating_sub(AS_REACH).max(start)..before).any(|k| self.lower(k) == "as")
    }

    /// "went so far as to say": the token before "so far as" when `as_token` ends that phrase.
    fn before_so_far_as(&self, as_token: usize) -> Option<usize> {
        let start = self.sentence(as_token).start;
        let phrase = as_token >= start + 3
            && self.lower(as_token) == "as"
            && self.lower(as_token - 1) == "far"
            && self.lower(as_token - 2) == "so";
        phrase.then(|| as_token - 3)
    }

    /// The comma just inside the marks of the quote that closes at `close` ("author of “Harbor
    /// Days,” put it"); with doubled straight marks (''…,'') it stands before both.
    fn comma_inside_closing(&self, close: usize) -> Option<usize> {
        let q = self.quote_of(close).filter(|_| self.closes_quote(close))?;
        let last = self.span(q).inner.end.checked_sub(1)?;
        self.doc.is(last, ',').then_some(last)
    }

    /// "according to X" and "in the words of X": a source named after its cue.
    fn is_according(&self, t: usize) -> bool {
        let next_is = |w: &str| t + 1 < self.doc.tokens.len() && self.lower(t + 1) == w;
        match self.lower(t) {
            "according" => next_is("to"),
            "words" => next_is("of") && t > 0 && self.lower(t - 1) == "the",
            _ => false,
        }
    }

    // ---- result -------------------------------------------------------------------------------

    /// Drops reports nested inside another report of a person (the outer speaker keeps the whole)
    /// and sorts into article order.
    fn finish(mut self) -> Vec<Attributed> {
        crate::order::sort_by_key(&mut self.carried.found, |a| {
            (a.content.start, std::cmp::Reverse(a.content.end), a.person)
        });
        let mut kept: Vec<Attributed> = Vec::new();
        // Sorted by start, a report that holds another comes first: the furthest end of the
        // reports kept so far tells whether the next one is nested.
        let mut reported_until = 0;
        for a in self.carried.found {
            let nested = a.content.end <= reported_until;
            let duplicate = kept.last().is_some_and(|k| k.content == a.content);
            if !nested && !duplicate {
                if a.kind != QuoteKind::Direct {
                    reported_until = reported_until.max(a.content.end);
                }
                kept.push(a);
            }
        }
        kept
    }
}

/// "Brazilian", "Dutchman", "Spaniard": a word for a person from a place, as opposed to the place or
/// an institution ("the Kremlin", "the Vatican").
fn is_demonym(w: &str) -> bool {
    /// Endings of words for one person from a place ("the Dutchman", "the Pakistani", "the
    /// Cypriot", "the Briton"); not those of papers and agencies ("the Observer", "the Tribune",
    /// "the Nation"), nor a people ("the British").
    const DEMONYM_ENDINGS: [&str; 11] = [
        "man", "woman", "an", "ian", "ean", "ard", "ese", "i", "ite", "ot", "briton",
    ];
    let institution = w.ends_with("stan") || lexicon::is_institution_like_demonym(w);
    !institution && DEMONYM_ENDINGS.iter().any(|s| w.ends_with(s)) && !w.ends_with("land")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::find_people;
    use crate::quotes::find_quotes;

    /// (speaker name, kind, content) for every attribution in `text`.
    fn said(text: &str) -> Vec<(String, QuoteKind, String)> {
        let doc = Document::new(text);
        let people = find_people(&doc);
        let quotes = find_quotes(&doc);
        let roles = crate::roles::find_roles(&doc, &people);
        attribute(&doc, &people, &roles, &quotes)
            .into_iter()
            .map(|a| {
                let p = &people.person(a.person);
                let name = p.name.clone();
                let content = doc.text
                    [doc.token(a.content.start).start..doc.token(a.content.end - 1).end]
                    .to_owned();
                (name, a.kind, content)
            })
            .collect()
    }

    /// The cases of `tests/spec/attribution.txt` as (name, text).
    fn spec_cases() -> Vec<(&'static str, &'static str)> {
        include_str!("../../tests/spec/attribution.txt")
            .split("\n### ")
            .skip(1)
            .filter_map(|block| {
                let (title, rest) = block.split_once('\n')?;
                let (name, _) = title.split_once(": ")?;
                Some((name, rest.split_once("\n---\n")?.0))
            })
            .collect()
    }

    /// The rules that decide in `text`, in the order the attribution tries them.
    fn deciding_rules(text: &str) -> Vec<&'static str> {
        let doc = Document::new(text);
        let people = find_people(&doc);
        let quotes = find_quotes(&doc);
        let roles = crate::roles::find_roles(&doc, &people);
        let mut a = Attributor::new(&doc, &people, &roles, &quotes.outer);
        a.run(0..doc.sentences.len(), 0);
        a.rules_decided.take()
    }

    /// Every rule of the attribution tables has a spec case named after it, in which it decides.
    #[test]
    fn each_rule_decides_in_its_spec_case() {
        let cases = spec_cases();
        let names = speakers::SPEAKER_RULES
            .iter()
            .map(|(name, _)| *name)
            .chain(reported::CONTENT_RULES.iter().map(|(name, _)| *name))
            .chain(direct::QUOTE_RULES.iter().map(|(name, _)| *name))
            .chain(direct::UNATTRIBUTED_RULES.iter().map(|(name, _)| *name));
        for rule in names {
            let (_, text) = cases
                .iter()
                .find(|(name, _)| *name == rule)
                .unwrap_or_else(|| panic!("no spec case named {rule:?}"));
            let decided = deciding_rules(text);
            assert!(
                decided.contains(&rule),
                "rule {rule:?} decides nothing in its spec case (decided: {decided:?})"
            );
        }
    }

    fn entry(name: &str, kind: QuoteKind, content: &str) -> (String, QuoteKind, String) {
        (name.to_owned(), kind, content.to_owned())
    }

    #[test]
    fn quote_then_pronoun_two_sentences_back() {
        let text = "Kremlin spokesman Dmitry Peskov spoke. He met Steve Witkoff's team on Monday.\n\n“It is a serious process,” he said.";
        assert_eq!(
            said(text),
            [entry(
                "Dmitry Peskov",
                QuoteKind::Direct,
                "It is a serious process"
            )]
        );
    }

    #[test]
    fn split_quote_and_inverted_attribution() {
        let text = "“We will win,” said Ana Ruiz, the mayor, “and soon.”";
        assert_eq!(
            said(text),
            [
                entry("Ana Ruiz", QuoteKind::Direct, "We will win"),
                entry("Ana Ruiz", QuoteKind::Direct, "and soon.")
            ]
        );
    }

    #[test]
    fn reported_speech_forms() {
        let text = "Maria Lopez said the vote would go ahead. According to John Smith, the plan failed. Karen Bell told Reuters that prices will rise. Tom Reed denied that he lied.";
        assert_eq!(
            said(text),
            [
                entry(
                    "Maria Lopez",
                    QuoteKind::Indirect,
                    "the vote would go ahead"
                ),
                entry("John Smith", QuoteKind::Indirect, "the plan failed"),
                entry("Karen Bell", QuoteKind::Indirect, "prices will rise"),
                entry("Tom Reed", QuoteKind::Indirect, "denied that he lied"),
            ]
        );
    }

    #[test]
    fn mixed_quote_and_called() {
        let text = "Mark Jones called the plan a disaster. Jane Doe said the deal was \"a real win\" for all.";
        assert_eq!(
            said(text),
            [
                entry("Mark Jones", QuoteKind::Indirect, "the plan a disaster"),
                entry(
                    "Jane Doe",
                    QuoteKind::Mixed,
                    "the deal was \"a real win\" for all"
                )
            ]
        );
    }

    #[test]
    fn organisations_and_unnamed_sources_get_nothing() {
        let text = "Jane Doe attended. The Kremlin said the talks would continue. A senior official said the plan was dead.";
        assert!(said(text).is_empty());
    }

    #[test]
    fn scare_quotes_are_not_speech() {
        let text = "Jane Doe wants to \"sell\" the plan and visited \"The Grand Hall\" today.";
        assert!(said(text).is_empty());
    }

    #[test]
    fn quote_paragraph_continues_the_last_speaker() {
        let text =
            "Jane Doe said the plan would work.\n\n“It is the best plan we have had in years.”";
        let found = said(text);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[1],
            entry(
                "Jane Doe",
                QuoteKind::Direct,
                "It is the best plan we have had in years."
            )
        );
    }

    #[test]
    fn colon_introduced_quote_and_transcript() {
        let text =
            "Jane Doe told the paper: “We are done here.”\n\nJohn Roe: We have only started.";
        assert_eq!(
            said(text),
            [
                entry("Jane Doe", QuoteKind::Direct, "We are done here."),
                entry("John Roe", QuoteKind::Direct, "We have only started.")
            ]
        );
    }
}
