//! The statistical name recogniser: an averaged perceptron over rich token features
//! ([`features`]), decoded by a beam search of two paths over each sentence (`beam.rs`),
//! trained on CoNLL-2003 English by `train-ner` (`src/bin/train_ner.rs`, training code in
//! [`train`]). Classes: O and, for each of PER, LOC, ORG, MISC, a first word (B) and a word
//! inside (I); a name is a word of a name class and the I words after it, with the type of its
//! last word ([`spans`]). Only capitalised words, and one or two words bridging two parts of a
//! name ("Bank of England", "Joost van der Westhuizen"), are scored; everything else is O, which
//! keeps tagging fast.
//!
//! The weights are embedded in the binary (`src/model/ner.bin`, `include_bytes!`), never fetched.
//! Tagging runs in two passes: the second pass sees how the first labelled the document's other
//! mentions of each word (a name recognised confidently once informs its other mentions).

mod beam;
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
use beam::{beam_width, Beam};
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

/// `default`, or for experiments (the `tune` feature, native) the value of the environment
/// variable `var`, read once into `cell`.
#[inline]
fn tunable<T: std::str::FromStr + Copy>(
    cell: &OnceLock<T>,
    var: &str,
    default: T,
) -> T {
    #[cfg(all(not(target_arch = "wasm32"), feature = "tune"))]
    return *cell.get_or_init(|| {
        std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
    });
    #[cfg(not(all(not(target_arch = "wasm32"), feature = "tune")))]
    {
        let _ = (cell, var);
        default
    }
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

/// Classes of all tokens, one pass (a beam search per sentence, `beam.rs`).
pub fn decode(
    doc: &Document,
    toks: &[Tok],
    info: &DocInfo,
    scorer: &impl Scorer,
    out: &mut Vec<u8>,
) {
    let k = beam_width();
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
