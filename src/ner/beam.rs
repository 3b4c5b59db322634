//! Beam search over a sentence's classes: the decoder keeps the best [`BEAM`] paths of classes
//! instead of fixing each token's class before the next is seen (greedy, a beam of 1).
//!
//! A path's score is the sum, over the tokens it scores, of each chosen class's log-probability:
//! a softmax of the token's class scores divided by [`TEMPERATURE`], times it. Raw perceptron sums
//! do not compare across paths that score different tokens (a name's class on a word makes the
//! lowercase word after it a candidate, which a path of O does not score), and a beam over them
//! loses on the development sets; log-probabilities make each scored token cost its class's share
//! (docs/benchmarks.md, "Beam search decoding").

use super::features::{CLASSES, O};
use std::sync::OnceLock;

/// Paths the decoder keeps per sentence: 1 is greedy left to right. The perceptron was trained
/// greedily; a beam over its raw class sums loses on all five development sets (mean5 0.8540 ->
/// 0.8452 at 2), over [`TEMPERATURE`]-scaled log-probabilities it gains (0.8556 at 2; wider beams
/// gain 0.0001 at most, docs/benchmarks.md).
pub const BEAM: usize = 2;

/// The most paths a beam keeps (wider asked is this).
pub const MAX_BEAM: usize = 16;

/// Each scored token's class scores (perceptron plus window network) enter a path's score as
/// log-probabilities: a softmax over the scores divided by this temperature, times it (so in the
/// scores' own units). Small: near the greedy decoding; large: every scored token costs about
/// T ln 9 and paths avoid bridging words. Chosen on the development mean over 60 to 1000: 180 to
/// 300 within 0.0005 of the best.
pub const TEMPERATURE: f64 = 240.0;

/// The beam width: [`BEAM`], or for experiments (the `tune` feature, native) `NER_BEAM`.
pub fn beam_width() -> usize {
    static K: OnceLock<usize> = OnceLock::new();
    super::tunable(&K, "NER_BEAM", BEAM)
}

/// The temperature: [`TEMPERATURE`], or for experiments (the `tune` feature, native)
/// `NER_BEAM_T`.
fn temperature() -> f64 {
    static T: OnceLock<f64> = OnceLock::new();
    super::tunable(&T, "NER_BEAM_T", TEMPERATURE)
}

/// How far below a token's best class score [`log_sum_exp_in`] reads its terms from a table. The
/// class scores are integer sums (the perceptron's weights, the window network's rounded term):
/// on CoNLL, CrossNER and GMB text 83 % of the differences lie below 2048 and 2 in 10^6 beyond
/// 4096, none beyond 8192. A power of two (an index is masked with it).
const EXP_TABLE: usize = 4096;
const _: () = assert!(EXP_TABLE.is_power_of_two());

/// `exp(-d / t)` for the integers `d` in `0..EXP_TABLE` at the temperature `t`, computed as
/// [`log_sum_exp`] computes a term (the same bits).
struct ExpTable {
    t: f64,
    e: Box<[f64; EXP_TABLE]>,
}

/// The table at [`temperature`].
fn exp_table() -> &'static ExpTable {
    static E: OnceLock<ExpTable> = OnceLock::new();
    E.get_or_init(|| {
        let t = temperature();
        let mut e = Box::new([0f64; EXP_TABLE]);
        for (d, v) in e.iter_mut().enumerate() {
            *v = (-(d as f64) / t).exp();
        }
        ExpTable { t, e }
    })
}

/// `t * ln(sum exp(s / t))`: subtracted from class scores `s`, it makes them log-probabilities
/// at temperature `t` in the scores' units.
#[cfg(test)]
fn log_sum_exp(s: &[f64; CLASSES], t: f64) -> f64 {
    log_sum_exp_in(s, t, exp_table())
}

/// [`log_sum_exp`] with the table: a term whose difference `s - max` is an integer within
/// [`EXP_TABLE`] is read from it, the very value `exp` gives (9 calls of `exp` per path and
/// scored token were 2 % of the instructions natively, 1.4 % of the wasm's time on the samples).
#[inline]
fn log_sum_exp_in(s: &[f64; CLASSES], t: f64, table: &ExpTable) -> f64 {
    /// 2^52: added to an integer in 0..2^52 it gives a float whose low bits are that integer.
    const SHIFT: f64 = 4_503_599_627_370_496.0;
    let m = s.iter().copied().fold(f64::MIN, f64::max);
    let same_t = table.t == t;
    let term = |x: f64| {
        let d = x - m;
        // -d >= 0 (-0.0 and 0.0 read the same entry, 1); without a cast's range checks
        let y = -d + SHIFT;
        if same_t && -d < EXP_TABLE as f64 && y - SHIFT == -d {
            table.e[y.to_bits() as usize & (EXP_TABLE - 1)]
        } else {
            (d / t).exp()
        }
    };
    m + t * s.iter().map(|&x| term(x)).sum::<f64>().ln()
}

/// The indices of the `k` highest of the `len` values `value(0..len)`, best first (on equal values
/// the earlier first), and how many (`k` at most `N`).
#[inline]
fn top_k<const N: usize>(len: usize, k: usize, value: impl Fn(usize) -> f64) -> ([u8; N], usize) {
    let mut top = [0u8; N];
    let mut n = 0;
    for x in 0..len {
        let v = value(x);
        if n == k && v <= value(top[k - 1] as usize) {
            continue;
        }
        let mut at = n.min(k - 1);
        while at > 0 && value(top[at - 1] as usize) < v {
            top[at] = top[at - 1];
            at -= 1;
        }
        top[at] = x as u8;
        n = (n + 1).min(k);
    }
    (top, n)
}

/// The indices of the `k` highest class scores of `s`, in order of index (on equal values the
/// earlier first), and how many (`k` at most [`CLASSES`]).
fn best_classes(s: &[f64; CLASSES], k: usize) -> ([u8; CLASSES], usize) {
    if k == 2 {
        // the beam's width: one scan for the best two
        let (mut a, mut b) = if s[1] > s[0] { (1, 0) } else { (0, 1) };
        for c in 2..CLASSES {
            if s[c] > s[a] {
                (a, b) = (c, a);
            } else if s[c] > s[b] {
                b = c;
            }
        }
        let mut top = [0u8; CLASSES];
        (top[0], top[1]) = (a.min(b) as u8, a.max(b) as u8);
        return (top, 2);
    }
    let (mut top, n) = top_k::<CLASSES>(CLASSES, k, |c| s[c]);
    top[..n].sort_unstable();
    (top, n)
}

/// One path of the beam: the last two classes, the path's score and the index of the path it
/// extends in the previous token's beam.
#[derive(Clone, Copy, Debug)]
struct Hyp {
    y1: u8,
    y2: u8,
    score: f64,
    parent: u8,
}

/// Beam search over a sentence's classes, its buffers reused from sentence to sentence. The
/// state is the class history (y1, y2), all the features and the candidate rule read of earlier
/// classes, so paths with the same history are merged (the better kept); the score is the sum of
/// the chosen classes' log-probabilities over the scored tokens (an unscored token is O and adds
/// 0).
#[derive(Default)]
pub struct Beam {
    cur: Vec<Hyp>,
    next: Vec<Hyp>,
    /// Per token of the sentence, `k` entries: each path's class and parent.
    back: Vec<(u8, u8)>,
    /// Per history (class * [`CLASSES`] + previous class): the token's stamp (high bits) and the
    /// history's index in `next` (low 8 bits); a stale stamp is no entry.
    slot: Vec<u32>,
    stamp: u32,
}

impl Beam {
    /// Classes of the `out.len()` tokens of a sentence with width `k` (1 to [`MAX_BEAM`]):
    /// `score(j, y1, y2)` gives the class scores of token `j` after classes `y1`, `y2`, or `None`
    /// when the token is not scored (O); a path's score sums them as log-probabilities at
    /// [`TEMPERATURE`]. With `k` = 1 the greedy decoding: each token's best class, the first on
    /// ties.
    pub fn run(
        &mut self,
        k: usize,
        mut score: impl FnMut(usize, u8, u8) -> Option<[f64; CLASSES]>,
        out: &mut [u8],
    ) {
        let k = k.clamp(1, MAX_BEAM);
        let t = temperature();
        let table = exp_table();
        let Beam { cur, next, back, slot, stamp } = self;
        slot.resize(CLASSES * CLASSES, 0);
        cur.clear();
        cur.push(Hyp { y1: O, y2: O, score: 0.0, parent: 0 });
        back.clear();
        // the scores of a lone path's token, asked before the search of the token
        let mut lone_scores = None;
        for j in 0..out.len() {
            if let [h] = &mut cur[..] {
                // a lone path's token scored by none (most lowercase words): O, nothing to choose
                if let Some(sc) = score(j, h.y1, h.y2) {
                    lone_scores = Some(sc);
                } else {
                    (h.y1, h.y2, h.parent) = (O, h.y1, 0);
                    back.push((O, 0));
                    back.resize((j + 1) * k, (O, 0));
                    continue;
                }
            }
            *stamp = stamp.wrapping_add(1) & 0xff_ffff;
            if *stamp == 0 {
                slot.fill(0);
                *stamp = 1;
            }
            let st = *stamp << 8;
            next.clear();
            let lone = cur.len() == 1;
            for (r, h) in cur.iter().enumerate() {
                let mut add = |c: u8, s: f64| {
                    let e = &mut slot[c as usize * CLASSES + h.y1 as usize];
                    if *e & !0xff != st {
                        *e = st | next.len() as u32;
                        next.push(Hyp { y1: c, y2: h.y1, score: s, parent: r as u8 });
                    } else {
                        let x = &mut next[(*e & 0xff) as usize];
                        if s > x.score {
                            (x.score, x.parent) = (s, r as u8);
                        }
                    }
                };
                match lone_scores.take().or_else(|| score(j, h.y1, h.y2)) {
                    None => add(O, h.score),
                    Some(sc) => {
                        // the normaliser is the same for every extension of a lone path:
                        // only the order of the paths counts
                        let lse = if lone { 0.0 } else { log_sum_exp_in(&sc, t, table) };
                        if k >= CLASSES {
                            for (c, v) in sc.iter().enumerate() {
                                add(c as u8, h.score + (v - lse));
                            }
                        } else {
                            // no more than k extensions of one path can stay: of its others,
                            // k of its own come before each
                            let (top, n) = best_classes(&sc, k);
                            for &c in &top[..n] {
                                add(c, h.score + (sc[c as usize] - lse));
                            }
                        }
                    }
                }
            }
            // the best k, best first; on equal scores the earlier (parent, then class), as
            // argmax
            let (top, n) = top_k::<MAX_BEAM>(next.len(), k, |x| next[x].score);
            cur.clear();
            cur.extend(top[..n].iter().map(|&x| next[x as usize]));
            back.extend(cur.iter().map(|h| (h.y1, h.parent)));
            back.resize((j + 1) * k, (O, 0));
        }
        let mut at = 0usize;
        for j in (0..out.len()).rev() {
            let (c, p) = back[j * k + at];
            out[j] = c;
            at = p as usize;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::{argmax, hash};

    /// Class scores of a made-up sentence: a pseudo-random function of the token and history;
    /// a lowercase token (every third) is scored only after a name class, as the candidate rule.
    fn made_up(seed: u64) -> impl Fn(usize, u8, u8) -> Option<[f64; CLASSES]> {
        move |j, y1, y2| {
            if j % 3 == 2 && y1 == O {
                return None;
            }
            let mut sc = [0f64; CLASSES];
            for (c, v) in sc.iter_mut().enumerate() {
                let h = hash::mix(hash::mix(hash::mix(seed, j as u64), (y1 * 9 + y2) as u64), c as u64);
                // few distinct values, so that ties occur
                *v = (h % 7) as f64 * 40.0;
            }
            Some(sc)
        }
    }

    /// Class scores `s` as log-probabilities at temperature `t`, in the scores' units.
    fn log_softmax(s: [f64; CLASSES], t: f64) -> [f64; CLASSES] {
        let lse = log_sum_exp(&s, t);
        s.map(|x| x - lse)
    }

    /// The path score the beam maximises: the sum of the log-probabilities of the classes over
    /// the scored tokens.
    fn path_score(score: &impl Fn(usize, u8, u8) -> Option<[f64; CLASSES]>, classes: &[u8]) -> f64 {
        let (mut y1, mut y2, mut total) = (O, O, 0.0);
        for (j, &c) in classes.iter().enumerate() {
            match score(j, y1, y2) {
                Some(sc) => total += log_softmax(sc, TEMPERATURE)[c as usize],
                None => assert_eq!(c, O),
            }
            (y1, y2) = (c, y1);
        }
        total
    }

    #[test]
    fn a_beam_of_one_is_the_greedy_decoding() {
        let mut beam = Beam::default();
        for seed in 1..200 {
            let score = made_up(seed);
            // left to right, each token's best class (the first on ties) after the classes
            // chosen before it
            let (mut greedy, mut one) = ([9u8; 12], [9u8; 12]);
            let (mut y1, mut y2) = (O, O);
            for (j, g) in greedy.iter_mut().enumerate() {
                *g = score(j, y1, y2).map_or(O, |sc| argmax(&sc));
                (y1, y2) = (*g, y1);
            }
            beam.run(1, &score, &mut one);
            assert_eq!(greedy, one, "seed {seed}");
        }
    }

    #[test]
    fn a_beam_finds_a_better_path_than_greedy() {
        // the first word is a little more likely a person's (B-PER, 1) than O, but after B-PER
        // the second word is anything at all, after O surely O
        let score = |j: usize, y1: u8, _: u8| -> Option<[f64; CLASSES]> {
            let mut sc = [-1000.0; CLASSES];
            match (j, y1) {
                (0, _) => (sc[0], sc[1]) = (9.0, 10.0),
                (_, 1) => sc = [0.0; CLASSES],
                _ => sc[0] = 1000.0,
            }
            Some(sc)
        };
        let mut beam = Beam::default();
        let (mut greedy, mut two) = ([9u8; 2], [9u8; 2]);
        beam.run(1, score, &mut greedy);
        beam.run(2, score, &mut two);
        assert_eq!(greedy, [1, 0]);
        assert_eq!(two, [O, O]);
        assert!(path_score(&score, &two) > path_score(&score, &greedy) + 100.0);
    }

    #[test]
    fn a_beam_wider_than_the_histories_finds_the_best_path() {
        // three plausible classes: at most nine histories, so a beam of MAX_BEAM is exact; the
        // best of all 3^7 paths by brute force
        let mut beam = Beam::default();
        let mut wins = 0;
        for seed in 1..100 {
            let made = made_up(seed);
            let score = |j: usize, y1: u8, y2: u8| {
                made(j, y1, y2).map(|mut sc| {
                    sc[3..].fill(-1e6);
                    sc
                })
            };
            let mut best = f64::MIN;
            for p in 0..3usize.pow(7) {
                let mut path = [0u8; 7];
                let mut q = p;
                for c in &mut path {
                    *c = (q % 3) as u8;
                    q /= 3;
                }
                let reachable = (0..7).all(|j| {
                    path[j] == O || score(j, if j > 0 { path[j - 1] } else { O }, O).is_some()
                });
                if reachable {
                    best = best.max(path_score(&score, &path));
                }
            }
            let (mut g, mut b) = ([9u8; 7], [9u8; 7]);
            beam.run(1, score, &mut g);
            beam.run(MAX_BEAM, score, &mut b);
            assert!((path_score(&score, &b) - best).abs() < 1e-6, "seed {seed}");
            if path_score(&score, &g) < best - 1e-6 {
                wins += 1;
            }
        }
        assert!(wins > 10, "{wins}");
    }

    #[test]
    fn a_hypothesis_extends_by_its_best_classes_in_class_order() {
        let s = [5.0, 9.0, 1.0, 9.0, 7.0, 0.0, 5.0, 2.0, 3.0];
        let (top, n) = best_classes(&s, 2);
        assert_eq!(&top[..n], &[1, 3]);
        // on equal values the earlier class
        let (top, n) = best_classes(&s, 4);
        assert_eq!(&top[..n], &[0, 1, 3, 4]);
        let (top, n) = best_classes(&s, CLASSES);
        assert_eq!(&top[..n], &[0, 1, 2, 3, 4, 5, 6, 7, 8]);
        // the scan for two picks what the general selection picks
        for seed in 0..5000u64 {
            let mut s = [0f64; CLASSES];
            for (c, v) in s.iter_mut().enumerate() {
                *v = (hash::mix(seed, c as u64) % 5) as f64;
            }
            let (mut top, n) = top_k::<CLASSES>(CLASSES, 2, |c| s[c]);
            top[..n].sort_unstable();
            assert_eq!(best_classes(&s, 2), (top, n), "{s:?}");
        }
    }

    #[test]
    fn the_table_gives_the_bits_of_exp() {
        // the normaliser computed term by term with exp, as before the table
        let direct = |s: &[f64; CLASSES], t: f64| {
            let m = s.iter().copied().fold(f64::MIN, f64::max);
            m + t * s.iter().map(|x| ((x - m) / t).exp()).sum::<f64>().ln()
        };
        let t = temperature();
        for seed in 0..20_000u64 {
            let mut s = [0f64; CLASSES];
            for (c, v) in s.iter_mut().enumerate() {
                let h = hash::mix(seed, c as u64);
                // integer scores within and beyond the table, and some fractional ones
                *v = (h % 12_000) as f64 - 6000.0;
                if h % 13 == 0 {
                    *v += 0.37;
                }
            }
            assert_eq!(log_sum_exp(&s, t).to_bits(), direct(&s, t).to_bits(), "{s:?}");
            assert_eq!(log_sum_exp(&s, 100.0).to_bits(), direct(&s, 100.0).to_bits());
        }
        let table = exp_table();
        assert_eq!(table.t, t);
        for (d, e) in table.e.iter().enumerate() {
            assert_eq!(e.to_bits(), ((0.0 - d as f64) / t).exp().to_bits());
        }
        assert_eq!(table.e[0], 1.0);
    }

    #[test]
    fn log_probabilities_sum_to_one_at_the_temperature() {
        let lp = log_softmax([3.0, -50.0, 400.0, 0.0, 0.0, 1.0, 2.0, -7.0, 120.0], 240.0);
        let total: f64 = lp.iter().map(|x| (x / 240.0).exp()).sum();
        assert!((total - 1.0).abs() < 1e-9);
        assert_eq!(argmax(&lp), 2);
    }
}
