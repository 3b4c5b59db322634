//! article-annotator: marks entities, quotes with their speakers, and boilerplate in news text.
//!
//! The core knows nothing of WebAssembly: [`annotate_text`] takes a `&str` and returns an
//! [`Annotation`] whose offsets are UTF-16 code units (what JavaScript's `String.prototype.slice`
//! takes); [`annotate_html`] does the same for an HTML page, over the page's text. The pipeline,
//! one module per stage, is described in `ARCHITECTURE.md`.
//!
//! ```
//! use article_annotator::{annotate_text, Options};
//! let a = annotate_text("“We will win,” Pavel Durov said.\nTrending Now", &Options::default());
//! assert_eq!(a.entities[0].text, "Pavel Durov");
//! assert_eq!(a.quotes[0].speaker.as_ref().unwrap().name, "Pavel Durov");
//! assert_eq!(a.boilerplate[0].text, "Trending Now");
//! ```
//!
//! The stages themselves are private; the `internals` feature makes them public for the
//! trainer, the benches and the examples of this repository (no stability promised).

/// Declares the stage modules: private, or public with the `internals` feature.
macro_rules! stages {
    ($($(#[$m:meta])* $name:ident),* $(,)?) => {$(
        $(#[$m])*
        #[cfg(feature = "internals")]
        pub mod $name;
        // without the feature, the items that serve only the trainer, the wasm binding or
        // the repository's tests are unused here: dead-code checks run on the internals build
        $(#[$m])*
        #[cfg(not(feature = "internals"))]
        #[allow(dead_code)]
        mod $name;
    )*};
}

stages!(
    annotation,
    blocks,
    boilerplate,
    coref,
    names,
    html,
    invariants,
    lexicon,
    ner,
    offsets,
    pipeline,
    quotes,
    scan,
    segment,
    tape,
    types,
    values,
);

#[cfg(all(target_arch = "wasm32", feature = "internals"))]
pub mod wasm;
#[cfg(all(target_arch = "wasm32", not(feature = "internals")))]
mod wasm;
#[cfg(all(target_arch = "wasm32", feature = "internals"))]
pub mod wasm_dom;
#[cfg(all(target_arch = "wasm32", not(feature = "internals")))]
mod wasm_dom;

pub use annotation::{Annotation, Boilerplate, Cluster, Entity, Options, Quote, Speaker, TextSpan};
pub use html::decode::{decode_html, decode_text, Decoded};
pub use html::{annotate_html, main_text_html};
pub use pipeline::{annotate_text, annotate_text_given, main_text, GivenRange};
pub use types::{Label, QuoteKind, Reason};

/// The README's Rust example runs as a doctest, so it stays runnable as written.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme {}
