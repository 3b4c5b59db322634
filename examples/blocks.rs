//! Shows how a page was cut into blocks and classified: one line per block with its verdict
//! ("+" article, or the reason it is not), length, link share, stop-word share, tag path and text.
//!
//! `cargo run --release --example blocks -- page.html [--full]`

use article_annotator::html::{blocks::tag_path, classify::classify_detail, page_from_html};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(file) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: blocks PAGE.html [--full]");
        std::process::exit(2);
    };
    let full = args.iter().any(|a| a == "--full");
    let html = std::fs::read_to_string(file).expect("readable UTF-8 file");
    let page = page_from_html(&html);
    let (reasons, roots) = classify_detail(&page);
    for r in roots {
        println!("region: {}", tag_path(&page.tree, r));
    }
    for (b, r) in page.blocks.iter().zip(&reasons) {
        let text = &page.text[b.start..b.end];
        let shown: String = if full { text.to_string() } else { text.chars().take(70).collect() };
        let path = tag_path(&page.tree, b.elem);
        let path: String = if full {
            path
        } else {
            path.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect()
        };
        println!(
            "{:<12} {:>5} ld{:.2} sw{:.2} {} | {}",
            r.map_or("+", |r| r.as_str()),
            b.chars,
            b.link_density(),
            if b.words > 0 { b.stop_words as f32 / b.words as f32 } else { 0.0 },
            path,
            shown.replace('\n', " ")
        );
    }
}
