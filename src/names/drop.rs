//! Dropping what merged names should not be: social-media handles, sentence-opening adverbs,
//! one-word names in capitals that are common words, listed acronyms of common nouns ("IoT",
//! "M&A"), capitalised phrases the article also writes in lowercase ("Cleaning Services"), capitalised common words of title-case lines
//! ("Book Movers Online", "Terms and Conditions"), acronyms taken for people ("SEO"), the labels of
//! numbered lists ("Step 1: ..."), a transcript's labels in capitals ("UNIDENTIFIED PERSON"); and a person's label on a one-word name in camel case
//! ("HireAHelper"): an organisation's.

use super::shape_filter::ShapeFilter;
use super::*;

/// Drops handles ("@MattBevin"), opening adverbs ("Sadly, …"), common words in capitals, common
/// words capitalised only by their line's style and acronyms taken for people; then types a
/// one-word person in camel case as an organisation. `headlines[block]`: the block is a headline.
pub(super) fn drop_non_names(doc: &Document, headlines: &[bool], out: &mut Vec<Mention>) {
    let acronyms: Vec<bool> = out.iter().map(|m| is_acronym_person(doc, m)).collect();
    // the words of names written in mixed case, in capitals: "NOVAK" is "Julia Novak"'s (gathered
    // only when there is an acronym to ask about)
    let named: HashSet<String> = if acronyms.contains(&true) {
        out.iter()
            .flat_map(|m| doc.text[m.start..m.end].split_whitespace())
            .filter(|w| w.chars().any(char::is_lowercase))
            .map(str::to_uppercase)
            .collect()
    } else {
        HashSet::default()
    };
    let mut k = 0;
    out.retain(|m| {
        k += 1;
        !(is_handle(doc, m.tokens.start)
            || (m.tokens.len() == 1 && is_instrument_code(doc, m.tokens.start))
            || is_rights_notice(&doc.text[m.start..m.end])
            || (m.tokens.len() == 1 && is_free_adverb(doc, m.tokens.start))
            || (acronyms[k - 1] && !named.contains(&doc.text[m.start..m.end])))
    });
    drop_common_capitals(doc, out);
    drop_listed_acronyms(doc, out);
    drop_phrases_written_lowercase(doc, out);
    drop_transcript_labels(doc, out);
    drop_styled_words(doc, headlines, out);
    drop_numbered_labels(doc, out);
    for m in out.iter_mut() {
        if m.label == Label::Person && m.tokens.len() == 1 && is_camel_case(doc.word(m.tokens.start)) {
            m.label = Label::Org;
        }
    }
}

/// "the M&A deal", "IoT devices", "AI-powered tools": a name that is, with the letters glued to
/// it, a listed acronym of a common noun, written in any case ("IoT", "SaaS") or across an "&"
/// ("M&A", "R&D"), or such an acronym with a lowercase word or one capital hyphened to it
/// ("AI-powered", "USB-C"), names nothing.
fn drop_listed_acronyms(doc: &Document, out: &mut Vec<Mention>) {
    let l = lexicon();
    out.retain(|m| {
        let r = &m.tokens;
        // the whole glued word the name stands in: "M&" of "M&A", "AI" of "AI-powered"
        let mut a = r.start;
        while a > 0 && doc.tokens[a - 1].end == doc.tokens[a].start {
            a -= 1;
        }
        let mut b = r.end;
        while b < doc.tokens.len() && doc.tokens[b - 1].end == doc.tokens[b].start {
            b += 1;
        }
        if b - a > 5 {
            return true;
        }
        let w = &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end];
        let w = w.trim_end_matches(['.', ',', ':', ';', ')', '!', '?']);
        let listed = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && l.common_acronyms.contains(w);
        // "AI-powered"; a connector's type letter: "USB-C", "USB-A"
        let hyphened = w.split_once('-').is_some_and(|(head, rest)| {
            listed(head)
                && (!rest.is_empty() && rest.chars().all(|c| c.is_lowercase() || c == '-')
                    || rest.len() == 1 && rest.bytes().all(|c| c.is_ascii_uppercase()))
        });
        !(listed(w) || hyphened)
    });
}

/// "hypersensitivity pneumonitis, or HP", "gross domestic product (GDP)": a word in capitals of
/// two to six letters, in brackets or after ", or", right after lowercase words whose initials it
/// spells (a word of a hyphened pair gives its own: "x-ray"), is a common noun's acronym: no
/// mention of it in the document is a person, place or organisation ("HP" is then no computer
/// maker, though listed). Run last, after the steps that add listed names. A MISC reading stays:
/// CoNLL-2003 types a disease's or an index's acronym MISC ("bovine spongiform encephalopathy
/// (BSE)", "CPI").
pub(super) fn drop_acronyms_of_lowercase_phrases(doc: &Document, out: &mut Vec<Mention>) {
    let n = doc.tokens.len();
    let mut common: HashSet<&str> = HashSet::default();
    for i in 2..n {
        let w = doc.word(i);
        if !(2..=6).contains(&w.len()) || !w.bytes().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // the last word of the phrase: before "(" (with ")" after the acronym) or before ", or"
        let last = if is_bracketed(doc, i) {
            i - 2
        } else if i >= 3 && doc.word(i - 1) == "or" && doc.word(i - 2) == "," {
            i - 3
        } else {
            continue;
        };
        // the phrase's initials, read backwards: each lowercase word gives its parts' first letters
        let mut initials: Vec<u8> = Vec::new();
        let mut k = last + 1;
        while k > 0 && initials.len() < w.len() {
            k -= 1;
            let t = doc.word(k);
            if doc.tokens[k].kind != Kind::Word || !t.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') {
                break;
            }
            for part in t.rsplit('-').filter(|p| !p.is_empty()) {
                initials.push(part.as_bytes()[0].to_ascii_uppercase());
            }
        }
        initials.reverse();
        if initials.as_slice() == w.as_bytes() {
            common.insert(w);
        }
    }
    if !common.is_empty() {
        out.retain(|m| !(m.tokens.len() == 1 && m.label != Label::Misc && common.contains(doc.word(m.tokens.start))));
    }
}

/// "Cleaning Services", "Quantum Computing": a name of two to four capitalised words in mixed
/// case that the article also writes, word for word, all in lowercase ("cleaning services") is a
/// common noun capitalised as a heading or for emphasis, no name, unless "the" stands before it.
fn drop_phrases_written_lowercase(doc: &Document, out: &mut Vec<Mention>) {
    let phrase = |r: &Range<usize>| -> Option<Vec<String>> {
        if !(2..=4).contains(&r.len()) {
            return None;
        }
        r.clone()
            .map(|i| {
                let w = doc.word(i);
                let mixed = w.chars().skip(1).all(|c| !c.is_uppercase());
                (is_capitalised_word(doc, i) && mixed && w.chars().count() > 1).then(|| w.to_lowercase())
            })
            .collect()
    };
    // "the Liberal Party" beside "a liberal party" is still the party's name
    let after_the = |i: usize| i > 0 && doc.word(i - 1).eq_ignore_ascii_case("the");
    let asked: Vec<(usize, Vec<String>)> = out
        .iter()
        .enumerate()
        .filter(|(_, m)| !after_the(m.tokens.start))
        .filter_map(|(k, m)| phrase(&m.tokens).map(|p| (k, p)))
        .collect();
    if asked.is_empty() {
        return;
    }
    // each phrase as one key, its words joined by spaces; the text is read once, each place
    // where a phrase's first word stands trying the three lengths (so many phrases stay linear)
    let keys: HashSet<String> = asked.iter().map(|(_, p)| p.join(" ")).collect();
    let firsts: HashSet<&str> = asked.iter().map(|(_, p)| p[0].as_str()).collect();
    let mut seen: HashSet<String> = HashSet::default();
    let n = doc.tokens.len();
    // the first words' lengths and first letters, a cheap test before the set is asked (this
    // reads every token)
    let lens: u64 = firsts.iter().fold(0, |b, w| b | 1 << (w.len() & 63));
    let letters: u128 = firsts.iter().fold(0, |b, w| b | 1 << (w.as_bytes()[0] & 127));
    for i in 0..n {
        let w = doc.word(i);
        if lens & 1 << (w.len() & 63) == 0
            || w.is_empty()
            || letters & 1 << (w.as_bytes()[0] & 127) == 0
            || !firsts.contains(w)
        {
            continue;
        }
        let mut key = w.to_string();
        for j in i + 1..n.min(i + 4) {
            key.push(' ');
            key.push_str(doc.word(j));
            if keys.contains(&key) {
                seen.insert(key.clone());
            }
        }
    }
    if seen.is_empty() {
        return;
    }
    let mut gone = vec![false; out.len()];
    for (k, p) in &asked {
        gone[*k] = seen.contains(&p.join(" "));
    }
    remove_marked(out, &gone);
}

/// "UNIDENTIFIED PERSON #1:", "(SOUNDBITE OF MUSIC)": a transcript's label or stage direction in
/// capitals, with a word of `transcript_words.txt`, names no one.
fn drop_transcript_labels(doc: &Document, out: &mut Vec<Mention>) {
    let words = &lexicon().transcript_words;
    out.retain(|m| {
        let w = &doc.text[m.start..m.end];
        !(w.chars().any(char::is_uppercase)
            && !w.chars().any(char::is_lowercase)
            && w.split(|c: char| !c.is_alphanumeric()).any(|p| words.contains(p)))
    });
}

/// "Step 1: ...", "Step 2: ...", "Step 3: ...": a word that opens three sentences or more, each
/// time with a number and a colon after it, labels the items of a numbered list (a step, a
/// chapter, a milepost): a common noun, no name.
fn drop_numbered_labels(doc: &Document, out: &mut Vec<Mention>) {
    let label_at = |i: usize| {
        i + 2 < doc.tokens.len()
            && doc.tokens[i].kind == Kind::Word
            && doc.tokens[i + 1].kind == Kind::Number
            && doc.word(i + 2) == ":"
    };
    let mut counts: HashMap<&str, usize> = HashMap::default();
    for s in &doc.sentences {
        if label_at(s.tokens.start) {
            *counts.entry(doc.word(s.tokens.start)).or_default() += 1;
        }
    }
    if counts.values().all(|&n| n < 3) {
        return;
    }
    out.retain(|m| {
        let i = m.tokens.start;
        !(m.tokens.len() == 1
            && doc.sentences[doc.sentence_of(i)].tokens.start == i
            && label_at(i)
            && counts.get(doc.word(i)).is_some_and(|&n| n >= 3))
    });
}

/// A word with a capital inside after two small letters or more ("HubSpot", "HireAHelper",
/// "WordPress"): a company's or product's name, never a person's ("McDonald", "DiCaprio",
/// "MacArthur" and "FitzGerald" are not asked: one small letter, or a surname prefix in
/// `CAMEL_CASE_SURNAME_PREFIXES`).
pub(crate) fn is_camel_case(w: &str) -> bool {
    let mut small = 0;
    for (i, c) in w.char_indices() {
        if c.is_lowercase() {
            small += 1;
        } else if c.is_uppercase() && i > 0 && small >= 2 {
            return !CAMEL_CASE_SURNAME_PREFIXES.iter().any(|p| w[..i].eq_ignore_ascii_case(p));
        } else if !c.is_alphabetic() || i == 0 {
            small = 0;
        }
    }
    false
}

/// Surname prefixes written with a capital after them: "MacArthur", "FitzGerald", "VanDyke".
const CAMEL_CASE_SURNAME_PREFIXES: &[&str] = &["Mac", "Fitz", "Van", "Von", "Della", "Del"];

/// "SEO" as a PERSON: a word in capitals inside mixed-case text is an acronym, never a person on
/// its shape alone: unless the lists know it as a name or a given or family name (or the document
/// writes it in mixed case in a name, checked by the caller), it is dropped.
fn is_acronym_person(doc: &Document, m: &Mention) -> bool {
    use crate::ner::gazetteer::{FIRST_NAME, LAST_NAME};
    let w = &doc.text[m.start..m.end];
    m.label == Label::Person
        && m.tokens.len() == 1
        && w.len() >= 2
        && w.bytes().all(|c| c.is_ascii_uppercase() || c == b'.')
        && known(w).is_none()
        && gazetteer_kinds(w) & (FIRST_NAME | LAST_NAME) == 0
        && {
            let s = &doc.sentences[doc.sentence_of(m.tokens.start)];
            doc.text[s.start..s.end].chars().any(char::is_lowercase)
        }
}

/// Drops one-word names ("Moving", "Book", "Terms") that the document also writes in lowercase and
/// never capitalises where a capital says something: every capitalised mention opens a sentence or
/// stands in a headline or a short title-case line ("Top-Rated Moving Company", "Book Now"). A
/// name the lists know is kept. Reading style, not words: "Labour" written mid-sentence in a
/// paragraph is a name even if "labour" occurs too.
fn drop_styled_words(doc: &Document, headlines: &[bool], out: &mut Vec<Mention>) {
    let styled_form = |w: &str| {
        w.len() >= 3
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|c| c.is_ascii_lowercase())
    };
    let asked: HashSet<&str> = out
        .iter()
        .filter(|m| m.tokens.len() == 1)
        .map(|m| &doc.text[m.start..m.end])
        .filter(|w| styled_form(w) && known(w).is_none())
        .collect();
    if asked.is_empty() {
        return;
    }
    // a block whose every word of four letters or more is capitalised, short or a headline:
    // judged once per block, only for blocks holding an asked word
    let mut title_like: Vec<Option<bool>> = vec![None; doc.blocks.len()];
    let mut is_title_like = |b: usize| {
        *title_like[b].get_or_insert_with(|| {
            headlines[b] || {
                let words = doc.blocks[b].tokens.clone().filter(|&i| doc.tokens[i].kind == Kind::Word);
                let (mut n, mut long, mut caps) = (0, 0, 0);
                for i in words {
                    n += 1;
                    let w = doc.word(i);
                    if n > 8 || w.bytes().any(|c| c.is_ascii_digit()) {
                        return false;
                    }
                    if w.len() >= 4 {
                        long += 1;
                        caps += w.starts_with(char::is_uppercase) as usize;
                    }
                }
                long > 0 && caps == long
            }
        })
    };
    let lower: HashSet<String> = asked.iter().map(|w| w.to_ascii_lowercase()).collect();
    let filter = ShapeFilter::new(asked.iter().copied().chain(lower.iter().map(String::as_str)));
    let mut informative: HashSet<&str> = HashSet::default();
    let mut lowercase: HashSet<&str> = HashSet::default();
    for (i, t) in doc.tokens.iter().enumerate() {
        let w = doc.tok(t);
        if !filter.may_hold(w) {
            continue;
        }
        if lower.contains(w) {
            lowercase.insert(w);
        } else if asked.contains(w)
            && !informative.contains(w)
            && !t.cap_free
            && !is_title_like(doc.sentences[doc.sentence_of(i)].block)
        {
            informative.insert(w);
        }
    }
    out.retain(|m| {
        let w = &doc.text[m.start..m.end];
        !(m.tokens.len() == 1
            && asked.contains(w)
            && !informative.contains(w)
            && lowercase.contains(w.to_ascii_lowercase().as_str()))
    });
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
    remove_marked(out, &drop);
}

/// "@MattBevin": a social-media handle (the word glued to an "@"), not a name as written in prose.
fn is_handle(doc: &Document, i: usize) -> bool {
    i > 0 && doc.word(i - 1) == "@" && doc.tokens[i - 1].end == doc.tokens[i].start
}

/// A copyright line's "All Rights Reserved" ("© 2019 Associated Press. All Rights Reserved."),
/// which title case makes look like a name.
fn is_rights_notice(t: &str) -> bool {
    let t = t.strip_prefix("All ").or_else(|| t.strip_prefix("ALL ")).unwrap_or(t);
    t.eq_ignore_ascii_case("Rights Reserved")
}

/// A newswire's instrument code after an index's or a commodity's name: a dot glued before two
/// to six capitals, the dot after a space and a capitalised word or a number ("Average .DJI",
/// "S&P 500 .SPX"), or capitals, a small "c"
/// and a digit ("LCOc1", "CLc1": a futures contract). Not a name (".NET" stays: no space before
/// it in "ASP.NET", and in ".NET developers" it opens a sentence's phrase, not a code after a
/// name).
fn is_instrument_code(doc: &Document, i: usize) -> bool {
    let w = doc.word(i);
    let b = w.as_bytes();
    let dotted = i >= 2
        && doc.word(i - 1) == "."
        && doc.tokens[i - 1].end == doc.tokens[i].start
        && doc.tokens[i - 2].end < doc.tokens[i - 1].start
        && (doc.tokens[i - 2].kind == Kind::Number || doc.word(i - 2).starts_with(char::is_uppercase))
        && (2..=6).contains(&b.len())
        && b.iter().all(u8::is_ascii_uppercase);
    let future = (4..=6).contains(&b.len())
        && b[b.len() - 1].is_ascii_digit()
        && b[b.len() - 2] == b'c'
        && b[..b.len() - 2].iter().all(u8::is_ascii_uppercase);
    dotted || future
}

/// "Sadly, …", "Separately, …": an adverb in -ly opening a sentence before a comma that no list
/// knows, capitalised only where it stands.
fn is_free_adverb(doc: &Document, i: usize) -> bool {
    is_free_form(doc, i, "ly", 4) && i + 1 < doc.tokens.len() && doc.word(i + 1) == ","
}

/// "on the Xbox One X.", "in Group D.": a name that ends with one capital and a period, which the
/// tokeniser keeps together as an initial, ends before the period where the sentence or the line
/// ends. Not a person's name ("Laura C." before a family name the name left out).
pub(super) fn trim_final_initial_periods(doc: &Document, out: &mut [Mention]) {
    for m in out.iter_mut() {
        if m.tokens.len() < 2 || m.label == Label::Person {
            continue;
        }
        let last = m.tokens.end - 1;
        if !matches!(doc.word(last).as_bytes(), [c, b'.'] if c.is_ascii_uppercase()) {
            continue;
        }
        let next = m.tokens.end;
        let ends = next >= doc.tokens.len()
            || doc.sentence_of(next) != doc.sentence_of(last)
            || doc.text[doc.tokens[last].end..doc.tokens[next].start].contains('\n')
            || doc.word(next).starts_with(char::is_uppercase) && doc.tokens[next].cap_free;
        if ends && m.end == doc.tokens[last].end {
            m.end -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_newswires_instrument_codes_are_no_names() {
        let n = names(
            "On Wall Street, the Dow Jones Industrial Average .DJI fell 102 points and the S&P 500 .SPX \
             lost 2 points, while Brent crude LCOc1 rose.",
        );
        assert!(!n.iter().any(|(w, _)| matches!(w.as_str(), "DJI" | "SPX" | "LCOc1")), "{n:?}");
        let d = Document::new("He writes ASP.NET code.");
        let i = (0..d.tokens.len()).find(|&i| d.word(i) == "NET").unwrap();
        assert!(!is_instrument_code(&d, i));
        let n = names("© 2019 Associated Press. All Rights Reserved. This material may not be published.");
        assert!(!n.iter().any(|(w, _)| w.contains("Reserved")), "{n:?}");
        assert!(is_rights_notice("ALL RIGHTS RESERVED") && !is_rights_notice("Rights Watch"));
    }

    #[test]
    fn a_sentences_period_after_a_last_capital_is_no_part_of_the_name() {
        let n = super::super::tests::names("It was seen on the Xbox One X. Then John F. Kennedy spoke.");
        assert!(n.iter().any(|(t, _)| t == "Xbox One X"), "{n:?}");
        assert!(n.iter().any(|(t, _)| t == "John F. Kennedy"), "{n:?}");
    }

    #[test]
    fn a_capitalised_phrase_the_article_writes_in_lowercase_is_no_name() {
        let t = "Our Window Washing team is ready. We offer window washing for homes in Marlton.";
        let n = names(t);
        assert!(!n.iter().any(|(w, _)| w == "Window Washing"), "{n:?}");
        let n = names("The Green Front won. Voters want a green front in Marlton, said Kelvin Ardley.");
        assert!(n.iter().any(|(w, _)| w == "Green Front"), "{n:?}");
        let n = names("Kelvin Ardley met Mara Quell in Marlton.");
        assert!(n.iter().any(|(w, _)| w == "Kelvin Ardley"), "{n:?}");
    }

    #[test]
    fn listed_acronyms_in_any_case_or_hyphened_are_no_names() {
        let n = names("The Kelvor board backed the M&A plan, its IoT sensors and AI-powered APIs.");
        for w in ["M&", "M&A", "IoT", "AI-powered", "APIs"] {
            assert!(!n.iter().any(|(t, _)| t == w), "{w}: {n:?}");
        }
        let n = names("Doctors found hypersensitivity pneumonitis, or HP. Cases of HP are rare, said Lara Voss of the clinic.");
        assert!(!n.iter().any(|(t, l)| t == "HP" && *l != Label::Misc), "{n:?}");
        let n = names("The charger has a USB-C port, a USB-A port and an HDMI port.");
        assert!(!n.iter().any(|(t, _)| t.starts_with("USB")), "{n:?}");
        let n = names("Buyers liked the AT&T offer.");
        assert!(n.iter().any(|(t, _)| t == "AT&T"), "{n:?}");
    }

    #[test]
    fn a_transcripts_labels_in_capitals_are_no_names() {
        let t = "DANA ORLOV, HOST: The town voted on Tuesday.\n(SOUNDBITE OF ARCHIVED RECORDING)\n\
                 UNIDENTIFIED PERSON #1: We want the park back.\nUNIDENTIFIED GROUP: (Chanting) Park.\n\
                 ORLOV: Marta Pell lives nearby.";
        let found: Vec<String> = names(t).into_iter().map(|(t, _)| t).collect();
        assert!(!found.iter().any(|t| t.contains("UNIDENTIFIED") || t.contains("SOUNDBITE")), "{found:?}");
        assert!(found.iter().any(|t| t == "Marta Pell"), "{found:?}");
    }

    #[test]
    fn the_label_of_a_numbered_list_is_no_name() {
        let t = "Waypost 1: the old mill.\nWaypost 2: a stone bridge.\nWaypost 3: Harlow station.\n\
                 Waypost 4: the end of the line.";
        let found: Vec<String> = names(t).into_iter().map(|(t, _)| t).collect();
        assert!(!found.iter().any(|t| t == "Waypost"), "{found:?}");
        assert!(found.iter().any(|t| t == "Harlow"), "{found:?}");
    }

    #[test]
    fn words_capitalised_by_style_are_not_names() {
        let t = "Book Movers Online\nBook movers online near you. You can book a crew today, and \
                 the Labour Party said Labour backs the labour market.";
        let d = Document::new(t);
        let found: Vec<&str> = find_names(&d, &crate::values::find_values(&d))
            .iter()
            .map(|m| &t[m.start..m.end])
            .collect();
        assert!(!found.contains(&"Book"), "{found:?}");
        // capitalised mid-sentence in a paragraph: a name, though "labour" occurs too
        assert!(found.contains(&"Labour"), "{found:?}");
    }

    #[test]
    fn acronyms_are_not_people() {
        let t = "Hire an SEO consultant, said Mr. JONES in Paris.";
        let d = Document::new(t);
        let at = |w: &str| {
            let i = (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
            let tok = &d.tokens[i];
            Mention {
                start: tok.start,
                end: tok.end,
                tokens: i..i + 1,
                label: Label::Person,
                strength: GUESS,
            }
        };
        assert!(is_acronym_person(&d, &at("SEO")));
        // a family name in capitals is a person's
        assert!(!is_acronym_person(&d, &at("JONES")));
        let caps = Document::new("SEO EXPERT SAYS HI");
        let tok = &caps.tokens[0];
        let m = Mention { start: tok.start, end: tok.end, tokens: 0..1, label: Label::Person, strength: GUESS };
        // a line in capitals says nothing of the word's shape
        assert!(!is_acronym_person(&caps, &m));
    }
}
