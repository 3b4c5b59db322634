//! The output contract's invariants (`ANNOTATION_FORMAT.md`, `ARCHITECTURE.md` "Invariants"),
//! checked in one place: by the tests, the property tests, the hostile corpus and the fuzz targets.
//!
//! ```
//! use article_annotator::{annotate_text, invariants::check_invariants, Options};
//! let text = "😀 “Yes,” said Pavel Durov.";
//! let a = annotate_text(text, &Options::default());
//! assert_eq!(check_invariants(text, &a), Vec::<String>::new());
//! ```

use crate::annotation::Annotation;
use crate::types::QuoteKind;

/// What is wrong with `a` as the annotation of `input`; empty when every invariant holds.
///
/// Offsets are taken against `a.text` when the annotation carries one (HTML input), else against
/// `input`. Checked: `offsets` is `"utf16"` and `length` the UTF-16 length; every span (entity,
/// quote, boilerplate, speaker, cue) lies inside the text, `start <= end`, neither end inside a
/// surrogate pair, and its `text` is exactly the UTF-16 slice; entities, quotes and boilerplate are
/// each sorted by `start`; entities do not overlap; every entity's `entity` and every speaker's
/// `entity` index `clusters`; cluster `id`s are their indexes; quote kinds are `direct`/`partial`.
pub fn check_invariants(input: &str, a: &Annotation) -> Vec<String> {
    let text = a.text.as_deref().unwrap_or(input);
    let u: Vec<u16> = text.encode_utf16().collect();
    let mut bad = Vec::new();
    if a.offsets != "utf16" {
        bad.push(format!("offsets is {:?}, not \"utf16\"", a.offsets));
    }
    if a.length != u.len() {
        bad.push(format!("length {} is not the UTF-16 length {}", a.length, u.len()));
    }
    let mut span = |what: &str, s: usize, e: usize, t: &str| {
        if !(s <= e && e <= u.len()) {
            bad.push(format!("{what} {s}-{e} outside the text (length {})", u.len()));
            return;
        }
        let splits = |o: usize| o > 0 && o < u.len() && is_high(u[o - 1]) && is_low(u[o]);
        if splits(s) || splits(e) {
            bad.push(format!("{what} {s}-{e} splits a surrogate pair"));
        }
        if !t.encode_utf16().eq(u[s..e].iter().copied()) {
            bad.push(format!(
                "{what} {s}-{e}: text {t:?} is not the slice {:?}",
                String::from_utf16_lossy(&u[s..e])
            ));
        }
    };
    for e in &a.entities {
        span("entity", e.start, e.end, &e.text);
    }
    for q in &a.quotes {
        span("quote", q.start, q.end, &q.text);
        if let Some(sp) = &q.speaker {
            span("speaker", sp.start, sp.end, &sp.text);
        }
        if let Some(c) = &q.cue {
            span("cue", c.start, c.end, &c.text);
        }
    }
    for b in &a.boilerplate {
        span("boilerplate", b.start, b.end, &b.text);
    }
    let unsorted = |what: &str, starts: &mut dyn Iterator<Item = usize>, bad: &mut Vec<String>| {
        let mut last = 0;
        for s in starts {
            if s < last {
                bad.push(format!("{what} not sorted by start at {s} (after {last})"));
            }
            last = s;
        }
    };
    unsorted("entities", &mut a.entities.iter().map(|e| e.start), &mut bad);
    unsorted("quotes", &mut a.quotes.iter().map(|q| q.start), &mut bad);
    unsorted("boilerplate", &mut a.boilerplate.iter().map(|b| b.start), &mut bad);
    for w in a.entities.windows(2) {
        if w[1].start < w[0].end {
            bad.push(format!(
                "entities {}-{} and {}-{} overlap",
                w[0].start, w[0].end, w[1].start, w[1].end
            ));
        }
    }
    for (i, c) in a.clusters.iter().enumerate() {
        if c.id != i {
            bad.push(format!("cluster {i} has id {}", c.id));
        }
    }
    for e in &a.entities {
        if e.entity >= a.clusters.len() {
            bad.push(format!(
                "entity {:?} at {} names cluster {} of {}",
                e.text,
                e.start,
                e.entity,
                a.clusters.len()
            ));
        }
    }
    for q in &a.quotes {
        if q.kind == QuoteKind::Term && q.speaker.is_some() {
            bad.push(format!("term quote at {} has a speaker", q.start));
        }
        if let Some(c) = q.speaker.as_ref().and_then(|s| s.entity) {
            if c >= a.clusters.len() {
                bad.push(format!(
                    "speaker of the quote at {} names cluster {c} of {}",
                    q.start,
                    a.clusters.len()
                ));
            }
        }
    }
    bad
}

fn is_high(u: u16) -> bool {
    (0xD800..0xDC00).contains(&u)
}

fn is_low(u: u16) -> bool {
    (0xDC00..0xE000).contains(&u)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{Boilerplate as BoilerOut, Entity as EntityOut};
    use crate::pipeline::annotate_text;
    use crate::types::Label;
    use crate::annotation::Options;

    #[test]
    fn a_broken_annotation_is_caught() {
        let text = "😀 Pavel Durov said.";
        let mut a = annotate_text(text, &Options::default());
        assert!(check_invariants(text, &a).is_empty());
        // inside the emoji's surrogate pair, text not the slice, cluster out of range
        a.entities.push(EntityOut {
            start: 1,
            end: 3,
            text: "x".into(),
            label: Label::Misc,
            entity: 99,
        });
        a.boilerplate.push(BoilerOut {
            start: 5,
            end: 500,
            text: String::new(),
            reason: crate::types::Reason::Navigation,
        });
        a.length += 1;
        let bad = check_invariants(text, &a).join("\n");
        for want in [
            "splits a surrogate pair",
            "is not the slice",
            "names cluster 99",
            "outside the text",
            "length",
            "not sorted",
        ] {
            assert!(bad.contains(want), "{want} missing from:\n{bad}");
        }
    }
}
