//! Arbitrary UTF-8 as an HTML page: `annotate_html` must keep every invariant of the contract over
//! the page's text it returns (`check_invariants` checks against `text`), serialize to JSON, and
//! `main_text_html` must not fail. Input that is not UTF-8 is cut at its first invalid byte.
#![no_main]

use article_annotator::invariants::check_invariants;
use article_annotator::{annotate_html, main_text_html, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap(),
    };
    let opts = Options::default();
    let a = annotate_html(html, &opts);
    assert!(a.text.is_some(), "the HTML path returns the page's text");
    let bad = check_invariants(html, &a);
    assert!(bad.is_empty(), "invariants broken for {html:?}: {bad:#?}");
    serde_json::to_string(&a).expect("the annotation serializes");
    let _ = main_text_html(html, &opts);
});
