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
