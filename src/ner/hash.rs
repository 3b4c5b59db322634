//! Small, fast, stable hashes for features (the same on every platform, so a model trained natively
//! works in wasm).

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// FNV-1a's start value (64-bit); [`fnv`] adds one byte.
pub const FNV_SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One FNV-1a step: `h` with byte `b` added (every byte hash here is built from these steps).
#[inline]
pub fn fnv(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
}

/// Mixes two values.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(23)).wrapping_mul(K);
    x ^ (x >> 29)
}

/// FNV-1a over bytes, then mixed.
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h: u64 = FNV_SEED;
    for &c in b {
        h = fnv(h, c);
    }
    mix(h, b.len() as u64)
}

/// Hash of the lowercase form of `s` (no allocation for ASCII).
#[inline]
pub fn hash_lower(s: &str) -> u64 {
    let mut h: u64 = FNV_SEED;
    for &c in s.as_bytes() {
        if c >= 0x80 {
            return hash_lower_unicode(s);
        }
        h = fnv(h, c.to_ascii_lowercase());
    }
    mix(h, s.len() as u64)
}

/// [`hash_lower`] of a word with a non-ASCII character.
#[inline(never)]
fn hash_lower_unicode(s: &str) -> u64 {
    if s.contains(['Σ']) {
        // str::to_lowercase writes a final capital sigma as ς, which char by char cannot see
        hash_bytes(s.to_lowercase().as_bytes())
    } else {
        // the same bytes as `s.to_lowercase()`, char by char, without allocating
        let mut h: u64 = FNV_SEED;
        let mut n = 0;
        let mut buf = [0u8; 4];
        for c in s.chars().flat_map(char::to_lowercase) {
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                h = fnv(h, b);
            }
            n += c.len_utf8();
        }
        mix(h, n as u64)
    }
}

/// Start of a sequence hash: `seq(hs)` is `hs` folded with `mix` from here.
pub const SEQ_SEED: u64 = 0x51_7cc1_b727_220a;

/// Hash of a sequence of hashes.
pub fn seq(hs: &[u64]) -> u64 {
    hs.iter().fold(SEQ_SEED, |a, &h| mix(a, h))
}

/// Folds a hash to a 32-bit feature key.
#[inline]
pub fn key(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

/// Hash of a run of chars.
pub fn hash_chars(cs: &[char]) -> u64 {
    cs.iter().fold(0x2545_f491_4f6c_dd1d, |h, &c| mix(h, c as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_lower_is_the_hash_of_the_lowercase_string() {
        for w in ["Durov", "DUROV", "Ærø", "İstanbul", "ΟΔΥΣΣΕΥΣ", "Straße", "didn’t", "😀X", ""]
        {
            assert_eq!(hash_lower(w), hash_bytes(w.to_lowercase().as_bytes()), "{w}");
        }
    }
}
