//! Person evidence over the whole document: a single capitalised word is never a person on its
//! shape alone. A one-word name typed PERSON that the document never backs as a person (no title
//! or given name before it, no speech verb after it, "he" or "she" not the first pronoun after it,
//! not a listed given or family name, never the first or last word of a longer person's name),
//! with a company's words beside it ("Zorblix acquired …", "… its platform": `company_cues.txt`
//! in one of its sentences), is a company.

use super::*;
use crate::ner::gazetteer::{CITY, COUNTRY, FIRST_NAME, LAST_NAME, PLACE};

/// How many company's or business's words ([`is_business_word`]) each sentence of a document
/// holds: read once for both retyping steps, and only when one of them asks.
#[derive(Default)]
pub(super) struct BusinessWords(std::cell::OnceCell<Vec<usize>>);

impl BusinessWords {
    fn per_sentence(&self, doc: &Document) -> &[usize] {
        self.0.get_or_init(|| {
            let count = |s: &crate::segment::Sentence| s.tokens.clone().filter(|&k| is_business_word(doc, k)).count();
            doc.sentences.iter().map(count).collect()
        })
    }
}

/// Retypes as organisations the one-word persons of `out` that nothing in `doc` backs as people
/// and that a company's words stand beside.
pub(super) fn retype_unbacked_persons(doc: &Document, business: &BusinessWords, out: &mut [Mention]) {
    let l = lexicon();
    // the first and last words of the names of people written in two words or more
    let mut in_full_name: HashSet<String> = HashSet::default();
    for m in out.iter().filter(|m| m.label == Label::Person && m.tokens.len() >= 2) {
        for i in [m.tokens.start, m.tokens.end - 1] {
            in_full_name.insert(doc.word(i).to_lowercase());
        }
    }
    // the unlisted one-word persons, then every token each is written at (one pass over the
    // tokens, so that a document of many such words stays linear)
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::default();
    for m in out.iter().filter(|m| m.label == Label::Person && m.tokens.len() == 1) {
        let w = doc.word(m.tokens.start);
        if seen.contains_key(w) {
            continue;
        }
        let listed = w.chars().count() < 2
            || !w.chars().any(char::is_lowercase)
            || l.first_names.contains(w)
            || l.female_names.contains(w)
            || gazetteer_kinds(w) & (FIRST_NAME | LAST_NAME) != 0
            || in_full_name.contains(&w.to_lowercase());
        if !listed {
            seen.insert(w, Vec::new());
        }
    }
    if seen.is_empty() {
        return;
    }
    fill_positions(doc, &mut seen);
    // the sentences a company's word stands in, and where each sentence's first person starts
    let cues = business.per_sentence(doc);
    let first_person = first_persons(doc, out);
    let companies: HashMap<&str, bool> = seen
        .iter()
        .map(|(&w, at)| {
            let company = !at.iter().any(|&i| backs_person(doc, i, &first_person))
                && at.iter().any(|&i| cues[doc.sentence_of(i)] > 0);
            (w, company)
        })
        .collect();
    for m in out.iter_mut().filter(|m| m.label == Label::Person && m.tokens.len() == 1) {
        if companies.get(doc.word(m.tokens.start)) == Some(&true) {
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// Retypes as people the one-word organisations of `out` that are listed family names ("Trump",
/// which the recogniser reads as the casino company of CoNLL-2003's time) and that the document
/// backs as a person ([`backs_person`]) at two of their mentions or more and at least half of them:
/// "Once Trump released the transcript of his call". Not a listed company, organisation, maker or
/// exchange, nor a place's name, nor a name a role word made sure of. (A county's cricket team
/// whose players' pronouns follow it, "Essex" on CoNLL valid, is the cost: two mentions.)
pub(super) fn retype_backed_organisations(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::default();
    for m in out.iter().filter(|m| m.label == Label::Org && m.tokens.len() == 1 && m.strength < ROLE) {
        let w = doc.word(m.tokens.start);
        let listed_org = l.listed_orgs.contains(w)
            || known(w).is_some()
            || l.stock_exchanges.contains(w)
            || l.makers.contains(w)
            || !w.chars().skip(1).any(char::is_lowercase);
        // a place's name too ("Essex", a county's cricket team) is left as it is
        let place = gazetteer_kinds(w) & (CITY | COUNTRY | PLACE) != 0;
        if !listed_org && !place && gazetteer_kinds(w) & LAST_NAME != 0 {
            seen.entry(w).or_default();
        }
    }
    if seen.is_empty() {
        return;
    }
    fill_positions(doc, &mut seen);
    let first_person = first_persons(doc, out);
    let people: HashSet<&str> = seen
        .iter()
        .filter(|(_, at)| {
            let backed = at.iter().filter(|&&i| backs_person(doc, i, &first_person)).count();
            backed >= 2 && 2 * backed >= at.len()
        })
        .map(|(&w, _)| w)
        .collect();
    for m in out.iter_mut().filter(|m| m.label == Label::Org && m.tokens.len() == 1 && m.strength < ROLE) {
        if people.contains(doc.word(m.tokens.start)) {
            m.label = Label::Person;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// "Virginia Giuffre", later "Giuffre": a place of two words whose first word is a listed given
/// name that is also a place ("Virginia", "Georgia", "Victoria") and whose second word is no
/// place's word and stands alone as a person elsewhere in the document is a person, and so is
/// that second word alone at every mention. A place is not named by its second word alone
/// ("Victoria Falls" is never "Falls"), so a lone second word read as a person says the first is
/// a given name. Not a name a role word made sure of.
pub(super) fn persons_with_place_given_names(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    // the second words, and the places of two words they end
    let mut surnames: HashSet<&str> = HashSet::default();
    let mut fulls: HashSet<&str> = HashSet::default();
    for m in out.iter().filter(|m| m.label == Label::Place && m.tokens.len() == 2 && m.strength < ROLE) {
        let (a, b) = (doc.word(m.tokens.start), doc.word(m.tokens.start + 1));
        let b_kinds = gazetteer_kinds(b);
        if gazetteer_kinds(a) & FIRST_NAME != 0
            && b_kinds & (CITY | COUNTRY | PLACE) == 0
            && b.chars().skip(1).any(char::is_lowercase)
            && !l.name_heads.contains_key(b)
            && !l.org_heads.contains(b)
            && known(&doc.text[m.start..m.end]).is_none()
        {
            surnames.insert(b);
            fulls.insert(&doc.text[m.start..m.end]);
        }
    }
    if surnames.is_empty() {
        return;
    }
    // the second words the recogniser reads alone as a person somewhere
    let alone: HashSet<&str> = out
        .iter()
        .filter(|m| m.tokens.len() == 1 && m.label == Label::Person)
        .map(|m| doc.word(m.tokens.start))
        .filter(|w| surnames.contains(w))
        .collect();
    if alone.is_empty() {
        return;
    }
    for m in out.iter_mut().filter(|m| m.strength < ROLE && m.label.is_name()) {
        let last = doc.word(m.tokens.end - 1);
        let full = m.label == Label::Place && fulls.contains(&doc.text[m.start..m.end]);
        if alone.contains(last) && (m.tokens.len() == 1 || full) {
            m.label = Label::Person;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// Every token each word of `seen` is written at, in one pass over the tokens (so that a document
/// of many such words stays linear).
fn fill_positions<'a>(doc: &Document<'a>, seen: &mut HashMap<&str, Vec<usize>>) {
    for i in 0..doc.tokens.len() {
        if let Some(at) = seen.get_mut(doc.word(i)) {
            at.push(i);
        }
    }
}

/// Token `k` is a company's or a business's word (`company_cues.txt`, the `org:` lines of
/// `full_name_cues.txt`), in any case; a word already in lowercase is looked up as it is, without
/// a copy (this runs on every token of a document with such names).
fn is_business_word(doc: &Document, k: usize) -> bool {
    let l = lexicon();
    if doc.tokens[k].kind != Kind::Word {
        return false;
    }
    let w = doc.word(k);
    let found = |w: &str| l.company_cues.contains(w) || l.business_cues.contains(w);
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        found(w)
    } else if w.is_ascii() && w.len() <= 32 {
        // an ASCII word lowercased on the stack
        let mut buf = [0u8; 32];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(found)
    } else {
        found(&w.to_lowercase())
    }
}

/// How many tokens after a name its first pronoun is looked for (a long sentence is not read to
/// its end for every name in it).
const PRONOUN_REACH: usize = 60;

/// Retypes the persons of two words or more that nothing in `doc` backs as people and whose first
/// word is no given name: a course's or a product's name ("Graphic Design Certificate") is MISC,
/// a name with a business's words in one of its sentences ("founder of Kestrel Pilates", "Chateau
/// Morvelle, a wine bar") an organisation. Each name's mentions are gathered once and each
/// mention reads only its neighbours and a bounded reach, so a document of many stays linear.
pub(super) fn retype_unbacked_full_names(doc: &Document, business: &BusinessWords, out: &mut [Mention]) {
    let l = lexicon();
    let key = |m: &Mention| m.tokens.clone().map(|i| doc.word(i)).collect::<Vec<_>>().join(" ");
    // the unlisted names of persons of two words or more, each with the mentions written alike
    let mut mentions: HashMap<String, Vec<usize>> = HashMap::default();
    for (x, m) in out.iter().enumerate() {
        if m.label != Label::Person || m.tokens.len() < 2 {
            continue;
        }
        let first = doc.word(m.tokens.start);
        let listed = first.chars().count() < 2
            || first.ends_with('.')
            || !first.chars().any(char::is_lowercase)
            || l.first_names.contains(first)
            || l.female_names.contains(first)
            || gazetteer_kinds(first) & FIRST_NAME != 0
            || l.is_title(first)
            || gazetteer_kinds(doc.word(m.tokens.end - 1)) & LAST_NAME != 0;
        if !listed {
            mentions.entry(key(m)).or_default().push(x);
        }
    }
    if mentions.is_empty() {
        return;
    }
    // per sentence: where its first person starts, and how many business words it holds
    let first_person = first_persons(doc, out);
    let cues = business.per_sentence(doc);
    let mut verdicts: Vec<(Vec<usize>, Label)> = Vec::new();
    for (_, xs) in mentions {
        if xs.iter().any(|&x| full_name_backed(doc, out, x, &first_person)) {
            continue;
        }
        let m = &out[xs[0]];
        let label = if l.course_heads.contains(doc.word(m.tokens.end - 1)) {
            Label::Misc
        } else if xs.iter().any(|&x| {
            let m = &out[x];
            cues[doc.sentence_of(m.tokens.start)] > m.tokens.clone().filter(|&k| is_business_word(doc, k)).count()
        }) {
            Label::Org
        } else {
            continue;
        };
        verdicts.push((xs, label));
    }
    for (xs, label) in verdicts {
        for x in xs {
            out[x].label = label;
            out[x].strength = out[x].strength.max(STRONG);
        }
    }
}

/// The person `out[x]` of two words or more stands where a person's name stands: after a title or
/// a person's role ("analyst"), before a number (a player's score in a table of results), before a
/// speech verb that "it" does not follow, with "he" or "she" the first pronoun after it while no
/// other person comes before it in its sentence (the pronoun is then its own), or in a list beside
/// a person whose first word is a given name ("Toma Vrelic, Anna Berg and ..."): the names are in
/// order, so that person is the name right before or after it.
fn full_name_backed(doc: &Document, out: &[Mention], x: usize, first_person: &[usize]) -> bool {
    let l = lexicon();
    let m = &out[x];
    let s = doc.sentence_of(m.tokens.start);
    let sent = &doc.sentences[s];
    let (a, b) = (m.tokens.start, m.tokens.end);
    if a > sent.tokens.start && {
        let p = doc.word(a - 1);
        l.is_title(p) || l.speaker_roles.get(p.to_lowercase().as_str()) == Some(&false)
    } {
        return true;
    }
    if b < sent.tokens.end && doc.tokens[b].kind == Kind::Number {
        return true;
    }
    let end = doc.sentences.get(s + 1).map_or(sent.tokens.end, |n| n.tokens.end).min(b + PRONOUN_REACH);
    let first_of_sentence = first_person[s] >= a;
    match (b..end).find_map(|k| pronoun_kind(doc.word(k))) {
        Some(true) if first_of_sentence => return true,
        Some(false) => {}
        _ => {
            if b < sent.tokens.end && l.cue_verbs.contains(doc.word(b).to_lowercase().as_str()) {
                return true;
            }
        }
    }
    let given = |n: &Mention| {
        n.label == Label::Person && {
            let w = doc.word(n.tokens.start);
            l.first_names.contains(w) || l.female_names.contains(w)
        }
    };
    let between = |x: usize, y: usize| (x..y).all(|k| matches!(doc.word(k), "," | ";" | "and" | "&"));
    let before = x.checked_sub(1).map(|y| &out[y]).is_some_and(|n| {
        given(n) && n.tokens.end < a && a - n.tokens.end <= 2 && between(n.tokens.end, a)
    });
    let after = out.get(x + 1).is_some_and(|n| {
        given(n) && n.tokens.start > b && n.tokens.start - b <= 2 && between(b, n.tokens.start)
    });
    before || after
}

/// Per sentence of `doc`: the token where the first person of `out` in it starts (`usize::MAX`
/// when none).
fn first_persons(doc: &Document, out: &[Mention]) -> Vec<usize> {
    let mut first_person = vec![usize::MAX; doc.sentences.len()];
    for m in out.iter().filter(|m| m.label == Label::Person) {
        let s = doc.sentence_of(m.tokens.start);
        first_person[s] = first_person[s].min(m.tokens.start);
    }
    first_person
}

/// Token `i`, a capitalised word, stands where a person's name stands: after a title or a given
/// name, or with "he" or "she" the first pronoun after it (in its sentence or the next) while no
/// other person of `first_person` comes before it in its sentence (the pronoun is then its own:
/// not "Anna Berg, who teaches Vantle, says she"), or before a speech verb when "it" is not that
/// first pronoun ("Zorblix said it would", a company).
fn backs_person(doc: &Document, i: usize, first_person: &[usize]) -> bool {
    let l = lexicon();
    let s = doc.sentence_of(i);
    let sent = &doc.sentences[s];
    let prev = (i > sent.tokens.start).then(|| doc.word(i - 1));
    if prev.is_some_and(|p| l.is_title(p) || l.first_names.contains(p) || l.female_names.contains(p)) {
        return true;
    }
    let end = doc.sentences.get(s + 1).map_or(sent.tokens.end, |n| n.tokens.end).min(i + 1 + PRONOUN_REACH);
    match (i + 1..end).find_map(|k| pronoun_kind(doc.word(k))) {
        Some(true) if first_person[s] < i => false,
        Some(person) => person,
        None => i + 1 < sent.tokens.end && l.cue_verbs.contains(doc.word(i + 1).to_lowercase().as_str()),
    }
}

/// `Some(true)` for a pronoun of a person ("he", "her"), `Some(false)` for one of a thing ("it",
/// "its"), `None` for any other word.
fn pronoun_kind(w: &str) -> Option<bool> {
    match w {
        "he" | "she" | "his" | "her" | "him" | "himself" | "herself" | "He" | "She" | "His" | "Her" => {
            Some(true)
        }
        "it" | "its" | "itself" | "It" | "Its" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of `text` with their labels, as `find_names` gives them.
    fn labels(text: &str) -> Vec<(String, Label)> {
        let d = Document::new(text);
        find_names(&d, &crate::values::find_values(&d))
            .iter()
            .map(|m| (d.text[m.start..m.end].to_string(), m.label))
            .collect()
    }

    #[test]
    fn a_family_name_the_text_backs_as_a_person_is_one() {
        let l = labels("Polls tormented Trump and the party. Once Trump released the transcript of his call, the \
            fight grew. The goal was to drive down Trump's popularity and render him powerless.");
        assert!(!l.iter().any(|(n, label)| n == "Trump" && *label == Label::Org), "{l:?}");
        // a company that "it" follows stays one
        let l = labels("Ford said it would cut jobs. Ford shares fell after it spoke.");
        assert!(!l.iter().any(|(n, label)| n == "Ford" && *label == Label::Person), "{l:?}");
    }

    #[test]
    fn a_lone_word_with_company_words_and_no_person_evidence_is_a_company() {
        let l = labels("Trelvix acquired a small rival in March. Trelvix said it would keep its staff.");
        assert!(l.iter().all(|(n, label)| n != "Trelvix" || *label == Label::Org), "{l:?}");
        // "he" after it backs a person, whatever the company words say
        let l = labels("Trelvix acquired a small rival in March. Trelvix said he would keep the staff.");
        assert!(!l.iter().any(|(n, label)| n == "Trelvix" && *label == Label::Org), "{l:?}");
        // a title before one mention backs a person
        let l = labels("Dr. Trelvix acquired a small rival. Trelvix said the firm grew.");
        assert!(!l.iter().any(|(n, label)| n == "Trelvix" && *label == Label::Org), "{l:?}");
    }

    #[test]
    fn a_longer_name_with_business_words_and_no_person_evidence_is_a_company() {
        let l = labels("Wine lovers have a new spot. Chateau Morvelle promises a true wine bar and its cellar is deep.");
        assert!(l.iter().any(|(n, label)| n == "Chateau Morvelle" && *label == Label::Org), "{l:?}");
        // "her" after it, with no other person before it, backs a person
        let l = labels("Wine lovers have a new spot. Chateau Morvelle promises a true wine bar and her cellar is deep.");
        assert!(!l.iter().any(|(n, label)| n == "Chateau Morvelle" && *label == Label::Org), "{l:?}");
        // a course's own last word makes a person nothing backs a course
        let d = Document::new("Students who finish the Brand Motion Certificate get a portfolio .");
        let mut out = vec![d_mention(&d, 5)];
        out[0].tokens = 4..7;
        retype_unbacked_full_names(&d, &BusinessWords::default(), &mut out);
        assert_eq!(out[0].label, Label::Misc);
    }

    #[test]
    fn what_backs_a_longer_name_as_a_person() {
        // the persons of two words at `starts`; is the one at `starts[which]` backed?
        let backed = |text: &str, starts: &[usize], which: usize| {
            let d = Document::new(text);
            let out: Vec<Mention> = starts.iter().map(|&s| d_mention(&d, s)).collect();
            let mut first_person = vec![usize::MAX; d.sentences.len()];
            for m in &out {
                let s = d.sentence_of(m.tokens.start);
                first_person[s] = first_person[s].min(m.tokens.start);
            }
            full_name_backed(&d, &out, which, &first_person)
        };
        // a score after it (a results table), a role before it, "she" after it
        assert!(backed("Toma Vrelic 71 68 139 , the studio said .", &[0], 0));
        assert!(backed("The analyst Toma Vrelic expects a studio deal .", &[2], 0));
        assert!(backed("Toma Vrelic founded a studio , and she runs it .", &[0], 0));
        // "she" after it is another person's when that person comes first in the sentence
        assert!(!backed("Anna Berg left Toma Vrelic , the studio she founded .", &[0, 3], 1));
        assert!(!backed("Toma Vrelic opened a studio in March .", &[0], 0));
        // in a list beside a person whose first word is a given name
        assert!(backed("Toma Vrelic , Anna Berg and Ivo Rask ran .", &[0, 3], 0));
    }

    /// A person's mention over the two tokens from `start`.
    fn d_mention(d: &Document, start: usize) -> Mention {
        Mention::over(d, start..start + 2, Label::Person, WEAK)
    }

    #[test]
    fn a_lone_word_with_a_business_word_and_no_person_evidence_is_a_company() {
        let l = labels("The best new restaurants, as chosen by Dallorine's editors, are below.");
        assert!(l.iter().any(|(n, label)| n == "Dallorine" && *label == Label::Org), "{l:?}");
    }

    #[test]
    fn a_given_name_that_is_a_place_before_a_lone_persons_word_is_a_person() {
        let n = labels("He met Georgia Kovrin in Atlanta. Kovrin told reporters she was happy.");
        assert!(n.contains(&("Georgia Kovrin".into(), Label::Person)), "{n:?}");
        assert!(n.contains(&("Atlanta".into(), Label::Place)), "{n:?}");
    }

    #[test]
    fn pronouns_and_speech_verbs() {
        let backed = |text: &str| {
            let d = Document::new(text);
            backs_person(&d, 0, &vec![usize::MAX; d.sentences.len()])
        };
        assert!(!backed("Trelvix said it grew."));
        assert!(backed("Quorny said the deal closed."));
        assert!(backed("Vantle left, and she smiled."));
        assert!(!backed("Vantle left, and the shares fell."));
    }

    #[test]
    fn she_after_a_lone_word_is_the_person_who_comes_first() {
        let text = "Anna Berg, who has taught Vantle for years, says she loves it. Vantle grew its bookings on the platform.";
        let l = labels(text);
        assert!(l.iter().any(|(n, label)| n == "Vantle" && *label == Label::Org), "{l:?}");
        // with no person before it, "she" after it is its own
        let l = labels("Vantle has taught dance for years, and she loves it. Vantle grew its bookings on the platform.");
        assert!(!l.iter().any(|(n, label)| n == "Vantle" && *label == Label::Org), "{l:?}");
    }
}
