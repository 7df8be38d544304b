//! Word lists compiled into the binary. The two large lists live in `data/` (see the README for their
//! sources and licences); the small closed-class lists are written here by the whosaid authors.

use std::collections::{HashMap, HashSet};
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

fn given_names() -> &'static HashMap<&'static str, Gender> {
    static NAMES: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../data/given-names.txt")
            .lines()
            .filter_map(|line| {
                let (name, tag) = line.split_once(' ')?;
                let gender = match tag {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => Gender::Unknown,
                };
                Some((name, gender))
            })
            .collect()
    })
}

fn common_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| include_str!("../data/common-words.txt").lines().collect())
}

/// The gender a given name suggests, or `None` when the word is not a known given name.
/// `lower` must be lower-case.
pub fn given_name(lower: &str) -> Option<Gender> {
    given_names().get(lower).copied()
}

/// Whether `lower` is one of the few thousand most frequent English words (not counting given names).
pub fn is_common_word(lower: &str) -> bool {
    common_words().contains(lower)
}

/// Titles that stand before a name and are not part of it, with the gender they imply.
pub fn honorific(lower: &str) -> Option<Gender> {
    match lower.trim_end_matches('.') {
        "mr" | "sir" | "lord" | "mister" | "monsieur" | "herr" | "señor" | "senor" | "signor" => {
            Some(Gender::Male)
        }
        "mrs" | "ms" | "miss" | "dame" | "lady" | "madam" | "madame" | "mme" | "frau" | "señora"
        | "senora" | "signora" => Some(Gender::Female),
        "dr" | "prof" | "mx" | "rev" | "fr" => Some(Gender::Unknown),
        _ => None,
    }
}

const ROLE_NOUNS: &[&str] = &[
    "actor", "actress", "activist", "adviser", "advisor", "administrator", "aide", "ambassador",
    "analyst", "anchor", "archbishop", "architect", "artist", "assistant", "astronaut", "athlete",
    "attorney", "author", "banker", "barrister", "bishop", "boss", "brother", "businessman",
    "businesswoman", "campaigner", "candidate", "captain", "cardinal", "ceo", "cfo", "chair",
    "chairman", "chairperson", "chairwoman", "champion", "chancellor", "chef", "chief", "child",
    "coach", "coauthor", "co-author", "co-founder", "cofounder", "colonel", "columnist",
    "commander", "commentator", "commissioner", "composer", "congressman", "congresswoman",
    "consultant", "correspondent", "councillor", "councilman", "councilor", "councilwoman",
    "counsel", "curator", "daughter", "dean", "defector", "defender", "delegate", "deputy",
    "designer", "detective", "diplomat", "director", "doctor", "economist", "editor", "emperor",
    "employee", "engineer", "entrepreneur", "envoy", "executive", "expert", "father", "founder",
    "forward", "general", "girlfriend", "boyfriend", "goalkeeper", "governor", "grandfather",
    "grandmother", "head", "historian", "homeopath", "host", "husband", "imam", "inspector",
    "instructor", "investigator", "investor", "journalist", "judge", "justice", "king", "lawmaker",
    "lawyer", "leader", "lecturer", "legislator", "lieutenant", "major", "manager", "mayor",
    "member", "midfielder", "minister", "mother", "mp", "musician", "negotiator", "novelist",
    "nurse", "officer", "official", "owner", "partner", "pastor", "photographer", "physician",
    "physicist", "pilot", "player", "poet", "police", "politician", "pope", "premier",
    "president", "president-elect", "priest", "prime", "prince", "princess", "principal",
    "producer", "professor", "prosecutor", "psychologist", "publisher", "queen", "rabbi",
    "referee", "representative", "researcher", "reporter", "ruler", "scientist", "secretary",
    "senator", "sergeant", "sheriff", "singer", "singer-songwriter", "sister", "son", "speaker",
    "specialist", "spokesman", "spokesperson", "spokeswoman", "strategist", "striker", "student",
    "superintendent", "surgeon", "teacher", "treasurer", "trustee", "undersecretary", "veteran",
    "vice-president", "wife", "widow", "winger", "worker", "writer", "campaigner", "organiser",
    "organizer", "developer", "inventor", "teammate", "manager", "major", "photographers",
    "publishers", "athletes", "musicians", "owner", "founder", "fellow", "rapper", "comedian",
    "filmmaker", "director-general", "secretary-general", "counsellor", "attaché", "consul",
];

/// Nouns that head a role phrase ("spokesman", "chief executive", "Prime Minister").
pub fn is_role_noun(lower: &str) -> bool {
    ROLE_NOUNS.contains(&lower)
}

/// The gender a role noun implies ("spokeswoman", "wife"), if any.
pub fn role_gender(lower: &str) -> Gender {
    match lower {
        "actress" | "chairwoman" | "congresswoman" | "councilwoman" | "businesswoman" | "daughter"
        | "girlfriend" | "grandmother" | "mother" | "princess" | "queen" | "sister"
        | "spokeswoman" | "wife" | "widow" => Gender::Female,
        "actor" | "businessman" | "chairman" | "congressman" | "councilman" | "father"
        | "boyfriend" | "grandfather" | "husband" | "king" | "prince" | "son" | "spokesman"
        | "brother" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// Capitalised words that, inside a run of capitalised words, mark an organisation, place, event
/// or work rather than a person ("Ford Motor", "Lincoln Center", "World Cup").
pub fn is_non_person_word(lower: &str) -> bool {
    matches!(
        lower,
        "academy" | "act" | "agency" | "airlines" | "airport" | "alliance" | "association" | "authority"
            | "avenue" | "award" | "awards" | "bank" | "bay" | "boulevard" | "bridge" | "building"
            | "bureau" | "cabinet" | "campus" | "cathedral" | "center" | "centre" | "chamber"
            | "channel" | "church" | "city" | "club" | "coalition" | "college" | "commission"
            | "committee" | "company" | "conference" | "congress" | "corp" | "corporation"
            | "council" | "county" | "court" | "cup" | "department" | "district" | "embassy"
            | "festival" | "forum" | "foundation" | "fund" | "gallery" | "games" | "government"
            | "group" | "hall" | "high" | "highway" | "hospital" | "hotel" | "house" | "inc"
            | "institute" | "island" | "islands" | "journal" | "kingdom" | "lake" | "league"
            | "library" | "limited" | "ltd" | "magazine" | "mall" | "ministry" | "motor"
            | "motors" | "mount" | "mountain" | "movement" | "museum" | "news" | "network"
            | "office" | "organisation" | "organization" | "palace" | "park" | "parliament"
            | "party" | "plaza" | "police" | "port" | "post" | "press" | "program" | "programme"
            | "project" | "province" | "railway" | "region" | "republic" | "river" | "road"
            | "school" | "senate" | "service" | "society" | "square" | "stadium" | "state"
            | "states" | "station" | "street" | "studio" | "studios" | "system" | "team"
            | "television" | "times" | "tower" | "treaty" | "tribunal" | "trust" | "union"
            | "university" | "valley" | "war" | "ltd." | "inc." | "co" | "co." | "llc" | "plc"
            | "fc" | "tv" | "radio" | "airways" | "army" | "navy" | "force" | "guard" | "unit"
            | "agency's" | "prize" | "olympics" | "championship" | "tournament" | "summit"
            | "day" | "week" | "exhibition" | "collection" | "legacy" | "initiative"
            | "review" | "herald" | "post's" | "gazette" | "tribune" | "telegraph" | "guardian"
            | "observer" | "daily" | "weekly" | "online" | "enterprises" | "holdings"
            | "industries" | "technologies" | "labs" | "laboratory" | "systems" | "solutions"
            | "capital" | "partners" | "records" | "pictures" | "entertainment" | "media"
            | "shuttle" | "space" | "flight" | "airbase" | "base" | "prison" | "jail" | "zoo"
            | "beach" | "coast" | "desert" | "forest" | "ocean" | "sea" | "strait" | "gulf"
            | "peninsula" | "mountains" | "hills" | "falls" | "heights" | "village" | "town"
            | "township" | "borough" | "territory" | "territories" | "federation" | "empire"
            | "dynasty" | "revolution" | "crisis" | "accord" | "accords" | "plan" | "bill"
            | "doctrine" | "index" | "exchange" | "market" | "stock" | "soup" | "cans"
    )
}

/// Proper names of places, outlets and bodies that can stand alone and look like people's names
/// ("Victoria", "Bloomberg", "Paris"). Folded to lower case.
pub fn is_known_non_person(lower: &str) -> bool {
    matches!(
        lower,
        "afghanistan" | "africa" | "alabama" | "alaska" | "albania" | "algeria" | "america"
            | "amsterdam" | "ankara" | "argentina" | "arizona" | "arkansas" | "armenia" | "asia"
            | "athens" | "atlanta" | "australia" | "austria" | "azerbaijan" | "baghdad"
            | "bahrain" | "bangladesh" | "beijing" | "beirut" | "belarus" | "belgium" | "berlin"
            | "bolivia" | "bosnia" | "boston" | "brazil" | "brussels" | "bulgaria" | "cairo"
            | "california" | "cambodia" | "cameroon" | "canada" | "chad" | "chicago" | "chile"
            | "china" | "colombia" | "colorado" | "congo" | "connecticut" | "croatia" | "cuba"
            | "cyprus" | "dakota" | "dallas" | "damascus" | "delaware" | "delhi" | "denmark"
            | "detroit" | "dubai" | "dublin" | "ecuador" | "egypt" | "england" | "estonia"
            | "ethiopia" | "europe" | "finland" | "florida" | "france" | "gaza" | "geneva"
            | "georgia" | "germany" | "ghana" | "greece" | "guatemala" | "haiti" | "hawaii"
            | "helsinki" | "honduras" | "houston" | "hungary" | "iceland" | "idaho" | "illinois"
            | "india" | "indiana" | "indonesia" | "iowa" | "iran" | "iraq" | "ireland" | "israel"
            | "istanbul" | "italy" | "jakarta" | "jamaica" | "japan" | "jerusalem" | "jordan"
            | "kabul" | "kansas" | "kazakhstan" | "kentucky" | "kenya" | "kiev" | "kyiv"
            | "korea" | "kosovo" | "kremlin" | "kuwait" | "lagos" | "laos" | "latvia" | "lebanon"
            | "libya" | "lisbon" | "lithuania" | "london" | "louisiana" | "madrid" | "maine"
            | "malaysia" | "mali" | "malta" | "manila" | "maryland" | "massachusetts" | "mexico"
            | "miami" | "michigan" | "minnesota" | "mississippi" | "missouri" | "moldova"
            | "mongolia" | "montana" | "morocco" | "moscow" | "mumbai" | "myanmar" | "nairobi"
            | "nebraska" | "nepal" | "netherlands" | "nevada" | "nicaragua" | "niger"
            | "nigeria" | "norway" | "ohio" | "oklahoma" | "oman" | "ontario" | "oregon"
            | "oslo" | "ottawa" | "pakistan" | "palestine" | "panama" | "paraguay" | "paris"
            | "pennsylvania" | "peru" | "philippines" | "poland" | "portugal" | "prague"
            | "qatar" | "quebec" | "riyadh" | "romania" | "rome" | "russia" | "rwanda"
            | "scotland" | "senegal" | "seoul" | "serbia" | "shanghai" | "singapore"
            | "slovakia" | "slovenia" | "somalia" | "spain" | "stockholm" | "sudan" | "sweden"
            | "switzerland" | "sydney" | "syria" | "taipei" | "taiwan" | "tehran" | "tennessee"
            | "texas" | "thailand" | "tokyo" | "toronto" | "tunisia" | "turkey" | "uganda"
            | "ukraine" | "uruguay" | "utah" | "venezuela" | "vermont" | "victoria" | "vienna"
            | "vietnam" | "virginia" | "wales" | "warsaw" | "washington" | "wisconsin"
            | "wyoming" | "yemen" | "zambia" | "zimbabwe" | "melbourne" | "brisbane" | "perth"
            | "adelaide" | "auckland" | "wellington" | "vancouver" | "montreal" | "hollywood"
            | "manhattan" | "brooklyn" | "queens" | "bronx" | "westminster" | "whitehall"
            | "downing" | "pentagon" | "vatican" | "nato" | "reuters" | "bloomberg" | "tass"
            | "interfax" | "xinhua" | "bbc" | "cnn" | "nbc" | "cbs" | "abc" | "fox" | "afp"
            | "ap" | "npr" | "pbs" | "msnbc" | "politico" | "axios" | "facebook" | "google"
            | "twitter" | "instagram" | "youtube" | "tiktok" | "apple" | "microsoft" | "amazon"
            | "tesla" | "netflix" | "disney" | "boeing" | "airbus" | "toyota" | "ford"
            | "nasa" | "fifa" | "uefa" | "ioc" | "un" | "eu" | "who" | "imf" | "opec"
            | "labour" | "tory" | "tories" | "conservatives" | "democrats" | "republicans"
            | "hamas" | "hezbollah" | "taliban" | "wikinews" | "wikipedia" | "instituto"
            | "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday"
            | "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august"
            | "september" | "october" | "november" | "december" | "christmas" | "easter"
            | "islam" | "christianity" | "god" | "allah" | "jesus" | "scientology" | "novosti"
            | "ria" | "rossiya" | "itar" | "kommersant" | "izvestia" | "pravda" | "aljazeera"
            | "jazeera" | "al-jazeera" | "sky" | "itv" | "dw" | "euronews" | "yonhap" | "kyodo"
            | "ansa" | "efe" | "dpa" | "pti" | "huffington" | "herald" | "enterprise"
            | "discovery" | "endeavour" | "endeavor" | "atlantis" | "columbia" | "challenger"
            | "polaroid" | "zeitgeist" | "internet" | "web" | "covid" | "covid-19"
    )
}

/// Words that can open a sentence in capitals and are never part of a name.
pub fn is_sentence_starter(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an" | "the" | "this" | "that" | "these" | "those" | "in" | "on" | "at" | "for"
            | "by" | "with" | "from" | "after" | "before" | "but" | "and" | "or" | "so" | "yet"
            | "if" | "when" | "while" | "as" | "although" | "though" | "because" | "since"
            | "meanwhile" | "later" | "earlier" | "however" | "also" | "still" | "then" | "now"
            | "today" | "yesterday" | "initially" | "finally" | "instead" | "according" | "he"
            | "she" | "they" | "we" | "i" | "it" | "his" | "her" | "their" | "our" | "my" | "its"
            | "there" | "here" | "what" | "who" | "why" | "how" | "where" | "which" | "all"
            | "some" | "many" | "most" | "both" | "each" | "every" | "no" | "not" | "one" | "two"
            | "asked" | "says" | "said" | "speaking" | "last" | "next" | "during" | "despite"
            | "under" | "over" | "about" | "until" | "unlike" | "like" | "once" | "even"
            | "only" | "just" | "dear" | "thanks" | "thank" | "hello" | "yes" | "oh" | "well"
            | "president" | "minister" | "prime" | "senator" | "governor" | "mayor"
            | "chancellor" | "secretary" | "general" | "judge" | "justice" | "king" | "queen"
            | "prince" | "princess" | "pope" | "chief" | "ambassador" | "professor"
            | "administrator" | "director" | "captain" | "coach" | "officer" | "sheriff"
            | "detective" | "inspector" | "sergeant" | "colonel" | "lieutenant" | "commander"
            | "spokesman" | "spokeswoman" | "spokesperson" | "premier" | "emperor" | "saint"
            | "st" | "st." | "former" | "vice" | "deputy" | "acting" | "interim"
            | "senior" | "junior" | "shadow" | "foreign" | "home" | "interior" | "defence"
            | "defense" | "finance" | "health" | "education" | "environment" | "justice's"
            | "ex" | "late" | "new" | "rep" | "rep." | "sen" | "sen." | "gov" | "gov." | "gen"
            | "gen." | "lt" | "col" | "sgt" | "capt" | "cpt" | "insp" | "supt" | "pres"
            | "archbishop" | "bishop" | "cardinal" | "rabbi" | "imam" | "sheikh" | "ayatollah"
            | "photo" | "image" | "credit" | "source" | "sources" | "via" | "editor"
            | "reporter" | "advertisement" | "share" | "donate" | "subscribe" | "read" | "watch"
            | "listen" | "click" | "follow" | "sign" | "related" | "more" | "see" | "q" | "a:"
            | "mr" | "mrs" | "ms" | "dr" | "prof"
    )
}

/// Lower-case particles inside names ("von der Leyen", "da Silva", "bin Salman").
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "von" | "van" | "der" | "den" | "de" | "del" | "della" | "di" | "da" | "das" | "dos"
            | "du" | "la" | "le" | "bin" | "ibn" | "al" | "el" | "ter" | "ten" | "zu" | "af"
            | "y" | "binti" | "bint" | "abu" | "ould" | "mac"
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
}

/// Reporting verbs (inflected forms), with how each introduces its content.
pub fn reporting_verb(lower: &str) -> Option<VerbFrame> {
    use VerbFrame::*;
    let frame = match lower {
        "say" | "says" | "said" | "saying" | "add" | "adds" | "added" | "adding" | "state"
        | "states" | "stated" | "stating" | "note" | "notes" | "noted" | "noting" | "explain"
        | "explains" | "explained" | "explaining" | "stress" | "stresses" | "stressed"
        | "stressing" | "argue" | "argues" | "argued" | "arguing" | "claim" | "claims"
        | "claimed" | "claiming" | "warn" | "warns" | "warned" | "warning" | "insist"
        | "insists" | "insisted" | "insisting" | "announce" | "announces" | "announced"
        | "announcing" | "believe" | "believes" | "believed" | "think" | "thinks" | "thought"
        | "feel" | "feels" | "felt" | "suggest" | "suggests" | "suggested" | "suggesting"
        | "acknowledge" | "acknowledges" | "acknowledged" | "admit" | "admits" | "admitted"
        | "admitting" | "concede" | "concedes" | "conceded" | "confirm" | "confirms"
        | "confirmed" | "confirming" | "estimate" | "estimates" | "estimated" | "predict"
        | "predicts" | "predicted" | "promise" | "promises" | "promised" | "vow" | "vows"
        | "vowed" | "pledge" | "pledges" | "pledged" | "assert" | "asserts" | "asserted"
        | "maintain" | "maintains" | "maintained" | "contend" | "contends" | "contended"
        | "emphasize" | "emphasizes" | "emphasized" | "emphasise" | "emphasises"
        | "emphasised" | "recall" | "recalls" | "recalled" | "reveal" | "reveals"
        | "revealed" | "disclose" | "discloses" | "disclosed" | "write" | "writes" | "wrote"
        | "tweet" | "tweets" | "tweeted" | "post" | "posted" | "comment" | "comments"
        | "commented" | "remark" | "remarks" | "remarked" | "observe" | "observes"
        | "observed" | "complain" | "complains" | "complained" | "allege" | "alleges"
        | "alleged" | "hope" | "hopes" | "hoped" | "agree" | "agrees" | "agreed" | "declare"
        | "declares" | "declared" | "indicate" | "indicates" | "indicated" | "mention"
        | "mentions" | "mentioned" | "conclude" | "concludes" | "concluded" | "reply"
        | "replies" | "replied" | "respond" | "responds" | "responded" | "answer" | "answered"
        | "report" | "reports" | "reported" | "testify" | "testified" | "recount" | "recounted"
        | "continue" | "continued" | "continues" | "worry" | "worries" | "worried" | "fear"
        | "fears" | "feared" | "acknowledging" | "affirm" | "affirmed" | "reiterate"
        | "reiterated" | "reiterates" | "counter" | "countered" | "caution" | "cautioned"
        | "boast" | "boasted" | "speculate" | "speculated" | "concur" | "signal" | "signaled"
        | "signalled" | "hint" | "hinted" | "joke" | "joked" | "quip" | "quipped" 
        | "promising" | "wonder" | "wondered" | "ask" | "asks" | "asked" | "asking" | "demand"
        | "demanded" | "demands" => Clause,
        "tell" | "tells" | "told" | "telling" | "assure" | "assured" | "remind" | "reminded"
        | "inform" | "informed" | "advise" | "advised" | "convince" | "convinced" => {
            Addressee
        }
        "urge" | "urges" | "urged" | "urging" | "call" | "calls" | "called" | "calling"
        | "describe" | "describes" | "described" | "describing" | "label" | "labelled"
        | "labeled" | "dismiss" | "dismissed" | "dismisses" | "invite" | "invited" | "praise"
        | "praised" | "criticise" | "criticised" | "criticize" | "criticized" | "blame"
        | "blamed" | "accuse" | "accused" | "welcome" | "welcomed" | "recommend"
        | "recommended" | "propose" | "proposed" | "encourage" | "encouraged" => Object,
        "deny" | "denies" | "denied" | "denying" | "reject" | "rejects" | "rejected"
        | "rejecting" | "dispute" | "disputed" | "disputes" => KeepVerb,
        _ => return None,
    };
    Some(frame)
}

/// Reporting verbs that also have everyday senses ("continued", "thinks", "reported"), so they
/// introduce reported speech only with "that" or a clause that has a finite verb.
pub fn needs_that(lower: &str) -> bool {
    matches!(
        lower,
        "continue" | "continued" | "continues" | "think" | "thinks" | "thought" | "feel" | "feels"
            | "felt" | "hope" | "hopes" | "hoped" | "worry" | "worries" | "worried" | "fear"
            | "fears" | "feared" | "agree" | "agrees" | "agreed" | "write" | "writes" | "wrote"
            | "post" | "posted" | "comment" | "comments" | "commented" | "ask" | "asks"
            | "asked" | "asking" | "answer" | "answered" | "reply" | "replies" | "replied"
            | "respond" | "responds" | "responded" | "observe" | "observes" | "observed"
            | "signal" | "signaled" | "signalled" | "mention" | "mentions" | "mentioned"
            | "demand" | "demanded" | "demands" | "wonder" | "wondered" | "recall" | "recalls"
            | "recalled" | "maintain" | "maintains" | "maintained" | "state" | "states"
            | "promise" | "promises" | "promised" | "note" | "notes" | "noted" | "noting" | "tweet"
            | "tweets" | "tweeted" | "concede" | "concedes" | "conceded" | "report" | "reports"
            | "reported" | "confirm" | "confirms" | "confirmed" | "confirming" | "reveal"
            | "reveals" | "revealed" | "disclose" | "discloses" | "disclosed" | "announce"
            | "announces" | "announced" | "announcing" | "estimate" | "estimates" | "estimated"
            | "predict" | "predicts" | "predicted" | "accept"
    )
}

/// Whether the words up to the first comma hold a finite verb form that a clause needs ("the
/// findings show pollution reduction is important", not "the touches of the Factory").
pub fn has_auxiliary(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let w = w.to_lowercase();
        w.ends_with("n't") || w.ends_with("n’t") || matches!(
            w.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "will" | "would" | "can" | "could"
                | "should" | "may" | "might" | "must" | "shall" | "has" | "have" | "had" | "does"
                | "do" | "did" | "cannot" | "'s" | "’s" | "'re" | "’re" | "'ll" | "’ll"
        )
    })
}
