//! Stage 1: the text as blocks. In plain text a block is one non-blank line (scraped articles keep
//! one paragraph per line); its span is trimmed of surrounding whitespace.
//!
//! ```
//! use article_annotator::blocks::blocks;
//! let b: Vec<_> = blocks("Title\n\n  First paragraph.\r\nSecond.").collect();
//! assert_eq!(b, vec![0..5, 9..25, 27..34]);
//! ```

use std::ops::Range;

/// Byte ranges of the non-blank lines of `text`, trimmed, in order.
pub fn blocks(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < text.len() {
            let rest = &text[pos..];
            let line_len = line_break(rest).unwrap_or(rest.len());
            let line = &rest[..line_len];
            let line_start = pos;
            // step over the break itself (one char; "\r\n" gives an empty line that is skipped)
            pos += line_len;
            if let Some(c) = text[pos..].chars().next() {
                pos += c.len_utf8();
            }
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let s = line_start + lead;
                return Some(s..s + trimmed.len());
            }
        }
        None
    })
}

/// Characters that end a line: LF, CR, and the Unicode line and paragraph separators.
/// Byte offset of the first line break in `s`: a byte scan (every line break starts with one of
/// four bytes), decoding only where a non-ASCII one may start.
fn line_break(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        i = crate::scan::skip_plain(b, i, b'\n', b'\r');
        if i == b.len() {
            break;
        }
        match b[i] {
            b'\n' | b'\r' => return Some(i),
            // U+0085 is C2 85; U+2028 and U+2029 are E2 80 A8 / A9
            0xC2 | 0xE2 if s[i..].starts_with(is_line_break) => return Some(i),
            _ => i += 1,
        }
    }
    None
}

pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_line_break_ends_a_block() {
        let t = "a\nb\r\nc\u{2028}d\u{2029}e\u{0085}f é\u{2026}g";
        let b: Vec<&str> = blocks(t).map(|r| &t[r]).collect();
        assert_eq!(b, vec!["a", "b", "c", "d", "e", "f é\u{2026}g"]);
    }

    #[test]
    fn empty_and_blank_inputs_have_no_blocks() {
        assert_eq!(blocks("").count(), 0);
        assert_eq!(blocks(" \n\t\r\n").count(), 0);
    }

    #[test]
    fn unicode_separators_split_and_offsets_stay_on_char_edges() {
        let t = "é\u{2029}😀 b";
        let b: Vec<_> = blocks(t).collect();
        assert_eq!(b.len(), 2);
        assert_eq!(&t[b[1].clone()], "😀 b");
    }
}
