//! Names that the way they are written marks as products (MISC): a name with a plus glued to its
//! end ("Disney+", "ESPN+": a streaming service, not the company), and a word of a small "i" before
//! a capital ("iPhone", "iMac", "iOS": a device or its software).

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
