//! What on a news page is not article text, and what only mentions people the article is about.
//! No DOM here: the selectors are text, the rules read text, so `cargo test` checks them natively.
//!
//! Furniture (bylines, credits, related-story and promo boxes, newsletters, ads) is left out of the
//! analysis. Headlines, decks and captions are not analysed either, but their mentions of people
//! the body found are marked: a headline may name a person, never create one.

use crate::{Person, Span};

/// Elements that are page furniture by their markup: schema.org authorship, `rel=author`, asides
/// and complementary regions, forms, and the class, id and test-id words news sites use for
/// bylines, credits, related stories, promos, newsletters, sharing and ads.
pub const FURNITURE_SELECTOR: &str = concat!(
    "[itemprop~=author], [itemprop~=creator], [itemprop~=contributor], [itemprop~=copyrightHolder], ",
    "[itemprop~=publisher], [rel~=author], address, aside, nav, form, button, [role=complementary], ",
    "[role=navigation], [aria-hidden=true], [data-whosaid-skip], ",
    ".ad, .ads, [class^=ad-], [class*=' ad-'], [class*=-ad-], [class$=-ad], [id^=ad-], ",
    "[class*=byline i], [class*=author i], [class*=credit i], [class*=contributor i], ",
    "[class*=related i], [class*=promo i], [class*=newsletter i], [class*=signup i], ",
    "[class*=subscribe i], [class*=share i], [class*=social i], [class*=recirc i], ",
    "[class*=advert i], [class*=sponsor i], [class*=outbrain i], [class*=taboola i], ",
    "[class*=breadcrumb i], [class*=pullquote i], [class*=pull-quote i], [class*=most-read i], ",
    "[id*=byline i], [id*=related i], [id*=promo i], [id*=newsletter i], [id*=advert i], ",
    "[data-testid*=byline i], [data-testid*=credit i], [data-testid*=author i], ",
    "[data-testid*=related i], [data-testid*=promo i], [data-component*=byline i], ",
    "[data-component*=related i], [data-component*=promo i], [data-component*=newsletter i], ",
    "[data-component*=links i], [data-component*=topic i], [data-component*=tag-list i], ",
    "[data-qa*=author i], [data-qa*=byline i], [data-qa*=credit i], [data-link-name*=byline i]",
);

/// Elements whose text names people but must not create them: the headline and deck, the
/// article's header and image captions.
pub const HEADLINE_SELECTOR: &str = concat!(
    "h1, header, hgroup, figcaption, [itemprop~=headline], [itemprop~=alternativeHeadline], ",
    "[itemprop~=description], [class*=headline i], [class*=standfirst i], [class*=kicker i], ",
    "[class*=caption i], [class~=dek], [class*=-dek], [class*=deck i], [data-testid*=headline i], ",
    "[data-component*=headline i], [data-component*=standfirst i]",
);

/// Blocks longer than this are article prose, whatever they start with.
pub const FURNITURE_MAX_CHARS: usize = 320;
/// Bylines are short.
const BYLINE_MAX_CHARS: usize = 120;

/// Openings of a credit line.
const CREDIT_OPENINGS: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "photography:",
    "photo by ",
    "photograph by ",
    "photo credit",
    "image:",
    "images:",
    "image source",
    "picture:",
    "illustration:",
    "video:",
    "graphic:",
    "credit:",
    "credits:",
    "credit...",
    "credit\u{2026}",
    "(photo",
    "[photo",
];

/// Picture agencies, which end a credit ("Jane Doe/Reuters").
const AGENCIES: &[&str] = &[
    "getty images",
    "reuters",
    "ap",
    "afp",
    "epa",
    "shutterstock",
    "alamy",
    "pa",
    "pa wire",
    "bloomberg",
    "associated press",
];

/// Phrases of a contributor or production line ("Heba Habib contributed reporting.").
const CONTRIBUTOR_PHRASES: &[&str] = &[
    "contributed reporting",
    "contributed to this report",
    "contributed to this article",
    "contributed research",
    "contributed additional reporting",
];

/// Openings of a production line ("Reporting by X; Editing by Y").
const PRODUCTION_OPENINGS: &[&str] = &[
    "reporting by ",
    "additional reporting by ",
    "editing by ",
    "edited by ",
    "writing by ",
    "compiled by ",
    "(reporting by ",
];

/// Openings of promos and site boilerplate.
const PROMO_OPENINGS: &[&str] = &[
    "read more",
    "related:",
    "related coverage",
    "related stories",
    "see also",
    "more:",
    "more on this story",
    "sign up",
    "subscribe",
    "listen to this article",
    "advertisement",
    "most read",
    "recommended",
    "watch:",
    "read next",
    "share this",
    "click here",
];

/// Openings of a byline.
const BYLINE_OPENINGS: &[&str] = &[
    "by ",
    "written by ",
    "words by ",
    "text by ",
    "story by ",
    "posted by ",
    "reported by ",
];

/// Whether a short block of text is furniture by its shape: a byline, a credit, a contributor or
/// production line, a contact line with an e-mail address, or a promo.
pub fn is_furniture_text(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > FURNITURE_MAX_CHARS {
        return false;
    }
    let lower = crate::case::lowercase(text);
    is_byline(text, &lower)
        || is_credit(text)
        || CONTRIBUTOR_PHRASES.iter().any(|p| lower.contains(p))
        || PRODUCTION_OPENINGS.iter().any(|p| lower.starts_with(p))
        || has_email_address(text)
        || PROMO_OPENINGS.iter().any(|p| lower.starts_with(p))
}

/// "By Jane Doe and John Roe, Reuters": "By" and a capitalised word, short, and not a sentence
/// ("By Tuesday the talks had collapsed." ends like one).
fn is_byline(text: &str, lower: &str) -> bool {
    let Some(rest) = BYLINE_OPENINGS
        .iter()
        .find_map(|opening| {
            lower
                .starts_with(opening)
                .then(|| text.get(opening.len()..))
        })
        .flatten()
    else {
        return false;
    };
    let names_follow = rest.trim_start().starts_with(char::is_uppercase);
    let ends_like_a_sentence = text.ends_with(['.', '!', '?', '"', '\u{201d}']);
    names_follow && text.chars().count() <= BYLINE_MAX_CHARS && !ends_like_a_sentence
}

/// A credit: "Photo: Jane Doe", "Credit...", or a name ending in a picture agency ("Hal Ng/Reuters",
/// but not a caption sentence that ends with one).
pub fn is_credit(text: &str) -> bool {
    let text = text.trim();
    let lower = crate::case::lowercase(text);
    if CREDIT_OPENINGS.iter().any(|o| lower.starts_with(o)) {
        return true;
    }
    let short = text.chars().count() <= BYLINE_MAX_CHARS && !text.contains(". ");
    let ends_with_agency = AGENCIES.iter().any(|agency| {
        ["/", " via ", " for "]
            .iter()
            .any(|joint| lower.ends_with(&format!("{joint}{agency}")))
    });
    short && ends_with_agency
}

fn has_email_address(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty() && domain.contains('.') && !domain.ends_with('.')
        })
    })
}

/// A headline's text without soft hyphens, which split a word ("Pes\u{ad}kov"), so the forms the
/// core found can be matched in it, with the way back to the headline's offsets.
struct HeadlineText {
    /// The text without soft hyphens.
    text: String,
    /// UTF-16 offsets, in `text`, where a soft hyphen was taken out (one entry each).
    removed: Vec<usize>,
}

impl HeadlineText {
    /// Takes the soft hyphens out of `text`.
    fn new(text: &str) -> HeadlineText {
        let mut clean = String::with_capacity(text.len());
        let mut removed = Vec::new();
        let mut units = 0;
        for c in text.chars() {
            if c == '\u{ad}' {
                removed.push(units);
            } else {
                clean.push(c);
                units += c.len_utf16();
            }
        }
        HeadlineText {
            text: clean,
            removed,
        }
    }

    /// The offset in the original text of offset `at` in the clean text. An end offset maps past
    /// the soft hyphens before it, so a span keeps its last character.
    fn original(&self, at: usize) -> usize {
        at + self.removed.partition_point(|&r| r < at)
    }

    fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let start = at_or_after(&self.removed, start) + start;
        (start, self.original(end))
    }
}

/// How many removed positions lie strictly before `at`, so a span starting right after a soft
/// hyphen starts after it too.
fn at_or_after(removed: &[usize], at: usize) -> usize {
    removed.partition_point(|&r| r <= at)
}

/// Adds to each person the mentions of them in `text` (a headline, deck or caption, which starts
/// at UTF-16 offset `offset` of the article text): every whole-word occurrence of a form the body
/// named them by, longest forms first, never overlapping. People are never added.
pub fn mark_known_mentions(people: &mut [Person], text: &str, offset: usize) {
    let clean = HeadlineText::new(text);
    let mut forms: Vec<(String, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(index, person)| {
            person
                .mentions
                .iter()
                .map(|m| m.text.replace('\u{ad}', ""))
                .chain([person.name.clone()])
                .map(move |form| (form, index))
        })
        .filter(|(form, _)| form.chars().any(char::is_uppercase))
        .collect();
    forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
    forms.dedup_by(|a, b| a.0 == b.0);
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (form, person) in forms {
        for (byte, _) in clean.text.match_indices(form.as_str()) {
            let end = byte + form.len();
            let free = taken.iter().all(|&(s, e)| end <= s || byte >= e);
            if free && is_whole_word(&clean.text, byte, end) {
                taken.push((byte, end));
                let start = utf16_len(&clean.text[..byte]);
                let span = clean.span(start, start + utf16_len(&form));
                people[person].mentions.push(Span {
                    start: offset + span.0,
                    end: offset + span.1,
                    text: form.clone(),
                });
            }
        }
    }
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_are_furniture_and_sentences_opening_with_by_are_not() {
        assert!(is_furniture_text(
            "By Northwind Post staff · Updated November 27"
        ));
        assert!(is_furniture_text("By JANE DOE and RAJ PATEL, Reuters"));
        assert!(is_furniture_text("Written by Ama Owusu"));
        assert!(is_furniture_text("Posted by Wendell Okonjo, live reporter"));
        assert!(!is_furniture_text("By Tuesday the talks had collapsed."));
        assert!(!is_furniture_text("by the end of the week"));
    }

    #[test]
    fn credits_contributor_and_production_lines_are_furniture() {
        assert!(is_furniture_text("Photo: Lena Marsh"));
        assert!(is_furniture_text("Photograph: Tom Reyes/Getty Images"));
        assert!(is_furniture_text("Credit...Ola Berg for The Daily Ledger"));
        assert!(is_furniture_text("Hal Ng/Reuters"));
        assert!(is_credit("Image source, Getty Images"));
        assert!(!is_credit(
            "Commuters at a terminus. Pemberton said so. Photograph: Nadia Olsen/Reuters"
        ));
        assert!(is_furniture_text("Heba Saleh contributed reporting."));
        assert!(is_furniture_text(
            "Mark Toller contributed reporting from Lagos."
        ));
        assert!(is_furniture_text(
            "Reporting by Ana Cruz; Editing by Bo Lind"
        ));
        assert!(is_furniture_text(
            "Contact Jo Park at jpark@example.com or 555-0100."
        ));
        assert!(is_furniture_text("READ MORE: Minister quits over leak"));
    }

    #[test]
    fn article_prose_is_not_furniture() {
        assert!(!is_furniture_text(
            "\u{201c}We will keep talking,\u{201d} Peskov told reporters."
        ));
        assert!(!is_furniture_text(
            "The minister said the photo was taken in May."
        ));
        assert!(!is_furniture_text(&"Long prose. ".repeat(40)));
    }

    fn person(name: &str, forms: &[(&str, usize)]) -> Person {
        Person {
            id: name.to_lowercase().replace(' ', "-"),
            name: name.into(),
            role: None,
            mentions: forms
                .iter()
                .map(|(text, start)| Span {
                    start: *start,
                    end: start + text.len(),
                    text: (*text).into(),
                })
                .collect(),
            quotes: vec![],
        }
    }

    #[test]
    fn a_headline_marks_people_the_body_found_and_nobody_else() {
        let mut people = vec![person(
            "Dmitry Peskov",
            &[("Dmitry Peskov", 0), ("Peskov", 40)],
        )];
        mark_known_mentions(
            &mut people,
            "Peskov downplays Witkoff leak; Peskovich unmoved",
            100,
        );
        let added: Vec<(usize, usize)> = people[0].mentions[2..]
            .iter()
            .map(|m| (m.start, m.end))
            .collect();
        assert_eq!(added, [(100, 106)]);
        assert_eq!(people.len(), 1);
    }

    #[test]
    fn soft_hyphens_in_a_headline_keep_the_headline_offsets() {
        let headline = HeadlineText::new("Dmitry Pes\u{ad}kov said");
        assert_eq!(headline.text, "Dmitry Peskov said");
        let mut people = vec![person("Dmitry Peskov", &[("Peskov", 7)])];
        mark_known_mentions(&mut people, "Pes\u{ad}kov speaks", 50);
        let mention = &people[0].mentions[1];
        assert_eq!((mention.start, mention.end), (50, 57));
    }
}
