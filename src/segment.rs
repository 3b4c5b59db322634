//! Stage 2: tokens and sentences inside each block.
//!
//! Tokens keep byte spans into the input. Words keep inner hyphens ("Russian-born"), inner
//! apostrophes ("didn’t", "We’ve") and inner periods ("U.S.", "i.e."); a possessive "’s" is a token
//! of its own so that names never include it. Sentences end at `.`, `!`, `?` and `…` (with any
//! closing quote marks after them) when the next word does not start in lowercase, and never after
//! a title or most abbreviations ("Mr.", "Sept. 5").
//!
//! ```
//! use article_annotator::segment::Document;
//! let d = Document::new("Durov’s app didn’t stop. Mr. Putin spoke on Sept. 5 in the U.S. today.");
//! let words: Vec<&str> = d.tokens.iter().map(|t| d.tok(t)).collect();
//! assert_eq!(&words[..5], &["Durov", "’s", "app", "didn’t", "stop"]);
//! assert_eq!(d.sentences.len(), 2);
//! ```

use crate::blocks::blocks;
use crate::lexicon::lexicon;
use std::ops::Range;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and inner hyphens, apostrophes, periods).
    Word,
    /// Starts with a digit ("2018", "7,000", "39-year-old").
    Number,
    /// A possessive ending: "’s", "'s".
    Possessive,
    /// One punctuation character, or "..." as one token.
    Punct,
    /// Anything else: currency signs, emoji, symbols.
    Symbol,
}

/// One token: a byte span and what it is.
#[derive(Clone, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// First word of its sentence, or first word right after an opening quote mark or a colon:
    /// its capital letter says nothing about it being a name.
    pub cap_free: bool,
    /// The token ends with a period that belongs to it (an abbreviation: "Sept.", "U.S.").
    pub abbrev: bool,
}

/// A sentence: byte span and the range of its tokens.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    pub block: usize,
}

/// A block (paragraph or line) with its sentences and tokens.
#[derive(Clone, Debug)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub sentences: Range<usize>,
    pub tokens: Range<usize>,
}

/// The segmented text: blocks, sentences and tokens, all with byte spans.
pub struct Document<'a> {
    pub text: &'a str,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl<'a> Document<'a> {
    /// Segments plain text: lines are blocks.
    pub fn new(text: &'a str) -> Self {
        Self::from_blocks(text, blocks(text))
    }

    /// Segments `text` given its blocks (byte ranges, in order, not overlapping).
    pub fn from_blocks(text: &'a str, spans: impl Iterator<Item = Range<usize>>) -> Self {
        // news text has about one token per six bytes: room for most texts without regrowing
        let mut doc = Document {
            text,
            blocks: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::with_capacity(text.len() / 5 + 8),
        };
        for span in spans {
            let t0 = doc.tokens.len();
            tokenize(text, span.clone(), &mut doc.tokens);
            let s0 = doc.sentences.len();
            let b = doc.blocks.len();
            split_sentences(text, t0, &mut doc.tokens, b, &mut doc.sentences);
            doc.blocks.push(Block {
                start: span.start,
                end: span.end,
                sentences: s0..doc.sentences.len(),
                tokens: t0..doc.tokens.len(),
            });
        }
        doc
    }

    /// The text of a token.
    pub fn tok(&self, t: &Token) -> &'a str {
        &self.text[t.start..t.end]
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.tok(&self.tokens[i])
    }

    /// Index of the sentence holding token `i` (binary search).
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }

    /// Index of the first token that starts at or after byte `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }
}

/// Letters, digits and combining marks continue a word.
#[inline]
pub fn is_word_char(c: char) -> bool {
    // General Punctuation (curly quotes, dashes, ellipsis, spaces) holds no letter or digit: spared
    // the Unicode tables, which news text would ask at every quote mark; its joiner is a combining mark
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return c == '\u{200D}';
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Combining marks (they belong to the letter before them).
pub fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D)
}

/// Apostrophes that may sit inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// ASCII letters and digits, by byte (one load instead of range tests in the hottest loop).
const ASCII_ALNUM: [bool; 128] = {
    let mut t = [false; 128];
    let mut c = 0;
    while c < 128 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// Splits `text[span]` into tokens, appended to `out`.
fn tokenize(text: &str, span: Range<usize>, out: &mut Vec<Token>) {
    let s = &text[span.clone()];
    let base = span.start;
    let b = s.as_bytes();
    let mut i = 0;
    let char_at = |i: usize| match b.get(i) {
        Some(&x) if x < 0x80 => Some(x as char),
        _ => s[i..].chars().next(),
    };
    // the end of the run of word chars from byte j (ASCII fast path)
    let word_end = |mut j: usize| -> usize {
        while j < b.len() {
            let x = b[j];
            if x < 0x80 {
                if !ASCII_ALNUM[x as usize] {
                    break;
                }
                j += 1;
            } else {
                match char_at(j) {
                    Some(c) if is_word_char(c) => j += c.len_utf8(),
                    _ => break,
                }
            }
        }
        j
    };
    while i < s.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let c = match char_at(i) {
            Some(c) => c,
            None => break,
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        if is_word_char(c) {
            let mut j = i;
            // the word so far is an initialism ("U.S"), and where its last part starts: each part is
            // checked once, so a long "a.b.c.d…" stays linear
            let mut initialism = true;
            let mut part = i;
            loop {
                j = word_end(j);
                // most words end at a space or a mark that cannot continue them
                if b.get(j).is_some_and(|&x| x < 0x80 && !matches!(x, b'-' | b'\'' | b',' | b'.')) {
                    break;
                }
                let Some(next) = char_at(j) else { break };
                let after = char_at(j + next.len_utf8());
                let prev_digit = j > 0 && b[j - 1].is_ascii_digit();
                match (next, after) {
                    (h, Some(a)) if is_hyphen(h) && is_word_char(a) => {
                        // a new part, which may be an initialism of its own ("D-N.Y.")
                        j += h.len_utf8();
                        initialism = true;
                        part = j;
                    }
                    (ap, Some(a)) if is_apostrophe(ap) && a.is_alphabetic() => {
                        // "’s" at a word end is a possessive token of its own
                        let k = j + ap.len_utf8();
                        let tail_end =
                            k + s[k..].find(|c: char| !is_word_char(c)).unwrap_or(s.len() - k);
                        if s[k..tail_end].eq_ignore_ascii_case("s") {
                            break;
                        }
                        j = k;
                        initialism = false;
                    }
                    (',' | '.', Some(a)) if prev_digit && a.is_ascii_digit() => {
                        j += 1;
                        initialism = false;
                    }
                    ('.', Some(a))
                        if a.is_alphabetic() && initialism && is_initialism(&s[part..j]) =>
                    {
                        j += 1;
                        part = j;
                    }
                    _ => break,
                }
            }
            let word = &s[start..j];
            let mut abbrev = false;
            if s[j..].starts_with('.') && takes_period(word) {
                j += 1;
                abbrev = true;
            }
            let kind = if c.is_ascii_digit() { Kind::Number } else { Kind::Word };
            out.push(Token { start: base + start, end: base + j, kind, cap_free: false, abbrev });
            i = j;
            // the possessive after it
            if let Some(ap) = char_at(i).filter(|&c| is_apostrophe(c)) {
                let k = i + ap.len_utf8();
                if s[k..].starts_with(['s', 'S']) && !char_at(k + 1).is_some_and(is_word_char) {
                    out.push(Token {
                        start: base + i,
                        end: base + k + 1,
                        kind: Kind::Possessive,
                        cap_free: false,
                        abbrev: false,
                    });
                    i = k + 1;
                }
            }
            continue;
        }
        let len = if s[i..].starts_with("...") { 3 } else { c.len_utf8() };
        let kind = if c.is_ascii_punctuation() || is_unicode_punct(c) {
            Kind::Punct
        } else {
            Kind::Symbol
        };
        out.push(Token {
            start: base + i,
            end: base + i + len,
            kind,
            cap_free: false,
            abbrev: false,
        });
        i += len;
    }
}

/// "U", "U.S", "i", "i.e": letters separated by single periods, each part one or two letters.
fn is_initialism(w: &str) -> bool {
    !w.is_empty()
        && w.split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

/// Whether a period after `word` belongs to it.
fn takes_period(word: &str) -> bool {
    word.contains('.') // "U.S" + "."
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase)) // an initial: "J."
        || lexicon().abbreviations.contains(word)
}

/// Unicode punctuation that matters here: quote marks, dashes, ellipsis, brackets.
pub fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '‘'
            | '’'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '–'
            | '—'
            | '―'
            | '…'
            | '‐'
            | '‑'
            | '¡'
            | '¿'
            | '·'
            | '•'
    )
}

/// Marks that may close a quotation or bracket after a sentence's last punctuation.
fn is_closer(c: &str) -> bool {
    matches!(c, "”" | "’" | "\"" | "'" | "»" | "›" | ")" | "]" | "“")
}

fn is_terminal(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…" | "..." | "!?" | "?!")
}

/// Titles never end a sentence even before a capital ("Mr. Putin").
fn is_title_abbrev(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    lexicon().titles.contains(w) || lexicon().titles.contains(format!("{w}.").as_str())
}

/// Splits the tokens `t0..` (one block) into sentences; marks cap-free words.
fn split_sentences(
    text: &str,
    t0: usize,
    tokens: &mut [Token],
    block: usize,
    out: &mut Vec<Sentence>,
) {
    let n = tokens.len();
    let first_sentence = out.len();
    let mut start = t0;
    let mut i = t0;
    while i < n {
        let t = &tokens[i];
        let w = &text[t.start..t.end];
        let mut end_here = false;
        let mut last = i;
        if t.kind == Kind::Punct && is_terminal(w) {
            // take closing marks that hug the terminal
            while last + 1 < n
                && tokens[last + 1].start == tokens[last].end
                && is_closer(&text[tokens[last + 1].start..tokens[last + 1].end])
            {
                last += 1;
            }
            end_here = match tokens.get(last + 1) {
                None => true,
                // no sentence starts with a comma: "Mitch McConnell, R-Ky., said"
                Some(nx) => !text[nx.start..].starts_with(|c: char| c.is_lowercase() || c == ',' || c == ';'),
            };
        } else if t.abbrev
            && !is_title_abbrev(w)
            && !w.chars().next().is_some_and(char::is_lowercase)
        {
            // "in the U.S. The ..." ends; "Sept. 5" and "U.S. officials" do not
            if let Some(nx) = tokens.get(i + 1) {
                let nw = &text[nx.start..nx.end];
                end_here = nx.kind == Kind::Word && lexicon().common_words.contains(nw);
            }
        }
        if end_here || last + 1 == n {
            push_sentence(text, tokens, start..last + 1, block, out);
            start = last + 1;
        }
        i = last + 1;
    }
    // cap-free words: the first word of each sentence and the first word after an opening mark or colon
    let mut starts = out[first_sentence..].iter().map(|s| s.tokens.start).peekable();
    let mut pending = false;
    for k in t0..n {
        let is_start = starts.next_if_eq(&k).is_some();
        let after_opener = k > t0 && {
            let p = &tokens[k - 1];
            // openers are one punctuation char: other tokens are none (no slicing for most tokens)
            p.kind == Kind::Punct
                && p.end - p.start <= 3
                && matches!(
                    &text[p.start..p.end],
                    "“" | "‘" | "\"" | "'" | "„" | "«" | ":" | "(" | "—" | "–" | "-" | "‹"
                )
        };
        pending |= is_start || after_opener;
        // leading punctuation is skipped: the mark goes to the next word
        if pending && matches!(tokens[k].kind, Kind::Word | Kind::Number) {
            tokens[k].cap_free = true;
            pending = false;
        }
    }
}

fn push_sentence(
    _text: &str,
    tokens: &[Token],
    r: Range<usize>,
    block: usize,
    out: &mut Vec<Sentence>,
) {
    if r.is_empty() {
        return;
    }
    out.push(Sentence {
        start: tokens[r.start].start,
        end: tokens[r.end - 1].end,
        tokens: r,
        block,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        let d = Document::new(t);
        d.tokens.iter().map(|x| d.tok(x).to_string()).collect()
    }

    fn sentences(t: &str) -> Vec<String> {
        let d = Document::new(t);
        d.sentences.iter().map(|s| t[s.start..s.end].to_string()).collect()
    }

    #[test]
    fn words_keep_inner_marks_and_split_possessives() {
        assert_eq!(
            words("Durov’s 39-year-old U.S. i.e. 7,000 €5"),
            vec!["Durov", "’s", "39-year-old", "U.S.", "i.e.", "7,000", "€", "5"]
        );
        assert_eq!(
            words("didn’t We’ve I'll Jesus’ ’90s"),
            vec!["didn’t", "We’ve", "I'll", "Jesus", "’", "’", "90s"]
        );
    }

    #[test]
    fn initialisms_of_any_length_are_one_word() {
        let long = "a.".repeat(5000);
        assert_eq!(words(&format!("{long} x")), vec![long.as_str(), "x"]);
        assert_eq!(
            words("U.S. e.g.x ab.cd.ef abc.d"),
            vec!["U.S.", "e.g.x", "ab.cd.ef", "abc", ".", "d"]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("He met Mr. Putin on Sept. 5 in Moscow. Then he left."),
            vec!["He met Mr. Putin on Sept. 5 in Moscow.", "Then he left."]
        );
        assert_eq!(
            sentences("It is based in the U.S. The firm agreed."),
            vec!["It is based in the U.S.", "The firm agreed."]
        );
        assert_eq!(
            sentences("Against the service itself, i.e. against Telegram. Again."),
            vec!["Against the service itself, i.e. against Telegram.", "Again."]
        );
        // a comma after the period continues the sentence
        assert_eq!(
            sentences("Mark Evans, R-Ky., said so. Then he left."),
            vec!["Mark Evans, R-Ky., said so.", "Then he left."]
        );
        // an initialism after a hyphen ("D-N.Y.") keeps its periods
        assert_eq!(
            sentences("Sen. Ann Park (D-N.Y.) said so. Then she left."),
            vec!["Sen. Ann Park (D-N.Y.) said so.", "Then she left."]
        );
        assert_eq!(words("(D-N.Y.) well-being."), vec!["(", "D-N.Y.", ")", "well-being", "."]);
    }

    #[test]
    fn quotes_and_ellipses_at_sentence_ends() {
        assert_eq!(
            sentences("“We won.” He left… and came back. “Why?” he asked."),
            vec!["“We won.”", "He left… and came back.", "“Why?” he asked."]
        );
    }

    #[test]
    fn cap_free_marks_sentence_starts_and_quote_starts() {
        let d = Document::new("The man said: “Nobody came.” Durov left.");
        let free: Vec<&str> = d.tokens.iter().filter(|t| t.cap_free).map(|t| d.tok(t)).collect();
        assert_eq!(free, vec!["The", "Nobody", "Durov"]);
    }

    #[test]
    fn general_punctuation_never_continues_a_word() {
        for c in '\u{2000}'..='\u{206F}' {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_combining(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn combining_marks_and_emoji_stay_whole() {
        let t = "Zoe\u{301} 👍🏽 مرحبا";
        assert_eq!(words(t), vec!["Zoe\u{301}", "👍", "🏽", "مرحبا"]);
    }
}
