//! Resolution: the entity a pronoun or a description names. A pronoun takes the nearest person
//! (or organisation) named before it outside quotes, skipping people whose gender clashes with
//! "he" or "she": a woman's given name (`src/data/female_names.txt`) or "Mrs."/"Ms."/"Miss"
//! makes a woman, another listed given name or "Mr." a man. A description prefers the person
//! introduced with its role word.

use super::{Context, APPOSITIVE_WORDS, RESOLVE_WINDOW};
use crate::coref::Linked;
use crate::lexicon::{lexicon, SPEAKER_PRONOUNS};
use crate::segment::{Document, Kind as TokKind};
use crate::types::Label;

/// How many sentences back "he" or "she" prefers a sentence's subject to a nearer person.
const SUBJECT_SENTENCES: usize = 1;

/// Gender bits of a cluster: a mention that says man, one that says woman (both: unknown).
pub const MALE: u8 = 1;
pub const FEMALE: u8 = 2;

/// Per cluster, the gender bits its person mentions give.
pub(super) fn cluster_genders(doc: &Document, mentions: &[Linked]) -> Vec<u8> {
    let l = lexicon();
    let n = mentions.iter().map(|m| m.cluster + 1).max().unwrap_or(0);
    let mut out = vec![0u8; n];
    for m in mentions.iter().filter(|m| m.label == Label::Person) {
        let Some(first) = m.tokens.clone().next().filter(|&k| k < doc.tokens.len()) else {
            continue;
        };
        let given = doc.word(first);
        let title = first.checked_sub(1).map(|k| doc.word(k).trim_end_matches('.'));
        let bit = if l.female_names.contains(given) || matches!(title, Some("Mrs" | "Ms" | "Miss")) {
            FEMALE
        } else if title == Some("Mr") || l.first_names.contains(given) {
            MALE
        } else {
            0
        };
        out[m.cluster] |= bit;
    }
    out
}

impl Context<'_, '_> {
    /// A pronoun that can name a speaker, resolved.
    pub(super) fn pronoun(&self, i: usize) -> Option<Option<usize>> {
        // not "we": the speaker inside a quote, not the one quoted
        if !self.is_pronoun_word(i) {
            return None;
        }
        let w = self.doc.word(i);
        let (_, person) = SPEAKER_PRONOUNS.iter().find(|(p, _)| w.eq_ignore_ascii_case(p))?;
        if w == "I" {
            return Some(None); // the writer (outside quotes): nobody among the clusters
        }
        Some(self.resolve(i, !person, None))
    }

    /// A pronoun that can name a speaker (what [`Self::pronoun`] answers), without resolving it.
    pub(super) fn is_pronoun_word(&self, i: usize) -> bool {
        let w = self.doc.word(i);
        !w.eq_ignore_ascii_case("we") && SPEAKER_PRONOUNS.iter().any(|(p, _)| w.eq_ignore_ascii_case(p))
    }

    /// "he", "she" (resolved to people, unlike "it" and "they").
    pub(super) fn is_personal_pronoun(&self, k: usize) -> bool {
        let w = self.doc.word(k);
        SPEAKER_PRONOUNS.iter().any(|(p, person)| *person && w.eq_ignore_ascii_case(p))
            && !w.eq_ignore_ascii_case("i")
    }

    /// The entity a pronoun or description at token `i` names: the nearest person (or
    /// organisation) mentioned before it outside quotes; for a description with the role word at
    /// token `role`, the nearest one introduced with that word, if any.
    pub(super) fn resolve(&self, i: usize, org: bool, role: Option<usize>) -> Option<usize> {
        let want = if org { Label::Org } else { Label::Person };
        let pos = self.doc.tokens[i].start;
        let upto = self.mentions.partition_point(|m| m.start < pos);
        let role = role.map(|r| self.doc.word(r)).filter(|_| !org);
        let mut nearest = None;
        // "he" and "she" skip people known to be of the other gender
        let w = self.doc.word(i);
        let clash = if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("his") {
            FEMALE
        } else if w.eq_ignore_ascii_case("she") || w.eq_ignore_ascii_case("her") {
            MALE
        } else {
            0
        };
        let here = self.doc.sentence_of(i);
        for m in self.mentions[..upto].iter().rev().take(RESOLVE_WINDOW) {
            if m.label != want || self.in_quote(m.tokens.start) {
                continue;
            }
            if clash != 0 && self.genders.get(m.cluster) == Some(&clash) {
                continue;
            }
            // "he" and "she" prefer the subject of a recent sentence to a nearer object
            // ("Berger spoke after meeting Ivanov. He said …" is Berger)
            if clash != 0 && role.is_none() {
                let near = here - self.doc.sentence_of(m.tokens.start) <= SUBJECT_SENTENCES;
                if near && !self.is_subject(m) {
                    nearest.get_or_insert(m.cluster);
                    continue;
                }
                return nearest.filter(|_| !near).or(Some(m.cluster));
            }
            let Some(role) = role else { return Some(m.cluster) };
            if self.introduced_as(m, role) {
                return Some(m.cluster);
            }
            nearest.get_or_insert(m.cluster);
        }
        nearest
    }

    /// The mention is the subject of its sentence: the first person named in it outside quotes,
    /// after no preposition and before no possessive.
    fn is_subject(&self, m: &Linked) -> bool {
        let t = m.tokens.start;
        let sent = &self.doc.sentences[self.doc.sentence_of(t)];
        let after_preposition = t > sent.tokens.start && self.is_preposition(t - 1);
        let possessive = m.tokens.end < self.n() && self.doc.tokens[m.tokens.end].kind == TokKind::Possessive;
        if after_preposition || possessive {
            return false;
        }
        let first = self.mentions.partition_point(|x| x.tokens.start < sent.tokens.start);
        let upto = self.mentions.partition_point(|x| x.tokens.start < t);
        !self.mentions[first..upto]
            .iter()
            .any(|x| x.label == Label::Person && !self.in_quote(x.tokens.start))
    }

    /// The mention has the role word as a title before it ("President X", "Telegram founder X")
    /// or in an appositive after it ("X, the founder of Telegram,").
    fn introduced_as(&self, m: &Linked, role: &str) -> bool {
        let t = m.tokens.start;
        if t > 0 && self.doc.word(t - 1).eq_ignore_ascii_case(role) {
            return true;
        }
        let e = m.tokens.end;
        if e < self.n() && self.doc.word(e) == "," {
            for k in e + 1..(e + 1 + APPOSITIVE_WORDS).min(self.n()) {
                let w = self.doc.word(k);
                if w.eq_ignore_ascii_case(role) {
                    return true;
                }
                if self.doc.tokens[k].kind == TokKind::Punct {
                    break;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::annotation::Options;
    use crate::pipeline::annotate_text;

    fn speaker_name(text: &str) -> Option<String> {
        let a = annotate_text(text, &Options::default());
        a.quotes.first().and_then(|q| q.speaker.as_ref()).map(|s| s.name.clone())
    }

    #[test]
    fn she_and_he_skip_people_of_the_other_gender() {
        let t = "Maria Lopez met Thomas Berger. She said the plan was “a mistake.”";
        assert_eq!(speaker_name(t).as_deref(), Some("Maria Lopez"));
        let t = "Thomas Berger met Maria Lopez. He said the plan was “a mistake.”";
        assert_eq!(speaker_name(t).as_deref(), Some("Thomas Berger"));
        // titles tell too; an unknown given name may be either
        let t = "Ms. Kowalczyk met Mr. Adebayo. She said the plan was “a mistake.”";
        assert_eq!(speaker_name(t).as_deref(), Some("Kowalczyk"));
        // a recent sentence's subject before a nearer object of the same gender
        let t = "Thomas Berger spoke after meeting Oleg Ivanov. He said the plan was “a mistake.”";
        assert_eq!(speaker_name(t).as_deref(), Some("Thomas Berger"));
        // an object two sentences back loses to nobody: the nearest person stays
        let t = "Thomas Berger met Oleg Ivanov. Talks went on. Then rain fell. He said it was “a mistake.”";
        assert_eq!(speaker_name(t).as_deref(), Some("Oleg Ivanov"));
        // the writer's "I" is kept with its own word; "we" names nobody
        assert_eq!(speaker_name("“It was a mistake,” I said.").as_deref(), Some("I"));
        assert_eq!(speaker_name("“It was a mistake,” we said."), None);
    }
}
