//! Service and landing pages: shapes of their main text that the article rules read as furniture.
//!
//! - **A header inside the content**: a `header` is the page's banner only at the top level; one
//!   inside an element of `HEADER_SCOPING_TAGS` (a `main`, a `section`) opens that part of the
//!   content (a landing page's hero: its title, its pitch, its plans), as HTML and ARIA read it.
//! - **Sections of short blocks** (in `classify::short_article_to_page`): a landing page's one
//!   written section, its paragraphs all short, is widened to the page under
//!   `PART_UNWRITTEN_SHARE` of its text (a story's long paragraphs keep `PART_ARTICLE_SHARE`),
//!   when what the widening adds is written (`PART_UNWRITTEN_ADDED_GOOD`), not a grid of links.

use super::blocks::Page;
use super::classify::Signal;
use super::rules::*;
use crate::types::Reason;

/// Clears the furniture signal of a `header` (by its tag alone: no role, no furniture word) that
/// sits inside an element of `HEADER_SCOPING_TAGS`.
pub(super) fn scoped_headers(page: &Page, signals: &mut [Signal]) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let mut scoped = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent;
        if p == super::tree::NONE {
            continue;
        }
        let p = p as usize;
        scoped[i] = scoped[p] || HEADER_SCOPING_TAGS.contains(&tree.tag(p as u32));
        let s = &mut signals[i];
        if !scoped[i] || s.negative != Some(Reason::Navigation) || s.furniture_word {
            continue;
        }
        if tree.tag(i as u32) == "header" && tree.attrs(i as u32).is_some_and(|a| a.role.is_empty())
        {
            s.negative = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::classify::tests::kept;

    /// A landing page whose hero (its title, pitch and offer) is a `header` inside `main`: part of
    /// the content; the page's own `header` at the top stays its banner.
    #[test]
    fn a_header_inside_main_is_content() {
        let html = "<header><a href=/>Lumen</a> <nav><a href=/pricing>Pricing</a> <a href=/help>Help</a></nav>\
             <p>Free delivery on every order over fifty pounds, all through the month of May.</p></header>\
             <main><header class=hero><h1>Window cleaning for offices</h1><p>Our teams clean the windows of \
             your office, inside and out, every month, before your staff arrive, with no ladders left \
             in the corridors and no water on the carpets.</p></header>\
             <section><h2>How it works</h2><p>You tell us how many floors and windows you have; we come \
             by, count them, and send you one price for the year, which stays the same whatever the \
             weather does.</p><p>Each visit is booked a week ahead, and the team leader walks round \
             with your caretaker at the end, so that nothing is missed and every pane is checked.</p>\
             <p>Should a pane still be streaked the next day, tell us, and a team comes back the same \
             week to clean it again, at no charge, for as long as the contract runs.</p></section></main>\
             <footer>Lumen Ltd, 4 Mill Lane</footer>";
        let k = kept(html);
        for t in ["Window cleaning for offices", "Our teams clean the windows", "You tell us how many"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.contains("Free delivery") || t.contains("Pricing")), "{k:?}");
    }

    /// A landing page: one section written out (short paragraphs, the region the picker takes)
    /// between grids of features, each a short title and a line, in bands whose class says
    /// promotion. The page is all of them; its menu and its footer stay out.
    #[test]
    fn a_landing_page_is_all_its_short_sections() {
        let para = |k: usize| {
            format!(
                "<p>Point {k} about payroll: our team plans the work with you, sets a date that suits \
                 your business, and tells you, in plain words, what it costs before anything starts.</p>"
            )
        };
        let words = ["Fast", "Plain", "Fair", "Safe", "Local", "Clear", "Early", "Quiet", "Small", "Honest"];
        let grid = |topic: &str| {
            let items: String = words
                .iter()
                .map(|w| {
                    format!(
                        "<div class=feature><h3>{w} {topic}</h3><p>We keep {topic} {} for you, every \
                         single month of the year.</p></div>",
                        w.to_lowercase()
                    )
                })
                .collect();
            format!("<section class=promo-band><h2>Why {topic}</h2><div class=features>{items}</div></section>")
        };
        let long: String = (0..14).map(para).collect();
        let html = format!(
            "<header><nav><a href=/>Home</a> <a href=/services>Services</a> <a href=/contact>Contact</a></nav></header>\
             <div class=page>{}<section class=long><div class=inner><h2>All about payroll</h2>{long}</div></section>\
             {}{}{}</div><footer><p>Lumen Ltd, 4 Mill Lane, registered in the north, company number 123456.</p></footer>",
            grid("audits"),
            grid("tax returns"),
            grid("invoices"),
            grid("pensions"),
        );
        let k = kept(&html);
        for t in ["Point 3 about payroll", "Why audits", "Fair audits", "We keep pensions quiet", "Why invoices"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.contains("Lumen Ltd") || t.contains("Services")), "{k:?}");
    }
}
