//! Names that political text writes across words the other rules stop at: an organisation whose
//! name goes on with "in" and a place ("the Christian Social Union in Bavaria"), and an electoral
//! district named after the places it joins ("the riding of Saskatoon - Rosetown - Biggar"), one
//! place whatever its pieces were taken for.

use super::*;

/// Joins an organisation of two words or more that ends in an `IN:` head of `name_heads.txt`
/// ("Union", "Church") with "in" and the place right after it: one organisation.
pub(super) fn join_in_place(doc: &Document, out: &mut Vec<Mention>) {
    let heads = &lexicon().name_in_heads;
    let mut gone = vec![false; out.len()];
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (&out[k], &out[k + 1]);
        let joins = a.label == Label::Org
            && a.tokens.len() >= 2
            && heads.contains(doc.word(a.tokens.end - 1))
            && b.label == Label::Place
            && b.tokens.start == a.tokens.end + 1
            && doc.word(a.tokens.end) == "in"
            && doc.sentence_of(a.tokens.start) == doc.sentence_of(b.tokens.start)
            && !(b.tokens.end < doc.tokens.len() && doc.word(b.tokens.end) == "of");
        if joins {
            let (end, tend) = (b.end, b.tokens.end);
            let a = &mut out[k];
            a.end = end;
            a.tokens.end = tend;
            a.strength = a.strength.max(STRONG);
            gone[k + 1] = true;
            // the place is taken: the next pair starts after it
            k += 1;
        }
        k += 1;
    }
    remove_marked(out, &gone);
}

/// A dash between the places of a district's name ("Portage - Interlake", "Saskatoon—Humboldt").
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// After a `SEAT:` noun of `name_heads.txt` and "of" ("the riding of"), the capitalised words
/// joined by dashes are one place: the names found in them give way to it.
pub(super) fn join_seats(doc: &Document, out: &mut Vec<Mention>) {
    let seats = &lexicon().seat_nouns;
    let capital = |i: usize| is_capitalised_word(doc, i);
    // the districts' names, in order; they never overlap (each is capitalised words and dashes,
    // and the noun that opens the next one is in lowercase)
    let mut districts: Vec<Range<usize>> = Vec::new();
    // districts found by their place in an election's sentence, not by a seat noun: the names in
    // them need not open them ("Prince Edward - Hastings", "Prince" a title)
    let mut by_election = Vec::new();
    let district_words = &lexicon().district_words;
    for s in &doc.sentences {
        let toks = s.tokens.clone();
        let electoral = toks.clone().any(|i| district_words.contains(doc.word(i)));
        let mut i = toks.start;
        while i + 2 < toks.end {
            let seat = doc.word(i + 1) == "of" && seats.contains(doc.word(i));
            let after_in = electoral && matches!(doc.word(i + 1), "in" | "for");
            if !(seat || after_in) || !capital(i + 2) {
                i += 1;
                continue;
            }
            let start = i + 2;
            let mut end = start;
            let mut dashes = 0;
            loop {
                while end < toks.end && capital(end) {
                    end += 1;
                }
                if end + 1 < toks.end && is_dash(doc.word(end)) && capital(end + 1) {
                    end += 1;
                    dashes += 1;
                } else {
                    break;
                }
            }
            if seat || dashes > 0 {
                districts.push(start..end);
                by_election.push(!seat);
            }
            i = end.max(i + 1);
        }
    }
    if districts.is_empty() {
        return;
    }
    // each name against the districts it meets, found by a binary search: one inside a district
    // from its first word fills it, one across its edge forbids it
    let mut filled = vec![false; districts.len()];
    let mut crossed = vec![false; districts.len()];
    let mut inside_of: Vec<Option<usize>> = vec![None; out.len()];
    for (k, m) in out.iter().enumerate() {
        let first = districts.partition_point(|d| d.end <= m.tokens.start);
        for (j, d) in districts.iter().enumerate().skip(first) {
            if d.start >= m.tokens.end {
                break;
            }
            if m.tokens.start >= d.start && m.tokens.end <= d.end {
                inside_of[k] = Some(j);
                filled[j] |= m.tokens.start == d.start || by_election[j];
            } else {
                crossed[j] = true;
            }
        }
    }
    // the names inside a district give way to one place, where the first of them stood
    let mut placed = vec![false; districts.len()];
    let mut joined = Vec::with_capacity(out.len());
    for (k, m) in out.drain(..).enumerate() {
        match inside_of[k] {
            Some(j) if filled[j] && !crossed[j] => {
                if !placed[j] {
                    placed[j] = true;
                    let d = districts[j].clone();
                    joined.push(Mention::over(doc, d, Label::Place, STRONG));
                }
            }
            _ => joined.push(m),
        }
    }
    *out = joined;
}

/// A name right after a `member:` word of `politics.txt` and "for" is the district the member sits
/// for: a place ("the MPP for Kenora"), not a person or an organisation.
pub(super) fn place_after_member_for(doc: &Document, out: &mut [Mention]) {
    let members = &lexicon().seat_members;
    for m in out.iter_mut() {
        let i = m.tokens.start;
        if i >= 2
            && m.strength < ROLE
            && matches!(m.label, Label::Person | Label::Org)
            && doc.word(i - 1) == "for"
            && members.contains(doc.word(i - 2))
            && doc.sentence_of(i - 2) == doc.sentence_of(i)
        {
            m.label = Label::Place;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// A name taken for a person that political words around it show to be a party or a body is an
/// organisation, and so is every other mention of it taken for a person: a lowercase word after it
/// (`after:` of `politics.txt`: "the Ezkerra senator", "Shinui merged"), the two words before it
/// (`before:`: "an alliance with Gesher", "elected to Dail Eireann"), or "the" before it and a
/// punctuation mark after it ("the New Komeito, the ..."). Not a name in the possessive ("merged
/// with Shulamit Aloni's Ratz"), nor one a role word typed.
pub(super) fn parties_by_context(doc: &Document, out: &mut [Mention]) {
    let lex = lexicon();
    let mut parties: HashSet<&str> = HashSet::default();
    for m in out.iter() {
        if m.label != Label::Person || m.strength >= ROLE {
            continue;
        }
        let (i, e) = (m.tokens.start, m.tokens.end);
        let sent = &doc.sentences[doc.sentence_of(i)];
        let next = (e < sent.tokens.end).then(|| (doc.word(e), doc.tokens[e].kind));
        if next.is_some_and(|(w, k)| k == Kind::Possessive || w.starts_with(is_apostrophe)) {
            continue;
        }
        let after = next.is_some_and(|(w, k)| k == Kind::Word && lex.party_after.contains(w));
        let before = i >= sent.tokens.start + 2
            && lex.party_before.contains(&two_words(doc, i - 2));
        let the = i > sent.tokens.start
            && doc.word(i - 1) == "the"
            && next.is_none_or(|(w, _)| matches!(w, "," | ";" | ":" | ")"));
        if after || before || the {
            parties.insert(&doc.text[m.start..m.end]);
        }
    }
    if parties.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if m.label == Label::Person && m.strength < ROLE && parties.contains(&doc.text[m.start..m.end]) {
            m.label = Label::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_union_in_a_region_is_one_organisation() {
        let n = names("She joined the Christian Social Union in Bavaria in 1990.");
        assert!(n.contains(&("Christian Social Union in Bavaria".into(), Label::Org)), "{n:?}");
        let n = names("The Workers Party held a rally in Bavaria.");
        assert!(n.contains(&("Bavaria".into(), Label::Place)), "{n:?}");
    }

    #[test]
    fn a_riding_joined_by_dashes_is_one_place() {
        let n = names("He ran in the riding of Lakeview - Orwell - Fenmoor in 2004.");
        assert!(n.contains(&("Lakeview - Orwell - Fenmoor".into(), Label::Place)), "{n:?}");
        let n = names("He won the constituency of Harwood and went to Ottawa.");
        assert!(n.contains(&("Harwood".into(), Label::Place)), "{n:?}");
    }

    #[test]
    fn a_district_joined_by_dashes_in_an_election_is_one_place() {
        let n = names("He sought the nomination in Lakeview - Orwell for the 2011 election.");
        assert!(n.contains(&("Lakeview - Orwell".into(), Label::Place)), "{n:?}");
        let n = names("She flew in Lakeview - Orwell on Monday.");
        assert!(!n.contains(&("Lakeview - Orwell".into(), Label::Place)), "{n:?}");
    }

    #[test]
    fn the_member_for_a_name_sits_for_a_place() {
        let d = Document::new("He was the MPP for Kenora until 1959.");
        let i = (0..d.tokens.len()).find(|&i| d.word(i) == "Kenora").unwrap();
        let mut out = vec![super::super::tests::mention(&d, i, Label::Person)];
        out[0].strength = CONTEXT;
        place_after_member_for(&d, &mut out);
        assert_eq!(out[0].label, Label::Place);
    }

    #[test]
    fn political_words_make_a_party_of_a_person() {
        let d = Document::new("Only one Vazro Denka senator sat. Vazro Denka left. Ana Bel deputies sat with Tor Veld's group. The Kor Vel 's were.");
        let at = |w: &str| (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        let two = |i: usize, label| Mention {
            start: d.tokens[i].start,
            end: d.tokens[i + 1].end,
            tokens: i..i + 2,
            label,
            strength: CONTEXT,
        };
        let second = (at("left") - 2..at("left")).start;
        let mut out = vec![
            two(at("Vazro"), Label::Person),
            two(second, Label::Person),
            two(at("Ana"), Label::Person),
            two(at("Tor"), Label::Person),
            two(at("Kor"), Label::Person),
        ];
        parties_by_context(&d, &mut out);
        let labels: Vec<Label> = out.iter().map(|m| m.label).collect();
        assert_eq!(labels, vec![Label::Org, Label::Org, Label::Org, Label::Person, Label::Person]);
    }
}
