//! States named by their kind: a polity noun before "of" and a place ("the Principality of Guria",
//! "the Crown Colony of Sarawak", "the Kingdom of Sardinia") is one place, the noun with it, not a
//! MISC or ORG noun beside a place. The place of an office, after its title and "of", is a place of
//! its own, apart from the holder's name after it ("the Governor of Texas Greg Abbott").

use super::*;

/// Joins a `POLITY:` noun of `name_heads.txt` ("Principality", "Duchy", "Colony"), with the
/// capitalised words right before it that a name already joins to it ("Crown Colony", "Grand
/// Duchy"), "of" (and "the") and the place right after it into one place. A name over the noun,
/// "of" and the place taken for something else ("Duchy of Saxony" as MISC) becomes a place.
pub(super) fn join_polities(doc: &Document, out: &mut Vec<Mention>) {
    let heads = &lexicon().polity_heads;
    let n = doc.tokens.len();
    // the word "of" first: it rules out most tokens before the set is asked
    let polity_at = |h: usize| doc.word(h + 1) == "of" && heads.contains(doc.word(h));
    if !(0..n.saturating_sub(2)).any(polity_at) {
        return;
    }
    let mut owner = vec![usize::MAX; n];
    for (k, m) in out.iter().enumerate() {
        owner[m.tokens.clone()].iter_mut().for_each(|o| *o = k);
    }
    let mut gone = vec![false; out.len()];
    for h in 0..n - 2 {
        if !polity_at(h) {
            continue;
        }
        let p = if doc.word(h + 2) == "the" && h + 3 < n { h + 3 } else { h + 2 };
        let b = owner[p];
        if b == usize::MAX || gone[b] || doc.sentence_of(h) != doc.sentence_of(p) {
            continue;
        }
        let a = owner[h];
        if a == b {
            // one name over the noun, "of" and the place: it is the place's name
            let m = &mut out[a];
            let place_words = (p..m.tokens.end).all(|i| is_capitalised_word(doc, i))
                && !lexicon().name_heads.contains_key(doc.word(m.tokens.end - 1));
            if m.tokens.start + 2 >= h && place_words && m.strength < ROLE && m.label != Label::Place {
                m.label = Label::Place;
                m.strength = m.strength.max(STRONG);
            }
            continue;
        }
        if out[b].label != Label::Place || out[b].tokens.start != p {
            continue;
        }
        let start = if a == usize::MAX {
            h
        } else if out[a].tokens.end == h + 1 && out[a].tokens.len() <= 3 && out[a].strength < ROLE {
            gone[a] = true;
            out[a].tokens.start
        } else {
            continue;
        };
        let m = &mut out[b];
        m.tokens.start = start;
        m.start = doc.tokens[start].start;
        m.strength = m.strength.max(STRONG);
        for o in &mut owner[start..p] {
            *o = b;
        }
    }
    remove_marked(out, &gone);
}

/// The words of `r` make a place the word lists or the gazetteers know.
fn is_known_place(doc: &Document, r: Range<usize>) -> bool {
    use crate::ner::gazetteer::{CITY, COUNTRY, PLACE};
    let text = &doc.text[doc.tokens[r.start].start..doc.tokens[r.end - 1].end];
    matches!(known(text), Some((Label::Place, _)))
        || phrase_kinds(r.map(|i| doc.word(i))) & (CITY | COUNTRY | PLACE) != 0
}

/// After a title and "of" ("Governor of", "Mayor of"), a name taken for a person or an
/// organisation that opens with a known place and goes on with a given name is two: the place and
/// the holder ("the Governor of Texas Greg Abbott"); one that is a known place alone is the place
/// ("the Governor of Maine" taken for a person).
pub(super) fn split_place_from_holder(doc: &Document, out: &mut Vec<Mention>) {
    use crate::ner::gazetteer::FIRST_NAME;
    let given = |i: usize| {
        is_capitalised_word(doc, i)
            && (lexicon().first_names.contains(doc.word(i)) || gazetteer_kinds(doc.word(i)) & FIRST_NAME != 0)
    };
    let mut added = Vec::new();
    for m in out.iter_mut() {
        let i = m.tokens.start;
        if i < 2
            || m.strength >= ROLE
            || !matches!(m.label, Label::Person | Label::Org)
            || doc.word(i - 1) != "of"
            || !is_title(doc.word(i - 2))
        {
            continue;
        }
        let len = m.tokens.len();
        if len <= 3 && is_known_place(doc, m.tokens.clone()) {
            m.label = Label::Place;
            m.strength = m.strength.max(STRONG);
            continue;
        }
        let Some(k) = (1..=3.min(len.saturating_sub(2)))
            .rev()
            .find(|&k| given(i + k) && is_known_place(doc, i..i + k))
        else {
            continue;
        };
        added.push(Mention {
            start: doc.tokens[i + k].start,
            end: m.end,
            tokens: i + k..m.tokens.end,
            label: Label::Person,
            strength: CONTEXT,
        });
        m.tokens.end = i + k;
        m.end = doc.tokens[i + k - 1].end;
        m.label = Label::Place;
        m.strength = m.strength.max(STRONG);
    }
    insert_sorted(out, added);
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_polity_of_a_place_is_one_place() {
        let n = names("The Principality of Velmora and the Crown Colony of Sarawak joined the Kingdom of Sardinia.");
        assert!(n.contains(&("Principality of Velmora".into(), Label::Place)), "{n:?}");
        assert!(n.contains(&("Crown Colony of Sarawak".into(), Label::Place)), "{n:?}");
        assert!(n.contains(&("Kingdom of Sardinia".into(), Label::Place)), "{n:?}");
        let n = names("He led a revolt in the Duchy of Saxony.");
        assert!(n.contains(&("Duchy of Saxony".into(), Label::Place)), "{n:?}");
        let n = names("He wrote to the Bank of England.");
        assert!(!n.iter().any(|(t, l)| t == "Bank of England" && *l == Label::Place), "{n:?}");
    }

    #[test]
    fn the_place_of_an_office_is_apart_from_its_holder() {
        let n = names("The Governor of Texas Mary Kessler said on Monday.");
        assert!(n.contains(&("Texas".into(), Label::Place)), "{n:?}");
        assert!(n.contains(&("Mary Kessler".into(), Label::Person)), "{n:?}");
    }
}
