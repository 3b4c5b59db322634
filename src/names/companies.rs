//! Listed organisations: a name the recogniser typed a person, a place or MISC whose words are a
//! company of a stock index (`src/data/gaz/companies.txt`), alone or with its legal form ("Zorvex"
//! "Zorvex Inc."), or a sports team (`gaz/teams.txt`: "Norwich City", "Mariners"), is that
//! organisation. Not a name that is also a place or a person's ("Dover",
//! "Gates", "Ethan Allen"), nor a code of one word that opens a sentence ("M3").

use super::*;
use crate::ner::gazetteer::{CITY, COUNTRY, FIRST_NAME, LAST_NAME, NATIONALITY, PLACE};

/// The text of tokens `r` with one space wherever the text has white space.
pub(super) fn spaced(doc: &Document, r: Range<usize>) -> String {
    let mut s = String::new();
    for i in r.clone() {
        if i > r.start && doc.tokens[i].start > doc.tokens[i - 1].end {
            s.push(' ');
        }
        s.push_str(doc.word(i));
    }
    s
}

/// Tokens `r` are a listed company, the legal form after it left out ("Zorvex Inc.", "Zorvex,
/// Inc."), and no place or person's name.
pub(super) fn is_listed_company(doc: &Document, r: Range<usize>) -> bool {
    let l = lexicon();
    let mut r = r;
    let mut words = spaced(doc, r.clone());
    if !l.listed_orgs.contains(words.as_str()) {
        // the legal form ending it, and a comma before that
        let legal = |w: &str| super::runs::is_legal_form(w) || matches!(w, "S.A." | "N.V." | "SE" | "Corporation" | "Company");
        if r.len() < 2 || !legal(doc.word(r.end - 1)) {
            return false;
        }
        r.end -= 1;
        while r.end > r.start + 1 && matches!(doc.word(r.end - 1), "," | ".") {
            r.end -= 1;
        }
        words = spaced(doc, r.clone());
        if !l.listed_orgs.contains(words.as_str()) {
            return false;
        }
    }
    let first = doc.word(r.start);
    if r.len() == 1 {
        // one word: no common word, no place's or person's name, no stock exchange (whose name
        // stands for its index: "the Nasdaq rose"); opening a sentence, a word in lowercase after
        // its capital, not a code ("M3 rose": the money supply)
        return (!doc.tokens[r.start].cap_free || first.chars().skip(1).any(char::is_lowercase))
            && !l.stock_exchanges.contains(first)
            && is_unlisted_word(first);
    }
    // several words: not a place, not led by a given name ("Ethan Allen")
    !matches!(known(&words), Some((Label::Place | Label::Misc, _)))
        && phrase_kinds((r.start..r.end).map(|i| doc.word(i))) & (CITY | COUNTRY | PLACE) == 0
        && gazetteer_kinds(first) & FIRST_NAME == 0
}

/// "Lowe's", "Moody's", "McDonald's": a name right before a possessive "'s" whose text with it is a
/// listed company or organisation takes the "'s" in and is that organisation (CoNLL-2003 types
/// "Moody 's" whole); a company's name has no owner.
pub(super) fn join_possessive_companies(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    let n = doc.tokens.len();
    for m in out.iter_mut() {
        let e = m.tokens.end;
        if e >= n || doc.tokens[e].kind != Kind::Possessive || m.strength >= ROLE {
            continue;
        }
        let with = format!("{}'s", &doc.text[m.start..m.end]);
        if l.listed_orgs.contains(with.as_str()) || matches!(known(&with), Some((Label::Org, _))) {
            m.tokens.end = e + 1;
            m.end = doc.tokens[e].end;
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// "the Harris County Sheriff's Office", "the U.S. Attorney’s Office for the Western District of
/// New York": an office-holder's title (after the capitalised words that lead it), its possessive
/// and "Office" or "Department" (with the name that the word opens, if any) are one organisation,
/// as the news gold and CoNLL-2003 mark them ("Broward County Sheriff 's Office"); the recogniser
/// had read "Office" alone as a person and "Harris County Sheriff" as a place. Not a place's
/// department ("South Dakota's Department of Social Services").
pub(super) fn join_possessive_offices(doc: &Document, out: &mut Vec<Mention>) {
    const HOLDERS: &[&str] = &[
        "Sheriff", "Attorney", "Examiner", "Coroner", "Prosecutor", "Marshal", "Auditor", "Clerk",
        "Governor", "Mayor", "Comptroller", "Controller", "Treasurer", "Assessor", "Solicitor",
        "Defender", "General", "Commissioner", "Administrator",
    ];
    let mut added = Vec::new();
    // the end of the last office joined: offices never overlap, and each walk back stops there
    let mut last_end = 0;
    for p in 1..doc.tokens.len().saturating_sub(1) {
        if p <= last_end
            || doc.tokens[p].kind != Kind::Possessive
            || !matches!(doc.word(p + 1), "Office" | "Department")
            || !HOLDERS.contains(&doc.word(p - 1))
        {
            continue;
        }
        let sent = doc.sentences[doc.sentence_of(p)].tokens.clone();
        let mut start = p - 1;
        while start > sent.start.max(last_end)
            && doc.tokens[start - 1].kind == Kind::Word
            && doc.word(start - 1).starts_with(char::is_uppercase)
            && !(start - 1 == sent.start && matches!(doc.word(start - 1), "The" | "A" | "An"))
        {
            start -= 1;
        }
        // the name "Office" opens ("Office for the Western District of New York") goes into it
        let at = out.partition_point(|m| m.tokens.start < p + 1);
        let end = out.get(at).filter(|m| m.tokens.start == p + 1).map_or(p + 2, |m| m.tokens.end);
        last_end = end;
        added.push(Mention::over(doc, start..end, Label::Org, STRONG));
    }
    if !added.is_empty() {
        replace_covered(doc, out, added);
    }
}

/// "The New York Times reported": a name after a capitalised "The" (a sentence's first word,
/// which the recogniser leaves out) takes it in when the name with it is a listed organisation
/// ("The New York Times", "The Hollywood Reporter"), as the news gold marks them; a name that
/// holds its "The" and is a listed organisation is one ("told The Hill").
pub(super) fn join_listed_the(doc: &Document, out: &mut [Mention]) {
    let mut prev_end = 0;
    for m in out.iter_mut() {
        let before = prev_end;
        prev_end = m.tokens.end;
        // the name with its "The" already: "told The Hill", which the recogniser read as a place
        if doc.word(m.tokens.start) == "The"
            && m.label != Label::Org
            && m.strength < ROLE
            && matches!(known(&doc.text[m.start..m.end]), Some((Label::Org, _)))
        {
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
            continue;
        }
        let s = m.tokens.start;
        if s == 0
            || before > s - 1
            || doc.word(s - 1) != "The"
            || doc.tokens[s - 1].end + 1 != doc.tokens[s].start
        {
            continue;
        }
        let with = format!("The {}", &doc.text[m.start..m.end]);
        if matches!(known(&with), Some((Label::Org, _))) {
            m.tokens.start = s - 1;
            m.start = doc.tokens[s - 1].start;
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// Retypes as organisations the names of `out` that are listed companies.
pub(super) fn retype_listed_companies(doc: &Document, out: &mut [Mention]) {
    for m in out.iter_mut() {
        if m.label == Label::Org || m.strength >= ROLE {
            continue;
        }
        if is_listed_company(doc, m.tokens.clone()) {
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// A word that no list knows as a common word, a listed name, a place, a people or a person's name
/// ("Zorvex", "Tyvak"): a company's own name when it leads one.
pub(super) fn is_unlisted_word(w: &str) -> bool {
    !super::recogniser::is_common_word(w)
        && known(w).is_none()
        && gazetteer_kinds(w) & (FIRST_NAME | LAST_NAME | CITY | COUNTRY | PLACE | NATIONALITY) == 0
}

/// Adds the listed companies that no name of `out` covers: a run of capitalised words (none
/// `taken` by a value) that is a listed company and no part of a longer run of capitals.
pub(super) fn add_missed_companies(doc: &Document, taken: &[bool], out: &mut Vec<Mention>) {
    let l = lexicon();
    let mut free = covered_tokens(doc, out);
    free.iter_mut().zip(taken).for_each(|(c, &t)| *c = !*c && !t);
    let mut added = Vec::new();
    for s in &doc.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let opens = free[i]
                && is_capitalised_word(doc, i)
                && l.listed_org_firsts.contains(doc.word(i))
                && !(i > s.tokens.start && is_capitalised_word(doc, i - 1));
            let end = (i + 1..=(i + 8).min(s.tokens.end)).rev().find(|&j| {
                opens
                    && free[i..j].iter().all(|&f| f)
                    && !(j < s.tokens.end && is_capitalised_word(doc, j))
                    && doc.tokens[j - 1].kind != Kind::Punct
                    && is_listed_company(doc, i..j)
            });
            match end {
                Some(j) => {
                    added.push(Mention::over(doc, i..j, Label::Org, CONTEXT));
                    i = j;
                }
                None => i += 1,
            }
        }
    }
    insert_sorted(out, added);
}

/// "the Seattle Mariners ... for Seattle", "AC Milan ... joined Milan": where a document names a
/// listed team (`gaz/teams.txt`) by a place's name and its nickname or a club's code, whole
/// ("Seattle Mariners", "AC Milan") or with a listed nickname ("Florida Marlins"), that place's name
/// alone, read as a place, is the team; not after a word of location ("In Seattle, ...") nor a
/// comma ("ARLINGTON, Texas"). So are the places of a reported result ("Eastern Michigan rolled
/// past Northern Illinois, 45-17"), but for nations.
pub(super) fn teams_by_their_places(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    let is_place = |w: &[&str]| {
        l.places.contains(w.join(" ").as_str())
            || phrase_kinds(w.iter().copied()) & (CITY | COUNTRY | PLACE) != 0
    };
    let mut places: HashSet<String> = HashSet::default();
    for m in out.iter().filter(|m| m.label == Label::Org && m.tokens.len() >= 2) {
        let words: Vec<&str> = m.tokens.clone().map(|i| doc.word(i)).collect();
        let whole = l.teams.contains(spaced(doc, m.tokens.clone()).as_str());
        for k in 1..words.len() {
            let (front, back) = (&words[..k], &words[k..]);
            let nickname = || l.teams.contains(spaced(doc, m.tokens.start + k..m.tokens.end).as_str());
            if (whole || nickname()) && is_place(front) {
                places.insert(front.join(" "));
            }
            // a club's code before the place: "AC Milan", "FC Basel"
            if whole && k == 1 && front[0].chars().all(|c| c.is_ascii_uppercase()) && is_place(back) {
                places.insert(back.join(" "));
            }
        }
    }
    // "Eastern Michigan rolled past Northern Illinois, 45-17": the two places of a result are
    // teams (not countries: a national team is a place in CoNLL-2003 and the news gold)
    // in a game's report (its words read once) the score may be elsewhere: "Minnesota beat
    // Buffalo", and a place a player's play "lifts" is a team: "to lift Florida"
    let mut game: Option<bool> = None;
    let mut is_game = || *game.get_or_insert_with(|| game_report(doc));
    for m in out.iter() {
        let s = m.tokens.start;
        if m.label == Label::Place
            && s >= 2
            && doc.word(s - 2) == "to"
            && matches!(doc.word(s - 1), "lead" | "lift" | "power" | "carry")
            && is_game()
        {
            let words: Vec<&str> = m.tokens.clone().map(|i| doc.word(i)).collect();
            if !is_nation(&words) {
                places.insert(words.join(" "));
            }
        }
    }
    for x in 1..out.len() {
        let (a, b) = (&out[x - 1], &out[x]);
        if doc.sentence_of(a.tokens.start) != doc.sentence_of(b.tokens.start)
            || !result_between(doc, a.tokens.end, b.tokens.start)
            || !(score_after(doc, b.tokens.end) || is_game())
        {
            continue;
        }
        for m in [a, b] {
            let words: Vec<&str> = m.tokens.clone().map(|i| doc.word(i)).collect();
            if matches!(m.label, Label::Place | Label::Org) && !is_nation(&words) {
                places.insert(words.join(" "));
            }
        }
    }
    if places.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if m.label != Label::Place || m.strength >= ROLE {
            continue;
        }
        let words: Vec<&str> = m.tokens.clone().map(|i| doc.word(i)).collect();
        // nor after a comma ("ARLINGTON, Texas")
        let before = m.tokens.start.checked_sub(1).map(|i| doc.word(i).to_lowercase());
        if places.contains(&words.join(" "))
            && !matches!(before.as_deref(), Some("in" | "at" | "near" | "outside" | ","))
        {
            m.label = Label::Org;
        }
    }
}

/// A game's report: three different words of play or more ("scored", "assists", "saves",
/// "innings"; not "penalty", which is as often a court's).
fn game_report(doc: &Document) -> bool {
    const PLAY: &[&str] = &[
        "scored", "goals", "assists", "saves", "touchdown", "touchdowns", "rebounds", "innings",
        "inning", "homered", "shutout", "goalie", "quarterback", "hat-trick", "power-play",
    ];
    let mut seen = 0u32;
    for t in doc.tokens.iter().filter(|t| t.kind == Kind::Word) {
        if let Some(k) = PLAY.iter().position(|&w| w == doc.tok(t)) {
            seen |= 1 << k;
            if seen.count_ones() >= 3 {
                return true;
            }
        }
    }
    false
}

/// Verbs of a reported result between two teams ("beat", "rolled past"), one or two words.
const RESULT_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "defeats", "downed", "edged", "routed", "topped", "blanked",
    "stunned", "upset", "outlasted", "thrashed", "crushed", "trounced", "hammered", "overcame",
    "tied", "rolled past", "cruised past", "held off", "slipped past", "got past", "rallied past",
    "shut out", "lost to", "fell to", "drew with",
];

/// A country or a home nation ("England", "Northern Ireland"): a listed country, or a name of
/// `places.txt` that is no city; never a US state (the gazetteer's countries hold them too), whose
/// name is also its universities' teams' ("Minnesota").
fn is_nation(words: &[&str]) -> bool {
    let kinds = phrase_kinds(words.iter().copied());
    let name = words.join(" ");
    !US_STATES.contains(&name.as_str())
        && (kinds & COUNTRY != 0
            || name == "Northern Ireland"
            || kinds & CITY == 0 && lexicon().places.contains(name.as_str()))
}

/// The US states, whose names are also their universities' teams.
const US_STATES: &[&str] = &[
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
];

/// The tokens from `end` to `start` are a result's verb of one or two words.
fn result_between(doc: &Document, end: usize, start: usize) -> bool {
    match start.checked_sub(end) {
        Some(1) => RESULT_VERBS.contains(&doc.word(end)),
        Some(2) => RESULT_VERBS.contains(&two_words(doc, end).as_ref()),
        _ => false,
    }
}

/// A score ("45-17") right after token `end`, or after a comma there.
fn score_after(doc: &Document, end: usize) -> bool {
    let at = if end < doc.tokens.len() && doc.word(end) == "," { end + 1 } else { end };
    at < doc.tokens.len() && doc.tokens[at].kind == Kind::Number && {
        let w = doc.word(at);
        w.split_once('-').is_some_and(|(a, b)| {
            !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
        })
    }
}

/// A legal form after a comma ends the company's name before it ("Tyvak Nano-Satellite Systems,
/// Inc.", "Dräger, Inc."): the name takes the comma and the form in, as the news gold and
/// CoNLL-2003 mark them (in CoNLL train, a comma's "Inc" is inside the organisation 5 times of 5),
/// and is an organisation. A name that the form opened ("Inc. of Irvine") goes.
pub(super) fn join_comma_legal_forms(doc: &Document, out: &mut Vec<Mention>) {
    let form = |w: &str| {
        matches!(
            w.trim_end_matches('.'),
            "Inc" | "LLC" | "Ltd" | "Corp" | "Plc" | "PLC" | "plc" | "GmbH" | "L.P" | "LP" | "S.A" | "N.V"
        )
    };
    let n = doc.tokens.len();
    let mut gone = vec![false; out.len()];
    let mut joined = false;
    for k in 0..out.len() {
        let e = out[k].tokens.end;
        if gone[k]
            || e + 1 >= n
            || doc.word(e) != ","
            || !form(doc.word(e + 1))
            || doc.text[out[k].end..doc.tokens[e + 1].start].contains('\n')
            || !matches!(out[k].label, Label::Org | Label::Person | Label::Misc)
        {
            continue;
        }
        out[k].tokens.end = e + 2;
        out[k].end = doc.tokens[e + 1].end;
        out[k].label = Label::Org;
        out[k].strength = out[k].strength.max(STRONG);
        joined = true;
        // the names after it that hold the comma or the form (sorted: the first few after it)
        for j in k + 1..out.len() {
            if out[j].tokens.start > e + 1 {
                break;
            }
            if out[j].tokens.end > e {
                gone[j] = true;
            }
        }
    }
    if joined {
        remove_marked(out, &gone);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn an_office_holders_office_is_one_organisation() {
        let n = names(
            "The Harris County Sheriff's Office said he was held. The U.S. Attorney’s Office for the \
             Western District of New York agreed. South Dakota's Department of Social Services did not.",
        );
        assert!(n.contains(&("Harris County Sheriff's Office".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("U.S. Attorney’s Office for the Western District of New York".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("South Dakota".into(), Label::Place)), "{n:?}");
        assert!(!n.iter().any(|(t, l)| t == "Office" || t == "Department" || *l == Label::Person), "{n:?}");
    }

    #[test]
    fn a_listed_news_outlet_is_an_organisation() {
        let n = names("Her attorney told The Hill on Monday. Tests by Eurogamer and Poynter found the same.");
        for outlet in ["The Hill", "Eurogamer", "Poynter"] {
            assert!(n.contains(&(outlet.into(), Label::Org)), "{outlet}: {n:?}");
        }
        // a sentence's "The" that the listed name holds
        let n = names("The New York Times reported it on Sunday.");
        assert!(n.contains(&("The New York Times".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn a_legal_form_after_a_comma_ends_the_company() {
        let n = names("NASA chose Tyvak Nano-Satellite Systems, Inc. of Irvine. Tyvak said the work starts in May.");
        assert!(n.contains(&("Tyvak Nano-Satellite Systems, Inc.".into(), Label::Org)), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t.starts_with("Inc")), "{n:?}");
        assert!(n.contains(&("Tyvak".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn the_places_of_a_reported_result_are_teams() {
        let n = names(
            "Eastern Michigan rolled past Northern Illinois, 45-17, on Saturday. Fans of Eastern Michigan cheered. \
             Wales beat Scotland 2-1 in Cardiff. Minnesota beat Iowa, 24-17.",
        );
        assert_eq!(n.iter().filter(|(t, l)| t == "Eastern Michigan" && *l == Label::Org).count(), 2, "{n:?}");
        assert!(n.contains(&("Northern Illinois".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Minnesota".into(), Label::Org)) && n.contains(&("Iowa".into(), Label::Org)), "{n:?}");
        // national teams stay places, as in CoNLL-2003
        assert!(n.contains(&("Wales".into(), Label::Place)) && n.contains(&("Scotland".into(), Label::Place)), "{n:?}");
        // a game's report names the result without its score
        let n = names(
            "Zach Parise scored twice, Alex Stalock made 30 saves and Minnesota beat Buffalo. \
             Brad Marchand added three assists to lead Boston. Two goals came late.",
        );
        for team in ["Minnesota", "Buffalo", "Boston"] {
            assert!(n.contains(&(team.into(), Label::Org)), "{team}: {n:?}");
        }
    }

    #[test]
    fn a_company_named_with_a_possessive_keeps_it() {
        let n = names("Shoppers went to Macy’s and Lowe's, and Moody's cut the rating.");
        for w in ["Macy’s", "Lowe's", "Moody's"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Org), "{w}: {n:?}");
        }
    }

    #[test]
    fn a_listed_company_is_an_organisation() {
        let n = names("He moved to Zalando in May and later to Teradyne, then Prologis.");
        assert!(n.contains(&("Zalando".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Teradyne".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Prologis".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn a_listed_team_is_an_organisation_whatever_its_last_word() {
        let n = names("Stockport County beat Bristol Rovers on Saturday.");
        assert!(n.contains(&("Stockport County".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn a_place_that_names_a_listed_team_of_the_document_is_the_team() {
        let text = "Edgar Martinez homered as the Seattle Mariners beat Texas. In Seattle, fans \
                    cheered. It was the fourth win for Seattle in a row.";
        let d = Document::new(text);
        let seattle: Vec<usize> = (0..d.tokens.len()).filter(|&i| d.word(i) == "Seattle").collect();
        let mut out: Vec<Mention> = [(seattle[0]..seattle[0] + 2, Label::Org)]
            .into_iter()
            .chain(seattle[1..].iter().map(|&i| (i..i + 1, Label::Place)))
            .map(|(r, label)| Mention::over(&d, r, label, CONTEXT))
            .collect();
        teams_by_their_places(&d, &mut out);
        let labels: Vec<Label> = out.iter().map(|m| m.label).collect();
        assert_eq!(labels, [Label::Org, Label::Place, Label::Org], "{out:?}");
        // no listed team in the document: the place stays a place
        let d = Document::new("The win for Seattle was the fourth.");
        let mut out = vec![Mention::over(&d, 3..4, Label::Place, CONTEXT)];
        teams_by_their_places(&d, &mut out);
        assert_eq!(out[0].label, Label::Place);
    }

    #[test]
    fn a_listed_company_nothing_found_is_added() {
        let d = Document::new("He said shares of Kroger rose.");
        let mut out = Vec::new();
        add_missed_companies(&d, &vec![false; d.tokens.len()], &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!((&d.text[out[0].start..out[0].end], out[0].label), ("Kroger", Label::Org));
        let d = Document::new("He said shares of Kroger Foods Trust rose.");
        let mut out = Vec::new();
        add_missed_companies(&d, &vec![false; d.tokens.len()], &mut out);
        assert!(out.is_empty(), "part of a longer name: {out:?}");
    }

    #[test]
    fn a_listed_company_that_is_also_a_name_or_a_place_stays_as_it_is() {
        let d = Document::new("The film starred Ethan Allen near Dover with Bill Gates.");
        let at = |w: &str| (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        assert!(!is_listed_company(&d, at("Dover")..at("Dover") + 1));
        assert!(!is_listed_company(&d, at("Gates")..at("Gates") + 1));
        assert!(!is_listed_company(&d, at("Ethan")..at("Allen") + 1));
        let d = Document::new("He sold his Siemens AG shares. Siemens fell.");
        let at = |w: &str| (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        assert!(is_listed_company(&d, at("Siemens")..at("AG") + 1));
        assert_eq!(d.word(7), "Siemens");
        assert!(is_listed_company(&d, 7..8), "a word with lowercase letters may open a sentence");
        let d = Document::new("M3 rose in May.");
        assert!(!is_listed_company(&d, 0..1), "a code that opens a sentence");
        let d = Document::new("By noon the Nasdaq rose.");
        assert!(!is_listed_company(&d, 3..4), "a stock exchange stands for its index");
        assert_eq!(d.word(3), "Nasdaq");
    }
}
