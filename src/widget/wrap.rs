//! Wraps each named mention in a focusable `<span data-whosaid-person>`, and undoes it exactly.
//!
//! Text nodes are split in place with `splitText`: the article's original text node keeps its
//! identity (and any listener or reference other scripts hold), the new pieces are inserted after
//! it, and nothing is ever re-serialised. Restoring unwraps the pieces and joins them back into
//! the original node.

use web_sys::{Document, Element, HtmlElement, Node, Text};

use super::content::{self, set_attribute};
use super::dom_text::ArticleText;
use super::mentions::plan_mentions;
use crate::Person;

/// The attribute that names the person a wrapped mention belongs to (the tests' contract).
pub const PERSON_ATTRIBUTE: &str = "data-whosaid-person";
/// Marks the second and later pieces of a mention that crosses inline markup.
pub const CONTINUATION_ATTRIBUTE: &str = "data-whosaid-continuation";

/// Where one mention piece falls inside a text node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cut {
    /// UTF-16 offset of the piece inside the node.
    pub start: usize,
    /// UTF-16 offset one past the piece inside the node.
    pub end: usize,
    /// Index of the person in the analysis.
    pub person: usize,
    /// Which mention this piece belongs to (mentions numbered in article order).
    pub mention: usize,
    /// Whether this is the mention's first piece, the one that takes focus.
    pub first: bool,
    /// Whether the mention is its person's keyboard stop.
    pub stop: bool,
}

/// All the cuts that fall inside one text node, in ascending order.
pub struct SegmentCuts {
    /// Index into [`ArticleText::segments`].
    pub segment: usize,
    /// The cuts, ascending and non-overlapping.
    pub cuts: Vec<Cut>,
}

/// Plans where to cut every mention of every person ([`plan_mentions`]), grouped by text node.
/// Mentions that fall outside any text node are dropped.
pub fn plan_cuts(article: &ArticleText, people: &[Person]) -> Vec<SegmentCuts> {
    let mut cuts: Vec<(usize, Cut)> = Vec::new();
    for (mention, planned) in plan_mentions(people).into_iter().enumerate() {
        for (index, (segment, local_start, local_end)) in article
            .pieces(planned.start, planned.end)
            .into_iter()
            .enumerate()
        {
            let cut = Cut {
                start: local_start,
                end: local_end,
                person: planned.person,
                mention,
                first: index == 0,
                stop: planned.stop,
            };
            cuts.push((segment, cut));
        }
    }
    // Grouped by a stable sort, not a map: the wasm already holds the sort (crate::order).
    crate::order::sort_by_key(&mut cuts, |(segment, _)| *segment);
    let mut grouped: Vec<SegmentCuts> = Vec::new();
    for (segment, cut) in cuts {
        match grouped.last_mut() {
            Some(last) if last.segment == segment => last.cuts.push(cut),
            _ => grouped.push(SegmentCuts {
                segment,
                cuts: vec![cut],
            }),
        }
    }
    grouped
}

/// One article text node that was split, and how to put it back.
pub struct Split {
    original: Text,
    /// The text nodes split off the original, the mention pieces among them.
    pieces: Vec<Text>,
    /// The `<span>`s around the mention pieces, each with the number of its mention.
    wrappers: Vec<(usize, HtmlElement)>,
}

impl Split {
    /// Puts the text node back as it was: unwraps the mention pieces, then joins the split-off text
    /// back into the original node. With no other script involved the result is the original DOM
    /// exactly; text another script removed or rewrote meanwhile stays as that script left it.
    pub fn restore(&self) {
        for (_, wrapper) in &self.wrappers {
            unwrap(wrapper);
        }
        if self.original.parent_node().is_none() {
            return;
        }
        let mut joined = self.original.data();
        while let Some(next) = self
            .original
            .next_sibling()
            .filter(|n| self.pieces.iter().any(|piece| piece.is_same_node(Some(n))))
        {
            joined.push_str(&next.text_content().unwrap_or_default());
            let _ = next.parent_node().map(|parent| parent.remove_child(&next));
        }
        self.original.set_data(&joined);
    }
}

/// A wrapped mention piece, found from an event target: the element and the person it names.
pub struct Anchor {
    /// The `<span data-whosaid-person>`.
    pub element: HtmlElement,
    /// Index of the person in the analysis.
    pub person: usize,
}

/// The link a mention sits in or holds, whose click a first tap should not follow.
pub fn link_of(mention: &Element) -> Option<Element> {
    if let Ok(Some(outer)) = mention.closest("a[href]") {
        return Some(outer);
    }
    mention.query_selector("a[href]").ok().flatten()
}

/// Splits one text node at its cuts and wraps each cut piece, returning how to undo it. A DOM
/// error part way rolls the node back whole, so the article is never left half wrapped.
pub fn wrap_segment(
    document: &Document,
    article: &ArticleText,
    planned: &SegmentCuts,
    people: &[Person],
) -> Option<Split> {
    let original = article.segments.get(planned.segment)?.node.clone();
    let mut split = Split {
        original,
        pieces: Vec::new(),
        wrappers: Vec::new(),
    };
    if apply_cuts(document, &mut split, &planned.cuts, people).is_none() {
        split.restore();
        return None;
    }
    Some(split)
}

/// Works from the last cut back so the earlier offsets stay valid in the shrinking original node.
fn apply_cuts(
    document: &Document,
    split: &mut Split,
    cuts: &[Cut],
    people: &[Person],
) -> Option<()> {
    let original = split.original.clone();
    let parent = original.parent_node()?;
    for cut in cuts.iter().rev() {
        if (cut.end as u32) < original.length() {
            split.pieces.push(original.split_text(cut.end as u32).ok()?);
        }
        let piece = original.split_text(cut.start as u32).ok()?;
        split.pieces.push(piece.clone());
        let element = mention_element(document, &people[cut.person], cut)?;
        parent.insert_before(&element, Some(&piece)).ok()?;
        split.wrappers.push((cut.mention, element.clone()));
        element.append_child(&piece).ok()?;
    }
    Some(())
}

/// Puts an element's children in its place and removes it.
fn unwrap(element: &HtmlElement) {
    if let Some(parent) = element.parent_node() {
        while let Some(child) = element.first_child() {
            let _ = parent.insert_before(&child, Some(element));
        }
        let _ = parent.remove_child(element);
    }
}

/// Makes one element of each mention that crosses inline markup, where the markup holds nothing
/// but the mention's next piece: `Dmitry <a>Peskov</a>` becomes one focusable
/// `<span>Dmitry <a>Peskov</a></span>` instead of two pieces. The link (or emphasis) element is
/// moved, not copied, so its listeners stay; restoring the splits puts everything back.
pub fn join_mention_pieces(splits: &[Split]) {
    let mut pieces: Vec<(usize, &HtmlElement)> = splits
        .iter()
        .flat_map(|split| {
            split
                .wrappers
                .iter()
                .map(|(mention, wrapper)| (*mention, wrapper))
        })
        .collect();
    crate::order::sort_by_key(&mut pieces, |(mention, _)| *mention);
    for group in pieces
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|group| group.len() > 1)
    {
        join(
            &group
                .iter()
                .map(|(_, wrapper)| *wrapper)
                .collect::<Vec<_>>(),
        );
    }
}

/// Joins the pieces when each later piece sits alone in an element right after the previous one.
fn join(pieces: &[&HtmlElement]) {
    let Some(parent) = pieces[0].parent_node() else {
        return;
    };
    let mut containers = Vec::new();
    let mut previous: Node = pieces[0].clone().into();
    for piece in &pieces[1..] {
        let Some(container) = sole_container(piece, &parent) else {
            return;
        };
        if previous.next_sibling().as_ref() != Some(&container) {
            return;
        }
        previous = container.clone();
        containers.push(container);
    }
    for (piece, container) in pieces[1..].iter().zip(&containers) {
        if pieces[0].append_child(container).is_ok() {
            unwrap(piece);
        }
    }
}

/// The ancestor of `piece` that is a child of `parent`, if every element on the way holds no
/// text but the piece's.
fn sole_container(piece: &HtmlElement, parent: &Node) -> Option<Node> {
    let text = piece.text_content();
    let mut node: Node = piece.parent_node()?;
    if node == *parent {
        return None;
    }
    loop {
        if node.text_content() != text {
            return None;
        }
        let up = node.parent_node()?;
        if up == *parent {
            return Some(node);
        }
        node = up;
    }
}

/// The element that marks a mention. The person's keyboard stop announces its card; their other
/// mentions take focus only from the card's "Next mention"; later pieces of a mention (past a
/// link or emphasis) only respond to the pointer.
fn mention_element(document: &Document, person: &Person, cut: &Cut) -> Option<HtmlElement> {
    let element: HtmlElement =
        wasm_bindgen::JsCast::dyn_into(content::element(document, "span", "", None)).ok()?;
    set_attribute(&element, PERSON_ATTRIBUTE, &person.id);
    if !cut.first {
        set_attribute(&element, CONTINUATION_ATTRIBUTE, "");
    } else if cut.stop {
        set_attribute(&element, "tabindex", "0");
        set_attribute(&element, "role", "button");
        set_attribute(&element, "aria-haspopup", "dialog");
        set_attribute(&element, "aria-expanded", "false");
    } else {
        set_attribute(&element, "tabindex", "-1");
    }
    Some(element)
}

/// A keyboard stop in or around a link leaves the stop to the link: the page keeps one stop
/// there, not two nested ones, and focusing the link opens the card.
pub fn yield_stops_to_links(splits: &[Split]) {
    for (_, wrapper) in splits.iter().flat_map(|split| &split.wrappers) {
        let is_stop = wrapper.get_attribute("tabindex").as_deref() == Some("0");
        if is_stop && wrapper.is_connected() && link_of(wrapper).is_some() {
            for attribute in ["tabindex", "role", "aria-haspopup", "aria-expanded"] {
                let _ = wrapper.remove_attribute(attribute);
            }
        }
    }
}
