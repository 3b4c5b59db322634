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
            let line_len = rest.find(is_line_break).unwrap_or(rest.len());
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
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}')
}

#[cfg(test)]
mod tests {
    use super::*;

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
