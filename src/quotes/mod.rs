//! Stage 6: quotations and their speakers.
//!
//! The parts: [`marks`] tells and pairs the quotation marks; [`kinds`] decides speech
//! (`direct`, `partial`) or `term` (nobody's speech: titles, slogans, markup, headlines; no
//! speaker); [`cues`] finds the reporting words and the speaker they attach to; [`sources`] reads
//! the phrases that name a source (names, pronouns, descriptions such as “the lawsuit” or “a
//! spokesman for the council”); [`resolve`] ties pronouns and descriptions to clusters. This file
//! runs them in order and holds the steps below.
//!
//! **Speaker**, first that applies:
//! 0. a transcript's label in capitals opening the quoted words (“PENCE: Well, …”), or a name
//!    opening its sentence (or after a dash) and a colon right before the quote;
//! 1. a cue right after the quote in its sentence: a speaker then a reporting verb (“…,” Durov
//!    said / Pavel Durov later told / Durov, the founder of Telegram, said / Kremlin spokesman
//!    Oleg Ivanov said / Sarah Klein (D-Ore.) said / the council spokesman, Mark Evans, said), or
//!    the verb first (said Durov / said President Keller / according to the ministry / said a
//!    spokesman for the council); a name in the possessive before a role is not the speaker
//!    (“Lopez’s lawyer, Anna Schmidt, said”). A description names an unnamed source with its own
//!    words (“one protester said”). A name alone after a dash (—, –, ―) signs the quote; then
//!    the attribution that ends the sentence after a comma (“…” if it rains, said Lopez.);
//! 2. a reporting verb before the quote in its sentence, with the speaker right before the verb
//!    (a name, a pronoun, a relative “who”, a description), past adverbs, modals and an
//!    appositive, else the nearest name before it (“Durov wrote that “…””, “Maria Lopez, who
//!    chairs the committee, said …”, “according to Durov, “…””); a participle or a verb after
//!    “and” takes an earlier verb's speaker or the sentence's subject; also the last sentence of
//!    the previous paragraph when it ends with a colon, and then, without a verb, that
//!    sentence's subject;
//! 3. the speaker of the previous quote when this one continues it: same sentence, a new sentence
//!    of the same paragraph, or a paragraph that opens with the quote, with no other person named
//!    between the previous quote's cue sentence and this quote;
//! 4. the first name, pronoun or description of the quote's sentence (its subject) that follows
//!    no preposition (nor a preposition and a determiner, nor a dateline), a group without a
//!    determiner (“Legal observers note …”, “Some chanted …”), or an owner and its noun
//!    (“Durov’s critics call it …”);
//! 5. for a quote that opens its sentence: the person that opens the sentence before, or that
//!    sentence's speaker when it ends with a cue (“The dams fail, Maria Lopez said. “…””).
//!
//! The source is the outermost attribution: a speaker right after “that” (“Lopez said that
//! Evans called it “…””) or a pronoun repeating an earlier verb's subject (“Lopez said she
//! hopes …”) hands over to the earlier verb's source, and “according to” in the reporting
//! sentence (“…,” Lopez said, according to the transcript) names the source. A name or “his”/“her”
//! before a noun for words (“Lopez’s remark that “…””) names the speaker of an uncued quote; an
//! owner's person speaks for the owner (“the Tribune’s Dana Kowalski said”); the writer's “I” is
//! kept with no entity.
//!
//! Pronouns and descriptions resolve to the nearest person (or organisation) named before them
//! outside quotes, “he” and “she” skipping people of the other gender and preferring the subject
//! of the sentence before to a nearer object; a description prefers a person introduced with its
//! role word (“President X”, “Telegram founder X”, “X, the founder of …”). An “it” or “they” that resolves to
//! nobody gives no speaker; an unresolved “he” or “she”, and an unresolved description, are kept
//! with their own words as the name and no entity. Every search is
//! bounded by a named window ([`MAX_DEPTH`], `CUE_WINDOW`, `RESOLVE_WINDOW`, `APPOSITIVE_WORDS`,
//! `MODIFIER_WORDS`), so the stage is linear in the text.
//!
//! ```
//! use article_annotator::{annotate_text, Options};
//! let a = annotate_text("Pavel Durov spoke. “We remove posts,” he said. He called it “a misguided approach”.", &Options::default());
//! let q: Vec<(&str, &str)> = a.quotes.iter().map(|q| (q.kind.as_str(), q.speaker.as_ref().unwrap().text.as_str())).collect();
//! assert_eq!(q, vec![("direct", "he"), ("partial", "He")]);
//! ```

mod cues;
mod kinds;
mod marks;
mod resolve;
mod sources;

use crate::coref::Linked;
use marks::pair_marks;
use crate::lexicon::SPEAKER_PRONOUNS;
use crate::segment::{Document, Kind as TokKind};
use crate::types::{Label, QuoteKind};
use std::ops::Range;

/// Deepest nesting of open quotes kept per paragraph; marks beyond it are ignored.
pub const MAX_DEPTH: usize = 8;
/// Tokens between a description's "the" and its role word ("the Russian-born CEO").
const DESCRIPTION_WORDS: usize = 3;
/// How many tokens around a quote are searched for its cue and speaker (keeps the work linear).
const CUE_WINDOW: usize = 40;
/// Words after which a new clause, with a subject of its own, may start.
const CLAUSE_OPENERS: &[&str] =
    &[",", "and", "but", "while", "when", "whereas", "though", "although", "if", "as"];
/// Lowercase words after a name that show it is no clause's subject ("Lopez and Evans", "Lopez in
/// 2014", "two years ago").
const NOT_VERBS: &[&str] = &[
    "and", "or", "of", "for", "to", "in", "on", "at", "with", "from", "by", "as", "the", "a", "an",
    "ago",
];
/// How many mentions back a pronoun or description looks for the entity it names.
const RESOLVE_WINDOW: usize = 200;
/// Most words before a quote in its sentence that name nobody, for the quote to continue the
/// previous one ("But “…”", "It’s “…”").
const LEAD_IN_WORDS: usize = 3;
/// How many commas back from a sentence's end its closing attribution is looked for ("…, said
/// Lopez, the mayor, who …").
const TAIL_COMMAS: usize = 3;
/// Longest appositive, in tokens, between a speaker and a reporting verb ("Durov, 39, said",
/// "Paganini, a planetary scientist at a NASA centre in Greenbelt, Maryland, said").
const APPOSITIVE_WORDS: usize = 24;
/// Most words before a name that describe the person ("study lead author Lucas Paganini",
/// "43-year-old Martin Taylor", "NASA Administrator Jim Bridenstine").
const MODIFIER_WORDS: usize = 4;
/// Lowercase words that never stand in such a description, nor in a description that speaks
/// (joining words, prepositions, auxiliary verbs: "the scheduling was so odd" is none).
const NOT_MODIFIERS: &[&str] = &[
    "and", "or", "but", "who", "which", "that", "to", "by", "of", "for", "with", "from", "at",
    "on", "in", "as", "when", "while", "if", "upon", "without", "about", "across", "after",
    "before", "into", "over", "through", "against", "during", "than", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should",
    "must", "do", "does", "did", "ever", "ago",
];
/// Longest parenthesis, in tokens, between a speaker and a reporting verb ("(D-Wis.)").
const PAREN_WORDS: usize = 8;
/// Longest run of adverbs between a speaker and a reporting verb ("Durov later also said").
const MAX_ADVERBS: usize = 2;
/// Most words in capitals of a transcript's speaker label ("SEN. SMITH:").
const LABEL_WORDS: usize = 3;
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
        let (mut speaker, cue) = ctx.outer_source(ctx.attribute(q, prev));
        // a phrase too long to be a name names no speaker, nor an "it" or "they" that resolves
        // to nobody; an unresolved "he" or "she" (or the writer's "I") is kept with its own words
        // and no entity: the words that name the source
        if speaker.as_ref().is_some_and(|s| {
            s.end - s.start > MAX_SPEAKER_BYTES
                || (s.cluster.is_none() && ctx.is_impersonal_pronoun_span(s))
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
    /// The first paragraph is a headline ([`kinds::first_block_is_headline`]).
    headline: bool,
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
        let headline = kinds::first_block_is_headline(doc);
        Context { doc, mentions, quoted, genders, headline }
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

    fn n(&self) -> usize {
        self.doc.tokens.len()
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
        // (0) a transcript's label opens the quote: “PENCE: Well, …”
        if let Some((r, cl)) = self.transcript_label(q) {
            return (Some(self.speaker(r, cl)), None);
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
                && self.doc.word(j).starts_with(char::is_uppercase);
            if j < n && !ended && self.sentence_continues(close.end, j) {
                let end = doc.sentences[doc.sentence_of(j)].tokens.end.min(j + CUE_WINDOW);
                let mut dash = false;
                while j < end && matches!(self.doc.word(j), "," | "—" | "–" | "-" | "―" | ":") {
                    dash |= self.doc.word(j) != "," && self.doc.word(j) != ":";
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
                            || (e < n && matches!(self.doc.word(e), "," | "."))
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
            // the attribution may carry an appositive of its own (“…” if …, said Lopez, the
            // mayor of the town, who …): a few commas back from the end
            let commas = (lo..end).rev().filter(|&k| self.doc.word(k) == "," && !self.in_quote(k));
            for comma in commas.take(TAIL_COMMAS) {
                if let Some((Some(sp), cue)) = self.cue_after(comma + 1, end) {
                    return (Some(sp), cue);
                }
            }
        }
        // (1c) a name that opens its sentence or follows a dash, and a colon right before the
        // quote, label it: "Maria Lopez: “…”", "A headline in capitals - Maria Lopez: “…”"
        if open_tok >= 2 && doc.word(open_tok - 1) == ":" {
            if let Some(m) = self.mention_ending(open_tok - 2).map(|mi| &self.mentions[mi]) {
                let t = m.tokens.start;
                let opens = t == sent.tokens.start
                    || (t > 0 && matches!(doc.word(t - 1), "-" | "—" | "–" | "―"));
                if opens && matches!(m.label, Label::Person | Label::Org) {
                    return (Some(self.speaker(m.tokens.clone(), Some(m.cluster))), None);
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
        // (4) the subject of the clause holding the quote ("When Lopez spoke, Evans called it
        // “…”"), else of the sentence: its first name, pronoun or description
        if let Some((r, cl)) = self
            .clause_subject(sent.tokens.start, open_tok)
            .or_else(|| self.subject(sent.tokens.start, open_tok))
        {
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

    /// A speaker's label that opens the quoted words, as in a transcript (“PENCE: Well, …”):
    /// up to [`LABEL_WORDS`] words in capitals, then a colon (a name in mixed case before a colon
    /// is as often a chant or a post: “Lopez: Bad for the town”). The label names the person mentioned before it whose name ends with that word.
    fn transcript_label(&self, q: &Quote) -> Option<Phrase> {
        let k = self.doc.token_at_or_after(q.start);
        if k >= self.n() || self.doc.tokens[k].start >= q.end {
            return None;
        }
        let caps = |t: usize| self.doc.tokens[t].kind == TokKind::Word && self.is_caps_word(t);
        let e = (k..(k + LABEL_WORDS).min(self.n())).take_while(|&t| caps(t)).last()? + 1;
        let r = k..e;
        let cl = self
            .mention_starting(k)
            .map(|mi| &self.mentions[mi])
            .filter(|m| m.label == Label::Person && m.tokens.end == e)
            .map(|m| m.cluster);
        if r.end >= self.n() || self.doc.word(r.end) != ":" || self.doc.tokens[r.end].start >= q.end {
            return None;
        }
        // the person named before with that last word first: a label in capitals may be a
        // name of its own to the recogniser ("NOVAK" beside "Julia Novak")
        let earlier = {
            let last = self.doc.word(r.end - 1);
            let upto = self.mentions.partition_point(|m| m.tokens.start < k);
            self.mentions[..upto]
                .iter()
                .rev()
                .take(RESOLVE_WINDOW)
                .find(|m| {
                    m.label == Label::Person
                        && !self.in_quote(m.tokens.start)
                        && self.doc.word(m.tokens.end - 1).eq_ignore_ascii_case(last)
                })
                .map(|m| m.cluster)
        };
        Some((r, earlier.or(cl)))
    }

    /// The source that reports a speaker's words: “…,” Lopez said, according to the
    /// transcript. A reporting verb's sentence with “according to” and a source after it outside
    /// quotes gives that source (and that cue) instead.
    fn outer_source(&self, (speaker, cue): Attribution) -> Attribution {
        let Some(c) = cue.as_ref().map(|c| self.doc.token_at_or_after(c.start)) else {
            return (speaker, cue);
        };
        if c >= self.n() || self.doc.word(c).eq_ignore_ascii_case("according") {
            return (speaker, cue);
        }
        let sent = &self.doc.sentences[self.doc.sentence_of(c)];
        let end = sent.tokens.end.min(c + CUE_WINDOW);
        let from = sent.tokens.start.max(c.saturating_sub(CUE_WINDOW));
        let outer = (from..end.saturating_sub(2))
            .filter(|&k| {
                k != c
                    && !self.in_quote(k)
                    && self.doc.word(k).eq_ignore_ascii_case("according")
                    && self.doc.word(k + 1) == "to"
            })
            .find_map(|k| {
                let source = self
                    .speaker_at(k + 2)
                    .or_else(|| self.description_from(k + 2, end))
                    .or_else(|| self.capitalised_at(k + 2, end))
                    .filter(|(r, _)| r.end <= end)?;
                Some((source, k))
            });
        match outer {
            Some(((r, cl), k)) => (Some(self.speaker(r, cl)), Some(self.tok_span(k))),
            None => (speaker, cue),
        }
    }

    /// The subject that opens the last clause of tokens `from..to` after a comma or a
    /// conjunction ([`CLAUSE_OPENERS`]), outside quotes: a person or organisation, a pronoun or a
    /// description followed by a lowercase word that may be its verb. A clause opening with a lowercase word is part of a
    /// longer one ("Lopez, the mayor, called it"): the search goes on before it. "That" opens
    /// reported speech, whose subject is not the speaker: the search ends before it.
    fn clause_subject(&self, from: usize, to: usize) -> Option<Phrase> {
        let lo = from.max(to.saturating_sub(CUE_WINDOW));
        let to = (lo..to)
            .find(|&k| !self.in_quote(k) && self.doc.word(k).eq_ignore_ascii_case("that"))
            .unwrap_or(to);
        for k in (lo + 1..to).rev().filter(|&k| !self.in_quote(k)) {
            let w = self.doc.word(k).to_lowercase();
            // "Lopez and Evans have said": one subject of two names
            let joins_names = w == "and" && self.mention_ending(k - 1).is_some();
            if !CLAUSE_OPENERS.contains(&w.as_str()) || joins_names {
                continue;
            }
            let named = match self.mention_starting(k + 1) {
                Some(mi) => matches!(self.mentions[mi].label, Label::Person | Label::Org),
                None => true,
            };
            if let Some((r, cl)) = named.then(|| self.speaker_at(k + 1)).flatten() {
                let next = r.end;
                let word = if next < to { self.doc.word(next) } else { "" };
                let verb = word.starts_with(|c: char| c.is_lowercase())
                    && !NOT_VERBS.contains(&word);
                // a pronoun's clause may hold an aside before its verb ("he, once again, pledged")
                let aside = word == "," && self.is_personal_pronoun(r.start);
                if verb || aside {
                    return Some((r, cl));
                }
            }
            if !self.doc.word(k + 1).starts_with(|c: char| c.is_lowercase()) {
                return None;
            }
        }
        None
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
            .find(|&k| self.doc.word(k) == ",")?;
        match self.cue_after(comma + 1, end) {
            Some((Some(sp), _)) if !self.in_quote(comma) => {
                let r = self.doc.token_at_or_after(sp.start)..self.doc.token_at_or_after(sp.end);
                Some((r, sp.cluster)).filter(is_person)
            }
            _ => None,
        }
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
        // a quote after a few words that name nobody and report nothing opens its sentence
        // all the same ("But “…”", "It’s “…”")
        let opens_sentence = open_tok == sent.tokens.start
            || (open_tok - sent.tokens.start <= LEAD_IN_WORDS
                && (sent.tokens.start..open_tok).all(|k| {
                    !self.in_mention(k) && !self.is_personal_pronoun(k) && !self.is_cue(k)
                }));
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

    /// The speaker is one pronoun that is not "he", "she" or "I" ("it", "they").
    fn is_impersonal_pronoun_span(&self, s: &Speaker) -> bool {
        let w = &self.doc.text[s.start..s.end];
        SPEAKER_PRONOUNS.iter().any(|(p, person)| !*person && w.eq_ignore_ascii_case(p))
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
