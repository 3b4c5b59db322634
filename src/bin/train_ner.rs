//! `train-ner`: trains the name recogniser on CoNLL-2003 and writes the model file.
//!
//! `cargo run --release --bin train-ner -- [--data DIR] [--epochs N] [--seed S] [--out FILE]`
//! Trains on DIR/train.txt, reports each epoch on DIR/valid.txt (and the final model on
//! DIR/test.txt when present), keeps the epoch count given, and writes the int8 model.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use article_annotator::ner::train::{evaluate, prepare, read_conll, train};
    use std::time::Instant;

    let mut data = "../shared/data/conll2003".to_string();
    let mut epochs = 8usize;
    let mut seed = 2003u64;
    let mut out = "src/model/ner.bin".to_string();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--data" => data = v,
            "--epochs" => epochs = v.parse().expect("--epochs N"),
            "--seed" => seed = v.parse().expect("--seed S"),
            "--out" => out = v,
            a => {
                eprintln!("train-ner: unknown argument {a}");
                std::process::exit(2);
            }
        }
        i += 2;
    }
    let read =
        |name: &str| std::fs::read_to_string(format!("{data}/{name}")).ok().map(|s| read_conll(&s));
    let t0 = Instant::now();
    let train_docs = read("train.txt").unwrap_or_else(|| {
        eprintln!("train-ner: cannot read {data}/train.txt");
        std::process::exit(2);
    });
    let valid_docs = read("valid.txt").unwrap_or_default();
    let test_docs = read("test.txt").unwrap_or_default();
    let tr: Vec<_> = train_docs.iter().map(prepare).collect();
    let va: Vec<_> = valid_docs.iter().map(prepare).collect();
    if std::env::var_os("NER_DIAGNOSE").is_some() {
        let (f, missed) = article_annotator::ner::train::diagnose(&va);
        eprintln!("ceiling on valid (gold classes through the candidate rule): F1 {f:.4}; skipped gold words: {}", missed.join(" "));
    }
    eprintln!("read and prepared {} training documents in {:.1?}", tr.len(), t0.elapsed());
    let p = train(&tr, epochs, seed, |e, p| {
        if !va.is_empty() {
            let (pr, r, f) = evaluate(&va, p);
            eprintln!(
                "epoch {e}: valid P {pr:.4} R {r:.4} F1 {f:.4} (current weights, {:.1?})",
                t0.elapsed()
            );
        }
    });
    let m = p.finish();
    if !va.is_empty() {
        let (pr, r, f) = evaluate(&va, &m);
        eprintln!("final int8 model: valid P {pr:.4} R {r:.4} F1 {f:.4}");
    }
    if !test_docs.is_empty() {
        let te: Vec<_> = test_docs.iter().map(prepare).collect();
        let (pr, r, f) = evaluate(&te, &m);
        eprintln!("final int8 model: test P {pr:.4} R {r:.4} F1 {f:.4}");
    }
    let bytes = m.to_bytes();
    std::fs::write(&out, &bytes).expect("write the model");
    eprintln!("wrote {out}: {} features, {} bytes", m.len(), bytes.len());
}
