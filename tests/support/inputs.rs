//! Hostile inputs, built the same way for the robustness tests and the scaling benchmark
//! (`benches/scaling.rs`). Every builder takes a size in bytes, so the cost of one shape can be
//! compared across sizes.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A plain attribution that any reader finds; hostile inputs wrap it to show it survives them.
pub const LOPEZ_SAID: &str = "Later, Maria Lopez said the vote would go ahead.";
/// What [`LOPEZ_SAID`] reports, as the schema cuts it.
pub const LOPEZ_CLAIM: &str = "the vote would go ahead";
/// A second attribution, for inputs that need one on each side of the hostile part.
pub const SMITH_SAID: &str = "John Smith told reporters the plan was dead.";

/// Builds one hostile text of about the given number of bytes.
pub type Builder = fn(usize) -> String;

/// Every hostile shape, by name: what the linear-cost test and the benchmark both run.
pub const SHAPES: &[(&str, Builder)] = &[
    ("dev articles", articles),
    ("one paragraph", one_paragraph),
    ("one giant token", giant_token),
    ("capitalised names", capitalised_names),
    ("speech verbs", speech_verbs),
    ("one run-on sentence", run_on_sentence),
    ("unclosed quotes", unclosed_quotes),
    ("unbalanced quotes", unbalanced_quotes),
    ("mismatched quotes", mismatched_quotes),
    ("nested quotes", nested_quotes),
    ("RTL, emoji, zero-width", mixed_scripts),
    ("CRLF line ends", crlf_articles),
    ("NUL characters", nul_articles),
    ("X said storm", said_storm),
    ("one name repeated", one_name_repeated),
];

/// Where the real dev articles live: `shared/` beside the crate, as on every machine and in CI.
pub fn articles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/articles")
}

/// The dev articles' texts, in path order. Panics when they are missing: a robustness run that
/// quietly skipped the real articles would prove nothing.
pub fn dev_articles() -> &'static [String] {
    static ARTICLES: OnceLock<Vec<String>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        let dir = articles_dir();
        let mut paths = Vec::new();
        collect_texts(&dir, &mut paths);
        assert!(!paths.is_empty(), "no .txt article under {}", dir.display());
        paths.sort();
        paths
            .iter()
            .map(|path| {
                fs::read_to_string(path)
                    .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
            })
            .collect()
    })
}

fn collect_texts(dir: &Path, paths: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|error| {
        panic!(
            "the dev articles must be in {} (shared/ beside the crate): {error}",
            dir.display()
        )
    });
    for entry in entries {
        let path = entry.expect("a readable directory entry").path();
        if path.is_dir() {
            collect_texts(&path, paths);
        } else if path.extension().is_some_and(|extension| extension == "txt") {
            paths.push(path);
        }
    }
}

/// The dev articles one after another, repeated and cut to `bytes`.
pub fn articles(bytes: usize) -> String {
    repeat_to(bytes, |text| {
        for article in dev_articles() {
            text.push_str(article);
            text.push_str("\n\n");
        }
    })
}

/// The dev articles with every line break turned into a space: one endless paragraph.
pub fn one_paragraph(bytes: usize) -> String {
    articles(bytes).replace(['\n', '\r'], " ")
}

/// One word of `bytes` letters, a sentence of its own, between two attributions.
pub fn giant_token(bytes: usize) -> String {
    let letters = bytes
        .saturating_sub(LOPEZ_SAID.len() + SMITH_SAID.len() + 3)
        .max(1);
    let mut word = String::with_capacity(letters);
    word.push('Q');
    word.extend(('a'..='z').cycle().take(letters - 1));
    format!("{LOPEZ_SAID} {word}. {SMITH_SAID}")
}

/// Thousands of distinct capitalised names (given name and made-up surname, "Mr." and surname,
/// surname alone) in one sentence that never ends, then [`LOPEZ_SAID`]: every distinct person
/// and every lone surname must be grouped without comparing all pairs.
pub fn capitalised_names(bytes: usize) -> String {
    const GIVEN: [&str; 8] = [
        "Maria", "John", "Anna", "David", "Olga", "Peter", "Fatima", "Kenji",
    ];
    const SYLLABLES: [&str; 12] = [
        "ka", "lo", "mer", "tis", "van", "du", "bre", "os", "ni", "zol", "ha", "rim",
    ];
    let mut random = Lcg(7);
    let mut text = repeat_to(bytes.saturating_sub(LOPEZ_SAID.len() + 2), |text| {
        let mut surname = String::new();
        for _ in 0..2 + random.below(3) {
            surname.push_str(SYLLABLES[random.below(SYLLABLES.len())]);
        }
        surname[..1].make_ascii_uppercase();
        match random.below(3) {
            0 => text.push_str(GIVEN[random.below(GIVEN.len())]),
            1 => text.push_str("Mr."),
            _ => text.push_str("and"),
        }
        text.push(' ');
        text.push_str(&surname);
        text.push_str(", ");
    });
    text.push_str("\n\n");
    text.push_str(LOPEZ_SAID);
    text
}

/// One sentence that never ends, of names, relative clauses, quotes and cues: every stage that
/// looks back to the start of a sentence must do so in bounded steps.
pub fn run_on_sentence(bytes: usize) -> String {
    repeat_to(bytes, |text| {
        text.push_str(
            "Maria Lopez, who said “yes we can” and John Smith told reporters that he said the plan \
             was dead, according to Mr. Kalo, and ",
        );
    })
}

/// One person saying, over and over, in one sentence with no comma that never ends: "Ann Lee said
/// Mr. Lee said Lee said …", with a quote now and then. Every name and verb must find its
/// sentence, its speaker and its clause without rescanning the sentence.
pub fn said_storm(bytes: usize) -> String {
    const PIECES: [&str; 5] = [
        "Ann Lee said ",
        "Mr. Lee said ",
        "Lee said ",
        "said Ann Lee ",
        "“yes” Lee said ",
    ];
    let mut next = 0;
    repeat_to(bytes, |text| {
        text.push_str(PIECES[next % PIECES.len()]);
        next += 1;
    })
}

/// One capitalised word repeated into a single run ("Lee Lee Lee …"), then [`LOPEZ_SAID`]: a
/// run of thousands of name words must be judged and grouped in proportion to its length.
pub fn one_name_repeated(bytes: usize) -> String {
    let mut text = repeat_to(bytes.saturating_sub(LOPEZ_SAID.len() + 2), |text| {
        text.push_str("Lee ")
    });
    text.push_str("\n\n");
    text.push_str(LOPEZ_SAID);
    text
}

/// Reporting verbs and cues with no one to say them.
pub fn speech_verbs(bytes: usize) -> String {
    repeat_to(bytes, |text| {
        text.push_str(
            "said told says, according to said that added: asked, stated that denied that ",
        );
    })
}

/// Paragraph after paragraph that opens a quote and never closes it, each followed by an
/// attribution that must still be found.
pub fn unclosed_quotes(bytes: usize) -> String {
    repeat_to(bytes, |text| {
        for opener in ["\"", "“", "‘", "«"] {
            text.push_str("He said: ");
            text.push_str(opener);
            text.push_str("this never closes.\n\n");
            text.push_str(LOPEZ_SAID);
            text.push_str("\n\n");
        }
    })
}

/// Quotation marks of every kind, opened and closed at random among words and attributions.
pub fn unbalanced_quotes(bytes: usize) -> String {
    const PIECES: [&str; 14] = [
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "word ",
        "Maria Lopez said ",
        ", ",
        ". ",
        "\n\n",
        " ",
    ];
    let mut random = Lcg(11);
    repeat_to(bytes, |text| {
        text.push_str(PIECES[random.below(PIECES.len())])
    })
}

/// One paragraph that opens thousands of double quotes, then "closes" them with single marks and
/// guillemets: nothing pairs, and no closing mark may search every open one.
pub fn mismatched_quotes(bytes: usize) -> String {
    let mut text = repeat_to(bytes / 2, |text| text.push_str("“word "));
    let closers = repeat_to(bytes - text.len(), |text| text.push_str("word’ word» "));
    text.push_str(&closers);
    text
}

/// What [`nested_quotes`] has Maria Lopez say at the heart of its quotes.
pub const NESTED_WORDS: &str = "We will win this vote";

/// One quote inside another, as deep as `bytes` allows.
pub fn nested_quotes(bytes: usize) -> String {
    const SPEAKER: &str = "Maria Lopez said: ";
    let depth = bytes.saturating_sub(SPEAKER.len() + NESTED_WORDS.len() + 1) / 12;
    let mut text = String::with_capacity(bytes);
    text.push_str(SPEAKER);
    text.push_str(&"“‘".repeat(depth));
    text.push_str(NESTED_WORDS);
    text.push_str(&"’”".repeat(depth));
    text.push('.');
    text
}

/// Right-to-left scripts and embedding marks, emoji (surrogate pairs in UTF-16, ZWJ sequences,
/// flags), zero-width characters and combining accents around a direct quote.
pub fn mixed_scripts(bytes: usize) -> String {
    repeat_to(bytes, |text| {
        text.push_str(
            "\u{202B}قال محمد إن التصويت سيجري\u{202C} שלום 👩🏽‍⚖️🇺🇸 \u{200B}\u{FEFF}Re\u{301}sume\u{301}. \
             “We won 🎉\u{200D},” said Maria Lopez.\n\n",
        );
    })
}

/// The dev articles with Windows line ends.
pub fn crlf_articles(bytes: usize) -> String {
    with_crlf(&articles(bytes))
}

/// The dev articles with a NUL before every line end.
pub fn nul_articles(bytes: usize) -> String {
    with_nuls(&articles(bytes))
}

/// `text` with every `\n` written as `\r\n`.
pub fn with_crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

/// `text` with a NUL before every `\n`.
pub fn with_nuls(text: &str) -> String {
    text.replace('\n', "\0\n")
}

/// Calls `append` until the text reaches `bytes`, then cuts it there (on a character boundary).
fn repeat_to(bytes: usize, mut append: impl FnMut(&mut String)) -> String {
    let mut text = String::with_capacity(bytes + 4096);
    while text.len() < bytes {
        let before = text.len();
        append(&mut text);
        assert!(text.len() > before, "a builder appended nothing");
    }
    let mut cut = bytes;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// A tiny deterministic generator, so every run builds the same "random" text.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound as u64) as usize
    }
}
