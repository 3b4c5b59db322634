//! Collections and listings: a page whose article came out weak but that shows a grid of tiles
//! made alike (a shop's products, a category's sub-categories, a listing's entries) is that grid.
//!
//! A tile grid is a parent with `TILE_MIN_ITEMS` or more children made alike (same tag and class,
//! or the same bare tag of `ALIKE_BARE_TAGS`), each a tile: more than one block (a name and a
//! price, a title and a teaser) or a heading. Its text may be all links (every tile is one):
//! that is what makes the classifier read it as navigation or as a strip of related things. The
//! grid must lie outside furniture that names navigation, comments, sharing or consent (a menu's
//! items are alike too), furniture holding most of the page excepted (a `form` around it all,
//! a hidden container whose script shows the grid). An item outside furniture counts all its
//! text: a card's parts named like furniture ("card__header") are still the card's. A page with
//! no one grid long enough is its grids together when it shows `TILE_MIN_GRIDS` or more (a
//! category's carousels over its grid), a grid inside another's items counted with them.
//!
//! Card names: in a grid of cards that is kept, a card's name written as a bare link is read as
//! navigation (a block all links); when kept text without links follows it in its card (a
//! price, a rating), it is the card's name and stays ([`card_titles`]).

use super::blocks::Page;
use super::classify::{ends_sentence, kept_chars, subtree_sum, Signal};
use super::rules::*;
use super::tree::{Tree, NONE};
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
/// `under_furniture`: per element, whether it or an ancestor has a furniture signal.
pub fn tile_grid_to_article(
    page: &Page,
    signals: &[Signal],
    under_furniture: &[bool],
    reasons: &mut [Option<Reason>],
) {
    let kept = kept_chars(page, reasons);
    if kept >= TILE_WEAK_ARTICLE_CHARS {
        return;
    }
    // a page saying it is an article keeps any sentence as its short story (a page saying so
    // with no sentence kept at all is not one)
    let says = super::fallback::says_article(&page.tree.meta);
    let sentence = |b: &super::blocks::HtmlBlock, min: usize| {
        b.chars >= min && b.stop_words > 0 && ends_sentence(&page.text[b.start..b.end])
    };
    let kept_blocks = || page.blocks.iter().zip(reasons.iter()).filter(|(_, r)| r.is_none());
    // a sentence kept from furniture named by class words (a pop-up's sign-up line) is not the
    // page's story
    let tree = &page.tree;
    let n = tree.nodes.len();
    if says && kept_blocks().any(|(b, _)| !under_furniture[b.elem as usize] && sentence(b, 0)) {
        return;
    }
    // a paragraph written out may be a short story with a strip of other stories under it, or
    // a listing's introduction: then only a grid in no furniture at all, and far longer, is it
    let story = kept_blocks().any(|(b, _)| sentence(b, TILE_STORY_PARAGRAPH_CHARS));
    let gain = if story { TILE_STORY_GAIN } else { TILE_GAIN };
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
        // a hidden container shown because it holds most of the page (its script reveals the
        // page's grid) is the page, not a closed menu
        let hidden = tree.attrs(id).is_some_and(|a| a.hidden)
            && all[i][CHARS] < TILE_WRAPPER_SHARE * page_chars;
        let structural = TILE_BLOCKING_TAGS.contains(&tree.tag(id))
            || hidden
            || tree.attrs(id).is_some_and(|a| NEGATIVE_ROLES.iter().any(|(t, _)| *t == a.role));
        let named = (story || TILE_BLOCKING.contains(&signals[i].negative))
            && signals[i].negative.is_some()
            && all[i][CHARS] < TILE_WRAPPER_SHARE * page_chars;
        blocked[i] = blocked[p] || structural || named;
    }
    // the text outside that furniture
    let s = sums(page, &blocked);
    let mut cands: Vec<Group> = Vec::new();
    for p in (1..n).filter(|&p| !blocked[p] && s[p][CHARS] > kept as f32) {
        let mut groups: Vec<Group> = Vec::new();
        let mut c = tree.nodes[p].first_child;
        while c != NONE {
            let ci = c as usize;
            // an item outside furniture counts all its text: a card's own parts named
            // "card__header" or "card-share" do not make it less of a tile
            let t = if blocked[ci] { s[ci] } else { all[ci] };
            let k = alike_key(tree, c).filter(|_| t[CHARS] > 0.0);
            if k.is_some() {
                let i = match groups.iter().position(|g| alike_key(tree, g.first) == k) {
                    Some(i) => i,
                    None => {
                        groups.push(Group { parent: p as u32, first: c, ..Group::default() });
                        groups.len() - 1
                    }
                };
                let g = &mut groups[i];
                g.items += 1;
                g.tiles += usize::from(t[BLOCKS] >= 2.0 || t[HEADINGS] > 0.0);
                g.chars += t[CHARS];
                g.links += t[LINKS];
            }
            c = tree.nodes[ci].next;
        }
        cands.extend(groups.into_iter().filter(|g| {
            g.items >= TILE_MIN_ITEMS
                && g.links >= TILE_MIN_LINKS * g.chars
                && g.tiles as f32 >= TILE_SHARE * g.items as f32
                && g.chars >= TILE_MIN_CHARS
        }));
    }
    let far = |chars: f32| chars > gain * kept as f32;
    // the longest grid far longer than the article is the page; else the page's grids together
    // (a category's carousels over its grid, none long enough alone), when several, are
    let best = cands.iter().filter(|g| far(g.chars)).fold(None, |b: Option<&Group>, g| {
        if b.is_none_or(|b| g.chars > b.chars) {
            Some(g)
        } else {
            b
        }
    });
    let grids: Vec<&Group> = match best {
        Some(g) => vec![g],
        None => {
            // a grid inside another's items is counted with them
            let inside = items_of(tree, &cands.iter().collect::<Vec<_>>());
            let top: Vec<&Group> = cands.iter().filter(|g| !inside[g.parent as usize]).collect();
            if top.len() < TILE_MIN_GRIDS || !far(top.iter().map(|g| g.chars).sum()) {
                return;
            }
            top
        }
    };
    let grid_chars: f32 = grids.iter().map(|g| g.chars).sum();
    // what the page says of itself (a thread's posts in JSON-LD) answers a page this short
    if kept < FALLBACK_BELOW_CHARS {
        let alt = super::fallback::fallback_text(&tree.meta).chars().count() as f32;
        if alt > FALLBACK_GAIN * kept as f32 && alt >= TILE_FALLBACK_SHARE * grid_chars {
            return;
        }
    }
    keep_items(page, &grids, reasons);
}

/// A shop's grid of priced cards is the page's, whatever text was kept beside it (a category's
/// introduction or its questions and answers, `TILE_WEAK_ARTICLE_CHARS` or more: a page keeping
/// less is a weak article, whose grids [`tile_grid_to_article`] weighs): on a page that does not
/// say it shows one product,
/// `PRICED_GRID_MIN_ITEMS` or more children of one parent made alike ([`alike_key`]), outside
/// the furniture a tile grid never lies in, each card holding at most `CARD_MAX_CHARS`,
/// `PRICED_GRID_SHARE` of them a price and all together `PRICED_GRID_MIN_CHARS`, keep their text.
pub fn priced_grid(page: &Page, product: bool, signals: &[Signal], reasons: &mut [Option<Reason>]) {
    if product {
        return;
    }
    // a page keeping less is a weak article, whose grids `tile_grid_to_article` weighs
    let kept = kept_chars(page, reasons);
    if kept < TILE_WEAK_ARTICLE_CHARS {
        return;
    }
    let tree = &page.tree;
    let n = tree.nodes.len();
    let all = sums(page, &vec![false; n]);
    let page_chars = all[0][CHARS];
    let mut blocked = vec![false; n];
    // per element: its subtree's prices and kept characters
    let prices = subtree_sum(
        tree,
        page.blocks.iter().map(|b| (b.elem, usize::from(super::product::is_price(&page.text, b)))),
    );
    let kept_in = subtree_sum(
        tree,
        page.blocks.iter().zip(reasons.iter()).filter(|(_, r)| r.is_none()).map(|(b, _)| (b.elem, b.chars)),
    );
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        let id = i as u32;
        let structural = TILE_BLOCKING_TAGS.contains(&tree.tag(id))
            || tree.attrs(id).is_some_and(|a| NEGATIVE_ROLES.iter().any(|(t, _)| *t == a.role));
        // furniture named by class words, unless a wrapper holding most of the page ("row
        // has-side-banner"); a box naming related things at any size
        let named = signals[i].negative.is_some_and(|r| {
            PRICED_GRID_BLOCKING.contains(&r) || all[i][CHARS] < TILE_WRAPPER_SHARE * page_chars
        });
        blocked[i] = blocked[p] || structural || named;
    }
    let mut grids: Vec<Group> = Vec::new();
    for p in (1..n).filter(|&p| !blocked[p] && prices[p] >= PRICED_GRID_MIN_ITEMS) {
        // per key: the group, its priced items, whether every item is a card, its kept text
        let mut groups: Vec<(Group, usize, bool, usize)> = Vec::new();
        let mut c = tree.nodes[p].first_child;
        while c != NONE {
            let ci = c as usize;
            let t = all[ci];
            if let Some(k) = alike_key(tree, c).filter(|_| t[CHARS] > 0.0) {
                let i = match groups.iter().position(|g| alike_key(tree, g.0.first) == Some(k)) {
                    Some(i) => i,
                    None => {
                        let g = Group { parent: p as u32, first: c, ..Group::default() };
                        groups.push((g, 0, true, 0));
                        groups.len() - 1
                    }
                };
                let (g, with_price, cards, kept) = &mut groups[i];
                g.items += 1;
                g.chars += t[CHARS];
                *with_price += usize::from(prices[ci] > 0);
                *cards &= t[CHARS] <= CARD_MAX_CHARS;
                *kept += kept_in[ci];
            }
            c = tree.nodes[ci].next;
        }
        // a grid mostly kept already was read block by block: what it dropped stays out
        grids.extend(groups.into_iter().filter_map(|(g, with_price, cards, kept)| {
            (cards
                && (kept as f32) < PRICED_GRID_MAX_KEPT * g.chars
                && g.items >= PRICED_GRID_MIN_ITEMS
                && with_price as f32 >= PRICED_GRID_SHARE * g.items as f32
                && g.chars >= PRICED_GRID_MIN_CHARS)
                .then_some(g)
        }));
    }
    // … and as long as a good share of the text kept (not a strip of offers beside a story)
    grids.retain(|g| g.chars >= PRICED_GRID_KEPT_SHARE * kept as f32);
    if grids.is_empty() {
        return;
    }
    keep_items(page, &grids.iter().collect::<Vec<_>>(), reasons);
}

/// Keeps the blocks of the grids' items, except repeats.
fn keep_items(page: &Page, grids: &[&Group], reasons: &mut [Option<Reason>]) {
    let item_of = items_of(&page.tree, grids);
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if item_of[b.elem as usize] && *r != Some(Reason::Repeat) {
            *r = None;
        }
    }
}

/// Per element: whether it is one of these grids' items or lies inside one.
fn items_of(tree: &Tree, grids: &[&Group]) -> Vec<bool> {
    let mut keys: super::tree::FnvMap<u32, Vec<Option<(&str, &str)>>> = Default::default();
    for g in grids {
        keys.entry(g.parent).or_default().push(alike_key(tree, g.first));
    }
    let n = tree.nodes.len();
    let mut item_of = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent;
        item_of[i] = p != NONE
            && (item_of[p as usize]
                || keys.get(&p).is_some_and(|k| k.contains(&alike_key(tree, i as u32))));
    }
    item_of
}

/// The key children of one parent are made alike by: their tag and first class ("product first"
/// and "product last" are alike), when they have a class or a bare tag of `ALIKE_BARE_TAGS`;
/// `None` for text and for other elements.
fn alike_key(tree: &Tree, c: u32) -> Option<(&str, &str)> {
    let class = tree.attrs(c)?.class.split_ascii_whitespace().next().unwrap_or("");
    let tag = tree.tag(c);
    (!class.is_empty() || ALIKE_BARE_TAGS.contains(&tag)).then_some((tag, class))
}

/// Per element: whether it is one of `TILE_MIN_ITEMS` or more children of its parent made alike
/// ([`alike_key`]).
fn alike_items(page: &Page) -> Vec<bool> {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let mut alike = vec![false; n];
    for p in 0..n {
        let mut counts: Vec<((&str, &str), usize)> = Vec::new();
        let mut c = tree.nodes[p].first_child;
        while c != NONE {
            if let Some(k) = alike_key(tree, c) {
                match counts.iter_mut().find(|(x, _)| *x == k) {
                    Some(e) => e.1 += 1,
                    None => counts.push((k, 1)),
                }
            }
            c = tree.nodes[c as usize].next;
        }
        if counts.iter().all(|(_, m)| *m < TILE_MIN_ITEMS) {
            continue;
        }
        let mut c = tree.nodes[p].first_child;
        while c != NONE {
            alike[c as usize] = alike_key(tree, c)
                .is_some_and(|k| counts.iter().any(|(x, m)| *x == k && *m >= TILE_MIN_ITEMS));
            c = tree.nodes[c as usize].next;
        }
    }
    alike
}

/// The cards of a grid that is kept (`TILE_MIN_ITEMS` or more items made alike under one parent,
/// each holding at most `CARD_MAX_CHARS` in two blocks or more) keep their first block with
/// links when it is all links (`CARD_TITLE_MIN_LINKS`) and kept text without links (a price, a
/// rating, a teaser) follows it: the card's name, not a menu's link nor a call to action. A card is the nearest
/// ancestor made alike, at most `CARD_TITLE_MAX_LEVELS` above the block.
pub fn card_titles(page: &Page, reasons: &mut [Option<Reason>]) {
    let tree = &page.tree;
    let alike = alike_items(page);
    let all = sums(page, &vec![false; tree.nodes.len()]);
    let card = |e: u32| {
        let mut a = e;
        for _ in 0..CARD_TITLE_MAX_LEVELS {
            if a == NONE || a == 0 {
                return NONE;
            }
            if alike[a as usize] {
                let t = all[a as usize];
                return if t[BLOCKS] >= 2.0 && t[CHARS] <= CARD_MAX_CHARS { a } else { NONE };
            }
            a = tree.nodes[a as usize].parent;
        }
        NONE
    };
    let cards: Vec<u32> = page.blocks.iter().map(|b| card(b.elem)).collect();
    // per card: its first block with links, kept as its name when it is all links, dropped as
    // navigation, and kept text without links follows it in the card (a link after the card's
    // text is its call to action: "Read the case study")
    let mut first: super::tree::FnvMap<u32, usize> = Default::default();
    let mut title: super::tree::FnvMap<u32, Option<usize>> = Default::default();
    for (i, (b, &c)) in page.blocks.iter().zip(&cards).enumerate() {
        if c == NONE {
            continue;
        }
        if b.link_chars > 0 {
            first.entry(c).or_insert(i);
        } else if reasons[i].is_none() && b.words > 0 {
            if let Some(&t) = first.get(&c) {
                let b = &page.blocks[t];
                let dropped = reasons[t] == Some(Reason::Navigation)
                    && b.link_density() >= CARD_TITLE_MIN_LINKS;
                title.entry(c).or_insert(dropped.then_some(t));
            }
        }
    }
    // only where several cards of one parent have one (a grid, not a stray card)
    let mut per_parent: super::tree::FnvMap<u32, usize> = Default::default();
    for (&c, t) in &title {
        if t.is_some() {
            *per_parent.entry(tree.nodes[c as usize].parent).or_default() += 1;
        }
    }
    // and where the grid's cards hold a good share of the kept text (not a strip of teasers
    // under a story)
    let kept = |only: &dyn Fn(u32) -> bool| -> f32 {
        page.blocks
            .iter()
            .zip(reasons.iter())
            .zip(&cards)
            .filter(|((_, r), &c)| r.is_none() && only(c))
            .map(|((b, _), _)| b.chars as f32)
            .sum()
    };
    let total = kept(&|_| true);
    let mut grid_kept: super::tree::FnvMap<u32, f32> = Default::default();
    for ((b, r), &c) in page.blocks.iter().zip(reasons.iter()).zip(&cards) {
        if c != NONE && r.is_none() && title.get(&c).is_some_and(Option::is_some) {
            *grid_kept.entry(tree.nodes[c as usize].parent).or_default() += b.chars as f32;
        }
    }
    for (&c, t) in &title {
        let p = tree.nodes[c as usize].parent;
        if let Some(i) = *t {
            if per_parent[&p] >= TILE_MIN_ITEMS
                && grid_kept.get(&p).copied().unwrap_or(0.0) >= CARD_GRID_MIN_SHARE * total
            {
                reasons[i] = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::html::classify::tests::kept;

    /// A shop's category: its products are link tiles (a code, a name and a price each, three
    /// to a row, the first and last of a row marked so) in a section of the given class, after
    /// the given text, under a menu and over a footer.
    fn category(wrap: &str, section: &str, intro: &str, rows: usize) -> String {
        let names = ["Steel rake", "Garden fork", "Pruning shears", "Hand trowel", "Wheelbarrow"];
        let tiles: String = (0..rows * 3)
            .map(|i| {
                let place = ["first", "", "last"][i % 3];
                let name = names[i % names.len()];
                format!(
                    "<div class='col item-tile {place}'><a href=/p{i}><h4 class=code>R-{i}</h4>\
                     <h3>{name}, model {i}</h3><div class=price>$ {i}.50</div></a></div>"
                )
            })
            .collect();
        format!(
            "<header><nav><ul class=menu><li><a href=/>Home</a></li><li><a href=/t>Tools</a>\
             </li><li><a href=/s>Seeds</a></li></ul></nav></header>{}<div class=page>\
             <div class=crumbs><a href=/>Home</a> / Garden tools</div>{intro}\
             <section class={section}><div class=row>{tiles}</div></section></div>\
             <div class=contact><p>Call us</p><p>Mon to Fri, 9 to 5</p></div>{}\
             <footer><a href=/terms>Terms</a></footer>",
            wrap,
            if wrap.is_empty() { "" } else { "</form>" }
        )
    }

    #[test]
    fn a_grid_of_link_tiles_is_the_page() {
        for wrap in ["", "<form id=page-form>"] {
            let k = kept(&category(wrap, "related-products", "", 2));
            for t in ["Steel rake, model 0", "$ 5.50", "R-4", "Pruning shears, model 2"] {
                assert!(k.iter().any(|k| k == t), "{wrap} {t}: {k:?}");
            }
            assert!(!k.iter().any(|k| k == "Terms" || k.starts_with("Home")), "{k:?}");
        }
    }

    const PARAGRAPH: &str = "<p>Our tools are forged in a small works in the hills, from \
        steel that is recycled twice, and every handle is turned from ash that grew within a \
        day's drive of the forge, so that nothing you buy from us travels far.</p>";

    #[test]
    fn a_listing_after_its_introduction_is_its_grid() {
        let k = kept(&category("", "products", &format!("<div class=intro>{PARAGRAPH}</div>"), 8));
        for t in ["Steel rake, model 0", "$ 23.50", "Wheelbarrow, model 19"] {
            assert!(k.iter().any(|k| k == t), "{t}: {k:?}");
        }
    }

    #[test]
    fn a_sign_up_line_in_a_pop_up_is_not_the_story() {
        // the page calls itself an article, and its one sentence kept is a pop-up's sign-up
        // line (the page's longer sentence sits in a consent box)
        let cookies = "<div class=cookie-note role=dialog><p>We use cookies to make this site \
            work and to learn how you use it, and you may say no to them at any time.</p></div>";
        let dealers = "<div class=dealers><h2>Find a dealer</h2><div class=popup-box><h3>We \
            are growing.</h3><p>Leave your email and we will tell you when a shop opens near \
            you.</p></div></div><div class=contact>";
        let page = category("", "products", "", 4).replace("<div class=contact>", dealers);
        let k = kept(&format!("<meta property=og:type content=article>{cookies}{page}"));
        for t in ["Steel rake, model 0", "$ 5.50", "Hand trowel, model 8"] {
            assert!(k.iter().any(|k| k == t), "{t}: {k:?}");
        }
    }

    #[test]
    fn a_short_story_keeps_its_strip_of_other_stories_out() {
        // a paragraph long enough that the page is not widened to its end either
        let long =
            format!("<p>{}</p>", PARAGRAPH.replace("<p>", "").replace("</p>", " ").repeat(3));
        let story = format!("<article class=story>{long}{PARAGRAPH}</article>");
        let k = kept(&category("", "related-products", &story, 30));
        assert!(k.iter().any(|k| k.starts_with("Our tools are forged")), "{k:?}");
        assert!(!k.iter().any(|k| k.starts_with("Steel rake")), "{k:?}");
    }

    /// Asserts that the page keeps these tiles' texts and not its footer's "Terms".
    fn keeps_grid_not_footer(html: &str, tiles: &[&str]) {
        let k = kept(html);
        for t in tiles {
            assert!(k.iter().any(|k| k == t), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|k| k == "Terms"), "{k:?}");
    }

    #[test]
    fn a_grid_its_script_reveals_is_the_page() {
        // the whole grid waits in a hidden container that the page's script shows: the page is
        // read with it shown, and a hidden container holding most of the page is no closed menu
        let page = category("", "products", "", 4)
            .replace(
                "<section class=products>",
                "<div style='display:none'><section class=products>",
            )
            .replace("</section>", "</section></div>");
        keeps_grid_not_footer(&page, &["Steel rake, model 0", "$ 5.50", "Hand trowel, model 8"]);
    }

    /// A shop's page of `n` cards made by `card`, under a menu and over a footer.
    fn card_page(n: usize, card: impl Fn(usize) -> String) -> String {
        let cards: String = (0..n).map(card).collect();
        format!(
            "<header><nav><a href=/>Home</a> <a href=/t>Tools</a></nav></header><main>\
             <h1>Shop</h1><ul class=results>{cards}</ul></main><footer><a href=/terms>Terms</a>\
             </footer>"
        )
    }

    #[test]
    fn a_card_naming_its_title_part_header_is_still_a_tile() {
        // each card's linked title sits in a part named "card__header": furniture words inside
        // a card do not take its text out of the tile (the cards' classes differ by a number)
        let html = card_page(9, |i| {
            format!(
                "<li class='card card--{i}'><div class=card__header><a href=/p{i}><h3>Garden \
                 fork, model {i}</h3></a></div><div class=card__price>$ {i}.50</div></li>"
            )
        });
        keeps_grid_not_footer(&html, &["Garden fork, model 0", "$ 4.50", "Garden fork, model 8"]);
    }

    #[test]
    fn a_card_keeps_its_linked_name_but_not_its_call_to_action() {
        // each card: a badge, its name as a bare link, a price and a rating, then a link to buy
        let html = card_page(6, |i| {
            format!(
                "<li class=card><div class=badge>Top rated</div><a href=/p{i}>Trail shoe, model \
                 {i}</a><div class=price>$ {i}9.00</div><div class=rating>{i} reviews with an \
                 average rating of 4.5 out of 5 stars</div><a href=/p{i}#buy>Add to cart</a></li>"
            )
        });
        keeps_grid_not_footer(&html, &["Trail shoe, model 0", "$ 09.00", "Trail shoe, model 5"]);
        assert!(!kept(&html).iter().any(|k| k == "Add to cart"));
    }

    #[test]
    fn a_grid_of_facts_each_with_its_link_is_the_page() {
        // each tile: a name, two facts written out and a link to the thing (a fifth of its
        // text), in boxes a class calls a call to action
        let html = card_page(5, |i| {
            format!(
                "<li class='tile cta-box'><h3>Creek trail {i}</h3><p>Difficulty: beginner</p>\
                 <p>Length: {i} miles</p><a href=/t{i}>Trail details</a></li>"
            )
        })
        .replace("<h1>Shop</h1>", "<h1>Trails</h1><p>Ride with us.</p>");
        keeps_grid_not_footer(&html, &["Creek trail 0", "Length: 4 miles", "Difficulty: beginner"]);
    }

    #[test]
    fn a_category_is_all_its_grids() {
        // a category's introduction, then two carousels (strips of related things) and a grid
        // of recipes, outside its `main`: none twice as long as the introduction, all three far
        // longer together
        let grid = |class: &str, dish: &str| {
            let cards: String = (0..4)
                .map(|i| {
                    format!(
                        "<div class='{class}-card'><a href=/r{i}><h3>{dish}, take {i}</h3></a>\
                         <div class=votes>{i}2 votes</div></div>"
                    )
                })
                .collect();
            format!("<section class={class}><h2>{dish}</h2><div class=row>{cards}</div></section>")
        };
        let html = format!(
            "<header><nav><a href=/>Home</a> <a href=/r>Recipes</a></nav></header><main>\
             <div class=intro><h1>Crisp dinners</h1><p>Quick dinners from the hot air oven, \
             from chicken to tofu, for busy weeknights at home</p></div></main>{}{}{}\
             <footer><a href=/terms>Terms</a></footer>",
            grid("carousel", "Tofu bowl"),
            grid("carousel", "Chicken skewer"),
            grid("all", "Salmon bite")
        );
        keeps_grid_not_footer(&html, &["Tofu bowl, take 0", "Chicken skewer, take 2", "Salmon bite, take 3"]);
    }

    #[test]
    fn the_results_of_a_search_are_the_page() {
        // a category drawn as a search's results: its grid sits in a box whose class names the
        // search, under a long menu and a search box, beside a note on shipping
        let cards: String = (0..6)
            .map(|i| {
                format!(
                    "<div class=tile><div class=name><a href=/p{i}>Bike light, model {i}</a>\
                     </div><div class=price>$ {i}4.95</div></div>"
                )
            })
            .collect();
        let menu: String = (0..40)
            .map(|i| format!("<li class=item><a href=/c{i}>Helmets and lights, range {i}</a></li>"))
            .collect();
        let html = format!(
            "<div class=page><header><ul class=mega>{menu}</ul><div class=search-box><input>\
             <a href=/s>Search</a></div></header><div role=main><h1>Lights</h1><div \
             class='container search-results'><div class=grid>{cards}</div></div></div><div \
             class=note><p>We ship every order within two days of payment, and you can return \
             anything you do not like within a month for a full refund.</p></div><footer><a \
             href=/terms>Terms</a></footer></div>"
        );
        keeps_grid_not_footer(&html, &["Lights", "$ 04.95", "$ 54.95"]);
        let k = kept(&html);
        assert!(!k.iter().any(|t| t == "Search" || t.starts_with("Helmets")), "{k:?}");
    }

    #[test]
    fn a_listing_widened_to_its_box_leaves_its_filter_menu_out() {
        // a listing of projects under a header with a filter whose drop-down holds a link per
        // language: the page widens from the list to its box, but not into the drop-down
        let langs: String = (0..160).map(|i| format!("<a href=/l{i}>Language {i}</a> ")).collect();
        let rows: String = (0..10)
            .map(|i| {
                format!(
                    "<article class=row><h2><a href=/r{i}>owner / tool-{i}</a></h2><p>A small \
                     tool for sorting photos by date and place, number {i}.</p><div \
                     class=meta>Rust {i}12 stars today</div></article>"
                )
            })
            .collect();
        let html = format!(
            "<header><nav><a href=/>Home</a> <a href=/x>Explore</a></nav></header><main><div \
             class=box><div class=box-header><h1>Trending</h1><details class=select-menu>\
             <summary>Language: Any</summary><div class=select-menu-list>{langs}</div>\
             </details></div><div class=list>{rows}</div></div></main><footer><a \
             href=/terms>Terms</a></footer>"
        );
        let k = kept(&html);
        for t in ["Trending", "Rust 912 stars today", "owner / tool-3"] {
            assert!(k.iter().any(|k| k == t), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.starts_with("Language 0")), "{k:?}");
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

    #[test]
    fn a_grid_of_priced_cards_joins_its_guide() {
        // a shop's category: a long guide written out and its questions answered, then a grid of
        // priced cards (a linked name, a price, a button) in a box of its own
        let guide = format!("<h1>Chess sets</h1>{}", PARAGRAPH.repeat(10));
        let cards: String = (0..40)
            .map(|i| {
                format!(
                    "<li class='item product'><a href=/p{i}><img alt=''></a><a href=/p{i} \
                     class=name>Walnut chess set, board {i}</a><div class=price>Special price \
                     $ {i}9.00</div><button>Add to cart</button></li>"
                )
            })
            .collect();
        let html = format!(
            "<header><nav><a href=/>Home</a> <a href=/c>Chess</a></nav></header><main><div \
             class=guide>{guide}</div></main><div class=results><ol class=items>{cards}</ol>\
             </div><footer><a href=/terms>Terms</a></footer>"
        );
        keeps_grid_not_footer(&html, &["Special price $ 09.00", "Special price $ 399.00"]);
        assert!(kept(&html).iter().any(|k| k.starts_with("Our tools are forged")));
    }

}
