//! What on a news page is not article text, and what only mentions people the article is about.
//! No DOM here: the selectors are text, the rules read text, so `cargo test` checks them natively.
//!
//! Furniture (bylines, credits, related-story and promo boxes, newsletters, ads) is left out of the
//! analysis: by its markup here, by its text's shape in the core (`crate::furniture`). Headlines, decks and captions are not analysed either, but their mentions of people
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
    crate::order::sort_by(&mut forms, |a, b| {
        b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b))
    });
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
