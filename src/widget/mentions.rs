//! Which mentions get wrapped and which one of each person is the keyboard stop. No DOM, so
//! `cargo test` checks it natively.
//!
//! One Tab stop per person, the first mention: a page with 107 mentions is not 107 stops. The
//! others stay reachable with the pointer, and from the card ("Next mention").

use crate::Person;

/// One mention to wrap, in UTF-16 offsets of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Planned {
    /// Start of the mention.
    pub start: usize,
    /// One past its end.
    pub end: usize,
    /// Index of the person.
    pub person: usize,
    /// Whether it is the person's keyboard stop.
    pub stop: bool,
}

/// Every non-empty mention of every person in text order; of overlapping mentions the one that
/// starts first is kept. Each person's first kept mention is their keyboard stop.
pub fn plan_mentions(people: &[Person]) -> Vec<Planned> {
    let mut spans: Vec<(usize, usize, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(person, p)| p.mentions.iter().map(move |m| (m.start, m.end, person)))
        .filter(|(start, end, _)| start < end)
        .collect();
    crate::order::sort(&mut spans);
    let mut has_stop = vec![false; people.len()];
    let mut covered_until = 0;
    let mut planned = Vec::with_capacity(spans.len());
    for (start, end, person) in spans {
        if start < covered_until {
            continue;
        }
        covered_until = end;
        let stop = !std::mem::replace(&mut has_stop[person], true);
        planned.push(Planned {
            start,
            end,
            person,
            stop,
        });
    }
    planned
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    fn person(spans: &[(usize, usize)]) -> Person {
        Person {
            id: String::new(),
            name: String::new(),
            role: None,
            mentions: spans
                .iter()
                .map(|&(start, end)| Span {
                    start,
                    end,
                    text: String::new(),
                })
                .collect(),
            quotes: vec![],
        }
    }

    #[test]
    fn each_person_has_one_stop_at_their_first_mention() {
        let people = [person(&[(50, 56), (0, 13)]), person(&[(20, 27), (80, 87)])];
        let stops: Vec<(usize, bool)> = plan_mentions(&people)
            .iter()
            .map(|p| (p.start, p.stop))
            .collect();
        assert_eq!(stops, [(0, true), (20, true), (50, false), (80, false)]);
    }

    #[test]
    fn overlapping_and_empty_mentions_are_dropped() {
        let people = [person(&[(0, 13), (7, 13), (30, 30)])];
        assert_eq!(plan_mentions(&people).len(), 1);
    }
}
