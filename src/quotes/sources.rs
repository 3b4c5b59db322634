//! Sources that are descriptions: unnamed people ("a spokesman for the campaign", "one
//! resident"), groups ("senior Democrats"), documents and outlets ("the lawsuit", "the
//! congressional report", "Ryan’s office"). A description is a determiner (or a name in the
//! possessive) and a few words up to its head noun, with an "of" or "for" phrase after it. It
//! names a cluster only when it is "the" and a role word that resolves ("the president"); else
//! its own words are its name.

use super::{
    Context, Phrase, CUE_WINDOW, DESCRIPTION_WORDS, MODIFIER_WORDS, NOT_MODIFIERS, NOT_VERBS,
};
use crate::lexicon::{lexicon, DESCRIPTION_DETERMINERS, PREPOSITIONS};
use crate::segment::Kind as TokKind;
use crate::types::Label;

/// Most words of a description before its head noun and after its determiner.
const CORE_WORDS: usize = 6;
/// Most words of an "of"/"for" phrase after the head ("a spokesman for the Lopez campaign").
const TAIL_WORDS: usize = 5;
/// Most lowercase words before an unrecognised name ("retired Army Gen. ...").
const LEAD_WORDS: usize = 2;
/// Most words of an unrecognised name.
const NAME_WORDS: usize = 4;
/// Most lowercase words between an owner and a noun for their words ("her campaign slogan").
const SPEECH_NOUN_WORDS: usize = 2;
/// Words that stand alone for a group of speakers ("Some chanted", "Another said").
const QUANTIFIER_SUBJECTS: &[&str] = &["some", "many", "most", "several", "others", "another", "both"];
/// Most tokens of a dateline before its dash ("SPRINGFIELD, Ill., Oct. 4 (AP) —").
const DATELINE_WORDS: usize = 14;
/// Most words of a description without a determiner that opens its sentence ("Officials",
/// "Law enforcement sources").
const BARE_WORDS: usize = 3;

impl Context<'_, '_> {
    /// The first speaker phrase in tokens `from..to` outside quotes.
    /// A name in the possessive ("Durov’s critics") is no subject, and then the sentence has none.
    pub(super) fn subject(&self, from: usize, to: usize) -> Option<Phrase> {
        let from = self.after_dateline(from, to);
        // a name after a preposition, also past a determiner, is no subject ("In a speech to
        // Julia Novak, Lopez …", "In a Senate statement, Lopez …")
        let object = |k: usize| {
            k > from
                && (self.is_preposition(k - 1)
                    || (k > from + 1 && self.is_determiner(k - 1) && self.is_preposition(k - 2)))
        };
        let first = |objects: bool| {
            (from..to.min(from + CUE_WINDOW))
                .filter(|&k| !self.in_quote(k) && (objects || !object(k)))
                .find_map(|k| {
                    self.speaker_at(k).filter(|(r, _)| r.end <= to)
                })
        };
        // a description opening the sentence ("A friend referred to him as “…”"), else the
        // first name all the same ("The statement from Mark Evans reads:")
        // (or a group without a determiner: "Legal observers note", "researchers hope")
        // ("A few days ago" is a time, no subject)
        let opening = || {
            self.bare_subject(from, to).or_else(|| {
                (from < to && self.speaker_at(from).is_none())
                    .then(|| self.description_from(from, to))
                    .flatten()
                    .filter(|(r, _)| r.end >= to || self.doc.word(r.end) != "ago")
            })
        };
        // the owner of words named in the sentence ("recalled her remark that “…”")
        let owner = || {
            (from..to.min(from + CUE_WINDOW)).filter(|&k| !self.in_quote(k)).find_map(|k| {
                self.speech_owner(k).or_else(|| {
                    let m = &self.mentions[self.mention_starting(k)?];
                    let e = m.tokens.end;
                    (m.label == Label::Person
                        && e < to
                        && self.doc.tokens[e].kind == TokKind::Possessive
                        && self.speech_noun_after(e + 1))
                    .then(|| (m.tokens.clone(), Some(m.cluster)))
                })
            })
        };
        // a person named first stays the subject ("Lopez defended her remark"), not a description
        // unless the words are set out after "that" ("… seized on Lopez’s claim that “…”")
        let sets_out = |o: &Phrase| {
            (o.0.end..(o.0.end + 2 + SPEECH_NOUN_WORDS).min(to)).any(|k| self.doc.word(k) == "that")
        };
        let (r, cl) = match (owner(), opening().or_else(|| first(false))) {
            (Some(o), Some(s)) if s.1.is_some() && s.0.start < o.0.start && !sets_out(&o) => s,
            (Some(o), _) => o,
            (None, s) => s.or_else(|| first(true))?,
        };
        let possessive = r.end < self.n() && self.is_possessive(r.end);
        // the owner of words is their speaker ("Lopez’s campaign slogan is “…”"); an owner and
        // a noun before a verb are someone unnamed ("Lopez’s lawyers relied on …")
        if !possessive || self.speech_noun_after(r.end + 1) {
            return Some((r, cl));
        }
        self.owned_subject(r.start, r.end + 1, to)
    }

    /// The first token after a dateline that opens a paragraph at token `from` ("SPRINGFIELD,
    /// Ill. (AP) — Lopez said …": a closing parenthesis or a word in capitals, then a dash,
    /// within [`DATELINE_WORDS`]); `from` itself when there is none.
    fn after_dateline(&self, from: usize, to: usize) -> usize {
        let block = &self.doc.blocks[self.block_of(self.doc.tokens[from].start)];
        if from != block.tokens.start || from >= to {
            return from;
        }
        let caps = |k: usize| self.doc.word(k) == ")" || self.is_caps_word(k);
        (from + 1..to.min(from + DATELINE_WORDS))
            .find(|&k| matches!(self.doc.word(k), "—" | "–" | "--" | "-") && caps(k - 1))
            .map_or(from, |k| k + 1)
    }

    /// A verb may follow token `k`: a lowercase word that joins nothing ("have", "relied").
    fn verb_may_follow(&self, k: usize, to: usize) -> bool {
        let Some(next) = (k + 1 < to).then(|| self.doc.word(k + 1)) else { return false };
        self.doc.tokens[k + 1].kind == TokKind::Word
            && next.starts_with(char::is_lowercase)
            && !NOT_VERBS.contains(&next)
            && !self.is_determiner(k + 1)
            && !self.is_pronoun_word(k + 1)
    }

    /// An owner's noun before a verb, from the owner at token `start` with the noun from token
    /// `k` ("Lopez’s lawyers relied", "her campaign is planning"): up to [`SPEECH_NOUN_WORDS`]
    /// lowercase words, naming no cluster.
    fn owned_subject(&self, start: usize, k: usize, to: usize) -> Option<Phrase> {
        let to = to.min(self.n());
        (k..(k + SPEECH_NOUN_WORDS).min(to))
            .take_while(|&t| {
                self.doc.word(t).starts_with(char::is_lowercase) && self.is_description_word(t, false)
            })
            .find(|&h| self.is_head(h) && self.verb_may_follow(h, to))
            .map(|h| (start..h + 1, None))
    }

    /// A group without a determiner opening a clause at token `i`, before a verb: up to
    /// [`BARE_WORDS`] words ending in a plural noun ("Legal observers note", "researchers hope",
    /// "voting machines failed"), naming no cluster.
    pub(super) fn bare_subject(&self, i: usize, to: usize) -> Option<Phrase> {
        let to = to.min(self.n());
        let plural = |h: usize| {
            let w = self.doc.word(h);
            w.len() >= 4
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && w.starts_with(char::is_lowercase)
                && self.is_head(h)
        };
        (i..(i + BARE_WORDS).min(to))
            .take_while(|&t| {
                // a name then a word in "-s" is more often a name and its verb ("Lopez says")
                !self.is_determiner(t) && !self.in_mention(t) && self.is_description_word(t, false)
            })
            .find(|&h| plural(h) && self.verb_may_follow(h, to))
            .map(|h| (i..h + 1, None))
    }

    /// A noun for what someone said at token `k`, after up to [`SPEECH_NOUN_WORDS`] lowercase
    /// words ("remark", "campaign slogan", "now-famous line").
    pub(super) fn speech_noun_after(&self, k: usize) -> bool {
        let l = lexicon();
        (k..(k + 1 + SPEECH_NOUN_WORDS).min(self.n()))
            .take_while(|&t| {
                self.doc.tokens[t].kind == TokKind::Word
                    && self.doc.word(t).starts_with(char::is_lowercase)
            })
            .any(|t| l.speech_nouns.contains(self.doc.word(t)))
    }

    /// "his" or "her" before a noun for what someone said ("her remark that “…”"): the pronoun,
    /// resolved; nothing when it resolves to nobody.
    pub(super) fn speech_owner(&self, k: usize) -> Option<Phrase> {
        let w = self.doc.word(k);
        if !(w.eq_ignore_ascii_case("his") || w.eq_ignore_ascii_case("her")) || !self.speech_noun_after(k + 1) {
            return None;
        }
        let cl = self.resolve(k, false, None)?;
        Some((k..k + 1, Some(cl)))
    }

    /// A person's name after up to [`MODIFIER_WORDS`] words describing them, from token `i`:
    /// lowercase words, titles and roles, numbers, names of organisations, places or groups
    /// ("study lead author Lucas Paganini", "43-year-old Martin Taylor", "NASA Administrator Jim
    /// Bridenstine").
    pub(super) fn person_after_modifiers(&self, i: usize, end: usize) -> Option<Phrase> {
        let mut k = i;
        let mut words = 0;
        while k < end.min(self.n()) && words <= MODIFIER_WORDS {
            if let Some(mi) = self.mention_starting(k) {
                let m = &self.mentions[mi];
                match m.label {
                    // a person may describe another ("Lopez campaign spokesman Mark Evans")
                    Label::Person => {
                        let e = m.tokens.end;
                        let describes = e < end.min(self.n())
                            && self.doc.tokens[e].kind == TokKind::Word
                            && (self.doc.word(e).starts_with(char::is_lowercase) || self.is_role_or_title(e))
                            && !self.is_cue(e);
                        let other = describes.then(|| self.person_after_modifiers(e, end)).flatten();
                        return other.or(Some((m.tokens.clone(), Some(m.cluster))));
                    }
                    Label::Org | Label::Place | Label::Misc | Label::Number => {
                        k = m.tokens.end;
                        words += 1;
                        continue;
                    }
                    _ => return None,
                }
            }
            let w = self.doc.word(k);
            let t = &self.doc.tokens[k];
            // "and" only between two describing words ("JPL scientist and study co-author X")
            let joins = w == "and"
                && k > i
                && k + 1 < self.n()
                && self.doc.tokens[k + 1].kind == TokKind::Word
                && self.doc.word(k + 1).starts_with(char::is_lowercase);
            // "of" inside a role between lowercase words ("former secretary of state X",
            // "master of ceremonies X")
            let role_of = w == "of"
                && k > i
                && self.doc.word(k - 1).starts_with(char::is_lowercase)
                && k + 1 < end.min(self.n())
                && self.doc.tokens[k + 1].kind == TokKind::Word
                && self.doc.word(k + 1).starts_with(char::is_lowercase)
                && !self.is_determiner(k + 1)
                && !NOT_MODIFIERS.contains(&self.doc.word(k + 1));
            let lower_word = t.kind == TokKind::Word
                && w.starts_with(char::is_lowercase)
                && !NOT_MODIFIERS.contains(&w)
                && !self.is_cue(k)
                && !self.is_pronoun_word(k);
            if !(lower_word
                || joins
                || role_of
                || t.kind == TokKind::Number
                || self.is_role_or_title(k)
                || self.role(k).is_some())
            {
                return None;
            }
            k += 1;
            words += usize::from(!joins && !role_of);
        }
        None
    }

    /// A name in the possessive before a role is not the speaker: "Lopez’s lawyer" is someone else,
    /// named by an appositive ("Lopez’s lawyer, Anna Schmidt,") or by these words only.
    pub(super) fn owned(&self, p: Phrase) -> Phrase {
        let k = p.0.end;
        if k >= self.n() || self.doc.tokens[k].kind != TokKind::Possessive {
            return p;
        }
        // the owner's person is that person ("the Tribune’s Dana Kowalski", "Gallup’s senior
        // editor Mark Evans", "Lopez’s lawyer Anna Schmidt")
        if let Some(person) = self.person_after_modifiers(k + 1, k + 2 + MODIFIER_WORDS) {
            return person;
        }
        for e in k + 1..(k + 1 + DESCRIPTION_WORDS).min(self.n()) {
            if self.role(e).is_some() {
                return self.appositive_person(e + 1).unwrap_or((p.0.start..e + 1, None));
            }
            if self.doc.tokens[e].kind == TokKind::Punct {
                break;
            }
        }
        // lowercase words up to a reporting verb describe someone unnamed ("Lopez’s former
        // campaign strategist said")
        let lower = |t: &usize| {
            self.doc.tokens[*t].kind == TokKind::Word
                && self.doc.word(*t).starts_with(char::is_lowercase)
                && !NOT_MODIFIERS.contains(&self.doc.word(*t))
        };
        let e = (k + 1..(k + 1 + CORE_WORDS).min(self.n())).find(|t| !lower(t) || self.is_cue(*t));
        match e {
            Some(e) if e > k + 1 && self.is_cue(e) && self.is_head(e - 1) => (p.0.start..e, None),
            _ => p,
        }
    }

    /// A person's name set off by commas from token `k` on (", Anna Schmidt,").
    pub(super) fn appositive_person(&self, k: usize) -> Option<Phrase> {
        if k + 1 >= self.n() || self.doc.word(k) != "," {
            return None;
        }
        let m = &self.mentions[self.mention_starting(k + 1)?];
        let after = m.tokens.end;
        (m.label == Label::Person
            && (after >= self.n() || matches!(self.doc.word(after), "," | "." | ";")))
        .then(|| (m.tokens.clone(), Some(m.cluster)))
    }

    /// A person or organisation mention as a speaker phrase. An organisation followed by a role
    /// and a person's name gives the person ("Kremlin spokesman Oleg Ivanov", "Telegram CEO Pavel
    /// Durov").
    pub(super) fn mention_phrase(&self, mi: usize) -> Option<Phrase> {
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
        lexicon().titles.contains(self.doc.word(i)) || self.role(i) == Some(false)
    }

    /// A speaker phrase starting at token `i`: a person or organisation name, a pronoun, a description.
    pub(super) fn speaker_at(&self, i: usize) -> Option<Phrase> {
        if i >= self.n() {
            return None;
        }
        if let Some(mi) = self.mention_starting(i) {
            return self.mention_phrase(mi);
        }
        if let Some(cl) = self.pronoun(i) {
            return Some((i..i + 1, cl));
        }
        if self.doc.word(i).eq_ignore_ascii_case("the") {
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

    /// A word such as "some", "another" or "most" standing alone for a group at token `k`,
    /// opening its clause (from the sentence start, after a comma or a joining word, not before
    /// `from`): "Some chanted “…”", "Yet another said".
    pub(super) fn is_quantifier_subject(&self, k: usize, from: usize) -> bool {
        let w = self.doc.word(k).to_lowercase();
        if !QUANTIFIER_SUBJECTS.contains(&w.as_str()) {
            return false;
        }
        let start = self.doc.sentences[self.doc.sentence_of(k)].tokens.start;
        k == start
            || (k > from
                && (matches!(self.doc.word(k - 1), "," | ";" | "and" | "but")
                    || (k - 1 == start && self.doc.word(k - 1).eq_ignore_ascii_case("yet"))))
    }

    /// A speaker phrase ending at token `k` (not reaching before `from`).
    pub(super) fn speaker_ending_at(&self, k: usize, from: usize) -> Option<Phrase> {
        if let Some(mi) = self.mention_ending(k) {
            let m = &self.mentions[mi];
            return matches!(m.label, Label::Person | Label::Org)
                .then(|| (m.tokens.clone(), Some(m.cluster)));
        }
        if let Some(cl) = self.pronoun(k) {
            return Some((k..k + 1, cl));
        }
        if self.is_quantifier_subject(k, from) {
            return Some((k..k + 1, None));
        }
        if let Some(org) = self.role(k) {
            let lo = k.saturating_sub(DESCRIPTION_WORDS).max(from);
            for t in (lo..k).rev() {
                if self.doc.word(t).eq_ignore_ascii_case("the") {
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
    pub(super) fn role(&self, i: usize) -> Option<bool> {
        let w = self.doc.word(i);
        if w.ends_with("-year-old") {
            return Some(false);
        }
        let roles = &lexicon().speaker_roles;
        roles.get(w).or_else(|| roles.get(w.to_lowercase().as_str())).copied()
    }

    /// A word in capitals: two letters or more, none lowercase ("PENCE", "WASHINGTON").
    pub(super) fn is_caps_word(&self, k: usize) -> bool {
        let w = self.doc.word(k);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    }

    /// A preposition ("in", "to", "about"), in any case.
    pub(super) fn is_preposition(&self, k: usize) -> bool {
        PREPOSITIONS.contains(&self.doc.word(k).to_lowercase().as_str())
    }

    pub(super) fn is_determiner(&self, k: usize) -> bool {
        let w = self.doc.word(k);
        DESCRIPTION_DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
    }

    /// A word that may stand inside a description: a word or number that is no reporting verb,
    /// no pronoun, no conjunction or preposition (beyond "of" and "for", which `joins` allows).
    fn is_description_word(&self, k: usize, joins: bool) -> bool {
        let t = &self.doc.tokens[k];
        let w = self.doc.word(k);
        if joins && (w == "of" || w == "for") {
            return true;
        }
        matches!(t.kind, TokKind::Word | TokKind::Number | TokKind::Possessive)
            && !NOT_MODIFIERS.contains(&w.to_lowercase().as_str())
            && !self.is_cue(k)
            && !self.is_pronoun_word(k)
            && !self.in_quote(k)
    }

    /// The head can end a description: a noun-like word, not an adverb or a joining word.
    fn is_head(&self, k: usize) -> bool {
        let w = self.doc.word(k);
        let lower = w.starts_with(char::is_lowercase);
        self.doc.tokens[k].kind == TokKind::Word
            && w.chars().count() >= 2
            && !(lower && (w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed")))
            && !matches!(w, "of" | "for")
            && !self.is_determiner(k)
    }

    /// The cluster a description names: "the" and a role word resolve; nothing else does.
    fn description_cluster(&self, start: usize, head: usize) -> Option<usize> {
        if !self.doc.word(start).eq_ignore_ascii_case("the") {
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
        if e + 1 < end && matches!(self.doc.word(e), "of" | "for") {
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
                && self.doc.word(k).starts_with(char::is_uppercase)
                && !self.is_pronoun_word(k)
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
                && !self.is_pronoun_word(k)
                && !self.is_determiner(k)
                && (self.doc.word(k).starts_with(char::is_uppercase) || self.is_role_or_title(k))
        };
        let mut k = i;
        while k < end && k < i + NAME_WORDS + 2 && fits(k) {
            k += 1;
        }
        let last = (i..k).rev().find(|&t| self.doc.word(t).starts_with(char::is_uppercase))?;
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
        // the nearest determiner, and past an "of"/"for" the one before it ("a spokesman for
        // the council"), but no further ("a protester held up a sign")
        let mut k = end;
        let mut start = None;
        while k > lo && end - k < CORE_WORDS + TAIL_WORDS && self.is_description_word(k - 1, true) {
            k -= 1;
            let joined = start.is_some_and(|s| (k..s).any(|t| matches!(self.doc.word(t), "of" | "for")));
            if self.is_determiner(k) && (start.is_none() || joined) {
                start = Some(k);
            }
        }
        let sentence_start = self.doc.sentences[self.doc.sentence_of(head)].tokens.start;
        let start = match start {
            Some(s) => s,
            // a few words opening the sentence: "Officials said", "Senior Democrats say"
            None if (k == sentence_start || k == bare_from || (k > 0 && self.doc.word(k - 1) == ","))
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
    use crate::annotation::Options;
    use crate::pipeline::annotate_text;

    /// (speaker words, entity given) of each quote of `text`.
    fn speakers(text: &str) -> Vec<Option<(String, bool)>> {
        let a = annotate_text(text, &Options::default());
        a.quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| (s.text.clone(), s.entity.is_some())))
            .collect()
    }

    /// Each text has one quote, with that speaker (words, entity given).
    fn check(cases: &[(&str, Option<(&str, bool)>)]) {
        for &(text, want) in cases {
            let want = want.map(|(w, e)| (w.to_string(), e));
            assert_eq!(speakers(text), vec![want], "{text}");
        }
    }

    #[test]
    fn descriptions_and_owners_name_sources() {
        let cases: &[(&str, Option<(&str, bool)>)] = &[
            // after the verb, with its "for" phrase
            ("“No comment,” said a lawyer for the council, leaving.", Some(("a lawyer for the council", false))),
            // a document before the verb names no cluster
            ("“The board lied,” the complaint says.", Some(("the complaint", false))),
            // "the" and a role word name the person introduced with it
            ("Mayor Maria Lopez opened the dam. “It holds,” the mayor said.", Some(("the mayor", true))),
            // "quickly" is no head noun and "and" joins no description
            ("“It holds,” and quickly said.", None),
            // the person an owner names speaks, not the owner
            ("“It holds,” the Tribune’s Dana Kowalski wrote.", Some(("Dana Kowalski", true))),
            // a noun for words makes its owner the speaker
            ("Maria Lopez’s last remark was “never again.”", Some(("Maria Lopez", true))),
            ("Maria Lopez met Mark Evans. Fans cheered her line, “never again.”", Some(("her", true))),
            // an owner and lowercase words before the verb: someone unnamed
            ("“It holds,” Mark Evans’s former campaign strategist said.", Some(("Mark Evans’s former campaign strategist", false))),
            // any other noun does not: critics are not their owner, the critics speak
            ("Mark Evans’s critics call it “a farce.”", Some(("Mark Evans’s critics", false))),
        ];
        check(cases);
    }
}
