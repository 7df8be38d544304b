//! Reads an article the way a reader sees it: its text nodes in document order, with blank lines
//! where blocks begin and end, and a map from every offset of that text back to its DOM text node.
//! Page furniture (`furniture`: bylines, credits, promos, related boxes) is left out; headlines,
//! decks and captions are read after the body, so the core analyses the body alone.
//!
//! Offsets are UTF-16 code units, as the core reports them and as DOM ranges count them, so a
//! text node's characters occupy one contiguous run of the article text and map one to one.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range, Text};

use super::furniture::HEADLINE_SELECTOR;
use crate::furniture::{self, FURNITURE_MAX_CHARS};

/// Elements whose contents a reader never sees as article text.
const SKIPPED_TAGS: &[&str] = &[
    "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "svg", "IFRAME", "OBJECT",
];

/// Elements that start a new paragraph for the core.
const BLOCK_TAGS: &[&str] = &[
    "P",
    "LI",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "BLOCKQUOTE",
    "FIGCAPTION",
    "DIV",
    "SECTION",
    "ARTICLE",
    "ASIDE",
    "HEADER",
    "FOOTER",
    "FIGURE",
    "UL",
    "OL",
    "DL",
    "DT",
    "DD",
    "TABLE",
    "TR",
    "TD",
    "TH",
    "PRE",
    "HR",
    "MAIN",
    "NAV",
    "ADDRESS",
    "DETAILS",
    "SUMMARY",
];

/// Marks the widget's own elements (cards, the people list) so they are never read as article text.
pub const UI_ATTRIBUTE: &str = "data-whosaid-ui";

/// One DOM text node and where its characters sit in the article text.
#[derive(Clone)]
pub struct TextSegment {
    /// The text node.
    pub node: Text,
    /// UTF-16 offset of the node's first character in the article text.
    pub start: usize,
    /// Length of the node's data in UTF-16 code units.
    pub len: usize,
}

impl TextSegment {
    /// UTF-16 offset one past the node's last character.
    pub fn end(&self) -> usize {
        self.start + self.len
    }
}

/// The article's text as the core sees it, and where each character came from.
pub struct ArticleText {
    /// The body's text nodes joined in document order, blocks separated by blank lines; then the
    /// headlines' and captions' text the same way.
    pub text: String,
    /// The text nodes, in the order of `text`, with their offsets into it.
    pub segments: Vec<TextSegment>,
    /// Where the body's text ends in `text` (bytes).
    body_end: usize,
    /// Where the headlines' text starts in `text` (bytes, and UTF-16 code units).
    headlines_start: (usize, usize),
}

impl ArticleText {
    /// The article's own text, which the core analyses.
    pub fn body(&self) -> &str {
        &self.text[..self.body_end]
    }

    /// The headlines', decks' and captions' text, with its UTF-16 offset in the article text.
    pub fn headlines(&self) -> (&str, usize) {
        (&self.text[self.headlines_start.0..], self.headlines_start.1)
    }

    /// The segments that overlap `start..end`, each with the overlap in node-local offsets.
    pub fn pieces(&self, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        let first = self
            .segments
            .partition_point(|segment| segment.end() <= start);
        self.segments[first..]
            .iter()
            .enumerate()
            .take_while(|(_, segment)| segment.start < end)
            .filter_map(|(index, segment)| {
                let local_start = start.max(segment.start) - segment.start;
                let local_end = end.min(segment.end()) - segment.start;
                (local_start < local_end).then_some((first + index, local_start, local_end))
            })
            .collect()
    }

    /// A DOM range over `start..end` of the article text, if those offsets are in a text node.
    pub fn range(&self, start: usize, end: usize) -> Option<Range> {
        let pieces = self.pieces(start, end);
        let (first, first_offset, _) = *pieces.first()?;
        let (last, _, last_offset) = *pieces.last()?;
        let range = self.segments[first]
            .node
            .owner_document()?
            .create_range()
            .ok()?;
        range
            .set_start(&self.segments[first].node, first_offset as u32)
            .ok()?;
        range
            .set_end(&self.segments[last].node, last_offset as u32)
            .ok()?;
        Some(range)
    }
}

/// Reads `root`'s visible text, leaving out page furniture and elements that match `skip` (a CSS
/// selector list).
pub fn read_article(root: &Element, skip: Option<&str>) -> ArticleText {
    let mut reader = ArticleReader::new(root, skip);
    reader.read_for(f64::INFINITY);
    reader.finish()
}

/// Reads an article a bounded time at a time, so a long article's reading can yield to the page.
pub struct ArticleReader {
    reader: Reader,
    stack: Vec<Step>,
}

/// How many nodes are read between looks at the clock.
const NODES_PER_CLOCK_CHECK: usize = 64;

impl ArticleReader {
    /// Starts reading `root`, leaving out what matches `skip`.
    pub fn new(root: &Element, skip: Option<&str>) -> ArticleReader {
        let mut stack = Vec::new();
        push_children_reversed(root.as_ref(), &mut stack);
        ArticleReader {
            reader: Reader {
                body: Buffer::default(),
                headlines: Buffer::default(),
                headline_depth: 0,
                block_depth: 0,
                credit_from_depth: None,
                skip: skip.map(str::to_owned),
            },
            stack,
        }
    }

    /// Reads for about `budget_ms` milliseconds; true when the whole article has been read.
    pub fn read_for(&mut self, budget_ms: f64) -> bool {
        let deadline = now() + budget_ms;
        let mut nodes = 0;
        while let Some(step) = self.stack.pop() {
            self.reader.step(step, &mut self.stack);
            nodes += 1;
            if nodes % NODES_PER_CLOCK_CHECK == 0 && now() > deadline {
                return self.stack.is_empty();
            }
        }
        true
    }

    /// The text read: the body, then the headlines after a paragraph break.
    pub fn finish(self) -> ArticleText {
        self.reader.finish()
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// Text read so far, and its text nodes.
#[derive(Default)]
struct Buffer {
    text: String,
    utf16_len: usize,
    segments: Vec<TextSegment>,
}

/// A position in one buffer, to take a furniture block back out.
#[derive(Clone, Copy)]
struct Mark {
    in_headline: bool,
    bytes: usize,
    units: usize,
    segments: usize,
}

enum Step {
    Visit(Node),
    LeaveBlock(Mark),
    LeaveHeadline,
}

struct Reader {
    body: Buffer,
    headlines: Buffer,
    /// How many headline, deck or caption elements the walk is inside.
    headline_depth: usize,
    block_depth: usize,
    /// Inside a caption, the block depth at which a credit began: the rest of that block is the
    /// credit ("Credit..." then the photographer's name in the next element).
    credit_from_depth: Option<usize>,
    skip: Option<String>,
}

impl Reader {
    /// Reads one node, or leaves one element; a walk with an explicit stack, so deeply nested
    /// pages cannot overflow the wasm stack.
    fn step(&mut self, step: Step, stack: &mut Vec<Step>) {
        match step {
            Step::Visit(node) => match node.node_type() {
                Node::TEXT_NODE | Node::CDATA_SECTION_NODE => self.push_text(node.unchecked_into()),
                Node::ELEMENT_NODE => self.enter_element(node, stack),
                _ => {}
            },
            Step::LeaveBlock(mark) => self.leave_block(mark),
            Step::LeaveHeadline => self.headline_depth -= 1,
        }
    }

    fn buffer(&mut self) -> &mut Buffer {
        if self.headline_depth > 0 {
            &mut self.headlines
        } else {
            &mut self.body
        }
    }

    fn enter_element(&mut self, node: Node, stack: &mut Vec<Step>) {
        let element: &Element = node.unchecked_ref();
        let tag = element.tag_name();
        if self.is_skipped(element, &tag) {
            return;
        }
        if tag == "BR" {
            self.buffer().push_break("\n");
            return;
        }
        if element.matches(HEADLINE_SELECTOR).unwrap_or(false) {
            self.headline_depth += 1;
            stack.push(Step::LeaveHeadline);
        }
        if BLOCK_TAGS.contains(&tag.as_str()) {
            self.buffer().paragraph_break();
            self.block_depth += 1;
            let in_headline = self.headline_depth > 0;
            let buffer = self.buffer();
            stack.push(Step::LeaveBlock(Mark {
                in_headline,
                bytes: buffer.text.len(),
                units: buffer.utf16_len,
                segments: buffer.segments.len(),
            }));
        }
        push_children_reversed(&node, stack);
    }

    /// A short block whose text has the shape of furniture (a byline, a credit line) is taken
    /// back out.
    fn leave_block(&mut self, mark: Mark) {
        self.block_depth -= 1;
        if self
            .credit_from_depth
            .is_some_and(|depth| self.block_depth < depth)
        {
            self.credit_from_depth = None;
        }
        let buffer = if mark.in_headline {
            &mut self.headlines
        } else {
            &mut self.body
        };
        let block = &buffer.text[mark.bytes..];
        let short = block.len() <= 4 * FURNITURE_MAX_CHARS;
        if short && furniture::is_furniture_text(block) {
            buffer.text.truncate(mark.bytes);
            buffer.utf16_len = mark.units;
            buffer.segments.truncate(mark.segments);
        }
        buffer.paragraph_break();
    }

    fn is_skipped(&self, element: &Element, tag: &str) -> bool {
        SKIPPED_TAGS.contains(&tag)
            || element.has_attribute(UI_ATTRIBUTE)
            || element.has_attribute("hidden")
            || self
                .skip
                .as_deref()
                .is_some_and(|selector| element.matches(selector).unwrap_or(false))
    }

    fn push_text(&mut self, node: Text) {
        if self.headline_depth > 0 {
            if self.credit_from_depth.is_some() {
                return;
            }
            if furniture::is_credit(&node.data()) {
                self.credit_from_depth = Some(self.block_depth);
                return;
            }
        }
        self.buffer().push_text(node);
    }

    /// The body, then the headlines after a paragraph break, in one text.
    fn finish(self) -> ArticleText {
        let Reader {
            body: mut text,
            headlines,
            ..
        } = self;
        let body_end = text.text.len();
        if !headlines.text.is_empty() {
            text.paragraph_break();
        }
        let headlines_start = (text.text.len(), text.utf16_len);
        text.text.push_str(&headlines.text);
        text.segments
            .extend(headlines.segments.into_iter().map(|segment| TextSegment {
                start: segment.start + headlines_start.1,
                ..segment
            }));
        ArticleText {
            text: text.text,
            segments: text.segments,
            body_end,
            headlines_start,
        }
    }
}

impl Buffer {
    /// Source formatting (newlines, tabs) becomes spaces one for one, so offsets stay aligned with
    /// the node's data while the core never mistakes an indented line for a paragraph break.
    fn push_text(&mut self, node: Text) {
        let data = node.data();
        let len = data.encode_utf16().count();
        let at_paragraph_start = self.text.is_empty() || self.text.ends_with('\n');
        if len == 0 || (at_paragraph_start && data.trim().is_empty()) {
            return;
        }
        self.text.extend(data.chars().map(|c| {
            if c.is_whitespace() && c.len_utf16() == 1 {
                ' '
            } else {
                c
            }
        }));
        self.segments.push(TextSegment {
            node,
            start: self.utf16_len,
            len,
        });
        self.utf16_len += len;
    }

    fn paragraph_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            let missing = if self.text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            self.push_break(missing);
        }
    }

    fn push_break(&mut self, breaks: &str) {
        self.text.push_str(breaks);
        self.utf16_len += breaks.len();
    }
}

fn push_children_reversed(parent: &Node, stack: &mut Vec<Step>) {
    let mut child = parent.last_child();
    while let Some(node) = child {
        child = node.previous_sibling();
        stack.push(Step::Visit(node));
    }
}
