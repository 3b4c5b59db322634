//! Names that political text writes across words the other rules stop at: an organisation whose
//! name goes on with "in" and a place ("the Christian Social Union in Bavaria"), and an electoral
//! district named after the places it joins ("the riding of Saskatoon - Rosetown - Biggar"), one
//! place whatever its pieces were taken for.

use super::*;

/// Joins an organisation of two words or more that ends in an `IN:` head of `name_heads.txt`
/// ("Union", "Church") with "in" and the place right after it: one organisation.
pub(super) fn join_in_place(doc: &Document, out: &mut Vec<Mention>) {
    let heads = &lexicon().name_in_heads;
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
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// A dash between the places of a district's name ("Portage - Interlake", "Saskatoon—Humboldt").
fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// After a `SEAT:` noun of `name_heads.txt` and "of" ("the riding of"), the capitalised words
/// joined by dashes are one place: the names found in them give way to it.
pub(super) fn join_seats(doc: &Document, out: &mut Vec<Mention>) {
    let seats = &lexicon().seat_nouns;
    let capital = |i: usize| doc.tokens[i].kind == Kind::Word && doc.word(i).starts_with(char::is_uppercase);
    for s in &doc.sentences {
        let toks = s.tokens.clone();
        for i in toks.start..toks.end.saturating_sub(2) {
            if !seats.contains(doc.word(i)) || doc.word(i + 1) != "of" || !capital(i + 2) {
                continue;
            }
            let start = i + 2;
            let mut end = start;
            loop {
                while end < toks.end && capital(end) {
                    end += 1;
                }
                if end + 1 < toks.end && is_dash(doc.word(end)) && capital(end + 1) {
                    end += 1;
                } else {
                    break;
                }
            }
            let inside = |m: &Mention| m.tokens.start >= start && m.tokens.end <= end;
            // only where the names found fill the district's name from its first word
            if !out.iter().any(|m| m.tokens.start == start && m.tokens.end <= end) {
                continue;
            }
            if out.iter().any(|m| m.tokens.start < end && start < m.tokens.end && !inside(m)) {
                continue;
            }
            let at = out.iter().position(inside).unwrap_or(out.len());
            out.retain(|m| !inside(m));
            let m = Mention {
                start: doc.tokens[start].start,
                end: doc.tokens[end - 1].end,
                tokens: start..end,
                label: Label::Place,
                strength: STRONG,
            };
            out.insert(at, m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_names;
    use super::*;

    fn names(text: &str) -> Vec<(String, Label)> {
        let d = Document::new(text);
        find_names(&d, &crate::values::find_values(&d))
            .iter()
            .map(|m| (d.text[m.start..m.end].to_string(), m.label))
            .collect()
    }

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
}
