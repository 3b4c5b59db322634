//! The head word of a name: the last word of a name of two words or more says what it is, whatever
//! the recogniser said ("Fairfax County" a place, "Virgin Records" an organisation, "Overland
//! Campaign" an event), from the word list `name_heads.txt`.

use super::*;
use std::sync::OnceLock;

/// The head words of `name_heads.txt` with the label each gives.
fn heads() -> &'static HashMap<&'static str, Label> {
    static HEADS: OnceLock<HashMap<&'static str, Label>> = OnceLock::new();
    HEADS.get_or_init(|| {
        include_str!("../data/name_heads.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (label, word) = l.split_once(':')?;
                let label = match label.trim() {
                    "PLACE" => Label::Place,
                    "ORG" => Label::Org,
                    "MISC" => Label::Misc,
                    _ => return None,
                };
                Some((word.trim(), label))
            })
            .collect()
    })
}

/// Token `i` is a number written in digits (a score beside a team: "Notts County 2").
fn is_score(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == Kind::Number
}

/// Relabels the names of two words or more that end in a head word, unless a role word set the
/// label or a number stands beside the name (a team in a results line: "Notts County 2 Ross
/// County 1").
pub(super) fn relabel_by_head(doc: &Document, out: &mut [Mention]) {
    let heads = heads();
    for m in out.iter_mut() {
        if m.tokens.len() < 2 || m.strength >= ROLE || !matches!(m.label, Label::Person | Label::Org | Label::Place | Label::Misc) {
            continue;
        }
        let Some(&label) = heads.get(doc.word(m.tokens.end - 1)) else {
            continue;
        };
        let score_beside = (m.tokens.start > 0 && is_score(doc, m.tokens.start - 1))
            || (m.tokens.end < doc.tokens.len() && is_score(doc, m.tokens.end));
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
    fn the_list_loads() {
        assert_eq!(heads().get("County"), Some(&Label::Place));
        assert_eq!(heads().get("Records"), Some(&Label::Org));
        assert_eq!(heads().get("Campaign"), Some(&Label::Misc));
        assert!(heads().len() >= 20);
    }
}
