//! Names inside a hyphenated word: a word holds one token, but the news gold marks the names
//! joined in it one by one. "(D-Minn.)", "(R-Texas)": the party's letter (MISC) and the state
//! (a place);
//! "US-China talks", "the Baghdad-Damascus road": two places. The mentions keep the word's token
//! and cover part of its text. Words that are one place ("Guinea-Bissau",
//! "Schleswig-Holstein") stay whole, and so do the compounds of a name and a lowercase word
//! ("London-based", "Facebook-owned"), which CoNLL-2003 marks whole as MISC.

use super::*;
use crate::ner::gazetteer::{CITY, COUNTRY, FIRST_NAME, LAST_NAME, PLACE};

/// Replaces a one-word name (or a word no name covers) that joins a party's letter and a
/// state's code, or two places, with the names in it.
pub(super) fn split_hyphenated(doc: &Document, out: &mut Vec<Mention>) {
    let codes = &lexicon().state_codes;
    let n = doc.tokens.len();
    let mut owner = vec![usize::MAX; n];
    for (k, m) in out.iter().enumerate() {
        for i in m.tokens.clone() {
            owner[i] = k;
        }
    }
    let mut gone = vec![false; out.len()];
    let mut added = Vec::new();
    for (i, &k) in owner.iter().enumerate() {
        let t = &doc.tokens[i];
        let w = doc.word(i);
        if t.kind != Kind::Word || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let Some(h) = w.find('-') else { continue };
        let (a, b) = (&w[..h], &w[h + 1..]);
        if b.is_empty() || b.contains('-') {
            continue;
        }
        // the name that covers the word must cover it alone
        let whole = k == usize::MAX || out[k].tokens.len() == 1;
        let cut = t.start + h;
        let part = |start: usize, end: usize, tokens: Range<usize>, label: Label| Mention {
            start,
            end,
            tokens,
            label,
            strength: STRONG,
        };
        // "D-Minn.", "R-TX": a party's letter and a state's code, the code's period perhaps the
        // next token's ("D-Minn" ".")
        if matches!(a, "D" | "R" | "I") && whole {
            let dotted = i + 1 < n && doc.word(i + 1) == "." && doc.tokens[i + 1].start == t.end;
            let state_end = if codes.contains(b) || matches!(known(b), Some((Label::Place, _))) {
                Some((t.end, i + 1))
            } else if dotted && codes.contains(format!("{b}.").as_str()) {
                Some((doc.tokens[i + 1].end, i + 2))
            } else {
                None
            };
            if let Some((end, last)) = state_end {
                if k != usize::MAX {
                    gone[k] = true;
                }
                added.push(part(t.start, cut, i..i + 1, Label::Misc));
                added.push(part(cut + 1, end, i..last, Label::Place));
                continue;
            }
        }
        // "US-China": two places, the word itself none, neither a person's name
        let place = |x: &str| {
            let kinds = gazetteer_kinds(x);
            x.starts_with(|c: char| c.is_uppercase())
                && (matches!(known(x), Some((Label::Place, _)))
                    || kinds & (COUNTRY | CITY | PLACE) != 0 && kinds & (FIRST_NAME | LAST_NAME) == 0)
        };
        if k != usize::MAX && (!whole || out[k].label == Label::Person) {
            continue;
        }
        if place(a) && place(b) && gazetteer_kinds(w) == 0 && known(w).is_none() {
            if k != usize::MAX {
                gone[k] = true;
            }
            added.push(part(t.start, cut, i..i + 1, Label::Place));
            added.push(part(cut + 1, t.end, i..i + 1, Label::Place));
        }
    }
    if added.is_empty() {
        return;
    }
    remove_marked(out, &gone);
    insert_sorted(out, added);
}

#[cfg(test)]
mod tests {
    use crate::names::tests::names;
    use crate::types::Label;

    #[test]
    fn a_party_letter_and_a_state_code_are_two_names() {
        let n = names("Sen. Amy Klobuchar (D-Minn.), Rep. Brian Babin (R-TX) and Rep. Kay Granger (R-Texas) spoke.");
        assert!(n.contains(&("Texas".to_string(), Label::Place)), "{n:?}");
        assert!(n.contains(&("D".to_string(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("Minn.".to_string(), Label::Place)), "{n:?}");
        assert!(n.contains(&("TX".to_string(), Label::Place)), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.contains('-')), "{n:?}");
    }

    #[test]
    fn two_places_joined_by_a_hyphen_are_two_places() {
        let n = names("The US-China talks stalled again on Monday, officials in Beijing said.");
        assert!(n.contains(&("US".to_string(), Label::Place)), "{n:?}");
        assert!(n.contains(&("China".to_string(), Label::Place)), "{n:?}");
    }

    #[test]
    fn a_hyphenated_place_and_a_compound_stay_whole() {
        let n = names("Troops from Guinea-Bissau met the London-based group in Dakar on Monday.");
        assert!(!n.iter().any(|(t, _)| t.as_str() == "Guinea" || t == "Bissau"), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t == "London"), "{n:?}");
    }
}
