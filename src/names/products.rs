//! Names that the way they are written marks as products (MISC): a name with a plus glued to its
//! end ("Disney+", "ESPN+": a streaming service, not the company), and a word of a small "i" before
//! a capital ("iPhone", "iMac", "iOS": a device or its software), and a maker's name before a
//! model's ("Nissan Sentra", "Samsung Galaxy S21": the car or phone, not the maker).

use super::*;

/// Makes the names followed by a glued plus products, the plus inside the name; adds as products
/// the capitalised words glued to a plus and the words of a small "i" and a capital that no name
/// covers.
pub(super) fn mark_products(doc: &Document, out: &mut Vec<Mention>) {
    for m in out.iter_mut() {
        if plus_after(doc, m.tokens.end, m.end) {
            let plus = &doc.tokens[m.tokens.end];
            m.end = plus.end;
            m.tokens.end += 1;
            m.label = Label::Misc;
            m.strength = m.strength.max(STRONG);
        }
    }
    let covered = covered_tokens(doc, out);
    let mut added = false;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != Kind::Word || covered[i] {
            continue;
        }
        let w = doc.tok(t);
        // a capitalised word that no name covers, glued to a plus ("Hulu+"): the plus with it;
        // not a letter grade ("an A+")
        let plus = w.len() >= 2
            && w.starts_with(|c: char| c.is_uppercase())
            && plus_after(doc, i + 1, t.end);
        if plus || is_i_product(w) {
            let n = 1 + plus as usize;
            out.push(Mention {
                start: t.start,
                end: doc.tokens[i + n - 1].end,
                tokens: i..i + n,
                label: Label::Misc,
                strength: CONTEXT,
            });
            added = true;
        }
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// "Nissan Sentra", "the VW Atlas Cross Sport SUV", "Samsung Galaxy S21": a name that opens with
/// a maker's name (`makers.txt`) and goes on with a model's words is a product, less a common
/// acronym at its end ("SUV"). Not a person's name ("Ford Madox Ford"), nor a company's, which
/// ends in an organisation head or a legal form ("Toyota Motor Corp", "Sony Pictures").
pub(super) fn mark_maker_models(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    for m in out.iter_mut() {
        let r = m.tokens.clone();
        if r.len() < 2 || m.label == Label::Person || !is_maker(doc.word(r.start)) {
            continue;
        }
        let mut end = r.end;
        if l.common_acronyms.contains(doc.word(end - 1)) {
            end -= 1;
        }
        let last = doc.word(end - 1);
        if end - r.start < 2
            || l.org_heads.contains(last)
            || l.name_heads.contains_key(last)
            || runs::is_legal_form(last)
            || matches!(last, "Motor" | "Electronics")
        {
            continue;
        }
        m.tokens.end = end;
        m.end = doc.tokens[end - 1].end;
        m.label = Label::Misc;
        m.strength = m.strength.max(STRONG);
    }
}

/// "the MacBook lineup", "all MacBook Air models": a name right before "lineup" or "models" is
/// the product line, not a maker ("newer Nissan models": `makers.txt`), a known organisation or
/// a person.
pub(super) fn mark_model_lines(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    for m in out.iter_mut() {
        let (first, last) = (m.tokens.start, m.tokens.end - 1);
        let line = doc
            .tokens
            .get(m.tokens.end)
            .is_some_and(|t| matches!(doc.tok(t), "lineup" | "line-up" | "models"));
        if !line
            || m.label == Label::Person
            || m.strength >= ROLE
            || is_maker(doc.word(first))
            || l.orgs.contains(&doc.text[m.start..m.end])
            || l.org_heads.contains(doc.word(last))
            || runs::is_legal_form(doc.word(last))
        {
            continue;
        }
        m.label = Label::Misc;
        m.strength = m.strength.max(STRONG);
    }
}

/// A maker's name of `makers.txt`, also in capitals ("NISSAN").
fn is_maker(w: &str) -> bool {
    let makers = &lexicon().makers;
    makers.contains(w) || {
        // the makers are ASCII: a word that is not cannot be one, and is never sliced inside a
        // character
        w.is_ascii()
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !w.bytes().any(|b| b.is_ascii_lowercase())
            && makers.contains(format!("{}{}", &w[..1], w[1..].to_ascii_lowercase()).as_str())
    }
}

/// Token `i` is a lone "+" glued to the end of a name ending at byte `end` and to no word after
/// it ("Disney+ and", "Disney+,"; not "C++" nor "A+B").
fn plus_after(doc: &Document, i: usize, end: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    doc.tok(t) == "+"
        && t.start == end
        && doc.tokens.get(i + 1).is_none_or(|n| {
            n.start > t.end || (n.kind == Kind::Punct && doc.tok(n) != "+")
        })
}

/// "iPhone", "iMac", "iOS", "iPads": a small "i", a capital, then letters or digits.
fn is_i_product(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[0] == b'i'
        && b[1].is_ascii_uppercase()
        && b[2..].iter().all(u8::is_ascii_alphanumeric)
        && b[2..].iter().any(u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;


    #[test]
    fn a_name_before_lineup_or_models_is_a_product() {
        let n = names("Zorvex said the Quillbook lineup and all Quillbook Air models sold well.");
        assert!(n.contains(&("Quillbook".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("Quillbook Air".into(), Label::Misc)), "{n:?}");
    }

    #[test]
    fn a_makers_name_before_a_model_makes_a_product() {
        let n = names("He drove a Nissan Sentra, then a VW Atlas Cross Sport SUV.");
        assert!(n.contains(&("Nissan Sentra".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("VW Atlas Cross Sport".into(), Label::Misc)), "{n:?}");
        let n = names("Shares of Toyota Motor Corp fell, and Nissan said sales fell too.");
        assert!(!n.iter().any(|(_, l)| *l == Label::Misc), "{n:?}");
        assert!(is_maker("NISSAN") && is_maker("VW") && !is_maker("Nissa"));
        // a capital of two bytes first is no maker, and no panic
        assert!(!is_maker("ΛUDI") && !is_maker("ÉV"));
    }

    #[test]
    fn a_glued_plus_makes_a_product() {
        let n = names("The show moves to Disney+ in March, and Disney said ESPN+ grew too.");
        assert!(n.contains(&("Disney+".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("ESPN+".into(), Label::Misc)), "{n:?}");
        assert!(!n.iter().any(|(t, l)| t == "Disney" && *l == Label::Misc), "{n:?}");
        let n = names("He wrote it in C++ and got an A+ for it.");
        assert!(!n.iter().any(|(t, _)| t.ends_with('+')), "{n:?}");
        let d = Document::new("He wrote it in C++ and got an A+ for it.");
        assert!(!plus_after(&d, 4, d.tokens[3].end), "C++");
    }

    #[test]
    fn a_small_i_before_a_capital_makes_a_product() {
        let n = names("The keyboard came to the iMac first, and iPhones run iOS.");
        for w in ["iMac", "iPhones", "iOS"] {
            assert!(n.contains(&(w.into(), Label::Misc)), "{w}: {n:?}");
        }
        assert!(!is_i_product("it") && !is_i_product("iX") && !is_i_product("i5"));
    }
}
