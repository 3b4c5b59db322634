//! article-annotator: marks entities, quotes with their speakers, and boilerplate in news text.
//!
//! The core knows nothing of WebAssembly: [`annotate_text`] takes a `&str` and returns an
//! [`Annotation`] whose offsets are UTF-16 code units (what JavaScript's `String.prototype.slice`
//! takes). The pipeline, one module per stage, is described in `ARCHITECTURE.md`.
//!
//! ```
//! use article_annotator::{annotate_text, Options};
//! let a = annotate_text("“We will win,” Pavel Durov said.\nTrending Now", &Options::default());
//! assert_eq!(a.entities[0].text, "Pavel Durov");
//! assert_eq!(a.quotes[0].speaker.as_ref().unwrap().name, "Pavel Durov");
//! assert_eq!(a.boilerplate[0].text, "Trending Now");
//! ```

pub mod annotation;
pub mod blocks;
pub mod boilerplate;
pub mod coref;
pub mod entities;
pub mod html;
pub mod invariants;
pub mod lexicon;
pub mod ner;
pub mod offsets;
pub mod quotes;
pub mod scan;
pub mod segment;
pub mod tape;
pub mod values;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
#[cfg(target_arch = "wasm32")]
pub mod wasm_dom;

pub use annotation::{annotate_text, Annotation, Options};
pub use html::{annotate_html, main_text_html};
pub use invariants::check_invariants;

use serde::Serialize;

/// What an entity mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Person,
    Org,
    Place,
    Misc,
    Date,
    Time,
    Money,
    Percent,
    Number,
}

impl Label {
    pub const COUNT: usize = 9;
    pub const ALL: [Label; Label::COUNT] = [
        Label::Person,
        Label::Org,
        Label::Place,
        Label::Misc,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
        Label::Number,
    ];

    /// Names (as opposed to values).
    pub fn is_name(self) -> bool {
        matches!(self, Label::Person | Label::Org | Label::Place | Label::Misc)
    }

    /// The label as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Place => "PLACE",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Number => "NUMBER",
        }
    }
}
