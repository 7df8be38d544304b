//! Large articles are analysed a slice at a time, so no single main-thread task runs long; the
//! slices' results are then merged into one list of people.

use crate::Person;

/// Splits `text` at paragraph breaks into slices of about `target_units` UTF-16 code units.
/// Returns `(byte_start, byte_end, utf16_start)` for each slice.
pub fn slice_bounds(text: &str, target_units: usize) -> Vec<(usize, usize, usize)> {
    let mut slices = Vec::new();
    let (mut byte_start, mut utf16_start, mut units) = (0, 0, 0);
    let mut previous = '\0';
    for (byte, c) in text.char_indices() {
        if c == '\n' && previous == '\n' && units >= target_units {
            let end = byte + 1;
            slices.push((byte_start, end, utf16_start));
            utf16_start += units + 1;
            byte_start = end;
            units = 0;
            previous = '\0';
            continue;
        }
        units += c.len_utf16();
        previous = c;
    }
    if byte_start < text.len() {
        slices.push((byte_start, text.len(), utf16_start));
    }
    slices
}

/// Adds one slice's people to `people`, moving their offsets by `utf16_offset`. A person seen in an
/// earlier slice is the same person when the id matches, or when the later slice only names them
/// by a surname that exactly one earlier person's full name ends with.
pub fn merge(people: &mut Vec<Person>, slice: Vec<Person>, utf16_offset: usize) {
    for mut person in slice {
        for mention in &mut person.mentions {
            mention.start += utf16_offset;
            mention.end += utf16_offset;
        }
        for quote in &mut person.quotes {
            quote.start += utf16_offset;
            quote.end += utf16_offset;
        }
        match same_person(people, &person) {
            Some(index) => {
                let known = &mut people[index];
                known.mentions.append(&mut person.mentions);
                known.quotes.append(&mut person.quotes);
                if known.role.is_none() {
                    known.role = person.role;
                }
            }
            None => people.push(person),
        }
    }
}

fn same_person(people: &[Person], person: &Person) -> Option<usize> {
    if let Some(index) = people.iter().position(|known| known.id == person.id) {
        return Some(index);
    }
    if person.name.split_whitespace().count() != 1 {
        return None;
    }
    let mut matches = people
        .iter()
        .enumerate()
        .filter(|(_, known)| known.name.split_whitespace().last() == Some(person.name.as_str()));
    match (matches.next(), matches.next()) {
        (Some((index, _)), None) => Some(index),
        _ => None,
    }
}
