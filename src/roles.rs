//! Roles: the descriptor the article gives a person, either before the name ("Kremlin spokesman
//! Dmitry Peskov", "Malaysia's Prime Minister Najib Razak") or as an appositive after it ("Karen
//! Bell, chief executive of Axon Labs,") or before it ("his father, Mohamed El-Hassan Mohamed").

use std::ops::Range;

use crate::lexicon;
use crate::people::{appositive_start, People, APPOSITIVE_HEAD_TOKENS};
use crate::quotes;
use crate::segment::Document;

/// Longest role phrase we accept, in tokens; longer ones are clauses, not descriptors.
const MAX_ROLE_TOKENS: usize = 14;

/// The role of each person (indexed like `people.persons`), as a token range, taken from the first
/// mention that has one. A function of its own in the wasm, like the other stages (see
/// `crate::incremental`).
#[inline(never)]
pub fn find_roles(doc: &Document, people: &People) -> Vec<Option<Range<usize>>> {
    people
        .persons
        .iter()
        .map(|person| {
            let mut roles = person
                .mentions
                .iter()
                .flat_map(|&m| roles_of_mention(doc, people, m));
            let Some(first) = roles.next() else {
                return person
                    .mentions
                    .iter()
                    .find_map(|&m| description_in_next_sentence(doc, people, m));
            };
            // A bare rank or title ("Professor") or a group's role ("Its co-founders, A and B")
            // gives way to a later descriptor of the person alone.
            let weak = |r: &Range<usize>| is_title_only(doc, r) || is_group_role(doc, r);
            if !weak(&first) {
                return Some(first);
            }
            Some(roles.find(|r| !weak(r)).unwrap_or(first))
        })
        .collect()
}

/// "Marko Ilic scored twice. The 38-year-old midfielder said …": a definite description that
/// opens the sentence after one whose subject is the person, and carries an age or a capitalised
/// word ("The India vice-captain"), describes that person. Any other person the first sentence
/// names must be an owner ("before Pennington's bouncer"), or the description could be theirs.
fn description_in_next_sentence(doc: &Document, people: &People, m: usize) -> Option<Range<usize>> {
    let name = &people.mention(m).tokens;
    let sentence = doc.sentence_of(name.start);
    // Only a sentence's subject reads on, so each sentence is scanned at most once.
    let subject = before_honorific(doc, name.start, sentence.start) == sentence.start;
    if !subject {
        return None;
    }
    let next = doc
        .sentences
        .get(doc.token(name.start).sentence + 1)?
        .clone();
    let only_owners_besides = sentence.clone().all(|t| match people.mention_of(t) {
        Some(other) if people.mention(other).person != people.mention(m).person => {
            let end = people.mention(other).tokens.end;
            end < doc.tokens.len() && lexicon::is_possessive_ending(doc.word(end))
        }
        _ => true,
    });
    if !only_owners_besides || next.len() < 4 {
        return None;
    }
    if doc.folded(next.start) != "the" {
        return None;
    }
    let words = next.start + 1..next.end;
    let head = words.clone().find(|&t| {
        !(doc.is_capitalised(t) || is_age(doc, t) || lexicon::modifies_role(doc.folded(t)))
    })?;
    let marked = (next.start + 1..head).any(|t| doc.is_capitalised(t) || is_age(doc, t));
    let nameless = (next.start + 1..=head).all(|t| people.mention_of(t).is_none());
    let verb_follows = head + 1 < next.end
        && doc.is_word(head + 1)
        && !doc.is_capitalised(head + 1)
        && !is_role_noun(doc, head + 1)
        && !lexicon::is_role_preposition(doc.folded(head + 1));
    let singular = is_role_noun(doc, head) && !is_plural_role_noun(doc, head);
    (marked && nameless && verb_follows && singular).then(|| next.start + 1..head + 1)
}

/// An age as a word ("38-year-old").
fn is_age(doc: &Document, t: usize) -> bool {
    doc.folded(t).ends_with("-year-old")
}

/// The roles a mention carries, the one before the name first.
fn roles_of_mention(
    doc: &Document,
    people: &People,
    m: usize,
) -> impl Iterator<Item = Range<usize>> {
    let tokens = &people.mention(m).tokens;
    let before =
        premodifier(doc, people, tokens.start).or_else(|| shared_premodifier(doc, people, m));
    let after = appositive_after(doc, people, past_territorial_title(doc, tokens.clone()))
        .or_else(|| appositive_before(doc, people, tokens.start, tokens.end));
    // "Prince Faisal, a deputy foreign minister,", "Egypt's envoy, Ambassador Hisham": one
    // capitalised word of title says less than the descriptor around the same name.
    let title_word = before
        .as_ref()
        .is_some_and(|role| role.len() == 1 && doc.is_capitalised(role.start));
    let personal_after = after.as_ref().is_some_and(|role| !is_group_role(doc, role));
    if title_word && personal_after {
        after.into_iter().chain(before)
    } else {
        before.into_iter().chain(after)
    }
}

/// "Lord Pemberton of Hale, a former minister,": where a peer's name ends, past the place of the
/// title, which the mention leaves out, or past the full stop of a suffix ("Jr.").
fn past_territorial_title(doc: &Document, name: Range<usize>) -> usize {
    const MAX_PLACE: usize = 4;
    // "James Corey Jr., the director": past the suffix's full stop.
    let suffix_dot = name.end < doc.tokens.len()
        && doc.is(name.end, '.')
        && lexicon::is_generational(doc.folded(name.end - 1));
    if suffix_dot {
        return name.end + 1;
    }
    let peer = name.start > 0 && lexicon::is_peerage(doc.folded(name.start - 1));
    let of = name.end < doc.tokens.len() && doc.folded(name.end) == "of";
    if !(peer && of) {
        return name.end;
    }
    let place_end = (name.end + 1..doc.tokens.len())
        .take(MAX_PLACE)
        .find(|&t| !doc.is_capitalised(t))
        .unwrap_or(name.end);
    if place_end > name.end + 1 {
        place_end
    } else {
        name.end
    }
}

/// "photographers Nat Finkelstein, Christopher Makos and Felice Quinto": each name in a list
/// shares a plural role before the first ("captain Ana Ruiz and Tom Ek" makes only Ruiz captain).
fn shared_premodifier(doc: &Document, people: &People, m: usize) -> Option<Range<usize>> {
    const MAX_LIST: usize = 12;
    let mut m = m;
    for _ in 0..MAX_LIST {
        let start = people.mention(m).tokens.start;
        let joined = start >= 2 && (doc.is(start - 1, ',') || doc.folded(start - 1) == "and");
        if !joined {
            return None;
        }
        m = people.mention_ending_at(past_list_item_qualifier(doc, start - 1))?;
        if let Some(role) = premodifier(doc, people, people.mention(m).tokens.start) {
            return is_group_role(doc, &role).then_some(role);
        }
    }
    None
}

/// Where the name of a list item ending before the joiner at `joiner` ends, past what qualifies
/// it: "publishers Jo Wenn of Rolling Stone and …", "athletes Vitas Ruud (tennis) and …".
fn past_list_item_qualifier(doc: &Document, joiner: usize) -> usize {
    const MAX_QUALIFIER: usize = 8;
    let floor = joiner.saturating_sub(MAX_QUALIFIER);
    if joiner > 0 && doc.is(joiner - 1, ')') {
        let open = (floor..joiner - 1).rev().find(|&t| doc.is(t, '('));
        return open.unwrap_or(joiner);
    }
    // "of Italy's la Repubblica": capitalised words, a possessive and short particles.
    let affiliation = (floor..joiner).rev().find(|&t| {
        let w = doc.folded(t);
        let part_of_name = doc.is_capitalised(t)
            || lexicon::is_possessive_ending(w)
            || lexicon::is_name_particle(doc.word(t))
            || lexicon::is_article(w);
        !part_of_name
    });
    match affiliation {
        Some(t) if t + 1 < joiner && lexicon::is_affiliation_preposition(doc.folded(t)) => t,
        _ => joiner,
    }
}

/// Whether a role names a group: its last role noun is plural ("photographers", "Its
/// co-founders").
fn is_group_role(doc: &Document, role: &Range<usize>) -> bool {
    let head_end = role
        .clone()
        .find(|&t| is_preposition_in_role(doc, t))
        .unwrap_or(role.end);
    (role.start..head_end)
        .rev()
        .find(|&t| is_role_noun(doc, t))
        .is_some_and(|t| is_plural_role_noun(doc, t))
}

/// A preposition that ends a role's head ("president of the Dealers Association").
fn is_preposition_in_role(doc: &Document, t: usize) -> bool {
    let w = doc.folded(t);
    lexicon::is_role_preposition(w) || lexicon::detaches_role_noun(w)
}

/// Whether a role is only a rank or academic title ("Professor", "Major General").
fn is_title_only(doc: &Document, role: &Range<usize>) -> bool {
    role.clone().all(|t| {
        let w = doc.folded(t);
        !doc.is_word(t) || lexicon::honorific(w).is_some() || lexicon::is_rank(w)
    })
}

/// A role noun, also in the plural ("photographers") or as the head of a compound
/// ("then-girlfriend").
fn is_role_noun(doc: &Document, t: usize) -> bool {
    if !doc.is_word(t) {
        return false;
    }
    let w = doc.folded(t);
    std::iter::once(w)
        .chain(w.split('-'))
        .any(|x| lexicon::is_role_noun(x) || x.strip_suffix('s').is_some_and(lexicon::is_role_noun))
}

/// A role noun in the plural ("photographers", "co-founders"), which names a group.
fn is_plural_role_noun(doc: &Document, t: usize) -> bool {
    let w = doc.folded(t);
    let head = w.rsplit('-').next().unwrap_or(w);
    doc.is_word(t) && head.strip_suffix('s').is_some_and(lexicon::is_role_noun)
}

/// Words that may modify a role noun ("former", "special", "state", "U.S.").
fn is_role_modifier(doc: &Document, t: usize) -> bool {
    if !doc.is_word(t) {
        return doc.is(t, '-') && joins_capitals(doc, t);
    }
    let w = doc.folded(t);
    let capital = doc.is_capitalised(t) && !lexicon::is_sentence_starter(w);
    capital
        || is_role_noun(doc, t)
        || lexicon::is_possessive_ending(w)
        || lexicon::is_possessive_determiner(w)
        || lexicon::modifies_role(w)
}

/// A role phrase ending right before the name: a role noun, then its modifiers leftwards.
fn premodifier(doc: &Document, people: &People, name_start: usize) -> Option<Range<usize>> {
    let sentence_start = doc.sentence_of(name_start).start;
    let mut k = before_honorific(doc, name_start, sentence_start);
    // "Gov. Gavin Newsom": the role ends with the abbreviation's dot.
    let role_end = k;
    if k > sentence_start + 1 && doc.is(k - 1, '.') && is_role_noun(doc, k - 2) {
        k -= 1;
    }
    // "[former Museum of Flight CEO] Bonnie Dunbar": an editor's bracket around the role.
    let bracketed = k > sentence_start + 1 && (doc.is(k - 1, ']') || doc.is(k - 1, ')'));
    if bracketed {
        k -= 1;
    }
    if k == sentence_start || !(is_role_noun(doc, k - 1) || doc.is_capitalised(k - 1)) {
        return None;
    }
    // "a major Warhol donor": a rank in lower case, with no role word before it ("Air Force
    // general"), is an adjective.
    let adjective = !doc.is_capitalised(k - 1)
        && lexicon::is_adjective_rank(doc.folded(k - 1))
        && !(k - 1 > sentence_start && is_role_modifier(doc, k - 2));
    if adjective {
        return None;
    }
    let end = if doc.is(k, '.') { role_end } else { k };
    let mut start = k;
    while start > sentence_start && end - start < MAX_ROLE_TOKENS {
        let t = start - 1;
        if people.mention_of(t).is_some() {
            break;
        }
        let joins = lexicon::is_role_joiner(doc.folded(t))
            && t > sentence_start
            && joins_role_words(doc, t);
        // "Lt. Gov. Dan Pike": the dot of an abbreviated title before another title.
        let title_dot = t > sentence_start
            && doc.is_attached_dot(t)
            && lexicon::is_title_abbreviation(doc.folded(t - 1))
            && is_role_noun(doc, t + 1);
        if !(is_role_modifier(doc, t) || joins || title_dot) {
            break;
        }
        start = t;
    }
    if !(start..end).any(|t| is_role_noun(doc, t)) {
        return None;
    }
    trimmed(doc, start..end)
}

/// A function word inside a role ("CEO of the Refugee Council", "interior and overseas
/// minister"): between a role word or capital and, past any "the", another of those.
fn joins_role_words(doc: &Document, t: usize) -> bool {
    // "a fourth of President Ana Ruiz's rivals": a preposition follows a role noun or a capital.
    let preposition = lexicon::is_role_preposition(doc.folded(t));
    let left = doc.is_capitalised(t - 1)
        || is_role_noun(doc, t - 1)
        || !preposition
            && (is_role_modifier(doc, t - 1) || lexicon::is_role_preposition(doc.folded(t - 1)));
    let mut right = t + 1;
    while right < doc.tokens.len() && doc.folded(right) == "the" {
        right += 1;
    }
    left && right < doc.tokens.len() && (doc.is_capitalised(right) || is_role_modifier(doc, right))
}

/// A spaced hyphen between two capitalised words ("American - Islamic"), unlike a dash that sets
/// off an aside ("the nominee -- presumptively, X").
fn joins_capitals(doc: &Document, t: usize) -> bool {
    t > 0 && t + 1 < doc.tokens.len() && doc.is_capitalised(t - 1) && doc.is_capitalised(t + 1)
}

/// "NAME, [the] ROLE ...," — a descriptor set off by commas after the name.
fn appositive_after(doc: &Document, people: &People, name_end: usize) -> Option<Range<usize>> {
    // "Daniel Montalvo, 19, a member of …": past the age.
    let start = appositive_start(doc, name_end)?;
    let sentence_end = doc.sentence_of(name_end).end;
    let start = past_relative_be(doc, start, sentence_end);
    let mut end = start;
    let mut has_role = false;
    // "Tran, 41, opened the shop with his father,": a role noun past such a preposition is not
    // the phrase's head ("as" may open the phrase: "Tom Ek, as his deputy,").
    let mut detached = false;
    let mut person_in_role = false;
    while end < sentence_end && end - start < MAX_ROLE_TOKENS {
        let ends = ends_appositive(doc, end) && !is_inner_abbreviation_dot(doc, end, sentence_end);
        if ends {
            break;
        }
        if people.mention_of(end).is_some() {
            match past_person_in_role(doc, people, end, start, person_in_role) {
                Some(name_end) if name_end < sentence_end => {
                    end = name_end;
                    person_in_role = true;
                    continue;
                }
                _ => break,
            }
        }
        let word = doc.folded(end);
        detached |= lexicon::detaches_role_noun(word) && !(end == start && word == "as");
        has_role |= end - start < APPOSITIVE_HEAD_TOKENS && !detached && is_role_noun(doc, end);
        end += 1;
    }
    // `start < end` first: with a comma as the sentence's last token there is no opener to read.
    // "including Mayor Ana Ruiz, have backed …": a finite verb opens the predicate, not a role;
    // "X, as well as Y," adds a person.
    if start >= end {
        return None;
    }
    let first = doc.folded(start);
    let as_well_as = first == "as" && start + 1 < sentence_end && doc.folded(start + 1) == "well";
    // "X, via her agent, refused": a preposition opens an adjunct ("as" a role).
    // "Lena, you are the best": a pronoun opens a clause.
    let adjunct =
        lexicon::detaches_role_noun(first) && first != "as" || lexicon::is_subject_pronoun(first);
    if lexicon::opens_clause_after_name(first)
        || lexicon::is_auxiliary(doc.word(start))
        || as_well_as
        || adjunct
        || opens_with_verb(doc, start, sentence_end)
    {
        return None;
    }
    // Without a known role noun, a short phrase opened by an article and closed by punctuation
    // still describes the person ("Nana Akua Boateng, a 67-year-old fish seller,").
    let set_off = [',', ')', '—', '–']
        .iter()
        .any(|&c| end < sentence_end && doc.is(end, c));
    let closing_word = end < sentence_end && {
        let w = doc.folded(end);
        lexicon::is_relative_pronoun(w) || w == "that"
    };
    let closed = set_off
        || end >= sentence_end
        || ['.', ';', ':'].iter().any(|&c| doc.is(end, c))
        || closing_word;
    if !closed {
        return None; // "Lakshmi Menon, watched from the box …" is a clause, not a role
    }
    // At least two words past the article: "a burly, balding man" is no "burly".
    let described = lexicon::is_article(first)
        && set_off
        && end - start >= 3
        && end - start <= 8
        && !doc.is_capitalised(end - 1)
        && doc.is_word(end - 1);
    let affiliated = lexicon::is_article(first)
        && (set_off || closing_word)
        && end - start <= 8
        && describes_with_affiliation(doc, start + 1..end);
    if !(has_role || described || affiliated) {
        return None;
    }
    trimmed(doc, start..end)
}

/// "Lena Vidal, who is the mayor of Corvo,": where the descriptor starts past "who is" or "who
/// was", when a noun phrase follows ("who is expected to …" stays a clause).
fn past_relative_be(doc: &Document, start: usize, sentence_end: usize) -> usize {
    let word = |t: usize| doc.folded(t);
    let relative_be = start + 2 < sentence_end
        && word(start) == "who"
        && lexicon::is_singular_be(word(start + 1));
    if !relative_be {
        return start;
    }
    // "who was her student in the 1980s" tells a past tie to someone else, not a role.
    let noun_phrase = {
        let next = word(start + 2);
        let present = word(start + 1) == "is";
        lexicon::is_article(next)
            || present && lexicon::is_possessive_determiner(next)
            || is_role_noun(doc, start + 2)
            || lexicon::modifies_role(next)
    };
    if noun_phrase {
        start + 2
    } else {
        start
    }
}

/// "Ruth Obi, pulled the mayor aside", "Obi, giving her a lead": a lower-case word in "-ed" or
/// "-ing" that is no role word and is not followed by one opens a predicate, not a descriptor
/// ("Obi, elected mayor in 2010," and "acting director" stay roles).
fn opens_with_verb(doc: &Document, start: usize, sentence_end: usize) -> bool {
    let word = doc.folded(start);
    let verb_form = (word.ends_with("ed") || word.ends_with("ing"))
        && !doc.is_capitalised(start)
        && !is_role_noun(doc, start)
        && !lexicon::modifies_role(word);
    let role_word_follows = start + 1 < sentence_end
        && !doc.is_capitalised(start + 1)
        && (is_role_noun(doc, start + 1) || lexicon::modifies_role(doc.folded(start + 1)));
    verb_form && !role_word_follows
}

/// "a retiree in Dunmore", "a kuia of Ngāti Whakaue": lower-case words, then a preposition of
/// affiliation and a capitalised place or body to the end, describe a person.
fn describes_with_affiliation(doc: &Document, words: Range<usize>) -> bool {
    let Some(preposition) = words
        .clone()
        .find(|&t| lexicon::is_affiliation_preposition(doc.folded(t)))
    else {
        return false;
    };
    let described = preposition > words.start
        && (words.start..preposition).all(|t| doc.is_word(t) && !doc.is_capitalised(t));
    let body = preposition + 1 < words.end
        && (preposition + 1..words.end).all(|t| doc.is_capitalised(t) || doc.is(t, '-'));
    described && body
}

/// "[his] ROLE, NAME," — a descriptor before the name, set off by a comma ("The president of the
/// Lombardy region, Roberto Maroni,"; "their nine-month-old child, Gloria.").
fn appositive_before(
    doc: &Document,
    people: &People,
    name_start: usize,
    name_end: usize,
) -> Option<Range<usize>> {
    let sentence_start = doc.sentence_of(name_start).start;
    // "The water minister, Dame Frances Holloway,": the honorific sits between comma and name.
    let name_start = past_title_word(
        doc,
        past_origin(doc, before_honorific(doc, name_start, sentence_start)),
    );
    let closes = name_end >= doc.tokens.len() || !doc.is_word(name_end);
    if name_start < sentence_start + 2 {
        return None;
    }
    // "a student from Hanoi named Dang Quoc Bao": an indefinite description, then the name.
    let named = lexicon::is_naming_participle(doc.folded(name_start - 1));
    if !doc.is(name_start - 1, ',') && !named {
        return None;
    }
    let end = name_start - 1;
    let mut start = end;
    while start > sentence_start
        && end - start < MAX_ROLE_TOKENS
        && people.mention_of(start - 1).is_none()
    {
        let t = start - 1;
        let w = doc.folded(t);
        let plain_word = doc.is_word(t)
            && !doc.is_capitalised(t)
            && lexicon::reporting_verb(w).is_none()
            && !lexicon::stops_descriptor_before_name(w)
            && !lexicon::is_nominative_pronoun(w);
        let part = is_role_modifier(doc, t)
            || plain_word
            || lexicon::is_article(w)
            || doc.is(t, '(')
            || doc.is(t, ')');
        if !part {
            break;
        }
        start = t;
        if lexicon::is_possessive_determiner(w) {
            break;
        }
    }
    while start < end
        && (lexicon::is_role_preposition(doc.folded(start)) || doc.folded(start) == "and")
    {
        start += 1;
    }
    // The phrase must open a noun phrase: at the sentence start, after an article or a comma, or
    // with a possessive (which then must not be the object of a verb before a new clause).
    let first = doc.folded(start);
    let possessive = lexicon::is_possessive_determiner(first);
    // "his disagreement with Germany's economy minister, X": after the word that stopped it, a
    // short phrase of a place's or body's one office, a possessive before its role noun.
    let owned_office = end - start <= 4
        && (start..end).any(|t| lexicon::is_possessive_ending(doc.word(t)))
        && lexicon::is_role_noun(doc.folded(end - 1));
    let opens_after = |t: usize| {
        let previous = doc.folded(t);
        lexicon::is_article(previous)
            || owned_office && lexicon::stops_descriptor_before_name(previous)
            || doc.is(t, ',')
    };
    // "… where farmers strongly back the mayor, Ms. Ruiz spends …": lower-case words after
    // a comma that open no noun phrase describe the name only when punctuation closes it.
    let bare_after_comma = start > sentence_start
        && doc.is(start - 1, ',')
        && !doc.is_capitalised(start)
        && !lexicon::is_article(first)
        && !is_role_modifier(doc, start);
    let opens = start == sentence_start
        || lexicon::is_article(first)
        || opens_after(start - 1) && (closes || !bare_after_comma)
        || possessive && closes;
    let indefinite = lexicon::is_indefinite_article(first);
    let head = (start..end).find(|&t| is_role_noun(doc, t))?;
    // "a poll of Ohio voters, Ana Ruiz leads": a plural role describes a list of names.
    let list_follows = name_end < doc.tokens.len()
        && (doc.folded(name_end) == "and"
            || doc.is(name_end, ',')
                && people
                    .mention_at
                    .get(name_end + 1)
                    .is_some_and(Option::is_some));
    let one_of = head >= start + 2 && {
        let before = (start..head).rev().find(|&t| doc.folded(t) == "of");
        before.is_some_and(|t| {
            t > start && {
                let w = doc.folded(t - 1);
                lexicon::is_quantifier(w) || lexicon::is_unnamed_determiner(w)
            }
        })
    };
    let group_role = is_plural_role_noun(doc, head) && !list_follows && !one_of;
    // "Via her agent, Ana Ruiz refused": a phrase a preposition opens is an adjunct.
    let adjunct = is_preposition_in_role(doc, start);
    if !opens
        || named && !indefinite
        || group_role
        || adjunct
        || !describes_past_head(doc, head, end)
    {
        return None;
    }
    trimmed(doc, past_last_preposition(doc, start, head)..end)
}

/// "… admire the calm style of the new head of the port authority, Ana Ruiz": the role starts after the
/// last preposition before its first role noun, where the noun phrase that holds it begins; not
/// after the "of" of "one of the bank's auditors".
fn past_last_preposition(doc: &Document, start: usize, head: usize) -> usize {
    (start..head)
        .rev()
        .find(|&t| {
            let w = doc.folded(t);
            let counted = t > start && {
                let before = doc.folded(t - 1);
                lexicon::is_quantifier(before) || lexicon::is_unnamed_determiner(before)
            };
            lexicon::detaches_role_noun(w) || lexicon::is_role_preposition(w) && !counted
        })
        .map_or(start, |t| t + 1)
}

/// Whether the words after a role's first role noun still describe it ("president of the
/// Lombardy region", "mayor's transport adviser", "chief rival"), unlike a clause ("Just after
/// the coach picked his squad, Ana Ruiz left"): up to any preposition, at most one plain
/// lower-case word follows the last role noun.
fn describes_past_head(doc: &Document, head: usize, end: usize) -> bool {
    let phrase_end = (head + 1..end)
        .find(|&t| is_preposition_in_role(doc, t))
        .unwrap_or(end);
    let last_role_noun = (head..phrase_end)
        .rev()
        .find(|&t| is_role_noun(doc, t))
        .unwrap_or(head);
    let is_plain = |t: usize| {
        doc.is_word(t)
            && !doc.is_capitalised(t)
            && !is_role_modifier(doc, t)
            && !lexicon::is_role_joiner(doc.folded(t))
    };
    (last_role_noun + 1..phrase_end)
        .filter(|&t| is_plain(t))
        .count()
        <= 1
}

/// "Her coach, the Australian Brendan O'Keeffe,": where the name starts with "the" and a
/// capitalised word of origin before it, which stand between the comma and the name.
fn past_origin(doc: &Document, name_start: usize) -> usize {
    let origin = name_start >= 3
        && doc.is_capitalised(name_start - 1)
        && doc.folded(name_start - 2) == "the"
        && doc.is(name_start - 3, ',');
    if origin {
        name_start - 2
    } else {
        name_start
    }
}

/// "Egypt's envoy, Ambassador Hisham Said,": where the name starts with one capitalised title
/// word between the comma and the name.
fn past_title_word(doc: &Document, name_start: usize) -> usize {
    let titled = name_start >= 2
        && doc.is(name_start - 2, ',')
        && doc.is_capitalised(name_start - 1)
        && is_role_noun(doc, name_start - 1);
    if titled {
        name_start - 1
    } else {
        name_start
    }
}

/// Where a name starting at `name_start` starts with the honorific before it, and its dot
/// ("Mr.", "Dame"), which the mention leaves out.
fn before_honorific(doc: &Document, name_start: usize, sentence_start: usize) -> usize {
    let is_honorific = |t: usize| lexicon::honorific(doc.folded(t)).is_some();
    if name_start > sentence_start + 1
        && doc.is(name_start - 1, '.')
        && is_honorific(name_start - 2)
    {
        name_start - 2
    } else if name_start > sentence_start && is_honorific(name_start - 1) {
        name_start - 1
    } else {
        name_start
    }
}

/// The dot of an abbreviation inside the sentence ("in St. Louis", "Washington, D.C., office"):
/// the segmenter did not end the sentence there, so neither does the role.
fn is_inner_abbreviation_dot(doc: &Document, t: usize, sentence_end: usize) -> bool {
    doc.is_attached_dot(t) && t + 1 < sentence_end
}

fn ends_appositive(doc: &Document, t: usize) -> bool {
    if !doc.is_word(t) {
        // "author of “Dry Docks,”": a mark that opens a title goes on.
        let opens_title = quotes::is_english_mark(doc, t)
            && t + 1 < doc.tokens.len()
            && doc.token(t).end == doc.token(t + 1).start;
        return !doc.is(t, '-')
            && !doc.is(t, '&')
            && !doc.is(t, '\'')
            && !doc.is(t, '’')
            && !opens_title;
    }
    let w = doc.folded(t);
    // "X, the state treasurer,": a verb of saying after a determiner is a noun.
    let noun = t > 0 && {
        let before = doc.folded(t - 1);
        lexicon::is_article(before) || lexicon::is_possessive_determiner(before)
    };
    !doc.is_capitalised(t)
        && (lexicon::reporting_verb(w).is_some() && !noun || lexicon::ends_appositive_word(w))
}

/// "X, a press officer for Dr. Ana Ruiz,", "X, an aide to President Tom Ek and Ana Ruiz,", "X,
/// a Ruiz campaign spokesman,": where a person the role names ends, when a role preposition
/// (past an honorific or a title), "and" after another such person, or a determiner stands
/// before their name at `t`, or a role word follows it.
fn past_person_in_role(
    doc: &Document,
    people: &People,
    t: usize,
    start: usize,
    after_person: bool,
) -> Option<usize> {
    let m = people.mention_of(t)?;
    let name_end = people.mention(m).tokens.end;
    let name_start = past_title_before(doc, before_honorific(doc, t, start), start);
    let tied = name_start > start && {
        let w = doc.folded(name_start - 1);
        lexicon::is_role_preposition(w)
            || lexicon::ties_role_to_person(w)
            || lexicon::is_article(w)
            || lexicon::is_possessive_determiner(w)
            || after_person && w == "and"
    };
    let attributive = name_end < doc.tokens.len()
        && !doc.is_capitalised(name_end)
        && (is_role_noun(doc, name_end) || lexicon::modifies_role(doc.folded(name_end)));
    (tied || attributive).then_some(name_end)
}

/// Where a name starting at `name_start` starts with a title before it ("President", "Gov."),
/// not before `floor`.
fn past_title_before(doc: &Document, name_start: usize, floor: usize) -> usize {
    let mut k = name_start;
    if k > floor + 1 && doc.is_attached_dot(k - 1) && is_role_noun(doc, k - 2) {
        k -= 1;
    }
    if k > floor && doc.is_capitalised(k - 1) && is_role_noun(doc, k - 1) {
        k - 1
    } else {
        name_start
    }
}

/// Drops a leading article and trailing punctuation; `None` when nothing is left. "Its" goes too:
/// the card cannot say whose ("Its finance minister" is a finance minister), while "his wife" can.
fn trimmed(doc: &Document, mut range: Range<usize>) -> Option<Range<usize>> {
    while range.start < range.end
        && (lexicon::never_opens_role(doc.folded(range.start)) || !doc.is_word(range.start))
    {
        range.start += 1;
    }
    let abbreviation_dot = |t: usize| t > range.start && doc.is_attached_dot(t);
    while range.end > range.start && !doc.is_word(range.end - 1) && !abbreviation_dot(range.end - 1)
    {
        range.end -= 1;
    }
    (range.start < range.end).then(|| through_closing_mark(doc, range))
}

/// "author of “Harbor Days,”": a role that opens a quotation mark takes in the comma and closing
/// mark it stops short of, so a card never shows half a title.
fn through_closing_mark(doc: &Document, range: Range<usize>) -> Range<usize> {
    /// The comma and the one or two marks (''…'') after the role's last word.
    const MAX_CLOSING_TOKENS: usize = 3;
    let attached = |t: usize| t > 0 && doc.token(t - 1).end == doc.token(t).start;
    let Some(last_mark) = range
        .clone()
        .rev()
        .find(|&t| quotes::is_english_mark(doc, t))
    else {
        return range;
    };
    let opens = last_mark + 1 < range.end && attached(last_mark + 1);
    if !opens {
        return range;
    }
    let closing = (range.end..(range.end + MAX_CLOSING_TOKENS).min(doc.tokens.len()))
        .take_while(|&t| attached(t) && !doc.is_word(t))
        .filter(|&t| quotes::is_closing_mark(doc, t))
        .last();
    closing.map_or(range.clone(), |close| range.start..close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::find_people;

    fn roles(text: &str) -> Vec<Option<String>> {
        let doc = Document::new(text);
        let people = find_people(&doc);
        find_roles(&doc, &people)
            .into_iter()
            .map(|r| {
                r.map(|r| doc.text[doc.token(r.start).start..doc.token(r.end - 1).end].to_owned())
            })
            .collect()
    }

    #[test]
    fn role_before_the_name() {
        assert_eq!(
            roles("Kremlin spokesman Dmitry Peskov said so."),
            [Some("Kremlin spokesman".into())]
        );
        assert_eq!(
            roles("It met U.S. President Donald Trump."),
            [Some("U.S. President".into())]
        );
        assert_eq!(
            roles("Malaysia's Prime Minister Najib Razak spoke."),
            [Some("Malaysia's Prime Minister".into())]
        );
    }

    #[test]
    fn role_after_the_name() {
        assert_eq!(
            roles("Karen Bell, chief executive of Axon Labs, said it."),
            [Some("chief executive of Axon Labs".into())]
        );
        assert_eq!(
            roles("“No,” said Ana Ruiz, the mayor."),
            [Some("mayor".into())]
        );
    }

    #[test]
    fn role_set_off_before_the_name() {
        assert_eq!(
            roles("He and his father, Mohamed El-Hassan Mohamed, left."),
            [Some("his father".into())]
        );
    }

    #[test]
    fn no_role_from_a_relative_clause() {
        assert_eq!(roles("Maria Lopez, who won the vote, left."), [None]);
    }
}
