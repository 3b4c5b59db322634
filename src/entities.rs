//! Stage 4b: names: PERSON, ORG, PLACE, MISC.
//!
//! Two sources, merged: the statistical recogniser ([`crate::ner`], trained on CoNLL-2003) and the
//! rules below. The recogniser's names come first; a rule's name is added where the recogniser found
//! nothing (if the rule had list or context evidence), a name from the word lists keeps its label
//! where both found the same words, and a rule's name that covers several of the recogniser's
//! pieces replaces them ("Le" + "Bourget" airport). Lone titles ("CEO") are never names, values are
//! never part of names, and title-case headlines keep only names the lists or the body know.
//!
//! The rules:
//! A candidate is a run of capitalised words in a sentence (with name particles such as "von" and,
//! after an organisation head word, connectors such as "of the"). Titles and roles ("CEO",
//! "President") split runs and tell that the next name is a person. Sentence-initial words that are
//! common words, contractions or verb forms are dropped. A run that is a known name, or that ends in
//! an organisation head word, is taken whole; otherwise known names inside it are cut out and the
//! rest is judged by context: the word after ("Telegram CEO" is an organisation, "Le Bourget
//! airport" a place, "Durov said" a person), the word before ("President X"), a given name first.
//! Headlines and all-caps lines keep only names the word lists or the body of the article know.
//!
//! ```
//! use article_annotator::{segment::Document, values::find_values, entities::find_names, Label};
//! let d = Document::new("Telegram CEO Pavel Durov was detained at Le Bourget airport near Paris.");
//! let names: Vec<(&str, Label)> = find_names(&d, &find_values(&d)).iter().map(|m| (&d.text[m.start..m.end], m.label)).collect();
//! assert_eq!(names, vec![("Telegram", Label::Org), ("Pavel Durov", Label::Person), ("Le Bourget", Label::Place), ("Paris", Label::Place)]);
//! ```

use crate::lexicon::*;
use crate::segment::{is_apostrophe, Document, Kind};
use crate::values::Value;
use crate::types::Label;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;

/// How sure a label is: lists and titles beat context, context beats the default guess.
pub type Strength = u8;
pub const STRONG: Strength = 3;
/// A role word beside the name says what it is: a title before a person ("President Trump", "Gov.
/// Matt Bevin"), a company role after an organisation ("WeWork founder"). The surest sign, above what
/// the recogniser says of the name's other mentions.
pub const ROLE: Strength = 4;
pub const CONTEXT: Strength = 2;
pub const WEAK: Strength = 1;
pub const GUESS: Strength = 0;

/// A mention of a name or a value: byte span, tokens, label and how sure the label is.
#[derive(Clone, Debug)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    pub label: Label,
    pub strength: Strength,
}

/// Finds names; `values` are already taken and are never part of a name.
pub fn find_names(doc: &Document, values: &[Value]) -> Vec<Mention> {
    let mut taken = vec![false; doc.tokens.len()];
    for v in values {
        taken[v.tokens.clone()].iter_mut().for_each(|t| *t = true);
    }
    // the lowercase forms of sentence openers, each marked once the document writes it in lowercase
    let mut openers: HashMap<String, bool> = HashMap::default();
    let mut buf = String::new();
    for t in doc.tokens.iter().filter(|t| t.cap_free) {
        // one String per distinct opener, not per sentence
        let w = doc.tok(t);
        buf.clear();
        if w.is_ascii() {
            buf.push_str(w);
            buf.make_ascii_lowercase();
        } else {
            buf.push_str(&w.to_lowercase());
        }
        if !openers.contains_key(buf.as_str()) {
            openers.insert(buf.clone(), false);
        }
    }
    let opener_filter = ShapeFilter::new(openers.keys().map(String::as_str));
    for w in doc.tokens.iter().filter(|t| t.kind == Kind::Word).map(|t| doc.tok(t)) {
        if opener_filter.may_hold(w) && w.starts_with(char::is_lowercase) {
            if let Some(seen) = openers.get_mut(w) {
                *seen = true;
            }
        }
    }
    let lower: HashSet<String> =
        openers.into_iter().filter(|&(_, seen)| seen).map(|(w, _)| w).collect();
    let mut f = Finder { doc, taken, lower, cap: Vec::new() };
    f.cap = (0..doc.tokens.len()).map(|i| f.word_is_cap(i)).collect();
    let mut body = Vec::new();
    let mut headline_runs = Vec::new();
    let mut runs = Vec::new();
    let headlines: Vec<bool> =
        (0..doc.blocks.len()).map(|b| f.is_headline(b) && !f.is_wrapped(b)).collect();
    for (bi, b) in doc.blocks.iter().enumerate() {
        let headline = headlines[bi];
        for s in &doc.sentences[b.sentences.clone()] {
            f.runs(s.tokens.clone(), &mut runs);
            for run in runs.drain(..) {
                if headline {
                    headline_runs.push(run);
                } else {
                    f.classify_run(run, &mut body);
                }
            }
        }
    }
    // the statistical recogniser, outside values; in title-case headlines only names the body knows
    let title_case: Vec<bool> = (0..doc.blocks.len())
        .map(|b| headlines[b] && !f.is_all_caps(b) && !f.has_digits(b))
        .collect();
    // a stretch of more than MAX_NAME_TOKENS capitalised words inside a sentence is not a name
    // (only listed names in it are); lines of capitals one under the other ("HOUSTON AT PITTSBURGH")
    // are each their own stretch
    let mut in_long_run = vec![false; doc.tokens.len()];
    for s in &doc.sentences {
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            let e = (k..s.tokens.end).find(|&j| !f.is_cap(j)).unwrap_or(s.tokens.end);
            if e - k > MAX_NAME_TOKENS {
                in_long_run[k..e].iter_mut().for_each(|x| *x = true);
            }
            k = e.max(k + 1);
        }
    }
    let recognised = crate::ner::recognise(doc);
    // the last words of the recogniser's people of two words or more: a lone title word that is
    // also a surname ("King" after "Billie Jean King") is that person, not a lone title
    let surnames: HashSet<&str> = recognised
        .iter()
        .filter(|(r, l)| *l == Label::Person && r.len() >= 2)
        .map(|(r, _)| doc.word(r.end - 1))
        .collect();
    let mut model: Vec<Mention> = recognised
        .into_iter()
        .map(|(r, label)| {
            let r = trim_nobility_of(doc, r);
            (trim_title_before_name(doc, trim_title_of(doc, r), |i| f.is_cap(i)), label)
        })
        .map(|(r, label)| (trim_leading_title(doc, r, label, |i| f.is_cap(i)), label))
        .filter(|(r, _)| !f.taken[r.clone()].iter().any(|&t| t))
        .filter(|(r, _)| {
            !(r.len() == 1 && is_title(doc.word(r.start)) && !surnames.contains(doc.word(r.start)))
        })
        .filter(|(r, _)| !r.clone().any(|k| is_contraction(doc.word(k))))
        .filter(|(r, _)| !(r.len() == 1 && (doc.word(r.start) == "I" || is_lone_nobility(doc, r.start))))
        .filter(|(r, _)| {
            r.len() <= MAX_NAME_TOKENS
                && r.clone().all(|k| doc.word(k).len() <= MAX_NAME_WORD_BYTES)
        })
        .filter(|(r, _)| {
            !r.clone().any(|k| in_long_run[k])
                || self::known(&doc.text[doc.tokens[r.start].start..doc.tokens[r.end - 1].end])
                    .is_some()
        })
        .filter(|(r, _)| !(r.len() == 1 && is_unknown_short_acronym(doc.word(r.start))))
        .filter(|(r, _)| !(r.len() == 1 && is_free_gerund(doc, r.start)))
        .map(|(r, label)| {
            // the place after a title of nobility ("Duchess of Sussex"): a place, and every other
            // mention of it with it
            let seat = after_nobility_of(doc, r.start);
            let label = if label == Label::Person && is_gazetteer_place(doc, &r) { Label::Place } else { label };
            Mention {
                start: doc.tokens[r.start].start,
                end: doc.tokens[r.end - 1].end,
                tokens: r,
                label: if seat { Label::Place } else { label },
                strength: if seat { ROLE } else { STRONG },
            }
        })
        .collect();
    let in_title = |m: &Mention| title_case[doc.sentences[doc.sentence_of(m.tokens.start)].block];
    // headlines: only names known from the lists or from the article's body, or items of a list line
    let known: HashMap<&str, Label> = body
        .iter()
        .chain(model.iter().filter(|m| !in_title(m)))
        .map(|m| (&doc.text[m.start..m.end], m.label))
        .collect();
    // whether each title-case line has a list separator: found once per line, not once per name
    // (a line of 200,000 names stays linear)
    let separated: Vec<bool> = (0..doc.blocks.len())
        .map(|b| {
            title_case[b] && doc.blocks[b].tokens.clone().any(|i| is_list_separator(doc.word(i)))
        })
        .collect();
    model.retain(|m| {
        !in_title(m)
            || in_list(doc, m, &separated)
            || known.contains_key(&doc.text[m.start..m.end])
            || self::known(&doc.text[m.start..m.end]).is_some()
    });
    let mut rules = body.clone();
    for run in headline_runs {
        f.known_pieces(run, Some(&known), &mut rules);
    }
    let mut out = merge(doc, model, rules);
    out.retain(|m| {
        !is_handle(doc, m.tokens.start)
            && !(m.tokens.len() == 1 && is_free_adverb(doc, m.tokens.start))
    });
    drop_common_capitals(doc, &mut out);
    out
}

/// A quick filter before a set of words: one bit per word, at a key of its length and its first,
/// middle and last bytes. A word it does not hold is in no set it was built from; most of a
/// document's words miss it without being hashed.
struct ShapeFilter(Vec<u64>);

impl ShapeFilter {
    /// Bits of the filter.
    const BITS: usize = 1 << 16;

    fn new<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut bits = vec![0u64; Self::BITS / 64];
        for k in words.filter_map(Self::key) {
            bits[k / 64] |= 1 << (k % 64);
        }
        ShapeFilter(bits)
    }

    /// Whether `w` may be one of the filter's words.
    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        Self::key(w).is_some_and(|k| self.0[k / 64] & 1 << (k % 64) != 0)
    }

    /// The key below [`ShapeFilter::BITS`] of a non-empty word: equal words have equal keys.
    #[inline]
    fn key(w: &str) -> Option<usize> {
        let (b, n) = (w.as_bytes(), w.len());
        let (&first, &last) = (b.first()?, b.last()?);
        let h = (n as u32).wrapping_mul(0x9E37_79B1)
            ^ (first as u32).wrapping_mul(0x85EB_CA6B)
            ^ (b[n / 2] as u32).wrapping_mul(0x27D4_EB2F)
            ^ (last as u32).wrapping_mul(0xC2B2_AE35);
        Some((h >> 16) as usize)
    }
}

/// Drops one-word names in capitals inside mixed-case text that are common words: a listed acronym
/// of a common noun ("a new SUV", "the IPO"), or a word the document also writes in lowercase ("GET
/// OUT and VOTE", "to vote"), unless a name list knows it ("US", "WHO"). The lowercase forms are
/// looked for only when there is such a name, in one pass over the tokens.
fn drop_common_capitals(doc: &Document, out: &mut Vec<Mention>) {
    let capitals = |m: &Mention| {
        let w = &doc.text[m.start..m.end];
        m.tokens.len() == 1
            && w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_uppercase() || c == 's')
    };
    // whether a sentence has a lowercase letter, found once per sentence (a sentence of a million
    // capitalised words is read once, not once per word)
    let mut mixed: Vec<Option<bool>> = vec![None; doc.sentences.len()];
    let mut mixed_case = |i: usize| {
        let si = doc.sentence_of(i);
        *mixed[si].get_or_insert_with(|| {
            let s = &doc.sentences[si];
            doc.text[s.start..s.end].chars().any(char::is_lowercase)
        })
    };
    let l = lexicon();
    // per candidate: dropped now (a listed acronym), or asked about (its lowercase form)
    let mut drop = vec![false; out.len()];
    let mut asked: Vec<(usize, String)> = Vec::new();
    for (k, m) in out.iter().enumerate() {
        let w = &doc.text[m.start..m.end];
        if !capitals(m) || known(w).is_some() || !mixed_case(m.tokens.start) {
            continue;
        }
        if l.common_acronyms.contains(w) {
            drop[k] = true;
        } else if w.len() >= 3 {
            asked.push((k, w.to_ascii_lowercase()));
        }
    }
    if !asked.is_empty() {
        let forms: HashSet<&str> = asked.iter().map(|(_, w)| w.as_str()).collect();
        let filter = ShapeFilter::new(forms.iter().copied());
        let seen: HashSet<&str> = doc
            .tokens
            .iter()
            .map(|t| doc.tok(t))
            .filter(|w| {
                filter.may_hold(w)
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && forms.contains(*w)
            })
            .collect();
        for (k, w) in &asked {
            drop[*k] |= seen.contains(w.as_str());
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "@MattBevin": a social-media handle (the word glued to an "@"), not a name as written in prose.
fn is_handle(doc: &Document, i: usize) -> bool {
    i > 0 && doc.word(i - 1) == "@" && doc.tokens[i - 1].end == doc.tokens[i].start
}

/// "Sadly, …", "Separately, …": an adverb in -ly opening a sentence before a comma that no list
/// knows, capitalised only where it stands.
fn is_free_adverb(doc: &Document, i: usize) -> bool {
    is_free_form(doc, i, "ly", 4) && i + 1 < doc.tokens.len() && doc.word(i + 1) == ","
}

/// Token `i` is a word longer than `min_len` bytes ending in `suffix`, capitalised only where it
/// stands (it opens a sentence, the rest in lowercase) and in no name list or gazetteer.
fn is_free_form(doc: &Document, i: usize, suffix: &str, min_len: usize) -> bool {
    let w = doc.word(i);
    doc.tokens[i].cap_free
        && w.len() > min_len
        && w.ends_with(suffix)
        && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && known(w).is_none()
        && gazetteer_kinds(w) == 0
}

/// A name that fills one item of a list line ("Wood , Loren Roberts , Steve Stricker", "Petr Korda
/// ( Czech Republic )", "Postponed : Walsall v Wrexham , ..."): the block has a comma, a semicolon
/// or a bracket, and the name stands between two separators (those, a colon, a lone dash, "v") or
/// an edge of the block. Such a line is a title-case line of names, not a page headline
/// ("Defending Innovation: Telegram CEO Breaks Silence Amid French Legal Battle" has no list).
/// `separated[b]`: block `b` has a list separator ([`is_list_separator`]).
fn in_list(doc: &Document, m: &Mention, separated: &[bool]) -> bool {
    let bi = doc.sentences[doc.sentence_of(m.tokens.start)].block;
    let b = &doc.blocks[bi];
    let delim = |i: usize| is_list_separator(doc.word(i)) || matches!(doc.word(i), ":" | "-");
    if !separated[bi] {
        return false;
    }
    let left = m.tokens.start == b.tokens.start || delim(m.tokens.start - 1);
    let right = m.tokens.end == b.tokens.end || delim(m.tokens.end);
    left && right
}

/// A word that makes a line a list: a comma, a semicolon, a bracket or a "v" ("Walsall v Wrexham").
fn is_list_separator(w: &str) -> bool {
    matches!(w, "," | "(" | ")" | ";" | "v")
}

/// The recogniser's names, plus the rules' names where the recogniser found nothing; where both
/// found the same words, a name from the word lists keeps its label.
fn merge(doc: &Document, mut model: Vec<Mention>, rules: Vec<Mention>) -> Vec<Mention> {
    // the recogniser's names never overlap: sorted, the ones a rule name touches are found by a
    // binary search (no table per token)
    model.sort_by_key(|m| m.tokens.start);
    let n_model = model.len();
    // a weakly supported rule name still counts when the recogniser names the same words elsewhere
    // ("Durov: ‘…’" in a headline, "Pavel Durov" in the body)
    let mut seen: HashSet<&str> = HashSet::default();
    for m in &model {
        let t = &doc.text[m.start..m.end];
        seen.insert(t);
        if m.label == Label::Person {
            seen.extend(t.split_whitespace());
        }
    }
    let mut out = model;
    let mut dropped = vec![false; out.len()];
    for r in rules {
        let first = out[..n_model].partition_point(|m| m.tokens.end <= r.tokens.start);
        let hits =
            first..first + out[first..n_model].partition_point(|m| m.tokens.start < r.tokens.end);
        let inside = hits
            .clone()
            .all(|k| out[k].tokens.start >= r.tokens.start && out[k].tokens.end <= r.tokens.end);
        if hits.is_empty() {
            if r.strength >= CONTEXT || seen.contains(&doc.text[r.start..r.end]) {
                out.push(r);
                dropped.push(false);
            }
        } else if r.strength >= STRONG && hits.clone().all(|k| out[k].tokens == r.tokens) {
            // the same words: a name from the word lists or after a title keeps its label
            out[hits.start].label = r.label;
            out[hits.start].strength = out[hits.start].strength.max(r.strength);
        } else if r.strength >= CONTEXT && inside && !(hits.len() == 1 && out[hits.start].tokens == r.tokens)
        {
            // the rules saw one name where the recogniser saw pieces ("Le" + "Bourget" airport)
            for k in hits {
                dropped[k] = true;
            }
            out.push(r);
            dropped.push(false);
        }
    }
    let mut out: Vec<Mention> =
        out.into_iter().zip(dropped).filter(|(_, d)| !d).map(|(m, _)| m).collect();
    out.sort_by_key(|m| m.start);
    out
}

struct Finder<'d, 'a> {
    doc: &'d Document<'a>,
    taken: Vec<bool>,
    /// Lowercase forms of sentence openers that are seen in lowercase somewhere in the document.
    lower: HashSet<String>,
    /// Per token: [`Finder::word_is_cap`].
    cap: Vec<bool>,
}

impl Finder<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    /// A capitalised word that may be part of a name.
    fn is_cap(&self, i: usize) -> bool {
        self.cap[i]
    }

    fn word_is_cap(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        if t.kind != Kind::Word || self.taken[i] {
            return false;
        }
        let w = self.doc.tok(t);
        // most words are settled by their first byte: ASCII other than a capital is no capital
        let capital = match w.as_bytes()[0] {
            b'A'..=b'Z' => true,
            x if x < 0x80 => false,
            _ => w.starts_with(char::is_uppercase),
        };
        capital && w.len() <= MAX_NAME_WORD_BYTES && !is_title(w) && !is_contraction(w)
    }

    /// Headline or all-caps block: mostly capitalised long words, no full stop at the end.
    fn is_headline(&self, bi: usize) -> bool {
        let b = &self.doc.blocks[bi];
        let (mut long, mut caps, mut all_caps) = (0, 0, 0);
        for i in b.tokens.clone() {
            // not a headline even if every word left were long and in capitals (each condition
            // below out of reach): stop reading (a paragraph is settled about halfway)
            let left = b.tokens.end - i;
            if 10 * caps + 3 * left < 7 * long && 10 * all_caps + 2 * left < 8 * long {
                return false;
            }
            let w = self.w(i);
            if self.doc.tokens[i].kind != Kind::Word
                || (w.len() < 4 || (!w.is_ascii() && w.chars().count() < 4))
            {
                continue;
            }
            long += 1;
            caps += w.starts_with(char::is_uppercase) as usize;
            all_caps += (if w.is_ascii() {
                !w.bytes().any(|c| c.is_ascii_lowercase())
            } else {
                !w.chars().any(char::is_lowercase)
            }) as usize;
        }
        if long < 3 {
            return false;
        }
        let ends_sentence = self.doc.text[b.start..b.end]
            .trim_end_matches(['”', '"', '’', '\'', ')'])
            .ends_with(['.', '?', '!']);
        (caps * 10 >= long * 7 && !ends_sentence) || all_caps * 10 >= long * 8
    }

    /// A line of a sentence wrapped over several lines: the next block goes on in lowercase, or
    /// this one goes on after a block that stops at a lowercase word ("The National Bank of Poland" /
    /// "refrained from ...").
    fn is_wrapped(&self, bi: usize) -> bool {
        let word = |i: usize| self.doc.tokens[i].kind == Kind::Word;
        let lower_word = |i: usize| word(i) && self.w(i).starts_with(char::is_lowercase);
        let next = self
            .doc
            .blocks
            .get(bi + 1)
            .is_some_and(|n| !n.tokens.is_empty() && lower_word(n.tokens.start));
        let prev = bi > 0
            && !self.doc.blocks[bi - 1].tokens.is_empty()
            && lower_word(self.doc.blocks[bi - 1].tokens.end - 1);
        next || prev
    }

    /// A block written in capitals (news-wire headlines).
    fn is_all_caps(&self, bi: usize) -> bool {
        let b = &self.doc.blocks[bi];
        let t = &self.doc.text[b.start..b.end];
        let upper = t.chars().filter(|c| c.is_uppercase()).count();
        let lower = t.chars().filter(|c| c.is_lowercase()).count();
        upper >= 4 && upper > lower * 4
    }

    /// A block with digits (tables and results, not headlines).
    fn has_digits(&self, bi: usize) -> bool {
        let b = &self.doc.blocks[bi];
        self.doc.text[b.start..b.end].bytes().any(|c| c.is_ascii_digit())
    }

    /// Runs of capitalised words in the token range `r`, into `out` (emptied first).
    fn runs(&self, r: Range<usize>, out: &mut Vec<Range<usize>>) {
        out.clear();
        let mut i = r.start;
        while i < r.end {
            if !self.is_cap(i) {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i + 1;
            loop {
                if e < r.end && self.is_cap(e) && !self.is_compound(e) && !self.is_compound(e - 1) {
                    e += 1;
                    continue;
                }
                // "Ursula von der Leyen", "Security Council of the Russian Federation"
                // (a legal form ends the name: "Kia Motor Corp of South Korea" is a company and a place)
                // (not after a listed place: "West Bank and Gaza" is two places)
                let head = lexicon().org_heads.contains(self.w(e - 1))
                    && !is_legal_form(self.w(e - 1))
                    && !matches!(known(self.span_text(s..e)), Some((Label::Place, _)));
                let mut k = e;
                while k < r.end && k < e + 2 {
                    let w = self.w(k);
                    let joins =
                        NAME_PARTICLES.contains(&w) || (head && NAME_CONNECTORS.contains(&w));
                    if !joins {
                        break;
                    }
                    k += 1;
                }
                if k > e && k < r.end && self.is_cap(k) {
                    e = k + 1;
                    continue;
                }
                break;
            }
            out.push(s..e);
            i = e;
        }
    }

    /// "Russian-born": a capitalised word joined by a hyphen to a lowercase one.
    fn is_compound(&self, i: usize) -> bool {
        compound_head(self.w(i)).is_some()
    }

    /// A word that is capitalised only because of where it stands.
    fn is_free_common(&self, i: usize) -> bool {
        let w = self.w(i);
        let kinds = lexicon().word_kinds.get(w).copied().unwrap_or(0);
        if kinds & LISTED_NAME != 0 {
            return false;
        }
        if kinds & COMMON_WORD != 0 {
            return true;
        }
        if !self.doc.tokens[i].cap_free {
            return false;
        }
        let lw = w.to_lowercase();
        self.lower.contains(lw.as_str())
            || ["ing", "ed", "ly"].iter().any(|s| lw.ends_with(s) && lw.len() > 4)
    }

    /// Cuts a run into mentions and labels them.
    fn classify_run(&self, run: Range<usize>, out: &mut Vec<Mention>) {
        let mut s = run.start;
        while s < run.end && self.is_free_common(s) {
            s += 1;
        }
        if s >= run.end {
            return;
        }
        if run.end - s > MAX_NAME_TOKENS {
            // a title-case stretch, not a name: only the names the lists know
            self.known_pieces(s..run.end, None, out);
            return;
        }
        if s + 1 == run.end {
            if let Some(head) = compound_head(self.w(s)) {
                let l = lexicon();
                if l.nationalities.contains(head) || l.places.contains(head) {
                    self.push(s..s + 1, Label::Misc, STRONG, out);
                }
                return;
            }
        }
        let text = self.span_text(s..run.end);
        if let Some((label, strength)) = known(text) {
            self.push(s..run.end, label, strength, out);
            return;
        }
        let heads = &lexicon().org_heads;
        let joined_after_head = (s + 1..run.end)
            .any(|k| NAME_CONNECTORS.contains(&self.w(k)) && heads.contains(self.w(k - 1)));
        if run.end - s >= 2 && (heads.contains(self.w(run.end - 1)) || joined_after_head) {
            self.push(s..run.end, Label::Org, STRONG, out);
            return;
        }
        // known names inside the run are cut out; what is left is judged by its context
        let mut rest_start = s;
        let mut i = s;
        while i < run.end {
            if let Some((e, label)) = self.longest_known(i, run.end) {
                if rest_start < i {
                    self.judge(rest_start..i, out);
                }
                self.push(i..e, label, STRONG, out);
                i = e;
                rest_start = e;
            } else {
                i += 1;
            }
        }
        if rest_start < run.end {
            self.judge(rest_start..run.end, out);
        }
    }

    /// Only the pieces of a run that are known (headlines, all-caps lines).
    fn known_pieces(
        &self,
        run: Range<usize>,
        body: Option<&HashMap<&str, Label>>,
        out: &mut Vec<Mention>,
    ) {
        let mut i = run.start;
        while i < run.end {
            if let Some((e, label)) = self.longest_known(i, run.end) {
                self.push(i..e, label, STRONG, out);
                i = e;
                continue;
            }
            // the longest piece the body of the article knows as a name, with the body's label
            let hit = body.and_then(|b| {
                (i + 1..=run.end.min(i + 4))
                    .rev()
                    .find_map(|e| b.get(self.span_text(i..e)).map(|&l| (e, l)))
            });
            match hit {
                Some((e, label)) => {
                    self.push(i..e, label, CONTEXT, out);
                    i = e;
                }
                None => i += 1,
            }
        }
    }

    /// The longest known name starting at token `i`, ending before `end`.
    fn longest_known(&self, i: usize, end: usize) -> Option<(usize, Label)> {
        // only as many words as the longest listed name that starts with this word
        let most = lexicon().name_words.get(self.w(i)).map_or(1, |&n| n as usize);
        let max = end.min(i + most);
        (i + 1..=max).rev().find_map(|e| {
            if e > i + 1 && !self.contiguous(i..e) {
                return None;
            }
            known(self.span_text(i..e)).map(|(l, _)| (e, l))
        })
    }

    /// Tokens separated by single spaces only (so that the text equals a list entry).
    fn contiguous(&self, r: Range<usize>) -> bool {
        let t = &self.doc.tokens;
        (r.start + 1..r.end).all(|k| t[k].start == t[k - 1].end + 1)
    }

    fn span_text(&self, r: Range<usize>) -> &str {
        &self.doc.text[self.doc.tokens[r.start].start..self.doc.tokens[r.end - 1].end]
    }

    /// Labels an unknown name by its context.
    fn judge(&self, r: Range<usize>, out: &mut Vec<Mention>) {
        let l = lexicon();
        let n = r.end - r.start;
        let first = self.w(r.start);
        let sent = &self.doc.sentences[self.doc.sentence_of(r.start)];
        let prev = (r.start > sent.tokens.start).then(|| self.w(r.start - 1));
        let next = (r.end < sent.tokens.end).then(|| self.w(r.end));
        let next_lower = next.map(str::to_lowercase);
        let next_is = |list: &[&str]| next_lower.as_deref().is_some_and(|w| list.contains(&w));
        if n == 1 && self.is_free_common(r.start) {
            return;
        }
        let all_caps = !self.span_text(r.clone()).chars().any(char::is_lowercase);
        let (label, strength) = if prev.is_some_and(|p| l.titles.contains(p)) && !next_is(ORG_NOUNS)
        {
            (Label::Person, ROLE)
        } else if l.first_names.contains(first) && n >= 2 {
            (Label::Person, STRONG)
        } else if next_is(COMPANY_ROLES) {
            (Label::Org, ROLE)
        } else if next_is(ORG_NOUNS) {
            (Label::Org, CONTEXT)
        } else if next_is(PLACE_NOUNS) {
            (Label::Place, CONTEXT)
        } else if next.is_some_and(|w| l.cue_verbs.contains(w)) && !all_caps {
            // a lone word at the start of a sentence ("Analysts said") is only a guess
            (
                Label::Person,
                if n == 1 && self.doc.tokens[r.start].cap_free { WEAK } else { CONTEXT },
            )
        } else if n >= 2 && !all_caps {
            (Label::Person, WEAK)
        } else if prev.is_some_and(|p| matches!(p, "in" | "near" | "from" | "across" | "outside")) {
            (Label::Place, WEAK)
        } else if all_caps && first.chars().count() < 3 {
            return; // "IP", "TV": an unknown short acronym is more often a common noun
        } else if l.first_names.contains(first) {
            (Label::Person, WEAK)
        } else {
            (Label::Org, GUESS)
        };
        self.push(r, label, strength, out);
    }

    fn push(&self, r: Range<usize>, label: Label, strength: Strength, out: &mut Vec<Mention>) {
        let t = &self.doc.tokens;
        out.push(Mention {
            start: t[r.start].start,
            end: t[r.end - 1].end,
            tokens: r,
            label,
            strength,
        });
    }
}

/// "“Building technology is hard”": a word in -ing at the start of a sentence that no list knows,
/// capitalised only where it stands.
fn is_free_gerund(doc: &Document, i: usize) -> bool {
    is_free_form(doc, i, "ing", 5)
}

/// "Inc", "Corp.": the legal form that ends a company's name.
fn is_legal_form(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "LLC"
            | "Plc"
            | "PLC"
            | "plc"
            | "AG"
            | "SA"
            | "AB"
            | "NV"
            | "GmbH"
            | "Holdings"
    )
}

/// "IP", "TV": two capitals that no list knows, more often a common noun than a name.
fn is_unknown_short_acronym(w: &str) -> bool {
    w.chars().count() <= 2
        && w.chars().all(|c| c.is_ascii_uppercase())
        && known(w).is_none()
        && gazetteer_kinds(w) == 0
}

/// The recogniser's gazetteer kinds of a one-word phrase (bits of `ner::gazetteer`), 0 when unlisted.
fn gazetteer_kinds(w: &str) -> u16 {
    crate::ner::gazetteer::gazetteer().get(&[crate::ner::hash::hash_lower(w)])
}

/// A recogniser name cut before a title word (not its first word) that a first name follows: the
/// title and what follows belong to a person ("Telegram CEO Pavel Durov": "Telegram"; the rules
/// may then find "Pavel Durov"). Words that only bridge parts of a name go with the cut.
fn trim_title_before_name(
    doc: &Document,
    mut r: Range<usize>,
    is_cap: impl Fn(usize) -> bool,
) -> Range<usize> {
    let first_name =
        |i: usize| gazetteer_kinds(doc.word(i)) & crate::ner::gazetteer::FIRST_NAME != 0;
    if let Some(p) = (r.start + 1..r.end).find(|&p| {
        p + 1 < doc.tokens.len() && is_title(doc.word(p)) && is_cap(p + 1) && first_name(p + 1)
    }) {
        r.end = p;
        while r.end > r.start + 1 && !is_cap(r.end - 1) {
            r.end -= 1;
        }
    }
    r
}

/// A person's name from the recogniser that opens with a title before a capitalised word
/// ("Governor John Bel Edwards"): the title is not part of the name (CoNLL-2003 and the seeds' gold
/// leave it out, "President" before "Clinton" in 105 of 105 cases in CoNLL train).
fn trim_leading_title(
    doc: &Document,
    mut r: Range<usize>,
    label: Label,
    is_cap: impl Fn(usize) -> bool,
) -> Range<usize> {
    while label == Label::Person
        && r.len() >= 2
        && is_title(doc.word(r.start))
        && is_cap(r.start + 1)
    {
        r.start += 1;
    }
    r
}

/// A recogniser name that opens with a role and "of" ("CEO of Telegram", "President of the United
/// States"): the name is what follows. Not after a royal title, which starts names ("Queen of the
/// South", "Prince of Wales").
fn trim_title_of(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    let w = doc.word(r.start);
    let royal = matches!(
        w,
        "King" | "Queen" | "Prince" | "Princess" | "Lord" | "Lady" | "Sir" | "Dame" | "Pope"
    );
    if r.len() >= 3 && !royal && is_title(w) && doc.word(r.start + 1) == "of" {
        r.start += 2;
        if r.len() >= 2 && doc.word(r.start) == "the" {
            r.start += 1;
        }
    }
    r
}

/// A name of two or three words that the place gazetteers hold and whose first word is no given
/// name ("Chiang Mai", not "Jordan Henderson" or "Washington"): a place, whatever its shape.
fn is_gazetteer_place(doc: &Document, r: &Range<usize>) -> bool {
    use crate::ner::gazetteer::{gazetteer, CITY, COUNTRY, FIRST_NAME, LAST_NAME, PLACE};
    let hashes: Vec<u64> =
        r.clone().map(|i| crate::ner::hash::hash_lower(doc.word(i))).collect();
    let first = gazetteer_kinds(doc.word(r.start));
    (1..=3).contains(&r.len())
        && gazetteer().get(&hashes) & (CITY | COUNTRY | PLACE) != 0
        && first & FIRST_NAME == 0
        && (r.len() > 1 || first & LAST_NAME == 0)
}

/// A title of nobility ("Duchess") in a name that continues with "of" and a place: the name is
/// the place ("Duchess of Sussex" → "Sussex", "Duke of Edinburgh" → "Edinburgh"; CoNLL-2003 marks
/// "Duke of Orleans" so).
fn trim_nobility_of(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    if r.len() >= 3 && lexicon().nobility.contains(doc.word(r.start)) && doc.word(r.start + 1) == "of"
    {
        r.start += 2;
    }
    r
}

/// Token `i` follows a title of nobility and "of" ("Duchess of Sussex").
fn after_nobility_of(doc: &Document, i: usize) -> bool {
    i >= 2 && doc.word(i - 1) == "of" && lexicon().nobility.contains(doc.word(i - 2))
}

/// A title of nobility standing alone before "of" or "and" ("the Duke and Duchess of Sussex"):
/// a title, not a name.
fn is_lone_nobility(doc: &Document, i: usize) -> bool {
    lexicon().nobility.contains(doc.word(i))
        && i + 1 < doc.tokens.len()
        && matches!(doc.word(i + 1), "of" | "and")
}

/// A title or role, also in the plural ("CEOs").
fn is_title(w: &str) -> bool {
    lexicon().is_title(w)
}

/// A name in the word lists, with its label.
pub fn known(text: &str) -> Option<(Label, Strength)> {
    lexicon().names.get(text).map(|&label| (label, STRONG))
}

/// "Russian" for "Russian-born": the capitalised head of a hyphenated word whose tail is lowercase.
fn compound_head(w: &str) -> Option<&str> {
    let (head, tail) = w.split_once(['-', '‐', '‑'])?;
    (head.starts_with(char::is_uppercase) && tail.starts_with(char::is_lowercase)).then_some(head)
}

/// "We’ve", "I'll", "Don't": an apostrophe followed by the ending of a contraction or a
/// possessive, not a name's apostrophe ("Songo'o", "Gama'a", "Shul'ala").
fn is_contraction(w: &str) -> bool {
    w.char_indices().any(|(i, c)| {
        is_apostrophe(c)
            && matches!(&w[i + c.len_utf8()..], "s" | "ve" | "ll" | "re" | "d" | "m" | "t")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::find_values;

    fn names(t: &str) -> Vec<(String, Label)> {
        let d = Document::new(t);
        find_names(&d, &find_values(&d))
            .iter()
            .map(|m| (t[m.start..m.end].to_string(), m.label))
            .collect()
    }

    fn has(names: &[(String, Label)], text: &str, label: Label) -> bool {
        names.iter().any(|(t, l)| t == text && *l == label)
    }

    #[test]
    fn gazetteer_places_that_are_no_given_names() {
        let d = Document::new("Chiang Mai and Jordan Henderson met in Panaji and Washington.");
        let at = |i: usize, n: usize| is_gazetteer_place(&d, &(i..i + n));
        assert!(at(0, 2), "Chiang Mai");
        assert!(!at(3, 2), "Jordan Henderson: a given name first");
        assert!(!at(9, 1), "Washington: also a surname");
        assert_eq!(d.word(9), "Washington");
    }

    #[test]
    fn the_place_of_a_title_of_nobility_is_the_name() {
        let n = names("The Duchess of Sussex spoke to reporters. The Duke of Edinburgh stayed home.");
        assert!(has(&n, "Sussex", Label::Place), "{n:?}");
        assert!(has(&n, "Edinburgh", Label::Place), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.contains("Duchess") || t.contains("Duke")), "{n:?}");
    }

    #[test]
    fn a_lone_title_of_nobility_is_no_name() {
        let n = names("The Duke and Duchess of Sussex now live in California with their son.");
        assert!(!n.iter().any(|(t, _)| t == "Duke" || t == "Duchess"), "{n:?}");
        assert!(has(&n, "California", Label::Place), "{n:?}");
    }

    #[test]
    fn the_pronoun_i_is_no_name() {
        let n = names("\"I was told I could not go,\" Meghan Markle said. \"I was naive.\"");
        assert!(!n.iter().any(|(t, _)| t == "I"), "{n:?}");
    }

    #[test]
    fn a_rule_from_context_keeps_the_recogniser_label_of_the_same_words() {
        // "X said" suggests a person, but the recogniser's label of exactly those words stands
        let d = Document::new("The Duke of Edinburgh was taken to hospital, Buckingham Palace said.");
        let model: Vec<_> = crate::ner::recognise(&d)
            .into_iter()
            .filter(|(r, _)| d.word(r.start) == "Buckingham")
            .collect();
        let n = names(d.text);
        if let Some((_, label)) = model.first() {
            assert!(has(&n, "Buckingham Palace", *label), "{n:?}");
        }
        assert!(!has(&n, "Buckingham Palace", Label::Person), "{n:?}");
    }

    #[test]
    fn a_title_before_a_person_is_not_part_of_the_name_before_it() {
        // the recogniser's name over the first `n` words of `t`, after the cut
        let cut = |t: &str, n: usize| {
            let d = Document::new(t);
            let r = trim_title_before_name(&d, 0..n, |i| d.word(i).starts_with(char::is_uppercase));
            r.map(|i| d.word(i)).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(cut("Telegram CEO Pavel Durov said so.", 2), "Telegram");
        assert_eq!(cut("Telegram CEO Pavel Durov said so.", 4), "Telegram");
        assert_eq!(cut("Bank of England Governor Eddie George said so.", 6), "Bank of England");
        // no first name after the title, or the title first: left as the recogniser gave it
        assert_eq!(cut("Telegram CEO said so.", 2), "Telegram CEO");
        assert_eq!(
            cut("The United Nations General Assembly met.", 5),
            "The United Nations General Assembly"
        );
        assert_eq!(cut("President Pavel Durov said so.", 3), "President Pavel Durov");
        let of = |t: &str, n: usize| {
            let d = Document::new(t);
            trim_title_of(&d, 0..n).map(|i| d.word(i)).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(of("CEO of Telegram said so.", 3), "Telegram");
        assert_eq!(of("President of the United States spoke.", 5), "United States");
        assert_eq!(of("Bank of England spoke.", 3), "Bank of England");
        assert_eq!(of("Queen of South won.", 3), "Queen of South");
        // a person's name opening with a title loses the title; other names keep their words
        let lead = |t: &str, n: usize, l: Label| {
            let d = Document::new(t);
            trim_leading_title(&d, 0..n, l, |i| d.word(i).starts_with(char::is_uppercase))
                .map(|i| d.word(i))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(lead("Governor John Bel Edwards won.", 4, Label::Person), "John Bel Edwards");
        assert_eq!(lead("President Trump won.", 2, Label::Person), "Trump");
        assert_eq!(lead("General Motors won.", 2, Label::Org), "General Motors");
        assert_eq!(lead("President said so.", 1, Label::Person), "President");
    }

    #[test]
    fn a_title_makes_every_mention_of_the_name_a_person() {
        // the title's evidence outweighs other labels of the same words in the document
        let d = Document::new("Trump sent a message. Trump thought so. Trump left. In each case, President Trump won.");
        let mut ms = find_names(&d, &find_values(&d));
        let trump: Vec<&Mention> =
            ms.iter().filter(|m| &d.text[m.start..m.end] == "Trump").collect();
        assert_eq!(trump.len(), 4);
        assert!(trump.iter().any(|m| m.strength == ROLE && m.label == Label::Person));
        // whatever the recogniser said of the others, the cluster is a person
        for m in ms.iter_mut().filter(|m| m.strength < ROLE) {
            m.label = Label::Org;
        }
        let (linked, clusters) = crate::coref::cluster(&d, ms);
        assert!(linked
            .iter()
            .filter(|m| &d.text[m.start..m.end] == "Trump")
            .all(|m| clusters[m.cluster].label == Label::Person));
    }

    #[test]
    fn sentence_starts_and_contractions_are_not_names() {
        assert_eq!(
            names("Released on bail, Durov left. We’ve seen it. Despite that, the case stays."),
            vec![("Durov".into(), Label::Person)]
        );
        assert!(
            is_contraction("We’ve")
                && is_contraction("Don't")
                && is_contraction("I'll")
                && is_contraction("It's")
        );
        assert!(
            !is_contraction("Songo'o") && !is_contraction("Gama'a") && !is_contraction("O'Neill")
        );
    }

    #[test]
    fn lines_of_capitals_are_each_their_own_stretch() {
        // a schedule, one game per line: no line is a long capitalised stretch, however many lines
        let t = "Schedule for Friday:\nKANSAS CITY AT DETROIT\nCHICAGO AT TORONTO\nMINNESOTA AT MILWAUKEE\nHOUSTON AT PITTSBURGH\nBOSTON AT OAKLAND\n";
        let found = names(t);
        for city in ["DETROIT", "TORONTO", "MILWAUKEE", "PITTSBURGH"] {
            assert!(found.iter().any(|(w, _)| w == city), "{city} in {found:?}");
        }
        // inside one sentence, a stretch longer than MAX_NAME_TOKENS still keeps only listed names
        assert!(!names("He said THE QUICK BROWN FOX JUMPS OVER THE LAZY DOGS AGAIN AND AGAIN today.")
            .iter()
            .any(|(w, _)| w.contains("FOX")));
    }

    #[test]
    fn a_place_before_and_is_not_an_organisation_head() {
        let found = names("Palestinians in the West Bank and Gaza observed a strike on Thursday.");
        assert!(
            found.contains(&("West Bank".into(), Label::Place))
                && found.contains(&("Gaza".into(), Label::Place)),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_word_that_is_a_surname_stays_a_name() {
        let found = names("Billie Jean King picked the team on Friday. \"We will win,\" said King. She is confident, King added.");
        assert_eq!(
            found.iter().filter(|(w, l)| w == "King" && *l == Label::Person).count(),
            2,
            "{found:?}"
        );
        // a lone title is still no name
        assert!(!names("The team met on Friday. Chairman said nothing.")
            .iter()
            .any(|(w, _)| w == "Chairman"));
    }

    #[test]
    fn a_company_role_after_a_name_makes_every_mention_an_organisation() {
        let d = Document::new("WeWork grew fast. Investors liked WeWork. WeWork founder Adam Neumann left in September.");
        let ms = find_names(&d, &find_values(&d));
        assert!(
            ms.iter().any(|m| &d.text[m.start..m.end] == "WeWork"
                && m.strength == ROLE
                && m.label == Label::Org),
            "{ms:?}"
        );
        let (linked, clusters) = crate::coref::cluster(&d, ms);
        let wework: Vec<_> =
            linked.iter().filter(|m| &d.text[m.start..m.end] == "WeWork").collect();
        assert_eq!(wework.len(), 3);
        assert!(wework.iter().all(|m| clusters[m.cluster].label == Label::Org));
    }

    #[test]
    fn common_words_in_capitals_are_not_names() {
        let found = names("Nissan sells a new SUV with AWD in Tokyo. GET OUT and VOTE, he wrote. People vote on Tuesday. NASA and the US agreed.");
        for w in ["SUV", "AWD", "VOTE"] {
            assert!(!found.iter().any(|(t, _)| t == w), "{w} in {found:?}");
        }
        assert!(found.iter().any(|(t, _)| t == "US"), "{found:?}");
        // in a headline in capitals, the same word is left to the rest of the rules
        let caps = names("NISSAN UNVEILS SUV IN TOKYO\nThe car is new.");
        assert!(caps.iter().any(|(t, _)| t == "TOKYO"), "{caps:?}");
    }

    #[test]
    fn headlines_are_found_in_any_script_and_paragraphs_are_not() {
        let d = Document::new("Telegram Founder Leaves Paris Tonight\nمرحبا بالعالم العربي الجميل\nThe founder of the messaging service left the country on Monday, his lawyers said.\n");
        let f = Finder {
            doc: &d,
            taken: vec![false; d.tokens.len()],
            lower: HashSet::default(),
            cap: Vec::new(),
        };
        assert_eq!((0..3).map(|b| f.is_headline(b)).collect::<Vec<_>>(), vec![true, true, false]);
    }

    #[test]
    fn a_sports_position_before_a_player_is_a_title() {
        let found = names("The Cleveland Browns won on Sunday. Browns DL Larry Ogunjobi was suspended for one game.");
        assert!(found.contains(&("Larry Ogunjobi".into(), Label::Person)), "{found:?}");
        assert!(!found.iter().any(|(w, _)| w.contains("DL")), "{found:?}");
    }

    #[test]
    fn handles_and_opening_adverbs_are_not_names() {
        let found = names(
            "Sadly, the vote went on. Vote for @MattBevin, Trump wrote. Governor Matt Bevin lost.",
        );
        assert!(!found.iter().any(|(t, _)| t == "Sadly" || t == "MattBevin"), "{found:?}");
        assert!(found.iter().any(|(t, _)| t == "Matt Bevin"), "{found:?}");
        // a listed name stays a name where it opens a sentence: "Italy, …"
        assert!(names("Italy, the hosts, won.").iter().any(|(t, _)| t == "Italy"));
    }

    #[test]
    fn a_lone_sentence_opener_before_a_speech_verb_is_not_a_person() {
        assert!(!names("The market fell. Analysts said the fall would last.")
            .iter()
            .any(|(t, _)| t == "Analysts"));
        assert_eq!(names("The market fell. Durov said so."), vec![("Durov".into(), Label::Person)]);
    }

    #[test]
    fn a_gerund_opening_a_sentence_is_not_a_name() {
        let d = Document::new("He said: \u{201c}Building technology is hard.\u{201d}");
        let i = (0..d.tokens.len()).find(|&i| d.word(i) == "Building").unwrap();
        assert!(is_free_gerund(&d, i));
        let d = Document::new("Reading beat Leeds. Beijing said so.");
        assert!(!is_free_gerund(&d, 0)); // a city in the gazetteer
        assert!(!is_free_gerund(&d, 4));
    }

    #[test]
    fn org_heads_connectors_and_compounds() {
        assert_eq!(
            names("the vice-president of the Security Council of the Russian Federation spoke"),
            vec![("Security Council of the Russian Federation".into(), Label::Org)]
        );
        // a legal form ends the name: no "of" joins after it ("Kia Motor Corp of South Korea")
        assert!(
            is_legal_form("Corp.")
                && is_legal_form("Inc")
                && !is_legal_form("Council")
                && !is_legal_form("Bank")
        );
        assert_eq!(names("The Russian-born CEO left."), vec![("Russian-born".into(), Label::Misc)]);
    }

    #[test]
    fn long_capitalised_stretches_are_not_names() {
        let t = format!("Pavel {}Durov arrived in Paris.", "Abc ".repeat(20));
        assert_eq!(names(&t), vec![("Paris".into(), Label::Place)]);
        let t = format!("{} Durov said so.", "X".repeat(100));
        assert_eq!(names(&t), vec![("Durov".into(), Label::Person)]);
    }

    #[test]
    fn list_lines_keep_the_recognisers_names() {
        let n = names("Results of the round.\nWood , Loren Roberts , Steve Stricker , Brian Claar , Russ Cochran\nAll played well.");
        assert!(
            n.contains(&("Loren Roberts".into(), Label::Person))
                && n.contains(&("Russ Cochran".into(), Label::Person)),
            "{n:?}"
        );
    }

    #[test]
    fn a_wrapped_line_of_a_sentence_is_not_a_headline() {
        let n = names("The National Bank of Poland\nrefrained from staging a reverse repo operation on Friday.");
        assert!(n.contains(&("National Bank of Poland".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn headlines_keep_only_known_names() {
        assert_eq!(
            names("Defending Innovation: Telegram CEO Breaks Silence Amid French Legal Battle"),
            vec![("Telegram".into(), Label::Org), ("French".into(), Label::Misc)]
        );
    }
}
