//! Broadcasters' call signs: a word of digits and two to four capitals ("6PR", "3AW", "4KQ")
//! that the article writes beside a broadcast word ("radio", "station", "broadcasting") names a
//! station, an organisation, at every place the article writes it. Its frequency right before it
//! ("882 6PR", "96.9 3XY") and its band right after it ("883JIA FM") are part of the name.

use super::*;

/// Words that say a sentence is about broadcasting.
const BROADCAST_WORDS: &[&str] = &[
    "radio", "station", "stations", "broadcast", "broadcasts", "broadcasting", "broadcaster",
    "broadcasters", "talkback", "talk-back", "airwaves", "listeners", "FM", "AM",
];

/// Letters after digits that are units or times, not a call sign ("16GB", "8AM").
const NOT_SIGNS: &[&str] = &[
    "AM", "PM", "GB", "MB", "KB", "TB", "KM", "HD", "HP", "MM", "CM", "KG", "MW", "KW", "HZ",
    "GHZ", "MHZ", "KHZ", "TV", "WD", "DS", "BR", "BA", "LB", "LBS", "ST", "ND", "RD", "TH", "FM",
];

/// Makes every mention of a call sign that a sentence writes beside a broadcast word an
/// organisation, with its frequency before it and its band after it.
pub(super) fn mark_call_signs(doc: &Document, out: &mut Vec<Mention>) {
    let shaped: Vec<usize> = (0..doc.tokens.len()).filter(|&i| is_call_sign(doc.word(i))).collect();
    if shaped.is_empty() {
        return;
    }
    // each sentence is searched for a broadcast word once, however many call signs it holds
    let mut broadcast: Vec<Option<bool>> = vec![None; doc.sentences.len()];
    let signs: HashSet<&str> = shaped
        .into_iter()
        .filter(|&i| {
            let s = doc.sentence_of(i);
            *broadcast[s].get_or_insert_with(|| has_broadcast_word(doc, s))
        })
        .map(|i| doc.word(i))
        .collect();
    if signs.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for i in 0..doc.tokens.len() {
        if !signs.contains(doc.word(i)) {
            continue;
        }
        let sent = &doc.sentences[doc.sentence_of(i)];
        let start = if i > sent.tokens.start && is_frequency(doc.word(i - 1)) { i - 1 } else { i };
        let mut end = i + 1;
        if end < sent.tokens.end && matches!(doc.word(end), "FM" | "AM") {
            end += 1;
        }
        added.push(Mention::over(doc, start..end, Label::Org, STRONG));
    }
    // the names the stations overlap go, in one pass (a frequency is a number and "FM" no call
    // sign, so no two stations overlap)
    replace_covered(doc, out, added);
}

/// "ABC 7", "NBC 5": a listed television network in capitals and a channel number of one to three
/// digits right after it (no second number after it, as in a score) is a local station, an
/// organisation; a name that is a listed network alone is an organisation too.
pub(super) fn mark_network_channels(doc: &Document, out: &mut Vec<Mention>) {
    let networks = &lexicon().tv_networks;
    let n = doc.tokens.len();
    let mut added = Vec::new();
    for i in 0..n {
        if !networks.contains(doc.word(i)) {
            continue;
        }
        let channel = i + 1 < n
            && doc.sentence_of(i + 1) == doc.sentence_of(i)
            && (1..=3).contains(&doc.word(i + 1).len())
            && is_digits(doc, i + 1)
            && !(i + 2 < n && (is_digits(doc, i + 2) || matches!(doc.word(i + 2), "-" | "–" | ":")))
            && !(i > 0 && is_digits(doc, i - 1));
        if channel {
            added.push(Mention::over(doc, i..i + 2, Label::Org, STRONG));
        }
    }
    for m in out.iter_mut() {
        if m.tokens.len() == 1 && networks.contains(doc.word(m.tokens.start)) {
            m.label = Label::Org;
        }
    }
    if added.is_empty() {
        return;
    }
    replace_covered(doc, out, added);
}

fn is_call_sign(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let letters = &w[digits..];
    (1..=4).contains(&digits)
        && (2..=4).contains(&letters.len())
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && !NOT_SIGNS.contains(&letters)
}

/// Sentence `s` has a broadcast word.
fn has_broadcast_word(doc: &Document, s: usize) -> bool {
    doc.sentences[s].tokens.clone().any(|k| {
        let w = doc.word(k);
        BROADCAST_WORDS.iter().any(|b| {
            if b.bytes().all(|c| c.is_ascii_uppercase()) {
                w == *b
            } else {
                w.eq_ignore_ascii_case(b)
            }
        })
    })
}

/// A radio frequency: AM in kilohertz (531 to 1710) or FM in megahertz (87.5 to 108.0).
fn is_frequency(w: &str) -> bool {
    if let Ok(k) = w.parse::<u32>() {
        return (531..=1710).contains(&k);
    }
    w.split_once('.').is_some_and(|(_, b)| b.len() == 1)
        && w.parse::<f32>().is_ok_and(|m| (87.5..=108.0).contains(&m))
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_call_sign_beside_a_broadcast_word_is_a_station() {
        let n = names(
            "Known as 954 4KX, the station began broadcasting in 1930. In 1988 4KX was sold, \
             and 4KX now airs news. Its sister 97.3 7QT FM is a music station.",
        );
        for w in ["954 4KX", "4KX", "97.3 7QT FM"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Org), "{w}: {n:?}");
        }
        assert!(!n.iter().any(|(t, _)| t.contains("1988")), "{n:?}");
        let n = names("The phone has 16GB of storage and a 4KX chip, the maker said.");
        assert!(!n.iter().any(|(t, _)| t.contains("4KX")), "{n:?}");
    }

    #[test]
    fn a_network_and_its_channel_number_are_a_station() {
        let n = names("Kelvin Ardley told ABC 7 that the road was shut, and NBC 5 showed it.");
        for w in ["ABC 7", "NBC 5"] {
            assert!(n.iter().any(|(t, l)| t == w && *l == Label::Org), "{w}: {n:?}");
        }
    }

    #[test]
    fn call_signs_and_frequencies() {
        assert!(is_call_sign("6PR") && is_call_sign("883JIA") && is_call_sign("3AW"));
        assert!(!is_call_sign("8AM") && !is_call_sign("16GB") && !is_call_sign("1994"));
        assert!(is_frequency("882") && is_frequency("96.9") && !is_frequency("1994"));
    }
}
