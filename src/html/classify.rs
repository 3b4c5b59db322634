//! Which blocks of a page are the article: a reason for each block that is not.
//!
//! 1. **Element signals**, once per element from its tag, role, itemprop and class/id words
//!    (`rules.rs`): furniture (nav, aside, footer, share, related, ad, newsletter, comment, cookie, …)
//!    or article container (article, content, story, body, itemprop=articleBody, …).
//! 2. **The main-content region**: blocks with text score for their container and its ancestors
//!    (longer text and more commas score more; links score less); containers get their signal's
//!    weight; the best container, moved up while its parent scores nearly as well, plus the
//!    siblings that score well or are paragraphs (a paragraph tag, or one block sharing a class
//!    with the story's own blocks, long with few links or one sentence without links), is the
//!    article. A section opening with a heading marked as related, comments or promotion is that
//!    furniture.
//! 3. **Each block**: inside the region it is content unless furniture lies between the region and
//!    it, or it is mostly links (a sentence or a written-out web address may carry more; a list
//!    item's all-link heading is another story's headline, unless the item keeps a teaser), or a short date line; outside, it is boilerplate (the reason of the furniture around it,
//!    or navigation). A block repeating an earlier non-paragraph block is a repeat. Headings, captions, lists and tables inside the region
//!    stay content.
//! 4. **Page types**: a region that is one of several items made alike (same tag and class: a
//!    thread's posts, a question's answers) is widened to their list; a page whose article came out
//!    short is a listing (its largest group of alike items is the article); and a page with text
//!    never has an empty article (the best-scoring region, else its longest block).
//!
//! Phases: `subtree_totals`, `score_candidates`, the region (picked, grown, `list_of_alike`),
//! the verdicts, `mark_repeats`, `weak_region_to_list`, `never_empty`.

use super::blocks::{HtmlBlock, Page};
use super::rules::*;
use super::tree::{Tree, NONE};
use crate::types::Reason;

/// What an element says about itself.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Signal {
    /// Furniture, and why.
    pub negative: Option<Reason>,
    /// Article container (class/id word, role, itemprop or tag).
    pub positive: bool,
    /// Candidate weight from the class/id words, role, itemprop and tag.
    pub weight: f32,
    /// A class or id word names furniture (whatever the tag, role or itemprop say).
    pub furniture_word: bool,
}

/// The signal of one element.
pub fn signal(tree: &Tree, id: u32) -> Signal {
    let Some(a) = tree.attrs(id) else { return Signal::default() };
    let tag = tree.tag(id);
    let mut s = Signal::default();
    if let Some((_, r)) = NEGATIVE_TAGS.iter().find(|(t, _)| *t == tag) {
        s.negative = Some(*r);
    }
    if let Some((_, r)) = NEGATIVE_ROLES.iter().find(|(t, _)| *t == a.role) {
        s.negative = Some(*r);
    }
    let mut neg_word = None;
    let mut pos_word = false;
    let mut embed = tag == "blockquote";
    // a CMS's post classes name the post's taxonomy ("hentry tag-sports author-jane"): those
    // say nothing of furniture
    let post = is_post_class(&a.class);
    // a utility class's variants ("print:break-inside-avoid", "lg:chat-open:mr-80") say when
    // a style applies, not what the element is: only the utility after them has words
    let tokens = a
        .class
        .split_ascii_whitespace()
        .filter(|t| !(post && is_taxonomy_class(t)))
        .map(|t| t.rsplit_once(':').map_or(t, |(_, u)| u));
    // the negative words of a token with their places in it (1-based), read in one pass
    let mut found: Vec<(usize, Reason)> = Vec::new();
    for token in tokens.chain(a.id.split_ascii_whitespace()) {
        let mut words = 0;
        let mut results = false;
        found.clear();
        class_words(token, |w| {
            words += 1;
            results |= RESULTS_WORDS.contains(&w);
            if neg_word.is_none() {
                if let Some(r) = negative_word(w) {
                    found.push((words, r));
                }
            }
            pos_word |= positive_word(w);
            embed |= embed_word(w);
        });
        // the results of a search are the page's list, not its search box
        if results {
            found.retain(|&(_, r)| r != Reason::Navigation);
        }
        // a navigation word inside a long name qualifies it ("pane-header-alignment-left")
        if neg_word.is_none() {
            neg_word = found
                .iter()
                .find(|&&(k, r)| r != Reason::Navigation || words <= 4 || k == 1 || k == words)
                .map(|&(_, r)| r);
        }
    }
    // an embedded post, or the article element itself ("article.author-jane.tag-politics"), is
    // not furniture whatever its class words say
    s.furniture_word = neg_word.is_some();
    if embed || matches!(tag, "article" | "main") || POSITIVE_ROLES.contains(&a.role.as_str()) {
        neg_word = None;
    }
    let itemprop = !a.itemprop.is_empty()
        && POSITIVE_ITEMPROPS.iter().any(|p| p.eq_ignore_ascii_case(&a.itemprop));
    let role = POSITIVE_ROLES.contains(&a.role.as_str());
    if neg_word.is_some() && s.negative.is_none() {
        s.negative = neg_word;
    }
    if itemprop {
        s.negative = None;
    }
    s.positive =
        itemprop || role || matches!(tag, "article" | "main") || (pos_word && neg_word.is_none());
    s.weight = TAG_WEIGHTS.iter().find(|(t, _)| *t == tag).map_or(0.0, |(_, w)| *w);
    if pos_word {
        s.weight += CLASS_WEIGHT;
    }
    if neg_word.is_some() {
        s.weight -= CLASS_WEIGHT;
    }
    if itemprop {
        s.weight += ITEMPROP_WEIGHT;
    }
    s
}

/// The classification of a page: per block, `None` for article text or the reason it is not.
pub fn classify(page: &Page) -> Vec<Option<Reason>> {
    classify_detail(page).0
}

/// The classification and the roots of the main-content region.
pub fn classify_detail(page: &Page) -> (Vec<Option<Reason>>, Vec<u32>) {
    let n = page.tree.nodes.len();
    let totals = subtree_totals(page);
    let mut signals: Vec<Signal> = (0..n as u32).map(|i| signal(&page.tree, i)).collect();
    titled_sections(page, &totals, &mut signals);
    navigation_wrappers(page, &totals, &mut signals);
    super::forum::form_wrappers(page, &totals, &mut signals);
    super::forum::text_widgets(page, &totals, &mut signals);
    super::docs::disclosure_panels(page, &totals, &mut signals);
    super::forum::signatures(page, &mut signals);
    super::service::scoped_headers(page, &mut signals);
    let product = super::product::says_product(&page.tree);
    super::product::product_signals(page, product, &mut signals);
    let (score, scored) = score_candidates(page, &signals);
    let (under_furniture, good, articles) = good_text(page, &signals);
    let teaser = teaser_good(page, &totals, &under_furniture);
    let cx =
        Phases { page, signals, t: totals, score, scored, under_furniture, good, articles, teaser };
    let mut region = vec![false; n];
    if let Some((best, best_score)) = cx.pick_region() {
        cx.grow_region(best, best_score, &mut region);
        super::forum::question_region(page, &cx.good, &mut region);
    }
    let roots = (0..n as u32).filter(|&i| region[i as usize]).collect();
    let (mut reasons, inside) = cx.label_blocks(&region);
    teased_headlines(page, &mut reasons);
    super::docs::defined_terms(page, &inside, &mut reasons);
    super::docs::scoped_header_boxes(page, &cx.t, &cx.signals, &region, &mut reasons);
    lone_furniture_titles(page, &mut reasons);
    super::forum::poster_cards(page, &mut reasons);
    weak_region_to_list(page, (&cx.t.chars, &cx.t.links), &cx.under_furniture, &mut reasons);
    microdata_fallback(page, &mut reasons);
    never_empty(page, &inside, &mut reasons);
    short_article_to_page(page, &cx.signals, &mut reasons);
    super::lists::tile_grid_to_article(page, &cx.signals, &cx.under_furniture, &mut reasons);
    super::lists::priced_grid(page, product, &cx.signals, &mut reasons);
    super::lists::card_titles(page, &mut reasons);
    super::product::product_page(page, product, &cx.signals, &mut reasons);
    (reasons, roots)
}

/// A list item's linked heading dropped as another story's headline is the item's title when
/// the item also keeps a teaser written out (a listing's entry: a title and a sentence).
fn teased_headlines(page: &Page, reasons: &mut [Option<Reason>]) {
    let tree = &page.tree;
    let li = |e: u32| tree.closest(e, |a| tree.tag(a) == "li");
    let mut teased = super::tree::FnvSet::default();
    for (b, r) in page.blocks.iter().zip(reasons.iter()) {
        if r.is_none() && b.in_list && b.heading == 0 && b.link_chars == 0 && b.stop_words > 0 {
            teased.extend(li(b.elem));
        }
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if *r == Some(Reason::Navigation)
            && b.heading > 0
            && b.in_list
            && li(b.elem).is_some_and(|item| teased.contains(&item))
        {
            *r = None;
        }
    }
}

/// A section whose first text is a heading marked as furniture ("related-posts-title",
/// "comments-title") is that furniture, whatever its own tag and classes say.
fn titled_sections(page: &Page, t: &Totals, signals: &mut [Signal]) {
    let tree = &page.tree;
    for (bi, b) in page.blocks.iter().enumerate() {
        if b.heading == 0 {
            continue;
        }
        let h = b.elem as usize;
        if let Some(reason) = furniture_title(&page.text[b.start..b.end]) {
            // the lowest ancestor holding more than the heading, opening with it
            let mut p = tree.nodes[h].parent;
            for _ in 0..FURNITURE_TITLE_MAX_LEVELS {
                if p == NONE || p == 0 || t.first_block[p as usize] != bi as u32 {
                    break;
                }
                if t.nblocks[p as usize] > 1 {
                    if signals[p as usize].negative.is_none() {
                        signals[p as usize].negative = Some(reason);
                    }
                    break;
                }
                p = tree.nodes[p as usize].parent;
            }
            continue;
        }
        let Some(reason) = signals[h].negative else { continue };
        if !TITLED_SECTION_REASONS.contains(&reason) {
            continue;
        }
        let p = tree.nodes[h].parent;
        if p != NONE
            && p != 0
            && t.first_block[p as usize] == bi as u32
            && t.nblocks[p as usize] > 1
            && signals[p as usize].negative.is_none()
        {
            signals[p as usize].negative = Some(reason);
        }
    }
}

/// A kept block that is only a furniture title ("Related posts:") before a block that is not kept
/// titles the furniture that follows it, not the article.
fn lone_furniture_titles(page: &Page, reasons: &mut [Option<Reason>]) {
    for i in 0..page.blocks.len() {
        let b = &page.blocks[i];
        if reasons[i].is_some() || reasons.get(i + 1).is_some_and(|r| r.is_none()) {
            continue;
        }
        if let Some(r) = furniture_title(&page.text[b.start..b.end]) {
            reasons[i] = Some(r);
        }
    }
}

/// The furniture a heading's text names ("About the author", "Related posts:"), if any.
fn furniture_title(text: &str) -> Option<Reason> {
    let t = text.trim_end_matches([':', ' ']).trim();
    if t.len() > FURNITURE_TITLE_MAX_BYTES {
        return None;
    }
    // in any case of any script ("Über den Autor"), with a typographic apostrophe too
    let t = t.to_lowercase().replace('’', "'");
    FURNITURE_TITLES.iter().find(|(w, _)| t == *w).map(|(_, r)| *r)
}

/// An element a class word calls navigation ("main-withSidebar", "menu-open") that holds
/// `WRAPPER_GOOD_SHARE` of the page's good text (paragraph-like blocks with few links) is a
/// wrapper of the page, not navigation: a menu or a sidebar never holds most of the sentences.
/// So is a `header` element (`WRAPPER_TAGS`) with few links (`WRAPPER_TAG_MAX_LINKS`) holding it,
/// and an element a class word calls a credit (`CREDIT_WRAPPER_REASONS`: a blog's "date-outer").
/// A comment section holding `COMMENTS_PAGE_GOOD_SHARE` of it is the page itself (a forum thread
/// whose posts are marked as comments), not comments under an article; so are replies each
/// marked as a comment, with no section around them, that hold it together
/// (`forum::sibling_comments`).
fn navigation_wrappers(page: &Page, t: &Totals, signals: &mut [Signal]) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let good = &t.prose;
    let total = good[0];
    let kind = super::forum::PageKind::of(&tree.meta);
    // inside a thread that is the page, its posts marked as comments are the page too
    let mut thread = vec![false; n];
    let replies = super::forum::sibling_comments(page, good, signals);
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        thread[i] = thread[p];
        let s = &mut signals[i];
        if thread[i] && s.negative == Some(Reason::Comments) {
            s.negative = None;
            continue;
        }
        let share = match s.negative {
            Some(Reason::Navigation) => WRAPPER_GOOD_SHARE,
            Some(r) if CREDIT_WRAPPER_REASONS.contains(&r) => WRAPPER_GOOD_SHARE,
            Some(Reason::Comments) => kind.comments_page_share(page, i as u32),
            _ => continue,
        };
        // a reply counts with the replies beside it, unless their list names reviews
        let held = if s.negative == Some(Reason::Comments)
            && kind.comments_page_share(page, p as u32) <= share
        {
            replies[i]
        } else {
            good[i]
        };
        let tag = tree.tag(i as u32);
        // a page header is furniture unless it holds the story itself, written, with few links
        // (a site builder's "header" section around a post)
        let wrapper_tag = WRAPPER_TAGS.contains(&tag)
            && t.chars[i] > 0.0
            && t.links[i] <= WRAPPER_TAG_MAX_LINKS * t.chars[i];
        if (wrapper_tag || !NEGATIVE_TAGS.iter().any(|(n, _)| *n == tag))
            && tree.attrs(i as u32).is_some_and(|a| a.role.is_empty())
            && good[i] > 0.0
            && held >= share * total
        {
            thread[i] = s.negative == Some(Reason::Comments);
            s.negative = None;
        }
    }
}

/// Whether a block is good text: long enough to score, with few links.
fn is_prose(b: &HtmlBlock) -> bool {
    b.chars >= MIN_SCORED_CHARS && b.link_density() <= GOOD_MAX_LINKS
}

/// Per element, the characters of the given blocks in its subtree.
pub(super) fn subtree_chars<'b>(tree: &Tree, blocks: impl Iterator<Item = &'b HtmlBlock>) -> Vec<f32> {
    subtree_sum(tree, blocks.map(|b| (b.elem, b.chars as f32)))
}

/// The characters of the blocks kept so far (no reason against them).
pub(super) fn kept_chars(page: &Page, reasons: &[Option<Reason>]) -> usize {
    page.blocks.iter().zip(reasons).filter(|(_, r)| r.is_none()).map(|(b, _)| b.chars).sum()
}

/// Per element, the sum of the values given for the elements of its subtree (`(element, value)`
/// pairs; an element may come more than once).
pub(super) fn subtree_sum<T: Copy + Default + std::ops::AddAssign>(
    tree: &Tree,
    values: impl Iterator<Item = (u32, T)>,
) -> Vec<T> {
    let n = tree.nodes.len();
    let mut sum = vec![T::default(); n];
    for (e, v) in values {
        sum[e as usize] += v;
    }
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            let v = sum[i];
            sum[p as usize] += v;
        }
    }
    sum
}

/// Furniture above each element (its own signal included), the good text of each subtree
/// (paragraph-like blocks with few links, outside furniture), and the `article` elements in it.
fn good_text(page: &Page, signals: &[Signal]) -> (Vec<bool>, Vec<f32>, Vec<u32>) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let mut under_furniture = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        under_furniture[i] = under_furniture[p] || signals[i].negative.is_some();
    }
    let mut good = vec![0f32; n];
    let mut articles = vec![0u32; n];
    for b in &page.blocks {
        if is_prose(b) && !under_furniture[b.elem as usize] {
            good[b.elem as usize] += b.chars as f32;
        }
    }
    for i in (1..n).rev() {
        if tree.tag(i as u32) == "article" {
            articles[i] += 1;
        }
        let p = tree.nodes[i].parent;
        if p != NONE {
            good[p as usize] += good[i];
            articles[p as usize] += articles[i];
        }
    }
    (under_furniture, good, articles)
}

/// What the region phases share, per element of the page's tree.
struct Phases<'p> {
    page: &'p Page,
    signals: Vec<Signal>,
    t: Totals,
    score: Vec<f32>,
    scored: Vec<bool>,
    under_furniture: Vec<bool>,
    good: Vec<f32>,
    articles: Vec<u32>,
    /// Per element, the good text of other posts' teaser cards in it (`teaser_good`).
    teaser: Vec<f32>,
}

impl Phases<'_> {
    fn density(&self, i: usize) -> f32 {
        if self.t.chars[i] > 0.0 {
            self.t.links[i] / self.t.chars[i]
        } else {
            0.0
        }
    }

    fn final_score(&self, i: usize) -> f32 {
        self.score[i]
            * (1.0 - self.density(i))
            * if self.under_furniture[i] { FURNITURE_CANDIDATE_FACTOR } else { 1.0 }
    }

    /// The best-scoring container and its score; on a short page, with no container of
    /// `MIN_CANDIDATE_CHARS`, any scored one competes. A container inside a pop-up (a role in
    /// `DIALOG_ROLES`) competes only when none outside does.
    fn pick_region(&self) -> Option<(u32, f32)> {
        let tree = &self.page.tree;
        let n = tree.nodes.len();
        // per element: inside a dialog (a pop-up: a cookie notice, a policy in a modal)
        let mut dialog = vec![false; n];
        for i in 1..n {
            let p = tree.nodes[i].parent;
            dialog[i] = (p != NONE && dialog[p as usize])
                || tree.attrs(i as u32).is_some_and(|a| DIALOG_ROLES.contains(&a.role.as_str()));
        }
        let mut best = NONE;
        let mut best_score = f32::MIN;
        for (min_chars, dialogs) in
            [(MIN_CANDIDATE_CHARS, false), (0.0, false), (MIN_CANDIDATE_CHARS, true), (0.0, true)]
        {
            for (i, &in_dialog) in dialog.iter().enumerate().skip(1) {
                if self.scored[i] && self.t.chars[i] >= min_chars && (dialogs || !in_dialog) {
                    let s = self.final_score(i);
                    if s > best_score {
                        best_score = s;
                        best = i as u32;
                    }
                }
            }
            if best != NONE {
                break;
            }
        }
        (best != NONE).then_some((best, best_score))
    }

    /// The region roots: the best container (moved up while its parent keeps most of its score,
    /// then to the ancestor holding clearly more good text, then to the list of items made alike
    /// that holds it) and its good siblings.
    fn grow_region(&self, mut best: u32, mut best_score: f32, region: &mut [bool]) {
        let (page, tree) = (self.page, &self.page.tree);
        let (chars, nblocks, first_block) = (&self.t.chars, &self.t.nblocks, &self.t.first_block);
        loop {
            let p = tree.nodes[best as usize].parent;
            if p == NONE
                || p == 0
                || !self.scored[p as usize]
                || self.final_score(p as usize) < best_score * PARENT_SHARE
            {
                break;
            }
            best = p;
            best_score = best_score.max(self.final_score(p as usize));
        }
        // then up to the ancestor holding clearly more good text, through wrappers, as long as no
        // other article, many links or furniture come in
        let start = best as usize;
        let mut p = tree.nodes[start].parent;
        while p != NONE && p != 0 {
            let pi = p as usize;
            if self.articles[pi] > self.articles[start]
                || self.density(pi) > CLIMB_MAX_LINKS
                || self.under_furniture[pi] != self.under_furniture[start]
            {
                break;
            }
            // other posts' teasers beside the story do not count as more of it
            let own = |e: usize| self.good[e] - self.teaser[e];
            if own(pi) >= CLIMB_GAIN * own(best as usize)
                && self.good[pi] >= CLIMB_MIN_GOOD_SHARE * chars[pi]
            {
                best = p;
            }
            p = tree.nodes[pi].parent;
        }
        best = list_of_alike(tree, best, chars, &self.t.links, &self.under_furniture, &self.signals);
        best = self.widen_to_page(best);
        region[best as usize] = true;
        let parent = tree.nodes[best as usize].parent;
        if parent == NONE {
            return;
        }
        let threshold = (best_score * SIBLING_SHARE).max(SIBLING_MIN_SCORE);
        // the class tokens of the story's blocks (a subtree's blocks are consecutive)
        let bi = best as usize;
        let story_blocks = if nblocks[bi] > 0 {
            first_block[bi] as usize..(first_block[bi] + nblocks[bi]) as usize
        } else {
            0..0
        };
        let story_classes: super::tree::FnvSet<&str> = page.blocks[story_blocks]
            .iter()
            .filter_map(|b| tree.attrs(b.elem))
            .flat_map(|a| a.class.split_ascii_whitespace())
            .collect();
        let mut c = tree.nodes[parent as usize].first_child;
        while c != NONE {
            let ci = c as usize;
            // a paragraph: a paragraph-like element, or one block made like the story's own
            // paragraphs (a class shared with them: stories written as `div`s)
            let lone = nblocks[ci] == 1 && {
                let b = &page.blocks[first_block[ci] as usize];
                !b.in_caption
                    && tree.attrs(b.elem).is_some_and(|a| {
                        a.class.split_ascii_whitespace().any(|t| story_classes.contains(t))
                    })
            };
            let para = is_paragraph_like(tree.tag(c)) || lone;
            let sentence = || {
                if nblocks[ci] != 1 {
                    return false;
                }
                let b = &page.blocks[first_block[ci] as usize];
                (lone || is_paragraph_like(tree.tag(b.elem)))
                    && b.link_chars == 0
                    && b.words >= SIBLING_SENTENCE_WORDS
                    && ends_sentence(&page.text[b.start..b.end])
            };
            let ok = self.signals[ci].negative.is_none()
                && ((self.scored[ci] && self.final_score(ci) >= threshold)
                    || (para
                        && chars[ci] >= SIBLING_PARA_CHARS as f32
                        && self.density(ci) < SIBLING_PARA_LINKS)
                    || (para && sentence()));
            if ok {
                region[ci] = true;
            }
            c = tree.nodes[ci].next;
        }
    }

    /// A region holding under `WIDEN_BELOW_SHARE` of the page's good text (a landing page made of
    /// many sections, a shop's blocks of text) is widened to the lowest ancestor, outside
    /// furniture, holding `WIDEN_TO_SHARE` of it.
    fn widen_to_page(&self, best: u32) -> u32 {
        let tree = &self.page.tree;
        let bi = best as usize;
        // beside a written story, other posts' teasers are not the page's text to take in (a
        // listing's intro line is another matter: its teasers are the page)
        let story = self.good[bi] >= TEASER_MIN_STORY;
        let own = |e: u32| self.good[e as usize] - if story { self.teaser[e as usize] } else { 0.0 };
        let total = own(0);
        if total <= 0.0
            || own(best) <= 0.0
            || self.under_furniture[bi]
            || own(best) >= WIDEN_BELOW_SHARE * total
        {
            return best;
        }
        let mut a = best;
        loop {
            let p = tree.nodes[a as usize].parent;
            if p == NONE || p == 0 || self.under_furniture[p as usize] {
                return best;
            }
            a = p;
            if own(a) >= WIDEN_TO_SHARE * total {
                return a;
            }
        }
    }

    /// Each block's verdict from the region: inside it, content unless furniture lies between
    /// the region and the block (or it is mostly links, or a date line); outside, boilerplate with
    /// the reason of the furniture around it; a repeat of an earlier block is a repeat. Also
    /// returns, per element, whether it is inside the region.
    fn label_blocks(&self, region: &[bool]) -> (Vec<Option<Reason>>, Vec<bool>) {
        let (page, tree) = (self.page, &self.page.tree);
        let n = tree.nodes.len();
        let chars = &self.t.chars;
        // per element: inside the region? the furniture reason between the region and it
        let region_chars: f32 = (1..n).filter(|&i| region[i]).map(|i| chars[i]).sum();
        let prose = &self.t.prose;
        let region_prose: f32 = (1..n).filter(|&i| region[i]).map(|i| prose[i]).sum();
        // the prose of siblings named alike (the same first class) that a class word calls
        // navigation: an article cut into sections named "skip-item" is not navigation, however
        // small each section is
        let first_class = |i: usize| {
            tree.attrs(i as u32).and_then(|a| a.class.split_ascii_whitespace().next()).unwrap_or("")
        };
        let mut alike_prose: super::tree::FnvMap<(u32, &str), f32> = Default::default();
        for (i, p) in prose.iter().enumerate().skip(1) {
            if self.signals[i].negative == Some(Reason::Navigation) {
                *alike_prose.entry((tree.nodes[i].parent, first_class(i))).or_default() += p;
            }
        }
        let navigation_prose = |i: usize| {
            alike_prose.get(&(tree.nodes[i].parent, first_class(i))).copied().unwrap_or(prose[i])
        };
        let mut inside = vec![false; n];
        let mut furniture: Vec<Option<Reason>> = vec![None; n];
        let mut outside_furniture: Vec<Option<Reason>> = vec![None; n];
        for i in 1..n {
            let p = tree.nodes[i].parent as usize;
            let sig = self.signals[i].negative;
            if region[i] {
                inside[i] = true;
                furniture[i] = None;
            } else {
                inside[i] = inside[p];
                // a class word calling most of the article's sentences navigation is wrong
                let small = chars[i] < FURNITURE_MAX_SHARE * region_chars
                    && (sig != Some(Reason::Navigation)
                        || navigation_prose(i) < FURNITURE_MAX_SHARE * region_prose);
                furniture[i] = furniture[p].or(if inside[p] && small { sig } else { None });
            }
            outside_furniture[i] = outside_furniture[p].or(sig);
        }
        let repeats = mark_repeats(page);
        let reasons = page
            .blocks
            .iter()
            .zip(repeats)
            .map(|(b, repeat)| {
                let e = b.elem as usize;
                if repeat {
                    Some(Reason::Repeat)
                } else if inside[e] {
                    furniture[e]
                        .or_else(|| too_many_links(&page.text, b).then_some(Reason::Navigation))
                        .or_else(|| {
                            is_date_line(&page.text[b.start..b.end], b).then_some(Reason::Credit)
                        })
                } else {
                    Some(outside_furniture[e].unwrap_or(Reason::Navigation))
                }
            })
            .collect();
        (reasons, inside)
    }
}

/// The candidate score of each container: its blocks' points (longer text and more commas score
/// more; headings and short text none), shared over `LEVEL_DIVIDERS` ancestors, on top of its
/// signal's weight; and whether any block scored it.
fn score_candidates(page: &Page, signals: &[Signal]) -> (Vec<f32>, Vec<bool>) {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let mut score = vec![0f32; n];
    let mut scored = vec![false; n];
    let page_has_stops = page.blocks.iter().any(|b| b.stop_words > 0);
    for b in &page.blocks {
        if b.chars < MIN_SCORED_CHARS || b.heading > 0 {
            continue;
        }
        let mut points =
            1.0 + b.commas as f32 + ((b.chars / CHARS_PER_POINT) as f32).min(MAX_LENGTH_POINTS);
        // text without stop words (lists of names, tags, prices) is less likely the story, in the
        // languages the stop lists know (a page with no stop word at all is in another one)
        if page_has_stops
            && b.words >= LOW_STOP_MIN_WORDS
            && (b.stop_words as f32) < LOW_STOP_SHARE * b.words as f32
        {
            points *= LOW_STOP_FACTOR;
        }
        let mut e = b.elem;
        if is_paragraph_like(tree.tag(e)) {
            e = tree.nodes[e as usize].parent;
        }
        for div in LEVEL_DIVIDERS {
            if e == NONE || e == 0 {
                break;
            }
            if !scored[e as usize] {
                scored[e as usize] = true;
                score[e as usize] = signals[e as usize].weight;
            }
            score[e as usize] += points / div;
            e = tree.nodes[e as usize].parent;
        }
    }
    (score, scored)
}

/// Per element: the characters and link characters of its subtree's blocks, the characters of its
/// good text ([`is_prose`], furniture or not), how many blocks it holds and the first of them (a
/// subtree's blocks are consecutive).
pub(super) struct Totals {
    pub(super) chars: Vec<f32>,
    links: Vec<f32>,
    pub(super) prose: Vec<f32>,
    nblocks: Vec<u32>,
    first_block: Vec<u32>,
}

/// The subtree totals of every element (nodes are in document order: a parent comes before its
/// children).
fn subtree_totals(page: &Page) -> Totals {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let mut t = Totals {
        chars: vec![0f32; n],
        links: vec![0f32; n],
        prose: vec![0f32; n],
        nblocks: vec![0u32; n],
        first_block: vec![u32::MAX; n],
    };
    for (bi, b) in page.blocks.iter().enumerate() {
        let e = b.elem as usize;
        t.chars[e] += b.chars as f32;
        t.links[e] += b.link_chars as f32;
        if is_prose(b) {
            t.prose[e] += b.chars as f32;
        }
        t.nblocks[e] += 1;
        t.first_block[e] = t.first_block[e].min(bi as u32);
    }
    for i in (1..n).rev() {
        let p = tree.nodes[i].parent;
        if p != NONE {
            let p = p as usize;
            t.chars[p] += t.chars[i];
            t.links[p] += t.links[i];
            t.prose[p] += t.prose[i];
            t.nblocks[p] += t.nblocks[i];
            t.first_block[p] = t.first_block[p].min(t.first_block[i]);
        }
    }
    t
}

/// Per block: whether it repeats an earlier block's opening (paragraphs outside captions never do).
fn mark_repeats(page: &Page) -> Vec<bool> {
    let mut seen = std::collections::HashSet::new();
    let mut marks: Vec<bool> = page.blocks
        .iter()
        .map(|b| {
            let t = &page.text[b.start..b.end];
            if b.chars < REPEAT_PREFIX_CHARS || (page.tree.tag(b.elem) == "p" && !b.in_caption) {
                return false;
            }
            let key: String = t.chars().take(REPEAT_PREFIX_CHARS).collect();
            !seen.insert(key)
        })
        .collect();
    repeated_paragraph_runs(page, &mut marks);
    marks
}

/// Marks as repeats the paragraphs (`p` of `REPEAT_PREFIX_CHARS` characters or more) that copy
/// an earlier paragraph word for word in a run of at least `REPEAT_RUN_PARAGRAPHS`: the earlier
/// paragraph's neighbour among those paragraphs is copied beside it too. A section written twice
/// (for wide and narrow screens), a post quoted whole in a reply; not a refrain or a question
/// asked again, which repeat alone between different paragraphs.
fn repeated_paragraph_runs(page: &Page, marks: &mut [bool]) {
    let paras: Vec<usize> = (0..page.blocks.len())
        .filter(|&i| {
            let b = &page.blocks[i];
            page.tree.tag(b.elem) == "p" && !b.in_caption && b.chars >= REPEAT_PREFIX_CHARS
        })
        .collect();
    // per paragraph: the position (among `paras`) of the first paragraph with its text
    let mut first: std::collections::HashMap<&str, usize> = Default::default();
    let origin: Vec<usize> = paras
        .iter()
        .enumerate()
        .map(|(k, &i)| *first.entry(&page.text[page.blocks[i].start..page.blocks[i].end]).or_insert(k))
        .collect();
    let copied = |k: usize| origin[k] != k;
    let mut k = 0;
    while k < paras.len() {
        // the run of copies starting at k whose originals follow one another
        let mut end = k;
        while copied(end) && end + 1 < paras.len() && copied(end + 1) && origin[end + 1] == origin[end] + 1 {
            end += 1;
        }
        if copied(k) && end + 1 - k >= REPEAT_RUN_PARAGRAPHS {
            for &i in &paras[k..=end] {
                marks[i] = true;
            }
        }
        k = end + 1;
    }
}

/// The region `best`, or the list holding it when it (or an ancestor a few levels up) is one of
/// several items made alike: siblings with its tag and class (the posts of a thread, the answers
/// to a question, a listing's cards), holding most of the list's text.
fn list_of_alike(
    tree: &Tree,
    best: u32,
    chars: &[f32],
    links: &[f32],
    under_furniture: &[bool],
    signals: &[Signal],
) -> u32 {
    let mut e = best;
    for _ in 0..ALIKE_LEVELS {
        let p = tree.nodes[e as usize].parent;
        if e == 0 || p == NONE || p == 0 {
            break;
        }
        let pi = p as usize;
        if under_furniture[pi] != under_furniture[best as usize] || signals[pi].negative.is_some()
        {
            break;
        }
        let tag = tree.tag(e);
        let class = tree.attrs(e).map_or("", |a| a.class.as_str());
        if !class.is_empty() || ALIKE_BARE_TAGS.contains(&tag) {
            let (mut n, mut n_chars) = (0usize, 0f32);
            let mut c = tree.nodes[pi].first_child;
            while c != NONE {
                let same = tree.tag(c) == tag
                    && tree.attrs(c).map_or("", |a| a.class.as_str()) == class
                    && chars[c as usize] > 0.0;
                if same {
                    n += 1;
                    n_chars += chars[c as usize];
                }
                c = tree.nodes[c as usize].next;
            }
            let density = if chars[pi] > 0.0 { links[pi] / chars[pi] } else { 0.0 };
            if n >= ALIKE_MIN_ITEMS
                && n_chars >= ALIKE_MIN_SHARE * chars[pi]
                && density <= ALIKE_MAX_LINKS
            {
                return p;
            }
        }
        e = p;
    }
    best
}

/// Per element, the good text (as `good_text` counts it) of the teaser cards in its subtree: a
/// card is the lowest element, at most `TEASER_CARD_LEVELS` above a heading that is mostly links
/// (another post's title), holding more than that heading and at most `TEASER_MAX_CHARS` besides,
/// when it or one of its `TEASER_CARD_LEVELS` ancestors is made like `TEASER_MIN_ALIKE - 1`
/// siblings (same tag and first class): a "latest news" column of titles and excerpts. Only
/// written excerpts count (`TEASER_MIN_WORDS` words or more, stop words among them), not a
/// shop's cards of prices and badges.
fn teaser_good(page: &Page, t: &Totals, under_furniture: &[bool]) -> Vec<f32> {
    let tree = &page.tree;
    let n = tree.nodes.len();
    let first_class = |e: u32| {
        tree.attrs(e).and_then(|a| a.class.split_ascii_whitespace().next()).unwrap_or("")
    };
    // made like enough of its siblings: same tag and first class, with text
    let alike = |e: u32| {
        let p = tree.nodes[e as usize].parent;
        if p == NONE {
            return false;
        }
        let (tag, class) = (tree.tag(e), first_class(e));
        let mut same = 0;
        let mut c = tree.nodes[p as usize].first_child;
        while c != NONE {
            if tree.tag(c) == tag && first_class(c) == class && t.chars[c as usize] > 0.0 {
                same += 1;
            }
            c = tree.nodes[c as usize].next;
        }
        same >= TEASER_MIN_ALIKE
    };
    // an accordion's question is a link that opens its answer, not another post's title
    let toggles = |e: u32| {
        let mut found = false;
        if let Some(a) = tree.attrs(e) {
            class_words(&a.class, |w| found |= TEASER_TOGGLE_WORDS.contains(&w));
        }
        found
    };
    let mut card = vec![false; n];
    for b in &page.blocks {
        if b.heading == 0 || b.chars == 0 || b.link_density() < TEASER_TITLE_LINKS {
            continue;
        }
        let mut a = tree.nodes[b.elem as usize].parent;
        for _ in 0..TEASER_CARD_LEVELS {
            if a == NONE || a == 0 || t.nblocks[a as usize] > 1 {
                break;
            }
            a = tree.nodes[a as usize].parent;
        }
        if a == NONE || a == 0 || t.nblocks[a as usize] <= 1 {
            continue;
        }
        if t.chars[a as usize] - b.chars as f32 > TEASER_MAX_CHARS {
            continue;
        }
        let mut u = a;
        for _ in 0..=TEASER_CARD_LEVELS {
            if u == NONE || u == 0 || toggles(u) {
                break;
            }
            if alike(u) {
                card[a as usize] = true;
                break;
            }
            u = tree.nodes[u as usize].parent;
        }
    }
    let mut in_card = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        in_card[i] = in_card[p] || card[i];
    }
    let values = page.blocks.iter().filter_map(|b| {
        let e = b.elem as usize;
        let excerpt = b.words >= TEASER_MIN_WORDS && b.stop_words > 0;
        (is_prose(b) && excerpt && in_card[e] && !under_furniture[e])
            .then_some((b.elem, b.chars as f32))
    });
    subtree_sum(tree, values)
}

/// A page whose article came out short (under `WEAK_ARTICLE_CHARS`) is a listing: the largest
/// group of `ALIKE_MIN_ITEMS` or more siblings made alike (same tag and class), outside furniture
/// and holding `WEAK_LIST_GAIN` times the article's text, not all links (`WEAK_LIST_MAX_LINKS`),
/// is the article, its headline links included.
fn weak_region_to_list(
    page: &Page,
    (chars, links): (&[f32], &[f32]),
    under_furniture: &[bool],
    reasons: &mut [Option<Reason>],
) {
    let kept = kept_chars(page, reasons);
    if kept >= WEAK_ARTICLE_CHARS {
        return;
    }
    let tree = &page.tree;
    let key = |c: u32| (tree.tag(c), tree.attrs(c).map_or("", |a| a.class.as_str()));
    let mut best: Option<(f32, u32, (&str, &str))> = None;
    for p in 1..tree.nodes.len() {
        if under_furniture[p] || chars[p] <= kept as f32 {
            continue;
        }
        let mut groups: Vec<((&str, &str), usize, f32, f32)> = Vec::new();
        let mut c = tree.nodes[p].first_child;
        while c != NONE {
            if chars[c as usize] > 0.0 && !under_furniture[c as usize] {
                let k = key(c);
                match groups.iter_mut().find(|g| g.0 == k) {
                    Some(g) => {
                        g.1 += 1;
                        g.2 += chars[c as usize];
                        g.3 += links[c as usize];
                    }
                    None => groups.push((k, 1, chars[c as usize], links[c as usize])),
                }
            }
            c = tree.nodes[c as usize].next;
        }
        for (k, n, total, linked) in groups {
            if n >= ALIKE_MIN_ITEMS
                && total > WEAK_LIST_GAIN * kept as f32
                && linked <= WEAK_LIST_MAX_LINKS * total
                && best.is_none_or(|b| total > b.0) {
                best = Some((total, p as u32, k));
            }
        }
    }
    let Some((_, list, k)) = best else { return };
    // the blocks under the list's alike items
    let mut item_of = vec![false; tree.nodes.len()];
    for i in 1..tree.nodes.len() {
        let p = tree.nodes[i].parent;
        item_of[i] = p != NONE
            && (item_of[p as usize] || (p == list && key(i as u32) == k));
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if item_of[b.elem as usize] && *r != Some(Reason::Repeat) {
            *r = None;
        }
    }
}

/// A page whose article came out under `FALLBACK_BELOW_CHARS` keeps the text its microdata names
/// as the main thing's (`itemprop` in `MICRODATA_TEXT_PROPS`: a product's description, a post's
/// text) besides.
fn microdata_fallback(page: &Page, reasons: &mut [Option<Reason>]) {
    let kept = kept_chars(page, reasons);
    if kept >= FALLBACK_BELOW_CHARS {
        return;
    }
    let tree = &page.tree;
    let n = tree.nodes.len();
    let mut marked = vec![false; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        marked[i] = marked[p]
            || tree.attrs(i as u32).is_some_and(|a| {
                a.itemprop.split_ascii_whitespace().any(|w| {
                    MICRODATA_TEXT_PROPS.iter().any(|m| m.eq_ignore_ascii_case(w))
                })
            });
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if marked[b.elem as usize] && *r != Some(Reason::Repeat) {
            *r = None;
        }
    }
}

/// A page with text never has an empty article: when every block was judged boilerplate, the
/// blocks of the best-scoring region are the article, else the longest block with the fewest links.
fn never_empty(page: &Page, inside: &[bool], reasons: &mut [Option<Reason>]) {
    if page.blocks.is_empty() || reasons.iter().any(Option::is_none) {
        return;
    }
    let mut any = false;
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        if inside[b.elem as usize] && *r != Some(Reason::Repeat) {
            *r = None;
            any = true;
        }
    }
    if !any {
        let own = |b: &HtmlBlock| b.chars.saturating_sub(b.link_chars);
        if let Some(i) = (0..page.blocks.len()).max_by_key(|&i| own(&page.blocks[i])) {
            reasons[i] = None;
        }
    }
}

/// A page whose article came out under `SHORT_ARTICLE_CHARS` (a shop's category, a service
/// page, a listing of short tiles), or a longer one holding under `PART_ARTICLE_SHARE` of the
/// page's text outside structural furniture (a landing page of many sections, one of them
/// written out), is the lowest ancestor of its article, outside structural furniture (`nav`,
/// `header`, `footer`, `aside`, their roles, hidden subtrees, posters' signatures and ranks:
/// `forum::names_signature`), holding `SHORT_WIDEN_SHARE` of the
/// page's text outside that furniture: all its blocks but repeats are the article. A longer
/// article with no paragraph of `SHORT_STORY_PARAGRAPH_CHARS` (a landing page's short blocks)
/// widens under `PART_UNWRITTEN_SHARE` instead, when `PART_UNWRITTEN_ADDED_GOOD` of what it adds
/// is good text. Never on a short story (under `SHORT_ARTICLE_CHARS`): a page saying it is an
/// article (`ARTICLE_KINDS` in `og:type` or JSON-LD), or whose article holds a paragraph of
/// `SHORT_STORY_PARAGRAPH_CHARS`; nor when the ancestor adds under `SHORT_WIDEN_MIN_GAIN`
/// characters; nor when what the page says of itself (JSON-LD, descriptions) is longer: that
/// fallback is the better answer; nor, unless short, when the article lies in the page's one CMS
/// post ([`one_post_holds`]: a blog's story beside its archive and widgets). Blocks of links
/// (`WIDEN_MENU_LINKS`) under a box a class word names navigation stay out (a filter's
/// drop-down of options).
fn short_article_to_page(page: &Page, signals: &[Signal], reasons: &mut [Option<Reason>]) {
    let kept = kept_chars(page, reasons);
    if kept == 0 {
        return;
    }
    // a short story: one paragraph written out makes an article
    let prose = |b: &HtmlBlock, min: usize| {
        b.chars >= min && b.stop_words > 0 && ends_sentence(&page.text[b.start..b.end])
    };
    let kept_blocks = || page.blocks.iter().zip(reasons.iter()).filter(|(_, r)| r.is_none());
    let written = kept_blocks().any(|(b, _)| prose(b, SHORT_STORY_PARAGRAPH_CHARS));
    let short = kept < SHORT_ARTICLE_CHARS && !written;
    let tree = &page.tree;
    let n = tree.nodes.len();
    // structural furniture above each element, and the depth of each
    let mut structural = vec![false; n];
    let mut depth = vec![0u32; n];
    for i in 1..n {
        let p = tree.nodes[i].parent as usize;
        depth[i] = depth[p] + 1;
        structural[i] = structural[p]
            || NEGATIVE_TAGS.iter().any(|(t, _)| *t == tree.tag(i as u32))
            || SHORT_WIDEN_STOPS.contains(&signals[i].negative)
            || tree.attrs(i as u32).is_some_and(|a| {
                a.hidden
                    || NEGATIVE_ROLES.iter().any(|(t, _)| *t == a.role)
                    || (signals[i].negative == Some(Reason::Credit)
                        && super::forum::names_signature(a))
            });
    }
    let counts = |b: &HtmlBlock, r: &Option<Reason>| {
        *r != Some(Reason::Repeat) && !structural[b.elem as usize]
    };
    let sub = subtree_chars(
        tree,
        page.blocks.iter().zip(reasons.iter()).filter(|(b, r)| counts(b, r)).map(|(b, _)| b),
    );
    let total = sub[0];
    let part = if written { PART_ARTICLE_SHARE } else { PART_UNWRITTEN_SHARE };
    if !short && (kept < SHORT_ARTICLE_CHARS || (kept as f32) >= part * total) {
        return;
    }
    // the lowest common ancestor of the article's blocks
    let mut lca = NONE;
    for (b, _) in page.blocks.iter().zip(reasons.iter()).filter(|(_, r)| r.is_none()) {
        lca = if lca == NONE { b.elem } else { tree.common_ancestor(&depth, b.elem, lca) };
    }
    if lca == NONE
        || total <= 0.0
        || super::fallback::says_article(&tree.meta)
        || (!short && one_post_holds(tree, lca))
    {
        return;
    }
    let mut a = lca;
    while a != 0 && sub[a as usize] < SHORT_WIDEN_SHARE * total {
        let p = tree.nodes[a as usize].parent;
        if p == NONE || structural[p as usize] {
            return;
        }
        a = p;
    }
    // the page around the article must add text of its own
    if sub[a as usize] < SHORT_WIDEN_SHARE * total
        || sub[a as usize] - (kept as f32) < SHORT_WIDEN_MIN_GAIN as f32
    {
        return;
    }
    // widened for its short blocks alone, a landing page must add written text (not a grid of
    // links and prices)
    if (kept as f32) >= PART_ARTICLE_SHARE * total && !short {
        let good_sub = subtree_chars(
            tree,
            page.blocks.iter().zip(reasons.iter()).filter(|(b, r)| counts(b, r) && is_prose(b)).map(|(b, _)| b),
        );
        let kept_good: f32 = kept_blocks().filter(|(b, _)| is_prose(b)).map(|(b, _)| b.chars as f32).sum();
        let added = sub[a as usize] - kept as f32;
        if good_sub[a as usize] - kept_good < PART_UNWRITTEN_ADDED_GOOD * added {
            return;
        }
    }
    let alt = super::fallback::fallback_text(&tree.meta).chars().count();
    if alt as f32 > FALLBACK_GAIN * kept as f32 {
        return;
    }
    let mut within = vec![false; n];
    let mut menu = vec![false; n];
    within[a as usize] = true;
    for i in (a as usize + 1)..n {
        let p = tree.nodes[i].parent as usize;
        within[i] = within[p];
        menu[i] = menu[p] || signals[i].negative == Some(Reason::Navigation);
    }
    for (b, r) in page.blocks.iter().zip(reasons.iter_mut()) {
        let menu_links = menu[b.elem as usize] && b.link_density() >= WIDEN_MENU_LINKS && r.is_some();
        if within[b.elem as usize] && counts(b, r) && !menu_links {
            *r = None;
        }
    }
}

/// Whether the page marks exactly one element as a CMS post ([`is_post_class`]: "hentry") and
/// `e` lies inside it: the page says its story is that post, like an `og:type` of article.
fn one_post_holds(tree: &Tree, e: u32) -> bool {
    let post = |i: u32| tree.attrs(i).is_some_and(|a| is_post_class(&a.class));
    tree.closest(e, post).is_some() && (1..tree.nodes.len() as u32).filter(|&i| post(i)).count() == 1
}

/// A short line giving a date: a year with a time of day, or a date written in digits
/// ("2018-08-16", "05/10/2018") with at most one word more, in few words and not as a sentence. Language-free: no month names.
fn is_date_line(t: &str, b: &HtmlBlock) -> bool {
    if b.words > DATE_LINE_MAX_WORDS || ends_sentence(t) {
        return false;
    }
    let (mut year, mut time, mut numeric) = (false, false, false);
    for w in t.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '·' | '•'))
    {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        let digits = w.bytes().filter(|c| c.is_ascii_digit()).count();
        if w.is_empty()
            || !w.bytes().all(|c| c.is_ascii_digit() || matches!(c, b':' | b'/' | b'-' | b'.'))
        {
            continue;
        }
        let is_year = |y: &str| y.len() == 4 && (y.starts_with("19") || y.starts_with("20"));
        if w.len() == 4 && digits == 4 && is_year(w) {
            year = true;
        } else if w.contains(':') && (3..=6).contains(&digits) {
            time = true;
        } else if (6..=8).contains(&digits)
            && w.split(['/', '-', '.']).count() == 3
            && w.split(['/', '-', '.']).any(is_year)
        {
            numeric = true;
        }
    }
    // a date in digits alone, or with one word ("Posted 2018-08-16"); more is a schedule or a title
    (year && time) || (numeric && b.words <= DATE_ONLY_MAX_WORDS)
}

/// Whether a text ends like a sentence (a closing quote or bracket after the mark allowed).
pub(super) fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| {
        matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']') || c.is_whitespace()
    });
    t.ends_with(SENTENCE_ENDS)
}

/// Tags whose text is one paragraph: they score for their parent.
fn is_paragraph_like(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "li"
            | "td"
            | "th"
            | "pre"
            | "dd"
            | "dt"
            | "blockquote"
            | "figcaption"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    )
}

pub(super) fn too_many_links(text: &str, b: &HtmlBlock) -> bool {
    // a heading inside the article stays even when it is a link (a product or section name),
    // unless it is a list item's whole text (a list of linked headlines: other stories)
    if b.heading > 0 && !(b.in_list && b.link_density() >= LINKED_LIST_HEADING) {
        return false;
    }
    // an address written out ("http://…", "www.…") is the author's: menus show names, not URLs
    let t = &text[b.start..b.end];
    if URL_MARKS.iter().any(|m| t.contains(m)) {
        return false;
    }
    let max = if b.chars >= LONG_BLOCK_CHARS || is_sentence(text, b) {
        MAX_LINK_DENSITY_LONG
    } else {
        MAX_LINK_DENSITY_SHORT
    };
    b.link_density() > max
}

/// A block written as a sentence: enough words, stop words among them, a sentence mark at the end.
fn is_sentence(text: &str, b: &HtmlBlock) -> bool {
    !b.in_list
        && b.words >= LINKED_SENTENCE_WORDS
        && b.stop_words > 0
        && ends_sentence(&text[b.start..b.end])
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::html::page_from_html;

    /// (text, kept) per block.
    fn verdicts(html: &str) -> Vec<(String, Option<Reason>)> {
        let p = page_from_html(html);
        let r = classify(&p);
        p.blocks.iter().zip(r).map(|(b, r)| (p.text[b.start..b.end].to_string(), r)).collect()
    }

    /// The texts of the blocks kept as the article (the other html modules' tests use it too).
    pub(in crate::html) fn kept(html: &str) -> Vec<String> {
        verdicts(html).into_iter().filter(|v| v.1.is_none()).map(|v| v.0).collect()
    }

    const STORY: &str = "<p>The council voted on Tuesday night to approve next year's budget, after a long debate about buses, trams and the cost of the new bridge.</p>\
        <p>The mayor said work on the tram line would begin in the spring, and that fares would stay the same for at least two years, despite rising costs.</p>\
        <p>The opposition voted against the plan, calling the spending badly prepared, and promised to raise the matter again at the next session.</p>";

    #[test]
    fn a_thread_is_all_its_posts() {
        let post = |who: &str, what: &str| {
            format!("<div class=post><div class=meta><a href=/u>{who}</a> 2 hours ago</div>\
                <div class=content><div class=text><p>{what}</p></div></div></div>")
        };
        let question = "My first telescope, a small reflector bought second hand, keeps losing focus \
            when the night gets cold, and I wonder whether the tube, the mirror cell or the eyepiece \
            is at fault, since all of them were cheap, old, and not cleaned in years, I suppose. \
            The finder is fine, the mount is steady, and the sky here is dark, so that is not it.";
        let html = format!(
            "<nav><a href=/>Forum</a> <a href=/new>New</a></nav><div class=thread>{}{}{}</div>\
             <footer>Powered by a forum engine</footer>",
            post("ann", question),
            post("bob", "It is the tube shrinking in the cold."),
            post("cy", "Let the scope cool down outside first."),
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.starts_with("My first telescope")), "{k:?}");
        assert!(k.iter().any(|t| t.starts_with("It is the tube")), "{k:?}");
        assert!(k.iter().any(|t| t.starts_with("Let the scope")), "{k:?}");
        assert!(!k.iter().any(|t| t.contains("Powered by")), "{k:?}");
    }

    #[test]
    fn a_landing_page_is_all_its_sections() {
        // bands made differently, each with more linked labels than sentences: no sibling rule
        // or climb reaches them all from the one long paragraph
        let labels = "<li><a href=/f>Fast</a></li><li><a href=/s>Simple</a></li>".repeat(10);
        let band = |n: usize, p: &str| {
            format!("<div class='band-{n}'><div class=col><ul>{labels}</ul><div class=copy><p>{p}</p></div></div></div>")
        };
        let lead = "Pick a route, book the tickets, share the plan with friends, pay once, \
            change the dates, cancel for free, keep the receipts, and travel with your phone or on paper, \
            in any country, with any carrier, at any hour, alone or together.";
        let rest = [
            "No subscription and no card on file for the trips you book with us",
            "Trains and buses come first with their emissions shown next to every option",
            "Our team answers by chat and phone in six languages every day of the year",
            "Groups of up to twelve travel on one booking with seats kept together",
        ];
        let bands: String = rest.iter().enumerate().map(|(i, p)| band(i, p)).collect();
        let html = format!(
            "<header><nav><a href=/>Home</a> <a href=/p>Pricing</a></nav></header><div class=page>\
             <div class=hero><p>{lead}</p></div>{bands}</div>\
             <footer><a href=/t>Terms</a> <a href=/c>Contact us today</a></footer>"
        );
        let k = kept(&html);
        for t in ["Pick a route", "No subscription", "Trains and buses", "Our team answers", "Groups of up"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {:?}", verdicts(&html));
        }
        assert!(!k.iter().any(|t| t.contains("Terms") || t.contains("Pricing")), "{k:?}");
    }

    #[test]
    fn a_wrapper_named_for_its_sidebar_is_not_navigation() {
        let html = format!(
            "<div class=notice><p>Welcome to our pages, where readers have met, since the early days, to talk about the city, its people, its parks, its trams, its food, its weather, its history, and, of course, its council, which meets, argues, and votes, every week.</p></div>\
             <div class='body-main body-main--withSidebar'><div class=col>{STORY}</div>\
             <div class=sidebar><a href=/a>Most read today</a></div></div>"
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.starts_with("The council voted")), "{:?}", verdicts(&html));
        assert!(!k.iter().any(|t| t.starts_with("Most read")), "{:?}", verdicts(&html));
    }

    #[test]
    fn a_thread_marked_as_comments_is_the_page() {
        let reply = |t: &str| format!("<li class=comment><div class=comment-body><p>{t}</p></div></li>");
        let html = format!(
            "<nav><a href=/>Forum</a> <a href=/n>New posts</a></nav><h1>Rust on an old bicycle chain</h1><div class=intro><p>Ask here about bikes, or <a href=/faq>read our guide for new riders first</a>.</p></div>\
             <ol class=comment-list>{}{}{}{}</ol><footer><a href=/rules>Rules</a></footer>",
            reply("My chain rusted over the winter, in a damp shed, and now it squeaks, skips, and leaves orange marks on everything."),
            reply("Soak it in degreaser overnight, scrub it with an old toothbrush, dry it well, and oil every link, one by one."),
            reply("Measure the stretch first, with a ruler or a gauge: a worn chain is cheaper to replace than the cassette it eats."),
            reply("Thanks, all of you: the soak worked, the squeak is gone, and the chain measured fine, so I kept it."),
        );
        let k = kept(&html);
        for t in ["My chain rusted", "Soak it in", "Measure the stretch"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {:?}", verdicts(&html));
        }
        assert!(!k.iter().any(|t| t.contains("Rules") || t.contains("New posts")), "{k:?}");
    }

    #[test]
    fn a_listing_is_its_items_with_their_headlines() {
        let item = |title: &str, blurb: &str| {
            format!("<div class=card><h3><a href=/s>{title}</a></h3><div class=teaser>{blurb}</div></div>")
        };
        let html = format!(
            "<nav><a href=/>Home</a> <a href=/science>Science</a></nav><h1>Science</h1>\
             <div class=intro><p>News, studies, and discoveries, from space to the sea floor, \
             written up by our science desk, every day, for curious readers.</p></div>\
             <div class=grid>{}{}{}</div>\
             <footer><a href=/about>About us</a></footer>",
            item("Left-handed players win more duels", "A study of fencers and tennis players finds an edge in one-on-one contests."),
            item("Sleep apnea often goes unnoticed", "Doctors now screen more often, after years of missed cases in women."),
            item("Bees count to four", "An experiment with sugar water and printed cards shows how far they go."),
        );
        let k = kept(&html);
        for t in ["Left-handed players", "Sleep apnea often", "Bees count", "Doctors now screen"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
        assert!(!k.iter().any(|t| t.contains("About us") || t.contains("Home")), "{k:?}");
    }

    /// A shop's category: a heading, one line of intro and tiles that are links, each a name and
    /// a price; the story is all of it, not the filters beside it or the menus.
    fn shop_category(head: &str, intro: &str) -> String {
        let tile = |name: &str, price: &str| {
            format!(
                "<div class=tile><a href=/p><div class=name><h4>{name}</h4></div>\
                 <div class=blurb>{name}: cut and waxed by hand</div>\
                 <div class=price>{price}</div></a></div>"
            )
        };
        let tiles: String = [
            ("Oak stool, waxed", "$ 49.00"),
            ("Pine bench for two", "$ 129.00"),
            ("Walnut side table", "$ 210.00"),
            ("Birch shelf, three boards", "$ 89.50"),
            ("Ash coat rack", "$ 64.00"),
            ("Cherry writing desk", "$ 640.00"),
            ("Maple rocking chair", "$ 380.00"),
            ("Elm chest with two drawers", "$ 455.00"),
            ("Beech stool for children", "$ 39.00"),
            ("Teak garden bench", "$ 520.00"),
            ("Alder nightstand", "$ 150.00"),
            ("Poplar toy box", "$ 75.00"),
        ]
        .iter()
        .map(|(n, p)| tile(n, p))
        .collect();
        format!(
            "<html><head>{head}</head><body><header><nav><a href=/>Home</a> <a href=/shop>Shop</a>\
             </nav></header><main><div class=top><h1>Wooden furniture</h1><p>{intro}</p></div>\
             <div class=row><aside><h4>Filter</h4><ul><li>Oak</li><li>Pine</li></ul></aside>\
             <div class=grid>{tiles}</div></div></main>\
             <footer><p>Questions? Write to the workshop.</p></footer></body></html>"
        )
    }

    #[test]
    fn a_short_page_of_tiles_is_its_tiles() {
        let k = kept(&shop_category("", "Made by hand in our workshop."));
        for t in ["Wooden furniture", "Oak stool, waxed", "$ 129.00", "Ash coat rack"] {
            assert!(k.iter().any(|k| k == t), "{t}: {k:?}");
        }
        for t in ["Home Shop", "Filter", "Pine", "Questions? Write to the workshop."] {
            assert!(!k.iter().any(|k| k == t), "{t}: {k:?}");
        }
    }

    #[test]
    fn a_short_story_is_not_widened_to_its_page() {
        // a page that says it is an article, and one with a paragraph written out, keep their story
        let says = shop_category(
            r#"<meta property="og:type" content="article">"#,
            "Made by hand in our workshop.",
        );
        let long = "The workshop opened in the spring, and since then every piece has been cut, \
                    sanded and waxed by the same three carpenters, who choose each board at the \
                    mill themselves and turn away wood that is not dry enough. Orders placed this \
                    week are sent within a month, wrapped in blankets, by a carrier who brings them \
                    into the house; the workshop pays for the return of anything that arrives \
                    scratched, and mends what breaks in the first ten years, or sends a new one; ask us for a sample of any wood before you order.";
        for html in [says, shop_category("", long)] {
            let k = kept(&html);
            assert!(k.iter().any(|k| k == "Wooden furniture"), "{k:?}");
            assert!(!k.iter().any(|k| k == "$ 129.00"), "{k:?}");
        }
    }

    #[test]
    fn a_landing_page_is_more_than_its_one_written_section() {
        let para = "Our carpenters choose every board at the mill, dry it for a year in the barn, \
                    and cut it by hand, so that each table, chair and shelf lasts for a lifetime.";
        let story: String = (0..5).map(|_| format!("<p>{para} {para} {para}</p>")).collect();
        // sections of short lines (under what scores as text), together twice the story
        let features: String = (0..8)
            .map(|s| {
                let items: String =
                    (0..30).map(|i| format!("<li>Part {s}, item {i:02}, free</li>")).collect();
                format!("<section class=feature-{s}><h3>Part {s}</h3><ul>{items}</ul></section>")
            })
            .collect();
        let html = format!(
            "<header><nav><a href=/>Home</a></nav></header><main><div class=about>\
             <h2>About the workshop</h2>{story}</div>{features}</main><footer>Write to us</footer>"
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.starts_with("Our carpenters")), "{k:?}");
        assert!(k.iter().any(|t| t == "Part 3"), "{k:?}");
        assert!(k.iter().any(|t| t == "Part 7, item 29, free"), "{k:?}");
        assert!(!k.iter().any(|t| t == "Home" || t == "Write to us"), "{k:?}");
    }

    #[test]
    fn reviews_under_a_product_are_not_its_text() {
        let review = |w: &str| {
            format!("<div class=review><p>{w}, and it arrived on time, well packed, as promised.</p></div>")
        };
        let html = format!(
            "<main><h1>Oak chair</h1><div class=description><p>A chair of solid oak, waxed by \
             hand, with a seat shaped for long dinners and legs joined without a single screw, \
             so that it stays firm for decades.</p><p>Each chair is signed by the carpenter who \
             made it, and we mend it for free for ten years.</p></div>\
             <div class=product-reviews><h2>What buyers say</h2>{}{}{}</div></main>",
            review("Sturdy and beautiful"),
            review("My second one"),
            review("Heavier than it looks"),
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.starts_with("A chair of solid oak")), "{k:?}");
        assert!(!k.iter().any(|t| t.starts_with("Sturdy")), "{k:?}");
    }

    #[test]
    fn what_peers_lose_stays() {
        let html = format!(
            "<header class=site-header><a href=/>Home</a> <a href=/news>News</a></header><main><article>\
             <h1>Council passes budget</h1><p class=teaser>A short lead without links.</p>{STORY}\
             <h2>What the budget pays for</h2><ul><li>New trams</li><li>Bus lanes</li></ul>\
             <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Trams</td><td>4 million</td></tr></table>\
             <figure><img src=x><figcaption>The council chamber on Tuesday.</figcaption></figure>\
             <p>It passed.</p></article></main>\
             <aside class=related><h3>Related</h3><a href=/1>Another story about buses and trams</a></aside>\
             <div class=newsletter>Get our newsletter every morning</div><footer>About us · Contact · Jobs</footer>"
        );
        let k = kept(&html);
        for want in [
            "Council passes budget",
            "A short lead without links.",
            "What the budget pays for",
            "New trams",
            "Bus lanes",
            "Item",
            "4 million",
            "The council chamber on Tuesday.",
            "It passed.",
        ] {
            assert!(k.iter().any(|t| t == want), "{want} dropped: {:?}", verdicts(&html));
        }
        for gone in [
            "Home News",
            "Related",
            "Another story about buses and trams",
            "Get our newsletter every morning",
            "About us · Contact · Jobs",
        ] {
            assert!(!k.iter().any(|t| t == gone), "{gone} kept: {:?}", verdicts(&html));
        }
    }

    /// Prose below the page that outweighs the story: about the site, the fine print.
    const FINE_PRINT: &str = "<footer><p>The Harbour Gazette is published by a cooperative of its readers, who elect its board every year, and who may, at any meeting, ask to see its accounts, its contracts, and the letters it receives from advertisers.</p>\
        <p>Deposits, loans and cards are offered by our partners, subject to approval, and the rates shown, which may change without notice, are those of the day on which the page was printed, not of the day on which you read it.</p>\
        <p>We keep the letters readers send us for a year, unless they ask us to delete them sooner, and we never sell them, lend them, or show them to anyone outside the newsroom, whatever the reason given.</p>\
        <p>Corrections are printed on the second page of the next issue, and online below the story they concern, with the date on which the error was found and the name of the editor who found it.</p></footer>";

    /// The story told again as its part `k`: its paragraphs end differently, so that no part
    /// copies another (a copied run of paragraphs is a repeat).
    fn story_part(k: usize) -> String {
        STORY.replace(".</p>", &format!(" (part {k}).</p>"))
    }

    /// Asserts that `n` copies of the story's "The mayor said" paragraph are kept and that no
    /// block starting with `gone` is.
    fn assert_story_kept(html: &str, n: usize, gone: &str) {
        let v = verdicts(html);
        let kept = v.iter().filter(|x| x.0.starts_with("The mayor said") && x.1.is_none()).count();
        assert_eq!(kept, n, "{v:?}");
        assert!(v.iter().all(|x| !x.0.starts_with(gone) || x.1.is_some()), "{v:?}");
    }

    #[test]
    fn a_section_named_as_navigation_holding_most_of_the_story_is_the_story() {
        // the main element holds a long menu and the story, the story in a wrapper whose class
        // word says navigation; the page's fine print outweighs the story
        let menu: String = (1..=250).map(|k| format!("<li><a href=/t{k}>Topic number {k}</a>")).collect();
        let story: String = (1..=5).map(|k| format!("<h2>Part {k}</h2>{}", story_part(k))).collect();
        let html = format!(
            "<main><h1>Money for the new year</h1><ul class=side-menu>{menu}</ul>\
             <div class=content-nav-section>{story}</div></main>{FINE_PRINT}{FINE_PRINT}{FINE_PRINT}{FINE_PRINT}"
        );
        assert_story_kept(&html, 5, "Topic number");
    }

    #[test]
    fn sections_named_alike_as_navigation_holding_the_story_are_the_story() {
        // each part of the story sits in its own small section whose class word says
        // navigation ("skip"); together they are the story, while a lone menu named so stays
        // furniture
        let parts: String = (1..=6)
            .map(|k| format!("<div class='skip-item{}'><h2>Part {k}</h2>{}</div>", if k % 2 == 0 { " shaded" } else { "" }, story_part(k)))
            .collect();
        let html = format!(
            "<article><h1>Money for the new year</h1>\
             <div class=skip-links><a href=#p1>Jump to part one</a> <a href=#p2>Jump to part two</a></div>\
             {parts}</article>"
        );
        assert_story_kept(&html, 6, "Jump to part");
    }

    #[test]
    fn a_header_section_around_the_written_story_is_the_story() {
        // a site builder wraps the post in a `header` section, and a list of answers follows
        // it; the page's own header of links stays furniture
        let story: String = (1..=4).map(story_part).collect();
        let menu: String = (1..=30).map(|k| format!("<li><a href=/m{k}>Menu entry number {k}</a>")).collect();
        let faq: String = (1..=8).map(|k| format!("<div class=answer><p>Question {k}: is the budget final? Yes, the council approved it on Tuesday, after a long debate, and it takes effect in January.</p></div>")).collect();
        let html = format!(
            "<div class=page><header class=site><a href=/>Home</a> <a href=/a>About</a><ul>{menu}</ul></header>\
             <div class=wrapper><header class=post-section><div class=container><h1>Money for the new year</h1>\
             <div class=rich-text>{story}</div></div></header>\
             <section class=faq><div class=container><h2>Questions</h2><div class=list>{faq}</div></div></section></div></div>"
        );
        assert_story_kept(&html, 4, "Menu entry");
    }

    #[test]
    fn a_navigation_word_inside_a_long_class_name_qualifies_it() {
        // "pane-header-alignment-left" says where a pane's header sits, not that the pane is a
        // header; "site-header" and "header-links" are headers
        let panes: String = (1..=3)
            .map(|k| format!("<div class=accordion><div class='acc-wrap acc-pane-header-alignment-left'><h3>Part {k}</h3>{}</div></div>", story_part(k)))
            .collect();
        let (s4, s5) = (story_part(4), story_part(5));
        let html = format!(
            "<div class=site-header><a href=/>Home</a> <a href=/news>News</a></div>\
             <article><h1>Money for the new year</h1>{s4}{s5}{panes}\
             <div class=header-links>Read the council's minutes and the budget in full.</div></article>"
        );
        let v = verdicts(&html);
        let kept = v.iter().filter(|x| x.0.starts_with("The mayor said") && x.1.is_none()).count();
        assert_eq!(kept, 5, "{v:?}");
        assert!(v.iter().any(|x| x.0.starts_with("Read the council") && x.1.is_some()), "{v:?}");
        assert!(v.iter().any(|x| x.0 == "Home News" && x.1.is_some()), "{v:?}");
    }

    #[test]
    fn furniture_inside_the_article_goes_with_its_reason() {
        let html = format!("<article>{STORY}<div class=share-buttons><a href=#>Facebook</a> <a href=#>X</a></div><div class=ad-slot>Advertisement</div><section id=comments><p>Great article, thanks for writing it, I agree with every word of it.</p></section></article>");
        let v = verdicts(&html);
        let reason = |t: &str| v.iter().find(|x| x.0 == t).map(|x| x.1);
        assert_eq!(reason("Facebook X"), Some(Some(Reason::Share)));
        assert_eq!(reason("Advertisement"), Some(Some(Reason::Advertisement)));
        assert_eq!(
            reason("Great article, thanks for writing it, I agree with every word of it."),
            Some(Some(Reason::Comments))
        );
    }

    #[test]
    fn a_wrapper_named_like_furniture_around_the_whole_story_is_not_furniture() {
        let html = format!("<div class='content-with-sidebar'><div class=body>{STORY}</div></div><div class=sidebar><a href=/x>Most read today</a></div>");
        assert_eq!(kept(&html).len(), 3, "{:?}", verdicts(&html));
    }

    #[test]
    fn the_story_wins_over_a_longer_comment_thread() {
        let comment = "<div class=comment><p>I have to disagree with this, the budget is far too large for a town of this size, and nobody asked us.</p></div>";
        let html =
            format!("<div class=story>{STORY}</div><div id=comments>{}</div>", comment.repeat(6));
        let k = kept(&html);
        assert!(k[0].starts_with("The council voted"), "{k:?}");
        assert!(!k.iter().any(|t| t.starts_with("I have to disagree")), "{k:?}");
    }

    #[test]
    fn paragraphs_beside_the_story_made_like_its_own_join_it() {
        let para = |t: &str| format!("<div class=body-paragraph>{t}</div>");
        let story: String =
            STORY.split("</p>").filter(|p| !p.is_empty()).map(|p| para(&p[3..])).collect();
        let videos = "<div class=strip><a href=/v>A video about something else entirely with a long title</a></div>".repeat(30);
        // a news page, as it says of itself
        let html = format!(
            "<meta property=og:type content=article><div class=page><div class=lead><p class=body-paragraph>The first paragraph sits apart from the rest, above a video player, as some pages do.</p></div>\
             {}<div class=other>A different kind of block, long enough to count as a paragraph, not made like the story.</div>{videos}<div class=read-all>{story}</div></div>",
            para("It was rather short.")
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.starts_with("The first paragraph")), "{:?}", verdicts(&html));
        assert!(k.iter().any(|t| t == "It was rather short."), "{:?}", verdicts(&html));
        assert!(!k.iter().any(|t| t.starts_with("A different kind")), "{:?}", verdicts(&html));
        assert!(!k.iter().any(|t| t.starts_with("A video")), "{:?}", verdicts(&html));
    }

    #[test]
    fn a_section_titled_as_related_is_related() {
        let other = "<article><p>Another post entirely, with its own long paragraph of text that goes on for a while, about other things.</p></article>";
        let html = format!("<div id=primary><article>{STORY}</article><article><h3 class=relatedposts-title>You may like</h3>{}</article></div>", other.repeat(4));
        let k = kept(&html);
        assert_eq!(k.len(), 3, "{:?}", verdicts(&html));
    }

    #[test]
    fn a_section_whose_heading_names_furniture_is_that_furniture() {
        let bio = "<div class=box><h2>About the Author</h2><p>Jane Roe is a senior writer who has covered city hall, the courts and the regional transport authority for many years.</p></div>";
        let html = format!("<article>{STORY}{bio}<h3>Related posts:</h3><ul><li><a href=/a>Another story</a></li></ul></article>");
        let k = kept(&html);
        assert_eq!(k.len(), 3, "{:?}", verdicts(&html));
    }

    #[test]
    fn a_furniture_title_in_another_language_or_case() {
        let bio = "<div class=box><h2>ÜBER DEN AUTOR</h2><p>Jane Roe ist Redakteurin und berichtet seit vielen Jahren über das Rathaus, die Gerichte und den Verkehrsverbund der Region.</p></div>";
        let html = format!("<article>{STORY}{bio}<div><h3>À propos de l’auteur</h3><p>Il écrit sur la ville.</p></div></article>");
        // the story's three paragraphs alone
        assert_eq!(kept(&html).len(), 3, "{:?}", verdicts(&html));
        for (t, _) in FURNITURE_TITLES {
            assert!(t.len() <= FURNITURE_TITLE_MAX_BYTES && t.to_lowercase() == *t, "{t}");
        }
    }

    #[test]
    fn a_utility_class_variant_names_no_furniture() {
        let p = |t: &str| format!("<p class=\"mx-auto print:break-inside-avoid\">{t}</p>");
        let html = format!(
            "<main><h1>Getting started</h1><p>{}</p>{}<h2>Install</h2>{}</main>",
            "This guide shows how to install the tool, set up a project and run the first build, step by step, on any system.",
            p("Each chapter has exercises that you can run on your own machine, and every answer is explained in the text that follows."),
            p("Install the package with your usual package manager, then run the setup command once, and the exercises will be ready to run.")
        );
        let k = kept(&html);
        assert_eq!(k.len(), 5, "{:?}", verdicts(&html));
    }

    #[test]
    fn links_inside_the_article() {
        let html = format!(
            "<article>{STORY}<p>The report was <a href=/r>published by the ministry on Monday</a>.</p><p><a href=http://x.example/a>http://x.example/a</a></p>\
             <ul><li><h4><a href=/o>Another headline somewhere else</a></h4></li></ul><h2><a href=/s>A linked section title</a></h2>\
             <div class=post-prev><a href=/p>Older post</a> and its teaser text</div></article>"
        );
        let v = verdicts(&html);
        let reason = |t: &str| v.iter().find(|x| x.0 == t).map(|x| x.1);
        assert_eq!(reason("The report was published by the ministry on Monday."), Some(None));
        assert_eq!(reason("http://x.example/a"), Some(None));
        assert_eq!(reason("A linked section title"), Some(None));
        assert_eq!(reason("Another headline somewhere else"), Some(Some(Reason::Navigation)));
        assert_eq!(reason("Older post and its teaser text"), Some(Some(Reason::Navigation)));
    }

    #[test]
    fn date_lines_inside_the_article_in_any_language() {
        let html = format!("<article><div>lunes, 22 de enero de 2018 a las 0:13</div><div>2018-08-16</div>{STORY}<p>2018.04.05 ~ open run</p><p>The vote is at 10:30 on May 5, 2019.</p></article>");
        let v = verdicts(&html);
        let reason = |t: &str| v.iter().find(|x| x.0 == t).map(|x| x.1);
        assert_eq!(reason("lunes, 22 de enero de 2018 a las 0:13"), Some(Some(Reason::Credit)));
        assert_eq!(reason("2018-08-16"), Some(Some(Reason::Credit)));
        assert_eq!(reason("2018.04.05 ~ open run"), Some(None));
        assert_eq!(reason("The vote is at 10:30 on May 5, 2019."), Some(None));
    }

    #[test]
    fn a_story_cut_into_cards_is_one_article() {
        let paras: Vec<&str> = STORY.split("</p>").filter(|p| !p.is_empty()).collect();
        let cards: String = paras
            .iter()
            .map(|p| format!("<div class=card><div class=card-content>{p}</p></div></div>"))
            .collect();
        let html = format!("<nav><a href=/>Home</a></nav><div id=article-body>{cards}</div>");
        assert_eq!(kept(&html).len(), 3, "{:?}", verdicts(&html));
    }

    #[test]
    fn a_listings_entries_keep_their_linked_titles() {
        let teasers = [
            "A new way to keep the garden watered through a dry summer, with less work.",
            "Why the river walk closed for a week, and what the council plans to do next.",
            "Five soups for cold evenings, each made from what the market sells in winter.",
        ];
        let posts: String = teasers
            .iter()
            .enumerate()
            .map(|(i, t)| {
                format!(
                    "<li class='post-{i} type-post status-publish tag-local'><h2><a href=/p{i}>\
                     Story number {i} of the week</a></h2><div class=excerpt><p>{t}</p></div></li>"
                )
            })
            .collect();
        let html = format!(
            "<header><nav><a href=/>Home</a></nav></header><div class=site><div class=promo>\
             <p>Sign up for our letter and never miss a story.</p></div><ul class=posts>{posts}\
             </ul></div>"
        );
        let k = kept(&html);
        for t in ["Story number 0 of the week", "Story number 2 of the week", teasers[1]] {
            assert!(k.iter().any(|k| k == t), "{t}: {k:?}");
        }
    }

    #[test]
    fn a_posts_taxonomy_classes_are_no_furniture() {
        let t = crate::html::parse::parse(
            "<li class='post-7 post type-post status-publish tag-news author-jane'>a</li>\
             <li class='hentry category-town tag-local'>b</li><li class='hentry tag'>c</li>\
             <li class='tag-cloud'>d</li>",
        );
        let items: Vec<u32> = (1..t.nodes.len() as u32).filter(|&i| t.tag(i) == "li").collect();
        let said: Vec<Option<Reason>> = items.iter().map(|&i| signal(&t, i).negative).collect();
        let nav = Some(Reason::Navigation);
        assert_eq!(said, vec![None, None, nav, nav]);
    }

    /// A blog's post (the page's one "hentry", grouped under a "date-outer" wrapper whose class
    /// word says credit) beside an archive of linked months that holds more text than the story:
    /// the story alone is the page, neither dropped as a credit nor widened to the archive.
    #[test]
    fn a_blogs_one_post_is_the_page_beside_its_archive() {
        let para = |k: usize| {
            format!(
                "<p>Note {k} on the garden: the beans came up late this year, after a cold spring, \
                 and the slugs took the first leaves, so we sowed again in June.</p>"
            )
        };
        let story: String = (0..16).map(para).collect();
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ];
        let archive: String = (2001..2026)
            .flat_map(|y| months.iter().map(move |m| format!("<li><a href=/{y}/{m}>{m} {y}</a> (3)</li>")))
            .collect();
        let html = format!(
            "<div id=outer><div class=header><h1><a href=/>Plot notes</a></h1></div>\
             <div class=columns><div class=main><div class=date-outer><h2 class=date-header>Monday, 8 September</h2>\
             <div class=date-posts><div class=\"post hentry\"><h3>Beans, late</h3><div class=post-body>{story}</div></div>\
             <div class=comments><h4>2 comments:</h4><p>Lovely garden, and good luck with the second sowing of the beans this summer.</p></div>\
             </div></div></div><div class=side><h2>Blog archive</h2><ul>{archive}</ul></div></div></div>"
        );
        let k = kept(&html);
        assert_eq!(k.iter().filter(|t| t.starts_with("Note ")).count(), 16, "{k:?}");
        assert!(!k.iter().any(|t| t.contains("March 2010") || t.contains("Blog archive")), "{k:?}");
    }

    /// A blog groups its posts by day in wrappers named for their date ("date-outer"): a class
    /// word of a credit, but a wrapper holding most of the page's sentences is no byline.
    #[test]
    fn a_wrapper_named_for_its_date_around_the_story_is_the_story() {
        let html = format!(
            "<meta property=og:type content=article><div class=date-outer><h2 class=date-header>Tuesday</h2><div class=post-body>{STORY}</div></div>\
             <div class=visit><p>Our office in the old mill by the river opens at nine and closes at five, every day of the week but the last one.</p>\
             <p>Our readers may call in to see the archive of the paper, which goes back to the year 1901 and fills the whole cellar.</p></div>"
        );
        assert_story_kept(&html, 1, "Tuesday");
    }

    /// A landing page writing its section twice, once for wide and once for narrow screens:
    /// the copy (two paragraphs in the order of the first) is a repeat; a paragraph repeated
    /// alone between different ones (a question asked of each guest) stays.
    #[test]
    fn a_section_written_twice_is_kept_once() {
        let section = "<div class=slide><h3>Ferry tickets</h3><p>Our crossings leave the harbour every hour from six in the morning, \
            and the last boat back sails just before midnight in summer.</p><p>Children under five travel free, \
            and a family ticket covers two adults and up to three children on any crossing of the day.</p></div>";
        let guest = |name: &str, answer: &str| {
            format!("<h3>{name}</h3><p>What did you like best about the island, and what would you change if you could change one thing?</p><p>{answer}</p>")
        };
        let html = format!(
            "<main><div class=desktop>{section}</div><div class=mobile>{section}</div>\
             {}{}</main>",
            guest("Ann", "The cliffs on the north side, where we walked every morning; I would add a later bus back to the harbour."),
            guest("Tom", "The little bakery by the church, whose bread was gone by nine; I would give it a second oven, if only I could.")
        );
        let k = kept(&html);
        assert_eq!(k.iter().filter(|t| t.starts_with("Our crossings")).count(), 1, "{k:?}");
        assert_eq!(k.iter().filter(|t| t.starts_with("Children under five")).count(), 1, "{k:?}");
        assert_eq!(k.iter().filter(|t| t.starts_with("What did you like")).count(), 2, "{k:?}");
    }

    /// A column of other posts' cards: a linked title and a written excerpt each.
    fn teaser_column(n: usize, tag: &str) -> String {
        let card = |i: usize| {
            format!(
                "<{tag} class=card><div class=card-text><h3><a href=/p{i}>Other story number {i}</a></h3>\
                 <p>Another post about the town, with its own long excerpt that runs on for a while, \
                 telling what happened at the market and the school on day {i} of the month.</p></div></{tag}>"
            )
        };
        format!("<div class=column><h2>Latest news</h2>{}</div>", (0..n).map(card).collect::<String>())
    }

    /// The kept blocks of a page whose story (`story`'s paragraphs) stands beside a column of
    /// `n` teasers made as `tag` elements: the story is kept, the teasers are not.
    fn story_beside_teasers(story: &str, n: usize, tag: &str, first: &str) {
        let column = teaser_column(n, tag);
        let html = format!(
            "<div class=page><div class=main><div class=story>{story}</div></div>{column}</div>"
        );
        let k = kept(&html);
        assert!(k.iter().any(|t| t.starts_with(first)), "{k:?}");
        assert!(!k.iter().any(|t| t.starts_with("Another post about")), "{k:?}");
        assert!(!k.iter().any(|t| t.starts_with("Other story number")), "{k:?}");
    }

    #[test]
    fn other_posts_teasers_do_not_carry_the_story_up() {
        // the page's wrapper holds the story and a column of teasers: without the teasers'
        // text it holds no more good text than the story, so the story stays the region
        let story: String =
            (0..3).map(|i| STORY.replace("</p>", &format!(" Part {i}.</p>"))).collect();
        story_beside_teasers(&story, 4, "div", "The council voted");
    }

    #[test]
    fn other_posts_teasers_are_not_the_page_to_widen_to() {
        // a long story (long paragraphs: not widened as a short one) beside a longer column of
        // teasers made as `article` elements (no climb past them): the region does not widen
        // to the page to take them in
        let text = STORY.replace("<p>", "").replace("</p>", " ");
        let story: String = (0..3).map(|i| format!("<p>Part {i}. {text}{text}</p>")).collect();
        story_beside_teasers(&story, 20, "article", "Part 0. The council voted");
    }

    #[test]
    fn an_accordion_of_linked_questions_is_no_teaser_column() {
        let item = |i: usize| {
            format!(
                "<div class=accordion-item><div class=q-body><h3><a href=#a{i}>Question number {i}?</a></h3>\
                 <p>The answer to this question is written out here in a full sentence or two, \
                 with enough words to count as written text on day {i} of the month.</p></div></div>"
            )
        };
        let items: String = (0..4).map(item).collect();
        assert!(teaser_of(&format!("<div class=faq>{items}</div>")) == 0.0);
        let cards = teaser_column(4, "div");
        assert!(teaser_of(&cards) > 0.0);
    }

    /// A page builder's "advanced heading" blocks ("kt-adv-heading12_ab34") open the sections
    /// of a service page: "adv" there is no advert, and the sections stay the page's text.
    #[test]
    fn an_advanced_heading_is_no_advert() {
        let section = |k: usize, topic: &str| {
            format!(
                "<div class=row-layout><h2 class='kt-adv-heading12_ab{k}'>{topic}</h2>\
                 <p class='kt-adv-heading12_cd{k}'>Our technicians service {topic} in gyms, \
                 hotels and schools, with parts in stock and a visit within two working days of \
                 your call, whatever the make or the age of the machine.</p>\
                 <ul><li>Belts</li><li>Motors</li><li>Consoles</li></ul></div>"
            )
        };
        let body: String = ["treadmills", "exercise bikes"]
            .iter()
            .enumerate()
            .map(|(k, t)| section(k, t))
            .collect();
        let html = format!(
            "<header><nav><a href=/>Home</a> <a href=/services>Services</a></nav></header>\
             <main><div class=entry-content>{body}</div></main><footer>Fitfix Ltd</footer>"
        );
        let k = kept(&html);
        for t in ["treadmills", "exercise bikes", "Our technicians service exercise bikes"] {
            assert!(k.iter().any(|k| k.starts_with(t)), "{t}: {k:?}");
        }
    }

    /// The teaser text `teaser_good` finds on a page.
    fn teaser_of(html: &str) -> f32 {
        let p = page_from_html(html);
        let signals: Vec<Signal> = (0..p.tree.nodes.len() as u32).map(|i| signal(&p.tree, i)).collect();
        let (under, _, _) = good_text(&p, &signals);
        teaser_good(&p, &subtree_totals(&p), &under)[0]
    }
}
