//! Byte scans shared by the stages: skipping runs of plain ASCII eight bytes at a time.
//!
//! Line breaks, quote marks and the like are rare in a text; the stages that look for them step
//! over the bytes that cannot be one a machine word at a time (SWAR: the word's bytes are tested
//! together with a few integer operations, no SIMD instructions needed, the same in wasm).
//!
//! ```
//! use article_annotator::scan::skip_plain;
//! let b = "plain text, then \"a quote\"".as_bytes();
//! assert_eq!(skip_plain(b, 0, b'"', b'"'), 17);
//! assert_eq!(skip_plain("naïve".as_bytes(), 0, b'"', b'"'), 2);
//! assert_eq!(skip_plain(b"none", 0, b'"', b'"'), 4);
//! ```

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether some byte of `x` is zero (exact as an answer to "any").
#[inline]
fn has_zero(x: u64) -> bool {
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// The index of the first byte at or after `from` that is not ASCII or equals `a` or `b`, or
/// `bytes.len()`.
#[inline]
pub fn skip_plain(bytes: &[u8], from: usize, a: u8, b: u8) -> usize {
    let (ra, rb) = (ONES * a as u64, ONES * b as u64);
    let mut i = from;
    while i + 8 <= bytes.len() {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
        if x & HIGHS != 0 || has_zero(x ^ ra) || has_zero(x ^ rb) {
            break;
        }
        i += 8;
    }
    while i < bytes.len() {
        let c = bytes[i];
        if c >= 0x80 || c == a || c == b {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::skip_plain;

    /// The same answer as a plain byte loop, for every start and every stop byte position.
    #[test]
    fn agrees_with_a_byte_loop() {
        let base = b"abcdefghijklmnopqrstuvwxyz0123456789 ,.;";
        for len in 0..30 {
            for stop_at in 0..=len {
                for stop in [b'\n', b'\r', b'"', 0xC3u8] {
                    let mut v: Vec<u8> = base[..len].to_vec();
                    if stop_at < len {
                        v[stop_at] = stop;
                    }
                    for from in 0..=len {
                        let want = (from..len)
                            .find(|&i| v[i] >= 0x80 || v[i] == b'\n' || v[i] == b'\r')
                            .unwrap_or(len);
                        assert_eq!(skip_plain(&v, from, b'\n', b'\r'), want, "{v:?} from {from}");
                    }
                }
            }
        }
    }
}
