//! The stages in order: boilerplate, values and names, coreference, quotes; then the
//! annotation object (`annotation.rs`). Plain text comes in through [`annotate_text`]; the HTML
//! path (`html/`) segments the page text itself and calls [`analyse_given`] with the verdicts of
//! its classifier.

use crate::annotation::{build, Annotation, Options};
use crate::boilerplate::{find_boilerplate_given, Boiler};
use crate::coref::{cluster, Cluster, Linked};
use crate::names::{find_names, Mention, STRONG};
use crate::offsets::Utf16Offsets;
use crate::quotes::{find_quotes, Quote};
use crate::segment::Document;
use crate::types::Reason;
use crate::values::find_values;

/// Everything the stages found, in byte offsets.
pub struct Found {
    pub mentions: Vec<Linked>,
    pub clusters: Vec<Cluster>,
    pub quotes: Vec<Quote>,
    pub boilerplate: Vec<Boiler>,
}

/// Runs the stages over a segmented document.
pub fn analyse(doc: &Document, opts: &Options) -> Found {
    analyse_given(doc, opts, None)
}

/// Runs the stages with whole blocks already classified as boilerplate or not (HTML input).
pub fn analyse_given(doc: &Document, opts: &Options, given: Option<&[Option<Reason>]>) -> Found {
    let boilerplate =
        if opts.boilerplate { find_boilerplate_given(doc, given) } else { Vec::new() };
    let in_boiler = Overlap::new(&boilerplate);
    let mut mentions = Vec::new();
    if opts.entities || opts.quotes {
        let values = find_values(doc);
        let names = find_names(doc, &values);
        mentions = merge_sorted(
            values.into_iter().map(|v| Mention {
                start: v.start,
                end: v.end,
                tokens: v.tokens,
                label: v.label,
                strength: STRONG,
            }),
            names,
        );
        // a page's boilerplate found from its structure (menus, related stories, credits) is not
        // the article: its names and values are not listed, counted, clustered or highlighted.
        // In plain text the line rules are guesses (a results table's short lines look like a
        // menu), so there a line is dropped whole only when it is nothing but the "name"
        // ("Trending Now") or when its reason is written in the line itself (a copyright notice,
        // a share, cookie or subscription prompt: "All Rights Reserved" is no organisation)
        if given.is_some() {
            mentions.retain(|m| !in_boiler.hits(m.start, m.end));
        } else {
            mentions.retain(|m| {
                let k = boilerplate.partition_point(|b| b.end <= m.start);
                !boilerplate.get(k).is_some_and(|b| {
                    (b.start == m.start && b.end == m.end)
                        || (b.start <= m.start && m.end <= b.end && SURE_IN_TEXT.contains(&b.reason))
                })
            });
        }
    }
    let (mentions, clusters) = cluster(doc, mentions);
    let mut quotes = if opts.quotes { find_quotes(doc, &mentions) } else { Vec::new() };
    quotes.retain(|q| !in_boiler.hits(q.start, q.end));
    Found { mentions, clusters, quotes, boilerplate }
}

/// Plain-text boilerplate whose line says what it is: its names are not the article's.
const SURE_IN_TEXT: [Reason; 4] = [Reason::Copyright, Reason::Share, Reason::Cookie, Reason::Promotion];

/// Merges two lists sorted by start, dropping a name that overlaps a value.
fn merge_sorted(
    values: impl Iterator<Item = Mention>,
    names: Vec<Mention>,
) -> Vec<Mention> {
    let mut all: Vec<_> = values.chain(names).collect();
    all.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<Mention> = Vec::with_capacity(all.len());
    for m in all {
        if out.last().is_some_and(|p| m.start < p.end) {
            continue;
        }
        out.push(m);
    }
    out
}

/// Asks whether a span overlaps any of a sorted list of spans.
struct Overlap {
    spans: Vec<(usize, usize)>,
}

impl Overlap {
    fn new(b: &[Boiler]) -> Self {
        Overlap { spans: b.iter().map(|b| (b.start, b.end)).collect() }
    }

    fn hits(&self, start: usize, end: usize) -> bool {
        let k = self.spans.partition_point(|&(_, e)| e <= start);
        self.spans.get(k).is_some_and(|&(s, _)| s < end)
    }
}

/// Annotates plain text: one block per non-blank line.
///
/// ```
/// use article_annotator::{annotate_text, Label, Options};
/// let a = annotate_text("Pavel Durov left Paris on Monday.", &Options::default());
/// let labels: Vec<Label> = a.entities.iter().map(|e| e.label).collect();
/// assert_eq!(labels, [Label::Person, Label::Place, Label::Date]);
/// ```
pub fn annotate_text(text: &str, opts: &Options) -> Annotation {
    let doc = Document::new(text);
    let found = analyse(&doc, opts);
    build(text, &found, opts)
}

/// A range of a plain text that the caller has already judged boilerplate (from the page's
/// structure, say): UTF-16 offsets, end exclusive, and the reason. See [`annotate_text_given`].
///
/// ```
/// use article_annotator::{annotate_text_given, GivenRange, Options, Reason};
/// let text = "Home World\n“We will win,” Pavel Durov said.";
/// let nav = GivenRange { start: 0, end: 10, reason: Reason::Navigation };
/// let a = annotate_text_given(text, &[nav], &Options::default());
/// assert_eq!((a.boilerplate[0].text.as_str(), a.boilerplate[0].reason), ("Home World", Reason::Navigation));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GivenRange {
    /// Start, UTF-16 code units.
    pub start: usize,
    /// End (exclusive), UTF-16 code units.
    pub end: usize,
    /// Why the lines inside are not the article.
    pub reason: Reason,
}

/// Per block (line) of `doc`: the reason of a given range that holds the whole block, or `None`.
/// The ranges may come in any order and overlap (a block inside several takes the reason of the
/// one reaching furthest); ranges past the end of the text, or empty ones, hold nothing more.
pub fn given_reasons(doc: &Document, ranges: &[GivenRange]) -> Vec<Option<Reason>> {
    let mut sorted: Vec<&GivenRange> = ranges.iter().filter(|r| r.start < r.end).collect();
    sorted.sort_by_key(|r| r.start);
    let map = Utf16Offsets::new(doc.text);
    let mut k = 0;
    // among the ranges starting at or before the block: the one that ends last
    let mut best: Option<&GivenRange> = None;
    doc.blocks
        .iter()
        .map(|b| {
            let (s, e) = (map.get(b.start), map.get(b.end));
            while k < sorted.len() && sorted[k].start <= s {
                if best.is_none_or(|x| sorted[k].end > x.end) {
                    best = Some(sorted[k]);
                }
                k += 1;
            }
            best.filter(|r| r.end >= e).map(|r| r.reason)
        })
        .collect()
}

/// Annotates plain text whose boilerplate lines the caller has partly decided: each block (line)
/// lying inside one of `ranges` (UTF-16) is boilerplate with that range's reason; the plain-text
/// rules still apply to the other lines (lists of boilerplate lines, copyright, credits, promotion
/// glued into a paragraph), except the rule for short lines after the last paragraph, which the
/// structure stands in for, as for HTML. With `opts.boilerplate` false, no boilerplate at all.
/// Names and values inside boilerplate are left out, as for HTML.
///
/// ```
/// use article_annotator::{annotate_text_given, GivenRange, Options, Reason};
/// let text = "The storm reached Oslo on Monday.\nHome World Sport";
/// let menu = GivenRange { start: 34, end: 50, reason: Reason::Navigation };
/// let a = annotate_text_given(text, &[menu], &Options::default());
/// assert_eq!((a.boilerplate[0].text.as_str(), a.boilerplate[0].reason), ("Home World Sport", Reason::Navigation));
/// ```
pub fn annotate_text_given(text: &str, ranges: &[GivenRange], opts: &Options) -> Annotation {
    let doc = Document::new(text);
    let reasons = given_reasons(&doc, ranges);
    let found = analyse_given(&doc, opts, opts.boilerplate.then_some(&reasons[..]));
    build(text, &found, opts)
}

/// The article's main text: blocks without their boilerplate, separated by blank lines.
///
/// ```
/// use article_annotator::{main_text, Options};
/// let text = "The storm reached Oslo on Monday.\nTrending Now";
/// assert_eq!(main_text(text, &Options::default()), "The storm reached Oslo on Monday.");
/// ```
pub fn main_text(text: &str, opts: &Options) -> String {
    let doc = Document::new(text);
    let boiler = if opts.boilerplate { find_boilerplate_given(&doc, None) } else { Vec::new() };
    main_text_of(&doc, &boiler)
}

/// The blocks of `doc` without the `boiler` spans, trimmed, separated by blank lines.
pub fn main_text_of(doc: &Document, boiler: &[Boiler]) -> String {
    let text = doc.text;
    let mut out = String::new();
    let mut k = 0;
    for b in &doc.blocks {
        let mut kept = String::new();
        let mut pos = b.start;
        while k < boiler.len() && boiler[k].start < b.end {
            let bp = &boiler[k];
            if bp.start > pos {
                kept.push_str(&text[pos..bp.start]);
            }
            pos = pos.max(bp.end);
            k += 1;
        }
        if pos < b.end {
            kept.push_str(&text[pos..b.end]);
        }
        let kept = kept.trim();
        if !kept.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(kept);
        }
    }
    out
}
