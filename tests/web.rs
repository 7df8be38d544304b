#![cfg(target_arch = "wasm32")]
//! Browser tests of the widget in headless Chromium: reading the article, mapping offsets across
//! text nodes, wrapping and restoring, and the card's states.
//!
//! The widget is private to the library, so its source is compiled into this test crate, where
//! `crate::analyze` is the scripted analyser below instead of the core. Each test then states
//! exactly which people, mentions and quotes the widget receives, whatever the core's quality.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement};
use whosaid::{
    place_edited, validate, Analysis, AnalysisError, Mismatch, Person, Placed, Quote, QuoteKind,
    Span, FORMAT,
};

wasm_bindgen_test_configure!(run_in_browser);

#[allow(dead_code)]
#[path = "../src/case.rs"]
mod case;
/// The crate's one sort, which the widget's modules call as `crate::order`.
#[allow(dead_code)]
#[path = "../src/order.rs"]
mod order;
#[path = "../src/widget/mod.rs"]
mod widget;

/// The core's furniture rules, which the widget reads blocks with.
#[path = "../src/furniture.rs"]
mod furniture;

use widget::dom_text::read_article;
use widget::options::Options;

thread_local! {
    /// The people the scripted analyser knows: (full name, the forms it is mentioned by).
    static CAST: RefCell<Vec<(&'static str, Vec<&'static str>)>> = const { RefCell::new(Vec::new()) };
}

/// The scripted analyser: finds every listed name form, and gives each “curly-quoted” passage to
/// the person mentioned last before it. Text containing "PANIC" makes it fail like a core bug.
fn analyze(text: &str) -> Analysis {
    assert!(!text.contains("PANIC"), "scripted analyser failure");
    let cast = CAST.with(|cast| cast.borrow().clone());
    let mut people: Vec<Person> = cast
        .iter()
        .map(|(name, _)| Person {
            id: name.to_lowercase().replace(' ', "-"),
            name: name.to_string(),
            role: None,
            mentions: vec![],
            quotes: vec![],
        })
        .collect();
    for (index, (_, forms)) in cast.iter().enumerate() {
        people[index].mentions = find_forms(text, forms);
    }
    for (start, end, quoted) in curly_quotes(text) {
        let speaker = people
            .iter_mut()
            .filter_map(|p| {
                p.mentions
                    .iter()
                    .filter(|m| m.end <= start)
                    .map(|m| m.end)
                    .max()
                    .map(|at| (at, p))
            })
            .max_by_key(|(at, _)| *at)
            .map(|(_, p)| p);
        if let Some(person) = speaker {
            person.quotes.push(Quote {
                kind: QuoteKind::Direct,
                text: quoted,
                cue: Some("said".into()),
                start,
                end,
            });
        }
    }
    people.retain(|p| !p.mentions.is_empty());
    Analysis {
        format: FORMAT,
        people,
    }
}

/// The core's text as its stages read it; the scripted analyser reads it as it is.
struct Visible<'t> {
    text: &'t str,
}

impl<'t> Visible<'t> {
    fn new(text: &'t str) -> Self {
        Visible { text }
    }
}

/// The core's stepwise analyser as the widget drives it, over the scripted analyser: one step that
/// does nothing, then the analysis.
struct Analyser<'t> {
    text: &'t str,
    started: bool,
}

enum Progress<'t> {
    Working(Analyser<'t>),
    Done(Analysis),
}

impl<'t> Analyser<'t> {
    fn new(text: &'t Visible<'t>) -> Self {
        Analyser {
            text: text.text,
            started: false,
        }
    }

    fn step(self) -> Progress<'t> {
        if self.started {
            return Progress::Done(analyze(self.text));
        }
        Progress::Working(Analyser {
            started: true,
            ..self
        })
    }
}

fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

/// Every occurrence of the longest forms first, never overlapping.
fn find_forms(text: &str, forms: &[&str]) -> Vec<Span> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut forms = forms.to_vec();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    for form in forms {
        for (byte, _) in text.match_indices(form) {
            let end = byte + form.len();
            if spans.iter().all(|&(s, e)| end <= s || byte >= e) {
                spans.push((byte, end));
            }
        }
    }
    spans.sort_unstable();
    spans
        .into_iter()
        .map(|(s, e)| Span {
            start: utf16_offset(text, s),
            end: utf16_offset(text, e),
            text: text[s..e].to_string(),
        })
        .collect()
}

fn curly_quotes(text: &str) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..]
        .find('\u{201c}')
        .map(|i| rest + i + '\u{201c}'.len_utf8())
    {
        let Some(close) = text[open..].find('\u{201d}').map(|i| open + i) else {
            break;
        };
        found.push((
            utf16_offset(text, open),
            utf16_offset(text, close),
            text[open..close].to_string(),
        ));
        rest = close;
    }
    found
}

fn cast(people: &[(&'static str, &[&'static str])]) {
    CAST.with(|cast| {
        *cast.borrow_mut() = people
            .iter()
            .map(|(name, forms)| (*name, forms.to_vec()))
            .collect()
    });
}

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Builds an article from test markup (the fixture, not the widget, uses innerHTML).
fn article(html: &str) -> Element {
    let element = document().create_element("article").unwrap();
    element.set_inner_html(html);
    document().body().unwrap().append_child(&element).unwrap();
    element
}

fn mentions(root: &Element) -> Vec<HtmlElement> {
    let list = root.query_selector_all("[data-whosaid-person]").unwrap();
    (0..list.length())
        .map(|i| list.get(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn quiet_options() -> Options {
    Options {
        people_list: false,
        ..Options::default()
    }
}

fn card_panel() -> Option<HtmlElement> {
    let hosts = document().query_selector_all("whosaid-card").unwrap();
    (0..hosts.length()).rev().find_map(|i| {
        let host: Element = hosts.get(i)?.dyn_into().ok()?;
        host.shadow_root()?
            .query_selector("[role=dialog]")
            .ok()??
            .dyn_into()
            .ok()
    })
}

async fn settle(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

const PESKOV: (&str, &[&str]) = ("Dmitry Peskov", &["Dmitry Peskov", "Peskov"]);
const WITKOFF: (&str, &[&str]) = ("Steve Witkoff", &["Steve Witkoff", "Witkoff"]);

#[wasm_bindgen_test]
fn reads_blocks_as_paragraphs_and_skips_what_readers_never_see() {
    let root = article(
        "<h1>Title</h1><p>One <b>two</b><br>three</p><script>var x = 1;</script><style>p{}</style>\
         <template><p>hidden</p></template><ul><li>a</li><li>b</li></ul><p class=extra>By Jo Bloggs</p><p hidden>gone</p>",
    );
    let read = read_article(&root, Some(".extra"));
    assert_eq!(read.body(), "One two\nthree\n\na\n\nb\n\n");
    assert_eq!(read.headlines().0, "Title\n\n");
    root.remove();
}

#[wasm_bindgen_test]
fn furniture_is_left_out_and_headlines_and_captions_are_read_apart() {
    let root = article(
        "<header><h1>Peskov speaks</h1><p class=standfirst>A deck</p><p>By Ola Berg, Moscow</p></header>\
         <figure><img alt=x><figcaption>Peskov in May. <span>Photo: Al Roe/Reuters</span></figcaption></figure>\
         <p>Body text here.</p><p>Heba Saleh contributed reporting.</p>\
         <aside><p>Related: Minister quits</p></aside><div class=\"story-promo\"><p>Ana Cruz writes.</p></div>\
         <p><span rel=author>Jo Park</span></p><p>Reporting by Ana Cruz; Editing by Bo Lind</p>",
    );
    let read = read_article(&root, Some(&Options::default().skip));
    assert_eq!(read.body(), "Body text here.\n\n");
    let (headlines, offset) = read.headlines();
    assert_eq!(headlines, "Peskov speaks\n\nA deck\n\nPeskov in May. \n\n");
    assert_eq!(offset, read.body().encode_utf16().count());
    root.remove();
}

#[wasm_bindgen_test]
fn a_headline_marks_a_known_person_and_never_creates_one() {
    cast(&[PESKOV, WITKOFF]);
    let root = article("<h1>Witkoff and Peskov</h1><p>Dmitry Peskov spoke. Peskov left.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    let texts: Vec<String> = mentions(&root)
        .iter()
        .map(|s| s.text_content().unwrap())
        .collect();
    assert_eq!(texts, ["Peskov", "Dmitry Peskov", "Peskov"]);
    assert_eq!(mount.people_count(), 1);
    let stops: Vec<String> = mentions(&root)
        .iter()
        .filter(|s| s.tab_index() == 0)
        .map(|s| s.text_content().unwrap())
        .collect();
    assert_eq!(
        stops,
        ["Dmitry Peskov"],
        "the body's first mention is the stop"
    );
    mount.unmount();
    root.remove();
}

#[wasm_bindgen_test]
fn one_keyboard_stop_per_person_and_the_card_reaches_the_others() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov spoke.</p><p>Peskov left.</p><p>Peskov returned.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    let names = mentions(&root);
    let tab_indexes: Vec<i32> = names.iter().map(|n| n.tab_index()).collect();
    assert_eq!(tab_indexes, [0, -1, -1]);
    names[0].focus().unwrap();
    let next = card_panel()
        .unwrap()
        .query_selector(".next")
        .unwrap()
        .expect("a Next mention button");
    next.dyn_into::<HtmlElement>().unwrap().click();
    let active = document().active_element().unwrap();
    assert!(
        active.is_same_node(Some(&names[1])),
        "focus moved to the next mention"
    );
    assert!(!card_panel().unwrap().hidden(), "its card is open there");
    mount.unmount();
    root.remove();
}

#[wasm_bindgen_test]
fn every_text_node_maps_one_to_one_onto_the_article_text() {
    let root = article(
        "<p>\n    Dmitry <a href=#>Peskov</a>\tsaid 😀 “yes”</p><div>Next <em>block</em></div>",
    );
    let read = read_article(&root, None);
    let utf16: Vec<u16> = read.text.encode_utf16().collect();
    for segment in &read.segments {
        let data: Vec<u16> = segment.node.data().encode_utf16().collect();
        let mapped = &utf16[segment.start..segment.end()];
        assert_eq!(mapped.len(), data.len());
        for (m, d) in mapped.iter().zip(&data) {
            let whitespace = char::from_u32(u32::from(*d)).is_some_and(char::is_whitespace);
            assert!(m == d || (whitespace && *m == u16::from(b' ')));
        }
    }
    root.remove();
}

#[wasm_bindgen_test]
fn a_range_crosses_inline_markup_by_utf16_offsets() {
    let root = article("<p>😀 Dmitry <a href=#>Peskov</a> spoke.</p>");
    let read = read_article(&root, None);
    let start = "😀 ".encode_utf16().count();
    let range = read
        .range(start, start + "Dmitry Peskov".len())
        .expect("a range over two text nodes");
    assert_eq!(String::from(range.to_string()), "Dmitry Peskov");
    root.remove();
}

#[wasm_bindgen_test]
fn a_first_name_and_a_linked_surname_become_one_mention() {
    cast(&[PESKOV]);
    let root =
        article("<p>Kremlin spokesman Dmitry <a href=#>Peskov</a> said 😀 Peskov agreed.</p>");
    let html_before = root.inner_html();
    let text_before = root.text_content().unwrap();
    let link = root.query_selector("a").unwrap().unwrap();
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    let spans = mentions(&root);
    let texts: Vec<String> = spans.iter().map(|s| s.text_content().unwrap()).collect();
    assert_eq!(texts, ["Dmitry Peskov", "Peskov"]);
    assert!(
        !spans[0].has_attribute("tabindex"),
        "the link inside the first mention is its keyboard stop"
    );
    assert_eq!(spans[1].tab_index(), -1, "one stop per person");
    assert!(
        spans[0].contains(Some(&link)),
        "the link itself moved into the mention"
    );
    assert_eq!(root.text_content().unwrap(), text_before);
    mount.unmount();
    assert_eq!(root.inner_html(), html_before);
    assert!(root
        .query_selector("a")
        .unwrap()
        .unwrap()
        .is_same_node(Some(&link)));
    root.remove();
}

#[wasm_bindgen_test]
fn a_name_that_ends_inside_longer_markup_keeps_a_continuation_piece() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry <a href=#>Peskov and aides</a> spoke.</p>");
    let html_before = root.inner_html();
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    let spans = mentions(&root);
    let texts: Vec<String> = spans.iter().map(|s| s.text_content().unwrap()).collect();
    assert_eq!(texts, ["Dmitry ", "Peskov"]);
    assert_eq!(spans[0].tab_index(), 0);
    assert!(spans[1].has_attribute("data-whosaid-continuation"));
    assert_eq!(spans[1].parent_element().unwrap().tag_name(), "A");
    mount.unmount();
    assert_eq!(root.inner_html(), html_before);
    root.remove();
}

#[wasm_bindgen_test]
fn unmount_restores_the_dom_exactly_and_keeps_node_identity() {
    cast(&[PESKOV, WITKOFF]);
    let root = article(
        "<p>Dmitry Peskov met Steve <i>Witkoff</i>. “Fine,” Peskov said.</p><p>Witkoff left.</p>",
    );
    let html_before = root.inner_html();
    let first_text = root
        .query_selector("p")
        .unwrap()
        .unwrap()
        .first_child()
        .unwrap();
    let mount = widget::page::mount(root.clone(), Options::default()).unwrap();
    assert_eq!(
        mentions(&root).len(),
        4,
        "Steve <i>Witkoff</i> is one mention"
    );
    assert!(root
        .next_element_sibling()
        .is_some_and(|s| s.tag_name() == "WHOSAID-PEOPLE"));
    mount.unmount();
    assert_eq!(root.inner_html(), html_before);
    assert!(root
        .query_selector("p")
        .unwrap()
        .unwrap()
        .first_child()
        .unwrap()
        .is_same_node(Some(&first_text)));
    assert!(root.next_element_sibling().is_none());
    assert!(document().query_selector("whosaid-card").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
fn mounting_twice_wraps_once() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov spoke and Peskov left.</p>");
    let first = widget::page::mount(root.clone(), quiet_options()).unwrap();
    let second = widget::page::mount(root.clone(), quiet_options()).unwrap();
    assert_eq!(mentions(&root).len(), 2);
    assert!(std::rc::Rc::ptr_eq(&first, &second));
    first.unmount();
    assert_eq!(mentions(&root).len(), 0);
    root.remove();
}

#[wasm_bindgen_test]
fn focus_opens_a_labelled_dialog_and_escape_closes_it() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov said “talks go on” today.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    let name = mentions(&root).remove(0);
    name.focus().unwrap();
    let panel = card_panel().expect("a card");
    assert!(!panel.hidden());
    assert_eq!(name.get_attribute("aria-expanded").as_deref(), Some("true"));
    let label_id = panel.get_attribute("aria-labelledby").unwrap();
    let shadow = panel
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .unwrap();
    assert_eq!(
        shadow
            .get_element_by_id(&label_id)
            .unwrap()
            .text_content()
            .as_deref(),
        Some("Dmitry Peskov")
    );
    assert_eq!(
        panel
            .query_selector(".text")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("talks go on")
    );
    let escape = web_sys::KeyboardEventInit::new();
    escape.set_key("Escape");
    escape.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &escape).unwrap();
    name.dispatch_event(&event).unwrap();
    assert!(panel.hidden());
    assert_eq!(
        name.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    mount.unmount();
    root.remove();
}

#[wasm_bindgen_test]
fn markup_in_quotes_reaches_the_card_as_text() {
    cast(&[PESKOV]);
    let root = article("<p>Peskov said “&lt;img src=x onerror=alert(1)&gt; &lt;/span&gt;&lt;b onmouseover=alert(2)&gt;”.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    mentions(&root)[0].focus().unwrap();
    let panel = card_panel().unwrap();
    let text = panel.query_selector(".text").unwrap().unwrap();
    assert_eq!(
        text.text_content().as_deref(),
        Some("<img src=x onerror=alert(1)> </span><b onmouseover=alert(2)>")
    );
    assert!(panel.query_selector("img, b").unwrap().is_none());
    mount.unmount();
    root.remove();
}

#[wasm_bindgen_test]
fn a_person_never_quoted_gets_the_empty_state() {
    cast(&[WITKOFF]);
    let root = article("<p>Steve Witkoff did not comment.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    mentions(&root)[0].focus().unwrap();
    let empty = card_panel()
        .unwrap()
        .query_selector(".empty")
        .unwrap()
        .expect("an empty state");
    assert_eq!(
        empty.text_content().as_deref(),
        Some("Steve Witkoff is not quoted in this article.")
    );
    mount.unmount();
    root.remove();
}

#[wasm_bindgen_test]
async fn removing_the_article_while_its_card_is_open_throws_nothing() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov said “yes”.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    mentions(&root)[0].focus().unwrap();
    root.remove();
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("resize").unwrap())
        .unwrap();
    settle(200).await;
    assert!(card_panel().unwrap().hidden());
    mount.unmount();
}

#[wasm_bindgen_test]
async fn removing_a_mention_while_its_card_is_open_closes_the_card() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov said “yes”.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    let name = mentions(&root).remove(0);
    name.focus().unwrap();
    name.remove();
    web_sys::window()
        .unwrap()
        .dispatch_event(&web_sys::Event::new("scroll").unwrap())
        .unwrap();
    settle(200).await;
    assert!(card_panel().unwrap().hidden());
    mount.unmount();
    assert_eq!(
        root.text_content().unwrap(),
        " said “yes”.",
        "text the page removed stays removed"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn paragraphs_added_later_get_their_cards_and_own_changes_do_not_loop() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov spoke.</p>");
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    settle(300).await;
    let first = mentions(&root).remove(0);
    assert!(
        first.is_connected(),
        "the widget's own wrapping must not trigger a re-read"
    );
    let added = document().create_element("p").unwrap();
    added.set_text_content(Some("Later, Peskov added more."));
    root.append_child(&added).unwrap();
    settle(300).await;
    assert_eq!(
        added
            .query_selector_all("[data-whosaid-person]")
            .unwrap()
            .length(),
        1
    );
    mount.unmount();
    root.remove();
}

#[wasm_bindgen_test]
fn a_failing_analysis_leaves_the_article_untouched() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov said PANIC.</p>");
    let before = root.inner_html();
    let mount = widget::page::mount(root.clone(), quiet_options()).unwrap();
    assert_eq!(root.inner_html(), before);
    mount.unmount();
    root.remove();
    let next = article("<p>Dmitry Peskov spoke.</p>");
    let working = widget::page::mount(next.clone(), quiet_options()).unwrap();
    assert_eq!(
        mentions(&next).len(),
        1,
        "the widget still works after the failure"
    );
    working.unmount();
    next.remove();
}

#[wasm_bindgen_test]
fn the_off_switch_unwraps_and_turning_on_wraps_again() {
    cast(&[PESKOV]);
    let root = article("<p>Dmitry Peskov said “no”.</p>");
    let mount = widget::page::mount(root.clone(), Options::default()).unwrap();
    widget::page::set_cards_enabled(false);
    assert!(!widget::optout::cards_enabled());
    assert_eq!(mentions(&root).len(), 0);
    let list = root.next_element_sibling().unwrap().shadow_root().unwrap();
    assert!(list.query_selector(".turn-on").unwrap().is_some());
    widget::page::set_cards_enabled(true);
    assert_eq!(mentions(&root).len(), 1);
    mount.unmount();
    root.remove();
}

#[wasm_bindgen_test]
async fn long_articles_are_analysed_in_steps_that_give_the_analysis() {
    use widget::slices::analyze_in_steps;
    cast(&[("Dmitry Peskov", &["Dmitry Peskov", "Peskov"])]);
    let text = "Dmitry Peskov said \u{201c}talks go on.\u{201d}";
    let mut pauses = 0;
    let steps = analyze_in_steps(text, || {
        pauses += 1;
        async { true }
    });
    assert_eq!(steps.await.unwrap().unwrap(), analyze(text));
    assert_eq!(pauses, 2);
    assert!(analyze_in_steps(text, || async { false }).await.is_none());
    let failing = analyze_in_steps("PANIC", || async { true }).await;
    assert!(matches!(failing, Some(Err(_))));
}
