//! The head word of a name: the last word of a name of two words or more says what it is, whatever
//! the recogniser said ("Fairfax County" a place, "Virgin Records" an organisation, "Overland
//! Campaign" an event), from the word list `name_heads.txt`; a role after a name is cut off ("a
//! Reform Party Member").

use super::*;

/// A name of two words or more that ends in a role ("Reform Party Member", "United Farmers of
/// Ontario MPP") loses it; what is left takes the label the word lists give it, if any.
pub(super) fn cut_trailing_roles(doc: &Document, out: &mut [Mention]) {
    let roles = &lexicon().name_roles;
    for m in out.iter_mut() {
        let last = m.tokens.end - 1;
        if m.tokens.len() < 2
            || !roles.contains(doc.word(last))
            || !doc.word(last - 1).starts_with(|c: char| c.is_uppercase() || c == '.')
        {
            continue;
        }
        m.tokens.end = last;
        m.end = doc.tokens[last - 1].end;
        if let Some((label, strength)) = known(&doc.text[m.start..m.end]) {
            m.label = label;
            m.strength = m.strength.max(strength);
        }
    }
}

/// Relabels the names of two words or more that end in a head word, unless a role word set the
/// label or a number stands beside the name (a team in a results line: "Notts County 2 Ross
/// County 1").
pub(super) fn relabel_by_head(doc: &Document, out: &mut [Mention]) {
    let heads = &lexicon().name_heads;
    for m in out.iter_mut() {
        if m.tokens.len() < 2 || m.strength >= ROLE || !matches!(m.label, Label::Person | Label::Org | Label::Place | Label::Misc) {
            continue;
        }
        let Some(&label) = heads.get(doc.word(m.tokens.end - 1)) else {
            continue;
        };
        // a score beside a team ("Notts County 2") is digits only, not a measure glued to its
        // unit ("the 16-inch MacBook Pro")
        let score_beside = (m.tokens.start > 0 && is_digits(doc, m.tokens.start - 1))
            || (m.tokens.end < doc.tokens.len() && is_digits(doc, m.tokens.end));
        if !score_beside {
            m.label = label;
            m.strength = m.strength.max(STRONG);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measure_before_a_name_is_no_score() {
        let d = Document::new("Apple sells the 16-inch MacBook Pro in stores.");
        let i = (0..d.tokens.len()).find(|&i| d.word(i) == "MacBook").unwrap();
        let tok = |k: usize| &d.tokens[k];
        let mut out = vec![Mention {
            start: tok(i).start,
            end: tok(i + 1).end,
            tokens: i..i + 2,
            label: Label::Org,
            strength: STRONG,
        }];
        relabel_by_head(&d, &mut out);
        assert_eq!(out[0].label, Label::Misc);
        let d = Document::new("Notts County 2 Ross County 1");
        assert!(is_digits(&d, 2) && !is_digits(&Document::new("a 16-inch screen"), 1));
    }

    #[test]
    fn a_sports_ground_or_landform_head_makes_a_place() {
        // a family name before a ground's or a landform's word reads as a person's name
        for t in ["Tarvik Playfield was lit.", "Orlen Gym was full.", "Velby Coulee was dry."] {
            let d = Document::new(t);
            let mut out = vec![Mention {
                start: 0,
                end: d.tokens[1].end,
                tokens: 0..2,
                label: Label::Person,
                strength: STRONG,
            }];
            relabel_by_head(&d, &mut out);
            assert_eq!(out[0].label, Label::Place, "{t}");
        }
    }

    #[test]
    fn the_list_loads() {
        let l = lexicon();
        assert_eq!(l.name_heads.get("County"), Some(&Label::Place));
        assert_eq!(l.name_heads.get("Records"), Some(&Label::Org));
        assert_eq!(l.name_heads.get("Campaign"), Some(&Label::Misc));
        assert!(l.name_heads.len() >= 20);
        assert!(l.name_roles.contains("MPP"));
    }
}
