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
//! The string table holds the labels, kinds, reasons and names, each once, one after the other;
//! `lens` gives each one's length in UTF-16 units, so a name may hold any character.
//!
//! ```
//! use article_annotator::{annotate_text, tape::Tape, Options};
//! let a = annotate_text("“Yes,” Pavel Durov said.", &Options::default());
//! let t = Tape::of(&a);
//! assert_eq!(t.nums[0] as usize, a.length);
//! assert!(t.strings.contains("Pavel Durov"));
//! assert_eq!(t.lens.iter().sum::<u32>() as usize, t.strings.encode_utf16().count());
//! ```

use crate::annotation::Annotation;
use rustc_hash::FxHashMap as HashMap;

/// The encoded annotation.
pub struct Tape {
    pub nums: Vec<u32>,
    /// The string table: its strings one after the other.
    pub strings: String,
    /// The length of each string of the table, in UTF-16 units.
    pub lens: Vec<u32>,
}

#[derive(Default)]
struct Strings<'a> {
    index: HashMap<&'a str, u32>,
    joined: String,
    lens: Vec<u32>,
}

impl<'a> Strings<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let n = self.lens.len() as u32;
        *self.index.entry(s).or_insert_with(|| {
            self.joined.push_str(s);
            self.lens.push(num(s.encode_utf16().count()));
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
        let mut n: Vec<u32> = Vec::with_capacity(
            2 + a.entities.len() * 4
                + a.clusters.len() * 4
                + a.quotes.len() * 12
                + a.boilerplate.len() * 3
                + 4,
        );
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
            n.extend([num(q.start), num(q.end), s.id(q.kind.as_str()), num(q.depth)]);
            match &q.speaker {
                Some(sp) => n.extend([
                    1,
                    sp.entity.map_or(0, |e| num(e) + 1),
                    s.id(&sp.name),
                    num(sp.start),
                    num(sp.end),
                ]),
                None => n.push(0),
            }
            match &q.cue {
                Some(c) => n.extend([1, num(c.start), num(c.end)]),
                None => n.push(0),
            }
        }
        n.push(num(a.boilerplate.len()));
        for b in &a.boilerplate {
            n.extend([num(b.start), num(b.end), s.id(b.reason.as_str())]);
        }
        Tape { nums: n, strings: s.joined, lens: s.lens }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::Options;
    use crate::pipeline::annotate_text;

    /// Reads a tape back the way the JavaScript builder does, as JSON.
    fn read(t: &Tape, text: &str) -> serde_json::Value {
        use serde_json::json;
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |a: u32, b: u32| String::from_utf16_lossy(&units[a as usize..b as usize]);
        let table: Vec<u16> = t.strings.encode_utf16().collect();
        let mut at = 0;
        let strs: Vec<String> = t
            .lens
            .iter()
            .map(|&l| {
                at += l as usize;
                String::from_utf16_lossy(&table[at - l as usize..at])
            })
            .collect();
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
        let boilerplate: Vec<_> = (0..next())
            .map(|_| {
                let (a, b, r) = (next(), next(), next());
                json!({"start": a, "end": b, "text": slice(a, b), "reason": strs[r as usize]})
            })
            .collect();
        json!({"offsets": "utf16", "length": length, "entities": entities, "clusters": clusters, "quotes": quotes, "boilerplate": boilerplate})
    }

    #[test]
    fn a_tape_reads_back_as_the_annotation() {
        let text =
            "“We will not,” Pavel Durov said. Telegram CEO Durov, 39, left Paris on Sept. 5.\n\
                    ‘Nobody asked,’ she said. 😀 He added: “It is ‘fine’.”\nTrending Now\nShare.\n"
                .repeat(3);
        let a = annotate_text(&text, &Options::default());
        assert!(
            !a.quotes.is_empty()
                && !a.boilerplate.is_empty()
                && a.quotes.iter().any(|q| q.speaker.is_some())
        );
        let want = serde_json::to_value(&a).unwrap();
        assert_eq!(read(&Tape::of(&a), &text), want);
    }

    #[test]
    fn the_build_without_span_texts_gives_the_same_tape() {
        // the wasm binding builds without span texts: the reader must get the whole object anyway
        let text =
            "“We will not,” Pavel Durov said. ‘Nobody asked,’ she said.\nTrending Now\n".repeat(3);
        let opts = Options::default();
        let doc = crate::segment::Document::new(&text);
        let found = crate::pipeline::analyse(&doc, &opts);
        let lean = crate::annotation::build_without_span_texts(&text, &found, &opts);
        assert!(
            lean.entities.iter().all(|e| e.text.is_empty())
                && lean.quotes.iter().all(|q| q.text.is_empty())
        );
        let full = annotate_text(&text, &opts);
        assert_eq!(read(&Tape::of(&lean), &text), serde_json::to_value(&full).unwrap());
    }

    #[test]
    fn strings_are_stored_once() {
        let a = annotate_text(&"Pavel Durov spoke. Durov left.\n".repeat(50), &Options::default());
        let t = Tape::of(&a);
        assert_eq!(t.strings.matches("PERSON").count(), 1);
    }

    #[test]
    fn names_with_any_character_read_back_whole() {
        // a name holding a NUL and an astral character: the table is cut by lengths, not separators
        let text = "“Yes,” Pavel\u{0}Durov said. Zoë 😀Ng left.\n".repeat(2);
        let a = annotate_text(&text, &Options::default());
        let t = Tape::of(&a);
        assert_eq!(read(&t, &text), serde_json::to_value(&a).unwrap());
        let a = crate::annotation::Annotation {
            clusters: vec![crate::annotation::Cluster {
                id: 0,
                label: crate::types::Label::Person,
                name: "a\u{0}b😀".into(),
                mentions: 1,
            }],
            ..a
        };
        assert_eq!(read(&Tape::of(&a), &text)["clusters"][0]["name"], "a\u{0}b😀");
    }
}
