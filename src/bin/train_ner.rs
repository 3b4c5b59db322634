//! `train-ner`: trains the name recogniser on CoNLL-2003 and writes the model file.
//!
//! `cargo run --release --bin train-ner -- [--data DIR] [--epochs N] [--seed S] [--out FILE]
//! [--extra FILE[@WEIGHT[@SENTENCES]]]... [--dev FILE]... [--dropout P] [--bag N] [--prune Q]`
//! Trains on DIR/train.txt and each extra CoNLL file (its mistakes weighted by WEIGHT, 1 unless
//! given; a file without `-DOCSTART-` is cut into documents of SENTENCES sentences, 10 unless
//! given), reports each epoch on DIR/valid.txt and each dev file, keeps the epoch count given,
//! and writes the int8 model. It never reads DIR/test.txt: the test split is scored only by the
//! scorer, once, on the whole pipeline (docs/benchmarks.md). With
//! `--dropout P` each feature of a token is left out with probability P while learning; with
//! `--bag N`, N perceptrons are trained with seeds S, S+1, … and their weights averaged; with
//! `--prune Q`, features whose int8 weights are all at most Q in magnitude are left out.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use article_annotator::ner::train::{
        evaluate, finish_all, prepare, read_conll, read_conll_chunked, train_with,
    };
    use std::time::Instant;

    let mut data = "../shared/data/conll2003".to_string();
    let mut epochs = 8usize;
    let mut seed = 2003u64;
    let mut out = "src/model/ner.bin".to_string();
    let mut extra: Vec<(String, f32, usize)> = Vec::new();
    let mut dev: Vec<String> = Vec::new();
    let mut dropout = 0.0f64;
    let mut bag = 1u64;
    let mut prune = 0i8;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--data" => data = v,
            "--epochs" => epochs = v.parse().expect("--epochs N"),
            "--seed" => seed = v.parse().expect("--seed S"),
            "--out" => out = v,
            "--extra" => {
                let mut parts = v.split('@');
                let path = parts.next().unwrap_or_default().to_string();
                let weight = parts.next().map_or(1.0, |w| w.parse().expect("--extra FILE@WEIGHT"));
                let sentences =
                    parts.next().map_or(10, |n| n.parse().expect("--extra FILE@WEIGHT@SENTENCES"));
                extra.push((path, weight, sentences));
            }
            "--dev" => dev.push(v),
            "--dropout" => dropout = v.parse().expect("--dropout P"),
            "--bag" => bag = v.parse::<u64>().expect("--bag N").max(1),
            "--prune" => prune = v.parse().expect("--prune Q (0 to 126)"),
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
    let read_file = |path: &str, sentences: usize| {
        let src = std::fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("train-ner: cannot read {path}: {e}");
            std::process::exit(2);
        });
        if src.contains("-DOCSTART-") {
            read_conll(&src)
        } else {
            read_conll_chunked(&src, sentences)
        }
    };
    let extra_docs: Vec<_> = extra.iter().map(|(p, w, n)| (read_file(p, *n), *w)).collect();
    let dev_docs: Vec<_> = dev.iter().map(|p| (p.as_str(), read_file(p, 1))).collect();
    let mut tr: Vec<_> = train_docs.iter().map(prepare).collect();
    for (docs, w) in &extra_docs {
        tr.extend(docs.iter().map(|d| {
            let mut x = prepare(d);
            x.weight = *w;
            x
        }));
    }
    let va: Vec<_> = valid_docs.iter().map(prepare).collect();
    let de: Vec<_> = dev_docs
        .iter()
        .map(|(p, docs)| (*p, docs.iter().map(prepare).collect::<Vec<_>>()))
        .collect();
    let report_dev = |what: &str, p: &dyn Fn(&[_]) -> (f64, f64, f64)| {
        for (path, docs) in &de {
            let (pr, r, f) = p(docs);
            eprintln!("  {what}: {path} P {pr:.4} R {r:.4} F1 {f:.4}");
        }
    };
    if std::env::var_os("NER_DIAGNOSE").is_some() {
        let (f, missed) = article_annotator::ner::train::diagnose(&va);
        eprintln!("ceiling on valid (gold classes through the candidate rule): F1 {f:.4}; skipped gold words: {}", missed.join(" "));
    }
    eprintln!("read and prepared {} training documents in {:.1?}", tr.len(), t0.elapsed());
    let p = train_with(&tr, epochs, seed, dropout, |e, p| {
        if !va.is_empty() {
            let (pr, r, f) = evaluate(&va, p);
            eprintln!(
                "epoch {e}: valid P {pr:.4} R {r:.4} F1 {f:.4} (current weights, {:.1?})",
                t0.elapsed()
            );
        }
        report_dev("current weights", &|d| evaluate(d, p));
    });
    // further perceptrons with the next seeds, averaged with the first (--bag N)
    let mut ps = vec![p];
    for b in 1..bag {
        ps.push(train_with(&tr, epochs, seed + b, dropout, |_, _| {}));
        eprintln!("trained perceptron {} of {bag} ({:.1?})", b + 1, t0.elapsed());
    }
    let m = finish_all(&ps, prune);
    if !va.is_empty() {
        let (pr, r, f) = evaluate(&va, &m);
        eprintln!("final int8 model: valid P {pr:.4} R {r:.4} F1 {f:.4}");
    }
    report_dev("final int8 model", &|d| evaluate(d, &m));
    let bytes = m.to_bytes();
    std::fs::write(&out, &bytes).expect("write the model");
    eprintln!("wrote {out}: {} features, {} bytes", m.len(), bytes.len());
}
