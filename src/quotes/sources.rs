//! Sources that are descriptions: unnamed people ("a spokesman for the campaign", "one
//! resident"), groups ("senior Democrats"), documents and outlets ("the lawsuit", "the
//! congressional report", "Ryan’s office"). A description is a determiner (or a name in the
//! possessive) and a few words up to its head noun, with an "of" or "for" phrase after it. It
//! names a cluster only when it is "the" and a role word that resolves ("the president"); else
//! its own words are its name.

use super::{Context, Phrase, NOT_MODIFIERS};
use crate::lexicon::DESCRIPTION_DETERMINERS;
use crate::segment::Kind as TokKind;

/// Most words of a description before its head noun and after its determiner.
const CORE_WORDS: usize = 6;
/// Most words of an "of"/"for" phrase after the head ("a spokesman for the Lopez campaign").
const TAIL_WORDS: usize = 5;
/// Most lowercase words before an unrecognised name ("retired Army Gen. ...").
const LEAD_WORDS: usize = 2;
/// Most words of an unrecognised name.
const NAME_WORDS: usize = 4;
/// Most words of a description without a determiner that opens its sentence ("Officials",
/// "Law enforcement sources").
const BARE_WORDS: usize = 3;

impl Context<'_, '_> {
    pub(super) fn is_determiner(&self, k: usize) -> bool {
        let w = self.w(k);
        DESCRIPTION_DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
    }

    /// A word that may stand inside a description: a word or number that is no reporting verb,
    /// no pronoun, no conjunction or preposition (beyond "of" and "for", which `joins` allows).
    fn is_description_word(&self, k: usize, joins: bool) -> bool {
        let t = &self.doc.tokens[k];
        let w = self.w(k);
        if joins && (w == "of" || w == "for") {
            return true;
        }
        matches!(t.kind, TokKind::Word | TokKind::Number | TokKind::Possessive)
            && !NOT_MODIFIERS.contains(&w.to_lowercase().as_str())
            && !self.is_cue(k)
            && self.pronoun(k).is_none()
            && !self.in_quote(k)
    }

    /// The head can end a description: a noun-like word, not an adverb or a joining word.
    fn is_head(&self, k: usize) -> bool {
        let w = self.w(k);
        let lower = w.starts_with(char::is_lowercase);
        self.doc.tokens[k].kind == TokKind::Word
            && w.chars().count() >= 2
            && !(lower && (w.ends_with("ly") || w.ends_with("ing")))
            && !matches!(w, "of" | "for")
            && !self.is_determiner(k)
    }

    /// The cluster a description names: "the" and a role word resolve; nothing else does.
    fn description_cluster(&self, start: usize, head: usize) -> Option<usize> {
        if !self.w(start).eq_ignore_ascii_case("the") {
            return None;
        }
        let org = self.role(head)?;
        self.resolve(start, org, Some(head))
    }

    /// A description starting at token `i` and ending before token `end` ("said a spokesman for
    /// the campaign", "according to the news outlet").
    pub(super) fn description_from(&self, i: usize, end: usize) -> Option<Phrase> {
        let end = end.min(self.n());
        if i >= end || !self.is_determiner(i) {
            return None;
        }
        let mut k = i + 1;
        while k < end && k <= i + CORE_WORDS && self.is_description_word(k, false) {
            k += 1;
        }
        let head = (i + 1..k).rev().find(|&h| self.is_head(h))?;
        let mut e = head + 1;
        // "of the campaign", "for Julia Novak"
        if e + 1 < end && matches!(self.w(e), "of" | "for") {
            let mut t = e + 1;
            while t < end && t <= e + TAIL_WORDS && self.is_description_word(t, false) {
                t += 1;
            }
            if let Some(h) = (e + 1..t).rev().find(|&h| self.is_head(h)) {
                e = h + 1;
            }
        }
        Some((i..e, self.description_cluster(i, head)))
    }

    /// Capitalised words from token `i` that the recogniser left unnamed ("said Dana Kowalski,
    /// an analyst"): a name all the same, naming no cluster.
    pub(super) fn capitalised_at(&self, start: usize, end: usize) -> Option<Phrase> {
        let end = end.min(self.n());
        let capital = |k: usize| {
            self.doc.tokens[k].kind == TokKind::Word
                && self.w(k).starts_with(char::is_uppercase)
                && self.pronoun(k).is_none()
                && !self.is_determiner(k)
                && !self.is_cue(k)
        };
        // past a lowercase word or two ("retired Army Gen. Dana Kowalski")
        let mut i = start;
        while i < end && i < start + LEAD_WORDS && !capital(i) && self.is_description_word(i, false) {
            i += 1;
        }
        let mut k = i;
        while k < end && k < i + NAME_WORDS && capital(k) {
            k += 1;
        }
        (k > i).then_some((start..k, None))
    }

    /// Capitalised words and titles from token `i` ("State spokesman Mark Toner"), ending with a
    /// capitalised word: a name the recogniser did not join, naming no cluster.
    pub(super) fn titled_name_at(&self, i: usize, end: usize) -> Option<Phrase> {
        let end = end.min(self.n());
        let fits = |k: usize| {
            self.doc.tokens[k].kind == TokKind::Word
                && !self.is_cue(k)
                && self.pronoun(k).is_none()
                && !self.is_determiner(k)
                && (self.w(k).starts_with(char::is_uppercase) || self.is_role_or_title(k))
        };
        let mut k = i;
        while k < end && k < i + NAME_WORDS + 2 && fits(k) {
            k += 1;
        }
        let last = (i..k).rev().find(|&t| self.w(t).starts_with(char::is_uppercase))?;
        Some((i..last + 1, None))
    }

    /// A description ending right before token `end` (its verb), not reaching before `lo`
    /// ("the lawsuit says", "one man wrote", "Law enforcement sources have said").
    /// Without a determiner, a few words may still be a description when they open the
    /// sentence or a clause after a comma, or start at token `bare_from` ("“…,” officials said").
    pub(super) fn description_before(&self, end: usize, lo: usize, bare_from: usize) -> Option<Phrase> {
        if end == 0 || end <= lo || !self.is_head(end - 1) {
            return None;
        }
        let head = end - 1;
        let mut k = end;
        let mut start = None;
        while k > lo && end - k < CORE_WORDS + TAIL_WORDS && self.is_description_word(k - 1, true) {
            k -= 1;
            if self.is_determiner(k) {
                start = Some(k);
            }
        }
        let sentence_start = self.doc.sentences[self.doc.sentence_of(head)].tokens.start;
        let start = match start {
            Some(s) => s,
            // a few words opening the sentence: "Officials said", "Senior Democrats say"
            None if (k == sentence_start || k == bare_from || (k > 0 && self.w(k - 1) == ","))
                && end - k <= BARE_WORDS =>
            {
                k
            }
            None => return None,
        };
        Some((start..end, self.description_cluster(start, head)))
    }
}

#[cfg(test)]
mod tests {
    use crate::{annotate_text, Options};

    /// (speaker words, entity given) of each quote of `text`.
    fn speakers(text: &str) -> Vec<Option<(String, bool)>> {
        let a = annotate_text(text, &Options::default());
        a.quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| (s.text.clone(), s.entity.is_some())))
            .collect()
    }

    #[test]
    fn descriptions_name_sources_and_resolve_only_through_roles() {
        let cases: &[(&str, Option<(&str, bool)>)] = &[
            // after the verb, with its "for" phrase
            ("“No comment,” said a lawyer for the council, leaving.", Some(("a lawyer for the council", false))),
            // a document before the verb names no cluster
            ("“The board lied,” the complaint says.", Some(("the complaint", false))),
            // "the" and a role word name the person introduced with it
            ("Mayor Maria Lopez opened the dam. “It holds,” the mayor said.", Some(("the mayor", true))),
            // "quickly" is no head noun and "and" joins no description
            ("“It holds,” and quickly said.", None),
        ];
        for &(text, want) in cases {
            let got = speakers(text);
            let want = want.map(|(w, e)| (w.to_string(), e));
            assert_eq!(got, vec![want], "{text}");
        }
    }
}
