//! Documentation pages: shapes of a reference page's own text that the article rules read as
//! furniture.
//!
//! - **Linked terms** (`defined_terms`): a definition list's term is often a link to its own page
//!   (an API's property, a glossary word), so it is all links; inside the region, a term whose
//!   definition is kept is the page's text, not a menu.
//! - **Disclosure panels** (`disclosure_panels`): an accordion's answer opens in a "drop-down"
//!   ("accordion__dropdown", "faq-toggle-menu"); a box a class word calls navigation whose class
//!   also names such a widget (`DISCLOSURE_WORDS`) and that holds written text is that text.
//! - **A page's own header inside `main`** (`scoped_header_boxes`): a reference page opens with
//!   a box named "…__header" inside `main` holding its title and its summary; like a `header`
//!   element there (`service::scoped_headers`) it is the content's opening, not the banner
//!   (read inside the chosen region only).

use super::blocks::Page;
use super::classify::{Signal, Totals};
use super::rules::*;
use super::tree::Attrs;
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

/// The attributes of element `i` when it is a box a class word calls navigation
/// (`furniture_word`) that holds written text (`PANEL_MIN_GOOD`, `PANEL_GOOD_SHARE` of it good)
/// and is neither hidden nor navigation by its tag or role: what a page's own panels and
/// headers look like to the furniture rules.
fn written_named_box<'a>(page: &'a Page, t: &Totals, s: &Signal, i: usize) -> Option<&'a Attrs> {
    let tree = &page.tree;
    let (good, all) = (t.prose[i], t.chars[i]);
    if s.negative != Some(Reason::Navigation)
        || !s.furniture_word
        || good < PANEL_MIN_GOOD
        || good < PANEL_GOOD_SHARE * all
    {
        return None;
    }
    let tag = tree.tag(i as u32);
    tree.attrs(i as u32).filter(|a| {
        !a.hidden
            && !NEGATIVE_TAGS.iter().any(|(t, _)| *t == tag)
            && !NEGATIVE_ROLES.iter().any(|(r, _)| *r == a.role)
    })
}

/// Clears the navigation signal of an element whose class words say navigation and name a
/// disclosure widget (`DISCLOSURE_WORDS`: an accordion's panel), when it holds
/// `PANEL_MIN_GOOD` characters of good text, `PANEL_GOOD_SHARE` of its text (an answer, not a
/// menu of links). Tags and roles that say navigation keep it.
pub(super) fn disclosure_panels(page: &Page, t: &Totals, signals: &mut [Signal]) {
    for (i, s) in signals.iter_mut().enumerate().skip(1) {
        let Some(a) = written_named_box(page, t, s, i) else { continue };
        let mut disclosure = false;
        class_words(&a.class, |w| disclosure |= DISCLOSURE_WORDS.contains(&w));
        if disclosure {
            s.negative = None;
        }
    }
}

/// Inside the region, a block dropped as navigation because a box between the region and it is
/// named by a class word of `SCOPED_HEADER_WORDS` alone among furniture words, inside an
/// element of `HEADER_SCOPING_TAGS`, holding `PANEL_MIN_GOOD` characters of good text,
/// `PANEL_GOOD_SHARE` of its text, is content (unless it is mostly links itself). Read after the
/// region is chosen: such a box never competes for it.
pub(super) fn scoped_header_boxes(
    page: &Page,
    t: &Totals,
    signals: &[Signal],
    region: &[bool],
    reasons: &mut [Option<Reason>],
) {
    let tree = &page.tree;
    let header_box = |i: usize| {
        if tree.closest(i as u32, |a| HEADER_SCOPING_TAGS.contains(&tree.tag(a))).is_none() {
            return false;
        }
        let Some(a) = written_named_box(page, t, &signals[i], i) else { return false };
        let (mut header, mut other) = (false, false);
        for token in a.class.split_ascii_whitespace().chain(a.id.split_ascii_whitespace()) {
            class_words(token, |w| {
                if SCOPED_HEADER_WORDS.contains(&w) {
                    header = true;
                } else if negative_word(w).is_some() {
                    other = true;
                }
            });
        }
        header && !other
    };
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if *r != Some(Reason::Navigation) || super::classify::too_many_links(&page.text, b) {
            continue;
        }
        // the furniture between the region and the block: one header box, nothing else
        let (mut e, mut boxes, mut inside) = (b.elem, 0, false);
        while e != super::tree::NONE {
            let i = e as usize;
            if region[i] {
                inside = true;
                break;
            }
            if signals[i].negative.is_some() {
                if !header_box(i) {
                    boxes = 2;
                    break;
                }
                boxes += 1;
            }
            e = tree.nodes[i].parent;
        }
        if inside && boxes == 1 {
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
    /// A service page's questions, each answer in a panel its class calls the accordion's
    /// drop-down: the answers are the page's text; the site menu's drop-down of links is not.
    #[test]
    fn an_accordions_drop_down_answer_is_text() {
        let qa = |q: &str, a: &str| {
            format!(
                "<div class=accordion__item><button class=accordion__trigger>{q}</button>\
                 <div class=accordion__dropdown><p>{a}</p></div></div>"
            )
        };
        let html = format!(
            "<header><div class=nav-dropdown><ul><li><a href=/a>Plans</a></li><li><a href=/b>Help</a></li></ul></div></header>\
             <main><h1>Sending text messages</h1><p>Send messages to your customers in every country \
             we cover, from one account, with one bill, and with delivery reports for every message \
             that leaves our network, whatever the carrier at the other end.</p>\
             <p>Set it up in an afternoon: the numbers, the templates and the opt-out words are ready \
             when you sign in, and our team answers your questions in your own language.</p>\
             <h2>Questions</h2><div class=accordion>{}{}</div></main><footer>Textly Ltd</footer>",
            qa("Which numbers can I use?", "Local numbers, toll-free numbers and short codes can all \
                send messages, and each of them suits a different kind of sender and volume."),
            qa("How fast are messages sent?", "Most messages reach the phone within a few seconds, \
                and the delivery report comes back to your account as soon as the carrier sends it."),
        );
        let k = kept(&html);
        for t in ["Local numbers, toll-free", "Most messages reach the phone"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.contains("Plans")), "{k:?}");
    }
    /// A reference page opens inside `main` with a box named as its header: its title and the
    /// summary of what it documents are the page's text; the site's own header stays out.
    #[test]
    fn a_header_box_inside_main_is_the_pages_opening() {
        let section = |h: &str| {
            format!(
                "<section><h2>{h}</h2><p>The {h} of a timer is read once, when the timer starts, \
                 and changing it later has no effect on a timer that is already running.</p>\
                 <p>Set the {h} before calling start, or stop the timer, set it, and start again; \
                 both ways give the same result on every platform the library supports.</p></section>"
            )
        };
        let body: String = ["delay", "interval", "repeat count"].iter().map(|h| section(h)).collect();
        let html = format!(
            "<div class=site-header><a href=/>Clockwork</a> <a href=/docs>Docs</a> <a href=/blog>Blog</a>\
             <p>Version four is out now, with faster timers and a new scheduler for every platform.</p></div>\
             <main><div class=layout><div class=doc__header><h1>Timer</h1>\
             <p>The Timer object calls a function after a delay, once or again and again, and can be \
             stopped at any time from any thread of the program that made it.</p>\
             <p>Timers are cheap: a program may keep thousands of them without slowing down.</p></div>\
             {body}</div></main><footer>Clockwork docs</footer>"
        );
        let k = kept(&html);
        for t in ["Timer", "The Timer object calls", "Timers are cheap", "The interval of a timer"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.contains("Version four") || t.contains("Blog")), "{k:?}");
    }
}
