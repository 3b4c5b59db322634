#![cfg(not(target_arch = "wasm32"))]
//! Hard cases for quotes and speakers, read from `tests/cases/quotes.txt` (its header describes the
//! format). Every case runs through `annotate_text`; the top-level quotes must match the `quote:`
//! lines exactly and in order (text, kind, speaker name and, when given, the words naming the
//! speaker), and the nested quotes the `nested:` lines. Every failing case is reported with its
//! comment and a diff; the test fails if any case fails.
//!
//! A second test feeds the quote stage nasty inputs (unmatched marks, marks between letters, long
//! runs of openers) and checks that the output stays sane: the contract's invariants hold and no
//! quote runs past its paragraph unless the next paragraph reopens it.

mod common;

use article_annotator::{annotate_text, Annotation, Options};
use common::invariants;

/// One expected quote: its words, and for top-level quotes kind, speaker name and speaker words.
#[derive(Clone, Debug, PartialEq)]
struct Want {
    text: String,
    kind: Option<String>,
    speaker: Option<String>,
    words: Option<String>,
}

#[derive(Debug)]
struct Case {
    line: usize,
    comment: String,
    text: String,
    quotes: Vec<Want>,
    nested: Vec<String>,
}

/// `\n` in an expectation stands for the line break between two paragraphs.
fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
}

fn parse(src: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut start = 1;
    let mut chunk: Vec<(usize, &str)> = Vec::new();
    let lines: Vec<&str> = src.lines().collect();
    for (i, line) in lines.iter().enumerate().chain(std::iter::once((lines.len(), &"---"))) {
        if line.trim_end() == "---" {
            if let Some(c) = parse_case(start, &chunk) {
                cases.push(c);
            }
            chunk.clear();
            start = i + 2;
        } else {
            chunk.push((i + 1, line));
        }
    }
    cases
}

/// A case from its lines; `None` for a block of comments only (the file's header).
fn parse_case(start: usize, lines: &[(usize, &str)]) -> Option<Case> {
    let mut case = Case {
        line: start,
        comment: String::new(),
        text: String::new(),
        quotes: Vec::new(),
        nested: Vec::new(),
    };
    let mut texts: Vec<&str> = Vec::new();
    let mut none = false;
    for &(n, line) in lines {
        let line = line.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if case.comment.is_empty() {
                case.comment = c.trim().to_string();
                case.line = n;
            }
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("quotes.txt:{n}: expected `key: value`, got {line:?}"));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match key {
            "text" => texts.push(value),
            "quote" => {
                let parts: Vec<&str> = value.split(" | ").map(str::trim).collect();
                assert!(
                    (3..=4).contains(&parts.len()),
                    "quotes.txt:{n}: `quote: words | kind | speaker [| speaker words]`"
                );
                assert!(
                    matches!(parts[1], "direct" | "partial" | "term"),
                    "quotes.txt:{n}: kind is direct, partial or term"
                );
                case.quotes.push(Want {
                    text: unescape(parts[0]),
                    kind: Some(parts[1].to_string()),
                    speaker: (parts[2] != "-").then(|| parts[2].to_string()),
                    words: parts.get(3).map(|w| w.to_string()),
                });
            }
            "nested" => case.nested.push(unescape(value.trim())),
            "quotes" => {
                assert_eq!(value.trim(), "none", "quotes.txt:{n}: `quotes: none` is the only form");
                none = true;
            }
            _ => panic!("quotes.txt:{n}: unknown key {key:?}"),
        }
    }
    if texts.is_empty() {
        assert!(
            case.quotes.is_empty() && case.nested.is_empty() && !none,
            "quotes.txt:{start}: expectations without text"
        );
        return None;
    }
    assert!(
        !case.comment.is_empty(),
        "quotes.txt:{start}: a case starts with a `# comment` naming what it covers"
    );
    assert!(
        none == case.quotes.is_empty(),
        "quotes.txt:{}: give `quote:` lines or `quotes: none`, not both, not neither",
        case.line
    );
    case.text = texts.join("\n");
    Some(case)
}

fn render(w: &Want) -> String {
    match &w.kind {
        None => format!("nested: {}", w.text.replace('\n', "\\n")),
        Some(kind) => {
            let mut s = format!(
                "quote: {} | {} | {}",
                w.text.replace('\n', "\\n"),
                kind,
                w.speaker.as_deref().unwrap_or("-")
            );
            if let Some(words) = &w.words {
                s.push_str(" | ");
                s.push_str(words);
            }
            s
        }
    }
}

/// What the annotator gives, in the form of the expectations (speaker words always filled in).
fn got(a: &Annotation) -> (Vec<Want>, Vec<Want>) {
    let mut top = Vec::new();
    let mut nested = Vec::new();
    for q in &a.quotes {
        if q.depth == 0 {
            top.push(Want {
                text: q.text.trim().to_string(),
                kind: Some(q.kind.to_string()),
                speaker: q.speaker.as_ref().map(|s| s.name.clone()),
                words: q.speaker.as_ref().map(|s| s.text.clone()),
            });
        } else {
            nested.push(Want {
                text: q.text.trim().to_string(),
                kind: None,
                speaker: None,
                words: None,
            });
        }
    }
    (top, nested)
}

/// An expectation matches what was found when all it names agrees (speaker words only if given).
fn matches(want: &Want, got: &Want) -> bool {
    want.text == got.text
        && want.kind == got.kind
        && want.speaker == got.speaker
        && (want.words.is_none() || want.words == got.words)
}

/// A line diff of expected against found (longest common subsequence; the lists are short).
fn diff(want: &[Want], got: &[Want], out: &mut String) -> bool {
    let (n, m) = (want.len(), got.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if matches(&want[i], &got[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut same = true;
    while i < n || j < m {
        if i < n && j < m && matches(&want[i], &got[j]) {
            out.push_str(&format!("      {}\n", render(&want[i])));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&format!("    - {}\n", render(&want[i])));
            same = false;
            i += 1;
        } else {
            out.push_str(&format!("    + {}\n", render(&got[j])));
            same = false;
            j += 1;
        }
    }
    same
}

#[test]
fn quote_cases() {
    let path = common::root().join("tests/cases/quotes.txt");
    let src = std::fs::read_to_string(&path).unwrap();
    let cases = parse(&src);
    assert!(cases.len() >= 70, "{} cases in {path:?}", cases.len());
    let mut failed = Vec::new();
    for c in &cases {
        let a = annotate_text(&c.text, &Options::default());
        let (top, nested) = got(&a);
        let want_nested: Vec<Want> = c
            .nested
            .iter()
            .map(|t| Want { text: t.clone(), kind: None, speaker: None, words: None })
            .collect();
        let mut report = String::new();
        let ok_top = diff(&c.quotes, &top, &mut report);
        let ok_nested = diff(&want_nested, &nested, &mut report);
        let bad = invariants(&c.text, &a);
        for b in &bad {
            report.push_str(&format!("    ! {b}\n"));
        }
        if !(ok_top && ok_nested && bad.is_empty()) {
            failed.push(format!(
                "quotes.txt:{} {}\n  text: {}\n  (- expected, + found)\n{report}",
                c.line,
                c.comment,
                c.text.replace('\n', "\n  text: ")
            ));
        }
    }
    for f in &failed {
        eprintln!("FAILED {f}");
    }
    eprintln!("quote cases: {} passed, {} failed", cases.len() - failed.len(), failed.len());
    assert!(
        failed.is_empty(),
        "{} of {} quote cases failed (see above)",
        failed.len(),
        cases.len()
    );
}

/// Inputs made of quote marks in bad mixes (the bench `quote_scaling` times the same kind at size).
fn nasty_inputs() -> Vec<String> {
    let units = [
        "“",
        "\"",
        "'",
        "a'",
        "ab’ ’cd ",
        "“”",
        "”“",
        "«»",
        "»«",
        "‘’",
        "„“",
        "“Word ‘word «word ‹word „word ",
        "“We will ",
        "we will,” ",
        "“We will fight on\n",
        "“We will fight on.\n",
        "“a ‘b” c’ «d »e ‹f› \"g 'h „i“ ’j ",
        "’ ‘ ” “ » « › ‹\n",
        "“We will fight,” he said. ",
        "He said: “We will fight.” ",
        "’’",
        "''a",
        "‘‘a’’ ",
        " “ a “, ",
        "70\"+ ",
        "“...",
        "rock ’n’ roll ‘90s ",
    ];
    units.iter().map(|u| u.repeat(20_000 / u.len() + 1)).collect()
}

#[test]
fn nasty_inputs_give_sane_quotes() {
    for text in nasty_inputs() {
        let a = annotate_text(&text, &Options::default());
        let head: String = text.chars().take(30).collect();
        let bad = invariants(&text, &a);
        assert!(bad.is_empty(), "{head:?}…: {bad:?}");
        let u: Vec<u16> = text.encode_utf16().collect();
        for q in &a.quotes {
            // a quote crosses a line break only into a paragraph that opens with a quotation mark
            let inner = String::from_utf16(&u[q.start..q.end]).unwrap();
            for (k, _) in inner.match_indices('\n') {
                let next = inner[k..].trim_start().chars().next();
                assert!(
                    next.is_some_and(|c| "“”„\"«»‹›‘’'‚".contains(c)),
                    "{head:?}…: quote at {} runs into a paragraph that does not reopen it",
                    q.start
                );
            }
            assert!(q.depth < 8, "{head:?}…: depth {}", q.depth);
        }
    }
}
