//! Quotation marks: what each mark does, and how they pair into quotes.
//!
//! Every quotation mark is judged by what stands on either side of it: an opening mark
//! has space (or an opening bracket, dash or opening mark) before it and text after it; a closing
//! mark the reverse. A mark right after another mark takes its context from what that mark did
//! (after a closer it counts as being after a word). So “…“ (a wrong-way closing mark) still closes,
//! ”…” still opens, straight quotes work as openers and closers, and every system is read: “…”,
//! ‘…’, "…", '…', „…“, „…”, ‚…‘, «…», ‹…›, »…«, ›…‹, and ’’…’’ or ''…'' typed for double marks.
//! A double mark before clause punctuation closes even after a space (“ Title “,), one between
//! spaces may open or close, and a straight quote after a digit never opens (70" is inches).
//!
//! Apostrophes are told from single quotes: inside a word (didn’t, Durov’s, O’Brien), in elisions
//! (rock ’n’ roll, the ’90s, even ‘90s), and at a word end (Jesus’, the players’, goin’), where the
//! mark is only a *candidate* closer. A single quote closes at once at a candidate followed by
//! punctuation (‘…,’ or ‘…’.), and otherwise at its best candidate (one after a letter other than s
//! beats one after an s, which may be a plural possessive; a later one beats an earlier one of the
//! same rank) once something decides: another single quote opens, the quote around it closes, or
//! the paragraph ends.
//!
//! Marks are paired with a stack per paragraph (at most [`MAX_DEPTH`] open), so nested quotes pair
//! inside their outer quote. A paragraph that leaves a statement-like quote open (one that starts
//! the paragraph or follows a colon, comma or sentence end, with a capital) continues it when the
//! next paragraph opens with a mark of the same kind, the news convention for quotes over several
//! paragraphs; the quote then runs from its first paragraph to its last. Any other open double or
//! angle quote ends with its paragraph, and never swallows the rest of the article; an open single
//! quote is kept only when it is statement-like (a headline’s ‘We will fight), since a stray ‘ is
//! more often an apostrophe. An unmatched closing mark is ignored.

use super::{Quote, MAX_DEPTH};
use crate::segment::Document;
use crate::types::QuoteKind;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Angle,
    SingleAngle,
}

/// How sure a word-final ’ is to close a single quote: after an s it may be a plural possessive
/// ("the players’"), after another letter an elision ("goin’"); before punctuation it closes.
type Strength = u8;
const AFTER_S: Strength = 1;
const AFTER_WORD: Strength = 2;
const BEFORE_PUNCT: Strength = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open(Family),
    Close(Family),
    /// A straight quote that could be either.
    Either(Family),
    /// May close an open single quote, else is an apostrophe ("Jesus’").
    CloseOrApostrophe(Family, Strength),
    Apostrophe,
}

/// The characters around a mark inside its paragraph: two before (the first as seen by the
/// pairing, see [`pair_marks`]), three after.
#[derive(Clone, Copy, Debug, Default)]
struct Around {
    prev: Option<char>,
    prev2: Option<char>,
    next: Option<char>,
    next2: Option<char>,
    next3: Option<char>,
}

fn is_open_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '„'
                        | '‚'
                        | '«'
                        | '‹'
                        | '"'
                        | '\''
                        | ':'
                )
        }
    }
}

fn is_close_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '…'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '”'
                        | '’'
                        | '»'
                        | '›'
                        | '"'
                        | '\''
                        | '“'
                )
        }
    }
}

fn is_apostrophe_char(c: Option<char>) -> bool {
    matches!(c, Some('’' | '\'' | '‘' | 'ʼ'))
}

/// Apostrophes that stand for left-out letters or digits: both marks of rock ’n’ roll, and the
/// mark of the ’90s (also typed ‘90s or '90s; a four-digit number after a mark is a quote).
fn is_elision(a: &Around) -> bool {
    let n = |c: Option<char>| matches!(c, Some('n' | 'N'));
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let lone_n = is_open_context(a.prev)
        && n(a.next)
        && is_apostrophe_char(a.next2)
        && !a.next3.is_some_and(char::is_alphanumeric);
    let n_end = n(a.prev) && is_apostrophe_char(a.prev2);
    let year = is_open_context(a.prev) && digit(a.next) && digit(a.next2) && !digit(a.next3);
    lone_n || n_end || year
}

/// The quotation marks `role` knows.
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '"' | '‘' | '‚' | '’' | '\'' | '«' | '»' | '‹' | '›')
}

/// What a quotation mark does here, given the characters around it.
fn role(mark: char, a: &Around) -> Option<Role> {
    let (prev, next) = (a.prev, a.next);
    let left = is_open_context(prev) && !is_close_context(next);
    let right = !is_open_context(prev) && is_close_context(next);
    let letters = prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphabetic);
    // a double mark before clause punctuation closes, even after a space ("“ Title “, …"); one
    // between spaces could be either; one after a digit is inches or a closer, never an opener
    let before_punct = matches!(next, Some(',' | ';' | ':' | '!' | '?' | ')'))
        || (next == Some('.') && a.next2 != Some('.'));
    let spaced = prev.is_some_and(char::is_whitespace) && next.is_some_and(char::is_whitespace);
    let after_digit = prev.is_some_and(|c| c.is_ascii_digit());
    use Family::*;
    use Role::*;
    if matches!(mark, '‘' | '’' | '\'') && is_elision(a) {
        return Some(Apostrophe);
    }
    Some(match mark {
        '“' => {
            if right || before_punct {
                Close(Double)
            } else if spaced {
                Either(Double)
            } else {
                Open(Double)
            }
        }
        '”' => {
            if left {
                Open(Double)
            } else if spaced {
                Either(Double)
            } else {
                Close(Double)
            }
        }
        '„' => Open(Double),
        '"' => {
            if right || before_punct || after_digit {
                Close(Double)
            } else if left {
                Open(Double)
            } else {
                Either(Double)
            }
        }
        '‘' | '‚' => {
            if letters {
                Apostrophe
            } else if right {
                Close(Single)
            } else {
                Open(Single)
            }
        }
        '’' | '\'' => {
            if letters || (left && next.is_some_and(|c| c.is_ascii_digit())) {
                Apostrophe
            } else if left && mark == '\'' {
                Open(Single)
            } else if right {
                let strength = match (prev, next) {
                    (_, Some(n)) if !n.is_whitespace() => BEFORE_PUNCT,
                    (_, None) => BEFORE_PUNCT,
                    (Some('s' | 'S'), _) => AFTER_S,
                    _ => AFTER_WORD,
                };
                CloseOrApostrophe(Single, strength)
            } else {
                Apostrophe
            }
        }
        '«' => {
            if right {
                Close(Angle)
            } else {
                Open(Angle)
            }
        }
        '»' => {
            if left {
                Open(Angle)
            } else {
                Close(Angle)
            }
        }
        '‹' => {
            if right {
                Close(SingleAngle)
            } else {
                Open(SingleAngle)
            }
        }
        '›' => {
            if left {
                Open(SingleAngle)
            } else {
                Close(SingleAngle)
            }
        }
        _ => return None,
    })
}

/// A closing candidate of an open single quote.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    at: usize,
    len: usize,
    strength: Strength,
}

/// An open mark waiting for its closer.
#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    at: usize,
    len: usize,
    /// The best word-final ’ seen so far that may close this (single) quote.
    pending: Option<Candidate>,
    /// Continued from the previous paragraph.
    carried: bool,
}

/// Marks that end a clause before a quote that starts a statement.
const BREAKS: [char; 12] = [':', ',', '—', '–', '-', '.', '!', '?', '”', '"', '»', '…'];

/// A quote opened at byte `open` (its words from `content`) starts a statement: capital (or digit)
/// first, or a cut marked by an ellipsis ("…and then"), at the start of its paragraph (which begins
/// at byte `block_start`) or after a break.
pub(super) fn opens_statement(text: &str, block_start: usize, open: usize, content: &str) -> bool {
    let first = content.chars().find(|c| c.is_alphanumeric());
    let cut = content.starts_with(['…', '.']);
    let capital = cut || first.is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let before = text[block_start..open].trim_end();
    capital && (before.is_empty() || before.ends_with(BREAKS))
}

/// Pairs the marks of one paragraph.
struct Pairing<'t, 'o> {
    text: &'t str,
    stack: Vec<Open>,
    out: &'o mut Vec<Quote>,
}

impl Pairing<'_, '_> {
    /// Closes the open quote `k` with the mark at `at..at + len`; quotes opened inside it end at
    /// their closing candidate if they have one, else are dropped.
    fn close(&mut self, k: usize, at: usize, len: usize) {
        for m in k + 1..self.stack.len() {
            if let Some(c) = self.stack[m].pending {
                push_quote(self.text, self.stack[m], c.at, Some(c.at..c.at + c.len), m, self.out);
            }
        }
        let o = self.stack[k];
        self.stack.truncate(k);
        push_quote(self.text, o, at, Some(at..at + len), k, self.out);
    }

    /// Closes the innermost open quote of family `f`; false when there is none.
    fn close_family(&mut self, f: Family, at: usize, len: usize) -> bool {
        match self.stack.iter().rposition(|o| o.family == f) {
            Some(k) => {
                self.close(k, at, len);
                true
            }
            None => false,
        }
    }

    /// Closes the open quote `k` at its best closing candidate.
    fn settle(&mut self, k: usize) {
        if let Some(c) = self.stack[k].pending {
            self.close(k, c.at, c.len);
        }
    }

    fn push(&mut self, family: Family, at: usize, len: usize) {
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(Open { family, at, len, pending: None, carried: false });
        }
    }

    /// Applies a mark's role; true when the mark opened a quote.
    fn apply(&mut self, r: Role, at: usize, len: usize) -> bool {
        match r {
            Role::Open(f) => {
                // a single quote does not nest in a single quote: one with a candidate closes there
                if f == Family::Single {
                    if let Some(k) =
                        self.stack.iter().rposition(|o| o.family == f && o.pending.is_some())
                    {
                        self.settle(k);
                    }
                }
                self.push(f, at, len);
                true
            }
            Role::Close(f) => {
                self.close_family(f, at, len);
                false
            }
            Role::Either(f) => {
                if self.close_family(f, at, len) {
                    false
                } else {
                    self.push(f, at, len);
                    true
                }
            }
            Role::CloseOrApostrophe(f, strength) => {
                if let Some(k) = self.stack.iter().rposition(|o| o.family == f) {
                    if strength >= BEFORE_PUNCT {
                        self.close(k, at, len);
                    } else if self.stack[k].pending.filter(|p| strength < p.strength).is_none() {
                        self.stack[k].pending = Some(Candidate { at, len, strength });
                    }
                }
                false
            }
            Role::Apostrophe => false,
        }
    }
}

/// Finds the quotes of the document (marks paired, spans set; kinds and speakers not yet).
pub(super) fn pair_marks(doc: &Document) -> Vec<Quote> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut carried: Option<Open> = None;
    for (bi, b) in doc.blocks.iter().enumerate() {
        let block = &text[b.start..b.end];
        let mut p = Pairing { text, stack: Vec::new(), out: &mut out };
        let mut reopen = false;
        if let Some(c) = carried.take() {
            p.stack.push(c);
            reopen = true; // the re-opening mark of a continued quote is skipped
        }
        // the character before, as the pairing saw it: after a mark that opened, an opening
        // context; after one that closed (or was an apostrophe), a word
        let mut seen: Option<char> = None;
        let mut prev2: Option<char> = None;
        let mut actual: Option<char> = None;
        let mut skip_to = 0;
        let bytes = block.as_bytes();
        // an ASCII byte other than " and ' is never a mark: such runs are skipped in one go
        let plain = |c: u8| c < 0x80 && c != b'"' && c != b'\'';
        let mut next_i = 0;
        while next_i < block.len() {
            let i = next_i;
            if i >= skip_to && plain(bytes[i]) {
                let j = crate::scan::skip_plain(bytes, i + 1, b'"', b'\'');
                prev2 = if j - i >= 2 { Some(bytes[j - 2] as char) } else { actual };
                actual = Some(bytes[j - 1] as char);
                seen = actual;
                next_i = j;
                continue;
            }
            let ch = block[i..].chars().next().unwrap_or(' ');
            next_i = i + ch.len_utf8();
            if i < skip_to {
                continue;
            }
            if !is_mark(ch) {
                // most characters are not marks: only the context is kept
                prev2 = actual;
                actual = Some(ch);
                seen = Some(ch);
                continue;
            }
            let mut len = ch.len_utf8();
            let mut ahead = block[i + len..].chars();
            let mut a = Around {
                prev: seen,
                prev2,
                next: ahead.next(),
                next2: ahead.next(),
                next3: ahead.next(),
            };
            prev2 = actual;
            actual = Some(ch);
            seen = Some(ch);
            // two single marks typed for a double one: ’’ ‘‘ ''
            let mut mark = ch;
            if matches!(ch, '’' | '‘' | '\'') && a.next == Some(ch) {
                mark = match ch {
                    '’' => '”',
                    '‘' => '“',
                    _ => '"',
                };
                len *= 2;
                skip_to = i + len;
                a = Around { next: a.next2, next2: a.next3, next3: ahead.next(), ..a };
            }
            let Some(r) = role(mark, &a) else { continue };
            let at = b.start + i;
            if reopen {
                reopen = false;
                if i == 0 && matches!(r, Role::Open(f) | Role::Either(f) if f == p.stack[0].family)
                {
                    seen = Some(' ');
                    continue;
                }
            }
            let opened = p.apply(r, at, len);
            seen = Some(if opened { ' ' } else { 'a' });
        }
        // single quotes with a closing candidate end there
        while let Some(k) = p.stack.iter().rposition(|o| o.pending.is_some()) {
            p.settle(k);
        }
        // what is still open: the outermost quote continues if it is a statement and the next
        // paragraph opens the same way; otherwise it ends here (single quotes only when they
        // are statements: a stray ‘ is more often an apostrophe)
        let Some(&outer) = p.stack.first() else { continue };
        let content = &text[(outer.at + outer.len).min(b.end)..b.end];
        let statement = outer.carried || opens_statement(text, b.start, outer.at, content);
        let continues = statement
            && doc.blocks.get(bi + 1).is_some_and(|nb| {
                let mut cs = text[nb.start..nb.end].chars();
                let first = cs.next();
                let a = Around {
                    next: cs.next(),
                    next2: cs.next(),
                    next3: cs.next(),
                    ..Around::default()
                };
                first.and_then(|c| role(c, &a)).is_some_and(
                    |r| matches!(r, Role::Open(f) | Role::Either(f) if f == outer.family),
                )
            });
        if continues {
            carried = Some(Open { carried: true, pending: None, ..outer });
        } else if statement || matches!(outer.family, Family::Double | Family::Angle) {
            push_quote(text, outer, b.end, None, 0, &mut out);
        }
    }
    out.sort_by_key(|q| (q.open, q.depth));
    out
}

/// Adds the quote opened by `o` and ending at byte `end` (the closing mark or the paragraph end).
fn push_quote(
    text: &str,
    o: Open,
    end: usize,
    close: Option<Range<usize>>,
    depth: usize,
    out: &mut Vec<Quote>,
) {
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

