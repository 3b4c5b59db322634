//! Websites: a name glued to a web address ending ("Polygraph.info", "Politico.com",
//! "Example.co.uk") is the site's name with its ending, and an organisation (an outlet or a
//! company, as news calls the ones it cites), whatever the bare word looked like.

use super::*;

/// Endings of web addresses that a site's name is written with.
const ENDINGS: &[&str] = &["com", "org", "net", "info", "gov", "edu", "io", "co", "news", "tv"];

/// Takes the web address ending glued to a name into it and makes the name an organisation; a
/// capitalised word with such an ending that no name holds ("TODAY.com", taken for a common word
/// in capitals) is an organisation of its own.
pub(super) fn join_web_endings(doc: &Document, out: &mut Vec<Mention>) {
    for m in out.iter_mut() {
        if let Some(k) = ending_after(doc, m.tokens.end, m.end) {
            m.end = doc.tokens[k - 1].end;
            m.tokens.end = k;
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
    let taken = covered_tokens(doc, out);
    let mut added = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        // a word that starts the address ("www.Example.com" is not one)
        if taken[i]
            || !is_capitalised_word(doc, i)
            || (i > 0 && doc.tokens[i - 1].end == t.start)
        {
            continue;
        }
        if let Some(k) = ending_after(doc, i + 1, t.end) {
            added.push(Mention {
                start: t.start,
                end: doc.tokens[k - 1].end,
                tokens: i..k,
                label: Label::Org,
                strength: STRONG,
            });
        }
    }
    insert_sorted(out, added);
}

/// After a name ending at byte `end`, at token `i`: a glued "." and a listed ending (then maybe a
/// glued "." and a two-letter country code: ".co.uk"), which no word goes on after ("Example.com/x"
/// or "Example.com.Then" are not plain names); the token end of the ending.
fn ending_after(doc: &Document, i: usize, end: usize) -> Option<usize> {
    let glued = |k: usize, at: usize| {
        doc.tokens.get(k).filter(|t| t.start == at).map(|t| (t, doc.tok(t)))
    };
    let (dot, d) = glued(i, end)?;
    let (word, w) = glued(i + 1, dot.end)?;
    // "co.uk" may be one token
    let mut parts = w.split('.');
    let country = |c: &str| c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase());
    if d != "." || word.kind != Kind::Word || !parts.next().is_some_and(|p| ENDINGS.contains(&p)) {
        return None;
    }
    if !parts.all(country) {
        return None;
    }
    let mut k = i + 2;
    let mut at = word.end;
    if !w.contains('.') {
        if let (Some((_, ".")), Some((cc, c))) = (glued(k, at), glued(k + 1, at + 1)) {
            if cc.kind == Kind::Word && country(c) {
                k += 2;
                at = cc.end;
            }
        }
    }
    // nothing glued after but a mark that ends the name ("Example.com." "Example.com,")
    let free = doc.tokens.get(k).is_none_or(|t| {
        t.start > at
            || (t.kind == Kind::Punct
                && doc.tokens.get(k + 1).is_none_or(|n| n.start > t.end))
    });
    free.then_some(k)
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;


    #[test]
    fn a_web_ending_glued_to_a_name_is_part_of_an_organisation() {
        let n = names("The fact-checking site Zentrix.info said the claim was false.");
        assert!(n.contains(&("Zentrix.info".into(), Label::Org)), "{n:?}");
        let n = names("Shoppers at Marlowbay.com and Quillner.co.uk spent more, the company Quillner.com said.");
        for w in ["Marlowbay.com", "Quillner.co.uk", "Quillner.com"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Org), "{w}: {n:?}");
        }
        let n = names("Read the story at TODAY.com today.");
        assert!(n.contains(&("TODAY.com".into(), Label::Org)), "{n:?}");
        let n = names("Go to Zentrix.com/news or Zentrix.comedy for more.");
        assert!(!n.iter().any(|(t, _)| t.contains('.')), "{n:?}");
    }
}
