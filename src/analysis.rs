//! The output of the pipeline: what the CLI prints and what `analyze` returns to JavaScript
//! (`../shared/analysis-schema.md`, format 1). Offsets are UTF-16 code units, as the DOM counts.

use serde::{Deserialize, Serialize};

/// The version of the JSON shape, bumped on any incompatible change.
pub const FORMAT: u32 = 1;

/// Everything whosaid found in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// Always [`FORMAT`].
    pub format: u32,
    /// One entry per distinct named person, in order of first mention.
    pub people: Vec<Person>,
}

/// One named person and everything the article attributes to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// A stable slug of the name, unique within the analysis ("dmitry-peskov").
    pub id: String,
    /// The fullest form of the name seen in the article.
    pub name: String,
    /// The descriptor the article gives the person ("Kremlin spokesman"), if any.
    pub role: Option<String>,
    /// Every named reference to the person, in article order.
    #[serde(default)]
    pub mentions: Vec<Span>,
    /// What the person said, in article order.
    #[serde(default)]
    pub quotes: Vec<Quote>,
}

/// A stretch of the analysed text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// UTF-16 offset of the first code unit (may be left out by hand: see `editorial`).
    #[serde(default)]
    pub start: usize,
    /// UTF-16 offset one past the last code unit.
    #[serde(default)]
    pub end: usize,
    /// The text between `start` and `end`.
    pub text: String,
}

/// How a quote reports speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's words inside quotation marks.
    Direct,
    /// Reported speech that carries a quoted fragment.
    Mixed,
    /// Reported speech with no quotation marks.
    Indirect,
}

/// One thing a person said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Direct, mixed or indirect.
    pub kind: QuoteKind,
    /// The quoted or reported content, without quotation marks and attribution.
    pub text: String,
    /// The attribution verb or phrase ("said", "according to"), if any.
    pub cue: Option<String>,
    /// UTF-16 offset of the first code unit of `text` (may be left out by hand: see `editorial`).
    #[serde(default)]
    pub start: usize,
    /// UTF-16 offset one past the last code unit of `text`.
    #[serde(default)]
    pub end: usize,
}
