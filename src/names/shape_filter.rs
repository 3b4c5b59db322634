//! A quick filter before a set of words, shared by the sentence openers' check and the drop of
//! common words in capitals.

/// A quick filter before a set of words: one bit per word, at a key of its length and its first,
/// middle and last bytes. A word it does not hold is in no set it was built from; most of a
/// document's words miss it without being hashed.
pub(super) struct ShapeFilter(Vec<u64>);

impl ShapeFilter {
    /// Bits of the filter.
    const BITS: usize = 1 << 16;

    pub(super) fn new<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut bits = vec![0u64; Self::BITS / 64];
        for k in words.filter_map(Self::key) {
            bits[k / 64] |= 1 << (k % 64);
        }
        ShapeFilter(bits)
    }

    /// Whether `w` may be one of the filter's words.
    #[inline]
    pub(super) fn may_hold(&self, w: &str) -> bool {
        Self::key(w).is_some_and(|k| self.0[k / 64] & 1 << (k % 64) != 0)
    }

    /// The key below [`ShapeFilter::BITS`] of a non-empty word: equal words have equal keys.
    #[inline]
    pub(super) fn key(w: &str) -> Option<usize> {
        let (b, n) = (w.as_bytes(), w.len());
        let (&first, &last) = (b.first()?, b.last()?);
        let h = (n as u32).wrapping_mul(0x9E37_79B1)
            ^ (first as u32).wrapping_mul(0x85EB_CA6B)
            ^ (b[n / 2] as u32).wrapping_mul(0x27D4_EB2F)
            ^ (last as u32).wrapping_mul(0xC2B2_AE35);
        Some((h >> 16) as usize)
    }
}
