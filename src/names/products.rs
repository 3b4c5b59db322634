//! Names that the way they are written marks as products (MISC): a name with a plus glued to its
//! end ("Disney+", "ESPN+": a streaming service, not the company), and a word of a small "i" before
//! a capital ("iPhone", "iMac", "iOS": a device or its software), and a maker's name before a
//! model's ("Nissan Sentra", "Samsung Galaxy S21": the car or phone, not the maker), and a model's
//! designation of capitals, a hyphen and a number before its capitalised name ("F-86 Sabre", "CH-53
//! Sea Stallion": the aircraft or vehicle, one name).

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
/// ends in an organisation head or a legal form ("Toyota Motor Corp", "Sony Pictures"), nor the
/// maker's role or branch ("Lexus Project Manager", "Lexus Philippines").
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
        if end - r.start < 2 {
            continue;
        }
        let last = doc.word(end - 1);
        // the maker's people or branch, not a model: "Lexus Project Manager", "Lexus Philippines"
        let rest = &doc.text[doc.tokens[r.start + 1].start..doc.tokens[end - 1].end];
        let role = (r.start + 1..end).any(|k| {
            let w = doc.word(k);
            is_title(w) || l.speaker_roles.get(w.to_lowercase().as_str()) == Some(&false)
        });
        // a model's number right after it: a product whatever its last word ("Xiaomi Smart
        // Band 10")
        let numbered = end == r.end && version_after(doc, m);
        let place = matches!(known(rest), Some((Label::Place, _)))
            || phrase_kinds(rest.split(' ')) & (crate::ner::gazetteer::COUNTRY | crate::ner::gazetteer::CITY) != 0;
        if role
            || place
            || !numbered && (l.org_heads.contains(last) || l.name_heads.contains_key(last))
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

/// "IBM Quantum Platform", "Adobe Creative Suite": an organisation's name, then one to three
/// capitalised words that no person's or place's name holds, the last a `product:` word of
/// `makers.txt`, is one product (MISC); the capitalised words may be one-word names of their own.
pub(super) fn mark_product_suites(doc: &Document, out: &mut Vec<Mention>) {
    let heads = &lexicon().product_heads;
    let n = doc.tokens.len();
    let starts: HashMap<usize, usize> =
        out.iter().enumerate().map(|(i, m)| (m.tokens.start, i)).collect();
    let covered = covered_tokens(doc, out);
    let mut gone = vec![false; out.len()];
    for i in 0..out.len() {
        let m = &out[i];
        if gone[i] || m.label != Label::Org || m.strength >= ROLE {
            continue;
        }
        let sent = doc.sentence_of(m.tokens.start);
        let mut k = m.tokens.end;
        let mut swallowed = Vec::new();
        let mut end = None;
        while k < n && k < m.tokens.end + 3 && doc.sentence_of(k) == sent {
            let prev_end = doc.tokens[k - 1].end;
            if doc.text[prev_end..doc.tokens[k].start] != *" " || !is_capitalised_word(doc, k) {
                break;
            }
            if covered[k] {
                // a one-word name of its own, no person or place
                match starts.get(&k) {
                    Some(&j)
                        if out[j].tokens.len() == 1
                            && matches!(out[j].label, Label::Org | Label::Misc)
                            && out[j].strength < ROLE =>
                    {
                        swallowed.push(j)
                    }
                    _ => break,
                }
            }
            if heads.contains(doc.word(k)) {
                end = Some(k + 1);
                break;
            }
            k += 1;
        }
        let Some(end) = end else { continue };
        if end - m.tokens.end < 2 {
            continue;
        }
        for j in swallowed {
            gone[j] = true;
        }
        let m = &mut out[i];
        m.tokens.end = end;
        m.end = doc.tokens[end - 1].end;
        m.label = Label::Misc;
        m.strength = m.strength.max(STRONG);
    }
    remove_marked(out, &gone);
    // the whole read as one organisation: "Intel Design Suite" where "Intel" is an organisation
    // the lists or the document name alone
    let alone: HashSet<&str> = out
        .iter()
        .filter(|m| m.tokens.len() == 1 && m.label == Label::Org)
        .map(|m| doc.word(m.tokens.start))
        .collect();
    for m in out.iter_mut() {
        let (first, last) = (doc.word(m.tokens.start), doc.word(m.tokens.end - 1));
        if m.label == Label::Org
            && m.strength < ROLE
            && (3..=4).contains(&m.tokens.len())
            && heads.contains(last)
            && (alone.contains(first) || is_maker(first) || known(first).is_some_and(|(l, _)| l == Label::Org))
        {
            m.label = Label::Misc;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// The same product written shorter or longer in one document: "Stadia" after "Google Stadia"
/// (a maker's model), "MacBook" and "MacBooks" after "MacBook Pro" (a model's suffix word),
/// "Chromecast Ultra" after "Chromecast": a name that is a product of the document without its
/// maker or suffix, or with a suffix more, is that product (MISC), whatever else the recogniser
/// read in it. Not a listed organisation or maker, nor a name a title or role makes sure of.
pub(super) fn mark_product_kin(doc: &Document, values: &[Value], out: &mut [Mention]) {
    let l = lexicon();
    let words = |m: &Mention| m.tokens.clone().map(|k| doc.word(k)).collect::<Vec<_>>();
    let is_suffix = |w: &str| l.model_suffixes.contains(w) || w.strip_suffix('s').is_some_and(|s| l.model_suffixes.contains(s));
    // the products' shorter forms: the model without its maker, the name without its suffix
    let mut products: HashSet<String> = HashSet::default();
    let mut one_word: HashSet<&str> = HashSet::default();
    for m in out.iter().filter(|m| m.label == Label::Misc) {
        let w = words(m);
        if w.len() == 1 && !l.nationalities.contains(w[0]) {
            one_word.insert(w[0]);
        } else if w.len() >= 2 && is_maker(w[0]) {
            products.insert(w[1..].join(" "));
            // and the model without its number: "Ioniq" of "Hyundai Ioniq 5"
            if w.len() >= 3 && is_version_at(doc, m.tokens.end - 1) {
                products.insert(w[1..w.len() - 1].join(" "));
            }
        } else if w.len() >= 2 && is_suffix(w[w.len() - 1]) {
            products.insert(w[..w.len() - 1].join(" "));
        } else if w.len() >= 2 && is_sequel_digit(doc, m.tokens.end - 1) && !w[0].bytes().all(|c| c.is_ascii_uppercase()) {
            // a sequel's or version's name without its number: "Destiny" beside "Destiny 2"
            // (not an acronym: "CDU 3", a party's third district, leaves "CDU" alone)
            products.insert(w[..w.len() - 1].join(" "));
        }
    }
    if products.is_empty() && one_word.is_empty() {
        return;
    }
    for x in 0..out.len() {
        let m = &out[x];
        if m.label == Label::Misc || m.strength >= ROLE {
            continue;
        }
        let w = words(m);
        let text = w.join(" ");
        if is_maker(w[0]) || l.orgs.contains(&doc.text[m.start..m.end]) {
            continue;
        }
        let shorter = products.contains(&text)
            || text.strip_suffix('s').is_some_and(|t| products.contains(t));
        let longer = w.len() >= 2 && is_suffix(w[w.len() - 1]) && {
            let base = w[..w.len() - 1].join(" ");
            products.contains(&base) || w.len() == 2 && one_word.contains(w[0])
        };
        if shorter || longer {
            // the model's own number after it, in no other name: "Ioniq 6" beside "Ioniq 5"
            let k = m.tokens.end;
            let numbered = !longer
                && version_after(doc, m)
                && value_at(values, k).is_none_or(|v| v == (k..k + 1))
                && out.get(x + 1).is_none_or(|n| n.tokens.start > k);
            let m = &mut out[x];
            if numbered {
                m.tokens.end = k + 1;
                m.end = doc.tokens[k].end;
            }
            m.label = Label::Misc;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// Token `k` is a number that is a product's version ([`is_version`]: "5", "3.5", "5S").
fn is_version_at(doc: &Document, k: usize) -> bool {
    doc.tokens[k].kind == Kind::Number && is_version(doc.word(k))
}

/// A version right after the name `m`, one space between, in its sentence, with no bare number
/// after it (a table's row): "Ioniq 6", "Smart Band 10".
fn version_after(doc: &Document, m: &Mention) -> bool {
    let k = m.tokens.end;
    k < doc.sentences[doc.sentence_of(m.tokens.start)].tokens.end
        && one_space_before(doc, k)
        && is_version_at(doc, k)
        && !(k + 1 < doc.tokens.len() && is_digits(doc, k + 1))
}

/// Nouns of a made thing that, right after a name with a determiner or a possessive before it,
/// say the name is that thing's ("the Starship rocket", "NASA's VIPER rover", "the HomePod
/// speaker", "the Artemis program"). Not nouns that also follow an organisation or a person as
/// their employer or owner ("engineer", "team", "family"), and not the nouns of works and goods
/// that as often follow their maker or operator: "the U2 album", "the TWA jet", "the OSCE
/// mission", "the Pfizer vaccine", "the Intel chip".
const PRODUCT_NOUNS: &[&str] = &[
    "rocket", "rockets", "spacecraft", "rover", "lander", "orbiter", "satellite", "satellites",
    "telescope", "probe", "capsule", "program", "programme", "console", "consoles", "headset",
    "speaker", "speakers", "earbuds", "headphones", "smartphone", "smartphones", "laptop",
    "laptops", "tablet", "tablets", "charger", "app", "apps", "sedan", "SUV",
];

/// Determiners that open the noun phrase of a product named before its noun ("the", "its").
const PRODUCT_DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"];

/// "the Starship rocket", "Blue Origin's Blue Moon lander", "the new HomePod speaker": a name
/// the recogniser reads as an organisation or MISC (no maker, no listed organisation, none a role makes
/// sure of; not a person, whose name before "album" or "film" is its maker's) between a
/// determiner or a possessive (up to three words before it, words only between) and a noun of
/// [`PRODUCT_NOUNS`] in its sentence is a product (MISC), at every mention of it in the document
/// but a place's.
pub(super) fn mark_named_products(doc: &Document, out: &mut [Mention]) {
    let mut found: HashSet<&str> = HashSet::default();
    for m in out.iter() {
        let (first, end) = (m.tokens.start, m.tokens.end);
        if end >= doc.tokens.len()
            || doc.tokens[end].kind != Kind::Word
            || !PRODUCT_NOUNS.contains(&doc.word(end))
            || !matches!(m.label, Label::Org | Label::Misc)
            || m.strength >= ROLE
        {
            continue;
        }
        let sent = doc.sentences[doc.sentence_of(first)].tokens.clone();
        if end >= sent.end {
            continue;
        }
        // the words before the name, up to three
        let window = sent.start.max(first.saturating_sub(3))..first;
        let opened = window.clone().any(|k| {
            doc.tokens[k].kind == Kind::Possessive
                || doc.tokens[k].kind == Kind::Word
                    && PRODUCT_DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(doc.word(k)))
        }) && window.into_iter().all(|k| matches!(doc.tokens[k].kind, Kind::Word | Kind::Possessive));
        let text = &doc.text[m.start..m.end];
        if !opened || is_named_maker(doc, m) {
            continue;
        }
        found.insert(text);
    }
    mark_found_products(doc, out, found);
}

/// A name led by a maker, or a listed organisation, person or place: no product.
fn is_named_maker(doc: &Document, m: &Mention) -> bool {
    let l = lexicon();
    let text = &doc.text[m.start..m.end];
    is_maker(doc.word(m.tokens.start))
        || l.orgs.contains(text)
        || l.listed_orgs.contains(text)
        || known(text).is_some_and(|(k, _)| k != Label::Misc)
}

/// Makes the names `found` products at every mention: not a name the document writes as an
/// owner ("SpaceX's Starship") or as a speaker ("Sonos said"), which is the maker; its other
/// mentions, which the recogniser may read as a person ("Zentara will land"), follow, and a
/// place of the same name stays one.
fn mark_found_products<'a>(doc: &Document<'a>, out: &mut [Mention], mut found: HashSet<&'a str>) {
    if found.is_empty() {
        return;
    }
    let makers: HashSet<&str> = out
        .iter()
        .filter(|m| {
            doc.tokens.get(m.tokens.end).is_some_and(|t| {
                t.kind == Kind::Possessive
                    || matches!(doc.tok(t), "said" | "says" | "announced" | "unveiled" | "launched" | "released")
            })
        })
        .map(|m| &doc.text[m.start..m.end])
        .collect();
    found.retain(|text| !makers.contains(text));
    for m in out.iter_mut() {
        if m.strength < ROLE && m.label != Label::Place && found.contains(&doc.text[m.start..m.end]) {
            m.label = Label::Misc;
            m.strength = m.strength.max(STRONG);
        }
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

/// "Galaxy S25 Ultra", "Airbus A320", "BMW X5", "Boeing 737 MAX", "Pixel 9 Pro", "the F-35
/// Lightning": a model's name, MISC, written as a name and a model code after it (capitals and
/// digits: "S25", "A320"; not a quarter or a half year, "Q2", "H1"), a maker's name and a plain
/// number of three digits or four with no number after it ("Boeing 737"; not a year, a team's
/// score, "Samsung 49 LG 46", nor a number a value takes in: "Apple 100 years ago"), or a
/// name, a number and a model's suffix word ("Pixel 9 Pro", `suffix:` in `makers.txt`); the suffix
/// words after the code or number are in the name ("Ultra"). Also a code joined by a dash before a
/// name ("F-35 Lightning", "MQ-9 Reaper"). Not a person's or a place's name before the code
/// ("Korea W145", "Interstate 95"). And a sequel's number after a name ([`sequel_number`]:
/// "Destiny 2"), which a one-word person's name may take too.
pub(super) fn mark_model_codes(doc: &Document, values: &[Value], out: &mut Vec<Mention>) {
    let l = lexicon();
    // per sentence, its bare numbers and lowercase words, counted when a candidate first asks
    let mut prose: Option<Vec<Option<(usize, usize)>>> = None;
    let mut gone = vec![false; out.len()];
    let mut changed = false;
    for x in 0..out.len() {
        if gone[x] || !out[x].label.is_name() {
            continue;
        }
        let m = &out[x];
        let si = doc.sentence_of(m.tokens.start);
        let sent = doc.sentences[si].tokens.clone();
        let (first, k) = (m.tokens.start, m.tokens.end);
        // a code joined by a dash right before the name, in no name itself
        let before = first > sent.start
            && is_dashed_code(doc.word(first - 1))
            && (x == 0 || out[x - 1].tokens.end < first)
            && value_at(values, first - 1).is_none();
        let mut start = if before { first - 1 } else { first };
        let mut end = k;
        // the name holds its code already ("F-35 Lightning", "Boeing 737"): it is the model,
        // and the suffix words after it are in it
        let holds_code = k - first >= 2
            && (is_dashed_code(doc.word(first))
                || is_maker(doc.word(first))
                    && (is_model_code(doc.word(k - 1)) || is_digits(doc, k - 1)));
        if holds_code {
            while end < sent.end
                && end - k < 2
                && (l.model_suffixes.contains(doc.word(end)) || trim_at(doc, out, end))
            {
                end += 1;
            }
        } else if !before && k < sent.end && m.label != Label::Place {
            // a sequel's number, which a one-word person's name may take too ("Titanfall 2")
            let sequel = sequel_number(doc, values, si, m, k, &mut prose);
            let w = doc.word(k);
            let number = is_digits(doc, k)
                && w.len() <= 4
                && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
                && value_at(values, k).is_none_or(|v| v == (k..k + 1));
            let code = matches!(doc.tokens[k].kind, Kind::Word | Kind::Number) && is_model_code(w) && value_at(values, k).is_none();
            // a number or version after a name read as a product ("Acer Nitro 16", "Ioniq 5",
            // "DLSS 3.5", "Arlo Pro 5S"): in CoNLL-2003 and CrossNER a MISC name before a number
            // holds it ("Windows 95", "Euro 96", "Voyager 1") but for a currency's sign; not a
            // nationality's ("Dutch 2"), nor before another number (a table's row)
            let not_nationality = || gazetteer_kinds(doc.word(k - 1)) & crate::ner::gazetteer::NATIONALITY == 0;
            let product_number = m.label == Label::Misc
                && is_version(w)
                && value_at(values, k).is_none_or(|v| v == (k..k + 1))
                && !(k + 1 < sent.end && is_digits(doc, k + 1))
                && not_nationality();
            let mut e = k + 1;
            while e < sent.end
                && e - k <= 2
                && (l.model_suffixes.contains(doc.word(e))
                    || product_number && trim_at(doc, out, e))
            {
                e += 1;
            }
            // a maker's number of three digits or more with no number after it: "Boeing 737",
            // not a team's score ("Samsung 49 LG 46", "Hyundai 57 55")
            let makers_number = number
                && w.len() >= 3
                && is_maker(doc.word(first))
                && !(k + 1 < sent.end && doc.tokens[k + 1].kind == Kind::Number);
            // a product's suffix word right after it: "iPad Air", "Galaxy Buds Pro"
            let mut suffixed = k;
            while m.label == Label::Misc
                && suffixed < sent.end
                && suffixed - k < 2
                && one_space_before(doc, suffixed)
                && l.model_suffixes.contains(doc.word(suffixed))
            {
                suffixed += 1;
            }
            if sequel || product_number || m.label != Label::Person && (code || makers_number || number && e > k + 1) {
                end = e;
            } else if suffixed > k
                // a name that goes on past the suffix is another's ("German Air Force")
                && out.get(x + 1).is_none_or(|n| n.tokens.start >= suffixed || n.tokens.end <= suffixed)
                && not_nationality()
            {
                end = suffixed;
            }
        }
        if start == first && end == k && !holds_code {
            continue;
        }
        // the names the model's name now holds go: they are its neighbours, as the names are in
        // order and do not overlap (so a document of many models stays linear)
        let mut y = x;
        while y > 0 && out[y - 1].tokens.end > start {
            y -= 1;
            gone[y] = true;
            start = start.min(out[y].tokens.start);
        }
        let mut y = x + 1;
        while y < out.len() && out[y].tokens.start < end {
            gone[y] = true;
            y += 1;
        }
        let m = &mut out[x];
        m.tokens = start..end;
        m.start = doc.tokens[start].start;
        m.end = doc.tokens[end - 1].end;
        m.label = Label::Misc;
        m.strength = m.strength.max(STRONG);
        changed = true;
    }
    if changed {
        remove_marked(out, &gone);
    }
}

/// "Model 3", "Call of Duty", "Mac mini": a listed product that holds a bare number (which a value
/// takes) or a lowercase word (which ends a run of capitals) is one MISC name where the text
/// writes it, in place of the names that held its pieces; not where a capitalised word goes on
/// after it.
pub(super) fn mark_listed_products(doc: &Document, out: &mut Vec<Mention>) {
    static BY_FIRST: std::sync::OnceLock<HashMap<&'static str, Vec<&'static str>>> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| super::markets::by_first_word(lexicon().product_phrases.iter().copied()));
    super::markets::mark_listed_phrases(doc, out, by_first, |_| false);
}

/// "Sony WF-1000XM5", "Bowers & Wilkins Px7 S2e", "Nvidia H100": an organisation's name right
/// before a model's code (letters and digits, a letter first: [`is_product_code`]) that no name
/// holds is the model, MISC, with the codes and suffix words after the code ("Pro").
pub(super) fn mark_coded_models(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    let covered = covered_tokens(doc, out);
    for m in out.iter_mut() {
        let k = m.tokens.end;
        if m.label != Label::Org || m.strength >= ROLE || k >= doc.tokens.len() || covered[k] {
            continue;
        }
        let sent_end = doc.sentences[doc.sentence_of(m.tokens.start)].tokens.end;
        let spaced = |e: usize| e < sent_end && one_space_before(doc, e) && !covered[e];
        if !spaced(k) || !is_product_code(doc.word(k)) {
            continue;
        }
        let mut end = k + 1;
        while end - k < 3
            && spaced(end)
            && (is_product_code(doc.word(end)) || l.model_suffixes.contains(doc.word(end)))
        {
            end += 1;
        }
        m.tokens.end = end;
        m.end = doc.tokens[end - 1].end;
        m.label = Label::Misc;
        m.strength = m.strength.max(STRONG);
    }
}

/// A model's code: two to twelve ASCII letters and digits, maybe one dash, a letter first, a
/// digit in it ("Px7", "S2e", "WF-1000XM5", "G502", "XM2we"). Not a quarter, a half year, a fiscal
/// year, an age group or a group of states ("Q3", "H1", "FY24", "U21", "G20"), nor a word before a
/// dash of four letters or more ("COVID-19").
pub(super) fn is_product_code(w: &str) -> bool {
    let b = w.as_bytes();
    if !(2..=12).contains(&b.len())
        || !b[0].is_ascii_alphabetic()
        || !b.iter().any(u8::is_ascii_digit)
        || !b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        || b.iter().filter(|&&c| c == b'-').count() > 1
    {
        return false;
    }
    if w.split_once('-').is_some_and(|(h, _)| h.len() >= 4) {
        return false;
    }
    // a strain's code: a letter, digits, a letter, digits ("H5N1")
    let strain = {
        let mut groups = w.as_bytes().chunk_by(|a, b| a.is_ascii_digit() == b.is_ascii_digit());
        matches!((groups.next(), groups.next(), groups.next(), groups.next(), groups.next()),
            (Some(a), Some(d1), Some(c), Some(d2), None) if a.len() == 1 && c.len() == 1 && d1[0].is_ascii_digit() && d2[0].is_ascii_digit())
    };
    if strain {
        return false;
    }
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let digits = b.len() - letters;
    let rest_digits = b[letters..].iter().all(u8::is_ascii_digit);
    !(rest_digits && (matches!(&w[..letters], "Q" | "H" | "FY" | "CY" | "U") || &w[..letters] == "G" && digits <= 2))
}

/// A sequel's or version's number right after a name that is no place: "Destiny 2", "Red Dead
/// Redemption 2", "MagSafe 2", "Voyager 2". One digit, not 0 or 1 (a name with a number of two
/// digits is as often a band, a party or a club: "East 17", "Alliance 90", "Bayern 10"), nor in a
/// longer value ("2 hours"), nor before another number; a person's name of one word only
/// ("Titanfall 2", which the recogniser can read as a surname). Only in a sentence of prose (three
/// lowercase words or more) with no other bare number of one to three digits: not a team's score
/// ("Corinthians 1 Guarani 0", "Leicestershire 22 points, Somerset 4") nor a bowler's figures.
fn sequel_number(
    doc: &Document,
    values: &[Value],
    si: usize,
    m: &Mention,
    k: usize,
    prose: &mut Option<Vec<Option<(usize, usize)>>>,
) -> bool {
    let sent = &doc.sentences[si].tokens;
    if !is_sequel_digit(doc, k)
        || m.label == Label::Person && m.tokens.len() > 1
        || value_at(values, k).is_some_and(|v| v != (k..k + 1))
        || k + 1 < sent.end && doc.tokens[k + 1].kind == Kind::Number
        || m.tokens.start > sent.start && doc.tokens[m.tokens.start - 1].kind == Kind::Number
    {
        return false;
    }
    // the sentence's bare numbers and lowercase words, counted once a sentence (a long line of
    // many such names is read once)
    let cache = prose.get_or_insert_with(|| vec![None; doc.sentences.len()]);
    let (numbers, lower) = *cache[si].get_or_insert_with(|| {
        let mut c = (0, 0);
        for i in sent.clone() {
            let t = doc.word(i);
            if is_digits(doc, i) && t.len() <= 3 {
                c.0 += 1;
            } else if doc.tokens[i].kind == Kind::Word && t.len() >= 2 && t.starts_with(|c: char| c.is_lowercase()) {
                c.1 += 1;
            }
        }
        c
    });
    // the sequel's own number is one of the bare numbers
    numbers == 1 && lower >= 3
}

/// Token `k` is a sequel's or version's digit: one digit from 2 to 9 ("Destiny 2").
fn is_sequel_digit(doc: &Document, k: usize) -> bool {
    is_digits(doc, k) && matches!(doc.word(k).as_bytes(), [b'2'..=b'9'])
}

/// The token range of the value holding token `t` (values are in order and never overlap).
fn value_at(values: &[Value], t: usize) -> Option<Range<usize>> {
    let k = values.partition_point(|v| v.tokens.end <= t);
    values.get(k).filter(|v| v.tokens.start <= t).map(|v| v.tokens.clone())
}

/// Units written in capitals after digits, no model's code: "256GB", "500CC", "12MP", "65W".
const UNITS: &[&str] = &["CC", "GB", "TB", "MB", "KB", "MM", "CM", "KM", "KG", "MP", "HP", "W"];

/// "S25", "A320", "X5", "A320neo", "LM600": one to three capitals, one to four digits and at
/// most three letters; not a quarter or a half year ("Q2", "H1"). Also a chip's digits and
/// capitals ("5300M", "9900K"; not an ordinal, nor a unit: "42nd", "500CC", "256GB") and a
/// lowercase letter and one digit ("Core i7").
fn is_model_code(w: &str) -> bool {
    let b = w.as_bytes();
    let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if (3..=5).contains(&lead)
        && (1..=2).contains(&(b.len() - lead))
        && b[lead..].iter().all(u8::is_ascii_uppercase)
        && !UNITS.contains(&&w[lead..])
    {
        return true;
    }
    if b.len() == 2 && matches!(b[0], b'i' | b'm') && b[1].is_ascii_digit() {
        return true;
    }
    let caps = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = b[caps..].iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &b[caps + digits..];
    (1..=3).contains(&caps)
        && (1..=4).contains(&digits)
        && rest.len() <= 3
        && rest.iter().all(u8::is_ascii_alphabetic)
        && !(caps == 1 && digits == 1 && rest.is_empty() && matches!(b[0], b'Q' | b'H'))
}

/// A product's number or version: one to three digits ("16"), a short decimal ("3.5", "14.2") or
/// digits and one or two capitals that are no unit ("5S", "8K", "45K"; not "16GB", "5MP").
fn is_version(w: &str) -> bool {
    let b = w.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &w[digits..];
    (1..=3).contains(&digits)
        && (rest.is_empty()
            || digits <= 2 && rest.len() == 2 && rest.starts_with('.') && rest.as_bytes()[1].is_ascii_digit()
            || (1..=2).contains(&rest.len())
                && rest.bytes().all(|c| c.is_ascii_uppercase())
                && !UNITS.contains(&rest)
                && !matches!(rest, "V" | "A" | "G" | "M" | "B" | "T" | "L"))
}

/// Token `t` is a trim's code right after the token before it (one space): [`is_trim_code`], no
/// common acronym ("PC"), no place or organisation a list knows ("US", "EU"), and no name of more
/// words starts at it ("EU Commission").
fn trim_at(doc: &Document, out: &[Mention], t: usize) -> bool {
    use crate::ner::gazetteer::{CITY, COUNTRY, KNOWN_ORG, PLACE};
    let w = doc.word(t);
    let y = out.partition_point(|n| n.tokens.start < t);
    one_space_before(doc, t)
        && is_trim_code(w)
        && !lexicon().common_acronyms.contains(w)
        && known(w).is_none()
        && gazetteer_kinds(w) & (COUNTRY | CITY | PLACE | KNOWN_ORG) == 0
        && !out.get(y).is_some_and(|n| n.tokens.start == t && n.tokens.end > t + 1)
}

/// A trim's or variant's code after a product's number: a model code ("S2e", "7640HS"), a
/// version ("2K"), or one to three capitals ("GE", "XRT"; not "I" nor "A").
fn is_trim_code(w: &str) -> bool {
    is_model_code(w)
        || w.starts_with(|c: char| c.is_ascii_digit()) && is_version(w) && !w.bytes().all(|c| c.is_ascii_digit())
        || (2..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
        || w == "Ti"
}

/// "F-35", "MQ-9", "CH-53", "Su-57": one to three letters opening with a capital, a dash and a
/// model code's digits ("COVID-19" has too many letters).
fn is_dashed_code(w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let h = head.as_bytes();
    (1..=3).contains(&h.len())
        && h[0].is_ascii_uppercase()
        && h.iter().all(u8::is_ascii_alphabetic)
        && is_model_code(&format!("X{tail}"))
}

/// A maker's name of `makers.txt`, also in capitals ("NISSAN").
pub(super) fn is_maker(w: &str) -> bool {
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

/// "iPhone", "iMac", "iOS", "iPads": a small "i", a capital, then letters or digits. Also an
/// operating system's name of small letters and "OS" ("macOS", "watchOS", "tvOS").
fn is_i_product(w: &str) -> bool {
    let b = w.as_bytes();
    let system = w
        .strip_suffix("OS")
        .is_some_and(|h| (2..=8).contains(&h.len()) && h.bytes().all(|c| c.is_ascii_lowercase()));
    system
        || b.len() >= 3
            && b[0] == b'i'
            && b[1].is_ascii_uppercase()
            && b[2..].iter().all(u8::is_ascii_alphanumeric)
            && b[2..].iter().any(u8::is_ascii_alphabetic)
}

/// "F-86 Sabre", "CH-53 Sea Stallion", "B-25 Mitchell": a designation (one to three capitals, a
/// hyphen, a number of one to three digits, maybe a capital) and the one to three capitalised words
/// right after it are one product, MISC, whatever names covered their pieces. Not before a place
/// ("the G-20 Washington summit").
pub(super) fn mark_designated_models(doc: &Document, out: &mut Vec<Mention>) {
    let mut added = false;
    for i in 0..doc.tokens.len() {
        if doc.tokens[i].kind != Kind::Word || !is_designation(doc.word(i)) {
            continue;
        }
        let sent = &doc.sentences[doc.sentence_of(i)];
        let mut j = i + 1;
        while j < sent.tokens.end
            && j < i + 4
            && doc.tokens[j].kind == Kind::Word
            && doc.word(j).starts_with(|c: char| c.is_ascii_uppercase())
            && gazetteer_kinds(doc.word(j)) & PLACES == 0
        {
            j += 1;
        }
        // a headline's capitals say nothing ("WIN IN U-21 QUALIFIER")
        if j == i + 1 || !doc.word(i + 1).chars().any(|c| c.is_lowercase()) {
            continue;
        }
        out.retain(|m| m.tokens.end <= i || m.tokens.start >= j);
        out.push(Mention::over(doc, i..j, Label::Misc, STRONG));
        added = true;
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// The gazetteer's places and countries (not its cities, many of them words: "Delta").
const PLACES: u16 = crate::ner::gazetteer::PLACE | crate::ner::gazetteer::COUNTRY;

/// One to three capitals, a hyphen, one to three digits and maybe a capital: "F-86", "CH-53", "F-15E".
fn is_designation(w: &str) -> bool {
    // most words fail at once (this reads every token): no capital first, or over 8 bytes
    if w.len() > 8 || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let digits = b.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&a.len())
        && a.bytes().all(|c| c.is_ascii_uppercase())
        && (1..=3).contains(&digits)
        && b.len() - digits <= 1
        && b.bytes().skip(digits).all(|c| c.is_ascii_uppercase())
}

/// "SpaceX's Starship", "Apple's AirPods", "Ascom's Unite Connect": a name the recogniser reads as
/// an organisation right after an organisation's possessive is the owner's product (MISC), at
/// every mention of it in the document but a place's. Not a name with an organisation's head word
/// ("NASA's Goddard Space Flight Center", "New York University's Stern School of Business"), a
/// listed organisation or maker, one a role makes sure of, nor one the document writes as an
/// owner or a speaker itself ("Alphabet's Google ... Google said"). In the read news splits the
/// frame held a product 17 times, an organisation 5 times (all with a head word) and a person once.
pub(super) fn mark_possessed_products(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    let mut found: HashSet<&str> = HashSet::default();
    // the owner is the name right before (names are in order and do not overlap)
    for pair in out.windows(2) {
        let (owner, m) = (&pair[0], &pair[1]);
        let first = m.tokens.start;
        if m.label != Label::Org
            || m.strength >= ROLE
            || owner.label != Label::Org
            || owner.tokens.end + 1 != first
            || doc.tokens[first - 1].kind != Kind::Possessive
        {
            continue;
        }
        let text = &doc.text[m.start..m.end];
        if is_named_maker(doc, m)
            || m.tokens.clone().any(|k| l.org_heads.contains(doc.word(k)) || runs::is_legal_form(doc.word(k)))
        {
            continue;
        }
        found.insert(text);
    }
    mark_found_products(doc, out, found);
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_makers_role_or_branch_is_no_model() {
        let n = names("Lexus Project Manager Tadao Mori spoke. Lexus Philippines sells the Lexus LC 500. A Nissan SUV.");
        assert!(!n.iter().any(|(t, l)| (t == "Lexus Philippines" || t.starts_with("Lexus Project")) && *l == Label::Misc), "{n:?}");
    }

    #[test]
    fn a_product_written_shorter_or_longer_is_the_product() {
        let n = names(
            "Google Stadia launches today, and Stadia is fast. \
             The new MacBook Pro is here. The MacBook is thin, like older MacBooks and the MacBook Pros of 2019.",
        );
        for w in ["Stadia", "MacBook", "MacBooks", "MacBook Pros"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Misc), "{w}: {n:?}");
            assert!(!n.iter().any(|(t, l)| t == w && *l != Label::Misc), "{w}: {n:?}");
        }
    }


    #[test]
    fn an_organisation_and_a_product_word_make_a_product() {
        let n = names("Customers of Intel Design Suite complained, and Intel said sales grew.");
        assert!(n.contains(&("Intel Design Suite".into(), Label::Misc)), "{n:?}");
        // the recogniser's pieces: the organisation and a word of its own
        let d = Document::new("Schools buy Zorvex Quantum Platform now.");
        let one = |i: usize| Mention::over(&d, i..i + 1, Label::Org, STRONG);
        let mut out = vec![one(2), one(3)];
        mark_product_suites(&d, &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!((&d.text[out[0].start..out[0].end], out[0].label), ("Zorvex Quantum Platform", Label::Misc));
    }

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
    fn a_model_code_or_number_after_a_name_makes_a_product() {
        let n = names("Zorvex showed the Galaxy S25 Ultra, and the Airbus A320 flew beside a Boeing 737 MAX.");
        for w in ["Galaxy S25 Ultra", "Airbus A320", "Boeing 737 MAX"] {
            assert!(n.contains(&(w.into(), Label::Misc)), "{w}: {n:?}");
        }
        let n = names("Critics liked the Quillphone 9 Pro, and the F-35 Lightning flew over Ohio.");
        assert!(n.contains(&("Quillphone 9 Pro".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("F-35 Lightning".into(), Label::Misc)), "{n:?}");
        let n = names("Zorvex Q2 profit rose, Boeing 100 years ago sold 5 jets, and Interstate 95 closed. Samsung 49 LG 46");
        assert!(!n.iter().any(|(t, _)| t.contains(char::is_numeric)), "{n:?}");
        assert!(is_model_code("S25") && is_model_code("A320neo") && !is_model_code("Q2"));
        assert!(!is_model_code("COVID") && !is_model_code("S") && !is_model_code("25"));
        assert!(is_dashed_code("MQ-9") && !is_dashed_code("COVID-19") && !is_dashed_code("X-ray"));
    }

    #[test]
    fn a_sequels_number_after_a_name_makes_a_product() {
        let n = names(
            "Critics said that Zorvane Quest 2 runs well on the new console, and that Zorvane Quest is still fun to play.",
        );
        assert!(n.contains(&("Zorvane Quest 2".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("Zorvane Quest".into(), Label::Misc)), "{n:?}");
        // a team's score, a number of two digits, a number in a longer value: no product
        for t in [
            "Corinthians 1 Guarani 0",
            "Leicestershire 22 points, Somerset 4.",
            "Fans of East 17 cheered for the band at the show.",
            "He said that Kordell Smith 3 times won the race.",
        ] {
            let n = names(t);
            assert!(!n.iter().any(|(w, l)| w.contains(char::is_numeric) && *l == Label::Misc), "{t}: {n:?}");
        }
    }

    #[test]
    fn a_products_number_or_version_is_part_of_it() {
        // a maker's model, then the same model without its maker, each with its number; a
        // version with a decimal, and a trim's code after the number
        let n = names(
            "The Hyundai Ioniq 5 costs $42,000 and has 300 miles of range. The Ioniq 6 is $3,000 more. \
             Both run Zorvex DLSS 3.5 upscaling, and the Acer Chromebook 516 GE has 16GB of memory.",
        );
        for w in ["Hyundai Ioniq 5", "Ioniq 6", "Acer Chromebook 516 GE"] {
            assert!(n.contains(&(w.into(), Label::Misc)), "{w}: {n:?}");
        }
        assert!(!n.iter().any(|(w, _)| w.contains("16GB")), "{n:?}");
        // a maker's model whose last word is an organisation's head, with its number
        let n = names("The Xiaomi Smart Band 10 tracks sleep, and the Nvidia 3050 Ti draws 80 watts.");
        for w in ["Xiaomi Smart Band 10", "Nvidia 3050 Ti"] {
            assert!(n.contains(&(w.into(), Label::Misc)), "{w}: {n:?}");
        }
        // a nationality's number, a number before another (a table's row), a unit: no product
        for t in ["The Dutch 2 to 1 win.", "Results: Zorvex Cup 12 10 8.", "Fans of East 17 cheered."] {
            let n = names(t);
            assert!(!n.iter().any(|(w, _)| w.contains(char::is_numeric)), "{t}: {n:?}");
        }
        // a place, an organisation or a longer name after the number is none of the model's
        for (t, model) in [
            ("Apple sold the iPhone 15 US model first.", "iPhone 15"),
            ("He praised the iPhone 15 EU Commission ruling.", "iPhone 15"),
        ] {
            let n = names(t);
            assert!(n.contains(&(model.into(), Label::Misc)), "{t}: {n:?}");
        }
        // the number of a value is no model's ("the Ioniq 3 years")
        let n = names("The Hyundai Ioniq 5 sold well. Owners kept the Ioniq 3 years.");
        assert!(!n.iter().any(|(w, _)| w == "Ioniq 3"), "{n:?}");
        assert!(is_version("16") && is_version("3.5") && is_version("5S") && is_version("45K"));
        assert!(!is_version("2024") && !is_version("16GB") && !is_version("5G") && !is_version("18.50"));
        assert!(is_trim_code("GE") && is_trim_code("2K") && is_trim_code("S2e") && !is_trim_code("I") && !is_trim_code("16"));
    }

    #[test]
    fn an_organisation_before_a_models_code_is_the_model() {
        let n = names("Testers liked the Sony WF-1000XM5 and the Bowers & Wilkins Px7 S2e, and Bowers & Wilkins said so.");
        for (w, l) in [
            ("Sony WF-1000XM5", Label::Misc),
            ("Bowers & Wilkins Px7 S2e", Label::Misc),
            ("Bowers & Wilkins", Label::Org),
        ] {
            assert!(n.contains(&(w.into(), l)), "{w}: {n:?}");
        }

        assert!(is_product_code("Px7") && is_product_code("G502") && is_product_code("WF-1000XM5"));
        for w in ["Q3", "H1", "FY24", "U21", "G20", "COVID-19", "10-K", "Pro", "2024", "H5N1"] {
            assert!(!is_product_code(w), "{w}");
        }
    }

    #[test]
    fn a_models_number_inside_the_recognisers_name_stays() {
        // the recogniser reads "Boeing 737 Max" as one name around a number that is a value
        let n = names("The Boeing 737 Max returned to service.");
        assert!(n.contains(&("Boeing 737 Max".into(), Label::Misc)), "{n:?}");
        // the recogniser's name across a possessive keeps its owner of two words
        let n = names("Blue Origin's New Shepard capsule flew four people to space.");
        assert!(n.iter().any(|(w, _)| w == "Blue Origin"), "{n:?}");
    }

    #[test]
    fn a_listed_product_with_a_number_or_a_small_word_is_one_name() {
        let n = names("Tesla delivered more Model 3 cars, and fans played Call of Duty on a Mac mini.");
        for w in ["Model 3", "Call of Duty", "Mac mini"] {
            assert!(n.contains(&(w.into(), Label::Misc)), "{w}: {n:?}");
        }
        // the maker's name before it stays in the model
        let n = names("Reviewers drove the Tesla Model 3 in May.");
        assert!(n.contains(&("Tesla Model 3".into(), Label::Misc)), "{n:?}");
    }

    #[test]
    fn a_well_known_product_is_misc_without_its_maker() {
        let n = names("Shoppers bought the Kindle and the RAV4, and played on Xbox One X and PS4 Pro.");
        for p in ["Kindle", "RAV4", "Xbox One X", "PS4 Pro"] {
            assert!(n.contains(&(p.into(), Label::Misc)), "{p}: {n:?}");
        }
    }

    #[test]
    fn a_chips_code_is_part_of_the_model() {
        let n = names("The laptop has an Intel Core i7 chip and the Radeon Pro 5500M, not 256GB.");
        assert!(n.contains(&("Intel Core i7".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("Radeon Pro 5500M".into(), Label::Misc)), "{n:?}");
        // a body style after the number is the model's too
        let n = names("Lexus will sell the LC 500 Convertible in May.");
        assert!(n.contains(&("LC 500 Convertible".into(), Label::Misc)), "{n:?}");
    }

    #[test]
    fn a_name_an_organisation_owns_is_its_product() {
        let n = names(
            "The hospital bought Quorvex's Lumen Connect, and nurses said Lumen Connect works. \
             NASA's Goddard Space Flight Center tested it.",
        );
        assert_eq!(n.iter().filter(|(t, l)| t == "Lumen Connect" && *l == Label::Misc).count(), 2, "{n:?}");
        // an organisation's head word: a part of the owner, no product
        assert!(!n.iter().any(|(t, l)| t.contains("Goddard") && *l == Label::Misc), "{n:?}");
    }

    #[test]
    fn a_name_before_a_products_noun_is_the_product() {
        let n = names(
            "NASA chose the Quorvex Lunar Services program and its Zentara rover. Zentara will land in 2024. \
             Ordinary buyers liked the Vellium Labs smartphone, and Vellium Labs said sales rose.",
        );
        assert!(n.contains(&("Quorvex Lunar Services".into(), Label::Misc)), "{n:?}");
        assert!(n.iter().filter(|(t, l)| t == "Zentara" && *l == Label::Misc).count() == 2, "{n:?}");
        // the maker: the document writes it as a speaker
        assert!(!n.iter().any(|(t, l)| t == "Vellium Labs" && *l == Label::Misc), "{n:?}");
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
        assert!(is_i_product("macOS") && is_i_product("watchOS") && !is_i_product("OS") && !is_i_product("ChromeOS"));
        // a suffix word after the product is in it, but not a name's that goes on past it
        let n = names("She used an iPad Air and watchOS 7, and joined the German Air Force.");
        for w in ["iPad Air", "watchOS 7"] {
            assert!(n.contains(&(w.into(), Label::Misc)), "{w}: {n:?}");
        }
        assert!(!n.iter().any(|(w, _)| w == "German Air"), "{n:?}");
    }

    #[test]
    fn a_designation_before_a_capitalised_name_is_one_product() {
        let n = names("The wing flew the F-86 Sabre and later the CH-53 Sea Stallion over Norway.");
        for w in ["F-86 Sabre", "CH-53 Sea Stallion"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Misc), "{w}: {n:?}");
        }
        let n = names("Two F-16 jets landed at the base.");
        assert!(!n.iter().any(|(t, _)| t.contains("jets")), "{n:?}");
        let n = names("A WIN IN THE U-21 QUALIFIER FOR SPAIN");
        assert!(!n.iter().any(|(t, _)| t.contains("U-21")), "{n:?}");
    }
}
