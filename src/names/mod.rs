//! Stage 4b: names: PERSON, ORG, PLACE, MISC.
//!
//! Two sources, merged: the statistical recogniser ([`crate::ner`], trained on CoNLL-2003) and the
//! rules below. The recogniser's names come first; a rule's name is added where the recogniser found
//! nothing (if the rule had list or context evidence), a name from the word lists keeps its label
//! where both found the same words, and a rule's name that covers several of the recogniser's
//! pieces replaces them ("Le" + "Bourget" airport). Lone titles ("CEO") are never names, values are
//! never part of names, and title-case headlines keep only names the lists or the body know.
//!
//! The rules:
//! A candidate is a run of capitalised words in a sentence (with name particles such as "von" and,
//! after an organisation head word, connectors such as "of the"; a listed place goes on across
//! "and" or a comma: "Bosnia and Herzegovina", "Washington, D.C."; words that name nothing by
//! themselves go on across "and" to an organisation head: "Peace and Freedom Party", and so does a
//! group of people in the possessive: "People's National Party"). Titles and roles ("CEO",
//! "President") split runs and tell that the next name is a person. Sentence-initial words that are
//! common words, contractions or verb forms are dropped. A run that is a known name, or that ends in
//! an organisation head word, is taken whole; otherwise known names inside it are cut out and the
//! rest is judged by context: the word after ("Telegram CEO" is an organisation, "Le Bourget
//! airport" a place, "Durov said" a person), the word before ("President X"), a given name first.
//! Headlines and all-caps lines keep only names the word lists or the body of the article know.
//!
//! ```
//! use article_annotator::{segment::Document, values::find_values, names::find_names, Label};
//! let d = Document::new("Telegram CEO Pavel Durov was detained at Le Bourget airport near Paris.");
//! let names: Vec<(&str, Label)> = find_names(&d, &find_values(&d)).iter().map(|m| (&d.text[m.start..m.end], m.label)).collect();
//! assert_eq!(names, vec![("Telegram", Label::Org), ("Pavel Durov", Label::Person), ("Le Bourget", Label::Place), ("Paris", Label::Place)]);
//! ```
//!
//! The parts: [`runs`] (candidate runs and the rules' judgement), [`recogniser`] (the recogniser's
//! names, trimmed and filtered), [`merge`] (headlines, then recogniser and rules together),
//! [`drop`] (what merged names should not be), [`events`] (named events: "2001 United Kingdom
//! general election"), [`defs`] (a name defined in the text, "Caloi is a bicycle manufacturer":
//! every mention takes the kind its definition says), [`quoted`] (quoted titles: "The Kill"),
//! [`products`] (names written as products: "Disney+", "iPhone"), [`particles`] (names after a
//! glued article: "al-Tanf"), [`lists`] (names in a list take its kind), [`sites`] (websites:
//! "Politico.com"), [`stations`] (broadcasters' call signs: "6PR"), [`units`] (numbered units:
//! "IV Corps"), [`polities`] (kinds of state: "the Principality of Guria"), [`evidence`] (a
//! one-word person nothing backs as one, beside a company's words, is a company), [`companies`]
//! (a listed company of a stock index is an organisation), [`shape_filter`]
//! (a quick word-set
//! filter).

mod companies;
mod defs;
mod drop;
pub(crate) use drop::is_camel_case;
mod events;
mod evidence;
mod heads;
mod hyphens;
mod lists;
mod markets;
mod merge;
mod particles;
mod polities;
mod products;
mod quoted;
mod recogniser;
mod regions;
mod runs;
mod seats;
mod shape_filter;
mod sites;
mod stations;
mod units;

use crate::lexicon::*;
use crate::segment::{is_apostrophe, Document, Kind};
use crate::types::Label;
use crate::values::Value;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
pub use regions::is_dateline;
use runs::Finder;
use std::ops::Range;

/// How sure a label is: lists and titles beat context, context beats the default guess.
pub type Strength = u8;
pub const STRONG: Strength = 3;
/// A role word beside the name says what it is: a title before a person ("President Trump", "Gov.
/// Matt Bevin"), a company role after an organisation ("WeWork founder"). The surest sign, above what
/// the recogniser says of the name's other mentions.
pub const ROLE: Strength = 4;
pub const CONTEXT: Strength = 2;
pub const WEAK: Strength = 1;
pub const GUESS: Strength = 0;

/// A mention of a name or a value: byte span, tokens, label and how sure the label is.
#[derive(Clone, Debug)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    pub label: Label,
    pub strength: Strength,
}

impl Mention {
    /// A mention of tokens `r` (not empty) of `doc`: its span runs from the first token's start to
    /// the last one's end.
    pub(crate) fn over(doc: &Document, r: Range<usize>, label: Label, strength: Strength) -> Mention {
        Mention { start: doc.tokens[r.start].start, end: doc.tokens[r.end - 1].end, tokens: r, label, strength }
    }
}

/// Finds names; `values` are already taken and are never part of a name.
pub fn find_names(doc: &Document, values: &[Value]) -> Vec<Mention> {
    let f = Finder::new(doc, values);
    let headlines: Vec<bool> =
        (0..doc.blocks.len()).map(|b| f.is_headline(b) && !f.is_wrapped(b)).collect();
    let mut body = Vec::new();
    let headline_runs = f.candidate_runs(&headlines, &mut body);
    // the statistical recogniser, outside values; in title-case headlines only names the body knows
    let title_case: Vec<bool> = (0..doc.blocks.len())
        .map(|b| headlines[b] && !f.is_all_caps(b) && !f.has_digits(b))
        .collect();
    let mut model = recogniser::recognised_names(doc, &f);
    let rules =
        merge::keep_known_in_headlines(doc, &f, &title_case, body, &mut model, headline_runs);
    let mut out = merge::merge(doc, model, rules);
    merge::extend_over_capitals(doc, &f, &headlines, &mut out);
    extend_over_edition_number(doc, &f, &mut out);
    drop::drop_non_names(doc, &headlines, &mut out);
    merge::split_juxtaposed_names(doc, &mut out);
    merge::split_joined_organisations(doc, &mut out);
    companies::retype_listed_companies(doc, &mut out);
    companies::add_missed_companies(doc, &f.taken, &mut out);
    companies::join_listed_the(doc, &mut out);
    companies::join_possessive_companies(doc, &mut out);
    companies::join_possessive_offices(doc, &mut out);
    companies::join_comma_legal_forms(doc, &mut out);
    merge::company_short_names(doc, &mut out);
    heads::extend_company_names(doc, &mut out);
    heads::cut_trailing_roles(doc, &mut out);
    heads::cut_leading_roles(doc, &mut out);
    heads::drop_job_titles(doc, &mut out);
    heads::heads_of_administrations(doc, &mut out);
    heads::agencies_in_brackets(doc, &mut out);
    heads::relabel_by_head(doc, &mut out);
    heads::venue_centres(doc, &mut out);
    heads::join_nationality_to_org(doc, &mut out);
    heads::people_of_places(doc, &mut out);
    heads::teams_in_results(doc, &mut out);
    companies::teams_by_their_places(doc, &mut out);
    seats::join_in_place(doc, &mut out);
    seats::join_seats(doc, &mut out);
    polities::join_polities(doc, &mut out);
    polities::split_place_from_holder(doc, &mut out);
    seats::place_after_member_for(doc, &mut out);
    seats::parties_by_context(doc, &mut out);
    defs::label_by_definition(doc, &mut out);
    defs::join_number_led_names(doc, &mut out);
    quoted::join_quoted_titles(doc, &f.taken, &mut out);
    quoted::quoted_persons_are_titles(doc, &mut out);
    quoted::extend_to_whole_titles(doc, &mut out);
    quoted::join_subtitles(doc, &mut out);
    heads::join_ampersand_firms(doc, &mut out);
    products::mark_products(doc, &mut out);
    products::mark_maker_models(doc, &mut out);
    products::mark_model_lines(doc, &mut out);
    products::mark_product_suites(doc, &mut out);
    products::mark_model_codes(doc, values, &mut out);
    products::mark_coded_models(doc, &mut out);
    products::mark_listed_products(doc, &mut out);
    products::mark_designated_models(doc, &mut out);
    products::mark_named_products(doc, &mut out);
    products::mark_possessed_products(doc, &mut out);
    products::mark_product_kin(doc, values, &mut out);
    heads::acronyms_of_names(doc, &mut out);
    heads::bare_acronyms_of_orgs(doc, &mut out);
    particles::add_article_names(doc, &mut out);
    sites::join_web_endings(doc, &mut out);
    lists::type_list_items(doc, &mut out);
    units::join_unit_numbers(doc, &mut out);
    stations::mark_call_signs(doc, &mut out);
    stations::mark_network_channels(doc, &mut out);
    markets::mark_listings(doc, &mut out);
    markets::mark_indices(doc, &mut out);
    regions::mark_state_codes(doc, &mut out);
    regions::join_compass_pairs(doc, &mut out);
    regions::join_split_places(doc, &mut out);
    regions::join_districts(doc, &mut out);
    regions::join_numbered_streets(doc, &mut out);
    let business = evidence::BusinessWords::default();
    evidence::retype_unbacked_persons(doc, &business, &mut out);
    evidence::retype_unbacked_full_names(doc, &business, &mut out);
    evidence::retype_backed_organisations(doc, &mut out);
    evidence::persons_with_place_given_names(doc, &mut out);
    drop::drop_acronyms_of_lowercase_phrases(doc, &mut out);
    hyphens::split_hyphenated(doc, &mut out);
    drop::trim_final_initial_periods(doc, &mut out);
    events::add_events(&mut out, events::find_events(doc, values));
    out
}

/// "Euro 96", "Expo 67", "Water Act 2000": a MISC name (an event, a product, a law) right before
/// a number of two to four digits that stands alone (no number after it, as in a table's row) takes the number in: the
/// edition's year or the model's number. Not people, places or teams, before which a number is a
/// score or a count.
fn extend_over_edition_number(doc: &Document, f: &Finder, out: &mut [Mention]) {
    for m in out.iter_mut().filter(|m| m.label == Label::Misc) {
        let k = m.tokens.end;
        let sent = &doc.sentences[doc.sentence_of(m.tokens.start)];
        if k < sent.tokens.end
            && f.taken[k]
            && is_digits(doc, k)
            && (2..=4).contains(&doc.word(k).len())
            && f.contiguous(k - 1..k + 1)
            && !(k + 1 < sent.tokens.end
                && (f.taken[k + 1] || doc.tokens[k + 1].kind == Kind::Number))
        {
            m.tokens.end = k + 1;
            m.end = doc.tokens[k].end;
        }
    }
}

/// The recogniser's gazetteer kinds of a one-word phrase (bits of `ner::gazetteer`), 0 when unlisted.
/// The words of tokens `i` and `i + 1` as one phrase with one space between them ("password
/// manager"), as the word lists write two-word entries: the text itself where one space parts
/// them, a copy otherwise.
fn two_words<'a>(doc: &Document<'a>, i: usize) -> std::borrow::Cow<'a, str> {
    let (a, b) = (&doc.tokens[i], &doc.tokens[i + 1]);
    match &doc.text[a.end..b.start] {
        " " => std::borrow::Cow::Borrowed(&doc.text[a.start..b.end]),
        _ => std::borrow::Cow::Owned(format!("{} {}", doc.tok(a), doc.tok(b))),
    }
}

fn gazetteer_kinds(w: &str) -> u16 {
    crate::ner::gazetteer::gazetteer().get(&[crate::ner::hash::hash_lower(w)])
}

/// The recogniser's gazetteer kinds of the phrase of `words`, 0 when unlisted.
fn phrase_kinds<'a>(words: impl Iterator<Item = &'a str>) -> u16 {
    let hashes: Vec<u64> = words.map(crate::ner::hash::hash_lower).collect();
    crate::ner::gazetteer::gazetteer().get(&hashes)
}

/// Token `i` is a number of plain digits ("2", "1996"; not "16-inch" nor "3.5").
fn is_digits(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == Kind::Number && doc.word(i).bytes().all(|c| c.is_ascii_digit())
}

/// The letters after a word's leading ASCII digits ("nd" of "2nd"), `None` without a digit first.
fn after_digits(w: &str) -> Option<&str> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| &w[digits..])
}

/// "2nd", "21st", "125th": digits and an ordinal ending.
fn is_ordinal_number(w: &str) -> bool {
    matches!(after_digits(w), Some("st" | "nd" | "rd" | "th"))
}

/// Token `i` stands alone in brackets: "(" right before it, ")" right after ("(AP)", "(CLPS)").
fn is_bracketed(doc: &Document, i: usize) -> bool {
    i > 0 && i + 1 < doc.tokens.len() && doc.word(i - 1) == "(" && doc.word(i + 1) == ")"
}

/// Token `t` (not the first) follows the token before it after exactly one space ("Nitro 16").
fn one_space_before(doc: &Document, t: usize) -> bool {
    doc.tokens[t].start == doc.tokens[t - 1].end + 1
}

/// Token `i` is a word that opens with a capital ("Bavaria", "IV", "Über").
fn is_capitalised_word(doc: &Document, i: usize) -> bool {
    doc.tokens[i].kind == Kind::Word && doc.word(i).starts_with(char::is_uppercase)
}

/// Removes from `out` the names whose places are marked in `gone` (one mark per name).
fn remove_marked(out: &mut Vec<Mention>, gone: &[bool]) {
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Which tokens the names of `out` cover.
fn covered_tokens(doc: &Document, out: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; doc.tokens.len()];
    for m in out {
        covered[m.tokens.clone()].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// Puts the names of `added` into `out` (kept sorted by start) in place of every name of `out`
/// that shares a token with one of them.
fn replace_covered(doc: &Document, out: &mut Vec<Mention>, added: Vec<Mention>) {
    let taken = covered_tokens(doc, &added);
    out.retain(|m| !taken[m.tokens.clone()].contains(&true));
    out.extend(added);
    out.sort_by_key(|m| m.start);
}

/// Puts the names of `added` into `out`, kept sorted by start (a stable sort: a name of `out`
/// stays before an added one of the same start).
fn insert_sorted(out: &mut Vec<Mention>, added: Vec<Mention>) {
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.start);
    }
}

/// A title or role, also in the plural ("CEOs").
fn is_title(w: &str) -> bool {
    lexicon().is_title(w)
}

/// A name in the word lists, with its label.
pub fn known(text: &str) -> Option<(Label, Strength)> {
    lexicon().names.get(text).map(|&label| (label, STRONG))
}

/// "Russian" for "Russian-born": the capitalised head of a hyphenated word whose tail is lowercase.
fn compound_head(w: &str) -> Option<&str> {
    let (head, tail) = w.split_once(['-', '‐', '‑'])?;
    (head.starts_with(char::is_uppercase) && tail.starts_with(char::is_lowercase)).then_some(head)
}

/// "We’ve", "I'll", "Don't": an apostrophe followed by the ending of a contraction or a
/// possessive, not a name's apostrophe ("Songo'o", "Gama'a", "Shul'ala").
fn is_contraction(w: &str) -> bool {
    w.char_indices().any(|(i, c)| {
        is_apostrophe(c)
            && matches!(&w[i + c.len_utf8()..], "s" | "ve" | "ll" | "re" | "d" | "m" | "t")
    })
}

/// Token `i` is a word longer than `min_len` bytes ending in `suffix`, capitalised only where it
/// stands (it opens a sentence, the rest in lowercase) and in no name list or gazetteer.
fn is_free_form(doc: &Document, i: usize, suffix: &str, min_len: usize) -> bool {
    let w = doc.word(i);
    doc.tokens[i].cap_free
        && w.len() > min_len
        && w.ends_with(suffix)
        && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && known(w).is_none()
        && gazetteer_kinds(w) == 0
}

#[cfg(test)]
mod tests {
    use super::recogniser::{
        ends_in_number, is_common_word, is_honorific, trim_honorific, trim_opening_the, trim_trailing_article, is_gazetteer_place, trim_leading_title, trim_title_before_name, trim_title_of,
    };
    use super::runs::{is_free_gerund, is_legal_form};
    use super::*;
    use crate::values::find_values;

    /// The names of `t`, as text and label.
    pub(super) fn names(t: &str) -> Vec<(String, Label)> {
        let d = Document::new(t);
        find_names(&d, &find_values(&d))
            .iter()
            .map(|m| (t[m.start..m.end].to_string(), m.label))
            .collect()
    }

    /// A one-word mention of token `i`, as sure as the word lists.
    pub(super) fn mention(doc: &Document, i: usize, label: Label) -> Mention {
        Mention::over(doc, i..i + 1, label, STRONG)
    }

    fn has(names: &[(String, Label)], text: &str, label: Label) -> bool {
        names.iter().any(|(t, l)| t == text && *l == label)
    }

    #[test]
    fn an_ordinal_number_is_digits_and_an_ordinal_ending() {
        for w in ["1st", "2nd", "23rd", "125th"] {
            assert!(is_ordinal_number(w), "{w}");
        }
        for w in ["2", "nd", "2ND", "62d", "2nds", "x2nd", "٢nd"] {
            assert!(!is_ordinal_number(w), "{w}");
        }
        assert_eq!((after_digits("62d"), after_digits("d2")), (Some("d"), None));
    }

    #[test]
    fn a_headline_sets_two_names_side_by_side() {
        let t = "Mayor backs Torvald Kesmaria water plan.\nCity mayor Anna Torvald said on Monday \
                 that the plan for Kesmaria would go ahead. Farmers in Kesmaria welcomed it.";
        let n = names(t);
        assert!(!n.iter().any(|(w, _)| w == "Torvald Kesmaria"), "{n:?}");
        assert!(has(&n, "Torvald", Label::Person), "{n:?}");
    }

    #[test]
    fn a_group_of_people_in_the_possessive_opens_an_organisation() {
        let n = names("Troops of the People’s Liberation Army moved, the People’s Daily said, and the People's National Party won.");
        for w in ["People’s Liberation Army", "People’s Daily", "People's National Party"] {
            assert!(has(&n, w, Label::Org), "{w}: {n:?}");
        }
    }

    #[test]
    fn two_organisations_joined_by_and_or_or_are_two() {
        let n = names("Members came from the former Dravian Socialist Party and Federation of the Greens in 2004.");
        assert!(has(&n, "Dravian Socialist Party", Label::Org), "{n:?}");
        assert!(has(&n, "Federation of the Greens", Label::Org), "{n:?}");
        let n = names("No candidate from either the Tarvish Unionist Party or Greater Morland Unionist Party stood.");
        assert!(has(&n, "Tarvish Unionist Party", Label::Org), "{n:?}");
        assert!(has(&n, "Greater Morland Unionist Party", Label::Org), "{n:?}");
        let n = names("Officers of Customs and Border Protection came.");
        assert!(has(&n, "Customs and Border Protection", Label::Org), "{n:?}");
        let n = names("The label was sold by Big Machine and The Carlyle Group last year.");
        assert!(has(&n, "The Carlyle Group", Label::Org), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.contains(" and ")), "{n:?}");
    }

    #[test]
    fn a_person_or_a_role_after_an_organisation_is_no_part_of_it() {
        let n = names("He finished second to the Liberal Party of Canada Anne Reid in 1997.");
        assert!(has(&n, "Liberal Party of Canada", Label::Org), "{n:?}");
        assert!(has(&n, "Anne Reid", Label::Person), "{n:?}");
        let n = names("Sitting as a Liberal Party of Canada Member of Parliament for Tarvish, she joined the cabinet.");
        assert!(has(&n, "Liberal Party of Canada", Label::Org), "{n:?}");
    }

    #[test]
    fn a_company_is_named_by_its_first_word() {
        let d = Document::new("Zorvex S.A. fell. Zorvex said profit fell. Zorvex GDRs lost.");
        let at = |w: &str, from: usize| (from..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        let (a, b, c) = (at("Zorvex", 0), at("Zorvex", 2), at("GDRs", 0));
        let mut full = mention(&d, a, Label::Org);
        let legal = at("fell", 0) - 1;
        full.tokens = a..legal + 1;
        full.end = d.tokens[legal].end;
        let mut pair = mention(&d, c - 1, Label::Person);
        pair.tokens = c - 1..c + 1;
        pair.end = d.tokens[c].end;
        let mut out = vec![full, mention(&d, b, Label::Person), pair];
        merge::company_short_names(&d, &mut out);
        assert!(out[1].label == Label::Org && out[2].label == Label::Org, "{out:?}");
        assert_eq!(&d.text[out[2].start..out[2].end], "Zorvex");
    }

    #[test]
    fn the_head_word_tells_the_kind_of_name() {
        let n = names("The band signed with Virgin Records and later moved to Aftermath Records.");
        assert!(n.contains(&("Virgin Records".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Aftermath Records".into(), Label::Org)), "{n:?}");
        let n = names("The regiment fought in the Overland Campaign and then in the Appomattox Campaign.");
        assert!(n.contains(&("Overland Campaign".into(), Label::Misc)), "{n:?}");
        let n = names("She was elected to the Hockey Hall of Fame in 2001.");
        assert!(n.contains(&("Hockey Hall of Fame".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn two_unknown_capitals_stay_only_as_an_organisation() {
        let n = names("Last week shares of VW fell 2 percent, and the IP address of the TV set was shown.");
        assert!(has(&n, "VW", Label::Org), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t == "IP" || t == "TV"), "{n:?}");
    }

    #[test]
    fn a_team_beside_its_score_keeps_its_label() {
        let n = names("Notts County 2 Ross County 1");
        assert!(n.contains(&("Notts County".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Ross County".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn a_role_after_a_name_is_no_part_of_it() {
        let n = names(
            "He won again in 1997 as a Reform Party Member and later sat as a Liberal Party of Canada MP for the riding.",
        );
        assert!(has(&n, "Reform Party", Label::Org), "{n:?}");
        assert!(has(&n, "Liberal Party of Canada", Label::Org), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.ends_with("Member") || t.ends_with("MP")), "{n:?}");
    }

    #[test]
    fn an_honorific_names_a_person_whatever_the_recogniser_says() {
        let t = "The cabinet members gathered around Mr. Trump laughed. Mr. Trump spoke. Trump left.";
        let n = names(t);
        assert!(n.iter().filter(|(w, l)| w == "Trump" && *l == Label::Person).count() >= 2, "{n:?}");
        assert!(!n.iter().any(|(w, _)| w.starts_with("Mr")), "{n:?}");
        assert!(is_honorific("Mrs.") && is_honorific("Ms") && !is_honorific("Miss") && !is_honorific("Dr."));
        let d = Document::new("Mr. Trump spoke.");
        let cap = |i: usize| d.word(i).starts_with(char::is_uppercase);
        assert_eq!(d.word(0), "Mr.");
        assert_eq!(trim_honorific(&d, 0..2, cap), 1..2);
        assert_eq!(trim_honorific(&d, 0..1, cap), 0..1, "a lone honorific stays as it is");
    }

    #[test]
    fn an_academic_title_is_no_part_of_the_name() {
        let n = names("In fact, Professor Marlowe admitted that the study was small.");
        assert!(has(&n, "Marlowe", Label::Person), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.contains("Professor")), "{n:?}");
    }

    #[test]
    fn gazetteer_places_that_are_no_given_names() {
        let d = Document::new("Chiang Mai and Jordan Henderson met in Panaji and Washington.");
        let at = |i: usize, n: usize| is_gazetteer_place(&d, &(i..i + n));
        assert!(at(0, 2), "Chiang Mai");
        assert!(!at(3, 2), "Jordan Henderson: a given name first");
        assert!(!at(9, 1), "Washington: also a surname");
        assert_eq!(d.word(9), "Washington");
    }

    #[test]
    fn the_place_of_a_title_of_nobility_is_the_name() {
        let n = names("The Duchess of Sussex spoke to reporters. The Duke of Edinburgh stayed home.");
        assert!(has(&n, "Sussex", Label::Place), "{n:?}");
        assert!(has(&n, "Edinburgh", Label::Place), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.contains("Duchess") || t.contains("Duke")), "{n:?}");
    }

    #[test]
    fn a_lone_title_of_nobility_is_no_name() {
        let n = names("The Duke and Duchess of Sussex now live in California with their son.");
        assert!(!n.iter().any(|(t, _)| t == "Duke" || t == "Duchess"), "{n:?}");
        assert!(has(&n, "California", Label::Place), "{n:?}");
    }

    #[test]
    fn articles_and_sentence_openers_are_no_names_of_their_own() {
        let d = Document::new("He quoted Steven Pinker The Better Angels");
        assert_eq!(trim_trailing_article(&d, 2..5), 2..4);
        assert_eq!(trim_trailing_article(&d, 4..5), 4..5, "one word stays for the next filter");
        assert!(is_common_word("The") && is_common_word("I") && is_common_word("This"));
        assert!(!is_common_word("Pinker") && !is_common_word("Paris"));
        // "The" opening a sentence is left out of the name; inside a sentence it stays
        let d = Document::new("The Daily Herald said so. He reads The Daily Herald.");
        assert_eq!(trim_opening_the(&d, 0..3), 1..3);
        assert_eq!(trim_opening_the(&d, 8..11), 8..11);
        assert_eq!(d.word(8), "The");
    }

    #[test]
    fn a_word_in_camel_case_is_no_person() {
        let n = names("Movers from HireAHelper arrived early. HireAHelper said the price was fair.");
        assert!(n.iter().any(|(t, _)| t == "HireAHelper"), "{n:?}");
        assert!(!has(&n, "HireAHelper", Label::Person), "{n:?}");
        let n = names("Leonardo DiCaprio and Douglas MacArthur met Ronald McDonald.");
        assert!(has(&n, "Douglas MacArthur", Label::Person), "{n:?}");
        assert!(has(&n, "Leonardo DiCaprio", Label::Person), "{n:?}");
    }

    #[test]
    fn the_pronoun_i_is_no_name() {
        let n = names("\"I was told I could not go,\" Meghan Markle said. \"I was naive.\"");
        assert!(!n.iter().any(|(t, _)| t == "I"), "{n:?}");
    }

    #[test]
    fn a_rule_from_context_keeps_the_recogniser_label_of_the_same_words() {
        // "X said" suggests a person, but the recogniser's label of exactly those words stands
        let d = Document::new("The Duke of Edinburgh was taken to hospital, Buckingham Palace said.");
        let model: Vec<_> = crate::ner::recognise(&d)
            .into_iter()
            .filter(|(r, _)| d.word(r.start) == "Buckingham")
            .collect();
        let n = names(d.text);
        if let Some((_, label)) = model.first() {
            assert!(has(&n, "Buckingham Palace", *label), "{n:?}");
        }
        assert!(!has(&n, "Buckingham Palace", Label::Person), "{n:?}");
    }

    #[test]
    fn a_title_before_a_person_is_not_part_of_the_name_before_it() {
        // the recogniser's name over the first `n` words of `t`, after the cut
        let cut = |t: &str, n: usize| {
            let d = Document::new(t);
            let r = trim_title_before_name(&d, 0..n, |i| d.word(i).starts_with(char::is_uppercase));
            r.map(|i| d.word(i)).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(cut("Telegram CEO Pavel Durov said so.", 2), "Telegram");
        assert_eq!(cut("Telegram CEO Pavel Durov said so.", 4), "Telegram");
        assert_eq!(cut("Bank of England Governor Eddie George said so.", 6), "Bank of England");
        // no first name after the title, or the title first: left as the recogniser gave it
        assert_eq!(cut("Telegram CEO said so.", 2), "Telegram CEO");
        assert_eq!(
            cut("The United Nations General Assembly met.", 5),
            "The United Nations General Assembly"
        );
        assert_eq!(cut("President Pavel Durov said so.", 3), "President Pavel Durov");
        let of = |t: &str, n: usize| {
            let d = Document::new(t);
            trim_title_of(&d, 0..n).map(|i| d.word(i)).collect::<Vec<_>>().join(" ")
        };
        assert_eq!(of("CEO of Telegram said so.", 3), "Telegram");
        assert_eq!(of("President of the United States spoke.", 5), "United States");
        assert_eq!(of("Bank of England spoke.", 3), "Bank of England");
        assert_eq!(of("Queen of South won.", 3), "Queen of South");
        // a person's name opening with a title loses the title; other names keep their words
        let lead = |t: &str, n: usize, l: Label| {
            let d = Document::new(t);
            trim_leading_title(&d, 0..n, l, |i| d.word(i).starts_with(char::is_uppercase))
                .map(|i| d.word(i))
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(lead("Governor John Bel Edwards won.", 4, Label::Person), "John Bel Edwards");
        assert_eq!(lead("President Trump won.", 2, Label::Person), "Trump");
        assert_eq!(lead("General Motors won.", 2, Label::Org), "General Motors");
        assert_eq!(lead("President said so.", 1, Label::Person), "President");
    }

    #[test]
    fn a_title_makes_every_mention_of_the_name_a_person() {
        // the title's evidence outweighs other labels of the same words in the document
        let d = Document::new("Trump sent a message. Trump thought so. Trump left. In each case, President Trump won.");
        let mut ms = find_names(&d, &find_values(&d));
        let trump: Vec<&Mention> =
            ms.iter().filter(|m| &d.text[m.start..m.end] == "Trump").collect();
        assert_eq!(trump.len(), 4);
        assert!(trump.iter().any(|m| m.strength == ROLE && m.label == Label::Person));
        // whatever the recogniser said of the others, the cluster is a person
        for m in ms.iter_mut().filter(|m| m.strength < ROLE) {
            m.label = Label::Org;
        }
        let (linked, clusters) = crate::coref::cluster(&d, ms);
        assert!(linked
            .iter()
            .filter(|m| &d.text[m.start..m.end] == "Trump")
            .all(|m| clusters[m.cluster].label == Label::Person));
    }

    #[test]
    fn sentence_starts_and_contractions_are_not_names() {
        assert_eq!(
            names("Released on bail, Durov left. We’ve seen it. Despite that, the case stays."),
            vec![("Durov".into(), Label::Person)]
        );
        assert!(
            is_contraction("We’ve")
                && is_contraction("Don't")
                && is_contraction("I'll")
                && is_contraction("It's")
        );
        assert!(
            !is_contraction("Songo'o") && !is_contraction("Gama'a") && !is_contraction("O'Neill")
        );
    }

    #[test]
    fn lines_of_capitals_are_each_their_own_stretch() {
        // a schedule, one game per line: no line is a long capitalised stretch, however many lines
        let t = "Schedule for Friday:\nKANSAS CITY AT DETROIT\nCHICAGO AT TORONTO\nMINNESOTA AT MILWAUKEE\nHOUSTON AT PITTSBURGH\nBOSTON AT OAKLAND\n";
        let found = names(t);
        for city in ["DETROIT", "TORONTO", "MILWAUKEE", "PITTSBURGH"] {
            assert!(found.iter().any(|(w, _)| w == city), "{city} in {found:?}");
        }
        // inside one sentence, a stretch longer than MAX_NAME_TOKENS still keeps only listed names
        assert!(!names("He said THE QUICK BROWN FOX JUMPS OVER THE LAZY DOGS AGAIN AND AGAIN today.")
            .iter()
            .any(|(w, _)| w.contains("FOX")));
    }

    #[test]
    fn a_place_before_and_is_not_an_organisation_head() {
        let found = names("Palestinians in the West Bank and Gaza observed a strike on Thursday.");
        assert!(has(&found, "West Bank", Label::Place) && has(&found, "Gaza", Label::Place), "{found:?}");
    }

    #[test]
    fn a_title_word_that_is_a_surname_stays_a_name() {
        let found = names("Billie Jean King picked the team on Friday. \"We will win,\" said King. She is confident, King added.");
        assert_eq!(
            found.iter().filter(|(w, l)| w == "King" && *l == Label::Person).count(),
            2,
            "{found:?}"
        );
        // a lone title is still no name
        assert!(!names("The team met on Friday. Chairman said nothing.")
            .iter()
            .any(|(w, _)| w == "Chairman"));
    }

    #[test]
    fn a_company_role_after_a_name_makes_every_mention_an_organisation() {
        let d = Document::new("WeWork grew fast. Investors liked WeWork. WeWork founder Adam Neumann left in September.");
        let ms = find_names(&d, &find_values(&d));
        assert!(
            ms.iter().any(|m| &d.text[m.start..m.end] == "WeWork"
                && m.strength == ROLE
                && m.label == Label::Org),
            "{ms:?}"
        );
        let (linked, clusters) = crate::coref::cluster(&d, ms);
        let wework: Vec<_> =
            linked.iter().filter(|m| &d.text[m.start..m.end] == "WeWork").collect();
        assert_eq!(wework.len(), 3);
        assert!(wework.iter().all(|m| clusters[m.cluster].label == Label::Org));
    }

    #[test]
    fn common_words_in_capitals_are_not_names() {
        let found = names("Nissan sells a new SUV with AWD in Tokyo. GET OUT and VOTE, he wrote. People vote on Tuesday. NASA and the US agreed.");
        for w in ["SUV", "AWD", "VOTE"] {
            assert!(!found.iter().any(|(t, _)| t == w), "{w} in {found:?}");
        }
        assert!(found.iter().any(|(t, _)| t == "US"), "{found:?}");
        // in a headline in capitals, the same word is left to the rest of the rules
        let caps = names("NISSAN UNVEILS SUV IN TOKYO\nThe car is new.");
        assert!(caps.iter().any(|(t, _)| t == "TOKYO"), "{caps:?}");
    }

    #[test]
    fn headlines_are_found_in_any_script_and_paragraphs_are_not() {
        let d = Document::new("Telegram Founder Leaves Paris Tonight\nمرحبا بالعالم العربي الجميل\nThe founder of the messaging service left the country on Monday, his lawyers said.\n");
        let f = Finder {
            doc: &d,
            taken: vec![false; d.tokens.len()],
            lower: HashSet::default(),
            cap: Vec::new(),
        };
        assert_eq!((0..3).map(|b| f.is_headline(b)).collect::<Vec<_>>(), vec![true, true, false]);
    }

    #[test]
    fn a_sports_position_before_a_player_is_a_title() {
        let found = names("The Cleveland Browns won on Sunday. Browns DL Larry Ogunjobi was suspended for one game.");
        assert!(found.contains(&("Larry Ogunjobi".into(), Label::Person)), "{found:?}");
        assert!(!found.iter().any(|(w, _)| w.contains("DL")), "{found:?}");
    }

    #[test]
    fn handles_and_opening_adverbs_are_not_names() {
        let found = names(
            "Sadly, the vote went on. Vote for @MattBevin, Trump wrote. Governor Matt Bevin lost.",
        );
        assert!(!found.iter().any(|(t, _)| t == "Sadly" || t == "MattBevin"), "{found:?}");
        assert!(found.iter().any(|(t, _)| t == "Matt Bevin"), "{found:?}");
        // a listed name stays a name where it opens a sentence: "Italy, …"
        assert!(names("Italy, the hosts, won.").iter().any(|(t, _)| t == "Italy"));
    }

    #[test]
    fn a_lone_sentence_opener_before_a_speech_verb_is_not_a_person() {
        assert!(!names("The market fell. Analysts said the fall would last.")
            .iter()
            .any(|(t, _)| t == "Analysts"));
        assert_eq!(names("The market fell. Durov said so."), vec![("Durov".into(), Label::Person)]);
    }

    #[test]
    fn a_gerund_opening_a_sentence_is_not_a_name() {
        let d = Document::new("He said: \u{201c}Building technology is hard.\u{201d}");
        let i = (0..d.tokens.len()).find(|&i| d.word(i) == "Building").unwrap();
        assert!(is_free_gerund(&d, i));
        let d = Document::new("Reading beat Leeds. Beijing said so.");
        assert!(!is_free_gerund(&d, 0)); // a city in the gazetteer
        assert!(!is_free_gerund(&d, 4));
    }

    #[test]
    fn org_heads_connectors_and_compounds() {
        assert_eq!(
            names("the vice-president of the Security Council of the Russian Federation spoke"),
            vec![("Security Council of the Russian Federation".into(), Label::Org)]
        );
        // a legal form ends the name: no "of" joins after it ("Kia Motor Corp of South Korea")
        assert!(
            is_legal_form("Corp.")
                && is_legal_form("Inc")
                && !is_legal_form("Council")
                && !is_legal_form("Bank")
        );
        assert_eq!(names("The Russian-born CEO left."), vec![("Russian-born".into(), Label::Misc)]);
    }

    #[test]
    fn two_names_joined_by_and_stay_two_names() {
        let n = names("He left the Vanguard Progressive Unionist Party and the Democratic Unionist Party in 1980.");
        assert!(!n.iter().any(|(t, _)| t.contains(" and ")), "{n:?}");
        assert!(has(&n, "Democratic Unionist Party", Label::Org), "{n:?}");
    }

    #[test]
    fn a_listed_place_goes_on_across_and_or_a_comma() {
        let n = names("Aid reached Bosnia and Herzegovina on Monday, and Trinidad and Tobago sent a team.");
        assert!(has(&n, "Bosnia and Herzegovina", Label::Place), "{n:?}");
        assert!(has(&n, "Trinidad and Tobago", Label::Place), "{n:?}");
        let n = names("The delegates flew from Washington, D.C. to Ottawa on Friday.");
        assert!(has(&n, "Washington, D.C.", Label::Place), "{n:?}");
        // two places that make no listed name together stay two
        let n = names("The storm hit France and Spain on Tuesday.");
        assert!(has(&n, "France", Label::Place) && has(&n, "Spain", Label::Place), "{n:?}");
    }

    #[test]
    fn words_joined_by_and_before_an_organisation_head_are_one_name() {
        let n = names("She ran for governor with the Bread and Liberty Party in 1998.");
        assert!(has(&n, "Bread and Liberty Party", Label::Org), "{n:?}");
        let n = names("He chaired the Alliance of Farmers and Fishermen for Reform Party until 2004.");
        assert!(has(&n, "Alliance of Farmers and Fishermen for Reform Party", Label::Org), "{n:?}");
        // a first part that is a name of its own stays a name of its own
        let n = names("Voters in France and Green Party members marched.");
        assert!(!n.iter().any(|(t, _)| t.contains(" and ")), "{n:?}");
    }

    #[test]
    fn a_group_in_the_possessive_opens_an_organisation_name() {
        let n = names("He joined the People's Unity Party and later the Serb Workers' Union.");
        assert!(has(&n, "People's Unity Party", Label::Org), "{n:?}");
        assert!(has(&n, "Serb Workers' Union", Label::Org), "{n:?}");
        // a text tokenised with spaces, as in corpora
        let n = names("He joined the People 's Unity Party in 1990 .");
        assert!(has(&n, "People 's Unity Party", Label::Org), "{n:?}");
        // another possessive is a name of its own
        let n = names("He said that Canada's Liberal Party would win.");
        assert!(has(&n, "Liberal Party", Label::Org), "{n:?}");
    }

    #[test]
    fn of_goes_on_inside_an_organisation_name() {
        let n = names("He led the Patriotic Front for the Defence of Ruritania until 1990.");
        assert!(has(&n, "Patriotic Front for the Defence of Ruritania", Label::Org), "{n:?}");
        let n = names("She founded the Movement for a Free Ruritania in 1985.");
        assert!(has(&n, "Movement for a Free Ruritania", Label::Org), "{n:?}");
    }

    #[test]
    fn long_capitalised_stretches_are_not_names() {
        let t = format!("Pavel {}Durov arrived in Paris.", "Abc ".repeat(20));
        assert_eq!(names(&t), vec![("Paris".into(), Label::Place)]);
        let t = format!("{} Durov said so.", "X".repeat(100));
        assert_eq!(names(&t), vec![("Durov".into(), Label::Person)]);
    }

    #[test]
    fn list_lines_keep_the_recognisers_names() {
        let n = names("Results of the round.\nWood , Loren Roberts , Steve Stricker , Brian Claar , Russ Cochran\nAll played well.");
        assert!(has(&n, "Loren Roberts", Label::Person) && has(&n, "Russ Cochran", Label::Person), "{n:?}");
    }

    #[test]
    fn a_wrapped_line_of_a_sentence_is_not_a_headline() {
        let n = names("The National Bank of Poland\nrefrained from staging a reverse repo operation on Friday.");
        assert!(n.contains(&("National Bank of Poland".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn a_capitalised_word_before_a_name_mid_sentence_is_its_first_word() {
        let n = names("She now works for Other Voices Ltd in a small office.");
        assert!(has(&n, "Other Voices Ltd", Label::Org), "{n:?}");
    }

    #[test]
    fn an_event_takes_in_the_number_of_its_edition() {
        let d = Document::new("Fans came to Fair 58 and to Fair 58 12 times.");
        let v = find_values(&d);
        let f = Finder::new(&d, &v);
        let mut out = vec![mention(&d, 3, Label::Misc), mention(&d, 7, Label::Misc)];
        extend_over_edition_number(&d, &f, &mut out);
        assert_eq!(&d.text[out[0].start..out[0].end], "Fair 58");
        // a number after the number: a row of a table, or a count
        assert_eq!(&d.text[out[1].start..out[1].end], "Fair");
        // a recogniser name that ends in a number of its own keeps it
        assert!(ends_in_number(&d, &f, &(3..5)));
        assert!(!ends_in_number(&d, &f, &(7..9)), "the value goes on past the name");
    }

    #[test]
    fn headlines_keep_only_known_names() {
        assert_eq!(
            names("Defending Innovation: Telegram CEO Breaks Silence Amid French Legal Battle"),
            vec![("Telegram".into(), Label::Org), ("French".into(), Label::Misc)]
        );
    }

    #[test]
    fn a_headlines_credit_after_by_keeps_its_person() {
        let t = "Strength of the Few by James Islington\n\nCritics said Islington wrote a long and \
                 careful book, and readers agreed with them.";
        let n = names(t);
        assert!(has(&n, "James Islington", Label::Person), "{n:?}");
    }
}
