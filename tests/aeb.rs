#![cfg(not(target_arch = "wasm32"))]
//! Main-text extraction on the 181 Article Extraction Benchmark pages: the F1 (the scorer's metric,
//! over all pages and over the even and odd halves of the sorted list) must not fall below the
//! levels reached. Skipped when ../shared/data/aeb is absent; no page text is in this repository.

#[path = "common/aeb.rs"]
mod aeb;

use article_annotator::{main_text_html, Options};

/// The levels reached (F1 0.976 over all pages, 0.976 / 0.975 on the even / odd half), less a little.
const MIN_F1: f64 = 0.974;
const MIN_HALF_F1: f64 = 0.973;

#[test]
fn aeb_f1_holds() {
    let Some(dir) = aeb::aeb_dir() else {
        eprintln!("skipped: ../shared/data/aeb is not there");
        return;
    };
    let pages = aeb::load_pages(&dir);
    assert_eq!(pages.len(), 181);
    let opts = Options::default();
    let counts: Vec<_> =
        pages.iter().map(|p| aeb::page_counts(&p.truth, &main_text_html(&p.html, &opts))).collect();
    let (f, p, r) = aeb::score(&counts);
    let even: Vec<_> = counts.iter().step_by(2).copied().collect();
    let odd: Vec<_> = counts.iter().skip(1).step_by(2).copied().collect();
    let (fe, fo) = (aeb::score(&even).0, aeb::score(&odd).0);
    println!("aeb: F1 {f:.3} precision {p:.3} recall {r:.3}; even half {fe:.3}, odd half {fo:.3}");
    assert!(f >= MIN_F1, "F1 {f:.3} fell below {MIN_F1}");
    assert!(
        fe >= MIN_HALF_F1 && fo >= MIN_HALF_F1,
        "halves {fe:.3} / {fo:.3} fell below {MIN_HALF_F1}"
    );
}
