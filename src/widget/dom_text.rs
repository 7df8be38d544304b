//! Reads an article the way a reader sees it: its text nodes in document order, with blank lines
//! where blocks begin and end, and a map from every offset of that text back to its DOM text node.
//!
//! Offsets are UTF-16 code units, as the core reports them and as DOM ranges count them, so a
//! text node's characters occupy one contiguous run of the article text and map one to one.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, Range, Text};

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
    /// Text nodes joined in document order, blocks separated by blank lines.
    pub text: String,
    /// The text nodes, in document order, with their offsets into `text`.
    pub segments: Vec<TextSegment>,
}

impl ArticleText {
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

/// Reads `root`'s visible text, leaving out elements that match `skip` (a CSS selector list).
pub fn read_article(root: &Element, skip: Option<&str>) -> ArticleText {
    let mut reader = Reader {
        text: String::new(),
        utf16_len: 0,
        segments: Vec::new(),
        skip,
    };
    reader.read_children(root.as_ref());
    ArticleText {
        text: reader.text,
        segments: reader.segments,
    }
}

struct Reader<'a> {
    text: String,
    utf16_len: usize,
    segments: Vec<TextSegment>,
    skip: Option<&'a str>,
}

impl Reader<'_> {
    /// Walks the tree with an explicit stack so deeply nested pages cannot overflow the wasm stack.
    fn read_children(&mut self, parent: &Node) {
        let mut stack: Vec<(Node, bool)> = Vec::new();
        push_children_reversed(parent, &mut stack);
        while let Some((node, leaving)) = stack.pop() {
            if leaving {
                self.paragraph_break();
                continue;
            }
            match node.node_type() {
                Node::TEXT_NODE | Node::CDATA_SECTION_NODE => self.push_text(node.unchecked_into()),
                Node::ELEMENT_NODE => self.enter_element(node, &mut stack),
                _ => {}
            }
        }
    }

    fn enter_element(&mut self, node: Node, stack: &mut Vec<(Node, bool)>) {
        let element: &Element = node.unchecked_ref();
        if self.is_skipped(element) {
            return;
        }
        let tag = element.tag_name();
        if tag == "BR" {
            self.push_break("\n");
            return;
        }
        if BLOCK_TAGS.contains(&tag.as_str()) {
            self.paragraph_break();
            stack.push((node.clone(), true));
        }
        push_children_reversed(&node, stack);
    }

    fn is_skipped(&self, element: &Element) -> bool {
        SKIPPED_TAGS.contains(&element.tag_name().as_str())
            || element.has_attribute(UI_ATTRIBUTE)
            || element.has_attribute("hidden")
            || self
                .skip
                .is_some_and(|selector| element.matches(selector).unwrap_or(false))
    }

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

fn push_children_reversed(parent: &Node, stack: &mut Vec<(Node, bool)>) {
    let mut child = parent.last_child();
    while let Some(node) = child {
        child = node.previous_sibling();
        stack.push((node, false));
    }
}
