//! The pipeline in bounded steps, so a page can analyse a long article without one long task: the
//! work that grows with the text (finding candidate names) runs over a slice of the tokens per step,
//! and the people are grouped once, over the whole article. [`crate::analyze`] runs these same steps
//! back to back, so both give the same analysis.

use crate::attribution::{self, Attributed};
use crate::invisible::Visible;
use crate::people::{self, Candidate, People};
use crate::quotes::{self, Quotes};
use crate::segment::{Document, Segmenter};
use crate::{roles, Analysis, Output};

use std::ops::Range;

/// Bytes of text segmented per step: under 10 ms of work in a browser, the first step (before the
/// browser optimises the code) under 15.
const BYTES_PER_STEP: usize = 150_000;
/// Tokens scanned for names per step: about 7 ms of work in a browser, the first step under 20 (a
/// megabyte of text is about 200,000 tokens).
const TOKENS_PER_STEP: usize = 25_000;
/// Sentences attributed per step: about 10 ms of work in a browser (a megabyte of text is about
/// 8,000 sentences).
const SENTENCES_PER_STEP: usize = 2_000;

/// An analysis under way; [`Analyser::step`] does the next piece of it.
pub struct Analyser<'t> {
    text: &'t Visible<'t>,
    stage: Box<Stage<'t>>,
}

/// What [`Analyser::step`] left: more to do, or the finished analysis.
pub enum Progress<'t> {
    /// Call [`Analyser::step`] again.
    Working(Analyser<'t>),
    /// The analysis, equal to [`crate::analyze`]'s.
    Done(Analysis),
}

enum Stage<'t> {
    Segment(Segmenter<'t>),
    FindNames {
        doc: Document<'t>,
        candidates: Vec<Candidate>,
        scanned: usize,
    },
    RolesAndQuotes {
        doc: Document<'t>,
        people: People,
    },
    Attribute {
        doc: Document<'t>,
        people: People,
        roles: Vec<Option<Range<usize>>>,
        quotes: Quotes,
        said: Box<attribution::Paused>,
    },
    Output {
        doc: Document<'t>,
        people: People,
        roles: Vec<Option<Range<usize>>>,
        said: Vec<Attributed>,
    },
}

impl<'t> Analyser<'t> {
    /// Starts analysing `text` (read without its invisible characters, see [`Visible`]); nothing
    /// is done until the first step.
    pub fn new(text: &'t Visible<'t>) -> Self {
        Analyser {
            text,
            stage: Box::new(Stage::Segment(Segmenter::new(&text.text))),
        }
    }

    /// Runs every step at once.
    pub fn finish(mut self) -> Analysis {
        loop {
            match self.step() {
                Progress::Working(next) => self = next,
                Progress::Done(analysis) => return analysis,
            }
        }
    }

    /// Does one step: a stretch of the segmenting, of the name search or of the attribution, the
    /// grouping of the people, their roles with the quotes, or the output.
    pub fn step(self) -> Progress<'t> {
        let stage = match *self.stage {
            Stage::Segment(segmenter) => segment(segmenter),
            Stage::FindNames {
                doc,
                candidates,
                scanned,
            } if scanned < doc.tokens.len() => find_names(doc, candidates, scanned),
            Stage::FindNames {
                doc, candidates, ..
            } => group(doc, candidates),
            Stage::RolesAndQuotes { doc, people } => roles_and_quotes(doc, people),
            Stage::Attribute {
                doc,
                people,
                roles,
                quotes,
                said,
            } => attribute(doc, people, roles, quotes, *said),
            Stage::Output {
                doc,
                people,
                roles,
                said,
            } => {
                let output = Output::new(&doc, self.text);
                return Progress::Done(output.analysis(&people, &roles, &said));
            }
        };
        Progress::Working(Analyser {
            text: self.text,
            stage: Box::new(stage),
        })
    }
}

// Each stage stays a function of its own in the wasm (`inline(never)` here, and wasm-opt's
// one-caller inlining limited in Cargo.toml): inlined, the pipeline was one 40 KB function, which
// the browser's optimising compiler needs far more memory for.

#[inline(never)]
fn segment(mut segmenter: Segmenter<'_>) -> Stage<'_> {
    if !segmenter.segment(BYTES_PER_STEP) {
        return Stage::Segment(segmenter);
    }
    Stage::FindNames {
        doc: segmenter.finish(),
        candidates: Vec::new(),
        scanned: 0,
    }
}

#[inline(never)]
fn find_names<'t>(doc: Document<'t>, mut candidates: Vec<Candidate>, scanned: usize) -> Stage<'t> {
    let slice = next_slice(&doc, scanned);
    candidates.extend(people::candidates_in(&doc, slice.clone()));
    Stage::FindNames {
        doc,
        candidates,
        scanned: slice.end,
    }
}

#[inline(never)]
fn group(doc: Document<'_>, candidates: Vec<Candidate>) -> Stage<'_> {
    let people = people::group_people(&doc, candidates);
    Stage::RolesAndQuotes { doc, people }
}

#[inline(never)]
fn roles_and_quotes(doc: Document<'_>, people: People) -> Stage<'_> {
    let roles = roles::find_roles(&doc, &people);
    let quotes = quotes::find_quotes(&doc);
    let said = Box::new(attribution::Paused::start(&doc, &people, &roles, &quotes));
    Stage::Attribute {
        doc,
        people,
        roles,
        quotes,
        said,
    }
}

#[inline(never)]
fn attribute<'t>(
    doc: Document<'t>,
    people: People,
    roles: Vec<Option<Range<usize>>>,
    quotes: Quotes,
    said: attribution::Paused,
) -> Stage<'t> {
    if !said.is_done(&doc) {
        let said = Box::new(said.resume(&doc, &people, &quotes, SENTENCES_PER_STEP));
        return Stage::Attribute {
            doc,
            people,
            roles,
            quotes,
            said,
        };
    }
    let said = said.finish(&doc, &people, &quotes);
    Stage::Output {
        doc,
        people,
        roles,
        said,
    }
}

/// The tokens from `start` to the end of the sentence holding the [`TOKENS_PER_STEP`]th token: a
/// name never runs over a sentence end, so slices cut there find the names the whole text does.
fn next_slice(doc: &Document, start: usize) -> Range<usize> {
    let last = (start + TOKENS_PER_STEP).min(doc.tokens.len()) - 1;
    start..doc.sentence_of(last).end
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// The pipeline with the name search over the whole article in one pass.
    fn in_one_pass(text: &str) -> Analysis {
        let visible = Visible::new(text);
        let doc = Document::new(&visible.text);
        let people = people::find_people(&doc);
        let roles = roles::find_roles(&doc, &people);
        let quotes = quotes::find_quotes(&doc);
        let said = attribution::attribute(&doc, &people, &roles, &quotes);
        Output::new(&doc, &visible).analysis(&people, &roles, &said)
    }

    /// The analysis in steps, and how many steps it took.
    fn in_steps(text: &str) -> (Analysis, usize) {
        let visible = Visible::new(text);
        let mut analyser = Analyser::new(&visible);
        for steps in 1.. {
            match analyser.step() {
                Progress::Working(next) => analyser = next,
                Progress::Done(analysis) => return (analysis, steps),
            }
        }
        unreachable!("the steps end")
    }

    fn texts_under(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries = std::fs::read_dir(dir)
            .unwrap_or_else(|error| panic!("the dev articles in {}: {error}", dir.display()));
        for path in entries.map(|entry| entry.expect("a directory entry").path()) {
            if path.is_dir() {
                texts_under(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "txt") {
                out.push(path);
            }
        }
    }

    /// The dev articles (`../shared/articles`), the sample first.
    fn dev_articles() -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/articles");
        let mut paths = Vec::new();
        texts_under(&dir, &mut paths);
        paths.sort_by_key(|path| !path.ends_with("peskov-witkoff.txt"));
        paths
            .iter()
            .map(|path| std::fs::read_to_string(path).expect("a dev article"))
            .collect()
    }

    #[test]
    fn steps_give_what_one_pass_gives() {
        let articles = dev_articles();
        let sample = &articles[0];
        let joined = articles.join("\n\n");
        let long = [joined.as_str(); 12].join("\n\n");
        let one_paragraph = long.replace('\n', " ");
        for text in [sample, &joined, &long, &one_paragraph] {
            let (analysis, steps) = in_steps(text);
            assert_eq!(analysis, in_one_pass(text));
            assert_eq!(analysis, crate::analyze(text));
            let doc = Document::new(text);
            let slices = doc.tokens.len().div_ceil(TOKENS_PER_STEP)
                + doc.sentences.len().div_ceil(SENTENCES_PER_STEP)
                + text.len().div_ceil(BYTES_PER_STEP);
            assert!(steps >= slices + 3, "{steps} steps for {slices} slices");
        }
        let long_tokens = Document::new(&long).tokens.len();
        assert!(long_tokens > 3 * TOKENS_PER_STEP, "{long_tokens} tokens");
    }

    /// Each token's kind, bytes, sentence and paragraph, and the sentences and paragraphs.
    type Units = (
        Vec<(bool, usize, usize, usize, usize)>,
        Vec<Range<usize>>,
        Vec<Range<usize>>,
    );

    fn units(doc: &Document) -> Units {
        let tokens = doc.tokens.iter().map(|t| {
            let is_word = t.kind == crate::segment::TokenKind::Word;
            (is_word, t.start, t.end, t.sentence, t.paragraph)
        });
        let (sentences, paragraphs) = (doc.sentences.clone(), doc.paragraphs.clone());
        (tokens.collect(), sentences, paragraphs)
    }

    #[test]
    fn segmenting_a_stretch_at_a_time_cuts_as_segmenting_at_once() {
        let sample = dev_articles().swap_remove(0);
        let texts = [
            sample.clone(),
            sample.replace('\n', "\r\n"),
            sample.replace("\n\n", "\n"),
            "“Yes.” ‘No.’\n\n\n“Mr. A.J. O'Neill’s,” he said…\u{200b}\n\nU.S. Sen. Smith.".into(),
        ];
        for text in &texts {
            let whole = units(&Document::new(text));
            for bytes in [1, 2, 7, 64, 1000] {
                let mut segmenter = Segmenter::new(text);
                while !segmenter.segment(bytes) {}
                assert_eq!(units(&segmenter.finish()), whole, "{bytes} bytes a step");
            }
        }
    }

    #[test]
    fn attributing_a_few_sentences_a_step_finds_what_one_pass_finds() {
        let text = dev_articles().join("\n\n");
        let doc = Document::new(&text);
        let people = people::find_people(&doc);
        let roles = roles::find_roles(&doc, &people);
        let quotes = quotes::find_quotes(&doc);
        let whole = attribution::attribute(&doc, &people, &roles, &quotes);
        for sentences in [1, 3, 50] {
            let mut said = attribution::Paused::start(&doc, &people, &roles, &quotes);
            while !said.is_done(&doc) {
                said = said.resume(&doc, &people, &quotes, sentences);
            }
            let stepped = said.finish(&doc, &people, &quotes);
            let key = |a: &Attributed| (a.person, a.kind, a.content.clone(), a.cue.clone());
            let keys = |all: &[Attributed]| all.iter().map(key).collect::<Vec<_>>();
            assert_eq!(keys(&stepped), keys(&whole), "{sentences} sentences a step");
        }
    }

    #[test]
    fn a_sentence_longer_than_a_slice_is_scanned_whole() {
        let name = "Maria Okafor, ";
        let text = format!("{} said Lopez.", name.repeat(2 * TOKENS_PER_STEP / 3));
        assert_eq!(in_steps(&text).0, in_one_pass(&text));
    }
}
