//! Dropping what merged names should not be: social-media handles, sentence-opening adverbs,
//! one-word names in capitals that are common words.

use super::shape_filter::ShapeFilter;
use super::*;

/// Drops handles ("@MattBevin"), opening adverbs ("Sadly, …") and common words in capitals.
pub(super) fn drop_non_names(doc: &Document, out: &mut Vec<Mention>) {
    out.retain(|m| {
        !(is_handle(doc, m.tokens.start)
            || (m.tokens.len() == 1 && is_free_adverb(doc, m.tokens.start)))
    });
    drop_common_capitals(doc, out);
}

/// Drops one-word names in capitals inside mixed-case text that are common words: a listed acronym
/// of a common noun ("a new SUV", "the IPO"), or a word the document also writes in lowercase ("GET
/// OUT and VOTE", "to vote"), unless a name list knows it ("US", "WHO"). The lowercase forms are
/// looked for only when there is such a name, in one pass over the tokens.
fn drop_common_capitals(doc: &Document, out: &mut Vec<Mention>) {
    let capitals = |m: &Mention| {
        let w = &doc.text[m.start..m.end];
        m.tokens.len() == 1
            && w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_uppercase() || c == 's')
    };
    // whether a sentence has a lowercase letter, found once per sentence (a sentence of a million
    // capitalised words is read once, not once per word)
    let mut mixed: Vec<Option<bool>> = vec![None; doc.sentences.len()];
    let mut mixed_case = |i: usize| {
        let si = doc.sentence_of(i);
        *mixed[si].get_or_insert_with(|| {
            let s = &doc.sentences[si];
            doc.text[s.start..s.end].chars().any(char::is_lowercase)
        })
    };
    let l = lexicon();
    // per candidate: dropped now (a listed acronym), or asked about (its lowercase form)
    let mut drop = vec![false; out.len()];
    let mut asked: Vec<(usize, String)> = Vec::new();
    for (k, m) in out.iter().enumerate() {
        let w = &doc.text[m.start..m.end];
        if !capitals(m) || known(w).is_some() || !mixed_case(m.tokens.start) {
            continue;
        }
        if l.common_acronyms.contains(w) {
            drop[k] = true;
        } else if w.len() >= 3 {
            asked.push((k, w.to_ascii_lowercase()));
        }
    }
    if !asked.is_empty() {
        let forms: HashSet<&str> = asked.iter().map(|(_, w)| w.as_str()).collect();
        let filter = ShapeFilter::new(forms.iter().copied());
        let seen: HashSet<&str> = doc
            .tokens
            .iter()
            .map(|t| doc.tok(t))
            .filter(|w| {
                filter.may_hold(w)
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && forms.contains(*w)
            })
            .collect();
        for (k, w) in &asked {
            drop[*k] |= seen.contains(w.as_str());
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "@MattBevin": a social-media handle (the word glued to an "@"), not a name as written in prose.
fn is_handle(doc: &Document, i: usize) -> bool {
    i > 0 && doc.word(i - 1) == "@" && doc.tokens[i - 1].end == doc.tokens[i].start
}

/// "Sadly, …", "Separately, …": an adverb in -ly opening a sentence before a comma that no list
/// knows, capitalised only where it stands.
fn is_free_adverb(doc: &Document, i: usize) -> bool {
    is_free_form(doc, i, "ly", 4) && i + 1 < doc.tokens.len() && doc.word(i + 1) == ","
}
