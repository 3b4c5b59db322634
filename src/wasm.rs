//! The WebAssembly binding: one thin layer that only converts (JS values in, the annotation object
//! out through serde-wasm-bindgen). Errors become JS `Error`s; nothing here traps on bad input.

use crate::annotation::{self, Options};
use crate::html;
use serde::Serialize;
use wasm_bindgen::prelude::*;

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
    let t = text.as_string().ok_or_else(|| JsError::new(&format!("{func}: {what} must be a string")))?;
    if t.len() > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!("{func}: text is {} bytes, more than the {} allowed", t.len(), MAX_INPUT_BYTES)));
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
        return Err(JsError::new(&format!("{func}: bad options: expected an object such as {{quotes: false}}")));
    }
    let obj: &js_sys::Object = options.unchecked_ref();
    for key in js_sys::Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        if !matches!(key.as_str(), "entities" | "quotes" | "boilerplate") {
            return Err(JsError::new(&format!("{func}: bad options: unknown field `{key}`, expected one of `entities`, `quotes`, `boilerplate`")));
        }
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("{func}: bad options: {e}")))
}

/// Builds the JS object (null for a missing speaker or cue).
fn to_js<T: Serialize>(v: &T) -> Result<JsValue> {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    v.serialize(&ser).map_err(|e| JsError::new(&format!("cannot build the result: {e}")))
}

/// `annotate(text, options?)`: the annotation object of ANNOTATION_FORMAT.md for plain text.
/// `options`: `{entities, quotes, boilerplate}` booleans, all true by default.
#[wasm_bindgen]
pub fn annotate(text: JsValue, options: JsValue) -> Result<JsValue> {
    setup();
    let s = text_arg(&text, "annotate")?;
    let opts = options_arg(options, "annotate")?;
    let out = to_js(&annotation::annotate_text(&s, &opts))?;
    restore_lone_surrogates(&text, &out);
    Ok(out)
}

/// A JS string with lone surrogates reaches Rust with U+FFFD in their place: one UTF-16 unit each,
/// so the offsets still hold, but a span's `text` would then differ from `text.slice(start, end)`.
/// When the input has any, every span's `text` is set again from the JS string itself.
fn restore_lone_surrogates(text: &JsValue, out: &JsValue) {
    let text: &js_sys::JsString = text.unchecked_ref();
    if text.search(&js_sys::RegExp::new(r"\p{Cs}", "u")) < 0 {
        return; // well-formed: nothing to do (the common case, one regex scan)
    }
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::NULL);
    let reslice = |span: &JsValue| {
        if let (Some(s), Some(e)) = (get(span, "start").as_f64(), get(span, "end").as_f64()) {
            let _ = js_sys::Reflect::set(span, &JsValue::from_str("text"), &text.slice(s as u32, e as u32));
        }
    };
    for list in ["entities", "quotes", "boilerplate"] {
        for item in js_sys::Array::from(&get(out, list)).iter() {
            reslice(&item);
            for inner in ["speaker", "cue"] {
                let v = get(&item, inner);
                if v.is_object() {
                    reslice(&v);
                }
            }
        }
    }
}

/// `mainText(text, options?)`: the article's text without its boilerplate.
#[wasm_bindgen(js_name = mainText)]
pub fn main_text(text: JsValue, options: JsValue) -> Result<String> {
    setup();
    let text = text_arg(&text, "mainText")?;
    let opts = options_arg(options, "mainText")?;
    Ok(annotation::main_text(&text, &opts))
}

/// `annotate_html(html, options?)`: the annotation object for an HTML page, over the page's text
/// (its blocks joined with blank lines), which the object carries as `text`.
#[wasm_bindgen(js_name = annotate_html)]
pub fn annotate_html(html: JsValue, options: JsValue) -> Result<JsValue> {
    setup();
    let html = string_arg(&html, "annotate_html", "html")?;
    let opts = options_arg(options, "annotate_html")?;
    to_js(&html::annotate_html(&html, &opts))
}

/// `mainTextHtml(html, options?)`: the article's text of an HTML page.
#[wasm_bindgen(js_name = mainTextHtml)]
pub fn main_text_html(html: JsValue, options: JsValue) -> Result<String> {
    setup();
    let html = string_arg(&html, "mainTextHtml", "html")?;
    let opts = options_arg(options, "mainTextHtml")?;
    Ok(html::main_text_html(&html, &opts))
}

/// `annotate_document(document, options?)`: the same for a live DOM `Document` (the page's own, or
/// one from `DOMParser`), walked as it is now.
#[wasm_bindgen(js_name = annotate_document)]
pub fn annotate_document(document: JsValue, options: JsValue) -> Result<JsValue> {
    setup();
    let doc = document.dyn_ref::<web_sys::Document>().ok_or_else(|| JsError::new("annotate_document: document must be a Document"))?;
    let opts = options_arg(options, "annotate_document")?;
    let page = html::page_from_tree(crate::wasm_dom::tree_from_document(doc));
    to_js(&html::annotate_page(&page, &opts))
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

// ---- the live page: the HTML classifier's verdict on its text nodes, and plain text annotated
// ---- with boilerplate decided by the caller (the browser extension uses the two together)

/// `boilerplate_nodes(document)`: the HTML classifier's verdict on a live `Document` (the page's own,
/// or one from `DOMParser`), per DOM text node. The document is walked as by `annotate_document`
/// and classified the same way (same tree, blocks and classification); the result is a flat array
/// `[textNode, reason, textNode, reason, ...]` of the text nodes, in document order, whose text
/// lies in a block classified as boilerplate (`reason` as in the annotation object). Text nodes in
/// article blocks, white-space-only ones and those of subtrees that are never page text are left out.
#[wasm_bindgen(js_name = boilerplate_nodes)]
pub fn boilerplate_nodes(document: JsValue) -> Result<js_sys::Array> {
    setup();
    let doc = document.dyn_ref::<web_sys::Document>().ok_or_else(|| JsError::new("boilerplate_nodes: document must be a Document"))?;
    let (tree, text_nodes) = crate::wasm_dom::tree_and_text_nodes(doc);
    let (page, block_of) = html::page_from_tree_with_sources(tree);
    let reasons = html::classify::classify(&page);
    let out = js_sys::Array::new();
    for (id, node) in text_nodes {
        let b = block_of[id as usize];
        if let Some(reason) = reasons.get(b as usize).copied().flatten() {
            out.push(&node);
            out.push(&JsValue::from_str(reason));
        }
    }
    Ok(out)
}

/// Reads `[start, end, reason, ...]` (UTF-16 offsets, a known reason) into ranges.
fn ranges_arg(ranges: &JsValue, func: &str) -> Result<Vec<annotation::GivenRange>> {
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
        let v = arr.get(i as u32).as_f64().ok_or_else(|| bad(format!("item {i} is not a number")))?;
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
        let name = arr.get(i as u32 + 2).as_string().ok_or_else(|| bad(format!("item {} is not a reason string", i + 2)))?;
        let reason = crate::lexicon::reason_named(&name)
            .ok_or_else(|| bad(format!("unknown reason `{name}` at item {}, expected one of {}", i + 2, crate::lexicon::REASONS.join(", "))))?;
        out.push(annotation::GivenRange { start, end, reason });
    }
    Ok(out)
}

/// `annotate_with_boilerplate(text, ranges, options?)`: `annotate(text, options)` with some of the
/// boilerplate decided by the caller: `ranges` is a flat array `[start, end, reason, ...]` (UTF-16
/// offsets into `text`, end exclusive, in any order; offsets past the end of the text are allowed),
/// and every line of `text` lying inside one of them is boilerplate with that reason. The
/// plain-text rules still apply to the other lines (except the one for short lines after the last
/// paragraph, which the caller's structure replaces). Bad ranges (not an array, not triples,
/// negative or fractional offsets, start after end, an unknown reason) are a JS `Error`.
#[wasm_bindgen(js_name = annotate_with_boilerplate)]
pub fn annotate_with_boilerplate(text: JsValue, ranges: JsValue, options: JsValue) -> Result<JsValue> {
    setup();
    let s = text_arg(&text, "annotate_with_boilerplate")?;
    let given = ranges_arg(&ranges, "annotate_with_boilerplate")?;
    let opts = options_arg(options, "annotate_with_boilerplate")?;
    let out = to_js(&annotation::annotate_text_given(&s, &given, &opts))?;
    restore_lone_surrogates(&text, &out);
    Ok(out)
}
