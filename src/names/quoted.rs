//! Quoted titles: the title of a song, film, book or album written inside quotation marks is one
//! name over the whole quoted extent, its opening article with it (“The Kill”, "A Song of Love and
//! Death", ‘Some Other Son’): MISC, as CoNLL-2003 and WikiGold mark such titles. The recogniser,
//! trained where "The" usually opens a sentence and not a name, keeps only the words after it, and
//! common words at the front ("Some Other") are dropped like a sentence's opening words. A name
//! read as a person that fills the quotation marks alone is a work named after its character.

use super::*;

/// Most words inside the quotation marks.
const MAX_TITLE_TOKENS: usize = 10;

/// The quotation mark that closes a quote opened by `open`, if `open` opens quotes.
fn closing_mark(open: &str) -> Option<&'static [&'static str]> {
    Some(match open {
        "\"" => &["\""],
        "“" | "„" => &["”", "“"],
        "'" | "‘" => &["'", "’"],
        "«" => &["»"],
        _ => return None,
    })
}

/// A lowercase word that may stand inside a title between capitalised words ("Anarchy in Tokyo",
/// "Santa Through the Back Door", "A Song of Love and Death").
fn is_title_filler(w: &str) -> bool {
    matches!(
        w,
        "of" | "the" | "a" | "an" | "in" | "on" | "at" | "to" | "for" | "from" | "by" | "with"
            | "and" | "&" | "or" | "'s" | "’s"
    )
}

/// The quoted titles of the document: token ranges inside quotation marks in one sentence, two
/// words or more, first and last capitalised, every word capitalised or a filler, no value
/// inside (`taken`), and not a nickname inside a person's name (`Roberto "Hands of Stone" Duran`:
/// capitalised words on both sides of the marks).
fn quoted_titles(doc: &Document, taken: &[bool]) -> Vec<Range<usize>> {
    let cap = |i: usize| is_capitalised_word(doc, i);
    let mut out = Vec::new();
    for s in &doc.sentences {
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            let close = match closing_mark(doc.word(k)) {
                Some(c) if doc.tokens[k].kind == Kind::Punct => c,
                _ => {
                    k += 1;
                    continue;
                }
            };
            let end = s.tokens.end.min(k + 2 + MAX_TITLE_TOKENS);
            let Some(e) = (k + 1..end).find(|&e| close.contains(&doc.word(e))) else {
                k += 1;
                continue;
            };
            // "“One Battle After Another,” starring …": the sentence's comma or period that
            // stands inside the closing mark (the American way) is no part of the title
            let inner = if e > k + 2 && matches!(doc.word(e - 1), "," | ".") { e - 1 } else { e };
            let r = k + 1..inner;
            let title = r.len() >= 2
                && cap(r.start)
                && cap(r.end - 1)
                && r.clone().all(|i| !taken[i] && (cap(i) || is_title_filler(doc.word(i))))
                && !(k > s.tokens.start && cap(k - 1) && e + 1 < s.tokens.end && cap(e + 1));
            if title {
                out.push(r);
                k = e + 1;
            } else {
                // the closing mark may open the next quote
                k = e;
            }
        }
    }
    out
}

/// “Mary Poppins”, “Bambi.”: a name read as a person that fills a pair of quotation marks by itself
/// (a comma or period of the sentence may stand before the closing mark) is the title of a work
/// named after its character, MISC; not a nickname between a person's names (`Roberto "Hands of
/// Stone" Duran`), nor a name a title or role marks as a person.
pub(super) fn quoted_persons_are_titles(doc: &Document, out: &mut [Mention]) {
    let cap = |i: usize| is_capitalised_word(doc, i);
    for m in out.iter_mut().filter(|m| m.label == Label::Person && m.strength < ROLE) {
        let sent = &doc.sentences[doc.sentence_of(m.tokens.start)];
        let (s, mut e) = (m.tokens.start, m.tokens.end);
        if s == sent.tokens.start || doc.tokens[s - 1].kind != Kind::Punct {
            continue;
        }
        let Some(close) = closing_mark(doc.word(s - 1)) else {
            continue;
        };
        let end = doc.tokens.len();
        if e < end && matches!(doc.word(e), "," | ".") {
            e += 1;
        }
        if e >= end || !close.contains(&doc.word(e)) {
            continue;
        }
        let nickname = s >= 2 && cap(s - 2) && e + 1 < end && cap(e + 1);
        if !nickname {
            m.label = Label::Misc;
        }
    }
}

/// Replaces the names inside each quoted title with one name over the title. A name that is
/// already the whole title stays as it is; a name that is the title without its opening article
/// keeps its label ("The Guardian"), any other a title's, MISC. A title without a name inside, or
/// with a name reaching outside the marks, is left alone.
pub(super) fn join_quoted_titles(doc: &Document, taken: &[bool], out: &mut Vec<Mention>) {
    let titles = quoted_titles(doc, taken);
    if titles.is_empty() {
        return;
    }
    out.sort_by_key(|m| m.tokens.start);
    let mut added = Vec::new();
    let mut drop = vec![false; out.len()];
    for r in titles {
        let first = out.partition_point(|m| m.tokens.end <= r.start);
        let hits = first..first + out[first..].partition_point(|m| m.tokens.start < r.end);
        if hits.is_empty()
            || hits.clone().any(|k| out[k].tokens.start < r.start || out[k].tokens.end > r.end)
            || (hits.len() == 1 && out[hits.start].tokens == r)
        {
            continue;
        }
        let article = matches!(doc.word(r.start), "The" | "A" | "An");
        let label = if hits.len() == 1 && article && out[hits.start].tokens == (r.start + 1..r.end) {
            out[hits.start].label
        } else {
            Label::Misc
        };
        for k in hits {
            drop[k] = true;
        }
        added.push(Mention {
            start: doc.tokens[r.start].start,
            end: doc.tokens[r.end - 1].end,
            tokens: r,
            label,
            strength: STRONG,
        });
    }
    remove_marked(out, &drop);
    out.extend(added);
    out.sort_by_key(|m| m.start);
}

/// "Battle After Another" in a heading, where the text writes "One Battle After Another" as a
/// title elsewhere: a name right after a capitalised word that no name covers, the two of them
/// (one space apart) written elsewhere in the document as one name of two words or more (a title,
/// a product, a company), is that name there too, with its label; the opening word was dropped as
/// a sentence's ("One", "Some"). One name per document.
pub(super) fn extend_to_whole_titles(doc: &Document, out: &mut [Mention]) {
    let whole: HashMap<&str, Label> = out
        .iter()
        .filter(|m| m.label.is_name() && m.tokens.len() >= 2)
        .map(|m| (&doc.text[m.start..m.end], m.label))
        .collect();
    if whole.is_empty() {
        return;
    }
    for x in 0..out.len() {
        let s = out[x].tokens.start;
        if s == 0 || x > 0 && out[x - 1].tokens.end > s - 1 || !is_capitalised_word(doc, s - 1) {
            continue;
        }
        let w = &doc.tokens[s - 1];
        if &doc.text[w.end..out[x].start] != " " {
            continue;
        }
        if let Some(&label) = whole.get(&doc.text[w.start..out[x].end]) {
            let m = &mut out[x];
            m.tokens.start = s - 1;
            m.start = w.start;
            m.label = label;
            m.strength = m.strength.max(STRONG);
        }
    }
}

/// "Star Wars Jedi: Fallen Order", "Spider-Man: No Way Home": a MISC name (a work, a product)
/// with a colon glued to it, then one space and title-case words (small words such as "of" or "the"
/// between capitalised ones; not an article alone), is one name with its subtitle; the MISC names
/// read inside the subtitle go into it, and a name of another kind there keeps it apart.
pub(super) fn join_subtitles(doc: &Document, out: &mut Vec<Mention>) {
    const SMALL: &[&str] = &["of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "from", "with", "&"];
    const MAX_SUBTITLE_WORDS: usize = 6;
    let n = doc.tokens.len();
    let mut gone = vec![false; out.len()];
    for x in 0..out.len() {
        if gone[x] || out[x].label != Label::Misc {
            continue;
        }
        let c = out[x].tokens.end;
        if c + 1 >= n || doc.word(c) != ":" || doc.tokens[c].start != out[x].end {
            continue;
        }
        if &doc.text[doc.tokens[c].end..doc.tokens[c + 1].start] != " " || doc.sentence_of(c + 1) != doc.sentence_of(c) {
            continue;
        }
        let sent_end = doc.sentences[doc.sentence_of(c)].tokens.end;
        let mut end = None;
        let mut k = c + 1;
        while k < sent_end && k < c + 1 + MAX_SUBTITLE_WORDS {
            let w = doc.word(k);
            if k > c + 1 && doc.tokens[k].start != doc.tokens[k - 1].end + 1 {
                break;
            }
            if is_capitalised_word(doc, k) || doc.tokens[k].kind == Kind::Number && k > c + 1 {
                end = Some(k + 1);
            } else if !(k > c + 1 && SMALL.contains(&w)) {
                break;
            }
            k += 1;
        }
        let Some(end) = end else { continue };
        // an article alone is a sentence that starts after a label's colon ("Verdict: The ...")
        let words = end - (c + 1);
        if words == 1 && matches!(doc.word(c + 1), "The" | "A" | "An") || end < sent_end && is_capitalised_word(doc, end) {
            continue;
        }
        // the MISC names inside the subtitle go into it; a name that runs past it, or another
        // kind of name in it ("Best Long-Distance Mover: Colonial Van Lines", a list's label
        // and the company), stops the join. `out` is sorted by start and its names do not
        // overlap, so those are the names right after this one that start before `end`.
        let after = x + 1..x + 1 + out[x + 1..].partition_point(|m| m.tokens.start < end);
        if after.clone().any(|y| out[y].tokens.end > end || out[y].label != Label::Misc) {
            continue;
        }
        for y in after.filter(|&y| out[y].tokens.start > c) {
            gone[y] = true;
        }
        let m = &mut out[x];
        m.tokens.end = end;
        m.end = doc.tokens[end - 1].end;
        m.strength = m.strength.max(STRONG);
    }
    remove_marked(out, &gone);
}

#[cfg(test)]
mod tests {
    use super::super::tests::names;
    use super::*;

    #[test]
    fn a_works_subtitle_after_a_colon_is_part_of_it() {
        let n = names("Even so, Star Wars Jedi: Fallen Order is fun, more than Star Wars Jedi: The Game.");
        assert!(n.iter().any(|(t, l)| t == "Star Wars Jedi: Fallen Order" && *l == Label::Misc), "{n:?}");
        assert!(!n.iter().any(|(t, _)| t == "Fallen Order"), "{n:?}");
        let n = names("Best Long-Distance Mover: Colonial Van Lines. We tested Windows 11: The update adds widgets.");
        assert!(!n.iter().any(|(t, _)| t.contains(':')), "{n:?}");
    }

    #[test]
    fn a_persons_name_alone_in_quotes_is_a_title() {
        let n = names("The studio reissued “Jane Eyrewood” and “Matilda.” last year.");
        assert!(n.contains(&("Jane Eyrewood".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("Matilda".into(), Label::Misc)), "{n:?}");
        let n = names("The boxer Roberto \"Hands\" Duran won, and Anna Smith said so.");
        assert!(!n.iter().any(|(_, l)| *l == Label::Misc), "{n:?}");
    }

    #[test]
    fn a_quoted_title_keeps_its_article_and_every_word() {
        let n = names("The singer won a prize for “The Lantern” and later recorded \"Some Other Road\" in Leeds.");
        assert!(n.iter().any(|(t, l)| t == "The Lantern" && *l == Label::Misc), "{n:?}");
        assert!(n.iter().any(|(t, l)| t == "Some Other Road" && *l == Label::Misc), "{n:?}");
    }

    #[test]
    fn quoted_titles_are_found_by_shape() {
        let d = Document::new(
            "She sang \"A Song of Rain and Wind\" at the hall. Roberto \"Iron Fist\" Duran won. \
             He said \"it was fine\" to Smith.",
        );
        let titles: Vec<&str> = quoted_titles(&d, &vec![false; d.tokens.len()])
            .into_iter()
            .map(|r| &d.text[d.tokens[r.start].start..d.tokens[r.end - 1].end])
            .collect();
        assert_eq!(titles, vec!["A Song of Rain and Wind"]);
    }

    #[test]
    fn a_comma_inside_the_closing_mark_is_left_out_of_the_title() {
        let n = names("Critics loved \"One Small Step Too Far,\" starring Anna Smith, and “Some Other Road.”");
        assert!(n.contains(&("One Small Step Too Far".into(), Label::Misc)), "{n:?}");
        assert!(n.contains(&("Some Other Road".into(), Label::Misc)), "{n:?}");
    }

    #[test]
    fn a_name_written_whole_elsewhere_takes_its_opening_word() {
        let n = names("Critics loved \"One Small Step Too Far\" this year.\n\nOne Small Step Too Far\n\nIt opens soon.");
        assert_eq!(n.iter().filter(|(t, l)| t == "One Small Step Too Far" && *l == Label::Misc).count(), 2, "{n:?}");
    }
}
