//! The live DOM as a [`Tree`]: the wasm layer's only HTML work is this conversion; blocks and
//! classification then run exactly as for an HTML string parsed in Rust.
//!
//! The walk is a loop (first child, next sibling, parent), never a recursion. Like the Rust parser,
//! it creates no nodes for `html`, `head` and `body` (their children go to the root), keeps the
//! attributes of `parse::KEPT_ATTRS`, and does not enter subtrees that are never page text.

use crate::html::tree::{is_dropped, is_void, Attrs, Data, Tree, KEPT_ATTRS};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// Converts a document (the page's, or one from `DOMParser`) into a tree.
pub fn tree_from_document(doc: &Document) -> Tree {
    walk(doc, None)
}

/// The same, and the DOM text nodes behind the tree's text nodes: `(tree node id, DOM node)` in
/// document order. Adjacent DOM text nodes (split by a comment, or by script) merge into one tree
/// text node, so one id may come with several DOM nodes.
pub fn tree_and_text_nodes(doc: &Document) -> (Tree, Vec<(u32, Node)>) {
    let mut nodes = Vec::new();
    let tree = walk(doc, Some(&mut nodes));
    (tree, nodes)
}

fn walk(doc: &Document, mut text_nodes: Option<&mut Vec<(u32, Node)>>) -> Tree {
    let mut tree = Tree::new();
    let Some(root) = doc.document_element() else { return tree };
    let root: Node = root.into();
    // the tree parent for the children of each open DOM node
    let mut parents: Vec<u32> = Vec::new();
    let mut parent = 0u32;
    let mut node = Some(root.clone());
    while let Some(n) = node {
        let mut enter = None;
        match n.node_type() {
            Node::ELEMENT_NODE => {
                let el: &Element = n.unchecked_ref();
                let tag = el.local_name().to_ascii_lowercase();
                if matches!(tag.as_str(), "html" | "head" | "body") {
                    enter = Some(parent);
                } else {
                    let mut attrs = Attrs::default();
                    for name in KEPT_ATTRS {
                        if let Some(v) = el.get_attribute(name) {
                            attrs.set(name, &v);
                        }
                    }
                    // what the page says of itself (descriptions, JSON-LD), as the parser keeps it
                    if tag == "meta" {
                        let name = el
                            .get_attribute("name")
                            .filter(|n| !n.is_empty())
                            .or_else(|| el.get_attribute("property"));
                        if let (Some(name), Some(content)) = (name, el.get_attribute("content")) {
                            tree.meta.add_meta_tag(&name, &content);
                        }
                    } else if tag == "script" {
                        if let (Some(kind), Some(content)) =
                            (el.get_attribute("type"), n.text_content())
                        {
                            tree.meta.add_script(&kind, &content);
                        }
                    }
                    let id = tree.add_element(parent, &tag, attrs);
                    if !is_void(&tag) && !is_dropped(&tag) {
                        enter = Some(id);
                    }
                }
            }
            Node::TEXT_NODE => {
                if let Some(v) = n.node_value() {
                    tree.add_text(parent, &v);
                    if let Some(out) = text_nodes.as_deref_mut() {
                        // the text went into the parent's last child: a new text node or the one it merged into
                        let last = tree.nodes[parent as usize].last_child;
                        if !v.is_empty()
                            && matches!(tree.nodes[last as usize].data, Data::Text { .. })
                        {
                            out.push((last, n.clone()));
                        }
                    }
                }
            }
            _ => {}
        }
        if let Some(p) = enter {
            if let Some(c) = n.first_child() {
                parents.push(parent);
                parent = p;
                node = Some(c);
                continue;
            }
        }
        // the next sibling, or climb until a node has one
        let mut cur = n;
        node = loop {
            if cur == root {
                break None;
            }
            if let Some(s) = cur.next_sibling() {
                break Some(s);
            }
            match (cur.parent_node(), parents.pop()) {
                (Some(p), Some(tp)) => {
                    parent = tp;
                    cur = p;
                }
                _ => break None,
            }
        };
    }
    tree
}
