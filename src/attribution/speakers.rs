//! Who a reporting verb's subject is: a name, a pronoun, a description or nobody named.

use super::*;

impl Attributor<'_> {
    /// The speaker of reporting verb `v`, remembered so a split quote gets one answer.
    pub(super) fn speaker_of_verb(&mut self, v: usize) -> Option<Speaker> {
        if let Some(known) = self.verb_speakers[v] {
            return known;
        }
        let speaker = self.find_speaker_of_verb(v);
        self.verb_speakers[v] = Some(speaker);
        speaker
    }

    /// One past the name "according to" cites, past its titles and a set-off role ("according to
    /// Afghan Ambassador to the United States Hamdullah Mohib", "according to the coach, X").
    pub(super) fn source_end(&self, from: usize) -> Option<usize> {
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
            let descriptive = self.doc.tokens[t].kind == TokenKind::Word
                && (self.doc.is_capitalised(t) || lexicon::reporting_verb(&w).is_none());
            let title_like = descriptive
                || matches!(w.as_str(), "'s" | "’s" | "." | "-")
                || self.doc.is(t, ',') && after_role;
            if !title_like {
                return None;
            }
            t += 1;
        }
        None
    }

    pub(super) fn find_speaker_of_verb(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        if self.is_according(v) {
            let end = self.source_end(v + 2)?;
            if let Some(g) = lexicon::speaker_pronoun(&self.lower(end - 1)) {
                return self.resolve_pronoun(end - 1, g).map(Speaker::Person);
            }
            return Some(Speaker::Person(
                self.people.mentions[self.people.mention_at[end - 1]?].person,
            ));
        }
        if v > s.start
            && matches!(
                self.lower(v - 1).as_str(),
                "is" | "was" | "were" | "are" | "be" | "been" | "being"
            )
        {
            return Some(Speaker::Other); // passive: "was described by the Kremlin as"
        }
        let mut k = v;
        while k > s.start && self.is_skippable(k - 1) {
            k -= 1;
        }
        // "Robert F. Kennedy Jr. said": the abbreviation's dot after the name.
        if k > s.start + 1
            && self.doc.is(k - 1, '.')
            && self.people.mention_ending_at(k - 1).is_some()
        {
            k -= 1;
        }
        if k > s.start {
            let t = k - 1;
            if let Some(m) = self.people.mention_ending_at(k) {
                // "The campaign of X says": X sits in a phrase; the campaign speaks.
                let start = self.people.mentions[m].tokens.start;
                // "with Peskov saying …" is Peskov speaking.
                let absolute =
                    self.lower(v).ends_with("ing") && start > 0 && self.lower(start - 1) == "with";
                let in_phrase = start > s.start
                    && !absolute
                    && matches!(
                        self.lower(start - 1).as_str(),
                        "of" | "for" | "with" | "from" | "by" | "against" | "behind" | "at"
                    );
                return Some(if in_phrase {
                    Speaker::Other
                } else {
                    Speaker::Person(self.people.mentions[m].person)
                });
            }
            if let Some(g) = lexicon::speaker_pronoun(&self.lower(t)) {
                return self.resolve_pronoun(t, g).map(Speaker::Person);
            }
            let w = self.lower(t);
            if w == "as" && t > s.start {
                if let Some(m) = self.people.mention_ending_at(t) {
                    return Some(Speaker::Person(self.people.mentions[m].person));
                    // "quoted X as saying"
                }
                // "X was quoted as saying"
                let mut q = t;
                if self.lower(q - 1) == "quoted" {
                    q -= 1;
                    while q > s.start
                        && matches!(
                            self.lower(q - 1).as_str(),
                            "was" | "is" | "been" | "has" | "had" | "also"
                        )
                    {
                        q -= 1;
                    }
                    if let Some(m) = self.people.mention_ending_at(q) {
                        return Some(Speaker::Person(self.people.mentions[m].person));
                    }
                    if let Some(g) = (q > s.start)
                        .then(|| lexicon::speaker_pronoun(&self.lower(q - 1)))
                        .flatten()
                    {
                        return self.resolve_pronoun(q - 1, g).map(Speaker::Person);
                    }
                }
            }
            if matches!(w.as_str(), "and" | "but")
                || self.lower(v).ends_with("ing")
                    && matches!(
                        w.as_str(),
                        "while" | "whilst" | "before" | "after" | "by" | "when" | "in"
                    )
            {
                return self.sentence_subject(v);
            }
            if w == "who" && t > s.start + 1 && self.doc.is(t - 1, ',') {
                if let Some(m) = self.people.mention_ending_at(t - 1) {
                    return Some(Speaker::Person(self.people.mentions[m].person));
                }
            }
            if matches!(
                w.as_str(),
                "statement"
                    | "letter"
                    | "tweet"
                    | "post"
                    | "message"
                    | "blog"
                    | "email"
                    | "testimony"
            ) && t > s.start + 1
                && matches!(self.lower(t - 1).as_str(), "'s" | "’s")
            {
                if let Some(m) = self.people.mention_ending_at(t - 1) {
                    return Some(Speaker::Person(self.people.mentions[m].person));
                    // "Cornyn's statement added"
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
                let described = self
                    .descriptor_speaker(t)
                    .or_else(|| self.subject_with_phrase(k).map(Speaker::Person));
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
        let unnamed = v + 1 < s.end
            && matches!(
                self.lower(v + 1).as_str(),
                "a" | "an" | "one" | "another" | "some" | "several"
            );
        unnamed.then_some(Speaker::Other)
    }

    /// Adverbs and auxiliaries between a subject and its verb ("has also repeatedly said").
    pub(super) fn is_skippable(&self, t: usize) -> bool {
        let w = self.lower(t);
        // "Lula da Silva on Friday urged": a day between the subject and its verb.
        let day = |w: &str| {
            matches!(
                w,
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
        };
        if day(&w) && t > 0 && self.lower(t - 1) == "on"
            || w == "on" && t + 1 < self.doc.tokens.len() && day(&self.lower(t + 1))
        {
            return true;
        }
        self.doc.tokens[t].kind == TokenKind::Word
            && self.people.mention_at[t].is_none()
            && (matches!(
                w.as_str(),
                "also"
                    | "later"
                    | "previously"
                    | "further"
                    | "then"
                    | "again"
                    | "has"
                    | "had"
                    | "have"
                    | "would"
                    | "will"
                    | "could"
                    | "did"
                    | "does"
                    | "do"
                    | "once"
                    | "separately"
                    | "first"
                    | "earlier"
                    | "subsequently"
                    | "simply"
                    | "just"
                    | "only"
                    | "still"
                    | "now"
                    | "reportedly"
                    | "allegedly"
                    | "too"
                    | "not"
                    | "never"
                    | "always"
                    | "may"
                    | "might"
                    | "should"
                    | "can"
                    | "must"
                    | "shall"
                    | "himself"
                    | "herself"
                    | "twice"
                    | "recently"
                    | "today"
                    | "yesterday"
                    | "however"
            ) || (w.ends_with("ly") && w.len() > 4 && !lexicon::is_common_word(&w)
                || matches!(
                    w.as_str(),
                    "publicly"
                        | "repeatedly"
                        | "openly"
                        | "quickly"
                        | "immediately"
                        | "firmly"
                        | "angrily"
                        | "simply"
                        | "bluntly"
                        | "flatly"
                        | "privately"
                        | "initially"
                        | "originally"
                        | "separately"
                )))
    }

    /// A person set off by commas or brackets before the verb: "X, the mayor, said" / "X (45) said".
    pub(super) fn set_off_subject(&self, close: usize) -> Option<usize> {
        if let Some(m) = self.people.mention_ending_at(close) {
            return Some(self.people.mentions[m].person); // "the coach, Nunzio Galantino, has called"
        }
        if let Some(p) = self.subject_with_phrase(close) {
            return Some(p);
        }
        let s = self.sentence(close);
        let opener = if self.doc.is(close, ')') { '(' } else { ',' };
        let lower_bound = close.saturating_sub(24).max(s.start);
        // "X, role, said" or "X of Y, role, told": the name (or name and phrase) before a comma.
        (lower_bound..close)
            .rev()
            .filter(|&t| self.doc.is(t, opener))
            .find_map(|open| {
                let named = self
                    .people
                    .mention_ending_at(open)
                    .map(|m| self.people.mentions[m].person);
                named.or_else(|| self.subject_with_phrase(open))
            })
    }

    /// "X, who asked not to be named, said": the subject stands before the relative clause; a
    /// description there ("A neighbour of the woman") is nobody named.
    pub(super) fn relative_clause_subject(&self, close: usize) -> Option<Speaker> {
        let s = self.sentence(close);
        let lower_bound = close.saturating_sub(24).max(s.start + 1);
        let who = (lower_bound..close).rev().find(|&t| {
            self.doc.is(t - 1, ',') && matches!(self.lower(t).as_str(), "who" | "which" | "whose")
        })?;
        if let Some(m) = self.people.mention_ending_at(who - 1) {
            return Some(Speaker::Person(self.people.mentions[m].person));
        }
        // The clause may describe something else ("X, a partner at Y, which led …, said"): only a
        // sentence with no name before its first comma is surely about someone unnamed.
        let first_comma =
            (s.start..who.min(s.start + MAX_CLAUSE_TOKENS)).find(|&t| self.doc.is(t, ','))?;
        let named = (s.start..first_comma).any(|t| self.people.mention_at[t].is_some());
        (!named).then_some(Speaker::Other)
    }

    /// "Lydia Buchtmann for Food Standards Australia, says", "Dan Ives of Wedbush Securities
    /// called": a name opening the sentence, then a prepositional phrase up to `phrase_end` (the
    /// comma or the verb).
    pub(super) fn subject_with_phrase(&self, phrase_end: usize) -> Option<usize> {
        let s = self.sentence(phrase_end);
        // The name opens the sentence, perhaps after its honorific ("Lord Pemberton of Hale, …").
        let opening = if lexicon::honorific(&self.lower(s.start)).is_some() {
            s.start + 1
        } else {
            s.start
        };
        let m = self.people.mention_starting_at(opening)?;
        let end = self.people.mentions[m].tokens.end;
        let phrase = end..phrase_end;
        if phrase.is_empty()
            || phrase.len() > SUBJECT_REACH
            || !matches!(
                self.lower(end).as_str(),
                "for" | "of" | "from" | "at" | "with" | "in"
            )
        {
            return None;
        }
        let verbless = phrase.clone().all(|t| {
            !self.doc.is(t, ',')
                && lexicon::reporting_verb(&self.lower(t)).is_none()
                && !matches!(
                    self.lower(t).as_str(),
                    "is" | "was" | "are" | "were" | "has" | "had" | "having"
                )
        });
        verbless.then(|| self.people.mentions[m].person)
    }

    /// A person or pronoun right after the verb, past titles and a set-off role.
    pub(super) fn speaker_after(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        let mut t = v + 1;
        while t < s.end && t <= v + 8 {
            if let Some(found) = self.speaker_at(t) {
                return Some(found);
            }
            let w = self.lower(t);
            let role_word = self.doc.tokens[t].kind == TokenKind::Word
                && t <= v + 4
                && lexicon::reporting_verb(&w).is_none()
                && !is_clause_opener(&w)
                && !is_preposition(&w);
            let title_like = role_word
                || self.doc.is_capitalised(t)
                || lexicon::is_role_noun(&w)
                || matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "'s" | "’s"
                )
                || self.doc.is(t, ',')
                || self.doc.is(t, '.');
            if !title_like {
                break;
            }
            t += 1;
        }
        None
    }

    /// The person a definite description stands for: "the minister" for the one person whose
    /// role is a minister, "the Dutchman" or "the 52-year-old" for the person in focus.
    pub(super) fn descriptor_speaker(&self, t: usize) -> Option<Speaker> {
        // "the minister", "the India vice-captain": "the" and up to two modifiers before the noun.
        let definite = (t.saturating_sub(3)..t)
            .rev()
            .take_while(|&k| k + 3 > t)
            .find(|&k| self.lower(k) == "the")
            .is_some_and(|k| {
                (k + 1..t).all(|m| {
                    self.doc.is_capitalised(m)
                        || self.doc.tokens[m].kind == TokenKind::Word
                            && lexicon::reporting_verb(&self.lower(m)).is_none()
                })
            });
        if !definite {
            return None;
        }
        let w = self.lower(t);
        let role_words: Vec<&str> = std::iter::once(w.as_str())
            .chain(w.split('-'))
            .filter(|x| lexicon::is_role_noun(x))
            .collect();
        if !role_words.is_empty() {
            let mut holders: Vec<usize> = std::iter::once(w.as_str())
                .chain(role_words)
                .filter_map(|x| self.role_holders.get(x))
                .flatten()
                .copied()
                .collect();
            holders.sort_unstable();
            holders.dedup();
            // "The India vice-captain" (a capital among its words) is specific enough to be the
            // person in focus even when no one was given that role; "the spokesman" is not.
            let specific = (t.saturating_sub(2)..t)
                .any(|k| self.doc.is_capitalised(k) && self.lower(k) != "the");
            return match holders.as_slice() {
                [p] => Some(Speaker::Person(*p)),
                [] if specific => self
                    .resolve_pronoun(t, Gender::Unknown)
                    .map(Speaker::Person),
                _ => None,
            };
        }
        let gender = if w.ends_with("woman") {
            Gender::Female
        } else if w.ends_with("man") {
            Gender::Male
        } else {
            Gender::Unknown
        };
        let describes_a_person = w.ends_with("-year-old")
            || self.doc.is_capitalised(t) && lexicon::is_known_non_person(&w) && is_demonym(&w);
        describes_a_person
            .then(|| self.resolve_pronoun(t, gender))
            .flatten()
            .map(Speaker::Person)
    }

    /// A named person or a resolvable pronoun starting at token `t`.
    pub(super) fn speaker_at(&self, t: usize) -> Option<Speaker> {
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
    pub(super) fn sentence_subject(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        let v = v.min(s.start + SUBJECT_REACH);
        let mut t = s.start;
        if let Some(found) = self.speaker_at(t) {
            return Some(found);
        }
        let opening_comma = (s.start..v.min(s.start + 12))
            .find(|&k| self.doc.is(k, ',') && self.quote_at[k].is_none());
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
            let modifier = self.doc.is_capitalised(t)
                || lexicon::is_role_noun(&w)
                || matches!(
                    w.as_str(),
                    "the" | "of" | "for" | "'s" | "’s" | "former" | "-"
                )
                || self.doc.tokens[t].kind == TokenKind::Punct && !self.doc.is(t, ',');
            if !modifier {
                break;
            }
            t += 1;
        }
        Some(Speaker::Other)
    }

    /// Whether a name at `t` stands where a sentence's subject does: at its start, after an opening
    /// adverbial ("Later, …") and role words ("Kremlin spokesman …").
    pub(super) fn opens_clause(&self, t: usize) -> bool {
        let s = self.sentence(t);
        let mut k = t;
        if t > s.start + SUBJECT_REACH {
            return false;
        }
        while k > s.start {
            let w = self.lower(k - 1);
            let modifier = self.doc.is_capitalised(k - 1)
                || lexicon::is_role_noun(&w)
                || matches!(
                    w.as_str(),
                    "the"
                        | "of"
                        | "for"
                        | "'s"
                        | "’s"
                        | "former"
                        | "-"
                        | "“"
                        | "\""
                        | "meanwhile"
                        | "later"
                        | "earlier"
                        | "but"
                        | "and"
                        | "then"
                        | "however"
                        | "also"
                );
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
    pub(super) fn resolve_pronoun(&self, at: usize, gender: Gender) -> Option<usize> {
        self.resolve_within(at, gender, PRONOUN_WINDOW, true)
            .or_else(|| self.resolve_within(at, gender, PRONOUN_REACH, false))
    }

    pub(super) fn resolve_within(
        &self,
        at: usize,
        gender: Gender,
        window: usize,
        follow_previous: bool,
    ) -> Option<usize> {
        let sentence = self.doc.tokens[at].sentence;
        let window_start = self.doc.sentences[sentence.saturating_sub(window - 1)].start;
        let fits = |p: usize| {
            let g = self.people.persons[p].gender;
            g == Gender::Unknown || gender == Gender::Unknown || g == gender
        };
        let recent_speaker = self
            .last_speaker
            .filter(|&(p, _, s)| sentence.saturating_sub(s) <= PRONOUN_WINDOW + 2 && fits(p))
            .map(|(p, _, _)| p);
        let previous_subject = if follow_previous {
            self.previous_subject_person(sentence)
        } else {
            None
        };
        let before = self
            .people
            .mentions
            .partition_point(|m| m.tokens.start < at);
        let mut best: Option<(i32, usize)> = None;
        for m in self.people.mentions[..before]
            .iter()
            .rev()
            .take(MAX_ANTECEDENTS)
            .take_while(|m| m.tokens.start >= window_start)
        {
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
            let score = 3 * i32::from(previous_subject == Some(m.person))
                + 2 * i32::from(recent_speaker == Some(m.person))
                + 2 * i32::from(is_subject)
                + recency
                - i32::from(in_quote);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, m.person));
            }
        }
        best.map(|(_, p)| p).or(recent_speaker)
    }

    /// The person the sentence before `sentence` is about: a name or a resolved pronoun opening it.
    pub(super) fn previous_subject_person(&self, sentence: usize) -> Option<usize> {
        let prev = self.doc.sentences.get(sentence.checked_sub(1)?)?.clone();
        let first_word = prev
            .clone()
            .take(SUBJECT_REACH)
            .find(|&t| self.doc.tokens[t].kind == TokenKind::Word)?;
        if let Some(g) = lexicon::speaker_pronoun(&self.lower(first_word)) {
            return self.resolve_within(first_word, g, PRONOUN_WINDOW, false);
        }
        let m = self
            .people
            .mentions
            .partition_point(|m| m.tokens.start < prev.start);
        let mention = self
            .people
            .mentions
            .get(m)
            .filter(|m| m.tokens.start < prev.end && self.opens_clause(m.tokens.start))?;
        Some(mention.person)
    }
}
