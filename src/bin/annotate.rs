//! `annotate`: the native command line (see ANNOTATION_FORMAT.md, "The command line").

use article_annotator::{
    annotate_html, annotate_text, decode_html, decode_text, main_text, main_text_html, Options,
};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
annotate: marks entities, quotes with their speakers, and boilerplate in a news article.

Usage:
  annotate [--html|--text] FILE  print the annotation object of FILE as JSON (FILE '-' = stdin)
  annotate --main-text FILE      print only the article's main text (boilerplate removed)
  annotate --jsonl               read {\"id\":..,\"text\":..} lines on stdin, write one annotation per line
  annotate --help | --version

Offsets are UTF-16 code units, end exclusive (what JavaScript's String.slice takes).
A FILE ending in .html or .htm is read as HTML (--html / --text force the kind): offsets then refer to
the page's text (its blocks joined with blank lines), which the object carries as \"text\".
";

enum Kind {
    Auto,
    Text,
    Html,
}

fn main() -> ExitCode {
    let mut jsonl = false;
    let mut main_only = false;
    let mut kind = Kind::Auto;
    let mut file: Option<String> = None;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("annotate {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            "--jsonl" => jsonl = true,
            "--main-text" => main_only = true,
            "--text" => kind = Kind::Text,
            "--html" => kind = Kind::Html,
            s if s.starts_with("--") => return fail(&format!("unknown option {s} (see --help)")),
            _ if file.is_some() => return fail("more than one FILE given (see --help)"),
            _ => file = Some(a),
        }
    }
    let opts = Options::default();
    if jsonl {
        return run_jsonl(&opts);
    }
    let Some(file) = file else { return fail("no FILE given (see --help)") };
    let lower = file.to_lowercase();
    let is_html = match kind {
        Kind::Html => true,
        Kind::Text => false,
        Kind::Auto => lower.ends_with(".html") || lower.ends_with(".htm"),
    };
    let bytes = match read_input(&file) {
        Ok(b) => b,
        Err(e) => return fail(&format!("{file}: {e}")),
    };
    // HTML as a browser decodes it; plain text is UTF-8, else read as windows-1252 with a note
    let decoded = if is_html { decode_html(&bytes) } else { decode_text(&bytes) };
    if !is_html && decoded.source == "fallback" {
        eprintln!("annotate: {file}: not valid UTF-8, read as {}", decoded.encoding);
    }
    let text = decoded.text;
    let out = if main_only {
        let mut m = if is_html { main_text_html(&text, &opts) } else { main_text(&text, &opts) };
        m.push('\n');
        m
    } else {
        let a = if is_html { annotate_html(&text, &opts) } else { annotate_text(&text, &opts) };
        let mut j = serde_json::to_string(&a).expect("annotation serializes");
        j.push('\n');
        j
    };
    if io::stdout().lock().write_all(out.as_bytes()).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("annotate: {msg}");
    ExitCode::from(2)
}

fn read_input(file: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let r = if file == "-" {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    r.map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// One annotation per input line; a bad line gets an error object and does not stop the others.
fn run_jsonl(opts: &Options) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut bad = 0usize;
    let mut buf = Vec::new();
    let mut reader = stdin.lock();
    let mut line_no = 0usize;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("annotate: stdin: {e}");
                return ExitCode::from(2);
            }
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match annotate_line(&buf, opts) {
            Ok(l) => l,
            Err((id, msg)) => {
                bad += 1;
                eprintln!("annotate: stdin line {line_no}: {msg}");
                let obj = serde_json::json!({ "id": id, "error": msg });
                obj.to_string()
            }
        };
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `{"id": .., <annotation fields>}` for one JSON line, or (id, error).
fn annotate_line(buf: &[u8], opts: &Options) -> Result<String, (serde_json::Value, String)> {
    let null = serde_json::Value::Null;
    let s = std::str::from_utf8(buf).map_err(|_| (null.clone(), "not valid UTF-8".to_string()))?;
    let v: serde_json::Value =
        serde_json::from_str(s).map_err(|e| (null.clone(), format!("malformed JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or_else(|| (id.clone(), "no \"text\" string".to_string()))?;
    let ann = serde_json::to_string(&annotate_text(text, opts)).expect("annotation serializes");
    // keep "id" first, then the annotation's own fields in their order
    Ok(format!("{{\"id\":{},{}", id, &ann[1..]))
}
