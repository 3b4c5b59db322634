#![cfg(not(target_arch = "wasm32"))]
//! Property tests: generated article-like text (words, capitalised names, quote marks of every
//! kind, values, titles and reporting verbs, boilerplate phrases, newlines, emoji, combining
//! marks, right-to-left text, zero-width and control characters, any char at all) must always
//! give an annotation that keeps the contract's invariants (`check_invariants`), with every set of
//! options, and the same annotation twice. Case counts are modest so that `cargo test` stays
//! fast; `PROPTEST_CASES=5000 cargo test --test proptests` runs a longer search.

use article_annotator::invariants::check_invariants;
use article_annotator::main_text;
use article_annotator::offsets::Utf16Offsets;
use article_annotator::{annotate_text, Options};
use proptest::prelude::*;
use proptest::sample::select;

const WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "and",
    "in",
    "to",
    "was",
    "is",
    "on",
    "that",
    "with",
    "for",
    "by",
    "after",
    "app",
    "police",
    "users",
    "company",
    "platform",
    "court",
    "minister",
    "statement",
    "news",
    "didn’t",
    "it's",
    "we’ve",
    "Jesus’",
];
const NAMES: &[&str] = &[
    "Pavel Durov",
    "Durov",
    "Emmanuel Macron",
    "Macron",
    "Telegram",
    "Paris",
    "France",
    "Russian",
    "Le Bourget",
    "Ursula von der Leyen",
    "Security Council of the Russian Federation",
    "X",
    "Elon Musk",
    "TF1",
    "U.S.",
    "Zoé",
    "Dubai",
    "Apple",
    "Google",
    "Vladimir Putin",
    "Kremlin",
    "BFMTV",
    "Aa Bb Cc",
    "NASA",
    "IP",
];
const GLUE: &[&str] = &[
    "said",
    "says",
    "told",
    "wrote",
    "added",
    "according to",
    "he",
    "she",
    "they",
    "it",
    "the president",
    "the CEO",
    "the 39-year-old",
    "Mr.",
    "Ms.",
    "President",
    "CEO",
    "of the",
    "von",
    "Sept. 5",
    "last week",
    "€5 million",
    "5 million euros",
    "12%",
    "3 per cent",
    "10:30 a.m.",
    "nearly 7,000",
    "2024",
    "the 1990s",
    "Thursday",
    "i.e.",
    "Trending Now",
    "ADS",
    "Share.",
    "Just click here to subscribe",
    "is also on Whatsapp",
    "© 2024 Site. All Rights Reserved.",
    "With Post Wires",
    "Reporting by",
];
const MARKS: &[&str] =
    &["\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "«\u{a0}", "\u{a0}»"];
const PUNCT: &[&str] =
    &[".", ",", ":", ";", "!", "?", "…", "...", "—", "–", "-", "(", ")", "[", "]", "/", "·", "•"];
const SPACE: &[&str] = &[
    " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{2028}", "\u{2029}", "\u{85}",
    "\u{3000}",
];
const ODD: &[&str] = &[
    "😀",
    "👍🏽",
    "🇫🇷",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "𝒜",
    "𐐷",
    "e\u{301}",
    "\u{301}",
    "\u{20dd}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{feff}",
    "\u{ad}",
    "\u{2060}",
    "مرحبا",
    "שלום",
    "\u{202e}",
    "\u{202c}",
    "\u{200f}",
    "\u{2067}",
    "\u{2069}",
    "\0",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{9f}",
    "\u{fffd}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:",
    "&amp;",
    "İ",
    "ß",
    "Σ",
    "ǅ",
    "K",
    "ﬁ",
];

/// One piece of article-like text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(WORDS).prop_map(str::to_string),
        3 => select(NAMES).prop_map(str::to_string),
        2 => select(GLUE).prop_map(str::to_string),
        3 => select(MARKS).prop_map(str::to_string),
        2 => select(PUNCT).prop_map(str::to_string),
        6 => select(SPACE).prop_map(str::to_string),
        2 => select(ODD).prop_map(str::to_string),
        1 => "[A-Z][a-z]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Article-like text: up to `n` pieces.
fn article(n: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..n).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = Options> {
    (any::<bool>(), any::<bool>(), any::<bool>())
        .prop_map(|(entities, quotes, boilerplate)| Options { entities, quotes, boilerplate })
}

fn assert_ok(text: &str, opts: &Options) -> Result<(), TestCaseError> {
    let a = annotate_text(text, opts);
    let bad = check_invariants(text, &a);
    prop_assert!(bad.is_empty(), "{:?}: {:#?}", text, bad);
    prop_assert!(opts.entities || (a.entities.is_empty() && a.clusters.is_empty()));
    prop_assert!(opts.quotes || a.quotes.is_empty());
    prop_assert!(opts.boilerplate || a.boilerplate.is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn article_like_text_keeps_the_invariants(text in article(120)) {
        assert_ok(&text, &Options::default())?;
    }

    #[test]
    fn every_set_of_options_keeps_the_invariants(text in article(60), opts in options()) {
        assert_ok(&text, &opts)?;
    }

    #[test]
    fn the_same_text_gives_the_same_annotation(text in article(60)) {
        let o = Options::default();
        prop_assert_eq!(annotate_text(&text, &o), annotate_text(&text, &o));
    }

    #[test]
    fn main_text_is_made_of_the_blocks(text in article(80)) {
        let m = main_text(&text, &Options::default());
        // paragraphs are trimmed and separated by one blank line; with boilerplate off it is
        // exactly the non-blank lines of the input
        for p in m.split("\n\n") {
            prop_assert_eq!(p, p.trim());
        }
        let all = main_text(&text, &Options { boilerplate: false, ..Options::default() });
        let lines: Vec<&str> = text.split(article_annotator::blocks::is_line_break).map(str::trim).filter(|l| !l.is_empty()).collect();
        prop_assert_eq!(all, lines.join("\n\n"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any string at all, not only article-like text.
    #[test]
    fn any_string_keeps_the_invariants(text in any::<String>()) {
        assert_ok(&text, &Options::default())?;
    }

    /// Any bytes, decoded the way a careless caller would.
    #[test]
    fn lossy_decoded_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        assert_ok(&text, &Options::default())?;
    }

    /// Longer articles: a few hundred pieces repeated, so that rules see the same names again.
    #[test]
    fn longer_repeated_articles_keep_the_invariants(text in article(300), times in 1usize..4) {
        assert_ok(&text.repeat(times), &Options::default())?;
    }

    /// The byte-to-UTF-16 table gives a full count's answer in any order of questions.
    #[test]
    fn utf16_offsets_agree_with_a_full_count(text in article(200), times in 1usize..30, picks in prop::collection::vec(any::<prop::sample::Index>(), 1..40)) {
        // repeated across many of the table's 64-byte marks, some inside multi-byte chars
        let text = text.repeat(times);
        let edges: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let m = Utf16Offsets::new(&text);
        for p in picks {
            let b = edges[p.index(edges.len())];
            prop_assert_eq!(m.get(b), text[..b].encode_utf16().count());
        }
        prop_assert_eq!(m.len(), text.encode_utf16().count());
    }
}
