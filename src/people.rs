//! People: finds runs of capitalised words, keeps those that name a person, and groups the ways the
//! article names each person (full name, surname, honorific + surname, first name) into one entity.
//!
//! A run is judged as a whole name first (given-name lexicon, initials, titles and role nouns
//! around it, words that mark organisations and places); single words then join the full name they
//! belong to, or stand alone only with a strong cue such as "Mr." or "coach".

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::furniture;
use crate::lexicon::{self, Gender};
use crate::order;
use crate::quotes;
use crate::segment::Document;

/// One named reference to a person.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Token range of the name (without honorifics).
    pub tokens: Range<usize>,
    /// Index into [`People::persons`].
    pub person: usize,
}

/// One distinct person.
#[derive(Debug, Clone)]
pub struct Person {
    /// The fullest form of the name, as the article writes it.
    pub name: String,
    /// The name words, lower-cased, of the fullest form.
    pub words: Vec<String>,
    /// Nicknames the article introduced ("Bob" in Robert “Bob” Smith), lower-cased.
    pub nicknames: Vec<String>,
    /// Gender suggested by the given name, honorifics or role nouns.
    pub gender: Gender,
    /// Indices into [`People::mentions`], in article order.
    pub mentions: Vec<usize>,
}

/// Everyone the article names, and where.
#[derive(Debug, Default)]
pub struct People {
    /// Distinct people, in order of first mention.
    pub persons: Vec<Person>,
    /// All mentions, in article order.
    pub mentions: Vec<Mention>,
    /// For each token, the mention covering it.
    pub mention_at: Vec<Option<usize>>,
}

impl People {
    /// Mention `i`; one call, not an index check at every read.
    pub fn mention(&self, i: usize) -> &Mention {
        &self.mentions[i]
    }

    /// The mention covering token `t`, if any.
    pub fn mention_of(&self, t: usize) -> Option<usize> {
        self.mention_at[t]
    }

    /// Person `i`; one call, not an index check at every read.
    pub fn person(&self, i: usize) -> &Person {
        &self.persons[i]
    }

    /// The person a mention ending exactly before token `end` names.
    pub fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let m = self
            .mention_at
            .get(end.checked_sub(1)?)
            .copied()
            .flatten()?;
        (self.mentions[m].tokens.end == end).then_some(m)
    }

    /// The mention starting exactly at token `start`.
    pub fn mention_starting_at(&self, start: usize) -> Option<usize> {
        let m = self.mention_at.get(start).copied().flatten()?;
        (self.mentions[m].tokens.start == start).then_some(m)
    }
}

/// A run of capitalised words that may be a name, before grouping.
#[derive(Debug)]
pub struct Candidate {
    tokens: Range<usize>,
    /// The name as written, with a nickname inside it ("Robert “Bob” Okafor").
    name: String,
    words: Vec<String>,
    nickname: Option<String>,
    /// Evidence from the words and the context, see [`score`].
    score: i32,
    gender: Gender,
    /// A cue strong enough for a single word to stand as a person ("Mr.", "coach").
    titled: bool,
}

/// Finds and groups the people of `doc` in one call, for the stages' unit tests; the pipeline
/// scans in slices (`crate::incremental`).
#[cfg(test)]
pub fn find_people(doc: &Document) -> People {
    group_people(doc, candidates_in(doc, 0..doc.tokens.len()))
}

/// Groups the candidates of the whole of `doc`, as [`candidates_in`] found them over consecutive
/// token ranges; they are judged together, so grouping runs once per article.
pub fn group_people(doc: &Document, candidates: Vec<Candidate>) -> People {
    let candidates = weigh(doc, candidates);
    let mut grouping = Grouping {
        people: People {
            mention_at: vec![None; doc.tokens.len()],
            ..People::default()
        },
        by_key: HashMap::new(),
        index: NameIndex::default(),
    };
    // Full names first, so single words can join them wherever they stand. A multi-word surname
    // ("López García", "van der Linden") that ends a longer name waits to join that name.
    let tails = name_tails(&candidates);
    grouping.add_full_names(&candidates, &tails);
    grouping.add_surnames_of_several_words(&candidates, &tails);
    grouping.add_single_words(doc, &candidates);
    finish(grouping.people)
}

// The steps of grouping stay functions of their own in the wasm (`inline(never)` on them, on the
// steps of `weigh` and on `split_run` and `score`): inlined, they made functions of 6 to 22 KB,
// which the browser's optimising compiler needs far more memory for.

/// The candidates with nicknames joined, the headline's names added, and their scores weighed
/// against the rest of the article.
#[inline(never)]
fn weigh(doc: &Document, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut candidates = join_nicknames(doc, candidates);
    headline_names(doc, &headline_runs(doc), &mut candidates);
    surname_evidence(&mut candidates);
    list_evidence(doc, &mut candidates);
    drop_epithets(doc, &mut candidates);
    candidates.retain(|c| !names_a_street(doc, &c.words));
    candidates
}

/// "a crosswalk on Kelly Lane …, where Kelly Lane bends": a given name and a family name that is
/// also a place's word, which the article puts after a preposition of place somewhere, name a
/// street or park wherever they stand.
fn names_a_street(doc: &Document, words: &[String]) -> bool {
    let [given, place] = words else {
        return false;
    };
    let shaped_like_a_street = lexicon::given_name(given).is_some()
        && lexicon::is_surname_like_place_word(place)
        && lexicon::is_non_person_word(place);
    let is = |t: usize, word: &str| doc.folded(t) == word;
    shaped_like_a_street
        && (1..doc.tokens.len().saturating_sub(1)).any(|t| {
            is(t, given) && is(t + 1, place) && lexicon::is_street_preposition(doc.folded(t - 1))
        })
}

/// The people found so far, and how a name finds the person it belongs to.
struct Grouping {
    people: People,
    /// The person of each full name (its words joined) or lone word seen so far.
    by_key: HashMap<String, usize>,
    index: NameIndex,
}

impl Grouping {
    /// Every full name becomes a person, or joins the person it is a variant of.
    #[inline(never)]
    fn add_full_names(&mut self, candidates: &[Candidate], tails: &HashSet<String>) {
        let people = &mut self.people;
        for c in candidates
            .iter()
            .filter(|c| c.words.len() > 1 && c.score >= 2 && !tails.contains(&c.words.join(" ")))
        {
            let key = c.words.join(" ");
            let person = match self.by_key.get(&key) {
                Some(&p) => p,
                None => {
                    let p =
                        variant_of(&people.persons, &self.index, &c.words).unwrap_or_else(|| {
                            people.persons.push(Person::from(c));
                            people.persons.len() - 1
                        });
                    self.index.add(&c.words, p);
                    self.index.add(c.nickname.as_slice(), p);
                    self.by_key.insert(key, p);
                    p
                }
            };
            upgrade(&mut people.persons[person], c);
            add_mention(people, c.tokens.clone(), person);
        }
    }

    /// A surname of several words used alone joins the full name it ends.
    #[inline(never)]
    fn add_surnames_of_several_words(&mut self, candidates: &[Candidate], tails: &HashSet<String>) {
        let people = &mut self.people;
        for c in candidates
            .iter()
            .filter(|c| c.words.len() > 1 && tails.contains(&c.words.join(" ")))
        {
            let owners: Vec<usize> = self
                .index
                .namesakes(&c.words[0])
                .into_iter()
                .filter(|&p| people.person(p).words.ends_with(&c.words))
                .collect();
            if let Some(&person) = owners.first() {
                add_mention(people, c.tokens.clone(), person);
            }
        }
    }

    /// A lone name word joins the full name whose surname it is, or stands alone with a strong
    /// cue.
    #[inline(never)]
    fn add_single_words(&mut self, doc: &Document, candidates: &[Candidate]) {
        let people = &mut self.people;
        for person in &mut people.persons {
            order::sort_by_key(&mut person.mentions, |&m| people.mentions[m].tokens.start);
        }
        let mut tally = SingleTally {
            full_names: people.persons.iter().map(|p| p.mentions.len()).collect(),
            by_given_name: vec![0; people.persons.len()],
        };
        let honorific_genders = honorific_genders(candidates);
        for c in candidates.iter().filter(|c| c.words.len() == 1) {
            // "children in Charlotte": a place after a preposition of place is not Charlotte Smith.
            let place = lexicon::is_known_non_person(&c.words[0])
                && c.tokens.start > 0
                && lexicon::is_place_preposition(doc.folded(c.tokens.start - 1));
            if place {
                continue;
            }
            let gender = match c.gender {
                Gender::Unknown => honorific_genders
                    .get(&c.words[0])
                    .copied()
                    .flatten()
                    .unwrap_or(Gender::Unknown),
                known => known,
            };
            let person = match surname_owner(
                people,
                &self.index,
                &tally,
                &c.words[0],
                c.tokens.start,
                gender,
            ) {
                Some(p) => p,
                None if c.titled || c.score >= 3 => {
                    let key = c.words[0].clone();
                    *self.by_key.entry(key).or_insert_with(|| {
                        people.persons.push(Person::from(c));
                        self.index.add(&c.words, people.persons.len() - 1);
                        people.persons.len() - 1
                    })
                }
                None => continue,
            };
            tally.count(&people.persons, person, &c.words[0]);
            add_mention(people, c.tokens.clone(), person);
        }
    }
}

/// What the lone name words joined so far say about each person, so a bare surname shared by
/// relatives goes to the one the article calls by it.
struct SingleTally {
    /// How many of each person's first mentions are full names (those precede the lone words).
    full_names: Vec<usize>,
    /// How many lone words joined each person as their given name ("Otto" for Otto Vance).
    by_given_name: Vec<usize>,
}

impl SingleTally {
    /// Notes that `word` alone named `person`.
    fn count(&mut self, persons: &[Person], person: usize, word: &str) {
        let words = &persons[person].words;
        let given =
            words.len() > 1 && words[0] == word && surname(words).is_some_and(|s| s != word);
        if person >= self.by_given_name.len() {
            self.by_given_name.resize(person + 1, 0);
        }
        self.by_given_name[person] += usize::from(given);
    }

    fn full_names(&self, person: usize) -> usize {
        self.full_names.get(person).copied().unwrap_or(0)
    }
}

/// The gender each lone name word has wherever the article gives it one ("Mr. Ruiz"), or `None`
/// when it gives both: "President Ruiz" is then the same man, not Elena Ruiz.
fn honorific_genders(candidates: &[Candidate]) -> HashMap<String, Option<Gender>> {
    let mut genders: HashMap<String, Option<Gender>> = HashMap::new();
    for c in candidates
        .iter()
        .filter(|c| c.words.len() == 1 && c.gender != Gender::Unknown)
    {
        let seen = genders.entry(c.words[0].clone()).or_insert(Some(c.gender));
        if *seen != Some(c.gender) {
            *seen = None;
        }
    }
    genders
}

/// The word sequences that end a longer name found in the article and are two words or more:
/// multi-word surnames used alone.
fn name_tails(candidates: &[Candidate]) -> HashSet<String> {
    candidates
        .iter()
        .filter(|c| c.words.len() > 2 && c.score >= 2)
        .flat_map(|c| {
            let longest = (c.words.len() - 1).min(MAX_SURNAME_WORDS);
            (2..=longest).map(|n| c.words[c.words.len() - n..].join(" "))
        })
        .collect()
}

/// The most words a surname used alone can have ("de la Fuente y López"): a run of thousands of
/// capitalised words then costs in proportion to its length, not its square.
const MAX_SURNAME_WORDS: usize = 5;

impl From<&Candidate> for Person {
    fn from(c: &Candidate) -> Self {
        // A lone word that names someone on its own ("Gloria") is their given name; as a surname
        // joining a full name it says nothing of gender, so candidates leave it out until here.
        let gender = match c.gender {
            Gender::Unknown if c.words.len() == 1 => {
                lexicon::given_name(&c.words[0]).unwrap_or(Gender::Unknown)
            }
            known => known,
        };
        Person {
            name: c.name.clone(),
            words: c.words.clone(),
            nicknames: c.nickname.iter().cloned().collect(),
            gender,
            mentions: Vec::new(),
        }
    }
}

/// A full name whose last word also stands alone elsewhere ("Amneh Jafari" … "Jafari said") is
/// more likely a person: articles shorten people's names to the surname, not organisations'.
#[inline(never)]
fn surname_evidence(candidates: &mut [Candidate]) {
    let singles: HashSet<String> = candidates
        .iter()
        .filter(|c| c.words.len() == 1)
        .map(|c| c.words[0].clone())
        .collect();
    for c in candidates.iter_mut().filter(|c| c.words.len() > 1) {
        if surname(&c.words).is_some_and(|w| singles.contains(w) && !lexicon::is_common_word(w)) {
            c.score += 1;
        }
    }
}

/// A name in a list with people ("photographers Nat Finkelstein, Christopher Makos and Felice
/// Quinto"; "such as Ansel Adams, Chuck Close") is likely a person too.
#[inline(never)]
fn list_evidence(doc: &Document, candidates: &mut [Candidate]) {
    let listed = |a: &Candidate, b: &Candidate| {
        let between: Vec<&str> = (a.tokens.end..b.tokens.start)
            .map(|t| doc.word(t))
            .collect();
        lexicon::joins_list_of_names(&between)
    };
    let strong: Vec<bool> = candidates
        .iter()
        .map(|c| c.words.len() > 1 && c.score >= 2)
        .collect();
    for i in 0..candidates.len() {
        let weak = candidates[i].words.len() > 1 && candidates[i].score == 1;
        let before = i > 0 && strong[i - 1] && listed(&candidates[i - 1], &candidates[i]);
        let after =
            i + 1 < candidates.len() && strong[i + 1] && listed(&candidates[i], &candidates[i + 1]);
        if weak && (before || after) {
            candidates[i].score += 1;
        }
    }
}

/// Drops capitalised words before a name the article gives elsewhere without them: an epithet or
/// a party ("Crooked Ana Ruiz", "Democrat Ana Ruiz" are Ana Ruiz; "Meanwhile
/// Ruiz" is Ruiz). Two different given names are never merged this way: the dropped words
/// are no given names.
#[inline(never)]
fn drop_epithets(doc: &Document, candidates: &mut [Candidate]) {
    const MAX_EPITHET_WORDS: usize = 2;
    let full_names: HashSet<String> = candidates
        .iter()
        .filter(|c| c.words.len() > 1 && c.score >= 2)
        .map(|c| c.words.join(" "))
        .collect();
    // Each surname with up to two of the full names that end in it: enough to tell whether a
    // name other than the candidate's own does.
    let mut surnames: HashMap<String, (String, Option<String>)> = HashMap::new();
    for c in candidates
        .iter()
        .filter(|c| c.words.len() > 1 && c.score >= 2)
    {
        let Some(last) = surname(&c.words) else {
            continue;
        };
        let key = c.words.join(" ");
        let (first, second) = surnames
            .entry(last.clone())
            .or_insert_with(|| (key.clone(), None));
        if *first != key && second.is_none() {
            *second = Some(key);
        }
    }
    for c in candidates.iter_mut().filter(|c| c.words.len() > 1) {
        let epithet = |w: &String| {
            lexicon::given_name(w).is_none()
                && !lexicon::is_name_particle(w)
                && w.chars().count() > 1
        };
        let keep_from = (1..c.words.len().min(MAX_EPITHET_WORDS + 1)).find(|&k| {
            let tail = &c.words[k..];
            let prefix_is_epithet = c.words[..k].iter().all(epithet);
            let known_tail = if tail.len() > 1 {
                full_names.contains(&tail.join(" "))
            } else {
                let own = c.words.join(" ");
                let another_has_it = surnames
                    .get(&tail[0])
                    .is_some_and(|(first, second)| *first != own || second.is_some());
                another_has_it && c.words[..k].iter().all(|w| is_ordinary_word(w))
            };
            prefix_is_epithet && known_tail
        });
        let Some(k) = keep_from else {
            continue;
        };
        let Some(start) = c.tokens.clone().filter(|&t| doc.is_word(t)).nth(k) else {
            continue;
        };
        c.tokens.start = start;
        c.words.drain(..k);
        c.name = doc.text[doc.token(start).start..doc.token(c.tokens.end - 1).end].to_owned();
        c.score = if c.words.len() == 1 {
            0
        } else {
            c.score.max(2)
        };
    }
}

/// Sorts mentions into article order, orders people by first mention and fills the token index.
#[inline(never)]
fn finish(mut people: People) -> People {
    order::sort_by_key(&mut people.mentions, |m| m.tokens.start);
    let mut order: Vec<usize> = Vec::new();
    let mut ordered = vec![false; people.persons.len()];
    for m in &people.mentions {
        if !std::mem::replace(&mut ordered[m.person], true) {
            order.push(m.person);
        }
    }
    let mut new_index = vec![usize::MAX; people.persons.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut persons: Vec<Person> = order
        .iter()
        .map(|&old| people.person(old).clone())
        .collect();
    for p in &mut persons {
        p.mentions.clear();
    }
    for (i, m) in people.mentions.iter_mut().enumerate() {
        m.person = new_index[m.person];
        persons[m.person].mentions.push(i);
        for t in m.tokens.clone() {
            people.mention_at[t] = Some(i);
        }
    }
    people.persons = persons;
    people
}

fn add_mention(people: &mut People, tokens: Range<usize>, person: usize) {
    people.persons[person].mentions.push(people.mentions.len());
    for t in tokens.clone() {
        people.mention_at[t] = Some(people.mentions.len());
    }
    people.mentions.push(Mention { tokens, person });
}

/// Keeps the fullest form of the name and any gender evidence.
fn upgrade(person: &mut Person, c: &Candidate) {
    if c.words.len() > person.words.len() {
        person.words = c.words.clone();
        person.name = c.name.clone();
    }
    if let Some(nickname) = &c.nickname {
        if !person.nicknames.contains(nickname) {
            person.nicknames.push(nickname.clone());
        }
    }
    if person.gender == Gender::Unknown {
        person.gender = c.gender;
    }
}

/// An existing person this full name is a variant of: same surname and the same or a one-letter
/// different first name ("Kristin"/"Kristen Wilkins"), or a middle name added ("Marc Lamont Hill").
fn variant_of(persons: &[Person], index: &NameIndex, words: &[String]) -> Option<usize> {
    index.namesakes(surname(words)?).into_iter().find(|&p| {
        let (a, b) = (&persons[p].words, words);
        a.last() == b.last()
            && surname(a) == surname(b)
            && (a[0] == b[0] || one_edit_apart(&a[0], &b[0]))
    })
}

/// The people whose name has held each word, so a name finds its namesakes without a scan of
/// everyone (a scan made thousands of names quadratic). Entries are never removed when a name
/// grows, so callers check the current name.
#[derive(Default)]
struct NameIndex {
    by_word: HashMap<String, Vec<usize>>,
    /// By the first letter of the surname, in the order people were named: the typo check's pool.
    /// Keyed by the letter as a `String`, so the wasm holds one copy of the hash table's code for
    /// both maps.
    by_initial: HashMap<String, Vec<usize>>,
}

/// A name is compared with at most this many of the latest people who share it (or, for the
/// typo check, share its initial): an article never names more, and a text of thousands of names
/// stays linear.
const MAX_NAMESAKES: usize = 64;

impl NameIndex {
    fn add(&mut self, words: &[String], person: usize) {
        for word in words {
            push_once(self.by_word.entry(word.clone()).or_default(), person);
        }
        if let Some(initial) = surname(words).and_then(|surname| surname.chars().next()) {
            push_once(
                self.by_initial.entry(initial.to_string()).or_default(),
                person,
            );
        }
    }

    /// The latest people indexed under `word`, at most [`MAX_NAMESAKES`], in person order, each
    /// once.
    fn namesakes(&self, word: &str) -> Vec<usize> {
        let all = self.by_word.get(word).map_or(&[][..], Vec::as_slice);
        let mut people = all[all.len().saturating_sub(MAX_NAMESAKES)..].to_vec();
        order::sort(&mut people);
        people.dedup();
        people
    }

    /// The latest people whose surname has started with `initial`, at most [`MAX_NAMESAKES`].
    fn with_initial(&self, initial: char) -> impl Iterator<Item = usize> + '_ {
        self.by_initial
            .get(initial.encode_utf8(&mut [0; 4]) as &str)
            .into_iter()
            .flat_map(|people| people.iter().rev().take(MAX_NAMESAKES).copied())
    }
}

fn push_once(people: &mut Vec<usize>, person: usize) {
    if people.last() != Some(&person) {
        people.push(person);
    }
}

fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() < 4 || b.len() < 4 || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix + 1 >= a.len().max(b.len())
}

/// The person a lone name word refers to: a full name ending (surname) or starting (given name,
/// or family name first as in "Mr. Xi") with it. Among several, the one named last before `at`.
fn surname_owner(
    people: &People,
    index: &NameIndex,
    tally: &SingleTally,
    word: &str,
    at: usize,
    gender: Gender,
) -> Option<usize> {
    let fits =
        |p: &Person| gender == Gender::Unknown || p.gender == Gender::Unknown || p.gender == gender;
    let namesakes = index.namesakes(word);
    let by_surname: Vec<usize> = namesakes
        .iter()
        .copied()
        .filter(|&p| {
            surname(&people.person(p).words).is_some_and(|w| w == word) && fits(people.person(p))
        })
        .collect();
    let pool = if by_surname.is_empty() {
        namesakes
            .into_iter()
            .filter(|&p| {
                people
                    .person(p)
                    .words
                    .iter()
                    .chain(&people.person(p).nicknames)
                    .any(|w| w == word)
                    && fits(people.person(p))
            })
            .collect()
    } else {
        by_surname
    };
    let pool = if pool.is_empty() {
        misspelt_surname(people, index, word)
            .into_iter()
            .filter(|&p| fits(people.person(p)))
            .collect()
    } else {
        pool
    };
    // "Mr. Howard" between Mara Howard (her gender left open, since "Howard" is also a man's
    // given name) and Peter Howard: the one whose gender the title gives outranks the open one.
    let same_gender: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&p| gender != Gender::Unknown && people.person(p).gender == gender)
        .collect();
    let pool = if same_gender.is_empty() {
        pool
    } else {
        same_gender
    };
    match pool.len() {
        0 => None,
        1 => Some(pool[0]),
        _ => Some(most_salient_before(people, tally, &pool, at)),
    }
}

/// People whose surname is one edit (two, for long ones) from `word` ("Bauchtman" for
/// "Buchtmann", "Mauer" for "Maurer"): a typo in the source, not a new person.
fn misspelt_surname(people: &People, index: &NameIndex, word: &str) -> Vec<usize> {
    let len = word.chars().count();
    let allowed = if len >= 8 {
        2
    } else if len >= 5 {
        1
    } else {
        return Vec::new();
    };
    let Some(initial) = word.chars().next() else {
        return Vec::new();
    };
    // The length check first: it bounds the distance, and spares a giant word the full table.
    // The same word is no typo: "Mr. Ruiz" is not Elena Ruiz misspelt.
    let close = |w: &str| {
        w != word
            && w.starts_with(initial)
            && w.chars().count().abs_diff(len) <= allowed
            && edit_distance(w, word) <= allowed
    };
    let mut pool: Vec<usize> = index
        .with_initial(initial)
        .filter(|&p| surname(&people.person(p).words).is_some_and(|w| close(w)))
        .collect();
    order::sort(&mut pool);
    pool.dedup();
    pool
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Among `pool`, the person named most often before token `at` by full name or surname (a bare
/// surname is the main person's; a spouse or relative who shares it is told apart by given name
/// or honorific, so being called "Otto" is no claim on "Vance"), then by any name; the one named
/// last among equals. Counted as in [`nearest_before`], without a scan.
fn most_salient_before(people: &People, tally: &SingleTally, pool: &[usize], at: usize) -> usize {
    let named_before = |p: usize| {
        let mentions = &people.person(p).mentions;
        let (full, single) = mentions.split_at(tally.full_names(p).min(mentions.len()));
        let by_given_name = tally.by_given_name.get(p).copied().unwrap_or(0);
        let all = full.partition_point(|m| people.mention(*m).tokens.start < at) + single.len();
        (all - by_given_name.min(single.len()), all)
    };
    let most = pool
        .iter()
        .map(|&p| named_before(p))
        .max()
        .unwrap_or((0, 0));
    let salient: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&p| named_before(p) == most)
        .collect();
    nearest_before(people, tally, &salient, at)
}

/// Among `pool`, the person named last before token `at`. A person's mentions are their full
/// names in article order (the first `tally.full_names(p)`), then the lone words joined so far,
/// which all stand before `at`: a binary search and a last element, not a scan.
fn nearest_before(people: &People, tally: &SingleTally, pool: &[usize], at: usize) -> usize {
    let last_before = |p: usize| {
        let mentions = &people.person(p).mentions;
        let (full, single) = mentions.split_at(tally.full_names(p).min(mentions.len()));
        let start = |m: &usize| people.mention(*m).tokens.start;
        let last_full = full
            .partition_point(|m| start(m) < at)
            .checked_sub(1)
            .map(|i| start(&full[i]));
        last_full.max(single.last().map(start))
    };
    pool.iter()
        .copied()
        .max_by_key(|&p| (last_before(p), std::cmp::Reverse(p)))
        .unwrap_or(pool[0])
}

/// Every run of capitalised words that starts in `tokens`, trimmed of titles and sentence openers,
/// with its evidence. A run never crosses a sentence end, so ranges cut at sentence starts find
/// together what the whole article's range finds. Runs in title-case lines are left to
/// [`group_people`], which reads them once the rest of the article has said who its people are.
pub fn candidates_in(doc: &Document, tokens: Range<usize>) -> Vec<Candidate> {
    let mut title_case = LastAnswer::default();
    let mut furniture = LastAnswer::default();
    let mut out = Vec::new();
    for run in name_runs(doc, tokens) {
        let token = &doc.token(run.start);
        let in_title_case = title_case.get(token.sentence, |s| {
            is_title_case(doc, doc.sentences[s].clone())
        });
        // "Reporting by Ann Lee; Editing by Bo Ray", "Read more: …": staff and other stories.
        let in_furniture = furniture.get(token.paragraph, |p| is_furniture(doc, p));
        if !in_title_case && !in_furniture {
            split_run(doc, run, &mut out);
        }
    }
    out
}

/// The runs of name words that start in `tokens`, in order.
fn name_runs<'d>(
    doc: &'d Document,
    tokens: Range<usize>,
) -> impl Iterator<Item = Range<usize>> + 'd {
    let mut i = tokens.start;
    std::iter::from_fn(move || {
        while i < tokens.end && !is_name_word(doc, i) {
            i += 1;
        }
        (i < tokens.end).then(|| {
            let end = run_end(doc, i);
            let run = i..end;
            i = end.max(i + 1);
            run
        })
    })
}

/// A yes-or-no answer about a sentence or paragraph, remembered for the one last asked about: the
/// runs of one sentence ask in turn.
#[derive(Default)]
struct LastAnswer {
    last: Option<(usize, bool)>,
}

impl LastAnswer {
    fn get(&mut self, index: usize, answer: impl FnOnce(usize) -> bool) -> bool {
        match self.last {
            Some((i, yes)) if i == index => yes,
            _ => {
                let yes = answer(index);
                self.last = Some((index, yes));
                yes
            }
        }
    }
}

/// Whether paragraph `p` is page furniture by its text's shape: a byline, a credit, a contributor
/// or production line, a contact line or a promo.
fn is_furniture(doc: &Document, p: usize) -> bool {
    let tokens = &doc.paragraphs[p];
    if tokens.is_empty() {
        return false;
    }
    let text = &doc.text[doc.token(tokens.start).start..doc.token(tokens.end - 1).end];
    furniture::is_furniture_text(text)
}

/// The runs of capitalised words in the article's title-case lines (headlines and decks).
fn headline_runs(doc: &Document) -> Vec<Range<usize>> {
    doc.sentences
        .iter()
        .filter(|s| is_title_case(doc, (*s).clone()))
        .flat_map(|s| name_runs(doc, s.clone()))
        .collect()
}

/// Whether a sentence is a headline or deck written in title case ("Senator Says Vote Will Go
/// Ahead"): every word but the short ones capitalised, bar one in eight, and some of them ordinary
/// words, two in a short line. Its capitals then say nothing of names; a list of names ("Ann Lee,
/// Bob Ray and Cy Fox") or a credit ("Image: Ann Lee") is not one.
fn is_title_case(doc: &Document, sentence: Range<usize>) -> bool {
    const MAX_WORDS: usize = 40;
    let mut content = 0;
    let mut lower_case = 0;
    let mut ordinary_capitals = 0;
    for t in sentence {
        let word = doc.word(t);
        let alphabetic = doc.is_word(t) && word.chars().next().is_some_and(char::is_alphabetic);
        if !alphabetic || lexicon::is_possessive_ending(word) {
            continue;
        }
        let lower = doc.folded(t);
        if lexicon::is_headline_minor_word(lower) {
            continue;
        }
        content += 1;
        if content > MAX_WORDS {
            return false;
        }
        if !doc.is_capitalised(t) {
            lower_case += 1;
        } else if is_ordinary_word(lower) {
            ordinary_capitals += 1;
        }
    }
    let ordinary_enough = ordinary_capitals >= 2 || ordinary_capitals >= 1 && content >= 5;
    content >= 3 && lower_case * 8 < content && ordinary_enough
}

/// A word of ordinary English, not a name: a frequent word or a reporting verb ("Says"), or one
/// of those inflected ("Rivals", "Blamed", "Cheering").
fn is_ordinary_word(lower: &str) -> bool {
    let frequent = |w: &str| {
        lexicon::is_common_word(w) && lexicon::given_name(w).is_none()
            || lexicon::reporting_verb(w).is_some()
    };
    frequent(lower)
        || ["s", "es", "ed", "d", "ing"].iter().any(|suffix| {
            lower
                .strip_suffix(suffix)
                .is_some_and(|stem| stem.len() > 2 && frequent(stem))
        })
}

/// The names inside a headline's runs of capitals: only the people the rest of the article names,
/// by their full name or, as lone words that join them later, by one of its words ("Ruiz Says
/// Vote Will Go Ahead" names Ruiz; "Lift Port Tariffs" names no one).
#[inline(never)]
fn headline_names(doc: &Document, runs: &[Range<usize>], out: &mut Vec<Candidate>) {
    if runs.is_empty() {
        return;
    }
    let named: Vec<&Candidate> = out
        .iter()
        .filter(|c| {
            // The candidates that become people: a full name with evidence, a lone titled word.
            let full_name = c.words.len() > 1 && c.score >= 2;
            let strong_single = c.words.len() == 1 && (c.titled || c.score >= 3);
            full_name || strong_single
        })
        .collect();
    let full_names: HashSet<String> = named
        .iter()
        .filter(|c| c.words.len() > 1)
        .map(|c| c.words.join(" "))
        .collect();
    let name_words: HashSet<String> = named.iter().flat_map(|c| c.words.iter().cloned()).collect();
    let mut found = Vec::new();
    for run in runs {
        let words: Vec<usize> = run.clone().filter(|&t| doc.is_word(t)).collect();
        let mut i = 0;
        while i < words.len() {
            let longest = (words.len() - i).min(MAX_SURNAME_WORDS + 1);
            let full = (2..=longest).rev().find(|&n| {
                let joined: Vec<&str> = words[i..i + n].iter().map(|&t| doc.folded(t)).collect();
                full_names.contains(&joined.join(" "))
            });
            let n = match full {
                Some(n) => n,
                None if name_words.contains(doc.folded(words[i])) => 1,
                None => {
                    i += 1;
                    continue;
                }
            };
            let tokens = words[i]..words[i + n - 1] + 1;
            let names: Vec<String> = words[i..i + n]
                .iter()
                .map(|&t| doc.folded(t).to_owned())
                .collect();
            found.push(Candidate {
                name: doc.text[doc.token(tokens.start).start..doc.token(tokens.end - 1).end]
                    .to_owned(),
                gender: gender_of(doc, &names, tokens.start, Gender::Unknown),
                score: if n > 1 { 2 } else { 0 },
                tokens,
                words: names,
                nickname: None,
                titled: false,
            });
            i += n;
        }
    }
    out.extend(found);
    order::sort_by_key(out, |c| c.tokens.start);
}

/// Folds a nickname the article introduces into the name: Robert “Bob” Smith (one name with the
/// nickname Bob), Robert Smith, known as “Bobby”, or Robert Smith (“Bobby”).
#[inline(never)]
fn join_nicknames(doc: &Document, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut iter = candidates.into_iter().peekable();
    while let Some(mut c) = iter.next() {
        let nickname_at = |n: &Candidate| n.words.len() == 1 && nickname_between(doc, &n.tokens);
        // Inside the name: [Robert] “[Bob]” [Smith]
        if iter
            .peek()
            .is_some_and(|n| n.tokens.start == c.tokens.end + 1 && nickname_at(n))
        {
            let nick = iter.next().expect("peeked");
            match iter.next_if(|surname| surname.tokens.start == nick.tokens.end + 1) {
                Some(surname) => {
                    c.name = doc.text
                        [doc.token(c.tokens.start).start..doc.token(surname.tokens.end - 1).end]
                        .to_owned();
                    c.words.extend(surname.words);
                    c.tokens.end = surname.tokens.end;
                    c.score = c.score.max(surname.score) + 2;
                    c.nickname = Some(nick.words[0].clone());
                }
                None => out.push(nick),
            }
        }
        // After the name: Robert Smith, known as “Bobby” / Robert Smith (“Bobby”)
        if c.words.len() > 1
            && iter.peek().is_some_and(|n| {
                nickname_at(n) && introduces_nickname(doc, c.tokens.end, n.tokens.start)
            })
        {
            c.nickname = iter.next().map(|n| n.words[0].clone());
        }
        out.push(c);
    }
    out
}

/// Whether the one-word candidate `word` sits inside quotation marks.
fn nickname_between(doc: &Document, word: &Range<usize>) -> bool {
    let is_mark = |t: usize| quotes::is_english_mark(doc, t);
    word.start > 0 && word.end < doc.tokens.len() && is_mark(word.start - 1) && is_mark(word.end)
}

/// ", known as “X”" or " (“X”)" between a name ending at `name_end` and a quoted nickname at
/// `nickname`.
fn introduces_nickname(doc: &Document, name_end: usize, nickname: usize) -> bool {
    let between: Vec<String> = (name_end..nickname - 1)
        .map(|t| crate::case::lowercase(doc.word(t)))
        .collect();
    let between: Vec<&str> = between.iter().map(String::as_str).collect();
    lexicon::introduces_nickname(&between)
}

/// A word that can be part of a name: capitalised ("Okafor", "O'Neill", "A.J."), or an Arabic
/// family name with its article ("al-Masri", "el-Sisi"); never the pronoun "I" or a possessive.
fn is_name_word(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    let prefixed = lexicon::ARABIC_ARTICLE_PREFIXES.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    });
    let first_person = word == "I" || word.starts_with("I'") || word.starts_with("I’");
    (doc.is_capitalised(t) || prefixed) && !first_person && !lexicon::is_possessive_ending(word)
}

/// One past the last token of the capitalised run starting at `start`: capitalised words, name
/// particles between them ("von der"), and the dot after a single-letter initial ("L. Ron").
fn run_end(doc: &Document, start: usize) -> usize {
    let sentence_end = doc.sentence_of(start).end;
    let mut j = start;
    while j < sentence_end {
        let joins = if starts_date(doc, j) {
            false
        } else if is_name_word(doc, j) {
            true
        } else if doc.is_capitalised(j) {
            false
        } else if doc.is_word(j) {
            j > start && lexicon::is_name_particle(doc.word(j)) && {
                let next = (j + 1..sentence_end)
                    .take(3)
                    .find(|&k| !lexicon::is_name_particle(doc.word(k)));
                next.is_some_and(|k| k - j <= 2 && is_name_word(doc, k))
            }
        } else {
            doc.is(j, '.')
                && j > start
                && is_initial(doc.word(j - 1))
                && doc.token(j - 1).end == doc.token(j).start
                && j + 1 < sentence_end
                && doc.is_capitalised(j + 1)
        };
        if !joins {
            break;
        }
        j += 1;
    }
    j
}

/// A month before a day's number: the date after a byline's name ("By Ana Ruiz March 18").
fn starts_date(doc: &Document, t: usize) -> bool {
    lexicon::is_month(doc.folded(t))
        && doc
            .tokens
            .get(t + 1)
            .is_some_and(|_| doc.word(t + 1).starts_with(|c: char| c.is_ascii_digit()))
}

fn is_initial(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    !letters.is_empty()
        && letters.len() <= 3
        && letters.iter().all(|c| c.is_uppercase())
        && (letters.len() == 1 || word.contains('.'))
}

/// Splits a run at titles and role nouns ("U.S. President | Donald Trump") and at words that end an
/// organisation or place ("Refugee Council | Enver Solomon", "NASA | Bill Ingalls"), drops sentence
/// openers, and scores what is left.
#[inline(never)]
fn split_run(doc: &Document, run: Range<usize>, out: &mut Vec<Candidate>) {
    let named_thing = run.len() > 1
        && lexicon::is_non_person_opener(doc.folded(run.start))
        && doc.is_capitalised(run.start + 1);
    if named_thing {
        return;
    }
    let mut start = run.start;
    let mut titled = false;
    let mut peerage = None;
    let mut honorific_gender = Gender::Unknown;
    let mut adjective_title = false;
    for t in run.clone() {
        let lower = doc.folded(t);
        let is_title = is_title_word(doc, t, lower, run.end);
        let opens_run = t == start
            && (lexicon::is_sentence_starter(lower) || lexicon::is_derived_adverb(lower));
        if is_title || opens_run {
            start = t + 1;
            adjective_title = is_title && lexicon::modifies_role(lower);
            // "the Miss Lorraine", "the Queen Mary": a title after "the" names a thing. A party
            // ("Republican National") ends a run as a title does, but is no evidence of a person.
            titled = is_title
                && !lexicon::is_party_member(lower)
                && !(t > 0 && doc.folded(t - 1) == "the");
            peerage = lexicon::is_peerage(lower).then_some(t);
            honorific_gender = lexicon::honorific(lower).unwrap_or(lexicon::role_gender(lower));
        } else if t + 1 < run.end && blocks_name(doc, t, t == start, run.end) {
            start = t + 1;
            titled = false;
        }
    }
    // The dot after an honorific ("Mr.") sits outside the run; a name never starts with it. Nor
    // does an ordinary word before two or more name words ("the Opposition Rukmini Devi Shetty").
    let starts_no_name = |t: usize| {
        let lower = doc.folded(t);
        let ordinary_before_names =
            t + 2 < run.end && is_role_modifier_word(lower) && !lexicon::is_name_particle(lower);
        !doc.is_word(t) || ordinary_before_names
    };
    while start < run.end && starts_no_name(start) {
        start += 1;
    }
    if start >= run.end {
        return;
    }
    let mut end = run.end;
    // "Helena Marchetti Political correspondent": a capitalised word of the role after the name.
    let role_follows = run.end < doc.tokens.len()
        && !doc.is_capitalised(run.end)
        && lexicon::is_role_noun(doc.folded(run.end));
    let ends_no_name = |t: usize| {
        let lower = doc.folded(t);
        let word_of_the_role = role_follows && is_role_modifier_word(lower);
        lexicon::is_caption_word(lower) || word_of_the_role
    };
    while end > start + 1 && ends_no_name(end - 1) {
        end -= 1;
    }
    let tokens = start..end;
    let words: Vec<String> = tokens
        .clone()
        .filter(|&t| doc.is_word(t))
        .map(|t| doc.folded(t).to_owned())
        .collect();
    // A lone "Park" or "Hall" may be the family name of someone named in full; grouping decides.
    let lone_surname_like = words.len() == 1 && lexicon::is_surname_like_place_word(&words[0]);
    let organisation = !lone_surname_like
        && words.iter().enumerate().any(|(i, w)| {
            (i > 0 || words.len() == 1)
                && lexicon::is_non_person_word(w)
                && !is_surname_after_given(&words, i)
        });
    // "General Assembly", "International Studies", "Executive Session": a title that is also an
    // adjective, before an ordinary word, names a thing.
    let thing = adjective_title
        && words.len() == 1
        && tokens.start == start
        && lexicon::is_common_word(&words[0])
        && lexicon::given_name(&words[0]).is_none();
    // "the chief U.S. military adviser", "a veteran D.C. lobbyist": initials with no name after
    // them abbreviate a place or body, however titled; before a quoted nickname ("C.L. “Butch”
    // Otter") they start a name.
    let before_nickname = tokens.end < doc.tokens.len() && quotes::is_english_mark(doc, tokens.end);
    let initials_only = tokens.clone().all(|t| is_initial(doc.word(t))) && !before_nickname;
    let digits = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    let company = introduced_as_business(doc, tokens.start, &words[0]);
    let team = names_a_team(doc, &tokens, &words);
    if organisation || thing || initials_only || digits || company || team {
        return;
    }
    // "Ms. Baker": a role noun as a lone surname joins only a person named in full.
    let role_as_surname = words.len() == 1 && lexicon::is_role_noun(&words[0]);
    let titled = !role_as_surname
        && (titled
            || preceded_by_title(doc, tokens.start, &words)
            || followed_by_party_tag(doc, tokens.end));
    let gender = gender_of(doc, &words, tokens.start, honorific_gender);
    let score = score(doc, &tokens, &words, titled);
    // A peer known by title and one name keeps the title: "Lord Oduya", "Baroness Adeyinka-Shaw".
    let name_start = match peerage {
        Some(title) if words.len() == 1 && title + 1 == tokens.start => title,
        _ => tokens.start,
    };
    let name = doc.text[doc.token(name_start).start..doc.token(tokens.end - 1).end].to_owned();
    out.push(Candidate {
        tokens,
        name,
        words,
        nickname: None,
        score,
        gender,
        titled,
    });
}

/// "Dallas Hornets owner Ana Ruiz", "the Leeds Otters football ground": a place and a plural
/// before a role or a place's word are a team or club, named to describe what follows.
fn names_a_team(doc: &Document, tokens: &Range<usize>, words: &[String]) -> bool {
    const MODIFIER_WORDS: usize = 2;
    let [place, .., plural] = words else {
        return false;
    };
    let plural_last = plural.len() > 3 && plural.ends_with('s') && !plural.ends_with("ss");
    let modifies_a_noun = (tokens.end..doc.tokens.len())
        .take(MODIFIER_WORDS + 1)
        .take_while(|&t| doc.is_word(t) && !doc.is_capitalised(t))
        .any(|t| {
            let lower = doc.folded(t);
            lexicon::is_role_noun(lower) || lexicon::is_non_person_word(lower)
        });
    lexicon::is_known_non_person(place) && plural_last && modifies_a_noun
}

/// Whether token `t` of a run ends something that is not a name, so a name can only start after
/// it: an organisation's or place's word, or a common word right before a given name
/// ("Islamic Relations | Alia Salem").
fn blocks_name(doc: &Document, t: usize, first: bool, run_end: usize) -> bool {
    if lexicon::is_name_particle(&crate::case::lowercase(doc.word(t))) {
        return false;
    }
    let lower = doc.folded(t);
    let next = doc.folded(t + 1);
    let next_is_given = lexicon::given_name(next).is_some() && !lexicon::is_common_word(next);
    // After a given name, a place's name is a surname ("Fernanda Albuquerque Moreira").
    let after_given = !first && lexicon::given_name(doc.folded(t - 1)).is_some();
    // "Kathleen Hall Jamieson": a family-name-like place word between a given name and another
    // name word is a middle name.
    let middle_name = after_given && lexicon::is_surname_like_place_word(lower) && t + 1 < run_end;
    let ends_organisation = !first && lexicon::is_non_person_word(lower) && !middle_name;
    let place = lexicon::is_known_non_person(lower) && !after_given;
    // "Chelsea Morgan": a place that is also a given name, before one last word, starts the name.
    let given_place_before_surname =
        place && t + 2 == run_end && lexicon::given_name(lower).is_some();
    let thing_before_given = (place && !given_place_before_surname || is_acronym(doc.word(t)))
        && lexicon::given_name(next).is_some();
    let ordinary_before_given =
        lexicon::is_common_word(lower) && lexicon::given_name(lower).is_none() && next_is_given;
    ends_organisation || thing_before_given || ordinary_before_given
}

/// "Linda Park", "Jerry Hall", "Kathleen Hall Jamieson": a name whose second word, after a given
/// name, is an organisation's or place's word that is also a frequent family name.
fn is_surname_after_given(words: &[String], i: usize) -> bool {
    i == 1
        && lexicon::given_name(&words[0]).is_some()
        && lexicon::is_surname_like_place_word(&words[1])
}

/// A capitalised word that modifies a role rather than ending a name: a common word that is not
/// a given name ("Political", "Senior", "Chief").
fn is_role_modifier_word(lower: &str) -> bool {
    lexicon::is_common_word(lower) && lexicon::given_name(lower).is_none()
}

/// The family name: the last word, before a generational suffix ("Kennedy" in "Robert F. Kennedy
/// Jr.").
fn surname(words: &[String]) -> Option<&String> {
    match words {
        [.., name, suffix] if lexicon::is_generational(suffix) => Some(name),
        _ => words.last(),
    }
}

fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_lowercase())
        && !word.contains('.')
}

/// A capitalised title inside a run: an honorific, or a role noun ("President", "Minister", "MP")
/// or party member ("Democrat") that is not itself used as a given name here ("Dean Kamen").
fn is_title_word(doc: &Document, t: usize, lower: &str, run_end: usize) -> bool {
    // "Georgia Gov. Tim Hale": an abbreviated title with its dot titles, even after a place's name
    // that doubles as a given name.
    let abbreviated_title =
        lexicon::is_title_abbreviation(lower) && t + 1 < doc.tokens.len() && doc.is(t + 1, '.');
    if lexicon::honorific(lower).is_some() || abbreviated_title {
        return true;
    }
    let role = lexicon::is_role_noun(lower)
        || lexicon::is_title_abbreviation(lower)
        || lexicon::is_party_member(lower);
    // "Charlie King", "Paul T. King", "Baker said": a role noun that ends the run after a given
    // name or an initial, or stands alone, titles no one; it is a surname ("Mr Speaker", "Chief
    // Justice" stay titles).
    let before = past_abbreviation_dot(doc, t);
    let alone = before == 0 || !doc.is_capitalised(before - 1);
    let after_honorific = before > 0 && lexicon::honorific(doc.folded(before - 1)).is_some();
    let after_given_name = !alone && {
        let previous = doc.folded(before - 1);
        // One letter: "U.S. Sen." and "S.C. Rep." stay titles.
        let middle_initial = previous.chars().filter(|c| c.is_alphabetic()).count() == 1
            && is_initial(doc.word(before - 1));
        let given_or_initial = lexicon::given_name(previous).is_some() || middle_initial;
        given_or_initial && lexicon::honorific(previous).is_none()
    };
    let next = (t + 1 < run_end).then(|| doc.folded(t + 1));
    // "Ms. Baker", "Mr. Cook": after an honorific too, a role noun ending the run is a surname,
    // though one that names only someone the article names in full ("Mr. Speaker" names no one).
    if next.is_none() && (alone || after_given_name || after_honorific) {
        return false;
    }
    let next_is_name = next.is_some_and(|w| lexicon::given_name(w).is_some());
    let before_suffix = next.is_some_and(lexicon::is_generational);
    role && !before_suffix && (lexicon::given_name(lower).is_none() || next_is_name)
}

/// An honorific or abbreviated title right before the name ("Mr.", "Sen."), or a lower-case role noun before a name that is not
/// an ordinary word or a place ("spokesman Dmitry Peskov", "coach Maaloul", not "member Afghan").
fn preceded_by_title(doc: &Document, start: usize, words: &[String]) -> bool {
    let word_before = |k: usize| (k > 0 && doc.is_word(k - 1)).then(|| doc.folded(k - 1));
    let abbreviated_title =
        |w: &str| lexicon::honorific(w).is_some() || lexicon::is_title_abbreviation(w);
    if start > 1 && doc.is(start - 1, '.') && word_before(start - 1).is_some_and(abbreviated_title)
    {
        return true;
    }
    // "their child, Gloria": a role set off by a comma right before the name.
    let set_off = start > 1 && doc.is(start - 1, ',');
    let Some(before) = word_before(if set_off { start - 1 } else { start }) else {
        return false;
    };
    let after_the = start > 1 && word_before(start - 1).is_some_and(|w| w == "the");
    if lexicon::honorific(before).is_some() && !after_the || lexicon::introduces_birth_name(before)
    {
        return true;
    }
    // "host Rush Hendricks": the surname decides, not a given name that is also a word; a first
    // word that is no word, place nor given name the lexicon knows does too ("governor Zeb
    // Stone").
    let is_plain = |w: &String| !lexicon::is_common_word(w) && !lexicon::is_known_non_person(w);
    let unknown_given = words.len() > 1
        && is_plain(&words[0])
        && lexicon::given_name(&words[0]).is_none()
        && !looks_like_english_word(&words[0]);
    let plain = surname(words).is_some_and(is_plain) || unknown_given;
    let role_at = if set_off { start - 2 } else { start - 1 };
    lexicon::is_role_noun(before) && !doc.is_capitalised(role_at) && plain
}

/// Token `t`, or the dot right before it: an abbreviation's dot is a token of its own, between
/// the title and the name ("Mr. Ruiz", "Gov. Okafor"), so the word before that dot is the title.
fn past_abbreviation_dot(doc: &Document, t: usize) -> usize {
    if t > 1 && doc.is(t - 1, '.') {
        t - 1
    } else {
        t
    }
}

fn gender_of(doc: &Document, words: &[String], start: usize, from_title: Gender) -> Gender {
    if from_title != Gender::Unknown {
        return from_title;
    }
    let before = past_abbreviation_dot(doc, start);
    if before > 0 && doc.is_word(before - 1) {
        let word = doc.folded(before - 1);
        let g = lexicon::honorific(word).unwrap_or(lexicon::role_gender(word));
        if g != Gender::Unknown {
            return g;
        }
    }
    if words.len() < 2 {
        return Gender::Unknown;
    }
    // "Chen Meiling": a family name first that is also a given name of the other gender says
    // nothing.
    let first = lexicon::given_name(&words[0]).unwrap_or(Gender::Unknown);
    match words.last().and_then(|w| lexicon::given_name(w)) {
        Some(last) if last != Gender::Unknown && last != first => Gender::Unknown,
        _ => first,
    }
}

/// Evidence that a run names a person. Two or more is enough for a full name; a single word needs
/// three, or a title.
#[inline(never)]
fn score(doc: &Document, tokens: &Range<usize>, words: &[String], titled: bool) -> i32 {
    let mut score = 0;
    // A place or outlet: every word is one ("Hong Kong"), or it ends in one without a given name
    // first ("Arlington Texas"); "Victoria Beckham" and "Theresa May" stay people.
    let given_first = lexicon::given_name(&words[0]).is_some();
    let known_non_person = words.iter().all(|w| lexicon::is_known_non_person(w))
        || !given_first
            && words
                .last()
                .is_some_and(|w| lexicon::is_known_non_person(w))
        || lexicon::is_known_non_person(&words.join(" ")); // "Morgan Stanley"
    let common = words.iter().filter(|w| lexicon::is_common_word(w)).count();
    let given = given_first && !known_non_person;
    let all_caps = words.iter().all(|w| w.chars().count() > 1)
        && tokens
            .clone()
            .all(|t| doc.word(t).chars().all(|c| !c.is_lowercase()));
    if given {
        score += if common == words.len() && words.len() > 1 {
            1
        } else {
            2
        };
    }
    if words.len() > 1 && tokens.clone().any(|t| is_initial(doc.word(t))) {
        score += 2;
    }
    if titled {
        score += 2;
    }
    if words.len() > 1 && common == 0 && !known_non_person {
        score += 1;
    }
    let speaks = followed_by_reporting_verb(doc, tokens.end)
        || preceded_by_reporting_verb(doc, tokens.start)
        || signs_a_quote(doc, tokens.start);
    let appositive = appositive_after(doc, tokens.end);
    let described = appositive.role_noun
        || appositive.described
        || labels_a_speaker(doc, tokens)
        || followed_by_who(doc, tokens.end);
    // "Minyon Moore, a senior adviser,": a role opened by an article, as a person's is.
    let personal = appositive.role_noun && appositive.described || followed_by_who(doc, tokens.end);
    if speaks || described {
        score += 1;
    }
    // "Quilla Jones, 25, said", "Minyon Moore, a senior adviser,": a word that is no English word
    // and no place, before a surname that is also a word, speaking or described, is a given name
    // the lexicon lacks.
    let unknown_given = words.len() == 2
        && (speaks || personal)
        && !known_non_person
        && lexicon::given_name(&words[0]).is_none()
        && !lexicon::is_common_word(&words[0])
        && !lexicon::is_known_non_person(&words[0])
        && !looks_like_english_word(&words[0])
        && !tokens.clone().any(|t| is_acronym(doc.word(t)));
    if unknown_given {
        score += 1;
    }
    if known_non_person {
        score -= 3;
    }
    if common > 0 && !given && !titled && !unknown_given {
        score -= 2;
    }
    let has_acronym = words.len() > 1 && tokens.clone().any(|t| is_acronym(doc.word(t)));
    if !given && (all_caps || has_acronym) {
        score -= 2;
    }
    if tokens.start > 0 {
        score -= match doc.folded(tokens.start - 1) {
            // "the Ford Motor": a definite article before a run names a thing; "a" leans that way,
            // and before a full name ("bought a Lincoln Navigator") names a thing too.
            "the" => 3,
            w if lexicon::is_article(w) && words.len() > 1 => 2,
            w if lexicon::is_article(w) => 1,
            // "grew up in Buon Ma Thuot", "near Jordan Crossing": places follow these.
            w if lexicon::is_place_preposition(w) => 2,
            _ => 0,
        };
    }
    score
}

/// "copper miner Valdren", "tour operator Alpes Vivantes": a lower-case noun of trade right
/// before a name that opens with no known given name introduces a company.
fn introduced_as_business(doc: &Document, start: usize, first_word: &str) -> bool {
    lexicon::given_name(first_word).is_none()
        && start > 0
        && doc.is_word(start - 1)
        && !doc.is_capitalised(start - 1)
        && lexicon::is_business_noun(doc.folded(start - 1))
}

/// A word with an ending of English adjectives and nouns ("Judicial", "Civic", "Super"), or an
/// inflection of a frequent word: no given name, even when the lexicon lacks it.
fn looks_like_english_word(lower: &str) -> bool {
    const ENDINGS: [&str; 14] = [
        "al", "ic", "ive", "ous", "ary", "ery", "ish", "ist", "ism", "ity", "ment", "ness", "tion",
        "er",
    ];
    is_ordinary_word(lower) || ENDINGS.iter().any(|ending| lower.ends_with(ending))
}

/// "Sherrod Brown (D-Ohio)": a legislator's party and state after the name.
fn followed_by_party_tag(doc: &Document, end: usize) -> bool {
    doc.is(end, '(')
        && end + 1 < doc.tokens.len()
        && doc
            .word(end + 1)
            .split_once('-')
            .is_some_and(|(party, state)| {
                lexicon::is_party_letter(party) && state.starts_with(char::is_uppercase)
            })
}

/// "… Solomon told", "… Jafari said", "… Jones, 25, said": what follows a name is speech.
fn followed_by_reporting_verb(doc: &Document, end: usize) -> bool {
    let mut t = past_age(doc, end).unwrap_or(end);
    while t < doc.tokens.len() && lexicon::stands_before_reporting_verb(doc.folded(t)) {
        t += 1;
    }
    t < doc.tokens.len()
        && doc.is_word(t)
        && !doc.is_capitalised(t)
        && lexicon::reporting_verb(doc.folded(t)).is_some()
}

/// "“…,” said Mereana Tāwhiri": a name right after a reporting verb that follows a quote.
fn preceded_by_reporting_verb(doc: &Document, start: usize) -> bool {
    start >= 3
        && !doc.is_capitalised(start - 1)
        && lexicon::reporting_verb(doc.folded(start - 1)) == Some(lexicon::VerbFrame::Clause)
        && after_a_quote(doc, start - 1)
}

/// Whether a closing quotation mark ends right before token `t`, or before a comma there
/// ("“…” said", "“…,” said" with the comma a token of its own).
fn after_a_quote(doc: &Document, t: usize) -> bool {
    let right_after = quotes::is_closing_mark(doc, t - 1);
    let after_comma = doc.is(t - 1, ',') && quotes::is_closing_mark(doc, t - 2);
    right_after || after_comma
}

/// "“…” ― Dana Ortiz": a dash after a closing quotation mark signs the quote with a name.
fn signs_a_quote(doc: &Document, start: usize) -> bool {
    let is_dash = |t: usize| !doc.is_word(t) && doc.word(t).starts_with(['―', '—', '–']);
    start >= 2 && is_dash(start - 1) && quotes::is_closing_mark(doc, start - 2)
}

/// "Rucker Okoro, who runs the field office": a person is a "who", an organisation a "which".
fn followed_by_who(doc: &Document, end: usize) -> bool {
    doc.is(end, ',') && end + 1 < doc.tokens.len() && doc.word(end + 1) == "who"
}

/// "Amara Okafor: We rebuild …": a name opening a paragraph as a transcript's speaker label.
fn labels_a_speaker(doc: &Document, tokens: &Range<usize>) -> bool {
    let paragraph = &doc.paragraphs[doc.token(tokens.start).paragraph];
    paragraph.start == tokens.start && tokens.end < paragraph.end && doc.is(tokens.end, ':')
}

/// What a phrase set off after a name says of it.
#[derive(Default)]
struct Appositive {
    /// It holds a role noun ("Kiara Perkins, a second year art major,").
    role_noun: bool,
    /// It is a short description opened by an article ("Mereana Tāwhiri, a kuia of Ngāti
    /// Whakaue,"), which an organisation can have too.
    described: bool,
}

/// How far into a phrase set off after a name its head, the role noun, may stand ("Karen Bell,
/// chief executive of …"): people looks no further for one, roles takes a role noun only there.
pub const APPOSITIVE_HEAD_TOKENS: usize = 6;

/// The first token of the phrase set off by a comma after a name ending at `name_end`, past an
/// age ("Mereana Tāwhiri, 78, a kuia of …"); `None` when no comma follows. The one reading of
/// where an appositive starts: people weighs the phrase as evidence of a person
/// ([`appositive_after`]), roles takes it as the descriptor.
pub fn appositive_start(doc: &Document, name_end: usize) -> Option<usize> {
    if !doc.is(name_end, ',') {
        return None;
    }
    Some(past_age(doc, name_end).unwrap_or(name_end + 1))
}

/// The token after an age set off by commas after a name ending at `name_end` ("Jones, 25,").
fn past_age(doc: &Document, name_end: usize) -> Option<usize> {
    let aged = doc.is(name_end, ',')
        && name_end + 2 < doc.sentence_of(name_end).end
        && doc.word(name_end + 1).chars().all(|c| c.is_ascii_digit())
        && doc.is(name_end + 2, ',');
    aged.then_some(name_end + 3)
}

/// The phrase set off by a comma after a name ending at `end`, if any. Only its first words count
/// here: the phrase up to a comma within nine tokens, or else its first six, is enough to tell a
/// person's description from a clause; roles reads on to the descriptor's own end.
fn appositive_after(doc: &Document, end: usize) -> Appositive {
    const MAX_SET_OFF_TOKENS: usize = 9;
    let Some(start) = appositive_start(doc, end) else {
        return Appositive::default();
    };
    let sentence_end = doc.sentence_of(end).end;
    let phrase_end =
        (start..(start + MAX_SET_OFF_TOKENS).min(sentence_end)).find(|&t| doc.is(t, ','));
    let words =
        start..phrase_end.unwrap_or_else(|| (start + APPOSITIVE_HEAD_TOKENS).min(sentence_end));
    let has_role = words
        .clone()
        .any(|t| doc.is_word(t) && !doc.is_capitalised(t) && lexicon::is_role_noun(doc.folded(t)));
    // "Mereana Tāwhiri, a kuia of Ngāti Whakaue,": an article-led description set off by commas.
    let described =
        phrase_end.is_some() && words.len() >= 2 && lexicon::is_article(doc.folded(start));
    Appositive {
        role_noun: has_role,
        described,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let people = find_people(&doc);
        people.persons.iter().map(|p| p.name.clone()).collect()
    }

    #[test]
    fn finds_names_and_skips_places_and_organisations() {
        let found = names(concat!(
            "Kremlin spokesman Dmitry Peskov said Russia and the Ford Motor company met ",
            "in Moscow. Peskov said more."
        ));
        assert_eq!(found, ["Dmitry Peskov"]);
    }

    #[test]
    fn strips_titles_and_links_surnames() {
        let text =
            "U.S. President Donald Trump spoke. Later Mr. Trump left, and Trump's aide stayed.";
        let doc = Document::new(text);
        let people = find_people(&doc);
        assert_eq!(people.persons.len(), 1);
        assert_eq!(people.mentions.len(), 3);
    }

    #[test]
    fn keeps_two_people_with_one_surname_apart() {
        let found = names("Thomas Sam and his wife Manju Sam were charged.");
        assert_eq!(found, ["Thomas Sam", "Manju Sam"]);
    }

    #[test]
    fn handles_particles_initials_and_family_name_first() {
        let found =
            names("Ursula von der Leyen met A.J. Moreno and Kim Shin-Wook. L. Ron Hubbard wrote.");
        assert_eq!(
            found,
            [
                "Ursula von der Leyen",
                "A.J. Moreno",
                "Kim Shin-Wook",
                "L. Ron Hubbard"
            ]
        );
    }

    #[test]
    fn titled_single_names_stand_alone() {
        let found = names("The minister, Mr. Toccafondi, disagreed.");
        assert_eq!(found, ["Toccafondi"]);
    }

    #[test]
    fn merges_spelling_variants() {
        let found = names("Kristin Wilkins spoke. Later Kristen Wilkins agreed.");
        assert_eq!(found.len(), 1);
    }
}
