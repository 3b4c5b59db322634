//! The live-DOM path in real Chromium: a page parsed by the browser (`DOMParser`) and walked through
//! web-sys gives the same blocks (same texts) and the same classification as the same page parsed
//! from its HTML string in Rust; `annotate_document` works on a live document built through the DOM API.
//!
//! `DOMParser` needs a window, so this file runs in the browser's main thread:
//! `WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_TEST_TIMEOUT=600 wasm-pack test --headless --chrome --test wasm_dom`
//! (under `wasm-pack test --node` it is skipped).

#![cfg(target_arch = "wasm32")]

use article_annotator::html::{self, blocks::Page, classify::classify};
use article_annotator::wasm::{
    annotate_document, annotate_html, boilerplate_nodes, main_text_document, main_text_html,
};
use article_annotator::wasm_dom::tree_from_document;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Hand-written pages with the usual furniture and some broken markup (unclosed `p` and `li`,
/// misnested inline tags, entities, a script, a comment, a hidden element).
const PAGES: [&str; 3] = [
    r##"<!DOCTYPE html><html lang="en"><head><title>Storm</title><style>p{color:red}</style>
<script>var a = "<p>not text</p>";</script></head>
<body class="page">
<header class="site-header"><a href="/">Daily Planet</a><nav><ul><li><a href="/world">World</a><li><a href="/sport">Sport</a><li><a href="/arts">Arts</a></ul></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main><article class="story">
<h1>Storm hits the coast &amp; cuts power</h1>
<p class="byline">By Jane Doe</p>
<p class="lead">The storm reached the coast on Monday, officials said, and thousands of homes lost power overnight.
<p>Schools stayed closed, the ferries did not sail, and the port authority said in a statement that it would <b>reopen <i>on</b> Wednesday</i> at the earliest.
<figure><img src="x.jpg"><figcaption>Waves break over the harbour wall on Monday.</figcaption></figure>
<h2>What comes next</h2>
<p>Forecasters expect the wind to ease by Tuesday, although more rain is likely in the hills, where rivers are already high.</p>
<ul><li>Shelters are open in three towns.<li>Drinking water is safe.</ul>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<!-- an ad slot --><div class="ad-slot">Advertisement</div>
<p>The mayor&#8217;s office said crews would work through the night to restore power to the worst-hit districts.</p>
<div hidden>hidden text</div>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Floods in the north</a></li><li><a href="/b">How to prepare for a storm</a></li></ul></aside>
</main>
<footer><p>&copy; 2024 Daily Planet. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"##,
    r#"<html><body><div id="wrapper"><div class="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
<div id="content"><div class="post-body">
<p>Le conseil municipal a voté mardi soir le budget de l’année prochaine, après un long débat sur les transports.</p>
<p>Le maire a déclaré que les travaux du tramway commenceraient au printemps, et que les tarifs resteraient stables.
<table><tr><td>Budget<td>12 M€<tr><td>Transports<td>4 M€</table>
<p>L’opposition a voté contre, en dénonçant des dépenses « mal préparées ».</p>
</div><div class="newsletter-signup">Abonnez-vous à notre lettre d’information</div></div>
<div class="footer">Mentions légales</div></div></body></html>"#,
    "<p>Only one paragraph, with no markup around it at all, and &lt;escaped&gt; text.",
];

fn from_string(page_html: &str) -> Page {
    html::page_from_html(page_html)
}

fn from_dom(page_html: &str) -> Page {
    let parser = web_sys::DomParser::new().expect("DOMParser");
    let doc =
        parser.parse_from_string(page_html, web_sys::SupportedType::TextHtml).expect("parsed");
    html::page_from_tree(tree_from_document(&doc))
}

fn texts(p: &Page) -> Vec<&str> {
    p.blocks.iter().map(|b| &p.text[b.start..b.end]).collect()
}

#[wasm_bindgen_test]
fn dom_and_string_give_the_same_blocks_and_classes() {
    for page_html in PAGES {
        let a = from_string(page_html);
        let b = from_dom(page_html);
        assert_eq!(texts(&a), texts(&b), "block texts differ");
        assert_eq!(a.text, b.text);
        assert_eq!(classify(&a), classify(&b), "classification differs for {:?}", texts(&a));
        let flags = |p: &Page| {
            p.blocks
                .iter()
                .map(|b| {
                    (
                        b.heading,
                        b.in_list,
                        b.in_table,
                        b.in_caption,
                        b.link_chars,
                        b.words,
                        b.stop_words,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(flags(&a), flags(&b));
    }
}

#[wasm_bindgen_test]
fn the_first_page_is_classified_as_a_reader_expects() {
    let p = from_dom(PAGES[0]);
    let verdicts: Vec<(&str, bool)> =
        texts(&p).into_iter().zip(classify(&p)).map(|(t, r)| (t, r.is_none())).collect();
    let kept: Vec<&str> = verdicts.iter().filter(|v| v.1).map(|v| v.0).collect();
    assert!(kept.contains(&"Storm hits the coast & cuts power"), "{verdicts:?}");
    assert!(
        kept.contains(&"Waves break over the harbour wall on Monday."),
        "captions stay: {verdicts:?}"
    );
    assert!(kept.contains(&"What comes next"), "headings inside the article stay: {verdicts:?}");
    assert!(
        kept.contains(&"Drinking water is safe."),
        "lists inside the article stay: {verdicts:?}"
    );
    assert!(kept.iter().any(|t| t.starts_with("The mayor’s office")));
    for gone in [
        "World",
        "We use cookies.",
        "Share on Facebook Tweet",
        "Advertisement",
        "Related stories",
        "Floods in the north",
        "© 2024 Daily Planet. All rights reserved.",
    ] {
        assert!(!kept.contains(&gone), "{gone} should be boilerplate: {verdicts:?}");
    }
    assert!(
        !p.text.contains("not text")
            && !p.text.contains("hidden text")
            && !p.text.contains("Accept")
    );
}

#[wasm_bindgen(inline_js = r#"
export function set_body(html) {
  // a live document built through the DOM API (the runner's own page keeps its output area)
  const d = document.implementation.createHTMLDocument('');
  d.body.innerHTML = html;
  return d;
}
export function get(o, k) { return o[k]; }
export function slices_ok(a) {
  return a.boilerplate.every((s) => a.text.slice(s.start, s.end) === s.text) && a.entities.every((s) => a.text.slice(s.start, s.end) === s.text);
}
"#)]
extern "C" {
    fn set_body(html: &str) -> JsValue;
    fn get(o: &JsValue, k: &str) -> JsValue;
    fn slices_ok(a: &JsValue) -> bool;
}

#[wasm_bindgen_test]
fn annotate_document_on_a_live_document_equals_annotate_html() {
    let body =
        PAGES[0].split("<body class=\"page\">").nth(1).unwrap().split("</body>").next().unwrap();
    let doc = set_body(body);
    let live = annotate_document(doc, JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("annotate_document");
    let parsed = annotate_html(JsValue::from_str(PAGES[0]), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("annotate_html");
    assert_eq!(get(&live, "text").as_string(), get(&parsed, "text").as_string());
    assert!(slices_ok(&live) && slices_ok(&parsed));
    assert!(js_sys::Array::from(&get(&live, "boilerplate")).length() >= 5);
    let e = annotate_document(JsValue::from_str("not a document"), JsValue::UNDEFINED)
        .err()
        .map(JsValue::from)
        .unwrap();
    assert!(js_sys::Error::from(e).message().as_string().unwrap().contains("must be a Document"));
}

#[wasm_bindgen_test]
fn main_text_document_on_a_live_document_equals_main_text_html() {
    let body =
        PAGES[0].split("<body class=\"page\">").nth(1).unwrap().split("</body>").next().unwrap();
    let doc = set_body(body);
    let live = main_text_document(doc.clone(), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("main_text_document");
    let parsed = main_text_html(JsValue::from_str(PAGES[0]), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .expect("main_text_html");
    assert_eq!(live, parsed);
    // the main text is the page's text less its boilerplate: shorter, and not empty
    let page_text = get(&annotate_document(doc, JsValue::UNDEFINED).unwrap(), "text");
    assert!(!live.is_empty() && live.len() < page_text.as_string().unwrap().len());
    let e = main_text_document(JsValue::from_str("<p>a string</p>"), JsValue::UNDEFINED)
        .err()
        .map(JsValue::from)
        .unwrap();
    assert!(js_sys::Error::from(e).message().as_string().unwrap().contains("must be a Document"));
}

/// (text of the node, reason) pairs of `boilerplate_nodes`.
fn node_reasons(doc: &web_sys::Document) -> Vec<(String, String)> {
    let flat =
        boilerplate_nodes(doc.clone().into()).map_err(JsValue::from).expect("boilerplate_nodes");
    assert_eq!(flat.length() % 2, 0);
    let items: Vec<JsValue> = flat.iter().collect();
    items
        .chunks(2)
        .map(|p| {
            let node: &web_sys::Node = p[0].dyn_ref().expect("a DOM node");
            assert_eq!(node.node_type(), web_sys::Node::TEXT_NODE);
            assert!(
                node.owner_document().is_some_and(|d| &d == doc),
                "a node of the document itself"
            );
            (node.node_value().unwrap(), p[1].as_string().expect("a reason"))
        })
        .collect()
}

#[wasm_bindgen_test]
fn boilerplate_nodes_names_the_text_nodes_of_boilerplate_blocks() {
    let parser = web_sys::DomParser::new().expect("DOMParser");
    let doc = parser.parse_from_string(PAGES[0], web_sys::SupportedType::TextHtml).expect("parsed");
    let got = node_reasons(&doc);
    let reason = |t: &str| got.iter().find(|g| g.0.trim() == t).map(|g| g.1.as_str());
    assert_eq!(reason("World"), Some("navigation"), "{got:?}");
    assert_eq!(reason("Sport"), Some("navigation"));
    assert_eq!(reason("Floods in the north"), Some("related"));
    assert_eq!(reason("Related stories"), Some("related"));
    assert!(
        reason("Share on Facebook").is_some()
            && reason("Advertisement").is_some()
            && reason("We use cookies.").is_some(),
        "{got:?}"
    );
    assert!(reason("© 2024 Daily Planet. All rights reserved.").is_some(), "the footer: {got:?}");
    for kept in [
        "Storm hits the coast & cuts power",
        "What comes next",
        "Drinking water is safe.",
        "Waves break over the harbour wall on Monday.",
    ] {
        assert_eq!(reason(kept), None, "{kept} is the article");
    }
    assert!(
        !got.iter().any(|g| g.0.contains("The storm reached the coast")
            || g.0.contains("Schools stayed closed")
            || g.0.contains("reopen")),
        "article paragraphs: {got:?}"
    );
    assert!(
        !got.iter().any(|g| g.0.trim().is_empty()
            || g.0.contains("not text")
            || g.0.contains("hidden text")),
        "{got:?}"
    );
    // the same verdict as annotate_document: every node's text lies in one of its boilerplate spans
    let a =
        annotate_document(doc.clone().into(), JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
    let spans: Vec<String> = js_sys::Array::from(&get(&a, "boilerplate"))
        .iter()
        .map(|b| get(&b, "text").as_string().unwrap())
        .collect();
    for (t, _) in &got {
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(spans.iter().any(|s| s.contains(&t)), "{t:?} in none of {spans:?}");
    }
    let e =
        boilerplate_nodes(JsValue::from_str("not a document")).err().map(JsValue::from).unwrap();
    assert!(js_sys::Error::from(e).message().as_string().unwrap().contains("must be a Document"));
}

#[wasm_bindgen_test]
fn boilerplate_nodes_gives_every_dom_node_of_a_merged_text() {
    // a comment splits the related headline into two DOM text nodes, one text in the tree
    let html = "<article><p>The council voted on Tuesday, officials said, after a long debate about the buses and the trams.</p>\
        <p>The mayor said the works would start in spring, and that fares would stay as they are for now.</p></article>\
        <aside class=related><ul><li><a href=/a>Floods<!-- x --> in the north</a></li><li><a href=/b>How to prepare</a></li></ul></aside>";
    let doc = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .unwrap();
    let got = node_reasons(&doc);
    assert_eq!(
        got,
        vec![
            ("Floods".into(), "related".into()),
            (" in the north".into(), "related".into()),
            ("How to prepare".into(), "related".into())
        ]
    );
}
