//! The output format: the annotation object of `ANNOTATION_FORMAT.md` and the options that
//! choose what goes into it, built from what the stages found with byte spans turned into UTF-16
//! offsets in one pass.

use crate::offsets::Utf16Offsets;
use crate::pipeline::Found;
use crate::types::{Label, QuoteKind, Reason};
use serde::{Deserialize, Serialize};

/// What to annotate. All on by default; in JSON and JavaScript an object such as
/// `{"quotes": false}`, unknown keys refused.
///
/// ```
/// use article_annotator::{annotate_text, Options};
/// let only_quotes = Options { entities: false, boilerplate: false, ..Options::default() };
/// let a = annotate_text("“Yes,” she said.", &only_quotes);
/// assert!(a.entities.is_empty());
/// assert_eq!(a.quotes.len(), 1);
/// ```
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Find people, organisations, places, other names and values.
    pub entities: bool,
    /// Find quotations and their speakers.
    pub quotes: bool,
    /// Find what is not the article (navigation, prompts, credits ...).
    pub boilerplate: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { entities: true, quotes: true, boilerplate: true }
    }
}

/// The annotation object of `ANNOTATION_FORMAT.md`. Every offset is in UTF-16 code units into the
/// input (into [`Annotation::text`] for HTML input), `end` exclusive; each list is sorted by start.
///
/// ```
/// use article_annotator::{annotate_text, Options};
/// let a = annotate_text("Pavel Durov spoke. Durov left.", &Options::default());
/// assert_eq!(a.offsets, "utf16");
/// assert_eq!(a.entities.len(), 2);
/// assert_eq!(a.entities[0].entity, a.entities[1].entity);
/// assert_eq!(a.clusters[a.entities[1].entity].name, "Pavel Durov");
/// ```
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Annotation {
    /// Always `"utf16"`: the unit of every offset.
    pub offsets: &'static str,
    /// The length of the text in UTF-16 code units.
    pub length: usize,
    /// Entity mentions, sorted by start, never overlapping.
    pub entities: Vec<Entity>,
    /// One entry per entity: the mentions of one entity share its `id`.
    pub clusters: Vec<Cluster>,
    /// Quotations, sorted by start.
    pub quotes: Vec<Quote>,
    /// Spans that are not part of the article, sorted by start.
    pub boilerplate: Vec<Boilerplate>,
    /// The text the offsets refer to, when it is not the input itself (HTML input).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// One mention of an entity or value.
///
/// ```
/// use article_annotator::{annotate_text, Label, Options};
/// let a = annotate_text("It cost €5 million.", &Options::default());
/// assert_eq!((a.entities[0].text.as_str(), a.entities[0].label), ("€5 million", Label::Money));
/// ```
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Entity {
    /// Start, UTF-16 code units.
    pub start: usize,
    /// End (exclusive), UTF-16 code units.
    pub end: usize,
    /// The mention's words as written.
    pub text: String,
    /// What the mention is; the same for all mentions of one cluster.
    pub label: Label,
    /// Index into [`Annotation::clusters`].
    pub entity: usize,
}

/// One entity, however often and however fully it is named.
///
/// ```
/// use article_annotator::{annotate_text, Options};
/// let a = annotate_text("Pavel Durov spoke. Durov left.", &Options::default());
/// assert_eq!((a.clusters[0].name.as_str(), a.clusters[0].mentions), ("Pavel Durov", 2));
/// ```
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Cluster {
    /// Its index in [`Annotation::clusters`].
    pub id: usize,
    /// The label of all its mentions.
    pub label: Label,
    /// The fullest form of its name.
    pub name: String,
    /// How many mentions it has.
    pub mentions: usize,
}

/// Who a quote is from: the words naming the source here (a name, a pronoun, a title or a
/// description) and the entity they refer to.
///
/// ```
/// use article_annotator::{annotate_text, Options};
/// let a = annotate_text("Pavel Durov spoke. “We will win,” he said.", &Options::default());
/// let s = a.quotes[0].speaker.as_ref().unwrap();
/// assert_eq!((s.text.as_str(), s.name.as_str()), ("he", "Pavel Durov"));
/// ```
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Speaker {
    /// The cluster the words refer to, or `None` (a description of an unnamed source).
    pub entity: Option<usize>,
    /// The cluster's name, or the description's words when `entity` is `None`.
    pub name: String,
    /// Start of the words naming the source, UTF-16 code units.
    pub start: usize,
    /// End (exclusive) of those words.
    pub end: usize,
    /// Those words as written.
    pub text: String,
}

/// A span of the text with its words (a quote's cue, such as "said").
///
/// ```
/// use article_annotator::{annotate_text, Options};
/// let a = annotate_text("“We will win,” Durov said.", &Options::default());
/// assert_eq!(a.quotes[0].cue.as_ref().unwrap().text, "said");
/// ```
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TextSpan {
    /// Start, UTF-16 code units.
    pub start: usize,
    /// End (exclusive), UTF-16 code units.
    pub end: usize,
    /// The words as written.
    pub text: String,
}

/// A quotation.
///
/// ```
/// use article_annotator::{annotate_text, Options, QuoteKind};
/// let a = annotate_text("“We will win,” Durov said.", &Options::default());
/// assert_eq!((a.quotes[0].text.as_str(), a.quotes[0].kind), ("We will win,", QuoteKind::Direct));
/// ```
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Quote {
    /// Start of the quoted words, UTF-16 code units.
    pub start: usize,
    /// End (exclusive) of the quoted words.
    pub end: usize,
    /// The quoted words.
    pub text: String,
    /// A statement, a fragment in the writer's sentence, or a term.
    pub kind: QuoteKind,
    /// 0 for a quote in the writer's text, 1 for a quote inside a quote, and so on.
    pub depth: usize,
    /// Who said it, when someone can be named (never for a term).
    pub speaker: Option<Speaker>,
    /// The reporting words ("said", "according to"), when there are any.
    pub cue: Option<TextSpan>,
}

/// Text that is not part of the article.
///
/// ```
/// use article_annotator::{annotate_text, Options, Reason};
/// let a = annotate_text("A paragraph of the story.\nTrending Now", &Options::default());
/// assert_eq!((a.boilerplate[0].text.as_str(), a.boilerplate[0].reason), ("Trending Now", Reason::Navigation));
/// ```
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Boilerplate {
    /// Start, UTF-16 code units.
    pub start: usize,
    /// End (exclusive), UTF-16 code units.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// Why it is not the article.
    pub reason: Reason,
}

/// Turns what was found into the output object (UTF-16 offsets).
pub fn build(text: &str, f: &Found, opts: &Options) -> Annotation {
    build_with(text, f, opts, true)
}

/// [`build`] with every span's `text` left empty (no copy of each span): for a caller that slices
/// the texts itself from its own copy of the input, as the wasm binding does from the JS string.
/// Names (of clusters and speakers) are filled in as always.
pub fn build_without_span_texts(text: &str, f: &Found, opts: &Options) -> Annotation {
    build_with(text, f, opts, false)
}

fn build_with(text: &str, f: &Found, opts: &Options, span_texts: bool) -> Annotation {
    let map = Utf16Offsets::new(text);
    let slice =
        |s: usize, e: usize| if span_texts { text[s..e].to_string() } else { String::new() };
    let mut entities = Vec::new();
    let mut cluster_ids = vec![None; f.clusters.len()];
    let mut clusters = Vec::new();
    if opts.entities {
        for m in &f.mentions {
            let id = *cluster_ids[m.cluster].get_or_insert_with(|| {
                let c = &f.clusters[m.cluster];
                clusters.push(Cluster {
                    id: clusters.len(),
                    label: c.label,
                    name: c.name.clone(),
                    mentions: c.mentions,
                });
                clusters.len() - 1
            });
            entities.push(Entity {
                start: map.get(m.start),
                end: map.get(m.end),
                text: slice(m.start, m.end),
                label: m.label,
                entity: id,
            });
        }
    }
    let mut quotes = Vec::with_capacity(f.quotes.len());
    for q in &f.quotes {
        let speaker = q.speaker.as_ref().map(|s| {
            let name = match s.cluster {
                Some(c) => f.clusters[c].name.clone(),
                None => text[s.start..s.end].to_string(),
            };
            let entity = s.cluster.and_then(|c| cluster_ids[c]);
            Speaker {
                entity,
                name,
                start: map.get(s.start),
                end: map.get(s.end),
                text: slice(s.start, s.end),
            }
        });
        let cue = q.cue.as_ref().map(|c| TextSpan {
            start: map.get(c.start),
            end: map.get(c.end),
            text: slice(c.start, c.end),
        });
        quotes.push(Quote {
            start: map.get(q.start),
            end: map.get(q.end),
            text: slice(q.start, q.end),
            kind: q.kind,
            depth: q.depth,
            speaker,
            cue,
        });
    }
    let boilerplate = f
        .boilerplate
        .iter()
        .map(|b| Boilerplate {
            start: map.get(b.start),
            end: map.get(b.end),
            text: slice(b.start, b.end),
            reason: b.reason,
        })
        .collect();
    Annotation {
        offsets: "utf16",
        length: map.len(),
        entities,
        clusters,
        quotes,
        boilerplate,
        text: None,
    }
}

