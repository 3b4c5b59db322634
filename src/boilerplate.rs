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
//! use article_annotator::{segment::Document, boilerplate::find_boilerplate};
//! let d = Document::new("Real news here.\nTrending Now\n2024 © Site. All Rights Reserved.");
//! let b: Vec<(&str, &str)> = find_boilerplate(&d).iter().map(|b| (&d.text[b.start..b.end], b.reason)).collect();
//! assert_eq!(b, vec![("Trending Now", "navigation"), ("2024 © Site. All Rights Reserved.", "copyright")]);
//! ```

use crate::lexicon::*;
use crate::segment::Document;

/// A boilerplate span (bytes) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Boiler {
    pub start: usize,
    pub end: usize,
    pub reason: Reason,
}

/// Boilerplate spans of the document, sorted, not overlapping.
pub fn find_boilerplate(doc: &Document) -> Vec<Boiler> {
    let mut out: Vec<Boiler> = Vec::new();
    let line_reasons: Vec<Option<Reason>> = (0..doc.blocks.len()).map(|b| line_reason(doc, b)).collect();
    // the article ends with its last paragraph that has sentence shape
    let last_content = (0..doc.blocks.len()).rev().find(|&b| line_reasons[b].is_none() && has_sentence_shape(doc, b));
    for (bi, b) in doc.blocks.iter().enumerate() {
        let tail = last_content.is_some_and(|l| bi > l) && words(&doc.text[b.start..b.end]) <= TAIL_LINE_WORDS;
        let reason = line_reasons[bi].or(tail.then_some("navigation"));
        if let Some(reason) = reason {
            push(&mut out, b.start, b.end, reason);
            continue;
        }
        for s in &doc.sentences[b.sentences.clone()] {
            for (k, seg) in segments(doc.text, s.start, s.end).enumerate() {
                // the first segment is the whole sentence; after it failed, a later one (a suffix
                // of it) can only be promotion by its opening (see `opens_promotion`)
                let seg_text = &doc.text[seg.clone()];
                if if k == 0 { is_promotion(seg_text) } else { opens_promotion(seg_text) } {
                    push(&mut out, seg.start, s.end, "promotion");
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
    let key = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '|' | '»' | '›' | '>' | '•' | '-' | '–' | '—' | '!'));
    let lower = key.to_lowercase();
    if let Some(r) = lexicon().boilerplate_lines.get(lower.as_str()) {
        return Some(r);
    }
    let n = words(line);
    if n > SHORT_LINE_WORDS {
        return None;
    }
    if COPYRIGHT_MARKS.iter().any(|m| lower.contains(m)) || lower.starts_with("copyright") {
        return Some("copyright");
    }
    if CREDIT_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return Some("credit");
    }
    let first = lower.split_whitespace().next().unwrap_or("");
    if n <= 6 && CREDIT_STARTS.contains(&first) && CREDIT_SUFFIXES.iter().any(|s| lower.ends_with(&format!(" {s}"))) {
        return Some("credit");
    }
    None
}

/// A block that reads like prose: several words and a sentence end.
fn has_sentence_shape(doc: &Document, bi: usize) -> bool {
    let b = &doc.blocks[bi];
    let t = doc.text[b.start..b.end].trim_end_matches(['”', '"', '’', '\'', ')', '»']);
    words(t) > TAIL_LINE_WORDS && t.ends_with(['.', '!', '?', '…', ':'])
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A sentence and, when an ellipsis inside it joins two clauses, the part after each ellipsis.
fn segments(text: &str, start: usize, end: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let s = &text[start..end];
    let cuts = s.match_indices(['…']).map(|(i, m)| i + m.len()).chain(s.match_indices("...").map(|(i, _)| i + 3));
    std::iter::once(start..end).chain(cuts.filter(move |&c| c < s.len()).map(move |c| {
        let lead = s[c..].len() - s[c..].trim_start().len();
        start + c + lead..end
    }))
}

/// Promotion: a segment that opens with a call to action or "is also on …" ("Just click here …").
fn is_promotion(seg: &str) -> bool {
    let lower = seg.to_lowercase();
    opens_with_promo(skip_fillers(&lower)) || lower.contains("click here")
}

/// The lowercase text after the leading fillers ("just", "please", …) and spaces.
fn skip_fillers(lower: &str) -> &str {
    let mut rest = lower;
    loop {
        let trimmed = rest.trim_start();
        let next = PROMO_FILLERS.iter().find_map(|f| trimmed.strip_prefix(f).filter(|r| r.starts_with(' ')));
        match next {
            Some(r) => rest = r,
            None => return trimmed,
        }
    }
}

fn opens_with_promo(rest: &str) -> bool {
    lexicon().promo_starts.iter().any(|p| rest.starts_with(p))
}

/// `is_promotion` for a segment after an ellipsis, whose sentence as a whole is not promotion (so
/// it holds no "click here"): only its opening is read. Lowercasing a prefix that doubles until
/// it reaches past the fillers, instead of the whole rest of the sentence for every ellipsis,
/// keeps a sentence with many ellipses linear (it was quadratic: "a… a… a… …").
fn opens_promotion(seg: &str) -> bool {
    // bytes needed after the fillers to decide: the longest opening (and some slack)
    let need = lexicon().promo_starts.iter().map(|p| p.len()).max().unwrap_or(0) + 8;
    let mut len = 64;
    loop {
        let mut cut = len.min(seg.len());
        while !seg.is_char_boundary(cut) {
            cut -= 1;
        }
        let lower = seg[..cut].to_lowercase();
        let rest = skip_fillers(&lower);
        if cut == seg.len() || rest.len() >= need {
            return opens_with_promo(rest);
        }
        len *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<(String, &'static str)> {
        let d = Document::new(t);
        find_boilerplate(&d).iter().map(|b| (t[b.start..b.end].to_string(), b.reason)).collect()
    }

    #[test]
    fn glued_promotion_after_an_ellipsis() {
        let t = "A delicate dossier, which risks the Telegram app… is also on Whatsapp. Just click here to subscribe to the channel (free).";
        assert_eq!(spans(t), vec![
            ("is also on Whatsapp.".to_string(), "promotion"),
            ("Just click here to subscribe to the channel (free).".to_string(), "promotion"),
        ]);
    }

    #[test]
    fn article_sentences_about_subscribing_stay() {
        assert!(spans("He urged users to subscribe to his channel and follow us there.\nShe said she would sign up.").is_empty());
    }

    #[test]
    fn credits_and_headlines() {
        assert_eq!(spans("Big Headline Here\nA real paragraph with enough words in it.\nWith Post Wires\nShare."), vec![
            ("With Post Wires".to_string(), "credit"),
            ("Share.".to_string(), "share"),
        ]);
    }
}
