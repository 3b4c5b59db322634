//! The WebAssembly binding: one thin layer that only converts (JS values in through
//! serde-wasm-bindgen, the annotation object out through a small JS builder fed by `tape.rs`).
//! Errors become JS `Error`s; nothing here traps on bad input.

use crate::annotation::{self, Options};
use crate::html;
use crate::pipeline;
use crate::types::Reason;
use wasm_bindgen::prelude::*;

// The types of the JavaScript API, written once (src/wasm_api.d.ts) and checked against the
// Rust output by tests/package (tsc over real annotations): every export is `skip_typescript`.
#[wasm_bindgen(typescript_custom_section)]
const TS_API: &str = include_str!("wasm_api.d.ts");

/// Every export returns this: a value, or a JS `Error`.
pub type Result<T> = std::result::Result<T, JsError>;

/// Inputs larger than this are refused with an error instead of exhausting the page's memory.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

fn setup() {
    console_error_panic_hook::set_once();
}

fn text_arg(text: &JsValue, func: &str) -> Result<String> {
    string_arg(text, func, "text")
}

fn string_arg(text: &JsValue, func: &str, what: &str) -> Result<String> {
    let t = text
        .as_string()
        .ok_or_else(|| JsError::new(&format!("{func}: {what} must be a string")))?;
    if t.len() > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!(
            "{func}: text is {} bytes, more than the {} allowed",
            t.len(),
            MAX_INPUT_BYTES
        )));
    }
    Ok(t)
}

fn options_arg(options: JsValue, func: &str) -> Result<Options> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    // serde-wasm-bindgen reads only the fields it knows (and takes an array as a struct), so
    // `deny_unknown_fields` never sees a misspelt key ({quote: false}): checked here instead
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(JsError::new(&format!(
            "{func}: bad options: expected an object such as {{quotes: false}}"
        )));
    }
    let obj: &js_sys::Object = options.unchecked_ref();
    for key in js_sys::Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        if !matches!(key.as_str(), "entities" | "quotes" | "boilerplate") {
            return Err(JsError::new(&format!("{func}: bad options: unknown field `{key}`, expected one of `entities`, `quotes`, `boilerplate`")));
        }
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&format!("{func}: bad options: {e}")))
}

// The annotation object is built in JavaScript from numbers and one string table (`tape.rs`): one
// call across the boundary for the whole object, and every span's `text` sliced from the JS string
// itself (exact even where the JS string has lone surrogates, which reach Rust as U+FFFD: one
// UTF-16 unit each, so the offsets hold). Key order is that of `ANNOTATION_FORMAT.md`.
#[wasm_bindgen(inline_js = r#"
export function buildAnnotation(text, n, table, lens, withText) {
  const s = new Array(lens.length);
  for (let k = 0, at = 0; k < lens.length; at += lens[k], k++) s[k] = table.slice(at, at + lens[k]);
  let i = 0;
  const length = n[i++];
  const entities = new Array(n[i++]);
  for (let k = 0; k < entities.length; k++, i += 4) {
    entities[k] = { start: n[i], end: n[i + 1], text: text.slice(n[i], n[i + 1]), label: s[n[i + 2]], entity: n[i + 3] };
  }
  const clusters = new Array(n[i++]);
  for (let k = 0; k < clusters.length; k++, i += 4) {
    clusters[k] = { id: n[i], label: s[n[i + 1]], name: s[n[i + 2]], mentions: n[i + 3] };
  }
  const quotes = new Array(n[i++]);
  for (let k = 0; k < quotes.length; k++) {
    const start = n[i], end = n[i + 1], kind = s[n[i + 2]], depth = n[i + 3];
    i += 4;
    let speaker = null;
    if (n[i++] === 1) {
      const e = n[i];
      speaker = { entity: e === 0 ? null : e - 1, name: s[n[i + 1]], start: n[i + 2], end: n[i + 3], text: text.slice(n[i + 2], n[i + 3]) };
      i += 4;
    }
    let cue = null;
    if (n[i++] === 1) {
      cue = { start: n[i], end: n[i + 1], text: text.slice(n[i], n[i + 1]) };
      i += 2;
    }
    quotes[k] = { start, end, text: text.slice(start, end), kind, depth, speaker, cue };
  }
  const boilerplate = new Array(n[i++]);
  for (let k = 0; k < boilerplate.length; k++, i += 3) {
    boilerplate[k] = { start: n[i], end: n[i + 1], text: text.slice(n[i], n[i + 1]), reason: s[n[i + 2]] };
  }
  const out = { offsets: 'utf16', length, entities, clusters, quotes, boilerplate };
  if (withText) out.text = text;
  return out;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = buildAnnotation)]
    fn build_annotation(
        text: &JsValue,
        nums: &[u32],
        table: &str,
        lens: &[u32],
        with_text: bool,
    ) -> JsValue;
}

/// The JS annotation object of `a`, whose offsets are into the JS string `text`.
fn to_js(a: &crate::Annotation, text: &JsValue) -> JsValue {
    let t = crate::tape::Tape::of(a);
    build_annotation(text, &t.nums, &t.strings, &t.lens, a.text.is_some())
}

/// `annotate(text, options?)`: the annotation object of ANNOTATION_FORMAT.md for plain text.
/// `options`: `{entities, quotes, boilerplate}` booleans, all true by default.
#[wasm_bindgen(skip_typescript)]
pub fn annotate(text: JsValue, options: JsValue) -> Result<JsValue> {
    setup();
    let s = text_arg(&text, "annotate")?;
    let opts = options_arg(options, "annotate")?;
    // the JS builder slices every span's text from the JS string: the Rust copies are skipped
    let doc = crate::segment::Document::new(&s);
    let found = pipeline::analyse(&doc, &opts);
    Ok(to_js(&annotation::build_without_span_texts(&s, &found, &opts), &text))
}

/// `mainText(text, options?)`: the article's text without its boilerplate.
#[wasm_bindgen(js_name = mainText, skip_typescript)]
pub fn main_text(text: JsValue, options: JsValue) -> Result<String> {
    setup();
    let text = text_arg(&text, "mainText")?;
    let opts = options_arg(options, "mainText")?;
    Ok(pipeline::main_text(&text, &opts))
}

/// `annotateHtml(html, options?)`: the annotation object for an HTML page, over the page's text
/// (its blocks joined with blank lines), which the object carries as `text`.
#[wasm_bindgen(js_name = annotateHtml, skip_typescript)]
pub fn annotate_html(html: JsValue, options: JsValue) -> Result<JsValue> {
    setup();
    let html = string_arg(&html, "annotateHtml", "html")?;
    let opts = options_arg(options, "annotateHtml")?;
    let a = html::annotate_html(&html, &opts);
    let text = JsValue::from_str(a.text.as_deref().unwrap_or_default());
    Ok(to_js(&a, &text))
}

/// `mainTextHtml(html, options?)`: the article's text of an HTML page.
#[wasm_bindgen(js_name = mainTextHtml, skip_typescript)]
pub fn main_text_html(html: JsValue, options: JsValue) -> Result<String> {
    setup();
    let html = string_arg(&html, "mainTextHtml", "html")?;
    let opts = options_arg(options, "mainTextHtml")?;
    Ok(html::main_text_html(&html, &opts))
}

/// The page of a live DOM `Document` argument, walked as it is now, and the options of `func`.
fn live_page(
    document: &JsValue,
    options: JsValue,
    func: &str,
) -> Result<(html::blocks::Page, Options)> {
    setup();
    let doc = document
        .dyn_ref::<web_sys::Document>()
        .ok_or_else(|| JsError::new(&format!("{func}: document must be a Document")))?;
    let opts = options_arg(options, func)?;
    Ok((html::page_from_tree(crate::wasm_dom::tree_from_document(doc)), opts))
}

/// `annotateDocument(document, options?)`: the same for a live DOM `Document` (the page's own, or
/// one from `DOMParser`), walked as it is now.
#[wasm_bindgen(js_name = annotateDocument, skip_typescript)]
pub fn annotate_document(document: JsValue, options: JsValue) -> Result<JsValue> {
    let (page, opts) = live_page(&document, options, "annotateDocument")?;
    let a = html::annotate_page(&page, &opts);
    let text = JsValue::from_str(a.text.as_deref().unwrap_or_default());
    Ok(to_js(&a, &text))
}

/// `mainTextDocument(document, options?)`: the article's text of a live DOM `Document`, decided as
/// `annotateDocument` decides (the same tree, the same classification, the same fallback to what the
/// page says of itself as `mainTextHtml`).
#[wasm_bindgen(js_name = mainTextDocument, skip_typescript)]
pub fn main_text_document(document: JsValue, options: JsValue) -> Result<String> {
    let (page, opts) = live_page(&document, options, "mainTextDocument")?;
    Ok(html::main_text_page(&page, &opts))
}

/// The bytes of `decodeHtml` / `decodePlainText` (not `decodeText`: the glue has a function of that
/// name): a `Uint8Array` or an `ArrayBuffer`, as a `Uint8Array` view.
fn bytes_arg(bytes: &JsValue, func: &str) -> Result<js_sys::Uint8Array> {
    let array = if let Some(a) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        a.clone()
    } else if bytes.is_instance_of::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(bytes)
    } else {
        return Err(JsError::new(&format!("{func}: bytes must be a Uint8Array or an ArrayBuffer")));
    };
    if array.length() as usize > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!(
            "{func}: {} bytes, more than the {MAX_INPUT_BYTES} allowed",
            array.length()
        )));
    }
    Ok(array)
}

/// `{text, encoding, source}` of `bytes` as `choose` decides: the core chooses the encoding (the
/// same choice as `decode_html` / `decode_text`) and decodes UTF-8 and windows-1252 itself; the
/// WHATWG `TextDecoder` of the browser (or Node) decodes the other legacy encodings, so the wasm
/// carries none of encoding_rs's decoding tables (about 120 KiB gzip).
fn decode_with(
    bytes: &JsValue,
    func: &str,
    choose: fn(&[u8]) -> html::decode::Choice<'_>,
) -> Result<JsValue> {
    setup();
    let array = bytes_arg(bytes, func)?;
    let copy = array.to_vec();
    let c = choose(&copy);
    let fail = |e: JsValue| JsError::new(&format!("{func}: {e:?}"));
    let text = match c.utf8 {
        Some(s) => JsValue::from_str(s),
        None if c.encoding == encoding_rs::WINDOWS_1252 => {
            JsValue::from_str(&html::decode::decode_windows_1252(&copy))
        }
        None => {
            // a byte-order mark (c.bom > 0) names the decoder's own encoding, which strips it
            // exactly as decode_html does; without one the bytes start with no such sequence
            let decoder = web_sys::TextDecoder::new_with_label(c.encoding.name()).map_err(fail)?;
            JsValue::from_str(&decoder.decode_with_buffer_source(&array).map_err(fail)?)
        }
    };
    let out = js_sys::Object::new();
    for (key, value) in [
        ("text", text),
        ("encoding", JsValue::from_str(c.encoding.name())),
        ("source", JsValue::from_str(c.source)),
    ] {
        js_sys::Reflect::set(&out, &JsValue::from_str(key), &value).map_err(fail)?;
    }
    Ok(out.into())
}

/// `decodeHtml(bytes)`: an HTML page's bytes decoded as browsers do (byte-order mark, then
/// `<meta charset>` in the first 1,024 bytes, then UTF-8, else windows-1252): `{text, encoding,
/// source}`. Never fails on the bytes themselves.
#[wasm_bindgen(js_name = decodeHtml, skip_typescript)]
pub fn decode_html(bytes: JsValue) -> Result<JsValue> {
    decode_with(&bytes, "decodeHtml", html::decode::choose_html)
}

/// `decodePlainText(bytes)`: plain text's bytes decoded (byte-order mark, UTF-8, else windows-1252).
#[wasm_bindgen(js_name = decodePlainText, skip_typescript)]
pub fn decode_text(bytes: JsValue) -> Result<JsValue> {
    decode_with(&bytes, "decodePlainText", html::decode::choose_text)
}

/// The crate's version.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

// ---- the live page: the HTML classifier's verdict on its text nodes, and plain text annotated
// ---- with boilerplate decided by the caller (the browser extension uses the two together)

/// `boilerplateNodes(document)`: the HTML classifier's verdict on a live `Document` (the page's own,
/// or one from `DOMParser`), per DOM text node. The document is walked as by `annotateDocument`
/// and classified the same way (same tree, blocks and classification); the result is a flat array
/// `[textNode, reason, textNode, reason, ...]` of the text nodes, in document order, whose text
/// lies in a block classified as boilerplate (`reason` as in the annotation object). Text nodes in
/// article blocks, white-space-only ones and those of subtrees that are never page text are left out.
#[wasm_bindgen(js_name = boilerplateNodes, skip_typescript)]
pub fn boilerplate_nodes(document: JsValue) -> Result<js_sys::Array> {
    setup();
    let doc = document
        .dyn_ref::<web_sys::Document>()
        .ok_or_else(|| JsError::new("boilerplateNodes: document must be a Document"))?;
    let (tree, text_nodes) = crate::wasm_dom::tree_and_text_nodes(doc);
    let (page, block_of) = html::page_from_tree_with_sources(tree);
    let reasons = html::classify::classify(&page);
    let out = js_sys::Array::new();
    for (id, node) in text_nodes {
        let b = block_of[id as usize];
        if let Some(reason) = reasons.get(b as usize).copied().flatten() {
            out.push(&node);
            out.push(&JsValue::from_str(reason.as_str()));
        }
    }
    Ok(out)
}

/// Reads `[start, end, reason, ...]` (UTF-16 offsets, a known reason) into ranges.
fn ranges_arg(ranges: &JsValue, func: &str) -> Result<Vec<pipeline::GivenRange>> {
    if ranges.is_undefined() || ranges.is_null() {
        return Ok(Vec::new());
    }
    let bad = |why: String| JsError::new(&format!("{func}: bad ranges: {why}"));
    if !js_sys::Array::is_array(ranges) {
        return Err(bad("expected a flat array [start, end, reason, ...]".into()));
    }
    let arr: &js_sys::Array = ranges.unchecked_ref();
    let n = arr.length() as usize;
    if n % 3 != 0 {
        return Err(bad(format!("{n} items, not a multiple of 3 ([start, end, reason, ...])")));
    }
    let offset = |i: usize| -> Result<usize> {
        let v =
            arr.get(i as u32).as_f64().ok_or_else(|| bad(format!("item {i} is not a number")))?;
        if !(v >= 0.0 && v.fract() == 0.0 && v <= u32::MAX as f64) {
            return Err(bad(format!("item {i} ({v}) is not an offset (a whole number from 0)")));
        }
        Ok(v as usize)
    };
    let mut out = Vec::with_capacity(n / 3);
    for i in (0..n).step_by(3) {
        let (start, end) = (offset(i)?, offset(i + 1)?);
        if start > end {
            return Err(bad(format!("range at item {i} starts after its end ({start} > {end})")));
        }
        let name = arr
            .get(i as u32 + 2)
            .as_string()
            .ok_or_else(|| bad(format!("item {} is not a reason string", i + 2)))?;
        let reason = Reason::named(&name).ok_or_else(|| {
            bad(format!(
                "unknown reason `{name}` at item {}, expected one of {}",
                i + 2,
                Reason::ALL.map(Reason::as_str).join(", ")
            ))
        })?;
        out.push(pipeline::GivenRange { start, end, reason });
    }
    Ok(out)
}

/// `annotateWithBoilerplate(text, ranges, options?)`: `annotate(text, options)` with some of the
/// boilerplate decided by the caller: `ranges` is a flat array `[start, end, reason, ...]` (UTF-16
/// offsets into `text`, end exclusive, in any order; offsets past the end of the text are allowed),
/// and every line of `text` lying inside one of them is boilerplate with that reason. The
/// plain-text rules still apply to the other lines (except the one for short lines after the last
/// paragraph, which the caller's structure replaces). Bad ranges (not an array, not triples,
/// negative or fractional offsets, start after end, an unknown reason) are a JS `Error`.
#[wasm_bindgen(js_name = annotateWithBoilerplate, skip_typescript)]
pub fn annotate_with_boilerplate(
    text: JsValue,
    ranges: JsValue,
    options: JsValue,
) -> Result<JsValue> {
    setup();
    let s = text_arg(&text, "annotateWithBoilerplate")?;
    let given = ranges_arg(&ranges, "annotateWithBoilerplate")?;
    let opts = options_arg(options, "annotateWithBoilerplate")?;
    Ok(to_js(&pipeline::annotate_text_given(&s, &given, &opts), &text))
}

// The snake_case names of the previous release, deprecated aliases for one release (same
// functions, same errors; marked `@deprecated` in the types).

#[wasm_bindgen(js_name = annotate_html, skip_typescript)]
pub fn annotate_html_deprecated(html: JsValue, options: JsValue) -> Result<JsValue> {
    annotate_html(html, options)
}

#[wasm_bindgen(js_name = annotate_document, skip_typescript)]
pub fn annotate_document_deprecated(document: JsValue, options: JsValue) -> Result<JsValue> {
    annotate_document(document, options)
}

#[wasm_bindgen(js_name = boilerplate_nodes, skip_typescript)]
pub fn boilerplate_nodes_deprecated(document: JsValue) -> Result<js_sys::Array> {
    boilerplate_nodes(document)
}

#[wasm_bindgen(js_name = annotate_with_boilerplate, skip_typescript)]
pub fn annotate_with_boilerplate_deprecated(
    text: JsValue,
    ranges: JsValue,
    options: JsValue,
) -> Result<JsValue> {
    annotate_with_boilerplate(text, ranges, options)
}
