//! Native throughput of full annotation (all stages on), std::time only (no bench harness).
//!
//!   cargo bench --bench throughput     (scripts/bench.sh runs it with the wasm and peer benches)
//!
//! Prints: MB/s on the five sample articles repeated 200 times (median of several runs), time
//! per MB at 10 KB, 100 KB, 1 MB and 10 MB of text (which should stay flat: the work is linear),
//! and, when target/release/annotate is built, the CLI on the same text (file in, JSON out).
//! MB = 10^6 bytes of UTF-8 input. Lines starting with "SUMMARY " are collected by scripts/bench.sh.

use article_annotator::{annotate_text, Options};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The five samples joined by newlines, in name order (the same text bench/peers.mjs builds).
fn samples() -> String {
    let dir = root().join("www/samples");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("www/samples")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    names.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect::<Vec<_>>().join("\n")
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Median time of one annotation of `text`: at least `min_runs` runs and about `budget` in all.
fn time_annotate(text: &str, min_runs: usize, budget: Duration) -> (Duration, usize) {
    let opts = Options::default();
    black_box(annotate_text(text, &opts)); // warm up (word lists, allocator)
    let mut runs = Vec::new();
    let start = Instant::now();
    while runs.len() < min_runs || (start.elapsed() < budget && runs.len() < 1000) {
        let t = Instant::now();
        black_box(annotate_text(black_box(text), &opts));
        runs.push(t.elapsed());
    }
    let n = runs.len();
    (median(runs), n)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// `text` repeated and cut at a line end so that it is about `size` bytes.
fn sized(unit: &str, size: usize) -> String {
    let mut s = unit.repeat(size / unit.len() + 1);
    let cut = s[..size].rfind('\n').map(|i| i + 1).unwrap_or(size);
    s.truncate(cut);
    s
}

fn main() {
    // `cargo test --all-targets` runs this binary too (without --bench): only check that it starts
    if !std::env::args().any(|a| a == "--bench") {
        println!("throughput: run with `cargo bench --bench throughput` (or scripts/bench.sh)");
        return;
    }
    let unit = samples();
    let text = unit.repeat(200);
    println!(
        "native benchmark: article-annotator {} (release profile: {})",
        env!("CARGO_PKG_VERSION"),
        if cfg!(debug_assertions) { "DEBUG" } else { "optimised" }
    );
    println!(
        "text: the 5 samples ({} bytes) repeated 200 times = {:.2} MB",
        unit.len(),
        mb(text.len())
    );

    let (t, n) = time_annotate(&text, 5, Duration::from_secs(8));
    let mbs = mb(text.len()) / t.as_secs_f64();
    println!(
        "full annotation: {:.1} ms per run (median of {n}), {mbs:.2} MB/s",
        t.as_secs_f64() * 1e3
    );
    println!("SUMMARY native library, samples x200: {mbs:.2} MB/s");

    // the sizes are timed in rounds, each round timing every size once, so that all sizes see the
    // same phases of a noisy machine (timed one after the other, a size met a fast or a slow minute
    // alone); a small text is annotated several times per timing so that each covers about 1 MB
    println!("time per MB by input size (median of rounds, the sizes interleaved; flat = linear):");
    let opts = Options::default();
    let sizes: Vec<(&str, String)> =
        [("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000)]
            .into_iter()
            .map(|(label, size)| (label, sized(&unit, size)))
            .collect();
    for (_, s) in &sizes {
        black_box(annotate_text(s, &opts)); // warm up
    }
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); sizes.len()];
    let start = Instant::now();
    while times[0].len() < 5 || (start.elapsed() < Duration::from_secs(14) && times[0].len() < 100)
    {
        for (k, (_, s)) in sizes.iter().enumerate() {
            let reps = (1_000_000 / s.len()).max(1);
            let t = Instant::now();
            for _ in 0..reps {
                black_box(annotate_text(black_box(s), &opts));
            }
            times[k].push(t.elapsed() / reps as u32);
        }
    }
    let mut per_mb = Vec::new();
    for ((label, s), runs) in sizes.iter().zip(times) {
        let n = runs.len();
        let t = median(runs);
        let ms_per_mb = t.as_secs_f64() * 1e3 / mb(s.len());
        println!("  {label:>6} ({} bytes): {:9.3} ms per run, {ms_per_mb:7.1} ms/MB (median of {n} rounds)", s.len(), t.as_secs_f64() * 1e3);
        per_mb.push(format!("{label} {ms_per_mb:.0}"));
    }
    println!("SUMMARY native ms per MB: {}", per_mb.join(", "));

    // the release CLI on the same text, when built: file in, JSON out (what a batch user sees)
    let cli = root().join("target/release/annotate");
    if cli.exists() {
        let file = std::env::temp_dir()
            .join(format!("article-annotator-bench-{}.txt", std::process::id()));
        std::fs::write(&file, &text).unwrap();
        let mut runs = Vec::new();
        for _ in 0..3 {
            let t = Instant::now();
            let out = std::process::Command::new(&cli).arg(&file).output().expect("run the CLI");
            runs.push(t.elapsed());
            assert!(out.status.success() && out.stdout.starts_with(b"{\"offsets\""));
        }
        std::fs::remove_file(&file).ok();
        let t = median(runs);
        let mbs = mb(text.len()) / t.as_secs_f64();
        println!(
            "release CLI (file in, JSON out): {:.1} ms, {mbs:.2} MB/s (median of 3)",
            t.as_secs_f64() * 1e3
        );
        println!("SUMMARY native CLI with JSON output, samples x200: {mbs:.2} MB/s");
    } else {
        println!("(target/release/annotate not built: CLI not timed; scripts/bench.sh builds it)");
    }
}
