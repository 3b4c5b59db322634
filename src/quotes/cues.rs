//! Cues: the reporting words ("said", "according to", "told") around a quote, and the speaker
//! they attach to: a speaker then a verb after the quote (past titles, adverbs, modals, a
//! parenthesis and an appositive), the verb then the speaker, or a verb before the quote with its
//! subject (a participle or a verb after "and" takes its clause's subject). Capitalised cue words
//! inside a name ("United States") and cue words used as nouns ("his tweets") are no verbs.

use super::{
    Attribution, Context, Phrase, APPOSITIVE_WORDS, CUE_WINDOW, DESCRIPTION_WORDS, MAX_ADVERBS,
    MODIFIER_WORDS, NOT_MODIFIERS, PAREN_WORDS,
};
use std::ops::Range;

use crate::lexicon::{lexicon, CUE_ADVERBS, DESCRIPTION_DETERMINERS, PREPOSITIONS};
use crate::segment::Kind as TokKind;
use crate::types::Label;

/// Most words between a relative "who" and its reporting verb ("who in 2010 said").
const RELATIVE_GAP: usize = 6;

impl Context<'_, '_> {
    /// A reporting verb ("said", "Says", "according").
    pub(super) fn is_cue(&self, i: usize) -> bool {
        let w = self.doc.word(i);
        let cues = &lexicon().cue_verbs;
        cues.contains(w)
            || (w.starts_with(char::is_uppercase)
                && cues.contains(w.to_lowercase().as_str())
                && !self.in_mention(i))
    }

    /// Token `k` is a possessive “’s”, not a pronoun's contraction ("he’s said" is "he has").
    pub(super) fn is_possessive(&self, k: usize) -> bool {
        self.doc.tokens[k].kind == TokKind::Possessive && !(k > 0 && self.is_pronoun_word(k - 1))
    }

    /// Token `k` is part of a name ("States" in "United States").
    pub(super) fn in_mention(&self, k: usize) -> bool {
        let i = self.mentions.partition_point(|m| m.tokens.start <= k);
        i.checked_sub(1).is_some_and(|i| self.mentions[i].tokens.end > k)
    }

    /// "who" right before the verb, after a person's name ("Maria Lopez, who said"): the
    /// relative pronoun names the speaker, resolved to that person.
    pub(super) fn relative_who(&self, k_end: usize, lo: usize) -> Option<Phrase> {
        // "who" may stand a few words before the verb ("who in 2010 said", "who, on a call
        // Friday, criticized"), with no name, verb or "and" between
        let who = (lo + 1..k_end)
            .rev()
            .take(RELATIVE_GAP + 1)
            .take_while(|&k| {
                let w = self.doc.word(k);
                k + 1 == k_end
                    || (!self.is_cue(k)
                        && !matches!(w, "and" | "but" | "that")
                        && !self.mention_starting(k).is_some_and(|mi| self.mentions[mi].label == Label::Person))
            })
            .find(|&k| self.doc.word(k).eq_ignore_ascii_case("who"))?;
        let mut k = who - 1;
        if self.doc.word(k) == "," && k > lo {
            k -= 1;
        }
        let person = |k: usize| {
            self.mention_ending(k).map(|mi| &self.mentions[mi]).filter(|m| m.label == Label::Person)
        };
        // past an appositive: "McConnell, now the majority leader, who said"
        let m = person(k).or_else(|| {
            let stop = lo.max(k.saturating_sub(APPOSITIVE_WORDS));
            let comma = (stop + 1..k).rev().find(|&t| self.doc.word(t) == ",")?;
            person(comma - 1)
        })?;
        Some((who..who + 1, Some(m.cluster)))
    }

    /// A reporting word used as a noun: after a determiner, a possessive or a preposition
    /// ("Trump’s tweets", "a series of statements", "his claims").
    pub(super) fn is_noun_use(&self, c: usize) -> bool {
        if c == 0 {
            return false;
        }
        let p = self.doc.word(c - 1).to_lowercase();
        // a word standing alone for a group is the verb's subject ("Some chanted")
        self.is_possessive(c - 1)
            || (DESCRIPTION_DETERMINERS.contains(&p.as_str()) && !self.is_quantifier_subject(c - 1, 0))
            || self.is_preposition(c - 1)
    }

    /// An adverb that may stand between a speaker and the verb ("later", "flatly").
    pub(super) fn is_adverb(&self, i: usize) -> bool {
        let w = self.doc.word(i);
        (w.len() > 4 && w.ends_with("ly") && w.starts_with(char::is_lowercase))
            || CUE_ADVERBS.contains(&w)
    }

    /// No sentence end between the closing mark and token `j`.
    pub(super) fn sentence_continues(&self, from: usize, j: usize) -> bool {
        let gap = &self.doc.text[from..self.doc.tokens[j].start];
        !gap.contains(['.', '!', '?', '\n'])
    }

    /// "said Durov", "according to the ministry", "Durov said", "Pavel Durov later told",
    /// "Durov, the founder of Telegram, said" at token `j` (tokens before `end`).
    pub(super) fn cue_after(&self, j: usize, end: usize) -> Option<Attribution> {
        let l = lexicon();
        if self.is_cue(j) {
            let mut s = j + 1;
            if self.doc.word(j).eq_ignore_ascii_case("according") {
                if s < end && self.doc.word(s) == "to" {
                    s += 1;
                } else {
                    return None;
                }
            }
            while s < end && l.titles.contains(self.doc.word(s)) {
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
                && !NOT_MODIFIERS.contains(&self.doc.word(s));
            return match speaker {
                Some((r, cl)) => Some((Some(self.speaker(r, cl)), Some(self.tok_span(j)))),
                None => words_follow.then(|| (None, Some(self.tok_span(j)))),
            };
        }
        let mut s = j;
        while s < end && l.titles.contains(self.doc.word(s)) {
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
                    && !NOT_MODIFIERS.contains(&self.doc.word(k));
                plain
                    && !self.is_pronoun_word(k)
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

    /// From token `k` right after a speaker, past adverbs and one appositive, to a reporting verb.
    pub(super) fn verb_after(&self, mut k: usize, end: usize) -> Option<usize> {
        let adverbs = |k: &mut usize| {
            let stop = (*k + MAX_ADVERBS).min(end);
            while *k < stop && self.is_adverb(*k) {
                *k += 1;
            }
        };
        adverbs(&mut k);
        // where the speaker is from: "Mark Evans of the Harbor Council said"
        if k + 1 < end && self.doc.word(k) == "of" {
            let t = k + 1 + usize::from(self.doc.word(k + 1).eq_ignore_ascii_case("the"));
            if let Some(m) = self.mention_starting(t).map(|mi| &self.mentions[mi]) {
                if matches!(m.label, Label::Org | Label::Place) && m.tokens.end < end {
                    k = m.tokens.end;
                }
            }
        }
        // a parenthesis after a name: "Gwen Moore (D-Wis.) said"
        if k < end && self.doc.word(k) == "(" {
            if let Some(close) = (k + 1..end.min(k + 2 + PAREN_WORDS)).find(|&t| self.doc.word(t) == ")") {
                k = close + 1;
                adverbs(&mut k);
            }
        }
        if k < end && self.doc.word(k) == "," {
            // the comma that closes an appositive the speaker phrase already took in
            if k + 1 < end && self.is_cue(k + 1) {
                return Some(k + 1);
            }
            // the appositive ends with the comma before the verb (it may hold commas of its own)
            let close = (k + 1..end.min(k + 2 + APPOSITIVE_WORDS)).find(|&t| {
                let mut v = t + 1;
                adverbs(&mut v);
                self.doc.word(t) == "," && v < end && self.is_cue(v)
            })?;
            k = close + 1;
            adverbs(&mut k);
        }
        (k < end && self.is_cue(k)).then_some(k)
    }

    /// For a pronoun at token `p` right after a reporting verb ("said she", "said that she"):
    /// that verb's attribution when its speaker is the pronoun's entity.
    fn outer_subject(&self, p: usize, from: usize, cl: Option<usize>) -> Option<Attribution> {
        if p < from + 2 {
            return None;
        }
        // a clause after "that" reports what an earlier verb's subject said ("Lopez said at
        // the rally that Evans once called it “…”"): the outer verb's source
        if self.doc.word(p - 1) == "that" {
            let v = (from.max(p.saturating_sub(CUE_WINDOW))..p - 1).rev().find(|&k| {
                self.in_quote(k) || (self.is_cue(k) && !self.is_noun_use(k))
            })?;
            if self.in_quote(v) || self.doc.word(v).ends_with("ing") {
                return None;
            }
            return self.cue_before(from, v + 1).filter(|o| o.0.is_some());
        }
        // a clause right after a reporting verb reports what that verb's subject said
        // ("Lopez says Evans called it “…”"): the sentence's subject before the verb
        let v = p - 1;
        let verb = self.is_cue(v) && !self.is_noun_use(v) && !self.in_quote(v);
        if verb && !self.doc.word(v).ends_with("ing") && !self.is_personal_pronoun(p) {
            let sent_start = self.doc.sentences[self.doc.sentence_of(v)].tokens.start;
            let (r, cl) = self.subject(sent_start.max(from), v)?;
            return Some((Some(self.speaker(r, cl)), Some(self.tok_span(v))));
        }
        // a pronoun repeating the verb's subject ("Lopez said she hopes"; the "that" clause
        // returned above, so `v` is the word right before the pronoun)
        if !verb || cl.is_none() || !self.is_personal_pronoun(p) {
            return None;
        }
        let outer = self.cue_before(from, v + 1)?;
        outer.0.as_ref().is_some_and(|s| s.cluster == cl).then_some(outer)
    }

    /// The nearest reporting verb before token `to` (from token `from`), and its speaker.
    pub(super) fn cue_before(&self, from: usize, to: usize) -> Option<Attribution> {
        // a participle or a second verb whose subject lies further back
        let mut deferred: Option<usize> = None;
        for c in (from..to).rev() {
            if self.in_quote(c) || !self.is_cue(c) || self.is_noun_use(c) {
                continue;
            }
            // a participle ("…, saying “…”") or a verb after "and" ("X said … and said “…”")
            // is the clause's: an earlier verb's speaker, else the sentence's subject, unless a
            // speaker stands right before it ("with Lopez saying")
            let lower = self.doc.word(c).starts_with(char::is_lowercase);
            if lower
                && c > from
                && (self.doc.word(c).ends_with("ing") || matches!(self.doc.word(c - 1), "and" | "but"))
                && !self.doc.word(c).eq_ignore_ascii_case("according")
            {
                // "with Lopez saying", "a sign saying", "one of her ads asking"
                if !matches!(self.doc.word(c - 1), "and" | "but") {
                    let right_before = self
                        .speaker_ending_at(c - 1, from)
                        .or_else(|| self.description_before(c, from, usize::MAX));
                    // but not someone's words or a name after a preposition ("issued a
                    // statement saying", "sounded off on Evans, saying"; "with" and "of" keep
                    // theirs: "footage of Lopez saying"): then the sentence's subject speaks
                    let object = |r: &Range<usize>| {
                        let before = r.start.checked_sub(1).filter(|&k| k >= from);
                        let w = before.map(|k| self.doc.word(k).to_lowercase()).unwrap_or_default();
                        (!matches!(w.as_str(), "with" | "of") && PREPOSITIONS.contains(&w.as_str()))
                            || (r.start..r.end).any(|k| self.speech_noun_after(k))
                    };
                    if let Some((r, cl)) = right_before.filter(|(r, _)| !object(r)) {
                        return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
                    }
                }
                deferred.get_or_insert(c);
                continue;
            }
            if self.doc.word(c).eq_ignore_ascii_case("according") {
                if c + 2 < to && self.doc.word(c + 1) == "to" {
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
            // an inverted aside between commas names its speaker after the verb ("The trouble,
            // says Maria Lopez, is that “…”")
            if c > from && self.doc.word(c - 1) == "," && self.doc.word(c).starts_with(char::is_lowercase) {
                let after = self
                    .speaker_at(c + 1)
                    .or_else(|| self.person_after_modifiers(c + 1, to))
                    .filter(|(r, _)| r.end < to && self.doc.word(r.end) == ",");
                if let Some((r, cl)) = after {
                    return Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))));
                }
            }
            // the speaker ends before the verb, its adverbs and an appositive ending right before it
            let lo = from.max(c.saturating_sub(CUE_WINDOW));
            let mut k_end = c;
            while k_end > lo && c - k_end < MAX_ADVERBS && self.is_adverb(k_end - 1) {
                k_end -= 1;
            }
            // a parenthesis after the speaker's name: "Sarah Klein (D-Ore.) said"
            if k_end > lo + 1 && self.doc.word(k_end - 1) == ")" {
                let stop = lo.max(k_end.saturating_sub(PAREN_WORDS + 2));
                if let Some(open) = (stop..k_end - 1).rev().find(|&t| self.doc.word(t) == "(") {
                    k_end = open;
                }
            }
            let mut named = None;
            if k_end > lo && self.doc.word(k_end - 1) == "," {
                let stop = lo.max((k_end - 1).saturating_sub(APPOSITIVE_WORDS + 1));
                if let Some(open) = (stop..k_end - 1).rev().find(|&t| self.doc.word(t) == ",") {
                    // the appositive names the speaker when it is a person's name ("Lopez’s lawyer, Anna Schmidt, said")
                    named = self.appositive_person(open).filter(|(r, _)| r.end + 1 == k_end);
                    // else a person's name that the appositive follows ("Maria Lopez, who chairs
                    // the committee, said"; the appositive may hold commas of its own)
                    if named.is_none() {
                        named = (stop.max(1)..k_end - 1)
                            .rev()
                            .filter(|&t| self.doc.word(t) == "," && !self.in_quote(t - 1))
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
            let before = before.and_then(|(r, cl)| match r.end < self.n() {
                true if self.is_possessive(r.end) => {
                    (k_end - r.end <= DESCRIPTION_WORDS + 1).then_some((r.start..k_end, None))
                }
                _ => Some((r, cl)),
            });
            let found = before.or_else(|| self.speaker_at(c + 1).filter(|(r, _)| r.end <= to));
            if let Some((r, cl)) = &found {
                // a pronoun that repeats the subject of an earlier verb ("Lopez said she hopes
                // “…”"): that verb's subject is the source
                if let Some(outer) = self.outer_subject(r.start, from, *cl) {
                    return Some(outer);
                }
            }
            if let Some((r, cl)) = found {
                // the words that report this quote stay its cue ("… and says “…”")
                let cue = deferred.unwrap_or(c);
                return Some((Some(self.speaker(r, cl)), Some(self.tok_span(cue))));
            }
        }
        let c = deferred?;
        let sent_start = self.doc.sentences[self.doc.sentence_of(c)].tokens.start;
        let (r, cl) = self.subject(sent_start.max(from), c)?;
        Some((Some(self.speaker(r, cl)), Some(self.tok_span(c))))
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::Options;
    use crate::pipeline::annotate_text;

    #[test]
    fn cues_attach_to_their_speakers() {
        // (text, speaker words, cue words) of the first quote
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            // a parenthesis and a modal between the speaker and the verb
            ("“It holds,” Sarah Klein (D-Ore.) will say.", Some("Sarah Klein"), Some("say")),
            // "States" inside a name is no verb
            ("Maria Lopez said the United States would “hold firm.”", Some("Maria Lopez"), Some("said")),
            // a participle after "said" belongs to that verb's speaker
            ("Talks resume, Julia Novak said, adding, “We are close.”", Some("Julia Novak"), Some("adding")),
            // a cue word used as a noun ("his tweets") is no verb: the subject speaks, uncued
            ("Mark Evans defended his tweets, calling them “silly.”", Some("Mark Evans"), None),
            // a transcript's label in capitals, no cue; a mixed-case name before a colon is no label
            ("Mark Evans met Julia Novak. “NOVAK: Why now?”", Some("NOVAK"), None),
            ("Mark Evans met Julia Novak. “Novak: Bad for the town”", None, None),
            // a person describing the speaker ("Lopez campaign spokesman") is not the speaker
            ("“It holds,” Lopez campaign spokesman Mark Evans said.", Some("Mark Evans"), Some("said")),
            // the outer verb of a clause after "that"
            ("Maria Lopez said that Mark Evans called it “a gift.”", Some("Maria Lopez"), Some("said")),
            // a relative "who" a few words before the verb
            ("Mark Evans, who has in the past described it as “a fraud,” left.", Some("who"), Some("described")),
            // "said she hopes": the outer verb and its subject
            ("Maria Lopez said she hopes it is “over soon.”", Some("Maria Lopez"), Some("said")),
            // "according to" after the speaker's verb names the source that reports the words
            ("“It holds,” Maria Lopez said, according to the Daily Herald.", Some("Daily Herald"), Some("according")),
            ("“It holds,” Maria Lopez said to the Daily Herald.", Some("Maria Lopez"), Some("said")),
        ];
        for &(text, who, cue) in cases {
            let a = annotate_text(text, &Options::default());
            let q = &a.quotes[0];
            let got = (q.speaker.as_ref().map(|s| s.text.as_str()), q.cue.as_ref().map(|c| c.text.as_str()));
            assert_eq!(got, (who, cue), "{text}");
        }
    }
}
