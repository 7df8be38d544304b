//! Byte offsets → UTF-16 offsets, which is what the DOM and JavaScript strings count.

/// A table of UTF-16 offsets for every byte offset of one text, built in one pass.
pub struct Utf16Offsets {
    at_byte: Vec<u32>,
}

impl Utf16Offsets {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Self {
        let mut at_byte = Vec::with_capacity(text.len() + 1);
        let mut units = 0u32;
        for c in text.chars() {
            for _ in 0..c.len_utf8() {
                at_byte.push(units);
            }
            units += c.len_utf16() as u32;
        }
        at_byte.push(units);
        Utf16Offsets { at_byte }
    }

    /// The UTF-16 offset of byte offset `byte` (a char boundary).
    pub fn at(&self, byte: usize) -> usize {
        self.at_byte[byte] as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_surrogate_pairs_as_two() {
        let text = "a😀é b";
        let o = Utf16Offsets::new(text);
        assert_eq!(o.at(1), 1);
        assert_eq!(o.at(5), 3);
        assert_eq!(o.at(text.len()), 6);
    }
}
