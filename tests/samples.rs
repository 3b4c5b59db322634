#![cfg(not(target_arch = "wasm32"))]
//! The five sample articles: the library and the native CLI give exactly the committed fixtures
//! (which the wasm tests also compare against), the output keeps the contract's invariants, and,
//! when ../shared is there, the scorer's figures stay at or above the levels reached.
//!
//! Regenerate the fixtures after an intended change: `UPDATE_FIXTURES=1 cargo test --test samples`.

mod common;

use article_annotator::{annotate_text, Options};
use common::*;
use std::process::Command;

fn annotation_json(text: &str) -> String {
    serde_json::to_string(&annotate_text(text, &Options::default())).unwrap() + "\n"
}

#[test]
fn library_output_equals_the_fixtures() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    for (name, text) in samples() {
        let got = annotation_json(&text);
        let path = fixture_path(&name);
        if update {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!("missing {path:?}: run UPDATE_FIXTURES=1 cargo test --test samples")
        });
        assert!(got == want, "{name}: output differs from {path:?}; if the change is intended, regenerate with UPDATE_FIXTURES=1");
    }
}

#[test]
fn cli_output_equals_the_fixtures() {
    for (name, _) in samples() {
        let file = root().join("www/samples").join(format!("{name}.txt"));
        let out = Command::new(env!("CARGO_BIN_EXE_annotate")).arg(&file).output().unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        let want = std::fs::read_to_string(fixture_path(&name)).unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), want, "{name}");
    }
}

#[test]
fn samples_keep_the_invariants() {
    for (name, text) in samples() {
        let bad = invariants(&text, &annotate_text(&text, &Options::default()));
        assert!(bad.is_empty(), "{name}: {bad:#?}");
    }
}

#[test]
fn sample_highlights_the_reader_expects() {
    let (_, text) = &samples()[0];
    let a = annotate_text(text, &Options::default());
    let durov = a.clusters.iter().find(|c| c.name == "Pavel Durov").expect("a Pavel Durov cluster");
    assert!(durov.mentions >= 10, "Durov mentions: {}", durov.mentions);
    assert!(a.entities.iter().any(|e| e.text == "Durov" && e.entity == durov.id));
    assert!(a.boilerplate.iter().any(|b| b.text == "Trending Now"));
    assert!(a
        .quotes
        .iter()
        .any(|q| q.speaker.as_ref().is_some_and(|s| s.text == "he" && s.name == "Pavel Durov")));
}

/// The scorer in ../shared/eval on the gold annotations; skipped when ../shared or python3 is absent.
#[test]
fn seed_scores_hold() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not there");
        return;
    };
    let out = Command::new("python3")
        .arg(shared.join("eval/score_seeds.py"))
        .arg("--run")
        .arg(env!("CARGO_BIN_EXE_annotate"))
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: python3 is not there");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let last = stdout.lines().last().unwrap();
    println!("{last}");
    let num = |key: &str| -> f64 {
        let rest = &last[last.find(key).unwrap_or_else(|| panic!("{key} in {last}")) + key.len()..];
        rest.split_whitespace().next().unwrap().parse().unwrap()
    };
    // the levels reached; a change that lowers one is a regression to look at
    assert!(num("entities F1") >= 0.97, "{last}");
    assert!(num("quotes F1") >= 0.98, "{last}");
    assert!(num("speakers") >= 1.0, "{last}");
    assert!(num("boilerplate F1") >= 1.0, "{last}");
    assert!(stdout.contains("content marked as boilerplate: 0 chars"), "{stdout}");
}
