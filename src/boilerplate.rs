//! Stage 3: boilerplate in plain text: what is not the article.
//!
//! Whole lines: navigation and promotion lines named in `data/boilerplate_lines.txt` ("Trending
//! Now", "ADS", "Share."), copyright notices, credit lines ("With Post Wires", "Reporting by …"),
//! and short lines without sentence shape after the article's last paragraph. Inside paragraphs:
//! promotion glued onto article text, found sentence by sentence, also after an ellipsis that joins
//! it to the article ("… is also on Whatsapp. Just click here to subscribe …"); the span covers
//! only the promotion.
//!
//! ```
//! use article_annotator::{segment::Document, boilerplate::find_boilerplate, Reason};
//! let d = Document::new("Real news here.\nTrending Now\n2024 © Site. All Rights Reserved.");
//! let b: Vec<(&str, Reason)> = find_boilerplate(&d).iter().map(|b| (&d.text[b.start..b.end], b.reason)).collect();
//! assert_eq!(b, vec![("Trending Now", Reason::Navigation), ("2024 © Site. All Rights Reserved.", Reason::Copyright)]);
//! ```

use crate::lexicon::*;
use crate::types::Reason;
use crate::segment::Document;
use memchr::memmem::Finder;
use std::sync::OnceLock;

/// Substring searchers for the phrases looked for in every sentence, built once (memchr's `memmem`:
/// vectorised, also in wasm; `str::contains` builds a two-way searcher per call).
struct Finders {
    /// The start the credit marks share ("contributed "): most sentences lack it, and the marks
    /// themselves are only looked for when it is there.
    credit_shared: Finder<'static>,
    credit_marks: Vec<Finder<'static>>,
    click_here: Finder<'static>,
    dots: Finder<'static>,
    /// Lowercase first bytes of the promotion openings.
    promo_first: [bool; 256],
}

fn finders() -> &'static Finders {
    static F: OnceLock<Finders> = OnceLock::new();
    F.get_or_init(|| {
        let shared = CREDIT_SENTENCE_MARKS.iter().fold(CREDIT_SENTENCE_MARKS[0], |a, m| {
            let n = a.bytes().zip(m.bytes()).take_while(|(x, y)| x == y).count();
            &a[..n]
        });
        let mut promo_first = [false; 256];
        for p in &lexicon().promo_starts {
            promo_first[p.as_bytes()[0].to_ascii_lowercase() as usize] = true;
        }
        Finders {
            credit_shared: Finder::new(shared.as_bytes()),
            credit_marks: CREDIT_SENTENCE_MARKS.iter().map(|m| Finder::new(m.as_bytes())).collect(),
            click_here: Finder::new(CLICK_HERE.as_bytes()),
            dots: Finder::new(b"..."),
            promo_first,
        }
    })
}

/// A boilerplate span (bytes) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Boiler {
    pub start: usize,
    pub end: usize,
    pub reason: Reason,
}

/// Boilerplate spans of the document, sorted, not overlapping.
pub fn find_boilerplate(doc: &Document) -> Vec<Boiler> {
    find_boilerplate_given(doc, None)
}

/// The same, with whole blocks already classified (HTML: `given[b]` is the reason block `b` is not
/// the article, or `None`). The plain-text rules for a line of its own and for promotion inside a
/// paragraph still apply to the blocks left; the rule for short lines after the last paragraph,
/// which stands in for the page's structure in plain text, does not.
pub fn find_boilerplate_given(doc: &Document, given: Option<&[Option<Reason>]>) -> Vec<Boiler> {
    let mut out: Vec<Boiler> = Vec::new();
    let line_reasons: Vec<Option<Reason>> = (0..doc.blocks.len())
        .map(|b| given.and_then(|g| g[b]).or_else(|| line_reason(doc, b)))
        .collect();
    // the article ends with its last paragraph that has sentence shape
    let mut low = String::new();
    let last_content = if given.is_some() {
        None
    } else {
        (0..doc.blocks.len())
            .rev()
            .find(|&b| line_reasons[b].is_none() && has_sentence_shape(doc, b))
    };
    for (bi, b) in doc.blocks.iter().enumerate() {
        let line = &doc.text[b.start..b.end];
        let tail = last_content.is_some_and(|l| bi > l)
            && words(line) <= TAIL_LINE_WORDS
            && !is_quoted_sentence(line);
        let reason = line_reasons[bi].or(tail.then_some(Reason::Navigation));
        if let Some(reason) = reason {
            push(&mut out, b.start, b.end, reason);
            continue;
        }
        for s in &doc.sentences[b.sentences.clone()] {
            // the word lists are ASCII: one lowercased copy per sentence serves them all
            low.clear();
            low.push_str(&doc.text[s.start..s.end]);
            low.make_ascii_lowercase();
            if is_credit_sentence(&low) {
                push(&mut out, s.start, s.end, Reason::Credit);
                continue;
            }
            // a sentence that says "click here" is promotion whole
            if finders().click_here.find(low.as_bytes()).is_some() {
                push(&mut out, s.start, s.end, Reason::Promotion);
                continue;
            }
            for seg in segments(doc.text, s.start, s.end) {
                if is_promotion(&doc.text[seg.clone()]) {
                    push(&mut out, seg.start, s.end, Reason::Promotion);
                    break;
                }
            }
        }
    }
    out
}

/// Adds a span (blocks and sentences come in order, so the list stays sorted).
fn push(out: &mut Vec<Boiler>, start: usize, end: usize, reason: Reason) {
    out.push(Boiler { start, end, reason });
}

/// Why a whole block is boilerplate, if it is.
fn line_reason(doc: &Document, bi: usize) -> Option<Reason> {
    let b = &doc.blocks[bi];
    let line = &doc.text[b.start..b.end];
    let n = line.split_whitespace().take(SHORT_LINE_WORDS + 1).count();
    if n > SHORT_LINE_WORDS {
        return None; // longer than any boilerplate line
    }
    let key = line.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '.' | ':' | '|' | '»' | '›' | '>' | '•' | '-' | '–' | '—' | '!')
    });
    let lower = key.to_lowercase();
    if let Some(r) = lexicon().boilerplate_lines.get(lower.as_str()) {
        return Some(*r);
    }
    if COPYRIGHT_MARKS.iter().any(|m| lower.contains(m)) || lower.starts_with("copyright") {
        return Some(Reason::Copyright);
    }
    if CREDIT_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return Some(Reason::Credit);
    }
    if is_date_line(&lower) || is_byline(line, n) {
        return Some(Reason::Credit);
    }
    let first = lower.split_whitespace().next().unwrap_or("");
    if n <= 6
        && CREDIT_STARTS.contains(&first)
        && CREDIT_SUFFIXES.iter().any(|s| lower.ends_with(&format!(" {s}")))
    {
        return Some(Reason::Credit);
    }
    None
}

/// A line that is only a date and time ("Updated 1:39 am EST, Wednesday, November 20, 2019"): most
/// of its words are numbers, month or day names, or date words, and one of them is a year or a time.
fn is_date_line(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > SHORT_LINE_WORDS {
        return false;
    }
    let is_year_or_time = |w: &str| {
        let d = w.trim_matches(|c: char| !c.is_ascii_digit());
        (d.len() == 4
            && d.chars().all(|c| c.is_ascii_digit())
            && (d.starts_with("19") || d.starts_with("20")))
            || (d.contains(':') && d.chars().all(|c| c.is_ascii_digit() || c == ':'))
    };
    let date_word = |w: &str| {
        let w = w.trim_matches(|c: char| c == '.' || c == '-');
        w.chars().next().is_some_and(|c| c.is_ascii_digit())
            || MONTHS.contains(&w)
            || WEEKDAYS.contains(&w)
            || DATE_LINE_WORDS.contains(&w)
    };
    words.iter().any(|w| is_year_or_time(w))
        && words.iter().filter(|w| date_word(w)).count() * 10
            >= words.len() * DATE_LINE_SHARE_TENTHS
}

/// A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters" (a short line opening with a byline
/// word and a capitalised name, without a sentence end).
fn is_byline(line: &str, words: usize) -> bool {
    let mut it = line.split_whitespace();
    let (Some(first), Some(second)) = (it.next(), it.next()) else { return false };
    words <= BYLINE_WORDS
        && BYLINE_STARTS.contains(&first.to_lowercase().as_str())
        && second.chars().next().is_some_and(char::is_uppercase)
        && !line.trim_end().ends_with(['.', '!', '?', ':'])
}

/// A block that reads like prose: several words and a sentence end.
fn has_sentence_shape(doc: &Document, bi: usize) -> bool {
    let b = &doc.blocks[bi];
    let t = doc.text[b.start..b.end].trim_end_matches(['”', '"', '’', '\'', ')', '»']);
    words(t) > TAIL_LINE_WORDS && t.ends_with(['.', '!', '?', '…', ':'])
}

/// A line that is one quoted sentence ("“Nobody asked the farmers.”"): article text, however short.
fn is_quoted_sentence(line: &str) -> bool {
    const MARKS: [char; 9] = ['“', '”', '„', '"', '‘', '’', '\'', '«', '»'];
    line.starts_with(MARKS) && line.trim_end_matches(MARKS).ends_with(['.', '!', '?', '…'])
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A sentence and, when an ellipsis inside it joins two clauses, the part after each ellipsis.
fn segments(
    text: &str,
    start: usize,
    end: usize,
) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let s = &text[start..end];
    let cuts = s
        .match_indices('…')
        .map(|(i, m)| i + m.len())
        .chain(finders().dots.find_iter(s.as_bytes()).map(|i| i + 3));
    std::iter::once(start..end).chain(cuts.filter(move |&c| c < s.len()).map(move |c| {
        let lead = s[c..].len() - s[c..].trim_start().len();
        start + c + lead..end
    }))
}

/// Promotion: a segment that opens with a call to action or "is also on …" ("Just click here …").
/// (A whole sentence that says "click here" is promotion too: found by the caller.) Only the
/// segment's opening is compared: a sentence may hold many ellipses, and each segment runs to its
/// end.
fn is_promotion(seg: &str) -> bool {
    // fillers are skipped only up to the next ellipsis: what follows it is a segment of its own,
    // so the work stays linear however many ellipses a sentence holds
    let piece_end = first_ellipsis(seg);
    let mut rest = seg.trim_start();
    loop {
        let at = seg.len() - rest.len();
        let filler = PROMO_FILLERS.iter().find(|f| {
            at + f.len() < piece_end
                && starts_with_ignore_ascii_case(rest, f)
                && rest[f.len()..].starts_with(' ')
        });
        match filler {
            Some(f) => rest = rest[f.len()..].trim_start(),
            None => break,
        }
    }
    let at_word_end = |p: &str| !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric());
    let first = rest.as_bytes().first().map_or(0, |b| b.to_ascii_lowercase());
    finders().promo_first[first as usize]
        && lexicon()
            .promo_starts
            .iter()
            .any(|p| starts_with_ignore_ascii_case(rest, p) && at_word_end(p))
}

/// Byte offset of the first "…" or "..." in `s`, or its length.
fn first_ellipsis(s: &str) -> usize {
    let a = s.find('…').unwrap_or(s.len());
    finders().dots.find(&s.as_bytes()[..a]).unwrap_or(a)
}

/// `s` starts with the ASCII word list entry `p`, ignoring ASCII case.
fn starts_with_ignore_ascii_case(s: &str, p: &str) -> bool {
    s.len() >= p.len() && s.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
}

/// A credit sentence of any length: "(Reporting by …; editing by …)", "… contributed to this report."
/// `lower`: the sentence with its ASCII letters lowercased (the word lists are ASCII).
fn is_credit_sentence(lower: &str) -> bool {
    let f = finders();
    CREDIT_SENTENCE_STARTS.iter().any(|p| lower.starts_with(p))
        || (f.credit_shared.find(lower.as_bytes()).is_some()
            && f.credit_marks.iter().any(|m| m.find(lower.as_bytes()).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<(String, Reason)> {
        let d = Document::new(t);
        find_boilerplate(&d).iter().map(|b| (t[b.start..b.end].to_string(), b.reason)).collect()
    }

    #[test]
    fn glued_promotion_after_an_ellipsis() {
        let t = "A delicate dossier, which risks the Telegram app… is also on Whatsapp. Just click here to subscribe to the channel (free).";
        assert_eq!(
            spans(t),
            vec![
                ("is also on Whatsapp.".to_string(), Reason::Promotion),
                ("Just click here to subscribe to the channel (free).".to_string(), Reason::Promotion),
            ]
        );
    }

    #[test]
    fn lines_of_european_news_sites_in_their_own_languages() {
        use Reason::*;
        let t = "Der Stadtrat hat am Dienstag den Haushalt beschlossen, sagte die Bürgermeisterin. \
                 Folgen Sie uns auf Twitter.\nAnzeige\nFoto: dpa\nTeilen\nMehr zum Thema\n\
                 Rada miasta przyjęła budżet we wtorek, powiedziała burmistrz.\nREKLAMA\n\
                 Udostępnij\n© 2024 Gazeta. Wszelkie prawa zastrzeżone.\nTous droits réservés";
        assert_eq!(
            spans(t),
            vec![
                ("Folgen Sie uns auf Twitter.".to_string(), Promotion),
                ("Anzeige".to_string(), Advertisement),
                ("Foto: dpa".to_string(), Credit),
                ("Teilen".to_string(), Share),
                ("Mehr zum Thema".to_string(), Navigation),
                ("REKLAMA".to_string(), Advertisement),
                ("Udostępnij".to_string(), Share),
                ("© 2024 Gazeta. Wszelkie prawa zastrzeżone.".to_string(), Copyright),
                ("Tous droits réservés".to_string(), Copyright),
            ]
        );
    }

    #[test]
    fn promotion_after_the_last_of_many_ellipses() {
        let t = format!("{}is also on Whatsapp.", "and so… ".repeat(300));
        assert_eq!(spans(&t), vec![("is also on Whatsapp.".to_string(), Reason::Promotion)]);
    }

    #[test]
    fn article_sentences_about_subscribing_stay() {
        assert!(spans("He urged users to subscribe to his channel and follow us there.\nShe said she would sign up.").is_empty());
    }

    #[test]
    fn a_short_quoted_sentence_at_the_end_is_article_text() {
        assert!(spans("A real paragraph with enough words in it.\n“Nobody asked the farmers.”")
            .is_empty());
        assert_eq!(
            spans("A real paragraph with enough words in it.\nMore from us"),
            vec![("More from us".to_string(), Reason::Navigation)]
        );
    }

    #[test]
    fn credit_and_click_here_sentences_ignore_case() {
        assert_eq!(
            spans("A real paragraph with enough words. Staff CONTRIBUTED to this report."),
            vec![("Staff CONTRIBUTED to this report.".to_string(), Reason::Credit)]
        );
        assert_eq!(
            spans("A real paragraph with enough words. For more, Click Here now."),
            vec![("For more, Click Here now.".to_string(), Reason::Promotion)]
        );
        assert!(spans("A real paragraph with enough words. He was reporting by phone.").is_empty());
        assert_eq!(first_ellipsis("ab... cd… e"), 2);
        assert_eq!(first_ellipsis("ab… cd... e"), 2);
        assert_eq!(first_ellipsis("abc"), 3);
    }

    #[test]
    fn credits_and_headlines() {
        assert_eq!(spans("Big Headline Here\nA real paragraph with enough words in it.\nWith Post Wires\nShare."), vec![
            ("With Post Wires".to_string(), Reason::Credit),
            ("Share.".to_string(), Reason::Share),
        ]);
    }
}
