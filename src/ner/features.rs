//! Features of a token for the recogniser, as 32-bit keys. The same code serves training (native)
//! and tagging (native and wasm), so the two never drift apart.
//!
//! Per token: its lowercase form and exact form, its shape, prefixes and suffixes, its neighbours'
//! forms and shapes (two each side, inside the sentence), the gazetteer kinds of phrases that start
//! at or cover it and its neighbours, where it stands (sentence start, after an opening quote,
//! all-caps line), the word clusters of the token and its neighbours (and, coarsest, of the words two
//! away; `clusters.rs`), the run of capitalised words holding the word (its head, first word,
//! length and the word's place in it), and the previous two predicted
//! classes. Document-level: whether the word is also written in lowercase
//! in the document, how the other mentions of the same word were labelled in a first pass and the
//! type and length of the longest first-pass name holding the word, and the document's topic word
//! (a news-wire opening "SOCCER - ...") with the word's gazetteer kinds and shapes.

use super::clusters::{clusters, LEVELS, NONE as NO_CLUSTER};
use super::gazetteer::{gazetteer, KINDS, PREFIX};
use super::hash::{fnv, hash_bytes, hash_chars, hash_lower, key, mix, FNV_SEED, SEQ_SEED};
use crate::segment::{Document, Kind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

/// Classes: outside (0), then for each type (person, place, organisation, other name) a class
/// for the first word of a name (B) and one for the words after it (I): B = 2t-1, I = 2t.
pub const CLASSES: usize = 9;
pub const O: u8 = 0;

/// What is computed once per token.
#[derive(Clone, Debug, Default)]
pub struct Tok {
    pub lower: u64,
    word: u64,
    shape: u64,
    short: u64,
    pub cap: bool,
    /// A word written with a lowercase initial.
    lower_initial: bool,
    all_caps: bool,
    digit: bool,
    cap_free: bool,
    pub punct: bool,
    gaz_b: u16,
    gaz_i: u16,
    /// Fine word cluster of the lowercase form ([`NO_CLUSTER`] when unlisted; only computed near
    /// capitalised words).
    clu: u16,
}

/// What is known about the document as a whole.
pub struct DocInfo {
    /// Lowercase hashes of words written with a lowercase initial somewhere.
    lower_seen: HashSet<u64>,
    /// Whether the block is (mostly) upper case, per sentence.
    pub caps_sentence: Vec<bool>,
    /// Per lowercase word hash: how often a first pass labelled it with each class.
    pub votes: Option<HashMap<u64, [u16; CLASSES]>>,
    /// Per capitalised word (lowercase hash): the words right before and after its mentions in the
    /// document (context aggregation: "Durov said" once tells about every "Durov").
    contexts: HashMap<u64, Contexts>,
    /// Per capitalised word: type and length (up to 3) of the longest first-pass name holding it.
    pub longest: Option<HashMap<u64, (u8, u8)>>,
    /// The document's topic word: its first word when written in capitals and followed by a dash
    /// (news-wire openings, "SOCCER - ...", "TENNIS - ..."); 0 when there is none.
    topic: u64,
}

/// The context words of one word, at most [`MAX_CONTEXTS`], kept inline (no allocation per word).
#[derive(Clone, Copy, Default)]
struct Contexts {
    n: usize,
    words: [u64; MAX_CONTEXTS],
}

impl Contexts {
    fn add(&mut self, h: u64) {
        if self.n < MAX_CONTEXTS && !self.words[..self.n].contains(&h) {
            self.words[self.n] = h;
            self.n += 1;
        }
    }

    fn all(&self) -> &[u64] {
        &self.words[..self.n]
    }
}

/// Most context words kept per word.
const MAX_CONTEXTS: usize = 12;

/// Token infos for the whole document (index = token index).
pub fn tokens(doc: &Document) -> Vec<Tok> {
    let mut out = Vec::new();
    tokens_in(doc, 0..doc.sentences.len(), &mut out);
    out
}

/// The token range of sentences `sents`.
pub fn token_range(doc: &Document, sents: &Range<usize>) -> Range<usize> {
    match (
        doc.sentences.get(sents.start),
        sents.end.checked_sub(1).and_then(|e| doc.sentences.get(e)),
    ) {
        (Some(a), Some(b)) if sents.start < sents.end => a.tokens.start..b.tokens.end,
        _ => 0..0,
    }
}

/// Token infos for the tokens of sentences `sents` into `out` (index = token index minus the
/// range's first token), reusing its memory.
pub fn tokens_in(doc: &Document, sents: Range<usize>, out: &mut Vec<Tok>) {
    let tr = token_range(doc, &sents);
    let t0 = tr.start;
    out.clear();
    out.reserve(tr.len());
    for t in &doc.tokens[tr] {
        let w = doc.tok(t);
        let mut tok = Tok { clu: NO_CLUSTER, ..Default::default() };
        // an ASCII word in one pass, a table load per byte: its lowercase hash (the value of
        // hash_lower) and letter kinds
        let mut kinds = 0u16;
        let mut h = FNV_SEED;
        for &c in w.as_bytes() {
            let e = BYTE_INFO[c as usize];
            kinds |= e;
            h = fnv(h, e as u8);
        }
        if kinds & NON_ASCII == 0 {
            let first = BYTE_INFO[w.as_bytes()[0] as usize];
            (tok.cap, tok.lower_initial) = (first & UPPER != 0, first & LOWER != 0);
            tok.lower = mix(h, w.len() as u64);
            (tok.all_caps, tok.digit) = (kinds & (UPPER | LOWER) == UPPER, kinds & DIGIT != 0);
        } else {
            (tok.cap, tok.lower_initial) = match w.as_bytes()[0] {
                b'A'..=b'Z' => (true, false),
                b'a'..=b'z' => (false, true),
                x if x < 0x80 => (false, false),
                _ => (w.starts_with(char::is_uppercase), w.starts_with(char::is_lowercase)),
            };
            tok.lower = hash_lower(w);
            tok.all_caps = w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase);
            tok.digit = w.chars().any(|c| c.is_ascii_digit());
        }
        tok.lower_initial &= t.kind == Kind::Word;
        tok.cap_free = t.cap_free;
        tok.punct = matches!(t.kind, Kind::Punct | Kind::Symbol);
        out.push(tok);
    }
    let g = gazetteer();
    let cl = clusters();
    // per word of the part: its cluster and the gazetteer kinds of the one-word phrase (the two big
    // tables are asked once per word, not at every mention; the small table stays in cache)
    let mut words: HashMap<u64, (u16, u16)> = HashMap::default();
    for s in &doc.sentences[sents] {
        let r = s.tokens.start - t0..s.tokens.end - t0;
        // exact forms, shapes, clusters and gazetteer kinds only near capitalised words (within two tokens):
        // no other token's features read them
        let mut last_cap: Option<usize> = None;
        for i in r.clone() {
            if out[i].cap {
                last_cap = Some(i);
            }
            let near = last_cap.is_some_and(|c| i - c <= 2)
                || out[i + 1..(i + 3).min(r.end)].iter().any(|t| t.cap);
            if !near {
                continue;
            }
            let w = doc.word(i + t0);
            let tok = &mut out[i];
            (tok.word, tok.shape, tok.short) = word_hashes(w);
            let (clu, one_word) = *words
                .entry(tok.lower)
                .or_insert_with(|| (cl.get(tok.lower), g.get_hash(mix(SEQ_SEED, tok.lower))));
            tok.clu = clu;
            // gazetteer phrases: kinds of the phrases that start at (B) or cover (I) each word;
            // a phrase only starts at a capitalised word or is one word long
            if doc.tokens[i + t0].kind != Kind::Word {
                continue;
            }
            let max = if out[i].cap { g.max_tokens.min(r.end - i) } else { 1 };
            let mut acc = SEQ_SEED;
            for n in 1..=max {
                acc = mix(acc, out[i + n - 1].lower);
                let k = if n == 1 { one_word } else { g.get_hash(acc) };
                let kinds = k & !PREFIX;
                if kinds != 0 {
                    out[i].gaz_b |= kinds;
                    for t in &mut out[i + 1..i + n] {
                        t.gaz_i |= kinds;
                    }
                }
                if k & PREFIX == 0 {
                    break; // no longer phrase starts with these words
                }
            }
        }
    }
}

/// Bits of [`BYTE_INFO`] above the lowercase byte.
const UPPER: u16 = 1 << 8;
const LOWER: u16 = 1 << 9;
const DIGIT: u16 = 1 << 10;
const NON_ASCII: u16 = 1 << 11;

/// Per byte: its ASCII lowercase form (low 8 bits) and its kind ([`UPPER`], [`LOWER`], [`DIGIT`],
/// or [`NON_ASCII`] for a byte of a multi-byte character).
const BYTE_INFO: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b >= 0x80 {
            NON_ASCII
        } else if b.is_ascii_uppercase() {
            UPPER | b.to_ascii_lowercase() as u16
        } else if b.is_ascii_lowercase() {
            LOWER | b as u16
        } else if b.is_ascii_digit() {
            DIGIT | b as u16
        } else {
            b as u16
        };
        c += 1;
    }
    t
};

/// The most characters of a word that its long shape keeps.
const SHAPE_CHARS: usize = 16;

/// The shape character of an ASCII byte: X, x, d, or itself.
#[inline]
fn shape_byte(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => b'X',
        b'a'..=b'z' => b'x',
        b'0'..=b'9' => b'd',
        _ => b,
    }
}

/// A word's exact-form hash and its [`shapes`], for an ASCII word in one pass over its bytes.
fn word_hashes(w: &str) -> (u64, u64, u64) {
    if !w.is_ascii() {
        let (shape, short) = shapes(w);
        return (hash_bytes(w.as_bytes()), shape, short);
    }
    let (mut h, mut long, mut short) = (FNV_SEED, FNV_SEED, FNV_SEED);
    let mut last = 0u8;
    for (n, &c) in w.as_bytes().iter().enumerate() {
        h = fnv(h, c);
        let s = shape_byte(c);
        if n < SHAPE_CHARS {
            long = fnv(long, s);
        }
        if last != s {
            short = fnv(short, s);
            last = s;
        }
    }
    (mix(h, w.len() as u64), mix(long, 1), mix(short, 2))
}

/// "Durov" -> ("Xxxxx", "Xx"); "1996-08-22" -> ("dddd-dd-dd", "d-d-d"), as hashes (no allocation).
fn shapes(w: &str) -> (u64, u64) {
    let (mut long, mut short) = (FNV_SEED, FNV_SEED);
    let (mut n, mut last) = (0usize, 0u8);
    for c in w.chars() {
        let s = if c.is_ascii() {
            shape_byte(c as u8)
        } else if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else {
            b'u'
        };
        if n < SHAPE_CHARS {
            long = fnv(long, s);
            n += 1;
        }
        if last != s {
            short = fnv(short, s);
            last = s;
        }
    }
    (mix(long, 1), mix(short, 2))
}

impl DocInfo {
    /// For the whole document (`toks` from [`tokens`]).
    pub fn new(doc: &Document, toks: &[Tok]) -> Self {
        Self::new_in(doc, 0..doc.sentences.len(), toks)
    }

    /// For sentences `sents` (`toks` from [`tokens_in`] over the same sentences).
    pub fn new_in(doc: &Document, sents: Range<usize>, toks: &[Tok]) -> Self {
        let tr = token_range(doc, &sents);
        let t0 = tr.start;
        // only the capitalised words are asked about
        let capitalised: HashSet<u64> = toks.iter().filter(|t| t.cap).map(|t| t.lower).collect();
        // a 4096-bit filter of the capitalised words' hashes spares most lowercase words the set
        let bit = |h: u64| ((h >> 52) as usize >> 6, 1u64 << (h >> 52 & 63));
        let mut filter = [0u64; 64];
        for &h in &capitalised {
            let (w, b) = bit(h);
            filter[w] |= b;
        }
        let in_filter = |h: u64| {
            let (w, b) = bit(h);
            filter[w] & b != 0
        };
        let lower_seen = toks
            .iter()
            .filter(|t| t.lower_initial && in_filter(t.lower) && capitalised.contains(&t.lower))
            .map(|t| t.lower)
            .collect();
        let local = |s: &crate::segment::Sentence| s.tokens.start - t0..s.tokens.end - t0;
        let caps_sentence = doc.sentences[sents.clone()]
            .iter()
            .map(|s| {
                let words = toks[local(s)].iter().filter(|t| !t.punct && !t.digit).count();
                let caps = toks[local(s)].iter().filter(|t| t.all_caps && !t.digit).count();
                words >= 2 && caps * 10 >= words * 8
            })
            .collect();
        let mut contexts: HashMap<u64, Contexts> = HashMap::default();
        for s in &doc.sentences[sents] {
            let r = local(s);
            for i in r.clone() {
                if !toks[i].cap {
                    continue;
                }
                let e = contexts.entry(toks[i].lower).or_default();
                if i > r.start && !toks[i - 1].cap {
                    e.add(mix(1, toks[i - 1].lower));
                }
                if i + 1 < r.end && !toks[i + 1].cap {
                    e.add(mix(2, toks[i + 1].lower));
                }
            }
        }
        let topic = if toks.len() > 2 && toks[0].all_caps && doc.word(t0 + 1) == "-" {
            toks[0].lower
        } else {
            0
        };
        DocInfo { lower_seen, caps_sentence, votes: None, longest: None, contexts, topic }
    }
}

/// Prefix features (1 to 3 chars) and suffix features (1 to 4) of a word's lowercase form, for the
/// lengths shorter than the word; no allocation for words up to 32 chars.
fn affixes(w: &str, f: &mut impl FnMut(u64)) {
    const N: usize = 32;
    let (mut buf, mut n, mut long) = (['\0'; N], 0, Vec::new());
    for c in w.chars().flat_map(char::to_lowercase) {
        if n < N {
            buf[n] = c;
        } else {
            if long.is_empty() {
                long.extend_from_slice(&buf);
            }
            long.push(c);
        }
        n += 1;
    }
    let lw: &[char] = if n <= N { &buf[..n] } else { &long };
    for k in 1..=3 {
        if lw.len() > k {
            let p = hash_chars(&lw[..k]);
            if p != 0 {
                f(mix(t::PRE + k as u64 - 1, p));
            }
        }
    }
    for k in 1..=4 {
        if lw.len() > k {
            let s = hash_chars(&lw[lw.len() - k..]);
            if s != 0 {
                f(mix(t::SUF + k as u64 - 1, s));
            }
        }
    }
}

/// Template ids (mixed into each feature's hash).
mod t {
    pub const BIAS: u64 = 1;
    pub const LOWER: u64 = 2;
    pub const WORD: u64 = 3;
    pub const SHAPE: u64 = 4;
    pub const SHORT: u64 = 5;
    pub const PRE: u64 = 6;
    pub const SUF: u64 = 10;
    pub const L_M1: u64 = 20;
    pub const L_P1: u64 = 21;
    pub const L_M2: u64 = 22;
    pub const L_P2: u64 = 23;
    pub const S_M1: u64 = 24;
    pub const S_P1: u64 = 25;
    pub const L_M1_L: u64 = 26;
    pub const L_L_P1: u64 = 27;
    pub const S_M1_S: u64 = 28;
    pub const S_S_P1: u64 = 29;
    pub const Y1: u64 = 30;
    pub const Y12: u64 = 31;
    pub const Y1_L: u64 = 32;
    pub const Y1_S: u64 = 33;
    pub const GAZ_B: u64 = 40;
    pub const GAZ_I: u64 = 41;
    pub const GAZ_M1: u64 = 42;
    pub const GAZ_P1: u64 = 43;
    pub const POS: u64 = 50;
    pub const LOWER_SEEN: u64 = 51;
    pub const VOTE: u64 = 52;
    pub const CAPS_LINE: u64 = 53;
    pub const CAPS_LINE_L: u64 = 54;
    pub const W_M1_CAPS: u64 = 55;
    pub const CONTEXT: u64 = 56;
    pub const CAPS3: u64 = 57;
    pub const W_M1: u64 = 58;
    pub const W_P1: u64 = 59;
    /// One template per cluster level (up to 10) for the word, its left and its right neighbour.
    pub const CL: u64 = 60;
    pub const CL_M1: u64 = 70;
    pub const CL_P1: u64 = 80;
    /// The coarsest cluster of the words two to the left and two to the right.
    pub const CL_M2: u64 = 90;
    pub const CL_P2: u64 = 91;
    pub const TOPIC: u64 = 94;
    pub const TOPIC_GAZ: u64 = 95;
    pub const LONGEST: u64 = 97;
    /// The capitalised run holding the word: its last word (the head: "Park", "County",
    /// "Party"), its first word, its length with the word's place in it, the head's cluster.
    pub const RUN_HEAD: u64 = 100;
    pub const RUN_FIRST: u64 = 101;
    pub const RUN_PLACE: u64 = 102;
    pub const RUN_HEAD_CL: u64 = 103;
}

/// The id of fine cluster `c` at level `l` (0 the coarsest); [`NO_CLUSTER`] stays itself.
#[inline]
fn level(c: u16, l: usize) -> u64 {
    if c == NO_CLUSTER {
        NO_CLUSTER as u64
    } else {
        (c >> LEVELS[l]) as u64
    }
}

/// Where a token stands: the tokens of its document part, its index `i`, its sentence's tokens
/// `s0..s1`, and whether its sentence is written all in capitals.
#[derive(Clone, Copy, Debug)]
pub struct Position<'a> {
    pub toks: &'a [Tok],
    pub i: usize,
    pub s0: usize,
    pub s1: usize,
    pub caps_line: bool,
}

impl<'a> Position<'a> {
    /// The token itself.
    #[inline]
    pub fn tok(&self) -> &'a Tok {
        &self.toks[self.i]
    }

    /// The token `k` places away (0 is the token itself), if it is inside the sentence.
    #[inline]
    pub fn at(&self, k: isize) -> Option<&'a Tok> {
        let j = self.i as isize + k;
        (j >= self.s0 as isize && j < self.s1 as isize).then(|| &self.toks[j as usize])
    }

    /// The neighbour on `side`, if it is inside the sentence.
    #[inline]
    pub fn neighbour(&self, side: Side) -> Option<&'a Tok> {
        self.at(side.offset())
    }
}

/// Appends the features of the token at `pos` (its text `word`) to `out`; `y1`, `y2` are the
/// classes predicted for the two tokens before.
pub fn features(pos: Position, word: &str, info: &DocInfo, y1: u8, y2: u8, out: &mut Vec<u32>) {
    static_features(pos, word, info, out);
    dynamic_features(pos.tok(), info, y1, y2, out);
}

/// The features that depend on the previous classes and on the first pass's votes: the rest
/// ([`static_features`]) is the same in both passes, so its scores can be computed once.
pub fn dynamic_features(tk: &Tok, info: &DocInfo, y1: u8, y2: u8, out: &mut Vec<u32>) {
    history_features(tk, y1, y2, out);
    vote_features(tk, info, out);
}

/// The features that depend on the previous classes `y1`, `y2` (a beam scores them once per
/// hypothesis, the rest once per token).
#[inline]
pub fn history_features(tk: &Tok, y1: u8, y2: u8, out: &mut Vec<u32>) {
    let mut f = |h: u64| out.push(key(h));
    f(mix(t::Y1, y1 as u64));
    f(mix(mix(t::Y12, y1 as u64), y2 as u64));
    f(mix(mix(t::Y1_L, y1 as u64), tk.lower));
    f(mix(mix(t::Y1_S, y1 as u64), tk.short));
}

/// The features from the first pass (its votes and longest names): none in the first pass.
pub fn vote_features(tk: &Tok, info: &DocInfo, out: &mut Vec<u32>) {
    let mut f = |h: u64| out.push(key(h));
    if let Some(votes) = &info.votes {
        if let Some(v) = votes.get(&tk.lower) {
            let total: u32 = v.iter().map(|&x| x as u32).sum();
            let (best, &n) = v.iter().enumerate().skip(1).max_by_key(|(_, &n)| n).unwrap();
            let best = best.div_ceil(2); // the type, whether B or I
            if n > 0 && total > 0 {
                let share = (n as u32 * 4 / total) as u64; // 0..4
                f(mix(mix(t::VOTE, best as u64), share));
            }
        }
    }
    // the longest name of the first pass that holds the word ("Leeds United" tells about "Leeds")
    if let Some(&(ty, n)) = info.longest.as_ref().and_then(|l| l.get(&tk.lower)) {
        f(mix(mix(t::LONGEST, ty as u64), n as u64));
    }
}

/// The features of token `i` that depend on neither the previous classes nor the votes: those of
/// the word itself ([`word_features`]) and those of its place ([`context_features`]).
pub fn static_features(pos: Position, word: &str, info: &DocInfo, out: &mut Vec<u32>) {
    word_features(pos.tok(), word, info, out);
    context_features(pos, info, out);
}

impl Tok {
    /// Two tokens with the same key have the same [`word_features`] in one document: their exact
    /// form and whether their capital is free (sentence start) decide them.
    pub fn word_key(&self) -> u64 {
        mix(self.word, self.cap_free as u64)
    }

    /// Whether the word has a digit.
    pub fn is_digit(&self) -> bool {
        self.digit
    }

    /// Whether the word has capitals and no lowercase letter.
    pub fn is_all_caps(&self) -> bool {
        self.all_caps
    }

    /// Whether the word's capital is free (it opens a sentence).
    pub fn is_cap_free(&self) -> bool {
        self.cap_free
    }

    /// Whether a gazetteer phrase starts at or covers the word.
    pub fn in_gazetteer(&self) -> bool {
        self.gaz_b != 0 || self.gaz_i != 0
    }
}

/// The static features of the word `word` (token `tk`) itself, the same for every mention with the
/// same [`Tok::word_key`] in a document: its forms, shape, affixes, clusters, and what the document
/// says about the word (written in lowercase elsewhere, its contexts).
pub fn word_features(tk: &Tok, word: &str, info: &DocInfo, out: &mut Vec<u32>) {
    let mut f = |h: u64| out.push(key(h));
    f(t::BIAS);
    f(mix(t::LOWER, tk.lower));
    f(mix(t::WORD, tk.word));
    f(mix(t::SHAPE, tk.shape));
    f(mix(t::SHORT, tk.short));
    // affixes only for the words that can start a name: capitalised ones
    if tk.cap {
        affixes(word, &mut f);
    }
    if tk.cap && info.lower_seen.contains(&tk.lower) {
        f(mix(t::LOWER_SEEN, tk.cap_free as u64));
    }
    if tk.cap {
        if let Some(cs) = info.contexts.get(&tk.lower) {
            for &c in cs.all() {
                f(mix(t::CONTEXT, c));
            }
        }
    }
    // word clusters of the word (when listed), at every level
    if tk.clu == NO_CLUSTER {
        f(t::CL);
    } else {
        for l in 0..LEVELS.len() {
            f(mix(t::CL + l as u64, level(tk.clu, l)));
        }
    }
}

/// The static features of token `i`'s place: its neighbours' forms, shapes, gazetteer kinds and
/// clusters, its position in the sentence, an all-caps line, the document's topic word with the
/// word's gazetteer kinds and shape. The same as [`own_context_features`] and the
/// [`neighbour_features`] of its four neighbours.
pub fn context_features(pos: Position, info: &DocInfo, out: &mut Vec<u32>) {
    own_context_features(pos, info, out);
    for side in Side::ALL {
        neighbour_features(pos.neighbour(side), side, info, out);
    }
}

/// A neighbour of a token, one or two words to the left or right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left1,
    Right1,
    Left2,
    Right2,
}

impl Side {
    pub const ALL: [Side; 4] = [Side::Left1, Side::Right1, Side::Left2, Side::Right2];

    fn offset(self) -> isize {
        match self {
            Side::Left1 => -1,
            Side::Right1 => 1,
            Side::Left2 => -2,
            Side::Right2 => 2,
        }
    }
}

/// A value no word hash has: a neighbour outside the sentence.
const NONE: u64 = 0xdead_beef;

/// The features of token `i`'s place that read the token itself (with or without its neighbours):
/// pairs of its form and shape with the neighbours', its gazetteer kinds, its position, an all-caps
/// line, capitals around it, the document's topic word with its gazetteer kinds and shape.
pub fn own_context_features(pos: Position, info: &DocInfo, out: &mut Vec<u32>) {
    let at = |k: isize| pos.at(k);
    let tk = pos.tok();
    let lw = |k: isize| at(k).map_or(NONE, |t| t.lower);
    let sh = |k: isize| at(k).map_or(NONE, |t| t.short);
    let mut f = |h: u64| out.push(key(h));
    f(mix(mix(t::L_M1_L, lw(-1)), tk.lower));
    f(mix(mix(t::L_L_P1, tk.lower), lw(1)));
    f(mix(mix(t::S_M1_S, sh(-1)), tk.short));
    f(mix(mix(t::S_S_P1, tk.short), sh(1)));
    for b in 0..KINDS {
        let bit = 1u16 << b;
        if tk.gaz_b & bit != 0 {
            f(mix(t::GAZ_B, b as u64));
        }
        if tk.gaz_i & bit != 0 {
            f(mix(t::GAZ_I, b as u64));
        }
    }
    let place = (pos.i == pos.s0) as u64 | (tk.cap_free as u64) << 1 | (tk.cap as u64) << 2;
    f(mix(t::POS, place));
    if pos.caps_line {
        f(t::CAPS_LINE);
        f(mix(t::CAPS_LINE_L, tk.lower));
    }
    if let Some(p) = at(-1) {
        if p.cap && !p.cap_free {
            f(mix(t::W_M1_CAPS, tk.short));
        }
    }
    // the document's topic word, alone and with the word's gazetteer kinds and shape (a place in a
    // sports results table is a team); with the next word's shape in [`neighbour_features`]
    if info.topic != 0 {
        f(mix(t::TOPIC, info.topic));
        for b in 0..KINDS {
            if tk.gaz_b & (1 << b) != 0 {
                f(mix(mix(t::TOPIC_GAZ, info.topic), b as u64));
            }
        }
        f(mix(mix(t::TOPIC_GAZ, info.topic), tk.short ^ 77));
    }
    let capb = |k: isize| at(k).map_or(2u64, |t| t.cap as u64);
    f(mix(t::CAPS3, capb(-1) | capb(0) << 2 | capb(1) << 4));
    run_features(pos, &mut f);
}

/// The longest run of capitalised words looked at on each side of a word.
const RUN_REACH: usize = 4;

/// The features of the run of capitalised words holding a capitalised word (none for others):
/// the head, the last word, tells the type of every word before it ("Dale Morgan Park" is a
/// place, "Morgan Stanley Bank" a company), the first word ("University of ...") too.
fn run_features(pos: Position, f: &mut impl FnMut(u64)) {
    let toks = pos.toks;
    if !toks[pos.i].cap {
        return;
    }
    let mut a = pos.i;
    while a > pos.s0 && pos.i - a < RUN_REACH && toks[a - 1].cap && !toks[a - 1].punct {
        a -= 1;
    }
    let mut e = pos.i + 1;
    while e < pos.s1 && e - pos.i <= RUN_REACH && toks[e].cap && !toks[e].punct {
        e += 1;
    }
    let len = (e - a).min(5) as u64;
    let at = (pos.i - a).min(4) as u64 | ((e - 1 == pos.i) as u64) << 3;
    f(mix(t::RUN_PLACE, len << 4 | at));
    if e - a < 2 {
        return;
    }
    let head = &toks[e - 1];
    if e - 1 != pos.i {
        f(mix(t::RUN_HEAD, head.lower));
        f(mix(t::RUN_HEAD_CL, level(head.clu, 1)));
    }
    if a != pos.i {
        f(mix(t::RUN_FIRST, toks[a].lower));
    }
}

/// Two neighbours with the same key on the same side give the same [`neighbour_features`] in one
/// document part (the fields those features read).
pub fn neighbour_key(n: Option<&Tok>, side: Side) -> u64 {
    match n {
        None => mix(NONE, side as u64),
        Some(t) => mix(
            mix(mix(mix(mix(t.lower, t.word), t.short), t.clu as u64), (t.gaz_b | t.gaz_i) as u64),
            side as u64 + 8,
        ),
    }
}

/// The features of token `i`'s place that read only one neighbour `n` (`None` outside the
/// sentence): its form, shape and exact form, its clusters and gazetteer kinds one word away; its
/// form and coarsest cluster two words away; the next word's shape with the document's topic word.
pub fn neighbour_features(n: Option<&Tok>, side: Side, info: &DocInfo, out: &mut Vec<u32>) {
    let mut f = |h: u64| out.push(key(h));
    let lw = n.map_or(NONE, |t| t.lower);
    // word clusters (outside the sentence: a value no word has)
    let cu = n.map_or(NO_CLUSTER - 1, |t| t.clu);
    match side {
        Side::Left1 | Side::Right1 => {
            let left = side == Side::Left1;
            f(mix(if left { t::L_M1 } else { t::L_P1 }, lw));
            f(mix(if left { t::S_M1 } else { t::S_P1 }, n.map_or(NONE, |t| t.short)));
            f(mix(if left { t::W_M1 } else { t::W_P1 }, n.map_or(NONE, |t| t.word)));
            if let Some(p) = n {
                for b in 0..KINDS {
                    if (p.gaz_b | p.gaz_i) & 1u16 << b != 0 {
                        f(mix(if left { t::GAZ_M1 } else { t::GAZ_P1 }, b as u64));
                    }
                }
            }
            for l in 0..LEVELS.len() {
                f(mix(if left { t::CL_M1 } else { t::CL_P1 } + l as u64, level(cu, l)));
            }
            if !left && info.topic != 0 {
                f(mix(mix(t::TOPIC, info.topic), n.map_or(NONE, |t| t.short)));
            }
        }
        Side::Left2 | Side::Right2 => {
            let left = side == Side::Left2;
            f(mix(if left { t::L_M2 } else { t::L_P2 }, lw));
            f(mix(if left { t::CL_M2 } else { t::CL_P2 }, level(cu, 0)));
        }
    }
}

/// Per capitalised word: the type and length (up to 3) of the longest name holding it in `classes`.
pub fn longest(toks: &[Tok], classes: &[u8]) -> HashMap<u64, (u8, u8)> {
    let mut out: HashMap<u64, (u8, u8)> = HashMap::default();
    let mut i = 0;
    while i < classes.len() {
        let ty = super::class_type(classes[i]);
        if ty == 0 {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < classes.len()
            && super::class_type(classes[j]) == ty
            && !super::is_begin(classes[j])
        {
            j += 1;
        }
        let n = (j - i).min(3) as u8;
        for t in &toks[i..j] {
            if t.cap {
                let e = out.entry(t.lower).or_insert((ty, n));
                if n > e.1 {
                    *e = (ty, n);
                }
            }
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_hashes_agree_with_hash_lower() {
        // tokens_in hashes an ASCII token inline, in the pass that reads its letters
        let d = Document::new("Pavel DUROV said Zoë 2024 İstanbul, U.S.-based ΣΟΦΊΑ x");
        for (t, tk) in d.tokens.iter().zip(tokens(&d)) {
            assert_eq!(tk.lower, hash_lower(d.tok(t)), "{}", d.tok(t));
        }
    }

    #[test]
    fn word_hashes_agree_with_the_separate_hashes() {
        for w in [
            "Durov",
            "1996-08-22",
            "U.S.",
            "x",
            "Abcdefghijklmnopqrstuvwxyz",
            "Zoë",
            "İstanbul",
            "ΣΟΦΊΑ",
        ] {
            let (shape, short) = shapes(w);
            assert_eq!(word_hashes(w), (hash_bytes(w.as_bytes()), shape, short), "{w}");
        }
    }

    #[test]
    fn a_capitalised_run_tells_its_first_word_its_head() {
        // the features of "Dale" depend on the run's last word, within reach, and not on words
        // after the run
        let feats = |text: &str| {
            let d = Document::new(text);
            let toks = tokens(&d);
            let s = &d.sentences[0];
            let pos = Position { toks: &toks, i: 1, s0: s.tokens.start, s1: s.tokens.end, caps_line: false };
            let mut out = Vec::new();
            run_features(pos, &mut |h| out.push(key(h)));
            out
        };
        let park = feats("in Dale Morgan Park today");
        assert_eq!(park.len(), 2 + 1);
        assert_ne!(park, feats("in Dale Morgan Smith today"));
        assert_eq!(feats("in Dale Morgan Park today"), feats("in Dale Morgan Park yesterday"));
        // a lowercase word has none
        let d = Document::new("in Dale");
        let toks = tokens(&d);
        let mut out = Vec::new();
        run_features(Position { toks: &toks, i: 0, s0: 0, s1: 2, caps_line: false }, &mut |h| out.push(key(h)));
        assert!(out.is_empty());
    }
}
