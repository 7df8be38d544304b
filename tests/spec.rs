//! Runs every case of `tests/spec.txt`: the article text, then exactly the people, roles and
//! quotes whosaid must find. A failure names the case.

use whosaid::{analyze, QuoteKind};

struct Case {
    title: String,
    text: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let spec = include_str!("spec.txt");
    let mut cases = Vec::new();
    for block in spec.split("\n### ").skip(1) {
        let (title, rest) = block.split_once('\n').expect("a case has a title line");
        let (text, expected) = rest
            .split_once("\n---\n")
            .unwrap_or_else(|| panic!("case {title:?} has no --- line"));
        let expected = expected
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        cases.push(Case {
            title: title.to_owned(),
            text: text.to_owned(),
            expected,
        });
    }
    cases
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

#[test]
fn spec_cases() {
    let cases = cases();
    assert!(cases.len() >= 20, "the spec lost its cases");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let got = describe(&case.text);
            (got != case.expected).then(|| {
                format!(
                    "### {}\nexpected:\n{}\ngot:\n{}\n",
                    case.title,
                    case.expected.join("\n"),
                    got.join("\n")
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} spec cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
