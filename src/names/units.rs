//! Military and similar units written with their number: "139th Pennsylvania Volunteer
//! Infantry", "IV Corps", "No. 18 Squadron", "65 Air Division". A name whose last word is a unit
//! head (`UNIT:` lines of `name_heads.txt`: "Regiment", "Division", "Squadron", "Corps", ...)
//! takes in the ordinal, Roman numeral, plain number or "No." and number right before it, and is
//! an organisation. An ordinal before a one-word name in capitals, with no noun after the name, is
//! the same kind of unit ("the 93d PVI,"). Later in the text the bare ordinal of a unit named so,
//! after "the" and with no noun of its own after it, stands for the unit: "The 139th was formed
//! at ..." (and "the 65th wing").

use super::*;

/// Takes unit numbers into the names of units and adds the bare ordinals that stand for them.
pub(super) fn join_unit_numbers(doc: &Document, out: &mut Vec<Mention>) {
    let lex = lexicon();
    split_unit_of_unit(doc, out);
    let mut ordinals: HashMap<&str, usize> = HashMap::default();
    for m in out.iter_mut() {
        let last = doc.word(m.tokens.end - 1);
        let s = doc.sentences[doc.sentence_of(m.tokens.start)].tokens.start;
        let first_word = doc.word(m.tokens.start);
        let all_caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
        // "Squadron RAF": a unit head and the service it belongs to
        let unit = lex.name_units.contains(last)
            || (m.tokens.len() > 1
                && lex.name_units.contains(first_word)
                && (m.tokens.start + 1..m.tokens.end).all(|k| all_caps(doc.word(k))));
        let acronym = matches!(m.label, Label::Org | Label::Place)
            && m.tokens.len() == 1
            && all_caps(last)
            && ends_noun_phrase(doc, m.tokens.end);
        let Some(k) = number_before(doc, s, m.tokens.start, unit) else {
            continue;
        };
        if !(unit || (acronym && is_ordinal(doc.word(m.tokens.start - 1)))) {
            continue;
        }
        // "5 Marine Corps soldiers": a plain number before a noun counts the nouns
        if is_digits(doc, k) && !ends_noun_phrase(doc, m.tokens.end) {
            continue;
        }
        m.tokens.start = k;
        m.start = doc.tokens[k].start;
        m.label = Label::Org;
        m.strength = m.strength.max(STRONG);
        if unit && is_ordinal(doc.word(k)) {
            let at = ordinals.entry(doc.word(k)).or_insert(m.start);
            *at = (*at).min(m.start);
        }
    }
    if ordinals.is_empty() {
        return;
    }
    // the bare ordinal of a unit named above: "The 139th was formed", "the 65th wing"
    let covered = covered_tokens(doc, out);
    let mut added = false;
    for i in 1..doc.tokens.len() {
        let w = doc.word(i);
        if covered[i] || ordinals.get(w).is_none_or(|&at| doc.tokens[i].start < at) {
            continue;
        }
        if !doc.word(i - 1).eq_ignore_ascii_case("the") {
            continue;
        }
        let sent = &doc.sentences[doc.sentence_of(i)];
        let mut end = i + 1;
        if end < sent.tokens.end && !covered[end] {
            let n = doc.word(end);
            let head = capitalised(n);
            if n.starts_with(char::is_lowercase) && lex.name_units.contains(head.as_str()) {
                end += 1;
            }
        }
        if end == i + 1 && !(end >= sent.tokens.end || ends_noun_phrase(doc, end)) {
            continue;
        }
        out.push(Mention::over(doc, i..end, Label::Org, CONTEXT));
        added = true;
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// "IV Corps of the Army of the Potomac": a numbered unit "of" a larger one whose name opens with
/// a unit head is two organisations, "IV Corps" and "Army of the Potomac".
fn split_unit_of_unit(doc: &Document, out: &mut Vec<Mention>) {
    let lex = lexicon();
    let mut split = Vec::new();
    for m in out.iter_mut() {
        let (a, b) = (m.tokens.start, m.tokens.end);
        let w = doc.word(a);
        if !(is_ordinal(w) || is_roman(w) || is_digits(doc, a)) {
            continue;
        }
        let Some(j) = (a + 1..b.saturating_sub(2))
            .find(|&j| doc.word(j + 1) == "of" && lex.name_units.contains(doc.word(j)))
        else {
            continue;
        };
        let mut k = j + 2;
        if k < b && doc.word(k) == "the" {
            k += 1;
        }
        if k + 1 >= b || !lex.name_units.contains(doc.word(k)) {
            continue;
        }
        split.push(Mention {
            start: doc.tokens[k].start,
            end: m.end,
            tokens: k..b,
            label: Label::Org,
            strength: m.strength.max(STRONG),
        });
        m.tokens.end = j + 1;
        m.end = doc.tokens[j].end;
        m.label = Label::Org;
        m.strength = m.strength.max(STRONG);
    }
    if !split.is_empty() {
        out.extend(split);
        out.sort_by_key(|m| m.start);
    }
}

/// The first token of a unit's number right before token `i` (and after the sentence's first
/// token `s`): an ordinal ("139th", "62d"), a Roman numeral ("IV"), "No." and a number, or, before a
/// unit head (`unit`), a plain number of one to three digits that no other number comes before.
fn number_before(doc: &Document, s: usize, i: usize, unit: bool) -> Option<usize> {
    if i <= s {
        return None;
    }
    let k = i - 1;
    let w = doc.word(k);
    if doc.tokens[k].end == doc.tokens[i].start {
        return None;
    }
    if is_ordinal(w) || (unit && is_roman(w)) {
        return Some(k);
    }
    if !unit || !is_digits(doc, k) || w.len() > 3 {
        return None;
    }
    if k > s && matches!(doc.word(k - 1), "No." | "No" | "no." | "Nos.") {
        return Some(k - 1);
    }
    // a count ("2 and 3 Air Divisions", "1, 2") is no unit
    let counted = k > s
        && (doc.tokens[k - 1].kind == Kind::Number
            || matches!(doc.word(k - 1), "," | "and" | "or" | "-"));
    (!counted).then_some(k)
}

/// "139th", "62d", "2nd", "21st", "93d": digits and an ordinal ending.
fn is_ordinal(w: &str) -> bool {
    is_ordinal_number(w) || after_digits(w) == Some("d")
}

/// "IV", "XII", "I": a Roman numeral below forty.
fn is_roman(w: &str) -> bool {
    let rest = w.trim_start_matches('X');
    if w.len() - rest.len() > 3 {
        return false;
    }
    !w.is_empty()
        && matches!(rest, "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX")
}

/// Token `i` ends a noun phrase that stops before it: the sentence's end, a mark, a conjunction or
/// a verb ("was", "fought"), not a noun ("the 38th NATO summit", "the 65th minute").
fn ends_noun_phrase(doc: &Document, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return true;
    };
    let w = doc.tok(t);
    t.kind == Kind::Punct
        || matches!(
            w,
            "and"
                | "or"
                | "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "had"
                | "also"
                | "then"
                | "later"
                | "along"
                | "would"
                | "will"
                | "in"
                | "at"
                | "on"
                | "to"
                | "from"
                | "with"
        )
        || (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
}

/// "Wing" for "wing".
fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_unit_takes_its_number() {
        let n = names(
            "The 117th Ohio Volunteer Infantry joined the XI Corps, and later No. 27 Squadron and the 8 Air Division arrived.",
        );
        for w in ["117th Ohio Volunteer Infantry", "XI Corps", "No. 27 Squadron", "8 Air Division"]
        {
            assert!(n.contains(&(w.into(), Label::Org)), "{w}: {n:?}");
        }
    }

    #[test]
    fn a_plain_number_before_a_noun_counts_it() {
        let n = names("Officials said 5 Coastal Corps soldiers were hurt near the border.");
        assert!(!n.iter().any(|(t, _)| t.starts_with('5')), "{n:?}");
    }

    #[test]
    fn a_numbered_unit_of_an_army_is_two_units() {
        let n =
            names("The brigade served in the XII Corps of the Army of the Cumberland until 1864.");
        assert!(n.contains(&("XII Corps".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Army of the Cumberland".into(), Label::Org)), "{n:?}");
        let n = names("No. 31 Squadron RAF flew from Malta.");
        assert!(n.contains(&("No. 31 Squadron RAF".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn the_bare_ordinal_of_a_unit_stands_for_it() {
        let n = names(
            "The 117th Ohio Volunteer Infantry was raised in 1862. The 117th marched to Perryville, and in the 117th minute it rained.",
        );
        let bare = n.iter().filter(|(t, l)| t == "117th" && *l == Label::Org).count();
        assert_eq!(bare, 1, "{n:?}");
    }

    #[test]
    fn an_ordinal_before_a_unit_acronym() {
        let n = names("The brigade held the 71st KVI, the 72d KVI and the 38th NATO summit.");
        assert!(n.contains(&("71st KVI".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("72d KVI".into(), Label::Org)), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.contains("38th")), "{n:?}");
        assert!(is_roman("IV") && is_roman("XIX") && !is_roman("IVX") && !is_roman("CEO"));
        assert!(is_ordinal("62d") && is_ordinal("3rd") && !is_ordinal("3") && !is_ordinal("d"));
    }
}
