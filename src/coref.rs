//! Stage 5: coreference. Mentions of one entity share a cluster: the same name written again,
//! a surname or given name after the full name ("Durov" after "Pavel Durov", in either order), a
//! value written the same way. Each cluster takes one label, the best-supported one among its
//! mentions, and its name is its fullest form.
//!
//! ```
//! use article_annotator::{segment::Document, values::find_values, entities::find_names, coref::cluster, Label};
//! let d = Document::new("Durov left. Telegram CEO Pavel Durov said so. Durov’s app grew.");
//! let (mentions, clusters) = cluster(&d, find_names(&d, &find_values(&d)));
//! let durov = &clusters[mentions[0].cluster];
//! assert_eq!((durov.name.as_str(), durov.label, durov.mentions), ("Pavel Durov", Label::Person, 3));
//! ```

use crate::entities::{Mention, Strength};
use crate::segment::Document;
use crate::types::Label;
use rustc_hash::FxHashMap as HashMap;

/// A mention tied to its cluster.
#[derive(Clone, Debug)]
pub struct Linked {
    pub start: usize,
    pub end: usize,
    pub tokens: std::ops::Range<usize>,
    pub label: Label,
    pub cluster: usize,
}

/// One entity: its label, fullest name and number of mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub label: Label,
    pub name: String,
    pub mentions: usize,
}

/// Groups mentions (sorted by start) into clusters; clusters are numbered by first mention.
pub fn cluster(doc: &Document, mentions: Vec<Mention>) -> (Vec<Linked>, Vec<Cluster>) {
    let text = |m: &Mention| &doc.text[m.start..m.end];
    // 1. one group per distinct surface text
    let mut group_of: HashMap<&str, usize> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    for m in &mentions {
        let g = *group_of.entry(text(m)).or_insert_with(|| {
            groups.push(Group {
                surface: text(m),
                votes: [0; Label::COUNT],
                best: 0,
                words: text(m).split_whitespace().count(),
            });
            groups.len() - 1
        });
        groups[g].vote(m.label, m.strength);
    }
    // 2. a one-word name joins the person whose full name has that word first or last
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    let mut part_of: HashMap<&str, Option<usize>> = HashMap::default();
    for (gi, g) in groups.iter().enumerate() {
        if g.words >= 2 && g.label().is_name() && g.label() == Label::Person {
            let parts = g.surface.split_whitespace();
            for p in [parts.clone().next(), parts.last()].into_iter().flatten() {
                // a word shared by two different people stays apart
                part_of
                    .entry(p)
                    .and_modify(|e| {
                        if *e != Some(gi) {
                            *e = None
                        }
                    })
                    .or_insert(Some(gi));
            }
        }
    }
    for (gi, g) in groups.iter().enumerate() {
        if g.words == 1 && g.label().is_name() {
            if let Some(Some(full)) = part_of.get(g.surface) {
                parent[gi] = *full;
            }
        }
    }
    // 3. clusters in order of first mention
    let mut cluster_of_root: HashMap<usize, usize> = HashMap::default();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut name_chars: Vec<usize> = Vec::new(); // the length of each cluster's name, kept so that it is counted once
    let mut linked = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let root = parent[group_of[text(m)]];
        let label = groups[root].label();
        let c = *cluster_of_root.entry(root).or_insert_with(|| {
            clusters.push(Cluster { label, name: String::new(), mentions: 0 });
            name_chars.push(0);
            clusters.len() - 1
        });
        let cl = &mut clusters[c];
        cl.mentions += 1;
        let chars = text(m).chars().count();
        if chars > name_chars[c] {
            cl.name = text(m).to_string();
            name_chars[c] = chars;
        }
        linked.push(Linked {
            start: m.start,
            end: m.end,
            tokens: m.tokens.clone(),
            label,
            cluster: c,
        });
    }
    (linked, clusters)
}

/// Mentions with one surface text, and the votes for their label.
struct Group<'a> {
    surface: &'a str,
    votes: [u32; Label::COUNT],
    best: Strength,
    words: usize,
}

impl Group<'_> {
    fn vote(&mut self, label: Label, strength: Strength) {
        // only the strongest evidence counts; within it, the most frequent label wins
        if strength > self.best {
            self.votes = [0; Label::COUNT];
            self.best = strength;
        }
        if strength == self.best {
            self.votes[label as usize] += 1;
        }
    }

    fn label(&self) -> Label {
        let mut best = 0;
        for (i, &v) in self.votes.iter().enumerate() {
            if v > self.votes[best] {
                best = i;
            }
        }
        Label::ALL[best]
    }
}
