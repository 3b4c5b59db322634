//! Person evidence over the whole document: a single capitalised word is never a person on its
//! shape alone. A one-word name typed PERSON that the document never backs as a person (no title
//! or given name before it, no speech verb after it, "he" or "she" not the first pronoun after it,
//! not a listed given or family name, never the first or last word of a longer person's name),
//! with a company's words beside it ("Zorblix acquired …", "… its platform": `company_cues.txt`
//! in one of its sentences), is a company.

use super::*;
use crate::ner::gazetteer::{FIRST_NAME, LAST_NAME};

/// Retypes as organisations the one-word persons of `out` that nothing in `doc` backs as people
/// and that a company's words stand beside.
pub(super) fn retype_unbacked_persons(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    // the first and last words of the names of people written in two words or more
    let mut in_full_name: HashSet<String> = HashSet::default();
    for m in out.iter().filter(|m| m.label == Label::Person && m.tokens.len() >= 2) {
        for i in [m.tokens.start, m.tokens.end - 1] {
            in_full_name.insert(doc.word(i).to_lowercase());
        }
    }
    // the unlisted one-word persons, then every token each is written at (one pass over the
    // tokens, so that a document of many such words stays linear)
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::default();
    for m in out.iter().filter(|m| m.label == Label::Person && m.tokens.len() == 1) {
        let w = doc.word(m.tokens.start);
        if seen.contains_key(w) {
            continue;
        }
        let listed = w.chars().count() < 2
            || !w.chars().any(char::is_lowercase)
            || l.first_names.contains(w)
            || l.female_names.contains(w)
            || gazetteer_kinds(w) & (FIRST_NAME | LAST_NAME) != 0
            || in_full_name.contains(&w.to_lowercase());
        if !listed {
            seen.insert(w, Vec::new());
        }
    }
    if seen.is_empty() {
        return;
    }
    for i in 0..doc.tokens.len() {
        if let Some(at) = seen.get_mut(doc.word(i)) {
            at.push(i);
        }
    }
    // the sentences a company's word stands in, found once
    let cued: Vec<bool> = doc
        .sentences
        .iter()
        .map(|s| s.tokens.clone().any(|k| l.company_cues.contains(doc.word(k).to_lowercase().as_str())))
        .collect();
    let companies: HashMap<&str, bool> = seen
        .iter()
        .map(|(&w, at)| {
            let company = !at.iter().any(|&i| backs_person(doc, i)) && at.iter().any(|&i| cued[doc.sentence_of(i)]);
            (w, company)
        })
        .collect();
    for m in out.iter_mut().filter(|m| m.label == Label::Person && m.tokens.len() == 1) {
        if companies.get(doc.word(m.tokens.start)) == Some(&true) {
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// How many tokens after a name its first pronoun is looked for (a long sentence is not read to
/// its end for every name in it).
const PRONOUN_REACH: usize = 60;

/// Token `i`, a capitalised word, stands where a person's name stands: after a title or a given
/// name, or with "he" or "she" the first pronoun after it (in its sentence or the next), or before
/// a speech verb when "it" is not that first pronoun ("Zorblix said it would", a company).
fn backs_person(doc: &Document, i: usize) -> bool {
    let l = lexicon();
    let s = doc.sentence_of(i);
    let sent = &doc.sentences[s];
    let prev = (i > sent.tokens.start).then(|| doc.word(i - 1));
    if prev.is_some_and(|p| l.is_title(p) || l.first_names.contains(p) || l.female_names.contains(p)) {
        return true;
    }
    let end = doc.sentences.get(s + 1).map_or(sent.tokens.end, |n| n.tokens.end).min(i + 1 + PRONOUN_REACH);
    match (i + 1..end).find_map(|k| pronoun_kind(doc.word(k))) {
        Some(person) => person,
        None => i + 1 < sent.tokens.end && l.cue_verbs.contains(doc.word(i + 1).to_lowercase().as_str()),
    }
}

/// `Some(true)` for a pronoun of a person ("he", "her"), `Some(false)` for one of a thing ("it",
/// "its"), `None` for any other word.
fn pronoun_kind(w: &str) -> Option<bool> {
    match w {
        "he" | "she" | "his" | "her" | "him" | "himself" | "herself" | "He" | "She" | "His" | "Her" => {
            Some(true)
        }
        "it" | "its" | "itself" | "It" | "Its" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of `text` with their labels, as `find_names` gives them.
    fn labels(text: &str) -> Vec<(String, Label)> {
        let d = Document::new(text);
        find_names(&d, &crate::values::find_values(&d))
            .iter()
            .map(|m| (d.text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    #[test]
    fn a_lone_word_with_company_words_and_no_person_evidence_is_a_company() {
        let l = labels("Trelvix acquired a small rival in March. Trelvix said it would keep its staff.");
        assert!(l.iter().all(|(n, label)| n != "Trelvix" || *label == Label::Org), "{l:?}");
        // "he" after it backs a person, whatever the company words say
        let l = labels("Trelvix acquired a small rival in March. Trelvix said he would keep the staff.");
        assert!(!l.iter().any(|(n, label)| n == "Trelvix" && *label == Label::Org), "{l:?}");
        // a title before one mention backs a person
        let l = labels("Dr. Trelvix acquired a small rival. Trelvix said the firm grew.");
        assert!(!l.iter().any(|(n, label)| n == "Trelvix" && *label == Label::Org), "{l:?}");
    }

    #[test]
    fn pronouns_and_speech_verbs() {
        let backed = |text: &str| {
            let d = Document::new(text);
            backs_person(&d, 0)
        };
        assert!(!backed("Trelvix said it grew."));
        assert!(backed("Quorny said the deal closed."));
        assert!(backed("Vantle left, and she smiled."));
        assert!(!backed("Vantle left, and the shares fell."));
    }
}
