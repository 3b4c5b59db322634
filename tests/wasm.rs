//! The wasm build, checked from JavaScript: run by `wasm-pack test --node` and, with
//! `WASM_BINDGEN_USE_BROWSER=1`, by `wasm-pack test --headless --chrome` in real Chromium.
//!
//! Each sample's wasm output must equal the committed fixture that the native library and CLI are
//! checked against (tests/samples.rs), so wasm output == native CLI output. The span checks are
//! written in JavaScript: `text.slice(start, end)` must give each span's `text`.

#![cfg(target_arch = "wasm32")]

use article_annotator::wasm::{annotate, annotate_with_boilerplate, main_text, version};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

#[wasm_bindgen(inline_js = r#"
export function span_problems(text, a) {
  const bad = [];
  const edge = (o) => o === 0 || o >= text.length || !(text.charCodeAt(o) >= 0xDC00 && text.charCodeAt(o) < 0xE000);
  const check = (what, s) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      bad.push(`${what} ${s.start}-${s.end} outside the text`); return;
    }
    if (!edge(s.start) || !edge(s.end)) bad.push(`${what} ${s.start}-${s.end} splits a surrogate pair`);
    if (typeof s.text === 'string' && text.slice(s.start, s.end) !== s.text) bad.push(`${what} ${s.start}-${s.end}: ${JSON.stringify(text.slice(s.start, s.end))} != ${JSON.stringify(s.text)}`);
  };
  for (const list of ['entities', 'quotes', 'boilerplate']) {
    let last = 0;
    for (const s of a[list]) { check(list, s); if (s.start < last) bad.push(`${list} not sorted`); last = s.start; }
  }
  for (let i = 1; i < a.entities.length; i++) if (a.entities[i].start < a.entities[i - 1].end) bad.push('entities overlap');
  for (const q of a.quotes) { if (q.speaker) check('speaker', q.speaker); if (q.cue) check('cue', q.cue); }
  if (a.length !== text.length) bad.push(`length ${a.length} != ${text.length}`);
  return bad.join('\n');
}
export function first_difference(got, wantJson) {
  const want = JSON.parse(wantJson);
  const walk = (g, w, path) => {
    if (typeof g !== typeof w || Array.isArray(g) !== Array.isArray(w) || (g === null) !== (w === null)) return `${path}: ${JSON.stringify(g)} != ${JSON.stringify(w)}`;
    if (g === null || typeof g !== 'object') return g === w ? '' : `${path}: ${JSON.stringify(g)} != ${JSON.stringify(w)}`;
    const keys = new Set([...Object.keys(g), ...Object.keys(w)]);
    for (const k of keys) { const d = walk(g[k], w[k], `${path}.${k}`); if (d) return d; }
    return '';
  };
  return walk(got, want, '$');
}
export function get(o, k) { return o[k]; }
"#)]
extern "C" {
    fn span_problems(text: &str, a: &JsValue) -> String;
    #[wasm_bindgen(js_name = span_problems)]
    fn span_problems_js(text: &JsValue, a: &JsValue) -> String;
    fn first_difference(got: &JsValue, want_json: &str) -> String;
    fn get(o: &JsValue, k: &str) -> JsValue;
}

macro_rules! samples {
    ($($name:literal),*) => {
        [$(($name, include_str!(concat!("../www/samples/", $name, ".txt")), include_str!(concat!("fixtures/samples/", $name, ".json")))),*]
    };
}

const SAMPLES: [(&str, &str, &str); 5] = samples!(
    "000_746db7cbed382b35",
    "001_69be0bb2d80f3255",
    "002_c889240b047de9a3",
    "003_4f131c2c399b810e",
    "004_75e5f2353caef008"
);

fn run(text: &str) -> JsValue {
    annotate(JsValue::from_str(text), JsValue::UNDEFINED).map_err(JsValue::from).expect("annotate")
}

#[wasm_bindgen_test]
fn wasm_output_equals_the_native_fixtures() {
    for (name, text, want) in SAMPLES {
        let got = run(text);
        let diff = first_difference(&got, want);
        assert!(diff.is_empty(), "{name}: {diff}");
    }
}

#[wasm_bindgen_test]
fn every_span_is_its_slice_in_javascript() {
    let hard = [
        "",
        "   \n\t ",
        "😀 “Emoji 👍🏽 quote,” said Pavel Durov 🇫🇷 in Paris.",
        "Zoe\u{301} Saldan\u{303}a met Vladimir Putin. “Unclosed quote here",
        "مرحبا “كيف حالك” قال Pavel Durov.",
        "\u{0}\u{1}NUL “and” control\u{7f}",
        "\"\"\"'''“““”””‘‘’’«»",
        "<script>alert(1)</script> “<img src=x onerror=alert(1)>,” he said.",
    ];
    for text in SAMPLES.iter().map(|s| s.1).chain(hard) {
        let a = run(text);
        let p = span_problems(text, &a);
        assert!(p.is_empty(), "{text:?}: {p}");
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_from_javascript_keep_offsets_whole() {
    // a JS string with a lone high surrogate: the binding sees U+FFFD, one unit wide as before
    let s: JsValue = js_sys::eval("'A\\uD800 “quoted,” said Pavel Durov.'").unwrap();
    let a = annotate(s.clone(), JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
    assert_eq!(
        get(&a, "length").as_f64(),
        Some(s.as_string().unwrap().encode_utf16().count() as f64)
    );
}

#[wasm_bindgen_test]
fn lone_surrogates_inside_spans_come_back_as_the_input_slice() {
    // high alone, low alone, a reversed pair, at the edges and inside a quote, a name and boilerplate
    let cases = [
        "'“Hello \\uD800 world,” said Pavel Durov. \\uDC00 Pavel Durov met Emmanuel Macron in Paris.\\nTrending Now \\uDBFF'",
        "'\\uDC00\\uD800“Yes \\uDC00\\uD800 no,” Pavel\\uD800 Durov said.\\uD83D'",
        "'\\uD800'.repeat(100000) + ' “We will win,” Pavel Durov said. ' + '\\uDC00\\uD800'.repeat(50000)",
        "'😀\\uD83D\\uDE00\\uDE00“a\\uD83Db,” he said.'",
    ];
    for js in cases {
        let s: JsValue = js_sys::eval(js).unwrap();
        let a = annotate(s.clone(), JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
        let p = span_problems_js(&s, &a);
        assert!(p.is_empty(), "{js}: {p}");
        assert!(js_sys::Array::from(&get(&a, "quotes")).length() > 0, "{js}");
    }
}

#[wasm_bindgen_test]
fn hostile_text_through_the_js_boundary() {
    let cases = [
        // a million quote marks of every kind, and words in quotes
        "'\"\\'“”‘’„‚«»‹›'.repeat(83334)",
        "'“a” '.repeat(50000)",
        // NUL, controls, zero-width, bidi controls, combining marks, emoji
        "'\\0\\x07\\x1b[31m“We will win,” Pavel Durov said.\\u200b\\u200d\\ufeff\\u202e\\u2067Paris\\u2069' + 'e\\u0301'.repeat(1000) + '👩‍👩‍👧‍👦🇫🇷'",
        // script and markup payloads: plain text spans only
        "'<script>alert(1)</script>\\n“<img src=x onerror=alert(1)> and javascript:alert(1),” Pavel Durov said.\\n<a href=\"javascript:alert(1)\">x</a>'",
        // HTML-shaped input through the plain-text path (re-run through the HTML path when it exists)
        "'<div>'.repeat(100000) + 'Pavel Durov said “hello”.' + '</div>'.repeat(100000)",
    ];
    for js in cases {
        let s: JsValue = js_sys::eval(js).unwrap();
        let a = annotate(s.clone(), JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
        let p = span_problems_js(&s, &a);
        assert!(p.is_empty(), "{js}: {p}");
    }
}

#[wasm_bindgen_test]
fn hostile_arguments_are_js_errors_not_traps() {
    let texts = [
        "undefined",
        "null",
        "42",
        "12n",
        "Symbol('x')",
        "new String('a string object')",
        "({toString() { return 'x'; }})",
        "['a']",
    ];
    for js in texts {
        let v: JsValue = js_sys::eval(js).unwrap();
        let e = annotate(v.clone(), JsValue::UNDEFINED)
            .err()
            .map(JsValue::from)
            .unwrap_or_else(|| panic!("{js} accepted"));
        assert!(e.is_instance_of::<js_sys::Error>(), "{js}");
        assert!(main_text(v, JsValue::UNDEFINED).is_err(), "{js}");
    }
    let options = [
        "({entities: 1})",
        "({unknown: true})",
        "['quotes']",
        "'quotes'",
        "42",
        "({quotes: null})",
    ];
    for js in options {
        let o: JsValue = js_sys::eval(js).unwrap();
        let e = annotate(JsValue::from_str("x"), o)
            .err()
            .map(JsValue::from)
            .unwrap_or_else(|| panic!("options {js} accepted"));
        assert!(
            js_sys::Error::from(e).message().as_string().unwrap().contains("bad options"),
            "{js}"
        );
    }
    // more than 64 MiB of text is refused with an error, not a trap or an out-of-memory abort
    let big: JsValue = js_sys::eval("'a'.repeat(64 * 1024 * 1024 + 1)").unwrap();
    let e = annotate(big, JsValue::UNDEFINED).err().map(JsValue::from).unwrap();
    assert!(js_sys::Error::from(e).message().as_string().unwrap().contains("more than"));
    // and the module still works
    let ok = "“ok,” he said";
    assert!(span_problems(ok, &run(ok)).is_empty());
}

#[wasm_bindgen_test]
fn bad_arguments_are_js_errors_not_traps() {
    let e = annotate(JsValue::from_f64(42.0), JsValue::UNDEFINED).err().map(JsValue::from).unwrap();
    assert!(e.is_instance_of::<js_sys::Error>());
    let msg = js_sys::Error::from(e).message().as_string().unwrap();
    assert!(msg.contains("text must be a string"), "{msg}");
    let opts: JsValue = js_sys::eval("({entities: 'yes'})").unwrap();
    let e = annotate(JsValue::from_str("x"), opts).err().map(JsValue::from).unwrap();
    assert!(js_sys::Error::from(e).message().as_string().unwrap().contains("bad options"));
    // the module still works afterwards
    assert!(span_problems("ok", &run("ok")).is_empty());
}

#[wasm_bindgen_test]
fn options_turn_stages_off_and_main_text_drops_boilerplate() {
    let opts: JsValue = js_sys::eval("({quotes: false, boilerplate: false})").unwrap();
    let a = annotate(JsValue::from_str(SAMPLES[0].1), opts).map_err(JsValue::from).unwrap();
    assert_eq!(js_sys::Array::from(&get(&a, "quotes")).length(), 0);
    assert_eq!(js_sys::Array::from(&get(&a, "boilerplate")).length(), 0);
    assert!(js_sys::Array::from(&get(&a, "entities")).length() > 0);
    let m = main_text(JsValue::from_str(SAMPLES[0].1), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .unwrap();
    assert!(!m.contains("Trending Now") && m.contains("Pavel Durov"));
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn ten_megabytes_of_text_annotate() {
    let text = SAMPLES.iter().map(|s| s.1).collect::<Vec<_>>().join("\n").repeat(700);
    assert!(text.len() > 10_000_000);
    let a = run(&text);
    assert_eq!(get(&a, "length").as_f64(), Some(text.encode_utf16().count() as f64));
    assert!(js_sys::Array::from(&get(&a, "entities")).length() > 100_000);
}

#[wasm_bindgen_test]
fn annotate_with_boilerplate_takes_the_callers_lines_and_refuses_bad_ranges() {
    let text = "Home World Sport\n\nThe council voted on Tuesday, officials said, after a long debate.\n\nFloods in the north 😀";
    let ranges: JsValue = js_sys::eval("[60, 1e6, 'related', 0, 18, 'navigation']").unwrap(); // unsorted, past the end
    let a = annotate_with_boilerplate(JsValue::from_str(text), ranges, JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("annotate_with_boilerplate");
    assert!(span_problems(text, &a).is_empty(), "{}", span_problems(text, &a));
    let b: Vec<(String, String)> = js_sys::Array::from(&get(&a, "boilerplate"))
        .iter()
        .map(|x| (get(&x, "text").as_string().unwrap(), get(&x, "reason").as_string().unwrap()))
        .collect();
    assert_eq!(
        b,
        vec![
            ("Home World Sport".into(), "navigation".into()),
            ("Floods in the north 😀".into(), "related".into())
        ]
    );
    // no ranges (undefined, null, []): the text rules alone
    for js in ["undefined", "null", "[]"] {
        let a = annotate_with_boilerplate(
            JsValue::from_str(text),
            js_sys::eval(js).unwrap(),
            JsValue::UNDEFINED,
        )
        .map_err(JsValue::from)
        .unwrap();
        assert_eq!(js_sys::Array::from(&get(&a, "boilerplate")).length(), 0, "{js}");
    }
    let bad = [
        "'0,5,navigation'",
        "({0: 0})",
        "[0, 5]",
        "[-1, 5, 'navigation']",
        "[0.5, 5, 'navigation']",
        "[NaN, 5, 'navigation']",
        "[0, Infinity, 'navigation']",
        "[6, 5, 'navigation']",
        "['0', 5, 'navigation']",
        "[0, 5, 'nonsense']",
        "[0, 5, 7]",
        "[0, 5, null]",
    ];
    for js in bad {
        let e = annotate_with_boilerplate(
            JsValue::from_str(text),
            js_sys::eval(js).unwrap(),
            JsValue::UNDEFINED,
        )
        .err()
        .map(JsValue::from)
        .unwrap_or_else(|| panic!("ranges {js} accepted"));
        assert!(
            js_sys::Error::from(e).message().as_string().unwrap().contains("bad ranges"),
            "{js}"
        );
    }
    assert!(annotate_with_boilerplate(
        JsValue::from_f64(1.0),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED
    )
    .is_err());
    assert!(annotate_with_boilerplate(
        JsValue::from_str(text),
        JsValue::UNDEFINED,
        js_sys::eval("({quote: false})").unwrap()
    )
    .is_err());
    assert!(span_problems("ok", &run("ok")).is_empty());
}
