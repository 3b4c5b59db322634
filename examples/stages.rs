//! Time per stage of the plain-text pipeline on one file (for performance work; the benchmarks
//! are `cargo bench --bench throughput` and `scripts/bench.sh`):
//!
//!   cargo run --release --example stages -- article.txt [runs]
//!
//! Prints, per run, milliseconds for segmentation, boilerplate, values, the recogniser, the name
//! rules (with the recogniser inside), clustering, quotes, the annotation object (`build`),
//! whatever else `annotate_text` does, and JSON.

use article_annotator::{
    annotate_text, annotation, boilerplate, coref, names, ner, pipeline, quotes, segment, values,
    Options,
};
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stages FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(&path).expect("a UTF-8 text file");
    let mb = text.len() as f64 / 1e6;
    println!("{path}: {:.2} MB", mb);
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;
    for _ in 0..runs {
        let t = Instant::now();
        let doc = segment::Document::new(&text);
        let seg = ms(t);
        let t = Instant::now();
        let b = boilerplate::find_boilerplate(&doc);
        let boiler = ms(t);
        let t = Instant::now();
        let v = values::find_values(&doc);
        let vals = ms(t);
        let t = Instant::now();
        let r = ner::recognise(&doc);
        let rec = ms(t);
        let t = Instant::now();
        let n = names::find_names(&doc, &v);
        let names = ms(t);
        let t = Instant::now();
        let mentions: Vec<names::Mention> = v
            .iter()
            .map(|v| names::Mention {
                start: v.start,
                end: v.end,
                tokens: v.tokens.clone(),
                label: v.label,
                strength: names::STRONG,
            })
            .chain(n.iter().cloned())
            .collect();
        let (linked, clusters) = coref::cluster(&doc, sorted(mentions));
        let coref_ms = ms(t);
        let t = Instant::now();
        let q = quotes::find_quotes(&doc, &linked);
        let quotes_ms = ms(t);
        let found = pipeline::Found { mentions: linked, clusters, quotes: q, boilerplate: b };
        let t = Instant::now();
        let built = annotation::build(&text, &found, &Options::default());
        let build_ms = ms(t);
        let t = Instant::now();
        let a = annotate_text(&text, &Options::default());
        let full = ms(t);
        let t = Instant::now();
        let json = serde_json::to_string(&a).expect("serializes");
        let js = ms(t);
        let rest = full - seg - boiler - vals - names - coref_ms - quotes_ms - build_ms;
        println!(
            "segment {seg:.1}  boilerplate {boiler:.1}  values {vals:.1}  recogniser {rec:.1}  names (with recogniser) {names:.1}  clusters {coref_ms:.1}  quotes {quotes_ms:.1}  build {build_ms:.1}  the rest {rest:.1}  | full {full:.1} ms = {:.2} MB/s, JSON {js:.1} ms  [{} boilerplate, {} values, {} recognised, {} names, {} quotes, {} JSON bytes]",
            mb / full * 1e3,
            found.boilerplate.len(),
            v.len(),
            r.len(),
            n.len(),
            built.quotes.len(),
            json.len()
        );
    }
}

/// Mentions by start, a value winning over a name it overlaps (as `annotation::analyse` merges them).
fn sorted(mut all: Vec<names::Mention>) -> Vec<names::Mention> {
    all.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<names::Mention> = Vec::with_capacity(all.len());
    for m in all {
        if out.last().is_some_and(|p| m.start < p.end) {
            continue;
        }
        out.push(m);
    }
    out
}
