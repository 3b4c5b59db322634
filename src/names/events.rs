//! Named events: a year, capitalised words and an event word are one MISC name ("2001 United
//! Kingdom general election", "February 1974 United Kingdom general election", "2011 Saxony-Anhalt
//! state election"), as encyclopaedic text names them. The words come from `events.txt`: the
//! lowercase kinds that may stand before the event word ("general", "federal") and the event words
//! themselves ("election", "referendum"), and a place after "in" ("... special election in
//! California"). Without a capitalised word there is no name ("the 1997 federal election").
//! Also "Battle of Gettysburg": a listed event word (`of:` in `events.txt`), "of" and capitalised
//! words, as CoNLL-2003 and WikiGold name battles, sieges, treaties and wars (MISC): "the" may
//! open the words ("Battle of the Bulge"), a year may stand alone ("War of 1812"), an ordinal
//! ("Second") and capitalised words right before belong to it ("Turkish War of Independence").
//! A year-led summit or campaign is named too ("2018 Helsinki summit"), not a person's campaign.
//! And a listed holiday (`holiday:` in `events.txt`: "Thanksgiving", "Black Friday") where no
//! longer name holds it.

use super::*;
use crate::ner::gazetteer::{FIRST_NAME, LAST_NAME};

/// Most capitalised words between the year and the event word.
const MAX_EVENT_WORDS: usize = 6;
/// Most lowercase kind words before the event word ("presidential primary election").
const MAX_KIND_WORDS: usize = 2;
/// Most tokens before an `of:` event word that belong to its name: an ordinal and capitalised
/// words ("the Second Turkish War of Independence").
const MAX_WORDS_BEFORE_OF: usize = 3;

/// A year written as four digits from 1000 to 2099.
fn is_year(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 4 && (b[0] == b'1' || b[0] == b'2' && b[1] == b'0') && b.iter().all(u8::is_ascii_digit)
}

/// The named events of the document as MISC mentions, in order. A year inside a value starts the
/// name where the value starts ("5 February 1974 ..."), so that the value does not cut it.
pub(super) fn find_events(doc: &Document, values: &[Value]) -> Vec<Mention> {
    let l = lexicon();
    let lower = |i: usize| doc.word(i).to_lowercase();
    let mut out: Vec<Mention> = Vec::new();
    for s in &doc.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if let Some(m) = event_of(doc, s.tokens.clone(), i).or_else(|| holiday_at(doc, s.tokens.clone(), i)) {
                i = m.tokens.end;
                out.push(m);
                continue;
            }
            if !is_year(doc.word(i)) {
                i += 1;
                continue;
            }
            // the capitalised words after the year, with "of" / "and" between two of them
            let (mut j, mut caps, mut last_cap) = (i + 1, 0, None);
            while j < s.tokens.end && caps < MAX_EVENT_WORDS {
                if is_capitalised_word(doc, j) {
                    caps += 1;
                    last_cap = Some(j);
                    j += 1;
                } else if caps > 0
                    && matches!(doc.word(j), "of" | "and")
                    && j + 1 < s.tokens.end
                    && is_capitalised_word(doc, j + 1)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let Some(last_cap) = last_cap else {
                i += 1;
                continue;
            };
            let mut k = last_cap + 1;
            while k < s.tokens.end
                && k - last_cap <= MAX_KIND_WORDS
                && l.event_kinds.contains(doc.word(k))
            {
                k += 1;
            }
            let end = if k < s.tokens.end && l.event_heads.contains(doc.word(k)) {
                k
            } else if caps >= 2 && k == last_cap + 1 && l.event_heads.contains(lower(last_cap).as_str()) {
                last_cap // "2019 General Election"
            } else {
                i += 1;
                continue;
            };
            // "the 1992 Clinton campaign": a person's campaign, no event's name
            if doc.word(end) == "campaign"
                && (gazetteer_kinds(doc.word(i + 1)) & FIRST_NAME != 0
                    || last_cap == i + 1 && gazetteer_kinds(doc.word(i + 1)) & LAST_NAME != 0)
            {
                i += 1;
                continue;
            }
            // "... special election in California": a place after "in" belongs to the event
            let mut end = end;
            let in_value = |t: usize| value_holding(values, t).is_some();
            if end + 2 < s.tokens.end
                && doc.word(end + 1) == "in"
                && is_capitalised_word(doc, end + 2)
                && !in_value(end + 2)
                && !value_sets().months.has(doc.word(end + 2))
            {
                end += 2;
                while end + 1 < s.tokens.end
                    && end - last_cap < MAX_EVENT_WORDS
                    && is_capitalised_word(doc, end + 1)
                    && !in_value(end + 1)
                {
                    end += 1;
                }
            }
            // where the name starts: a value holding the year, else a month right before it
            let start = match value_holding(values, i) {
                Some(v) if v.tokens.start >= s.tokens.start && v.tokens.end <= i + 1 => {
                    v.tokens.start
                }
                Some(_) => {
                    i += 1;
                    continue;
                }
                None if i > s.tokens.start
                    && value_sets().months.has(doc.word(i - 1))
                    && is_capitalised_word(doc, i - 1) =>
                {
                    i - 1
                }
                None => i,
            };
            out.push(Mention::over(doc, start..end + 1, Label::Misc, STRONG));
            i = end + 1;
        }
    }
    out
}

/// The value holding token `t`: a binary search, since values are in order and never overlap.
fn value_holding(values: &[Value], t: usize) -> Option<&Value> {
    let k = values.partition_point(|v| v.tokens.end <= t);
    values.get(k).filter(|v| v.tokens.start <= t)
}

/// "Battle of Gettysburg", "2nd Battle of Fredericksburg", "Battle of Sayler's Creek": a listed
/// event word at token `i` of the sentence `sent`, "of" and capitalised words (possessives between
/// them belong to the name), or "the" and capitalised words ("War of the Fourth Coalition"), or a
/// year alone ("War of 1812"). An ordinal before the event word ("2nd", "Second") and capitalised
/// words right before it ("Turkish War of Independence") belong to the name too.
fn event_of(doc: &Document, sent: Range<usize>, i: usize) -> Option<Mention> {
    if i + 1 >= sent.end || doc.word(i + 1) != "of" || !lexicon().event_of.contains(doc.word(i)) {
        return None;
    }
    let mut e = i + 2;
    // "Battle of the Bulge", "War of the Fourth Coalition": "the" before a capitalised word
    if e + 1 < sent.end && doc.word(e) == "the" && is_capitalised_word(doc, e + 1) {
        e += 1;
    }
    let first = e;
    // "War of 1812": a year alone
    if e < sent.end && is_year(doc.word(e)) && !(e + 1 < sent.end && is_capitalised_word(doc, e + 1)) {
        e += 1;
    }
    while e < sent.end && e - first < MAX_EVENT_WORDS {
        if is_capitalised_word(doc, e) {
            e += 1;
        } else if e > first
            && e + 1 < sent.end
            && matches!(doc.word(e), "'s" | "’s")
            && is_capitalised_word(doc, e + 1)
        {
            e += 2;
        } else {
            break;
        }
    }
    if e == first {
        return None;
    }
    let ordinal = |w: &str| is_ordinal_number(w) || ORDINAL_WORDS.contains(&w);
    let mut start = if i > sent.start && ordinal(doc.word(i - 1)) { i - 1 } else { i };
    // "the Turkish War of Independence", "the Anglo-Zulu War of 1879": the capitalised words
    // right before the event word, not a sentence's first word nor an article
    while start > sent.start
        && is_capitalised_word(doc, start - 1)
        && !doc.tokens[start - 1].cap_free
        && !matches!(doc.word(start - 1), "The" | "A" | "An")
        && i - (start - 1) <= MAX_WORDS_BEFORE_OF
    {
        start -= 1;
    }
    Some(Mention::over(doc, start..e, Label::Misc, STRONG))
}

/// Ordinals written as words before a numbered event ("Second Battle of Bull Run").
const ORDINAL_WORDS: &[&str] =
    &["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

/// Most tokens of a listed holiday ("New Year ' s Eve").
const MAX_HOLIDAY_TOKENS: usize = 5;

/// "Thanksgiving", "Black Friday", "Eid al-Fitr": a holiday of `events.txt` at token `i` of the
/// sentence `sent`, written as listed, the longest first. Not inside a longer name: no
/// capitalised word right after it ("Christmas Island") nor right before it, but a sentence's
/// first word ("On Thanksgiving").
fn holiday_at(doc: &Document, sent: Range<usize>, i: usize) -> Option<Mention> {
    let holidays = &lexicon().holidays;
    if !lexicon().holiday_firsts.contains(doc.word(i))
        || !is_capitalised_word(doc, i)
        || (i > sent.start + 1 && is_capitalised_word(doc, i - 1))
    {
        return None;
    }
    let last = (i..sent.end.min(i + MAX_HOLIDAY_TOKENS)).rev().find(|&e| {
        doc.tokens[e].kind != Kind::Punct
            && holidays.contains(&doc.text[doc.tokens[i].start..doc.tokens[e].end])
    })?;
    if last + 1 < sent.end && is_capitalised_word(doc, last + 1) {
        return None;
    }
    Some(Mention::over(doc, i..last + 1, Label::Misc, STRONG))
}

/// Puts the named events into `names` (sorted by start), dropping the names they overlap. The
/// events are in order and never overlap, so each name looks for the first event ending after its
/// start with a binary search (a document of many events stays linear).
pub(super) fn add_events(names: &mut Vec<Mention>, events: Vec<Mention>) {
    if events.is_empty() {
        return;
    }
    names.retain(|m| {
        let k = events.partition_point(|e| e.end <= m.start);
        events.get(k).is_none_or(|e| e.start >= m.end)
    });
    names.extend(events);
    names.sort_by_key(|m| m.start);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::find_values;

    fn events(t: &str) -> Vec<&str> {
        let d = Document::new(t);
        find_events(&d, &find_values(&d)).iter().map(|m| &t[m.start..m.end]).collect()
    }

    #[test]
    fn a_year_capitalised_words_and_an_event_word_are_one_name() {
        assert_eq!(
            events("He won a seat in the 2001 United Kingdom general election and lost it later."),
            vec!["2001 United Kingdom general election"]
        );
        assert_eq!(
            events("It was formed before the February 1974 United Kingdom general election."),
            vec!["February 1974 United Kingdom general election"]
        );
        assert_eq!(
            events("The party entered the 2011 Saxony-Anhalt state election."),
            vec!["2011 Saxony-Anhalt state election"]
        );
        assert_eq!(
            events("She lost the 1992 United States Senate special election in California to him."),
            vec!["1992 United States Senate special election in California"]
        );
        assert_eq!(
            events("She ran in the 2004 Election of the European Parliament and the 2019 General Election."),
            vec!["2019 General Election"]
        );
    }

    #[test]
    fn a_battle_of_a_place_is_one_name() {
        assert_eq!(
            events("He fought in the 2nd Battle of Fredericksburg and at the Battle of Sayler's Creek."),
            vec!["2nd Battle of Fredericksburg", "Battle of Sayler's Creek"]
        );
        assert!(events("The Battle of the bands was loud. Battle of wits.").is_empty());
    }

    #[test]
    fn a_war_of_its_cause_is_one_name_with_the_words_before_it() {
        assert_eq!(
            events("It ended the War of the Fourth Coalition. Then came the Second Battle of Bull Run."),
            vec!["War of the Fourth Coalition", "Second Battle of Bull Run"]
        );
        assert_eq!(
            events("He fought in the Turkish War of Independence and the War of 1812."),
            vec!["Turkish War of Independence", "War of 1812"]
        );
        assert!(events("The war of words went on.").is_empty());
        // at most MAX_WORDS_BEFORE_OF words before the event word; never an article
        assert_eq!(
            events("It read of the Old Great Northern Turkish War of Independence."),
            vec!["Great Northern Turkish War of Independence"]
        );
        assert_eq!(events("The War of 1812 ended."), vec!["War of 1812"]);
    }

    #[test]
    fn a_summit_or_campaign_of_a_year_is_a_named_event() {
        assert_eq!(
            events("They met at the 2018 Helsinki summit after the 2000 Senate campaign."),
            vec!["2018 Helsinki summit", "2000 Senate campaign"]
        );
        // a person's campaign is no event's name
        assert!(events("He worked on the 1992 Clinton campaign and the 2004 John Kerry campaign.").is_empty());
    }

    #[test]
    fn a_listed_holiday_is_an_event() {
        assert_eq!(
            events("Stores opened on Thanksgiving, and Black Friday sales beat Eid al-Fitr and Valentine's Day."),
            vec!["Thanksgiving", "Black Friday", "Eid al-Fitr", "Valentine's Day"]
        );
        assert_eq!(events("On Christmas Eve he flew to Christmas Island."), vec!["Christmas Eve"]);
        assert_eq!(events("They met on Remembrance Sunday and Mother's Day."), vec!["Remembrance Sunday", "Mother's Day"]);
        assert!(events("The Macy's Thanksgiving Day Parade ran. She visited Easter Island.").is_empty());
        assert!(events("Ramadanov spoke.").is_empty());
    }

    #[test]
    fn without_a_capitalised_word_or_an_event_word_there_is_no_event() {
        assert!(events("He won the 1997 federal election easily.").is_empty());
        assert!(events("In 2001 United Kingdom troops left the city.").is_empty());
        assert!(events("The 2020 election was close.").is_empty());
        assert!(events("2024").is_empty());
    }

    #[test]
    fn an_event_replaces_the_names_inside_it() {
        let t = "Labour won the 2005 United Kingdom general election in May.";
        let d = Document::new(t);
        let n: Vec<_> = find_names(&d, &find_values(&d))
            .iter()
            .map(|m| (&t[m.start..m.end], m.label))
            .collect();
        assert!(n.contains(&("2005 United Kingdom general election", Label::Misc)), "{n:?}");
        assert!(!n.iter().any(|(w, _)| *w == "United Kingdom"), "{n:?}");
    }
}
