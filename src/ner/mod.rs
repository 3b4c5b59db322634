//! The statistical name recogniser: an averaged perceptron over rich token features
//! ([`features`]), decoded by a beam search of width [`BEAM`] over each sentence, trained on CoNLL-2003 English by `train-ner`
//! (`src/bin/train_ner.rs`, training code in [`train`]). Classes: O and, for each of PER, LOC, ORG, MISC,
//! a first word (B) and a word inside (I); a name is a word of a name class and the I words after
//! it, with the type of its last word ([`spans`]). Only capitalised words, and one or two words bridging
//! two parts of a name ("Bank of England", "Joost van der Westhuizen"), are scored; everything else
//! is O, which keeps tagging fast.
//!
//! The weights are embedded in the binary (`src/model/ner.bin`, `include_bytes!`), never fetched.
//! Tagging runs in two passes: the second pass sees how the first labelled the document's other
//! mentions of each word (a name recognised confidently once informs its other mentions).

pub mod clusters;
pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod model;
#[cfg(all(not(target_arch = "wasm32"), any(test, feature = "internals")))]
pub mod train;
pub mod window;

use crate::segment::Document;
use crate::types::Label;
use features::{DocInfo, Side, Tok, CLASSES, O};
use model::Model;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The shipped model.
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        // the window experiment compares perceptrons of several training seeds in one build
        #[cfg(all(not(target_arch = "wasm32"), feature = "tune"))]
        if let Some(b) = std::env::var_os("NER_MODEL").and_then(|p| std::fs::read(p).ok()) {
            return Model::from_bytes(&b).expect("a valid model file");
        }
        Model::from_bytes(include_bytes!("../model/ner.bin")).expect("the embedded model is valid")
    })
}

/// The type of a class (1..=4), 0 for O.
pub fn class_type(c: u8) -> u8 {
    c.div_ceil(2)
}

/// Whether a class begins a name.
pub fn is_begin(c: u8) -> bool {
    c % 2 == 1
}

/// The class for type `t` (1..=4), beginning or inside.
pub fn class_of(t: u8, begin: bool) -> u8 {
    if t == 0 {
        0
    } else if begin {
        2 * t - 1
    } else {
        2 * t
    }
}

/// The label of a class.
pub fn class_label(c: u8) -> Option<Label> {
    match class_type(c) {
        1 => Some(Label::Person),
        2 => Some(Label::Place),
        3 => Some(Label::Org),
        4 => Some(Label::Misc),
        _ => None,
    }
}

/// Anything that scores a token's features.
pub trait Scorer {
    /// The score of each class.
    fn class_scores(&self, feats: &[u32]) -> [f64; CLASSES];

    /// The best class (the first on ties).
    fn best(&self, feats: &[u32]) -> u8 {
        argmax(&self.class_scores(feats))
    }
}

impl Scorer for Model {
    fn class_scores(&self, feats: &[u32]) -> [f64; CLASSES] {
        self.scores(feats).map(f64::from)
    }

    fn best(&self, feats: &[u32]) -> u8 {
        argmax(&self.scores(feats))
    }
}

/// Hypotheses the decoder keeps per sentence: 1 is greedy left to right. The perceptron was
/// trained greedily; a beam over its raw class sums loses on every development set but
/// CrossNER's (mean5 0.8540 -> 0.8452 at 2), over [`TEMPERATURE`]-scaled log-probabilities it
/// gains (0.8556 at 2; no wider beam does better, docs/benchmarks.md).
pub const BEAM: usize = 2;

/// With a beam, each scored token's class scores (perceptron plus window network) enter the
/// path's score as log-probabilities: a softmax over the scores divided by this temperature,
/// times it (so in the scores' own units). A path then pays for every token it scores, which a
/// raw sum does not (a name's class on a word makes the lowercase word after it a candidate).
/// Chosen on the development mean over 60 to 1000: 180 to 300 within 0.0005 of the best.
pub const TEMPERATURE: f64 = 240.0;

/// The temperature: [`TEMPERATURE`], or for experiments (`tune`, native) `NER_BEAM_T`.
fn temperature() -> f64 {
    #[cfg(all(not(target_arch = "wasm32"), feature = "tune"))]
    {
        static T: OnceLock<f64> = OnceLock::new();
        *T.get_or_init(|| {
            std::env::var("NER_BEAM_T").ok().and_then(|v| v.parse().ok()).unwrap_or(TEMPERATURE)
        })
    }
    #[cfg(not(all(not(target_arch = "wasm32"), feature = "tune")))]
    TEMPERATURE
}

/// Class scores `s` as log-probabilities at temperature `t`, in the scores' units:
/// `s - t * ln(sum exp(s / t))`. The order of the classes stays.
pub fn log_softmax(s: [f64; CLASSES], t: f64) -> [f64; CLASSES] {
    let lse = log_sum_exp(&s, t);
    s.map(|x| x - lse)
}

/// `t * ln(sum exp(s / t))`, what [`log_softmax`] subtracts.
fn log_sum_exp(s: &[f64; CLASSES], t: f64) -> f64 {
    let m = s.iter().copied().fold(f64::MIN, f64::max);
    m + t * s.iter().map(|x| ((x - m) / t).exp()).sum::<f64>().ln()
}

/// The indices of the `k` highest of `s`, in order of index (on equal values the earlier
/// first), and how many (`k` at most [`CLASSES`]).
fn best_indices(s: &[f64; CLASSES], k: usize) -> ([u8; CLASSES], usize) {
    let mut top = [0u8; CLASSES];
    let mut n = 0;
    for (x, &v) in s.iter().enumerate() {
        if n == k && v <= s[top[k - 1] as usize] {
            continue;
        }
        let mut at = n.min(k - 1);
        while at > 0 && s[top[at - 1] as usize] < v {
            top[at] = top[at - 1];
            at -= 1;
        }
        top[at] = x as u8;
        n = (n + 1).min(k);
    }
    top[..n].sort_unstable();
    (top, n)
}

/// The most hypotheses a beam keeps.
pub const MAX_BEAM: usize = 16;

/// The beam width: [`BEAM`], or for experiments (the `tune` feature, native) the value of
/// `NER_BEAM`.
pub fn beam_width() -> usize {
    #[cfg(all(not(target_arch = "wasm32"), feature = "tune"))]
    {
        static K: OnceLock<usize> = OnceLock::new();
        *K.get_or_init(|| {
            std::env::var("NER_BEAM").ok().and_then(|v| v.parse().ok()).unwrap_or(BEAM)
        })
    }
    #[cfg(not(all(not(target_arch = "wasm32"), feature = "tune")))]
    BEAM
}

/// One hypothesis of the beam: the last two classes, the path's score and the index of the
/// hypothesis it extends in the previous token's beam.
#[derive(Clone, Copy, Debug)]
struct Hyp {
    y1: u8,
    y2: u8,
    score: f64,
    parent: u8,
}

/// Beam search over a sentence's classes, its buffers reused from sentence to sentence. The
/// state is the class history (y1, y2), all the features and the candidate rule read of earlier
/// classes, so hypotheses with the same history are merged (the better kept); the score is the
/// sum of the chosen classes' log-probabilities over the scored tokens (an unscored token is O
/// and adds 0).
#[derive(Default)]
pub struct Beam {
    cur: Vec<Hyp>,
    next: Vec<Hyp>,
    /// Per token of the sentence, `k` entries: each hypothesis's class and parent.
    back: Vec<(u8, u8)>,
    /// Per history (class * [`CLASSES`] + previous class): the token's stamp (high bits) and the
    /// history's index in `next` (low 8 bits); a stale stamp is no entry.
    slot: Vec<u32>,
    stamp: u32,
}

impl Beam {
    /// Classes of the `out.len()` tokens of a sentence with width `k`: `score(j, y1, y2)` gives
    /// the class scores of token `j` after classes `y1`, `y2`, or `None` when the token is not
    /// scored (O); a path's score sums them as log-probabilities ([`log_softmax`] at
    /// [`TEMPERATURE`]). With `k` = 1 the greedy decoding: each token's best class, the first on
    /// ties.
    pub fn run(
        &mut self,
        k: usize,
        mut score: impl FnMut(usize, u8, u8) -> Option<[f64; CLASSES]>,
        out: &mut [u8],
    ) {
        if k > 1 {
            return self.search(k, score, out);
        }
        let (mut y1, mut y2) = (O, O);
        for (j, o) in out.iter_mut().enumerate() {
            *o = score(j, y1, y2).map_or(O, |sc| argmax(&sc));
            (y1, y2) = (*o, y1);
        }
    }

    /// The beam of [`Beam::run`], also for `k` = 1 (the same classes as the greedy loop).
    fn search(
        &mut self,
        k: usize,
        mut score: impl FnMut(usize, u8, u8) -> Option<[f64; CLASSES]>,
        out: &mut [u8],
    ) {
        let k = k.clamp(1, MAX_BEAM);
        let t = temperature();
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
                        // the normaliser is the same for every extension of a lone
                        // hypothesis: only the order of the paths counts
                        let lse = if lone { 0.0 } else { log_sum_exp(&sc, t) };
                        if k >= CLASSES {
                            for (c, v) in sc.iter().enumerate() {
                                add(c as u8, h.score + (v - lse));
                            }
                        } else {
                            // no more than k extensions of one hypothesis can stay: of its
                            // others, k of its own come before each
                            let (top, n) = best_indices(&sc, k);
                            for &c in &top[..n] {
                                add(c, h.score + (sc[c as usize] - lse));
                            }
                        }
                    }
                }
            }
            // the best k, best first; on equal scores the earlier (parent, then class), as
            // argmax
            let mut top = [0u8; MAX_BEAM];
            let mut n = 0;
            for (x, h) in next.iter().enumerate() {
                if n == k && h.score <= next[top[k - 1] as usize].score {
                    continue;
                }
                let mut at = n.min(k - 1);
                while at > 0 && next[top[at - 1] as usize].score < h.score {
                    top[at] = top[at - 1];
                    at -= 1;
                }
                top[at] = x as u8;
                n = (n + 1).min(k);
            }
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

/// Index of the highest score (the first on ties).
pub fn argmax<T: PartialOrd + Copy>(s: &[T; CLASSES]) -> u8 {
    let mut best = 0;
    for c in 1..CLASSES {
        if s[c] > s[best] {
            best = c;
        }
    }
    best as u8
}

/// Whether token `i` is scored, given the class before it: a capitalised word, or a word inside a
/// name that a capitalised word follows within two ("Bank of England", "Joost van der Westhuizen").
#[inline]
pub fn is_candidate(toks: &[Tok], i: usize, s1: usize, y1: u8) -> bool {
    let t = &toks[i];
    t.cap
        || (y1 != O
            && ((i + 1 < s1 && toks[i + 1].cap)
                || (i + 2 < s1 && toks[i + 2].cap && !t.punct && !toks[i + 1].punct)))
}

/// Classes of all tokens, one pass (beam search of width [`beam_width`] per sentence).
pub fn decode(
    doc: &Document,
    toks: &[Tok],
    info: &DocInfo,
    scorer: &impl Scorer,
    out: &mut Vec<u8>,
) {
    decode_with(doc, toks, info, scorer, beam_width(), out)
}

/// [`decode`] with beam width `k` (1: greedy).
pub fn decode_with(
    doc: &Document,
    toks: &[Tok],
    info: &DocInfo,
    scorer: &impl Scorer,
    k: usize,
    out: &mut Vec<u8>,
) {
    out.clear();
    out.resize(toks.len(), O);
    let mut feats = Vec::with_capacity(96);
    let mut beam = Beam::default();
    for (si, s) in doc.sentences.iter().enumerate() {
        let (s0, s1) = (s.tokens.start, s.tokens.end);
        let caps_line = info.caps_sentence[si];
        // the static features of the token last scored, and how many
        let mut fixed: Option<(usize, usize)> = None;
        beam.run(
            k,
            |j, y1, y2| {
                let i = s0 + j;
                if !is_candidate(toks, i, s1, y1) {
                    return None;
                }
                let n = match fixed {
                    Some((at, n)) if at == i => n,
                    _ => {
                        feats.clear();
                        let pos = features::Position { toks, i, s0, s1, caps_line };
                        features::static_features(pos, doc.word(i), info, &mut feats);
                        fixed = Some((i, feats.len()));
                        feats.len()
                    }
                };
                feats.truncate(n);
                features::dynamic_features(&toks[i], info, y1, y2, &mut feats);
                Some(scorer.class_scores(&feats))
            },
            &mut out[s0..s1],
        );
    }
}

/// Per word: how often the pass labelled its capitalised mentions with each class.
pub fn votes(toks: &[Tok], classes: &[u8]) -> HashMap<u64, [u16; CLASSES]> {
    let mut v: HashMap<u64, [u16; CLASSES]> = HashMap::default();
    for (t, &c) in toks.iter().zip(classes) {
        if t.cap {
            let e = v.entry(t.lower).or_default();
            e[c as usize] = e[c as usize].saturating_add(1);
        }
    }
    v
}

/// Two passes: the second knows the first's labels of every word's other mentions.
pub fn classify(doc: &Document, scorer: &impl Scorer) -> Vec<u8> {
    classify_tokens(doc, &features::tokens(doc), scorer)
}

/// [`classify`] with the token infos already computed (`toks` from [`features::tokens`]).
pub fn classify_tokens(doc: &Document, toks: &[Tok], scorer: &impl Scorer) -> Vec<u8> {
    let mut info = DocInfo::new(doc, toks);
    let mut classes = Vec::new();
    decode(doc, toks, &info, scorer, &mut classes);
    info.votes = Some(votes(toks, &classes));
    info.longest = Some(features::longest(toks, &classes));
    decode(doc, toks, &info, scorer, &mut classes);
    classes
}

/// The most tokens read as one document by the recogniser: a longer input (many articles pasted
/// together, a book) is cut at block boundaries into parts of about this size, each with its own
/// document-level features. Bounds the tables that grow with the document, so that time per MB
/// stays flat; an article is far shorter.
pub const CONTEXT_TOKENS: usize = 20_000;

/// Consecutive sentence ranges of at most [`CONTEXT_TOKENS`] tokens, cut between blocks (inside a
/// block only when the block alone is longer).
pub fn parts(doc: &Document) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut n) = (0, 0);
    let mut cut = |at: usize, n: &mut usize, start: &mut usize| {
        if *n > 0 && at > *start {
            out.push(*start..at);
            *start = at;
        }
        *n = 0;
    };
    for b in &doc.blocks {
        if n + b.tokens.len() > CONTEXT_TOKENS {
            cut(b.sentences.start, &mut n, &mut start);
        }
        if b.tokens.len() <= CONTEXT_TOKENS {
            n += b.tokens.len();
            continue;
        }
        for si in b.sentences.clone() {
            let len = doc.sentences[si].tokens.len();
            if n + len > CONTEXT_TOKENS {
                cut(si, &mut n, &mut start);
            }
            n += len;
        }
    }
    if start < doc.sentences.len() {
        out.push(start..doc.sentences.len());
    }
    out
}

/// Tags with the shipped model and the window network ([`window`]: its log-probabilities added to
/// the perceptron's scores of each scored token), reusing its buffers from part to part. Without the
/// network (`plain`) it gives the same classes as [`classify`] with [`model()`] on each part, faster: each token's scores for the features that
/// do not change between the passes are computed once, in the first pass, and the scores of a
/// word's own features once per word of the part (integer sums: the order does not matter).
#[derive(Default)]
pub struct Tagger {
    toks: Vec<Tok>,
    classes: Vec<u8>,
    /// Per token of the part: scores of its static features, when computed.
    fixed: Vec<Option<[i32; CLASSES]>>,
    /// Per word (its [`Tok::word_key`]) of the part: scores of its [`features::word_features`].
    words: HashMap<u64, [i32; CLASSES]>,
    /// Per neighbour (its [`features::neighbour_key`], side included) of the part: scores of its
    /// [`features::neighbour_features`] (most neighbours are a few common words: "the", "said", ",").
    neighbours: HashMap<u64, [i32; CLASSES]>,
    /// Per window position, row and shape bits of the part: the window network's first-layer part.
    positions: HashMap<u64, [f32; window::HIDDEN]>,
    /// Without the window network: the perceptron alone, as [`classify`] tags.
    pub plain: bool,
    feats: Vec<u32>,
    beam: Beam,
}

impl Tagger {
    /// Classes of the tokens of sentences `sents` (index = token index minus the part's first).
    pub fn classify_in(&mut self, doc: &Document, sents: Range<usize>, m: &Model) -> &[u8] {
        features::tokens_in(doc, sents.clone(), &mut self.toks);
        let mut info = DocInfo::new_in(doc, sents.clone(), &self.toks);
        self.fixed.clear();
        self.fixed.resize(self.toks.len(), None);
        self.words.clear();
        self.neighbours.clear();
        self.positions.clear();
        self.pass(doc, sents.clone(), &info, m);
        info.votes = Some(votes(&self.toks, &self.classes));
        info.longest = Some(features::longest(&self.toks, &self.classes));
        self.pass(doc, sents, &info, m);
        &self.classes
    }

    fn pass(&mut self, doc: &Document, sents: Range<usize>, info: &DocInfo, m: &Model) {
        let t0 = features::token_range(doc, &sents).start;
        let Tagger {
            toks,
            classes,
            fixed,
            words,
            neighbours,
            positions,
            plain,
            feats,
            beam,
        } = self;
        let toks = &toks[..];
        classes.clear();
        classes.resize(toks.len(), O);
        let k = beam_width();
        for (si, s) in doc.sentences[sents].iter().enumerate() {
            let (s0, s1) = (s.tokens.start - t0, s.tokens.end - t0);
            let caps_line = info.caps_sentence[si];
            // the token last scored and its scores without the history's features
            let mut base: Option<(usize, [i32; CLASSES])> = None;
            beam.run(
                k,
                |j, y1, y2| {
                    let i = s0 + j;
                    if !is_candidate(toks, i, s1, y1) {
                        return None;
                    }
                    let mut sc = match base {
                        Some((at, sc)) if at == i => sc,
                        _ => {
                            let pos = features::Position { toks, i, s0, s1, caps_line };
                            let mut sc = *fixed[i].get_or_insert_with(|| {
                                static_scores(pos, doc.word(i + t0), info, m, *plain, words, neighbours, positions, feats)
                            });
                            feats.clear();
                            features::vote_features(&toks[i], info, feats);
                            let d = m.scores(feats);
                            for c in 0..CLASSES {
                                sc[c] += d[c];
                            }
                            base = Some((i, sc));
                            sc
                        }
                    };
                    feats.clear();
                    features::history_features(&toks[i], y1, y2, feats);
                    let d = m.scores(feats);
                    for c in 0..CLASSES {
                        sc[c] += d[c];
                    }
                    Some(sc.map(f64::from))
                },
                &mut classes[s0..s1],
            );
        }
    }
}

/// The scores of a token's features that do not change between the passes (the perceptron's
/// static features and, unless `plain`, the window network's term), from the part's caches.
#[allow(clippy::too_many_arguments)]
fn static_scores(
    pos: features::Position,
    word: &str,
    info: &DocInfo,
    m: &Model,
    plain: bool,
    words: &mut HashMap<u64, [i32; CLASSES]>,
    neighbours: &mut HashMap<u64, [i32; CLASSES]>,
    positions: &mut HashMap<u64, [f32; window::HIDDEN]>,
    feats: &mut Vec<u32>,
) -> [i32; CLASSES] {
    // the word's own features score the same at each of its mentions
    let tk = pos.tok();
    let own = *words.entry(tk.word_key()).or_insert_with(|| {
        feats.clear();
        features::word_features(tk, word, info, feats);
        m.scores(feats)
    });
    feats.clear();
    features::own_context_features(pos, info, feats);
    let mut sc = m.scores(feats);
    for c in 0..CLASSES {
        sc[c] += own[c];
    }
    // the features of each neighbour alone score the same wherever it stands beside a word on
    // that side
    for side in Side::ALL {
        let n = pos.neighbour(side);
        let ns = *neighbours.entry(features::neighbour_key(n, side)).or_insert_with(|| {
            feats.clear();
            features::neighbour_features(n, side, info, feats);
            m.scores(feats)
        });
        for c in 0..CLASSES {
            sc[c] += ns[c];
        }
    }
    if !plain {
        // the window network's view, each position's part once per document
        let win = window::window(pos.toks, pos.i, pos.s0, pos.s1);
        let mut parts = [[0f32; window::HIDDEN]; window::WIDTH];
        for (p, (part, &inp)) in parts.iter_mut().zip(&win).enumerate() {
            let key = (p as u64) | (inp.0 as u64) << 8 | (inp.1 as u64) << 40;
            *part = *positions.entry(key).or_insert_with(|| window::net().position(p, inp));
        }
        let lp = window::net().log_probs(&parts);
        let w = window::weight();
        for c in 0..CLASSES {
            sc[c] += (w * lp[c]).round() as i32;
        }
    }
    sc
}

/// Names as token ranges with labels: inside a sentence, a word of a name class and the words of
/// inside classes (I) after it, with the type of the last one.
pub fn spans(doc: &Document, classes: &[u8]) -> Vec<(Range<usize>, Label)> {
    let mut out = Vec::new();
    spans_in(doc, 0..doc.sentences.len(), classes, &mut out);
    out
}

/// [`spans`] for sentences `sents`, with `classes` indexed from the range's first token.
pub fn spans_in(
    doc: &Document,
    sents: Range<usize>,
    classes: &[u8],
    out: &mut Vec<(Range<usize>, Label)>,
) {
    let t0 = features::token_range(doc, &sents).start;
    let class = |i: usize| classes[i - t0];
    for s in &doc.sentences[sents] {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let c = class(i);
            let ty = class_type(c);
            if ty == 0 {
                i += 1;
                continue;
            }
            // words inside a name (I classes) continue it whatever their type; the name takes the
            // type of its last word, its head ("NEW" B-ORG "YORK" I-LOC is one place): greedy
            // decoding often gets the type of a name right only at its end (trainer valid F1, mean
            // over ten shuffles, 0.908 -> 0.920 against splitting at the change of type)
            let mut c = c;
            let mut j = i + 1;
            while j < s.tokens.end && class_type(class(j)) != 0 && !is_begin(class(j)) {
                c = class(j);
                j += 1;
            }
            // a bridging word at an edge ("Bank of") is not part of the name
            let (mut a, mut b) = (i, j);
            let named = |k: usize| {
                doc.word(k).starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
            };
            while a < b && !named(a) {
                a += 1;
            }
            while b > a && !named(b - 1) {
                b -= 1;
            }
            if let (Some(l), true) = (class_label(c), a < b) {
                out.push((a..b, l));
            }
            i = j;
        }
    }
}

/// Names found by the shipped model, part by part (see [`parts`]).
pub fn recognise(doc: &Document) -> Vec<(Range<usize>, Label)> {
    let mut tagger = Tagger::default();
    let mut out = Vec::new();
    for sents in parts(doc) {
        let classes = tagger.classify_in(doc, sents.clone(), model());
        spans_in(doc, sents, classes, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagger_equals_plain_two_pass_decoding() {
        let text = "Pavel Durov, the founder of Telegram, said on Monday that the Bank of England and \
                    Apple Inc. were wrong.\nDUROV SPEAKS IN PARIS\nDurov told Le Monde: \u{201c}We will not.\u{201d}\n"
            .repeat(3);
        let doc = Document::new(&text);
        let plain = classify(&doc, model());
        let mut tagger = Tagger { plain: true, ..Tagger::default() };
        assert_eq!(tagger.classify_in(&doc, 0..doc.sentences.len(), model()), &plain[..]);
        assert!(plain.iter().any(|&c| c != O));
    }

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
            let (mut greedy, mut one) = ([9u8; 12], [9u8; 12]);
            beam.run(1, &score, &mut greedy);
            beam.search(1, &score, &mut one);
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
        let (top, n) = best_indices(&s, 2);
        assert_eq!(&top[..n], &[1, 3]);
        // on equal values the earlier class
        let (top, n) = best_indices(&s, 4);
        assert_eq!(&top[..n], &[0, 1, 3, 4]);
        let (top, n) = best_indices(&s, CLASSES);
        assert_eq!(&top[..n], &[0, 1, 2, 3, 4, 5, 6, 7, 8]);
    }

    #[test]
    fn log_probabilities_sum_to_one_at_the_temperature() {
        let lp = log_softmax([3.0, -50.0, 400.0, 0.0, 0.0, 1.0, 2.0, -7.0, 120.0], 240.0);
        let total: f64 = lp.iter().map(|x| (x / 240.0).exp()).sum();
        assert!((total - 1.0).abs() < 1e-9);
        assert_eq!(argmax(&lp), 2);
    }

    #[test]
    fn parts_cover_every_sentence_once_and_respect_the_limit() {
        let block = "Word ".repeat(700) + "end.\n";
        let text = block.repeat(80) + &"One more sentence here. ".repeat(9000);
        let doc = Document::new(&text);
        let ps = parts(&doc);
        assert!(ps.len() > 3);
        assert_eq!(ps.first().unwrap().start, 0);
        assert_eq!(ps.last().unwrap().end, doc.sentences.len());
        for w in ps.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        for p in &ps {
            let n = features::token_range(&doc, p).len();
            assert!(n <= CONTEXT_TOKENS || p.len() == 1, "part of {n} tokens");
        }
        // short documents are one part
        let short = Document::new("Durov spoke.\nHe left.");
        assert_eq!(parts(&short), vec![0..short.sentences.len()]);
    }
}
