//! Names in a list take the list's kind: in "Oxfam, Zebrolt, Unicef and Greenpeace" most items
//! are organisations, so an item typed otherwise with nothing in its words to back that (a person
//! with no given or family name the lists know, a place no place list holds; no title before it,
//! not a listed name) is an organisation too, and so is every other mention of that name on no
//! better evidence.

use super::*;

/// The fewest items of a list judged, and the fewest items of one kind that make its kind.
const MIN_ITEMS: usize = 3;
const MIN_AGREEING: usize = 2;

/// Relabels the names without evidence for their label that stand in a list of names of another
/// kind (three items or more, two of one kind and more of it than people).
pub(super) fn type_list_items(doc: &Document, out: &mut [Mention]) {
    let mut relabel: HashMap<&str, Label> = HashMap::default();
    let mut k = 0;
    while k < out.len() {
        let mut e = k + 1;
        while e < out.len() && joined(doc, &out[e - 1], &out[e]) {
            e += 1;
        }
        if e - k >= MIN_ITEMS {
            if let Some(kind) = list_kind(doc, &out[k..e]) {
                for m in &out[k..e] {
                    if m.label != kind && m.strength < ROLE && !has_evidence(doc, m) {
                        relabel.insert(&doc.text[m.start..m.end], kind);
                    }
                }
            }
        }
        k = e;
    }
    if relabel.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if m.strength < ROLE {
            if let Some(&kind) = relabel.get(&doc.text[m.start..m.end]) {
                if !has_evidence(doc, m) {
                    m.label = kind;
                }
            }
        }
    }
}

/// The kind most items of a list share, when it is not a person's: at least [`MIN_AGREEING`]
/// items and more than the people.
fn list_kind(doc: &Document, items: &[Mention]) -> Option<Label> {
    let count = |l: Label| items.iter().filter(|m| m.label == l).count();
    let people =
        items.iter().filter(|m| m.label == Label::Person && has_evidence(doc, m)).count();
    [Label::Org, Label::Place, Label::Misc]
        .into_iter()
        .map(|l| (count(l), l))
        .filter(|&(n, _)| n >= MIN_AGREEING && n > people)
        .max_by_key(|&(n, _)| n)
        .map(|(_, l)| l)
}

/// Two names next to each other in a list: between them only a comma, "and" or "or" (one or two
/// of them: ", and"), and "the" before the second ("Zebrolt, the Labour Party").
fn joined(doc: &Document, a: &Mention, b: &Mention) -> bool {
    let gap = a.tokens.end..b.tokens.start;
    let the = gap.len() > 1 && doc.word(gap.end - 1) == "the";
    let gap = gap.start..gap.end - usize::from(the);
    (1..=2).contains(&gap.len())
        && doc.sentence_of(a.tokens.start) == doc.sentence_of(b.tokens.start)
        && gap.clone().all(|i| matches!(doc.word(i), "," | "and" | "or"))
        && gap.clone().filter(|&i| doc.word(i) != ",").count() <= 1
}

/// The words of a name back its label: a person's hold a given or family name the lists know, a
/// place's are a place the lists know, a MISC name of one word (a nationality, "Dutch") backs
/// itself, one of more words does not ("Civic Power"); a name the lists hold keeps its label.
fn has_evidence(doc: &Document, m: &Mention) -> bool {
    use crate::ner::gazetteer::{CITY, COUNTRY, FIRST_NAME, LAST_NAME, PLACE};
    let text = &doc.text[m.start..m.end];
    known(text).is_some()
        || match m.label {
            Label::Person => m
                .tokens
                .clone()
                .any(|i| gazetteer_kinds(doc.word(i)) & (FIRST_NAME | LAST_NAME) != 0),
            Label::Place => {
                phrase_kinds(m.tokens.clone().map(|i| doc.word(i))) & (CITY | COUNTRY | PLACE) != 0
            }
            Label::Misc => m.tokens.len() == 1,
            _ => true,
        }
}

#[cfg(test)]
mod tests {
    use super::super::tests::mention;
    use super::*;

    /// One-word mentions of the tokens `at`, with their labels.
    fn items(d: &Document, at: &[(usize, Label)]) -> Vec<Mention> {
        at.iter().map(|&(i, l)| mention(d, i, l)).collect()
    }

    #[test]
    fn a_person_without_evidence_in_a_list_of_organisations_is_one() {
        let d = Document::new("Talks with Oxfam, Zebrolt, Unicef and Greenpeace began. Zebrolt left.");
        let mut out = vec![
            mention(&d, 2, Label::Org),
            mention(&d, 4, Label::Person),
            mention(&d, 6, Label::Org),
            mention(&d, 8, Label::Org),
            mention(&d, 11, Label::Person),
        ];
        assert_eq!(d.word(4), "Zebrolt");
        type_list_items(&d, &mut out);
        assert_eq!(out[1].label, Label::Org);
        assert_eq!(out[4].label, Label::Org, "the name's other mention");
        // a place no list holds in a list of organisations
        let d = Document::new("Talks with Oxfam, Zebrolt, Unicef and Greenpeace began.");
        let mut out = items(&d, &[(2, Label::Org), (4, Label::Place), (6, Label::Org), (8, Label::Org)]);
        type_list_items(&d, &mut out);
        assert_eq!(out[1].label, Label::Org);
    }

    #[test]
    fn only_people_with_evidence_outvote_the_list() {
        let d = Document::new("Talks with Oxfam, Zebrolt, Vantor and Greenpeace began.");
        let mut out = items(&d, &[(2, Label::Org), (4, Label::Person), (6, Label::Person), (8, Label::Org)]);
        type_list_items(&d, &mut out);
        assert_eq!((out[1].label, out[2].label), (Label::Org, Label::Org));
    }

    #[test]
    fn a_known_surname_or_a_short_list_stays_a_person() {
        let d = Document::new("Talks with Oxfam, Johnson, Unicef and Greenpeace began.");
        let mut out = items(&d, &[(2, Label::Org), (4, Label::Person), (6, Label::Org), (8, Label::Org)]);
        type_list_items(&d, &mut out);
        assert_eq!(out[1].label, Label::Person);
        // a place the lists know stays a place
        let d = Document::new("Talks with Oxfam, Paris, Unicef and Greenpeace began.");
        let mut out = items(&d, &[(2, Label::Org), (4, Label::Place), (6, Label::Org), (8, Label::Org)]);
        type_list_items(&d, &mut out);
        assert_eq!(out[1].label, Label::Place);
        let d = Document::new("Talks with Oxfam and Zebrolt began.");
        let mut out = vec![mention(&d, 2, Label::Org), mention(&d, 4, Label::Person)];
        type_list_items(&d, &mut out);
        assert_eq!(out[1].label, Label::Person);
    }

    #[test]
    fn an_item_after_the_and_a_misc_of_words_take_the_list_kind() {
        let d = Document::new("Talks with Oxfam, Zebrolt, the Unicef and the Greenpeace began.");
        let mut out = items(&d, &[(2, Label::Org), (4, Label::Person), (7, Label::Org), (10, Label::Org)]);
        type_list_items(&d, &mut out);
        assert_eq!(out[1].label, Label::Org);
        let d = Document::new("Talks with Oxfam, Civic Vortel, Unicef and Greenpeace began.");
        let mut out = items(&d, &[(2, Label::Org), (7, Label::Org), (9, Label::Org)]);
        let t = &d.tokens;
        out.insert(1, Mention { start: t[4].start, end: t[5].end, tokens: 4..6, label: Label::Misc, strength: STRONG });
        type_list_items(&d, &mut out);
        assert_eq!(out[1].label, Label::Org);
    }
}
