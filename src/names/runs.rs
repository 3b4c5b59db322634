//! Candidate runs: runs of capitalised words in a sentence (with name particles and, after an
//! organisation head word, connectors), cut at titles, stripped of sentence-initial common words,
//! and judged by the word lists and their context (the rules' names).

use super::shape_filter::ShapeFilter;
use super::*;

pub(super) struct Finder<'d, 'a> {
    pub(super) doc: &'d Document<'a>,
    pub(super) taken: Vec<bool>,
    /// Lowercase forms of sentence openers that are seen in lowercase somewhere in the document.
    pub(super) lower: HashSet<String>,
    /// Per token: [`Finder::word_is_cap`].
    pub(super) cap: Vec<bool>,
}

impl<'d, 'a> Finder<'d, 'a> {
    /// The finder for `doc`; `values` are already taken and are never part of a name.
    pub(super) fn new(doc: &'d Document<'a>, values: &[Value]) -> Self {
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
        f
    }

    /// The candidate runs of every sentence: those of body text classified into `body` names, those
    /// of headlines (`headlines[block]`) returned as they are, to be judged against the body.
    pub(super) fn candidate_runs(&self, headlines: &[bool], body: &mut Vec<Mention>) -> Vec<Range<usize>> {
        let (doc, f) = (self.doc, self);
        let mut headline_runs = Vec::new();
        let mut runs = Vec::new();
        for (bi, b) in doc.blocks.iter().enumerate() {
            let headline = headlines[bi];
            for s in &doc.sentences[b.sentences.clone()] {
                f.runs(s.tokens.clone(), &mut runs);
                for run in runs.drain(..) {
                    if headline {
                        headline_runs.push(run);
                    } else {
                        f.classify_run(run, body);
                    }
                }
            }
        }
        headline_runs
    }

    /// A capitalised word that may be part of a name.
    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.cap[i]
    }

    pub(super) fn word_is_cap(&self, i: usize) -> bool {
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
    pub(super) fn is_headline(&self, bi: usize) -> bool {
        let b = &self.doc.blocks[bi];
        let (mut long, mut caps, mut all_caps) = (0, 0, 0);
        for i in b.tokens.clone() {
            // not a headline even if every word left were long and in capitals (each condition
            // below out of reach): stop reading (a paragraph is settled about halfway)
            let left = b.tokens.end - i;
            if 10 * caps + 3 * left < 7 * long && 10 * all_caps + 2 * left < 8 * long {
                return false;
            }
            let w = self.doc.word(i);
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
    pub(super) fn is_wrapped(&self, bi: usize) -> bool {
        let word = |i: usize| self.doc.tokens[i].kind == Kind::Word;
        let lower_word = |i: usize| word(i) && self.doc.word(i).starts_with(char::is_lowercase);
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
    pub(super) fn is_all_caps(&self, bi: usize) -> bool {
        let b = &self.doc.blocks[bi];
        let t = &self.doc.text[b.start..b.end];
        let upper = t.chars().filter(|c| c.is_uppercase()).count();
        let lower = t.chars().filter(|c| c.is_lowercase()).count();
        upper >= 4 && upper > lower * 4
    }

    /// A block with digits (tables and results, not headlines).
    pub(super) fn has_digits(&self, bi: usize) -> bool {
        let b = &self.doc.blocks[bi];
        self.doc.text[b.start..b.end].bytes().any(|c| c.is_ascii_digit())
    }

    /// Runs of capitalised words in the token range `r`, into `out` (emptied first).
    pub(super) fn runs(&self, r: Range<usize>, out: &mut Vec<Range<usize>>) {
        out.clear();
        let mut i = r.start;
        while i < r.end {
            if !self.is_cap(i) {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i + 1;
            // the run went on across a connector after an organisation head: an organisation's
            // name, in which "of" goes on ("Popular Front for the Liberation of Palestine")
            let mut in_org = false;
            loop {
                if e < r.end && self.is_cap(e) && !self.is_compound(e) && !self.is_compound(e - 1) {
                    e += 1;
                    continue;
                }
                // "Ursula von der Leyen", "Security Council of the Russian Federation"
                // (a legal form ends the name: "Kia Motor Corp of South Korea" is a company and a place)
                // (not after a listed place: "West Bank and Gaza" is two places)
                let head = lexicon().org_heads.contains(self.doc.word(e - 1))
                    && !is_legal_form(self.doc.word(e - 1))
                    && !matches!(known(self.span_text(s..e)), Some((Label::Place, _)));
                let mut k = e;
                while k < r.end && k < e + 2 {
                    let w = self.doc.word(k);
                    let of = in_org
                        && if k == e { w == "of" } else { w == "the" && self.doc.word(e) == "of" };
                    // "Movement for a Free Ruritania"
                    let for_a = head && k == e + 1 && w == "a" && self.doc.word(e) == "for";
                    let joins = NAME_PARTICLES.contains(&w)
                        || (head && NAME_CONNECTORS.contains(&w))
                        || for_a
                        || of;
                    if !joins {
                        break;
                    }
                    k += 1;
                }
                if k > e && k < r.end && self.is_cap(k) {
                    in_org |= head;
                    e = k + 1;
                    continue;
                }
                // "Bosnia and Herzegovina", "Washington, D.C.": one listed place across the word
                if let Some(k) = self.listed_across(s, e, r.end) {
                    e = k;
                    continue;
                }
                // "Customs and Border Protection": a listed organisation across "and"
                if let Some(k) = self.listed_org_across_and(s, e, r.end) {
                    e = k;
                    continue;
                }
                // "Peace and Freedom Party": two words before an organisation head joined by "and"
                if let Some(k) = self.org_across_and(s, e, r.end) {
                    e = k;
                    continue;
                }
                // "People's National Party": a possessive that names nobody, before an organisation
                if let Some(k) = self.org_after_possessive(e, r.end) {
                    e = k;
                    continue;
                }
                break;
            }
            out.push(s..e);
            i = e;
        }
    }

    /// A listed place or a gazetteer country that goes on past the run `s..e` across an "and" or a
    /// comma ("Bosnia and Herzegovina", "Trinidad and Tobago", "Washington , D.C." for the listed
    /// "Washington D.C."): the end of the whole name, before `end`.
    pub(super) fn listed_across(&self, s: usize, e: usize, end: usize) -> Option<usize> {
        if e + 1 >= end || !matches!(self.doc.word(e), "and" | ",") || !self.is_cap(e + 1) {
            return None;
        }
        let most = end.min(s + MAX_LISTED_ACROSS);
        (e + 2..=most).rev().find(|&k| {
            (e + 1..k).all(|j| self.is_cap(j)) && self.is_listed_place(s..k)
        })
    }

    /// The words of `r` make a listed place or a gazetteer country, commas left out.
    pub(super) fn is_listed_place(&self, r: Range<usize>) -> bool {
        let words: Vec<&str> =
            r.clone().map(|k| self.doc.word(k)).filter(|&w| w != ",").collect();
        if matches!(known(&words.join(" ")), Some((Label::Place, _))) {
            return true;
        }
        phrase_kinds(words.into_iter()) & crate::ner::gazetteer::COUNTRY != 0
    }

    /// "Peace and Freedom Party", "Alliance of Liberals and Democrats for Europe Party": the run
    /// `s..e`, which ends in no organisation head and is no listed name, and the capitalised words
    /// after an "and" (with connectors such as "for") that end in an organisation head are one
    /// organisation; the end of it, before `end`. Two names stay two: a first part that is a listed
    /// name, a nationality or a party's adjective ("Republican and Democratic Party leaders"), or that
    /// ends in a head ("Labour Party and Green Party"), is a name of its own.
    pub(super) fn org_across_and(&self, s: usize, e: usize, end: usize) -> Option<usize> {
        let l = lexicon();
        let last = self.doc.word(e - 1);
        // a word of the first part that names something by itself, or an organisation head that
        // no connector follows ("Pakistan Peoples Party Workers and ...")
        let named = |k: usize| {
            let w = self.doc.word(k);
            l.word_kinds.get(w).is_some_and(|x| x & LISTED_NAME != 0)
                || gazetteer_kinds(w) & NAMED_KINDS != 0
                || (l.org_heads.contains(w) && !NAME_CONNECTORS.contains(&self.doc.word(k + 1)))
        };
        if e + 1 >= end
            || e - s > MAX_AND_HEAD
            || self.doc.word(e) != "and"
            || !self.is_cap(e + 1)
            || !last.chars().any(char::is_lowercase)
            || (s..e).any(named)
            || known(self.span_text(s..e)).is_some()
        {
            return None;
        }
        self.org_head_end(e + 1, end, 2)
    }

    /// "Customs and Border Protection", "Procter and Gamble": the run `s..e`, "and" and the
    /// capitalised words after it are one listed organisation; the end of it (the longest), before
    /// `end`.
    pub(super) fn listed_org_across_and(&self, s: usize, e: usize, end: usize) -> Option<usize> {
        if e + 1 >= end || self.doc.word(e) != "and" || !self.is_cap(e + 1) {
            return None;
        }
        let last_cap = (e + 1..end.min(e + 1 + MAX_AND_TAIL)).take_while(|&k| self.is_cap(k)).last()?;
        (e + 2..=last_cap + 1)
            .rev()
            .find(|&k| self.contiguous(s..k) && matches!(known(self.span_text(s..k)), Some((Label::Org, _))))
    }

    /// "People's National Party", "Serb People's Party", "Workers' Party": a group of people
    /// (`OWNER:` in `name_heads.txt`) in the possessive at `e`, then capitalised words that end in an
    /// organisation head: one organisation; the end of it, before `end`. Another possessive is a
    /// name of its own ("Britain's Labour Party", "Suu Kyi's National League for Democracy").
    pub(super) fn org_after_possessive(&self, e: usize, end: usize) -> Option<usize> {
        let before = self.doc.word(e - 1);
        if !lexicon().name_owners.contains(before) {
            return None;
        }
        let word = |k: usize| if k < end { self.doc.word(k) } else { "" };
        // "People's" is "People" + "'s"; a text spaced as "People 's" has "'" + "s"; "Workers'"
        let from = match (word(e), word(e + 1)) {
            ("'s" | "’s", _) => e + 1,
            ("'" | "’", "s") => e + 2,
            ("'" | "’", _) if before.ends_with('s') => e + 1,
            _ => return None,
        };
        if from >= end || !self.is_cap(from) {
            return None;
        }
        // the head may also be a word that ends organisations' names only ("People's Liberation
        // Army", "People's Daily": `ORG:` in `name_heads.txt`)
        let l = lexicon();
        let org_name_head = |k: usize| self.is_cap(k) && l.name_heads.get(self.doc.word(k)) == Some(&Label::Org);
        let named = (from..end.min(from + MAX_AND_TAIL))
            .take_while(|&k| self.is_cap(k))
            .filter(|&k| org_name_head(k))
            .last()
            .map(|k| k + 1);
        self.org_head_end(from, end, 1).or(named)
    }

    /// The end of capitalised words from `from` (with "of", "for", "the" between them) that end in
    /// an organisation head other than a legal form, at least `min_words` and at most
    /// [`MAX_AND_TAIL`] words, before `end`.
    fn org_head_end(&self, from: usize, end: usize, min_words: usize) -> Option<usize> {
        let l = lexicon();
        let e = from - 1;
        let mut k = from;
        let mut found = None;
        while k < end && k < e + 1 + MAX_AND_TAIL {
            let w = self.doc.word(k);
            if self.is_cap(k) {
                if l.org_heads.contains(w) && !is_legal_form(w) && k + 1 >= from + min_words {
                    found = Some(k + 1);
                }
            } else if !(matches!(w, "of" | "for" | "the") && k + 1 < end && self.is_cap(k + 1)) {
                break;
            }
            k += 1;
        }
        found
    }

    /// "Russian-born": a capitalised word joined by a hyphen to a lowercase one.
    pub(super) fn is_compound(&self, i: usize) -> bool {
        compound_head(self.doc.word(i)).is_some()
    }

    /// A word that is capitalised only because of where it stands.
    pub(super) fn is_free_common(&self, i: usize) -> bool {
        let w = self.doc.word(i);
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
    pub(super) fn classify_run(&self, run: Range<usize>, out: &mut Vec<Mention>) {
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
            if let Some(head) = compound_head(self.doc.word(s)) {
                let l = lexicon();
                if l.nationalities.contains(head) || l.places.contains(head) {
                    self.push(s..s + 1, Label::Misc, STRONG, out);
                }
                return;
            }
        }
        let text = self.span_text(s..run.end);
        let across = (s + 1..run.end).any(|k| matches!(self.doc.word(k), "and" | ","));
        if across && self.is_listed_place(s..run.end) {
            self.push(s..run.end, Label::Place, STRONG, out);
            return;
        }
        if let Some((label, strength)) = known(text) {
            self.push(s..run.end, label, strength, out);
            return;
        }
        let heads = &lexicon().org_heads;
        let joined_after_head = (s + 1..run.end)
            .any(|k| NAME_CONNECTORS.contains(&self.doc.word(k)) && heads.contains(self.doc.word(k - 1)));
        // a group of people in the possessive before the words of an organisation ("People's
        // Liberation Army", whose head is no `org_heads.txt` word)
        let owned = run.end - s >= 3
            && lexicon().name_owners.contains(self.doc.word(s))
            && self.org_after_possessive(s + 1, run.end) == Some(run.end);
        if run.end - s >= 2 && (heads.contains(self.doc.word(run.end - 1)) || joined_after_head || owned) {
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
    pub(super) fn known_pieces(
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
    pub(super) fn longest_known(&self, i: usize, end: usize) -> Option<(usize, Label)> {
        // only as many words as the longest listed name that starts with this word
        let most = lexicon().name_words.get(self.doc.word(i)).map_or(1, |&n| n as usize);
        let max = end.min(i + most);
        (i + 1..=max).rev().find_map(|e| {
            if e > i + 1 && !self.contiguous(i..e) {
                return None;
            }
            known(self.span_text(i..e)).map(|(l, _)| (e, l))
        })
    }

    /// Tokens separated by single spaces only (so that the text equals a list entry).
    pub(super) fn contiguous(&self, r: Range<usize>) -> bool {
        let t = &self.doc.tokens;
        (r.start + 1..r.end).all(|k| t[k].start == t[k - 1].end + 1)
    }

    pub(super) fn span_text(&self, r: Range<usize>) -> &str {
        &self.doc.text[self.doc.tokens[r.start].start..self.doc.tokens[r.end - 1].end]
    }

    /// Labels an unknown name by its context.
    pub(super) fn judge(&self, r: Range<usize>, out: &mut Vec<Mention>) {
        let l = lexicon();
        let n = r.end - r.start;
        let first = self.doc.word(r.start);
        let sent = &self.doc.sentences[self.doc.sentence_of(r.start)];
        let prev = (r.start > sent.tokens.start).then(|| self.doc.word(r.start - 1));
        let next = (r.end < sent.tokens.end).then(|| self.doc.word(r.end));
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

    pub(super) fn push(&self, r: Range<usize>, label: Label, strength: Strength, out: &mut Vec<Mention>) {
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

/// Most words of a listed place that goes on across "and" or a comma ("Saint Vincent and the
/// Grenadines" aside: "Antigua and Barbuda", "Washington , D.C.").
const MAX_LISTED_ACROSS: usize = 5;

/// Gazetteer kinds of a word that names something by itself (a city, a country, a nationality, a
/// known organisation, a listed place).
const NAMED_KINDS: u16 = {
    use crate::ner::gazetteer::*;
    CITY | COUNTRY | NATIONALITY | KNOWN_ORG | PLACE
};

/// Most words before "and" in "Peace and Freedom Party" ("Alliance of Liberals and ...").
const MAX_AND_HEAD: usize = 3;

/// Most words after "and" in "Peace and Freedom Party" ("Democrats for Europe Party").
const MAX_AND_TAIL: usize = 5;

/// "“Building technology is hard”": a word in -ing at the start of a sentence that no list knows,
/// capitalised only where it stands.
pub(super) fn is_free_gerund(doc: &Document, i: usize) -> bool {
    is_free_form(doc, i, "ing", 5)
}

/// "Inc", "Corp.": the legal form that ends a company's name.
pub(super) fn is_legal_form(w: &str) -> bool {
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
pub(super) fn is_unknown_short_acronym(w: &str) -> bool {
    w.chars().count() <= 2
        && w.chars().all(|c| c.is_ascii_uppercase())
        && known(w).is_none()
        && gazetteer_kinds(w) == 0
}
