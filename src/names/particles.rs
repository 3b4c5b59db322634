//! Names written with an Arabic article glued to them in lowercase ("al-Tanf", "Abu Bakr
//! al-Baghdadi"): the capital comes after the article, so the capitalised runs miss them. After a
//! person's name such a word is the person's last name; on its own, a place unless the gazetteer
//! knows it as an organisation ("al-Qaeda").

use super::*;

/// The lowercase articles glued to a name by a hyphen.
const ARTICLES: &[&str] = &["al", "el", "ad", "an", "ar", "as", "ash", "at", "az"];

/// Extends persons over the article names after them and adds the other article names no name
/// covers.
pub(super) fn add_article_names(doc: &Document, out: &mut Vec<Mention>) {
    let covered = covered_tokens(doc, out);
    // the first person ending at each token (the names added below are no persons)
    let mut person_ending: HashMap<usize, usize> = HashMap::default();
    for (k, m) in out.iter().enumerate().rev().filter(|(_, m)| m.label == Label::Person) {
        person_ending.insert(m.tokens.end, k);
    }
    let mut added = false;
    let mut i = 0;
    while i < doc.tokens.len() {
        if covered[i] || !is_article_name(doc, i) {
            i += 1;
            continue;
        }
        let sent = &doc.sentences[doc.sentence_of(i)];
        let glued = |k: usize| doc.tokens[k].start == doc.tokens[k - 1].end + 1;
        // "al-Gama'a al-Islamiya": several in a row are one name
        let mut j = i + 1;
        while j < sent.tokens.end && !covered[j] && is_article_name(doc, j) && glued(j) {
            j += 1;
        }
        let person_before = (i > sent.tokens.start && glued(i))
            .then(|| person_ending.get(&i))
            .flatten();
        if let Some(&k) = person_before {
            let m = &mut out[k];
            m.tokens.end = j;
            m.end = doc.tokens[j - 1].end;
        } else {
            let w = doc.word(i);
            let org = crate::lexicon::lexicon().orgs.contains(w)
                || gazetteer_kinds(w) & crate::ner::gazetteer::KNOWN_ORG != 0;
            out.push(Mention::over(doc, i..j, if org { Label::Org } else { Label::Place }, WEAK));
            added = true;
        }
        i = j;
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// Token `i` is a word of a lowercase article, a hyphen and a capitalised name: "al-Tanf".
fn is_article_name(doc: &Document, i: usize) -> bool {
    if doc.tokens[i].kind != Kind::Word {
        return false;
    }
    // most words fail at once (this reads every token): the articles' hyphen is the 3rd or 4th byte
    let w = doc.word(i).as_bytes();
    if w.get(2) != Some(&b'-') && w.get(3) != Some(&b'-') {
        return false;
    }
    let Some((article, rest)) = doc.word(i).split_once('-') else {
        return false;
    };
    ARTICLES.contains(&article)
        && rest.chars().count() >= 2
        && rest.starts_with(char::is_uppercase)
        && rest.chars().all(|c| c.is_alphabetic() || is_apostrophe(c))
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_name_after_a_glued_article_is_a_name() {
        let n = names("Troops stayed at the al-Varim garrison. Later Omar Haddad al-Qudsi spoke.");
        assert!(n.contains(&("al-Varim".into(), Label::Place)), "{n:?}");
        assert!(n.contains(&("Omar Haddad al-Qudsi".into(), Label::Person)), "{n:?}");
        // an organisation the word lists know keeps its kind
        let n = names("Fighters of al-Shabaab attacked the base.");
        assert!(n.contains(&("al-Shabaab".into(), Label::Org)), "{n:?}");
        let d = Document::new("an al-Varim and an all-Out");
        let at = |w: &str| (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        assert!(is_article_name(&d, at("al-Varim")));
        assert!(!is_article_name(&d, at("all-Out")) && !is_article_name(&d, at("an")));
    }
}
