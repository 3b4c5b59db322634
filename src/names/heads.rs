//! The head word of a name: the last word of a name of two words or more says what it is, whatever
//! the recogniser said ("Fairfax County" a place, "Virgin Records" an organisation, "Overland
//! Campaign" an event), from the word list `name_heads.txt`; a role after a name is cut off ("a
//! Reform Party Member"); a nationality right before an organisation with a head word is its first
//! word ("the Nigerian Senate"). Two names each before a score, one right after the other, are teams
//! ("Atlanta 5 Pittsburgh 1").

use super::*;

/// A name of two words or more that ends in a role ("Reform Party Member", "United Farmers of
/// Ontario MPP") loses it; what is left takes the label the word lists give it, if any.
pub(super) fn cut_trailing_roles(doc: &Document, out: &mut [Mention]) {
    let roles = &lexicon().name_roles;
    for m in out.iter_mut() {
        let last = m.tokens.end - 1;
        if m.tokens.len() < 2
            || !roles.contains(doc.word(last))
            || !doc.word(last - 1).starts_with(|c: char| c.is_uppercase() || c == '.')
        {
            continue;
        }
        m.tokens.end = last;
        m.end = doc.tokens[last - 1].end;
        if let Some((label, strength)) = known(&doc.text[m.start..m.end]) {
            m.label = label;
            m.strength = m.strength.max(strength);
        }
    }
}

/// A person's name that opens with a role in capitals ("Employee Steve Castro", "BART Police Chief
/// Ed Alvarez", "Chief Strategy Officer Avinoam Rubinstain"): the person is the two or more
/// capitalised words after the last role word (`speaker_roles.txt`, the titles, a few more), as
/// CoNLL-2003 leaves a title out. Not after a royal title ("King Charles III"), whose words make
/// the name as the recogniser read it.
pub(super) fn cut_leading_roles(doc: &Document, out: &mut [Mention]) {
    let l = lexicon();
    let is_role = |w: &str| {
        let lw = w.to_lowercase();
        !super::recogniser::is_royal_title(w)
            && !matches!(lw.as_str(), "man" | "woman" | "boy" | "girl" | "star" | "head" | "general")
            && (l.speaker_roles.get(lw.as_str()) == Some(&false)
                || matches!(lw.as_str(), "employee" | "interim" | "acting" | "deputy" | "officer" | "chief"))
    };
    for m in out.iter_mut() {
        if m.label != Label::Person || m.tokens.len() < 3 {
            continue;
        }
        let r = m.tokens.clone();
        // "Secretary of State Mike Pompeo": the office's last word opens the name
        // (not a place's name, which is apart from the holder: "the Governor of Texas Mary Kessler")
        let office_of = |p: usize| {
            p == r.start && p >= 2 && doc.word(p) == "State" && doc.word(p - 1) == "of" && is_title(doc.word(p - 2))
        };
        let Some(p) = (r.start..r.end - 2).rev().find(|&p| is_role(doc.word(p)) || office_of(p)) else {
            continue;
        };
        if !(p + 1..r.end).all(|k| doc.word(k).starts_with(char::is_uppercase)) {
            continue;
        }
        m.tokens.start = p + 1;
        m.start = doc.tokens[p + 1].start;
    }
    // "White House Press Secretary Stephanie Grisham": "Press" before "Secretary" is the title's
    for m in out.iter_mut() {
        let e = m.tokens.end;
        if m.tokens.len() >= 2
            && doc.word(e - 1) == "Press"
            && e < doc.tokens.len()
            && doc.word(e).eq_ignore_ascii_case("secretary")
        {
            m.tokens.end = e - 1;
            m.end = doc.tokens[e - 2].end;
            if let Some((label, strength)) = known(&doc.text[m.start..m.end]) {
                m.label = label;
                m.strength = m.strength.max(strength);
            }
        }
    }
}

/// A job's title standing alone is no name: "the company's first Chief Strategy Officer", "as
/// Executive Director": two capitalised words or more, the first a rank ("Chief", "Vice",
/// "Senior", "Executive", "Deputy", "Assistant", "Associate", "Managing") and the last a person's
/// role (`speaker_roles.txt`: "officer", "director", "president"). Not a name a role word made
/// sure of, nor one that goes on with "of" (an office that names its place or organisation is
/// the recogniser's to judge).
pub(super) fn drop_job_titles(doc: &Document, out: &mut Vec<Mention>) {
    let l = lexicon();
    out.retain(|m| {
        if m.tokens.len() < 2 {
            return true;
        }
        let (first, last) = (m.tokens.start, m.tokens.end - 1);
        let title = m.strength < ROLE
            && matches!(
                doc.word(first),
                "Chief" | "Vice" | "Senior" | "Executive" | "Deputy" | "Assistant" | "Associate" | "Managing"
            )
            && l.speaker_roles.get(doc.word(last).to_lowercase().as_str()) == Some(&false)
            && m.tokens.clone().all(|k| doc.word(k).starts_with(char::is_uppercase))
            && !(last + 1 < doc.tokens.len() && doc.word(last + 1) == "of");
        !title
    });
}

/// "Space Launch System (SLS)", "Commercial Lunar Payload Services (CLPS)": an acronym in
/// brackets right after a name, whose letters are the initials of the name's words ("of", "the",
/// "and", "for", "&" and "-" left out; a plural "s" after them), is the same thing: every mention
/// of it in the document, plural or not, takes the name's label. Not a person's name (whose
/// initials in brackets are rarely the person, and a mistyped one would spread), nor a mention a
/// role word made sure of.
pub(super) fn acronyms_of_names(doc: &Document, out: &mut [Mention]) {
    let mut defined: HashMap<&str, Label> = HashMap::default();
    for m in out.iter().filter(|m| m.label.is_name() && m.label != Label::Person && m.tokens.len() >= 2) {
        let e = m.tokens.end;
        if !is_bracketed(doc, e + 1) {
            continue;
        }
        let acronym = doc.word(e + 1);
        let letters = acronym.strip_suffix('s').unwrap_or(acronym);
        if !(2..=6).contains(&letters.len()) || !letters.bytes().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let initials = initials_of(doc, m);
        if initials == letters {
            defined.entry(letters).or_insert(m.label);
        }
    }
    if defined.is_empty() {
        return;
    }
    for m in out.iter_mut().filter(|m| m.tokens.len() == 1 && m.strength < ROLE && m.label.is_name()) {
        let w = doc.word(m.tokens.start);
        if let Some(&label) = defined.get(w).or_else(|| w.strip_suffix('s').and_then(|l| defined.get(l))) {
            m.label = label;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// "the Department of Homeland Security ... DHS said": an acronym of three to five capitals
/// written bare (no brackets), whose letters are the initials of an organisation of the document,
/// is that organisation at each of its mentions, also where no name held it. Not a common acronym
/// ("CEO") nor a listed name, nor a name a role made sure of; not of two letters, which as often
/// stand for something else of the text ("MP", "CD", "LP" beside a party or a label).
pub(super) fn bare_acronyms_of_orgs(doc: &Document, out: &mut Vec<Mention>) {
    let l = lexicon();
    let mut defined: HashSet<String> = HashSet::default();
    for m in out.iter().filter(|m| m.label == Label::Org && m.tokens.len() >= 2) {
        let initials = initials_of(doc, m);
        if (3..=5).contains(&initials.len())
            && initials.bytes().all(|c| c.is_ascii_uppercase())
            && !l.common_acronyms.contains(initials.as_str())
            && known(&initials).is_none()
        {
            defined.insert(initials);
        }
    }
    if defined.is_empty() {
        return;
    }
    // a MISC name stays: an acronym is as often a programme's or a product's whose long form
    // the recogniser read as an organisation
    for m in out.iter_mut().filter(|m| m.tokens.len() == 1 && m.strength < ROLE && matches!(m.label, Label::Person | Label::Place)) {
        if defined.contains(doc.word(m.tokens.start)) {
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
    let covered = covered_tokens(doc, out);
    let mut added = false;
    for (i, t) in doc.tokens.iter().enumerate() {
        if !covered[i] && t.kind == Kind::Word && defined.contains(doc.tok(t)) {
            out.push(Mention::over(doc, i..i + 1, Label::Org, CONTEXT));
            added = true;
        }
    }
    if added {
        out.sort_by_key(|m| m.start);
    }
}

/// "Bowers & Wilkins", "Barnes & Noble": an organisation's one word, a spaced "&" and one
/// capitalised word after it that is no given name and no place are one organisation; a name
/// that held the word and a model's code ("Wilkins Px7", read as a person) goes, the code left to
/// [`super::products::mark_coded_models`]; a longer name after "&" ("West Coast Eagles") stays. In CoNLL-2003 train and valid a capitalised word on both sides of "&"
/// is inside one organisation 42 times in 49; the others are two people ("Jenny Seaton & Gary").
pub(super) fn join_ampersand_firms(doc: &Document, out: &mut Vec<Mention>) {
    use crate::ner::gazetteer::{CITY, COUNTRY, FIRST_NAME, PLACE};
    let n = doc.tokens.len();
    let mut gone = vec![false; out.len()];
    let mut changed = false;
    for x in 0..out.len() {
        let m = &out[x];
        let k = m.tokens.end;
        if gone[x] || m.label != Label::Org || m.tokens.len() != 1 || k + 1 >= n || doc.word(k) != "&" {
            continue;
        }
        let sent = doc.sentence_of(m.tokens.start);
        let w = doc.word(k + 1);
        let spaced = doc.tokens[k].start > m.end && doc.tokens[k + 1].start > doc.tokens[k].end;
        if !spaced
            || doc.sentence_of(k + 1) != sent
            || !is_capitalised_word(doc, k + 1)
            || gazetteer_kinds(w) & (FIRST_NAME | CITY | COUNTRY | PLACE) != 0
            // two firms of their own ("Google & Apple")
            || known(w).is_some()
            || super::products::is_maker(w)
        {
            continue;
        }
        // the name after it, if one starts at the word: it goes (its first word joins)
        if x + 1 < out.len() && out[x + 1].tokens.start <= k + 1 {
            let next = &out[x + 1];
            let rest_codes = (k + 2..next.tokens.end).all(|i| super::products::is_product_code(doc.word(i)));
            if next.tokens.start < k + 1 || next.strength >= ROLE || !rest_codes {
                continue;
            }
            gone[x + 1] = true;
        }
        let m = &mut out[x];
        m.tokens.end = k + 2;
        m.end = doc.tokens[k + 1].end;
        m.strength = m.strength.max(STRONG);
        changed = true;
    }
    if changed {
        remove_marked(out, &gone);
    }
}

/// The first letters of a name's words, "of", "the", "and", "for", "&" and "-" left out ("SLS" of
/// "Space Launch System").
fn initials_of(doc: &Document, m: &Mention) -> String {
    m.tokens
        .clone()
        .map(|k| doc.word(k))
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "&" | "-"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Relabels the names of two words or more that end in a head word, unless a role word set the
/// label, a number stands beside the name (a team in a results line: "Notts County 2 Ross
/// County 1") or the name is a listed team (`gaz/teams.txt`: "Stockport County").
pub(super) fn relabel_by_head(doc: &Document, out: &mut [Mention]) {
    let heads = &lexicon().name_heads;
    for m in out.iter_mut() {
        if m.tokens.len() < 2 || m.strength >= ROLE || !matches!(m.label, Label::Person | Label::Org | Label::Place | Label::Misc) {
            continue;
        }
        let Some(&label) = heads.get(doc.word(m.tokens.end - 1)) else {
            continue;
        };
        // a listed team keeps its type ("Stockport County")
        if lexicon().teams.contains(super::companies::spaced(doc, m.tokens.clone()).as_str()) {
            continue;
        }
        // a score beside a team ("Notts County 2") is digits only, not a measure glued to its
        // unit ("the 16-inch MacBook Pro")
        let score_beside = (m.tokens.start > 0 && is_digits(doc, m.tokens.start - 1))
            || (m.tokens.end < doc.tokens.len() && is_digits(doc, m.tokens.end));
        if !score_beside {
            m.label = label;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// A company's name goes on past what the recogniser saw: after "and" (or "&") with a business
/// noun of the `AND:` lines of `name_heads.txt` ("Harbor Moving and Storage", "Carter and Sons"),
/// and an organisation's name with the head word right after it that no name holds (an
/// organisation head or a `TAIL:` word: "the Lakeside Independent School District"). The name is
/// an organisation; a one-word name the business noun was taken for goes.
pub(super) fn extend_company_names(doc: &Document, out: &mut Vec<Mention>) {
    let l = lexicon();
    let n = doc.tokens.len();
    let starts: HashMap<usize, usize> =
        out.iter().enumerate().map(|(i, m)| (m.tokens.start, i)).collect();
    let covered = covered_tokens(doc, out);
    let mut gone = vec![false; out.len()];
    for i in 0..out.len() {
        let m = &out[i];
        let k = m.tokens.end;
        if gone[i] || m.label == Label::Misc || k >= n {
            continue;
        }
        let sent = doc.sentence_of(m.tokens.start);
        let same = |j: usize| j < n && doc.sentence_of(j) == sent;
        // "Harbor Moving and Storage": the noun alone or a one-word name of its own
        if same(k + 1)
            && matches!(doc.word(k), "and" | "&")
            && l.and_heads.contains(doc.word(k + 1))
            && is_capitalised_word(doc, k + 1)
        {
            let own = starts.get(&(k + 1)).copied();
            let alone = match own {
                Some(j) => out[j].tokens.len() == 1 && out[j].strength < ROLE,
                None => !covered[k + 1],
            };
            if alone {
                if let Some(j) = own {
                    gone[j] = true;
                }
                let m = &mut out[i];
                m.tokens.end = k + 2;
                m.end = doc.tokens[k + 1].end;
                m.label = Label::Org;
                m.strength = m.strength.max(STRONG);
                continue;
            }
        }
        // "the Lakeside Independent School District": a head word right after an organisation
        let w = doc.word(k);
        let head = l.org_tails.contains(w)
            || l.org_heads.contains(w)
            || l.name_heads.get(w) == Some(&Label::Org);
        if m.label == Label::Org
            && m.tokens.len() >= 2
            && same(k)
            && head
            && !covered[k]
            && !doc.tokens[k].cap_free
            && is_capitalised_word(doc, k)
            && doc.text[m.end..doc.tokens[k].start] == *" "
        {
            let m = &mut out[i];
            m.tokens.end = k + 1;
            m.end = doc.tokens[k].end;
        }
    }
    remove_marked(out, &gone);
}

/// "the National Tennis Centre", "the Moscone Center": a centre named for what goes on in it (a
/// venue word before the head) or for one name alone (a sponsor, a person, a town) is a place, a
/// venue, where the recogniser took it for an organisation; "Research Center" stays a body.
pub(super) fn venue_centres(doc: &Document, out: &mut [Mention]) {
    let venues = &lexicon().venue_words;
    for m in out.iter_mut() {
        let last = m.tokens.end - 1;
        if m.tokens.len() < 2
            || m.label != Label::Org
            || m.strength >= ROLE
            || !matches!(doc.word(last), "Centre" | "Center")
        {
            continue;
        }
        // "KeyBank Center", but not a think tank named for a person ("the Carter Center")
        use crate::ner::gazetteer::{FIRST_NAME, LAST_NAME};
        let first = doc.word(last - 1);
        let named_for = m.tokens.len() == 2
            && !super::recogniser::is_common_word(first)
            && gazetteer_kinds(first) & (FIRST_NAME | LAST_NAME) == 0;
        if venues.contains(doc.word(last - 1)) || named_for {
            m.label = Label::Place;
        }
    }
}

/// "the Nigerian Senate", "the Iraqi Army": a nationality right before an organisation whose
/// last word is an organisation head word is the organisation's first word, one name; not before
/// other organisations ("Russian Gazprom": the company is Russian).
pub(super) fn join_nationality_to_org(doc: &Document, out: &mut Vec<Mention>) {
    let l = lexicon();
    let mut gone = vec![false; out.len()];
    for j in 1..out.len() {
        let (a, b) = (&out[j - 1], &out[j]);
        let last = doc.word(b.tokens.end - 1);
        if a.label == Label::Misc
            && a.tokens.len() == 1
            && a.tokens.end == b.tokens.start
            && b.label == Label::Org
            && doc.text[a.end..b.start] == *" "
            && l.nationalities.contains(doc.word(a.tokens.start))
            && (l.org_heads.contains(last) || l.name_heads.get(last) == Some(&Label::Org))
        {
            let (start, first) = (a.start, a.tokens.start);
            let b = &mut out[j];
            b.start = start;
            b.tokens.start = first;
            b.strength = b.strength.max(STRONG);
            gone[j - 1] = true;
        }
    }
    remove_marked(out, &gone);
}

/// "the Trump administration": a name of one or two words before a lowercase "administration" is
/// the person who heads it, as CoNLL-2003 types "the Clinton administration"; a nationality or a
/// place there ("the Kenyan administration") keeps its label.
pub(super) fn heads_of_administrations(doc: &Document, out: &mut [Mention]) {
    let n = doc.tokens.len();
    for m in out.iter_mut() {
        let e = m.tokens.end;
        if m.tokens.len() > 2 || !matches!(m.label, Label::Org | Label::Person) || m.strength >= ROLE || e >= n {
            continue;
        }
        if doc.word(e) == "administration" && doc.tokens[e].start == m.end + 1 && known(&doc.text[m.start..m.end]).is_none() {
            m.label = Label::Person;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// "NEW YORK (AP) —": a news agency's short name alone in brackets is the agency, an organisation,
/// where the rules drop two capitals as a common noun's acronym.
pub(super) fn agencies_in_brackets(doc: &Document, out: &mut Vec<Mention>) {
    const AGENCIES: &[&str] = &["AP", "AFP", "UPI", "dpa", "EFE", "ANSA", "PTI", "IANS", "TASS", "CNN", "Reuters", "Xinhua"];
    let n = doc.tokens.len();
    let covered = covered_tokens(doc, out);
    let mut added = Vec::new();
    for (i, &c) in covered.iter().enumerate().take(n.saturating_sub(1)).skip(1) {
        if !c && is_bracketed(doc, i) && AGENCIES.contains(&doc.word(i)) {
            added.push(Mention::over(doc, i..i + 1, Label::Org, STRONG));
        }
    }
    insert_sorted(out, added);
}

/// "Atlanta 5 Pittsburgh 1": two names each followed by a score, one right after the other, are
/// two teams of a result line; a place's name there is a team's.
pub(super) fn teams_in_results(doc: &Document, out: &mut [Mention]) {
    let starts: HashMap<usize, usize> =
        out.iter().enumerate().map(|(i, m)| (m.tokens.start, i)).collect();
    let scored = |m: &Mention| m.tokens.end < doc.tokens.len() && is_digits(doc, m.tokens.end);
    let mut teams = Vec::new();
    for (i, m) in out.iter().enumerate() {
        if !scored(m) {
            continue;
        }
        if let Some(&j) = starts.get(&(m.tokens.end + 1)) {
            if scored(&out[j]) {
                teams.extend([i, j]);
            }
        }
    }
    for i in teams {
        let m = &mut out[i];
        if m.label == Label::Place && m.strength < ROLE {
            m.label = Label::Org;
        }
    }
}

/// "South Dakotans", "New Yorkers", "Ohioans": a name read as a place or person whose last word is
/// a place's name with a people's ending is the people, MISC, like a nationality.
pub(super) fn people_of_places(doc: &Document, out: &mut [Mention]) {
    for m in out.iter_mut() {
        if !matches!(m.label, Label::Place | Label::Person) || m.strength >= ROLE {
            continue;
        }
        let r = m.tokens.clone();
        let last = doc.word(r.end - 1);
        if last.len() < 5 || !last.starts_with(char::is_uppercase) || known(last).is_some() {
            continue;
        }
        let front: Vec<&str> = (r.start..r.end - 1).map(|k| doc.word(k)).collect();
        let is_place = |stem: &str| {
            let mut words = front.clone();
            words.push(stem);
            lexicon().places.contains(words.join(" ").as_str())
                || phrase_kinds(words.into_iter())
                    & (crate::ner::gazetteer::COUNTRY
                        | crate::ner::gazetteer::CITY
                        | crate::ner::gazetteer::PLACE)
                    != 0
        };
        if place_stems(last).iter().any(|s| is_place(s)) {
            m.label = Label::Misc;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// The place names a people's word may come from: "Dakotans" "Dakota", "Texans" "Texas", "Yorkers"
/// "York", "Canadians" "Canada", "Ohioans" "Ohio", "Californians" "California".
fn place_stems(w: &str) -> Vec<String> {
    let w = w.strip_suffix('s').unwrap_or(w);
    let mut out = Vec::new();
    if let Some(s) = w.strip_suffix('n') {
        out.push(s.to_string()); // Dakota-n
        out.push(format!("{s}s")); // Texa-n
        if let Some(s) = w.strip_suffix("an") {
            out.push(s.to_string()); // Ohio-an
        }
        if let Some(s) = w.strip_suffix("ian") {
            out.push(format!("{s}a")); // Canad-ian
            out.push(format!("{s}ia")); // Californ-ian
            out.push(s.to_string()); // Brazil-ian
        }
    }
    if let Some(s) = w.strip_suffix("er") {
        out.push(s.to_string()); // York-er
    }
    out.retain(|s| s.len() >= 3);
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn an_office_before_a_name_is_no_part_of_it() {
        let n = names("NASA Administrator Jim Bridenstine spoke. Former Ambassador Volker testified on Tuesday.");
        assert!(n.contains(&("Jim Bridenstine".into(), Label::Person)), "{n:?}");
        assert!(n.contains(&("Volker".into(), Label::Person)), "{n:?}");
    }

    #[test]
    fn a_job_title_standing_alone_is_no_name() {
        let text = "Zorvex is adding Ana Lind as the company's first Chief Strategy Officer. As Executive \
                    Director, Lind will lead sales.";
        let d = Document::new(text);
        let r = |w: &str, n: usize| {
            let i = (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
            Mention::over(&d, i..i + n, Label::Org, CONTEXT)
        };
        let mut out = vec![r("Zorvex", 1), r("Chief", 3), r("Executive", 2)];
        drop_job_titles(&d, &mut out);
        let kept: Vec<&str> = out.iter().map(|m| &d.text[m.start..m.end]).collect();
        assert_eq!(kept, ["Zorvex"]);
        let n = names(text);
        assert!(!n.iter().any(|(t, _)| t.contains("Officer") || t.contains("Director")), "{n:?}");
    }

    #[test]
    fn a_firm_joined_by_an_ampersand_is_one_but_two_listed_firms_stay_two() {
        for (t, joined) in [("Fans of Zorvex & Quillan met.", true), ("Fans of Zorvex & Microsoft met.", false)] {
            let d = Document::new(t);
            let z = (0..d.tokens.len()).find(|&i| d.word(i) == "Zorvex").unwrap();
            let mut out = vec![
                Mention::over(&d, z..z + 1, Label::Org, CONTEXT),
                Mention::over(&d, z + 2..z + 3, Label::Org, CONTEXT),
            ];
            join_ampersand_firms(&d, &mut out);
            let texts: Vec<&str> = out.iter().map(|m| &d.text[m.start..m.end]).collect();
            assert_eq!(texts.len() == 1 && texts[0].contains('&'), joined, "{t}: {texts:?}");
        }
    }

    #[test]
    fn a_bare_acronym_of_an_organisation_is_that_organisation() {
        let d = Document::new("The Zorvane Launch Office said on Monday it would wait. ZLO later agreed, and KL did too.");
        let at = |w: &str| (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        let z = at("Zorvane");
        let mut out = vec![
            Mention::over(&d, z..z + 3, Label::Org, CONTEXT),
            Mention::over(&d, at("KL")..at("KL") + 1, Label::Place, CONTEXT),
        ];
        bare_acronyms_of_orgs(&d, &mut out);
        let labels: Vec<(&str, Label)> = out.iter().map(|m| (&d.text[m.start..m.end], m.label)).collect();
        assert!(labels.contains(&("ZLO", Label::Org)), "{labels:?}");
        // two letters are no acronym of it
        assert!(labels.contains(&("KL", Label::Place)), "{labels:?}");
    }

    #[test]
    fn an_acronym_in_brackets_after_a_name_takes_its_label() {
        let d = Document::new("They fly the Zorvane Launch System (ZLS) in May. ZLS is late, and Kova Lind (KL) said so. KL left.");
        let at = |w: &str| (0..d.tokens.len()).filter(|&i| d.word(i) == w).collect::<Vec<_>>();
        let z = at("Zorvane")[0];
        let k = at("Kova")[0];
        let mut out = vec![Mention::over(&d, z..z + 3, Label::Misc, CONTEXT)];
        out.extend(at("ZLS").into_iter().map(|i| Mention::over(&d, i..i + 1, Label::Org, CONTEXT)));
        out.push(Mention::over(&d, k..k + 2, Label::Person, CONTEXT));
        out.extend(at("KL").into_iter().map(|i| Mention::over(&d, i..i + 1, Label::Org, CONTEXT)));
        out.sort_by_key(|m| m.start);
        acronyms_of_names(&d, &mut out);
        let labels: Vec<(&str, Label)> = out.iter().map(|m| (&d.text[m.start..m.end], m.label)).collect();
        assert!(labels.iter().filter(|(t, l)| *t == "ZLS" && *l == Label::Misc).count() == 2, "{labels:?}");
        // a person's initials do not take the person's label
        assert!(labels.iter().filter(|(t, l)| *t == "KL" && *l == Label::Org).count() == 2, "{labels:?}");
    }

    #[test]
    fn offices_administrations_and_agencies() {
        let n = names("Secretary of State Mike Pompeo spoke. White House Press Secretary Stephanie Grisham agreed.");
        assert!(n.iter().any(|(t, l)| t == "Mike Pompeo" && *l == Label::Person), "{n:?}");
        assert!(n.iter().any(|(t, _)| t == "White House"), "{n:?}");
        let n = names("NEW YORK (AP) — Critics of the Trump administration spoke in Bridgestone Arena.");
        assert!(n.iter().any(|(t, l)| t == "Trump" && *l == Label::Person), "{n:?}");
        assert!(n.iter().any(|(t, l)| t == "AP" && *l == Label::Org), "{n:?}");
        assert!(n.iter().any(|(t, l)| t == "Bridgestone Arena" && *l == Label::Place), "{n:?}");
    }

    #[test]
    fn a_production_company_and_a_world_region() {
        let n = names("The company that runs the show, Dick Clark Productions, denies it. Sales in Asia-Pacific rose.");
        assert!(n.iter().any(|(t, l)| t == "Dick Clark Productions" && *l == Label::Org), "{n:?}");
        assert!(n.iter().any(|(t, l)| t == "Asia-Pacific" && *l == Label::Place), "{n:?}");
    }

    #[test]
    fn a_role_in_capitals_before_a_person_is_no_part_of_the_name() {
        let n = names("Employee Steve Castro saw it. Interim BART Police Chief Ed Alvarez said so.");
        for w in ["Steve Castro", "Ed Alvarez"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Person), "{w}: {n:?}");
        }
        assert!(!n.iter().any(|(t, _)| t.contains("Chief") || t.contains("Employee")), "{n:?}");
    }

    #[test]
    fn a_business_noun_after_and_ends_a_company_name() {
        let n = names("They hired Harbor Moving and Storage, and later Carter and Sons, to pack.");
        assert!(n.contains(&("Harbor Moving and Storage".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Carter and Sons".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn a_district_after_an_organisation_ends_its_name() {
        let n = names("Now the Lakeside Independent School District can hire him.");
        assert!(n.contains(&("Lakeside Independent School District".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn an_event_or_award_head_makes_a_misc_name() {
        let n = names("They played the Orlen Bowl in May.");
        assert!(n.contains(&("Orlen Bowl".into(), Label::Misc)), "{n:?}");
    }

    #[test]
    fn the_people_of_a_place_are_no_place() {
        let n = names("Many North Dakotans and Londoners voted, and Californians too.");
        for w in ["North Dakotans", "Londoners", "Californians"] {
            assert!(!n.iter().any(|(t, l)| t == w && *l != Label::Misc), "{w}: {n:?}");
        }
        assert!(n.iter().any(|(t, _)| t == "North Dakotans"), "{n:?}");
        assert!(place_stems("Yorkers").contains(&"York".to_string()));
        assert!(place_stems("Ohioans").contains(&"Ohio".to_string()));
    }

    #[test]
    fn an_investment_or_software_firms_head_makes_an_organisation() {
        // a given name before the head reads as a person's name
        let n = names("The buyout firm Martin Partners agreed to buy the lender on Monday.");
        assert!(n.contains(&("Martin Partners".into(), Label::Org)), "{n:?}");
        let n = names("Shares of Helena Systems rose after Julia Capital took a stake.");
        assert!(n.contains(&("Helena Systems".into(), Label::Org)), "{n:?}");
        assert!(n.contains(&("Julia Capital".into(), Label::Org)), "{n:?}");
    }

    #[test]
    fn a_venue_centre_is_a_place() {
        let n = names("The final was played at the Ruritania Tennis Centre near the river.");
        assert!(n.contains(&("Ruritania Tennis Centre".into(), Label::Place)), "{n:?}");
        let n = names("Delegates met at the Brookfield Convention Center in March.");
        assert!(n.contains(&("Brookfield Convention Center".into(), Label::Place)), "{n:?}");
        let n = names("The band played the Quorbank Center in Buffalo on Friday.");
        assert!(n.contains(&("Quorbank Center".into(), Label::Place)), "{n:?}");
        let n = names("Scholars at the Wilson Center wrote a report on Monday.");
        assert!(!n.contains(&("Wilson Center".into(), Label::Place)), "{n:?}");
        let n = names("The Ruritania Research Center published a report on Monday.");
        assert!(!n.contains(&("Ruritania Research Center".into(), Label::Place)), "{n:?}");
    }

    #[test]
    fn a_nationality_opens_the_organisation_after_it() {
        let n = names("The vote went to the Ruritanian Senate and the Belgian Parliament on Monday.");
        assert!(n.contains(&("Belgian Parliament".into(), Label::Org)), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t == "Belgian"), "{n:?}");
        let n = names("The deal gave Russian Gazprom a stake, French officials said.");
        assert!(!n.iter().any(|(t, _)| t == "Russian Gazprom"), "{n:?}");
    }

    #[test]
    fn a_measure_before_a_name_is_no_score() {
        let d = Document::new("Apple sells the 16-inch MacBook Pro in stores.");
        let i = (0..d.tokens.len()).find(|&i| d.word(i) == "MacBook").unwrap();
        let tok = |k: usize| &d.tokens[k];
        let mut out = vec![Mention {
            start: tok(i).start,
            end: tok(i + 1).end,
            tokens: i..i + 2,
            label: Label::Org,
            strength: STRONG,
        }];
        relabel_by_head(&d, &mut out);
        assert_eq!(out[0].label, Label::Misc);
        let d = Document::new("Notts County 2 Ross County 1");
        assert!(is_digits(&d, 2) && !is_digits(&Document::new("a 16-inch screen"), 1));
    }

    #[test]
    fn a_sports_ground_or_landform_head_makes_a_place() {
        // a family name before a ground's or a landform's word reads as a person's name
        for t in ["Tarvik Playfield was lit.", "Orlen Gym was full.", "Velby Coulee was dry."] {
            let d = Document::new(t);
            let mut out = vec![Mention {
                start: 0,
                end: d.tokens[1].end,
                tokens: 0..2,
                label: Label::Person,
                strength: STRONG,
            }];
            relabel_by_head(&d, &mut out);
            assert_eq!(out[0].label, Label::Place, "{t}");
        }
    }

    #[test]
    fn places_each_before_a_score_one_after_the_other_are_teams() {
        let d = Document::new("Boston 5 Seattle 2 in Dallas 1996");
        let at = |w: &str| (0..d.tokens.len()).find(|&i| d.word(i) == w).unwrap();
        let place = |i: usize| Mention::over(&d, i..i + 1, Label::Place, STRONG);
        let mut out = vec![place(at("Boston")), place(at("Seattle")), place(at("Dallas"))];
        teams_in_results(&d, &mut out);
        let got: Vec<Label> = out.iter().map(|m| m.label).collect();
        assert_eq!(got, [Label::Org, Label::Org, Label::Place]);
    }

    #[test]
    fn the_list_loads() {
        let l = lexicon();
        assert_eq!(l.name_heads.get("County"), Some(&Label::Place));
        assert_eq!(l.name_heads.get("Records"), Some(&Label::Org));
        assert_eq!(l.name_heads.get("Campaign"), Some(&Label::Misc));
        assert!(l.name_heads.len() >= 20);
        assert!(l.name_roles.contains("MPP"));
    }
}
