//! A name defined in the text: "Caloi is a Brazilian bicycle manufacturer", "Aisby was a village
//! in ...", "Meretz, a left-wing party, ..."; or named by its kind right before it: "the rock band
//! Gigi", "the island of Divar", "parties such as Ecolo and Groen". The head noun says what the
//! name is (a word of `defining_nouns.txt`), and every mention of the name in the document takes
//! that kind, whatever the recogniser said of it: a writer who defines a name means it everywhere.

use super::*;

/// The most words of a definition's noun phrase after its article ("a critically endangered
/// indigenous American language").
const MAX_PHRASE_WORDS: usize = 6;

/// How sure a definition is: the same as a role word beside the name, above what the recogniser
/// says of the name's mentions.
const DEFINED: Strength = ROLE;

/// Gives every mention of a defined name the label of its definition.
pub(super) fn label_by_definition(doc: &Document, out: &mut [Mention]) {
    // defined names, lowercased (ASCII), with their kind: one lookup per mention, so that a list
    // of a hundred thousand names stays linear
    let mut defined: HashMap<String, Label> = HashMap::default();
    let places = Places::of(out);
    // the kind of the list of names in progress and where its last name ends ("parties such as X,
    // Y and Z")
    let mut list: Option<(Label, usize)> = None;
    // the name before this one
    let mut before: Option<&Mention> = None;
    for m in out.iter() {
        if !m.label.is_name() {
            continue;
        }
        let text = &doc.text[m.start..m.end];
        let r = m.tokens.clone();
        let in_list = list.filter(|&(_, end)| continues_list(doc, end, r.start)).map(|(l, _)| l);
        let listed = in_list.or_else(|| kind_of_list(doc, r.clone()));
        list = listed.map(|l| (l, r.end));
        if defined.contains_key(&text.to_ascii_lowercase()) {
            continue; // the first definition of a name stands
        }
        let found = definition(doc, r.clone())
            .or_else(|| kind_before(doc, r.clone()))
            .or_else(|| place_of(doc, r.clone()))
            .or_else(|| route_end(doc, &places, m))
            .or(listed);
        if let Some(label) = found {
            // a name the word lists know keeps their label ("born in Danvers, Massachusetts is an
            // American rapper": the rapper is the sentence's subject, not the state)
            if known(text).is_none_or(|(l, _)| l == label) {
                defined.insert(text.to_ascii_lowercase(), label);
            }
            // "Agotes or Cagots were a minority": the other name is defined too
            if let Some(p) = before.filter(|p| alternate_names(doc, r.start) && p.tokens.end + 1 == r.start) {
                let other = &doc.text[p.start..p.end];
                if known(other).is_none_or(|(l, _)| l == label) {
                    defined.entry(other.to_ascii_lowercase()).or_insert(label);
                }
            }
        }
        before = Some(m);
    }
    if defined.is_empty() {
        return;
    }
    // "the Caloi family": a family name, whatever the company of that name is
    let family = |m: &Mention| m.tokens.end < doc.tokens.len() && doc.word(m.tokens.end) == "family";
    for m in out.iter_mut().filter(|m| m.label.is_name() && m.strength <= DEFINED && !family(m)) {
        let text = &doc.text[m.start..m.end];
        if let Some(&label) = defined.get(&text.to_ascii_lowercase()) {
            m.label = label;
            m.strength = DEFINED;
        }
    }
}

/// "30 Seconds to Mars is an American rock band", "the band 30 Seconds to Mars": a run of
/// capitalised words (with "to", "of", "the", "and" between them) led by a number, which the text
/// defines, is one name of its definition's kind, at every place the text writes it; the names
/// found inside it ("Mars") give way.
pub(super) fn join_number_led_names(doc: &Document, out: &mut Vec<Mention>) {
    let cap = |k: usize| {
        k < doc.tokens.len()
            && doc.tokens[k].kind == Kind::Word
            && doc.word(k).starts_with(char::is_uppercase)
    };
    let mut found: Vec<(Vec<&str>, Label)> = Vec::new();
    for sent in &doc.sentences {
        let end = sent.tokens.end;
        for i in sent.tokens.clone() {
            if !is_digits(doc, i) || doc.word(i).len() > 3 || !cap(i + 1) || i + 1 >= end {
                continue;
            }
            if i > sent.tokens.start && (cap(i - 1) || doc.tokens[i - 1].kind == Kind::Number) {
                continue;
            }
            let mut e = i + 2;
            loop {
                if e < end && cap(e) {
                    e += 1;
                } else if e + 1 < end
                    && matches!(doc.word(e), "to" | "of" | "the" | "and")
                    && cap(e + 1)
                {
                    e += 2;
                } else {
                    break;
                }
            }
            if let Some(label) = definition(doc, i..e).or_else(|| kind_before(doc, i..e)) {
                found.push(((i..e).map(|k| doc.word(k)).collect(), label));
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for (words, label) in &found {
        let n = words.len();
        for i in 0..doc.tokens.len().saturating_sub(n - 1) {
            if (0..n).all(|j| doc.word(i + j) == words[j]) && !(i > 0 && cap(i - 1)) && !cap(i + n)
            {
                added.push(Mention::over(doc, i..i + n, *label, DEFINED));
            }
        }
    }
    out.retain(|m| !added.iter().any(|a| a.start < m.end && m.start < a.end));
    out.extend(added);
    out.sort_by_key(|m| m.start);
}

/// The kind the definition after the name over `r` gives it: "NAME is/was a ... NOUN" or "NAME,
/// a/an/the ... NOUN", the noun ending the phrase (before a preposition, a relative pronoun, "and"
/// or a punctuation mark); a noun of two words is read first ("a password manager").
pub(super) fn definition(doc: &Document, r: Range<usize>) -> Option<Label> {
    let sent = &doc.sentences[doc.sentence_of(r.start)];
    let end = sent.tokens.end;
    let prev = (r.start > sent.tokens.start).then(|| doc.word(r.start - 1));
    let mut k = r.end;
    // "Albert Wren (1890–1950) was ...": a bracket between the name and its verb is skipped
    if k < end && doc.word(k) == "(" {
        k = (k + 1..end.min(k + 20)).find(|&j| doc.word(j) == ")")? + 1;
    }
    let word = |k: usize| (k < end).then(|| doc.word(k));
    let w = word(k)?;
    if DEFINING_VERBS.contains(&w) {
        // not the object of a preposition ("the leader of Hamas is ...") nor one of several
        // names ("X and Y are ...")
        if prev.is_some_and(|p| PREPOSITIONS.contains(&p) || matches!(p, "and" | "&"))
            || prev == Some("or") && !alternate_names(doc, r.start)
        {
            return None;
        }
        k += 1;
        if word(k).is_some_and(|w| DEFINING_ADVERBS.contains(&w)) {
            k += 1;
        }
    } else if w == "," {
        k += 1;
    } else {
        return None;
    }
    // "a", "the", or an owner: "its", "NASA's" ("Orion, NASA's new capsule")
    if word(k).is_some_and(|w| matches!(w, "a" | "an" | "the" | "its" | "their")) {
        k += 1;
    } else if let Some(p) = (k..end.min(k + 4)).find(|&p| doc.tokens[p].kind == Kind::Possessive) {
        if p == k || !(k..p).all(|j| doc.word(j).starts_with(char::is_uppercase)) {
            return None;
        }
        k = p + 1;
    } else {
        return None;
    }
    let start = k;
    while k < end && k - start < MAX_PHRASE_WORDS {
        let t = &doc.tokens[k];
        let w = doc.word(k);
        // "a dovish, social-democratic party": a comma between modifiers, not after the noun
        if w == ","
            && k > start
            && !lexicon().defining_nouns.contains_key(doc.word(k - 1))
            && word(k + 1).is_some_and(|n| n.starts_with(char::is_lowercase))
            && !DEFINITION_ENDS.contains(&word(k + 1).unwrap_or_default())
        {
            k += 1;
            continue;
        }
        if !matches!(t.kind, Kind::Word | Kind::Number)
            || DEFINITION_ENDS.contains(&w)
            || DEFINING_VERBS.contains(&w)
            || matches!(w, "a" | "an" | "the")
        {
            break;
        }
        k += 1;
    }
    let nouns = &lexicon().defining_nouns;
    // "a large convention drawing two thousand people": the noun before a participle in "-ing"
    // ends the phrase, whatever follows
    if let Some(p) = (start..k.saturating_sub(1)).find(|&p| {
        nouns.contains_key(doc.word(p)) && {
            let w = doc.word(p + 1);
            w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase)
        }
    }) {
        return nouns.get(doc.word(p)).copied();
    }
    if k == start || !word(k).is_none_or(|w| DEFINITION_ENDS.contains(&w) || DEFINITION_END_MARKS.contains(&w)) {
        return None;
    }
    // "a Danish chain of hypermarkets", "a group of islands": a collective noun takes the kind of
    // the plural noun after its "of"
    if COLLECTIVE_NOUNS.contains(&doc.word(k - 1)) && word(k) == Some("of") {
        return word(k + 1).and_then(kind_noun).filter(|&(_, plural)| plural).map(|(l, _)| l);
    }
    // a noun of two words first: "a self-hosted password manager" (a "manager" alone is a person)
    let two = (k >= start + 2).then(|| two_words(doc, k - 2));
    two.and_then(|w| nouns.get(&*w).copied()).or_else(|| nouns.get(doc.word(k - 1)).copied())
}

/// The label a defining noun gives, and whether it was written in the plural ("parties").
fn kind_noun(w: &str) -> Option<(Label, bool)> {
    let nouns = &lexicon().defining_nouns;
    if let Some(&l) = nouns.get(w) {
        return Some((l, false));
    }
    let stem = w.strip_suffix('s')?;
    let singular = |s: &str| nouns.get(s).map(|&l| (l, true));
    singular(stem)
        .or_else(|| stem.strip_suffix("ie").and_then(|s| singular(&format!("{s}y"))))
        .or_else(|| stem.strip_suffix('e').and_then(singular))
}

/// Nouns of a collection whose kind is the kind of its members: "a chain of hypermarkets", "a
/// group of islands".
const COLLECTIVE_NOUNS: &[&str] = &["chain", "group", "network", "cluster", "string", "collection"];

/// Determiners that open a noun phrase naming the kind of a name ("the rock band X", "his
/// party X").
const KIND_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our"];

/// The kind the noun right before the name over `r` gives it: "the rock band Crazyhead", "the
/// party Meretz", "the novel Emma". Not before a name that ends in an organisation head word (the
/// noun is then a modifier: "the state Democratic Party"), nor before a verb ("the company Jobs
/// founded"). Without an article only an organisation's kind ("carmaker Vantor").
pub(super) fn kind_before(doc: &Document, r: Range<usize>) -> Option<Label> {
    let sent = &doc.sentences[doc.sentence_of(r.start)];
    if r.start < sent.tokens.start + 2 {
        return None;
    }
    let l = lexicon();
    // a noun of two words first: "the aircraft carrier Vinson" (a "carrier" alone may be an
    // airline's or a phone company's)
    let two = (r.start >= sent.tokens.start + 3).then(|| two_words(doc, r.start - 2));
    let (two_words, (label, plural)) = match two.as_deref().and_then(kind_noun) {
        Some(k) => (true, k),
        None => (false, kind_noun(doc.word(r.start - 1))?),
    };
    let last = doc.word(r.end - 1);
    if l.org_heads.contains(last) || l.name_heads.contains_key(last) {
        return None;
    }
    // a determiner within a few words before the noun, only words between
    let det = (sent.tokens.start.max(r.start.saturating_sub(MAX_PHRASE_WORDS))..r.start - 1)
        .rev()
        .take_while(|&k| doc.tokens[k].kind == Kind::Word)
        .any(|k| KIND_DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(doc.word(k))));
    // "chipmaker Vantor said", "Dutch bank Kreel": news names a company by its kind without an
    // article; only an organisation, and not after a word that makes the noun a verb ("to
    // label X", "they bank X")
    let noun_start = r.start - 1 - usize::from(two_words);
    let bare = label == Label::Org
        && (noun_start == sent.tokens.start
            || !BARE_KIND_NOT_AFTER.iter().any(|w| w.eq_ignore_ascii_case(doc.word(noun_start - 1))));
    if !det && !bare {
        return None;
    }
    let ok_after = r.end >= sent.tokens.end || {
        let w = doc.word(r.end);
        doc.tokens[r.end].kind == Kind::Possessive
            || DEFINITION_END_MARKS.contains(&w)
            || DEFINING_VERBS.contains(&w)
            || KIND_AFTER.contains(&w)
            // "the opposition parties X and Y"; but "the duo X and Y" names its two members
            || plural && matches!(w, "and" | "or")
    };
    ok_after.then_some(label)
}

/// Words after which a noun of an organisation's kind written without an article is a verb ("to
/// brand X", "will team X"), not the kind of the name after it.
const BARE_KIND_NOT_AFTER: &[&str] = &[
    "to", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "did", "do",
    "does", "not", "never", "i", "we", "you", "they", "he", "she", "it",
];

/// Where the document's places start and end (token indices): the ends of the routes that
/// [`route_end`] asks about, found in one lookup each.
struct Places {
    starts: HashSet<usize>,
    /// token end -> token start
    ends: HashMap<usize, usize>,
}

impl Places {
    fn of(out: &[Mention]) -> Places {
        let places = || out.iter().filter(|n| n.label == Label::Place);
        Places {
            starts: places().map(|n| n.tokens.start).collect(),
            ends: places().map(|n| (n.tokens.end, n.tokens.start)).collect(),
        }
    }
}

/// "from Harrow to Velby": a name read as a person at one end of a route whose other end is a
/// place is a place. Only a person: "moved from Goldman Sachs to London" keeps its organisation.
fn route_end(doc: &Document, places: &Places, m: &Mention) -> Option<Label> {
    if m.label != Label::Person {
        return None;
    }
    let sent = &doc.sentences[doc.sentence_of(m.tokens.start)];
    let r = m.tokens.clone();
    let at = |k: usize, w: &str| k >= sent.tokens.start && k < sent.tokens.end && doc.word(k) == w;
    let from_here = r.start > 0
        && at(r.start - 1, "from")
        && at(r.end, "to")
        && places.starts.contains(&(r.end + 1));
    let to_here = r.start > 1
        && at(r.start - 1, "to")
        && places.ends.get(&(r.start - 1)).is_some_and(|&s| s > 0 && at(s - 1, "from"));
    (from_here || to_here).then_some(Label::Place)
}

/// The name ending before "or" at `start - 1` opens its sentence and is all that comes before:
/// "Agotes or Cagots were ...", two names of one thing.
fn alternate_names(doc: &Document, start: usize) -> bool {
    let sent = &doc.sentences[doc.sentence_of(start)];
    start >= sent.tokens.start + 2
        && start <= sent.tokens.start + 4
        && doc.word(start - 1) == "or"
        && (sent.tokens.start..start - 1).all(|k| is_capitalised_word(doc, k))
}

/// The kind of a list of names that a plural noun opens: "parties such as X", "charities
/// including X", "parties X and Y", "three parties: X, Y and Z".
fn kind_of_list(doc: &Document, r: Range<usize>) -> Option<Label> {
    let sent = &doc.sentences[doc.sentence_of(r.start)];
    // "bands including Rudy Vallee's": the band is the person's
    if r.end < sent.tokens.end && doc.tokens[r.end].kind == Kind::Possessive {
        return None;
    }
    let before = |n: usize| (r.start >= sent.tokens.start + n).then(|| doc.word(r.start - n));
    let noun_at = match (before(2), before(1)) {
        (Some("such"), Some("as")) => 3,
        (_, Some("including" | ":")) => 2,
        (_, Some(_)) => 1,
        _ => return None,
    };
    // ", including X": the comma between the noun and the list's opening word
    let noun_at = if noun_at > 1 && before(noun_at) == Some(",") { noun_at + 1 } else { noun_at };
    let (label, plural) = kind_noun(before(noun_at)?)?;
    // right before the name, only "parties X and Y" opens a list; "the party X" is `kind_before`'s
    (plural && (noun_at > 1 || kind_before(doc, r).is_some())).then_some(label)
}

/// Tokens `end..start` join two names of a list: ",", "and", "or", ", and".
fn continues_list(doc: &Document, end: usize, start: usize) -> bool {
    let between: Vec<&str> = (end..start).map(|k| doc.word(k)).collect();
    matches!(between.as_slice(), [","] | ["and"] | ["or"] | [",", "and" | "or"])
}

/// "the island of Divar", "the village of X": a place, after a noun of a region or settlement.
fn place_of(doc: &Document, r: Range<usize>) -> Option<Label> {
    let sent = &doc.sentences[doc.sentence_of(r.start)];
    if r.start < sent.tokens.start + 3 || doc.word(r.start - 1) != "of" {
        return None;
    }
    let the = doc.word(r.start - 3);
    (the.eq_ignore_ascii_case("the") && REGION_NOUNS.contains(&doc.word(r.start - 2)))
        .then_some(Label::Place)
}

/// Nouns of regions and settlements written before "of" and a place's name ("the island of
/// Divar"); not buildings, whose "of" may name an owner ("the palace of the Sultan").
const REGION_NOUNS: &[&str] = &[
    "city", "town", "village", "hamlet", "municipality", "commune", "parish", "borough", "county",
    "district", "province", "region", "state", "territory", "island", "peninsula", "port",
];

/// Words that may follow a name after its kind ("the band Spirit, which ...", "the party Meretz
/// in 1992").
const KIND_AFTER: &[&str] =
    &["in", "on", "at", "from", "with", "for", "which", "who", "that", "has", "had"];

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    fn defined(t: &str) -> Option<Label> {
        let d = Document::new(t);
        definition(&d, 0..1)
    }

    #[test]
    fn a_defined_name_led_by_a_number_is_one_name() {
        let n = super::super::tests::names(
            "12 Rooms to Venus is an American rock band. Fans of 12 Rooms to Venus met in Ohio, and it took 12 Rooms to finish.",
        );
        let band = n.iter().filter(|(t, l)| t == "12 Rooms to Venus" && *l == Label::Org).count();
        assert_eq!(band, 2, "{n:?}");
        assert!(!n.iter().any(|(t, _)| t == "Venus"), "{n:?}");
    }

    #[test]
    fn the_head_noun_of_a_definition_says_the_kind() {
        assert_eq!(defined("Velotra is a Brazilian bicycle manufacturer based in Sao Paulo."), Some(Label::Org));
        assert_eq!(defined("Grumsby is a small village in the north."), Some(Label::Place));
        assert_eq!(defined("Quenlan was a language spoken in the valley."), Some(Label::Misc));
        assert_eq!(defined("Tarvik (1901–1977) was a Danish painter."), Some(Label::Person));
        assert_eq!(defined("Zerbola, the left-wing party, lost."), Some(Label::Org));
        assert_eq!(defined("Velotra is also a bicycle maker."), Some(Label::Org));
        assert_eq!(defined("Zerbola, a dovish, liberal party, won."), Some(Label::Org));
        assert_eq!(defined("Zerbola is a yearly festival drawing crowds over the summer."), Some(Label::Misc));
        let d = Document::new("The Zerbola, a people of the hills, farmed.");
        assert_eq!(definition(&d, 1..2), Some(Label::Misc));
        // an owner in place of the article, and the made things of space and computing
        assert_eq!(defined("Quorra, its new deep-space capsule, flew."), Some(Label::Misc));
        assert_eq!(defined("Quorra, Zentara Aerospace's heavy rocket, is late."), Some(Label::Misc));
        assert_eq!(defined("Quorra is NASA's lunar lander."), Some(Label::Misc));
        assert_eq!(defined("Quorra, of course, flew."), None);
    }

    #[test]
    fn what_is_no_definition() {
        // no head noun at the end of the phrase, a possessive, a verb after the phrase
        assert_eq!(defined("Velotra is a member of the league."), None);
        assert_eq!(defined("Velotra is a party member."), None);
        assert_eq!(defined("Velotra, the band's singer, left."), None);
        assert_eq!(defined("Velotra, the party formed a pact."), None);
        assert_eq!(defined("Velotra is the Zerbola Party."), None);
        // the object of a preposition, one of several names
        let d = Document::new("The leader of Zerbola is a politician.");
        assert_eq!(definition(&d, 3..4), None);
        let d = Document::new("Velotra and Zerbola are the best companies.");
        assert_eq!(definition(&d, 2..3), None);
    }

    #[test]
    fn the_noun_before_a_name_says_its_kind() {
        let before = |t: &str, name: &str| {
            let d = Document::new(t);
            let i = (0..d.tokens.len()).find(|&i| d.word(i) == name).unwrap();
            kind_before(&d, i..i + 1)
        };
        assert_eq!(before("He joined the rock band Velotra, which toured.", "Velotra"), Some(Label::Org));
        assert_eq!(before("She wrote the novel Zerbola in Rome.", "Zerbola"), Some(Label::Misc));
        assert_eq!(before("The two opposition parties Zerbola and Velotra lost.", "Zerbola"), Some(Label::Org));
        // a verb after the name, the two members of a duo, no determiner, a head word in the name
        assert_eq!(before("He left the company Tarvik founded.", "Tarvik"), None);
        assert_eq!(before("It was the duo Tarvik and Zerbola.", "Tarvik"), None);
        assert_eq!(before("Band Velotra played.", "Velotra"), None);
        // a noun of two words: a ship, where "carrier" alone may be an airline
        assert_eq!(before("The aircraft carrier Tarvik was sold, and the tanker Orlen was seized.", "Tarvik"), Some(Label::Misc));
        assert_eq!(before("The aircraft carrier Tarvik was sold, and the tanker Orlen was seized.", "Orlen"), Some(Label::Misc));
        assert_eq!(before("The low-cost carrier Tarvik grew.", "Tarvik"), None);
        // a body of space is a place, as its moons and planets are
        assert_eq!(before("The probe reached the asteroid Zerbola in May.", "Zerbola"), Some(Label::Place));
        assert_eq!(before("It orbits the dwarf planet Velotra.", "Velotra"), Some(Label::Place));
        let d = Document::new("He spoke to the state Zerbola Council today.");
        assert_eq!(kind_before(&d, 5..7), None);
        assert_eq!(kind_noun("cities"), Some((Label::Place, true)));
        assert_eq!(kind_noun("parties"), Some((Label::Org, true)));
        assert_eq!(kind_noun("languages"), Some((Label::Misc, true)));
        assert_eq!(kind_noun("band"), Some((Label::Org, false)));
        assert_eq!(kind_noun("members"), None);
    }

    #[test]
    fn an_organisation_may_be_named_by_its_kind_without_an_article() {
        let before = |t: &str, name: &str| {
            let d = Document::new(t);
            let i = (0..d.tokens.len()).find(|&i| d.word(i) == name).unwrap();
            kind_before(&d, i..i + 1)
        };
        assert_eq!(before("Shares rose at carmaker Vantor.", "Vantor"), Some(Label::Org));
        assert_eq!(before("It was bought by Dutch bank Kreel in May.", "Kreel"), Some(Label::Org));
        assert_eq!(before("Analytics provider Dataxo has bought Ferrin.", "Dataxo"), Some(Label::Org));
        // the noun as a verb; a kind other than an organisation's needs its article
        assert_eq!(before("They want to brand Kellen as a traitor.", "Kellen"), None);
        assert_eq!(before("He met novelist Orvane at the fair.", "Orvane"), None);
    }

    #[test]
    fn a_plural_noun_gives_its_kind_to_the_list_after_it() {
        let t = "Voters backed parties such as Zerbola, Velotra and Quenlan Tarvik in May.";
        let d = Document::new(t);
        let ms = find_names(&d, &crate::values::find_values(&d));
        for name in ["Zerbola", "Velotra", "Quenlan Tarvik"] {
            assert!(
                ms.iter().any(|m| &t[m.start..m.end] == name && m.label == Label::Org),
                "{name}: {ms:?}"
            );
        }
        let kind = |t: &str, i: usize| kind_of_list(&Document::new(t), i..i + 1);
        assert_eq!(kind("Big charities, including Zerbola, gave.", 4), Some(Label::Org));
        assert_eq!(kind("Three towns: Zerbola, Velotra and Quenlan.", 3), Some(Label::Place));
        // a singular noun, a possessive after the name
        assert_eq!(kind("A town such as Zerbola grew.", 4), None);
        assert_eq!(kind("Big bands including Zerbola's played.", 3), None);
    }

    #[test]
    fn a_collective_noun_takes_the_kind_of_its_members() {
        assert_eq!(defined("Velotra is a Danish chain of hypermarkets."), Some(Label::Org));
        assert_eq!(defined("Grumsby is a small group of islands in the bay."), Some(Label::Place));
        // no plural defining noun after "of"
        assert_eq!(defined("Velotra is a chain of command."), None);
        assert_eq!(defined("Velotra is a group of the league."), None);
    }

    #[test]
    fn two_names_joined_by_or_opening_a_definition_are_both_defined() {
        let d = Document::new("Brelots or Vandrots were a persecuted minority in the hills.");
        assert_eq!(definition(&d, 2..3), Some(Label::Misc));
        let mut ms: Vec<Mention> = [0..1, 2..3]
            .into_iter()
            .map(|r| Mention::over(&d, r, Label::Person, GUESS))
            .collect();
        label_by_definition(&d, &mut ms);
        assert!(ms.iter().all(|m| m.label == Label::Misc), "{ms:?}");
        // "or" mid-sentence joins no alternate names
        let d = Document::new("They asked whether Tarvik or Zerbola was a party.");
        assert_eq!(definition(&d, 5..6), None);
    }

    #[test]
    fn a_name_at_one_end_of_a_route_to_a_place_is_a_place() {
        let labelled = |t: &str, names: &[(&str, Label)]| {
            let d = Document::new(t);
            let mut ms: Vec<Mention> = names
                .iter()
                .map(|&(name, label)| {
                    let i = (0..d.tokens.len()).find(|&i| d.word(i) == name).unwrap();
                    let tok = &d.tokens[i];
                    Mention { start: tok.start, end: tok.end, tokens: i..i + 1, label, strength: GUESS }
                })
                .collect();
            label_by_definition(&d, &mut ms);
            ms.iter().map(|m| m.label).collect::<Vec<_>>()
        };
        let (per, place) = (Label::Person, Label::Place);
        assert_eq!(
            labelled("Trains ran from Harrow to Velby daily. Harrow grew.", &[("Harrow", per), ("Velby", place)]),
            [place, place]
        );
        assert_eq!(labelled("Trains ran from Velby to Harrow daily.", &[("Velby", place), ("Harrow", per)]), [place, place]);
        // no place at the other end
        assert_eq!(labelled("Power passed from Harrow to Tarvik in May.", &[("Harrow", per), ("Tarvik", per)]), [per, per]);
    }

    #[test]
    fn a_region_before_of_makes_a_place() {
        let d = Document::new("They sailed to the island of Velotra at dawn.");
        assert_eq!(place_of(&d, 6..7), Some(Label::Place));
        let d = Document::new("They sailed to the palace of Velotra at dawn.");
        assert_eq!(place_of(&d, 6..7), None);
    }

    #[test]
    fn every_mention_of_a_defined_name_takes_its_kind() {
        let t = "Velotra sold more bikes. Velotra is a bicycle manufacturer in Brazil. Velotra grew.";
        let d = Document::new(t);
        let ms = find_names(&d, &crate::values::find_values(&d));
        let v: Vec<_> = ms.iter().filter(|m| &t[m.start..m.end] == "Velotra").collect();
        assert!(!v.is_empty(), "{ms:?}");
        assert!(v.iter().all(|m| m.label == Label::Org && m.strength == ROLE), "{ms:?}");
    }

    #[test]
    fn a_software_definition_makes_a_product() {
        let n = names("Zorblix is a self-hosted password manager that helps teams. Zorblix adds alerts.");
        assert_eq!(n.iter().filter(|(t, l)| t == "Zorblix" && *l == Label::Misc).count(), 2, "{n:?}");
        let n = names("Vexora is a free app that lets people chat, and Vexora grew fast.");
        assert!(n.iter().all(|(t, l)| t != "Vexora" || *l == Label::Misc), "{n:?}");
        assert!(n.iter().any(|(t, _)| t == "Vexora"), "{n:?}");
    }
}
