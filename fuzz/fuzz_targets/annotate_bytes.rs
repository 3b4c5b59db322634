//! Arbitrary bytes through `String::from_utf8_lossy` (what a careless caller does with a file of
//! unknown encoding): invariants checked with all stages on, and again with a set of options taken
//! from the input's length, so that each stage is also fuzzed alone.
#![no_main]

use article_annotator::invariants::check_invariants;
use article_annotator::{annotate_text, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let all = Options::default();
    let k = data.len() % 8;
    let some = Options { entities: k & 1 != 0, quotes: k & 2 != 0, boilerplate: k & 4 != 0 };
    for opts in [all.clone(), some].iter().take(if k == 7 { 1 } else { 2 }) {
        let a = annotate_text(&text, opts);
        let bad = check_invariants(&text, &a);
        assert!(bad.is_empty(), "invariants broken with {opts:?} for {text:?}: {bad:#?}");
        assert!(opts.entities || (a.entities.is_empty() && a.clusters.is_empty()));
        assert!(opts.quotes || a.quotes.is_empty());
        assert!(opts.boilerplate || a.boilerplate.is_empty());
    }
});
