//! Collections and listings: a page whose article came out weak but that shows a grid of tiles
//! made alike (a shop's products, a category's sub-categories, a listing's entries) is that grid.
//!
//! A tile grid is a parent with `TILE_MIN_ITEMS` or more children made alike (same tag and class,
//! or the same bare tag of `ALIKE_BARE_TAGS`), each a tile: more than one block (a name and a
//! price, a title and a teaser) or a heading. Its text may be all links (every tile is one):
//! that is what makes the classifier read it as navigation or as a strip of related things. The
//! grid must lie outside furniture that names navigation, comments, sharing or consent (a menu's
//! items are alike too), furniture holding most of the page excepted (a `form` around it all).

use super::blocks::Page;
use super::classify::{ends_sentence, Signal};
use super::rules::*;
use super::tree::NONE;
use crate::types::Reason;

/// Per element of the tree, the sums over its subtree's blocks (those not under a skipped
/// element) of: characters, link characters, blocks, heading blocks.
const CHARS: usize = 0;
const LINKS: usize = 1;
const BLOCKS: usize = 2;
const HEADINGS: usize = 3;

fn sums(page: &Page, skip: &[bool]) -> Vec<[f32; 4]> {
    let tree = &page.tree;
    let mut s = vec![[0f32; 4]; tree.nodes.len()];
    for b in page.blocks.iter().filter(|b| !skip[b.elem as usize]) {
        let own = [b.chars as f32, b.link_chars as f32, 1.0, f32::from(u8::from(b.heading > 0))];
        for (x, y) in s[b.elem as usize].iter_mut().zip(own) {
            *x += y;
        }
    }
    // children come after their parent: add each subtree's sums to its parent, last first
    for i in (1..s.len()).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            let child = s[i];
            for (x, y) in s[p as usize].iter_mut().zip(child) {
                *x += y;
            }
        }
    }
    s
}

/// Children of one parent made alike: how many, how many of them tiles, their characters and
/// link characters.
#[derive(Default)]
struct Group {
    parent: u32,
    first: u32,
    items: usize,
    tiles: usize,
    chars: f32,
    links: f32,
}

/// The tile grid of a page whose article is weak becomes its article (see the module's note).
pub fn tile_grid_to_article(page: &Page, signals: &[Signal], reasons: &mut [Option<Reason>]) {
    let kept: usize = page
        .blocks
        .iter()
        .zip(reasons.iter())
        .filter(|(_, r)| r.is_none())
        .map(|(b, _)| b.chars)
        .sum();
    if kept >= TILE_WEAK_ARTICLE_CHARS {
        return;
    }
    // a short story: a paragraph written out, or any sentence on a page that says it is an
    // article (a page saying so with no sentence kept at all is not one)
    let says = super::fallback::says_article(&page.tree.meta);
    let story = page.blocks.iter().zip(reasons.iter()).any(|(b, r)| {
        r.is_none()
            && (says || b.chars >= TILE_STORY_PARAGRAPH_CHARS)
            && b.stop_words > 0
            && ends_sentence(&page.text[b.start..b.end])
    });
    if story {
        return;
    }
    let tree = &page.tree;
    let n = tree.nodes.len();
    let all = sums(page, &vec![false; n]);
    let page_chars = all[0][CHARS];
    if page_chars <= 0.0 {
        return;
    }
    // furniture that rules a grid out: structural or by class words, unless it holds most of
    // the page (a wrapper)
    let mut blocked = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        let id = i as u32;
        let structural = TILE_BLOCKING_TAGS.contains(&tree.tag(id))
            || tree
                .attrs(id)
                .is_some_and(|a| a.hidden || NEGATIVE_ROLES.iter().any(|(t, _)| *t == a.role));
        let named = TILE_BLOCKING.contains(&signals[i].negative)
            && all[i][CHARS] < TILE_WRAPPER_SHARE * page_chars;
        blocked[i] = blocked[p] || structural || named;
    }
    // the text outside that furniture
    let s = sums(page, &blocked);
    let key = |c: u32| (tree.tag(c), tree.attrs(c).map_or("", |a| a.class.as_str()));
    let mut best: Option<Group> = None;
    for p in (1..n).filter(|&p| !blocked[p] && s[p][CHARS] > kept as f32) {
        let mut groups: Vec<Group> = Vec::new();
        let mut c = tree.nodes[p].first_child;
        while c != NONE {
            let ci = c as usize;
            let k = key(c);
            if s[ci][CHARS] > 0.0 && (!k.1.is_empty() || ALIKE_BARE_TAGS.contains(&k.0)) {
                let i = match groups.iter().position(|g| key(g.first) == k) {
                    Some(i) => i,
                    None => {
                        groups.push(Group { parent: p as u32, first: c, ..Group::default() });
                        groups.len() - 1
                    }
                };
                let g = &mut groups[i];
                g.items += 1;
                g.tiles += usize::from(s[ci][BLOCKS] >= 2.0 || s[ci][HEADINGS] > 0.0);
                g.chars += s[ci][CHARS];
                g.links += s[ci][LINKS];
            }
            c = tree.nodes[ci].next;
        }
        for g in groups {
            if g.items >= TILE_MIN_ITEMS
                && g.links >= TILE_MIN_LINKS * g.chars
                && g.tiles as f32 >= TILE_SHARE * g.items as f32
                && g.chars > TILE_GAIN * kept as f32
                && g.chars >= TILE_MIN_CHARS
                && best.as_ref().is_none_or(|b| g.chars > b.chars)
            {
                best = Some(g);
            }
        }
    }
    let Some(grid) = best else { return };
    let k = key(grid.first);
    // what the page says of itself (a thread's posts in JSON-LD) answers a page this short
    if kept < FALLBACK_BELOW_CHARS {
        let alt = super::fallback::fallback_text(&tree.meta).chars().count() as f32;
        if alt > FALLBACK_GAIN * kept as f32 && alt >= TILE_FALLBACK_SHARE * grid.chars {
            return;
        }
    }
    let mut item_of = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent;
        item_of[i] = p != NONE && (item_of[p as usize] || (p == grid.parent && key(i as u32) == k));
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if item_of[b.elem as usize] && *r != Some(Reason::Repeat) {
            *r = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::html::classify::classify;
    use crate::html::page_from_html;

    fn kept(html: &str) -> Vec<String> {
        let p = page_from_html(html);
        let r = classify(&p);
        p.blocks
            .iter()
            .zip(r)
            .filter(|(_, r)| r.is_none())
            .map(|(b, _)| p.text[b.start..b.end].to_string())
            .collect()
    }

    /// A shop's category: its products are link tiles (a name, a code and a price each) in a
    /// section its theme calls "related products", under a menu and over a footer.
    fn category(wrap: &str) -> String {
        let tiles: String = [
            ("Steel rake with sixteen teeth", "R-16", "$ 24.00"),
            ("Garden fork, ash handle", "F-2", "$ 39.50"),
            ("Pruning shears for roses", "P-7", "$ 18.90"),
            ("Hand trowel, stainless", "T-1", "$ 12.00"),
            ("Wheelbarrow, ninety litres", "W-90", "$ 129.00"),
            ("Hose reel on two wheels", "H-30", "$ 64.00"),
        ]
        .iter()
        .map(|(name, code, price)| {
            format!(
                "<div class='col item-tile'><a href=/p><h4 class=code>{code}</h4>\
                 <h3>{name}</h3><div class=price>{price}</div></a></div>"
            )
        })
        .collect();
        format!(
            "<header><nav><ul class=menu><li><a href=/>Home</a></li><li><a href=/t>Tools</a>\
             </li><li><a href=/s>Seeds</a></li></ul></nav></header>{}<div class=page>\
             <div class=crumbs><a href=/>Home</a> / Garden tools</div>\
             <section class=related-products><div class=row>{tiles}</div></section></div>\
             <div class=contact><p>Call us</p><p>Mon to Fri, 9 to 5</p></div>{}\
             <footer><a href=/terms>Terms</a></footer>",
            wrap,
            if wrap.is_empty() { "" } else { "</form>" }
        )
    }

    #[test]
    fn a_grid_of_link_tiles_is_the_page() {
        for wrap in ["", "<form id=page-form>"] {
            let k = kept(&category(wrap));
            for t in
                ["Steel rake with sixteen teeth", "$ 129.00", "W-90", "Hose reel on two wheels"]
            {
                assert!(k.iter().any(|k| k == t), "{wrap} {t}: {k:?}");
            }
            assert!(!k.iter().any(|k| k == "Terms" || k.starts_with("Home")), "{k:?}");
        }
    }

    #[test]
    fn a_menu_of_alike_items_is_not_a_grid() {
        // items made alike, two blocks each, all links, but inside `nav`: still navigation
        let items: String = (0..8)
            .map(|i| format!("<li class=entry><a href=/c{i}>Section {i}</a><ul><li><a href=/c{i}/a>Part {i} one</a></li></ul></li>"))
            .collect();
        let html = format!(
            "<nav><ul class=tree>{items}</ul></nav><div class=page><h1>Contact</h1>\
             <p>Write to us.</p></div>"
        );
        let k = kept(&html);
        assert!(!k.iter().any(|t| t.starts_with("Section") || t.starts_with("Part")), "{k:?}");
    }
}
