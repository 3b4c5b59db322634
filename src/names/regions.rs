//! Places written in a shortened way: a US state's postal code after a place and a comma
//! ("Sioux Falls, SD") is a place; two compass words joined by "and" before one place name
//! ("Central and South America") share it, and the whole is one place. A name on a line of names
//! that ends with the date, a news story's dateline ("NEW YORK 1996-08-30"), is the place the
//! story was filed from (coref keeps it a place beside a team of the same name). An ordinal in
//! digits before a street's word ("6th Avenue", "125th Street") is the street's name.

use super::*;

/// Compass words that open a region's name ("South America", "Western Europe").
const COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    "Northeast", "Northwest", "Southeast", "Southwest",
];

/// "Brooklyn, NY", "Hayward, Calif.": a listed postal code after a comma and a name in mixed case
/// that is no person (an AP abbreviation with its period also after a name in capitals), with no
/// capitalised word right after it, is a place.
pub(super) fn mark_state_codes(doc: &Document, out: &mut Vec<Mention>) {
    let codes = &lexicon().state_codes;
    let n = doc.tokens.len();
    let mut ends = vec![usize::MAX; n];
    let mut owner = vec![usize::MAX; n];
    for (k, m) in out.iter().enumerate() {
        ends[m.tokens.end - 1] = k;
        owner[m.tokens.clone()].iter_mut().for_each(|o| *o = k);
    }
    let mut added = Vec::new();
    for i in 2..n {
        if doc.word(i - 1) != "," || !codes.contains(doc.word(i)) {
            continue;
        }
        let before = ends[i - 2];
        // an abbreviation with its period ("Calif.", "S.D.") is no word of a table in capitals:
        // a dateline's city in capitals may stand before it ("SIOUX FALLS, S.D.")
        let dotted = doc.word(i).ends_with('.');
        if before == usize::MAX
            || out[before].label == Label::Person
            || !dotted && !doc.text[out[before].start..out[before].end].contains(char::is_lowercase)
            || doc.sentence_of(i - 2) != doc.sentence_of(i)
        {
            continue;
        }
        // "Albany, NY Times": a capitalised word after it makes the code part of another name
        if i + 1 < n && is_capitalised_word(doc, i + 1) && doc.sentence_of(i + 1) == doc.sentence_of(i) {
            continue;
        }
        match owner[i] {
            usize::MAX => added.push(Mention::over(doc, i..i + 1, Label::Place, STRONG)),
            k if out[k].tokens == (i..i + 1) => out[k].label = Label::Place,
            _ => {}
        }
    }
    insert_sorted(out, added);
}

/// "South China Sea": a lone compass word read as a place of its own right before a place
/// ("South" and "China Sea") opens that place's name; a compass word never stands as a place
/// beside another in CoNLL-2003's gold. So do two places side by side that are one listed place
/// ("Inner" and "Mongolia").
pub(super) fn join_split_places(doc: &Document, out: &mut Vec<Mention>) {
    let mut gone = vec![false; out.len()];
    for x in 1..out.len() {
        let (a, b) = (&out[x - 1], &out[x]);
        // side by side in one sentence, one space between (not a headline's last word and the
        // next line's first)
        if a.label != Label::Place
            || b.label != Label::Place
            || a.tokens.end != b.tokens.start
            || &doc.text[a.end..b.start] != " "
            || doc.sentence_of(a.tokens.start) != doc.sentence_of(b.tokens.start)
        {
            continue;
        }
        let compass = a.tokens.len() == 1 && COMPASS.contains(&doc.word(a.tokens.start));
        if !compass && !matches!(known(&doc.text[a.start..b.end]), Some((Label::Place, _))) {
            continue;
        }
        let (start, strength) = (a.tokens.start, a.strength.max(b.strength));
        gone[x - 1] = true;
        out[x] = Mention::over(doc, start..out[x].tokens.end, Label::Place, strength);
    }
    if gone.contains(&true) {
        remove_marked(out, &gone);
    }
}

/// "the Southern District of New York", "the District of Columbia": "District", with a compass
/// word before it or alone, then "of" and a place, is one place (a US federal court's district,
/// the capital's district), whatever the recogniser read in its first part.
pub(super) fn join_districts(doc: &Document, out: &mut Vec<Mention>) {
    // the tokens the names cover, gathered when a first district asks
    let mut covered: Option<Vec<bool>> = None;
    let mut gone = vec![false; out.len()];
    let mut added = Vec::new();
    for x in 0..out.len() {
        let p = &out[x];
        if p.label != Label::Place || p.tokens.start < 2 || doc.word(p.tokens.start - 1) != "of" {
            continue;
        }
        let d = p.tokens.start - 2;
        if doc.word(d) != "District" {
            continue;
        }
        let start = if d > 0 && COMPASS.contains(&doc.word(d - 1)) { d - 1 } else { d };
        // the district's words are no name or one name that they fill ("Southern District")
        let before = x.checked_sub(1).filter(|&y| out[y].tokens.end > start);
        let whole = match before {
            Some(y) => out[y].tokens.start >= start && out[y].tokens.end == d + 1,
            None => !covered.get_or_insert_with(|| covered_tokens(doc, out))[start..=d].contains(&true),
        };
        // "the Lakeside School District of Ohio": another capitalised word before "District"
        if !whole || start == d && d > 0 && is_capitalised_word(doc, d - 1) {
            continue;
        }
        if let Some(y) = before {
            gone[y] = true;
        }
        gone[x] = true;
        added.push(Mention::over(doc, start..p.tokens.end, Label::Place, p.strength.max(STRONG)));
    }
    if !added.is_empty() {
        remove_marked(out, &gone);
        insert_sorted(out, added);
    }
}

/// "Central and South America": a capitalised compass word, "and" or "&", and a place whose first
/// word is a compass word too, are one place.
pub(super) fn join_compass_pairs(doc: &Document, out: &mut Vec<Mention>) {
    let n = doc.tokens.len();
    let mut starts = vec![usize::MAX; n];
    for (k, m) in out.iter().enumerate() {
        starts[m.tokens.start] = k;
    }
    let mut gone = vec![false; out.len()];
    let mut grown = Vec::new();
    for i in 0..n.saturating_sub(3) {
        if !matches!(doc.word(i + 1), "and" | "&") || !COMPASS.contains(&doc.word(i)) {
            continue;
        }
        let k = starts[i + 2];
        if k == usize::MAX
            || gone[k]
            || out[k].label != Label::Place
            || out[k].tokens.len() < 2
            || !COMPASS.contains(&doc.word(i + 2))
            || (i > 0 && is_capitalised_word(doc, i - 1) && doc.sentence_of(i - 1) == doc.sentence_of(i))
        {
            continue;
        }
        grown.push((k, i));
    }
    if grown.is_empty() {
        return;
    }
    for &(k, i) in &grown {
        // the compass word's own name goes: it stands right before the place's (the names are
        // in order and do not overlap), so only the neighbours are read
        let mut j = k;
        while j > 0 && out[j - 1].tokens.end > i {
            j -= 1;
            gone[j] = true;
        }
        let m = &mut out[k];
        m.tokens.start = i;
        m.start = doc.tokens[i].start;
        m.strength = m.strength.max(STRONG);
    }
    remove_marked(out, &gone);
}

/// The words that end a street's name: after an ordinal they make a place ("42nd Street").
const STREETS: &[&str] = &["Street", "St.", "Avenue", "Ave.", "Ave", "Road", "Boulevard", "Blvd."];

/// "6th Avenue", "125th Street": an ordinal written in digits right before a street's word is one
/// place name with it; a name that is the word alone takes the ordinal in and becomes the place.
pub(super) fn join_numbered_streets(doc: &Document, out: &mut Vec<Mention>) {
    let covered = covered_tokens(doc, out);
    let mut added = Vec::new();
    for i in 0..doc.tokens.len().saturating_sub(1) {
        if !is_ordinal_number(doc.word(i)) || !STREETS.contains(&doc.word(i + 1)) || covered[i] {
            continue;
        }
        if doc.tokens[i].end + 1 != doc.tokens[i + 1].start {
            continue;
        }
        if let Some(m) = out.iter_mut().find(|m| m.tokens == (i + 1..i + 2)) {
            m.tokens.start = i;
            m.start = doc.tokens[i].start;
            m.label = Label::Place;
            m.strength = m.strength.max(STRONG);
        } else if !covered[i + 1] {
            added.push(Mention::over(doc, i..i + 2, Label::Place, STRONG));
        }
    }
    insert_sorted(out, added);
}

/// The tokens stand in a dateline: a line of at most six tokens, capitalised words and commas,
/// that ends with a date in digits ("NEW YORK 1996-08-30", "NICE, France 1996-08-30").
pub fn is_dateline(doc: &Document, r: &Range<usize>) -> bool {
    let b = &doc.blocks[doc.sentences[doc.sentence_of(r.start)].block];
    let last = b.tokens.end - 1;
    if r.end > last || b.tokens.len() > 6 || doc.tokens[last].kind != Kind::Number {
        return false;
    }
    let parts: Vec<&str> = doc.word(last).split(['-', '/']).collect();
    let is_date = parts.len() == 3 && parts.iter().all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()));
    is_date && (b.tokens.start..last).all(|k| doc.word(k) == "," || doc.word(k).starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn an_ordinal_before_a_streets_word_is_a_place() {
        let n = names("The bakery on 9th Avenue moved to 214th Street last spring, its owner said.");
        for w in ["9th Avenue", "214th Street"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Place), "{w}: {n:?}");
        }
        assert!(!n.iter().any(|(t, _)| t == "Avenue"), "{n:?}");
    }

    #[test]
    fn a_state_code_after_a_place_and_a_comma_is_a_place() {
        let n = names("The shop opened in Marlton Falls, NJ and later in Brookvale, TX, its owner said.");
        for w in ["NJ", "TX"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Place), "{w}: {n:?}");
        }
    }

    #[test]
    fn an_ap_state_abbreviation_keeps_its_period() {
        let n = names("SIOUX FALLS, S.D. – People talk. HAYWARD, Calif. (AP) — A man moved to Dekalb, Ill. last year.");
        for w in ["S.D.", "Calif.", "Ill."] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Place), "{w}: {n:?}");
        }
        // the period of an abbreviation at a sentence's end still ends it
        let d = Document::new("He grew up in Boston, Mass. The team moved.");
        assert_eq!(d.sentences.len(), 2);
    }

    #[test]
    fn a_lone_compass_word_before_a_place_opens_it() {
        let n = names("Ships sail in the South China Sea, and Seoul is in South Korea.");
        let d = Document::new("He ate it in Inner Mongolia.");
        let mut out = vec![Mention::over(&d, 4..5, Label::Place, CONTEXT), Mention::over(&d, 5..6, Label::Place, CONTEXT)];
        join_split_places(&d, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(&d.text[out[0].start..out[0].end], "Inner Mongolia");
        assert!(n.contains(&("South China Sea".into(), Label::Place)), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t == "South" || t == "China Sea"), "{n:?}");
    }

    #[test]
    fn a_district_of_a_place_is_one_place() {
        let n = names("He was held in the Southern District of New York, far from the District of Columbia.");
        assert!(n.contains(&("Southern District of New York".into(), Label::Place)), "{n:?}");
        assert!(n.contains(&("District of Columbia".into(), Label::Place)), "{n:?}");
        let n = names("The Lakeside School District of Ohio hired staff.");
        assert!(!n.iter().any(|(t, _)| t.starts_with("District")), "{n:?}");
    }

    #[test]
    fn two_compass_words_share_one_place() {
        let n = names("Exports to Central and South America rose, as did sales in Eastern and Western Europe.");
        for w in ["Central and South America", "Eastern and Western Europe"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Place), "{w}: {n:?}");
        }
    }
}
