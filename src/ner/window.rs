//! A small feed-forward window network (Collobert et al. 2011) over pre-trained word vectors,
//! whose log-probabilities, scaled by [`WEIGHT`], are added to the perceptron's class scores of
//! each scored token. Input: for each of the five words of a ±2 window, its reduced GloVe vector
//! (int8, `scripts/make_window_vectors.py`; row k is the k-th word of `src/data/clusters.txt`, then
//! four learned rows for unknown words, punctuation, numbers and the padding beyond a sentence) and
//! [`BITS`] shape bits; one hidden layer of [`HIDDEN`] units (ReLU); softmax over the classes.
//! Trained by `scripts/train_window.py` on rows that `examples/window_data.rs` writes; the
//! weights (`src/model/ner-window.bin`) are compiled in.
//!
//! The first layer is a sum over the window's positions, so the tagger keeps each position's
//! part per (position, word, bits) for the document ([`Net::position`]): most neighbours are a
//! few common words.

use super::clusters::clusters;
use super::features::{Tok, CLASSES};
use std::sync::OnceLock;

/// Shape bits per window position.
pub const BITS: usize = 8;
/// Words each side of the scored token.
pub const HALF: usize = 2;
/// Window positions.
pub const WIDTH: usize = 2 * HALF + 1;
/// Hidden units.
pub const HIDDEN: usize = 64;
/// Scale of the network's log-probabilities in the perceptron's (int8 weight) units: chosen on
/// the mean development F1 over four perceptron seeds (30, 45, 60, 80 tried; docs/benchmarks.md).
pub const WEIGHT: f32 = 60.0;

/// Special rows after the listed words.
pub const UNK: u32 = 0;
pub const PUNCT: u32 = 1;
pub const NUM: u32 = 2;
pub const PAD: u32 = 3;
pub const SPECIALS: u32 = 4;

/// One window position's input: the vector table's row and the shape bits.
pub type Input = (u32, u8);

/// Row and shape bits of token `i` of a sentence that starts at `s0` (`None`: beyond the
/// sentence).
pub fn input(toks: &[Tok], i: Option<usize>, s0: usize) -> Input {
    let words = clusters().rows() as u32;
    let Some(i) = i else { return (words + PAD, 0) };
    let t = &toks[i];
    let row = match clusters().row(t.lower) {
        Some(r) => r as u32,
        None if t.punct => words + PUNCT,
        None if t.is_digit() => words + NUM,
        None => words + UNK,
    };
    let bits = t.cap as u8
        | (t.is_all_caps() as u8) << 1
        | (t.is_digit() as u8) << 2
        | (t.punct as u8) << 3
        | ((i == s0) as u8) << 4
        | (t.is_cap_free() as u8) << 5
        | (t.in_gazetteer() as u8) << 6
        | ((row >= words) as u8) << 7;
    (row, bits)
}

/// The window of token `i` in the sentence `s0..s1`.
pub fn window(toks: &[Tok], i: usize, s0: usize, s1: usize) -> [Input; WIDTH] {
    let mut out = [(0, 0); WIDTH];
    for (k, o) in out.iter_mut().enumerate() {
        let j = (i + k).checked_sub(HALF).filter(|&j| j >= s0 && j < s1);
        *o = input(toks, j, s0);
    }
    out
}

/// The network: the vector table and the two layers.
pub struct Net {
    /// Rows of the vector table: the words of `clusters.txt`, then [`SPECIALS`].
    pub rows: usize,
    dims: usize,
    scale: f32,
    table: Vec<i8>,
    /// First layer by input: one row of [`HIDDEN`] weights per input (position-major).
    w1: Vec<[f32; HIDDEN]>,
    b1: [f32; HIDDEN],
    w2: [[f32; HIDDEN]; CLASSES],
    b2: [f32; CLASSES],
}

fn take<'a>(b: &mut &'a [u8], n: usize) -> Result<&'a [u8], String> {
    if b.len() < n {
        return Err("window model cut short".into());
    }
    let (a, rest) = b.split_at(n);
    *b = rest;
    Ok(a)
}

fn u32_of(b: &mut &[u8]) -> Result<u32, String> {
    let a = take(b, 4)?;
    Ok(u32::from_le_bytes([a[0], a[1], a[2], a[3]]))
}

fn f32s<const N: usize>(b: &mut &[u8]) -> Result<[f32; N], String> {
    let mut out = [0f32; N];
    for (o, c) in out.iter_mut().zip(take(b, 4 * N)?.chunks_exact(4)) {
        *o = f32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    Ok(out)
}

impl Net {
    /// Reads b"AANWIN1", u32 rows, dims, hidden (= [`HIDDEN`]), f32 scale, rows x dims int8
    /// (value = byte / scale), then as f32: the first layer by input (inputs x hidden), its biases,
    /// the second layer by class (classes x hidden), its biases.
    pub fn from_bytes(mut b: &[u8]) -> Result<Self, String> {
        if take(&mut b, 7)? != b"AANWIN1" {
            return Err("not a window model".into());
        }
        let rows = u32_of(&mut b)? as usize;
        let dims = u32_of(&mut b)? as usize;
        if u32_of(&mut b)? as usize != HIDDEN || dims == 0 || dims > 1024 || rows > 1 << 20 {
            return Err("window model of another shape".into());
        }
        let scale = f32::from_bits(u32_of(&mut b)?);
        let table = take(&mut b, rows * dims)?.iter().map(|&x| x as i8).collect();
        let w1 = (0..WIDTH * (dims + BITS)).map(|_| f32s(&mut b)).collect::<Result<_, _>>()?;
        let b1 = f32s(&mut b)?;
        let mut w2 = [[0f32; HIDDEN]; CLASSES];
        for r in &mut w2 {
            *r = f32s(&mut b)?;
        }
        let b2 = f32s(&mut b)?;
        if !b.is_empty() || !scale.is_finite() || scale <= 0.0 {
            return Err("window model has the wrong length".into());
        }
        Ok(Net { rows, dims, scale, table, w1, b1, w2, b2 })
    }

    /// The first layer's part for one window position `p` holding `input`.
    pub fn position(&self, p: usize, (row, bits): Input) -> [f32; HIDDEN] {
        let mut h = [0f32; HIDDEN];
        let first = p * (self.dims + BITS);
        let r = row as usize * self.dims;
        let inv = 1.0 / self.scale;
        if let Some(v) = self.table.get(r..r + self.dims) {
            for (&q, w) in v.iter().zip(&self.w1[first..first + self.dims]) {
                let x = q as f32 * inv;
                for (hj, wj) in h.iter_mut().zip(w) {
                    *hj += x * wj;
                }
            }
        }
        for (k, w) in self.w1[first + self.dims..first + self.dims + BITS].iter().enumerate() {
            if bits >> k & 1 == 1 {
                for (hj, wj) in h.iter_mut().zip(w) {
                    *hj += wj;
                }
            }
        }
        h
    }

    /// Log-probabilities of the classes from the positions' parts of the first layer.
    pub fn log_probs(&self, parts: &[[f32; HIDDEN]; WIDTH]) -> [f32; CLASSES] {
        let mut h = self.b1;
        for part in parts {
            for (hj, x) in h.iter_mut().zip(part) {
                *hj += x;
            }
        }
        for hj in &mut h {
            *hj = hj.max(0.0);
        }
        let mut z = self.b2;
        for (zc, w) in z.iter_mut().zip(&self.w2) {
            *zc += w.iter().zip(&h).map(|(a, b)| a * b).sum::<f32>();
        }
        let m = z.iter().copied().fold(f32::MIN, f32::max);
        let lse = m + z.iter().map(|v| (v - m).exp()).sum::<f32>().ln();
        z.map(|v| v - lse)
    }

    /// Log-probabilities of the classes for a window (without the tagger's cache).
    pub fn window_log_probs(&self, win: &[Input; WIDTH]) -> [f32; CLASSES] {
        let mut parts = [[0f32; HIDDEN]; WIDTH];
        for (p, (part, &inp)) in parts.iter_mut().zip(win).enumerate() {
            *part = self.position(p, inp);
        }
        self.log_probs(&parts)
    }
}

/// The shipped network.
pub fn net() -> &'static Net {
    static N: OnceLock<Net> = OnceLock::new();
    N.get_or_init(|| {
        Net::from_bytes(include_bytes!("../model/ner-window.bin"))
            .expect("the embedded window model is valid")
    })
}

/// The weight of the network's log-probabilities: [`WEIGHT`], or for experiments (the `tune`
/// feature, native) the value of `NER_WINDOW_WEIGHT`.
pub fn weight() -> f32 {
    static W: OnceLock<f32> = OnceLock::new();
    super::tunable(&W, "NER_WINDOW_WEIGHT", WEIGHT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::{class_type, features, argmax};
    use crate::segment::Document;

    /// The network's own best type for token `at` of a one-sentence text.
    fn best_type(text: &str, at: usize) -> u8 {
        let doc = Document::new(text);
        let toks = features::tokens(&doc);
        let s = &doc.sentences[0].tokens;
        class_type(argmax(&net().window_log_probs(&window(&toks, at, s.start, s.end))))
    }

    #[test]
    fn the_network_reads_context_and_gives_probabilities() {
        // the same unknown capitalised word, read by its neighbours
        assert_eq!(best_type("Yesterday Mr Zorblatt said that it was over .", 2), 1);
        assert_eq!(best_type("She flew to Zorblatt , the capital of the region .", 3), 2);
        let doc = Document::new("Paris is big .");
        let toks = features::tokens(&doc);
        let lp = net().window_log_probs(&window(&toks, 0, 0, toks.len()));
        let total: f32 = lp.iter().map(|v| v.exp()).sum();
        assert!((total - 1.0).abs() < 1e-3);
    }

    #[test]
    fn the_table_has_a_row_per_listed_word() {
        // clusters.txt regenerated without retraining the network would shift every row
        assert_eq!(net().rows, clusters().rows() as usize + SPECIALS as usize);
    }

    #[test]
    fn bad_model_bytes_are_refused() {
        let b = include_bytes!("../model/ner-window.bin");
        assert!(Net::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(Net::from_bytes(b"AANWIN1").is_err());
        assert!(Net::from_bytes(b"nonsense").is_err());
    }
}
