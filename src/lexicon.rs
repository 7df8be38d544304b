//! Word lists compiled into the binary. The large lists live in `data/` (see the README for their
//! sources and licences) and are packed by `build.rs`; the small closed-class lists are written
//! here by the whosaid authors.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a given name says about the person's gender, for resolving "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Mostly men's name, or "Mr".
    Male,
    /// Mostly women's name, or "Ms".
    Female,
    /// Unknown or used by both.
    Unknown,
}

/// A list from `data/` as `build.rs` packed it into `OUT_DIR/NAME.words`.
macro_rules! packed {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".words")).as_slice()
    };
}

/// The shared-prefix byte of a packed word is below this; see `build.rs`.
const SHARED_LIMIT: u8 = 0x20;

/// How many words apart the checkpoints of a [`PackedList`] are: a search decodes at most this
/// many words after a binary search over the checkpoints.
const CHECKPOINT_EVERY: usize = 8;

/// The entries of a packed list, each the number of bytes its word shares with the word before it
/// (exactly that many: `build.rs` refuses more than fit) and the rest of the word.
fn entries(packed: &[u8]) -> impl Iterator<Item = (usize, &[u8])> + '_ {
    let mut rest = packed;
    std::iter::from_fn(move || {
        let (&shared, tail) = rest.split_first()?;
        let end = tail
            .iter()
            .position(|&b| b < SHARED_LIMIT)
            .unwrap_or(tail.len());
        rest = &tail[end..];
        Some((usize::from(shared), &tail[..end]))
    })
}

/// Calls `visit` with each word of a packed list in order and the offset in `packed` where its
/// entry starts.
fn unpack(packed: &[u8], mut visit: impl FnMut(&[u8], usize)) {
    let mut word = Vec::new();
    let mut start = 0;
    for (shared, suffix) in entries(packed) {
        word.truncate(shared);
        word.extend_from_slice(suffix);
        visit(&word, start);
        start += 1 + suffix.len();
    }
}

/// A sorted, front-coded list from `data/`, searched where it lies in the binary: only every
/// [`CHECKPOINT_EVERY`]th word is written out in memory, and a Bloom filter turns most words that
/// are not listed away before the search, so the lists cost some 85 KB of the wasm's memory where
/// hash sets of every word took 0.6 MiB.
struct PackedList {
    packed: &'static [u8],
    /// The first eight bytes of each checkpoint word as a number, which sorts as the words do.
    keys: Vec<u64>,
    /// Where each checkpoint's entry starts in `packed`.
    starts: Vec<usize>,
    /// The checkpoint words one after another, and where each ends.
    words: Vec<u8>,
    ends: Vec<usize>,
    maybe_listed: BloomFilter,
}

impl PackedList {
    fn new(packed: &'static [u8]) -> Self {
        let words = entries(packed).count();
        let checkpoints = words.div_ceil(CHECKPOINT_EVERY);
        let mut list = PackedList {
            packed,
            keys: Vec::with_capacity(checkpoints),
            starts: Vec::with_capacity(checkpoints),
            words: Vec::new(),
            ends: Vec::with_capacity(checkpoints),
            maybe_listed: BloomFilter::new(words),
        };
        let mut index = 0;
        unpack(packed, |word, start| {
            list.maybe_listed.insert(word);
            if index % CHECKPOINT_EVERY == 0 {
                list.keys.push(sort_key(word));
                list.starts.push(start);
                list.words.extend_from_slice(word);
                list.ends.push(list.words.len());
            }
            index += 1;
        });
        list.words.shrink_to_fit();
        list
    }

    fn checkpoint_word(&self, checkpoint: usize) -> &[u8] {
        let start = checkpoint
            .checked_sub(1)
            .map_or(0, |before| self.ends[before]);
        &self.words[start..self.ends[checkpoint]]
    }

    fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        if !self.maybe_listed.may_contain(word) {
            return false;
        }
        let key = sort_key(word);
        let mut next = self.keys.partition_point(|&k| k < key);
        // Words that share their first eight bytes are told apart in full.
        while self.keys.get(next) == Some(&key) && self.checkpoint_word(next) <= word {
            next += 1;
        }
        let Some(checkpoint) = next.checked_sub(1) else {
            return false;
        };
        let end = self.starts.get(next).copied().unwrap_or(self.packed.len());
        let stretch = &self.packed[self.starts[checkpoint]..end];
        let checkpoint_word = self.checkpoint_word(checkpoint);
        let matched = common_prefix(checkpoint_word, word);
        matched == word.len() && matched == checkpoint_word.len()
            || follows_in_stretch(stretch, matched, word)
    }
}

/// The first eight bytes of `word` as a big-endian number, zeros after a shorter word: words sort
/// as their keys do, and only words that share eight bytes share a key.
fn sort_key(word: &[u8]) -> u64 {
    let mut bytes = [0; 8];
    let len = word.len().min(8);
    bytes[..len].copy_from_slice(&word[..len]);
    u64::from_be_bytes(bytes)
}

/// Whether `word` is among the entries of `stretch` after its first, which is a word below `word`
/// that shares its first `matched` bytes. Compares without decoding: an entry that shares more
/// with the word before it than `matched` is still below `word`, one that shares less is above it.
fn follows_in_stretch(stretch: &[u8], mut matched: usize, word: &[u8]) -> bool {
    for (shared, suffix) in entries(stretch).skip(1) {
        if shared > matched {
            continue;
        }
        if shared < matched {
            return false;
        }
        let rest = &word[matched..];
        let common = common_prefix(suffix, rest);
        match (suffix.get(common), rest.get(common)) {
            (None, None) => return true,
            (Some(_), None) => return false,
            (Some(entry), Some(wanted)) if entry > wanted => return false,
            _ => matched += common,
        }
    }
    false
}

/// A set of words that can say for sure that a word is not in it, and is wrong about 1 word in 100
/// that it thinks is (at least 12 bits a word, 3 probes).
struct BloomFilter {
    bits: Vec<u64>,
}

impl BloomFilter {
    const MIN_BITS_PER_WORD: usize = 12;

    fn new(words: usize) -> Self {
        let bits = (words * Self::MIN_BITS_PER_WORD)
            .next_power_of_two()
            .max(64);
        BloomFilter {
            bits: vec![0; bits / 64],
        }
    }

    /// The three bits that stand for `word`, each from its own 21 bits of one 64-bit FNV-1a hash.
    fn probes(&self, word: &[u8]) -> [usize; 3] {
        let hash = word.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &b| {
            (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        let mask = self.bits.len() * 64 - 1;
        [0, 21, 42].map(|shift| (hash >> shift) as usize & mask)
    }

    fn insert(&mut self, word: &[u8]) {
        for bit in self.probes(word) {
            self.bits[bit / 64] |= 1 << (bit % 64);
        }
    }

    fn may_contain(&self, word: &[u8]) -> bool {
        self.probes(word)
            .iter()
            .all(|&bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }
}

/// How many bytes `a` and `b` share at their start.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// A packed list from `data/`, with its checkpoints found on first use.
fn packed_list(cell: &'static OnceLock<PackedList>, packed: &'static [u8]) -> &'static PackedList {
    cell.get_or_init(|| PackedList::new(packed))
}

/// Declares a predicate over one word list in `data/`.
macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name(lower: &str) -> bool {
            static LIST: OnceLock<PackedList> = OnceLock::new();
            packed_list(&LIST, packed!($file)).contains(lower)
        }
    };
}

word_list!(
    /// Whether `lower` is one of the few thousand most frequent English words (not counting given
    /// names), or a given name that is mostly an ordinary word ("Hope", "Will").
    is_frequent_word, "common-words"
);
word_list!(
    /// Given names that are mostly ordinary words, so a capitalised one alone names nobody.
    is_name_like_word, "name-like-words"
);
word_list!(
    /// Nouns that head a role phrase ("spokesman", "chief executive", "Prime Minister").
    is_role_noun, "role-nouns"
);
word_list!(
    /// Capitalised words that, after the first word of a run of capitals, mark an organisation,
    /// place, event or work rather than a person ("Ford Motor", "Lincoln Center", "World Cup").
    is_non_person_word, "non-person-words"
);
word_list!(
    /// Words that can open a sentence in capitals, or title a name, and are never part of a name.
    is_sentence_starter, "sentence-starters"
);

/// Proper names of places, peoples, outlets and bodies that can stand alone and look like
/// people's names ("Victoria", "Afghan", "Bloomberg"). Folded to lower case.
pub fn is_known_non_person(lower: &str) -> bool {
    static LIST: OnceLock<PackedList> = OnceLock::new();
    // Packed together from known-non-persons.txt and non-persons.txt.
    packed_list(&LIST, packed!("known-non-persons")).contains(lower)
}

/// The gender a given name suggests, or `None` when the word is not a known given name.
/// `lower` must be lower-case.
pub fn given_name(lower: &str) -> Option<Gender> {
    static MALE: OnceLock<PackedList> = OnceLock::new();
    static FEMALE: OnceLock<PackedList> = OnceLock::new();
    static UNKNOWN: OnceLock<PackedList> = OnceLock::new();
    [
        (&MALE, packed!("given-names-m"), Gender::Male),
        (&FEMALE, packed!("given-names-f"), Gender::Female),
        (&UNKNOWN, packed!("given-names-u"), Gender::Unknown),
    ]
    .into_iter()
    .find(|&(cell, names, _)| packed_list(cell, names).contains(lower))
    .map(|(_, _, gender)| gender)
}

/// Whether `lower` is an ordinary English word, and so weak evidence of a name.
pub fn is_common_word(lower: &str) -> bool {
    is_frequent_word(lower) || is_name_like_word(lower)
}

/// Titles that stand before a name and are not part of it, with the gender they imply.
pub fn honorific(lower: &str) -> Option<Gender> {
    match lower.trim_end_matches('.') {
        "mr" | "sir" | "mister" | "monsieur" | "herr" | "señor" | "senor" | "signor" | "md"
        | "mohd" | "shri" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "madam" | "madame" | "mme" | "frau" | "señora"
        | "senora" | "signora" | "smt" | "shrimati" => Some(Gender::Female),
        "dr" | "prof" | "mx" | "rev" | "fr" => Some(Gender::Unknown),
        peer => peerage_gender(peer),
    }
}

/// The gender a role noun implies ("spokeswoman", "wife"), if any.
pub fn role_gender(lower: &str) -> Gender {
    match lower {
        "actress" | "chairwoman" | "congresswoman" | "councilwoman" | "businesswoman"
        | "daughter" | "girlfriend" | "grandmother" | "mother" | "princess" | "queen"
        | "sister" | "spokeswoman" | "wife" | "widow" => Gender::Female,
        "actor" | "businessman" | "chairman" | "congressman" | "councilman" | "father"
        | "boyfriend" | "grandfather" | "husband" | "king" | "prince" | "son" | "spokesman"
        | "brother" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// Lower-case particles inside names ("von der Leyen", "da Silva", "bin Salman").
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "von"
            | "van"
            | "der"
            | "den"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "das"
            | "dos"
            | "du"
            | "la"
            | "le"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "ter"
            | "ten"
            | "zu"
            | "af"
            | "y"
            | "binti"
            | "bint"
            | "abu"
            | "ould"
            | "mac"
    )
}

/// A word as the word lists hold it: lower case, without an abbreviation's final dot ("Gov." is
/// "gov").
pub fn folded(word: &str) -> String {
    crate::case::lowercase(word.trim_end_matches('.'))
}

/// The possessive ending, a token of its own after a name ("Okafor" "'s").
pub fn is_possessive_ending(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S")
}

/// Generational suffixes, which stay in a name but are no surname ("Jr.", "III").
pub fn is_generational(lower: &str) -> bool {
    matches!(lower, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// Titles of the peerage, which stay with a one-word name.
pub fn is_peerage(lower: &str) -> bool {
    peerage_gender(lower).is_some()
}

/// The gender a title of the peerage gives ("Baroness", "Earl").
fn peerage_gender(lower: &str) -> Option<Gender> {
    match lower {
        "lord" | "baron" | "earl" | "viscount" | "marquess" | "duke" => Some(Gender::Male),
        "lady" | "baroness" | "countess" | "marchioness" | "duchess" => Some(Gender::Female),
        _ => None,
    }
}

/// Words a caption or credit puts after a name ("… Ahmed Mohamed Image: Twitter").
pub fn is_caption_word(lower: &str) -> bool {
    matches!(
        lower,
        "image"
            | "images"
            | "photo"
            | "photos"
            | "picture"
            | "video"
            | "credit"
            | "credits"
            | "file"
            | "caption"
            | "source"
    )
}

/// Ranks and academic titles, which alone are no descriptor ("Professor", "Major General").
pub fn is_rank(lower: &str) -> bool {
    matches!(
        lower,
        "professor"
            | "emeritus"
            | "doctor"
            | "general"
            | "major"
            | "colonel"
            | "lieutenant"
            | "sergeant"
            | "brigadier"
            | "admiral"
            | "reverend"
            | "judge"
    )
}

/// Words that may modify a role noun ("former", "special", "state", "finance").
pub fn modifies_role(lower: &str) -> bool {
    matches!(
        lower,
        "former"
            | "special"
            | "presidential"
            | "senior"
            | "junior"
            | "deputy"
            | "chief"
            | "acting"
            | "interim"
            | "shadow"
            | "foreign"
            | "vice"
            | "assistant"
            | "associate"
            | "executive"
            | "general"
            | "managing"
            | "national"
            | "regional"
            | "local"
            | "state"
            | "federal"
            | "longtime"
            | "veteran"
            | "top"
            | "lead"
            | "head"
            | "principal"
            | "prime"
            | "finance"
            | "defence"
            | "defense"
            | "interior"
            | "home"
            | "health"
            | "education"
            | "environment"
            | "environmental"
            | "economic"
            | "political"
            | "military"
            | "security"
            | "press"
            | "communications"
            | "international"
            | "team"
            | "party"
            | "opposition"
            | "government"
            | "campaign"
            | "club"
            | "football"
            | "art"
            | "history"
            | "science"
            | "english"
            | "news"
            | "research"
            | "study"
            | "project"
            | "practising"
            | "practicing"
            | "retired"
            | "co"
            | "first"
            | "second"
            | "third"
            | "year"
            | "police"
            | "fashion"
            | "disco"
            | "club's"
            | "psychology"
            | "photography"
            | "business"
            | "immigration"
            | "human"
            | "rights"
            | "legal"
            | "medical"
            | "public"
            | "trade"
            | "energy"
            | "justice"
            | "overseas"
            | "economy"
            | "culture"
            | "transport"
            | "agriculture"
            | "labour"
            | "labor"
            | "climate"
            | "digital"
            | "emeritus"
            | "chief's"
            | "assistant's"
    )
}

/// Prepositions that places follow ("grew up in Buon Ma Thuot", "near Jordan Crossing").
pub fn is_place_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at"
            | "near"
            | "outside"
            | "inside"
            | "across"
            | "throughout"
            | "into"
            | "towards"
            | "toward"
    )
}

/// Short words a title-case headline leaves in lower case ("Okafor Was Headed to Leeds for the
/// Vote").
pub fn is_headline_minor_word(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs"
            | "via"
            | "into"
            | "over"
            | "up"
            | "off"
            | "per"
            | "than"
    )
}

/// Words that open the name of a project, operation or place and make the whole name no person's
/// ("Project Jonah", "Operation Tidewater", "Camp David", "Fort Worth").
pub fn is_non_person_opener(lower: &str) -> bool {
    matches!(
        lower,
        "project" | "operation" | "camp" | "fort" | "lake" | "mount" | "port" | "cape" | "hotel"
    )
}

/// The months, written out or abbreviated, which follow a byline's name with a date ("By Ana Ruiz
/// March 18").
pub fn is_month(lower: &str) -> bool {
    is_month_abbreviation(lower)
        || matches!(
            lower,
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
        )
}

/// Personal pronouns that can stand for a named speaker, with their gender.
pub fn speaker_pronoun(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

/// How a reporting verb introduces what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbFrame {
    /// "said (that) CLAUSE": the content follows, "that" optional.
    Clause,
    /// "told (someone) (that) CLAUSE": an addressee comes first.
    Addressee,
    /// "urged/asked someone to ...", "called X Y", "described X as Y": the content starts at the
    /// object.
    Object,
    /// "denied that ...": the verb stays in the content, since the bare clause says the opposite.
    KeepVerb,
    /// "spoke of ...", "talked about ...": the content is the topic after "of" or "about".
    Topic,
    /// "pointed out that ...", "fired back that ...": the content is a clause after a particle
    /// right after the verb; otherwise the verb reports nothing ("pointed a finger", "pointed to
    /// the table").
    Phrasal,
}

/// Whether a lower-case word denies the verb after it ("did not say", "never said", "wouldn't
/// say").
pub fn is_negation(lower: &str) -> bool {
    matches!(lower, "not" | "never" | "cannot") || lower.ends_with("n't") || lower.ends_with("n’t")
}

/// Whether a word is a finite verb form that a clause needs ("the findings show pollution reduction
/// is important", not "the touches of the Factory").
pub fn is_auxiliary(word: &str) -> bool {
    let w = crate::case::lowercase(word);
    let contracted = w.ends_with("n't")
        || w.ends_with("n’t")
        || matches!(
            w.as_str(),
            "'s" | "’s" | "'re" | "’re" | "'ll" | "’ll" | "cannot"
        );
    let participle = w.ends_with("ing"); // "being", "having": not finite
    contracted || !participle && (is_be_form(&w) || is_have_form(&w) || is_modal(&w))
}

fn reporting_verbs() -> &'static HashMap<&'static str, (VerbFrame, bool)> {
    static VERBS: OnceLock<HashMap<&'static str, (VerbFrame, bool)>> = OnceLock::new();
    VERBS.get_or_init(|| {
        include_str!("../data/reporting-verbs.txt")
            .lines()
            .filter_map(|line| {
                let (verb, tags) = line.split_once(' ')?;
                let frame = match tags.chars().next()? {
                    'a' => VerbFrame::Addressee,
                    'o' => VerbFrame::Object,
                    'k' => VerbFrame::KeepVerb,
                    'p' => VerbFrame::Topic,
                    'r' => VerbFrame::Phrasal,
                    _ => VerbFrame::Clause,
                };
                Some((verb, (frame, tags.ends_with('w'))))
            })
            .collect()
    })
}

/// Reporting verbs (inflected forms), with how each introduces its content.
pub fn reporting_verb(lower: &str) -> Option<VerbFrame> {
    reporting_verbs().get(lower).map(|&(frame, _)| frame)
}

/// Reporting verbs that also have everyday senses ("continued", "thinks", "reported"), so they
/// introduce reported speech only with "that" or a clause that has a finite verb.
pub fn needs_that(lower: &str) -> bool {
    reporting_verbs().get(lower).is_some_and(|&(_, weak)| weak)
}

// ==== Closed word classes of attribution =======================================================
// The small, closed classes the attribution rules (src/attribution/) and sentence splitting
// (src/segment.rs) test words against, each defined once here. All take a lower-case word.

/// Declares a predicate over a closed class of lower-case words.
macro_rules! closed_class {
    ($(#[$doc:meta])* $name:ident: $($word:literal)|+) => {
        $(#[$doc])*
        pub fn $name(lower: &str) -> bool {
            matches!(lower, $($word)|+)
        }
    };
}

closed_class!(
    /// The days of the week ("Lula da Silva on Friday urged").
    is_weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
);
closed_class!(
    /// Forms of "be", which make a following participle passive ("was described by").
    is_be_form: "am" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
);
closed_class!(
    /// Forms of "have", an auxiliary before a participle ("has said").
    is_have_form: "has" | "had" | "have" | "having"
);
closed_class!(
    /// Modal verbs and "do" as an auxiliary ("would say", "did not say").
    is_modal: "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall" | "should"
        | "do" | "does" | "did"
);
closed_class!(
    /// Articles.
    is_article: "the" | "a" | "an"
);
closed_class!(
    /// Possessive determiners ("his statement", "their lawyer").
    is_possessive_determiner: "his" | "her" | "its" | "their" | "my" | "our" | "your"
);
closed_class!(
    /// Personal pronouns that can open a clause ("told reporters they …").
    is_subject_pronoun: "i" | "you" | "he" | "she" | "it" | "we" | "they"
);
closed_class!(
    /// Pronouns only ever a subject, so a verb follows ("told reporters she met …"); not "it" or
    /// "you", which can be objects ("announced it on Monday").
    is_nominative_pronoun: "i" | "he" | "she" | "we" | "they"
);
closed_class!(
    /// Demonstratives, which can open a clause ("said that was wrong").
    is_demonstrative: "this" | "these" | "those" | "that"
);
closed_class!(
    /// Quantifiers and indefinite pronouns, which can open a clause ("said nothing had changed").
    is_quantifier: "all" | "no" | "none" | "nothing" | "everyone" | "some" | "most" | "many"
        | "any" | "every" | "each" | "more" | "several" | "both"
);
closed_class!(
    /// Determiners of a speaker left unnamed ("said a woman selling pies", "one official said").
    is_unnamed_determiner: "a" | "an" | "one" | "another" | "some" | "several"
);
closed_class!(
    /// Coordinating conjunctions.
    is_conjunction: "and" | "but" | "or"
);
closed_class!(
    /// Conjunctions that join a second verb to its subject ("X met Y and said"); "or" mostly joins
    /// nouns ("messages, or tweets").
    joins_verbs: "and" | "but"
);
closed_class!(
    /// Third-person pronouns, which can be the subject of an attribution (", they said").
    is_third_person_pronoun: "he" | "him" | "she" | "her" | "it" | "they"
);
closed_class!(
    /// Conjunctions of contrast, which start a new clause after a comma (", though …").
    is_contrast_conjunction: "though" | "although" | "but" | "while" | "whereas"
);
closed_class!(
    /// Words that put a participle in a clause of its own ("while saying", "before adding").
    introduces_participle: "while" | "whilst" | "before" | "after" | "by" | "when" | "in"
);
closed_class!(
    /// Conjunctions before "asked" that make it a question put to someone ("when asked about").
    introduces_question_put: "when" | "if" | "once" | "after"
);
closed_class!(
    /// Subordinating conjunctions, which open a clause that depends on another ("when", "because").
    is_subordinator: "when" | "after" | "before" | "because" | "while" | "whilst" | "if"
        | "although" | "though" | "since" | "unless" | "until" | "whereas"
);
closed_class!(
    /// Relative adverbs opening a clause about a place or time ("…, where Ruiz also spoke").
    is_relative_adverb: "where" | "wherever" | "whereby"
);
closed_class!(
    /// Relative pronouns ("X, who asked not to be named, said").
    is_relative_pronoun: "who" | "which" | "whose"
);
closed_class!(
    /// Prepositions that put a name inside a phrase, so it is not the subject ("the campaign of
    /// X says", "advisers to X"), or make it one example of a group ("critics like X say",
    /// "candidates, including X, said").
    is_phrase_preposition: "of" | "for" | "with" | "from" | "by" | "against" | "behind" | "at"
        | "to" | "like" | "including"
);
closed_class!(
    /// Prepositions of a name's affiliation ("Dan Ives of Wedbush Securities", "Lydia Buchtmann
    /// for Food Standards Australia").
    is_affiliation_preposition: "of" | "for" | "from" | "at" | "with" | "in"
);
closed_class!(
    /// Prepositions and adverbs of time and manner that open an adjunct after a verb or a name
    /// ("told reporters at a briefing", "said Peskov in Moscow"); see [`is_adjunct_opener`].
    is_adjunct_word: "outside" | "inside" | "near" | "following" | "ahead" | "beside" | "behind"
        | "across" | "to" | "on" | "in" | "at" | "during" | "after" | "before" | "via" | "through"
        | "from" | "with" | "of" | "while" | "when" | "last" | "this" | "yesterday" | "today"
        | "earlier" | "later" | "recently" | "privately" | "publicly" | "repeatedly" | "again"
        | "also" | "previously"
);
closed_class!(
    /// Prepositions of means or channel that open an adjunct after a verb of saying ("said by
    /// telephone", "said through a spokeswoman that …", "said over a crackling line").
    is_manner_preposition: "by" | "via" | "through" | "over"
);
closed_class!(
    /// Prepositions of direction that no object of a verb of saying opens with ("called into
    /// the show").
    is_direction_preposition: "into" | "onto"
);
closed_class!(
    /// Adverbs that stand between a subject and its verb ("has also repeatedly said").
    is_verb_adverb: "also" | "later" | "previously" | "further" | "then" | "again" | "once"
        | "separately" | "first" | "earlier" | "subsequently" | "simply" | "just" | "only"
        | "still" | "now" | "reportedly" | "allegedly" | "too" | "not" | "never" | "always"
        | "himself" | "herself" | "twice" | "recently" | "today" | "yesterday" | "however"
        | "publicly" | "repeatedly" | "openly" | "quickly" | "immediately" | "firmly" | "angrily"
        | "bluntly" | "flatly" | "privately" | "initially" | "originally"
        | "often" | "even" | "sometimes" | "usually" | "since" | "long" | "ever" | "nevertheless"
);
closed_class!(
    /// Verbs whose subject also does what the infinitive after them says, when it is done ("went
    /// on to say", "moved to assure"); not verbs of wish or refusal ("wants to", "declined to").
    is_subject_control_verb: "continue" | "continues" | "continued" | "continuing" | "moved"
        | "moves" | "rushed" | "rushes" | "hastened" | "began" | "begins" | "begun" | "started"
        | "starts" | "tried" | "tries" | "attempted" | "managed" | "struggled"
);
closed_class!(
    /// Verbs of taking the floor or going somewhere, whose subject says what an infinitive of
    /// purpose a few words later says ("took to Twitter to say", "went on the radio to say",
    /// "interrupted me to announce"); not verbs that make their object speak ("urged them to").
    is_floor_taking_verb: "took" | "takes" | "taking" | "went" | "goes" | "going" | "turned"
        | "turns" | "rose" | "interrupted" | "stopped" | "paused" | "returned" | "stepped"
        | "chimed" | "weighed" | "jumped"
);
closed_class!(
    /// Forms of "go", as in "went on to say".
    is_go_form: "go" | "goes" | "going" | "gone" | "went"
);
closed_class!(
    /// Adjectives after a form of "be" whose subject does what the infinitive says ("was quick to
    /// add", "was careful to note").
    is_subject_control_adjective: "quick" | "careful" | "first" | "eager" | "keen"
);
closed_class!(
    /// Sentence adverbs and conjunctions that may stand before a sentence's subject ("Later,
    /// …", "But …").
    is_sentence_linker: "meanwhile" | "later" | "earlier" | "but" | "and" | "then" | "however"
        | "also"
);
closed_class!(
    /// Words that join a role to a name in a subject ("the former mayor of X", "Kremlin
    /// spokesman …", "the team's coach").
    is_role_link: "the" | "of" | "for" | "'s" | "’s" | "former" | "-"
);
closed_class!(
    /// Irregular past tenses that, after a name and a quote, say how it was said ("“…,” Lee shot
    /// back", "Lee went on").
    is_irregular_past_of_speech: "went" | "shot" | "began" | "broke" | "cut" | "threw" | "hit"
        | "spat" | "fought" | "struck"
);
closed_class!(
    /// Nouns for someone's relation to a person, which a name can modify like a role ("Cole ally
    /// Tom Abel", "Ruiz supporter Ann Lee").
    is_relation_noun: "ally" | "backer" | "supporter" | "friend" | "confidant" | "constituent"
        | "rival" | "critic" | "opponent" | "donor" | "loyalist" | "surrogate" | "co-host"
);
closed_class!(
    /// Nouns for what someone wrote or said, whose owner is its speaker ("Cornyn's statement
    /// added").
    is_document_noun: "statement" | "letter" | "tweet" | "post" | "message" | "blog" | "email"
        | "testimony"
);
closed_class!(
    /// Nouns for words someone says, whose sentence's subject is their speaker when a colon after
    /// them opens a quote ("delivered a blunt message to the board: “…”").
    is_speech_noun: "message" | "warning" | "words" | "response" | "reply" | "answer" | "retort"
        | "plea" | "advice" | "verdict" | "assessment" | "explanation" | "prediction" | "apology"
        | "reminder" | "remark" | "remarks" | "comment" | "comments" | "statement" | "question"
);
closed_class!(
    /// Verbs whose subject puts out a document that speaks for them ("issued a statement
    /// saying", "sent a letter urging"), unlike "received a letter saying".
    is_issuing_verb: "issued" | "issues" | "released" | "releases" | "sent" | "sends" | "posted"
        | "posts" | "published" | "publishes" | "wrote" | "writes" | "signed" | "signs" | "put"
        | "puts" | "shared" | "shares" | "filed" | "files" | "delivered" | "delivers"
);
closed_class!(
    /// Particles that make an object verb a phrasal verb, which reports nothing ("called for",
    /// "called off").
    is_verb_particle: "for" | "on" | "off" | "up" | "in" | "out" | "back" | "by" | "upon" | "of"
);
closed_class!(
    /// Words a verb of saying takes as a bare object, not a clause ("said so", "said nothing",
    /// "said goodbye").
    is_bare_object: "so" | "nothing" | "yes" | "no" | "goodbye" | "hello" | "sorry"
);
closed_class!(
    /// Reporting participles that open a new attribution after a comma (", adding …").
    is_reporting_participle: "adding" | "saying" | "noting"
);
closed_class!(
    /// Names of places, institutions and newspapers that end like a demonym ("the Kremlin said",
    /// "the Guardian reported").
    is_institution_like_demonym: "vatican" | "taliban" | "sudan" | "iran" | "japan" | "oman"
        | "kremlin" | "pentagon" | "guardian" | "australian" | "scotsman" | "statesman"
);
closed_class!(
    /// Forms of "call", whose content may follow a particle ("called for an inquiry", "called on
    /// the board to resign").
    is_call_verb: "call" | "calls" | "called" | "calling"
);
closed_class!(
    /// The particles after which a call's content follows ("called for", "called on").
    is_call_particle: "for" | "on"
);
closed_class!(
    /// Verbs that promise or vow, whose content may be an infinitive ("pledged to cut taxes").
    is_commissive_verb: "promise" | "promises" | "promised" | "promising" | "pledge" | "pledges"
        | "pledged" | "pledging" | "vow" | "vows" | "vowed" | "vowing"
);
closed_class!(
    /// Dashes that set off an aside ("— a charge it denies"); a hyphen standing alone as a token
    /// is a spaced or doubled dash ("-", "--").
    is_dash: "―" | "—" | "–" | "-"
);
closed_class!(
    /// The particles that bring a phrasal verb's content ("pointed out", "fired back").
    is_phrasal_particle: "out" | "back"
);
closed_class!(
    /// The prepositions that introduce a topic of speech ("spoke of", "talked about").
    introduces_topic: "of" | "about"
);
closed_class!(
    /// Words that open an indirect yes-or-no question ("asked whether", "asked them if").
    opens_indirect_question: "whether" | "if"
);
closed_class!(
    /// Words that open an indirect question after an addressee or adjunct ("told the host how
    /// pleased she was", "explained to reporters why …"); "who" and "when", which as often open
    /// a relative or a time clause, are left out.
    is_question_word: "how" | "why" | "what" | "whether"
);
closed_class!(
    /// Forms of "ask".
    is_ask: "ask" | "asks" | "asked" | "asking"
);

/// A word that opens an adjunct after a verb or a name: a preposition or adverb of time and
/// manner, or a weekday ("said Monday").
pub fn is_adjunct_opener(lower: &str) -> bool {
    is_adjunct_word(lower) || is_weekday(lower)
}

/// Words that can open a reported clause after an addressee ("told reporters the …").
pub fn is_clause_opener(lower: &str) -> bool {
    is_article(lower)
        || is_subject_pronoun(lower)
        || is_possessive_determiner(lower)
        || is_demonstrative(lower)
        || is_quantifier(lower)
        || lower == "there"
}

closed_class!(
    /// Abbreviated titles of office and rank, which stand before a name ("Sen.", "Gov.", "Lt.").
    is_title_abbreviation: "sen" | "rep" | "gov" | "gen" | "lt" | "col" | "sgt" | "capt" | "cpt"
        | "insp" | "supt" | "pres"
);
closed_class!(
    /// Nouns of trade that introduce a company by its name ("copper miner Valdren", "tour
    /// operator Alpes Vivantes"); before a known given name they introduce a person.
    is_business_noun: "operator" | "miner" | "maker" | "retailer" | "lender" | "insurer"
        | "manufacturer" | "carrier" | "supplier" | "firm" | "company" | "giant" | "chain"
        | "conglomerate" | "startup" | "automaker" | "carmaker" | "airline"
);
closed_class!(
    /// Members of a party named by its noun, which stand before a name as a title does
    /// ("Democrat Ana Ruiz", "Ohio Republican Tom Ek").
    is_party_member: "democrat" | "republican" | "libertarian"
);
closed_class!(
    /// Abbreviated honorifics and forms of address ("Mr.", "Dr.", "Rev.", "Smt.").
    is_honorific_abbreviation: "mr" | "mrs" | "ms" | "dr" | "prof" | "rev" | "fr" | "mme"
        | "messrs" | "md" | "mohd" | "smt" | "hon"
);
closed_class!(
    /// Abbreviated months ("Jan.", "Sept.").
    is_month_abbreviation: "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept"
        | "oct" | "nov" | "dec"
);
closed_class!(
    /// Other abbreviations written with a dot: suffixes of names and firms, places, and Latin
    /// ("Jr.", "Inc.", "St.", "Mt.", "etc.").
    is_other_abbreviation: "jr" | "sr" | "inc" | "ltd" | "co" | "corp" | "st" | "mt" | "ft" | "no"
        | "vs" | "etc" | "approx" | "est" | "dept" | "univ" | "gov't"
);

/// Abbreviations whose dot does not end a sentence ("Mr.", "Sen.", "Jan.", "Inc.").
pub fn is_abbreviation(lower: &str) -> bool {
    is_title_abbreviation(lower)
        || is_honorific_abbreviation(lower)
        || is_month_abbreviation(lower)
        || is_other_abbreviation(lower)
}

closed_class!(
    /// Words ending in "-ing" that go on with a reported clause after a comma ("…, including the
    /// budget", "…, something few expected") rather than add to the speaker's sentence.
    is_clause_continuing_ing: "including" | "regarding" | "concerning" | "excluding" | "during"
        | "following" | "notwithstanding" | "pending" | "barring" | "considering" | "nothing"
        | "something" | "anything" | "everything"
);

closed_class!(
    /// Words that name a day on their own, as a bare adjunct ("said Thursday", "told reporters
    /// yesterday"); weekdays are in [`is_weekday`].
    is_day_word: "today" | "yesterday" | "tonight"
);
closed_class!(
    /// Parts of a day that may follow a day word ("Thursday evening").
    is_part_of_day: "morning" | "afternoon" | "evening" | "night"
);
closed_class!(
    /// Words that make a time adjunct of a period after them ("last week", "this month").
    is_period_determiner: "last" | "this" | "next" | "earlier"
);
closed_class!(
    /// Periods of time named after a period determiner ("last week", "earlier this year").
    is_period_noun: "week" | "month" | "year" | "weekend" | "night" | "spring" | "summer"
        | "fall" | "autumn" | "winter"
);

closed_class!(
    /// The indefinite article, which no finite verb follows ("a blog post", "a tweet").
    is_indefinite_article: "a" | "an"
);

/// Endings of adverbs made from adjectives and participles, which no name has ("Interestingly",
/// "Reportedly"), unlike the plain "-ly" of "Kelly" or "Beverly".
const ADVERB_ENDINGS: [&str; 7] = [
    "ingly", "edly", "ously", "ively", "ately", "fully", "lessly",
];

/// Whether a word is an adverb by its ending: a sentence opener glued to the name after it
/// ("Interestingly Marsh said") is no part of the name.
pub fn is_derived_adverb(lower: &str) -> bool {
    ADVERB_ENDINGS
        .iter()
        .any(|ending| lower.len() > ending.len() + 2 && lower.ends_with(ending))
}

// ==== end of the closed word classes of attribution ============================================

// ==== Closed word classes of people and roles ==================================================
// The small classes the name finder (src/people.rs) and the role reader (src/roles.rs) test words
// against. Like those of attribution below, each takes a lower-case word unless it says otherwise.

/// The articles Arabic family names carry, joined by a hyphen ("al-Masri", "el-Sisi").
pub const ARABIC_ARTICLE_PREFIXES: [&str; 8] =
    ["al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "an-"];

/// What stands between two names of one list ("Ann Lee, Bob Ray and Cy Fox"), as written.
pub fn joins_list_of_names(between: &[&str]) -> bool {
    matches!(
        between,
        [","] | ["and"] | [",", "and"] | ["or"] | [",", "or"]
    )
}

/// What stands between a name and the nickname it introduces: ", known as “Bobby”", " (“Bobby”)".
pub fn introduces_nickname(between: &[&str]) -> bool {
    matches!(
        between,
        [",", "known", "as"] | [",", "nicknamed"] | ["("] | [",", "better", "known", "as"]
    )
}

/// The party letter of a legislator's tag, as written ("Sherrod Brown (D-Ohio)").
pub fn is_party_letter(word: &str) -> bool {
    matches!(word, "D" | "R" | "I")
}

closed_class!(
    /// Words of places that are also frequent family names, so they end no name after a given
    /// name ("Linda Park", "Jerry Hall").
    is_surname_like_place_word: "park" | "hall" | "church" | "lane"
);
/// Prepositions that a street or building follows ("on Kelly Lane", "at Linda Park").
pub fn is_street_preposition(lower: &str) -> bool {
    is_place_preposition(lower) || matches!(lower, "on" | "along" | "off")
}
closed_class!(
    /// Words that introduce a birth name ("born Mary Smith", "née Dlamini").
    introduces_birth_name: "born" | "née" | "nee"
);
closed_class!(
    /// Words that may stand between a name and its reporting verb ("Jafari later said", "Solomon
    /// has said").
    stands_before_reporting_verb: "also" | "later" | "has" | "had" | "then"
);
closed_class!(
    /// Participles that put a name after the description of its person ("a student from Hanoi
    /// named Dang Quoc Bao").
    is_naming_participle: "named" | "called"
);
closed_class!(
    /// Prepositions inside a role ("chief of staff", "minister for health", "professor at Yale").
    is_role_preposition: "of" | "for" | "at"
);

/// Words that join the words of a role before a name ("CEO of the Refugee Council", "interior and
/// overseas minister", "Marks & Spencer chief").
pub fn is_role_joiner(lower: &str) -> bool {
    is_role_preposition(lower) || matches!(lower, "the" | "and" | "&")
}

/// Words that open a clause, not a descriptor, after a name and a comma ("X, who …", "X, said …").
pub fn opens_clause_after_name(lower: &str) -> bool {
    is_relative_pronoun(lower) || joins_verbs(lower) || matches!(lower, "where" | "said" | "says")
}

closed_class!(
    /// Words that end a descriptor after a name: a relative pronoun, or a verb that starts the
    /// sentence's predicate ("X, the mayor, is …").
    ends_appositive_word: "who" | "which" | "is" | "was" | "has" | "had" | "will" | "would"
);
closed_class!(
    /// Words that a descriptor before a name cannot reach back over: a relative pronoun, a form of
    /// "be", or a preposition that ties the words before to another noun ("spoke to his father,
    /// X").
    stops_descriptor_before_name: "who" | "which" | "that" | "is" | "was" | "were" | "are" | "to"
        | "with" | "by" | "on" | "in"
);

closed_class!(
    /// Prepositions after which a role noun is no longer the head of a descriptor but sits in a
    /// phrase of its own ("opened the shop with his father", "no relation to the council
    /// leader"); unlike "of", "for" and "at", which stay inside a role ("chief of staff").
    detaches_role_noun: "with" | "to" | "as" | "like" | "about" | "by" | "against" | "behind"
        | "including" | "in" | "on" | "after" | "before" | "during" | "than" | "over" | "under"
        | "among" | "between" | "according" | "from" | "into" | "since" | "until" | "through"
        | "via" | "despite" | "without" | "within" | "toward" | "towards" | "across" | "near"
);
closed_class!(
    /// The singular forms of "be", by which a relative clause says what one person is ("X, who
    /// is the mayor,").
    is_singular_be: "is" | "was"
);
closed_class!(
    /// Prepositions besides "of", "for" and "at" by which a role names the person it serves ("a
    /// longtime aide to Ana Ruiz", "deputy under Tom Ek").
    ties_role_to_person: "to" | "under"
);
closed_class!(
    /// Ranks that are also everyday adjectives ("a major donor", "the general public"), so they
    /// are a title only when capitalised.
    is_adjective_rank: "major" | "general"
);

/// Words a role never starts with, trimmed off its front ("the mayor", "its finance minister",
/// "as his deputy", "whose leader").
/// "Its" goes too: the card cannot say whose, while "his wife" can.
pub fn never_opens_role(lower: &str) -> bool {
    is_article(lower) || matches!(lower, "and" | "of" | "its" | "as" | "whose")
}

// ==== end of the closed word classes of people and roles ========================================

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// A list's words as written in `data/`, its packed form and the predicate over it.
    type Case<'a> = (HashSet<&'a str>, &'a [u8], fn(&str) -> bool);

    /// The words of `data/` files as written there.
    fn listed<'a>(texts: &[&'a str]) -> HashSet<&'a str> {
        texts
            .iter()
            .flat_map(|text| text.lines())
            .filter(|line| !line.is_empty())
            .collect()
    }

    #[test]
    fn each_predicate_accepts_exactly_the_words_of_its_lists() {
        macro_rules! case {
            ($file:literal, $accepts:expr) => {
                (
                    listed(&[include_str!(concat!("../data/", $file, ".txt"))]),
                    packed!($file),
                    $accepts,
                )
            };
        }
        let cases: [Case; 6] = [
            case!("common-words", is_frequent_word),
            case!("name-like-words", is_name_like_word),
            case!("role-nouns", is_role_noun),
            case!("non-person-words", is_non_person_word),
            case!("sentence-starters", is_sentence_starter),
            (
                listed(&[
                    include_str!("../data/known-non-persons.txt"),
                    include_str!("../data/non-persons.txt"),
                ]),
                packed!("known-non-persons"),
                is_known_non_person,
            ),
        ];
        for (words, packed, accepts) in cases {
            let mut unpacked = Vec::new();
            unpack(packed, |word, _| {
                unpacked.push(String::from_utf8(word.to_vec()).expect("the lists are UTF-8"));
            });
            assert_eq!(unpacked.len(), words.len());
            assert!(unpacked.iter().all(|word| words.contains(word.as_str())));
            for word in &words {
                assert!(accepts(word), "{word:?} is listed");
                for near in near_misses(word) {
                    assert_eq!(accepts(&near), words.contains(near.as_str()), "{near:?}");
                }
            }
        }
    }

    /// Words next to `word` in the lists' order, which a search must tell from it: a letter more,
    /// a letter less, the last letter changed, and words below and above every list.
    fn near_misses(word: &str) -> Vec<String> {
        let mut chars = word.chars();
        chars.next_back();
        let shorter = chars.as_str();
        let mut near = vec![
            String::new(),
            "~".to_owned(),
            shorter.to_owned(),
            format!("{shorter}a"),
            format!("{shorter}z"),
            format!("{shorter}ÿ"),
        ];
        near.extend(["a", "m", "z", " "].map(|more| format!("{word}{more}")));
        near
    }

    #[test]
    fn given_names_keep_their_gender_and_the_later_file_wins() {
        let mut expected = HashMap::new();
        let files = [
            include_str!("../data/given-names.txt"),
            include_str!("../data/given-names-intl.txt"),
        ];
        let lines = files.iter().flat_map(|text| text.lines());
        for (name, tag) in lines.filter_map(|line| line.split_once(' ')) {
            let gender = match tag {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => Gender::Unknown,
            };
            expected.insert(name, gender);
        }
        let packed = [
            packed!("given-names-m"),
            packed!("given-names-f"),
            packed!("given-names-u"),
        ];
        let mut count = 0;
        for names in packed {
            unpack(names, |_, _| count += 1);
        }
        assert_eq!(count, expected.len());
        for (name, &gender) in &expected {
            assert_eq!(given_name(name), Some(gender), "{name:?}");
            for near in near_misses(name) {
                assert_eq!(given_name(&near), expected.get(near.as_str()).copied());
            }
        }
        assert_eq!(given_name("josé"), Some(Gender::Male));
        assert_eq!(given_name("jose"), Some(Gender::Male));
    }
}
