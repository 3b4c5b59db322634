//! The names stage step by step on one file, for reading the recogniser's and the rules' errors:
//!
//!   cargo run --release --example names -- article.txt
//!
//! Prints the recogniser's names, the names stage's output (recogniser and rules merged, filtered)
//! and each mention's cluster label after coreference, one per line.

use article_annotator::{coref, names, ner, segment, values};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: names FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).expect("a UTF-8 text file");
    let doc = segment::Document::new(&text);
    let span = |r: &std::ops::Range<usize>| {
        &doc.text[doc.tokens[r.start].start..doc.tokens[r.end - 1].end]
    };
    println!("# recogniser");
    for (r, label) in ner::recognise(&doc) {
        println!("{label:?}\t{}", span(&r));
    }
    let names = names::find_names(&doc, &values::find_values(&doc));
    println!("# names stage");
    for m in &names {
        println!("{:?}/{}\t{}", m.label, m.strength, &doc.text[m.start..m.end]);
    }
    let (linked, clusters) = coref::cluster(&doc, names);
    println!("# clusters");
    for m in &linked {
        let c = &clusters[m.cluster];
        println!("{:?}\t{}\t-> {} ({})", m.label, &doc.text[m.start..m.end], m.cluster, c.name);
    }
}
