//! Streamed server rendering (React's): the page's shell holds a placeholder
//! (`<template id="B:1">`) where a part of the page goes, and that part comes later in the file, in
//! a hidden container (`<div hidden id="S:1">`) that a script moves into place. A reader sees it
//! there; so does the tree after [`place_segments`], and the blocks show it
//! (`rules::is_streamed_segment`). A product page is often built that way: its description and
//! specifications are such parts, each its own container at the end of the file.

use super::rules::{is_streamed_segment, STREAMED_PLACEHOLDER_ID_PREFIX, STREAMED_SEGMENT_ID_PREFIX};
use super::tree::{FnvMap, Tree, NONE};

/// Moves each hidden streamed segment right after its placeholder, when the placeholder comes
/// before it in the file and outside it (so that a parent still comes before its children).
pub fn place_segments(tree: &mut Tree) {
    let n = tree.nodes.len();
    let mut placeholders: FnvMap<String, u32> = FnvMap::default();
    let mut segments = Vec::new();
    for i in 1..n as u32 {
        let Some(a) = tree.attrs(i) else { continue };
        if let Some(key) = a.id.strip_prefix(STREAMED_PLACEHOLDER_ID_PREFIX) {
            placeholders.entry(key.to_string()).or_insert(i);
        } else if a.hidden && is_streamed_segment(&a.id) {
            segments.push(i);
        }
    }
    for s in segments {
        let key = tree.attrs(s).map_or("", |a| &a.id[STREAMED_SEGMENT_ID_PREFIX.len()..]);
        let Some(&t) = placeholders.get(key) else { continue };
        let tp = tree.nodes[t as usize].parent;
        if tp == NONE || t > s || tp > s || is_within(tree, t, s) {
            continue;
        }
        unlink(tree, s);
        let next = tree.nodes[t as usize].next;
        tree.nodes[s as usize].next = next;
        tree.nodes[s as usize].parent = tp;
        tree.nodes[t as usize].next = s;
        if tree.nodes[tp as usize].last_child == t {
            tree.nodes[tp as usize].last_child = s;
        }
    }
}

/// Whether `x` lies in the subtree of `root`.
fn is_within(tree: &Tree, mut x: u32, root: u32) -> bool {
    while x != NONE {
        if x == root {
            return true;
        }
        x = tree.nodes[x as usize].parent;
    }
    false
}

/// Takes `x` out of its parent's children.
fn unlink(tree: &mut Tree, x: u32) {
    let p = tree.nodes[x as usize].parent;
    if p == NONE {
        return;
    }
    let next = tree.nodes[x as usize].next;
    let mut prev = NONE;
    let mut c = tree.nodes[p as usize].first_child;
    while c != NONE && c != x {
        prev = c;
        c = tree.nodes[c as usize].next;
    }
    if prev == NONE {
        tree.nodes[p as usize].first_child = next;
    } else {
        tree.nodes[prev as usize].next = next;
    }
    if tree.nodes[p as usize].last_child == x {
        tree.nodes[p as usize].last_child = prev;
    }
    tree.nodes[x as usize].next = NONE;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::{main_text_html, page_from_html};
    use crate::annotation::Options;

    const SHELL: &str = "<body><header><nav><a href=/>Shop</a> <a href=/desks>Desks</a></nav></header>\
        <main><h1>Oak standing desk</h1><div class=price>$499</div>\
        <section class=details><template id=B:1></template><p>Loading</p></section></main>\
        <footer><a href=/terms>Terms</a></footer>";
    const SEGMENT: &str = "<div hidden id=S:1><h2>Description</h2><p>A solid oak top on a steel frame that rises from sitting to standing height in twelve seconds, quietly, with two motors.</p>\
        <ul><li>Top: 120 x 70 cm, oiled oak</li><li>Height: 65 to 130 cm</li><li>Load: 100 kg</li></ul></div>\
        <script>$RC(\"B:1\",\"S:1\")</script></body>";

    #[test]
    fn a_streamed_part_is_read_where_its_placeholder_is() {
        let html = format!("{SHELL}{SEGMENT}");
        let page = page_from_html(&html);
        // in place: right after the details section's placeholder, before the footer
        let desc = page.text.find("A solid oak top").expect("segment shown");
        assert!(desc < page.text.find("Terms").unwrap(), "{}", page.text);
        let main = main_text_html(&html, &Options::default());
        assert!(main.contains("solid oak top") && main.contains("Height: 65"), "{main}");
        assert!(!main.contains("Terms"), "{main}");
    }

    #[test]
    fn other_hidden_containers_stay_hidden() {
        let html = format!("{SHELL}<div hidden id=S:x-1><p>A secret note.</p></div><div hidden id=drawer><p>Cart is empty.</p></div>");
        let mut tree = crate::html::parse::parse(&html);
        place_segments(&mut tree);
        let page = crate::html::blocks::build_page(tree);
        assert!(!page.text.contains("secret") && !page.text.contains("Cart is"), "{}", page.text);
        // a segment with no placeholder is still shown, where it is
        let page = page_from_html(&format!("{SHELL}<div hidden id=S:7><p>Late part.</p></div>"));
        assert!(page.text.contains("Late part"), "{}", page.text);
    }

    #[test]
    fn a_segment_holding_its_own_placeholder_is_left_alone() {
        let html = "<div hidden id=S:2><template id=B:2></template><p>Loop.</p></div>";
        let mut tree = crate::html::parse::parse(html);
        place_segments(&mut tree);
        let page = crate::html::blocks::build_page(tree);
        assert_eq!(page.text.trim(), "Loop.");
    }
}
