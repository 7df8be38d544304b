//! Page furniture by the shape of its text: bylines, credits, contributor and production lines,
//! contact lines and promos. A paragraph of this shape names staff or other stories, not the
//! article's people, so the name finder skips it; the widget also drops such blocks of a page.

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
}
