//! Runs the behaviour spec in `tests/spec/`: one file per pipeline stage, one case per construction
//! a news article uses. A new construction goes in the file of the stage that handles it.
//!
//! Each case is a `### name: description` line, the article text, a `---` line, then the people
//! whosaid must find in order of first mention, one per line as `Name | role` (`-` for no role),
//! each followed by its quotes, indented, as `kind: text`. A case expects exactly these people and
//! quotes, nothing more; a line starting with `#` is a comment. A failure names the case as
//! `stage/name`.

use whosaid::{analyze, QuoteKind};

struct Case {
    name: String,
    text: String,
    expected: Vec<String>,
}

fn cases(spec: &str) -> Vec<Case> {
    spec.split("\n### ")
        .skip(1)
        .map(|block| {
            let (title, rest) = block.split_once('\n').expect("a case has a title line");
            let (name, _description) = title
                .split_once(": ")
                .unwrap_or_else(|| panic!("case {title:?} has no `name: description` title"));
            let (text, expected) = rest
                .split_once("\n---\n")
                .unwrap_or_else(|| panic!("case {name:?} has no --- line"));
            let expected = expected
                .lines()
                .map(str::trim_end)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(str::to_owned)
                .collect();
            Case {
                name: name.to_owned(),
                text: text.to_owned(),
                expected,
            }
        })
        .collect()
}

/// The analysis in the spec's notation.
fn describe(text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for person in analyze(text).people {
        lines.push(format!(
            "{} | {}",
            person.name,
            person.role.as_deref().unwrap_or("-")
        ));
        for quote in person.quotes {
            let kind = match quote.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Mixed => "mixed",
                QuoteKind::Indirect => "indirect",
            };
            lines.push(format!("  {kind}: {}", quote.text));
        }
    }
    lines
}

/// Runs every case of one stage's file and reports all failures at once.
fn check_stage(stage: &str, spec: &str) {
    let cases = cases(spec);
    assert!(!cases.is_empty(), "tests/spec/{stage}.txt lost its cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let got = describe(&case.text);
            (got != case.expected).then(|| {
                format!(
                    "### {stage}/{}\nexpected:\n{}\ngot:\n{}\n",
                    case.name,
                    case.expected.join("\n"),
                    got.join("\n")
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} {stage} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

macro_rules! spec_stages {
    ($($stage:ident),* $(,)?) => {$(
        #[test]
        fn $stage() {
            check_stage(
                stringify!($stage),
                include_str!(concat!("spec/", stringify!($stage), ".txt")),
            );
        }
    )*};
}

spec_stages!(people, roles, quotes, attribution, page);
