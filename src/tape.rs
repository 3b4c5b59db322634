//! The annotation object as numbers and one string table, for the wasm binding: JavaScript builds
//! the object from them in one call (`src/wasm.rs`), taking every span's `text` as a slice of its
//! own string, instead of one call across the boundary per field and one UTF-8 decoding per string.
//!
//! Layout of `nums` (all UTF-16 offsets; `s` = index into the string table):
//!
//! ```text
//! length
//! n_entities  then per entity:  start end label(s) entity
//! n_clusters  then per cluster: id label(s) name(s) mentions
//! n_quotes    then per quote:   start end kind(s) depth has_speaker [entity+1 name(s) start end] has_cue [start end]
//! n_boiler    then per span:    start end reason(s)
//! ```
//!
//! The string table holds the labels, kinds, reasons and names, each once, joined by NUL.
//!
//! ```
//! use article_annotator::{annotate_text, tape::Tape, Options};
//! let a = annotate_text("“Yes,” Pavel Durov said.", &Options::default());
//! let t = Tape::of(&a);
//! assert_eq!(t.nums[0] as usize, a.length);
//! assert!(t.strings.split('\0').any(|s| s == "Pavel Durov"));
//! ```

use crate::annotation::Annotation;
use rustc_hash::FxHashMap as HashMap;

/// The encoded annotation.
pub struct Tape {
    pub nums: Vec<u32>,
    /// The string table, NUL-separated.
    pub strings: String,
}

#[derive(Default)]
struct Strings<'a> {
    index: HashMap<&'a str, u32>,
    joined: String,
}

impl<'a> Strings<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let n = self.index.len() as u32;
        *self.index.entry(s).or_insert_with(|| {
            if n > 0 {
                self.joined.push('\0');
            }
            // a NUL inside a name would shift the table: it cannot come from article text spans
            // (they are sliced in JS), only from a name, where it is dropped
            self.joined.extend(s.chars().filter(|&c| c != '\0'));
            n
        })
    }
}

fn num(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

impl Tape {
    /// Encodes `a` (whose spans' `text` fields are left out: the reader slices them).
    pub fn of(a: &Annotation) -> Tape {
        let mut s = Strings::default();
        let mut n: Vec<u32> = Vec::with_capacity(2 + a.entities.len() * 4 + a.clusters.len() * 4 + a.quotes.len() * 12 + a.boilerplate.len() * 3 + 4);
        n.push(num(a.length));
        n.push(num(a.entities.len()));
        for e in &a.entities {
            n.extend([num(e.start), num(e.end), s.id(e.label.as_str()), num(e.entity)]);
        }
        n.push(num(a.clusters.len()));
        for c in &a.clusters {
            n.extend([num(c.id), s.id(c.label.as_str()), s.id(&c.name), num(c.mentions)]);
        }
        n.push(num(a.quotes.len()));
        for q in &a.quotes {
            n.extend([num(q.start), num(q.end), s.id(q.kind), num(q.depth)]);
            match &q.speaker {
                Some(sp) => n.extend([1, sp.entity.map_or(0, |e| num(e) + 1), s.id(&sp.name), num(sp.start), num(sp.end)]),
                None => n.push(0),
            }
            match &q.cue {
                Some(c) => n.extend([1, num(c.start), num(c.end)]),
                None => n.push(0),
            }
        }
        n.push(num(a.boilerplate.len()));
        for b in &a.boilerplate {
            n.extend([num(b.start), num(b.end), s.id(b.reason)]);
        }
        Tape { nums: n, strings: s.joined }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate_text, Options};

    /// Reads a tape back the way the JavaScript builder does, as JSON.
    fn read(t: &Tape, text: &str) -> serde_json::Value {
        use serde_json::json;
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |a: u32, b: u32| String::from_utf16_lossy(&units[a as usize..b as usize]);
        let strs: Vec<&str> = t.strings.split('\0').collect();
        let mut it = t.nums.iter().copied();
        let mut next = || it.next().unwrap();
        let length = next();
        let entities: Vec<_> = (0..next()).map(|_| {
            let (a, b, l, e) = (next(), next(), next(), next());
            json!({"start": a, "end": b, "text": slice(a, b), "label": strs[l as usize], "entity": e})
        }).collect();
        let clusters: Vec<_> = (0..next()).map(|_| {
            let (id, l, nm, m) = (next(), next(), next(), next());
            json!({"id": id, "label": strs[l as usize], "name": strs[nm as usize], "mentions": m})
        }).collect();
        let quotes: Vec<_> = (0..next()).map(|_| {
            let (a, b, k, d) = (next(), next(), next(), next());
            let speaker = if next() == 1 {
                let (e, nm, sa, sb) = (next(), next(), next(), next());
                json!({"entity": if e == 0 { json!(null) } else { json!(e - 1) }, "name": strs[nm as usize], "start": sa, "end": sb, "text": slice(sa, sb)})
            } else {
                json!(null)
            };
            let cue = if next() == 1 {
                let (ca, cb) = (next(), next());
                json!({"start": ca, "end": cb, "text": slice(ca, cb)})
            } else {
                json!(null)
            };
            json!({"start": a, "end": b, "text": slice(a, b), "kind": strs[k as usize], "depth": d, "speaker": speaker, "cue": cue})
        }).collect();
        let boilerplate: Vec<_> = (0..next()).map(|_| {
            let (a, b, r) = (next(), next(), next());
            json!({"start": a, "end": b, "text": slice(a, b), "reason": strs[r as usize]})
        }).collect();
        json!({"offsets": "utf16", "length": length, "entities": entities, "clusters": clusters, "quotes": quotes, "boilerplate": boilerplate})
    }

    #[test]
    fn a_tape_reads_back_as_the_annotation() {
        let text = "“We will not,” Pavel Durov said. Telegram CEO Durov, 39, left Paris on Sept. 5.\n\
                    ‘Nobody asked,’ she said. 😀 He added: “It is ‘fine’.”\nTrending Now\nShare.\n"
            .repeat(3);
        let a = annotate_text(&text, &Options::default());
        assert!(!a.quotes.is_empty() && !a.boilerplate.is_empty() && a.quotes.iter().any(|q| q.speaker.is_some()));
        let want = serde_json::to_value(&a).unwrap();
        assert_eq!(read(&Tape::of(&a), &text), want);
    }

    #[test]
    fn strings_are_stored_once() {
        let a = annotate_text(&"Pavel Durov spoke. Durov left.\n".repeat(50), &Options::default());
        let t = Tape::of(&a);
        assert_eq!(t.strings.split('\0').filter(|s| *s == "PERSON").count(), 1);
    }
}
