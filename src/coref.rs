//! Stage 5: coreference. Mentions of one entity share a cluster: the same name written again,
//! a surname or given name after the full name ("Durov" after "Pavel Durov", in either order), a
//! value written the same way. Each cluster takes one label, the best-supported one among its
//! mentions, and its name is its fullest form.
//!
//! ```
//! use article_annotator::{segment::Document, values::find_values, names::find_names, coref::cluster, Label};
//! let d = Document::new("Durov left. Telegram CEO Pavel Durov said so. Durov’s app grew.");
//! let (mentions, clusters) = cluster(&d, find_names(&d, &find_values(&d)));
//! let durov = &clusters[mentions[0].cluster];
//! assert_eq!((durov.name.as_str(), durov.label, durov.mentions), ("Pavel Durov", Label::Person, 3));
//! ```

use crate::names::{is_camel_case, is_dateline, Mention, Strength};
use crate::ner::gazetteer::{gazetteer, CITY, COUNTRY, FIRST_NAME, KNOWN_ORG, LAST_NAME, NATIONALITY, PLACE};
use crate::ner::hash::hash_lower;
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
            // in a name written in mixed case, a word in capitals is an acronym or initials
            // ("SEO Consultant", "DJ Khaled"), and a word in camel case a product ("NordProtect
            // Links"): not a name the person goes by
            let mixed = g.surface.chars().any(char::is_lowercase);
            let ends = [parts.clone().next(), parts.last()].into_iter().flatten();
            for p in ends.filter(|p| !(is_camel_case(p) || mixed && is_capitals(p))) {
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
    // a one-word person that is the last word of a name of two or three words the recogniser
    // typed otherwise ("Winfrey" after "Oprah Winfrey" as an ORG): a surname; the label is then
    // the cluster's summed evidence
    let mut last_of: HashMap<&str, Option<usize>> = HashMap::default();
    for (gi, g) in groups.iter().enumerate() {
        if (2..=3).contains(&g.words) && g.label().is_name() && g.label() != Label::Person {
            let words: Vec<&str> = g.surface.split_whitespace().collect();
            if words.iter().all(|w| w.starts_with(char::is_uppercase)) {
                if let Some(&last) = words.last() {
                    last_of
                        .entry(last)
                        .and_modify(|e| {
                            if *e != Some(gi) {
                                *e = None
                            }
                        })
                        .or_insert(Some(gi));
                }
            }
        }
    }
    // roots whose name is a person's by the surname evidence below, whatever the votes say
    let mut surname_of_person = vec![false; groups.len()];
    for (gi, g) in groups.iter().enumerate() {
        if g.words == 1 && g.label().is_name() {
            // a name in capitals ("NOVAK: …", a transcript's label) is the same word in mixed case
            let part = part_of
                .get(g.surface)
                .or_else(|| part_of.get(capitals_to_mixed(g.surface)?.as_str()));
            if let Some(Some(full)) = part {
                parent[gi] = *full;
            } else if let Some(Some(full)) = last_of.get(g.surface) {
                if g.label() == Label::Person {
                    parent[gi] = *full;
                } else if g.label() != groups[*full].label()
                    && is_bare_surname(g.surface)
                    && given_then_surname(groups[*full].surface)
                {
                    // typed two ways that are not a person ("Oprah Winfrey" MISC, "Winfrey"
                    // ORG), the lone word a family name that no list of places, organisations or
                    // nationalities holds, after one word that could be a given name: a person
                    // named in full, then by surname
                    parent[gi] = *full;
                    surname_of_person[*full] = true;
                }
            }
        }
    }
    // the label of a cluster: the root's, unless surnames joined a name that is not a person;
    // then the evidence of all its groups, summed (the strongest kind, then the most mentions;
    // a tie goes to the person)
    let mut summed: Vec<Option<Group>> = groups.iter().map(|_| None).collect();
    for (gi, g) in groups.iter().enumerate() {
        let root = parent[gi];
        if root != gi && groups[root].label() != Label::Person {
            let acc = summed[root].get_or_insert_with(|| groups[root].clone());
            acc.add(g);
        }
    }
    let label_of = |root: usize| match &summed[root] {
        _ if surname_of_person[root] => Label::Person,
        Some(acc) => acc.label_preferring(Label::Person),
        None => groups[root].label(),
    };
    // 3. clusters in order of first mention
    let mut cluster_of_root: HashMap<(usize, Label), usize> = HashMap::default();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut name_chars: Vec<usize> = Vec::new(); // the length of each cluster's name, kept so that it is counted once
    let mut linked = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let root = parent[group_of[text(m)]];
        // "Baltimore at Seattle": a place after "at" or "in" stays a place, whatever its cluster
        // (a team of the same name) is, and is an entity of its own: the city, not the team; so
        // does a dateline's place ("NEW YORK 1996-08-30" above a table of results)
        let label = match label_of(root) {
            Label::Org
                if m.label == Label::Place
                    && (after_at_or_in(doc, m) && is_listed_place(text(m)) || is_dateline(doc, &m.tokens)) =>
            {
                Label::Place
            }
            l => l,
        };
        let c = *cluster_of_root.entry((root, label)).or_insert_with(|| {
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

/// The word before the mention is "at" or "in", in any case ("AT" in a schedule's line).
fn after_at_or_in(doc: &Document, m: &Mention) -> bool {
    m.tokens.start > 0 && matches!(doc.word(m.tokens.start - 1).to_ascii_lowercase().as_str(), "at" | "in")
}

/// A name the gazetteer's lists of cities, countries or places hold ("Seattle", "SEATTLE"), with
/// "St", "St." and "Saint" read as one word ("ST LOUIS" as "St. Louis").
fn is_listed_place(name: &str) -> bool {
    let mut hashes: Vec<u64> = name.split_whitespace().map(hash_lower).collect();
    let listed = |h: &[u64]| gazetteer().get(h) & (CITY | COUNTRY | PLACE) != 0;
    if listed(&hashes) {
        return true;
    }
    let first = name.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    if hashes.len() > 1 && matches!(first.as_str(), "st" | "st." | "saint") {
        for w in ["st", "st.", "saint"] {
            hashes[0] = hash_lower(w);
            if listed(&hashes) {
                return true;
            }
        }
    }
    false
}

/// The gazetteer kinds that say a word names something other than a person.
const NOT_A_PERSON: u16 = CITY | COUNTRY | KNOWN_ORG | NATIONALITY | PLACE;

fn kinds(w: &str) -> u16 {
    gazetteer().get(&[hash_lower(w)])
}

/// A word the family-name list holds and no list of places, organisations or nationalities does.
fn is_bare_surname(w: &str) -> bool {
    let k = kinds(w);
    k & LAST_NAME != 0 && k & NOT_A_PERSON == 0
}

/// Two words, the first written as a name ("Oprah", not "NY") that could be a given name: one the
/// given-name lists hold, or one that no list holds at all ("Wall" of "Wall Street" is a family
/// name).
fn given_then_surname(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let (Some(first), Some(_), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let k = kinds(first);
    first.starts_with(char::is_uppercase)
        && first.chars().any(char::is_lowercase)
        && (k == FIRST_NAME || k == 0)
}

/// "NOVAK" → "Novak": a word of two letters or more in capitals, written as a name; `None` for
/// any other word.
fn capitals_to_mixed(w: &str) -> Option<String> {
    let mut chars = w.chars();
    let first = chars.next()?;
    (w.chars().count() >= 2 && w.chars().all(char::is_uppercase))
        .then(|| first.to_string() + &chars.as_str().to_lowercase())
}

/// A word of two letters or more, all of them capitals ("SEO", "NOVAK").
fn is_capitals(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// Mentions with one surface text, and the votes for their label.
#[derive(Clone)]
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

    /// Adds another group's votes (only the strongest evidence of the two counts).
    fn add(&mut self, other: &Group) {
        if other.best > self.best {
            self.votes = other.votes;
            self.best = other.best;
        } else if other.best == self.best {
            for (v, o) in self.votes.iter_mut().zip(other.votes) {
                *v += o;
            }
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

    /// The label with the most votes, `preferred` among equals.
    fn label_preferring(&self, preferred: Label) -> Label {
        let best = self.label();
        if self.votes[preferred as usize] == self.votes[best as usize] {
            preferred
        } else {
            best
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{CONTEXT, STRONG};

    /// Clusters the mentions given as (text, which occurrence of it, label, strength).
    fn clustered(text: &str, given: &[(&str, usize, Label, Strength)]) -> (Vec<Linked>, Vec<Cluster>) {
        let doc = Document::new(text);
        let ms = given
            .iter()
            .map(|&(t, nth, label, strength)| {
                let start = text.match_indices(t).nth(nth).expect("the text is there").0;
                let end = start + t.len();
                let tokens = doc.tokens.iter().position(|k| k.start == start).unwrap()
                    ..doc.tokens.iter().position(|k| k.end == end).unwrap() + 1;
                Mention { start, end, tokens, label, strength }
            })
            .collect();
        cluster(&doc, ms)
    }

    #[test]
    fn a_cluster_takes_the_summed_evidence_of_its_mentions() {
        use Label::{Misc, Org, Person, Place};
        // (text, mentions, each mention's label after clustering, number of clusters)
        type Case<'a> = (&'a str, Vec<(&'a str, usize, Label, Strength)>, [Label; 3], usize);
        let cases: Vec<Case> = vec![
            // surnames typed as people make the full name a person
            (
                "Oprah Winfrey asked. Winfrey said so. Later Winfrey left.",
                vec![("Oprah Winfrey", 0, Org, STRONG), ("Winfrey", 1, Person, STRONG), ("Winfrey", 2, Person, STRONG)],
                [Person; 3],
                1,
            ),
            // two mentions of the organisation outweigh a surname typed from context
            (
                "Goldman Sachs grew. Goldman Sachs hired. Sachs said so.",
                vec![("Goldman Sachs", 0, Org, STRONG), ("Goldman Sachs", 1, Org, STRONG), ("Sachs", 2, Person, CONTEXT)],
                [Org; 3],
                1,
            ),
            // a surname that ends two names joins neither
            (
                "Acme Smith rose. Beta Smith fell. Smith said so.",
                vec![("Acme Smith", 0, Org, STRONG), ("Beta Smith", 0, Org, STRONG), ("Smith", 2, Person, STRONG)],
                [Org, Org, Person],
                3,
            ),
            // typed two ways that are not a person: a family name after a possible given name
            (
                "Oprah Winfrey asked. Winfrey said so. Later Winfrey left.",
                vec![("Oprah Winfrey", 0, Misc, STRONG), ("Winfrey", 1, Org, STRONG), ("Winfrey", 2, Org, STRONG)],
                [Person; 3],
                1,
            ),
            // … but not after a family name, or after a word in capitals
            (
                "Wall Street fell. Wall Street rose. Street said so.",
                vec![("Wall Street", 0, Place, STRONG), ("Wall Street", 1, Place, STRONG), ("Street", 2, Org, STRONG)],
                [Place, Place, Org],
                2,
            ),
            (
                "NY Dow fell. NY Dow rose. The Dow said so.",
                vec![("NY Dow", 0, Org, STRONG), ("NY Dow", 1, Org, STRONG), ("Dow", 2, Misc, STRONG)],
                [Org, Org, Misc],
                2,
            ),
        ];
        for (text, given, labels, n) in cases {
            let (linked, clusters) = clustered(text, &given);
            let got: Vec<Label> = linked.iter().map(|m| m.label).collect();
            assert_eq!((got, clusters.len()), (labels.to_vec(), n), "{text}");
        }
        let (_, clusters) = clustered(
            "Oprah Winfrey asked. Winfrey said so.",
            &[("Oprah Winfrey", 0, Org, STRONG), ("Winfrey", 1, Person, STRONG)],
        );
        assert_eq!(clusters[0].name, "Oprah Winfrey");
    }

    #[test]
    fn a_listed_place_after_at_or_in_stays_a_place_in_a_teams_cluster() {
        use Label::{Org, Place};
        let t = "Seattle won again. Seattle signed a pitcher. They play Boston at Seattle today.";
        let given = [("Seattle", 0, Org, STRONG), ("Seattle", 1, Org, STRONG), ("Seattle", 2, Place, STRONG)];
        let (linked, clusters) = clustered(t, &given);
        let got: Vec<Label> = linked.iter().map(|m| m.label).collect();
        assert_eq!(got, vec![Org, Org, Place]);
        // the city is an entity of its own, so a cluster's mentions share its label
        assert_eq!(clusters.len(), 2);
        assert!(linked.iter().all(|m| clusters[m.cluster].label == m.label));
        // a name no place list holds takes its cluster's label
        let t = "Velbrook won again. Velbrook signed a pitcher. He began at Velbrook in May.";
        let given = [("Velbrook", 0, Org, STRONG), ("Velbrook", 1, Org, STRONG), ("Velbrook", 2, Place, STRONG)];
        let (linked, _) = clustered(t, &given);
        assert!(linked.iter().all(|m| m.label == Org));
    }

    #[test]
    fn st_and_saint_are_one_word_in_a_listed_place() {
        use Label::{Org, Place};
        let t = "ST LOUIS won again. ST LOUIS signed a pitcher. BOSTON AT ST LOUIS";
        let given = [("ST LOUIS", 0, Org, STRONG), ("ST LOUIS", 1, Org, STRONG), ("ST LOUIS", 2, Place, STRONG)];
        let (linked, _) = clustered(t, &given);
        let got: Vec<Label> = linked.iter().map(|m| m.label).collect();
        assert_eq!(got, vec![Org, Org, Place]);
    }

    #[test]
    fn a_datelines_place_stays_a_place_in_a_teams_cluster() {
        use Label::{Org, Place};
        let t = "TENNIS - STANDINGS\nBRISTOW, Kell 2031-05-14\nBRISTOW 74 59\nKELLMORE 70 63\nBRISTOW 3 KELLMORE 1";
        let given = [("BRISTOW", 0, Place, STRONG), ("BRISTOW", 1, Org, STRONG), ("BRISTOW", 2, Org, STRONG)];
        let (linked, _) = clustered(t, &given);
        let got: Vec<Label> = linked.iter().map(|m| m.label).collect();
        assert_eq!(got, vec![Place, Org, Org]);
    }

    #[test]
    fn a_name_in_capitals_joins_the_person() {
        use Label::{Misc, Person};
        let t = "Julia Novak spoke. NOVAK: Why now? EVANS: Soon.";
        let (linked, clusters) = clustered(
            t,
            &[("Julia Novak", 0, Person, STRONG), ("NOVAK", 0, Person, CONTEXT), ("EVANS", 0, Misc, CONTEXT)],
        );
        assert_eq!(linked[0].cluster, linked[1].cluster);
        assert_eq!(clusters.len(), 2);
        assert_eq!(capitals_to_mixed("NOVAK").as_deref(), Some("Novak"));
        assert_eq!(capitals_to_mixed("Novak"), None);
        assert_eq!(capitals_to_mixed("I"), None);
    }

    #[test]
    fn an_acronym_or_camel_case_word_in_a_persons_name_does_not_join_it() {
        use Label::{Org, Person};
        let t = "Hire an SEO Consultant today. SEO takes time.";
        let (linked, clusters) = clustered(
            t,
            &[("SEO Consultant", 0, Person, CONTEXT), ("SEO", 1, Org, CONTEXT)],
        );
        assert_ne!(linked[0].cluster, linked[1].cluster);
        assert_eq!((linked[1].label, clusters.len()), (Org, 2));
        assert!(is_capitals("SEO") && !is_capitals("Seo") && !is_capitals("I"));
        let t = "Get NordProtect Links today. NordProtect offers more.";
        let (linked, _) = clustered(
            t,
            &[("NordProtect Links", 0, Person, CONTEXT), ("NordProtect", 1, Org, CONTEXT)],
        );
        assert_eq!((linked[1].label, linked[0].cluster != linked[1].cluster), (Org, true));
    }
}
