//! Direct quotes: their attribution after, before or around them, quotes inside quotes and
//! transcript answers.

use super::*;

impl Attributor<'_> {
    pub(super) fn direct_quote(&mut self, q: usize) {
        let span = self.span(q).clone();
        let content = span.inner.start..self.trim_commas(span.inner.clone());
        if content.is_empty() || !self.is_speech(&span) {
            return;
        }
        let attribution = QUOTE_RULES.iter().find_map(|&(name, rule)| {
            let found = rule(self, &span);
            self.noted(name, found)
        });
        let (speaker, cue) = match attribution {
            Some((speaker, verb)) => (
                speaker,
                Some(verb..verb + if self.is_according(verb) { 2 } else { 1 }),
            ),
            None => (
                UNATTRIBUTED_RULES
                    .iter()
                    .find_map(|&(name, rule)| self.noted(name, rule(self, q, &span)))
                    .flatten()
                    .map(Speaker::Person),
                None,
            ),
        };
        match speaker {
            Some(Speaker::Person(person)) => {
                self.carried.span_speakers[q] = Some(person);
                self.credit(person, QuoteKind::Direct, content, cue);
            }
            // An unnamed speaker ("said a woman selling pies") keeps the floor: the bare quote
            // paragraph after it is theirs, not the last named speaker's.
            Some(Speaker::Other) => {
                let first = &self.doc.token(span.outer().start);
                self.carried.unnamed_floor = Some((first.paragraph, first.sentence));
            }
            None => {}
        }
    }

    /// Whether a quoted span is speech rather than a scare quote, a title or a coined term.
    pub(super) fn is_speech(&self, span: &QuoteSpan) -> bool {
        let words = span.word_count(self.doc);
        if words == 0 {
            return false;
        }
        let has_sentence_mark = span
            .inner
            .clone()
            .any(|t| self.doc.is(t, '.') || self.doc.is(t, '!') || self.doc.is(t, '?'));
        let ends_with_comma =
            span.inner.end > span.inner.start && self.doc.is(span.inner.end - 1, ',');
        let introduced = span.open.is_some_and(|o| {
            o > 0 && (self.doc.is(o - 1, ':') || self.doc.is(o - 1, ',') || self.is_verb(o - 1))
        });
        let opens_sentence = span.open.is_none_or(|o| self.sentence(o).start == o);
        words >= 5 && (opens_sentence || introduced || has_sentence_mark)
            || has_sentence_mark && words >= 2
            || ends_with_comma && opens_sentence
            || introduced && words >= 3
            || span.continues
    }

    /// “…,” he said / “…,” said Ana Ruiz / “…” according to X.
    pub(super) fn attribution_after(
        &mut self,
        span: &QuoteSpan,
    ) -> Option<(Option<Speaker>, usize)> {
        let close = span.close?;
        let s = self.sentence(close);
        let reach = if close + 1 == s.end {
            self.bare_attribution_end(close + 1)?
        } else {
            (close + 1 + ATTRIBUTION_REACH).min(s.end)
        };
        // “…,” when Ruiz replied: a clause of its own after the quote does not attribute it.
        let first_word = (close + 1..reach).find(|&t| !self.doc.is(t, ','));
        if first_word.is_some_and(|t| lexicon::is_subordinator(self.lower(t))) {
            return None;
        }
        let verb = (close + 1..reach)
            .take_while(|&t| {
                let full_stop = self.doc.is(t, '.') && !self.doc.is_abbreviation_dot(t);
                !full_stop && self.quote_of(t).is_none()
            })
            .find(|&t| self.is_verb(t))?;
        // A sentence of its own attributes the quote before it only when it reports nothing
        // else and denies nothing: "Obel said." but not "Advisers to Obel say the plan is dead."
        // or "Obel did not concede defeat."
        let own_sentence = close + 1 == s.end;
        if own_sentence && (self.reports_a_clause(verb) || self.is_negated(verb)) {
            return None;
        }
        Some((self.speaker_of_verb(verb), verb))
    }

    /// Whether verb `v` is followed by a clause of its own ("say the plan is dead", "said that …");
    /// a name's "’s" is no verb of one ("told reporters during Tuesday’s call").
    fn reports_a_clause(&self, v: usize) -> bool {
        let s = self.sentence(v);
        if v + 1 >= s.end {
            return false;
        }
        let only_owners_for_verbs = !lexicon::is_nominative_pronoun(self.lower(v + 1))
            && (v + 1..s.end)
                .take_while(|&t| !self.doc.is(t, ',') && !self.doc.is(t, ';'))
                .filter(|&t| lexicon::is_auxiliary(self.doc.word(t)))
                .all(|t| self.owned_by_name(t));
        self.lower(v + 1) == "that" || self.looks_like_clause(v + 1) && !only_owners_for_verbs
    }

    /// Whether the "’s" at `t` makes the capitalised word before it an owner ("Tuesday’s call",
    /// "McCain’s effort") rather than standing for "is" or "has" ("It’s over").
    fn owned_by_name(&self, t: usize) -> bool {
        t > 0
            && lexicon::is_possessive_ending(self.doc.word(t))
            && self.doc.is_capitalised(t - 1)
            && !is_clause_opener(self.lower(t - 1))
            && !lexicon::is_relative_pronoun(self.lower(t - 1))
    }

    /// After a quote that ends its sentence (“Afraid of what?” D'Souza asked.), the next sentence
    /// attributes it when it is nothing but a short attribution in the same paragraph, or when it
    /// opens with its speaker and verb (“Who knows?” Lee told a radio station in an interview …);
    /// not when it opens a quote of its own ("Hale writes back, “You look great.”"), which it
    /// attributes instead.
    pub(super) fn bare_attribution_end(&self, next: usize) -> Option<usize> {
        if next >= self.doc.tokens.len()
            || self.doc.token(next).paragraph != self.doc.token(next - 1).paragraph
        {
            return None;
        }
        let s = self.sentence(next);
        if s.len() <= ATTRIBUTION_REACH {
            return (!self.opens_new_quote(s.clone())).then_some(s.end);
        }
        let quotes_anything = s.clone().any(|t| self.quote_of(t).is_some());
        if quotes_anything {
            return None;
        }
        self.verb_after_opening_subject(s.start)
            .map(|verb| verb + 1)
    }

    /// Whether a quote opens in `tokens` with a capital, as a new quote does; the second half of a
    /// split quote goes on in lower case (“Why,” Lee asked, “is it so?”).
    fn opens_new_quote(&self, tokens: Range<usize>) -> bool {
        tokens.into_iter().any(|t| {
            self.quote_of(t).is_some_and(|q| {
                let span = &self.span(q);
                span.open == Some(t)
                    && !span.inner.is_empty()
                    && self.doc.is_capitalised(span.inner.start)
            })
        })
    }

    /// The verb right after a speaker opening the sentence at `start`: a pronoun or a name, with
    /// its title ("He tweeted", "Mr. Lee asked").
    fn verb_after_opening_subject(&self, start: usize) -> Option<usize> {
        let subject_end = if lexicon::speaker_pronoun(self.lower(start)).is_some() {
            start + 1
        } else {
            let m = self.mention_past_title(start)?;
            self.people.mention(m).tokens.end
        };
        (subject_end < self.doc.tokens.len() && self.is_verb(subject_end)).then_some(subject_end)
    }

    /// Whether a quote with no attribution of its own stands where a speaker carries on: it opens
    /// its sentence, the sentence ends with it, and no unnamed speaker holds the floor.
    pub(super) fn quote_carries_on(&self, span: &QuoteSpan) -> bool {
        let first = span.outer().start;
        let token = &self.doc.token(first);
        let quote_leads = self.doc.sentences[token.sentence].start == first;
        // “Kia kaha,” read a sign: the sentence goes on after the quote with something not speech.
        let sentence_goes_on = span.close.is_some_and(|c| {
            c + 1 < self.doc.sentences[token.sentence].end
                && (self.doc.is(c + 1, ',')
                    || self.doc.is_word(c + 1) && !self.doc.is_capitalised(c + 1))
        });
        let floor_unnamed = self.carried.unnamed_floor.is_some_and(|(para, sentence)| {
            para + 1 >= token.paragraph
                && self
                    .carried
                    .last_speaker
                    .is_none_or(|(_, _, said)| said < sentence)
        });
        quote_leads && !sentence_goes_on && !floor_unnamed
    }

    /// A bare quote paragraph right after someone's question is the answer of the person they
    /// were talking with: the speaker before the one who asked.
    pub(super) fn answer_to_question(&self, q: usize, p: usize) -> Option<usize> {
        let previous = self.spans.get(q.checked_sub(1)?)?;
        let asker = self.carried.span_speakers[q - 1]?;
        let asked = previous.inner.end > previous.inner.start
            && self
                .doc
                .is(self.trim_commas(previous.inner.clone()) - 1, '?');
        let just_before = self.doc.token(previous.outer().start).paragraph + 1 == p;
        // "“… I never heard of it. Are they small?” Lee said": a question closing statements is
        // the speaker's own, rhetorical.
        let only_a_question =
            asked && self.sentence(previous.inner.start) == self.sentence(previous.inner.end - 1);
        let (last, _, _) = self.carried.last_speaker?;
        (only_a_question && just_before && last == asker)
            .then_some(self.carried.speaker_before_last?)
            .filter(|&other| other != asker)
    }

    /// The person heading the sentence before `sentence` in paragraph `p` ("Senator John Cornyn
    /// issued a statement. “…”"), when that sentence credits nobody else.
    pub(super) fn previous_subject(&self, sentence: usize, p: usize) -> Option<Speaker> {
        let prev = self.doc.sentences.get(sentence.checked_sub(1)?)?;
        if prev.is_empty()
            || self.doc.token(prev.start).paragraph != p
            || prev.clone().any(|t| self.quote_of(t).is_some())
        {
            return None;
        }
        let has_predicate = prev
            .clone()
            .any(|t| self.doc.is_word(t) && !self.doc.is_capitalised(t));
        if !has_predicate {
            return None; // a bare name, as in a list of sources
        }
        let subject = self.sentence_subject(prev.end - 1)?;
        let spoke_already = self
            .carried
            .found
            .iter()
            .rev()
            .take(8)
            .any(|a| prev.contains(&a.content.start));
        (!spoke_already).then_some(subject)
    }

    /// A quote a speaker quotes (“He said, ‘Nobody reads these,’ and I …”): the outer speaker
    /// keeps the whole, and the person the inner attribution names gets the inner words too.
    pub(super) fn quote_within_quote(&mut self, inner: &QuoteSpan) {
        let (Some(open), Some(outer)) = (inner.open, inner.open.and_then(|o| self.quote_of(o)))
        else {
            return;
        };
        let content = inner.inner.start..self.trim_commas(inner.inner.clone());
        if self.word_count(content.clone()) < 3 {
            return; // a scare quote inside a quote
        }
        let outer_speaker = self.carried.span_speakers[outer];
        let introduced = open > 0 && (self.doc.is(open - 1, ',') || self.doc.is(open - 1, ':'));
        let verb = (open.saturating_sub(7)..open)
            .rev()
            .find(|&t| self.doc.is_word(t) && lexicon::reporting_verb(self.lower(t)).is_some());
        let Some(verb) = verb.filter(|&v| introduced || v + 1 == open) else {
            return;
        };
        let subject = verb.checked_sub(1).and_then(|t| {
            let m = self
                .people
                .mention_ending_at(verb)
                .map(|m| self.people.mention(m).person);
            m.or_else(|| {
                lexicon::speaker_pronoun(self.lower(t)).and_then(|g| self.resolve_pronoun(t, g))
            })
        });
        if let Some(person) = subject.filter(|&p| Some(p) != outer_speaker) {
            self.carried.found.push(Attributed {
                person,
                kind: QuoteKind::Direct,
                content,
                cue: Some(verb..verb + 1),
            });
        }
    }

    // ---- transcripts --------------------------------------------------------------------------

    /// "Name: answer" paragraphs of a Q&A transcript.
    pub(super) fn transcript_answer(&mut self, sentence: Range<usize>) {
        let p = self.doc.token(sentence.start).paragraph;
        if self.doc.paragraphs[p].start != sentence.start {
            return;
        }
        let Some(m) = self.people.mention_starting_at(sentence.start) else {
            return;
        };
        let colon = self.people.mention(m).tokens.end;
        let end = self.doc.paragraphs[p].end;
        if colon + 1 >= end || !self.doc.is(colon, ':') || self.quote_of(colon + 1).is_some() {
            return;
        }
        let content = colon + 1..self.trim_commas(colon + 1..end);
        if self.word_count(content.clone()) >= 2 {
            self.credit(
                self.people.mention(m).person,
                QuoteKind::Direct,
                content,
                None,
            );
        }
    }
}

// ---- the quote rules ------------------------------------------------------------------------

/// What attributes a direct quote: the speaker of the attributing verb (or colon) and its token.
type Attribution = (Option<Speaker>, usize);

/// A quote rule: the attribution it finds for a quote, or `None` to pass to the next rule.
type QuoteRule = fn(&mut Attributor, &QuoteSpan) -> Option<Attribution>;

/// Where a direct quote's attribution is: these rules are tried in order and the first that
/// finds one gives it. Each is named after its case in `tests/spec/attribution.txt`.
pub(super) const QUOTE_RULES: &[(&str, QuoteRule)] = &[
    ("signature-after-quote", signature_after_quote),
    (
        "name-and-description-after-quote",
        name_and_description_after_quote,
    ),
    ("attribution-after-quote", attribution_after_quote),
    (
        "speaker-and-other-verb-after-quote",
        speaker_and_other_verb_after_quote,
    ),
    ("name-and-colon", name_and_colon),
    ("verb-right-before-quote", verb_right_before_quote),
    ("that-before-quote", that_before_quote),
    ("quote-is-reported-clause", quote_is_reported_clause),
    (
        "quote-after-subject-past-adjunct",
        quote_after_subject_past_adjunct,
    ),
    (
        "speaker-and-other-verb-before-quote",
        speaker_and_other_verb_before_quote,
    ),
    (
        "named-participle-before-quote",
        named_participle_before_quote,
    ),
    ("verb-to-say-before-quote", verb_to_say_before_quote),
    ("verb-then-comma-or-colon", verb_then_comma_or_colon),
    ("speech-noun-then-colon", speech_noun_then_colon),
    ("colon-ends-paragraph-before", colon_ends_paragraph_before),
];

/// The longest signature after a vox-pop quote's name, in tokens ("― Dana Ortiz, 34, nurse").
const MAX_SIGNATURE_TAIL: usize = 8;

/// “…” ― Dana Ortiz, 34, nurse: a dash (or a hyphen standing for one) and a name signing the
/// quote, ending its line; perhaps on a line of its own after the quote ("- Dana Ortiz.").
fn signature_after_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let dash = span.close? + 1;
    let is_dash =
        dash < a.doc.tokens.len() && !a.doc.is_word(dash) && lexicon::is_dash(a.doc.word(dash));
    if !is_dash {
        return None;
    }
    let m = a.people.mention_starting_at(dash + 1)?;
    let name_end = a.people.mention(m).tokens.end;
    // The signature ends its line, right after the name or after a short tail set off by a comma.
    let line_ends_after = |t: usize| {
        t + 1 >= a.doc.tokens.len()
            || a.doc.text[a.doc.token(t).end..a.doc.token(t + 1).start].contains('\n')
    };
    let tail_set_off =
        name_end < a.doc.tokens.len() && (a.doc.is(name_end, ',') || a.doc.is(name_end, '.'));
    let signs = line_ends_after(name_end - 1)
        || tail_set_off
            && (name_end..name_end + MAX_SIGNATURE_TAIL)
                .take_while(|&t| t < a.doc.tokens.len())
                .any(line_ends_after);
    signs.then(|| (Some(Speaker::Person(a.people.mention(m).person)), dash))
}

/// “…,” he said / “…,” said Ana Ruiz / “…” according to X.
fn attribution_after_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    a.attribution_after(span)
}

/// The longest description set off between a speaker's name and the verb after a quote, in
/// tokens ("…,” Ann Lee, director of the centre and a professor at the university, said).
const MAX_DESCRIPTION_TOKENS: usize = 40;

/// The most words of a title or role before a name after a quote ("the city's chief economist").
const MAX_ROLE_BEFORE_NAME: usize = 6;

/// “…,” Ann Lee, the director of the city's largest shelter, said: a name right after the quote,
/// then a description set off by commas, then the verb.
fn name_and_description_after_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let close = span.close?;
    let s = a.sentence(close);
    let mut start = close + 1;
    if a.doc.is(start, ',') {
        start += 1;
    }
    // "Senate Majority Leader Mitch McConnell", "the economist Ann Lee": title or role words
    // before the name; the description and verb after it are what make this an attribution.
    // Not a phrase after the quote ("“…” for Ruiz, said Lee").
    if start >= s.end
        || lexicon::is_phrase_preposition(a.lower(start))
        || is_adjunct_opener(a.lower(start))
    {
        return None;
    }
    let m = (start..(start + MAX_ROLE_BEFORE_NAME).min(s.end))
        .take_while(|&t| a.doc.is(t, '.') || a.is_role_word_before_name(t))
        .find_map(|t| a.people.mention_starting_at(t))?;
    let mut t = a.people.mention(m).tokens.end;
    // "James Corey Jr., the director": the full stop of the suffix.
    if a.doc.is(t, '.') && lexicon::is_generational(a.lower(t - 1)) {
        t += 1;
    }
    if a.doc.is(t, '(') {
        t = (t..(t + MAX_BRACKETED_TAG).min(s.end)).find(|&k| a.doc.is(k, ')'))? + 1;
    }
    if !a.doc.is(t, ',') {
        return None;
    }
    let end = (t + MAX_DESCRIPTION_TOKENS).min(s.end);
    let verb = (t + 1..end)
        .take_while(|&k| a.quote_of(k).is_none() && !a.doc.is(k, ';'))
        .find(|&k| {
            let mut before = k;
            while before > t && a.is_skippable(before - 1) {
                before -= 1;
            }
            a.doc.is(before - 1, ',') && a.is_verb(k)
        })?;
    Some((Some(Speaker::Person(a.people.mention(m).person)), verb))
}

/// “…,” Ann Lee shot back / “…?” an angry Lee retaliated / “…,” mused Ann Lee: a speaker and a
/// verb of saying the word lists do not hold, right after a quote that opens its sentence and
/// hands on to them (it ends with a comma, a question or an exclamation mark).
fn speaker_and_other_verb_after_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, close) = (span.open?, span.close?);
    let last = span
        .inner
        .end
        .checked_sub(1)
        .filter(|&l| l >= span.inner.start)?;
    let hands_on = a.doc.is(last, ',') || a.doc.is(last, '?') || a.doc.is(last, '!');
    let mut after = close + 1;
    if after < a.doc.tokens.len() && a.doc.is(after, ',') {
        after += 1;
    }
    let same_paragraph =
        after < a.doc.tokens.len() && a.doc.token(after).paragraph == a.doc.token(close).paragraph;
    if a.sentence(open).start != open || !hands_on || !same_paragraph {
        return None;
    }
    // "mused Ann Lee", "reacted the senator": a past tense, then its subject.
    let past = a.doc.is_word(after)
        && !a.doc.is_capitalised(after)
        && a.lower(after).ends_with("ed")
        && a.quote_of(after).is_none();
    if past {
        return match a.speaker_after(after)? {
            Speaker::Person(p) => Some((Some(Speaker::Person(p)), after)),
            Speaker::Other => None,
        };
    }
    // "an angry Lee": an article and one word before the name.
    let name_at = if lexicon::is_article(a.lower(after)) {
        after + 2
    } else {
        after
    };
    let m = a.mention_past_title(name_at)?;
    let verb = a.people.mention(m).tokens.end;
    a.is_other_past_of_speech(verb)
        .then(|| (Some(Speaker::Person(a.people.mention(m).person)), verb))
}

/// The paragraph holding a quote's opening mark, when the mark is not its first token.
fn opening_within_paragraph(a: &Attributor, span: &QuoteSpan) -> Option<(usize, usize)> {
    let open = span.open?;
    let para_start = a.doc.paragraphs[a.doc.token(open).paragraph].start;
    (open > para_start).then_some((open, para_start))
}

/// Jane Doe: “…” or "More from Jane Doe: “…”": a name and a colon; not a name in another phrase
/// ("said of Mr. Lind:", "wrote to Lind:", "added about Lind:"), whose quote the verb before
/// attributes.
fn name_and_colon(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, _) = opening_within_paragraph(a, span)?;
    if !a.doc.is(open - 1, ':') {
        return None;
    }
    let m = a.people.mention_ending_at(open - 1)?;
    let name = a.people.mention(m).tokens.start;
    let start = a.start_with_title(name);
    let topic = start > 0 && lexicon::introduces_topic(a.lower(start - 1));
    let in_phrase = a
        .preposition_before_name(name)
        .is_some_and(|p| a.lower(p) != "from");
    if topic || in_phrase {
        return None;
    }
    Some((Some(Speaker::Person(a.people.mention(m).person)), open - 1))
}

/// he replied “I am not able to”: the verb right before the opening mark.
fn verb_right_before_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, _) = opening_within_paragraph(a, span)?;
    a.is_verb(open - 1)
        .then(|| (a.speaker_of_verb(open - 1), open - 1))
}

/// Lee shot back, “…” / Lee interjected: “…” / he fired back: “…”: a speaker and a verb of saying
/// the word lists do not hold, right before the comma or colon that opens the quote, rather than
/// a listed verb further back ("She said so, to which Lee interjected: “…”").
fn speaker_and_other_verb_before_quote(
    a: &mut Attributor,
    span: &QuoteSpan,
) -> Option<Attribution> {
    let (open, para_start) = opening_within_paragraph(a, span)?;
    if !a.doc.is(open - 1, ':') && !a.doc.is(open - 1, ',') {
        return None;
    }
    let verb = a.other_verb_ending_at(open - 1, para_start)?;
    a.subject_right_before(verb)
}

/// acknowledged that “…”.
fn that_before_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, para_start) = opening_within_paragraph(a, span)?;
    let verb = open.checked_sub(2)?;
    (verb >= para_start && a.lower(open - 1) == "that" && a.is_verb(verb))
        .then(|| (a.speaker_of_verb(verb), verb))
}

/// How far before a quote's opening mark the verb whose clause it is may stand, in tokens
/// ("told the French channel BTV on Tuesday that “…”").
const MAX_VERB_TO_CLAUSE: usize = 20;

/// Kiley told reporters that “…” / said in a statement that “…”: the quote is the whole clause
/// the nearest verb before it reports, past an addressee or an adjunct, as the reported-speech
/// rules find that clause (they leave a clause that is wholly a quote to these rules).
fn quote_is_reported_clause(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, para_start) = opening_within_paragraph(a, span)?;
    let s = a.sentence(open);
    let from = open
        .saturating_sub(MAX_VERB_TO_CLAUSE)
        .max(s.start)
        .max(para_start);
    let verb = (from..open).rev().find(|&t| a.is_verb(t))?;
    let clause = a.following_clause(verb)?;
    // "conceded Tuesday that “even as we have …”": after "that", a clause whatever its first
    // word; not a relative's predicate ("believes in a press that “takes sides”").
    let after_that = a.lower(open - 1) == "that"
        && span
            .inner
            .clone()
            .next()
            .is_some_and(|first| a.looks_like_clause(first));
    (clause.start == open && (after_that || opens_own_clause(a, span)))
        .then(|| (a.speaker_of_verb(verb), verb))
}

/// The longest adjunct between a verb and the comma before its reported clause, in tokens ("said
/// in a long interview with the local paper,").
const MAX_ADJUNCT_BEFORE_CLAUSE: usize = 10;

/// The longest subordinate clause opening a sentence before its verb, in tokens ("After the
/// mayor of the city spoke").
const MAX_SUBORDINATE_CLAUSE: usize = 12;

/// "Kiley said in an interview, Ms. Fell “sort of stared at the floor”": after a verb, an adjunct
/// and a comma, a clause whose subject is a name and whose words are quoted; the quote is the
/// verb's speaker's. Not a verb in a subordinate clause ("After Lee spoke at the rally, Hale
/// “…”").
fn quote_after_subject_past_adjunct(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, para_start) = opening_within_paragraph(a, span)?;
    let m = a.people.mention_ending_at(open)?;
    let name = a.start_with_title(a.people.mention(m).tokens.start);
    let comma = name.checked_sub(1).filter(|&c| c > para_start)?;
    if !a.doc.is(comma, ',') {
        return None;
    }
    let s = a.sentence(comma);
    let from = comma.saturating_sub(MAX_ADJUNCT_BEFORE_CLAUSE).max(s.start);
    let verb = (from..comma).rev().find(|&t| a.is_verb(t))?;
    let adjunct_between = verb + 1 < comma
        && is_adjunct_opener(a.lower(verb + 1))
        && (verb + 1..comma).all(|t| a.doc.is_word(t));
    // "When the turn came, Lee said …" is a main clause again after the comma.
    let in_subordinate = lexicon::is_subordinator(a.lower(s.start))
        && verb <= s.start + MAX_SUBORDINATE_CLAUSE
        && !(s.start + 1..verb).any(|t| a.doc.is(t, ','));
    (adjunct_between && !in_subordinate).then(|| (a.speaker_of_verb(verb), verb))
}

/// Whether a quote's first word could open a clause of its own ("the driver …", "I …", "if …"),
/// rather than carry on a relative one ("believes in a press that “takes sides”").
fn opens_own_clause(a: &Attributor, span: &QuoteSpan) -> bool {
    span.inner
        .clone()
        .find(|&t| a.doc.is_word(t))
        .is_some_and(|t| {
            let w = a.lower(t);
            a.doc.is_capitalised(t)
                || is_clause_opener(w)
                || lexicon::is_subordinator(w)
                || is_adjunct_opener(w)
        })
}

/// "footage of Ann Lee saying, “…”", "with Lee asking: “…”": a name right before the participle
/// that introduces the quote is who speaks, whatever the sentence's subject.
fn named_participle_before_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, para_start) = opening_within_paragraph(a, span)?;
    let verb = a.verb_introducing(open, para_start)?;
    if !a.lower(verb).ends_with("ing") {
        return None;
    }
    let m = a
        .people
        .mention_ending_at(verb)
        .or_else(|| a.named_participle_joined(verb, para_start))?;
    Some((Some(Speaker::Person(a.people.mentions[m].person)), verb))
}

/// "Lee, who signed the budget, interjected to say: “…”", "…, but went on to say, “…”": an
/// infinitive of saying after a verb of the sentence's subject, who speaks.
fn verb_to_say_before_quote(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, para_start) = opening_within_paragraph(a, span)?;
    let verb = a.verb_introducing(open, para_start)?;
    let to = verb.checked_sub(1).filter(|&t| t > para_start)?;
    if a.lower(to) != "to" {
        return None;
    }
    // "went on to say": past the particle to the verb it belongs to; "went so far as to say":
    // past the degree phrase.
    let mut main = to - 1;
    if lexicon::is_verb_particle(a.lower(main)) && main > para_start {
        main -= 1;
    }
    if let Some(before) = a.before_so_far_as(main).filter(|&t| t > para_start) {
        main = before;
    }
    let after_a_verb = a.is_other_past_of_speech(main) || a.is_verb(main);
    if !after_a_verb {
        return None; // "that is to say:", "easy to say,", "asked people to say,"
    }
    // "The sports columnist Ann Lee went so far as to say": the speaker rules may know who goes
    // on better than the sentence's subject does.
    let goes_on = a
        .control_head(to)
        .and_then(|_| a.speaker_of_verb(verb))
        .filter(|speaker| matches!(speaker, Speaker::Person(_)));
    Some((Some(goes_on.or_else(|| a.sentence_subject(verb))?), verb))
}

/// X said, “…” / X said: “…” / a split quote's second half (“A,” he said, “B.”): the nearest verb
/// before the comma or colon that introduces the quote.
fn verb_then_comma_or_colon(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, para_start) = opening_within_paragraph(a, span)?;
    let verb = a.verb_introducing(open, para_start)?;
    Some((a.speaker_of_verb(verb), verb))
}

/// "Lee delivered a blunt message to the board: “…”", "Lee had one question for them: “…”": no verb
/// of saying, but a noun for words said before the colon that opens the quote.
fn speech_noun_then_colon(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let (open, _) = opening_within_paragraph(a, span)?;
    a.speech_noun_before(open - 1)
}

/// A paragraph-opening quote after a paragraph that ends "…, he said:", "Ann Lee echoed:", "Lee
/// released the following statement:" or "Lee had a warning for them:".
fn colon_ends_paragraph_before(a: &mut Attributor, span: &QuoteSpan) -> Option<Attribution> {
    let open = span.open?;
    let p = a.doc.token(open).paragraph;
    if open != a.doc.paragraphs[p].start || p == 0 {
        return None;
    }
    let prev = a.doc.paragraphs[p - 1].clone();
    if prev.is_empty() || !a.doc.is(prev.end - 1, ':') {
        return None;
    }
    let colon = prev.end - 1;
    let s = a.sentence(colon);
    // "made the following comment:": the noun is no verb of saying, whatever the lists hold.
    if let Some(verb) = a.verb_before_following_statement(colon, s.start) {
        return a.subject_right_before(verb);
    }
    if let Some(verb) = (s.start..colon).rev().find(|&t| a.is_verb(t)) {
        return Some((a.speaker_of_verb(verb), verb));
    }
    if let Some(verb) = a.other_verb_ending_at(colon, s.start) {
        return a.subject_right_before(verb);
    }
    a.speech_noun_before(colon)
}

/// How far before the comma or colon that introduces a quote its verb may stand, in tokens.
const MAX_INTRODUCTION: usize = 16;

impl Attributor<'_> {
    /// The nearest verb before the comma or colon that introduces the quote opening at `open`.
    fn verb_introducing(&self, open: usize, para_start: usize) -> Option<usize> {
        if !self.doc.is(open - 1, ':') && !self.doc.is(open - 1, ',') {
            return None;
        }
        let from = (open - 1).saturating_sub(MAX_INTRODUCTION).max(para_start);
        (from..open - 1).rev().find(|&t| self.is_verb(t))
    }

    /// A verb of saying the word lists do not hold, ending right before `end` ("shot back",
    /// "interjected", "echoed"): a lower-case past tense, after `floor`.
    fn other_verb_ending_at(&self, end: usize, floor: usize) -> Option<usize> {
        let mut verb = end.checked_sub(1).filter(|&v| v > floor)?;
        if lexicon::is_verb_particle(self.lower(verb)) {
            verb -= 1; // "shot back"
        }
        (verb > floor && self.is_other_past_of_speech(verb)).then_some(verb)
    }

    /// Whether token `t` is a lower-case past tense outside quotation marks that can say how
    /// something was said though the lists do not hold it ("echoed", "shot", "went").
    fn is_other_past_of_speech(&self, t: usize) -> bool {
        let past = |w: &str| w.ends_with("ed") || lexicon::is_irregular_past_of_speech(w);
        t < self.doc.tokens.len()
            && self.doc.is_word(t)
            && !self.doc.is_capitalised(t)
            && self.quote_of(t).is_none()
            && past(self.lower(t))
    }

    /// "released the following statement:", "made the following remarks:": the verb before "the
    /// following" and the noun that ends at the colon `colon`, after `floor`.
    fn verb_before_following_statement(&self, colon: usize, floor: usize) -> Option<usize> {
        let verb = colon.checked_sub(4).filter(|&v| v > floor)?;
        let following = self.lower(verb + 1) == "the" && self.lower(verb + 2) == "following";
        let verb_like = self.doc.is_word(verb)
            && !self.doc.is_capitalised(verb)
            && self.quote_of(verb).is_none();
        (following && verb_like).then_some(verb)
    }

    /// The subject of the sentence that the colon `colon` ends, as the speaker of a noun for words
    /// said a few words before it ("a blunt message to the board:"), when nobody else is named
    /// between them ("read out Lee's message:" is Lee's, not the reader's).
    fn speech_noun_before(&self, colon: usize) -> Option<Attribution> {
        /// How far before the colon the noun may stand ("a warning for the city's planners:").
        const MAX_NOUN_TO_COLON: usize = 8;
        if !self.doc.is(colon, ':') {
            return None;
        }
        let s = self.sentence(colon);
        let noun = (colon.saturating_sub(MAX_NOUN_TO_COLON).max(s.start)..colon)
            .rev()
            .find(|&t| self.quote_of(t).is_none() && lexicon::is_speech_noun(self.lower(t)))?;
        let Some(Speaker::Person(p)) = self.sentence_subject(noun) else {
            return None;
        };
        let only_subject_named = (s.start..noun)
            .filter_map(|t| self.people.mention_of(t))
            .all(|m| self.people.mention(m).person == p);
        only_subject_named.then_some((Some(Speaker::Person(p)), noun))
    }

    /// Whether token `t` can be part of a title or role standing before a name ("Senate Majority
    /// Leader", "the city's chief economist"): a capitalised word, or a lower-case word that is
    /// no verb, auxiliary or clause opener.
    fn is_role_word_before_name(&self, t: usize) -> bool {
        let w = self.lower(t);
        let word = self.doc.is_word(t) && self.quote_of(t).is_none();
        word && (self.doc.is_capitalised(t)
            || lexicon::is_possessive_ending(w)
            || lexicon::reporting_verb(w).is_none()
                && !lexicon::is_auxiliary(self.doc.word(t))
                && !lexicon::is_subject_pronoun(w)
                && !lexicon::is_demonstrative(w)
                && !lexicon::is_quantifier(w)
                && !lexicon::is_conjunction(w))
    }

    /// "with Lee tweeting that … and asking, “…”": the mention before the named participle of
    /// saying that "and" joins participle `verb` to, after `floor`.
    fn named_participle_joined(&self, verb: usize, floor: usize) -> Option<usize> {
        /// How far back the first participle may stand, in tokens.
        const MAX_JOINED_REACH: usize = 30;
        let and = verb.checked_sub(1).filter(|&t| t > floor)?;
        if self.lower(and) != "and" {
            return None;
        }
        let s = self.sentence(verb);
        let from = and
            .saturating_sub(MAX_JOINED_REACH)
            .max(s.start)
            .max(floor + 1);
        let first = (from..and).rev().find(|&t| {
            self.lower(t).ends_with("ing") && lexicon::reporting_verb(self.lower(t)).is_some()
        })?;
        self.people.mention_ending_at(first)
    }

    /// The speaker right before `verb`: a pronoun, or a name that is not in a phrase ("to which
    /// Lee"), or, for a verb joined to another ("leaned in and boomed"), the sentence's subject;
    /// as the attribution at `verb`.
    fn subject_right_before(&self, verb: usize) -> Option<Attribution> {
        if lexicon::joins_verbs(self.lower(verb - 1)) {
            return Some((Some(self.sentence_subject(verb)?), verb));
        }
        if let Some(g) = lexicon::speaker_pronoun(self.lower(verb - 1)) {
            return Some((self.resolve_pronoun(verb - 1, g).map(Speaker::Person), verb));
        }
        let m = self.people.mention_ending_at(verb)?;
        let in_phrase = self
            .preposition_before_name(self.people.mention(m).tokens.start)
            .is_some();
        (!in_phrase).then(|| (Some(Speaker::Person(self.people.mention(m).person)), verb))
    }
}

/// An unattributed-quote rule: the person a quote with no attribution of its own is theirs (or
/// `None`: nobody's), or `None` to pass to the next rule.
type UnattributedRule = fn(&Attributor, usize, &QuoteSpan) -> Option<Option<usize>>;

/// Whose a quote with no attribution is: these rules are tried in order and the first that
/// decides gives the person. Each is named after its case in `tests/spec/attribution.txt`.
pub(super) const UNATTRIBUTED_RULES: &[(&str, UnattributedRule)] = &[
    ("continued-quote", continued_quote),
    ("quote-in-running-text", quote_in_running_text),
    ("answer-to-question", answer_to_question),
    ("subject-of-sentence-before", subject_of_sentence_before),
    ("subject-of-paragraph-before", subject_of_paragraph_before),
    ("speaker-carries-on", speaker_carries_on),
];

/// A quote that carries on from the paragraph before (no opening mark) is the same speaker's.
fn continued_quote(a: &Attributor, q: usize, span: &QuoteSpan) -> Option<Option<usize>> {
    if !span.continues || q == 0 {
        return None;
    }
    a.carried.span_speakers[q - 1].map(Some)
}

/// A quote inside running text, or after an unnamed speaker who holds the floor, is nobody's.
fn quote_in_running_text(a: &Attributor, _: usize, span: &QuoteSpan) -> Option<Option<usize>> {
    (!a.quote_carries_on(span)).then_some(None)
}

/// A bare quote paragraph right after someone's question answers it.
fn answer_to_question(a: &Attributor, q: usize, span: &QuoteSpan) -> Option<Option<usize>> {
    let p = a.doc.token(span.outer().start).paragraph;
    a.answer_to_question(q, p).map(Some)
}

/// "Senator John Cornyn issued a statement. “…”": the person heading the sentence before.
fn subject_of_sentence_before(a: &Attributor, _: usize, span: &QuoteSpan) -> Option<Option<usize>> {
    let token = &a.doc.token(span.outer().start);
    match a.previous_subject(token.sentence, token.paragraph) {
        Some(Speaker::Person(subject)) => Some(Some(subject)),
        _ => None,
    }
}

/// The fewest words a quote paragraph has to be given to the person the paragraph before is about.
const MIN_STATEMENT_WORDS: usize = 6;

/// "Lee is upbeat about the race. // “We will win.”": a quote paragraph after a paragraph whose
/// last sentence is headed by a person, who reports nothing there, is theirs.
fn subject_of_paragraph_before(
    a: &Attributor,
    _: usize,
    span: &QuoteSpan,
) -> Option<Option<usize>> {
    let first = span.outer().start;
    let token = &a.doc.token(first);
    let opens_paragraph = a.doc.paragraphs[token.paragraph].start == first;
    // "‘A change warrior.’": a slogan or a cry is no one's statement.
    let is_statement = span.word_count(a.doc) >= MIN_STATEMENT_WORDS;
    if !opens_paragraph || !is_statement || token.paragraph == 0 {
        return None;
    }
    // "With Clinton, the FBI's reputation suffers.": the person must head the sentence itself.
    let before = a.doc.sentences.get(token.sentence.checked_sub(1)?)?;
    let w = a.lower(before.start);
    let headed_by_person =
        lexicon::speaker_pronoun(w).is_some() || a.mention_past_title(before.start).is_some();
    if !headed_by_person {
        return None;
    }
    match a.previous_subject(token.sentence, token.paragraph - 1) {
        Some(Speaker::Person(subject)) => Some(Some(subject)),
        _ => None,
    }
}

/// A quote paragraph after a paragraph whose speaker it carries on (the newswire convention).
fn speaker_carries_on(a: &Attributor, _: usize, span: &QuoteSpan) -> Option<Option<usize>> {
    let p = a.doc.token(span.outer().start).paragraph;
    let (person, para, _) = a.carried.last_speaker?;
    Some((para + 1 >= p).then_some(person))
}
