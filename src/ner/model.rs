//! The trained weights: a compact file (sorted feature keys as varint deltas, one row of int8
//! weights per key), loaded once into an open-addressing table for lookups.

use super::features::CLASSES;

const MAGIC: &[u8; 6] = b"AANER1";

/// Weights of the recogniser.
pub struct Model {
    keys: Vec<u32>,
    rows: Vec<[i8; CLASSES]>,
    /// Open-addressing table of keys with their rows side by side: a lookup reads one slot (one
    /// cache line), not an index and then two arrays.
    slots: Vec<Slot>,
    shift: u32,
}

/// One slot of the lookup table (16 bytes).
#[derive(Clone, Copy)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    used: bool,
    row: [i8; CLASSES],
}

const EMPTY: Slot = Slot { key: 0, used: false, row: [0; CLASSES] };

#[inline]
fn slot_of(key: u32, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> shift) as usize
}

impl Model {
    /// Builds a model from sorted keys and their rows.
    pub fn new(keys: Vec<u32>, rows: Vec<[i8; CLASSES]>) -> Self {
        let cap = (keys.len() * 3 / 2).next_power_of_two().max(16);
        let shift = 32 - cap.trailing_zeros();
        let mut slots = vec![EMPTY; cap];
        for (&key, &row) in keys.iter().zip(&rows) {
            let mut s = slot_of(key, shift);
            while slots[s].used {
                s = (s + 1) & (cap - 1);
            }
            slots[s] = Slot { key, used: true, row };
        }
        Model { keys, rows, slots, shift }
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The weight row of a feature key.
    #[inline]
    pub fn row(&self, key: u32) -> Option<&[i8; CLASSES]> {
        let mask = self.slots.len() - 1;
        let mut s = slot_of(key, self.shift);
        loop {
            let slot = &self.slots[s];
            if !slot.used {
                return None;
            }
            if slot.key == key {
                return Some(&slot.row);
            }
            s = (s + 1) & mask;
        }
    }

    /// Class scores for a list of feature keys.
    #[inline]
    pub fn scores(&self, feats: &[u32]) -> [i32; CLASSES] {
        let mut sc = [0i32; CLASSES];
        for &f in feats {
            if let Some(r) = self.row(f) {
                for c in 0..CLASSES {
                    sc[c] += r[c] as i32;
                }
            }
        }
        sc
    }

    /// Serialises: magic, count, keys as varint deltas, rows.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        let mut prev = 0u32;
        for &k in &self.keys {
            let mut d = k - prev;
            prev = k;
            loop {
                let b = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        }
        for r in &self.rows {
            out.extend(r.iter().map(|&w| w as u8));
        }
        out
    }

    /// Reads a model written by `to_bytes`.
    pub fn from_bytes(b: &[u8]) -> Result<Self, String> {
        if b.len() < 10 || &b[..6] != MAGIC {
            return Err("not a recogniser model".into());
        }
        let n = u32::from_le_bytes([b[6], b[7], b[8], b[9]]) as usize;
        let mut pos = 10;
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u32;
        for _ in 0..n {
            let mut d = 0u32;
            let mut sh = 0;
            loop {
                let byte = *b.get(pos).ok_or("model file cut short")?;
                pos += 1;
                d |= ((byte & 0x7f) as u32) << sh;
                if byte & 0x80 == 0 {
                    break;
                }
                sh += 7;
                if sh > 28 {
                    return Err("bad varint in model".into());
                }
            }
            prev = prev.checked_add(d).ok_or("bad key delta in model")?;
            keys.push(prev);
        }
        if b.len() != pos + n * CLASSES {
            return Err("model file has the wrong length".into());
        }
        let rows = b[pos..]
            .chunks_exact(CLASSES)
            .map(|c| {
                let mut r = [0i8; CLASSES];
                for (k, &v) in c.iter().enumerate() {
                    r[k] = v as i8;
                }
                r
            })
            .collect();
        Ok(Model::new(keys, rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_lookup() {
        let keys = vec![3, 70000, 4_000_000_000];
        let mut a = [0i8; CLASSES];
        a[..3].copy_from_slice(&[1, -2, 3]);
        let mut c = [0i8; CLASSES];
        c[..5].copy_from_slice(&[-127, 127, 5, 6, 7]);
        let rows = vec![a, [0; CLASSES], c];
        let m = Model::new(keys.clone(), rows.clone());
        let m2 = Model::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(m2.row(4_000_000_000), Some(&rows[2]));
        assert_eq!(m2.row(4), None);
        assert_eq!(m2.scores(&[3, 4_000_000_000, 9])[..5], [-126, 125, 8, 6, 7]);
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
