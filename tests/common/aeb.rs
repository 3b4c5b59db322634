//! The Article Extraction Benchmark pages in ../shared/data/aeb, and its metric (the same as
//! ../shared/eval/score_aeb.py: \w+ tokens, 4-word shingles as multisets, per-page TP/FP/FN
//! normalised, precision and recall averaged over pages, F1 of the two averages).
//! Shared by tests/aeb.rs and benches/aeb.rs.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One page: its id, its HTML and the ground-truth article body.
pub struct AebPage {
    pub id: String,
    pub html: String,
    pub truth: String,
}

/// ../shared/data/aeb, when it is there.
pub fn aeb_dir() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/aeb");
    p.join("ground-truth.json").is_file().then_some(p)
}

/// All pages, sorted by id (the scorer's order).
pub fn load_pages(dir: &Path) -> Vec<AebPage> {
    let gt: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).unwrap())
            .unwrap();
    let mut ids: Vec<&String> = gt.as_object().unwrap().keys().collect();
    ids.sort();
    ids.into_iter()
        .map(|id| {
            let f = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))).unwrap();
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(f).read_to_end(&mut bytes).unwrap();
            AebPage {
                id: id.clone(),
                html: String::from_utf8_lossy(&bytes).into_owned(),
                truth: gt[id]["articleBody"].as_str().unwrap_or("").to_string(),
            }
        })
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let toks: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let mut out = HashMap::new();
    let n = 4;
    let count = toks.len().saturating_sub(n - 1).max(1);
    for i in 0..count {
        let s: Vec<String> = toks.iter().skip(i).take(n).cloned().collect();
        if !s.is_empty() {
            *out.entry(s).or_insert(0) += 1;
        }
    }
    out
}

/// Normalised (tp, fp, fn) of one page.
pub fn page_counts(truth: &str, pred: &str) -> (f64, f64, f64) {
    let (a, b) = (shingles(truth), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for k in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
        let (x, y) = (a.get(k).copied().unwrap_or(0), b.get(k).copied().unwrap_or(0));
        tp += x.min(y);
        fp += y.saturating_sub(x);
        fn_ += x.saturating_sub(y);
    }
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        (0.0, 0.0, 0.0)
    } else {
        (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
    }
}

/// F1, precision and recall over pages, as the scorer computes them.
pub fn score(counts: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let prec = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        }
    };
    let rec = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        }
    };
    let ps: Vec<f64> = counts.iter().filter(|c| c.0 + c.1 > 0.0).map(prec).collect();
    let rs: Vec<f64> = counts.iter().filter(|c| c.0 + c.2 > 0.0).map(rec).collect();
    let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let (p, r) = (mean(&ps), mean(&rs));
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (f, p, r)
}
