//! Documentation pages: shapes of a reference page's own text that the article rules read as
//! furniture.
//!
//! - **Linked terms** (`defined_terms`): a definition list's term is often a link to its own page
//!   (an API's property, a glossary word), so it is all links; inside the region, a term whose
//!   definition is kept is the page's text, not a menu.

use super::blocks::Page;
use super::rules::TERM_DEFINITION_MIN_WORDS;
use crate::types::Reason;

/// Inside the region, a `dt` (or its content) dropped as navigation stays when a `dd` after it,
/// before the next `dt`, keeps a block written in words (`TERM_DEFINITION_MIN_WORDS`, a stop
/// word among them): the term of a kept definition. A file's name over its size stays a link.
pub(super) fn defined_terms(page: &Page, inside: &[bool], reasons: &mut [Option<Reason>]) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    // per element: does it hold a kept block written in words (a definition, not a file's size)?
    let mut kept = vec![false; n];
    for (b, r) in page.blocks.iter().zip(reasons.iter()) {
        if r.is_none() && b.stop_words > 0 && b.words >= TERM_DEFINITION_MIN_WORDS {
            let mut e = b.elem;
            while e != super::tree::NONE && !kept[e as usize] {
                kept[e as usize] = true;
                e = tree.nodes[e as usize].parent;
            }
        }
    }
    let defined = |dt: u32| {
        let mut s = tree.nodes[dt as usize].next;
        while s != super::tree::NONE {
            match tree.tag(s) {
                "dt" => return false,
                "dd" if kept[s as usize] => return true,
                _ => {}
            }
            s = tree.nodes[s as usize].next;
        }
        false
    };
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if *r != Some(Reason::Navigation) || !inside[b.elem as usize] {
            continue;
        }
        let dt = tree.closest(b.elem, |a| matches!(tree.tag(a), "dt" | "dd" | "dl"));
        if dt.is_some_and(|d| tree.tag(d) == "dt" && defined(d)) {
            *r = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::classify::tests::kept;

    /// A reference page whose properties are each a linked term over a line of definition: the
    /// terms are its text; the menu beside it, a list of links, is not.
    #[test]
    fn a_linked_term_of_a_kept_definition_is_text() {
        let props = ["width", "height", "colour", "border", "margin", "shadow"];
        let items: String = props
            .iter()
            .map(|p| {
                format!(
                    "<dt><a href=/ref/frame/{p}><code>Frame.{p}</code></a></dt>\
                     <dd><p>The {p} of the frame, read when the frame is drawn.</p></dd>"
                )
            })
            .collect();
        let menu: String =
            props.iter().map(|p| format!("<li><a href=/ref/frame/{p}>Frame.{p}</a></li>")).collect();
        let html = format!(
            "<nav><ul><li><a href=/>Home</a></li><li><a href=/ref>Reference</a></li></ul></nav>\
             <div class=layout><aside class=sidebar><ul>{menu}</ul></aside>\
             <main><h1>Frame</h1><p>The Frame object draws a box around a part of the screen, \
             with its own size, colour and border, and keeps it in place while the page moves.</p>\
             <p>Frames are made by the window, never by hand, and each of them lives as long as the \
             window that made it, after which every call on it fails with an error.</p>\
             <h2>Properties</h2><dl>{items}</dl></main></div>\
             <footer><p>Frame library, all rights reserved.</p></footer>"
        );
        let k = kept(&html);
        for p in props {
            let term = format!("Frame.{p}");
            assert!(k.iter().any(|t| t == &term), "{term}: {k:?}");
        }
        assert!(k.iter().any(|t| t.starts_with("The shadow of the frame")), "{k:?}");
        assert!(!k.iter().any(|t| t.contains("Reference") || t.contains("rights")), "{k:?}");
    }
}
