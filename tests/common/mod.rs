//! Shared by the native test files: where the samples and fixtures live, and the output invariants.

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
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
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

/// Checks the contract's invariants on an annotation given as JSON; returns what is wrong.
pub fn invariants(text: &str, a: &serde_json::Value) -> Vec<String> {
    let u = utf16(text);
    let mut bad = Vec::new();
    fn check(u: &[u16], what: &str, v: &serde_json::Value, bad: &mut Vec<String>) {
        let slice = |s: usize, e: usize| String::from_utf16(&u[s..e]).unwrap_or_else(|_| "<split surrogate>".into());
        let on_edge = |o: usize| o == 0 || o >= u.len() || !(0xDC00..0xE000).contains(&u[o]);
        let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        if !(s <= e && e <= u.len()) {
            bad.push(format!("{what} {s}-{e} outside the text"));
            return;
        }
        if !on_edge(s) || !on_edge(e) {
            bad.push(format!("{what} {s}-{e} splits a surrogate pair"));
        }
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            if slice(s, e) != t {
                bad.push(format!("{what} {s}-{e} text {t:?} is not the slice {:?}", slice(s, e)));
            }
        }
    }
    for list in ["entities", "quotes", "boilerplate"] {
        let items = a[list].as_array().unwrap();
        let mut last = 0;
        for v in items {
            check(&u, list, v, &mut bad);
            let s = v["start"].as_u64().unwrap() as usize;
            if s < last {
                bad.push(format!("{list} not sorted at {s}"));
            }
            last = s;
        }
    }
    let ents = a["entities"].as_array().unwrap();
    for w in ents.windows(2) {
        if w[1]["start"].as_u64() < w[0]["end"].as_u64() {
            bad.push(format!("entities overlap at {}", w[1]["start"]));
        }
    }
    let nclusters = a["clusters"].as_array().unwrap().len() as u64;
    for e in ents {
        if e["entity"].as_u64().unwrap() >= nclusters {
            bad.push(format!("entity {} has no cluster", e["text"]));
        }
    }
    for q in a["quotes"].as_array().unwrap() {
        if !q["speaker"].is_null() {
            check(&u, "speaker", &q["speaker"], &mut bad);
        }
        if !q["cue"].is_null() {
            check(&u, "cue", &q["cue"], &mut bad);
        }
    }
    if a["length"].as_u64() != Some(u.len() as u64) {
        bad.push("length is not the UTF-16 length".into());
    }
    bad
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}
