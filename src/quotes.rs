//! Stage 6: quotations and their speakers.
//!
//! **Marks.** Every quotation mark is judged by what stands on either side of it: an opening mark
//! has space (or an opening bracket, dash or other mark) before it and text after it; a closing mark
//! the reverse. So “…“ (a wrong-way closing mark) still closes, an apostrophe inside or at the end of
//! a word (didn’t, Durov’s, Jesus’) is told from a closing single quote, and straight quotes work as
//! openers and closers. Marks are paired with a stack per paragraph, so nested quotes pair inside
//! their outer quote. A paragraph that leaves a quote open continues it when the next paragraph
//! opens with a mark of the same kind (the news convention for quotes over several paragraphs);
//! otherwise the quote ends with its paragraph and never swallows the rest of the article.
//!
//! **Kind.** `direct` when the quote starts with a capital after a colon, a comma, a dash or at the
//! start of a sentence or paragraph; `partial` when it is a fragment inside the writer's sentence.
//!
//! **Speaker**, first that applies: a cue right after the quote ("“…,” Durov said", "said the
//! president", "according to Durov"); a reporting verb before it in its sentence, with the speaker
//! the nearest name, pronoun or description before that verb ("Durov wrote that “…”", "the tsar
//! spoke of a “…”", "Durov continued: “…”"), also across a paragraph that ends with a colon; a quote
//! that continues the previous one (same sentence, or a paragraph that is only a quote) takes its
//! speaker; otherwise the first name or pronoun of the sentence. Pronouns and descriptions
//! ("he", "the 39-year-old", "the company") resolve to the nearest person (or organisation) named
//! before them outside quotes.
//!
//! ```
//! use article_annotator::{annotate_text, Options};
//! let a = annotate_text("Pavel Durov spoke. “We remove posts,” he said. He called it “a misguided approach”.", &Options::default());
//! let q: Vec<(&str, &str)> = a.quotes.iter().map(|q| (q.kind, q.speaker.as_ref().unwrap().text.as_str())).collect();
//! assert_eq!(q, vec![("direct", "he"), ("partial", "He")]);
//! ```

use crate::coref::Linked;
use crate::lexicon::{lexicon, SPEAKER_PRONOUNS};
use crate::segment::{Document, Kind as TokKind};
use crate::Label;
use std::ops::Range;

/// Deepest nesting of open quotes kept per paragraph; marks beyond it are ignored.
pub const MAX_DEPTH: usize = 8;
/// Tokens between a description's "the" and its role word ("the Russian-born CEO").
const DESCRIPTION_WORDS: usize = 3;
/// How many tokens around a quote are searched for its cue and speaker (keeps the work linear).
const CUE_WINDOW: usize = 40;
/// How many mentions back a pronoun or description looks for the entity it names.
const RESOLVE_WINDOW: usize = 200;

/// Direct statement or a fragment in the writer's sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Partial,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
        }
    }
}

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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Angle,
    SingleAngle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// A straight quote that could be either.
    Either(Family),
    /// Closes an open single quote, else is an apostrophe ("Jesus’").
    CloseOrApostrophe(Family),
    Apostrophe,
}

fn is_open_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '„' | '‚' | '«' | '‹' | '"' | '\'' | ':'),
    }
}

fn is_close_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…' | '—' | '–' | '-' | '/' | '”' | '’' | '»' | '›' | '"' | '\''),
    }
}

/// The quotation marks this stage knows.
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '"' | '‘' | '‚' | '’' | '\'' | '«' | '»' | '‹' | '›')
}

/// What a quotation mark does here, given the characters around it.
fn role(mark: char, prev: Option<char>, next: Option<char>) -> Option<Role> {
    let left = is_open_context(prev) && !is_close_context(next);
    let right = !is_open_context(prev) && is_close_context(next);
    let letters = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphabetic);
    use Family::*;
    use Role::*;
    Some(match mark {
        '“' => if right { Close(Double) } else { Open(Double) },
        '”' => if left { Open(Double) } else { Close(Double) },
        '„' => Open(Double),
        '"' => if left { Open(Double) } else if right { Close(Double) } else { Either(Double) },
        '‘' | '‚' => if letters { Apostrophe } else if right { Close(Single) } else { Open(Single) },
        '’' | '\'' => {
            if letters || (left && next.is_some_and(|c| c.is_ascii_digit())) {
                Apostrophe
            } else if left && mark == '\'' {
                Open(Single)
            } else if right {
                CloseOrApostrophe(Single)
            } else {
                Apostrophe
            }
        }
        '«' => if right { Close(Angle) } else { Open(Angle) },
        '»' => if left { Open(Angle) } else { Close(Angle) },
        '‹' => if right { Close(SingleAngle) } else { Open(SingleAngle) },
        '›' => if left { Open(SingleAngle) } else { Close(SingleAngle) },
        _ => return None,
    })
}

/// An open mark waiting for its closer.
#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    at: usize,
    len: usize,
}

/// Finds the quotes of the document (marks paired, spans set; kinds and speakers not yet).
fn pair_marks(doc: &Document) -> Vec<Quote> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut carried: Option<Open> = None;
    for (bi, b) in doc.blocks.iter().enumerate() {
        let block = &text[b.start..b.end];
        let mut stack: Vec<Open> = Vec::new();
        let mut skip_first_open = false;
        if let Some(c) = carried.take() {
            stack.push(c);
            skip_first_open = true; // the re-opening mark of a continued quote
        }
        let mut prev: Option<char> = None;
        let mut chars = block.char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            if !is_mark(ch) {
                prev = Some(ch);
                continue;
            }
            let next = chars.peek().map(|&(_, c)| c);
            let r = role(ch, prev, next);
            prev = Some(ch);
            let Some(r) = r else { continue };
            let at = b.start + i;
            let len = ch.len_utf8();
            if skip_first_open {
                skip_first_open = false;
                if i == 0 && matches!(r, Role::Open(f) | Role::Either(f) if f == stack[0].family) {
                    continue;
                }
            }
            let close = |stack: &mut Vec<Open>, f: Family, out: &mut Vec<Quote>| -> bool {
                let Some(k) = stack.iter().rposition(|o| o.family == f) else { return false };
                let o = stack[k];
                stack.truncate(k);
                push_quote(text, o, at, Some(at..at + len), stack.len(), out);
                true
            };
            match r {
                Role::Open(f) => {
                    if stack.len() < MAX_DEPTH {
                        stack.push(Open { family: f, at, len });
                    }
                }
                Role::Close(f) => {
                    close(&mut stack, f, &mut out);
                }
                Role::Either(f) => {
                    if !close(&mut stack, f, &mut out) && stack.len() < MAX_DEPTH {
                        stack.push(Open { family: f, at, len });
                    }
                }
                Role::CloseOrApostrophe(f) => {
                    close(&mut stack, f, &mut out);
                }
                Role::Apostrophe => {}
            }
        }
        // what is still open: the outermost double or angle quote continues if the next
        // paragraph opens the same way; everything else ends here
        let Some(&outer) = stack.first() else { continue };
        let continues = matches!(outer.family, Family::Double | Family::Angle)
            && doc.blocks.get(bi + 1).is_some_and(|nb| {
                let mut cs = text[nb.start..nb.end].chars();
                let first = cs.next();
                let second = cs.next();
                first.and_then(|c| role(c, None, second)).is_some_and(|r| matches!(r, Role::Open(f) | Role::Either(f) if f == outer.family))
            });
        if continues {
            carried = Some(outer);
        } else if matches!(outer.family, Family::Double | Family::Angle) {
            push_quote(text, outer, b.end, None, 0, &mut out);
        }
    }
    out.sort_by_key(|q| (q.open, q.depth));
    out
}

/// Adds the quote opened by `o` and ending at byte `end` (the closing mark or the paragraph end).
fn push_quote(text: &str, o: Open, end: usize, close: Option<Range<usize>>, depth: usize, out: &mut Vec<Quote>) {
    let inner = &text[o.at + o.len..end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() || !trimmed.chars().any(char::is_alphanumeric) {
        return;
    }
    let start = o.at + o.len + lead;
    out.push(Quote {
        start,
        end: start + trimmed.len(),
        open: o.at,
        close,
        depth,
        kind: QuoteKind::Partial,
        speaker: None,
        cue: None,
    });
}

/// Finds quotes with kinds and speakers. `mentions` are sorted by start.
pub fn find_quotes(doc: &Document, mentions: &[Linked]) -> Vec<Quote> {
    let mut quotes = pair_marks(doc);
    let ctx = Context::new(doc, mentions, &quotes);
    let mut last: Option<usize> = None; // the last top-level quote
    for qi in 0..quotes.len() {
        if quotes[qi].depth > 0 {
            continue;
        }
        let q = &quotes[qi];
        let kind = ctx.kind(q);
        let prev = last.map(|p| &quotes[p]);
        let (speaker, cue) = ctx.attribute(q, prev);
        let q = &mut quotes[qi];
        q.kind = kind;
        q.speaker = speaker;
        q.cue = cue;
        last = Some(qi);
    }
    quotes
}

/// What speaker attribution needs to know about the document.
struct Context<'d, 'a> {
    doc: &'d Document<'a>,
    mentions: &'d [Linked],
    /// For each token: inside some quote.
    in_quote: Vec<bool>,
    /// For each token: the mention that ends there.
    mention_ending: Vec<Option<usize>>,
    /// For each token: the mention that starts there.
    mention_starting: Vec<Option<usize>>,
}

impl<'d, 'a> Context<'d, 'a> {
    fn new(doc: &'d Document<'a>, mentions: &'d [Linked], quotes: &[Quote]) -> Self {
        let n = doc.tokens.len();
        let mut in_quote = vec![false; n];
        for q in quotes.iter().filter(|q| q.depth == 0) {
            let mut k = doc.token_at_or_after(q.start);
            while k < n && doc.tokens[k].start < q.end {
                in_quote[k] = true;
                k += 1;
            }
        }
        let mut mention_ending = vec![None; n];
        let mut mention_starting = vec![None; n];
        for (mi, m) in mentions.iter().enumerate() {
            if m.tokens.end > 0 && m.tokens.end <= n {
                mention_ending[m.tokens.end - 1] = Some(mi);
                mention_starting[m.tokens.start] = Some(mi);
            }
        }
        Context { doc, mentions, in_quote, mention_ending, mention_starting }
    }

    fn w(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    fn kind(&self, q: &Quote) -> QuoteKind {
        let text = self.doc.text;
        let first = text[q.start..q.end].chars().find(|c| c.is_alphanumeric());
        let capital = first.is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let block = &self.doc.blocks[self.block_of(q.open)];
        let before = text[block.start..q.open].trim_end();
        let after_break = before.is_empty()
            || before.ends_with([':', ',', '—', '–', '-', '.', '!', '?', '”', '"', '»', '…']);
        if capital && after_break {
            QuoteKind::Direct
        } else {
            QuoteKind::Partial
        }
    }

    fn block_of(&self, byte: usize) -> usize {
        self.doc.blocks.partition_point(|b| b.end <= byte).min(self.doc.blocks.len().saturating_sub(1))
    }

    /// Speaker and cue for a top-level quote; `prev` is the top-level quote before it.
    fn attribute(&self, q: &Quote, prev: Option<&Quote>) -> (Option<Speaker>, Option<Range<usize>>) {
        let doc = self.doc;
        let n = doc.tokens.len();
        let open_tok = doc.token_at_or_after(q.open);
        if open_tok >= n {
            return (None, None);
        }
        let sent = &doc.sentences[doc.sentence_of(open_tok)];
        // (A) a cue right after the closing mark, in the same sentence
        if let Some(close) = &q.close {
            let mut j = doc.token_at_or_after(close.end);
            if j < n {
                let end = doc.sentences[doc.sentence_of(j)].tokens.end.min(j + CUE_WINDOW);
                while j < end && matches!(self.w(j), "," | "—" | "–" | "-") {
                    j += 1;
                }
                if j < end && self.sentence_continues(close.end, j) {
                    if let Some(r) = self.cue_after(j, end) {
                        return r;
                    }
                }
            }
        }
        // (B) a reporting verb before the quote in its sentence, or in the sentence that ends the
        // previous paragraph with a colon
        let mut scan = Some((sent.tokens.start.max(open_tok.saturating_sub(CUE_WINDOW)), open_tok));
        let block = self.block_of(q.open);
        if open_tok == doc.blocks[block].tokens.start && block > 0 {
            let pb = &doc.blocks[block - 1];
            if doc.text[pb.start..pb.end].ends_with(':') && pb.sentences.end > 0 {
                let ps = &doc.sentences[pb.sentences.end - 1];
                scan = Some((ps.tokens.start.max(ps.tokens.end.saturating_sub(CUE_WINDOW)), ps.tokens.end));
            }
        }
        if let Some((from, to)) = scan {
            if let Some(r) = self.cue_before(from, to) {
                return r;
            }
        }
        // (C) it continues the previous quote: same sentence, or a paragraph that is only a quote
        if let Some(p) = prev {
            let same_sentence = p.end >= sent.start && p.start < q.start;
            let whole_block = open_tok == doc.blocks[block].tokens.start && block > 0 && self.block_of(p.start) + 1 >= block;
            if (same_sentence || whole_block) && p.speaker.is_some() {
                return (p.speaker.clone(), None);
            }
        }
        // (D) the subject of the sentence: its first name, pronoun or description
        for k in sent.tokens.start..open_tok.min(sent.tokens.start + CUE_WINDOW) {
            if self.in_quote[k] {
                continue;
            }
            if let Some((r, cl)) = self.speaker_at(k) {
                return (Some(self.speaker(r, cl)), None);
            }
        }
        (None, None)
    }

    /// No sentence end between the closing mark and token `j`.
    fn sentence_continues(&self, from: usize, j: usize) -> bool {
        let gap = &self.doc.text[from..self.doc.tokens[j].start];
        !gap.contains(['.', '!', '?', '\n'])
    }

    /// "Durov said", "he added", "said Durov", "according to Durov" at token `j`.
    fn cue_after(&self, j: usize, end: usize) -> Option<(Option<Speaker>, Option<Range<usize>>)> {
        let l = lexicon();
        // speaker then cue (one adverb allowed between)
        if let Some((r, cl)) = self.speaker_at(j) {
            let mut c = r.end;
            if c < end && (self.w(c).ends_with("ly") || self.w(c) == "also") {
                c += 1;
            }
            if c < end && l.cue_verbs.contains(self.w(c)) {
                return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
            }
        }
        // cue then speaker
        if j < end && l.cue_verbs.contains(self.w(j)) {
            let mut s = j + 1;
            if self.w(j) == "according" && s < end && self.w(s) == "to" {
                s += 1;
            }
            while s < end && l.titles.contains(self.w(s)) {
                s += 1;
            }
            if let Some((r, cl)) = self.speaker_at(s) {
                return Some((Some(self.speaker(r, cl)), Some(self.tok_span(j))));
            }
        }
        None
    }

    /// The nearest reporting verb before token `to` (from token `from`), and its speaker.
    fn cue_before(&self, from: usize, to: usize) -> Option<(Option<Speaker>, Option<Range<usize>>)> {
        let l = lexicon();
        for c in (from..to).rev() {
            if self.in_quote[c] || !l.cue_verbs.contains(self.w(c)) {
                continue;
            }
            if self.w(c) == "according" {
                if let Some((r, cl)) = self.speaker_at(c + 2).filter(|_| c + 2 < to && self.w(c + 1) == "to") {
                    return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
                }
                continue;
            }
            // the nearest speaker before the verb, else right after it ("said Durov: “…”")
            let before = (from.max(c.saturating_sub(CUE_WINDOW))..c).rev().filter(|&k| !self.in_quote[k]).find_map(|k| self.speaker_ending_at(k, from));
            let found = before.or_else(|| self.speaker_at(c + 1).filter(|(r, _)| r.end <= to));
            if let Some((r, cl)) = found {
                return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
            }
        }
        None
    }

    fn tok_span(&self, i: usize) -> Range<usize> {
        self.doc.tokens[i].start..self.doc.tokens[i].end
    }

    fn speaker(&self, r: Range<usize>, cluster: Option<usize>) -> Speaker {
        Speaker { start: self.doc.tokens[r.start].start, end: self.doc.tokens[r.end - 1].end, cluster }
    }

    /// A speaker phrase starting at token `i`: a person or organisation name, a pronoun, a description.
    fn speaker_at(&self, i: usize) -> Option<(Range<usize>, Option<usize>)> {
        if i >= self.doc.tokens.len() {
            return None;
        }
        if let Some(mi) = self.mention_starting[i] {
            let m = &self.mentions[mi];
            return matches!(m.label, Label::Person | Label::Org).then(|| (m.tokens.clone(), Some(m.cluster)));
        }
        if let Some(cl) = self.pronoun(i) {
            return Some((i..i + 1, cl));
        }
        if self.w(i).eq_ignore_ascii_case("the") {
            for e in i + 1..(i + 1 + DESCRIPTION_WORDS).min(self.doc.tokens.len()) {
                if let Some(org) = self.role(e) {
                    return Some((i..e + 1, self.resolve(i, org)));
                }
                if self.doc.tokens[e].kind == TokKind::Punct {
                    break;
                }
            }
        }
        None
    }

    /// A speaker phrase ending at token `k` (not reaching before `from`).
    fn speaker_ending_at(&self, k: usize, from: usize) -> Option<(Range<usize>, Option<usize>)> {
        if let Some(mi) = self.mention_ending[k] {
            let m = &self.mentions[mi];
            return matches!(m.label, Label::Person | Label::Org).then(|| (m.tokens.clone(), Some(m.cluster)));
        }
        if let Some(cl) = self.pronoun(k) {
            return Some((k..k + 1, cl));
        }
        if let Some(org) = self.role(k) {
            let lo = k.saturating_sub(DESCRIPTION_WORDS).max(from);
            if let Some(t) = (lo..k).rev().find(|&t| self.w(t).eq_ignore_ascii_case("the")) {
                return Some((t..k + 1, self.resolve(t, org)));
            }
        }
        None
    }

    /// A pronoun that can name a speaker, resolved.
    fn pronoun(&self, i: usize) -> Option<Option<usize>> {
        let w = self.w(i);
        let (_, person) = SPEAKER_PRONOUNS.iter().find(|(p, _)| w.eq_ignore_ascii_case(p))?;
        if w.eq_ignore_ascii_case("i") || w.eq_ignore_ascii_case("we") {
            return None; // the speaker inside a quote, not the one quoted
        }
        Some(self.resolve(i, !person))
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

    /// The nearest person (or organisation) mentioned before token `i`, outside quotes.
    fn resolve(&self, i: usize, org: bool) -> Option<usize> {
        let want = if org { Label::Org } else { Label::Person };
        let pos = self.doc.tokens[i].start;
        let upto = self.mentions.partition_point(|m| m.start < pos);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(RESOLVE_WINDOW)
            .find(|m| m.label == want && !self.in_quote[m.tokens.start])
            .map(|m| m.cluster)
    }
}
