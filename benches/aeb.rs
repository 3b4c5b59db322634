//! Time per page on the 181 AEB pages, native: parse + blocks + classification, the same with the
//! boilerplate pass and main text (what `annotate --main-text` does), and the full annotation.
//! Prints median and 95th percentile per stage. Needs ../shared/data/aeb.
//!
//! `cargo bench -j1 --bench aeb`

#[path = "../tests/common/aeb.rs"]
mod aeb;

use article_annotator::html::{classify::classify, page_from_html};
use article_annotator::{annotate_html, main_text_html, Options};
use std::hint::black_box;
use std::time::Instant;

const ROUNDS: usize = 5;

fn report(what: &str, unit: &str, mut v: Vec<f64>) {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    println!(
        "{what:<36} median {:>7.2} {unit}   p95 {:>7.2} {unit}   max {:>7.2} {unit}",
        at(0.5),
        at(0.95),
        v[v.len() - 1]
    );
}

/// Per page, the best of `ROUNDS` runs (less noise from other work on the machine).
fn time_pages(pages: &[aeb::AebPage], f: impl Fn(&str)) -> Vec<f64> {
    pages
        .iter()
        .map(|p| {
            (0..ROUNDS)
                .map(|_| {
                    let t = Instant::now();
                    f(&p.html);
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .fold(f64::MAX, f64::min)
        })
        .collect()
}

fn main() {
    let Some(dir) = aeb::aeb_dir() else {
        println!("skipped: ../shared/data/aeb is not there");
        return;
    };
    let mut pages = aeb::load_pages(&dir);
    // `cargo bench` passes --bench; under `cargo test --all-targets` this is only a smoke run
    if !std::env::args().any(|a| a == "--bench") {
        pages.truncate(3);
        println!(
            "smoke run on {} pages (cargo bench -j1 --bench aeb for the figures)",
            pages.len()
        );
    }
    let kb: Vec<f64> = pages.iter().map(|p| p.html.len() as f64 / 1024.0).collect();
    report("page size", "KB", kb);
    report(
        "parse (tree)",
        "ms",
        time_pages(&pages, |h| {
            black_box(article_annotator::html::parse::parse(h));
        }),
    );
    report(
        "parse + blocks",
        "ms",
        time_pages(&pages, |h| {
            black_box(page_from_html(h));
        }),
    );
    report(
        "parse + blocks + classify",
        "ms",
        time_pages(&pages, |h| {
            let page = page_from_html(h);
            black_box(classify(&page));
        }),
    );
    report(
        "main text (annotate --main-text)",
        "ms",
        time_pages(&pages, |h| {
            black_box(main_text_html(h, &Options::default()));
        }),
    );
    let only_boiler = Options { entities: false, quotes: false, boilerplate: true };
    report(
        "annotate_html, boilerplate only",
        "ms",
        time_pages(&pages, |h| {
            black_box(annotate_html(h, &only_boiler));
        }),
    );
    report(
        "annotate_html, everything",
        "ms",
        time_pages(&pages, |h| {
            black_box(annotate_html(h, &Options::default()));
        }),
    );
}
