//! "People quoted in this article": a `<details>` block after the article that gives screen-reader
//! and touch readers every card's content without hovering.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use super::callback::Listener;
use super::card::open_shadow;
use super::content::{
    self, append_child, element, set_attribute, PERSON_INDEX_ATTRIBUTE, QUOTE_INDEX_ATTRIBUTE,
};
use super::dom_text::UI_ATTRIBUTE;
use super::options::Theme;
use crate::Person;

/// What a reader asked for from the list.
pub enum ListAction {
    /// Scroll to and highlight one quote of one person.
    ShowQuote {
        /// Index of the person.
        person: usize,
        /// Index of the quote in the person's quotes.
        quote: usize,
    },
    /// Turn name cards back on for the site.
    TurnCardsOn,
}

/// The list's host element, right after the article, and its click listener.
pub struct PeopleList {
    host: HtmlElement,
    _clicks: Listener,
}

impl PeopleList {
    /// Builds the list after `article`. With cards off it still appears, to offer turning them on.
    pub fn build(
        document: &Document,
        article: &Element,
        people: &[Person],
        cards_on: bool,
        theme: Theme,
        on_action: impl Fn(ListAction) + 'static,
    ) -> Option<PeopleList> {
        let quoted: Vec<(usize, &Person)> = people
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.quotes.is_empty())
            .collect();
        if quoted.is_empty() && cards_on {
            return None;
        }
        let host: HtmlElement = document
            .create_element("whosaid-people")
            .ok()?
            .dyn_into()
            .ok()?;
        set_attribute(&host, UI_ATTRIBUTE, "people");
        theme.apply(&host);
        let shadow = open_shadow(&host)?;
        let details = element(document, "details", "people", None);
        let title = format!("People quoted in this article ({})", quoted.len());
        append_child(&details, &element(document, "summary", "", Some(&title)));
        if !cards_on {
            append_child(&details, &cards_off_notice(document));
        }
        append_child(&details, &person_items(document, &quoted));
        append_child(&shadow, &details);
        let on_click = move |event: &web_sys::Event| {
            if let Some(action) = action_for(event) {
                on_action(action);
            }
        };
        let _clicks = Listener::new(&host, "click", false, Box::new(on_click));
        article.after_with_node_1(&host).ok()?;
        Some(PeopleList { host, _clicks })
    }

    /// Takes the list out of the page.
    pub fn remove(&self) {
        self.host.remove();
    }
}

fn cards_off_notice(document: &Document) -> Element {
    let notice = element(
        document,
        "p",
        "notice",
        Some("Name cards are off on this site. "),
    );
    let turn_on = element(document, "button", "turn-on", Some("Turn them on"));
    set_attribute(&turn_on, "type", "button");
    append_child(&notice, &turn_on);
    notice
}

fn person_items(document: &Document, quoted: &[(usize, &Person)]) -> Element {
    let list = element(document, "ul", "people-list", None);
    for (index, person) in quoted {
        let item = element(document, "li", "person", None);
        set_attribute(&item, PERSON_INDEX_ATTRIBUTE, &index.to_string());
        append_child(
            &item,
            &content::header(document, person, &format!("whosaid-person-{index}"), "h3"),
        );
        append_child(&item, &content::quotes(document, person));
        append_child(&list, &item);
    }
    list
}

/// Reads which button inside the shadow root was pressed.
fn action_for(event: &web_sys::Event) -> Option<ListAction> {
    let target: Element = event.composed_path().get(0).dyn_into().ok()?;
    let button = target.closest("button").ok()??;
    if button.matches(".turn-on").unwrap_or(false) {
        return Some(ListAction::TurnCardsOn);
    }
    let quote = button.get_attribute(QUOTE_INDEX_ATTRIBUTE)?.parse().ok()?;
    let person_item = button
        .closest(&format!("[{PERSON_INDEX_ATTRIBUTE}]"))
        .ok()??;
    let person = person_item
        .get_attribute(PERSON_INDEX_ATTRIBUTE)?
        .parse()
        .ok()?;
    Some(ListAction::ShowQuote { person, quote })
}
