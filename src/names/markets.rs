//! Stock listings: "(NYSE: ABC)", "Nasdaq: XYZ". A listed stock exchange before a colon and a
//! ticker in capitals, and that ticker (it stands for the company), are organisations; a name
//! found elsewhere that is a listed exchange is an organisation too.

use super::*;

/// Makes a listed exchange before a colon and a ticker, and the ticker, organisations, and every
/// name that is a listed exchange.
pub(super) fn mark_listings(doc: &Document, out: &mut Vec<Mention>) {
    let l = lexicon();
    for m in out.iter_mut() {
        let i = m.tokens.start;
        if m.tokens.len() == 1 && l.stock_exchanges.contains(doc.word(i)) && listed_on(doc, i) {
            m.label = Label::Org;
        }
    }
    let n = doc.tokens.len();
    let mut added = Vec::new();
    for i in 0..n {
        if !l.stock_exchanges.contains(doc.word(i)) {
            continue;
        }
        if i + 2 < n && doc.word(i + 1) == ":" && is_ticker(doc, i + 2) {
            added.push(one(doc, i, i + 1));
            // "BRK.B": a class letter glued after a dot
            let mut end = i + 3;
            if end + 1 < n
                && doc.word(end) == "."
                && doc.tokens[end].start == doc.tokens[end - 1].end
                && doc.tokens[end + 1].start == doc.tokens[end].end
                && doc.word(end + 1).len() == 1
                && doc.word(end + 1).bytes().all(|b| b.is_ascii_uppercase())
            {
                end += 2;
            }
            added.push(one(doc, i + 2, end));
        }
    }
    if added.is_empty() {
        return;
    }
    replace_covered(doc, out, added);
}

fn one(doc: &Document, a: usize, b: usize) -> Mention {
    Mention::over(doc, a..b, Label::Org, STRONG)
}

/// "listed on the NYSE", "trades on Nasdaq": an exchange after "on" (and "the") is the market a
/// stock trades on, not an index of it ("the Nasdaq composite").
fn listed_on(doc: &Document, i: usize) -> bool {
    let before = |k: usize| i >= k && doc.word(i - k).eq_ignore_ascii_case("on");
    before(1) || (before(2) && doc.word(i - 1) == "the")
}

/// One to five capitals: "KLV".
fn is_ticker(doc: &Document, i: usize) -> bool {
    let w = doc.word(i);
    (1..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn an_exchange_and_the_ticker_after_it_are_organisations() {
        let n = names("Shares of Kelvora (NYSE: KLV) and Dunmore Labs (Nasdaq: DNML) rose on the NYSE.");
        for w in ["NYSE", "KLV", "Nasdaq", "DNML"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Org), "{w}: {n:?}");
        }
        let n = names("Its class B stock (NYSE: KLV.B) fell.");
        assert!(n.iter().any(|(t, l)| t == "KLV.B" && *l == Label::Org), "{n:?}");
    }
}
