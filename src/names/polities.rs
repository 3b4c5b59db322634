//! States named by their kind: a polity noun before "of" and a place ("the Principality of Guria",
//! "the Crown Colony of Sarawak", "the Kingdom of Sardinia") is one place, the noun with it, not a
//! MISC or ORG noun beside a place.

use super::*;

/// Joins a `POLITY:` noun of `name_heads.txt` ("Principality", "Duchy", "Colony"), with the
/// capitalised words right before it that a name already joins to it ("Crown Colony", "Grand
/// Duchy"), "of" (and "the") and the place right after it into one place. A name over the noun,
/// "of" and the place taken for something else ("Duchy of Saxony" as MISC) becomes a place.
pub(super) fn join_polities(doc: &Document, out: &mut Vec<Mention>) {
    let heads = &lexicon().polity_heads;
    let n = doc.tokens.len();
    let mut owner = vec![usize::MAX; n];
    let mut any = false;
    for (k, m) in out.iter().enumerate() {
        owner[m.tokens.clone()].iter_mut().for_each(|o| *o = k);
    }
    for h in 0..n.saturating_sub(2) {
        any |= heads.contains(doc.word(h)) && doc.word(h + 1) == "of";
    }
    if !any {
        return;
    }
    let mut gone = vec![false; out.len()];
    for h in 0..n - 2 {
        if !heads.contains(doc.word(h)) || doc.word(h + 1) != "of" {
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
}
