#![cfg(not(target_arch = "wasm32"))]
//! The native `annotate` command: its modes and its errors (ANNOTATION_FORMAT.md, "The command line").

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn stdin_dash_reads_text() {
    let (code, out, _) = run(&["-"], "“Yes,” Pavel Durov said.".as_bytes());
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["offsets"], "utf16");
    assert_eq!(v["quotes"][0]["speaker"]["name"], "Pavel Durov");
}

#[test]
fn jsonl_keeps_order_and_survives_a_bad_line() {
    let input = "{\"id\": 7, \"text\": \"Pavel Durov left Paris.\"}\nnot json\n{\"id\": \"b\", \"text\": \"\"}\n{\"id\": 9}\n";
    let (code, out, err) = run(&["--jsonl"], input.as_bytes());
    assert_eq!(code, 1, "a bad line makes the exit non-zero");
    let lines: Vec<serde_json::Value> =
        out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["entities"][1]["text"], "Paris");
    assert!(lines[1]["error"].as_str().unwrap().contains("malformed JSON"));
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["entities"].as_array().unwrap().len(), 0);
    assert_eq!(lines[3]["id"], 9);
    assert!(lines[3]["error"].is_string());
    assert!(err.contains("line 2") && err.contains("line 4"), "{err}");
    assert!(out.lines().next().unwrap().starts_with("{\"id\":7,"), "id comes first");
}

#[test]
fn main_text_drops_boilerplate_and_keeps_paragraphs() {
    let (code, out, _) = run(
        &["--main-text", "-"],
        "Headline\n\nFirst paragraph of the story here.\nTrending Now\nShare.\n".as_bytes(),
    );
    assert_eq!(code, 0);
    assert_eq!(out, "Headline\n\nFirst paragraph of the story here.\n");
}

#[test]
fn bad_input_gives_one_line_errors() {
    let dir = std::env::temp_dir().join(format!("annotate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("page.html");
    std::fs::write(&html, "<p>Hi</p>").unwrap();
    let (code, out, _) = run(&["--text", html.to_str().unwrap()], b"");
    assert_eq!(code, 0, "--text reads an .html file as text");
    assert!(out.contains("\"length\":9"));
    // legacy bytes are never refused: HTML is decoded as a browser does, text falls back to
    // windows-1252 with a note on standard error
    let legacy_html = dir.join("legacy.html");
    std::fs::write(&legacy_html, b"<p>Caf\xe9 \xff</p>").unwrap();
    let (code, out, err) = run(&[legacy_html.to_str().unwrap()], b"");
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(out.contains("\"text\":\"Café ÿ\""), "{out}");
    let bin = dir.join("legacy.txt");
    std::fs::write(&bin, b"ok \xff\xfe bad").unwrap();
    let (code, out, err) = run(&["--main-text", bin.to_str().unwrap()], b"");
    assert_eq!((code, out.as_str()), (0, "ok ÿþ bad\n"));
    assert!(err.contains("legacy.txt") && err.contains("windows-1252"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let (code, _, err) = run(&["/nonexistent/file.txt"], b"");
    assert_ne!(code, 0);
    assert!(err.contains("/nonexistent/file.txt"), "{err}");
    let (code, _, _) = run(&["--bogus"], b"");
    assert_ne!(code, 0);
    std::fs::remove_dir_all(&dir).ok();
}

const PAGE: &str = "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><article><h1>Storm hits coast</h1>\
<p>The storm reached the coast on Monday, officials said, and thousands of homes lost power.</p>\
<p>Schools stayed closed, and the ferries did not sail. Click here to subscribe to our newsletter.</p></article>\
<footer>&copy; 2024 News Ltd</footer></body></html>";

#[test]
fn html_files_give_the_page_text_and_its_boilerplate() {
    let dir = std::env::temp_dir().join(format!("annotate-cli-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("story.HTM");
    std::fs::write(&page, PAGE).unwrap();
    let (code, out, err) = run(&[page.to_str().unwrap()], b"");
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = v["text"].as_str().unwrap();
    assert!(text.starts_with("Home World\n\nStorm hits coast\n\nThe storm"), "{text}");
    // the CLI prints what the library gives, and that keeps the contract's invariants
    let lib = article_annotator::annotate_html(PAGE, &article_annotator::Options::default());
    assert_eq!(serde_json::to_value(&lib).unwrap(), v);
    let bad = common::invariants(lib.text.as_deref().unwrap(), &lib);
    assert!(bad.is_empty(), "{bad:?}");
    let boiler: Vec<&str> =
        v["boilerplate"].as_array().unwrap().iter().map(|b| b["text"].as_str().unwrap()).collect();
    assert_eq!(
        boiler,
        vec!["Home World", "Click here to subscribe to our newsletter.", "© 2024 News Ltd"]
    );
    assert!(v["entities"].as_array().unwrap().iter().any(|e| e["text"] == "Monday"));
    // --main-text: the article only; --html reads standard input as HTML
    let (code, out, _) = run(&["--main-text", "--html", "-"], PAGE.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(out, "Storm hits coast\n\nThe storm reached the coast on Monday, officials said, and thousands of homes lost power.\n\nSchools stayed closed, and the ferries did not sail.\n");
    // --text forces plain text: the markup is the text
    let (code, out, _) = run(&["--text", page.to_str().unwrap()], b"");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v.get("text").is_none(), "plain text carries no \"text\"");
    std::fs::remove_dir_all(&dir).ok();
}
