//! Product pages: a shop's page of one thing, whose main text is its name, price, description
//! and specifications. A page says it is one (`og:type` or a JSON-LD `@type` in
//! `PRODUCT_KINDS`, or one microdata price, see [`says_product`]); on such a page:
//!
//! - a title left out of the kept text brings back the product's prose around it
//!   ([`with_title`]);
//! - buyers' reviews are never the page, however much of its text they hold, and a class word
//!   in `PRODUCT_REVIEW_WORDS` ("review", singular) marks them as well as "reviews" does
//!   ([`product_signals`]); a reviews section inside the region is comments too
//!   ([`product_reviews`]);
//! - a strip of other products (`STRIP_MIN_ITEMS` or more siblings made alike, each a short
//!   card with a link and a price: "customers also viewed", "complete the look") is related
//!   furniture, with the title over it ([`other_products`]);
//! - a block mostly made of identifiers (UUIDs) is no one's text ([`machine_text`]);
//! - a block written twice (a layout for small and one for large screens) is kept once
//!   ([`repeated_blocks`]).
//!
//! Every word list and threshold is in `rules.rs`, in its product section.

use super::blocks::{HtmlBlock, Page};
use super::classify::{subtree_sum, Signal};
use super::rules::{
    class_words, CURRENCY_MARKS, GOOD_MAX_LINKS, HIDDEN_CLASSES, MACHINE_TEXT_MIN_SHARE, PRICE_MAX_CHARS,
    PRODUCT_KINDS, PRODUCT_PRICE_ITEMPROPS, PRODUCT_PROSE_MIN_CHARS, PRODUCT_REVIEW_WORDS,
    REPEAT_LINE_MIN_CHARS, REVIEWS_MAX_SHARE, STRIP_CARD_MAX_CHARS, STRIP_MIN_ITEMS,
    STRIP_PRICED_SHARE, STRIP_TITLE_MAX_CHARS, UNSHOWN_DESCRIPTION_MIN_SPACES,
    UNSHOWN_DESCRIPTION_SHARE,
};
use super::tree::NONE;
use super::fallback::{is_kind, typed_as};
use super::tree::{Meta, Tree};
use crate::types::Reason;
use serde_json::Value;

/// Whether the page says it is a product's: a kind meta tag (`og:type`) or the `@type` of a
/// top-level JSON-LD thing (or of one in its `@graph`) in `PRODUCT_KINDS`, or one price marked up
/// as microdata ([`one_microdata_price`]). A product nested in
/// another thing (the items of a shop's category list) does not count, nor does a page that also
/// says it is an article (`fallback::says_article`: a review of products, a service page whose
/// theme marks its ratings up as a product).
pub fn says_product(tree: &Tree) -> bool {
    let meta = &tree.meta;
    if super::fallback::says_article(meta) {
        return false;
    }
    declares_product(meta) || one_microdata_price(tree)
}

/// Whether the page marks exactly one price up as schema.org microdata (an element whose
/// `itemprop` is in `PRODUCT_PRICE_ITEMPROPS`): one product's offer. A shop's category page marks
/// a price on each of its items, an article none.
fn one_microdata_price(tree: &Tree) -> bool {
    let priced = |i: u32| {
        tree.attrs(i).is_some_and(|a| {
            a.itemprop
                .split_ascii_whitespace()
                .any(|w| PRODUCT_PRICE_ITEMPROPS.iter().any(|p| p.eq_ignore_ascii_case(w)))
        })
    };
    (1..tree.nodes.len() as u32).filter(|&i| priced(i)).take(2).count() == 1
}

/// Whether the page's kind meta tags or top-level JSON-LD things say it is a product's.
fn declares_product(meta: &Meta) -> bool {
    if meta.kinds.iter().any(|k| is_kind(k, PRODUCT_KINDS)) {
        return true;
    }
    let typed = |v: &Value| typed_as(v.get("@type"), PRODUCT_KINDS);
    meta.json_ld_values().iter().any(|v| {
        let top: Vec<&Value> = match v {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        top.iter().any(|t| {
            typed(t)
                || t.get("@graph").and_then(Value::as_array).is_some_and(|g| g.iter().any(typed))
        })
    })
}

/// The description a product page's JSON-LD gives its product (the longest `description` of a
/// thing typed in `PRODUCT_KINDS`), when it is written text (`UNSHOWN_DESCRIPTION_MIN_SPACES`
/// spaces or more: not an encoded string) and `main` shows under `UNSHOWN_DESCRIPTION_SHARE` of
/// its words: a shop whose script writes the description in from its data, so that the page as
/// read holds only the buying box.
pub fn unshown_description(meta: &Meta, main: &str) -> Option<String> {
    let mut best: Option<String> = None;
    super::fallback::each_object(meta.json_ld_values(), |map| {
        let typed = typed_as(map.get("@type"), PRODUCT_KINDS);
        if let (true, Some(Value::String(d))) = (typed, map.get("description")) {
            if best.as_ref().is_none_or(|b| d.len() > b.len()) {
                best = Some(d.clone());
            }
        }
    });
    let text = super::fallback::as_text(&best?);
    if text.matches(' ').count() < UNSHOWN_DESCRIPTION_MIN_SPACES {
        return None;
    }
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let shown: std::collections::HashSet<String> = words(main).into_iter().collect();
    let own = words(&text);
    let seen = own.iter().filter(|w| shown.contains(*w)).count();
    ((seen as f32) < UNSHOWN_DESCRIPTION_SHARE * own.len() as f32).then_some(text)
}

/// On a product page, the elements whose class or id words name buyers' reviews
/// (`PRODUCT_REVIEW_WORDS`, or a word that is comments furniture already) are comments, even
/// when they hold most of the page's text (`navigation_wrappers` would make them the page: a
/// thread).
pub fn product_signals(page: &Page, product: bool, signals: &mut [Signal]) {
    if !product {
        return;
    }
    for (i, s) in signals.iter_mut().enumerate().skip(1) {
        if s.negative.is_none() && names_reviews(page, i as u32) {
            s.negative = Some(Reason::Comments);
            s.positive = false;
        }
    }
}

/// Whether an element's class or id words name buyers' reviews (`PRODUCT_REVIEW_WORDS`).
pub(super) fn names_reviews(page: &Page, i: u32) -> bool {
    let Some(a) = page.tree.attrs(i) else { return false };
    let mut review = false;
    for v in [&a.class, &a.id] {
        class_words(v, |w| review |= PRODUCT_REVIEW_WORDS.contains(&w));
    }
    review && a.itemprop.is_empty()
}

/// On a product page, the kept blocks under an element naming buyers' reviews
/// ([`names_reviews`]) holding at most `REVIEWS_MAX_SHARE` of the kept text are comments, even
/// inside the region (a reviews section too large to be furniture by `FURNITURE_MAX_SHARE`),
/// unless nothing else is kept.
fn product_reviews(page: &Page, reasons: &mut [Option<Reason>]) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let kept = kept_sum(page, reasons, |_| true);
    let total = kept[0] as f32;
    let mut gone = vec![false; n];
    for i in 1..n {
        gone[i] = gone[tree.nodes[i].parent as usize]
            || (kept[i] > 0
                && (kept[i] as f32) <= REVIEWS_MAX_SHARE * total
                && names_reviews(page, i as u32));
    }
    let left =
        page.blocks.iter().zip(reasons.iter()).any(|(b, r)| r.is_none() && !gone[b.elem as usize]);
    if !left {
        return;
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if r.is_none() && gone[b.elem as usize] {
            *r = Some(Reason::Comments);
        }
    }
}

/// The product page passes over the blocks' verdicts, in order: [`with_title`],
/// [`hidden_by_class`], [`other_products`] (by whole classes, then on what is left by first
/// classes),
/// [`product_reviews`], [`machine_text`], [`repeated_blocks`]; nothing on a page that does not
/// say it is a product (`product`: [`says_product`], decided once per page by the caller).
pub fn product_page(
    page: &Page,
    product: bool,
    signals: &[Signal],
    reasons: &mut [Option<Reason>],
) {
    if !product {
        return;
    }
    with_title(page, signals, reasons);
    hidden_by_class(page, reasons);
    other_products(page, true, reasons);
    other_products(page, false, reasons);
    product_reviews(page, reasons);
    machine_text(page, reasons);
    repeated_blocks(page, reasons);
}

/// On a product page whose kept text leaves out its title (the first `h1` outside furniture: a
/// region chosen in the description's tab or the specifications' accordion), the lowest common
/// ancestor of the title and the kept text holds the product, when it is less than the whole page
/// (the document or a wrapper at its top level): the title and the ancestor's prose blocks (`PRODUCT_PROSE_MIN_CHARS` or more, at
/// most `GOOD_MAX_LINKS` in links) outside furniture are kept.
fn with_title(page: &Page, signals: &[Signal], reasons: &mut [Option<Reason>]) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let own_furniture =
        |i: usize| signals[i].negative.is_some() || tree.attrs(i as u32).is_some_and(|a| a.hidden);
    let mut furniture = vec![false; n];
    let mut depth = vec![0u32; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        depth[i] = depth[p] + 1;
        furniture[i] = furniture[p] || own_furniture(i);
    }
    let is_title = |b: &HtmlBlock| b.heading == 1 && b.chars > 0 && !furniture[b.elem as usize];
    let Some(title) = page.blocks.iter().position(is_title) else { return };
    if reasons[title] != Some(Reason::Navigation) {
        return;
    }
    let mut lca = page.blocks[title].elem;
    let mut any = false;
    for (b, _) in page.blocks.iter().zip(reasons.iter()).filter(|(_, r)| r.is_none()) {
        any = true;
        lca = tree.common_ancestor(&depth, b.elem, lca);
    }
    // the document, or a wrapper at its top level, is the whole page
    if !any || depth[lca as usize] <= 1 {
        return;
    }
    // per element: inside the ancestor, and under furniture below it
    let (mut within, mut below) = (vec![false; n], vec![false; n]);
    within[lca as usize] = true;
    for i in (lca as usize + 1)..n {
        let p = tree.nodes[i].parent as usize;
        within[i] = within[p];
        below[i] = within[i] && (below[p] || own_furniture(i));
    }
    let prose =
        |b: &HtmlBlock| b.chars >= PRODUCT_PROSE_MIN_CHARS && b.link_density() <= GOOD_MAX_LINKS;
    for (k, (b, r)) in page.blocks.iter().zip(reasons.iter_mut()).enumerate() {
        let e = b.elem as usize;
        if (k == title || prose(b)) && within[e] && !below[e] && *r == Some(Reason::Navigation) {
            *r = None;
        }
    }
}

/// On a product page, the kept blocks under an element that a utility class hides
/// (`HIDDEN_CLASSES` as a whole class token: "hide", "hidden"; not when another token shows it
/// again from a screen width on, "hidden md:block") are not shown (a theme's store of the
/// product's raw fields, a layout for another screen), unless nothing else is kept.
fn hidden_by_class(page: &Page, reasons: &mut [Option<Reason>]) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let hides = |class: &str| {
        let mut tokens = class.split_ascii_whitespace();
        tokens.clone().any(|t| HIDDEN_CLASSES.contains(&t)) && !tokens.any(|t| t.contains(':'))
    };
    let mut hidden = vec![false; n];
    for i in 1..n {
        hidden[i] = hidden[tree.nodes[i].parent as usize]
            || tree.attrs(i as u32).is_some_and(|a| hides(&a.class));
    }
    let kept = |b: &HtmlBlock, r: &Option<Reason>| r.is_none() && !hidden[b.elem as usize];
    if !page.blocks.iter().zip(reasons.iter()).any(|(b, r)| kept(b, r)) {
        return;
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if r.is_none() && hidden[b.elem as usize] {
            *r = Some(Reason::Other);
        }
    }
}

/// On a product page, a kept block of `REPEAT_LINE_MIN_CHARS` or more (any) whose whole text is that
/// of an earlier kept block is a repeat (a layout that writes its product twice, for small and
/// large screens, or once more in a sticky bar).
fn repeated_blocks(page: &Page, reasons: &mut [Option<Reason>]) {
    let mut seen = std::collections::HashSet::new();
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if r.is_some() || b.chars < REPEAT_LINE_MIN_CHARS {
            continue;
        }
        if !seen.insert(page.text[b.start..b.end].trim()) {
            *r = Some(Reason::Repeat);
        }
    }
}

/// On a product page, a kept block whose text is mostly identifiers (`MACHINE_TEXT_MIN_SHARE` of
/// its non-space bytes in UUIDs: a shop's scrambled sponsored cards, tracking keys written out)
/// is no one's text.
fn machine_text(page: &Page, reasons: &mut [Option<Reason>]) {
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if r.is_none() && is_machine_text(&page.text[b.start..b.end]) {
            *r = Some(Reason::Other);
        }
    }
}

/// Whether `MACHINE_TEXT_MIN_SHARE` of a text's non-space bytes are in UUIDs (hex digits in
/// groups of 8-4-4-4-12, joined by hyphens).
fn is_machine_text(t: &str) -> bool {
    const GROUPS: [usize; 5] = [8, 4, 4, 4, 12];
    let bytes = t.as_bytes();
    let uuid_at = |i: usize| {
        let mut j = i;
        for (k, g) in GROUPS.iter().enumerate() {
            if k > 0 {
                if bytes.get(j) != Some(&b'-') {
                    return None;
                }
                j += 1;
            }
            let end = j + g;
            if end > bytes.len() || !bytes[j..end].iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            j = end;
        }
        Some(j)
    };
    let (mut i, mut in_ids) = (0, 0);
    while i < bytes.len() {
        match uuid_at(i) {
            Some(end) => {
                in_ids += end - i;
                i = end;
            }
            None => i += 1,
        }
    }
    let shown = bytes.iter().filter(|c| !c.is_ascii_whitespace()).count();
    in_ids > 0 && in_ids as f32 >= MACHINE_TEXT_MIN_SHARE * shown as f32
}

/// Per element, the characters of the kept blocks in its subtree whose element passes `only`.
fn kept_sum(page: &Page, reasons: &[Option<Reason>], only: impl Fn(u32) -> bool) -> Vec<usize> {
    let kept = page.blocks.iter().zip(reasons).filter(|(b, r)| r.is_none() && only(b.elem));
    subtree_sum(&page.tree, kept.map(|(b, _)| (b.elem, b.chars)))
}

/// Whether a block is a price: short, with a digit and a currency mark (`CURRENCY_MARKS`).
pub(super) fn is_price(text: &str, b: &HtmlBlock) -> bool {
    let t = &text[b.start..b.end];
    b.chars <= PRICE_MAX_CHARS
        && t.bytes().any(|c| c.is_ascii_digit())
        && CURRENCY_MARKS.iter().any(|m| t.contains(m))
}

/// On a product page, the strips of other products: `STRIP_MIN_ITEMS` or more siblings made
/// alike (same tag and class; with `whole` false, same tag and first class: cards whose classes
/// also name each one's categories, "product post-12 product_cat-dress"), each holding under `STRIP_CARD_MAX_CHARS` of text and a link,
/// `STRIP_PRICED_SHARE` of them a price. Their blocks, and the ancestors' that add no more than
/// a title (`STRIP_TITLE_MAX_CHARS`), are related furniture, when the text left keeps a price of
/// its own (the main product's; a shop's category page is all cards).
fn other_products(page: &Page, whole: bool, reasons: &mut [Option<Reason>]) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    // per element: kept characters, link characters, prices
    let kept = kept_sum(page, reasons, |_| true);
    let links = subtree_sum(tree, page.blocks.iter().map(|b| (b.elem, b.link_chars)));
    let prices = subtree_sum(
        tree,
        page.blocks.iter().map(|b| (b.elem, usize::from(is_price(&page.text, b)))),
    );
    let class = |c: u32| tree.attrs(c).map_or("", |a| a.class.as_str());
    let mut strip = vec![false; n];
    {
        let key = |c: u32| {
            let words = class(c);
            (tree.tag(c), if whole { words } else { words.split_ascii_whitespace().next().unwrap_or("") })
        };
        for p in 1..n {
            let mut groups: Vec<((&str, &str), usize, usize, bool)> = Vec::new();
            let mut c = tree.nodes[p].first_child;
            while c != NONE {
                let ci = c as usize;
                if kept[ci] > 0 {
                    let card = kept[ci] <= STRIP_CARD_MAX_CHARS && links[ci] > 0;
                    let k = key(c);
                    match groups.iter_mut().find(|g| g.0 == k) {
                        Some(g) => {
                            g.1 += 1;
                            g.2 += usize::from(prices[ci] > 0);
                            g.3 &= card;
                        }
                        None => groups.push((k, 1, usize::from(prices[ci] > 0), card)),
                    }
                }
                c = tree.nodes[ci].next;
            }
            for (k, items, priced, cards) in groups {
                if items >= STRIP_MIN_ITEMS
                    && cards
                    && priced as f32 >= STRIP_PRICED_SHARE * items as f32
                {
                    let mut c = tree.nodes[p].first_child;
                    while c != NONE {
                        if key(c) == k {
                            strip[c as usize] = true;
                        }
                        c = tree.nodes[c as usize].next;
                    }
                }
            }
        }
    }
    // the strips' kept text, per element; an ancestor adding only a title goes with its strip
    let mut in_strip = vec![false; n];
    for i in 1..n {
        in_strip[i] = strip[i] || in_strip[tree.nodes[i].parent as usize];
    }
    let strip_kept = kept_sum(page, reasons, |e| in_strip[e as usize]);
    let total = kept[0];
    let mut gone = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        gone[i] =
            gone[p] || (strip_kept[i] > 0 && kept[i] - strip_kept[i] <= STRIP_TITLE_MAX_CHARS);
    }
    let removed: usize = page
        .blocks
        .iter()
        .zip(reasons.iter())
        .filter(|(b, r)| r.is_none() && gone[b.elem as usize])
        .map(|(b, _)| b.chars)
        .sum();
    // the main product keeps a price of its own (a shop's category page is all cards)
    let priced = page
        .blocks
        .iter()
        .zip(reasons.iter())
        .any(|(b, r)| r.is_none() && !gone[b.elem as usize] && is_price(&page.text, b));
    if removed == 0 || removed >= total || !priced {
        return;
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if r.is_none() && gone[b.elem as usize] {
            *r = Some(Reason::Related);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::classify::tests::kept;
    use crate::html::page_from_html;

    const PRODUCT_LD: &str = r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Walnut desk lamp"}</script>"#;

    const DESCRIPTION: &str = "<p>A walnut lamp with a linen shade, a brass switch on the cord, \
        and a heavy base, turned by hand in our workshop, oiled, waxed, and made to last, with a \
        bulb, a spare fuse, and a cloth cable included, for a desk, a bedside, or a shelf.</p>";

    #[test]
    fn a_strip_of_other_products_is_related() {
        let card = |name: &str, price: &str| {
            format!("<li class=card><a href=/p/{name}><h3>{name} lamp</h3></a><span class=price>{price}</span></li>")
        };
        let cards: String =
            [("Oak", "$59.00"), ("Ash", "$64.00"), ("Elm", "$71.50"), ("Teak", "$99.00")]
                .iter()
                .map(|(n, p)| card(n, p))
                .collect();
        let html = |ld: &str, price: &str| {
            format!(
                "<head>{ld}</head><nav><a href=/>Shop</a></nav><main><div class=product>\
                 <h1>Walnut desk lamp</h1><div class=price>{price}</div>{DESCRIPTION}\
                 <ul class=specs><li>Height: 45 cm</li><li>Bulb: E27, 40 W</li></ul>\
                 <section class=more><h2>You may also like</h2><ul class=cards>{cards}</ul></section></div></main>"
            )
        };
        let k = kept(&html(PRODUCT_LD, "$89.00"));
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        assert!(k.iter().any(|t| t == "$89.00"), "{k:?}");
        for gone in ["Oak lamp", "$64.00", "You may also like"] {
            assert!(!k.iter().any(|t| t == gone), "{gone}: {k:?}");
        }
        // a page of cards without a price of its own (a shop's category) keeps them
        let k = kept(&html(PRODUCT_LD, "In stock"));
        assert!(k.iter().any(|t| t == "$64.00"), "{k:?}");
        // and a page that does not say it is a product is left as it was
        let k = kept(&html("", "$89.00"));
        assert!(k.iter().any(|t| t == "$64.00"), "{k:?}");
    }

    /// Two priced cards alike (a pair of accessories offered with the product) are a strip too.
    #[test]
    fn a_pair_of_priced_cards_is_a_strip() {
        let card = |name: &str, price: &str| {
            format!("<li class=item><a href=/p/{name}><div class=desc>{name} bulb, warm white</div></a><span class=price>{price}</span></li>")
        };
        let html = format!(
            "<head>{PRODUCT_LD}</head><nav><a href=/>Shop</a></nav><main><div class=product>\
             <h1>Walnut desk lamp</h1><div class=price>$89.00</div>{DESCRIPTION}\
             <section class=accessories><h2>Recommended with it</h2><ul class=items>{}{}</ul></section></div></main>",
            card("Amber", "$5.00"),
            card("Frosted", "$7.50"),
        );
        let k = kept(&html);
        assert!(
            k.iter().any(|t| t.contains("walnut lamp with a linen"))
                && k.iter().any(|t| t == "$89.00"),
            "{k:?}"
        );
        for gone in ["Amber bulb, warm white", "$7.50", "Recommended with it"] {
            assert!(!k.iter().any(|t| t == gone), "{gone}: {k:?}");
        }
    }

    /// A short line the page shows twice (the name and price again in a bar that sticks to the
    /// bottom of the screen) is kept once, however short.
    #[test]
    fn a_short_line_shown_twice_is_kept_once() {
        let html = format!(
            "<head>{PRODUCT_LD}</head><nav><a href=/>Shop</a></nav><main><div class=product>\
             <h1>Walnut lamp</h1><div class=price>$89.00</div><div class=stock>In stock</div>{DESCRIPTION}\
             <div class=buy-bar><div class=name>Walnut lamp</div><div class=price>$89.00</div>\
             <div class=stock>In stock</div></div></div></main>"
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        for once in ["Walnut lamp", "$89.00", "In stock"] {
            assert_eq!(k.iter().filter(|t| *t == once).count(), 1, "{once}: {k:?}");
        }
    }

    /// A card's price may come with its terms ("incl. VAT, plus shipping"): still a price.
    #[test]
    fn a_price_with_its_terms_is_a_price() {
        let card = |name: &str, price: &str| {
            format!("<li class=card><a href=/p/{name}><h3>{name} lamp</h3></a><span class=price>{price} incl. VAT, plus the costs of shipping</span></li>")
        };
        let cards: String = [("Oak", "£59.00"), ("Ash", "£64.00"), ("Elm", "£71.50")]
            .iter()
            .map(|(n, p)| card(n, p))
            .collect();
        let html = format!(
            "<head>{PRODUCT_LD}</head><nav><a href=/>Shop</a></nav><main><div class=product>\
             <h1>Walnut desk lamp</h1><div class=price>£89.00</div>{DESCRIPTION}\
             <section class=more><h2>You may also like</h2><ul class=cards>{cards}</ul></section></div></main>"
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        for gone in ["Oak lamp", "You may also like"] {
            assert!(!k.iter().any(|t| t == gone), "{gone}: {k:?}");
        }
    }

    #[test]
    fn cards_alike_by_their_first_class_are_a_strip() {
        let card = |name: &str, cat: &str, price: &str| {
            format!(
                "<div class=\"product post-{name} product_cat-{cat}\"><a href=/p/{name}><h3>{name} \
                 lamp</h3></a><span class=price>{price}</span></div>"
            )
        };
        let cards: String = [("Oak", "desk", "$59.00"), ("Ash", "floor", "$64.00"), ("Elm", "wall", "$71.50")]
            .iter()
            .map(|(n, c, p)| card(n, c, p))
            .collect();
        let html = format!(
            "<head>{PRODUCT_LD}</head><nav><a href=/>Shop</a></nav><main><div class=product-page>\
             <h1>Walnut desk lamp</h1><div class=price>$89.00</div>{DESCRIPTION}\
             <section class=more><h2>Related products</h2><div class=slides>{cards}</div></section></div></main>"
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        assert!(k.iter().any(|t| t == "$89.00"), "{k:?}");
        for gone in ["Oak lamp", "$64.00", "Related products"] {
            assert!(!k.iter().any(|t| t == gone), "{gone}: {k:?}");
        }
    }

    #[test]
    fn a_description_only_in_the_json_ld_follows_the_buying_box() {
        let desc = "A walnut lamp with a linen shade and a brass switch, turned by hand and oiled.";
        let page = |description: &str, shown: &str| {
            format!(
                r#"<head><script type="application/ld+json">{{"@type":"Product","name":"Walnut desk lamp","description":"{description}"}}</script></head>
                <nav><a href=/>Shop</a></nav><main><h1>Walnut desk lamp</h1><div class=price>$89.00</div>
                <button>Add to cart</button>{shown}</main>"#
            )
        };
        let opts = crate::annotation::Options::default();
        let m = crate::html::main_text_html(&page(desc, ""), &opts);
        assert!(m.starts_with("Walnut desk lamp") && m.ends_with(desc), "{m}");
        // shown on the page: not written twice
        let m = crate::html::main_text_html(&page(desc, &format!("<p>{desc}</p>")), &opts);
        assert_eq!(m.matches("linen shade").count(), 1, "{m}");
        // an encoded string is no one's text, and a page that does not say it is a product is
        // left as it was (a list of specifications keeps the short-page fallback out of play)
        let specs = "<ul><li>Height: 45 cm, width: 20 cm</li><li>Bulb: E27, 40 W, warm white</li>\
            <li>Cable: 2 m of cloth cable</li><li>Shade: linen</li><li>Base: walnut, 1.2 kg</li></ul>";
        let m = crate::html::main_text_html(&page(&desc.replace(' ', "%20"), specs), &opts);
        assert!(m.contains("Bulb: E27") && !m.contains("brass"), "{m}");
        let m = crate::html::main_text_html(&page(desc, specs).replace("Product", "Thing"), &opts);
        assert!(m.contains("Bulb: E27") && !m.contains("brass"), "{m}");
    }

    #[test]
    fn reviews_inside_the_product_are_comments_and_a_repeat_is_kept_once() {
        let part = |class: &str, t: &str| format!("<div class={class}><p>{t}</p></div>");
        // reviews marked up as microdata: their own elements are not furniture by class
        let review = |t: &str| format!("<div class=review-body itemprop=review><p>{t}</p></div>");
        let reviews: String = [
            "Bought it for my study, and after three months it still works well, the light is warm, the switch is firm, and the shade has not faded.",
            "Arrived quickly, well packed, and looks even better than in the pictures, though the cable is short, so I use an extension cord with it.",
            "We have two of these now, one in the bedroom and one in the hall, and both get compliments from every guest, which surprised us, honestly.",
            "It wobbles a little on a thick rug, so keep it on a table, but otherwise it is solid, bright enough to read by, and quiet, with no hum.",
            "The linen shade softens the light nicely, and the walnut matches our desk, though the switch on the cord is a bit stiff at first, then fine.",
        ]
        .iter()
        .map(|t| review(t))
        .collect();
        let html = format!(
            "<head>{PRODUCT_LD}</head><nav><a href=/>Shop</a></nav><div class=page>\
             <h1>Walnut desk lamp</h1><div class=price>$89.00</div>\
             <div class=name>Walnut desk lamp, linen shade</div>{}\
             <div class=product-reviews>{reviews}</div>{}{}\
             <div class=name>Walnut desk lamp, linen shade</div></div>",
            part("intro", "A walnut lamp with a linen shade, a brass switch on the cord, and a heavy base, turned by hand in our workshop, oiled, waxed, and made to last."),
            part("story", "Our turners start from boards of walnut, dried for two years, cut, glued, and turned on the lathe, then sanded, oiled, and waxed, one at a time."),
            part("care", "Dust the shade with a soft brush, wipe the base with a dry cloth, and use a bulb of at most forty watts, warm white, for the best light."),
        );
        let k = kept(&html);
        for t in ["A walnut lamp", "Our turners", "Dust the shade"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.contains("Bought it for")), "{k:?}");
        assert_eq!(k.iter().filter(|t| *t == "Walnut desk lamp, linen shade").count(), 1, "{k:?}");
    }

    #[test]
    fn a_page_says_it_is_a_product() {
        let says = |html: &str| says_product(&page_from_html(html).tree);
        assert!(says(&format!("<head>{PRODUCT_LD}</head><p>x</p>")));
        assert!(says("<head><meta property='og:type' content='product'></head><p>x</p>"));
        let graph = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Product"]}]}</script>"#;
        assert!(says(graph));
        // a category page listing products is not one product's page
        let list = r#"<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"Product","name":"a"}]}</script>"#;
        assert!(!says(list));
        assert!(!says("<meta property='og:type' content='article'><p>x</p>"));
        // one price marked up as microdata is one product's offer; a price per item is a list
        let offer =
            |price: &str| format!("<div class=offer><span itemprop=price>{price}</span></div>");
        assert!(says(&format!("<h1>Walnut desk lamp</h1>{}", offer("89.00"))));
        assert!(!says(&format!("<h1>Lamps</h1>{}{}", offer("59.00"), offer("64.00"))));
        assert!(!says(&format!(
            "<head><meta property='og:type' content='article'></head>{}",
            offer("89.00")
        )));
    }

    #[test]
    fn buyers_reviews_are_not_the_product_page() {
        let review =
            |t: &str| format!("<li class=review><div class=review-text><p>{t}</p></div></li>");
        let reviews: String = [
            "I bought this lamp for my study, and after three months, it still works well, the light is warm, the switch is firm, and the shade has not faded at all.",
            "The lamp arrived quickly, well packed, and looks even better than in the pictures, though the cable is shorter than I had hoped, so I use an extension.",
            "We have two of these now, one in the bedroom and one in the hall, and both get compliments from every guest, which surprised us, given the price.",
            "It wobbles a little on a thick rug, so keep it on a table, but otherwise it is solid, bright enough to read by, and quiet, with no humming at all.",
        ]
        .iter()
        .cycle()
        .take(16)
        .map(|t| review(t))
        .collect();
        let html = |ld: &str| {
            format!(
                "<head>{ld}</head><nav><a href=/>Shop</a> <a href=/lamps>Lamps</a></nav>\
                 <div class=product><h1>Walnut desk lamp</h1><div class=price>$89.00</div>\
                 <div class=description><p>A walnut lamp with a linen shade, a brass switch on the cord, \
                 and a heavy base, turned by hand in our workshop, oiled, waxed, and made to last, \
                 with a bulb, a spare fuse, and a cloth cable included.</p></div>\
                 <ul class=specs><li>Height: 45 cm</li><li>Bulb: E27, 40 W</li></ul></div>\
                 <div class=reviews-block><ul class=review-list>{reviews}</ul></div>"
            )
        };
        let k = kept(&html(PRODUCT_LD));
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        assert!(k.iter().any(|t| t.contains("Height: 45")), "{k:?}");
        assert!(!k.iter().any(|t| t.contains("bought this lamp")), "{k:?}");
        // a page that does not say it is a product keeps the old reading: a thread of posts
        let k = kept(&html(""));
        assert!(k.iter().any(|t| t.contains("bought this lamp")), "{k:?}");
    }

    #[test]
    fn identifiers_written_out_are_not_text() {
        let ids = "3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6fWb81c0d2e-5f3a-4b7c-8d9e-0f1a2b3c4d5e \
                   a9e8d7c6-b5a4-4f3e-2d1c-0b9a8f7e6d5cK4c3b2a1f-0e9d-4c8b-7a6f-5e4d3c2b1a0f";
        assert!(is_machine_text(ids));
        assert!(!is_machine_text("Order 3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f ships from our workshop in two days, packed in a box."));
        assert!(!is_machine_text("Walnut desk lamp, 45 cm, E27 bulb"));
        let html = |ld: &str| {
            format!(
                "<head>{ld}</head><div class=product><h1>Walnut desk lamp</h1>\
                 <div class=price>$89.00</div>{DESCRIPTION}<div class=cards><div>{ids}</div></div></div>"
            )
        };
        let k = kept(&html(PRODUCT_LD));
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        assert!(!k.iter().any(|t| t.contains("3f2a9c1e")), "{k:?}");
        // a page that does not say it is a product is left as it was
        let k = kept(&html(""));
        assert!(k.iter().any(|t| t.contains("3f2a9c1e")), "{k:?}");
    }

    #[test]
    fn the_title_outside_the_region_brings_the_product_with_it() {
        let para = |t: &str| format!("<p>{t}</p>");
        let html = |ld: &str| {
            format!(
                "<head>{ld}</head><nav><a href=/>Shop</a> <a href=/lamps>Lamps</a></nav><main>\
                 <div class=pdp><div class=buy><div class=gallery><img src=a.jpg></div>\
                 <div class=summary><h1>Walnut desk lamp</h1><div class=price>$89.00</div>\
                 <div class=intro>{}</div><button>Add to cart</button></div></div>\
                 <div class=details><div class=tabs><div class=panel>{}{}{}{}</div></div></div>\
                 </div></main><footer><a href=/about>About us</a></footer></body></html>",
                para("A walnut lamp with a linen shade, a brass switch on the cord, and a heavy base, turned by hand in our workshop, for a desk, a bedside, a hall table, or a shelf."),
                para("Our turners start from boards of walnut, dried for two years, then cut, glued, and turned on the lathe, sanded, oiled, and waxed, one lamp at a time, so no two are quite alike in grain, colour, or weight."),
                para("The shade is linen, sewn over a steel frame, in natural, grey, or black, and it softens the light so that a warm bulb of forty watts gives a glow good for reading, writing, or sitting late with a book."),
                para("Each lamp comes with a bulb, a spare fuse, and a cloth cable two metres long, in a box of recycled card, padded with paper, never plastic, and it ships within three days of your order, insured."),
                para("Dust the shade with a soft brush, wipe the base with a dry cloth, and keep the lamp away from water, radiators, and direct sun, which would dry the wood; oil it once a year, and it will last for decades."),
            )
        };
        let k = kept(&html(PRODUCT_LD));
        for t in [
            "Walnut desk lamp",
            "A walnut lamp with a linen shade",
            "Our turners",
            "Dust the shade",
        ] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.contains("About us")), "{k:?}");
        // a page that does not say it is a product keeps the region it had
        let k = kept(&html(""));
        assert!(!k.iter().any(|t| t.starts_with("A walnut lamp")), "{k:?}");
    }

    #[test]
    fn a_policy_in_a_dialog_is_not_the_page() {
        let clause = |n: usize| {
            format!(
                "<p>{n}. We process personal information, such as your name, your address, and \
                 the items you ordered, for the purposes of running our business, fulfilling \
                 orders, answering questions, and, where the law allows it, for marketing, and \
                 we keep it only as long as those purposes require, after which it is deleted.</p>"
            )
        };
        let policy: String = (1..=8).map(clause).collect();
        let slide = |h: &str, t: &str| format!("<li class=slide><h3>{h}</h3><p>{t}</p></li>");
        let html = |role: &str| {
            format!(
                "<main><h1>Wool runner</h1><ul class=slides>{}{}{}</ul></main>\
                 <footer><a href=/privacy>Privacy</a><div class=popup-box {role}>\
                 <div class=text>{policy}</div></div></footer>",
                slide("The details", "A true original: soft merino wool and a light, springy sole."),
                slide("Materially better", "Our merino wool keeps a cozy fit that is soft and never itchy."),
                slide("Wash and care", "Take out the insoles and laces, and wash the shoe on a cold cycle."),
            )
        };
        let k = kept(&html("role=dialog"));
        assert!(k.iter().any(|t| t.starts_with("Our merino wool")), "{k:?}");
        assert!(!k.iter().any(|t| t.contains("personal information")), "{k:?}");
        // the same policy not in a dialog is the longest text on the page, and wins
        let k = kept(&html(""));
        assert!(k.iter().any(|t| t.contains("personal information")), "{k:?}");
    }

    #[test]
    fn a_tooltip_is_not_text() {
        let html = |role: &str| {
            format!(
                "<main><div class=product><h1>Walnut desk lamp</h1><div class=price>$89.00</div>\
                 {DESCRIPTION}<dl class=shipping><dt>Shipping:</dt><dd>$9.50 standard delivery \
                 <span class=help><span class=bubble {role}><div class=cell>Orders placed \
                 before noon leave the same day, and you can follow the parcel from our \
                 warehouse to your door with the tracking number we send.</div></span></span>\
                 </dd></dl></div></main>"
            )
        };
        let k = kept(&html("role=tooltip"));
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        assert!(k.iter().any(|t| t.starts_with("$9.50")), "{k:?}");
        assert!(!k.iter().any(|t| t.contains("Orders placed")), "{k:?}");
        // the same words, not in a tooltip, are text
        let k = kept(&html(""));
        assert!(k.iter().any(|t| t.contains("Orders placed")), "{k:?}");
    }

    #[test]
    fn text_a_utility_class_hides_is_not_shown() {
        let fields = |class: &str| {
            format!(
                "<dl class='{class}'><dt>fabric:</dt><dd>Mid weight, combed cotton</dd>\
                 <dt>shipping_chunk-1:</dt><dd>We ship nationwide, and most orders leave our \
                 warehouse within two working days of payment.</dd></dl>"
            )
        };
        let html = |ld: &str, class: &str| {
            format!(
                "<head>{ld}</head><main><div class=product><h1>Walnut desk lamp</h1>\
                 <div class=price>$89.00</div>{DESCRIPTION}{}</div></main>",
                fields(class)
            )
        };
        let k = kept(&html(PRODUCT_LD, "info hide"));
        assert!(k.iter().any(|t| t.contains("walnut lamp with a linen")), "{k:?}");
        assert!(!k.iter().any(|t| t.contains("We ship nationwide")), "{k:?}");
        // shown again from a screen width on, or on a page that is not a product's, it stays
        let k = kept(&html(PRODUCT_LD, "info hidden md:block"));
        assert!(k.iter().any(|t| t.contains("We ship nationwide")), "{k:?}");
        let k = kept(&html("", "info hide"));
        assert!(k.iter().any(|t| t.contains("We ship nationwide")), "{k:?}");
    }
}
