//! Shared by the native test files: where the samples and fixtures live; the output invariants are
//! checked by `article_annotator::invariants::check_invariants` (src/invariants.rs).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The five sample articles (names without extension), sorted.
pub fn samples() -> Vec<(String, String)> {
    let dir = root().join("www/samples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("www/samples")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 5, "five sample articles in www/samples");
    out
}

pub fn fixture_path(name: &str) -> PathBuf {
    root().join("tests/fixtures/samples").join(format!("{name}.json"))
}

/// ../shared, when it is there.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.join("data").is_dir().then_some(p)
}

/// UTF-16 code units of `text`.
pub fn utf16(text: &str) -> Vec<u16> {
    text.encode_utf16().collect()
}

/// The contract's invariants for `text`, checked by the library's one checker; what is wrong.
pub fn invariants(text: &str, a: &article_annotator::Annotation) -> Vec<String> {
    article_annotator::invariants::check_invariants(text, a)
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}
