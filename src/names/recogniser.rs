//! The recogniser's names ([`crate::ner`]) made ready for merging: titles cut off ("Telegram CEO
//! Pavel Durov" → "Telegram"; "Governor John Bel Edwards" → "John Bel Edwards"; "Duchess of Sussex"
//! → "Sussex", a place), lone titles, contractions, overlong names and names inside long capitalised
//! stretches dropped, gazetteer places the recogniser called people relabelled.

use super::runs::{is_free_gerund, is_unknown_short_acronym};
use super::*;

/// The recogniser's names in `doc`, filtered and trimmed; `f` knows the capitalised words and the
/// words already taken by values.
pub(super) fn recognised_names(doc: &Document, f: &Finder) -> Vec<Mention> {
    // a stretch of more than MAX_NAME_TOKENS capitalised words inside a sentence is not a name
    // (only listed names in it are); lines of capitals one under the other ("HOUSTON AT PITTSBURGH")
    // are each their own stretch
    let mut in_long_run = vec![false; doc.tokens.len()];
    for s in &doc.sentences {
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            let e = (k..s.tokens.end).find(|&j| !f.is_cap(j)).unwrap_or(s.tokens.end);
            if e - k > MAX_NAME_TOKENS {
                in_long_run[k..e].iter_mut().for_each(|x| *x = true);
            }
            k = e.max(k + 1);
        }
    }
    let recognised = crate::ner::recognise(doc);
    // the last words of the recogniser's people of two words or more: a lone title word that is
    // also a surname ("King" after "Billie Jean King") is that person, not a lone title
    let surnames: HashSet<&str> = recognised
        .iter()
        .filter(|(r, l)| *l == Label::Person && r.len() >= 2)
        .map(|(r, _)| doc.word(r.end - 1))
        .collect();
    recognised
        .into_iter()
        .map(|(r, label)| (owner_before_possessive(doc, r), label))
        .map(|(r, label)| {
            let r = trim_opening_the(doc, trim_trailing_article(doc, trim_nobility_of(doc, r)));
            let r = trim_honorific(doc, r, |i| f.is_cap(i));
            (trim_title_before_name(doc, trim_title_of(doc, r), |i| f.is_cap(i)), label)
        })
        .map(|(r, label)| (trim_leading_title(doc, r, label, |i| f.is_cap(i)), label))
        .filter(|(r, label)| {
            let free = |r: Range<usize>| !f.taken[r].iter().any(|&t| t);
            free(r.clone())
                || (ends_in_number(doc, f, r) && free(r.start..r.end - 1))
                || *label == Label::Misc && holds_model_number(doc, f, r)
        })
        .filter(|(r, _)| {
            !(r.len() == 1 && is_title(doc.word(r.start)) && !surnames.contains(doc.word(r.start)))
        })
        .filter(|(r, _)| !r.clone().any(|k| is_contraction(doc.word(k))))
        .filter(|(r, _)| {
            !(r.len() == 1
                && (is_lone_nobility(doc, r.start) || is_common_word(doc.word(r.start))))
        })
        .filter(|(r, _)| {
            r.len() <= MAX_NAME_TOKENS
                && r.clone().all(|k| doc.word(k).len() <= MAX_NAME_WORD_BYTES)
        })
        .filter(|(r, _)| {
            !r.clone().any(|k| in_long_run[k])
                || self::known(&doc.text[doc.tokens[r.start].start..doc.tokens[r.end - 1].end])
                    .is_some()
        })
        .filter(|(r, label)| {
            // two unknown capitals are more often a common noun ("IP", "TV") than a name, unless
            // the recogniser reads an organisation in them ("shares of VW fell")
            !(r.len() == 1 && is_unknown_short_acronym(doc.word(r.start)) && *label != Label::Org)
        })
        .filter(|(r, _)| !(r.len() == 1 && is_free_gerund(doc, r.start)))
        .map(|(r, label)| {
            // "Mr." or "Mrs." before the name: a person, whatever the recogniser says, and as sure
            // as a title ("the cabinet gathered around Mr. Trump": no place)
            if r.start > 0 && is_honorific(doc.word(r.start - 1)) {
                return Mention::over(doc, r, Label::Person, ROLE);
            }
            // the place after a title of nobility ("Duchess of Sussex"): a place, and every other
            // mention of it with it
            let seat = after_nobility_of(doc, r.start);
            let label = if label == Label::Person && is_gazetteer_place(doc, &r) { Label::Place } else { label };
            Mention::over(doc, r, if seat { Label::Place } else { label }, if seat { ROLE } else { STRONG })
        })
        .collect()
}

/// "Blue Origin's New Shepard capsule": a recognised name that holds a possessive is the owner and
/// its thing; the owner before the first possessive stays when it is two words or more or a listed
/// name ("Blue Origin", "Amazon"; not "the Agency's", nor "Murray's" of "Murray's Pizza"), the
/// rest left to the rules (a name with its possessive inside goes whole otherwise).
fn owner_before_possessive(doc: &Document, r: Range<usize>) -> Range<usize> {
    let Some(p) = r.clone().find(|&k| doc.tokens[k].kind == Kind::Possessive) else {
        return r;
    };
    // a sentence's "The" before it is no word of the owner ("The Agency's")
    let start = if doc.word(r.start).eq_ignore_ascii_case("the") { r.start + 1 } else { r.start };
    let owner = start..p;
    let listed = || {
        p > r.start && self::known(&doc.text[doc.tokens[r.start].start..doc.tokens[p - 1].end]).is_some()
            || owner.len() == 1 && self::known(doc.word(owner.start)).is_some()
    };
    if owner.len() >= 2 || !owner.is_empty() && listed() {
        r.start..p
    } else {
        r
    }
}

/// "Boeing 737 Max": a model's bare number (a value of its own) inside a MISC name, between its
/// words, each capitalised.
fn holds_model_number(doc: &Document, f: &Finder, r: &Range<usize>) -> bool {
    r.len() >= 3
        && !f.taken[r.start]
        && !f.taken[r.end - 1]
        && r.clone().all(|k| !f.taken[k] || is_digits(doc, k) && !f.taken[k - 1] && !f.taken[k + 1])
        && r.clone().filter(|&k| !f.taken[k]).all(|k| doc.word(k).starts_with(char::is_uppercase))
}

/// A royal title: it starts names ("Queen of the South", "Prince of Wales") and stays with the
/// name after it ("King Charles III") where other titles are cut.
pub(super) fn is_royal_title(w: &str) -> bool {
    matches!(w, "King" | "Queen" | "Prince" | "Princess" | "Lord" | "Lady" | "Sir" | "Dame" | "Pope")
}

/// "Mr.", "Mrs.", "Ms." and "Messrs.", with or without the dot: before a capitalised word they name
/// a person and nothing else.
pub(super) fn is_honorific(w: &str) -> bool {
    matches!(w.strip_suffix('.').unwrap_or(w), "Mr" | "Mrs" | "Ms" | "Messrs" | "MR" | "MRS" | "MS")
}

/// A recogniser name that opens with an honorific before a capitalised word ("Mr. Trump"): the name
/// is what follows, whatever label the recogniser gave the whole.
pub(super) fn trim_honorific(doc: &Document, mut r: Range<usize>, is_cap: impl Fn(usize) -> bool) -> Range<usize> {
    while r.len() >= 2 && is_honorific(doc.word(r.start)) && is_cap(r.start + 1) {
        r.start += 1;
    }
    r
}

/// A recogniser name cut before a title word (not its first word) that a first name follows: the
/// title and what follows belong to a person ("Telegram CEO Pavel Durov": "Telegram"; the rules
/// may then find "Pavel Durov"). Words that only bridge parts of a name go with the cut.
pub(super) fn trim_title_before_name(
    doc: &Document,
    mut r: Range<usize>,
    is_cap: impl Fn(usize) -> bool,
) -> Range<usize> {
    let first_name =
        |i: usize| gazetteer_kinds(doc.word(i)) & crate::ner::gazetteer::FIRST_NAME != 0;
    if let Some(p) = (r.start + 1..r.end).find(|&p| {
        p + 1 < doc.tokens.len() && is_title(doc.word(p)) && is_cap(p + 1) && first_name(p + 1)
    }) {
        r.end = p;
        while r.end > r.start + 1 && !is_cap(r.end - 1) {
            r.end -= 1;
        }
    }
    r
}

/// A person's name from the recogniser that opens with a title before a capitalised word
/// ("Governor John Bel Edwards"): the title is not part of the name (CoNLL-2003 and the seeds' gold
/// leave it out, "President" before "Clinton" in 105 of 105 cases in CoNLL train).
pub(super) fn trim_leading_title(
    doc: &Document,
    mut r: Range<usize>,
    label: Label,
    is_cap: impl Fn(usize) -> bool,
) -> Range<usize> {
    while label == Label::Person
        && r.len() >= 2
        && is_title(doc.word(r.start))
        && is_cap(r.start + 1)
    {
        r.start += 1;
    }
    r
}

/// A recogniser name that opens with a role and "of" ("CEO of Telegram", "President of the United
/// States"): the name is what follows. Not after a royal title, which starts names ("Queen of the
/// South", "Prince of Wales").
pub(super) fn trim_title_of(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    let w = doc.word(r.start);
    if r.len() >= 3 && !is_royal_title(w) && is_title(w) && doc.word(r.start + 1) == "of" {
        r.start += 2;
        if r.len() >= 2 && doc.word(r.start) == "the" {
            r.start += 1;
        }
    }
    r
}

/// A name of two or three words that the place gazetteers hold and whose first word is no given
/// name ("Chiang Mai", not "Jordan Henderson" or "Washington"): a place, whatever its shape.
pub(super) fn is_gazetteer_place(doc: &Document, r: &Range<usize>) -> bool {
    use crate::ner::gazetteer::{CITY, COUNTRY, FIRST_NAME, LAST_NAME, PLACE};
    let first = gazetteer_kinds(doc.word(r.start));
    (1..=3).contains(&r.len())
        && phrase_kinds(r.clone().map(|i| doc.word(i))) & (CITY | COUNTRY | PLACE) != 0
        && first & FIRST_NAME == 0
        && (r.len() > 1 || first & LAST_NAME == 0)
}

/// A title of nobility ("Duchess") in a name that continues with "of" and a place: the name is
/// the place ("Duchess of Sussex" → "Sussex", "Duke of Edinburgh" → "Edinburgh"; CoNLL-2003 marks
/// "Duke of Orleans" so).
pub(super) fn trim_nobility_of(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    if r.len() >= 3 && lexicon().nobility.contains(doc.word(r.start)) && doc.word(r.start + 1) == "of"
    {
        r.start += 2;
    }
    r
}

/// Token `i` follows a title of nobility and "of" ("Duchess of Sussex").
pub(super) fn after_nobility_of(doc: &Document, i: usize) -> bool {
    i >= 2 && doc.word(i - 1) == "of" && lexicon().nobility.contains(doc.word(i - 2))
}

/// A title of nobility standing alone before "of" or "and" ("the Duke and Duchess of Sussex"):
/// a title, not a name.
pub(super) fn is_lone_nobility(doc: &Document, i: usize) -> bool {
    lexicon().nobility.contains(doc.word(i))
        && i + 1 < doc.tokens.len()
        && matches!(doc.word(i + 1), "of" | "and")
}

/// A name never ends in an article ("Steven Pinker The" before "The Better Angels …"; a paragraph
/// opening "The" after a name on the line before).
pub(super) fn trim_trailing_article(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    while r.len() > 1 && matches!(doc.word(r.end - 1), "The" | "A" | "An") {
        r.end -= 1;
    }
    r
}

/// A word capitalised only where a sentence starts ("The", "This", "In"), in no name list: never
/// a name on its own.
pub(super) fn is_common_word(w: &str) -> bool {
    let kinds = lexicon().word_kinds.get(w).copied().unwrap_or(0);
    kinds & COMMON_WORD != 0 && kinds & LISTED_NAME == 0
}

/// "The" opening a sentence before a name ("The Daily Herald published …"): its capital says only
/// that the sentence starts; CoNLL-2003 leaves it out of the name (1,093 of 1,127 "The" are outside
/// names in its training file). The training files of CrossNER's literature and music domains put
/// it inside titles of works and bands, which taught the recogniser to take it in.
pub(super) fn trim_opening_the(doc: &Document, mut r: Range<usize>) -> Range<usize> {
    if r.len() > 1 && doc.word(r.start) == "The" && doc.tokens[r.start].cap_free {
        r.start += 1;
    }
    r
}

/// A recogniser name of two words or more that ends in a number of digits that is a value of its
/// own, one token long ("Euro 96", "Democrats 66", "FTSE 100"): the number is part of the name (the
/// recogniser, trained on CoNLL-2003, takes it in only where the number names, not in scores:
/// "Notts County 2").
pub(super) fn ends_in_number(doc: &Document, f: &Finder, r: &Range<usize>) -> bool {
    let last = r.end - 1;
    r.len() >= 2
        && is_digits(doc, last)
        && !f.taken[last - 1]
        && !f.taken.get(r.end).copied().unwrap_or(false)
}
