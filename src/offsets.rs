//! Byte offsets (used everywhere inside) to UTF-16 code units (used in the output): one table per
//! text ([`Utf16Offsets`]) answers every question.
//!
//! ```
//! use article_annotator::offsets::Utf16Offsets;
//! let text = "é😀x";
//! let m = Utf16Offsets::new(text);
//! assert_eq!(m.get(0), 0);
//! assert_eq!(m.get(2), 1); // after "é" (2 bytes, 1 unit)
//! assert_eq!(m.get(6), 3); // after "😀" (4 bytes, 2 units)
//! assert_eq!(m.get(7), 4);
//! ```

/// UTF-16 units in a run of UTF-8 bytes, counted from the bytes directly: every byte that starts a
/// char is one unit, the first byte of a 4-byte char one more.
#[inline]
fn units(bytes: &[u8]) -> usize {
    if bytes.is_ascii() {
        return bytes.len(); // the common case, checked a word at a time
    }
    // counted in bytes, STRIDE at a time (a valid UTF-8 run counts at most one unit more than its
    // bytes, so 64 bytes never overflow a byte), which vectorises
    bytes
        .chunks(STRIDE)
        .map(|c| {
            c.iter().fold(0u8, |n, &b| n + ((b & 0xC0) != 0x80) as u8 + (b >= 0xF0) as u8) as usize
        })
        .sum()
}

/// UTF-16 offsets of any byte offset, after one pass over the text: the offset of every
/// [`STRIDE`]-th byte is kept, and a question counts the few bytes after the nearest one (no
/// sorting of the questions, constant time each; see the module's example).
pub struct Utf16Offsets<'a> {
    text: &'a str,
    /// UTF-16 offset of byte `k * STRIDE`.
    marks: Vec<usize>,
    len: usize,
}

/// Bytes between two kept offsets.
pub const STRIDE: usize = 64;

impl<'a> Utf16Offsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut marks = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut n = 0;
        for chunk in text.as_bytes().chunks(STRIDE) {
            marks.push(n);
            n += units(chunk);
        }
        Utf16Offsets { text, marks, len: n }
    }

    /// The UTF-16 offset of byte offset `b` (clamped to the text; a `b` inside a char counts up to
    /// the char's start).
    pub fn get(&self, b: usize) -> usize {
        let mut b = b.min(self.text.len());
        while !self.text.is_char_boundary(b) {
            b -= 1;
        }
        let k = b / STRIDE;
        match self.marks.get(k) {
            // the kept byte may sit inside a char: `units` counts chars by their first byte, so a
            // char that starts before the mark and ends after it was counted once, before it
            Some(&m) => m + units(&self.text.as_bytes()[k * STRIDE..b]),
            None => self.len,
        }
    }

    /// Total length of the text in UTF-16 units.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_in_any_order_agree_with_a_full_count() {
        let text: String = "a😀é".repeat(5000);
        let m = Utf16Offsets::new(&text);
        let edges: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let truth = |b: usize| text[..b].encode_utf16().count();
        for &b in edges.iter().step_by(997) {
            assert_eq!(m.get(b), truth(b));
        }
        for &b in edges.iter().rev().step_by(1201) {
            assert_eq!(m.get(b), truth(b));
        }
        assert_eq!(m.len(), text.encode_utf16().count());
    }

    #[test]
    fn offsets_table_agrees_with_a_full_count_at_every_char_boundary() {
        let text: String = "ab😀é—x\u{301}".repeat(300);
        let m = Utf16Offsets::new(&text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(m.get(b), text[..b].encode_utf16().count(), "byte {b}");
        }
        assert_eq!(m.len(), text.encode_utf16().count());
        assert_eq!(Utf16Offsets::new("").get(0), 0);
    }
}
