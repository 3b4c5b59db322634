//! Writes the training rows of the experimental window network (`src/ner/window.rs`): for each
//! CoNLL file given (`FILE[@SENTENCES]`, cut into documents of SENTENCES sentences when it has no
//! `-DOCSTART-`, 1 unless given), each token of each sentence as `row bits candidate gold`, a
//! blank line after each sentence. `candidate` is whether the perceptron scores the token when the
//! classes before it are the gold ones.
//!
//! `cargo run --release --features internals --example window_data -- FILE... > rows.txt`

#[cfg(not(target_arch = "wasm32"))]
use article_annotator::ner::train::{read_conll, read_conll_chunked, token_classes};
#[cfg(not(target_arch = "wasm32"))]
use article_annotator::ner::{features, is_candidate, window};
#[cfg(not(target_arch = "wasm32"))]
use article_annotator::segment::Document;
#[cfg(not(target_arch = "wasm32"))]
use std::fmt::Write;

// the training code is native only (the wasm test build compiles the examples too)
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut out = String::new();
    for arg in std::env::args().skip(1) {
        let (path, n) = match arg.split_once('@') {
            Some((p, n)) => (p.to_string(), n.parse().expect("FILE@SENTENCES")),
            None => (arg.clone(), 1),
        };
        let src = std::fs::read_to_string(&path).expect("a readable CoNLL file");
        let docs =
            if src.contains("-DOCSTART-") { read_conll(&src) } else { read_conll_chunked(&src, n) };
        for d in docs {
            let doc = Document::new(&d.text);
            let toks = features::tokens(&doc);
            let gold = token_classes(&doc, &d.names);
            for s in &doc.sentences {
                let (s0, s1) = (s.tokens.start, s.tokens.end);
                let mut y1 = 0;
                for (i, &g) in gold.iter().enumerate().take(s1).skip(s0) {
                    let (row, bits) = window::input(&toks, Some(i), s0);
                    let cand = is_candidate(&toks, i, s1, y1) as u8;
                    let _ = writeln!(out, "{row} {bits} {cand} {g}");
                    y1 = g;
                }
                out.push('\n');
            }
        }
        eprintln!("{path}: {} bytes so far", out.len());
    }
    print!("{out}");
}
