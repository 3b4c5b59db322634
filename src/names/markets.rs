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

/// "The S&P 500 rose", "the Dow Jones Industrial Average": a listed stock index (`stock_indices.txt`)
/// is one MISC name, as CoNLL-2003 types them, in place of the names the recogniser read in it
/// ("S&P" an organisation). The longest listed index at a word wins; not when a capitalised word
/// goes on after it (another name holds it), but a fund's "ETF" ("an S&P 500 ETF").
pub(super) fn mark_indices(doc: &Document, out: &mut Vec<Mention>) {
    mark_listed_phrases(doc, out, indices_by_first_word(), |w| matches!(w, "ETF" | "ETFs"));
}

/// Puts a MISC name over each phrase of `by_first` (entries by their first word, longest first)
/// the text writes at a word, in place of the names that held pieces of it; not where a
/// capitalised word goes on right after it (another name holds it), unless `may_follow` allows
/// that word.
pub(super) fn mark_listed_phrases(
    doc: &Document,
    out: &mut Vec<Mention>,
    by_first: &HashMap<&'static str, Vec<&'static str>>,
    may_follow: fn(&str) -> bool,
) {
    let n = doc.tokens.len();
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(entries) = by_first.get(doc.word(i)) else {
            i += 1;
            continue;
        };
        let start = doc.tokens[i].start;
        let found = entries.iter().find_map(|e| {
            if !doc.text[start..].starts_with(e) {
                return None;
            }
            let j = (i..n.min(i + 8)).find(|&j| doc.tokens[j].end == start + e.len())?;
            let goes_on = j + 1 < n
                && doc.sentence_of(j + 1) == doc.sentence_of(i)
                && is_capitalised_word(doc, j + 1)
                && one_space_before(doc, j + 1)
                && !may_follow(doc.word(j + 1));
            (!goes_on).then_some(j)
        });
        // a maker's name right before it, in one name with it, stays ("Tesla Model 3")
        let held = found.is_some_and(|j| {
            let k = out.partition_point(|m| m.tokens.start < i);
            k > 0 && out[k - 1].tokens == (i - 1..j + 1) && super::products::is_maker(doc.word(i - 1))
        });
        match found {
            Some(j) if !held => {
                added.push(Mention::over(doc, i..j + 1, Label::Misc, STRONG));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    if !added.is_empty() {
        replace_covered(doc, out, added);
    }
}

/// Phrases of `entries` by their first word ("S" of "S&P 500"), longest first.
pub(super) fn by_first_word(entries: impl Iterator<Item = &'static str>) -> HashMap<&'static str, Vec<&'static str>> {
    let mut by_first: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
    for e in entries {
        let first = e.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(e);
        by_first.entry(first).or_default().push(e);
    }
    for v in by_first.values_mut() {
        v.sort_by_key(|e| std::cmp::Reverse(e.len()));
    }
    by_first
}

/// The listed indices by their first word ("S" of "S&P 500"), longest first: built once.
fn indices_by_first_word() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static BY_FIRST: std::sync::OnceLock<HashMap<&'static str, Vec<&'static str>>> = std::sync::OnceLock::new();
    BY_FIRST.get_or_init(|| by_first_word(lexicon().stock_indices.iter().copied()))
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

    #[test]
    fn a_listed_stock_index_is_one_misc_name() {
        let n = names("The S&P 500 rose 2%, the Dow Jones Industrial Average fell and the Hang Seng Index held.");
        for w in ["S&P 500", "Dow Jones Industrial Average", "Hang Seng Index"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Misc), "{w}: {n:?}");
        }
        assert!(!n.iter().any(|(t, _)| t == "S&P"), "{n:?}");
        // a fund's ETF after the index stays out of it
        let n = names("Investors bought an S&P 500 ETF and sold the S&P SmallCap 600 on Monday.");
        for w in ["S&P 500", "S&P SmallCap 600"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Misc), "{w}: {n:?}");
        }
    }
}
