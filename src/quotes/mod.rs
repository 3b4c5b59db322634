//! Stage 6: quotations and their speakers.
//!
//! Marks are told and paired in [`marks`]; kinds (speech or term) are decided in [`kinds`].
//!
//! **Kind.** `direct` when the quote starts with a capital (or a digit, or an ellipsis: “…and
//! then”) at the start of a paragraph or sentence or after a colon, comma or dash, or with a
//! capital right after a reporting verb (“Durov Says ‘Nothing Has Changed’”); also the second piece
//! of a direct quote split by its cue (“…,” he said, “and …”). Otherwise `partial`: a fragment
//! inside the writer's sentence, a scare quote.
//!
//! **Speaker**, first that applies:
//! 1. a cue right after the quote in its sentence: a speaker then a reporting verb (“…,” Durov
//!    said / Pavel Durov later told / Durov, the founder of Telegram, said / Kremlin spokesman
//!    Oleg Ivanov said / study lead author Elena Petrova said), or the verb first (said Durov /
//!    said President Keller / wrote 43-year-old Mark Evans / according to the ministry); a name in
//!    the possessive before a role is not the speaker (“Lopez’s lawyer, Anna Schmidt, said”). A
//!    verb whose speaker is named by nobody (“said a spokesperson”, “one protester said”) ends the
//!    search with no speaker. A name alone after a dash ending the paragraph signs the quote;
//! 2. a reporting verb before the quote in its sentence, with the speaker the nearest name, pronoun
//!    or description before the verb, past adverbs and an appositive (“Durov wrote that “…””, “the
//!    tsar spoke of a “…””, “Maria Lopez, who chairs the committee, said …”, “according to Durov,
//!    “…””); also the last sentence of the previous paragraph when it ends with a colon, and then,
//!    without a verb, that sentence's subject;
//! 3. the speaker of the previous quote when this one continues it: same sentence, a new sentence
//!    of the same paragraph, or a paragraph that opens with the quote, with no other person named
//!    between the previous quote's cue sentence and this quote;
//! 4. the first name, pronoun or description of the quote's sentence (its subject), unless that
//!    name is in the possessive (“Durov’s critics call it …”);
//! 5. for a quote that opens its sentence: the person that opens the sentence before, or that
//!    sentence's speaker when it ends with a cue (“The dams fail, Maria Lopez said. “…””).
//!
//! Pronouns and descriptions resolve to the nearest person (or organisation) named before them
//! outside quotes; a description prefers a person introduced with its role word (“President X”,
//! “Telegram founder X”, “X, the founder of …”). A pronoun that resolves to nobody gives no
//! speaker; an unresolved description is kept with its own words as its name. Every search is
//! bounded by a named window ([`MAX_DEPTH`], `CUE_WINDOW`, `RESOLVE_WINDOW`, `APPOSITIVE_WORDS`,
//! `MODIFIER_WORDS`), so the stage is linear in the text.
//!
//! ```
//! use article_annotator::{annotate_text, Options};
//! let a = annotate_text("Pavel Durov spoke. “We remove posts,” he said. He called it “a misguided approach”.", &Options::default());
//! let q: Vec<(&str, &str)> = a.quotes.iter().map(|q| (q.kind.as_str(), q.speaker.as_ref().unwrap().text.as_str())).collect();
//! assert_eq!(q, vec![("direct", "he"), ("partial", "He")]);
//! ```

mod kinds;
mod marks;
mod resolve;
mod sources;

use crate::coref::Linked;
use marks::pair_marks;
use crate::lexicon::{
    lexicon, CUE_ADVERBS, DESCRIPTION_DETERMINERS, PREPOSITIONS, SPEAKER_PRONOUNS,
};
use crate::segment::{Document, Kind as TokKind};
use crate::types::{Label, QuoteKind};
use std::ops::Range;

/// Deepest nesting of open quotes kept per paragraph; marks beyond it are ignored.
pub const MAX_DEPTH: usize = 8;
/// Tokens between a description's "the" and its role word ("the Russian-born CEO").
const DESCRIPTION_WORDS: usize = 3;
/// How many tokens around a quote are searched for its cue and speaker (keeps the work linear).
const CUE_WINDOW: usize = 40;
/// How many mentions back a pronoun or description looks for the entity it names.
const RESOLVE_WINDOW: usize = 200;
/// Longest appositive, in tokens, between a speaker and a reporting verb ("Durov, 39, said",
/// "Paganini, a planetary scientist at a NASA centre in Greenbelt, Maryland, said").
const APPOSITIVE_WORDS: usize = 16;
/// Most words before a name that describe the person ("study lead author Lucas Paganini",
/// "43-year-old Martin Taylor", "NASA Administrator Jim Bridenstine").
const MODIFIER_WORDS: usize = 4;
/// Lowercase words that never stand in such a description.
const NOT_MODIFIERS: &[&str] = &[
    "and", "or", "but", "who", "which", "that", "to", "by", "of", "for", "with", "from", "at",
    "on", "in", "as", "when", "while", "if",
];
/// Longest parenthesis, in tokens, between a speaker and a reporting verb ("(D-Wis.)").
const PAREN_WORDS: usize = 8;
/// Longest run of adverbs between a speaker and a reporting verb ("Durov later also said").
const MAX_ADVERBS: usize = 2;
/// Longest speaker phrase kept, in bytes; anything longer is not a phrase naming a speaker.
const MAX_SPEAKER_BYTES: usize = 256;

/// Who said a quote: the words that name them here, and the cluster they resolve to.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    pub start: usize,
    pub end: usize,
    pub cluster: Option<usize>,
}

/// A quotation: byte span of the quoted words (marks outside), opening mark position, nesting depth.
#[derive(Clone, Debug)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub open: usize,
    pub close: Option<Range<usize>>,
    pub depth: usize,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<Range<usize>>,
}

/// `xs.partition_point(pred)` found by doubling steps from the front, then bisecting: cheap when
/// the point is near the front of a long slice.
fn gallop<T>(xs: &[T], pred: impl Fn(&T) -> bool) -> usize {
    let mut hi = 1;
    while hi < xs.len() && pred(&xs[hi - 1]) {
        hi *= 2;
    }
    let lo = hi / 2;
    let hi = hi.min(xs.len());
    lo + xs[lo..hi].partition_point(pred)
}

/// Finds quotes with kinds and speakers. `mentions` are sorted by start.
pub fn find_quotes(doc: &Document, mentions: &[Linked]) -> Vec<Quote> {
    let mut quotes = pair_marks(doc);
    let ctx = Context::new(doc, mentions, &quotes);
    let mut last: Option<usize> = None; // the last top-level quote of speech
    let mut last_term: Option<usize> = None; // the last top-level term
    for qi in 0..quotes.len() {
        if quotes[qi].depth > 0 {
            continue;
        }
        let q = &quotes[qi];
        let prev = last.map(|p| &quotes[p]);
        let prev_term = last_term.filter(|&t| !matches!(last, Some(l) if t < l)).map(|t| &quotes[t]);
        let kind = ctx.kind(q, prev, prev_term);
        if kind == QuoteKind::Term {
            quotes[qi].kind = kind;
            last_term = Some(qi);
            continue;
        }
        let (mut speaker, cue) = ctx.attribute(q, prev);
        // a pronoun that names nobody, or a phrase too long to be a name, names no speaker
        if speaker.as_ref().is_some_and(|s| {
            s.end - s.start > MAX_SPEAKER_BYTES || (s.cluster.is_none() && ctx.is_pronoun_span(s))
        }) {
            speaker = None;
        }
        let q = &mut quotes[qi];
        q.kind = kind;
        q.speaker = speaker;
        q.cue = cue;
        last = Some(qi);
    }
    quotes
}

/// A speaker found for a quote, and the reporting verb that told it.
type Attribution = (Option<Speaker>, Option<Range<usize>>);

/// A phrase naming a speaker: its tokens and the cluster it resolves to.
type Phrase = (Range<usize>, Option<usize>);

/// What speaker attribution needs to know about the document. Lookups by token are binary
/// searches over the quotes and mentions: no table as long as the document.
struct Context<'d, 'a> {
    doc: &'d Document<'a>,
    mentions: &'d [Linked],
    /// Token ranges of the top-level quotes, in order.
    quoted: Vec<Range<usize>>,
    /// Per cluster: what its mentions say of the person's gender ([`resolve::MALE`],
    /// [`resolve::FEMALE`] bits).
    genders: Vec<u8>,
}

impl<'d, 'a> Context<'d, 'a> {
    fn new(doc: &'d Document<'a>, mentions: &'d [Linked], quotes: &[Quote]) -> Self {
        let mut spans: Vec<Range<usize>> = quotes
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| {
                // quote spans are short: search forward from the opening, not the whole document
                let k = doc.token_at_or_after(q.start);
                k..k + gallop(&doc.tokens[k..], |t| t.start < q.end)
            })
            .filter(|r| !r.is_empty())
            .collect();
        spans.sort_by_key(|r| r.start);
        // sorted and merged where they touch or overlap, for the binary search
        let mut quoted: Vec<Range<usize>> = Vec::with_capacity(spans.len());
        for r in spans {
            match quoted.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => quoted.push(r),
            }
        }
        let genders = resolve::cluster_genders(doc, mentions);
        Context { doc, mentions, quoted, genders }
    }

    /// Token `k` is inside some top-level quote.
    fn in_quote(&self, k: usize) -> bool {
        let i = self.quoted.partition_point(|r| r.end <= k);
        self.quoted.get(i).is_some_and(|r| r.start <= k)
    }

    /// The mention that starts at token `k`.
    fn mention_starting(&self, k: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.tokens.start <= k);
        i.checked_sub(1).filter(|&i| {
            self.mentions[i].tokens.start == k && self.mentions[i].tokens.end <= self.n()
        })
    }

    /// The mention that ends at token `k` (its last token).
    fn mention_ending(&self, k: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.tokens.end <= k + 1);
        i.checked_sub(1).filter(|&i| {
            self.mentions[i].tokens.end == k + 1 && self.mentions[i].tokens.end <= self.n()
        })
    }

    fn w(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    fn n(&self) -> usize {
        self.doc.tokens.len()
    }

    /// A reporting verb ("said", "Says", "according").
    fn is_cue(&self, i: usize) -> bool {
        let w = self.w(i);
        let cues = &lexicon().cue_verbs;
        cues.contains(w)
            || (w.starts_with(char::is_uppercase)
                && cues.contains(w.to_lowercase().as_str())
                && !self.in_mention(i))
    }

    /// Token `k` is part of a name ("States" in "United States").
    fn in_mention(&self, k: usize) -> bool {
        let i = self.mentions.partition_point(|m| m.tokens.start <= k);
        i.checked_sub(1).is_some_and(|i| self.mentions[i].tokens.end > k)
    }

    /// "who" right before the verb, after a person's name ("Maria Lopez, who said"): the
    /// relative pronoun names the speaker, resolved to that person.
    fn relative_who(&self, k_end: usize, lo: usize) -> Option<Phrase> {
        let who = k_end.checked_sub(1).filter(|&k| k > lo && self.w(k).eq_ignore_ascii_case("who"))?;
        let mut k = who - 1;
        if self.w(k) == "," && k > lo {
            k -= 1;
        }
        let m = &self.mentions[self.mention_ending(k)?];
        (m.label == Label::Person).then(|| (who..who + 1, Some(m.cluster)))
    }

    /// A reporting word used as a noun: after a determiner, a possessive or a preposition
    /// ("Trump’s tweets", "a series of statements", "his claims").
    fn is_noun_use(&self, c: usize) -> bool {
        if c == 0 {
            return false;
        }
        let p = self.w(c - 1).to_lowercase();
        self.doc.tokens[c - 1].kind == TokKind::Possessive
            || DESCRIPTION_DETERMINERS.contains(&p.as_str())
            || PREPOSITIONS.contains(&p.as_str())
    }

    /// An adverb that may stand between a speaker and the verb ("later", "flatly").
    fn is_adverb(&self, i: usize) -> bool {
        let w = self.w(i);
        (w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase))
            || CUE_ADVERBS.contains(&w)
    }

    fn block_of(&self, byte: usize) -> usize {
        self.doc
            .blocks
            .partition_point(|b| b.end <= byte)
            .min(self.doc.blocks.len().saturating_sub(1))
    }

    /// Speaker and cue for a top-level quote; `prev` is the top-level quote before it.
    fn attribute(&self, q: &Quote, prev: Option<&Quote>) -> Attribution {
        let doc = self.doc;
        let n = self.n();
        let open_tok = doc.token_at_or_after(q.open);
        if open_tok >= n {
            return (None, None);
        }
        let sent = &doc.sentences[doc.sentence_of(open_tok)];
        let block = self.block_of(q.open);
        // (1) a cue right after the closing mark, in the same sentence
        if let Some(close) = &q.close {
            let mut j = doc.token_at_or_after(close.end);
            // a fragment inside the writer's sentence that ends with its full stop ends the
            // sentence: a capitalised word after it starts the next one
            let ended = open_tok > sent.tokens.start
                && doc.text[q.start..q.end].ends_with('.')
                && j < n
                && self.w(j).starts_with(char::is_uppercase);
            if j < n && !ended && self.sentence_continues(close.end, j) {
                let end = doc.sentences[doc.sentence_of(j)].tokens.end.min(j + CUE_WINDOW);
                let mut dash = false;
                while j < end && matches!(self.w(j), "," | "—" | "–" | "-" | "―" | ":") {
                    dash |= self.w(j) != "," && self.w(j) != ":";
                    j += 1;
                }
                if j < end {
                    if let Some(r) = self.cue_after(j, end) {
                        return r;
                    }
                    // a signature: “…” — Neil Gaiman (a name alone after a dash, ending the
                    // paragraph or followed by a comma or full stop), also a name the recogniser
                    // left unnamed
                    let name = self
                        .mention_starting(j)
                        .map(|mi| &self.mentions[mi])
                        .filter(|m| m.label == Label::Person)
                        .map(|m| (m.tokens.clone(), Some(m.cluster)))
                        .or_else(|| self.capitalised_at(j, end));
                    if let Some((r, cl)) = name.filter(|_| dash) {
                        let e = r.end;
                        if e == doc.blocks[self.block_of(close.end)].tokens.end
                            || (e < n && matches!(self.w(e), "," | "."))
                        {
                            return (Some(self.speaker(r, cl)), None);
                        }
                    }
                }
            }
        }
        // (1b) the sentence ends with its attribution after a comma: “…” that …, said Lopez.
        if let Some(close) = &q.close {
            let from = doc.token_at_or_after(close.end);
            let end = sent.tokens.end
                - usize::from(self.doc.tokens[sent.tokens.end - 1].kind == TokKind::Punct);
            let lo = from.max(end.saturating_sub(CUE_WINDOW));
            if let Some(comma) = (lo..end).rev().find(|&k| self.w(k) == "," && !self.in_quote(k)) {
                if let Some((Some(sp), cue)) = self.cue_after(comma + 1, end) {
                    return (Some(sp), cue);
                }
            }
        }
        // (2) a reporting verb before the quote in its sentence, or in the sentence that ends the
        // previous paragraph with a colon (then, without a verb, that sentence's subject)
        let mut scan = (sent.tokens.start.max(open_tok.saturating_sub(CUE_WINDOW)), open_tok);
        let mut colon_sentence = None;
        if open_tok == doc.blocks[block].tokens.start && block > 0 {
            let pb = &doc.blocks[block - 1];
            if doc.text[pb.start..pb.end].ends_with(':') && pb.sentences.end > pb.sentences.start {
                let ps = &doc.sentences[pb.sentences.end - 1];
                scan =
                    (ps.tokens.start.max(ps.tokens.end.saturating_sub(CUE_WINDOW)), ps.tokens.end);
                colon_sentence = Some(scan);
            }
        }
        if let Some(r) = self.cue_before(scan.0, scan.1) {
            return r;
        }
        if let Some((from, to)) = colon_sentence {
            if let Some((r, cl)) = self.subject(from, to) {
                return (Some(self.speaker(r, cl)), None);
            }
        }
        // (3) it continues the previous quote
        if let Some(p) = prev {
            if self.continues(q, p, open_tok, block) {
                return (p.speaker.clone(), None);
            }
        }
        // (4) the subject of the sentence: its first name, pronoun or description
        if let Some((r, cl)) = self.subject(sent.tokens.start, open_tok) {
            return (Some(self.speaker(r, cl)), None);
        }
        // (5) a quote that opens its sentence after a sentence about a person: that person
        if open_tok == sent.tokens.start {
            if let Some((r, cl)) = self.previous_subject(open_tok, block) {
                return (Some(self.speaker(r, cl)), None);
            }
        }
        (None, None)
    }

    /// The person that opens the sentence before token `open_tok` (in its paragraph, or the last
    /// sentence of the previous paragraph when the quote opens its own): a name, or a pronoun or
    /// description that resolves to a person, outside quotes.
    fn previous_subject(&self, open_tok: usize, block: usize) -> Option<Phrase> {
        let doc = self.doc;
        let si = doc.sentence_of(open_tok);
        if si == 0
            || (doc.sentences[si - 1].block != block && open_tok != doc.blocks[block].tokens.start)
        {
            return None;
        }
        let ps = &doc.sentences[si - 1];
        if ps.block + 1 < block {
            return None;
        }
        let is_person = |(r, cl): &Phrase| match self.mention_starting(r.start) {
            Some(mi) => self.mentions[mi].label == Label::Person,
            None => {
                cl.is_some()
                    && (self.is_personal_pronoun(r.start) || self.role(r.end - 1) == Some(false))
            }
        };
        let opening = (ps.tokens.start..ps.tokens.end.min(ps.tokens.start + 3))
            .find(|&k| !self.in_quote(k) && self.doc.tokens[k].kind != TokKind::Punct);
        if let Some(p) = opening.and_then(|k| self.speaker_at(k)).filter(is_person) {
            return Some(p);
        }
        // reported speech attributed at its end: "Sometimes employees break the rules, he said."
        let end =
            ps.tokens.end - usize::from(self.doc.tokens[ps.tokens.end - 1].kind == TokKind::Punct);
        let comma = (ps.tokens.start.max(end.saturating_sub(CUE_WINDOW))..end)
            .rev()
            .find(|&k| self.w(k) == ",")?;
        match self.cue_after(comma + 1, end) {
            Some((Some(sp), _)) if !self.in_quote(comma) => {
                let r = self.doc.token_at_or_after(sp.start)..self.doc.token_at_or_after(sp.end);
                Some((r, sp.cluster)).filter(is_person)
            }
            _ => None,
        }
    }

    /// The first speaker phrase in tokens `from..to` outside quotes.
    /// A name in the possessive ("Durov’s critics") is no subject, and then the sentence has none.
    fn subject(&self, from: usize, to: usize) -> Option<Phrase> {
        // a name after a preposition is no subject ("In a speech to Julia Novak, Lopez …")
        let object = |k: usize| k > from && PREPOSITIONS.contains(&self.w(k - 1).to_lowercase().as_str());
        let first = |objects: bool| {
            (from..to.min(from + CUE_WINDOW))
                .filter(|&k| !self.in_quote(k) && (objects || !object(k)))
                .find_map(|k| self.speaker_at(k).filter(|(r, _)| r.end <= to))
        };
        // else the first name all the same ("The statement from Mark Evans reads:")
        let (r, cl) = first(false).or_else(|| first(true))?;
        let possessive = r.end < self.n() && self.doc.tokens[r.end].kind == TokKind::Possessive;
        (!possessive).then_some((r, cl))
    }

    /// Quote `q` continues `p` (which has a speaker): in the same sentence, or opening a sentence
    /// of the same paragraph, or opening the paragraph after the one where `p` ends; and nobody
    /// else is named between them.
    fn continues(&self, q: &Quote, p: &Quote, open_tok: usize, block: usize) -> bool {
        let Some(ps) = &p.speaker else { return false };
        let doc = self.doc;
        let sent = &doc.sentences[doc.sentence_of(open_tok)];
        let same_sentence = p.end >= sent.start && p.start < q.start;
        let p_block = self.block_of(p.end);
        let opens_sentence = open_tok == sent.tokens.start;
        let opens_block = open_tok == doc.blocks[block].tokens.start;
        let follows = opens_sentence && (p_block == block || (opens_block && p_block + 1 == block));
        if !(same_sentence || follows) {
            return false;
        }
        // the gap starts after the sentence that attributes `p` ("“…,” Bornstein wrote of Trump.")
        let after = p.close.as_ref().map_or(p.end, |c| c.end);
        let mut from = doc.token_at_or_after(after);
        if from < self.n() && self.sentence_continues(after, from) {
            from = doc.sentences[doc.sentence_of(from)].tokens.end;
        }
        if open_tok.saturating_sub(from) > CUE_WINDOW {
            return false;
        }
        (from..open_tok).all(|k| self.in_quote(k) || !self.names_other_person(k, ps.cluster))
    }

    /// Token `k` starts a person's name, or is a personal pronoun, that is not `cluster`.
    fn names_other_person(&self, k: usize, cluster: Option<usize>) -> bool {
        if let Some(mi) = self.mention_starting(k) {
            let m = &self.mentions[mi];
            return m.label == Label::Person && Some(m.cluster) != cluster;
        }
        self.is_personal_pronoun(k) && self.resolve(k, false, None) != cluster
    }

    /// No sentence end between the closing mark and token `j`.
    fn sentence_continues(&self, from: usize, j: usize) -> bool {
        let gap = &self.doc.text[from..self.doc.tokens[j].start];
        !gap.contains(['.', '!', '?', '\n'])
    }

    /// "said Durov", "according to the ministry", "Durov said", "Pavel Durov later told",
    /// "Durov, the founder of Telegram, said" at token `j` (tokens before `end`).
    fn cue_after(&self, j: usize, end: usize) -> Option<Attribution> {
        let l = lexicon();
        if self.is_cue(j) {
            let mut s = j + 1;
            if self.w(j).eq_ignore_ascii_case("according") {
                if s < end && self.w(s) == "to" {
                    s += 1;
                } else {
                    return None;
                }
            }
            while s < end && l.titles.contains(self.w(s)) {
                s += 1;
            }
            // without a name after the verb the speaker is someone unnamed ("said one resident")
            let speaker = self
                .speaker_at(s)
                .or_else(|| self.person_after_modifiers(s, end))
                .map(|p| self.owned(p))
                .or_else(|| self.description_from(s, end))
                .or_else(|| self.capitalised_at(s, end))
                .filter(|(r, _)| r.end <= end);
            let words_follow = s < end
                && self.doc.tokens[s].kind == TokKind::Word
                && !NOT_MODIFIERS.contains(&self.w(s));
            return match speaker {
                Some((r, cl)) => Some((Some(self.speaker(r, cl)), Some(self.tok_span(j)))),
                None => words_follow.then(|| (None, Some(self.tok_span(j)))),
            };
        }
        let mut s = j;
        while s < end && l.titles.contains(self.w(s)) {
            s += 1; // "Father Thomas Berger told"
        }
        // a speaker phrase, or a person after words that describe them, then the verb
        // a description may name its person in an appositive ("the White House spokesman, Josh
        // Earnest, said"); capitalised words and titles may be a name the recogniser missed
        // ("State spokesman Mark Toner said")
        let described = self
            .description_from(s, end)
            .map(|(r, cl)| self.appositive_person(r.end).unwrap_or((r, cl)));
        let titled = self.titled_name_at(j, end);
        for p in [self.speaker_at(s), self.person_after_modifiers(s, end), described, titled]
            .into_iter()
            .flatten()
        {
            let (r, cl) = self.owned(p);
            if let Some(c) = self.verb_after(r.end, end) {
                return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
            }
        }
        // a few words naming nobody, then the verb: someone unnamed ("one resident said",
        // "the statement continued")
        let c = (s..end.min(s + MODIFIER_WORDS + 2))
            .take_while(|&k| {
                // names may stand inside a description ("one Clinton ad", "the Lincoln actor")
                let described = k > s && self.is_determiner(s);
                let plain = matches!(self.doc.tokens[k].kind, TokKind::Word | TokKind::Possessive)
                    && !NOT_MODIFIERS.contains(&self.w(k));
                plain
                    && self.pronoun(k).is_none()
                    && (described
                        || !self.mention_starting(k).is_some_and(|mi| {
                            matches!(self.mentions[mi].label, Label::Person | Label::Org)
                        }))
            })
            .find(|&k| self.is_cue(k) && !self.is_noun_use(k))?;
        if c == s {
            return None;
        }
        let mut v = c;
        while v > s && c - v < MAX_ADVERBS && self.is_adverb(v - 1) {
            v -= 1;
        }
        let (r, cl) = self.description_before(v, s, s)?;
        Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))))
    }

    /// A person's name after up to [`MODIFIER_WORDS`] words describing them, from token `i`:
    /// lowercase words, titles and roles, numbers, names of organisations, places or groups
    /// ("study lead author Lucas Paganini", "43-year-old Martin Taylor", "NASA Administrator Jim
    /// Bridenstine").
    fn person_after_modifiers(&self, i: usize, end: usize) -> Option<Phrase> {
        let mut k = i;
        let mut words = 0;
        while k < end.min(self.n()) && words <= MODIFIER_WORDS {
            if let Some(mi) = self.mention_starting(k) {
                let m = &self.mentions[mi];
                match m.label {
                    Label::Person => return Some((m.tokens.clone(), Some(m.cluster))),
                    Label::Org | Label::Place | Label::Misc | Label::Number => {
                        k = m.tokens.end;
                        words += 1;
                        continue;
                    }
                    _ => return None,
                }
            }
            let w = self.w(k);
            let t = &self.doc.tokens[k];
            // "and" only between two describing words ("JPL scientist and study co-author X")
            let joins = w == "and"
                && k > i
                && k + 1 < self.n()
                && self.doc.tokens[k + 1].kind == TokKind::Word
                && self.w(k + 1).starts_with(char::is_lowercase);
            let lower_word = t.kind == TokKind::Word
                && w.starts_with(char::is_lowercase)
                && !NOT_MODIFIERS.contains(&w)
                && !self.is_cue(k)
                && self.pronoun(k).is_none();
            if !(lower_word
                || joins
                || t.kind == TokKind::Number
                || self.is_role_or_title(k)
                || self.role(k).is_some())
            {
                return None;
            }
            k += 1;
            words += usize::from(!joins);
        }
        None
    }

    /// A name in the possessive before a role is not the speaker: "Lopez’s lawyer" is someone else,
    /// named by an appositive ("Lopez’s lawyer, Anna Schmidt,") or by these words only.
    fn owned(&self, p: Phrase) -> Phrase {
        let k = p.0.end;
        if k >= self.n() || self.doc.tokens[k].kind != TokKind::Possessive {
            return p;
        }
        for e in k + 1..(k + 1 + DESCRIPTION_WORDS).min(self.n()) {
            if self.role(e).is_some() {
                return self.appositive_person(e + 1).unwrap_or((p.0.start..e + 1, None));
            }
            if self.doc.tokens[e].kind == TokKind::Punct {
                break;
            }
        }
        p
    }

    /// A person's name set off by commas from token `k` on (", Anna Schmidt,").
    fn appositive_person(&self, k: usize) -> Option<Phrase> {
        if k + 1 >= self.n() || self.w(k) != "," {
            return None;
        }
        let m = &self.mentions[self.mention_starting(k + 1)?];
        let after = m.tokens.end;
        (m.label == Label::Person
            && (after >= self.n() || matches!(self.w(after), "," | "." | ";")))
        .then(|| (m.tokens.clone(), Some(m.cluster)))
    }

    /// From token `k` right after a speaker, past adverbs and one appositive, to a reporting verb.
    fn verb_after(&self, mut k: usize, end: usize) -> Option<usize> {
        let adverbs = |k: &mut usize| {
            let stop = (*k + MAX_ADVERBS).min(end);
            while *k < stop && self.is_adverb(*k) {
                *k += 1;
            }
        };
        adverbs(&mut k);
        // a parenthesis after a name: "Gwen Moore (D-Wis.) said"
        if k < end && self.w(k) == "(" {
            if let Some(close) = (k + 1..end.min(k + 2 + PAREN_WORDS)).find(|&t| self.w(t) == ")") {
                k = close + 1;
                adverbs(&mut k);
            }
        }
        if k < end && self.w(k) == "," {
            // the comma that closes an appositive the speaker phrase already took in
            if k + 1 < end && self.is_cue(k + 1) {
                return Some(k + 1);
            }
            // the appositive ends with the comma before the verb (it may hold commas of its own)
            let close = (k + 1..end.min(k + 2 + APPOSITIVE_WORDS)).find(|&t| {
                let mut v = t + 1;
                adverbs(&mut v);
                self.w(t) == "," && v < end && self.is_cue(v)
            })?;
            k = close + 1;
            adverbs(&mut k);
        }
        (k < end && self.is_cue(k)).then_some(k)
    }

    /// The nearest reporting verb before token `to` (from token `from`), and its speaker.
    fn cue_before(&self, from: usize, to: usize) -> Option<Attribution> {
        // a participle or a second verb whose subject lies further back
        let mut deferred: Option<usize> = None;
        for c in (from..to).rev() {
            if self.in_quote(c) || !self.is_cue(c) || self.is_noun_use(c) {
                continue;
            }
            // a participle ("…, saying “…”") or a verb after "and" ("X said … and said “…”")
            // is the clause's: an earlier verb's speaker, else the sentence's subject, unless a
            // speaker stands right before it ("with Lopez saying")
            let lower = self.w(c).starts_with(char::is_lowercase);
            if lower
                && c > from
                && (self.w(c).ends_with("ing") || self.w(c - 1) == "and")
                && !self.w(c).eq_ignore_ascii_case("according")
            {
                if let Some((r, cl)) = self.speaker_ending_at(c - 1, from) {
                    if self.w(c - 1) != "and" {
                        return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
                    }
                }
                deferred.get_or_insert(c);
                continue;
            }
            if self.w(c).eq_ignore_ascii_case("according") {
                if c + 2 < to && self.w(c + 1) == "to" {
                    let source = self
                        .speaker_at(c + 2)
                        .or_else(|| self.description_from(c + 2, to))
                        .or_else(|| self.capitalised_at(c + 2, to));
                    if let Some((r, cl)) = source.filter(|(r, _)| r.end <= to) {
                        return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
                    }
                }
                continue;
            }
            // the speaker ends before the verb, its adverbs and an appositive ending right before it
            let lo = from.max(c.saturating_sub(CUE_WINDOW));
            let mut k_end = c;
            while k_end > lo && c - k_end < MAX_ADVERBS && self.is_adverb(k_end - 1) {
                k_end -= 1;
            }
            let mut named = None;
            if k_end > lo && self.w(k_end - 1) == "," {
                let stop = lo.max((k_end - 1).saturating_sub(APPOSITIVE_WORDS + 1));
                if let Some(open) = (stop..k_end - 1).rev().find(|&t| self.w(t) == ",") {
                    // the appositive names the speaker when it is a person's name ("Lopez’s lawyer, Anna Schmidt, said")
                    named = self.appositive_person(open).filter(|(r, _)| r.end + 1 == k_end);
                    // else a person's name that the appositive follows ("Maria Lopez, who chairs
                    // the committee, said"; the appositive may hold commas of its own)
                    if named.is_none() {
                        named = (stop.max(1)..k_end - 1)
                            .rev()
                            .filter(|&t| self.w(t) == "," && !self.in_quote(t - 1))
                            .find_map(|t| {
                                self.mention_ending(t - 1)
                                    .map(|mi| &self.mentions[mi])
                                    .filter(|m| m.label == Label::Person)
                            })
                            .map(|m| (m.tokens.clone(), Some(m.cluster)));
                    }
                    k_end = open;
                }
            }
            // the speaker right before the verb, a description ending there ("the lawsuit
            // says"), the nearest speaker before that, else right after the verb ("said Durov:
            // “…”")
            let right_before = || {
                (k_end > lo && !self.in_quote(k_end - 1))
                    .then(|| self.speaker_ending_at(k_end - 1, lo))
                    .flatten()
            };
            let before = named
                .or_else(|| self.relative_who(k_end, lo))
                .or_else(right_before)
                .or_else(|| self.description_before(k_end, lo, usize::MAX))
                .or_else(|| {
                    (lo..k_end)
                        .rev()
                        .filter(|&k| !self.in_quote(k))
                        .find_map(|k| self.speaker_ending_at(k, lo))
                });
            // a name in the possessive owns the speaker ("Klein’s officials said"): these words name them
            let before = before.and_then(|(r, cl)| match self.doc.tokens.get(r.end) {
                Some(t) if t.kind == TokKind::Possessive => {
                    (k_end - r.end <= DESCRIPTION_WORDS + 1).then_some((r.start..k_end, None))
                }
                _ => Some((r, cl)),
            });
            let found = before.or_else(|| self.speaker_at(c + 1).filter(|(r, _)| r.end <= to));
            if let Some((r, cl)) = found {
                return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
            }
        }
        let c = deferred?;
        let sent_start = self.doc.sentences[self.doc.sentence_of(c)].tokens.start;
        let (r, cl) = self.subject(sent_start.max(from), c)?;
        Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))))
    }

    fn tok_span(&self, i: usize) -> Range<usize> {
        self.doc.tokens[i].start..self.doc.tokens[i].end
    }

    fn speaker(&self, r: Range<usize>, cluster: Option<usize>) -> Speaker {
        Speaker {
            start: self.doc.tokens[r.start].start,
            end: self.doc.tokens[r.end - 1].end,
            cluster,
        }
    }

    /// The speaker is one pronoun.
    fn is_pronoun_span(&self, s: &Speaker) -> bool {
        let w = &self.doc.text[s.start..s.end];
        SPEAKER_PRONOUNS.iter().any(|(p, _)| w.eq_ignore_ascii_case(p))
    }

    /// A person or organisation mention as a speaker phrase. An organisation followed by a role
    /// and a person's name gives the person ("Kremlin spokesman Oleg Ivanov", "Telegram CEO Pavel
    /// Durov").
    fn mention_phrase(&self, mi: usize) -> Option<Phrase> {
        let m = &self.mentions[mi];
        match m.label {
            Label::Person => Some((m.tokens.clone(), Some(m.cluster))),
            Label::Org => {
                let mut t = m.tokens.end;
                while t < self.n() && t < m.tokens.end + 2 && self.is_role_or_title(t) {
                    t += 1;
                }
                let person = (t > m.tokens.end && t < self.n())
                    .then(|| self.mention_starting(t))
                    .flatten()
                    .map(|pi| &self.mentions[pi])
                    .filter(|p| p.label == Label::Person);
                Some(match person {
                    Some(p) => (p.tokens.clone(), Some(p.cluster)),
                    None => (m.tokens.clone(), Some(m.cluster)),
                })
            }
            _ => None,
        }
    }

    pub(super) fn is_role_or_title(&self, i: usize) -> bool {
        lexicon().titles.contains(self.w(i)) || self.role(i) == Some(false)
    }

    /// A speaker phrase starting at token `i`: a person or organisation name, a pronoun, a description.
    fn speaker_at(&self, i: usize) -> Option<Phrase> {
        if i >= self.n() {
            return None;
        }
        if let Some(mi) = self.mention_starting(i) {
            return self.mention_phrase(mi);
        }
        if let Some(cl) = self.pronoun(i) {
            return Some((i..i + 1, cl));
        }
        if self.w(i).eq_ignore_ascii_case("the") {
            // "the Foreign Ministry", "the Daily Herald"
            if let Some(p) = self.mention_starting(i + 1).and_then(|mi| self.mention_phrase(mi)) {
                return Some(p);
            }
            // "the 14th-ranked Schwartzman", "the president Arnold Keller"
            if let Some(p) = self.person_after_modifiers(i + 1, i + 2 + DESCRIPTION_WORDS) {
                return Some(p);
            }
            for e in i + 1..(i + 1 + DESCRIPTION_WORDS).min(self.n()) {
                if let Some(org) = self.role(e) {
                    // "the spokesman Oleg Ivanov"
                    if let Some(p) = self.mention_starting(e + 1).map(|pi| &self.mentions[pi]) {
                        if p.label == Label::Person {
                            return Some((p.tokens.clone(), Some(p.cluster)));
                        }
                    }
                    return Some((i..e + 1, self.resolve(i, org, Some(e))));
                }
                if self.doc.tokens[e].kind == TokKind::Punct {
                    break;
                }
            }
        }
        None
    }

    /// A speaker phrase ending at token `k` (not reaching before `from`).
    fn speaker_ending_at(&self, k: usize, from: usize) -> Option<Phrase> {
        if let Some(mi) = self.mention_ending(k) {
            let m = &self.mentions[mi];
            return matches!(m.label, Label::Person | Label::Org)
                .then(|| (m.tokens.clone(), Some(m.cluster)));
        }
        if let Some(cl) = self.pronoun(k) {
            return Some((k..k + 1, cl));
        }
        if let Some(org) = self.role(k) {
            let lo = k.saturating_sub(DESCRIPTION_WORDS).max(from);
            for t in (lo..k).rev() {
                if self.w(t).eq_ignore_ascii_case("the") {
                    return Some((t..k + 1, self.resolve(t, org, Some(k))));
                }
                // "Lopez’s lawyer": someone not named here
                if self.doc.tokens[t].kind == TokKind::Possessive && t > from {
                    let owner = self
                        .mention_ending(t - 1)
                        .map_or(t - 1, |mi| self.mentions[mi].tokens.start.max(from));
                    return Some((owner..k + 1, None));
                }
            }
        }
        None
    }

    /// A role word ("president", "CEO", "company", "39-year-old"): Some(true) for organisations.
    fn role(&self, i: usize) -> Option<bool> {
        let w = self.w(i);
        if w.ends_with("-year-old") {
            return Some(false);
        }
        let roles = &lexicon().speaker_roles;
        roles.get(w).or_else(|| roles.get(w.to_lowercase().as_str())).copied()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn gallop_finds_the_partition_point() {
        for len in 0..40 {
            let xs: Vec<usize> = (0..len).collect();
            for cut in 0..=len {
                assert_eq!(super::gallop(&xs, |&x| x < cut), cut, "len {len} cut {cut}");
            }
        }
    }
}
