//! HTML input: one block model from an HTML string (parsed here, `parse.rs`) or from a live DOM
//! (walked by the wasm layer into the same [`tree::Tree`]), classified into article and boilerplate
//! (`classify.rs`, with every rule and weight in `rules.rs`), then annotated like plain text over
//! the page's text: the blocks' texts joined with "\n\n".
//!
//! ```
//! use article_annotator::{annotate_html, main_text_html, Options};
//! let page = "<nav><a href=/>Home</a> <a href=/w>World</a></nav><article><h1>Storm hits coast</h1>\
//!   <p>The storm reached the coast on Monday, officials said, and thousands of homes lost power.</p>\
//!   <p>Schools stayed closed, and the ferries did not sail, the port authority said in a statement.</p></article>\
//!   <footer>© 2024 News Ltd</footer>";
//! let a = annotate_html(page, &Options::default());
//! let text = a.text.as_deref().unwrap();
//! assert!(text.starts_with("Home World\n\nStorm hits coast\n\nThe storm"));
//! assert_eq!(a.boilerplate[0].text, "Home World");
//! assert!(main_text_html(page, &Options::default()).starts_with("Storm hits coast\n\nThe storm"));
//! ```

pub mod blocks;
pub mod classify;
pub mod decode;
pub mod docs;
pub mod entities;
pub mod fallback;
pub mod forum;
pub mod lists;
pub mod parse;
pub mod product;
pub mod rules;
pub mod service;
pub mod stream;
pub mod tree;

use crate::annotation::{build, Annotation, Options};
use crate::pipeline::{analyse_given, main_text_of};
use crate::boilerplate::find_boilerplate_given;
use crate::types::Reason;
use crate::segment::Document;
use blocks::{build_page, Page};
use tree::Tree;

/// A page from an HTML string. A page that shows (almost) no text as parsed, its text being
/// put in place by script, is read again as a reader without script would see it: `noscript`
/// content as markup and hidden containers shown.
pub fn page_from_html(html: &str) -> Page {
    let mut tree = parse::parse(html);
    stream::place_segments(&mut tree);
    // the word counts wait until the page is kept: a page read again is built twice
    let page = blocks::build_page_uncounted(tree);
    let shown = page.text.trim();
    if shown.chars().count() >= rules::REVEAL_BELOW_CHARS {
        // streamed server rendering parks the story in hidden containers that its script moves
        // into place: when they hold several times the text shown, show them
        // or when the page's `main` shows (almost) none of its text: its content waits in a
        // hidden container that script unlocks (a shop's age or region gate)
        let h = hidden_text(&page.tree);
        if h.all as f32 >= rules::REVEAL_HIDDEN_TIMES * shown.len() as f32
            || (h.in_main >= rules::HIDDEN_MAIN_MIN_BYTES
                && (h.shown_in_main as f32) < rules::HIDDEN_MAIN_SHOWN_SHARE * h.in_main as f32)
        {
            return blocks::build_page_revealed(page.tree);
        }
        // a thread that script draws, with its posts written out for readers without script
        if noscript_text_bytes(html) as f32 >= rules::REVEAL_NOSCRIPT_TIMES * shown.len() as f32 {
            return blocks::build_page_revealed(parse::parse(&unwrap_noscript(html)));
        }
        return blocks::count_words(page);
    }
    let revealed = blocks::build_page_revealed(parse::parse(&unwrap_noscript(html)));
    if revealed.text.len() > page.text.len() {
        revealed
    } else {
        blocks::count_words(page)
    }
}

/// Bytes of text (not counting what is never text: scripts, styles, …) under hidden elements,
/// and hidden and shown inside the page's `main` element (or `role=main`).
struct HiddenText {
    all: usize,
    in_main: usize,
    shown_in_main: usize,
}

fn hidden_text(tree: &Tree) -> HiddenText {
    let n = tree.nodes.len();
    // a parent's id is below its children's (the parser's order, which `stream::place_segments`
    // keeps), so a parent's flags are known before its children's
    let mut under = vec![false; n];
    let mut dropped = vec![false; n];
    let mut in_main = vec![false; n];
    let mut t = HiddenText { all: 0, in_main: 0, shown_in_main: 0 };
    for i in 1..n {
        let p = tree.nodes[i].parent;
        let (h, d, m) = if p == tree::NONE {
            (false, false, false)
        } else {
            (under[p as usize], dropped[p as usize], in_main[p as usize])
        };
        match &tree.nodes[i].data {
            tree::Data::Element { tag, attrs } => {
                under[i] = h || attrs.hidden;
                dropped[i] = d || tree::is_dropped(tag);
                in_main[i] = m || &**tag == "main" || attrs.role == "main";
            }
            tree::Data::Text { start, end } if !d => {
                let b = tree.text[*start as usize..*end as usize].trim().len();
                match (h, m) {
                    (true, true) => {
                        t.all += b;
                        t.in_main += b;
                    }
                    (true, false) => t.all += b,
                    (false, true) => t.shown_in_main += b,
                    (false, false) => {}
                }
            }
            tree::Data::Text { .. } => {}
        }
    }
    t
}

/// Bytes of text (outside tags) inside the `noscript` elements of `html`.
fn noscript_text_bytes(html: &str) -> usize {
    let h = html.as_bytes();
    let mut bytes = 0;
    let mut i = 0;
    while let Some(open) = find_ascii_ci(h, i, b"<noscript") {
        let from = open + "<noscript".len();
        let end = find_ascii_ci(h, from, b"</noscript").unwrap_or(h.len());
        let mut in_tag = false;
        for &c in &h[from..end] {
            match c {
                b'<' => in_tag = true,
                b'>' => in_tag = false,
                _ if !in_tag && !c.is_ascii_whitespace() => bytes += 1,
                _ => {}
            }
        }
        i = end;
    }
    bytes
}

/// The first place at or after `from` where `needle` (lowercase ASCII, starting with `<`) is
/// written in any case; without a lowercase copy of the page.
fn find_ascii_ci(h: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(k) = memchr::memchr(needle[0], h.get(i..)?) {
        let at = i + k;
        if h.get(at..at + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle)) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// `html` with its `noscript` tags renamed to `div`, so that their content parses as markup.
fn unwrap_noscript(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    let mut i = 0;
    while let Some(at) = lower[i..].find("noscript").map(|k| k + i) {
        let open = at >= 1 && &lower[at - 1..at] == "<";
        let close = at >= 2 && &lower[at - 2..at] == "</";
        if open || close {
            out.push_str(&html[last..at]);
            out.push_str("div");
            last = at + "noscript".len();
        }
        i = at + "noscript".len();
    }
    out.push_str(&html[last..]);
    out
}

/// A page from a tree (as the DOM walker builds it).
pub fn page_from_tree(tree: Tree) -> Page {
    build_page(tree)
}

/// A page from a tree, with the block each tree text node feeds (see
/// [`blocks::build_page_with_sources`]).
pub fn page_from_tree_with_sources(tree: Tree) -> (Page, Vec<u32>) {
    blocks::build_page_with_sources(tree)
}

/// The page's blocks as a document over its text, and their classification.
pub fn document(page: &Page) -> (Document<'_>, Vec<Option<Reason>>) {
    let reasons = classify::classify(page);
    let doc = Document::from_blocks(&page.text, page.blocks.iter().map(|b| b.start..b.end));
    (doc, reasons)
}

/// Annotates a page: boilerplate over its text, entities and quotes in the article; `text` is set.
pub fn annotate_page(page: &Page, opts: &Options) -> Annotation {
    let (doc, reasons) = document(page);
    let found = analyse_given(&doc, opts, opts.boilerplate.then_some(&reasons[..]));
    let mut a = build(&page.text, &found, opts);
    a.text = Some(page.text.clone());
    a
}

/// The article's text of a page: its blocks without boilerplate, separated by blank lines.
pub fn main_text_page(page: &Page, opts: &Options) -> String {
    let (doc, reasons) = document(page);
    let boiler =
        if opts.boilerplate { find_boilerplate_given(&doc, Some(&reasons)) } else { Vec::new() };
    let mut main = main_text_of(&doc, &boiler);
    if !opts.boilerplate {
        return main;
    }
    // a product's description that its shop's script writes in from data
    let unshown = product::says_product(&page.tree)
        .then(|| product::unshown_description(&page.tree.meta, &main))
        .flatten();
    if let Some(d) = unshown {
        if !main.is_empty() {
            main.push_str("\n\n");
        }
        main.push_str(&d);
    }
    // too little article: what the page says of itself (JSON-LD, descriptions) when it says more
    let have = main.chars().count();
    if have < rules::FALLBACK_BELOW_CHARS {
        let alt = fallback::fallback_text(&page.tree.meta);
        if alt.chars().count() as f32 > rules::FALLBACK_GAIN * have as f32 {
            return alt;
        }
    }
    main
}

/// Annotates an HTML page: the page's text (its blocks joined by blank lines) is the annotation's
/// `text`, and every offset refers to it. Navigation, footers and the like are boilerplate by the
/// page's structure; entities and quotes are found in the article.
///
/// ```
/// use article_annotator::{annotate_html, Options, Reason};
/// let page = "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><p>“We will win,” \
///             Pavel Durov said in Paris on Monday.</p></article>";
/// let a = annotate_html(page, &Options::default());
/// let text = a.text.as_deref().unwrap();
/// assert!(text.contains("Pavel Durov said"));
/// assert_eq!((a.boilerplate[0].text.as_str(), a.boilerplate[0].reason), ("Home World", Reason::Navigation));
/// assert_eq!(a.quotes[0].speaker.as_ref().unwrap().name, "Pavel Durov");
/// ```
pub fn annotate_html(html: &str, opts: &Options) -> Annotation {
    annotate_page(&page_from_html(html), opts)
}

/// The article's text of an HTML page: its blocks without boilerplate, separated by blank lines.
///
/// ```
/// use article_annotator::{main_text_html, Options};
/// let page = "<nav><a href=/>Home</a></nav><article><h1>Storm</h1><p>The storm reached the \
///             coast on Monday, officials said.</p></article><footer>© 2026 The Paper</footer>";
/// let text = main_text_html(page, &Options::default());
/// assert_eq!(text, "Storm\n\nThe storm reached the coast on Monday, officials said.");
/// ```
pub fn main_text_html(html: &str, opts: &Options) -> String {
    main_text_page(&page_from_html(html), opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noscript_text_is_counted_in_any_case_of_the_tag() {
        let html = "<p>Shown</p><NoScript><p>Ab c</p></NOSCRIPT><noscript>d<b>é</b></noscript><noscript>ef";
        // "Abc", "d", "é" (two bytes) and the unclosed last one's "ef"
        assert_eq!(noscript_text_bytes(html), 3 + 1 + 2 + 2);
        assert_eq!(noscript_text_bytes("<p>no such tag</p><noscrip"), 0);
        assert_eq!(find_ascii_ci(b"x<A<ab", 0, b"<ab"), Some(3));
        assert_eq!(find_ascii_ci(b"x<A<ab", 4, b"<ab"), None);
        assert_eq!(find_ascii_ci(b"<a", 9, b"<a"), None);
    }

    #[test]
    fn deep_and_broken_pages_annotate_in_linear_time() {
        let n = 100_000;
        let deep = "<div class=story>".repeat(n)
            + "<p>Deep inside, the council voted on Tuesday, officials said.</p>"
            + &"</div>".repeat(n);
        let unclosed = "<p><b><i><span><a href=#>x".repeat(n / 5);
        for html in [deep, unclosed] {
            let t = std::time::Instant::now();
            let a = annotate_html(&html, &Options::default());
            assert!(a.text.is_some());
            assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
        }
    }

    #[test]
    fn a_story_streamed_into_a_hidden_container_is_shown() {
        // the shell shows a header, a menu and a footer; the story waits in a hidden container
        // for the script that moves it into place
        let shell = "<header><a href=/>The Harbour Gazette</a></header>\
            <nav><a href=/news>News</a> <a href=/sport>Sport</a> <a href=/culture>Culture</a> \
            <a href=/opinion>Opinion</a> <a href=/weather>Weather</a></nav>\
            <main><div id=B:0>Loading the story…</div></main>\
            <footer><p>Contact the newsroom, advertise with us, or read our terms of use and \
            our privacy notice before you subscribe to the morning letter.</p></footer>";
        let story = "<p>The ferry to the outer islands will run twice a day from next month, the \
            harbour board said on Tuesday, after a winter in which storms cancelled one crossing \
            in three.</p><p>Fishermen, who had asked for an earlier boat for years, said the new \
            timetable would let them land their catch before the morning market opened.</p>\
            <p>The board said a second vessel would be leased for the summer, when visitors fill \
            the decks and cars wait for hours on the quay, and that fares would not rise.</p>";
        let streamed = format!("{shell}<div hidden id=S:0>{story}</div>");
        let m = main_text_html(&streamed, &Options::default());
        assert!(m.contains("The ferry to the outer islands") && m.contains("fares would not rise"), "{m}");
        // a hidden container holding less than the text shown (a closed menu) stays hidden
        let menu = format!("<div hidden class=drawer><a href=/a>Your account</a></div>{story}");
        let m = main_text_html(&menu, &Options::default());
        assert!(!m.contains("Your account") && m.contains("The ferry"), "{m}");
    }

    #[test]
    fn a_main_element_whose_text_is_all_hidden_is_shown() {
        // a long menu is shown; the product waits in a gate that script unlocks
        let items: String = (1..=40).map(|i| format!("<li><a href=/c/{i}>Roast number {i} of the house</a></li>")).collect();
        let product = "<h1>Harbour dark roast</h1><p>A dark roast for long mornings, with notes of \
            cocoa and cherry, roasted in small batches on the quay and packed the same day, so that \
            it reaches your cup as fresh as it left the drum.</p>";
        let page = |gate: &str| {
            format!(
                "<header><nav><ul>{items}</ul></nav></header><main><div class=gate-content \
                 style='{gate}'>{product}</div></main><footer><a href=/terms>Terms</a></footer>"
            )
        };
        let m = main_text_html(&page("display:none"), &Options::default());
        assert!(m.contains("A dark roast for long mornings"), "{m}");
        // a main that shows its text keeps a hidden part hidden
        let members = "<p>Unlocked price list for members who signed in: the house roast, the \
            harbour blend, the night shift espresso and the decaf, each by the pound or the \
            case, with a tenth off every second bag and free delivery on the island.</p>";
        let shown = page("").replace("</main>", &format!("<div hidden>{members}</div></main>"));
        let m = main_text_html(&shown, &Options::default());
        assert!(m.contains("A dark roast") && !m.contains("Unlocked price list"), "{m}");
    }

    #[test]
    fn a_page_with_text_never_has_an_empty_main_text() {
        // every block would be navigation: short, all links, outside any article
        let page = "<div class=menu><a href=/a>Opening hours and prices</a></div>\
            <div class=menu><a href=/b>Book a table</a></div>";
        let m = main_text_html(page, &Options::default());
        assert!(!m.trim().is_empty(), "empty main text");
        assert!(m.split("\n\n").all(|l| page.contains(l.trim())), "{m}");
    }

    #[test]
    fn a_page_cut_short_takes_its_json_ld_then_its_description() {
        let post = "I bought a used kayak last week and the seat keeps sliding back whenever I paddle hard; \
            the straps look fine and the rails are clean, so what else could it be?";
        let reply = "Check the ratchet under the seat, mine had a cracked tooth and did the same thing.";
        let ld = format!(
            r#"<script type="application/ld+json">{{"@type":"DiscussionForumPosting","text":"{post}",
            "comment":[{{"@type":"Comment","text":"{reply}"}}]}}</script>"#
        );
        let page = format!("<head><meta name=description content=\"Kayak seat slides\">{ld}</head><body><div id=app>");
        let m = main_text_html(&page, &Options::default());
        assert_eq!(m, format!("{post}\n\n{reply}"));
        // the annotation's text stays the page's own (none here): the fallback is main text only
        assert_eq!(annotate_html(&page, &Options::default()).text.as_deref(), Some(""));
        let page = format!("<head><meta property=og:description content=\"{post}\"></head><body><nav><a href=/>Home</a></nav>");
        assert_eq!(main_text_html(&page, &Options::default()), post);
        // a page with its own article keeps it
        let page = format!("<head>{ld}</head><article><p>{reply} {reply} {reply}</p></article>");
        assert!(main_text_html(&page, &Options::default()).starts_with("Check the ratchet"));
    }

    #[test]
    fn microdata_text_stands_in_for_a_missing_article() {
        let desc = "Solid oak, waxed by hand, with a woven seat of paper cord that lasts for decades.";
        let page = format!(
            "<nav><a href=/a>Chairs</a> <a href=/b>Tables</a></nav><article><h1>Oak chair</h1><p>In stock, ships in two days, free returns, pay later.</p></article>\
             <aside><div itemprop=description><p>{desc}</p></div></aside>"
        );
        let m = main_text_html(&page, &Options::default());
        assert!(m.contains(desc), "{m}");
    }

    #[test]
    fn a_page_whose_text_only_script_shows_is_read_from_noscript_and_hidden() {
        let story = "<p>The council approved the new bridge on Tuesday, officials said, and \
            work will start in the autumn after the ferry stops running across the river.</p>";
        let noscript = format!("<body><div id=app></div><NoScript><article>{story}</article></noscript>");
        assert!(main_text_html(&noscript, &Options::default()).contains("approved the new bridge"));
        let hidden = format!("<body><div id=app></div><div hidden id=S:0><article>{story}</article></div>");
        assert!(main_text_html(&hidden, &Options::default()).contains("approved the new bridge"));
        // a page with text of its own keeps its noscript and hidden parts out
        let shown = format!("<article>{story}</article><noscript><p>Enable JavaScript.</p></noscript>");
        assert!(!main_text_html(&shown, &Options::default()).contains("JavaScript"));
    }

    /// A thread that script draws shows only its site's banner and menu; its posts are written
    /// out in `noscript` for readers without script, many times the text shown: they are read.
    #[test]
    fn a_thread_written_out_in_noscript_is_read() {
        let menu = "<header><h1>Boat Owners Forum</h1><p>Share and learn with other owners of small \
            boats.</p><nav><a href=/>Latest</a> <a href=/top>Top</a> <a href=/c>Categories</a> \
            <a href=/login>Log in</a> <a href=/signup>Sign up</a> <a href=/faq>Questions and \
            answers</a> <a href=/rules>Rules of the board</a> <a href=/about>About this board</a> \
            <a href=/privacy>Privacy</a> <a href=/terms>Terms of use</a></nav></header>\
            <footer><p>This board is run by volunteers who own boats themselves; be kind, stay on \
            the subject of each thread, and never post anyone's address or telephone number.</p></footer>";
        let post = |who: &str, what: &str| {
            format!("<div class=post><span class=creator>{who}</span><div class=post-body><p>{what}</p>\
                <p>I hope this helps; ask again if the leak comes back after a week on the water.</p></div></div>")
        };
        let thread: String = (0..14)
            .map(|k| post(&format!("owner{k}"), &format!("Reply {k}: a leak at the stern gland is usually the packing; tighten the nut a little, run the engine, and check it drips a few drops a minute, no more.")))
            .collect();
        let html = format!("<body>{menu}<div id=app></div><noscript><div id=main-outlet>{thread}</div></noscript></body>");
        let text = main_text_html(&html, &Options::default());
        assert!(text.contains("Reply 13: a leak at the stern gland"), "{text}");
        // a noscript holding less than the page shows stays out
        let small = format!("<body>{menu}<article>{thread}</article><noscript><p>Please turn on JavaScript to reply.</p></noscript></body>");
        assert!(!main_text_html(&small, &Options::default()).contains("turn on JavaScript"));
    }

    #[test]
    fn promotion_glued_into_an_html_paragraph_is_cut_out() {
        let page = "<article><p>The storm reached the coast on Monday, officials said, and thousands of homes lost power across the region.</p>\
            <p>Schools stayed closed on Tuesday, and the ferries did not sail, the port authority said. Click here to subscribe to our alerts.</p></article>";
        let a = annotate_html(page, &Options::default());
        let b: Vec<(&str, Reason)> =
            a.boilerplate.iter().map(|b| (b.text.as_str(), b.reason)).collect();
        assert_eq!(b, vec![("Click here to subscribe to our alerts.", Reason::Promotion)]);
        assert!(!main_text_html(page, &Options::default()).contains("Click here"));
    }
}
