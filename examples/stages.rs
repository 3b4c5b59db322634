//! Time per stage of the plain-text pipeline on one file (for performance work; the benchmarks
//! are `cargo bench --bench throughput` and `scripts/bench.sh`):
//!
//!   cargo run --release --example stages -- article.txt [runs]
//!
//! Prints, per run, milliseconds for segmentation, boilerplate, values, the recogniser, the name
//! rules (with the recogniser inside), everything else up to the annotation object, and JSON.

use article_annotator::{annotate_text, boilerplate, entities, ner, segment, values, Options};
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
        let n = entities::find_names(&doc, &v);
        let names = ms(t);
        let t = Instant::now();
        let a = annotate_text(&text, &Options::default());
        let full = ms(t);
        let t = Instant::now();
        let json = serde_json::to_string(&a).expect("serializes");
        let js = ms(t);
        let rest = full - seg - boiler - vals - names;
        println!(
            "segment {seg:.1}  boilerplate {boiler:.1}  values {vals:.1}  recogniser {rec:.1}  names (with recogniser) {names:.1}  the rest {rest:.1}  | full {full:.1} ms = {:.2} MB/s, JSON {js:.1} ms  [{} boilerplate, {} values, {} recognised, {} names, {} JSON bytes]",
            mb / full * 1e3,
            b.len(),
            v.len(),
            r.len(),
            n.len(),
            json.len()
        );
    }
}
