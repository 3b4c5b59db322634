//! Merging the recogniser's names with the rules': headlines keep only names the body or the
//! lists know (or items of a list line), a rule's name fills what the recogniser missed, a listed
//! name keeps its label, a rule's longer name replaces the recogniser's pieces.

use super::*;
use crate::ner::gazetteer::{CITY, COUNTRY, PLACE};

/// Keeps in title-case headlines (`title_case[block]`) only the recogniser's names that the body
/// (`body`, the rules' names, and the recogniser's outside headlines) or the lists know, or that
/// fill an item of a list line; returns the rules' names: `body` and the known pieces of the
/// headline runs.
pub(super) fn keep_known_in_headlines(
    doc: &Document,
    f: &Finder,
    title_case: &[bool],
    body: Vec<Mention>,
    model: &mut Vec<Mention>,
    headline_runs: Vec<Range<usize>>,
) -> Vec<Mention> {
    let in_title = |m: &Mention| title_case[doc.sentences[doc.sentence_of(m.tokens.start)].block];
    // headlines: only names known from the lists or from the article's body, or items of a list line
    let known: HashMap<&str, Label> = body
        .iter()
        .chain(model.iter().filter(|m| !in_title(m)))
        .map(|m| (&doc.text[m.start..m.end], m.label))
        .collect();
    // whether each title-case line has a list separator: found once per line, not once per name
    // (a line of 200,000 names stays linear)
    let separated: Vec<bool> = (0..doc.blocks.len())
        .map(|b| {
            title_case[b] && doc.blocks[b].tokens.clone().any(|i| is_list_separator(doc.word(i)))
        })
        .collect();
    model.retain(|m| {
        !in_title(m)
            || in_list(doc, m, &separated)
            || is_credited_person(doc, m)
            || known.contains_key(&doc.text[m.start..m.end])
            || super::known(&doc.text[m.start..m.end]).is_some()
    });
    let mut rules = body;
    for run in headline_runs {
        f.known_pieces(run, Some(&known), &mut rules);
    }
    rules
}

/// A person the recogniser read after "by" in a headline, whose first word is a given name:
/// the author's or photographer's credit ("Strength of the Few by James Islington").
fn is_credited_person(doc: &Document, m: &Mention) -> bool {
    let first = m.tokens.start;
    m.label == Label::Person
        && (2..=3).contains(&m.tokens.len())
        && first > 0
        && matches!(doc.word(first - 1), "by" | "By")
        && gazetteer_kinds(doc.word(first)) & crate::ner::gazetteer::FIRST_NAME != 0
}

/// The recogniser's names, plus the rules' names where the recogniser found nothing; where both
/// found the same words, a name from the word lists keeps its label.
pub(super) fn merge(doc: &Document, mut model: Vec<Mention>, rules: Vec<Mention>) -> Vec<Mention> {
    // the recogniser's names never overlap: sorted, the ones a rule name touches are found by a
    // binary search (no table per token)
    model.sort_by_key(|m| m.tokens.start);
    let n_model = model.len();
    // a weakly supported rule name still counts when the recogniser names the same words elsewhere
    // ("Durov: ‘…’" in a headline, "Pavel Durov" in the body)
    let mut seen: HashSet<&str> = HashSet::default();
    for m in &model {
        let t = &doc.text[m.start..m.end];
        seen.insert(t);
        if m.label == Label::Person {
            seen.extend(t.split_whitespace());
        }
    }
    let mut out = model;
    let mut dropped = vec![false; out.len()];
    for r in rules {
        let first = out[..n_model].partition_point(|m| m.tokens.end <= r.tokens.start);
        let hits =
            first..first + out[first..n_model].partition_point(|m| m.tokens.start < r.tokens.end);
        let inside = hits
            .clone()
            .all(|k| out[k].tokens.start >= r.tokens.start && out[k].tokens.end <= r.tokens.end);
        if hits.is_empty() {
            if r.strength >= CONTEXT || seen.contains(&doc.text[r.start..r.end]) {
                out.push(r);
                dropped.push(false);
            }
        } else if r.strength >= STRONG && hits.clone().all(|k| out[k].tokens == r.tokens) {
            // the same words: a name from the word lists or after a title keeps its label
            out[hits.start].label = r.label;
            out[hits.start].strength = out[hits.start].strength.max(r.strength);
        } else if r.strength >= CONTEXT
            && inside
            && !(hits.len() == 1 && out[hits.start].tokens == r.tokens)
            && !joins_with_and(doc, &out[hits.clone()])
        {
            // the rules saw one name where the recogniser saw pieces ("Le" + "Bourget" airport)
            for k in hits {
                dropped[k] = true;
            }
            out.push(r);
            dropped.push(false);
        }
    }
    let mut out: Vec<Mention> =
        out.into_iter().zip(dropped).filter(|(_, d)| !d).map(|(m, _)| m).collect();
    out.sort_by_key(|m| m.start);
    out
}

/// The recogniser's names `pieces` (in order) are two names joined by "and" after an organisation
/// head: a rule's run that covers them ("International Tennis Federation and Kosmos") is a list,
/// not one name. Across an "and" after another word, the rules saw one name ("Peace and Freedom
/// Party", "Bosnia and Herzegovina").
fn joins_with_and(doc: &Document, pieces: &[Mention]) -> bool {
    pieces.windows(2).any(|p| {
        (p[0].tokens.end..p[1].tokens.start)
            .any(|k| doc.word(k) == "and" && lexicon().org_heads.contains(doc.word(k - 1)))
    })
}

/// A name that fills one item of a list line ("Wood , Loren Roberts , Steve Stricker", "Petr Korda
/// ( Czech Republic )", "Postponed : Walsall v Wrexham , ..."): the block has a comma, a semicolon
/// or a bracket, and the name stands between two separators (those, a colon, a lone dash, "v") or
/// an edge of the block. Such a line is a title-case line of names, not a page headline
/// ("Defending Innovation: Telegram CEO Breaks Silence Amid French Legal Battle" has no list).
/// `separated[b]`: block `b` has a list separator ([`is_list_separator`]).
pub(super) fn in_list(doc: &Document, m: &Mention, separated: &[bool]) -> bool {
    let bi = doc.sentences[doc.sentence_of(m.tokens.start)].block;
    let b = &doc.blocks[bi];
    let delim = |i: usize| is_list_separator(doc.word(i)) || matches!(doc.word(i), ":" | "-");
    if !separated[bi] {
        return false;
    }
    let left = m.tokens.start == b.tokens.start || delim(m.tokens.start - 1);
    let right = m.tokens.end == b.tokens.end || delim(m.tokens.end);
    left && right
}

/// A word that makes a line a list: a comma, a semicolon, a bracket or a "v" ("Walsall v Wrexham").
pub(super) fn is_list_separator(w: &str) -> bool {
    matches!(w, "," | "(" | ")" | ";" | "v")
}

/// A capitalised word right before a name, in no name itself: the name's first word, which the
/// recogniser (trained where a capital at the front is often only a sentence's) or the rules'
/// dropping of common words left out ("the acclaimed show Other Voices": not "Voices"; "Operation
/// Market Garden"). Not a word capitalised only where it stands (a sentence's or a quote's first
/// word), a title ("President"), a possessive, a nationality or a place ("German Foreign
/// Ministry"), a word in capitals, or across more than a space; not before a person's name (an
/// unlisted title: "Cardinal"), nor in a headline, where every word has a capital.
pub(super) fn extend_over_capitals(
    doc: &Document,
    f: &Finder,
    headlines: &[bool],
    out: &mut [Mention],
) {
    let mut named = covered_tokens(doc, out);
    for m in out.iter_mut() {
        let sent = &doc.sentences[doc.sentence_of(m.tokens.start)];
        if m.label == Label::Person || headlines[sent.block] {
            continue;
        }
        let mut k = m.tokens.start;
        while k > sent.tokens.start
            && f.is_cap(k - 1)
            && !named[k - 1]
            && !doc.tokens[k - 1].cap_free
            && f.contiguous(k - 1..k + 1)
            && is_plain_capitalised(doc.word(k - 1))
            && !f.is_compound(k - 1)
            && !lexicon().nationalities.contains(doc.word(k - 1))
            && known(doc.word(k - 1)).is_none()
            && gazetteer_kinds(doc.word(k - 1)) & (COUNTRY | CITY | PLACE) == 0
        {
            k -= 1;
        }
        // a capitalised word before the stretch too: the words were cut into names on purpose
        // ("CBS Sports NFL Insider")
        if k < m.tokens.start && k > sent.tokens.start && f.is_cap(k - 1) {
            continue;
        }
        if k < m.tokens.start {
            named[k..m.tokens.start].iter_mut().for_each(|x| *x = true);
            m.tokens.start = k;
            m.start = doc.tokens[k].start;
        }
    }
}

/// A word written with a capital and then lowercase letters only ("Other", not "OSCE" or "U.S.").
fn is_plain_capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.clone().next().is_some() && cs.all(char::is_lowercase)
}

/// A person's name of two words "A B" where each word names something else of the text on its own
/// is two names side by side, as headlines write them ("Yeltsin endorses Lebed Chechnya peace
/// plan" with "Alexander Lebed" and "in Chechnya" in the body): "A" is the family name of another
/// person of the text (the last word of a longer person's name), and "B" is a one-word name of the
/// text typed otherwise than a person. The mention becomes "A", a person, and "B" with the label
/// its own mentions have most. Not where the text names "A B" more than once ("Ben Player" again
/// and again is a person), nor where "B" is itself the family name of another person of the text.
pub(super) fn split_juxtaposed_names(doc: &Document, out: &mut Vec<Mention>) {
    let text = |m: &Mention| &doc.text[m.start..m.end];
    // the longer persons' names by their last word
    let mut family: HashMap<&str, HashSet<&str>> = HashMap::default();
    for m in out.iter().filter(|m| m.label == Label::Person && m.tokens.len() >= 2) {
        family.entry(doc.word(m.tokens.end - 1)).or_default().insert(text(m));
    }
    // a longer person's name other than `own` ends in `w`
    let ends_other =
        |w: &str, own: &str| family.get(w).is_some_and(|s| s.iter().any(|&t| t != own));
    // how often each text is named
    let mut times: HashMap<&str, usize> = HashMap::default();
    for m in out.iter() {
        *times.entry(text(m)).or_default() += 1;
    }
    // the labels of one-word names, counted per word
    let mut alone: HashMap<&str, [usize; Label::COUNT]> = HashMap::default();
    for m in out.iter().filter(|m| m.tokens.len() == 1) {
        alone.entry(text(m)).or_insert([0; Label::COUNT])[m.label as usize] += 1;
    }
    let mut added = Vec::new();
    for m in out.iter_mut() {
        if m.label != Label::Person || m.tokens.len() != 2 {
            continue;
        }
        let (a, b) = (m.tokens.start, m.tokens.start + 1);
        let own = &doc.text[m.start..m.end];
        if times[own] > 1
            || !ends_other(doc.word(a), own)
            || ends_other(doc.word(b), own)
            || doc.tokens[a].end == doc.tokens[b].start
        {
            continue;
        }
        let Some(counts) = alone.get(doc.word(b)) else { continue };
        let best = (0..Label::COUNT)
            .filter(|&l| l != Label::Person as usize && counts[l] > 0)
            .max_by_key(|&l| (counts[l], std::cmp::Reverse(l)));
        let Some(best) = best else { continue };
        if counts[Label::Person as usize] >= counts[best] {
            continue;
        }
        let t = &doc.tokens[b];
        added.push(Mention {
            start: t.start,
            end: t.end,
            tokens: b..b + 1,
            label: Label::ALL[best],
            strength: m.strength.min(CONTEXT),
        });
        m.tokens.end = b;
        m.end = doc.tokens[a].end;
    }
    insert_sorted(out, added);
}

/// A company's short name: a one-word name that is the first word of an organisation's name of two
/// words ending in a legal form ("Cofinec S.A.", "Zorvex Ltd") is that organisation, however the
/// recogniser typed it ("Zorvex said", "Zorvex CEO"); a person's name of two words that it leads
/// is the company alone ("Zorvex GDRs").
pub(super) fn company_short_names(doc: &Document, out: &mut [Mention]) {
    let legal = |w: &str| super::runs::is_legal_form(w) || matches!(w, "S.A." | "N.V." | "A.G." | "S.p.A.");
    // and the first word of a longer one whose form follows a comma ("Tyvak Nano-Satellite
    // Systems, Inc."), when no list knows the word as a place, a people or a person's name
    let short: HashSet<&str> = out
        .iter()
        .filter(|m| {
            m.label == Label::Org
                && legal(doc.word(m.tokens.end - 1))
                && (m.tokens.len() == 2
                    || m.tokens.len() > 2
                        && doc.word(m.tokens.end - 2) == ","
                        && super::companies::is_unlisted_word(doc.word(m.tokens.start)))
        })
        .map(|m| doc.word(m.tokens.start))
        .collect();
    if short.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        if !short.contains(doc.word(m.tokens.start)) || m.label == Label::Org {
            continue;
        }
        // a person's name led by the company's name is the company and a noun ("Zorvex GDRs")
        if m.tokens.len() == 2 && m.label == Label::Person {
            m.tokens.end = m.tokens.start + 1;
            m.end = doc.tokens[m.tokens.start].end;
        }
        if m.tokens.len() == 1 {
            m.label = Label::Org;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// Two organisations joined by "and" or "or" and taken for one ("the Italian Socialist Party and
/// Federation of the Greens", "the UK Unionist Party or Northern Ireland Unionist Party") are two:
/// the part before ends in an organisation head after a word of its own, and the part after (its
/// "the" left out) opens or ends with a head or is a listed name. Not a listed name ("Procter and
/// Gamble"), nor one whose first part is a head alone ("Party for Socialism and Liberation").
/// A person's name (a listed given name and at most two more capitalised words) or a role with its
/// "of" right after an organisation's head or a known place ends the organisation ("the Liberal
/// Party of Canada Anne Reid", "a Liberal Party of Canada Member of Parliament"). "and" before a
/// capitalised "The" splits the name ("Big Machine and The Carlyle Group").
pub(super) fn split_joined_organisations(doc: &Document, out: &mut Vec<Mention>) {
    let l = lexicon();
    let head = |i: usize| l.org_heads.contains(doc.word(i));
    let mut added = Vec::new();
    for m in out.iter_mut() {
        if m.label != Label::Org || m.tokens.len() < 4 || m.strength >= ROLE || known(&doc.text[m.start..m.end]).is_some() {
            continue;
        }
        let (s, e) = (m.tokens.start, m.tokens.end);
        // "and" before a capitalised "The" inside a sentence opens a second name ("Braun and The
        // Carlyle Group"): two names, the second with its "The"
        if let Some(j) = (s + 1..e - 2).find(|&j| doc.word(j) == "and" && doc.word(j + 1) == "The") {
            added.push(Mention::over(doc, j + 1..e, Label::Org, m.strength));
            m.tokens.end = j;
            m.end = doc.tokens[j - 1].end;
            continue;
        }
        // a person's name after an organisation's that ends in its head or a known place ("the
        // Liberal Party of Canada Anne Reid"): two names
        let given = |i: usize| l.first_names.contains(doc.word(i));
        if let Some(p) = (s + 2..e - 1).find(|&p| {
            given(p)
                && e - p <= 3
                && (p..e).all(|i| is_capitalised_word(doc, i))
                && (head(p - 1) || matches!(known(doc.word(p - 1)), Some((Label::Place, _))))
        }) {
            added.push(Mention { start: doc.tokens[p].start, end: m.end, tokens: p..e, label: Label::Person, strength: CONTEXT });
            m.tokens.end = p;
            m.end = doc.tokens[p - 1].end;
            continue;
        }
        // a role with its "of" after the organisation ("a Liberal Party of Canada Member of
        // Parliament"): the organisation alone
        if let Some(p) = (s + 2..e - 1).find(|&p| {
            l.name_roles.contains(doc.word(p))
                && doc.word(p + 1) == "of"
                && (head(p - 1) || matches!(known(doc.word(p - 1)), Some((Label::Place, _))))
        }) {
            m.tokens.end = p;
            m.end = doc.tokens[p - 1].end;
            continue;
        }
        if e - s < 5 {
            continue;
        }
        let Some(j) = (s + 2..e - 2).find(|&j| matches!(doc.word(j), "and" | "or") && head(j - 1)) else {
            continue;
        };
        let b = if doc.word(j + 1) == "the" { j + 2 } else { j + 1 };
        if e - b < 2 || !is_capitalised_word(doc, b) {
            continue;
        }
        let after = &doc.text[doc.tokens[b].start..m.end];
        if !(head(b) || head(e - 1) || known(after).is_some()) {
            continue;
        }
        added.push(Mention { start: doc.tokens[b].start, end: m.end, tokens: b..e, label: Label::Org, strength: m.strength });
        m.tokens.end = j;
        m.end = doc.tokens[j - 1].end;
    }
    insert_sorted(out, added);
}
