//! One mounted article: reads it, asks the core who is in it, wraps their names and owns
//! everything it added. Its card is driven by a [`Controller`]: the page's events become inputs
//! (`events`), the controller answers with effects, and this module applies them. Unmounting
//! restores the article and drops every listener.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, Node};

use super::callback::{self, Listener, Timeout};
use super::card::{Card, Extras};
use super::controller::{Controller, Effect, Input};
use super::dom_text::{read_article, ArticleReader, ArticleText};
use super::events::{self, Names, Source};
use super::furniture::mark_known_mentions;
use super::js_object::{number, property};
use super::live::LiveObserver;
use super::options::Options;
use super::people_list::{ListAction, PeopleList};
use super::position::Rect;
use super::slices;
use super::wrap::{
    join_mention_pieces, link_of, plan_cuts, wrap_segment, yield_stops_to_links, Anchor,
    SegmentCuts, Split, CONTINUATION_ATTRIBUTE, PERSON_ATTRIBUTE,
};
use super::{edited, guard, optout, passage, style};
use crate::{Analysis, Mismatch, Person};

/// Marks the mention the open card belongs to (styled in page.css).
const OPEN_ATTRIBUTE: &str = "data-whosaid-open";
/// Articles longer than this (UTF-16 code units) are analysed in steps and wrapped in slices.
const SLICE_UNITS: usize = 40_000;
/// Text nodes wrapped per task when wrapping in slices.
const SEGMENTS_PER_TASK: usize = 200;
/// Milliseconds of reading per task: well under the 50 ms that makes a long task.
const TASK_BUDGET_MS: f64 = 20.0;

/// A mounted article.
pub struct Mount {
    /// The article element.
    pub root: Element,
    /// The page's document.
    pub document: Document,
    /// The publisher's options.
    pub options: Options,
    /// The page's off switch: turns cards on or off for every article on the page.
    switch_cards: fn(bool),
    mounted: Cell<bool>,
    /// Bumped whenever the article is re-read, so stale sliced work stops.
    generation: Cell<u32>,
    /// The people found in the article.
    people: RefCell<Vec<Person>>,
    /// The entries of an edited analysis that are not in the article, so not shown.
    mismatches: RefCell<Vec<Mismatch>>,
    /// What the rendering added to the page, to take out again.
    rendered: RefCell<Rendered>,
    /// The card, created when it first opens.
    card: RefCell<Option<Card>>,
    controller: RefCell<Controller<HtmlElement>>,
    timers: RefCell<Timers>,
    /// Which line box of a wrapped name the open card sits beside.
    line: Cell<u32>,
    /// Delegated listeners on the article, document, window and card.
    listeners: RefCell<Vec<Listener>>,
    live: RefCell<Option<LiveObserver>>,
}

/// What one rendering added to the page.
#[derive(Default)]
struct Rendered {
    /// Split text nodes, to restore.
    splits: Vec<Split>,
    /// The "People quoted in this article" list.
    people_list: Option<PeopleList>,
}

/// The card's pending opening and closing; dropping a timer cancels it.
#[derive(Default)]
struct Timers {
    open: Option<Timeout>,
    close: Option<Timeout>,
}

impl Mount {
    /// Mounts `root`: wraps its names and listens for readers. `switch_cards` is the page's off
    /// switch, which the card's "turn off" button and the people list's "turn on" call.
    pub fn new(root: Element, options: Options, switch_cards: fn(bool)) -> Option<Rc<Mount>> {
        let document = root.owner_document()?;
        let mount = Rc::new(Mount {
            root,
            document,
            options,
            switch_cards,
            mounted: Cell::new(true),
            generation: Cell::new(0),
            people: RefCell::default(),
            mismatches: RefCell::default(),
            rendered: RefCell::default(),
            card: RefCell::new(None),
            controller: RefCell::default(),
            timers: RefCell::default(),
            line: Cell::new(0),
            listeners: RefCell::default(),
            live: RefCell::new(None),
        });
        style::retain_page_styles(&mount.document);
        let listeners = events::listen_to_page(&mount.root, &mount.document, mount.event_sink());
        *mount.listeners.borrow_mut() = listeners;
        mount.render();
        let weak = Rc::downgrade(&mount);
        let on_change: Rc<dyn Fn()> = Rc::new(move || {
            if let Some(mount) = weak.upgrade() {
                mount.refresh();
            }
        });
        *mount.live.borrow_mut() = LiveObserver::watch(&mount.root, on_change);
        Some(mount)
    }

    /// Whether this mount is still attached to its article.
    pub fn is_mounted(&self) -> bool {
        self.mounted.get()
    }

    /// The number of people found in the article.
    pub fn people_count(&self) -> usize {
        self.people.borrow().len()
    }

    /// The entries of an edited analysis that are not in the article, so not shown.
    pub fn mismatches(&self) -> Vec<Mismatch> {
        self.mismatches.borrow().clone()
    }

    /// Restores the article exactly and removes everything the mount added.
    pub fn unmount(self: &Rc<Self>) {
        if !self.mounted.replace(false) {
            return;
        }
        self.live.borrow_mut().take();
        self.clear();
        self.listeners.borrow_mut().clear();
        *self.timers.borrow_mut() = Timers::default();
        if let Some(card) = self.card.borrow_mut().take() {
            card.remove();
        }
        style::release_page_styles(&self.document);
        passage::clear();
    }

    /// Reads the article again and re-renders: after live changes, or after cards are turned on or off.
    pub fn refresh(self: &Rc<Self>) {
        if !self.is_mounted() {
            return;
        }
        self.clear();
        self.render();
    }

    /// Puts the article back as it was and removes the people list; listeners stay.
    fn clear(self: &Rc<Self>) {
        self.dispatch(Input::CloseTimer, None);
        self.generation.set(self.generation.get() + 1);
        let rendered = std::mem::take(&mut *self.rendered.borrow_mut());
        self.quietly(|| {
            for split in rendered.splits.iter().rev() {
                split.restore();
            }
            if let Some(list) = rendered.people_list {
                list.remove();
            }
        });
    }

    /// Reads, analyses and wraps: at once for an ordinary article, in slices for a long one.
    fn render(self: &Rc<Self>) {
        let mut reader = ArticleReader::new(&self.root, Some(&self.options.skip));
        if !reader.read_for(TASK_BUDGET_MS) {
            let generation = self.generation.get();
            wasm_bindgen_futures::spawn_local(Rc::clone(self).read_in_slices(reader, generation));
            return;
        }
        let article = reader.finish();
        if let Some(analysis) = &self.options.edited {
            return self.render_edited(&article, analysis);
        }
        if article.body().encode_utf16().count() > SLICE_UNITS {
            let generation = self.generation.get();
            wasm_bindgen_futures::spawn_local(
                Rc::clone(self).render_in_slices(article, generation),
            );
            return;
        }
        match guard::analyze(article.body()) {
            Ok(analysis) => {
                let people = on_the_page(&article, analysis.people);
                let cuts = plan_cuts(&article, &people);
                self.show_people(&article, people, &cuts);
            }
            Err(error) => guard::report(&error),
        }
    }

    /// Shows a newsroom's analysis placed on the article's body (headlines then mark the people
    /// it kept); what cannot be placed is warned about once, not again on every re-render.
    fn render_edited(self: &Rc<Self>, article: &ArticleText, analysis: &Rc<Analysis>) {
        let placed = match edited::place(article.body(), analysis) {
            Ok(placed) => placed,
            Err(error) => return guard::report(&error),
        };
        if *self.mismatches.borrow() != placed.mismatches {
            edited::warn(&placed.mismatches);
            *self.mismatches.borrow_mut() = placed.mismatches;
        }
        let mut people = placed.analysis.people;
        let (headlines, offset) = article.headlines();
        mark_known_mentions(&mut people, headlines, offset);
        let cuts = plan_cuts(article, &people);
        self.show_people(article, people, &cuts);
    }

    /// Reads a long article a task at a time, then analyses and wraps it in slices.
    async fn read_in_slices(self: Rc<Self>, mut reader: ArticleReader, generation: u32) {
        loop {
            if !self.yield_still_current(generation).await {
                return;
            }
            if reader.read_for(TASK_BUDGET_MS) {
                break;
            }
        }
        let article = reader.finish();
        if let Some(analysis) = &self.options.edited {
            return self.render_edited(&article, analysis);
        }
        self.render_in_slices(article, generation).await;
    }

    async fn render_in_slices(self: Rc<Self>, article: ArticleText, generation: u32) {
        let steps =
            slices::analyze_in_steps(article.body(), || self.yield_still_current(generation));
        let people = match steps.await {
            Some(Ok(analysis)) => analysis.people,
            Some(Err(error)) => return guard::report(&error),
            None => return,
        };
        if !self.yield_still_current(generation).await {
            return;
        }
        let people = on_the_page(&article, people);
        let cuts = plan_cuts(&article, &people);
        let mut batches = cuts.chunks(SEGMENTS_PER_TASK);
        let first = batches.next().unwrap_or_default();
        self.show_people(&article, people, first);
        for batch in batches {
            if !self.yield_still_current(generation).await {
                return;
            }
            self.wrap(&article, batch);
        }
    }

    /// Gives the browser a turn, then says whether this work is still wanted.
    async fn yield_still_current(&self, generation: u32) -> bool {
        callback::next_task().await;
        self.is_mounted() && self.generation.get() == generation
    }

    /// Stores the people, wraps the first cuts and builds the people list.
    fn show_people(
        self: &Rc<Self>,
        article: &ArticleText,
        people: Vec<Person>,
        cuts: &[SegmentCuts],
    ) {
        let cards_on = optout::cards_enabled();
        let list = self
            .options
            .people_list
            .then(|| self.build_people_list(&people, cards_on))
            .flatten();
        *self.people.borrow_mut() = people;
        self.rendered.borrow_mut().people_list = list;
        if cards_on {
            self.wrap(article, cuts);
        }
    }

    fn build_people_list(self: &Rc<Self>, people: &[Person], cards_on: bool) -> Option<PeopleList> {
        let weak = Rc::downgrade(self);
        let switch_cards = self.switch_cards;
        let mut list = None;
        self.quietly(|| {
            list = PeopleList::build(
                &self.document,
                &self.root,
                people,
                cards_on,
                self.options.theme,
                move |action| match action {
                    ListAction::TurnCardsOn => switch_cards(true),
                    ListAction::ShowQuote { person, quote } => {
                        if let Some(mount) = weak.upgrade() {
                            mount.show_quote(person, quote);
                        }
                    }
                },
            );
        });
        list
    }

    /// Wraps the mentions in the planned text nodes. Wrapping only starts on a connected article.
    fn wrap(&self, article: &ArticleText, cuts: &[SegmentCuts]) {
        if !self.root.is_connected() || !optout::cards_enabled() {
            return;
        }
        let people = self.people.borrow();
        let mut splits = Vec::new();
        self.quietly(|| {
            for planned in cuts {
                if let Some(split) = wrap_segment(&self.document, article, planned, &people) {
                    splits.push(split);
                }
            }
            join_mention_pieces(&splits);
            yield_stops_to_links(&splits);
        });
        self.rendered.borrow_mut().splits.append(&mut splits);
    }

    /// Runs `change` without the live observer seeing it: the widget's own DOM changes never
    /// trigger a re-read.
    fn quietly(&self, change: impl FnOnce()) {
        let live = self.live.borrow();
        if let Some(live) = live.as_ref() {
            live.pause();
        }
        change();
        if let Some(live) = live.as_ref() {
            live.resume();
        }
    }

    /// Scrolls to and highlights one quote of one person.
    fn show_quote(&self, person: usize, quote: usize) {
        let span = self.people.borrow().get(person).and_then(|p| {
            let quote = p.quotes.get(quote)?;
            Some((quote.start, quote.end))
        });
        let Some((start, end)) = span else { return };
        if let Some(range) = read_article(&self.root, Some(&self.options.skip)).range(start, end) {
            passage::show(&range);
        }
    }

    /// Passes the page's events to [`Mount::handle`], holding the mount weakly so that dropping
    /// the listeners frees everything.
    fn event_sink(self: &Rc<Self>) -> impl Fn(Source, &Event) + Clone + 'static {
        let weak = Rc::downgrade(self);
        move |source, event| {
            if let Some(mount) = weak.upgrade() {
                mount.handle(source, event);
            }
        }
    }

    fn handle(self: &Rc<Self>, source: Source, event: &Event) {
        match source {
            Source::Viewport => self.reposition(),
            Source::Storage => {
                let key = property(event, "key").as_string();
                if key.as_deref() == Some(optout::STORAGE_KEY) {
                    self.refresh();
                }
            }
            _ => {
                if let Some(input) = events::input_for(source, event, &**self) {
                    self.dispatch(input, Some(event));
                }
            }
        }
    }

    /// Gives one input to the controller and applies its effects. The controller is borrowed only
    /// while it decides, so effects that fire events synchronously (focus) come back in cleanly.
    fn dispatch(self: &Rc<Self>, input: Input<HtmlElement>, event: Option<&Event>) {
        let effects = self.controller.borrow_mut().handle(input);
        for effect in effects {
            self.apply(effect, event);
        }
    }

    fn apply(self: &Rc<Self>, effect: Effect<HtmlElement>, event: Option<&Event>) {
        match effect {
            Effect::StartOpenTimer => {
                self.timers.borrow_mut().open =
                    self.timer(self.options.open_delay_ms, Input::OpenTimer);
            }
            Effect::CancelOpenTimer => self.timers.borrow_mut().open = None,
            Effect::StartCloseTimer => {
                self.timers.borrow_mut().close =
                    self.timer(self.options.close_delay_ms, Input::CloseTimer);
            }
            Effect::CancelCloseTimer => self.timers.borrow_mut().close = None,
            Effect::Show {
                anchor,
                person,
                pointer_y,
                refill,
            } => self.show_card(&anchor, person, pointer_y, refill),
            Effect::Hide => {
                if let Some(card) = self.card() {
                    card.hide();
                }
            }
            Effect::SetExpanded(anchor, expanded) => set_expanded(&anchor, expanded),
            Effect::FocusCard => {
                if let Some(card) = self.card() {
                    card.focus_first_control();
                }
            }
            Effect::FocusAnchor(anchor) => {
                if anchor.is_connected() {
                    let _ = anchor.focus();
                }
            }
            Effect::PreventDefault => {
                if let Some(event) = event {
                    event.prevent_default();
                }
            }
            Effect::TurnCardsOff => (self.switch_cards)(false),
            Effect::ShowQuote { person, quote } => self.show_quote(person, quote),
            Effect::FocusNextMention { anchor, person } => self.focus_next_mention(&anchor, person),
            Effect::FollowLink(anchor) => {
                if let Some(link) = link_of(&anchor).and_then(|l| l.dyn_into::<HtmlElement>().ok())
                {
                    link.click();
                }
            }
        }
    }

    fn timer(self: &Rc<Self>, delay_ms: u32, input: Input<HtmlElement>) -> Option<Timeout> {
        let weak = Rc::downgrade(self);
        Timeout::new(
            delay_ms,
            Box::new(move || {
                if let Some(mount) = weak.upgrade() {
                    mount.dispatch(input, None);
                }
            }),
        )
    }

    fn card(&self) -> Option<Card> {
        self.card.borrow().clone()
    }

    /// The card, created with its listeners on its first opening, keeping the mount itself light.
    fn card_or_create(self: &Rc<Self>) -> Option<Card> {
        if let Some(card) = self.card() {
            return Some(card);
        }
        let mut created = None;
        // Quietly, for a publisher who mounts the whole <body>, where the card's host lands.
        self.quietly(|| created = Card::create(&self.document, self.options.theme));
        let card = created?;
        let listeners = events::listen_to_card(card.host(), self.event_sink());
        self.listeners.borrow_mut().extend(listeners);
        *self.card.borrow_mut() = Some(card.clone());
        Some(card)
    }

    /// Shows `person`'s card beside the line of `anchor` under the pointer (or its first line).
    fn show_card(
        self: &Rc<Self>,
        anchor: &HtmlElement,
        person: usize,
        pointer_y: Option<f64>,
        refill: bool,
    ) {
        if !anchor.is_connected() {
            return self.dispatch(Input::AnchorGone, None);
        }
        let Some(card) = self.card_or_create() else {
            return;
        };
        if refill || !card.is_shown() {
            let extras = Extras {
                link: link_of(anchor),
                more_mentions: self.mentions_of(person).len() > 1,
            };
            let people = self.people.borrow();
            let Some(person) = people.get(person) else {
                return;
            };
            if card.fill(&self.document, person, &extras).is_none() {
                return;
            }
        }
        self.line.set(line_under(anchor, pointer_y));
        self.reposition();
    }

    /// Keeps the open card beside its name on scroll and resize; closes it if the name is gone.
    fn reposition(self: &Rc<Self>) {
        let Some(anchor) = self.controller.borrow().open().map(|o| o.anchor.clone()) else {
            return;
        };
        let Some(card) = self.card() else { return };
        if !anchor.is_connected() {
            return self.dispatch(Input::AnchorGone, None);
        }
        let rects = anchor.get_client_rects();
        let Some(rect) = rects.get(self.line.get()).or_else(|| rects.get(0)) else {
            return;
        };
        let line = Rect {
            left: number(&rect, "left").unwrap_or(0.0),
            top: number(&rect, "top").unwrap_or(0.0),
            width: number(&rect, "width").unwrap_or(0.0),
            height: number(&rect, "height").unwrap_or(0.0),
        };
        card.show_beside(line, visible_viewport());
    }

    /// The mention elements of one person, in document order, one per mention.
    fn mentions_of(&self, person: usize) -> Vec<HtmlElement> {
        let Some(id) = self.people.borrow().get(person).map(|p| p.id.clone()) else {
            return Vec::new();
        };
        let selector = format!("[{PERSON_ATTRIBUTE}=\"{id}\"]:not([{CONTINUATION_ATTRIBUTE}])");
        let Ok(found) = self.root.query_selector_all(&selector) else {
            return Vec::new();
        };
        (0..found.length())
            .filter_map(|i| found.get(i)?.dyn_into().ok())
            .collect()
    }

    /// Moves focus to the person's next mention (round to the first), whose focus opens the card
    /// there: the path from one keyboard stop per person to every other mention.
    fn focus_next_mention(&self, anchor: &HtmlElement, person: usize) {
        let mentions = self.mentions_of(person);
        let at = mentions.iter().position(|m| m == anchor);
        let next = at.map_or(0, |i| (i + 1) % mentions.len().max(1));
        if let Some(next) = mentions.get(next) {
            let _ = next.focus();
        }
    }
}

impl Names for Mount {
    fn anchor_of(&self, target: &Element) -> Option<Anchor> {
        let mention_selector = format!("[{PERSON_ATTRIBUTE}]");
        let around = target.closest(&mention_selector).ok().flatten();
        // A link around a whole name holds the mention: focusing the link is focusing the name.
        let inside_link = || {
            let is_link = target.tag_name() == "A";
            is_link
                .then(|| target.query_selector(&mention_selector).ok().flatten())
                .flatten()
        };
        let element: HtmlElement = around.or_else(inside_link)?.dyn_into().ok()?;
        if !self.root.contains(Some(&element)) {
            return None;
        }
        let id = element.get_attribute(PERSON_ATTRIBUTE)?;
        let person = self.people.borrow().iter().position(|p| p.id == id)?;
        Some(Anchor { element, person })
    }

    fn card_contains(&self, node: &Node) -> bool {
        self.card().is_some_and(|card| card.contains(node))
    }

    fn open_anchor(&self) -> Option<HtmlElement> {
        self.controller.borrow().open().map(|o| o.anchor.clone())
    }
}

/// The core's people as the page shows them: their mentions in the headline, deck and captions
/// added. (The core reads past soft hyphens inside names itself, with offsets into the text as
/// given.)
fn on_the_page(article: &ArticleText, mut people: Vec<Person>) -> Vec<Person> {
    let (headlines, offset) = article.headlines();
    mark_known_mentions(&mut people, headlines, offset);
    people
}

/// The part of the page the reader sees, in the coordinates `getClientRects` uses. The window's
/// and the visual viewport's sizes, never the root element's: in quirks mode that is the whole
/// document's height.
fn visible_viewport() -> Rect {
    let Some(window) = web_sys::window() else {
        return Rect::default();
    };
    let layout = Rect {
        left: 0.0,
        top: 0.0,
        width: number(&window, "innerWidth").unwrap_or(0.0),
        height: number(&window, "innerHeight").unwrap_or(0.0),
    };
    let visual = property(&window, "visualViewport");
    let field = |name: &str| number(&visual, name);
    match (
        field("offsetLeft"),
        field("offsetTop"),
        field("width"),
        field("height"),
    ) {
        (Some(left), Some(top), Some(width), Some(height)) if width > 0.0 && height > 0.0 => Rect {
            left,
            top,
            width,
            height,
        },
        _ => layout,
    }
}

/// The index of the line box of `anchor` under `pointer_y`, or 0 (a name wrapped over two lines
/// anchors to the line the pointer is on).
fn line_under(anchor: &HtmlElement, pointer_y: Option<f64>) -> u32 {
    let Some(y) = pointer_y else { return 0 };
    let rects = anchor.get_client_rects();
    (0..rects.length())
        .find(|&i| {
            rects
                .get(i)
                .and_then(|r| number(&r, "top").zip(number(&r, "bottom")))
                .is_some_and(|(top, bottom)| top <= y && y <= bottom)
        })
        .unwrap_or(0)
}

/// Marks the name whose card is open (any mention, for the highlight) and tells assistive
/// technology, on the keyboard stops that announce a card.
fn set_expanded(anchor: &HtmlElement, expanded: bool) {
    let _ = if expanded {
        anchor.set_attribute(OPEN_ATTRIBUTE, "")
    } else {
        anchor.remove_attribute(OPEN_ATTRIBUTE)
    };
    if anchor.has_attribute("aria-expanded") {
        let _ = anchor.set_attribute("aria-expanded", if expanded { "true" } else { "false" });
    }
}

/// Runs every stage once on a small detached article, off the page, so the first real mount does
/// not pay for building the core's lexicons and for the first calls into the DOM.
pub fn warm_up(document: &Document) {
    let Some(article) = warm_up_article(document) else {
        return;
    };
    let read = read_article(&article, Some(&Options::default().skip));
    let analysis = match guard::analyze(read.body()) {
        Ok(analysis) => analysis,
        Err(error) => return guard::report(&error),
    };
    let splits: Vec<Split> = plan_cuts(&read, &analysis.people)
        .iter()
        .filter_map(|planned| wrap_segment(document, &read, planned, &analysis.people))
        .collect();
    join_mention_pieces(&splits);
    if let Some(person) = analysis.people.first() {
        super::content::header(document, person, "warm-up", "h2");
        super::content::quotes(document, person);
    }
    style::prepare();
    // The first read of localStorage can block while the browser loads it; do it here, not in a mount.
    optout::cards_enabled();
}

/// `<article><p>Kremlin spokesman Dmitry <a>Peskov</a> said “talks go on,” he told reporters.</p></article>`
fn warm_up_article(document: &Document) -> Option<Element> {
    let article = document.create_element("article").ok()?;
    let paragraph = document.create_element("p").ok()?;
    let link = document.create_element("a").ok()?;
    link.set_text_content(Some("Peskov"));
    paragraph
        .append_with_str_1("Kremlin spokesman Dmitry ")
        .ok()?;
    paragraph.append_with_node_1(&link).ok()?;
    paragraph
        .append_with_str_1(" said \u{201c}talks go on,\u{201d} he told reporters.")
        .ok()?;
    article.append_child(&paragraph).ok()?;
    Some(article)
}
