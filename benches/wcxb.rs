//! Main text per page on the 1,497 WCXB development pages, native: median, 95th percentile and
//! maximum of `main_text_html` per page (best of three runs each), over all pages and by page
//! type. Needs ../shared/data/wcxb.
//!
//! `cargo bench -j1 --bench wcxb`

use article_annotator::{main_text_html, Options};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

const ROUNDS: usize = 3;

fn report(what: &str, mut v: Vec<f64>) {
    if v.is_empty() {
        return;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    println!(
        "{what:<28} pages {:>5}  median {:>6.2} ms  p95 {:>6.2} ms  max {:>7.2} ms",
        v.len(),
        at(0.5),
        at(0.95),
        v[v.len() - 1]
    );
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/wcxb/dev");
    if !dir.join("html").is_dir() {
        println!("skipped: ../shared/data/wcxb is not there");
        return;
    }
    let mut names: Vec<_> = std::fs::read_dir(dir.join("html"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".html.gz"))
        .collect();
    names.sort();
    // `cargo bench` passes --bench; under `cargo test --all-targets` this is only a smoke run
    if !std::env::args().any(|a| a == "--bench") {
        names.truncate(3);
        println!(
            "smoke run on {} pages (cargo bench -j1 --bench wcxb for the figures)",
            names.len()
        );
    }
    let opts = Options::default();
    let mut all = Vec::new();
    let mut by_type: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for name in &names {
        let id = name.trim_end_matches(".html.gz");
        let mut bytes = Vec::new();
        let f = std::fs::File::open(dir.join("html").join(name)).unwrap();
        flate2::read::GzDecoder::new(f).read_to_end(&mut bytes).unwrap();
        let html = String::from_utf8_lossy(&bytes);
        let kind = std::fs::read_to_string(dir.join("ground-truth").join(format!("{id}.json")))
            .ok()
            .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
            .and_then(|v| v["_internal"]["page_type"]["primary"].as_str().map(str::to_string))
            .unwrap_or_else(|| "unknown".into());
        let ms = (0..ROUNDS)
            .map(|_| {
                let t = Instant::now();
                black_box(main_text_html(&html, &opts));
                t.elapsed().as_secs_f64() * 1000.0
            })
            .fold(f64::MAX, f64::min);
        all.push(ms);
        by_type.entry(kind).or_default().push(ms);
    }
    report("main_text_html, all pages", all);
    for (kind, v) in by_type {
        report(&format!("  {kind}"), v);
    }
}
