//! Reported speech: the clause a reporting verb introduces, by the verb's frame.

use super::*;

impl Attributor<'_> {
    pub(super) fn reported_speech(&mut self, v: usize) {
        if !self.is_verb(v) || self.joined_to_infinitive(v) {
            return;
        }
        let person = match self.speaker_of_verb(v) {
            Some(Speaker::Person(person)) => person,
            Some(Speaker::Other) | None => {
                self.note_unnamed_person(v);
                return;
            }
        };
        if self.is_negated(v) || self.in_question_put(v) {
            return;
        }
        let cue = if self.is_according(v) {
            v..v + 2
        } else {
            v..v + 1
        };
        // "Having announced that …, Judge Berne handed down …": the report ends with the clause.
        let clause_end = self.opening_participle_end(v).unwrap_or(usize::MAX);
        for (mut content, kind) in self.reported_content(v) {
            content.end = content.end.min(clause_end);
            if !content.is_empty() && !self.names_own_speaker(v, person, &content) {
                self.credit(person, kind, content, Some(cue.clone()));
            }
        }
    }

    /// Whether verb `v` is denied: "did not say the port would close", "has never said that …"
    /// report what the speaker did not say, so no card shows it as theirs.
    pub(super) fn is_negated(&self, v: usize) -> bool {
        /// The most auxiliaries and adverbs looked through before the verb.
        const MAX_VERB_GROUP: usize = 4;
        let s = self.sentence(v);
        (s.start.max(v.saturating_sub(MAX_VERB_GROUP))..v)
            .rev()
            .take_while(|&t| {
                lexicon::is_auxiliary(self.doc.word(t)) || lexicon::is_verb_adverb(self.lower(t))
            })
            .any(|t| lexicon::is_negation(self.lower(t)))
    }

    /// "Asked whether he thought the plan would fail, Ruiz said …": a verb in a question put to
    /// someone is what they were asked, which nobody said.
    fn in_question_put(&self, v: usize) -> bool {
        /// How far before the verb the "whether" or "if" may stand ("if the mayor really thought").
        const MAX_SUBJECT: usize = 4;
        /// How far before that word a form of "ask" may stand ("asked the mayor whether").
        const MAX_ASKED: usize = 4;
        let s = self.sentence(v);
        let Some(opener) = (v.saturating_sub(MAX_SUBJECT).max(s.start)..v)
            .rev()
            .take_while(|&t| !self.doc.is(t, ','))
            .find(|&t| lexicon::opens_indirect_question(self.lower(t)))
        else {
            return false;
        };
        (opener.saturating_sub(MAX_ASKED).max(s.start)..opener)
            .rev()
            .take_while(|&t| !self.doc.is(t, ','))
            .any(|t| lexicon::is_ask(self.lower(t)))
    }

    /// "he should not have called Kiley a coward": an object naming the speaker found for
    /// the verb shows that speaker is wrong (people call others names, not themselves).
    fn names_own_speaker(&self, v: usize, person: usize, content: &Range<usize>) -> bool {
        let object_verb = lexicon::reporting_verb(self.lower(v)) == Some(VerbFrame::Object);
        object_verb
            && self
                .people
                .mention_starting_at(content.start)
                .is_some_and(|m| self.people.mention(m).person == person)
    }

    /// "asked them to stand and promise that …": a base form joined to an infinitive that a verb
    /// of asking governs is what others are asked to do, no report of the subject's ("promised
    /// to act and said …" has a past form and reports).
    fn joined_to_infinitive(&self, v: usize) -> bool {
        /// How far back the infinitive's "to" may stand.
        const MAX_INFINITIVE_REACH: usize = 8;
        /// How far before the "to" the verb of asking and its addressee may stand.
        const MAX_ADDRESSEE_REACH: usize = 6;
        let w = self.lower(v);
        let base_form = lexicon::reporting_verb(&format!("{w}s")).is_some()
            || lexicon::reporting_verb(&format!("{w}es")).is_some();
        if !base_form || v < 2 || !lexicon::is_conjunction(self.lower(v - 1)) {
            return false;
        }
        let to = (v.saturating_sub(MAX_INFINITIVE_REACH)..v - 1)
            .rev()
            .take_while(|&t| self.doc.is_word(t))
            .find(|&t| self.infinitive_within(t) == Some(t));
        to.is_some_and(|to| {
            (to.saturating_sub(MAX_ADDRESSEE_REACH)..to)
                .any(|t| lexicon::reporting_verb(self.lower(t)).is_some())
        })
    }

    /// "A neighbour, who asked not to be named, said …": an unnamed person opening the sentence
    /// speaks, so a pronoun that follows ("“…,” she said") may be theirs, not the last named
    /// person's.
    fn note_unnamed_person(&mut self, v: usize) {
        /// How far into the sentence the person's noun may stand ("A longtime neighbour").
        const HEAD_REACH: usize = 4;
        let s = self.sentence(v);
        let opens_unnamed = s.start + 1 < v
            && lexicon::is_unnamed_determiner(self.lower(s.start))
            && !self.doc.is_capitalised(s.start + 1)
            && (s.start + 1..(s.start + HEAD_REACH).min(v))
                .any(|t| lexicon::is_role_noun(self.lower(t)));
        if opens_unnamed && !self.reported_content(v).is_empty() {
            let t = &self.doc.token(v);
            self.carried.unnamed_person_spoke = Some((t.paragraph, t.sentence));
        }
    }

    /// The reported clause(s) of verb `v`, each with its kind: the first of the [`CONTENT_RULES`]
    /// that decides gives the clauses.
    pub(super) fn reported_content(&self, v: usize) -> Vec<(Range<usize>, QuoteKind)> {
        let clauses = CONTENT_RULES
            .iter()
            .find_map(|&(name, rule)| self.noted(name, rule(self, v)))
            .unwrap_or_default();
        clauses
            .into_iter()
            .map(|clause| self.through_open_quote(clause))
            .filter(|clause| self.word_count(clause.clone()) >= 2 && !self.is_whole_quote(clause))
            .flat_map(|clause| self.split_by_kind(clause))
            .collect()
    }

    /// A clause whose quotation marks open inside it and close in a later sentence ("said that
    /// “the plan works. It always has.”") reaches to the closing mark.
    fn through_open_quote(&self, clause: Range<usize>) -> Range<usize> {
        let last = clause.end.saturating_sub(1);
        let Some(q) = self.carried.quote_at.get(last).copied().flatten() else {
            return clause;
        };
        let span = &self.span(q);
        match (span.open, span.close) {
            (Some(open), Some(close)) if open >= clause.start && close >= clause.end => {
                clause.start..close + 1
            }
            _ => clause,
        }
    }

    /// One past the subject of an inverted attribution ("said Ana Ruiz", "said Ambassador
    /// Mohib, …"), when the verb of speech comes first.
    pub(super) fn inverted_subject_end(&self, v: usize) -> Option<usize> {
        let frame = lexicon::reporting_verb(self.lower(v))?;
        let s = self.sentence(v);
        // "Cole says Ward “has a record …”": a subject before the verb makes the name after it
        // the start of the clause, not an inverted subject.
        let subject_before =
            v > s.start && self.doc.is_word(v - 1) && !lexicon::is_verb_adverb(self.lower(v - 1));
        if frame != VerbFrame::Clause || subject_before || self.speaker_found_before(v) {
            return None;
        }
        let mut t = v + 1;
        while t < s.end && t <= v + AFTER_VERB_REACH {
            if let Some(end) = self.described_inverted_subject_end(t) {
                return Some(end);
            }
            let described =
                self.lower(t) == "the" && t + 1 < s.end && self.descriptor_speaker(t + 1).is_some();
            let subject_end = match self.people.mention_starting_at(t) {
                // "…, Sam Hollis, a former aide, said Kiley “was …”": a name that is not the
                // verb's speaker and runs into a quote opens the clause; the subject stands
                // before, set off by commas.
                Some(m) if self.opens_quoted_clause(v, m) => return None,
                Some(m) => Some(self.people.mention(m).tokens.end),
                None => described.then_some(t + 2),
            };
            if let Some(end) = subject_end {
                let closes =
                    end >= s.end || !self.doc.is_word(end) || is_adjunct_opener(self.lower(end));
                return closes.then_some(end);
            }
            // "says resident Tom Alvarez", "said local farmer Ann Dale": a few words of role; not
            // a gerund opening the clause ("said selling Ward to …"), nor a preposition that makes
            // the name an object ("agreed with Gov. Ann Vane").
            let object_preposition = lexicon::is_phrase_preposition(self.lower(t))
                && !lexicon::is_role_preposition(self.lower(t));
            let role_word = self.doc.is_word(t)
                && !self.lower(t).ends_with("ing")
                && !object_preposition
                && self.quote_of(t).is_none()
                && lexicon::reporting_verb(self.lower(t)).is_none()
                && (!is_clause_opener(self.lower(t))
                    || t == v + 1 && lexicon::is_unnamed_determiner(self.lower(t))
                    || lexicon::is_article(self.lower(t))
                        && lexicon::is_role_preposition(self.lower(t - 1)));
            // "said a former spokesman for the ministry, Oleg Ruiz": the name set off after
            // the role.
            let comma_before_name =
                self.doc.is(t, ',') && self.people.mention_starting_at(t + 1).is_some();
            if !(role_word || comma_before_name || self.doc.is(t, '.')) {
                return None;
            }
            t += 1;
        }
        None
    }

    /// Whether mention `m` after verb `v` is the subject of a clause the verb reports: a quote
    /// opens right after it, and the verb is known to have a named speaker other than it.
    fn opens_quoted_clause(&self, v: usize, m: usize) -> bool {
        let mention = &self.people.mention(m);
        let quote_follows = self
            .carried
            .quote_at
            .get(mention.tokens.end)
            .copied()
            .flatten()
            .is_some_and(|q| self.span(q).open == Some(mention.tokens.end));
        let someone_else = matches!(
            self.carried.verb_speakers[v],
            Some(Some(Speaker::Person(p))) if p != mention.person
        );
        quote_follows && someone_else
    }

    /// What an inverted attribution reports: the clause before it, and, when it sits inside the
    /// clause ("Recipients, said Mauer, are required …"), the rest after it too.
    pub(super) fn around_inverted(&self, v: usize, subject_end: usize) -> Vec<Range<usize>> {
        let s = self.sentence(v);
        let mut parts: Vec<Range<usize>> = self.preposed_content(v).into_iter().collect();
        // What follows the comma may describe the speaker instead ("said Ian Reyes, a spokesman
        // for …", "said Jane Roe, PhD, of …"): only a clause resumes the report, perhaps after
        // that description ("The paradox, says Carl Anton, a historian, is that …").
        let mut comma = subject_end;
        if comma + 1 < s.end && self.doc.is(comma, ',') && self.describes_after(comma + 1) {
            comma = (comma + 1..s.end)
                .take(MAX_DESCRIPTION_AFTER_NAME)
                .find(|&t| self.doc.is(t, ','))
                .unwrap_or(s.end);
        }
        let resumes = comma + 1 < s.end
            && self.doc.is(comma, ',')
            && self.doc.is_word(comma + 1)
            && !self.doc.is_capitalised(comma + 1)
            && !lexicon::is_relative_pronoun(self.lower(comma + 1))
            && !self.describes_after(comma + 1)
            && self.looks_like_clause(comma + 1);
        if !parts.is_empty() && resumes {
            parts.push(comma + 1..self.clause_end(comma + 1, s.end));
        }
        parts
    }

    /// Whether the words at `t`, after a speaker's name and its comma, describe the speaker ("a
    /// spokesman for …", "then Marla's literary agent").
    fn describes_after(&self, t: usize) -> bool {
        self.describes_speaker(t) || self.role_phrase_follows(t)
    }

    /// Whether the words from `t` to the next comma or the sentence's end are a phrase headed by
    /// a role ("then Marla's literary agent", "now the port's chief").
    fn role_phrase_follows(&self, t: usize) -> bool {
        /// The longest description looked at, in tokens.
        const MAX_DESCRIPTION: usize = 12;
        let s = self.sentence(t);
        let end = (t..(t + MAX_DESCRIPTION).min(s.end))
            .find(|&k| !self.doc.is_word(k) && !self.is_possessor(k - 1))
            .unwrap_or(s.end);
        self.headed_by_role(t..end)
    }

    /// Whether the words at `t` open a description of a person ("a spokesman for …", "the
    /// mayor's aide", "of McMaster University") rather than a clause.
    pub(super) fn describes_speaker(&self, t: usize) -> bool {
        let w = self.lower(t);
        lexicon::is_article(w)
            || lexicon::is_possessive_determiner(w)
            || lexicon::is_affiliation_preposition(w)
            || lexicon::is_role_noun(w)
    }

    /// "As Heald told The Huffington Post, CLAUSE": the attribution opens the sentence.
    pub(super) fn as_clause(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        // "And as Ruiz pointed out, …": a linking word may come first.
        let as_at = if lexicon::is_sentence_linker(self.lower(s.start)) && s.start + 1 < s.end {
            s.start + 1
        } else {
            s.start
        };
        if self.lower(as_at) != "as" || v > as_at + 6 {
            return None;
        }
        let comma = (v + 1..(v + 8).min(s.end)).find(|&t| self.doc.is(t, ','))?;
        let start = comma + 1;
        (start < s.end && self.quote_of(start).is_none())
            .then(|| start..self.clause_end(start, s.end))
    }

    /// "According to X, CLAUSE" or "CLAUSE, according to X".
    pub(super) fn according_clause(&self, v: usize) -> Vec<Range<usize>> {
        let s = self.sentence(v);
        let Some(mut after) = self.source_end(v + 2) else {
            return Vec::new();
        };
        // "according to Ruiz's memoir", "… Ruiz's aide", "according to her aides": the source
        // is what the name or pronoun owns.
        let owned_source = after < s.end
            && (lexicon::is_possessive_ending(self.lower(after))
                || (lexicon::is_possessive_determiner(self.lower(v + 2))
                    && self.doc.is_word(after)));
        if owned_source {
            return Vec::new();
        }
        let set_off = after < s.end && self.doc.is(after, ',');
        if set_off {
            after += 1;
        }
        if after < s.end && self.doc.is_word(after) && v == s.start {
            let clause = after..self.clause_end(after, s.end);
            return vec![clause];
        }
        // No longer than a following clause may be: a run-on sentence must not send every cue
        // back to its start.
        // "The visit became “the high point,” according to Ruiz": a comma inside the closing
        // mark sets the cue off too, and the mark stays with the mixed clause.
        if v > s.start && self.ends_with_comma(v - 1) && v - 1 - s.start <= MAX_CLAUSE_TOKENS {
            let before = if self.doc.is(v - 1, ',') {
                s.start..v - 1
            } else {
                s.start..v
            };
            // "Behind the delay, according to Vik, lay a cracked beam …": set inside the clause,
            // the cue has the rest of it after the source.
            let resumes = set_off
                && after < s.end
                && self.doc.is_word(after)
                && !self.doc.is_capitalised(after)
                && !self.describes_speaker(after)
                && !lexicon::is_relative_pronoun(self.lower(after))
                && !self.lower(after).ends_with("ing");
            if resumes {
                return vec![before, after..self.clause_end(after, s.end)];
            }
            return vec![before];
        }
        Vec::new()
    }

    /// "CLAUSE, X said." — reported speech placed before its attribution.
    pub(super) fn preposed_clause(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        let ends_here = v + 1 >= s.end || self.doc.is(v + 1, '.') || self.attribution_ends_after(v);
        if !ends_here {
            return None;
        }
        if v > s.start && self.doc.is(v - 1, ',') {
            // "…, Ann Ward, a spokeswoman for the city, said.": the clause ends before the set-off
            // subject; "X, agreed." has no subject there and reports nothing before it, nor does
            // a description of the subject ("The agency's chief, Jon Corey, spoke.").
            let name = self.set_off_subject_start(v)?;
            if name > s.start + 1 && self.only_role_before(s.start..name - 1) {
                return None;
            }
            return self.preposed_content(name);
        }
        // "Before stepping down, rival X replied with …": a preposition or a subordinator
        // opening it makes it no report.
        self.preposed_content(v).filter(|content| {
            let first = self.lower(content.start);
            let opens_phrase = lexicon::is_subordinator(first)
                || lexicon::is_affiliation_preposition(first)
                || lexicon::is_phrase_preposition(first);
            // "On Thursday, however, X spoke to …": a few words of adjunct with no clause.
            let short_adjuncts = is_adjunct_opener(first)
                && self.word_count(content.clone()) <= MAX_ADJUNCT_WORDS
                && !content.clone().any(|t| self.quote_of(t).is_some())
                && !self.holds_clause(content.clone());
            let adjunct_phrase = opens_phrase && self.is_adjunct_only(content);
            !(adjunct_phrase || short_adjuncts)
        })
    }

    /// Whether `words` are only a role ("The agency's chief", "Its new chief of staff"): a few
    /// words headed by a role noun, and no verb but a possessive "'s".
    fn only_role_before(&self, words: Range<usize>) -> bool {
        /// The longest role opening a sentence before a set-off name, in words.
        const MAX_ROLE_WORDS: usize = 6;
        let plain = words.clone().all(|t| {
            let word = self.doc.word(t);
            self.doc.is_word(t)
                && (lexicon::is_possessive_ending(word) || !lexicon::is_auxiliary(word))
                && lexicon::reporting_verb(self.lower(t)).is_none()
        });
        plain && self.word_count(words.clone()) <= MAX_ROLE_WORDS && self.headed_by_role(words)
    }

    /// Where the subject of verb `v` starts when a description sets it off by commas ("…, Ann
    /// Ward, a spokeswoman for the city, said"): the start of the speaker's name, after a comma.
    fn set_off_subject_start(&self, v: usize) -> Option<usize> {
        /// How far before the verb the set-off name may start.
        const MAX_SET_OFF: usize = 24;
        let s = self.sentence(v);
        let Some(Some(Speaker::Person(person))) = self.carried.verb_speakers[v] else {
            return None;
        };
        (v.saturating_sub(MAX_SET_OFF).max(s.start + 1)..v - 1)
            .rev()
            .filter_map(|t| self.people.mention_starting_at(t))
            .filter(|&m| self.people.mention(m).person == person)
            .map(|m| self.start_with_title(self.people.mention(m).tokens.start))
            .find(|&start| start > s.start && self.ends_with_comma(start - 1))
            .and_then(|start| {
                if self.doc.is(start - 1, ',') && self.description_before(start - 1) {
                    // "…, his top aide, Ann Ward, told …": the aide is the subject, Ward its name.
                    self.role_description_start(start - 1)
                } else {
                    Some(start)
                }
            })
    }

    /// Whether token `t` is a comma, or a closing quotation mark just after one ("“… a start,”
    /// Ann Ward, a spokeswoman, said").
    fn ends_with_comma(&self, t: usize) -> bool {
        let is_mark =
            |k: usize| !self.doc.is_word(k) && !self.doc.is(k, ',') && self.quote_of(k).is_some();
        // "''" is two tokens.
        let before_marks = (t.saturating_sub(MAX_MARK_TOKENS)..=t)
            .rev()
            .find(|&k| !is_mark(k))
            .filter(|&k| (k + 1..=t).all(is_mark));
        let closes_quote = self.quote_of(t).is_some_and(|q| {
            self.span(q)
                .close
                .is_some_and(|c| c <= t && t - c < MAX_MARK_TOKENS)
        });
        self.doc.is(t, ',')
            || (closes_quote && before_marks.is_some_and(|k| k < t && self.doc.is(k, ',')))
    }

    /// Where a description of a person's role ending at the comma at `comma` starts ("his top
    /// aide", "the firm's finance chief", "a spokeswoman at the port"), when a comma sets it
    /// off before: its head, the last word before any preposition, is a role noun ("a study by a
    /// sociologist" is no person).
    fn role_description_start(&self, comma: usize) -> Option<usize> {
        /// The longest description set off before a name, in tokens.
        const MAX_DESCRIPTION: usize = 12;
        let s = self.sentence(comma);
        let open = (s.start..comma)
            .rev()
            .take(MAX_DESCRIPTION)
            .find(|&t| self.doc.is(t, ','))?;
        let words = open + 1..comma;
        self.headed_by_role(words.clone()).then_some(words.start)
    }

    /// Whether the noun phrase `words` has a role noun as its head, the last word before any
    /// preposition ("the firm's chief engineer", "a spokeswoman at the dock"; not "a study by …").
    fn headed_by_role(&self, words: Range<usize>) -> bool {
        let head_end = words
            .clone()
            .find(|&t| lexicon::is_affiliation_preposition(self.lower(t)) || self.lower(t) == "by")
            .unwrap_or(words.end);
        (words.start..head_end)
            .rev()
            .find(|&t| self.doc.is_word(t))
            .is_some_and(|head| lexicon::is_role_noun(self.lower(head)))
    }

    /// "said the firm's chief engineer, Lars Olafsen.": one past the name that a description of
    /// its role, opening at `t` after an inverted verb and set off by a comma, leads to, when the
    /// name ends the sentence or a comma, dash or adjunct follows it.
    fn described_inverted_subject_end(&self, t: usize) -> Option<usize> {
        /// The longest description before the name, in tokens.
        const MAX_DESCRIPTION: usize = 12;
        let s = self.sentence(t);
        let comma = (t..(t + MAX_DESCRIPTION).min(s.end))
            .take_while(|&k| self.quote_of(k).is_none())
            .find(|&k| self.doc.is(k, ','))?;
        if !self.headed_by_role(t..comma) {
            return None;
        }
        let m = (comma + 1..(comma + 1 + MAX_OPENING_TITLES).min(s.end))
            .find_map(|k| self.people.mention_starting_at(k))?;
        let name = &self.people.mention(m).tokens;
        if self.start_with_title(name.start) != comma + 1 {
            return None;
        }
        let end = name.end;
        let closes = end >= s.end || !self.doc.is_word(end) || is_adjunct_opener(self.lower(end));
        closes.then_some(end)
    }

    /// Whether a description ends at the comma at `comma`, after another comma ("…, a study by a
    /// sociologist, Ann Ward, concluded") or opening the sentence ("Its convener, Ann Ward,
    /// agreed"): the name is its apposition, and no reported clause ends there.
    fn description_before(&self, comma: usize) -> bool {
        /// The longest description set off before a name, in tokens.
        const MAX_DESCRIPTION: usize = 12;
        /// The longest description opening a sentence, in words ("The water minister").
        const MAX_OPENING_DESCRIPTION: usize = 4;
        let s = self.sentence(comma);
        let open = (s.start..comma)
            .rev()
            .take(MAX_DESCRIPTION)
            .find(|&t| self.doc.is(t, ','));
        let from = open.map_or(s.start, |o| o + 1);
        let Some(first) = (from..comma).find(|&t| self.doc.is_word(t)) else {
            return false;
        };
        let opening_description = self.word_count(first..comma) <= MAX_OPENING_DESCRIPTION
            && !self.looks_like_clause(first);
        self.describes_speaker(first) && (open.is_some() || opening_description)
    }

    /// Whether verb `v` ends its clause though words follow it: an adjunct ("…, Lee said Monday.")
    /// or, for a verb of telling, its addressee ("…, Lee told reporters on Friday.").
    pub(super) fn attribution_ends_after(&self, v: usize) -> bool {
        self.only_adjunct_after(v) || self.only_addressee_after(v)
    }

    /// Whether only a short adjunct of time, place or medium follows verb `v` to its sentence's
    /// end ("…, Lee said Monday.", "…, Lee said in a statement."), so the verb ends its clause.
    pub(super) fn only_adjunct_after(&self, v: usize) -> bool {
        self.only_adjunct_from(v + 1)
    }

    /// Whether only an addressee, perhaps with a short adjunct, follows a verb of telling `v` to
    /// its sentence's end ("…, Lee told reporters.", "…, Lee told The Daily Ledger on Friday.").
    fn only_addressee_after(&self, v: usize) -> bool {
        if lexicon::reporting_verb(self.lower(v)) != Some(VerbFrame::Addressee) {
            return false;
        }
        let s = self.sentence(v);
        let Some(end) = self.short_addressee_end(v + 1) else {
            return false;
        };
        let sentence_ends = end + 1 >= s.end && (end >= s.end || !self.doc.is_word(end));
        sentence_ends || self.only_adjunct_from(end)
    }

    /// One past a short addressee starting at `from`: a name, or a few words of a noun phrase
    /// ("reporters", "the outlet", "a Senate panel", "The Daily Ledger"), with no word that would
    /// open or carry a clause.
    fn short_addressee_end(&self, from: usize) -> Option<usize> {
        /// The most words an addressee may have after its article.
        const MAX_ADDRESSEE_WORDS: usize = 4;
        let s = self.sentence(from.saturating_sub(1));
        if let Some(m) = self.people.mention_starting_at(from) {
            return Some(self.people.mention(m).tokens.end);
        }
        let mut t = from;
        let determiner = t < s.end
            && (lexicon::is_article(self.lower(t))
                || lexicon::is_possessive_determiner(self.lower(t)));
        if determiner {
            t += 1;
        }
        let words_start = t;
        while t < s.end
            && t < words_start + MAX_ADDRESSEE_WORDS
            && self.doc.is_word(t)
            && self.quote_of(t).is_none()
        {
            let w = self.lower(t);
            if is_adjunct_opener(w) {
                break;
            }
            // "The Huffington Post", "Face the Nation": a capitalised word belongs to a name.
            // "to the board's chair": after a noun, "'s" owns; after "he" it is "is".
            let possessive =
                lexicon::is_possessive_ending(w) && !lexicon::is_subject_pronoun(self.lower(t - 1));
            let clause_word = w == "that"
                || (lexicon::is_auxiliary(self.doc.word(t)) && !possessive)
                || lexicon::is_subordinator(w)
                || lexicon::is_subject_pronoun(w)
                || lexicon::is_relative_pronoun(w)
                || lexicon::reporting_verb(w).is_some();
            if clause_word && !self.doc.is_capitalised(t) {
                return None;
            }
            t += 1;
        }
        (t > words_start).then_some(t)
    }

    /// Whether only a short adjunct of time, place or medium runs from `first` to its sentence's
    /// end ("Monday.", "in a statement.").
    fn only_adjunct_from(&self, first: usize) -> bool {
        let s = self.sentence(first.saturating_sub(1));
        if first >= s.end || !is_adjunct_opener(self.lower(first)) || self.lower(first) == "of" {
            return false;
        }
        // "has vowed to close the old mine": an infinitive is the content, no adjunct.
        if self.infinitive_within(first) == Some(first) {
            return false;
        }
        let mut t = first;
        while t < s.end {
            if t >= first + MAX_TRAILING_ADJUNCT || self.quote_of(t).is_some() {
                return false;
            }
            let w = self.lower(t);
            if self.doc.is(t, ',') {
                // "said Tuesday in Lund, noting …", "said in March, citing …": a participle adds
                // to the speaker's words or deeds; "said Tuesday, and she will …" and "said on
                // Monday, “and …”" go on with this report.
                let next = t + 1;
                return next < s.end
                    && (self.opens_participle(next)
                        || self.opens_further_adjunct(next)
                        || self
                            .quote_of(next)
                            .is_some_and(|q| self.span(q).open == Some(next))
                        || self.speaker_goes_on_after_conjunction(next).is_some());
            }
            // "said after the storm": a subordinator right after the verb is a preposition here.
            // "to the board's chair": after a noun, "'s" owns; after "he" it is "is".
            let possessive =
                lexicon::is_possessive_ending(w) && !lexicon::is_subject_pronoun(self.lower(t - 1));
            let clause_word = w == "that"
                || (lexicon::is_auxiliary(self.doc.word(t)) && !possessive)
                || (lexicon::is_subordinator(w) && t > first)
                || (lexicon::reporting_verb(w).is_some() && !self.is_adjunct_noun(first, t));
            let stray_punct = !self.doc.is_word(t) && t + 1 < s.end;
            if clause_word || stray_punct {
                return false;
            }
            t += 1;
        }
        true
    }

    /// Whether a second adjunct opens at `t` after an adjunct's comma ("wrote in his newsletter
    /// Friday, in reply to …"): a preposition in lower case, no "that" or clause.
    fn opens_further_adjunct(&self, t: usize) -> bool {
        let w = self.lower(t);
        lexicon::is_affiliation_preposition(w)
            && !self.doc.is_capitalised(t)
            && self.infinitive_within(t) != Some(t)
    }

    /// Whether token `t` is a participle opening a phrase about the subject ("adding", "citing",
    /// "pointing to …"): a reporting participle, or a lower-case word in "-ing".
    fn opens_participle(&self, t: usize) -> bool {
        /// The shortest "-ing" word taken for a participle ("citing", not "king").
        const MIN_PARTICIPLE_LEN: usize = 5;
        let w = self.lower(t);
        lexicon::is_reporting_participle(w)
            || (!self.doc.is_capitalised(t)
                && w.ends_with("ing")
                && w.chars().count() >= MIN_PARTICIPLE_LEN)
    }

    /// Whether a word at `t` that may be a verb of saying is the noun ending a phrase of the
    /// adjunct that starts at `first` ("on a group call.", "in a tweet on Monday"): a determiner
    /// stands just before, and the adjunct ends or goes on with a preposition after it.
    fn is_adjunct_noun(&self, first: usize, t: usize) -> bool {
        /// How far back the noun's determiner may stand ("a", "the same").
        const DETERMINER_REACH: usize = 2;
        let determined = (t.saturating_sub(DETERMINER_REACH).max(first)..t).any(|k| {
            let w = self.lower(k);
            lexicon::is_article(w) || lexicon::is_possessive_determiner(w)
        });
        let phrase_ends = t + 1 >= self.doc.tokens.len()
            || !self.doc.is_word(t + 1)
            || is_adjunct_opener(self.lower(t + 1));
        determined && phrase_ends
    }

    /// A verb followed by a comma: "cautioned, however, that …", or an attribution set inside the
    /// clause it reports ("The company, he said, had few assets …"), which resumes after it.
    pub(super) fn around_parenthetical(&self, v: usize) -> Vec<Range<usize>> {
        let s = self.sentence(v);
        // "cautioned, however, that …", "said, among other things, that …".
        let that_after_aside = (v + 3..(v + 3 + MAX_ASIDE_TOKENS).min(s.end))
            .take_while(|&t| !self.doc.is(t, '.') && self.quote_of(t).is_none())
            .find(|&t| self.doc.is(t - 1, ',') && self.lower(t) == "that");
        if let Some(that) = that_after_aside {
            let clause = that + 1..self.clause_end(that + 1, s.end);
            return vec![clause];
        }
        let resume = v + 2;
        let first = if resume < s.end {
            self.lower(resume)
        } else {
            ""
        };
        // "In the valley, Fell said, Mr. Kiley is seen as …": a name may open the clause, when no
        // other verb of saying stands before ("Ward said …, attacks that, Fell noted, Kiley …").
        let other_verb_before = self
            .preposed_content(v)
            .is_some_and(|before| before.clone().any(|t| self.is_verb(t)));
        let named_clause = !other_verb_before
            && resume < s.end
            && (resume..(resume + 3).min(s.end))
                .filter_map(|t| self.people.mention_starting_at(t))
                .any(|m| self.start_with_title(self.people.mention(m).tokens.start) == resume)
            && self.looks_like_clause(resume);
        let resumes = resume < s.end
            && self.doc.is_word(resume)
            && (!self.doc.is_capitalised(resume) || named_clause)
            && lexicon::reporting_verb(first).is_none()
            && !is_adjunct_opener(first)
            && !lexicon::is_conjunction(first)
            && !lexicon::is_contrast_conjunction(first)
            && !lexicon::is_relative_pronoun(first)
            && !lexicon::is_reporting_participle(first)
            && first != "as";
        let Some(before) = self.preposed_content(v) else {
            // "Ward says, rain or shine, she will run again": with nothing reported before the verb,
            // a clause after its comma is the report; not a participle or a subordinate clause
            // ("said, leaving …", "said, after the vote was …").
            let clause = resume..self.clause_end(resume, s.end);
            let clause_follows = resumes
                && !self.attributes_quote_before(v)
                && self.quote_of(resume).is_none()
                && !first.ends_with("ing")
                && !lexicon::is_subordinator(first)
                && self.holds_clause(clause.clone());
            return if clause_follows {
                vec![clause]
            } else {
                Vec::new()
            };
        };
        // "CLAUSE, Spicer said, adding …", "CLAUSE, Ward said, and with …": the clause before is
        // the report; but "X, agreed," has no subject of its own and reports nothing.
        let subject_between = v > s.start && !self.doc.is(v - 1, ',');
        // "Its sheer cost, Obel said, “is a warning …”": a quote opening in lower case resumes
        // the clause set around the attribution ("…, Obel said, “We …”" starts a quote of its own).
        let first_quoted_word = (resume..(resume + 3).min(s.end)).find(|&t| self.doc.is_word(t));
        let quote_resumes = subject_between
            && resume < s.end
            && self
                .quote_of(resume)
                .is_some_and(|q| self.span(q).open == Some(resume))
            && first_quoted_word.is_some_and(|t| !self.doc.is_capitalised(t));
        let adds_more = lexicon::is_reporting_participle(first);
        if !resumes && !quote_resumes {
            let goes_on = self.speaker_goes_on_after_conjunction(resume);
            return match (subject_between, goes_on) {
                (true, Some(after)) => vec![before, after],
                (true, None) if adds_more => vec![before],
                (true, None) if self.clause_goes_on_at(resume) => {
                    self.plain_report_before(before).into_iter().collect()
                }
                _ => Vec::new(),
            };
        }
        let after = resume..self.clause_end(resume, s.end);
        let before = if resumes {
            self.reported_before(before)
        } else {
            self.plain_report_before(before)
        };
        before.into_iter().chain(std::iter::once(after)).collect()
    }

    /// The words before an attribution set inside a clause, when nothing else frames them: no
    /// verb of saying of their own ("Asked by Ruiz whether …, Kiley said, …"), no "as" opening
    /// them ("As the ferry sank, Kiley said, …") and no description of the speaker ending them
    /// ("Standing on the dock, the port's chief, Kiley said, …").
    ///
    /// One stretch without commas or dashes only: "Rather than …, he backed …, he argued, …" and
    /// "…, and oddly, she said, “…”" leave unclear where the report starts.
    fn plain_report_before(&self, before: Range<usize>) -> Option<Range<usize>> {
        let own_verb = before
            .clone()
            .any(|t| self.is_verb(t) && lexicon::reporting_verb(self.lower(t)).is_some());
        let broken = before
            .clone()
            .any(|t| self.doc.is(t, ',') || self.is_dash_outside_quote(t));
        let framed = own_verb
            || broken
            || self.lower(before.start) == "as"
            || self.role_description_start(before.end).is_some();
        self.reported_before(before).filter(|_| !framed)
    }

    /// Whether the words at `t`, after "CLAUSE, X said,", go on so that the clause before stays
    /// the speaker's: a conjunction, subordinator or preposition ("and with …", "while others
    /// …", "from …") or a capitalised subject ("Sailors must …"); not a verb whose subject the
    /// clause before is ("The clerk who met her, Ward recalled, asked …").
    fn clause_goes_on_at(&self, t: usize) -> bool {
        if t >= self.sentence(t.saturating_sub(1)).end || !self.doc.is_word(t) {
            return false;
        }
        let w = self.lower(t);
        lexicon::is_conjunction(w)
            || lexicon::is_contrast_conjunction(w)
            || lexicon::is_subordinator(w)
            || lexicon::is_affiliation_preposition(w)
            || (self.doc.is_capitalised(t) && lexicon::reporting_verb(w).is_none())
    }

    /// The words before an attribution set inside a clause, when they are the speaker's: "In the
    /// valley, Fell said, …", "Like his last remarks, Fell said, …": a phrase of place, time or
    /// comparison before is no report; "To see why, …" may be.
    fn reported_before(&self, before: Range<usize>) -> Option<Range<usize>> {
        (self.word_count(before.clone()) >= 3 && !self.is_adjunct_only(&before)).then_some(before)
    }

    /// Whether `words` are only a phrase of place, time or comparison ("In the valley", "Before
    /// stepping down"), no clause.
    fn is_adjunct_only(&self, words: &Range<usize>) -> bool {
        let first = self.lower(words.start);
        (is_adjunct_opener(first) || lexicon::is_phrase_preposition(first))
            && self.infinitive_within(words.start) != Some(words.start)
            && !words.clone().any(|t| self.doc.is(t, ','))
            && !self.looks_like_clause(words.start)
    }

    /// "CLAUSE, Ward said, and it has …" or "…, but “the storms …”": after a conjunction at `t`,
    /// a clause with a pronoun subject or a quote goes on with the speaker's report.
    fn speaker_goes_on_after_conjunction(&self, t: usize) -> Option<Range<usize>> {
        if t >= self.doc.tokens.len() {
            return None; // "…, Dewar said," ending the text
        }
        let s = self.sentence(t);
        let start = t + 1;
        if start >= s.end
            || !lexicon::joins_verbs(self.lower(t))
            || self.new_attribution_joined(t, s.end)
        {
            return None;
        }
        let quote_opens = self.quote_of(start).is_some();
        let pronoun_clause = lexicon::is_subject_pronoun(self.lower(start))
            && self.looks_like_clause(start)
            && start + 1 < s.end
            && lexicon::reporting_verb(self.lower(start + 1)).is_none();
        // The conjunction stays, so a quote after it is part of a mixed report.
        (quote_opens || pronoun_clause).then(|| t..self.clause_end(start, s.end))
    }

    pub(super) fn preposed_content(&self, v: usize) -> Option<Range<usize>> {
        /// How many tokens of subject may stand between the comma and the verb.
        const MAX_SUBJECT_TOKENS: usize = 8;
        let s = self.sentence(v);
        // The words of role before a name ending at the verb ("…, ministry spokesman Omar Hamid
        // said") count from the name's start.
        let subject_end = self.start_of_bracketed_tag(v);
        let subject_start = self
            .people
            .mention_ending_at(subject_end)
            .map_or(subject_end, |m| self.people.mention(m).tokens.start);
        let comma = (s.start..subject_start)
            .rev()
            .take(MAX_SUBJECT_TOKENS)
            .find(|&t| self.doc.is(t, ','))?;
        let content = s.start..comma;
        if content.len() > MAX_CLAUSE_TOKENS {
            return None; // a run-on sentence, not one reported clause
        }
        // "…, where Ruiz also spoke.", "…, when Ruiz said so.": a verb in a clause of its own
        // after the comma reports nothing before it.
        let opener = self.lower(comma + 1);
        let subordinate = lexicon::is_subordinator(opener)
            || lexicon::is_relative_adverb(opener)
            || lexicon::is_relative_pronoun(opener);
        if subordinate {
            return None;
        }
        // A mixed quote ending at the comma ("Trade has "real costs," X said") keeps its closing
        // mark; a quote that is introduced by a comma or colon is a direct quote of its own.
        if let Some(q) = self.quote_of(s.start) {
            // "“We are pleased” with the ruling, Ward said": words of the writer's own after a
            // quote opening the sentence make it a mixed clause; otherwise a direct quote, perhaps
            // of several sentences, opens it.
            // Sentence splitting may leave the opening mark on the sentence before (`rose. "We`).
            let span = &self.span(q);
            let opens_sentence = span.open.is_some_and(|o| {
                o <= s.start
                    && s.start - o <= MAX_MARK_TOKENS
                    && (o..s.start).all(|k| !self.doc.is_word(k))
            });
            let words_after_quote = opens_sentence
                && span
                    .close
                    .is_some_and(|c| c < comma && (c + 1..comma).any(|t| self.doc.is_word(t)));
            // "“…,” she said, but …, “…,” said Ward": an attribution of its own after the quote
            // leaves the quotes to the direct rules.
            let attributed_inside = span.close.is_some_and(|c| {
                (c + 1..comma)
                    .any(|t| self.is_verb(t) && lexicon::reporting_verb(self.lower(t)).is_some())
            });
            let from = span.open.map_or(s.start, |o| o.min(s.start));
            return (words_after_quote && !attributed_inside).then_some(from..comma);
        }
        let content = match self.quote_of(comma) {
            Some(q) => s.start..self.span(q).close.filter(|&c| c < v)? + 1,
            None => content,
        };
        let introduced_quote = content.clone().any(|t| {
            self.quote_of(t).is_some_and(|q| {
                self.span(q).open.is_some_and(|o| {
                    o == t && o > s.start && (self.doc.is(o - 1, ',') || self.doc.is(o - 1, ':'))
                })
            })
        });
        (!introduced_quote).then_some(content)
    }

    /// Where a bracketed tag ending just before `t` opens ("Ana Ruiz (D-Ore.) said"), or `t` when
    /// none does, so the tag does not count against the subject's length.
    fn start_of_bracketed_tag(&self, t: usize) -> usize {
        let s = self.sentence(t);
        let closes_tag = t > s.start && self.doc.is(t - 1, ')');
        closes_tag
            .then(|| {
                (t.saturating_sub(MAX_BRACKETED_TAG + 3).max(s.start)..t - 1)
                    .rev()
                    .find(|&k| self.doc.is(k, '('))
            })
            .flatten()
            .unwrap_or(t)
    }

    /// The clause after the verb, by the verb's frame.
    pub(super) fn following_clause(&self, v: usize) -> Option<Range<usize>> {
        let s = self.sentence(v);
        let verb = self.lower(v);
        let frame = lexicon::reporting_verb(verb)?;
        let next = self.lower(v + 1);
        // "“…,” she said afterwards, still holding …": a verb attributing the quote before it
        // reports nothing more unless "that" says so.
        let attributes_quote = self.attributes_quote_before(v);
        // "Asked whether …, X smiled": the question put to someone is not their speech.
        // Also "Mrs. X, asked if more cuts were coming, smiled" (but not "“…?”, asked the minister").
        let set_off_question =
            v > s.start + 1 && self.doc.is(v - 1, ',') && !self.closes_quote(v - 2);
        let question_put = self.lower(v) == "asked"
            && (v == s.start
                || set_off_question
                || lexicon::introduces_question_put(self.lower(v - 1)));
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
                // "said — on the radio, no less — that …": past the aside between dashes.
                let past_aside = (v + 1 < s.end && self.is_dash_outside_quote(v + 1))
                    .then(|| self.dash_aside_end(v + 1, s.end))
                    .flatten()
                    .map(|close| close + 1)
                    .filter(|&t| t + 1 < s.end);
                if let Some(t) = past_aside {
                    let start = t + usize::from(self.lower(t) == "that");
                    if !self.looks_like_clause(start) {
                        return None;
                    }
                    start
                } else if next == "that" {
                    // "noting that, contrary to …, he saw …": the aside opens the clause.
                    if self.doc.is(v + 2, ',') {
                        v + 3
                    } else {
                        v + 2
                    }
                } else if let Some(to) = self
                    .infinitive_within(v + 1)
                    .filter(|_| lexicon::is_commissive_verb(verb))
                {
                    to // "promising to lift the rules", "promised Monday at a rally to act"
                } else if let Some(question) = self.question_after_ask(v) {
                    question // "asked the pupils if they had read …"
                } else if let Some(clause) = self.clause_after_time(v + 1) {
                    clause // "said Thursday the talks had failed"
                } else if (is_adjunct_opener(next) || self.opens_manner_adjunct(v + 1))
                    && !self.is_possessor(v + 1)
                {
                    match self.that_within(v + 1, 10) {
                        Some(that) => that + 1,
                        None => self
                            .pronoun_clause_after_adjunct(v + 1)
                            .or_else(|| self.question_after_adjunct(v + 1))
                            .or_else(|| self.that_past_place(v + 1))
                            .or_else(|| self.clause_after_adjunct_comma(v + 1))?,
                    }
                } else if self.asks_to(v) {
                    v + 1
                } else if !self.looks_like_clause(v + 1)
                    && (lexicon::needs_that(verb) || lexicon::is_bare_object(next))
                {
                    return None;
                } else {
                    v + 1
                }
            }
            VerbFrame::Addressee => match self.that_within(v + 1, 12) {
                Some(that) => that + 1,
                // "warned the defence to stop": a request, reported from its addressee on; not
                // "assured me she is going to …", where a clause with its subject comes first.
                None if !is_adjunct_opener(next) && self.request_follows(v + 2) => v + 1,
                None => self
                    .after_addressee(v + 1)
                    .or_else(|| self.pronoun_clause_after_adjunct(v + 1))
                    .or_else(|| self.question_after_adjunct(v + 1))
                    .or_else(|| self.that_past_place(v + 1))
                    // "told WKRP, her plan would …"
                    .or_else(|| self.clause_after_adjunct_comma(v + 1))?,
            },
            VerbFrame::Object if lexicon::is_verb_particle(next) => {
                // "called for an inquiry", "called on the board to resign": the content follows
                // the particle; "called off", "called on Monday" report nothing.
                let after = v + 2;
                let content_follows = lexicon::is_call_verb(verb)
                    && lexicon::is_call_particle(next)
                    && after < s.end
                    && self.doc.is_word(after)
                    && !is_adjunct_opener(self.lower(after));
                if !content_follows {
                    return None;
                }
                after
            }
            // "repeated that the talks were over": "that" opens the content, no object.
            VerbFrame::Object if next == "that" => v + 2,
            // "called into the show", "testified freely in 2009": no object follows.
            VerbFrame::Object if self.opens_adverbial(v + 1) => return None,
            VerbFrame::Object => v + 1,
            VerbFrame::Phrasal => {
                let after = v + 2;
                if !lexicon::is_phrasal_particle(next) || after >= s.end {
                    return None;
                }
                let first = self.lower(after);
                if first == "that" {
                    after + 1
                } else if is_adjunct_opener(first) || !self.doc.is_word(after) {
                    // "fired back at the critics", "pointed out in a letter that …".
                    self.that_within(after, 10)? + 1
                } else {
                    self.looks_like_clause(after).then_some(after)?
                }
            }
            // "spoke emotionally of the victims", "talked on Monday about the budget".
            VerbFrame::Topic => {
                (v + 1..(v + 1 + MAX_TOPIC_DISTANCE).min(s.end))
                    .take_while(|&t| self.doc.is_word(t))
                    .find(|&t| lexicon::introduces_topic(self.lower(t)))?
                    + 1
            }
        };
        // "Wilkins observed that" ending the text reports nothing.
        if start >= s.end || self.main_predicate_follows(v, start) {
            return None;
        }
        let mut end = self.clause_end(start, s.end);
        // "thought for a moment and said …": a phrase opening like an adjunct, with no clause in
        // it, before a joined verb of saying is no report.
        let first = self.lower(start);
        let opens_like_adjunct = is_adjunct_opener(first) || lexicon::is_verb_particle(first);
        let adjunct_before_joined_verb = frame == VerbFrame::Clause
            && opens_like_adjunct
            && end + 1 < s.end
            && lexicon::joins_verbs(self.lower(end))
            && lexicon::reporting_verb(self.lower(end + 1)).is_some()
            && !(start..end).any(|t| {
                lexicon::is_auxiliary(self.doc.word(t))
                    || lexicon::is_nominative_pronoun(self.lower(t))
                    || self.quote_of(t).is_some()
            });
        if adjunct_before_joined_verb {
            return None;
        }
        if frame == VerbFrame::Object {
            end = self.object_end(v, start..end);
        }
        if matches!(frame, VerbFrame::Object | VerbFrame::Topic) {
            end = self.before_trailing_time(start..end);
        }
        Some(start..self.end_of_subordinate_report(v, start..end))
    }

    /// Where a reported object or topic ends before a time adjunct that closes its stretch of the
    /// sentence ("criticized the crews' pace last week, as the gale …", "spoke of the
    /// flooded cellars on Monday."): the time is when the speaker spoke, not part of what was said.
    fn before_trailing_time(&self, object: Range<usize>) -> usize {
        let s = self.sentence(object.start);
        let closes_stretch = |after: usize| {
            // "called the levy on Sunday “a tax on work”": a quote after it goes on.
            let mark_outside_quote = !self.doc.is_word(after) && self.quote_of(after).is_none();
            after >= s.end || after >= object.end || mark_outside_quote
        };
        let time_at = |t: usize| {
            let adjunct = if self.lower(t) == "on" { t + 1 } else { t };
            self.time_adjunct_end(adjunct)
                .filter(|&after| closes_stretch(after))
                .is_some()
        };
        (object.start + 1..object.end)
            .take_while(|&t| self.quote_of(t).is_none() && !self.doc.is(t, ','))
            .find(|&t| time_at(t))
            .map_or(object.end, |t| self.trim_end(object.start..t))
    }

    /// Where the stretch between commas that holds token `t` starts: after the last comma before
    /// it, or at the sentence start, looking back no further than a subject may stand (so a long
    /// run-on sentence costs no more per verb).
    fn comma_segment_start(&self, t: usize) -> usize {
        /// How far back the stretch is looked for, in tokens.
        const MAX_SEGMENT_REACH: usize = 24;
        let floor = self
            .sentence(t)
            .start
            .max(t.saturating_sub(MAX_SEGMENT_REACH));
        (floor..t)
            .rev()
            .find(|&k| self.doc.is(k, ','))
            .map_or(floor, |comma| comma + 1)
    }

    /// Whether verb `v` sits in a relative clause that is the subject of its sentence ("Though much
    /// of what Kiley says is false", "What Fell said was wrong"), so the predicate at `start`
    /// is the main clause's, no report. A head after a verb or a relative pronoun ("It is a risk
    /// Fell said could grow", "which she believes will pass") leaves the predicate to the report.
    fn main_predicate_follows(&self, v: usize, start: usize) -> bool {
        if start <= v {
            return false;
        }
        // "said that was wrong": "that" is the subject there, and the report goes on.
        let after_that = self.lower(start - 1) == "that";
        if after_that || !lexicon::is_auxiliary(self.doc.word(start)) {
            return false;
        }
        let segment_start = self.comma_segment_start(v);
        // "What Kiley has said is …": the verb's own auxiliaries are not the clause's.
        let mut subject_end = v;
        while subject_end > segment_start
            && (lexicon::is_auxiliary(self.doc.word(subject_end - 1))
                || lexicon::is_verb_adverb(self.lower(subject_end - 1)))
        {
            subject_end -= 1;
        }
        !(segment_start..subject_end).any(|t| {
            let w = self.lower(t);
            lexicon::is_auxiliary(self.doc.word(t))
                || lexicon::is_relative_pronoun(w)
                || w == "that"
                || lexicon::reporting_verb(w).is_some()
        })
    }

    /// Where an object reported by its verb ends: at a dash or a ", which" clause outside
    /// quotation marks ("criticized the plan, which the board approved"), since what follows is
    /// the writer's.
    fn object_end(&self, v: usize, object: Range<usize>) -> usize {
        object
            .clone()
            .skip(1)
            .find(|&t| {
                // Not ", who …", which often describes a person inside the object ("accused
                // Ann Ward, who chairs the board, of bias").
                let relative_follows =
                    self.doc.is(t, ',') && t + 1 < object.end && self.lower(t + 1) == "which";
                let mark = relative_follows
                    || lexicon::is_dash(self.doc.word(t))
                    || self.joins_speakers_predicate(v, t, object.end);
                mark && self.quote_of(t).is_none()
            })
            .map_or(object.end, |mark| self.trim_end(object.start..mark))
    }

    /// Whether "and" at `t` joins a second predicate to the speaker of verb `v` after an object
    /// ("questioned the plan and refused to back it", "called it “a farce” and has asked for …",
    /// "calling them “crooks” and threatening to …"): a past form, perhaps after "has", or a
    /// participle after a participle, that takes an object, a name, an infinitive or a
    /// preposition of its own.
    fn joins_speakers_predicate(&self, v: usize, t: usize, end: usize) -> bool {
        /// How far before the conjunction a be-form makes it join passive participles.
        const PASSIVE_REACH: usize = 3;
        // "who was born and raised in …": a be-form before joins participles, no predicate.
        let passive =
            (t.saturating_sub(PASSIVE_REACH)..t).any(|j| lexicon::is_be_form(self.lower(j)));
        if !lexicon::joins_verbs(self.lower(t)) || passive {
            return false;
        }
        let mut k = t + 1;
        while k < end
            && (lexicon::is_verb_adverb(self.lower(k)) || lexicon::is_have_form(self.lower(k)))
        {
            k += 1;
        }
        let joined = self.lower(k);
        // "urging the city to ban cars while imposing tolls and ensuring …": a participle inside
        // the object may be the one the joined participle goes on from.
        let participle_inside = (v + 1..t).any(|j| self.lower(j).ends_with("ing"));
        let participles =
            self.lower(v).ends_with("ing") && joined.ends_with("ing") && !participle_inside;
        let verb_form = k + 1 < end
            && self.doc.is_word(k)
            && !self.doc.is_capitalised(k)
            && (joined.ends_with("ed") || participles);
        // "refused to …", "likened it to …", "ranked Vale as …": the verb takes more of its own.
        verb_form && {
            let next = self.lower(k + 1);
            is_clause_opener(next)
                || is_adjunct_opener(next)
                || self.people.mention_starting_at(k + 1).is_some()
        }
    }

    /// "While Ruiz said that X, the board …": a report inside a subordinate clause that opens its
    /// sentence ends at the clause's comma, where the main clause begins.
    fn end_of_subordinate_report(&self, v: usize, clause: Range<usize>) -> usize {
        /// How far after the subordinator the verb may stand ("Though the mayor has said").
        const MAX_SUBORDINATE_SUBJECT: usize = 8;
        let s = self.sentence(v);
        let opens_subordinate = lexicon::is_subordinator(self.lower(s.start))
            && v <= s.start + MAX_SUBORDINATE_SUBJECT
            && !(s.start + 1..v).any(|t| self.doc.is(t, ','));
        if !opens_subordinate {
            return clause.end;
        }
        clause
            .clone()
            .find(|&t| self.doc.is(t, ',') && self.quote_of(t).is_none())
            .map_or(clause.end, |comma| self.trim_end(clause.start..comma))
    }

    /// Where a time adjunct starting at `t` ends ("Thursday", "Thursday evening", "last week",
    /// "earlier this year"), if one starts there.
    pub(super) fn time_adjunct_end(&self, t: usize) -> Option<usize> {
        let n = self.doc.tokens.len();
        let word = |k: usize| if k < n { self.lower(k) } else { "" };
        let first = word(t);
        if self.is_possessor(t) {
            return None; // "said Thursday's vote was rigged": the day owns the subject
        }
        if lexicon::is_weekday(first) || lexicon::is_day_word(first) {
            return Some(if lexicon::is_part_of_day(word(t + 1)) {
                t + 2
            } else {
                t + 1
            });
        }
        if !lexicon::is_period_determiner(first) {
            return None;
        }
        // "earlier this year": a second determiner before the period.
        let noun = if lexicon::is_period_determiner(word(t + 1)) {
            t + 2
        } else {
            t + 1
        };
        lexicon::is_period_noun(word(noun)).then_some(noun + 1)
    }

    /// Whether token `t` owns the word after it ("Thursday's", "Monday’s").
    fn is_possessor(&self, t: usize) -> bool {
        t + 1 < self.doc.tokens.len() && lexicon::is_possessive_ending(self.doc.word(t + 1))
    }

    /// "said Thursday the talks had failed", "said on Monday the deal was sound": the clause right
    /// after a time adjunct, when it opens like a clause.
    fn clause_after_time(&self, t: usize) -> Option<usize> {
        let s = self.sentence(t);
        // "late on Friday": past "on" and a word of time before it.
        let mut day = t;
        if day + 1 < s.end && matches!(self.lower(day), "late" | "early") {
            day += 1;
        }
        if day + 1 < s.end && self.lower(day) == "on" {
            day += 1;
        }
        let mut start = self.time_adjunct_end(day)?;
        if start + 1 < s.end && self.lower(start) == "that" {
            start += 1; // "said late on Friday that …"
        }
        (start < s.end && is_clause_opener(self.lower(start)) && self.looks_like_clause(start))
            .then_some(start)
    }

    /// "said on Friday he sold …", "told the paper last week she would …": after a few words of
    /// addressee or adjunct, a pronoun only ever a subject opens the reported clause; not past a
    /// subordinator or a relative ("said after he met …", "told what she knew").
    fn pronoun_clause_after_adjunct(&self, from: usize) -> Option<usize> {
        /// The most words before the pronoun.
        const MAX_ADJUNCT_WORDS: usize = 10;
        let s = self.sentence(from);
        (from..(from + MAX_ADJUNCT_WORDS).min(s.end))
            .take_while(|&t| {
                let w = self.lower(t);
                // "compared what Voss told the press with what she told …": a relative clause.
                // "told the host how pleased she was": a question, not its subject, opens it.
                let relative =
                    lexicon::is_relative_pronoun(w) || lexicon::is_question_word(w) || w == "that";
                // "told his advisers as he worked on it": "as" opens a clause of time.
                self.doc.is_word(t) && !lexicon::is_subordinator(w) && w != "as" && !relative
            })
            .find(|&t| {
                t > from
                    && lexicon::is_nominative_pronoun(self.lower(t))
                    && self.looks_like_clause(t)
            })
    }

    /// "told the host late on Sunday how pleased she was", "explained to WKRP why …": an indirect
    /// question after a few words of addressee or adjunct, with no clause before it. Not after a
    /// form of "ask" ([`Self::question_after_ask`] takes those), whose asker in a passive ("was
    /// asked by the host whether …") is no speaker the next pronoun should find.
    fn question_after_adjunct(&self, from: usize) -> Option<usize> {
        /// The most words before the question.
        const MAX_ADJUNCT_WORDS: usize = 10;
        let s = self.sentence(from);
        if from > s.start && lexicon::is_ask(self.lower(from - 1)) {
            return None;
        }
        (from..(from + MAX_ADJUNCT_WORDS).min(s.end))
            .take_while(|&t| {
                let w = self.lower(t);
                let word = self.doc.is_word(t) || self.doc.is_abbreviation_dot(t);
                word && !lexicon::is_subordinator(w)
                    && !lexicon::is_relative_pronoun(w)
                    && !lexicon::is_auxiliary(self.doc.word(t))
                    && w != "that"
            })
            .find(|&t| {
                // "told the tale of how …": after a preposition the question is its object.
                let before = self.lower(t - 1);
                let preposition = is_adjunct_opener(before)
                    && !lexicon::is_verb_adverb(before)
                    && self.time_adjunct_end(t - 1).is_none();
                let after_preposition = preposition
                    || lexicon::is_phrase_preposition(before)
                    || lexicon::introduces_topic(before);
                t > from && lexicon::is_question_word(self.lower(t)) && !after_preposition
            })
    }

    /// "said Sunday in Lund, Sweden, that …", "said — in a letter, no less — that …", "said on the
    /// radio, where she is a guest, that …": a "that" past an adjunct with commas or dashes in
    /// it, when no clause stands between but a relative one set off by commas.
    fn that_past_place(&self, from: usize) -> Option<usize> {
        /// The longest adjunct before the "that", in tokens.
        const MAX_ADJUNCT_TOKENS: usize = 20;
        let s = self.sentence(from);
        let limit = (from + MAX_ADJUNCT_TOKENS).min(s.end);
        let mut t = from;
        let mut within_dashes = false;
        while t < limit && self.quote_of(t).is_none() {
            let w = self.lower(t);
            let after_aside = self.doc.is(t - 1, ',') || lexicon::is_dash(self.doc.word(t - 1));
            if w == "that" && after_aside {
                return Some(t + 1);
            }
            let relative_follows = self.doc.is(t, ',')
                && t + 1 < limit
                && (lexicon::is_relative_pronoun(self.lower(t + 1))
                    || self.lower(t + 1) == "where");
            if relative_follows {
                t = (t + 2..limit).find(|&k| self.doc.is(k, ','))?;
                continue;
            }
            within_dashes |= lexicon::is_dash(self.doc.word(t));
            // "— chiding Mr. Vale twice —": between dashes, an abbreviation's full stop stays in
            // the aside (between commas it may close a name the "that" clause belongs to).
            let aside_mark = self.doc.is(t, ',')
                || lexicon::is_dash(self.doc.word(t))
                || within_dashes && self.doc.is_abbreviation_dot(t);
            let word = self.doc.is_word(t)
                && !lexicon::is_auxiliary(self.doc.word(t))
                && !lexicon::is_relative_pronoun(w)
                && !lexicon::is_subordinator(w)
                && lexicon::reporting_verb(w).is_none();
            if !(word || aside_mark) {
                return None;
            }
            t += 1;
        }
        None
    }

    /// "said in an interview, the mayor was wrong", "said in an interview, Kiley “looked …”": a
    /// clause after a short adjunct and its comma, opening with a subject.
    fn clause_after_adjunct_comma(&self, from: usize) -> Option<usize> {
        /// The most words of adjunct before the comma.
        const MAX_ADJUNCT_WORDS: usize = 8;
        let s = self.sentence(from);
        // "If you read what she said today, the plan …": after a subordinate clause, the
        // comma opens the main clause; "continues to press for talks, the war …" has an
        // infinitive, no adjunct, before it.
        let segment_start = self.comma_segment_start(from);
        let subordinate = lexicon::is_subordinator(self.lower(segment_start))
            || (segment_start..from).any(|t| self.lower(t) == "what");
        if subordinate || self.infinitive_within(from) == Some(from) {
            return None;
        }
        let comma = (from..(from + MAX_ADJUNCT_WORDS + 1).min(s.end))
            .take_while(|&t| {
                let w = self.lower(t);
                let plain_word = self.doc.is_word(t)
                    && self.quote_of(t).is_none()
                    && !lexicon::is_auxiliary(self.doc.word(t))
                    && !lexicon::is_relative_pronoun(w)
                    && !lexicon::is_subordinator(w)
                    && lexicon::reporting_verb(w).is_none();
                plain_word || self.doc.is(t, ',')
            })
            .find(|&t| self.doc.is(t, ','))?;
        let start = comma + 1;
        if start >= s.end || !self.doc.is_word(start) {
            return None;
        }
        let first = self.lower(start);
        let named = self.people.mention_starting_at(start);
        let opens_with_subject = is_clause_opener(first) || named.is_some();
        // "Kiley “kind of looked …”": a name, then the quote that goes on from it.
        let name_then_quote = named.is_some_and(|m| {
            let end = self.people.mention(m).tokens.end;
            self.carried.quote_at.get(end).copied().flatten().is_some()
        });
        (opens_with_subject && (self.looks_like_clause(start) || name_then_quote)).then_some(start)
    }

    /// Whether an infinitive follows within a few words of `from` with no subject pronoun before
    /// it ("the defence to stop", not "she is going to …").
    fn request_follows(&self, from: usize) -> bool {
        self.infinitive_within(from)
            .is_some_and(|to| !(from..to).any(|t| lexicon::is_nominative_pronoun(self.lower(t))))
    }

    /// "asked residents not to drive": a request, reported from its addressee on.
    pub(super) fn asks_to(&self, v: usize) -> bool {
        let s = self.sentence(v);
        let verb = self.lower(v);
        lexicon::is_ask(verb)
            && (v + 2..(v + 11).min(s.end))
                .take_while(|&t| self.doc.is_word(t))
                .any(|t| self.lower(t) == "to")
    }

    /// A "to" before a verb within a few words of `from`, with only words between ("the defence
    /// to stop"); not "to" before a noun phrase ("the story to his children").
    pub(super) fn infinitive_within(&self, from: usize) -> Option<usize> {
        let s = self.sentence(from.min(self.doc.tokens.len() - 1));
        (from..(from + 9).min(s.end))
            .take_while(|&t| self.doc.is_word(t))
            .find(|&t| {
                // "to “fix” the roads": the verb may be quoted.
                let verb = if t + 1 < s.end && self.quote_of(t + 1).is_some() {
                    t + 2
                } else {
                    t + 1
                };
                let before_verb = verb < s.end
                    && self.doc.is_word(verb)
                    && !self.doc.is_capitalised(verb)
                    && !is_clause_opener(self.lower(verb));
                self.lower(t) == "to" && before_verb
            })
    }

    /// "asked the students if they were …", "asked whether …": the indirect question after a
    /// form of "ask" and its addressee.
    fn question_after_ask(&self, v: usize) -> Option<usize> {
        /// The most words of addressee before the question.
        const MAX_ADDRESSEE_WORDS: usize = 6;
        let s = self.sentence(v);
        if !lexicon::is_ask(self.lower(v)) {
            return None;
        }
        (v + 1..(v + 1 + MAX_ADDRESSEE_WORDS).min(s.end))
            .take_while(|&t| self.doc.is_word(t))
            .find(|&t| lexicon::opens_indirect_question(self.lower(t)))
    }

    /// Whether one of the comma-separated parts of `words` could be a clause ("rain or shine, she
    /// will run again").
    fn holds_clause(&self, words: Range<usize>) -> bool {
        words
            .clone()
            .filter(|&t| t == words.start || self.doc.is(t - 1, ','))
            .any(|t| self.looks_like_clause(t))
    }

    /// Whether the words from `start` to the next comma could be a clause, not just a noun phrase.
    pub(super) fn looks_like_clause(&self, start: usize) -> bool {
        let s = self.sentence(start);
        // "she met the envoy": a pronoun that is only ever a subject, then a word, is a clause.
        // "she, too, wants …": an adverb set off by commas may stand between them.
        let adverb_set_off = start + 3 < s.end
            && self.doc.is(start + 1, ',')
            && lexicon::is_verb_adverb(self.lower(start + 2))
            && self.doc.is(start + 3, ',');
        let subject_then_verb = lexicon::is_nominative_pronoun(self.lower(start))
            && start + 1 < s.end
            && (self.doc.is_word(start + 1)
                || self.quote_of(start + 1).is_some()
                || adverb_set_off);
        if subject_then_verb {
            return true;
        }
        // An auxiliary in a clause of its own ("answer the questions because they had …") does
        // not make the words before it a clause.
        (start..s.end.min(start + MAX_CLAUSE_TOKENS))
            .take_while(|&t| !self.doc.is(t, ',') && !self.doc.is(t, ';'))
            .take_while(|&t| t == start || !lexicon::is_subordinator(self.lower(t)))
            .any(|t| lexicon::is_auxiliary(self.doc.word(t)))
    }

    /// Whether verb `v` attributes the quote just before it: only a comma and its subject (a
    /// pronoun or a name) stand between the closing mark and the verb (“…,” she said). A
    /// participle right after the mark ("… “old habits,” stating that …") reports on its own.
    pub(super) fn attributes_quote_before(&self, v: usize) -> bool {
        let s = self.sentence(v);
        let mut t = v;
        // "Ward, who called it “a sham,” said she …": a clause after the verb is what it reports,
        // and its subject stands before the quote.
        let clause_follows = v + 1 < s.end
            && lexicon::is_nominative_pronoun(self.lower(v + 1))
            && self.looks_like_clause(v + 1);
        if self.lower(v).ends_with("ing") || clause_follows {
            return false;
        }
        if t > s.start && lexicon::speaker_pronoun(self.lower(t - 1)).is_some() {
            t -= 1;
        } else if let Some(m) = self.people.mention_ending_at(t) {
            t = self.people.mention(m).tokens.start;
        }
        while t > s.start && self.doc.is(t - 1, ',') {
            t -= 1;
        }
        t > s.start
            && self.closes_quote(t - 1)
            && self.quote_set_off_at(t - 1).is_none()
            && !self.quote_titles_opening_phrase(t - 1)
    }

    /// A "that" opening a clause within `reach` words, before any punctuation but the marks
    /// around a programme's or paper's title ("told WKRP's “Early Hour” on Sunday night that …", not
    /// counted in the reach) and a plural's possessive mark ("told Metro News' Ann Bell that …").
    pub(super) fn that_within(&self, from: usize, reach: usize) -> Option<usize> {
        let s = self.sentence(from);
        let mut limit = (from + reach).min(s.end);
        let mut t = from;
        while t < limit {
            if let Some(after) = self.quoted_title_end(t) {
                limit = (limit + after - t).min(s.end);
                t = after;
                continue;
            }
            if !self.doc.is_word(t) && !self.is_plural_possessive_mark(t) {
                return None;
            }
            if self.lower(t) == "that" {
                return Some(t);
            }
            t += 1;
        }
        None
    }

    /// One past the closing mark of a title in quotation marks opening at `t`: a few words, each
    /// capitalised or a headline's minor word ("“Meet the Voters”"), after a possessive or a
    /// preposition ("on “Night Desk”").
    fn quoted_title_end(&self, t: usize) -> Option<usize> {
        /// The most words of a title.
        const MAX_TITLE_WORDS: usize = 6;
        let span = &self.span(self.quote_of(t)?);
        let close = span.close.filter(|_| span.open == Some(t))?;
        let words = span.inner.clone();
        let title_word = |k: usize| {
            self.doc.is_word(k)
                && (self.doc.is_capitalised(k) || lexicon::is_headline_minor_word(self.lower(k)))
        };
        let after_owner_or_preposition = t > 0
            && (lexicon::is_possessive_ending(self.doc.word(t - 1))
                || self.is_plural_possessive_mark(t - 1)
                || is_adjunct_opener(self.lower(t - 1)));
        let is_title = after_owner_or_preposition
            && !words.is_empty()
            && words.len() <= MAX_TITLE_WORDS
            && self.doc.is_capitalised(words.start)
            && words.clone().all(title_word);
        is_title.then_some(close + 1)
    }

    /// Whether token `t` is the apostrophe of a plural's possessive ("News' host").
    pub(super) fn is_plural_possessive_mark(&self, t: usize) -> bool {
        let w = self.doc.word(t);
        t > 0
            && (w == "'" || w == "’")
            && self.doc.token(t - 1).end == self.doc.token(t).start
            && self.lower(t - 1).ends_with('s')
            && self.quote_of(t).is_none()
    }

    /// "told reporters the talks …": skips the addressee and starts where a clause starts.
    pub(super) fn after_addressee(&self, from: usize) -> Option<usize> {
        let s = self.sentence(from);
        let mut t;
        let named = self
            .people
            .mention_starting_at(from)
            .map(|m| self.people.mention(m).tokens.end);
        // "told Varga's team the deal …": a name owning the addressee is no addressee itself.
        let owner =
            named.filter(|&end| end + 1 < s.end && lexicon::is_possessive_ending(self.lower(end)));
        if let (Some(end), None) = (named, owner) {
            t = end;
        } else {
            t = owner.map_or(from, |end| end + 1);
            // "told the court she had …": the addressee's own article is no clause opener.
            let w = self.lower(t);
            if lexicon::is_article(w) || lexicon::is_possessive_determiner(w) {
                t += 1;
            }
            while t < s.end
                && t < from + 4
                && self.doc.is_word(t)
                && !is_clause_opener(self.lower(t))
            {
                if let Some(clause) = self.clause_after_time(t) {
                    return Some(clause); // "told reporters Thursday the talks had failed"
                }
                if t > from && self.opens_named_clause(t) {
                    return Some(t); // "telling them Fenwick was “worth …”"
                }
                if t > from && lexicon::is_question_word(self.lower(t)) {
                    return Some(t); // "told reporters what she knew"
                }
                let w = self.lower(t);
                // "told reporters at a briefing", "told his aides as he worked": no reported
                // clause, but an adjunct or a clause of time.
                if is_adjunct_opener(w) || lexicon::is_subordinator(w) || w == "as" {
                    return None;
                }
                t += 1;
            }
        }
        (t < s.end && t > from && is_clause_opener(self.lower(t)) && self.looks_like_clause(t))
            .then_some(t)
    }

    /// Whether a phrase of manner or means opens at `t`, after a verb: "by telephone", "through
    /// a spokesman", or an adverb in "-ly" before a preposition, "that" or a mark ("said happily
    /// on air", "said quietly that …"; not "said family members …").
    fn opens_manner_adjunct(&self, t: usize) -> bool {
        let s = self.sentence(t);
        let w = self.lower(t);
        let manner_adverb = w.len() > 4
            && w.ends_with("ly")
            && !self.doc.is_capitalised(t)
            && self.quote_of(t).is_none()
            && t + 1 < s.end
            && {
                let next = self.lower(t + 1);
                next == "that"
                    || is_adjunct_opener(next)
                    || lexicon::is_manner_preposition(next)
                    || !self.doc.is_word(t + 1)
            };
        lexicon::is_manner_preposition(w) || manner_adverb
    }

    /// Whether an adverbial, no noun phrase, opens at `t` after a verb: a preposition ("into the
    /// show", "on Fox") or a phrase of manner; not a determiner, an owner, an adverb or an
    /// infinitive ("this plan", "Friday's vote", "again for …", "to pave the road").
    fn opens_adverbial(&self, t: usize) -> bool {
        let w = self.lower(t);
        let preposition = is_adjunct_opener(w)
            && !lexicon::is_demonstrative(w)
            && !lexicon::is_period_determiner(w)
            && !lexicon::is_verb_adverb(w)
            && !self.is_possessor(t)
            && self.time_adjunct_end(t).is_none()
            && self.infinitive_within(t) != Some(t);
        preposition || lexicon::is_direction_preposition(w) || self.opens_manner_adjunct(t)
    }

    /// Whether a name opens a clause at `t`: a capitalised subject, not a day, right before an
    /// auxiliary ("Fenwick was", "Ann Ward has"), not an owner's "’s".
    fn opens_named_clause(&self, t: usize) -> bool {
        let s = self.sentence(t);
        let subject_end = match self.people.mention_starting_at(t) {
            Some(m) => self.people.mention(m).tokens.end,
            None => t + 1,
        };
        let named = self.doc.is_capitalised(t)
            && self.quote_of(t).is_none()
            && self.time_adjunct_end(t).is_none();
        // "told Metro Radio’s late show": an owner's "’s" is no "is".
        let auxiliary = subject_end < s.end
            && lexicon::is_auxiliary(self.doc.word(subject_end))
            && !lexicon::is_possessive_ending(self.doc.word(subject_end));
        named && auxiliary
    }

    /// Where a reported clause starting at `start` ends: the sentence end, or before a new
    /// attribution, a contrast (", though …"), a semicolon, or a direct quote introduced by a colon.
    pub(super) fn clause_end(&self, start: usize, sentence_end: usize) -> usize {
        let sentence_end = sentence_end.min(start + MAX_CLAUSE_TOKENS);
        let mut t = start;
        while t < sentence_end {
            if self.doc.is(t, ';')
                || (self.doc.is(t, ':')
                    && self
                        .carried
                        .quote_at
                        .get(t + 1)
                        .copied()
                        .flatten()
                        .is_some())
            {
                break;
            }
            if let Some(after) = self.writer_after_comma(t, sentence_end) {
                if self.report_ends_after_comma(start, after, sentence_end) {
                    // A comma just inside the closing mark leaves the mark to the report.
                    let comma_inside_mark = !self.doc.is(after - 1, ',');
                    if comma_inside_mark {
                        t = after;
                    }
                    break;
                }
            }
            if self.is_dash_outside_quote(t) {
                // "… about the deal — a rare win for the mayor": the writer's aside ends the
                // report; a pair of dashes sets an aside inside it ("the cause — clean water —").
                match self.dash_aside_end(t, sentence_end) {
                    Some(close) => t = close,
                    None => break,
                }
            }
            let w = self.lower(t);
            // "… and Hale says …", "… while Hale suggests …": another speaker's report begins.
            let joins_clause = lexicon::joins_verbs(w) || lexicon::is_contrast_conjunction(w);
            if joins_clause
                && t + 1 < sentence_end
                && self.quote_of(t).is_none()
                && (lexicon::joins_verbs(w) && self.joined_verb_reports(t + 1, sentence_end)
                    || self.named_attribution_joined(t + 1, sentence_end))
            {
                break;
            }
            if t > start && self.subordinate_participle_reports(t, sentence_end) {
                break;
            }
            t += 1;
        }
        self.trim_end(start..t)
    }

    /// Whether a subordinator at `t` opens a participle of saying ("… while adding …", "… before
    /// claiming that …"): the speaker goes on with a report of its own, which the clause before
    /// does not hold. Other participles ("while claiming tax breaks", "before explaining why")
    /// may be the reported clause's own.
    fn subordinate_participle_reports(&self, t: usize, end: usize) -> bool {
        if t + 1 >= end || !lexicon::is_subordinator(self.lower(t)) {
            return false;
        }
        let participle = self.lower(t + 1);
        let that_follows = t + 2 < end && self.lower(t + 2) == "that";
        let reports = lexicon::is_reporting_participle(participle)
            || participle.ends_with("ing")
                && lexicon::reporting_verb(participle).is_some()
                && that_follows;
        reports && self.quote_of(t).is_none()
    }

    /// Whether the words at `t`, after a conjunction, begin a report of their own: a verb of
    /// saying ("and warned"), not one the infinitive before governs ("to stand and promise"), or a
    /// name and its verb ("and Mayor Kiley says").
    fn joined_verb_reports(&self, t: usize, end: usize) -> bool {
        let joined_verb =
            lexicon::reporting_verb(self.lower(t)).is_some() && !self.joined_to_infinitive(t);
        joined_verb || self.named_attribution_joined(t, end)
    }

    /// Where the words after a comma at `t` start, when they may be the writer's: "he had “a quick
    /// eye, but also …”" keeps a comma inside quotation marks as the speaker's own, but one just
    /// before the closing mark ("called him “a fraud,” adding …") may end the report too.
    fn writer_after_comma(&self, t: usize, end: usize) -> Option<usize> {
        if !self.doc.is(t, ',') {
            return None;
        }
        let after = if self.quote_of(t).is_none() {
            t + 1
        } else if t + 1 < end && self.closes_quote(t + 1) {
            t + 2
        } else {
            return None;
        };
        (after < end).then_some(after)
    }

    /// Whether the report that started at `start` ends at a comma, before the words at `after`.
    fn report_ends_after_comma(&self, start: usize, after: usize, end: usize) -> bool {
        self.ends_clause_after_comma(after)
            // "…, and rights groups warned that …": someone else's report begins
            || self.new_attribution_joined(after, end)
            || self.joined_clause_leaves_report(start, after - 1, end)
            || self.writers_relative_follows(after, end)
    }

    /// Whether a relative clause at `t` ("…, which opened in May") is the writer's aside on the
    /// last noun, not the report's: nothing of the report follows it, and no verb of saying in
    /// it makes it a report of its own ("which he called …"). One set inside the clause ("the
    /// talks, which began in May, remained …") leaves the report going on.
    fn writers_relative_follows(&self, t: usize, end: usize) -> bool {
        if self.lower(t) != "which" || self.quote_of(t).is_some() {
            return false;
        }
        let comma = (t + 1..end).find(|&k| self.doc.is(k, ',') && self.quote_of(k).is_none());
        let resumes = comma.is_some_and(|c| self.clause_resumes_after(c, end));
        let reports = (t + 1..comma.unwrap_or(end)).any(|k| self.is_verb(k));
        !resumes && !reports
    }

    /// Whether the clause an aside interrupted goes on after its closing comma at `comma` ("the
    /// depots, which date from 1910, remain …", "…, “cannot pay …”"): a word in lower case or a
    /// quote follows, no conjunction, subordinator, relative or participle.
    fn clause_resumes_after(&self, comma: usize, end: usize) -> bool {
        let next_at = comma + 1;
        if next_at >= end {
            return false;
        }
        let next = self.lower(next_at);
        let word_or_quote = self.doc.is_word(next_at) || self.quote_of(next_at).is_some();
        word_or_quote
            && !self.doc.is_capitalised(next_at)
            && !lexicon::is_conjunction(next)
            && !lexicon::is_contrast_conjunction(next)
            && !lexicon::is_subordinator(next)
            && !lexicon::is_relative_pronoun(next)
            && !next.ends_with("ing")
    }

    /// Whether ", and" at the comma `comma` joins a clause that is the writer's, not the report's:
    /// a predicate with no subject of its own, which goes on about the speaker ("said she would
    /// tour the towns, and since then has only sent …"), or a named subject's ("…, and Ms. Park is …").
    /// "…, and that …" and a list ("Kiley, Fell, and Park were …") go on with the report.
    fn joined_clause_leaves_report(&self, start: usize, comma: usize, end: usize) -> bool {
        /// The most words between the conjunction and the joined predicate.
        const MAX_JOINED_WORDS: usize = 5;
        let first = comma + 2;
        if first >= end
            || self.lower(comma + 1) != "and"
            || self.lower(first) == "that"
            || self.quote_of(first).is_some()
        {
            return false;
        }
        let Some(predicate) = (first..(first + MAX_JOINED_WORDS).min(end))
            .take_while(|&t| {
                // "Ms. Park": an abbreviation's full stop stays inside the subject.
                let word_or_stop = self.doc.is_word(t) || self.doc.is(t, '.');
                word_or_stop && self.quote_of(t).is_none()
            })
            .find(|&t| self.is_joined_predicate(t))
        else {
            return false;
        };
        // "and to date has", "and most recently defended": an adjunct, then the predicate.
        let first_word = self.lower(first);
        let adverbs_only = (first..predicate).all(|t| {
            let w = self.lower(t);
            lexicon::is_verb_adverb(w) || w.ends_with("ly")
        });
        // "and in a calmer tone": a past form after a phrase may be an adjective.
        let finite = lexicon::is_auxiliary(self.doc.word(predicate))
            || lexicon::reporting_verb(self.lower(predicate)).is_some();
        let no_subject = adverbs_only || finite && is_adjunct_opener(first_word);
        // "…, and then would go on": a modal joins the reported subject's predicate.
        let speakers_predicate = no_subject && !lexicon::is_modal(self.lower(predicate));
        let named_subject = self.doc.is_capitalised(first) && self.ends_clause(start, comma);
        speakers_predicate || named_subject
    }

    /// Whether the words from `start` to the comma at `comma` end in a clause, not one item of a
    /// list ("Kiley, Fell, and Park were …").
    fn ends_clause(&self, start: usize, comma: usize) -> bool {
        let segment_start = (start..comma)
            .rev()
            .find(|&t| self.doc.is(t, ','))
            .map_or(start, |c| c + 1);
        segment_start < comma && self.looks_like_clause(segment_start)
    }

    /// Whether token `t` could be the finite verb of a joined clause: an auxiliary, a past form
    /// ("defended") or a verb of saying.
    fn is_joined_predicate(&self, t: usize) -> bool {
        let w = self.lower(t);
        lexicon::is_auxiliary(self.doc.word(t))
            || !self.doc.is_capitalised(t) && w.ends_with("ed")
            || lexicon::reporting_verb(w).is_some()
    }

    /// Whether token `t` is a dash between words, outside quotation marks: an em or en dash, or a
    /// hyphen standing apart ("taxes - the rate", "taxes -- the rate"), not one ending a word broken
    /// at a line ("con- clusion").
    fn is_dash_outside_quote(&self, t: usize) -> bool {
        let w = self.doc.word(t);
        let spaced_hyphen = t > 0
            && (self.doc.is(t - 1, '-') || self.doc.token(t - 1).end < self.doc.token(t).start);
        lexicon::is_dash(w) && (w != "-" || spaced_hyphen) && self.quote_of(t).is_none()
    }

    /// The closing dash of an aside opened by the dash at `dash` and closed a few words on, when
    /// the clause resumes after it ("the cause — clean water — had …").
    fn dash_aside_end(&self, dash: usize, end: usize) -> Option<usize> {
        /// The longest aside between a pair of dashes, in tokens.
        const MAX_DASH_ASIDE: usize = 24;
        let close = (dash + 2..(dash + 2 + MAX_DASH_ASIDE).min(end.saturating_sub(1)))
            .find(|&t| self.is_dash_outside_quote(t))?;
        let close = (close + 1..end)
            .take_while(|&t| self.doc.is(t, '-'))
            .last()
            .unwrap_or(close);
        (close + 1 < end && self.doc.is_word(close + 1)).then_some(close)
    }

    /// Whether a name and its reporting verb start at `t`, after a conjunction ("accuses Kiley of
    /// waste and Dana Fell says …"): someone else's report begins. Not when the conjunction
    /// joins two subjects ("both he and Fell promised").
    fn named_attribution_joined(&self, t: usize, end: usize) -> bool {
        /// The most tokens of title before the name ("Sen." is two).
        const MAX_TITLE_TOKENS: usize = 2;
        // "and Mayor Rob Kiley says": the name may follow its title.
        let title_word = |k: usize| self.doc.is_capitalised(k) || self.doc.is(k, '.');
        let Some(m) = (t..(t + 1 + MAX_TITLE_TOKENS).min(end))
            .take_while(|&k| k == t || title_word(k - 1))
            .find_map(|k| self.people.mention_starting_at(k))
        else {
            return false;
        };
        let joint_subject = t >= 2
            && (lexicon::speaker_pronoun(self.lower(t - 2)).is_some()
                || self.people.mention_ending_at(t - 1).is_some());
        if joint_subject {
            return false;
        }
        let mut k = self.people.mention(m).tokens.end;
        while k < end && lexicon::is_verb_adverb(self.lower(k)) {
            k += 1;
        }
        // "Ruiz saying … and Hale calling it …": a participle of the same kind, pairing two
        // reports, also starts the other speaker's.
        let participle_pair = self.lower(k).ends_with("ing")
            && t > 0
            && lexicon::is_conjunction(self.lower(t - 1))
            && lexicon::reporting_verb(self.lower(k)).is_some();
        k < end && self.is_verb(k) && (!self.lower(k).ends_with("ing") || participle_pair)
    }

    /// Whether a conjunction at `t` joins a new subject and its reporting verb ("and rights groups
    /// warned"), a few words on.
    fn new_attribution_joined(&self, t: usize, end: usize) -> bool {
        /// The longest subject between the conjunction and its verb, in words.
        const MAX_JOINED_SUBJECT: usize = 4;
        if t >= end || !lexicon::joins_verbs(self.lower(t)) {
            return false;
        }
        (t + 2..(t + 2 + MAX_JOINED_SUBJECT).min(end))
            .take_while(|&k| self.doc.is_word(k - 1))
            .any(|k| {
                // "and then would keep …": adverbs and auxiliaries are no new subject.
                let subject = (t + 1..k).any(|j| {
                    !lexicon::is_auxiliary(self.doc.word(j))
                        && !lexicon::is_verb_adverb(self.lower(j))
                });
                subject
                    && self.is_verb(k)
                    && self.lower(k - 1) != "to"
                    && !self.lower(k).ends_with("ing")
            })
    }

    pub(super) fn closes_quote(&self, t: usize) -> bool {
        self.quote_of(t)
            .is_some_and(|q| self.span(q).close == Some(t))
    }

    pub(super) fn ends_clause_after_comma(&self, t: usize) -> bool {
        let w = self.lower(t);
        if lexicon::is_contrast_conjunction(w)
            || lexicon::is_reporting_participle(w)
            || w == "according"
            || self.speaker_goes_on(t)
        {
            return true;
        }
        // ", he said" / ", Peskov said" / ", said Peskov"
        let subject_end = if lexicon::is_third_person_pronoun(w) {
            Some(t + 1)
        } else {
            self.people
                .mention_starting_at(t)
                .map(|m| self.people.mention(m).tokens.end)
        };
        match subject_end {
            Some(e) => {
                e < self.doc.tokens.len() && lexicon::reporting_verb(self.lower(e)).is_some()
            }
            None => lexicon::reporting_verb(w).is_some() && self.quote_of(t).is_none(),
        }
    }

    /// Whether the words after a comma at `t - 1` go on about the speaker rather than the report:
    /// a participle outside quotation marks ("…, echoing a memo", "…, creating a stir").
    fn speaker_goes_on(&self, t: usize) -> bool {
        let w = self.lower(t);
        w.ends_with("ing")
            && self.doc.is_word(t)
            && self.quote_of(t).is_none()
            && !self.doc.is_capitalised(t)
            && !lexicon::is_clause_continuing_ing(w)
    }

    /// Whether a clause is nothing but one quoted span (then it is a direct quote, not reported).
    pub(super) fn is_whole_quote(&self, clause: &Range<usize>) -> bool {
        let Some(q) = self.quote_of(clause.start) else {
            return false;
        };
        let outer = self.span(q).outer();
        outer.start == clause.start && outer.end >= clause.end
    }

    /// A clause with "and that" joining a quoted part and an unquoted part is two reports.
    pub(super) fn split_by_kind(&self, clause: Range<usize>) -> Vec<(Range<usize>, QuoteKind)> {
        let kind = |r: &Range<usize>| {
            if r.clone().any(|t| self.quote_of(t).is_some()) {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            }
        };
        let joint = clause.clone().find(|&t| {
            t + 1 < clause.end
                && self.lower(t) == "and"
                && self.lower(t + 1) == "that"
                && self.quote_of(t).is_none()
        });
        if let Some(j) = joint {
            let (a, b) = (clause.start..j, j + 2..clause.end);
            let a = a.start..self.trim_end(a.clone());
            if kind(&a) != kind(&b)
                && self.word_count(a.clone()) >= 2
                && self.word_count(b.clone()) >= 2
            {
                return vec![(a.clone(), kind(&a)), (b.clone(), kind(&b))];
            }
        }
        vec![(clause.clone(), kind(&clause))]
    }

    /// The end of `r` without trailing punctuation, keeping a closing quotation mark.
    pub(super) fn trim_end(&self, r: Range<usize>) -> usize {
        let mut end = r.end;
        while end > r.start && !self.doc.is_word(end - 1) && !self.closes_quote(end - 1) {
            end -= 1;
        }
        end
    }

    /// Drops the trailing comma that belongs to the attribution (“A,” he said), keeping
    /// sentence marks, which are part of what was said.
    pub(super) fn trim_commas(&self, r: Range<usize>) -> usize {
        let mut end = r.end;
        while end > r.start
            && (self.doc.is(end - 1, ',') || self.doc.is(end - 1, ';') || self.doc.is(end - 1, ':'))
        {
            end -= 1;
        }
        end
    }
}

// ---- the content rules ----------------------------------------------------------------------

/// The most words of adjunct that open a sentence before its subject ("On Thursday, however").
const MAX_ADJUNCT_WORDS: usize = 5;

/// The most tokens one quotation mark takes ("''" written for a double mark is two).
const MAX_MARK_TOKENS: usize = 2;

/// The longest aside between a verb and its "that" ("said, among other things, that").
const MAX_ASIDE_TOKENS: usize = 5;

/// The longest description set off after a speaker's name, in tokens ("a historian at the
/// library").
const MAX_DESCRIPTION_AFTER_NAME: usize = 12;

/// The longest adjunct after a verb that still ends its clause ("said in an interview on Monday").
const MAX_TRAILING_ADJUNCT: usize = 12;

/// How far after a verb of speaking its "of" or "about" may stand ("spoke at length today about").
const MAX_TOPIC_DISTANCE: usize = 5;

/// A content rule: the clauses verb `v` reports, or `None` to pass to the next rule.
type ContentRule = fn(&Attributor, usize) -> Option<Vec<Range<usize>>>;

/// What a reporting verb reports: these rules are tried in order and the first that decides
/// gives the clauses (perhaps none). Each is named after its case in `tests/spec/attribution.txt`.
pub(super) const CONTENT_RULES: &[(&str, ContentRule)] = &[
    ("according-to-clause", according_to_clause),
    ("inverted-attribution", inverted_attribution),
    ("as-attribution", as_attribution),
    ("verb-then-comma", verb_then_comma),
    ("clause-before-verb", clause_before_verb),
    ("clause-after-verb", clause_after_verb),
];

/// "According to X, CLAUSE" or "CLAUSE, according to X".
fn according_to_clause(a: &Attributor, v: usize) -> Option<Vec<Range<usize>>> {
    a.is_according(v).then(|| a.according_clause(v))
}

/// "CLAUSE, said Ana Ruiz", and "Recipients, said Mauer, are required …": an inverted
/// attribution reports the clause before it, and the rest after it when it sits inside.
fn inverted_attribution(a: &Attributor, v: usize) -> Option<Vec<Range<usize>>> {
    let end = a.inverted_subject_end(v)?;
    Some(a.around_inverted(v, end))
}

/// "As Heald told The Huffington Post, CLAUSE": the attribution opens the sentence.
fn as_attribution(a: &Attributor, v: usize) -> Option<Vec<Range<usize>>> {
    a.as_clause(v).map(|clause| vec![clause])
}

/// "cautioned, however, that …", "The company, he said, had few assets": a verb followed by a
/// comma.
fn verb_then_comma(a: &Attributor, v: usize) -> Option<Vec<Range<usize>>> {
    let s = a.sentence(v);
    (v + 1 < s.end && a.doc.is(v + 1, ',')).then(|| a.around_parenthetical(v))
}

/// "CLAUSE, X said.": a verb that ends its clause reports the clause before it.
fn clause_before_verb(a: &Attributor, v: usize) -> Option<Vec<Range<usize>>> {
    let s = a.sentence(v);
    // "said — on the radio, no less — that …": an aside between dashes does not end the clause.
    let aside_follows = v + 1 < s.end
        && a.is_dash_outside_quote(v + 1)
        && a.dash_aside_end(v + 1, s.end)
            .is_some_and(|close| close + 1 < s.end);
    let ends = v + 1 >= s.end || !a.doc.is_word(v + 1) && !aside_follows;
    // "Asked whether …, Cole pointed to a review": what follows a phrasal verb is no adjunct.
    let phrasal = lexicon::reporting_verb(a.lower(v)) == Some(VerbFrame::Phrasal);
    if !ends && phrasal {
        return None;
    }
    if !ends {
        // "…, Lee said on Friday.": only with a clause before it; "called on the board to
        // resign" reports what follows.
        let before = a
            .attribution_ends_after(v)
            .then(|| a.preposed_clause(v))
            .flatten()?;
        // "…, Lee said Tuesday, and she will …": the report goes on after the conjunction.
        let goes_on = (v + 1..s.end)
            .find(|&t| a.doc.is(t, ','))
            .and_then(|comma| a.speaker_goes_on_after_conjunction(comma + 1));
        return Some(std::iter::once(before).chain(goes_on).collect());
    }
    Some(a.preposed_clause(v).into_iter().collect())
}

/// "said (that) CLAUSE", "told reporters CLAUSE", "denied that …": the clause after the verb, by
/// the verb's frame.
fn clause_after_verb(a: &Attributor, v: usize) -> Option<Vec<Range<usize>>> {
    Some(a.following_clause(v).into_iter().collect())
}
