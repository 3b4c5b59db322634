//! Arbitrary UTF-8 text: the annotation must keep every invariant of the contract
//! (`check_invariants`), serialize to JSON, and main text must not fail. Input that is not UTF-8
//! is cut at its first invalid byte, so that every input is used.
#![no_main]

use article_annotator::main_text;
use article_annotator::invariants::check_invariants;
use article_annotator::{annotate_text, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap(),
    };
    let opts = Options::default();
    let a = annotate_text(text, &opts);
    let bad = check_invariants(text, &a);
    assert!(bad.is_empty(), "invariants broken for {text:?}: {bad:#?}");
    serde_json::to_string(&a).expect("the annotation serializes");
    let _ = main_text(text, &opts);
});
