//! Who a reporting verb's subject is: a name, a pronoun, a description or nobody named.

use super::*;

impl Attributor<'_> {
    /// The speaker of reporting verb `v`, remembered so a split quote gets one answer.
    pub(super) fn speaker_of_verb(&mut self, v: usize) -> Option<Speaker> {
        if let Some(known) = self.carried.verb_speakers[v] {
            return known;
        }
        let speaker = self.find_speaker_of_verb(v);
        self.carried.verb_speakers[v] = Some(speaker);
        speaker
    }

    /// Whether verb `v`'s speaker was found before it ("Ann Cole, a former aide, said Lind …",
    /// "Cole, citing “…,” said the plan …"), so whoever is named right after it opens the
    /// reported clause instead of speaking.
    pub(super) fn speaker_found_before(&self, v: usize) -> bool {
        let Some(&Some(Some(Speaker::Person(speaker)))) = self.carried.verb_speakers.get(v) else {
            return false;
        };
        self.speaker_after(v) != Some(Speaker::Person(speaker))
    }

    /// One past the name "according to" cites, past its titles and a set-off role ("according to
    /// Afghan Ambassador to the United States Hamdullah Mohib", "according to the coach, X").
    pub(super) fn source_end(&self, from: usize) -> Option<usize> {
        if from >= self.doc.tokens.len() {
            return None; // "according to" ends the text
        }
        let s = self.sentence(from);
        if lexicon::speaker_pronoun(self.lower(from)).is_some() {
            return Some(from + 1); // "according to her"
        }
        let mut t = from;
        while t < s.end && t < from + 14 {
            if let Some(m) = self.people.mention_starting_at(t) {
                return Some(self.people.mention(m).tokens.end);
            }
            let w = self.lower(t);
            let after_role = t > from && lexicon::is_role_noun(self.lower(t - 1));
            // Words of a description ("the Afghan team's coach, X"); a comma only after its head.
            // A verb of saying is a noun there when the description goes on ("talk radio host").
            let noun_use = t + 1 < s.end
                && self.doc.is_word(t + 1)
                && !lexicon::is_clause_opener(self.lower(t + 1));
            let descriptive = self.doc.is_word(t)
                && (self.doc.is_capitalised(t) || lexicon::reporting_verb(w).is_none() || noun_use);
            let title_like = descriptive
                || lexicon::is_possessive_ending(w)
                || self.doc.is(t, '.')
                || self.doc.is(t, '-')
                || self.doc.is(t, ',') && after_role;
            if !title_like {
                return None;
            }
            t += 1;
        }
        None
    }

    /// Tries the [`SPEAKER_RULES`] in order; the first that decides gives the speaker.
    pub(super) fn find_speaker_of_verb(&self, v: usize) -> Option<Speaker> {
        let site = self.verb_site(v);
        SPEAKER_RULES
            .iter()
            .find_map(|&(name, rule)| self.noted(name, rule(self, &site)))
            .flatten()
    }

    /// Where verb `v` stands, and where a subject before it would end: past adverbs and
    /// auxiliaries ("has also said"), and past the dot of an abbreviation ending a name ("Robert F.
    /// Kennedy Jr. said").
    fn verb_site(&self, v: usize) -> VerbSite {
        let sentence = self.sentence(v);
        let in_progress = self.lower(v).ends_with("ing");
        let mut k = v;
        while k > sentence.start
            && (self.is_skippable(k - 1) || in_progress && self.is_progressive_auxiliary(k - 1))
        {
            k -= 1;
        }
        if k > sentence.start + 1
            && self.doc.is(k - 1, '.')
            && self.people.mention_ending_at(k - 1).is_some()
        {
            k -= 1;
        }
        // "Ruiz in a Gazette post said": "post" is the phrase's noun.
        let phrase_start = (!self.is_noun_after_article(v, sentence.start))
            .then(|| self.phrase_after_name(sentence.start, k))
            .flatten();
        if let Some(start) = phrase_start {
            k = start;
        }
        VerbSite {
            verb: v,
            sentence,
            subject_end: k,
        }
    }

    /// Whether the verb-like word `v` is a noun after "a" ("a tweet", "a blog post", "a Gazette
    /// post"): a base form right after the article, or after it and one word that names no one.
    fn is_noun_after_article(&self, v: usize, sentence_start: usize) -> bool {
        let after_article =
            |t: usize| t >= sentence_start && lexicon::is_indefinite_article(self.lower(t));
        let modifier_between = v >= 2
            && self.doc.is_word(v - 1)
            && self.people.mention_of(v - 1).is_none()
            && after_article(v - 2);
        is_base_form(self.lower(v)) && v >= 1 && (after_article(v - 1) || modifier_between)
    }

    /// Where a name starting at `start` starts with its title: before "Mr." or "Sen." when one
    /// stands there.
    pub(super) fn start_with_title(&self, start: usize) -> usize {
        if start >= 2 && self.doc.is(start - 1, '.') && self.is_title_token(start - 2) {
            start - 2
        } else if start >= 1 && self.is_title_token(start - 1) {
            start - 1
        } else {
            start
        }
    }

    /// Adverbs and auxiliaries between a subject and its verb ("has also repeatedly said").
    pub(super) fn is_skippable(&self, t: usize) -> bool {
        let w = self.lower(t);
        // "Lula da Silva on Friday urged": a day between the subject and its verb.
        if lexicon::is_weekday(w) && t > 0 && self.lower(t - 1) == "on"
            || w == "on" && t + 1 < self.doc.tokens.len() && lexicon::is_weekday(self.lower(t + 1))
            || self.within_time_adjunct(t)
        {
            return true;
        }
        let adverb = lexicon::is_verb_adverb(w) || is_ly_adverb(w);
        let auxiliary = lexicon::is_have_form(w) || lexicon::is_modal(w);
        self.doc.is_word(t) && self.people.mention_of(t).is_none() && (adverb || auxiliary)
    }

    /// Where a short prepositional phrase between a name and its verb starts ("Ana Ruiz in a
    /// statement said", "Ruiz at the rally said"), if one ends at `end`.
    fn phrase_after_name(&self, sentence_start: usize, end: usize) -> Option<usize> {
        /// The longest such phrase, in words ("in a blog post").
        const MAX_PHRASE: usize = 4;
        /// The most words of role before the name ("Senate leader Ana Ruiz").
        const MAX_ROLE_BEFORE: usize = 3;
        let lowest = end.saturating_sub(MAX_PHRASE).max(sentence_start + 1);
        let mut t = end;
        while t > lowest {
            t -= 1;
            let w = self.lower(t);
            let plain_word = self.doc.is_word(t)
                && self.people.mention_of(t).is_none()
                && self.quote_of(t).is_none();
            // "Kemp criticized Brandt in the council and suggested": a conjunction joins verbs.
            let joins = lexicon::is_conjunction(w);
            if !plain_word || joins || lexicon::reporting_verb(w).is_some() && t + 1 < end {
                return None;
            }
            let opens_phrase = lexicon::is_adjunct_word(w) && w != "to" && t + 1 < end;
            let subject = self
                .people
                .mention_ending_at(t)
                .map(|m| self.people.mention(m).tokens.start);
            // The name opens the sentence, past a few words of role, or a clause after a
            // conjunction ("while Ruiz in a blog post said"): it is the subject.
            let opens_clause = |start: usize| {
                let start = self.start_with_title(start);
                let role_words_before = (sentence_start..start).all(|k| {
                    self.people.mention_of(k).is_none()
                        && lexicon::reporting_verb(self.lower(k)).is_none()
                });
                start <= sentence_start + MAX_ROLE_BEFORE && role_words_before || {
                    let w = self.lower(start - 1);
                    lexicon::is_subordinator(w) || lexicon::joins_verbs(w)
                }
            };
            if opens_phrase && subject.is_some_and(opens_clause) {
                return Some(t);
            }
        }
        None
    }

    /// Whether `t` lies in a time adjunct ("Thursday evening", "last week", "earlier this year")
    /// between a subject and its verb ("Ana Ruiz last week said").
    fn within_time_adjunct(&self, t: usize) -> bool {
        /// The longest time adjunct, in words ("earlier this year").
        const MAX_TIME_ADJUNCT: usize = 3;
        (t.saturating_sub(MAX_TIME_ADJUNCT - 1)..=t)
            .any(|start| self.time_adjunct_end(start).is_some_and(|end| end > t))
    }

    /// "is" in "is warning" or "isn't saying": the auxiliary of a verb in progress.
    fn is_progressive_auxiliary(&self, t: usize) -> bool {
        let w = self.lower(t);
        self.doc.is_word(t)
            && lexicon::is_be_form(w.trim_end_matches("n't").trim_end_matches("n’t"))
    }

    /// A person set off by commas or brackets before the verb: "X, the mayor, said" / "X (45) said".
    pub(super) fn set_off_subject(&self, close: usize) -> Option<usize> {
        if let Some(subject) = self.appositive_subject(close) {
            return subject;
        }
        if let Some(p) = self
            .person_ending_at(close)
            .filter(|_| !self.brackets_hold_more_than_name(close) && self.name_set_off(close))
        {
            return Some(p); // "the coach, Nunzio Galantino, has called"
        }
        if let Some(p) = self.subject_with_phrase(close) {
            return Some(p);
        }
        let s = self.sentence(close);
        let opener = if self.doc.is(close, ')') { '(' } else { ',' };
        let lower_bound = close.saturating_sub(24).max(s.start);
        // "X, role, said" or "X of Y, role, told": the name (or name and phrase) before a comma;
        // "role, X of Y, said": the name after it.
        (lower_bound..close)
            .rev()
            .filter(|&t| self.doc.is(t, opener))
            .find_map(|open| {
                self.name_set_off_after(open, close)
                    .or_else(|| {
                        self.person_ending_at(open)
                            .filter(|_| !self.name_is_object(open))
                    })
                    .or_else(|| self.subject_with_phrase(open))
            })
    }

    /// "Another pollster, Tom Abel of Lindon University, said", "One pastor backing Mr. Lind, Dan
    /// Whit, said": a name right after comma `open`, with at most its affiliation between it and
    /// `close`, is the subject the description before it introduces, whoever that names.
    fn name_set_off_after(&self, open: usize, close: usize) -> Option<usize> {
        if !self.doc.is(open, ',') {
            return None;
        }
        let m = self.mention_past_title(open + 1)?;
        let name_end = self.people.mention(m).tokens.end;
        (name_end < close && self.affiliation_end(name_end, close) == close)
            .then_some(self.people.mention(m).person)
    }

    /// Where what verb `site` reports starts, when its pronoun subject at `pronoun` follows it as
    /// an aside: after a comma, with a comma after the verb ("If Ruiz stays, he said, the party …"),
    /// or right after a quote its sentence starts in ("“Ruiz is wrong,” he said"); it starts no
    /// later than the sentence.
    fn report_before(&self, pronoun: usize, site: &VerbSite) -> Option<usize> {
        let before = pronoun
            .checked_sub(1)
            .filter(|&t| t >= site.sentence.start)?;
        let after_verb = site.verb + 1;
        let aside_in_commas = self.doc.is(before, ',')
            && self.quote_of(before).is_none()
            && after_verb < site.sentence.end
            && self.doc.is(after_verb, ',');
        if aside_in_commas {
            return Some(site.sentence.start);
        }
        let quote = self.quote_of(before)?;
        let opens_sentence = self.quote_of(site.sentence.start) == Some(quote);
        (self.span(quote).close == Some(before) && opens_sentence).then_some(site.sentence.start)
    }

    /// Whether the name ending at comma `close` is set off before it, as a subject is ("the coach,
    /// Nunzio Galantino, has called"), not the end of a clause ("Voters backed Ana Ruiz, said
    /// Abel", "And Ruiz, said Abel, …"). A name closing brackets is set off by them.
    fn name_set_off(&self, close: usize) -> bool {
        let Some(m) = self.mention_closed_by(close, ',') else {
            return true;
        };
        let start = self.start_with_role_words(m);
        start > self.sentence(close).start
            && (self.doc.is(start - 1, ',') || self.is_dash(start - 1))
    }

    /// Whether the name ending at `end` is the object of a participle before it ("Voters backing
    /// Ana Ruiz, …", "One pastor supporting Mr. Lind, …"), so not a subject set off after it.
    fn name_is_object(&self, end: usize) -> bool {
        let Some(m) = self.mention_ending_past_dot(end) else {
            return false;
        };
        let start = self.start_with_role_words(m);
        start > self.sentence(end.saturating_sub(1)).start
            && self.doc.is_word(start - 1)
            && !self.doc.is_capitalised(start - 1)
            && self.lower(start - 1).ends_with("ing")
    }

    /// Where mention `m` starts with the title and role words before it ("Ambassador", "the team
    /// manager", "the Australian").
    fn start_with_role_words(&self, m: usize) -> usize {
        let s = self.sentence(self.people.mention(m).tokens.start);
        let mut start = self.people.mention(m).tokens.start;
        while start > s.start && {
            let w = self.lower(start - 1);
            self.doc.is_capitalised(start - 1)
                || lexicon::is_role_noun(w)
                || lexicon::modifies_role(w)
                || lexicon::is_article(w)
                || self.doc.is(start - 1, '.')
        } {
            start -= 1;
        }
        start
    }

    /// "A former candidate -- Ana Ruiz, who lost in 2008 -- said": the name right before the dash
    /// that opens the words set off before dash `close`, or right after it with at most its
    /// affiliation or a relative clause after it.
    fn name_after_opening_dash(&self, close: usize) -> Option<usize> {
        let s = self.sentence(close);
        let lowest = close.saturating_sub(SUBJECT_REACH).max(s.start);
        // A double dash ("--") may be two tokens.
        let close = (lowest..close)
            .rev()
            .find(|&t| !self.is_dash(t))
            .map_or(close, |t| t + 1);
        let open = (lowest..close).rev().find(|&t| self.is_dash(t))?;
        // "In an interview, Ana Ruiz - Abel's deputy - told …": the name before the dash.
        if let Some(p) = self
            .person_ending_at(open)
            .filter(|_| !self.name_is_object(open))
        {
            return Some(p);
        }
        let m = self.mention_past_title(open + 1)?;
        let end = self.past_abbreviation_dot(self.people.mention(m).tokens.end);
        let relative_clause = end + 1 < close
            && self.doc.is(end, ',')
            && lexicon::is_relative_pronoun(self.lower(end + 1));
        let described = end <= close && self.affiliation_end(end, close) == close;
        (relative_clause || described).then_some(self.people.mention(m).person)
    }

    /// "X, citing “the magic of it,” said": the comma that ends the words set off after the subject
    /// opening the sentence, when token `close` closes a quote cited inside them and that comma
    /// stands inside its marks. The verb after it does not attribute that quote.
    pub(super) fn quote_set_off_at(&self, close: usize) -> Option<usize> {
        let q = self.quote_of(close).filter(|_| self.closes_quote(close))?;
        let open = self.span(q).open?;
        let comma = self.comma_inside_closing(close)?;
        let opens_after_word = open > 0 && self.doc.is_word(open - 1);
        (opens_after_word && self.appositive_subject(comma).flatten().is_some()).then_some(comma)
    }

    /// "On the program “Morning Desk,” Ruiz said": whether the quote closing at `close` is a title
    /// named in a phrase that opens the sentence: a preposition opens it, words only stand
    /// between that and the quote, and the quote holds a few words, the first capitalised. It
    /// is no quote the verb after it attributes, and its comma ends the opening phrase.
    pub(super) fn quote_titles_opening_phrase(&self, close: usize) -> bool {
        /// The most words of such a title ("Meet the Press Daily").
        const MAX_TITLE_WORDS: usize = 6;
        let Some(span) = self
            .quote_of(close)
            .map(|q| self.span(q))
            .filter(|span| span.close == Some(close))
        else {
            return false;
        };
        let Some(open) = span.open else {
            return false;
        };
        let s = self.sentence(close);
        let opened_by_preposition = open > s.start
            && open <= s.start + SUBJECT_REACH
            && lexicon::is_adjunct_opener(self.lower(s.start))
            && (s.start..open).all(|t| self.doc.is_word(t));
        let words = span.word_count(self.doc);
        let title_like = (1..=MAX_TITLE_WORDS).contains(&words)
            && span.inner.start < close
            && self.doc.is_capitalised(span.inner.start);
        opened_by_preposition && title_like
    }

    /// "X signed the order, while Y, the former governor, proposed … and said": the person opening
    /// a clause that a comma and a subordinator set off after the main clause, when verb `v` is in
    /// it.
    fn trailing_clause_subject(&self, v: usize) -> Option<usize> {
        let s = self.sentence(v);
        let lowest = v.saturating_sub(SUBJECT_REACH).max(s.start + 1);
        let opener = (lowest..v).rev().find(|&t| {
            lexicon::is_subordinator(self.lower(t))
                && self.doc.is(t - 1, ',')
                && self.quote_of(t).is_none()
        })?;
        let m = self.mention_past_title(opener + 1)?;
        let name_end = self.people.mention(m).tokens.end;
        // "…, after Lind fell ill, Ruiz emailed her, telling …": a clause that a comma and another
        // name close opens the sentence's main clause instead.
        let main_clause_follows =
            (name_end..v).any(|t| self.doc.is(t, ',') && self.mention_past_title(t + 1).is_some());
        (name_end < v && !main_clause_follows).then_some(self.people.mention(m).person)
    }

    /// "Aides (that would be Gov. Ivo Brandt) suggest": a name closing brackets that hold more
    /// than the name and its title is no subject set off before the verb.
    fn brackets_hold_more_than_name(&self, close: usize) -> bool {
        let Some(m) = self.mention_closed_by(close, ')') else {
            return false;
        };
        let name_start = self.start_with_title(self.people.mention(m).tokens.start);
        name_start == 0 || !self.doc.is(name_start - 1, '(')
    }

    /// "Ann Cole, a friend of Mr. Lind, said", "Sen. Ann Cole (D-Ore.), facing Tom Abel, said": the
    /// name opening the sentence and set off before `close` is the subject, whatever names the
    /// set-off words hold; nobody when it opens a list of names ("Ann Cole, Tom Abel and Eva Lind
    /// said"). `None` when no name opens the sentence so.
    pub(super) fn appositive_subject(&self, close: usize) -> Option<Option<usize>> {
        let s = self.sentence(close);
        let first = self
            .people
            .mentions
            .partition_point(|m| m.tokens.start < s.start);
        let m = self.people.mentions.get(first)?;
        let opens = m.tokens.end < close
            && self.quote_of(m.tokens.start).is_none()
            && self.opens_clause(self.start_with_title(m.tokens.start));
        if !opens {
            return None;
        }
        let mut end = self.past_abbreviation_dot(m.tokens.end);
        if self.doc.is(end, '(') {
            end = (end..(end + MAX_BRACKETED_TAG).min(close)).find(|&k| self.doc.is(k, ')'))? + 1;
        }
        end = self.affiliation_end(end, close);
        if end >= close || !(self.doc.is(end, ',') || self.is_dash(end)) {
            return None;
        }
        // A name after the comma that a comma or "and" follows lists people; one a possessive
        // follows describes the subject ("Ann Cole, Lind's deputy, said").
        let list = self
            .mention_past_title(end + 1)
            .map(|next| self.people.mention(next).tokens.end)
            .is_some_and(|after| {
                after < close
                    && (self.doc.is(after, ',') || lexicon::is_conjunction(self.lower(after)))
            });
        Some((!list).then_some(m.person))
    }

    /// One past a short affiliation after a name ("of Ohio", "of the Brookings Institution"), or
    /// `from` when none starts there; it stops before `limit`.
    fn affiliation_end(&self, from: usize, limit: usize) -> usize {
        /// The longest affiliation, in tokens.
        const MAX_AFFILIATION: usize = 6;
        if from >= limit || !lexicon::is_affiliation_preposition(self.lower(from)) {
            return from;
        }
        let part_of_name = |t: usize| {
            let w = self.lower(t);
            self.doc.is_capitalised(t)
                || lexicon::is_article(w)
                || lexicon::is_affiliation_preposition(w)
                || self.doc.is(t, '.')
        };
        let words = (from + 1..(from + 1 + MAX_AFFILIATION).min(limit))
            .take_while(|&t| part_of_name(t))
            .count();
        if words == 0 {
            from
        } else {
            from + 1 + words
        }
    }

    /// Whether token `t` is a dash that sets off a description ("X - a lawyer - said").
    pub(super) fn is_dash(&self, t: usize) -> bool {
        self.doc.is(t, '-') || self.doc.is(t, '—') || self.doc.is(t, '–')
    }

    /// The person named right before token `end`, past a bracketed party and state ("Ana Ruiz
    /// (D-Ore.)"), unless the name sits in a phrase ("a critic of Mr. Lind").
    pub(super) fn person_ending_at(&self, end: usize) -> Option<usize> {
        let s = self.sentence(end.saturating_sub(1));
        let mut end = end;
        if end > s.start && self.doc.is(end - 1, ')') {
            end = (end.saturating_sub(MAX_BRACKETED_TAG).max(s.start)..end - 1)
                .rev()
                .find(|&t| self.doc.is(t, '('))?;
        }
        let m = self.mention_ending_past_dot(end)?;
        let in_phrase = self
            .preposition_before_name(self.people.mention(m).tokens.start)
            .is_some();
        (!in_phrase).then_some(self.people.mention(m).person)
    }

    /// The mention ending at `end`, or right before the dot there of an abbreviation that ends it
    /// ("Robert F. Kennedy Jr., who …").
    fn mention_ending_past_dot(&self, end: usize) -> Option<usize> {
        self.people.mention_ending_at(end).or_else(|| {
            let dot = end.checked_sub(1).filter(|&t| self.doc.is(t, '.'))?;
            self.people.mention_ending_at(dot)
        })
    }

    /// One past the name ending at `end`: past the dot of an abbreviation ending it ("Ana Ruiz
    /// Jr., a lawyer"), which does not end the sentence.
    fn past_abbreviation_dot(&self, end: usize) -> usize {
        let inside_sentence = end + 1 < self.sentence(end.saturating_sub(1)).end;
        if self.doc.is(end, '.') && inside_sentence {
            end + 1
        } else {
            end
        }
    }

    /// The preposition that puts the name starting at `start` in a phrase, past its title and
    /// role words ("a spokesman for House Speaker Ann Cole", "a critic of Mr. Lind").
    pub(super) fn preposition_before_name(&self, start: usize) -> Option<usize> {
        /// The most role words between the preposition and the name ("Democratic presidential
        /// candidate").
        const MAX_ROLE_WORDS: usize = 4;
        let s = self.sentence(start);
        let start = self.start_with_title(start);
        let role_word = |t: usize| {
            let w = self.lower(t);
            self.doc.is_word(t)
                && self.people.mention_of(t).is_none()
                && (self.doc.is_capitalised(t)
                    || lexicon::is_role_noun(w)
                    || lexicon::modifies_role(w))
        };
        let lowest = start.saturating_sub(MAX_ROLE_WORDS).max(s.start);
        let before = (lowest..start).rev().take_while(|&t| role_word(t)).count();
        let preposition = start.checked_sub(before + 1)?;
        // "Secretary of State Ann Cole": a preposition inside a capitalised title.
        let within_title =
            before > 0 && preposition > s.start && self.doc.is_capitalised(preposition - 1);
        let opens_phrase = preposition >= s.start
            && lexicon::is_phrase_preposition(self.lower(preposition))
            && !within_title;
        opens_phrase.then_some(preposition)
    }

    /// "X, who asked not to be named, said": the subject stands before the relative clause, however
    /// long it runs; a description there ("A neighbour of the woman") is nobody named.
    pub(super) fn relative_clause_subject(&self, close: usize) -> Option<Speaker> {
        let s = self.sentence(close);
        let lower_bound = close.saturating_sub(MAX_CLAUSE_TOKENS).max(s.start + 1);
        let who = (lower_bound..close)
            .rev()
            .find(|&t| self.doc.is(t - 1, ',') && lexicon::is_relative_pronoun(self.lower(t)))?;
        if let Some(p) = self.person_ending_at(who - 1) {
            return Some(Speaker::Person(p)); // also "X (D-Mo.), who …"
        }
        // The clause may describe something else ("X, a partner at Y, which led …, said"): only a
        // sentence with no name before its first comma is surely about someone unnamed.
        let first_comma =
            (s.start..who.min(s.start + MAX_CLAUSE_TOKENS)).find(|&t| self.doc.is(t, ','))?;
        let named = (s.start..first_comma).any(|t| self.people.mention_of(t).is_some());
        (!named).then_some(Speaker::Other)
    }

    /// "Lydia Buchtmann for Food Standards Australia, says", "Dan Ives of Wedbush Securities
    /// called": a name opening the sentence, then a prepositional phrase up to `phrase_end` (the
    /// comma or the verb).
    pub(super) fn subject_with_phrase(&self, phrase_end: usize) -> Option<usize> {
        let s = self.sentence(phrase_end);
        // The name opens the sentence, or follows the quote that opens it ("“…,” Ann Cole of the
        // Hale Institute wrote"), perhaps after its honorific or titles ("Lord Pemberton of Hale,
        // …", "Senator Ann Cole of Ohio said", "Rep. Ann Cole of Ohio, a hawk, said").
        let first = self
            .quote_of(s.start)
            .and_then(|q| self.span(q).close)
            .filter(|&close| close + 1 < phrase_end)
            .map_or(s.start, |close| {
                close + 1 + usize::from(self.doc.is(close + 1, ','))
            });
        let m = (first..(first + MAX_OPENING_TITLES + 1).min(phrase_end))
            .take_while(|&t| {
                let w = self.lower(t);
                t == first
                    || self.doc.is(t, '.')
                    || lexicon::honorific(self.lower(t - 1)).is_some()
                    || self.start_with_title(t) < t
                    || self.doc.is_capitalised(t) && lexicon::is_role_noun(self.lower(t - 1))
                    || lexicon::is_title_abbreviation(w)
            })
            .find_map(|t| self.people.mention_starting_at(t))?;
        let end = self.people.mention(m).tokens.end;
        let phrase = end..phrase_end;
        if phrase.is_empty()
            || phrase.len() > SUBJECT_REACH
            || !lexicon::is_affiliation_preposition(self.lower(end))
        {
            return None;
        }
        let verbless = phrase.clone().all(|t| {
            !self.doc.is(t, ',')
                && lexicon::reporting_verb(self.lower(t)).is_none()
                && !lexicon::is_be_form(self.lower(t))
                && !lexicon::is_have_form(self.lower(t))
        });
        verbless.then(|| self.people.mention(m).person)
    }

    /// A person or pronoun right after the verb, past titles and a set-off role.
    pub(super) fn speaker_after(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        let mut t = v + 1;
        while t < s.end && t <= v + AFTER_VERB_REACH {
            // "said Ana Lopez's mother": the possessor is not the speaker; nor is Cole in "said
            // one Cole adviser".
            if let Some(after) = self
                .possessor_end(t)
                .or_else(|| self.attributive_name_end(t))
            {
                t = after;
                continue;
            }
            // "said one source who knew Cole": a relative clause says who the speaker is.
            if lexicon::is_relative_pronoun(self.lower(t)) {
                break;
            }
            if self.named_in_description_after(v, t) {
                return Some(Speaker::Other);
            }
            if self.pronoun_opens_clause_after(v, t) {
                return self.subject_the_pronoun_repeats(v, t);
            }
            // "said the mayor's top policy aide Ann Vane": past the first few words, a name
            // counts only right after the role noun or title it ends.
            let name_ends_role = t <= v + ROLE_WORDS_AFTER_VERB + 1
                || lexicon::is_role_noun(self.lower(t - 1))
                || self.doc.is_capitalised(t - 1)
                || self.doc.is(t - 1, '.')
                || self.doc.is(t - 1, ',');
            if let Some(found) = self.speaker_at(t).filter(|_| name_ends_role) {
                return Some(found);
            }
            let w = self.lower(t);
            // "said the secretary of state Ann Vane", "said state senator Ann Vane": a verb's
            // form used as a noun in the role.
            let noun_in_role = lexicon::is_role_preposition(self.lower(t - 1))
                || t + 1 < s.end && lexicon::is_role_noun(self.lower(t + 1));
            let role_word = self.doc.is_word(t)
                && t <= v + ROLE_WORDS_AFTER_VERB + 2
                && (lexicon::reporting_verb(w).is_none() || noun_in_role)
                && !lexicon::is_auxiliary(self.doc.word(t))
                && !is_clause_opener(w)
                && !is_adjunct_opener(w);
            // "said former Gov. and party chairman Ed Ruiz": "and" inside a chain of titles.
            let joins_titles = lexicon::is_conjunction(w)
                && (self.doc.is(t - 1, '.') || self.doc.is_capitalised(t - 1))
                && t + 1 < s.end
                && self.doc.is_capitalised(t + 1);
            // "said chief of staff Ann Vane": a preposition inside the role, not right after the
            // verb ("said of Ann Vane").
            let inside_role = t > v + 1 && lexicon::is_role_preposition(w);
            let title_like = role_word
                || joins_titles
                || inside_role
                || self.doc.is_capitalised(t)
                || lexicon::is_role_noun(w)
                || lexicon::is_article(w)
                || lexicon::is_possessive_determiner(w)
                || lexicon::is_possessive_ending(w)
                || self.doc.is(t, ',')
                || self.doc.is(t, '.');
            if !title_like {
                break;
            }
            t += 1;
        }
        None
    }

    /// Whether person `p`'s role names the first word of the "of"/"for"/"at" phrase after the
    /// role noun at `t`, if there is one ("the head of the water board": a role with "water").
    fn role_names_qualifier(&self, t: usize, p: usize) -> bool {
        let qualified =
            t + 1 < self.doc.tokens.len() && lexicon::is_role_preposition(self.lower(t + 1));
        if !qualified {
            return true;
        }
        let mut q = t + 2;
        while q < self.doc.tokens.len() && lexicon::is_article(self.lower(q)) {
            q += 1;
        }
        q >= self.doc.tokens.len()
            || self
                .carried
                .role_holders
                .get(self.lower(q))
                .is_some_and(|holders| holders.contains(&p))
    }

    /// "…, said he phoned them", "told him the plan": whether a pronoun right after verb `v`,
    /// with a word after it, opens what the verb reports (or is its addressee) rather than
    /// inverting its subject ("…,” said he.").
    fn pronoun_opens_clause_after(&self, v: usize, t: usize) -> bool {
        t == v + 1
            && lexicon::speaker_pronoun(self.lower(t)).is_some()
            && t + 1 < self.doc.tokens.len()
            && self.doc.is_word(t + 1)
    }

    /// "Ruiz is pleased, says she saw it coming": a pronoun opening what verb `v` reports speaks
    /// for the speaker only as the subject named earlier in the sentence, repeated; "A pastor, a
    /// man the people stage did not name, said he …" names no one.
    fn subject_the_pronoun_repeats(&self, v: usize, pronoun: usize) -> Option<Speaker> {
        let g = lexicon::speaker_pronoun(self.lower(pronoun))?;
        let person = self.resolve_pronoun(pronoun, g)?;
        let s = self.sentence(v);
        let named_before = (v.saturating_sub(MAX_CLAUSE_TOKENS).max(s.start)..v).any(|t| {
            self.people
                .mention_starting_at(t)
                .is_some_and(|m| self.people.mention(m).person == person)
        });
        named_before.then_some(Speaker::Person(person))
    }

    /// "said a spokesman for Ruiz", "said an adviser to Ms. Ruiz": whether the name at `t` sits in
    /// a phrase of a description that an article opens right after verb `v`, with no comma
    /// between: the speaker is the one described, not the one named.
    fn named_in_description_after(&self, v: usize, t: usize) -> bool {
        let described = v + 1 < t && {
            let w = self.lower(v + 1);
            lexicon::is_article(w) || lexicon::is_unnamed_determiner(w)
        };
        described
            && self.people.mention_starting_at(t).is_some()
            && (v + 1..t).all(|k| !self.doc.is(k, ','))
            && self.preposition_before_name(t).is_some_and(|p| p > v + 1)
    }

    /// The person a definite description stands for: "the minister" for the one person whose
    /// role is a minister, "the Dutchman" or "the 52-year-old" for the person in focus.
    pub(super) fn descriptor_speaker(&self, t: usize) -> Option<Speaker> {
        // An organisation's initials ("the RNC member", "the FBI") name a body, not a person.
        let initials = |k: usize| self.doc.word(k).chars().all(|c| c.is_ascii_uppercase());
        // "the minister", "the India vice-captain": "the" and up to two modifiers before the noun.
        let definite = (t.saturating_sub(3)..t)
            .rev()
            .take_while(|&k| k + 3 > t)
            .find(|&k| self.lower(k) == "the")
            .is_some_and(|k| {
                (k + 1..t).all(|m| {
                    self.doc.is_capitalised(m)
                        || self.doc.is_word(m) && lexicon::reporting_verb(self.lower(m)).is_none()
                })
            });
        if !definite {
            return None;
        }
        let w = self.lower(t);
        let role_words: Vec<&str> = std::iter::once(w)
            .chain(w.split('-'))
            .filter(|x| lexicon::is_role_noun(x))
            .collect();
        if !role_words.is_empty() {
            // The whole word only: a "vice-captain" is not the captain. "The head of the
            // water board" is only a head whose role also names the water board.
            let mut holders: Vec<usize> = self
                .carried
                .role_holders
                .get(w)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&p| self.role_names_qualifier(t, p))
                .collect();
            crate::order::sort(&mut holders);
            holders.dedup();
            // "The India vice-captain" (a capital among its words) is specific enough to be the
            // person in focus even when no one was given that role; "the spokesman" is not.
            let specific = (t.saturating_sub(2)..t)
                .any(|k| self.doc.is_capitalised(k) && self.lower(k) != "the" && !initials(k));
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
        // "the Dutchman", but not a name of two words ("The New Yorker"): a demonym right
        // after "the".
        let right_after_the = t > 0 && self.lower(t - 1) == "the";
        // Not a word of a longer name ("The Washington Post").
        let heads_phrase = t + 1 >= self.doc.tokens.len() || !self.doc.is_capitalised(t + 1);
        // "the FBI": initials name a body.
        let describes_a_person = w.ends_with("-year-old")
            || right_after_the
                && heads_phrase
                && self.doc.is_capitalised(t)
                && !initials(t)
                && lexicon::is_known_non_person(w)
                && is_demonym(w);
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
            let described = self.name_after_attributive(m).unwrap_or(m);
            return Some(Speaker::Person(self.people.mention(described).person));
        }
        let g = lexicon::speaker_pronoun(self.lower(t))?;
        self.resolve_pronoun(t, g).map(Speaker::Person)
    }

    /// "said Cole campaign spokesman Tom Abel": a name that modifies a role (or a word such as
    /// "ally") before another name says whose the role is; the later name, which mention `m`
    /// describes, is the person.
    fn name_after_attributive(&self, m: usize) -> Option<usize> {
        /// The most words between the two names ("campaign communications director").
        const MAX_ATTRIBUTIVE_WORDS: usize = 3;
        let end = self.people.mention(m).tokens.end;
        let s = self.sentence(end.saturating_sub(1));
        let describing = |t: usize| {
            let w = self.lower(t);
            self.doc.is_word(t)
                && !self.doc.is_capitalised(t)
                && self.people.mention_of(t).is_none()
                && lexicon::reporting_verb(w).is_none()
                && !is_clause_opener(w)
                && !is_adjunct_opener(w)
                && !lexicon::is_conjunction(w)
                && !lexicon::is_auxiliary(w)
        };
        let words = (end..(end + MAX_ATTRIBUTIVE_WORDS).min(s.end))
            .take_while(|&t| describing(t))
            .count();
        let next = end + words;
        // The word before the later name is a role or a relation ("spokesman", "ally"), not a
        // verb ("Voss attacked Ruiz").
        let head = self.lower(next.saturating_sub(1));
        let ends_in_role = lexicon::is_role_noun(head) || lexicon::is_relation_noun(head);
        if words == 0 || next >= s.end || !ends_in_role {
            return None;
        }
        self.mention_past_title(next)
    }

    /// The mention starting at `t`, past a title before it ("Sen. Ann Cole").
    pub(super) fn mention_past_title(&self, t: usize) -> Option<usize> {
        self.people
            .mention_starting_at(self.name_start_past_title(t))
    }

    /// The mention ending right before the mark `close` (a comma or a closing bracket), when
    /// `close` is that mark.
    fn mention_closed_by(&self, close: usize, mark: char) -> Option<usize> {
        self.people
            .mention_ending_at(close)
            .filter(|_| self.doc.is(close, mark))
    }

    /// Where a name starts at `t`, past a title before it ("Sen." in "Sen. Ann Cole").
    pub(super) fn name_start_past_title(&self, t: usize) -> usize {
        if !self.is_title_token(t) {
            t
        } else if t + 1 < self.doc.tokens.len() && self.doc.is(t + 1, '.') {
            t + 2
        } else {
            t + 1
        }
    }

    /// Whether token `t` is an honorific or an abbreviated title ("Mr", "Dr", "Sen", "Gov").
    fn is_title_token(&self, t: usize) -> bool {
        let w = self.lower(t);
        lexicon::honorific(w).is_some() || lexicon::is_title_abbreviation(w)
    }

    /// The comma that ends the participle clause `v` opens the sentence with ("Noting that …,",
    /// "Having announced that …,"), where the main clause starts.
    pub(super) fn opening_participle_end(&self, v: usize) -> Option<usize> {
        let s = self.sentence(v);
        let participle = v == s.start && self.lower(v).ends_with("ing") && !self.is_according(v);
        let after_having = v == s.start + 1 && self.lower(s.start) == "having";
        // What it reports is a clause ("Noting that he studied law", "Noting he studied law"),
        // not a noun ("Recalling that moment", "Citing the attack").
        let that_clause =
            v + 2 < s.end && self.lower(v + 1) == "that" && self.looks_like_clause(v + 2);
        let bare_clause = v + 1 < s.end && lexicon::is_nominative_pronoun(self.lower(v + 1));
        if !participle && !after_having || !that_clause && !bare_clause {
            return None;
        }
        (v + 1..s.end).find(|&t| self.doc.is(t, ',') && self.quote_of(t).is_none() && t + 1 < s.end)
    }

    /// "Noting that he studied law, Allard said …", "Having announced that …, Judge Berne …": a
    /// participle opening the sentence has the subject of the main clause after its comma, a
    /// name past capitalised titles or a pronoun; `None` when `v` opens no such clause.
    fn subject_after_opening_participle(&self, v: usize) -> Option<Option<Speaker>> {
        /// The most capitalised title words before the main clause's subject ("Judge", "U.S.
        /// District Judge").
        const MAX_TITLE_WORDS: usize = 3;
        let s = self.sentence(v);
        let comma = self.opening_participle_end(v)?;
        let subject = (comma + 1..(comma + 2 + MAX_TITLE_WORDS).min(s.end))
            .take_while(|&t| t == comma + 1 || self.doc.is_capitalised(t) || self.doc.is(t, '.'))
            .find_map(|t| self.speaker_at(t));
        Some(subject)
    }

    /// The subject of the sentence holding `v`: a person named (or a pronoun) at its start, after an
    /// opening adverbial ("Later, …") and role words ("U.S. President …").
    pub(super) fn sentence_subject(&self, v: usize) -> Option<Speaker> {
        let s = self.sentence(v);
        if let Some(found) = self.speaker_after_leading_quote(s.clone(), v) {
            return Some(found);
        }
        let v = v.min(s.start + SUBJECT_REACH);
        if self.possessor_end(s.start).is_none() {
            if let Some(found) = self.speaker_at(s.start) {
                return Some(found);
            }
        }
        let mut t = self.past_opening_adjuncts(s.start, v);
        let mut possessed_until = 0;
        while t < v {
            // "Lena Voss's campaign manager Piet Ahn said": the possessor is not the subject;
            // nor is "the Cole campaign" Cole.
            if let Some(after) = self
                .possessor_end(t)
                .or_else(|| self.attributive_name_end(t))
                .filter(|&e| e < v)
            {
                t = after;
                possessed_until = after + MAX_POSSESSED_WORDS;
                continue;
            }
            // "A spokesman for Mayor Ann Cole …": a name in a phrase of the subject is not it.
            let named_in_phrase = self.people.mention_starting_at(t).is_some()
                && self.preposition_before_name(t).is_some();
            if named_in_phrase {
                return Some(Speaker::Other);
            }
            if let Some(found) = self.speaker_at(t) {
                return Some(found);
            }
            let w = self.lower(t);
            // The words a possessor owns ("Voss's campaign manager") describe the subject.
            let possessed = t < possessed_until && self.doc.is_word(t);
            // "Schell's son, Grant, …", "the mayor's spokesman, Ann Vane, …": the name set off
            // after the role.
            let sets_off_name = self.doc.is(t, ',')
                && t > s.start
                && (possessed || lexicon::is_role_noun(self.lower(t - 1)))
                && self.people.mention_starting_at(t + 1).is_some();
            // "62-year-old Ann Cole": an age before the name.
            let modifier = sets_off_name
                || self.doc.is_capitalised(t)
                || lexicon::is_role_noun(w)
                || lexicon::modifies_role(w)
                || lexicon::is_role_link(w)
                || w.ends_with("-year-old")
                || possessed
                || !self.doc.is_word(t) && !self.doc.is(t, ',');
            if !modifier {
                break;
            }
            t += 1;
        }
        Some(Speaker::Other)
    }

    /// Where a subject may start after `start`: past the phrase set off by a comma that opens the
    /// sentence and names nobody ("Later, …"), and past more adjuncts, linkers or place names set off
    /// after it ("The day before, at a rally in Lindon, Ohio, Drum …", "On Friday, however, …").
    fn past_opening_adjuncts(&self, start: usize, v: usize) -> usize {
        /// The longest opening adjunct, in tokens.
        const MAX_OPENING_ADJUNCT: usize = 12;
        let mut t = start;
        while let Some(comma) = (t..v.min(t + MAX_OPENING_ADJUNCT)).find(|&k| {
            self.doc.is(k, ',')
                && (self.quote_of(k).is_none() || self.quote_titles_opening_phrase(k + 1))
        }) {
            // "Like Abel, Ruiz …", "Although Abel …, Ruiz …": nor is a name in a prepositional
            // phrase or a subordinate clause.
            let names_nobody = (t..comma).all(|k| self.people.mention_of(k).is_none())
                || lexicon::is_phrase_preposition(self.lower(t))
                || lexicon::is_subordinator(self.lower(t));
            let linker = comma == t + 1 && lexicon::is_sentence_linker(self.lower(t));
            let adjunct_or_place = t == start
                || linker
                || lexicon::is_adjunct_opener(self.lower(t))
                || (t..comma).all(|k| self.doc.is_capitalised(k) || self.doc.is(k, '.'));
            if !names_nobody || !adjunct_or_place {
                break;
            }
            t = comma + 1;
        }
        t
    }

    /// The verb whose subject the infinitive marked by `to` shares: "went" in "went on to say",
    /// "moved" in "moved to assure", "was" in "was quick to add".
    pub(super) fn control_head(&self, to: usize) -> Option<usize> {
        let s = self.sentence(to);
        let before = to.checked_sub(1).filter(|&t| t >= s.start)?;
        let w = self.lower(before);
        let going_on = w == "on" && before > s.start && lexicon::is_go_form(self.lower(before - 1));
        if going_on {
            return Some(before - 1);
        }
        if let Some(go) = self
            .before_so_far_as(before)
            .filter(|&t| lexicon::is_go_form(self.lower(t)))
        {
            return Some(go); // "went so far as to say"
        }
        if let Some(head) = self.floor_taking_verb_before(to) {
            return Some(head);
        }
        if lexicon::is_subject_control_verb(w) {
            return Some(before);
        }
        let be_before = before > s.start && lexicon::is_be_form(self.lower(before - 1));
        (lexicon::is_subject_control_adjective(w) && be_before).then(|| before - 1)
    }

    /// "took to Twitter to say", "went on the radio on Friday to say", "interrupted me to
    /// announce": a verb of taking the floor a few words before the infinitive's `to`, with no
    /// comma, quote or other verb of saying between. Only for what is plainly said: a clause,
    /// a quote or an object verb's object ("took the stage to acknowledge his win" is no
    /// report).
    fn floor_taking_verb_before(&self, to: usize) -> Option<usize> {
        /// The most words between that verb and "to" ("on the radio on Friday").
        const MAX_PURPOSE_GAP: usize = 6;
        let s = self.sentence(to);
        let verb = to + 1;
        let says_plainly = verb + 1 < s.end && {
            let next = self.lower(verb + 1);
            next == "that"
                || self.doc.is(verb + 1, ':')
                || self.doc.is(verb + 1, ',')
                || lexicon::is_nominative_pronoun(next)
                || lexicon::reporting_verb(self.lower(verb)) == Some(VerbFrame::Object)
        };
        if !says_plainly {
            return None;
        }
        (to.saturating_sub(MAX_PURPOSE_GAP + 1).max(s.start)..to)
            .rev()
            .take_while(|&t| {
                self.doc.is_word(t)
                    && self.quote_of(t).is_none()
                    && lexicon::reporting_verb(self.lower(t)).is_none()
            })
            .find(|&t| lexicon::is_floor_taking_verb(self.lower(t)))
    }

    /// “…,” Lee said before adding … / “…,” said Lee, adding …: in a sentence that opens with a
    /// quote, the speaker attributed right after it, before `v`.
    fn speaker_after_leading_quote(&self, s: Range<usize>, v: usize) -> Option<Speaker> {
        let close = self.span(self.quote_of(s.start)?).close?;
        let mut after = close + 1;
        if after < v && self.doc.is(after, ',') {
            after += 1;
        }
        if after >= v {
            return None;
        }
        let inverted = self.is_verb(after) && lexicon::reporting_verb(self.lower(after)).is_some();
        let found = if inverted {
            self.speaker_after(after)
        } else {
            self.speaker_at(self.name_start_past_title(after))
        };
        found.filter(|f| matches!(f, Speaker::Person(_)))
    }

    /// One past a name starting at `t` that modifies a noun after an article or a determiner ("the
    /// Cole campaign", "a senior Cole adviser", "one Cole confidant"), so it names an organisation
    /// or someone unnamed.
    fn attributive_name_end(&self, t: usize) -> Option<usize> {
        let end = self
            .people
            .mention(self.people.mention_starting_at(t)?)
            .tokens
            .end;
        // The article and at most two words of description before the name, all words.
        let before = (t.saturating_sub(3).max(self.sentence(t).start)..t)
            .rev()
            .take_while(|&k| self.doc.is_word(k));
        // "The Blaze's Ana Ruiz wrote": after a possessive, the name is what is owned.
        let after_possessive = t > 0 && lexicon::is_possessive_ending(self.lower(t - 1));
        let after_article = !after_possessive
            && before.clone().any(|k| {
                let w = self.lower(k);
                lexicon::is_article(w) || lexicon::is_unnamed_determiner(w)
            });
        let noun_follows = end < self.doc.tokens.len()
            && self.doc.is_word(end)
            && !self.doc.is_capitalised(end)
            && lexicon::reporting_verb(self.lower(end)).is_none()
            && !self.is_skippable(end);
        (after_article && noun_follows).then_some(end)
    }

    /// One past the possessive ending of a name starting at `t` ("Lena Voss's"), if it has one.
    fn possessor_end(&self, t: usize) -> Option<usize> {
        let end = self
            .people
            .mention(self.people.mention_starting_at(t)?)
            .tokens
            .end;
        // "Hollis’s campaign", and "Hollis’ campaign" with a plural's mark.
        let possessive = end < self.doc.tokens.len()
            && (lexicon::is_possessive_ending(self.lower(end))
                || self.is_plural_possessive_mark(end));
        possessive.then_some(end + 1)
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
                || lexicon::is_role_noun(w)
                || lexicon::is_role_link(w)
                || lexicon::is_sentence_linker(w)
                || self.doc.is(k - 1, '“')
                || self.doc.is(k - 1, '"');
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
        if self.unnamed_person_spoke_before(at) {
            return None;
        }
        self.resolve_within(at, gender, PRONOUN_WINDOW, true)
            .or_else(|| self.resolve_within(at, gender, PRONOUN_REACH, false))
    }

    /// Whether an unnamed speaker spoke in `at`'s paragraph or the one before, after the last
    /// named speaker and with nobody named since, so a pronoun there may be theirs.
    fn unnamed_person_spoke_before(&self, at: usize) -> bool {
        let token = &self.doc.token(at);
        let Some((paragraph, said)) = self.carried.unnamed_person_spoke else {
            return false;
        };
        let recent = said <= token.sentence && paragraph + 1 >= token.paragraph;
        let after_last_named = self
            .carried
            .last_speaker
            .is_none_or(|(_, _, named)| named < said);
        if !(recent && after_last_named) {
            return false;
        }
        // The mentions are in text order: the first one since the floor decides.
        let floor_start = self.doc.sentences[said].start;
        let first_since = self
            .people
            .mentions
            .partition_point(|m| m.tokens.start < floor_start);
        self.people
            .mentions
            .get(first_since)
            .is_none_or(|m| m.tokens.start >= at)
    }

    pub(super) fn resolve_within(
        &self,
        at: usize,
        gender: Gender,
        window: usize,
        follow_previous: bool,
    ) -> Option<usize> {
        let sentence = self.doc.token(at).sentence;
        let window_start = self.doc.sentences[sentence.saturating_sub(window - 1)].start;
        let fits = |p: usize| {
            let g = self.people.person(p).gender;
            g == Gender::Unknown || gender == Gender::Unknown || g == gender
        };
        let recent_speaker = self
            .carried
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
        let mut named_in_window = false;
        for m in self.people.mentions[..before]
            .iter()
            .rev()
            .take(MAX_ANTECEDENTS)
            .take_while(|m| m.tokens.start >= window_start)
        {
            if !fits(m.person) {
                continue;
            }
            let s = self.doc.token(m.tokens.start).sentence;
            let in_quote = self.quote_of(m.tokens.start).is_some();
            let is_subject = !in_quote && self.opens_clause(m.tokens.start);
            let recency = match sentence - s {
                0 | 1 => 2,
                2 => 1,
                _ => 0,
            };
            // "Osei, the chief, said …, but he said …": a subject earlier in the pronoun's own
            // sentence outranks the sentence before's.
            let subject_of_this_sentence = is_subject && s == sentence;
            let score =
                3 * i32::from(previous_subject == Some(m.person) || subject_of_this_sentence)
                    + 2 * i32::from(recent_speaker == Some(m.person))
                    + 2 * i32::from(is_subject)
                    + recency
                    - i32::from(in_quote);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, m.person));
            }
            named_in_window |= previous_subject == Some(m.person);
        }
        // "Lee arrived. He … He … he said": the sentence before opens with a pronoun for someone
        // named before the window; it scores as the subject it is there.
        if let Some(p) = previous_subject.filter(|&p| !named_in_window && fits(p)) {
            /// The score of the previous sentence's subject: previous subject, a subject, recent.
            const PREVIOUS_SUBJECT_SCORE: i32 = 3 + 2 + 2;
            let score = PREVIOUS_SUBJECT_SCORE + 2 * i32::from(recent_speaker == Some(p));
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, p));
            }
        }
        best.map(|(_, p)| p).or(recent_speaker)
    }

    /// Whether the name at `t` opens a subordinate clause that opens its sentence ("If Ruiz
    /// stays, …"), so it cannot be the main clause's subject.
    fn opens_subordinate_clause(&self, t: usize) -> bool {
        let start = self.start_with_title(t);
        start > self.sentence(t).start && lexicon::is_subordinator(self.lower(start - 1))
    }

    /// The person the sentence before `sentence` is about: a name or a resolved pronoun opening it.
    pub(super) fn previous_subject_person(&self, sentence: usize) -> Option<usize> {
        let prev = self.doc.sentences.get(sentence.checked_sub(1)?)?.clone();
        let first_word = prev
            .clone()
            .take(SUBJECT_REACH)
            .find(|&t| self.doc.is_word(t))?;
        if let Some(g) = lexicon::speaker_pronoun(self.lower(first_word)) {
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
        (!self.opens_subordinate_clause(mention.tokens.start)).then_some(mention.person)
    }
}

// ---- the speaker rules ----------------------------------------------------------------------

/// How many words right after a verb may be any word of a role ("said chief of staff Ann Vane");
/// two more may be, if the name follows a role noun ("said the mayor's top policy aide Ann Vane").
const ROLE_WORDS_AFTER_VERB: usize = 4;

/// What a speaker rule decides: the speaker, or `None` when the verb has a speaker no one can
/// name (a pronoun with no one to stand for).
type Found = Option<Speaker>;

/// Where a reporting verb stands in its sentence.
pub(super) struct VerbSite {
    /// The verb's token.
    verb: usize,
    /// The sentence holding it.
    sentence: Range<usize>,
    /// Where a subject before the verb would end: the verb, moved back past adverbs and
    /// auxiliaries ("has also said") and an abbreviation's dot after a name ("Kennedy Jr. said").
    subject_end: usize,
}

impl VerbSite {
    /// The token right before where the subject would end, when the sentence has one.
    fn before(&self) -> Option<usize> {
        (self.subject_end > self.sentence.start).then(|| self.subject_end - 1)
    }

    /// Whether the verb is a participle ("saying", "adding").
    fn participle(&self, a: &Attributor) -> bool {
        a.lower(self.verb).ends_with("ing")
    }
}

/// A speaker rule: the speaker it finds for a verb, or `None` to pass to the next rule.
type SpeakerRule = fn(&Attributor, &VerbSite) -> Option<Found>;

/// A verb's base form ("say", "post"), not "says", "said" or "saying".
fn is_base_form(word: &str) -> bool {
    !word.ends_with('s') && !word.ends_with("ed") && !word.ends_with("ing")
}

/// An adverb in "-ly": a rare word ("tersely"), or one made from a common adjective ("similarly",
/// "angrily", "notably"), unlike common nouns such as "family" or "rally".
fn is_ly_adverb(w: &str) -> bool {
    let Some(stem) = w.strip_suffix("ly").filter(|_| w.len() > 4) else {
        return false;
    };
    let adjective = if let Some(s) = stem.strip_suffix('i') {
        format!("{s}y")
    } else if stem.ends_with("ab") || stem.ends_with("ib") {
        format!("{stem}le")
    } else {
        stem.to_string()
    };
    !lexicon::is_common_word(w) || lexicon::is_common_word(&adjective)
}

/// Who speaks at a reporting verb: these rules are tried in order and the first that decides
/// gives the answer, so a rule can rely on the ones above it having passed. Each rule is named
/// after its case in `tests/spec/attribution.txt`.
pub(super) const SPEAKER_RULES: &[(&str, SpeakerRule)] = &[
    ("noun-after-article", noun_after_article),
    ("according-to", according_to),
    ("passive-with-agent", passive_with_agent),
    ("passive-verb", passive_verb),
    ("name-in-phrase", name_in_phrase),
    ("verb-in-object-relative", verb_in_object_relative),
    ("name-before-verb", name_before_verb),
    ("titled-name-before-verb", titled_name_before_verb),
    ("pronoun-before-verb", pronoun_before_verb),
    ("quoted-as-saying", quoted_as_saying),
    ("coordinated-verb", coordinated_verb),
    ("who-after-name", who_after_name),
    ("document-of-person", document_of_person),
    ("participle-after-attribution", participle_after_attribution),
    ("participle-after-comma", participle_after_comma),
    ("relative-clause-before-verb", relative_clause_before_verb),
    ("set-off-subject", set_off_subject),
    ("infinitive-of-subject", infinitive_of_subject),
    ("document-then-participle", document_then_participle),
    ("description-before-verb", description_before_verb),
    ("speaker-after-verb", speaker_after_verb),
    ("participle-of-subject", participle_of_subject),
    ("unnamed-after-verb", unnamed_after_verb),
];

/// "in a blog post said", "a tweet", "a Medium post": a verb's base form right after "a", or
/// after "a" and one word that names no one, is a noun, and no one speaks through it.
fn noun_after_article(a: &Attributor, site: &VerbSite) -> Option<Found> {
    a.is_noun_after_article(site.verb, site.sentence.start)
        .then_some(None)
}

/// "According to X, …", "in the words of X": the source is named after its cue, perhaps past
/// titles and a set-off role.
fn according_to(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let v = site.verb;
    if !a.is_according(v) {
        return None;
    }
    let Some(end) = a.source_end(v + 2) else {
        return Some(None);
    };
    if let Some(g) = lexicon::speaker_pronoun(a.lower(end - 1)) {
        return Some(a.resolve_pronoun(end - 1, g).map(Speaker::Person));
    }
    Some(
        a.people
            .mention_of(end - 1)
            .map(|m| Speaker::Person(a.people.mention(m).person)),
    )
}

/// "X was asked by host Y whether …", "X was told by Y that …": a passive verb whose agent a
/// clause follows has that agent as its speaker.
fn passive_with_agent(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let v = site.verb;
    let after_be = v > site.sentence.start && lexicon::is_be_form(a.lower(v - 1));
    let by_follows = v + 1 < site.sentence.end && a.lower(v + 1) == "by";
    if !after_be || site.participle(a) || !by_follows {
        return None;
    }
    let Speaker::Person(agent) = a.speaker_after(v + 1)? else {
        return None;
    };
    // Where `speaker_after` looked: a few words past "by".
    let reach = (v + 2 + AFTER_VERB_REACH).min(site.sentence.end);
    let agent_mention = (v + 2..reach).find_map(|t| {
        a.people
            .mention_of(t)
            .filter(|&m| a.people.mention(m).person == agent)
    })?;
    let name_end = a.people.mention(agent_mention).tokens.end;
    if name_end >= site.sentence.end {
        return None;
    }
    let w = a.lower(name_end);
    let clause_follows = w == "that" || lexicon::opens_indirect_question(w);
    clause_follows.then_some(Some(Speaker::Person(agent)))
}

/// "was described by the Kremlin as": a verb after a form of "be" is passive, and its subject
/// did not speak; not "is warning", which is active.
fn passive_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let v = site.verb;
    let after_be = v > site.sentence.start && lexicon::is_be_form(a.lower(v - 1));
    (after_be && !site.participle(a)).then_some(Some(Speaker::Other))
}

/// A name after a preposition ("the campaign of X says") is not the subject: whoever speaks is
/// not named. Not "with X saying", where X speaks.
fn name_in_phrase(a: &Attributor, site: &VerbSite) -> Option<Found> {
    site.before()?;
    let m = a.people.mention_ending_at(site.subject_end)?;
    let preposition = a.preposition_before_name(a.people.mention(m).tokens.start)?;
    let absolute = site.participle(a) && a.lower(preposition) == "with";
    (!absolute).then_some(Some(Speaker::Other))
}

/// "Some records that Ruiz questioned are stored in a vault": a verb taking an object, in a
/// relative clause that describes a noun, with the main clause's verb right after it, reports
/// nothing; the speaker is no one. A verb of a clause reports one with a gap ("a deal that Ruiz
/// hopes will pass").
fn verb_in_object_relative(a: &Attributor, site: &VerbSite) -> Option<Found> {
    site.before()?;
    let v = site.verb;
    if lexicon::reporting_verb(a.lower(v)) != Some(VerbFrame::Object) {
        return None;
    }
    let m = a.people.mention_ending_at(site.subject_end)?;
    let start = a.start_with_title(a.people.mention(m).tokens.start);
    let relative = start >= site.sentence.start + 2 && {
        let (pronoun, noun) = (a.lower(start - 1), start - 2);
        (pronoun == "that" || lexicon::is_relative_pronoun(pronoun))
            && a.doc.is_word(noun)
            && !a.doc.is_capitalised(noun)
            && lexicon::reporting_verb(a.lower(noun)).is_none()
    };
    let main_verb_follows = v + 1 < site.sentence.end && lexicon::is_auxiliary(a.doc.word(v + 1));
    (relative && main_verb_follows).then_some(None)
}

/// "Peskov said", "Ana Ruiz has also said": a name right before the verb, past adverbs and
/// auxiliaries.
fn name_before_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    site.before()?;
    let m = a.people.mention_ending_at(site.subject_end)?;
    Some(Some(Speaker::Person(a.people.mention(m).person)))
}

/// "Dr. Park said": a title and a capitalised word the people stage did not link stand for the
/// one person whose name holds that word.
fn titled_name_before_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    if t < site.sentence.start + 1 || !a.doc.is_capitalised(t) {
        return None;
    }
    let title_at = if a.doc.is(t - 1, '.') {
        t.checked_sub(2)?
    } else {
        t - 1
    };
    if !a.is_title_token(title_at) || title_at < site.sentence.start {
        return None;
    }
    match a.name_holders.get(a.lower(t))?.as_slice() {
        [person] => Some(Some(Speaker::Person(*person))),
        _ => None,
    }
}

/// "he said", "she told": a pronoun before the verb stands for the person it resolves to. In an
/// aside after what it reports ("If Ruiz stays, he said, …", "“Ruiz is wrong,” he said") it
/// stands for none of the people named in that report, which a writer would have named as the
/// speaker instead: it looks before the sentence.
fn pronoun_before_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    let g = lexicon::speaker_pronoun(a.lower(t))?;
    let from = a.report_before(t, site).unwrap_or(t);
    Some(a.resolve_pronoun(from, g).map(Speaker::Person))
}

/// "The agency quoted X as saying", "X was quoted as saying": the one quoted speaks.
fn quoted_as_saying(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let s = &site.sentence;
    let t = site.before()?;
    if a.lower(t) != "as" || t <= s.start {
        return None;
    }
    if let Some(m) = a.people.mention_ending_at(t) {
        return Some(Some(Speaker::Person(a.people.mention(m).person)));
    }
    if a.lower(t - 1) != "quoted" {
        return None;
    }
    let mut q = t - 1;
    while q > s.start && {
        let w = a.lower(q - 1);
        lexicon::is_be_form(w) || lexicon::is_have_form(w) || w == "also"
    } {
        q -= 1;
    }
    if let Some(m) = a.people.mention_ending_at(q) {
        return Some(Some(Speaker::Person(a.people.mention(m).person)));
    }
    let g = (q > s.start)
        .then(|| lexicon::speaker_pronoun(a.lower(q - 1)))
        .flatten()?;
    Some(a.resolve_pronoun(q - 1, g).map(Speaker::Person))
}

/// "X met the envoy and said", "…, while saying": a verb joined to the sentence's main verb, or a
/// participle in a clause of its own, has the sentence's subject.
fn coordinated_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let w = a.lower(site.before()?);
    let joined = lexicon::joins_verbs(w) || site.participle(a) && lexicon::introduces_participle(w);
    joined.then(|| {
        a.trailing_clause_subject(site.verb)
            .map(Speaker::Person)
            .or_else(|| a.sentence_subject(site.verb))
    })
}

/// "X, who said …": the name before a relative "who".
fn who_after_name(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    if a.lower(t) != "who" || t <= site.sentence.start + 1 || !a.doc.is(t - 1, ',') {
        return None;
    }
    let m = a.people.mention_ending_at(t - 1)?;
    Some(Some(Speaker::Person(a.people.mention(m).person)))
}

/// "Cornyn's statement added": the owner of a statement, letter or tweet speaks through it.
fn document_of_person(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    if !lexicon::is_document_noun(a.lower(t))
        || t <= site.sentence.start + 1
        || !lexicon::is_possessive_ending(a.lower(t - 1))
    {
        return None;
    }
    let m = a.people.mention_ending_at(t - 1)?;
    Some(Some(Speaker::Person(a.people.mention(m).person)))
}

/// "X said, adding later, “…”": a participle right after an attribution has its speaker.
fn participle_after_attribution(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    if !a.doc.is(t, ',') || !site.participle(a) {
        return None;
    }
    let mut k = t;
    while k > site.sentence.start && a.is_skippable(k - 1) {
        k -= 1;
    }
    let verb = k.checked_sub(1).filter(|&v| v >= site.sentence.start)?;
    // Only a finite verb, not a noun ("commented on the report, saying"); and not a participle, so
    // a chain of them ("adding, noting") does not recurse along itself.
    let noun = verb > site.sentence.start && {
        let w = a.lower(verb - 1);
        lexicon::is_article(w) || lexicon::is_possessive_determiner(w)
    };
    let finite = a.is_verb(verb) && !noun && !a.lower(verb).ends_with("ing");
    match a.find_speaker_of_verb(verb).filter(|_| finite)? {
        Speaker::Person(p) => Some(Some(Speaker::Person(p))),
        Speaker::Other => None,
    }
}

/// "X singled out Y, the captain, for praise, saying …": a participle after a comma has the
/// sentence's subject, when that is a person.
fn participle_after_comma(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    if !a.doc.is(t, ',') || !site.participle(a) {
        return None;
    }
    match a.sentence_subject(site.verb) {
        Some(Speaker::Person(p)) => Some(Some(Speaker::Person(p))),
        _ => None,
    }
}

/// "X, who asked not to be named, said": the subject stands before the relative clause.
fn relative_clause_before_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    if !a.doc.is(t, ',') {
        return None;
    }
    a.relative_clause_subject(t).map(Some)
}

/// "X, the mayor, said", "X (45) said": a person set off by commas or brackets before the verb.
fn set_off_subject(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    // "…, his divorce from Maria, saying": before a participle, the name is an object.
    if site.participle(a) {
        return None;
    }
    // "X - a director of Y, which backs Z - said": set off by dashes, only the name opening
    // the sentence.
    if a.is_dash(t) {
        let subject = a
            .appositive_subject(t)
            .or_else(|| a.name_after_opening_dash(t).map(Some));
        return subject.map(|p| p.map(Speaker::Person));
    }
    if let Some(comma) = a.quote_set_off_at(t) {
        return a.appositive_subject(comma).map(|p| p.map(Speaker::Person));
    }
    if !a.doc.is(t, ',') && !a.doc.is(t, ')') {
        return None;
    }
    a.set_off_subject(t).map(|p| Some(Speaker::Person(p)))
}

/// "Ruiz went on to say", "Ruiz was quick to add": an infinitive after a verb or adjective of
/// subject control has the subject of that verb, found as a name or pronoun before it.
fn infinitive_of_subject(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let to = site.before()?;
    if a.lower(to) != "to" {
        return None;
    }
    let head = a.control_head(to)?;
    let head_site = a.verb_site(head);
    let found = [
        name_before_verb,
        titled_name_before_verb,
        pronoun_before_verb,
    ]
    .iter()
    .find_map(|rule| rule(a, &head_site));
    // "The editor, Tim Grove, interrupted me to announce": a subject set off by commas before a
    // verb of taking the floor.
    let takes_floor = lexicon::is_floor_taking_verb(a.lower(head));
    found.or_else(|| {
        takes_floor
            .then(|| set_off_subject(a, &head_site))
            .flatten()
    })
}

/// "X issued a statement saying …", "X sent out a letter urging …": a participle after a document
/// its subject put out has that subject, when it is a person.
fn document_then_participle(a: &Attributor, site: &VerbSite) -> Option<Found> {
    /// The most words between the issuing verb and the document ("put out a brief statement").
    const MAX_WORDS_BEFORE_DOCUMENT: usize = 4;
    let t = site.before()?;
    if !site.participle(a) || !lexicon::is_document_noun(a.lower(t)) {
        return None;
    }
    let lowest = t
        .saturating_sub(MAX_WORDS_BEFORE_DOCUMENT)
        .max(site.sentence.start);
    let issued = (lowest..t)
        .rev()
        .take_while(|&k| a.doc.is_word(k))
        .any(|k| lexicon::is_issuing_verb(a.lower(k)));
    if !issued {
        return None;
    }
    match a.sentence_subject(site.verb) {
        Some(Speaker::Person(p)) => Some(Some(Speaker::Person(p))),
        _ => None,
    }
}

/// A word before the verb that is not a name: "the Dutchman said" or "the minister said" names
/// someone already named, as does "Dan Ives of Wedbush Securities called"; "the Kremlin said" and
/// "officials said" name nobody.
fn description_before_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let t = site.before()?;
    if a.doc.is(t, ',') || a.doc.is(t, ')') || a.quote_of(t).is_some() || !a.doc.is_word(t) {
        return None;
    }
    let described = a
        .descriptor_speaker(t)
        .or_else(|| a.subject_with_phrase(site.subject_end).map(Speaker::Person));
    Some(Some(described.unwrap_or(Speaker::Other)))
}

/// "said Ana Ruiz", "said the mayor, Ana Ruiz": an inverted subject after the verb.
fn speaker_after_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    // A participle has no subject after it: "citing her work", "saying he would".
    if site.participle(a) {
        return None;
    }
    a.speaker_after(site.verb).map(Some)
}

/// "…, saying the plan was routine": a participle with nothing before it has the sentence's
/// subject.
fn participle_of_subject(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let v = site.verb;
    if let Some(found) = a.subject_after_opening_participle(v) {
        return Some(found);
    }
    if !site.participle(a) {
        return None;
    }
    // "Lee called it a mistake. Adding, “…”": a participle standing for a sentence goes on with
    // the subject of the one before.
    let stands_alone = v == site.sentence.start
        && v + 1 < site.sentence.end
        && (a.doc.is(v + 1, ',') || a.doc.is(v + 1, ':'));
    if stands_alone {
        let before = v.checked_sub(1)?;
        let same_paragraph = a.doc.token(before).paragraph == a.doc.token(v).paragraph;
        return Some(same_paragraph.then(|| a.sentence_subject(before)).flatten());
    }
    Some(a.sentence_subject(v))
}

/// "…,” said a woman selling pies": an unnamed speaker after the verb; otherwise nobody.
fn unnamed_after_verb(a: &Attributor, site: &VerbSite) -> Option<Found> {
    let v = site.verb;
    let unnamed = v + 1 < site.sentence.end && lexicon::is_unnamed_determiner(a.lower(v + 1));
    Some(unnamed.then_some(Speaker::Other))
}
