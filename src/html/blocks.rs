//! The block model of an HTML page, built from a [`Tree`] (whichever source filled it).
//!
//! A block is the text between two block-level boundaries (a `p`, `li`, `h2`, `td`, `div`, a `br`,
//! …), whitespace collapsed as a browser renders it. It keeps what classification needs: its
//! container element (whose ancestors give the tag path and the class/id/role tokens), its length,
//! the share of it inside links, its word and stop-word counts, its heading level and whether it
//! sits in a list, a table, a figure caption, a quotation or preformatted text.
//!
//! The page's text is the blocks' texts joined with "\n\n"; block spans are byte ranges into it.
//! Subtrees that are not shown or not text (`script`, `style`, `svg`, `select`, `button`, `hidden`,
//! `display:none`, …) are skipped. The walk is a loop over the arena, never a recursion.

use super::rules;
use super::tree::{is_dropped, Data, Tree, NONE};

/// One block of the page.
#[derive(Clone, Debug, PartialEq)]
pub struct HtmlBlock {
    /// Byte range in [`Page::text`].
    pub start: usize,
    pub end: usize,
    /// The innermost block-level element holding the text.
    pub elem: u32,
    /// Characters (not bytes) of the text, and of those inside links.
    pub chars: usize,
    pub link_chars: usize,
    /// Words (letter/digit runs; a CJK character counts as a word) and stop words among them.
    pub words: usize,
    pub stop_words: usize,
    /// Commas (any script), a rough count of clauses.
    pub commas: usize,
    /// 1–6 inside `h1`…`h6`, else 0.
    pub heading: u8,
    pub in_list: bool,
    pub in_table: bool,
    pub in_caption: bool,
    pub in_quote: bool,
    pub in_pre: bool,
}

impl HtmlBlock {
    /// Share of the text inside links, 0–1.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// A page: its tree, its text and its blocks.
pub struct Page {
    pub tree: Tree,
    pub text: String,
    pub blocks: Vec<HtmlBlock>,
}

/// The tag path of an element: `tag.class#id` from the outermost element down, joined with '>'.
pub fn tag_path(tree: &Tree, id: u32) -> String {
    let mut parts = Vec::new();
    let mut e = id;
    while e != NONE && e != 0 {
        let mut s = tree.tag(e).to_string();
        if let Some(a) = tree.attrs(e) {
            for c in a.class.split_whitespace() {
                s.push('.');
                s.push_str(c);
            }
            if !a.id.is_empty() {
                s.push('#');
                s.push_str(&a.id);
            }
            if !a.role.is_empty() {
                s.push_str(&format!("[role={}]", a.role));
            }
        }
        parts.push(s);
        e = tree.nodes[e as usize].parent;
    }
    parts.reverse();
    parts.join(">")
}

/// Elements whose text runs on inside the surrounding block. Custom elements (a hyphen in the
/// name, "<source-note>") are inline too, as browsers show unknown elements by default.
pub fn is_inline(tag: &str) -> bool {
    tag.contains('-')
        || matches!(
            tag,
            "a" | "abbr"
                | "acronym"
                | "b"
                | "bdi"
                | "bdo"
                | "big"
                | "cite"
                | "code"
                | "data"
                | "del"
                | "dfn"
                | "em"
                | "font"
                | "i"
                | "img"
                | "ins"
                | "kbd"
                | "label"
                | "mark"
                | "nobr"
                | "q"
                | "s"
                | "samp"
                | "small"
                | "span"
                | "strike"
                | "strong"
                | "sub"
                | "sup"
                | "time"
                | "tt"
                | "u"
                | "var"
                | "wbr"
                | "#document"
        )
}

/// Whether an element and its subtree are skipped.
pub fn skipped(tree: &Tree, id: u32) -> bool {
    skipped_when(tree, id, false)
}

/// The same; `reveal` keeps hidden elements (a page that shows its text only by script).
fn skipped_when(tree: &Tree, id: u32, reveal: bool) -> bool {
    match &tree.nodes[id as usize].data {
        Data::Element { tag, attrs } => {
            is_dropped(tag)
                || (attrs.hidden && !reveal && !rules::is_streamed_segment(&attrs.id))
                || rules::is_screen_reader_only(&attrs.class)
                || rules::is_popup_body(&attrs.class)
        }
        Data::Text { .. } => false,
    }
}

/// The ASCII characters that are white space (`char::is_whitespace`).
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// What the walk knows about the open elements.
#[derive(Clone, Copy, Default)]
struct Ctx {
    block: u32,
    links: u32,
    heading: u8,
    list: bool,
    table: bool,
    caption: bool,
    quote: bool,
    pre: bool,
}

struct Builder {
    text: String,
    blocks: Vec<HtmlBlock>,
    cur: Option<HtmlBlock>,
    /// The last character written was a space (or nothing was written to this block yet).
    space: bool,
}

impl Builder {
    fn flush(&mut self) {
        if let Some(mut b) = self.cur.take() {
            while self.text.ends_with(' ') {
                self.text.pop();
                b.chars -= 1;
            }
            b.end = self.text.len();
            if b.end > b.start {
                self.blocks.push(b);
            } else {
                self.text.truncate(b.start.saturating_sub(2));
            }
        }
    }

    /// Opens a block for the text of `ctx` when none is open.
    fn open(&mut self, ctx: &Ctx) {
        if self.cur.is_none() {
            if !self.text.is_empty() {
                self.text.push_str("\n\n");
            }
            self.cur = Some(HtmlBlock {
                start: self.text.len(),
                end: self.text.len(),
                elem: ctx.block,
                chars: 0,
                link_chars: 0,
                words: 0,
                stop_words: 0,
                commas: 0,
                heading: ctx.heading,
                in_list: ctx.list,
                in_table: ctx.table,
                in_caption: ctx.caption,
                in_quote: ctx.quote,
                in_pre: ctx.pre,
            });
        }
    }

    /// Writes a text node's characters; returns whether any of them was more than white space.
    /// A run of printable ASCII (no space) is copied at once; other characters one by one.
    fn push_text(&mut self, s: &str, ctx: &Ctx) -> bool {
        let mut wrote = false;
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let run = bytes[i..].iter().take_while(|c| c.is_ascii_graphic()).count();
            if run > 0 {
                self.open(ctx);
                let part = &s[i..i + run];
                self.text.push_str(part);
                self.space = false;
                wrote = true;
                let b = self.cur.as_mut().expect("open block");
                b.chars += run;
                if ctx.links > 0 {
                    b.link_chars += run;
                }
                b.commas += part.bytes().filter(|&c| c == b',').count();
                i += run;
                continue;
            }
            // a run of ASCII white space outside `pre`: one space at most
            let gap = if ctx.pre { 0 } else { bytes[i..].iter().take_while(|c| is_ascii_space(**c)).count() };
            if gap > 0 {
                if let Some(b) = self.cur.as_mut().filter(|_| !self.space) {
                    self.text.push(' ');
                    self.space = true;
                    b.chars += 1;
                    if ctx.links > 0 {
                        b.link_chars += 1;
                    }
                }
                i += gap;
                continue;
            }
            let c = s[i..].chars().next().expect("a character");
            i += c.len_utf8();
            // invisible format characters (zero-width space, BOM) count as spaces
            let space_like = c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}');
            let ws = space_like && !(ctx.pre && c == '\n');
            if ws && self.space {
                continue;
            }
            if self.cur.is_none() && space_like {
                continue;
            }
            self.open(ctx);
            let b = self.cur.as_mut().expect("open block");
            wrote |= !space_like;
            let c = if ws { ' ' } else { c };
            self.text.push(c);
            self.space = c == ' ' || c == '\n';
            b.chars += 1;
            if ctx.links > 0 {
                b.link_chars += 1;
            }
            if matches!(c, ',' | '，' | '、' | '،') {
                b.commas += 1;
            }
        }
        wrote
    }
}

/// Builds the page's blocks and text from a tree.
pub fn build_page(tree: Tree) -> Page {
    build(tree, None, false)
}

/// The same, keeping the subtrees marked hidden: for a page whose script would reveal them
/// (streamed server rendering parks its text in hidden containers).
pub fn build_page_revealed(tree: Tree) -> Page {
    build(tree, None, true)
}

/// The same, and for each tree node the block its text feeds (indexed by node id: the index into
/// [`Page::blocks`] for a text node with more than white space in a block, else [`NONE`]). A text
/// node feeds at most one block: blocks only break at elements. The DOM walker uses it to tell
/// which of the page's text nodes lie in which block.
pub fn build_page_with_sources(tree: Tree) -> (Page, Vec<u32>) {
    let mut sources = vec![NONE; tree.nodes.len()];
    let page = build(tree, Some(&mut sources), false);
    (page, sources)
}

fn build(tree: Tree, sources: Option<&mut Vec<u32>>, reveal: bool) -> Page {
    count_words(build_uncounted(tree, sources, reveal))
}

/// A page from a tree as [`build_page`] builds it, but with no word counts yet: for a page that may
/// be thrown away ([`count_words`] fills them in).
pub(crate) fn build_page_uncounted(tree: Tree) -> Page {
    build_uncounted(tree, None, false)
}

fn build_uncounted(tree: Tree, mut sources: Option<&mut Vec<u32>>, reveal: bool) -> Page {
    let mut bd = Builder { text: String::new(), blocks: Vec::new(), cur: None, space: true };
    // contexts of the open elements, pushed on entering and popped on leaving
    let mut stack: Vec<Ctx> = vec![Ctx { block: 0, ..Ctx::default() }];
    let mut id = tree.nodes[0].first_child;
    while id != NONE {
        let node = &tree.nodes[id as usize];
        let mut descend = false;
        match &node.data {
            Data::Text { start, end } => {
                let ctx = *stack.last().expect("root context");
                let wrote = bd.push_text(&tree.text[*start as usize..*end as usize], &ctx);
                if let (true, Some(src)) = (wrote, sources.as_deref_mut()) {
                    // the open block is pushed at the next flush, as the next one
                    src[id as usize] = bd.blocks.len() as u32;
                }
            }
            Data::Element { tag, .. } => {
                let tag: &str = tag;
                if tag == "br" || tag == "hr" {
                    bd.flush();
                    bd.space = true;
                } else if !skipped_when(&tree, id, reveal) {
                    let mut ctx = *stack.last().expect("root context");
                    if !is_inline(tag) {
                        bd.flush();
                        bd.space = true;
                        ctx.block = id;
                    }
                    match tag {
                        "a" => ctx.links += 1,
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                            ctx.heading = tag.as_bytes()[1] - b'0'
                        }
                        "li" | "dd" | "dt" => ctx.list = true,
                        "td" | "th" => ctx.table = true,
                        "figcaption" | "caption" => ctx.caption = true,
                        "blockquote" | "q" => ctx.quote = true,
                        "pre" => ctx.pre = true,
                        _ => {}
                    }
                    if let Some(a) = tree.attrs(id) {
                        ctx.caption |= rules::is_caption_class(&a.class);
                    }
                    if node.first_child != NONE {
                        stack.push(ctx);
                        descend = true;
                    } else if !is_inline(tag) {
                        bd.flush();
                    }
                }
            }
        }
        if descend {
            id = node.first_child;
            continue;
        }
        // next sibling, or climb (closing elements) until one has a next sibling
        let mut cur = id;
        loop {
            let nd = &tree.nodes[cur as usize];
            if nd.next != NONE {
                id = nd.next;
                break;
            }
            let parent = nd.parent;
            if parent == 0 || parent == NONE {
                id = NONE;
                break;
            }
            stack.pop();
            if !is_inline(tree.tag(parent)) {
                bd.flush();
                bd.space = true;
            }
            cur = parent;
        }
    }
    bd.flush();
    let Builder { text, blocks, .. } = bd;
    Page { tree, text, blocks }
}

/// Sets the blocks' word and stop-word counts (left at 0 by [`build_uncounted`]).
pub(crate) fn count_words(mut page: Page) -> Page {
    for b in &mut page.blocks {
        let (w, s) = rules::count_words(&page.text[b.start..b.end]);
        b.words = w;
        b.stop_words = s;
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::parse::parse;

    fn texts(html: &str) -> Vec<String> {
        let p = build_page(parse(html));
        p.blocks.iter().map(|b| p.text[b.start..b.end].to_string()).collect()
    }

    #[test]
    fn blocks_split_at_block_elements_and_br() {
        assert_eq!(texts("<div>One <b>bold</b>\n  word<p>Two</p>three<br>four<ul><li>a</li><li> b </li></ul></div>"), vec!["One bold word", "Two", "three", "four", "a", "b"]);
    }

    #[test]
    fn text_is_blocks_joined_with_blank_lines() {
        let p = build_page(parse("<h1>Title</h1><p>Body &amp; more.</p><script>no</script><nav hidden>x</nav><p style='display:none'>y</p>"));
        assert_eq!(p.text, "Title\n\nBody & more.");
        assert_eq!(p.blocks[0].heading, 1);
        assert_eq!((p.blocks[1].start, p.blocks[1].end), (7, 19));
    }

    #[test]
    fn link_share_and_membership() {
        let p = build_page(parse("<ul><li><a href=1>Home</a> page</li></ul><table><tr><td>cell</td></tr></table><figure><img><figcaption>Cap</figcaption></figure>"));
        assert_eq!(p.blocks[0].link_chars, 4);
        assert!(p.blocks[0].in_list && p.blocks[1].in_table && p.blocks[2].in_caption);
    }

    #[test]
    fn ascii_white_space_is_what_char_calls_white_space() {
        assert!((0u8..128).all(|c| is_ascii_space(c) == (c as char).is_whitespace()));
        let p = build_page(parse("<p> \x0b a \t\r\n <a href=/>b ,c</a>\u{a0} \u{200b}d\x0c</p><pre> x\n\n y </pre>"));
        assert_eq!(p.text, "a b ,c d\n\nx\n\ny");
        assert_eq!((p.blocks[0].chars, p.blocks[0].link_chars, p.blocks[0].commas), (8, 4, 1));
    }

    #[test]
    fn custom_elements_run_on_inside_their_block() {
        assert_eq!(
            texts("<p>Found in a study (<source-note kind=a><a href=/s>2</a></source-note>).</p>"),
            vec!["Found in a study (2)."]
        );
    }

    #[test]
    fn screen_reader_text_is_not_page_text() {
        assert_eq!(texts("<figcaption><span class=off-screen>Image caption</span> The harbour at dawn</figcaption><a href=/s><span class=sr-only>Share on</span> X</a>"), vec!["The harbour at dawn", "X"]);
    }

    #[test]
    fn a_modifier_hiding_a_label_does_not_hide_the_field() {
        // "field--label-visually-hidden": the field's label is hidden, its body is shown
        let html = "<div class='field field--label-visually_hidden'><div class=visually-hidden>Body</div><p>The garden needs sun.</p></div>\
            <div class='u--visually-hidden'>Skip to the story</div><div class=at4-visually-hidden>Share</div>";
        assert_eq!(texts(html), vec!["The garden needs sun."]);
    }

    #[test]
    fn hover_card_bodies_are_not_page_text() {
        let html = "<p>Rep. <span class=rollover-people><a href=/p>Jane Roe</a><span class=rollover-people-block><a href=/1>Another story</a> <a href=/2>More</a></span></span> (D) spoke.</p>\
            <p>A <span class=tooltip>term<span class=tooltip-text>what the term means</span></span> here.</p>";
        assert_eq!(texts(html), vec!["Rep. Jane Roe (D) spoke.", "A term here."]);
    }

    #[test]
    fn sources_name_the_block_each_text_node_feeds() {
        let html = "<nav><a href=/>Home</a> <a href=/w>World</a></nav><p>One <b>bold</b> word</p> <p>Two</p>";
        let tree = parse(html);
        let (page, src) = build_page_with_sources(tree);
        let mut fed: Vec<(String, u32)> = Vec::new();
        for (id, n) in page.tree.nodes.iter().enumerate() {
            if let Data::Text { start, end } = n.data {
                fed.push((page.tree.text[start as usize..end as usize].to_string(), src[id]));
            }
        }
        assert_eq!(
            fed,
            vec![
                ("Home".into(), 0),
                (" ".into(), NONE),
                ("World".into(), 0),
                ("One ".into(), 1),
                ("bold".into(), 1),
                (" word".into(), 1),
                (" ".into(), NONE),
                ("Two".into(), 2)
            ]
        );
        assert_eq!(page.blocks, build_page(parse(html)).blocks);
    }

    #[test]
    fn deep_trees_walk_without_recursion() {
        let n = 100_000;
        let html = "<div><span>".repeat(n / 2) + "deep" + &"</span></div>".repeat(n / 2);
        assert_eq!(texts(&html), vec!["deep"]);
    }
}
