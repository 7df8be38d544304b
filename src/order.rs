//! Sorting through one routine. Each `sort` of another element type or comparator puts another
//! copy of the standard library's sort into the wasm (a few KB each); every sort here orders the
//! items' indices through one comparator object instead, so the wasm holds one. All are stable.

use std::cmp::Ordering;

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// Sorts `items` by `key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` by `compare`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The indices `0..len` in the order `compare` (of two indices) puts them: a bottom-up merge
/// sort, a few hundred bytes of wasm where the standard library's stable sort is a few KB.
#[inline(never)]
fn sorted_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                // On a tie the left run goes first, which keeps the sort stable.
                let from_left = right == end
                    || (left < middle && compare(order[left], order[right]) != Ordering::Greater);
                let taken = if from_left { &mut left } else { &mut right };
                *slot = order[*taken];
                *taken += 1;
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn sorts_in_natural_order_and_by_comparator() {
        let mut numbers = vec![5, 3, 9, 1, 3];
        sort(&mut numbers);
        assert_eq!(numbers, [1, 3, 3, 5, 9]);
        sort_by(&mut numbers, |a, b| b.cmp(a));
        assert_eq!(numbers, [9, 5, 3, 3, 1]);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // Lengths around the powers of two the merge widths meet, keys with many ties.
        for len in 0..70 {
            let keys: Vec<u32> = (0..len).map(|i| (i * 7919 + 13) % 5).collect();
            let mut items: Vec<(u32, u32)> = keys.iter().copied().zip(0..).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|&(k, _)| k);
            sort_by_key(&mut items, |&(k, _)| k);
            assert_eq!(items, expected, "length {len}");
        }
    }
}
