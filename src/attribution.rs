//! Attribution: who said each quote, and what each person is reported to have said.
//!
//! Direct quotes take their speaker from the attribution after them (“…,” he said), before them
//! (X said: “…”), from the quote they continue, or from the speaker of the paragraph before. Reported
//! speech starts at a reporting verb ("said", "told Reuters that", "according to", "denied that")
//! whose subject is a named person or a pronoun for one. Organisations and unnamed sources ("the
//! Kremlin said", "a senior official said") are speakers too, but not people, so what they say
//! goes to nobody.

use std::collections::HashMap;
use std::ops::Range;

use crate::analysis::QuoteKind;
use crate::lexicon::{self, Gender, VerbFrame};
use crate::people::People;
use crate::quotes::{QuoteSpan, Quotes};
use crate::segment::{Document, TokenKind};

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
/// How far into a sentence its subject may stand, in tokens.
const SUBJECT_REACH: usize = 24;

/// Attributes every quote and every piece of reported speech in `doc`.
pub fn attribute(doc: &Document, people: &People, roles: &[Option<Range<usize>>], quotes: &Quotes) -> Vec<Attributed> {
    let mut a = Attributor::new(doc, people, roles, &quotes.outer);
    a.run();
    for inner in &quotes.nested {
        a.quote_within_quote(inner);
    }
    a.finish()
}

struct Attributor<'a> {
    doc: &'a Document<'a>,
    people: &'a People,
    /// The people whose role holds each word ("minister" → the ministers), for "the minister said".
    role_holders: HashMap<String, Vec<usize>>,
    spans: &'a [QuoteSpan],
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
    found: Vec<Attributed>,
}

impl<'a> Attributor<'a> {
    fn new(doc: &'a Document<'a>, people: &'a People, roles: &'a [Option<Range<usize>>], spans: &'a [QuoteSpan]) -> Self {
        let mut quote_at = vec![None; doc.tokens.len()];
        for (i, span) in spans.iter().enumerate() {
            for t in span.outer() {
                quote_at[t] = Some(i);
            }
        }
        let mut role_holders: HashMap<String, Vec<usize>> = HashMap::new();
        for (person, role) in roles.iter().enumerate() {
            for t in role.clone().into_iter().flatten() {
                role_holders.entry(doc.word(t).to_lowercase()).or_default().push(person);
            }
        }
        Attributor { doc, people, role_holders, spans, quote_at, verb_speakers: vec![None; doc.tokens.len()], span_speakers: vec![None; spans.len()], last_speaker: None, speaker_before_last: None, unnamed_floor: None, found: Vec::new() }
    }

    fn run(&mut self) {
        let mut next_span = 0;
        for s in 0..self.doc.sentences.len() {
            let range = self.doc.sentences[s].clone();
            self.transcript_answer(range.clone());
            for t in range.clone() {
                if self.quote_at[t].is_none() && self.doc.tokens[t].kind == TokenKind::Word {
                    self.reported_speech(t);
                }
            }
            while next_span < self.spans.len() && self.spans[next_span].outer().end <= range.end {
                self.direct_quote(next_span);
                next_span += 1;
            }
        }
    }

    // ---- small helpers ------------------------------------------------------------------------

    fn lower(&self, t: usize) -> String {
        self.doc.word(t).to_lowercase()
    }

    fn sentence(&self, t: usize) -> Range<usize> {
        self.doc.sentence_of(t)
    }

    fn word_count(&self, range: Range<usize>) -> usize {
        range.filter(|&t| self.doc.tokens[t].kind == TokenKind::Word).count()
    }

    fn credit(&mut self, person: usize, kind: QuoteKind, content: Range<usize>, cue: Option<Range<usize>>) {
        let t = &self.doc.tokens[content.start];
        if self.last_speaker.is_some_and(|(last, _, _)| last != person) {
            self.speaker_before_last = self.last_speaker.map(|(last, _, _)| last);
        }
        self.last_speaker = Some((person, t.paragraph, t.sentence));
        self.found.push(Attributed { person, kind, content, cue });
    }

    /// A reporting verb outside quotation marks; a capitalised one only opening a sentence ("The
    /// Huffington Post" holds no verb).
    fn is_verb(&self, t: usize) -> bool {
        let lower_case = !self.doc.is_capitalised(t) || self.sentence(t).start == t;
        self.doc.tokens[t].kind == TokenKind::Word && self.quote_at[t].is_none() && lower_case && (lexicon::reporting_verb(&self.lower(t)).is_some() || self.is_according(t))
    }

    /// "according to X" and "in the words of X": a source named after its cue.
    fn is_according(&self, t: usize) -> bool {
        let next_is = |w: &str| t + 1 < self.doc.tokens.len() && self.lower(t + 1) == w;
        match self.lower(t).as_str() {
            "according" => next_is("to"),
            "words" => next_is("of") && t > 0 && self.lower(t - 1) == "the",
            _ => false,
        }
    }

    // ---- speakers -----------------------------------------------------------------------------

    /// The speaker of reporting verb `v`, remembered so a split quote gets one answer.
    fn speaker_of_verb(&mut self, v: usize) -> Option<Speaker> {
        if let Some(known) = self.verb_speakers[v] {
            return known;
        }
        let speaker = self.find_speaker_of_verb(v);
        self.verb_speakers[v] = Some(speaker);
        speaker
    }

    /// One past the name "according to" cites, past its titles and a set-off role ("according to
    /// Afghan Ambassador to the United States Hamdullah Mohib", "according to the coach, X").
    fn source_end(&self, from: usize) -> Option<usize> {
        if from >= self.doc.tokens.len() {
            return None; // "according to" ends the text
        }
        let s = self.sentence(from);
        if lexicon::speaker_pronoun(&self.lower(from)).is_some() {
            return Some(from + 1); // "according to her"
        }
        let mut t = from;
        while t < s.end && t < from + 14 {
            if let Some(m) = self.people.mention_starting_at(t) {
                return Some(self.people.mentions[m].tokens.end);
            }
            let w = self.lower(t);
            let after_role = t > from && lexicon::is_role_noun(&self.lower(t - 1));
            // Words of a description ("the Afghan team's coach, X"); a comma only after its head.
            let descriptive = self.doc.tokens[t].kind == TokenKind::Word && (self.doc.is_capitalised(t) || lexicon::reporting_verb(&w).is_none());
            let title_like = descriptive || matches!(w.as_str(), "'s" | "’s" | "." | "-") || self.doc.is(t, ',') && after_role;
            if !title_like {
                return None;
            }
            t += 1;
        }
        None
    }

    fn find_speaker_of_verb(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        if self.is_according(v) {
            let end = self.source_end(v + 2)?;
            if let Some(g) = lexicon::speaker_pronoun(&self.lower(end - 1)) {
                return self.resolve_pronoun(end - 1, g).map(Speaker::Person);
            }
            return Some(Speaker::Person(self.people.mentions[self.people.mention_at[end - 1]?].person));
        }
        if v > s.start && matches!(self.lower(v - 1).as_str(), "is" | "was" | "were" | "are" | "be" | "been" | "being") {
            return Some(Speaker::Other); // passive: "was described by the Kremlin as"
        }
        let mut k = v;
        while k > s.start && self.is_skippable(k - 1) {
            k -= 1;
        }
        // "Robert F. Kennedy Jr. said": the abbreviation's dot after the name.
        if k > s.start + 1 && self.doc.is(k - 1, '.') && self.people.mention_ending_at(k - 1).is_some() {
            k -= 1;
        }
        if k > s.start {
            let t = k - 1;
            if let Some(m) = self.people.mention_ending_at(k) {
                // "The campaign of X says": X sits in a phrase; the campaign speaks.
                let start = self.people.mentions[m].tokens.start;
                // "with Peskov saying …" is Peskov speaking.
                let absolute = self.lower(v).ends_with("ing") && start > 0 && self.lower(start - 1) == "with";
                let in_phrase = start > s.start && !absolute && matches!(self.lower(start - 1).as_str(), "of" | "for" | "with" | "from" | "by" | "against" | "behind" | "at");
                return Some(if in_phrase { Speaker::Other } else { Speaker::Person(self.people.mentions[m].person) });
            }
            if let Some(g) = lexicon::speaker_pronoun(&self.lower(t)) {
                return self.resolve_pronoun(t, g).map(Speaker::Person);
            }
            let w = self.lower(t);
            if w == "as" && t > s.start {
                if let Some(m) = self.people.mention_ending_at(t) {
                    return Some(Speaker::Person(self.people.mentions[m].person)); // "quoted X as saying"
                }
                // "X was quoted as saying"
                let mut q = t;
                if self.lower(q - 1) == "quoted" {
                    q -= 1;
                    while q > s.start && matches!(self.lower(q - 1).as_str(), "was" | "is" | "been" | "has" | "had" | "also") {
                        q -= 1;
                    }
                    if let Some(m) = self.people.mention_ending_at(q) {
                        return Some(Speaker::Person(self.people.mentions[m].person));
                    }
                    if let Some(g) = (q > s.start).then(|| lexicon::speaker_pronoun(&self.lower(q - 1))).flatten() {
                        return self.resolve_pronoun(q - 1, g).map(Speaker::Person);
                    }
                }
            }
            if matches!(w.as_str(), "and" | "but") || self.lower(v).ends_with("ing") && matches!(w.as_str(), "while" | "whilst" | "before" | "after" | "by" | "when" | "in") {
                return self.sentence_subject(v);
            }
            if w == "who" && t > s.start + 1 && self.doc.is(t - 1, ',') {
                if let Some(m) = self.people.mention_ending_at(t - 1) {
                    return Some(Speaker::Person(self.people.mentions[m].person));
                }
            }
            if matches!(w.as_str(), "statement" | "letter" | "tweet" | "post" | "message" | "blog" | "email" | "testimony") && t > s.start + 1 && matches!(self.lower(t - 1).as_str(), "'s" | "’s") {
                if let Some(m) = self.people.mention_ending_at(t - 1) {
                    return Some(Speaker::Person(self.people.mentions[m].person)); // "Cornyn's statement added"
                }
            }
            if self.doc.is(t, ',') && self.lower(v).ends_with("ing") {
                // "X singled out Y, the captain, for praise, saying …": X speaks.
                if let Some(Speaker::Person(p)) = self.sentence_subject(v) {
                    return Some(Speaker::Person(p));
                }
            }
            if self.doc.is(t, ',') {
                if let Some(subject) = self.relative_clause_subject(t) {
                    return Some(subject);
                }
            }
            if self.doc.is(t, ',') || self.doc.is(t, ')') {
                if let Some(p) = self.set_off_subject(t) {
                    return Some(Speaker::Person(p));
                }
            } else if self.quote_at[t].is_none() && self.doc.tokens[t].kind == TokenKind::Word {
                // "the Dutchman said" names someone already named, as does "Dan Ives of Wedbush
                // Securities called"; "the Kremlin said", "officials said" name nobody.
                let described = self.descriptor_speaker(t).or_else(|| self.subject_with_phrase(k).map(Speaker::Person));
                return Some(described.unwrap_or(Speaker::Other));
            }
        }
        // Inverted ("said Ana Ruiz", "said the mayor, Ana Ruiz") or a participle ("…, saying").
        if let Some(found) = self.speaker_after(v) {
            return Some(found);
        }
        if self.lower(v).ends_with("ing") {
            return self.sentence_subject(v);
        }
        // "…,” said a woman selling pies: an unnamed speaker after the verb.
        let unnamed = v + 1 < s.end && matches!(self.lower(v + 1).as_str(), "a" | "an" | "one" | "another" | "some" | "several");
        unnamed.then_some(Speaker::Other)
    }

    /// Adverbs and auxiliaries between a subject and its verb ("has also repeatedly said").
    fn is_skippable(&self, t: usize) -> bool {
        let w = self.lower(t);
        // "Lula da Silva on Friday urged": a day between the subject and its verb.
        let day = |w: &str| matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday");
        if day(&w) && t > 0 && self.lower(t - 1) == "on" || w == "on" && t + 1 < self.doc.tokens.len() && day(&self.lower(t + 1)) {
            return true;
        }
        self.doc.tokens[t].kind == TokenKind::Word
            && self.people.mention_at[t].is_none()
            && (matches!(
                w.as_str(),
                "also" | "later" | "previously" | "further" | "then" | "again" | "has" | "had" | "have"
                    | "would" | "will" | "could" | "did" | "does" | "do" | "once" | "separately"
                    | "first" | "earlier" | "subsequently" | "simply" | "just" | "only" | "still"
                    | "now" | "reportedly" | "allegedly" | "too" | "not" | "never" | "always"
                    | "may" | "might" | "should" | "can" | "must" | "shall" | "himself" | "herself"
                    | "twice" | "recently" | "today" | "yesterday" | "however"
            ) || (w.ends_with("ly") && w.len() > 4 && !lexicon::is_common_word(&w) || matches!(w.as_str(), "publicly" | "repeatedly" | "openly" | "quickly" | "immediately" | "firmly" | "angrily" | "simply" | "bluntly" | "flatly" | "privately" | "initially" | "originally" | "separately")))
    }

    /// A person set off by commas or brackets before the verb: "X, the mayor, said" / "X (45) said".
    fn set_off_subject(&self, close: usize) -> Option<usize> {
        if let Some(m) = self.people.mention_ending_at(close) {
            return Some(self.people.mentions[m].person); // "the coach, Nunzio Galantino, has called"
        }
        if let Some(p) = self.subject_with_phrase(close) {
            return Some(p);
        }
        let s = self.sentence(close);
        let opener = if self.doc.is(close, ')') { '(' } else { ',' };
        let lower_bound = close.saturating_sub(24).max(s.start);
        let m = (lower_bound..close).rev().filter(|&t| self.doc.is(t, opener)).find_map(|open| self.people.mention_ending_at(open))?;
        Some(self.people.mentions[m].person)
    }

    /// "X, who asked not to be named, said": the subject stands before the relative clause; a
    /// description there ("A neighbour of the woman") is nobody named.
    fn relative_clause_subject(&self, close: usize) -> Option<Speaker> {
        let s = self.sentence(close);
        let lower_bound = close.saturating_sub(24).max(s.start + 1);
        let who = (lower_bound..close).rev().find(|&t| self.doc.is(t - 1, ',') && matches!(self.lower(t).as_str(), "who" | "which" | "whose"))?;
        if let Some(m) = self.people.mention_ending_at(who - 1) {
            return Some(Speaker::Person(self.people.mentions[m].person));
        }
        // The clause may describe something else ("X, a partner at Y, which led …, said"): only a
        // sentence with no name before its first comma is surely about someone unnamed.
        let first_comma = (s.start..who.min(s.start + MAX_CLAUSE_TOKENS)).find(|&t| self.doc.is(t, ','))?;
        let named = (s.start..first_comma).any(|t| self.people.mention_at[t].is_some());
        (!named).then_some(Speaker::Other)
    }

    /// "Lydia Buchtmann for Food Standards Australia, says", "Dan Ives of Wedbush Securities
    /// called": a name opening the sentence, then a prepositional phrase up to `phrase_end` (the
    /// comma or the verb).
    fn subject_with_phrase(&self, phrase_end: usize) -> Option<usize> {
        let s = self.sentence(phrase_end);
        let m = self.people.mention_starting_at(s.start)?;
        let end = self.people.mentions[m].tokens.end;
        let phrase = end..phrase_end;
        if phrase.is_empty() || phrase.len() > SUBJECT_REACH || !matches!(self.lower(end).as_str(), "for" | "of" | "from" | "at" | "with" | "in") {
            return None;
        }
        let verbless = phrase.clone().all(|t| !self.doc.is(t, ',') && lexicon::reporting_verb(&self.lower(t)).is_none() && !matches!(self.lower(t).as_str(), "is" | "was" | "are" | "were" | "has" | "had" | "having"));
        verbless.then(|| self.people.mentions[m].person)
    }

    /// A person or pronoun right after the verb, past titles and a set-off role.
    fn speaker_after(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        let mut t = v + 1;
        while t < s.end && t <= v + 8 {
            if let Some(found) = self.speaker_at(t) {
                return Some(found);
            }
            let w = self.lower(t);
            let role_word = self.doc.tokens[t].kind == TokenKind::Word && t <= v + 4 && lexicon::reporting_verb(&w).is_none() && !is_clause_opener(&w) && !is_preposition(&w);
            let title_like = role_word || self.doc.is_capitalised(t) || lexicon::is_role_noun(&w) || matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "'s" | "’s") || self.doc.is(t, ',') || self.doc.is(t, '.');
            if !title_like {
                break;
            }
            t += 1;
        }
        None
    }

    /// The person a definite description stands for: "the minister" for the one person whose
    /// role is a minister, "the Dutchman" or "the 52-year-old" for the person in focus.
    fn descriptor_speaker(&self, t: usize) -> Option<Speaker> {
        // "the minister", "the India vice-captain": "the" and up to two modifiers before the noun.
        let definite = (t.saturating_sub(3)..t).rev().take_while(|&k| k + 3 > t).find(|&k| self.lower(k) == "the").is_some_and(|k| (k + 1..t).all(|m| self.doc.is_capitalised(m) || self.doc.tokens[m].kind == TokenKind::Word && lexicon::reporting_verb(&self.lower(m)).is_none()));
        if !definite {
            return None;
        }
        let w = self.lower(t);
        let role_words: Vec<&str> = std::iter::once(w.as_str()).chain(w.split('-')).filter(|x| lexicon::is_role_noun(x)).collect();
        if !role_words.is_empty() {
            let mut holders: Vec<usize> = std::iter::once(w.as_str()).chain(role_words).filter_map(|x| self.role_holders.get(x)).flatten().copied().collect();
            holders.sort_unstable();
            holders.dedup();
            // "The India vice-captain" (a capital among its words) is specific enough to be the
            // person in focus even when no one was given that role; "the spokesman" is not.
            let specific = (t.saturating_sub(2)..t).any(|k| self.doc.is_capitalised(k) && self.lower(k) != "the");
            return match holders.as_slice() {
                [p] => Some(Speaker::Person(*p)),
                [] if specific => self.resolve_pronoun(t, Gender::Unknown).map(Speaker::Person),
                _ => None,
            };
        }
        let gender = if w.ends_with("woman") { Gender::Female } else if w.ends_with("man") { Gender::Male } else { Gender::Unknown };
        let describes_a_person = w.ends_with("-year-old") || self.doc.is_capitalised(t) && lexicon::is_known_non_person(&w) && is_demonym(&w);
        describes_a_person.then(|| self.resolve_pronoun(t, gender)).flatten().map(Speaker::Person)
    }

    /// A named person or a resolvable pronoun starting at token `t`.
    fn speaker_at(&self, t: usize) -> Option<Speaker> {
        if t >= self.doc.tokens.len() {
            return None;
        }
        if self.lower(t) == "the" && t + 1 < self.doc.tokens.len() {
            if let Some(found) = self.descriptor_speaker(t + 1) {
                return Some(found);
            }
        }
        if let Some(m) = self.people.mention_starting_at(t) {
            return Some(Speaker::Person(self.people.mentions[m].person));
        }
        let g = lexicon::speaker_pronoun(&self.lower(t))?;
        self.resolve_pronoun(t, g).map(Speaker::Person)
    }

    /// The subject of the sentence holding `v`: a person named (or a pronoun) at its start, after an
    /// opening adverbial ("Later, …") and role words ("U.S. President …").
    fn sentence_subject(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        let v = v.min(s.start + SUBJECT_REACH);
        let mut t = s.start;
        if let Some(found) = self.speaker_at(t) {
            return Some(found);
        }
        let opening_comma = (s.start..v.min(s.start + 12)).find(|&k| self.doc.is(k, ',') && self.quote_at[k].is_none());
        if let Some(c) = opening_comma {
            if (s.start..c).all(|k| self.people.mention_at[k].is_none()) {
                t = c + 1;
            }
        }
        while t < v {
            if let Some(found) = self.speaker_at(t) {
                return Some(found);
            }
            let w = self.lower(t);
            let modifier = self.doc.is_capitalised(t) || lexicon::is_role_noun(&w) || matches!(w.as_str(), "the" | "of" | "for" | "'s" | "’s" | "former" | "-") || self.doc.tokens[t].kind == TokenKind::Punct && !self.doc.is(t, ',');
            if !modifier {
                break;
            }
            t += 1;
        }
        Some(Speaker::Other)
    }

    /// Whether a name at `t` stands where a sentence's subject does: at its start, after an opening
    /// adverbial ("Later, …") and role words ("Kremlin spokesman …").
    fn opens_clause(&self, t: usize) -> bool {
        let s = self.sentence(t);
        let mut k = t;
        if t > s.start + SUBJECT_REACH {
            return false;
        }
        while k > s.start {
            let w = self.lower(k - 1);
            let modifier = self.doc.is_capitalised(k - 1) || lexicon::is_role_noun(&w) || matches!(w.as_str(), "the" | "of" | "for" | "'s" | "’s" | "former" | "-" | "“" | "\"" | "meanwhile" | "later" | "earlier" | "but" | "and" | "then" | "however" | "also");
            if !(modifier || self.doc.is(k - 1, ',')) {
                return false;
            }
            k -= 1;
        }
        true
    }

    /// The person a "he" or "she" at token `at` stands for: among people named in the last few
    /// sentences, prefer the subject of the sentence before, then the last speaker and other
    /// subjects, then the most recent; when no one fits that near, look further back.
    fn resolve_pronoun(&self, at: usize, gender: Gender) -> Option<usize> {
        self.resolve_within(at, gender, PRONOUN_WINDOW, true).or_else(|| self.resolve_within(at, gender, PRONOUN_REACH, false))
    }

    fn resolve_within(&self, at: usize, gender: Gender, window: usize, follow_previous: bool) -> Option<usize> {
        let sentence = self.doc.tokens[at].sentence;
        let window_start = self.doc.sentences[sentence.saturating_sub(window - 1)].start;
        let fits = |p: usize| {
            let g = self.people.persons[p].gender;
            g == Gender::Unknown || gender == Gender::Unknown || g == gender
        };
        let recent_speaker = self.last_speaker.filter(|&(p, _, s)| sentence.saturating_sub(s) <= PRONOUN_WINDOW + 2 && fits(p)).map(|(p, _, _)| p);
        let previous_subject = if follow_previous { self.previous_subject_person(sentence) } else { None };
        let before = self.people.mentions.partition_point(|m| m.tokens.start < at);
        let mut best: Option<(i32, usize)> = None;
        for m in self.people.mentions[..before].iter().rev().take(MAX_ANTECEDENTS).take_while(|m| m.tokens.start >= window_start) {
            if !fits(m.person) {
                continue;
            }
            let s = self.doc.tokens[m.tokens.start].sentence;
            let in_quote = self.quote_at[m.tokens.start].is_some();
            let is_subject = !in_quote && self.opens_clause(m.tokens.start);
            let recency = match sentence - s {
                0 | 1 => 2,
                2 => 1,
                _ => 0,
            };
            let score = 3 * i32::from(previous_subject == Some(m.person)) + 2 * i32::from(recent_speaker == Some(m.person)) + 2 * i32::from(is_subject) + recency - i32::from(in_quote);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, m.person));
            }
        }
        best.map(|(_, p)| p).or(recent_speaker)
    }

    /// The person the sentence before `sentence` is about: a name or a resolved pronoun opening it.
    fn previous_subject_person(&self, sentence: usize) -> Option<usize> {
        let prev = self.doc.sentences.get(sentence.checked_sub(1)?)?.clone();
        let first_word = prev.clone().take(SUBJECT_REACH).find(|&t| self.doc.tokens[t].kind == TokenKind::Word)?;
        if let Some(g) = lexicon::speaker_pronoun(&self.lower(first_word)) {
            return self.resolve_within(first_word, g, PRONOUN_WINDOW, false);
        }
        let m = self.people.mentions.partition_point(|m| m.tokens.start < prev.start);
        let mention = self.people.mentions.get(m).filter(|m| m.tokens.start < prev.end && self.opens_clause(m.tokens.start))?;
        Some(mention.person)
    }

    // ---- reported speech ----------------------------------------------------------------------

    fn reported_speech(&mut self, v: usize) {
        if !self.is_verb(v) {
            return;
        }
        let Some(Speaker::Person(person)) = self.speaker_of_verb(v) else { return };
        let cue = if self.is_according(v) { v..v + 2 } else { v..v + 1 };
        for (content, kind) in self.reported_content(v) {
            self.credit(person, kind, content, Some(cue.clone()));
        }
    }

    /// The reported clause(s) of verb `v`, each with its kind.
    fn reported_content(&self, v: usize) -> Vec<(Range<usize>, QuoteKind)> {
        let s = self.sentence(v);
        let clauses = if self.is_according(v) {
            self.according_clause(v).into_iter().collect()
        } else if let Some(end) = self.inverted_subject_end(v) {
            self.around_inverted(v, end)
        } else if let Some(clause) = self.as_clause(v) {
            vec![clause]
        } else if v + 1 < s.end && self.doc.is(v + 1, ',') {
            self.around_parenthetical(v)
        } else if v + 1 >= s.end || matches!(self.doc.tokens[v + 1].kind, TokenKind::Punct) {
            self.preposed_clause(v).into_iter().collect()
        } else {
            self.following_clause(v).into_iter().collect()
        };
        clauses
            .into_iter()
            .filter(|clause| self.word_count(clause.clone()) >= 2 && !self.is_whole_quote(clause))
            .flat_map(|clause| self.split_by_kind(clause))
            .collect()
    }

    /// One past the subject of an inverted attribution ("said Ana Ruiz", "said Ambassador
    /// Mohib, …"), when the verb of speech comes first.
    fn inverted_subject_end(&self, v: usize) -> Option<usize> {
        let frame = lexicon::reporting_verb(&self.lower(v))?;
        if frame != VerbFrame::Clause {
            return None;
        }
        let s = self.sentence(v);
        let mut t = v + 1;
        while t < s.end && t <= v + 6 {
            let described = self.lower(t) == "the" && t + 1 < s.end && self.descriptor_speaker(t + 1).is_some();
            let subject_end = match self.people.mention_starting_at(t) {
                Some(m) => Some(self.people.mentions[m].tokens.end),
                None => described.then_some(t + 2),
            };
            if let Some(end) = subject_end {
                let closes = end >= s.end || self.doc.tokens[end].kind == TokenKind::Punct || is_preposition(&self.lower(end));
                return closes.then_some(end);
            }
            // "says resident Tom Alvarez", "said local farmer Ann Dale": a few words of role.
            let role_word = self.doc.tokens[t].kind == TokenKind::Word && self.quote_at[t].is_none() && lexicon::reporting_verb(&self.lower(t)).is_none() && !is_clause_opener(&self.lower(t));
            if !(role_word || self.doc.is(t, '.')) {
                return None;
            }
            t += 1;
        }
        None
    }

    /// What an inverted attribution reports: the clause before it, and, when it sits inside the
    /// clause ("Recipients, said Mauer, are required …"), the rest after it too.
    fn around_inverted(&self, v: usize, subject_end: usize) -> Vec<Range<usize>> {
        let s = self.sentence(v);
        let quoted_before = v > s.start && self.quote_at[v - 1].is_some() || v > s.start + 1 && self.quote_at[v - 2].is_some();
        if quoted_before {
            return Vec::new();
        }
        let mut parts: Vec<Range<usize>> = self.preposed_content(v).into_iter().collect();
        let resumes = subject_end + 1 < s.end && self.doc.is(subject_end, ',') && self.doc.tokens[subject_end + 1].kind == TokenKind::Word;
        if !parts.is_empty() && resumes {
            parts.push(subject_end + 1..self.clause_end(subject_end + 1, s.end));
        }
        parts
    }

    /// "As Heald told The Huffington Post, CLAUSE": the attribution opens the sentence.
    fn as_clause(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        if self.lower(s.start) != "as" || v > s.start + 6 {
            return None;
        }
        let comma = (v + 1..(v + 8).min(s.end)).find(|&t| self.doc.is(t, ','))?;
        let start = comma + 1;
        (start < s.end && self.quote_at[start].is_none()).then(|| start..self.clause_end(start, s.end))
    }

    /// "According to X, CLAUSE" or "CLAUSE, according to X".
    fn according_clause(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        let mut after = self.source_end(v + 2)?;
        if after < s.end && self.doc.is(after, ',') {
            after += 1;
        }
        if after < s.end && self.doc.tokens[after].kind == TokenKind::Word && v == s.start {
            return Some(after..self.clause_end(after, s.end));
        }
        // No longer than a following clause may be: a run-on sentence must not send every cue
        // back to its start.
        if v > s.start && self.doc.is(v - 1, ',') && v - 1 - s.start <= MAX_CLAUSE_TOKENS {
            return Some(s.start..v - 1);
        }
        None
    }

    /// "CLAUSE, X said." — reported speech placed before its attribution.
    fn preposed_clause(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        let ends_here = v + 1 >= s.end || self.doc.is(v + 1, '.');
        // "X, agreed." has no subject between its comma and verb: nothing before it is reported.
        if !ends_here || v > s.start && self.doc.is(v - 1, ',') {
            return None;
        }
        self.preposed_content(v)
    }

    /// A verb followed by a comma: "cautioned, however, that …", or an attribution set inside the
    /// clause it reports ("The company, he said, had few assets …"), which resumes after it.
    fn around_parenthetical(&self, v: usize) -> Vec<Range<usize>> {
        let s = self.sentence(v);
        if v + 4 < s.end && self.doc.is(v + 3, ',') && self.lower(v + 4) == "that" {
            return vec![v + 5..self.clause_end(v + 5, s.end)];
        }
        let Some(before) = self.preposed_content(v) else { return Vec::new() };
        let resume = v + 2;
        let first = if resume < s.end { self.lower(resume) } else { String::new() };
        let resumes = resume < s.end
            && self.doc.tokens[resume].kind == TokenKind::Word
            && !self.doc.is_capitalised(resume)
            && lexicon::reporting_verb(&first).is_none()
            && !is_preposition(&first)
            && !matches!(first.as_str(), "and" | "but" | "or" | "as" | "while" | "who" | "which" | "adding" | "saying");
        if !resumes {
            return Vec::new();
        }
        let after = resume..self.clause_end(resume, s.end);
        let before = (self.word_count(before.clone()) >= 3).then_some(before);
        before.into_iter().chain(std::iter::once(after)).collect()
    }

    fn preposed_content(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        let comma = (s.start..v).rev().take(8).find(|&t| self.doc.is(t, ','))?;
        let content = s.start..comma;
        if content.len() > MAX_CLAUSE_TOKENS {
            return None; // a run-on sentence, not one reported clause
        }
        let quoted = content.clone().any(|t| self.quote_at[t].is_some());
        (!quoted).then_some(content)
    }

    /// The clause after the verb, by the verb's frame.
    fn following_clause(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        let verb = self.lower(v);
        let frame = lexicon::reporting_verb(&verb)?;
        let next = self.lower(v + 1);
        // "“…,” she said afterwards, still holding …": a verb attributing the quote before it
        // reports nothing more unless "that" says so.
        let attributes_quote = self.attributes_quote_before(v);
        // "Asked whether …, X smiled": the question put to someone is not their speech.
        let question_put = self.lower(v) == "asked" && (v == s.start || matches!(self.lower(v - 1).as_str(), "when" | "if" | "once" | "after"));
        if question_put || attributes_quote && self.that_within(v + 1, 3).is_none() {
            return None;
        }
        let start = match frame {
            // "denied that …", "rejected claims that …"; not "did not dispute it".
            VerbFrame::KeepVerb => {
                self.that_within(v + 1, 4)?;
                v
            }
            VerbFrame::Clause => {
                if next == "that" {
                    v + 2
                } else if is_preposition(&next) {
                    self.that_within(v + 1, 10)? + 1
                } else if self.asks_to(v) {
                    v + 1
                } else if lexicon::needs_that(&verb) && !self.looks_like_clause(v + 1) || matches!(next.as_str(), "so" | "nothing" | "yes" | "no" | "goodbye" | "hello" | "sorry") {
                    return None;
                } else {
                    v + 1
                }
            }
            VerbFrame::Addressee => match self.that_within(v + 1, 12) {
                Some(that) => that + 1,
                None => self.after_addressee(v + 1)?,
            },
            VerbFrame::Object => {
                if matches!(next.as_str(), "for" | "on" | "off" | "up" | "in" | "out" | "back" | "by" | "upon") {
                    return None;
                }
                v + 1
            }
        };
        Some(start..self.clause_end(start, s.end))
    }

    /// "asked residents not to drive": a request, reported from its addressee on.
    fn asks_to(&self, v: usize) -> bool {
        let s = self.sentence(v);
        let verb = self.lower(v);
        matches!(verb.as_str(), "ask" | "asks" | "asked" | "asking")
            && (v + 2..(v + 11).min(s.end)).take_while(|&t| self.doc.tokens[t].kind == TokenKind::Word).any(|t| self.lower(t) == "to")
    }

    /// Whether the words from `start` to the next comma could be a clause, not just a noun phrase.
    fn looks_like_clause(&self, start: usize) -> bool {
        let s = self.sentence(start);
        let words: Vec<&str> = (start..s.end).take_while(|&t| !self.doc.is(t, ',') && !self.doc.is(t, ';')).map(|t| self.doc.word(t)).collect();
        lexicon::has_auxiliary(&words)
    }

    /// Whether verb `v` attributes the quote just before it: only a comma and its subject (a
    /// pronoun or a name) stand between the closing mark and the verb (“…,” she said).
    fn attributes_quote_before(&self, v: usize) -> bool {
        let s = self.sentence(v);
        let mut t = v;
        if t > s.start && lexicon::speaker_pronoun(&self.lower(t - 1)).is_some() {
            t -= 1;
        } else if let Some(m) = self.people.mention_ending_at(t) {
            t = self.people.mentions[m].tokens.start;
        }
        while t > s.start && self.doc.is(t - 1, ',') {
            t -= 1;
        }
        t > s.start && self.closes_quote(t - 1)
    }

    /// A "that" opening a clause within `reach` tokens, before any punctuation.
    fn that_within(&self, from: usize, reach: usize) -> Option<usize> {
        let s = self.sentence(from);
        (from..(from + reach).min(s.end)).take_while(|&t| self.doc.tokens[t].kind == TokenKind::Word).find(|&t| self.lower(t) == "that")
    }

    /// "told reporters the talks …": skips the addressee and starts where a clause starts.
    fn after_addressee(&self, from: usize) -> Option<usize> {
        let s = self.sentence(from);
        let mut t = from;
        if let Some(m) = self.people.mention_starting_at(t) {
            t = self.people.mentions[m].tokens.end;
        } else {
            // "told the court she had …": the addressee's own article is no clause opener.
            if matches!(self.lower(t).as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its") {
                t += 1;
            }
            while t < s.end && t < from + 4 && self.doc.tokens[t].kind == TokenKind::Word && !is_clause_opener(&self.lower(t)) {
                if is_preposition(&self.lower(t)) {
                    return None; // "told reporters at a briefing": no reported clause
                }
                t += 1;
            }
        }
        (t < s.end && t > from && is_clause_opener(&self.lower(t)) && self.looks_like_clause(t)).then_some(t)
    }

    /// Where a reported clause starting at `start` ends: the sentence end, or before a new
    /// attribution, a contrast (", though …"), a semicolon, or a direct quote introduced by a colon.
    fn clause_end(&self, start: usize, sentence_end: usize) -> usize {
        let sentence_end = sentence_end.min(start + MAX_CLAUSE_TOKENS);
        let mut t = start;
        while t < sentence_end {
            if self.doc.is(t, ';') || (self.doc.is(t, ':') && self.quote_at.get(t + 1).copied().flatten().is_some()) {
                break;
            }
            if self.doc.is(t, ',') && t + 1 < sentence_end && self.ends_clause_after_comma(t + 1) {
                break;
            }
            let w = self.lower(t);
            if matches!(w.as_str(), "and" | "but") && t + 1 < sentence_end && self.quote_at[t].is_none() && lexicon::reporting_verb(&self.lower(t + 1)).is_some() {
                break;
            }
            t += 1;
        }
        while t > start && self.doc.tokens[t - 1].kind == TokenKind::Punct && !self.closes_quote(t - 1) {
            t -= 1;
        }
        t
    }

    fn closes_quote(&self, t: usize) -> bool {
        self.quote_at[t].is_some_and(|q| self.spans[q].close == Some(t))
    }

    fn ends_clause_after_comma(&self, t: usize) -> bool {
        let w = self.lower(t);
        if matches!(w.as_str(), "though" | "although" | "but" | "while" | "whereas" | "according" | "adding" | "saying" | "noting") {
            return true;
        }
        // ", he said" / ", Peskov said" / ", said Peskov"
        let subject_end = if lexicon::speaker_pronoun(&w).is_some() || matches!(w.as_str(), "they" | "it") {
            Some(t + 1)
        } else {
            self.people.mention_starting_at(t).map(|m| self.people.mentions[m].tokens.end)
        };
        match subject_end {
            Some(e) => e < self.doc.tokens.len() && lexicon::reporting_verb(&self.lower(e)).is_some(),
            None => lexicon::reporting_verb(&w).is_some() && self.quote_at[t].is_none(),
        }
    }

    /// Whether a clause is nothing but one quoted span (then it is a direct quote, not reported).
    fn is_whole_quote(&self, clause: &Range<usize>) -> bool {
        let Some(q) = self.quote_at[clause.start] else { return false };
        let outer = self.spans[q].outer();
        outer.start == clause.start && outer.end >= clause.end
    }

    /// A clause with "and that" joining a quoted part and an unquoted part is two reports.
    fn split_by_kind(&self, clause: Range<usize>) -> Vec<(Range<usize>, QuoteKind)> {
        let kind = |r: &Range<usize>| if r.clone().any(|t| self.quote_at[t].is_some()) { QuoteKind::Mixed } else { QuoteKind::Indirect };
        let joint = clause.clone().find(|&t| t + 1 < clause.end && self.lower(t) == "and" && self.lower(t + 1) == "that" && self.quote_at[t].is_none());
        if let Some(j) = joint {
            let (a, b) = (clause.start..j, j + 2..clause.end);
            let a = a.start..self.trim_end(a.clone());
            if kind(&a) != kind(&b) && self.word_count(a.clone()) >= 2 && self.word_count(b.clone()) >= 2 {
                return vec![(a.clone(), kind(&a)), (b.clone(), kind(&b))];
            }
        }
        vec![(clause.clone(), kind(&clause))]
    }

    fn trim_end(&self, r: Range<usize>) -> usize {
        let mut end = r.end;
        while end > r.start && self.doc.tokens[end - 1].kind == TokenKind::Punct && !self.closes_quote(end - 1) {
            end -= 1;
        }
        end
    }

    /// Drops the trailing comma that belongs to the attribution (“A,” he said), keeping
    /// sentence marks, which are part of what was said.
    fn trim_commas(&self, r: Range<usize>) -> usize {
        let mut end = r.end;
        while end > r.start && (self.doc.is(end - 1, ',') || self.doc.is(end - 1, ';') || self.doc.is(end - 1, ':')) {
            end -= 1;
        }
        end
    }

    // ---- direct quotes ------------------------------------------------------------------------

    fn direct_quote(&mut self, q: usize) {
        let span = self.spans[q].clone();
        let content = span.inner.start..self.trim_commas(span.inner.clone());
        if content.is_empty() || !self.is_speech(&span) {
            return;
        }
        let attribution = self.attribution_after(&span).or_else(|| self.attribution_before(&span));
        let (speaker, cue) = match attribution {
            Some((speaker, verb)) => (speaker, Some(verb..verb + if self.is_according(verb) { 2 } else { 1 })),
            None => (self.unattributed_speaker(q, &span).map(Speaker::Person), None),
        };
        match speaker {
            Some(Speaker::Person(person)) => {
                self.span_speakers[q] = Some(person);
                self.credit(person, QuoteKind::Direct, content, cue);
            }
            // An unnamed speaker ("said a woman selling pies") keeps the floor: the bare quote
            // paragraph after it is theirs, not the last named speaker's.
            Some(Speaker::Other) => {
                let first = &self.doc.tokens[span.outer().start];
                self.unnamed_floor = Some((first.paragraph, first.sentence));
            }
            None => {}
        }
    }

    /// Whether a quoted span is speech rather than a scare quote, a title or a coined term.
    fn is_speech(&self, span: &QuoteSpan) -> bool {
        let words = span.word_count(self.doc);
        if words == 0 {
            return false;
        }
        let has_sentence_mark = span.inner.clone().any(|t| self.doc.is(t, '.') || self.doc.is(t, '!') || self.doc.is(t, '?'));
        let ends_with_comma = span.inner.end > span.inner.start && self.doc.is(span.inner.end - 1, ',');
        let introduced = span.open.is_some_and(|o| o > 0 && (self.doc.is(o - 1, ':') || self.doc.is(o - 1, ',') || self.is_verb(o - 1)));
        let opens_sentence = span.open.is_none_or(|o| self.sentence(o).start == o);
        words >= 5 && (opens_sentence || introduced || has_sentence_mark) || has_sentence_mark && words >= 2 || ends_with_comma && opens_sentence || introduced && words >= 3 || span.continues
    }

    /// “…,” he said / “…,” said Ana Ruiz / “…” according to X.
    fn attribution_after(&mut self, span: &QuoteSpan) -> Option<(Option<Speaker>, usize)> {
        let close = span.close?;
        let s = self.sentence(close);
        let reach = if close + 1 == s.end { self.bare_attribution_end(close + 1)? } else { (close + 1 + ATTRIBUTION_REACH).min(s.end) };
        let verb = (close + 1..reach).take_while(|&t| !self.doc.is(t, '.') && self.quote_at[t].is_none()).find(|&t| self.is_verb(t))?;
        Some((self.speaker_of_verb(verb), verb))
    }

    /// After a quote that ends its sentence (“Afraid of what?” D'Souza asked.), the next sentence
    /// attributes it when it is nothing but a short attribution in the same paragraph.
    fn bare_attribution_end(&self, next: usize) -> Option<usize> {
        if next >= self.doc.tokens.len() || self.doc.tokens[next].paragraph != self.doc.tokens[next - 1].paragraph {
            return None;
        }
        let s = self.sentence(next);
        (s.len() <= ATTRIBUTION_REACH).then_some(s.end)
    }

    /// X said: “…” / X said, “…” / a split quote's second half (“A,” he said, “B.”).
    fn attribution_before(&mut self, span: &QuoteSpan) -> Option<(Option<Speaker>, usize)> {
        let open = span.open?;
        let p = self.doc.tokens[open].paragraph;
        let para_start = self.doc.paragraphs[p].start;
        if open > para_start && self.doc.is(open - 1, ':') {
            if let Some(m) = self.people.mention_ending_at(open - 1) {
                return Some((Some(Speaker::Person(self.people.mentions[m].person)), open - 1));
            }
        }
        if open > para_start && self.is_verb(open - 1) {
            return Some((self.speaker_of_verb(open - 1), open - 1)); // he replied "I am not able to"
        }
        if open > para_start + 1 && self.lower(open - 1) == "that" && self.is_verb(open - 2) {
            return Some((self.speaker_of_verb(open - 2), open - 2)); // acknowledged that "…"
        }
        let introduced = open > para_start && (self.doc.is(open - 1, ':') || self.doc.is(open - 1, ','));
        if introduced {
            let from = (open - 1).saturating_sub(16).max(para_start);
            let verb = (from..open - 1).rev().find(|&t| self.is_verb(t))?;
            return Some((self.speaker_of_verb(verb), verb));
        }
        if open == para_start && p > 0 {
            return self.colon_before_paragraph(p);
        }
        None
    }

    /// A paragraph-opening quote after a paragraph that ends "…, he said:".
    fn colon_before_paragraph(&mut self, p: usize) -> Option<(Option<Speaker>, usize)> {
        let prev = self.doc.paragraphs[p - 1].clone();
        if prev.is_empty() || !self.doc.is(prev.end - 1, ':') {
            return None;
        }
        let s = self.sentence(prev.end - 1);
        let verb = (s.start..prev.end - 1).rev().find(|&t| self.is_verb(t))?;
        Some((self.speaker_of_verb(verb), verb))
    }

    /// A quote with no attribution of its own: it continues a quote, or a quote paragraph follows a
    /// paragraph whose speaker it carries on (the newswire convention).
    fn unattributed_speaker(&self, q: usize, span: &QuoteSpan) -> Option<usize> {
        if span.continues && q > 0 {
            if let Some(p) = self.span_speakers[q - 1] {
                return Some(p);
            }
        }
        let first = span.outer().start;
        let token = &self.doc.tokens[first];
        let p = token.paragraph;
        let quote_leads = self.doc.sentences[token.sentence].start == first;
        // “Kia kaha,” read a sign: the sentence goes on after the quote with something not speech.
        let sentence_goes_on = span.close.is_some_and(|c| c + 1 < self.doc.sentences[token.sentence].end && (self.doc.is(c + 1, ',') || self.doc.tokens[c + 1].kind == TokenKind::Word && !self.doc.is_capitalised(c + 1)));
        let floor_unnamed = self.unnamed_floor.is_some_and(|(para, sentence)| para + 1 >= p && self.last_speaker.is_none_or(|(_, _, said)| said < sentence));
        if !quote_leads || sentence_goes_on || floor_unnamed {
            return None;
        }
        if let Some(answerer) = self.answer_to_question(q, p) {
            return Some(answerer);
        }
        if let Some(Speaker::Person(subject)) = self.previous_subject(token.sentence, p) {
            return Some(subject);
        }
        let (person, para, _) = self.last_speaker?;
        (para + 1 >= p).then_some(person)
    }

    /// A bare quote paragraph right after someone's question is the answer of the person they
    /// were talking with: the speaker before the one who asked.
    fn answer_to_question(&self, q: usize, p: usize) -> Option<usize> {
        let previous = self.spans.get(q.checked_sub(1)?)?;
        let asker = self.span_speakers[q - 1]?;
        let asked = previous.inner.end > previous.inner.start && self.doc.is(self.trim_commas(previous.inner.clone()) - 1, '?');
        let just_before = self.doc.tokens[previous.outer().start].paragraph + 1 == p;
        let (last, _, _) = self.last_speaker?;
        (asked && just_before && last == asker).then_some(self.speaker_before_last?).filter(|&other| other != asker)
    }

    /// The person heading the sentence before `sentence` in paragraph `p` ("Senator John Cornyn
    /// issued a statement. “…”"), when that sentence credits nobody else.
    fn previous_subject(&self, sentence: usize, p: usize) -> Option<Speaker> {
        let prev = self.doc.sentences.get(sentence.checked_sub(1)?)?;
        if prev.is_empty() || self.doc.tokens[prev.start].paragraph != p || prev.clone().any(|t| self.quote_at[t].is_some()) {
            return None;
        }
        let has_predicate = prev.clone().any(|t| self.doc.tokens[t].kind == TokenKind::Word && !self.doc.is_capitalised(t));
        if !has_predicate {
            return None; // a bare name, as in a list of sources
        }
        let subject = self.sentence_subject(prev.end - 1)?;
        let spoke_already = self.found.iter().rev().take(8).any(|a| prev.contains(&a.content.start));
        (!spoke_already).then_some(subject)
    }

    /// A quote a speaker quotes (“He said, ‘Nobody reads these,’ and I …”): the outer speaker
    /// keeps the whole, and the person the inner attribution names gets the inner words too.
    fn quote_within_quote(&mut self, inner: &QuoteSpan) {
        let (Some(open), Some(outer)) = (inner.open, inner.open.and_then(|o| self.quote_at[o])) else { return };
        let content = inner.inner.start..self.trim_commas(inner.inner.clone());
        if self.word_count(content.clone()) < 3 {
            return; // a scare quote inside a quote
        }
        let outer_speaker = self.span_speakers[outer];
        let introduced = open > 0 && (self.doc.is(open - 1, ',') || self.doc.is(open - 1, ':'));
        let verb = (open.saturating_sub(7)..open).rev().find(|&t| self.doc.tokens[t].kind == TokenKind::Word && lexicon::reporting_verb(&self.lower(t)).is_some());
        let Some(verb) = verb.filter(|&v| introduced || v + 1 == open) else { return };
        let subject = verb.checked_sub(1).and_then(|t| {
            let m = self.people.mention_ending_at(verb).map(|m| self.people.mentions[m].person);
            m.or_else(|| lexicon::speaker_pronoun(&self.lower(t)).and_then(|g| self.resolve_pronoun(t, g)))
        });
        if let Some(person) = subject.filter(|&p| Some(p) != outer_speaker) {
            self.found.push(Attributed { person, kind: QuoteKind::Direct, content, cue: Some(verb..verb + 1) });
        }
    }

    // ---- transcripts --------------------------------------------------------------------------

    /// "Name: answer" paragraphs of a Q&A transcript.
    fn transcript_answer(&mut self, sentence: Range<usize>) {
        let p = self.doc.tokens[sentence.start].paragraph;
        if self.doc.paragraphs[p].start != sentence.start {
            return;
        }
        let Some(m) = self.people.mention_starting_at(sentence.start) else { return };
        let colon = self.people.mentions[m].tokens.end;
        let end = self.doc.paragraphs[p].end;
        if colon + 1 >= end || !self.doc.is(colon, ':') || self.quote_at[colon + 1].is_some() {
            return;
        }
        let content = colon + 1..self.trim_commas(colon + 1..end);
        if self.word_count(content.clone()) >= 2 {
            self.credit(self.people.mentions[m].person, QuoteKind::Direct, content, None);
        }
    }

    // ---- result -------------------------------------------------------------------------------

    /// Drops reports nested inside another report of a person (the outer speaker keeps the whole)
    /// and sorts into article order.
    fn finish(mut self) -> Vec<Attributed> {
        self.found.sort_unstable_by_key(|a| (a.content.start, std::cmp::Reverse(a.content.end), a.person));
        let mut kept: Vec<Attributed> = Vec::new();
        // Sorted by start, a report that holds another comes first: the furthest end of the
        // reports kept so far tells whether the next one is nested.
        let mut reported_until = 0;
        for a in self.found {
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
    let institution = w.ends_with("stan") || matches!(w, "vatican" | "taliban" | "sudan" | "iran" | "japan" | "oman" | "kremlin" | "pentagon");
    !institution && ["man", "woman", "an", "ian", "ean", "ard", "ese", "i", "er", "ite", "ot", "on", "ish", "e"].iter().any(|s| w.ends_with(s)) && !w.ends_with("land")
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "outside" | "inside" | "near" | "following" | "ahead" | "beside" | "behind" | "across"
            | "to" | "on" | "in" | "at" | "during" | "after" | "before" | "last" | "this" | "yesterday" | "today"
            | "earlier" | "later" | "recently" | "via" | "through" | "while" | "when" | "from" | "with"
            | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            | "privately" | "publicly" | "repeatedly" | "again" | "also" | "previously" | "of"
    )
}

/// Words that can open a reported clause after an addressee ("told reporters the …").
fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "he" | "she" | "it" | "they" | "we" | "i" | "there" | "his" | "her"
            | "their" | "its" | "this" | "these" | "those" | "all" | "no" | "none" | "nothing"
            | "everyone" | "some" | "most" | "many" | "that" | "any" | "every" | "each" | "more"
            | "several" | "both" | "you" | "our" | "your" | "my"
    )
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
                let p = &people.persons[a.person];
                let name = p.name.clone();
                let content = doc.text[doc.tokens[a.content.start].start..doc.tokens[a.content.end - 1].end].to_owned();
                (name, a.kind, content)
            })
            .collect()
    }

    fn entry(name: &str, kind: QuoteKind, content: &str) -> (String, QuoteKind, String) {
        (name.to_owned(), kind, content.to_owned())
    }

    #[test]
    fn quote_then_pronoun_two_sentences_back() {
        let text = "Kremlin spokesman Dmitry Peskov spoke. He met Steve Witkoff's team on Monday.\n\n“It is a serious process,” he said.";
        assert_eq!(said(text), [entry("Dmitry Peskov", QuoteKind::Direct, "It is a serious process")]);
    }

    #[test]
    fn split_quote_and_inverted_attribution() {
        let text = "“We will win,” said Ana Ruiz, the mayor, “and soon.”";
        assert_eq!(said(text), [entry("Ana Ruiz", QuoteKind::Direct, "We will win"), entry("Ana Ruiz", QuoteKind::Direct, "and soon.")]);
    }

    #[test]
    fn reported_speech_forms() {
        let text = "Maria Lopez said the vote would go ahead. According to John Smith, the plan failed. Karen Bell told Reuters that prices will rise. Tom Reed denied that he lied.";
        assert_eq!(
            said(text),
            [
                entry("Maria Lopez", QuoteKind::Indirect, "the vote would go ahead"),
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
            [entry("Mark Jones", QuoteKind::Indirect, "the plan a disaster"), entry("Jane Doe", QuoteKind::Mixed, "the deal was \"a real win\" for all")]
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
        let text = "Jane Doe said the plan would work.\n\n“It is the best plan we have had in years.”";
        let found = said(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1], entry("Jane Doe", QuoteKind::Direct, "It is the best plan we have had in years."));
    }

    #[test]
    fn colon_introduced_quote_and_transcript() {
        let text = "Jane Doe told the paper: “We are done here.”\n\nJohn Roe: We have only started.";
        assert_eq!(
            said(text),
            [entry("Jane Doe", QuoteKind::Direct, "We are done here."), entry("John Roe", QuoteKind::Direct, "We have only started.")]
        );
    }
}
