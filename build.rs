//! Packs the word lists in `data/` for `src/lexicon.rs`, so that they cost less of the wasm
//! download while the files stay plain text to edit.
//!
//! Each list is sorted and written with front coding: every word is one byte saying how many bytes
//! it shares with the word before it (below [`SHARED_LIMIT`], so it also marks where a word
//! starts), then the rest of the word. With gzip on top this is about 30% smaller than the sorted
//! text, and splitting the given names by gender drops their tags. The lexicon searches the lists
//! as they are, without unpacking them. (A minimal automaton that shares suffixes too came out
//! 60% larger after gzip: its links are bytes gzip cannot squeeze.)

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

/// The shared-prefix byte stays below this; words hold no control characters, so it is unambiguous.
/// Keep in step with `src/lexicon.rs`.
const SHARED_LIMIT: u8 = 0x20;

/// The plain lists, one word a line, each packed under the name of its first file; the lexicon asks
/// only whether a word is in any file of a group.
const WORD_LISTS: [&[&str]; 6] = [
    &["common-words"],
    &["known-non-persons", "non-persons"],
    &["name-like-words"],
    &["non-person-words"],
    &["role-nouns"],
    &["sentence-starters"],
];

/// The given names, "name TAG" a line (m, f, else unknown); a later file wins for a name in both.
const GIVEN_NAME_LISTS: [&str; 2] = ["given-names", "given-names-intl"];

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out_dir = Path::new(&out_dir);
    println!("cargo:rerun-if-changed=build.rs");

    for group in WORD_LISTS {
        let texts: Vec<String> = group.iter().map(|list| read_list(list)).collect();
        let words = texts
            .iter()
            .flat_map(|text| text.lines())
            .filter(|line| !line.is_empty());
        write_packed(out_dir, group[0], words);
    }

    let mut genders = BTreeMap::new();
    for list in GIVEN_NAME_LISTS {
        for line in read_list(list).lines() {
            if let Some((name, tag)) = line.split_once(' ') {
                let gender = match tag {
                    "m" => "m",
                    "f" => "f",
                    _ => "u",
                };
                genders.insert(name.to_owned(), gender);
            }
        }
    }
    for gender in ["m", "f", "u"] {
        let names = genders
            .iter()
            .filter(|(_, g)| **g == gender)
            .map(|(name, _)| name.as_str());
        write_packed(out_dir, &format!("given-names-{gender}"), names);
    }

    write_lowercase_runs(out_dir);
    for sheet in ["card", "page"] {
        write_minified_css(out_dir, sheet);
    }
}

fn read_list(list: &str) -> String {
    let path = format!("data/{list}.txt");
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {path}: {err}"))
}

/// Writes `OUT_DIR/NAME.words`: the words sorted, without repeats, front-coded.
fn write_packed<'a>(out_dir: &Path, name: &str, words: impl Iterator<Item = &'a str>) {
    let mut words: Vec<&str> = words.collect();
    words.sort_unstable();
    words.dedup();
    let mut packed = Vec::new();
    let mut previous: &[u8] = &[];
    for word in words {
        let word = word.as_bytes();
        assert!(
            word.iter().all(|&b| b >= SHARED_LIMIT),
            "data/{name}: control character in {:?}",
            String::from_utf8_lossy(word)
        );
        let shared = word
            .iter()
            .zip(previous)
            .take_while(|(a, b)| a == b)
            .count();
        // The lexicon's search needs the exact count, so a word may share no more than fits.
        assert!(
            shared < usize::from(SHARED_LIMIT),
            "data/{name}: {:?} shares {SHARED_LIMIT} bytes or more with the word before it",
            String::from_utf8_lossy(word)
        );
        packed.push(shared as u8);
        packed.extend_from_slice(&word[shared..]);
        previous = word;
    }
    let path = out_dir.join(format!("{name}.words"));
    fs::write(&path, packed).unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

/// Writes `OUT_DIR/lowercase.rs`: `char::to_lowercase` of this Rust's Unicode as runs of letters
/// that move by one distance, for `src/case.rs`. About 180 runs stand for the standard library's
/// table of 1,400 pairs, which is five times the size in the wasm.
fn write_lowercase_runs(out_dir: &Path) {
    // (first letter, distance to its lower case, letters in the run, step between them)
    let mut runs: Vec<(u32, i64, u32, u32)> = Vec::new();
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        let first = lower.next().expect("every char has a lower case");
        if lower.next().is_some() {
            assert_eq!(
                c, '\u{130}',
                "a new multi-letter lower case: teach src/case.rs"
            );
            continue;
        }
        if first == c {
            continue;
        }
        let distance = i64::from(u32::from(first)) - i64::from(u32::from(c));
        let code = u32::from(c);
        match runs.last_mut() {
            Some((start, d, count, step))
                if *d == distance && *count < 255 && extends_run(*start, *count, *step, code) =>
            {
                *step = (code - *start) / *count;
                *count += 1;
            }
            _ => runs.push((code, distance, 1, 1)),
        }
    }
    let mut source = format!(
        "const LOWERCASE_RUNS: [(u32, i32, u8, u8); {}] = [\n",
        runs.len()
    );
    for (start, distance, count, step) in runs {
        writeln!(source, "    ({start:#x}, {distance}, {count}, {step}),")
            .expect("writes to a String");
    }
    source.push_str("];\n");
    let path = out_dir.join("lowercase.rs");
    fs::write(&path, source).unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

/// Whether `code` is the next letter of the run that starts at `start`: right after a run of one,
/// or one step after the last of a longer run (steps of 1 or 2, as upper and lower cases alternate).
fn extends_run(start: u32, count: u32, step: u32, code: u32) -> bool {
    if count == 1 {
        matches!(code - start, 1 | 2)
    } else {
        code == start + count * step
    }
}

/// Writes `OUT_DIR/NAME.css`: `src/widget/NAME.css` without its comments and the spaces CSS does
/// not need (around braces, semicolons and commas), for `src/widget/style.rs`. Quoted strings stay
/// as they are.
fn write_minified_css(out_dir: &Path, sheet: &str) {
    let path = format!("src/widget/{sheet}.css");
    println!("cargo:rerun-if-changed={path}");
    let css = fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {path}: {err}"));
    let mut out = String::with_capacity(css.len());
    let mut rest = css.as_str();
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            let end = rest
                .find("*/")
                .unwrap_or_else(|| panic!("{path}: unclosed comment"));
            rest = &rest[end + 2..];
        } else if c == '"' || c == '\'' {
            let end = rest[1..]
                .find(c)
                .unwrap_or_else(|| panic!("{path}: unclosed string"));
            out.push_str(&rest[..end + 2]);
            rest = &rest[end + 2..];
        } else if c.is_whitespace() {
            rest = rest.trim_start();
            let next = rest.chars().next();
            let needed = !out.ends_with(['{', '}', ';', ',']) && !out.is_empty();
            if needed && !next.is_some_and(|n| matches!(n, '{' | '}' | ';' | ',')) && next.is_some()
            {
                out.push(' ');
            }
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    let target = out_dir.join(format!("{sheet}.css"));
    fs::write(&target, out)
        .unwrap_or_else(|err| panic!("cannot write {}: {err}", target.display()));
}
