//! One mounted article: reads it, asks the core who is in it, wraps their names and owns
//! everything it added. Unmounting restores the article and drops every listener.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use web_sys::{Document, Element, HtmlElement};

use super::card::Card;
use super::dom_text::{read_article, ArticleText};
use super::events;
use super::live::LiveObserver;
use super::options::Options;
use super::people_list::{ListAction, PeopleList};
use super::slices;
use super::wrap::{
    join_mention_pieces, plan_cuts, wrap_segment, Anchor, SegmentCuts, Split, PERSON_ATTRIBUTE,
};
use super::{guard, optout, passage, style};
use crate::Person;

/// Articles longer than this (UTF-16 code units) are analysed in steps and wrapped in slices.
const SLICE_UNITS: usize = 40_000;
/// Text nodes wrapped per task when wrapping in slices.
const SEGMENTS_PER_TASK: usize = 400;

thread_local! {
    /// Every live mount, so a second `mount` of the same element finds the first and the "off"
    /// switch reaches every article on the page.
    static MOUNTS: RefCell<Vec<Rc<Mount>>> = const { RefCell::new(Vec::new()) };
}

/// A mounted article.
pub struct Mount {
    /// The article element.
    pub root: Element,
    /// The page's document.
    pub document: Document,
    /// The publisher's options.
    pub options: Options,
    /// What the mount changed and what the card shows; see [`State`].
    pub state: RefCell<State>,
    live: RefCell<Option<LiveObserver>>,
}

/// The mutable side of a mount.
#[derive(Default)]
pub struct State {
    /// The people found in the article.
    pub people: Vec<Person>,
    /// Split text nodes, to restore on unmount.
    pub splits: Vec<Split>,
    /// The card, created when it first opens.
    pub card: Option<Card>,
    /// The open card's person and the name element it belongs to.
    pub open: Option<events::OpenCard>,
    /// Timers and suppression for the card's opening and closing.
    pub timing: events::Timing,
    /// Delegated listeners on the article, document, window and card.
    pub listeners: Vec<EventListener>,
    /// The "People quoted in this article" list.
    pub people_list: Option<PeopleList>,
    /// Bumped whenever the article is re-read, so stale sliced work stops.
    pub generation: u32,
}

/// Mounts `root`, or returns the mount it already has: mounting twice wraps once.
pub fn mount(root: Element, options: Options) -> Option<Rc<Mount>> {
    if let Some(existing) = find(&root) {
        return Some(existing);
    }
    let document = root.owner_document()?;
    let mount = Rc::new(Mount {
        root,
        document,
        options,
        state: RefCell::default(),
        live: RefCell::new(None),
    });
    style::retain_page_styles(&mount.document);
    events::attach(&mount);
    MOUNTS.with(|mounts| mounts.borrow_mut().push(Rc::clone(&mount)));
    mount.render();
    *mount.live.borrow_mut() = LiveObserver::watch(&mount.root, Rc::downgrade(&mount));
    Some(mount)
}

fn find(root: &Element) -> Option<Rc<Mount>> {
    MOUNTS.with(|mounts| {
        mounts
            .borrow()
            .iter()
            .find(|m| m.root.is_same_node(Some(root)))
            .cloned()
    })
}

/// Every live mount.
pub fn all() -> Vec<Rc<Mount>> {
    MOUNTS.with(|mounts| mounts.borrow().clone())
}

impl Mount {
    /// Whether this mount is still attached to its article.
    pub fn is_mounted(&self) -> bool {
        MOUNTS.with(|mounts| {
            mounts
                .borrow()
                .iter()
                .any(|m| std::ptr::eq(Rc::as_ptr(m), self))
        })
    }

    /// Restores the article exactly and removes everything the mount added.
    pub fn unmount(self: &Rc<Self>) {
        if !self.is_mounted() {
            return;
        }
        MOUNTS.with(|mounts| mounts.borrow_mut().retain(|m| !Rc::ptr_eq(m, self)));
        self.live.borrow_mut().take();
        self.clear();
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.listeners.clear();
            if let Some(card) = state.card.take() {
                card.remove();
            }
        }
        style::release_page_styles(&self.document);
        passage::clear();
    }

    /// Reads the article again and re-renders: after live changes, or after cards are turned on or off.
    pub fn refresh(self: &Rc<Self>) {
        self.clear();
        self.render();
    }

    /// Puts the article back as it was and removes the people list; listeners stay.
    fn clear(&self) {
        events::close(self);
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return;
        };
        state.generation += 1;
        let splits = std::mem::take(&mut state.splits);
        let list = state.people_list.take();
        drop(state);
        self.quietly(|| {
            for split in splits.iter().rev() {
                split.restore();
            }
            if let Some(list) = list {
                list.remove();
            }
        });
    }

    /// Reads, analyses and wraps: at once for an ordinary article, in slices for a long one.
    fn render(self: &Rc<Self>) {
        let article = read_article(&self.root, Some(&self.options.skip));
        if article.text.encode_utf16().count() > SLICE_UNITS {
            let generation = self.state.borrow().generation;
            wasm_bindgen_futures::spawn_local(
                Rc::clone(self).render_in_slices(article, generation),
            );
            return;
        }
        match guard::analyze(&article.text) {
            Ok(analysis) => {
                let cuts = plan_cuts(&article, &analysis.people);
                self.show_people(&article, analysis.people, &cuts);
            }
            Err(error) => guard::report(&error),
        }
    }

    async fn render_in_slices(self: Rc<Self>, article: ArticleText, generation: u32) {
        let steps =
            slices::analyze_in_steps(&article.text, || self.yield_still_current(generation));
        let people = match steps.await {
            Some(Ok(analysis)) => analysis.people,
            Some(Err(error)) => return guard::report(&error),
            None => return,
        };
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
        gloo_timers::future::TimeoutFuture::new(0).await;
        self.is_mounted()
            && self
                .state
                .try_borrow()
                .is_ok_and(|state| state.generation == generation)
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
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.people = people;
            state.people_list = list;
        }
        if cards_on {
            self.wrap(article, cuts);
        }
    }

    fn build_people_list(self: &Rc<Self>, people: &[Person], cards_on: bool) -> Option<PeopleList> {
        let weak = Rc::downgrade(self);
        let mut list = None;
        self.quietly(|| {
            list = PeopleList::build(
                &self.document,
                &self.root,
                people,
                cards_on,
                self.options.theme,
                move |action| {
                    on_list_action(&weak, action);
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
        let Ok(mut state) = self.state.try_borrow_mut() else {
            return;
        };
        let state = &mut *state;
        self.quietly(|| {
            let first_new = state.splits.len();
            for planned in cuts {
                if let Some(split) = wrap_segment(&self.document, article, planned, &state.people) {
                    state.splits.push(split);
                }
            }
            join_mention_pieces(&state.splits[first_new..]);
        });
    }

    /// Runs `change` without the live observer seeing it: the widget's own DOM changes never
    /// trigger a re-read.
    pub fn quietly(&self, change: impl FnOnce()) {
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
    pub fn show_quote(&self, person: usize, quote: usize) {
        let span = self.state.try_borrow().ok().and_then(|state| {
            let quote = state.people.get(person)?.quotes.get(quote)?;
            Some((quote.start, quote.end))
        });
        let Some((start, end)) = span else { return };
        if let Some(range) = read_article(&self.root, Some(&self.options.skip)).range(start, end) {
            passage::show(&range);
        }
    }

    /// The mention element `target` is in, with the index of its person, if it is in this article.
    pub fn anchor_of(&self, target: &Element) -> Option<Anchor> {
        let element: HtmlElement =
            wasm_bindgen::JsCast::dyn_into(target.closest(&format!("[{PERSON_ATTRIBUTE}]")).ok()??)
                .ok()?;
        if !self.root.contains(Some(&element)) {
            return None;
        }
        let id = element.get_attribute(PERSON_ATTRIBUTE)?;
        let person = self
            .state
            .try_borrow()
            .ok()?
            .people
            .iter()
            .position(|p| p.id == id)?;
        Some(Anchor { element, person })
    }
}

/// Runs every stage once on a small detached article, off the page, so the first real mount does
/// not pay for building the core's lexicons and for the first calls into the DOM.
pub fn warm_up(document: &Document) {
    let Some(article) = warm_up_article(document) else {
        return;
    };
    let read = read_article(&article, Some(&Options::default().skip));
    let analysis = match guard::analyze(&read.text) {
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

/// Turns name cards on or off for the site and re-renders every article on the page.
pub fn set_cards_enabled(enabled: bool) {
    optout::remember(enabled);
    for mount in all() {
        mount.refresh();
    }
}

fn on_list_action(mount: &Weak<Mount>, action: ListAction) {
    match action {
        ListAction::TurnCardsOn => set_cards_enabled(true),
        ListAction::ShowQuote { person, quote } => {
            if let Some(mount) = mount.upgrade() {
                mount.show_quote(person, quote);
            }
        }
    }
}
