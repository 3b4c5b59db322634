//! Scaling of the whole pipeline on inputs made to hurt the quote stage (and the stages before it).
//!
//! `cargo bench --bench quote_scaling` annotates each input at 100 KB, 1 MB and 4 MB and prints the
//! time (the fastest of [`REPEATS`] runs, as other work on the machine only ever adds time) and the
//! time per MB: in linear work the last column stays flat. Plain `std::time`, no
//! framework. `cargo bench --bench quote_scaling -- NAME` runs only the inputs whose name contains
//! NAME; `QUOTE_SCALING_SIZES=1000000,8000000` sets other sizes. Under `cargo test` (no `--bench`
//! argument) it only runs each input once at 10 KB, as a smoke test.

use article_annotator::{annotate_text, Options};
use std::time::Instant;

/// Runs per input and size; the fastest is reported.
const REPEATS: usize = 3;

/// Makes about `size` bytes of an input.
type Make = fn(usize) -> String;

/// The inputs: a name and a function that makes about `size` bytes of it.
fn inputs() -> Vec<(&'static str, Make)> {
    vec![
        ("unmatched “", |n| repeat("“", n)),
        ("straight \"", |n| repeat("\"", n)),
        ("' between letters", |n| repeat("a'", n)),
        ("’ between words", |n| repeat("ab’ ’cd ", n)),
        ("alternating “” no spaces", |n| repeat("“”", n)),
        ("reversed ”“ no spaces", |n| repeat("”“", n)),
        ("nested openers with words", |n| repeat("“Word ‘word «word ‹word „word ", n)),
        ("openers with words, no closers", |n| repeat("“We will ", n)),
        ("closers with words, no openers", |n| repeat("we will,” ", n)),
        ("unclosed quote per paragraph", |n| repeat("“We will fight on and on\n", n)),
        ("continued quote over paragraphs", |n| repeat("“We will fight on.\n", n)),
        ("quotes with speaker after", |n| repeat("“We will fight,” he said. ", n)),
        ("quotes with speaker before", |n| repeat("He said: “We will fight.” ", n)),
        ("article paragraphs", |n| repeat(ARTICLE, n)),
        ("one long name, many mentions", long_name),
        ("one long word, many mentions", long_word),
        ("mixed marks soup", |n| repeat("“a ‘b” c’ «d »e ‹f› \"g 'h „i“ ’j ", n)),
        ("ellipses in one sentence", |n| repeat("“and so… ", n)),
        ("one initialism a.b.c…", |n| repeat("a.", n)),
    ]
}

const ARTICLE: &str = "Telegram CEO Pavel Durov said on Thursday that the company would change. \
“We remove millions of harmful posts every day,” he said. The 39-year-old added: “Nothing has changed.” \
President Emmanuel Macron spoke of a “serious matter”, according to the ministry.\n\
“It is not a lawless space,” Durov wrote in a post. “But we will do more.”\n";

fn repeat(unit: &str, size: usize) -> String {
    unit.repeat(size.div_ceil(unit.len()).max(1))
}

/// A person whose name runs half the input, then many short mentions that join their cluster.
fn long_name(size: usize) -> String {
    let mut s = String::from("Pavel ");
    s.push_str(&"Abc ".repeat(size / 8));
    s.push_str("Durov arrived.\n");
    s.push_str(&"“Yes,” Durov said. ".repeat(size / 2 / 20 + 1));
    s
}

/// A person whose one-word surname runs half the input, then many mentions of the given name.
fn long_word(size: usize) -> String {
    let mut s = String::from("Pavel X");
    s.push_str(&"x".repeat(size / 2));
    s.push_str(" arrived.\n");
    s.push_str(&"“Yes,” Pavel said. ".repeat(size / 2 / 20 + 1));
    s
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bench = args.iter().any(|a| a == "--bench");
    // `cargo bench --bench quote_scaling -- NAME` runs only the inputs whose name contains NAME
    let filter: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let sizes: Vec<usize> = match std::env::var("QUOTE_SCALING_SIZES") {
        Ok(s) if bench => s.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
        _ if bench => vec![100_000, 1_000_000, 4_000_000],
        _ => vec![10_000],
    };
    let opts = Options::default();
    if bench {
        println!("{:<34} {:>9} {:>10} {:>9} {:>10}", "input", "bytes", "ms", "quotes", "ms per MB");
    }
    let mut ran = 0;
    for (name, make) in inputs() {
        if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        for &size in &sizes {
            let text = make(size);
            let mut ms = f64::INFINITY;
            let mut quotes = 0;
            for _ in 0..if bench { REPEATS } else { 1 } {
                let t = Instant::now();
                let a = annotate_text(&text, &opts);
                ms = ms.min(t.elapsed().as_secs_f64() * 1000.0);
                quotes = a.quotes.len();
            }
            ran += 1;
            if bench {
                let mb = text.len() as f64 / 1_000_000.0;
                println!(
                    "{:<34} {:>9} {:>10.1} {:>9} {:>10.1}",
                    name,
                    text.len(),
                    ms,
                    quotes,
                    ms / mb
                );
            }
        }
    }
    if !bench {
        println!("quote_scaling smoke run: {ran} inputs of 10 KB annotated (cargo bench --bench quote_scaling for the timings)");
    }
}
