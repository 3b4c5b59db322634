//! Kinds: is a quotation someone's speech, and if so a whole statement or a fragment?
//!
//! **Term** (nobody's speech; no speaker): the value of a markup attribute (`author="@handle"`,
//! `date="March 9"` of an embedded post) or words that begin with the end of a tag; a quote in
//! the headline (the first paragraph of a longer text when it is short and reads as a title);
//! a quote named rather than quoted (“the so-called ‘reform’”, “known as ‘the Wall’”) when no
//! reporting verb came before it in its sentence; a scare-quoted word or two after a determiner
//! or preposition in a sentence that reports nothing and names nobody (“a ‘closed’ primary”); a title-case quote that reads as a title, a
//! show, a slogan or a nickname: after a possessive (“CBS’s ‘Face the Nation’”), after a word
//! such as “on”, “show” or “called” (“appeared on ‘Meet the Press’”, “called him ‘Little
//! Marco’”), before a word such as “hat” or “show” (“a ‘Make America Great Again’ hat”), or
//! listed after another term (“‘Cheers’ and ‘Frasier’”).
//!
//! **Direct** when the quote starts with a capital (or a digit, or an ellipsis: “…and then”) at
//! the start of a paragraph or sentence or after a colon, comma or dash, or with a capital right
//! after a reporting verb (“Durov Says ‘Nothing Has Changed’”); also the second piece of a direct
//! quote split by its cue (“…,” he said, “and …”). Otherwise **partial**: a fragment of someone's
//! words inside the writer's sentence.

use super::marks::opens_statement;
use super::{Context, Quote, CUE_WINDOW};
use crate::lexicon::{lexicon, NAMING_VERBS};
use crate::segment::{Document, Kind as TokKind};
use crate::types::{Label, QuoteKind};

/// Most words of a headline; a longer first paragraph is the story's first paragraph.
const HEADLINE_WORDS: usize = 20;
/// How far back, in bytes, an opening mark looks for the tag it may stand in.
const TAG_REACH: usize = 256;
/// Most words of a scare quote ("this ‘alternative’ media").
const SCARE_WORDS: usize = 3;
/// Most words of a title-case quote that can be a title, a slogan or a nickname.
const TITLE_WORDS: usize = 10;
/// How many words back a naming verb makes a title-case quote a name ("called his rival").
const NAMING_REACH: usize = 3;
/// Small words a title leaves in lowercase ("Face the Nation", "Party of Five").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
    "from", "as", "vs", "vs.", "de", "is", "are", "&",
];

/// The quote's words are in title case: the first and every word but the small ones capitalised
/// (or numbers), at most [`TITLE_WORDS`] of them.
pub(super) fn is_title_case(content: &str) -> bool {
    let words: Vec<&str> = content
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > TITLE_WORDS {
        return false;
    }
    words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase()
            || first.is_numeric()
            || (i > 0 && TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
    })
}

/// The first paragraph of `doc` is a headline: the text has more paragraphs, and the first is
/// one short sentence that reads as a title (see [`reads_as_headline`]). Counts at most
/// [`HEADLINE_WORDS`] + 1 words.
pub(super) fn first_block_is_headline(doc: &Document) -> bool {
    let (Some(b), true) = (doc.blocks.first(), doc.blocks.len() > 1) else { return false };
    // a headline is one sentence: two are the story's first paragraph, however many names
    // make them look title-cased
    if b.sentences.len() > 1 {
        return false;
    }
    let words = b
        .tokens
        .clone()
        .filter(|&k| doc.tokens[k].kind == TokKind::Word)
        .take(HEADLINE_WORDS + 1)
        .count();
    words <= HEADLINE_WORDS && reads_as_headline(&doc.text[b.start..b.end], words)
}

/// The words of a headline: few, and either in title case or without a sentence end.
pub(super) fn reads_as_headline(block: &str, words: usize) -> bool {
    if words == 0 || words > HEADLINE_WORDS {
        return false;
    }
    let trimmed = block.trim_end_matches(|c: char| "”’\"'»".contains(c) || c.is_whitespace());
    let capitals = block
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .fold((0, 0), |(up, n), w| (up + usize::from(w.starts_with(char::is_uppercase)), n + 1));
    !trimmed.ends_with(['.', '!', '?', '…']) || 2 * capitals.0 > capitals.1
}

impl Context<'_, '_> {
    /// The kind of top-level quote `q`; `prev` is the top-level quote of speech before it and
    /// `prev_term` the term before it, if it is the quote right before this one.
    pub(super) fn kind(&self, q: &Quote, prev: Option<&Quote>, prev_term: Option<&Quote>) -> QuoteKind {
        if self.is_term(q, prev_term) {
            return QuoteKind::Term;
        }
        let text = self.doc.text;
        let block = &self.doc.blocks[self.block_of(q.open)];
        let content = &text[q.start..q.end];
        if opens_statement(text, block.start, q.open, content) {
            return QuoteKind::Direct;
        }
        // a capitalised statement right after a reporting verb: Durov Says ‘Nothing Has Changed’
        let capital = content
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let open_tok = self.doc.token_at_or_after(q.open);
        if capital && open_tok > block.tokens.start && open_tok <= block.tokens.end {
            let v = open_tok - 1;
            if self.is_cue(v) && !NAMING_VERBS.contains(&self.doc.word(v).to_lowercase().as_str()) {
                return QuoteKind::Direct;
            }
        }
        // the second piece of a direct quote split by its cue: “…,” he said, “and …”
        if let Some(p) = prev.filter(|p| p.kind == QuoteKind::Direct) {
            if let (Some(pc), Some(pcue)) = (&p.close, &p.cue) {
                if pc.end <= pcue.start && pcue.end <= q.open {
                    let gap = &text[pc.end..q.open];
                    if !gap.contains(['.', '!', '?', '\n']) && gap.trim_end().ends_with(',') {
                        return QuoteKind::Direct;
                    }
                }
            }
        }
        QuoteKind::Partial
    }

    /// Quoted words that are nobody's speech (see the module's notes).
    fn is_term(&self, q: &Quote, prev_term: Option<&Quote>) -> bool {
        let doc = self.doc;
        let text = doc.text;
        let bi = self.block_of(q.open);
        let block = &doc.blocks[bi];
        // what stands before the mark in its paragraph, at most TAG_REACH bytes of it (the work
        // per quote stays bounded in a long paragraph)
        let mut lo = q.open.saturating_sub(TAG_REACH).max(block.start);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &text[lo..q.open];
        let content = &text[q.start..q.end];
        // markup: an attribute's value, or words that begin with the end of a tag
        let in_tag = before.rfind('<').is_some_and(|lt| !before[lt..].contains('>'));
        if in_tag || before.ends_with('=') || content.starts_with('>') {
            return true;
        }
        // the headline of a longer text
        if bi == 0 && self.headline {
            return true;
        }
        // the tokens before the opening mark (the mark is a token of its own) in its sentence
        let first = doc.token_at_or_after(q.open);
        if first >= self.n() {
            return false;
        }
        let sent_start = doc.sentences[doc.sentence_of(first)].tokens.start;
        let w1 = (first > sent_start).then(|| self.doc.word(first - 1).to_lowercase());
        let w2 = (first > sent_start + 1).then(|| self.doc.word(first - 2).to_lowercase());
        let l = lexicon();
        // named, not quoted: “the so-called ‘reform’”, unless someone said it in this sentence
        let named = w1.as_deref().is_some_and(|w| l.term_naming.contains(w))
            || match (&w2, &w1) {
                (Some(a), Some(b)) => l.term_naming.contains(format!("{a} {b}").as_str()),
                _ => false,
            };
        if named && !(sent_start..first).any(|k| !self.in_quote(k) && self.is_reporting(k)) {
            return true;
        }
        // a scare-quoted word or two inside a sentence that reports nothing: “this ‘alternative’
        // media”, “a ‘closed’ primary”
        if self.is_scare_quote(q, first, sent_start) {
            return true;
        }
        if !is_title_case(content) {
            return false;
        }
        // a title, a show, a slogan or a nickname
        let possessive = first > 0 && doc.tokens[first - 1].kind == TokKind::Possessive;
        let word_before = w1.as_deref().is_some_and(|w| l.term_before.contains(w));
        // a naming verb a few words back: “called his rival ‘Sleepy Tom’”
        let naming_verb = (first.saturating_sub(NAMING_REACH).max(sent_start)..first)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokKind::Word)
            .any(|k| NAMING_VERBS.contains(&self.doc.word(k).to_lowercase().as_str()));
        let after = q.close.as_ref().map_or(q.end, |c| c.end);
        let next = doc.token_at_or_after(after);
        let word_after = next < self.n()
            && doc.tokens[next].start == after + usize::from(text[after..].starts_with(' '))
            && l.term_after.contains(self.doc.word(next).to_lowercase().as_str());
        let listed = prev_term.is_some_and(|p| {
            let gap = p.close.as_ref().map_or(p.end, |c| c.end);
            gap <= q.open && {
                let g = text[gap..q.open].trim();
                matches!(g, "," | "and" | ", and" | "or" | ", or" | "&")
            }
        });
        possessive || word_before || naming_verb || word_after || listed
    }

    /// At most [`SCARE_WORDS`] lowercase words, after a determiner or a preposition inside a
    /// sentence with no reporting verb and no noun for words outside quotes, and no pronoun or
    /// name that could own them.
    fn is_scare_quote(&self, q: &Quote, first: usize, sent_start: usize) -> bool {
        let doc = self.doc;
        let content = &doc.text[q.start..q.end];
        let words = content.split_whitespace().count();
        if words == 0
            || words > SCARE_WORDS
            || !content.starts_with(char::is_lowercase)
            || content.contains(['.', '!', '?'])
            || first <= sent_start
        {
            return false;
        }
        if !(self.is_determiner(first - 1) || self.is_preposition(first - 1)) {
            return false;
        }
        // the sentence around the quote, at most CUE_WINDOW tokens either side (bounded work)
        let sent = &doc.sentences[doc.sentence_of(first)];
        let lo = sent.tokens.start.max(first.saturating_sub(CUE_WINDOW));
        let hi = sent.tokens.end.min(first + CUE_WINDOW);
        let l = lexicon();
        !(lo..hi).any(|k| {
            !self.in_quote(k)
                && (self.is_cue(k)
                    || l.speech_nouns.contains(doc.word(k))
                    || doc.tokens[k].kind == TokKind::Possessive
                    || self.is_pronoun_word(k)
                    || self.mention_starting(k).is_some_and(|mi| {
                        matches!(self.mentions[mi].label, Label::Person | Label::Org)
                    }))
        })
    }

    /// A reporting verb that quotes rather than names (“said”, not “called”).
    fn is_reporting(&self, k: usize) -> bool {
        self.is_cue(k) && !NAMING_VERBS.contains(&self.doc.word(k).to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_allows_small_words_but_not_a_sentence() {
        assert!(is_title_case("Face the Nation"));
        assert!(is_title_case("Make America Great Again"));
        assert!(is_title_case("Meet the Press."));
        assert!(!is_title_case("we will win"));
        assert!(!is_title_case("The deal is dead"));
        assert!(!is_title_case("A Very Long Title That Goes On And On Past Any Show Name"));
    }

    #[test]
    fn headlines_are_short_and_titled_or_unfinished() {
        assert!(reads_as_headline("Lopez Vows to Rebuild ‘Every School’", 6));
        assert!(reads_as_headline("Mayor vows to rebuild ‘every school’", 6));
        assert!(!reads_as_headline("“We will rebuild,” the mayor said on Sunday.", 7));
        assert!(!reads_as_headline("Lopez Vows to Rebuild", 30));
    }
}
