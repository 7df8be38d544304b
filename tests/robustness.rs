//! Hostile and broken input (issue 5). whosaid runs inside other people's pages on text nobody
//! checked: `analyze` must never panic or run away on a megabyte of hostile text, a quote that
//! never closes must not swallow the rest of the article, and every offset must slice out its
//! own text. How cost grows with size is measured by `benches/scaling.rs`.
//!
//! The property tests run 256 cases each. A long run, optimised in its own target directory
//! (`--release` cannot build tests: the release profile aborts on panic):
//! `CARGO_TARGET_DIR=target/robustness-long CARGO_PROFILE_DEV_OPT_LEVEL=3 WHOSAID_FUZZ_CASES=1000000 cargo test --test robustness properties`
#![cfg(not(target_arch = "wasm32"))] // native only: threads, files and processes

mod support;

use proptest::prelude::*;
use proptest::sample::{select, Index};
use std::sync::{mpsc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;
use support::inputs::{self, LOPEZ_CLAIM, LOPEZ_SAID};
use support::well_formed::check_well_formed;
use whosaid::{analyze, place_edited, Analysis, Person, QuoteKind};

/// The stack a WebAssembly module gets from rustc by default: deep recursion on a hostile input
/// must fail here, not only in a reader's browser.
const WASM_STACK_BYTES: usize = 1 << 20;

/// Far above what a linear pass over a few megabytes needs even unoptimised; a run past it is a
/// blow-up, not a slow machine.
const DEADLINE: Duration = Duration::from_secs(60);

/// Taken around each checked analysis, so the megabyte inputs run one at a time and each meets
/// [`DEADLINE`] however many tests share the machine's two cores.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Analyses `text` as the widget would (on a 1 MiB stack), then checks the result's contract.
/// Panics if `analyze` panics, outlives [`DEADLINE`], or breaks the contract.
fn analyze_checked(text: &str) -> Analysis {
    let _alone = one_at_a_time();
    let (sender, receiver) = mpsc::channel();
    let owned = text.to_owned();
    let worker = thread::Builder::new()
        .stack_size(WASM_STACK_BYTES)
        .spawn(move || sender.send(analyze(&owned)))
        .expect("a thread for analyze");
    let analysis = match receiver.recv_timeout(DEADLINE) {
        Ok(analysis) => analysis,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("analyze took over {DEADLINE:?} on {} bytes", text.len())
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let _ = worker.join();
            panic!(
                "analyze panicked on {} bytes (its message is above)",
                text.len()
            )
        }
    };
    if let Err(broken) = check_well_formed(text, &analysis) {
        panic!("ill-formed analysis of {} bytes: {broken}", text.len());
    }
    analysis
}

fn person_named<'a>(analysis: &'a Analysis, name: &str) -> Option<&'a Person> {
    analysis.people.iter().find(|person| person.name == name)
}

fn person<'a>(analysis: &'a Analysis, name: &str) -> &'a Person {
    person_named(analysis, name)
        .unwrap_or_else(|| panic!("{name} not found; people: {:?}", names(analysis)))
}

/// Asserts that `name` is found with a quote of `kind` that contains `words`.
fn assert_quoted(analysis: &Analysis, name: &str, kind: QuoteKind, words: &str) {
    let quotes = &person(analysis, name).quotes;
    assert!(
        quotes
            .iter()
            .any(|quote| quote.kind == kind && quote.text.contains(words)),
        "{name} has no {kind:?} quote with {words:?}; quotes: {quotes:?}"
    );
}

fn names(analysis: &Analysis) -> Vec<&str> {
    analysis
        .people
        .iter()
        .map(|person| person.name.as_str())
        .collect()
}

mod properties {
    use super::*;

    /// Cases per property: 256, or `WHOSAID_FUZZ_CASES` for a long run.
    fn config() -> ProptestConfig {
        let cases = std::env::var("WHOSAID_FUZZ_CASES").map_or(256, |cases| {
            cases
                .parse()
                .expect("WHOSAID_FUZZ_CASES must be a whole number")
        });
        // A failure is kept as a named regression test below, not in a side file.
        ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    /// Pieces of news prose that break naive parsers: names and titles, attribution cues,
    /// quotation marks of every script, line ends, and characters whose case mapping or UTF-16
    /// length differs from their UTF-8 one.
    const HOSTILE_TOKENS: &[&str] = &[
        "Maria",
        "Lopez",
        "Dmitry",
        "Peskov",
        "O'Brien",
        "Jean-Luc",
        "McDonald",
        "de la Cruz",
        "Mr.",
        "Ms.",
        "Dr.",
        "President",
        "spokesman",
        "U.S.",
        "Kremlin",
        "said",
        "says",
        "told",
        "added",
        "according to",
        "that",
        "he",
        "she",
        "they",
        "asked",
        "denied that",
        "called",
        "described",
        "as",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        "‹",
        "›",
        "「",
        "」",
        ",",
        ".",
        ":",
        ";",
        "?",
        "!",
        "—",
        "–",
        "-",
        "(",
        ")",
        "…",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "\t",
        "\0",
        "\u{200B}",
        "\u{200D}",
        "\u{FEFF}",
        "\u{202E}",
        "\u{2028}",
        "\u{00A0}",
        "محمد",
        "שלום",
        "👩‍⚖️",
        "🇺🇸",
        "e\u{301}",
        "😀",
        "Ǆ",
        "İ",
        "ß",
        "ﬁ",
        "Q:",
        "A:",
        "'s",
        "’s",
        "A.J.",
        "L.",
        "von der",
        "in the words of",
        "Sen.",
        "minister",
        "coach",
        "who",
        "replied",
        "wrote",
        "JOHN SMITH",
        "his",
        "her",
        "the",
        "Later",
        "[",
        "]",
        "/",
        "&",
    ];

    fn arbitrary_text() -> impl Strategy<Value = String> {
        prop::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter)
    }

    fn hostile_prose() -> impl Strategy<Value = String> {
        let piece = (select(HOSTILE_TOKENS), select(&[" ", " ", "", "\n"][..]));
        prop::collection::vec(piece, 0..120).prop_map(|pieces| {
            pieces
                .into_iter()
                .flat_map(|(token, separator)| [token, separator])
                .collect()
        })
    }

    /// One edit to a real article; positions are fractions of its length, moved back to a
    /// character boundary.
    #[derive(Debug, Clone)]
    enum Mutation {
        Delete(Index, usize),
        Insert(Index, &'static str),
        InsertChar(Index, char),
        Duplicate(Index, usize),
        Truncate(Index),
    }

    impl Mutation {
        fn apply(&self, text: &mut String) {
            let at = |index: &Index| floor_char_boundary(text, index.index(text.len() + 1));
            match self {
                Mutation::Delete(start, len) => {
                    let start = at(start);
                    let end = floor_char_boundary(text, start + len);
                    text.replace_range(start..end, "");
                }
                Mutation::Insert(position, token) => text.insert_str(at(position), token),
                Mutation::InsertChar(position, char) => text.insert(at(position), *char),
                Mutation::Duplicate(start, len) => {
                    let start = at(start);
                    let copy = text[start..floor_char_boundary(text, start + len)].to_owned();
                    text.insert_str(start, &copy);
                }
                Mutation::Truncate(position) => text.truncate(at(position)),
            }
        }
    }

    fn floor_char_boundary(text: &str, at: usize) -> usize {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            (any::<Index>(), 1..300usize).prop_map(|(at, len)| Mutation::Delete(at, len)),
            (any::<Index>(), select(HOSTILE_TOKENS))
                .prop_map(|(at, token)| Mutation::Insert(at, token)),
            (any::<Index>(), any::<char>()).prop_map(|(at, char)| Mutation::InsertChar(at, char)),
            (any::<Index>(), 1..3000usize).prop_map(|(at, len)| Mutation::Duplicate(at, len)),
            any::<Index>().prop_map(Mutation::Truncate),
        ]
    }

    fn mutated_article() -> impl Strategy<Value = String> {
        edited_article().prop_map(|(_, edited)| edited)
    }

    /// A dev article and the same article after a few edits.
    fn edited_article() -> impl Strategy<Value = (String, String)> {
        (any::<Index>(), prop::collection::vec(mutation(), 1..12)).prop_map(|(which, mutations)| {
            let articles = inputs::dev_articles();
            let original = articles[which.index(articles.len())].clone();
            let mut text = original.clone();
            for mutation in &mutations {
                mutation.apply(&mut text);
            }
            (original, text)
        })
    }

    /// An analysis placed on an edited text: every entry is kept where its text is, or reported.
    fn assert_placed_where_its_text_is(original: &str, edited: &str) -> Result<(), TestCaseError> {
        let analysis = analyze(original);
        let placed = place_edited(edited, &analysis);
        let units: Vec<u16> = edited.encode_utf16().collect();
        let mut kept = 0;
        for person in &placed.analysis.people {
            let mentions = person.mentions.iter().map(|m| (m.start, m.end, &m.text));
            let quotes = person.quotes.iter().map(|q| (q.start, q.end, &q.text));
            for (start, end, text) in mentions.chain(quotes) {
                let slice = units.get(start..end).map(String::from_utf16_lossy);
                prop_assert_eq!(
                    slice.as_ref(),
                    Some(text),
                    "an entry is not where its text is"
                );
                kept += 1;
            }
        }
        let given: usize = analysis
            .people
            .iter()
            .map(|p| p.mentions.len() + p.quotes.len())
            .sum();
        prop_assert_eq!(
            kept + placed.mismatches.len(),
            given,
            "an entry is neither kept nor reported"
        );
        Ok(())
    }

    /// Well formed, and the same on a second run: a hover card must not change on a reload
    /// because a hash map iterated in another order.
    fn assert_well_formed(text: &str) -> Result<(), TestCaseError> {
        let (analysis, again) = (analyze(text), analyze(text));
        check_well_formed(text, &analysis).map_err(TestCaseError::fail)?;
        prop_assert_eq!(analysis, again, "two runs on the same text differ");
        Ok(())
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn arbitrary_text_gives_a_well_formed_analysis(text in arbitrary_text()) {
            assert_well_formed(&text)?;
        }

        #[test]
        fn name_and_quote_heavy_text_gives_a_well_formed_analysis(text in hostile_prose()) {
            assert_well_formed(&text)?;
        }

        #[test]
        fn mutated_dev_articles_give_a_well_formed_analysis(text in mutated_article()) {
            assert_well_formed(&text)?;
        }

        #[test]
        fn an_analysis_placed_on_an_edited_article_is_kept_where_its_text_is_or_reported(
            (original, edited) in edited_article()
        ) {
            assert_placed_where_its_text_is(&original, &edited)?;
        }
    }
}

mod pathological {
    use super::*;

    #[test]
    fn the_dev_articles_give_well_formed_repeatable_analyses_that_name_someone() {
        for article in inputs::dev_articles() {
            let analysis = analyze_checked(article);
            // The comparisons below (CRLF, NUL, 1 MB) would prove nothing on empty analyses.
            assert!(
                !analysis.people.is_empty(),
                "no one found in {:?}",
                article.lines().next()
            );
            assert_eq!(
                analyze_checked(article),
                analysis,
                "two runs differ on {:?}",
                article.lines().next()
            );
        }
    }

    #[test]
    fn empty_and_near_empty_texts_name_no_one() {
        for text in [
            "", " ", "\n\n", "\r\n", "\0", "\u{FEFF}", "\u{200B}", "\"", "“", "”", "said", "A",
            "“”", "\"\"",
        ] {
            assert!(
                analyze_checked(text).people.is_empty(),
                "someone found in {text:?}"
            );
        }
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_attribution_after_it() {
        for opener in ["\"", "“", "‘", "«", "„"] {
            let text = format!("He said: {opener}this never closes.\n\n{LOPEZ_SAID}");
            assert_quoted(
                &analyze_checked(&text),
                "Maria Lopez",
                QuoteKind::Indirect,
                LOPEZ_CLAIM,
            );
        }
    }

    #[test]
    fn an_unclosed_quote_opening_an_article_leaves_its_people_and_quotes() {
        for article in inputs::dev_articles() {
            let plain = analyze_checked(article);
            let broken = analyze_checked(&format!("“{article}"));
            for person in plain
                .people
                .iter()
                .filter(|person| !person.quotes.is_empty())
            {
                let kept = person_named(&broken, &person.name);
                assert!(
                    kept.is_some_and(|kept| !kept.quotes.is_empty()),
                    "{} lost every quote to an unclosed quote before the article",
                    person.name
                );
            }
        }
    }

    #[test]
    fn paragraphs_of_unclosed_quotes_each_keep_their_attribution() {
        let text = inputs::unclosed_quotes(20_000);
        let paragraphs = text.matches(LOPEZ_SAID).count();
        let analysis = analyze_checked(&text);
        let lopez = person(&analysis, "Maria Lopez");
        let reported = lopez
            .quotes
            .iter()
            .filter(|quote| quote.text.contains(LOPEZ_CLAIM))
            .count();
        assert_eq!(
            reported, paragraphs,
            "each of the {paragraphs} attributions after an unclosed quote"
        );
    }

    #[test]
    fn unbalanced_quotation_marks_give_a_well_formed_analysis() {
        let analysis = analyze_checked(&inputs::unbalanced_quotes(200_000));
        person(&analysis, "Maria Lopez");
    }

    #[test]
    fn deeply_nested_quotes_do_not_exhaust_the_stack() {
        let analysis = analyze_checked(&inputs::nested_quotes(300_000));
        assert_quoted(
            &analysis,
            "Maria Lopez",
            QuoteKind::Direct,
            inputs::NESTED_WORDS,
        );
    }

    #[test]
    fn a_megabyte_article_finds_everyone_a_single_copy_does() {
        let single: String = inputs::dev_articles().join("\n\n");
        let once = analyze_checked(&single);
        let megabyte = analyze_checked(&inputs::articles(1_000_000));
        let found = names(&megabyte);
        let missing: Vec<&str> = names(&once)
            .into_iter()
            .filter(|name| !found.contains(name))
            .collect();
        assert!(
            missing.is_empty(),
            "in one copy of the articles but not in 1 MB of them: {missing:?}"
        );
    }

    #[test]
    fn the_end_of_a_300_kb_paragraph_is_still_read() {
        let text = format!("{} {LOPEZ_SAID}", inputs::one_paragraph(300_000));
        assert_quoted(
            &analyze_checked(&text),
            "Maria Lopez",
            QuoteKind::Indirect,
            LOPEZ_CLAIM,
        );
    }

    #[test]
    fn a_million_character_token_leaves_the_sentences_around_it() {
        let analysis = analyze_checked(&inputs::giant_token(1_000_000));
        assert_quoted(&analysis, "Maria Lopez", QuoteKind::Indirect, LOPEZ_CLAIM);
        assert_quoted(
            &analysis,
            "John Smith",
            QuoteKind::Indirect,
            "the plan was dead",
        );
    }

    #[test]
    fn thousands_of_capitalised_names_leave_the_attribution_after_them() {
        let text = inputs::capitalised_names(60_000);
        assert!(
            text.split(' ').count() > 5_000,
            "the input should hold thousands of words"
        );
        assert_quoted(
            &analyze_checked(&text),
            "Maria Lopez",
            QuoteKind::Indirect,
            LOPEZ_CLAIM,
        );
    }

    #[test]
    fn speech_verbs_with_no_names_name_no_one() {
        let analysis = analyze_checked(&inputs::speech_verbs(200_000));
        assert!(
            analysis.people.is_empty(),
            "people found in bare speech verbs: {:?}",
            names(&analysis)
        );
    }

    #[test]
    fn rtl_emoji_and_zero_width_characters_keep_offsets_and_quotes() {
        let analysis = analyze_checked(&inputs::mixed_scripts(20_000));
        assert_quoted(&analysis, "Maria Lopez", QuoteKind::Direct, "We won 🎉");
    }

    #[test]
    fn zero_width_and_bidi_marks_inside_a_sentence_keep_the_speaker() {
        let text =
            "\u{FEFF}\u{202A}Maria Lopez\u{202C} said\u{00A0}the vote would go ahead.\u{200B}";
        person(&analyze_checked(text), "Maria Lopez");
    }

    /// CRLF articles must give what their LF originals give, line ends aside.
    #[test]
    fn invisible_characters_inside_names_keep_the_name_and_its_offsets() {
        let text =
            "Vladi\u{AD}mir Pu\u{200B}tin said the talks had failed. \u{FEFF}Pu\u{2060}tin agreed.";
        let analysis = analyze_checked(text);
        let putin = person(&analysis, "Vladimir Putin");
        let mentions: Vec<&str> = putin.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(mentions, ["Vladi\u{AD}mir Pu\u{200B}tin", "Pu\u{2060}tin"]);
        assert_quoted(
            &analysis,
            "Vladimir Putin",
            QuoteKind::Indirect,
            "the talks had failed",
        );
    }

    #[test]
    fn crlf_line_ends_find_the_same_people_and_quotes() {
        for article in inputs::dev_articles() {
            let lf = analyze_checked(article);
            let crlf = analyze_checked(&inputs::with_crlf(article));
            assert_eq!(names(&crlf), names(&lf), "people differ with CRLF");
            for (crlf_person, lf_person) in crlf.people.iter().zip(&lf.people) {
                assert_eq!(
                    quoted(crlf_person),
                    quoted(lf_person),
                    "{}'s quotes differ with CRLF",
                    lf_person.name
                );
            }
        }
    }

    fn quoted(person: &Person) -> Vec<(QuoteKind, String)> {
        person
            .quotes
            .iter()
            .map(|quote| (quote.kind, quote.text.replace("\r\n", "\n")))
            .collect()
    }

    #[test]
    fn nul_characters_at_line_ends_find_the_same_people() {
        for article in inputs::dev_articles() {
            let plain = analyze_checked(article);
            let with_nuls = analyze_checked(&inputs::with_nuls(article));
            assert_eq!(
                names(&with_nuls),
                names(&plain),
                "people differ with NULs at line ends"
            );
        }
    }

    #[test]
    fn every_hostile_shape_at_a_megabyte_gives_a_well_formed_analysis() {
        for (_, build) in inputs::SHAPES {
            analyze_checked(&build(1_000_000));
        }
    }
}

/// Inputs that once broke the core, kept as found. The quadratic blow-ups found on the way
/// (a run of closing marks, thousands of names, quote marks that never pair) are shapes in
/// `inputs::SHAPES`, whose cost the benchmark `cargo bench --bench scaling` measures (timing
/// belongs in benchmarks, not in tests).
mod regressions {
    use super::*;

    /// roles: the appositive after a name was read one token past the end of the text when the
    /// comma after the name was the last token.
    #[test]
    fn a_comma_after_a_name_at_the_very_end() {
        for text in [
            "…Q:assaysde la Cruz ,",
            "🇺🇸\nﬁ \" Maria\n\u{feff} ,",
            "Kremlin spokesman Dmitry Peskov said so. Dmitry Peskov,",
        ] {
            analyze_checked(text);
        }
    }

    /// attribution: a name opening the text before an "-ing" reporting verb looked one token
    /// before the start for "with" ("with Peskov saying"). Found by the long property run.
    #[test]
    fn a_name_opening_the_text_before_a_verb_in_ing() {
        for text in [
            "Maria Lopez saying the vote would go ahead.",
            "Lo asking religious schools to pay taxes for property and local services.",
        ] {
            analyze_checked(text);
        }
    }

    /// attribution: a verb of saying opening the text, its report judged from the token before
    /// the text ("denied that …" as the first words). Found by the property run.
    #[test]
    fn a_verb_of_saying_opening_the_text() {
        analyze_checked("denied that Maria that 's Maria ? Maria ");
    }

    /// attribution: a verb and the word that opens its clause, or its comma, as the text's last
    /// words ("says that", "spoke of", "said,") read one token past the end. Found by the property
    /// run.
    #[test]
    fn a_clause_opener_at_the_very_end() {
        for text in [
            "Ann Dewar runs the office.\n\nDewar says that",
            "Ann Dewar runs the office. Dewar told reporters that",
            "Ann Dewar runs the office. Dewar spoke of",
            "Ann Dewar runs the office. After the match, Dewar said,",
            "Ana Ruiz spoke. Of the plan, she said,",
            "Maria Lopez said,",
        ] {
            analyze_checked(text);
        }
    }

    /// attribution: a passive verb of saying as the text's last word looked one token past the
    /// end for "by" ("was asked by X whether").
    #[test]
    fn a_passive_verb_at_the_very_end() {
        for text in [
            "Maria Lopez was told",
            "Maria Lopez was told by Maria Lopez",
        ] {
            analyze_checked(text);
        }
    }

    /// attribution: "according to" as the text's last words looked for the source's sentence
    /// one token past the end.
    #[test]
    fn according_to_at_the_very_end() {
        for text in [
            "according to ",
            "Maria Lopez was there, according to",
            "according to\n\n",
        ] {
            analyze_checked(text);
        }
    }
}

/// Work, not time: how much `analyze` does on each hostile shape, counted as the bytes it
/// allocates, must grow in proportion to the text. A stage that copies or collects the rest of a
/// sentence at every name or verb (once, "Ann Lee said " 4,000 times took seconds) allocates in
/// proportion to the square of the text, which this catches at sizes small enough for every run.
mod work {
    use super::*;
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    thread_local! {
        /// Bytes allocated by this thread so far: tests run on threads of their own.
        static ALLOCATED: Cell<usize> = const { Cell::new(0) };
    }

    /// The system allocator, counting what each thread asks of it.
    struct Counting;

    // SAFETY: every call goes to the system allocator unchanged; the count is a thread-local
    // integer, which itself needs no allocation.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            count(layout.size());
            System.alloc(layout)
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            System.dealloc(ptr, layout)
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            count(new_size);
            System.realloc(ptr, layout, new_size)
        }
    }

    #[global_allocator]
    static COUNTING: Counting = Counting;

    fn count(bytes: usize) {
        let _ = ALLOCATED.try_with(|total| total.set(total.get().saturating_add(bytes)));
    }

    fn bytes_allocated_analysing(text: &str) -> usize {
        let before = ALLOCATED.with(Cell::get);
        drop(analyze(text));
        ALLOCATED.with(Cell::get) - before
    }

    /// Four times the text may cost at most six times the work (linear is four, quadratic
    /// sixteen).
    #[test]
    fn every_hostile_shape_costs_in_proportion_to_its_length() {
        const SMALL: usize = 20_000;
        for (shape, build) in inputs::SHAPES {
            let small = bytes_allocated_analysing(&build(SMALL));
            let large = bytes_allocated_analysing(&build(4 * SMALL));
            assert!(
                large <= 6 * small,
                "{shape}: {small} bytes allocated for {SMALL} bytes of text, {large} for four times as much"
            );
        }
    }
}
