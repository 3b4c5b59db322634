//! An HTML string to a [`Tree`]: a small, forgiving tokenizer (after the WHATWG states that matter
//! for text: tags, attributes, comments, doctype, raw text of `script`/`style`, character
//! references) and a tree builder of its own that handles void elements, implied end tags (`p`, `li`,
//! `dt`/`dd`, `td`/`th`, `tr`, `option`, headings, `a` unless a block lies between the two links)
//! and misnesting (an end tag closes up to the nearest open element of its name within scope; a
//! stray end tag is ignored).
//!
//! Linear in the input: an end tag with no open element of its name is rejected by a counter
//! without looking at the stack, and the search for one that is open is bounded by
//! [`MAX_END_TAG_SCAN`]. Nothing recurses.
//!
//! ```
//! use article_annotator::html::parse::parse;
//! let t = parse("<p>Tom &amp; Jerry<p>Two<script>x<y</script>");
//! assert_eq!(t.text, "Tom & JerryTwo");
//! ```

use super::entities::decode_into;
use super::tree::{is_void, Attrs, FnvMap, Tree, KEPT_ATTRS};

/// How many open elements an end tag looks through for its start tag (misnesting deeper than this
/// is ignored, which keeps adversarial pages linear).
pub const MAX_END_TAG_SCAN: usize = 512;

/// Elements whose content is raw text up to their end tag (never markup). `noscript` is raw text in
/// a page with scripting on; its content is dropped in every source.
fn is_raw_text(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "textarea"
            | "title"
            | "plaintext"
    )
}

/// Start tags that close an open `p`.
fn closes_p(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "ul"
            | "li"
            | "dd"
            | "dt"
            | "listing"
    )
}

/// Elements that bound the search of an end tag (the "scope" of the WHATWG parser).
fn is_scope_boundary(tag: &str) -> bool {
    matches!(
        tag,
        "table"
            | "td"
            | "th"
            | "caption"
            | "html"
            | "template"
            | "object"
            | "marquee"
            | "applet"
            | "foreignobject"
            | "desc"
    )
}

/// HTML start tags that end foreign content (an `svg` or `math` left open): a browser pops the
/// foreign elements and reads the tag as HTML.
fn breaks_out_of_foreign(tag: &str) -> bool {
    is_heading(tag)
        || matches!(
            tag,
            "b" | "big"
                | "blockquote"
                | "br"
                | "center"
                | "code"
                | "dd"
                | "div"
                | "dl"
                | "dt"
                | "em"
                | "embed"
                | "hr"
                | "i"
                | "img"
                | "li"
                | "listing"
                | "menu"
                | "meta"
                | "nobr"
                | "ol"
                | "p"
                | "pre"
                | "ruby"
                | "s"
                | "small"
                | "span"
                | "strong"
                | "strike"
                | "sub"
                | "sup"
                | "table"
                | "tt"
                | "u"
                | "ul"
                | "var"
        )
}

/// Whether open element `t` bounds the search for an open `target`.
fn bounds(target: &str, t: &str) -> bool {
    match target {
        "table" => matches!(t, "html" | "template"),
        "tbody" | "thead" | "tfoot" | "tr" | "caption" | "colgroup" => {
            matches!(t, "table" | "html" | "template")
        }
        _ => is_scope_boundary(t),
    }
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The tree builder's state: the open elements and how many of each tag are open.
struct Builder {
    tree: Tree,
    stack: Vec<u32>,
    open: FnvMap<Box<str>, usize>,
    foreign: usize,
    scratch: String,
}

impl Builder {
    fn current(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    fn pop(&mut self) {
        if let Some(id) = self.stack.pop() {
            let tag = self.tree.tag(id);
            if matches!(tag, "svg" | "math") {
                self.foreign -= 1;
            }
            if let Some(c) = self.open.get_mut(tag) {
                *c -= 1;
            }
        }
    }

    fn count(&self, tag: &str) -> usize {
        self.open.get(tag).copied().unwrap_or(0)
    }

    /// Pops up to and including the nearest open `tag`, when it is within scope (stopping at
    /// `stop` tags and scope boundaries). Returns whether it was found.
    fn close(&mut self, tag: &str, stop: fn(&str) -> bool) -> bool {
        if self.count(tag) == 0 {
            return false;
        }
        let mut found = None;
        for (k, &id) in self.stack.iter().enumerate().rev().take(MAX_END_TAG_SCAN) {
            let t = self.tree.tag(id);
            if t == tag {
                found = Some(k);
                break;
            }
            if bounds(tag, t) || stop(t) {
                break;
            }
        }
        match found {
            Some(k) => {
                while self.stack.len() > k {
                    self.pop();
                }
                true
            }
            None => false,
        }
    }

    /// Closes an open cell of the current row.
    fn close_cells(&mut self) {
        if !self.close("td", |t| t == "tr") {
            self.close("th", |t| t == "tr");
        }
    }

    fn start(&mut self, tag: &str, attrs: Attrs, self_closing: bool) {
        if matches!(tag, "html" | "head" | "body") {
            return;
        }
        // an HTML tag inside an `svg` left open ends it (not inside a `foreignObject`, whose
        // content is HTML)
        if self.foreign > 0 && breaks_out_of_foreign(tag) && self.count("foreignobject") == 0 {
            while self.foreign > 0 && !self.stack.is_empty() {
                self.pop();
            }
        }
        if self.foreign == 0 {
            if closes_p(tag) {
                self.close("p", |t| t == "button");
            }
            match tag {
                "li" => {
                    self.close("li", |t| matches!(t, "ul" | "ol" | "menu"));
                }
                "dd" | "dt" if !self.close("dd", |t| t == "dl") => {
                    self.close("dt", |t| t == "dl");
                }
                "td" | "th" => self.close_cells(),
                "tr" => {
                    self.close_cells();
                    self.close("tr", |t| matches!(t, "tbody" | "thead" | "tfoot"));
                }
                "tbody" | "thead" | "tfoot" => {
                    self.close_cells();
                    self.close("tr", |t| matches!(t, "tbody" | "thead" | "tfoot"));
                    for t in ["tbody", "thead", "tfoot"] {
                        self.close(t, |_| false);
                    }
                }
                "option" => {
                    self.close("option", |t| t == "select");
                }
                "a" => {
                    // a link opened inside a block inside a link (a card's link holding its
                    // company's link) leaves the blocks open, as the adoption agency does
                    self.close("a", closes_p);
                }
                _ if is_heading(tag) && is_heading(self.tree.tag(self.current())) => self.pop(),
                _ => {}
            }
        }
        let parent = self.current();
        let id = self.tree.add_element(parent, tag, attrs);
        if is_void(tag) || (self_closing && self.foreign > 0) {
            return;
        }
        self.stack.push(id);
        if matches!(tag, "svg" | "math") {
            self.foreign += 1;
        }
        match self.open.get_mut(tag) {
            Some(c) => *c += 1,
            None => {
                self.open.insert(tag.into(), 1);
            }
        }
    }

    fn end(&mut self, tag: &str) {
        match tag {
            "html" | "head" | "body" => {}
            "br" => self.start("br", Attrs::default(), false),
            "li" => {
                self.close("li", |t| matches!(t, "ul" | "ol" | "menu"));
            }
            _ if is_heading(tag) => {
                // any open heading closes any heading
                for h in ["h1", "h2", "h3", "h4", "h5", "h6"] {
                    if self.close(h, |_| false) {
                        break;
                    }
                }
            }
            "p" => {
                self.close("p", |t| t == "button");
            }
            _ => {
                self.close(tag, |_| false);
            }
        }
    }

    fn text(&mut self, raw: &str) {
        self.scratch.clear();
        decode_into(raw, &mut self.scratch);
        let parent = self.current();
        let s = std::mem::take(&mut self.scratch);
        self.tree.add_text(parent, &s);
        self.scratch = s;
    }
}

/// Parses an HTML document (or fragment) into a tree.
pub fn parse(html: &str) -> Tree {
    // the input stream's newlines are normalised first, as browsers do
    let normalised;
    let html = if html.contains('\r') {
        normalised = html.replace("\r\n", "\n").replace('\r', "\n");
        normalised.as_str()
    } else {
        html
    };
    let mut b = Builder {
        tree: Tree::new(),
        stack: Vec::new(),
        open: FnvMap::default(),
        foreign: 0,
        scratch: String::new(),
    };
    let bytes = html.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut text_start = 0;
    while i < n {
        let Some(k) = bytes[i..].iter().position(|&c| c == b'<') else { break };
        let lt = i + k;
        let next = bytes.get(lt + 1).copied().unwrap_or(0);
        // what the '<' opens, and where the markup ends
        let markup_end;
        if next.is_ascii_alphabetic() {
            let tag = read_tag(html, lt + 1);
            flush_text(&mut b, html, text_start, lt);
            let name = tag.name.to_ascii_lowercase();
            markup_end = tag.end;
            if name == "meta" {
                b.tree.meta.add_meta_tag(&tag.meta[0], &tag.meta[1]);
            }
            let script_type = if name == "script" { tag.meta[2].clone() } else { String::new() };
            b.start(&name, tag.attrs, tag.self_closing);
            if is_raw_text(&name) && b.foreign == 0 {
                // skip to the matching end tag; the content is not text of the page
                let close =
                    if name == "plaintext" { None } else { find_end_tag(bytes, markup_end, &name) };
                match close {
                    Some((s, e)) => {
                        if !script_type.is_empty() {
                            b.tree.meta.add_script(&script_type, &html[markup_end.min(s)..s]);
                        }
                        b.end(&name);
                        i = e;
                    }
                    None => {
                        b.end(&name);
                        i = n;
                    }
                }
                text_start = i;
                continue;
            }
        } else if next == b'/' {
            let after = bytes.get(lt + 2).copied().unwrap_or(0);
            if after.is_ascii_alphabetic() {
                let tag = read_tag(html, lt + 2);
                flush_text(&mut b, html, text_start, lt);
                b.end(&tag.name.to_ascii_lowercase());
                markup_end = tag.end;
            } else if after == b'>' {
                flush_text(&mut b, html, text_start, lt);
                markup_end = lt + 3;
            } else if lt + 2 >= n {
                // "</" at the end: text
                break;
            } else {
                flush_text(&mut b, html, text_start, lt);
                markup_end = skip_to_gt(bytes, lt + 2);
            }
        } else if next == b'!' {
            flush_text(&mut b, html, text_start, lt);
            if bytes[lt..].starts_with(b"<!--") {
                markup_end = comment_end(bytes, lt + 4);
            } else if bytes[lt..].starts_with(b"<![CDATA[") && b.foreign > 0 {
                // CDATA is a section only in foreign content (svg, math); in HTML it is a bogus
                // comment ending at the first '>', as browsers read it
                let s = lt + 9;
                let e = find(bytes, s, b"]]>").unwrap_or(n);
                let t = html[s..e].to_string();
                b.tree.add_text(b.current(), &t);
                markup_end = (e + 3).min(n);
            } else {
                markup_end = skip_to_gt(bytes, lt + 2);
            }
        } else if next == b'?' {
            flush_text(&mut b, html, text_start, lt);
            markup_end = skip_to_gt(bytes, lt + 2);
        } else {
            // a '<' that opens nothing is text
            i = lt + 1;
            continue;
        }
        i = markup_end;
        text_start = i;
    }
    flush_text(&mut b, html, text_start, n);
    b.tree
}

fn flush_text(b: &mut Builder, html: &str, s: usize, e: usize) {
    if s < e {
        b.text(&html[s..e]);
    }
}

/// The first `pat` at or after `from`: a scan for its first byte, then a check of the rest.
fn find(bytes: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        let k = bytes[i..].iter().position(|&c| c == pat[0])? + i;
        if bytes[k..].starts_with(pat) {
            return Some(k);
        }
        i = k + 1;
    }
    None
}

fn skip_to_gt(bytes: &[u8], from: usize) -> usize {
    match bytes.get(from..).and_then(|r| r.iter().position(|&c| c == b'>')) {
        Some(p) => from + p + 1,
        None => bytes.len(),
    }
}

/// End of a comment whose content starts at `from`: after "-->" (or "--!>"; "<!-->" and "<!--->"
/// end at once), or the end of input.
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from.min(bytes.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut j = from;
    while let Some(p) = find(bytes, j, b"--") {
        let after = &bytes[p + 2..];
        if after.starts_with(b">") {
            return p + 3;
        }
        if after.starts_with(b"!>") {
            return p + 4;
        }
        j = p + 1;
    }
    bytes.len()
}

/// The end tag `</name` (any case, then whitespace, '/' or '>') from `from`: its start and end.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> Option<(usize, usize)> {
    let nb = name.as_bytes();
    let mut j = from;
    while let Some(p) = find(bytes, j, b"</") {
        let s = p + 2;
        let e = s + nb.len();
        if e <= bytes.len()
            && bytes[s..e].eq_ignore_ascii_case(nb)
            && matches!(
                bytes.get(e),
                None | Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
            )
        {
            return Some((p, skip_to_gt(bytes, e)));
        }
        j = p + 2;
    }
    None
}

/// The attributes read for [`RawTag::meta`]: `name` or `property` (slot 0), `content` (1), `type` (2).
const META_ATTRS: [&str; 4] = ["name", "property", "content", "type"];

struct RawTag<'a> {
    name: &'a str,
    attrs: Attrs,
    /// `name` (or `property`), `content` and `type`: what `meta` and `script` tags say about the
    /// page (see [`super::tree::Meta`]); read on those two tags only, empty on the others.
    meta: [String; 3],
    self_closing: bool,
    end: usize,
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Reads a tag whose name starts at `from`, up to and including its '>' (or the end of input).
fn read_tag(html: &str, from: usize) -> RawTag<'_> {
    let b = html.as_bytes();
    let n = b.len();
    let mut j = from;
    while j < n && !is_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = &html[from..j];
    let mut attrs = Attrs::default();
    let mut self_closing = false;
    let mut lower = String::new();
    let mut value = String::new();
    let mut seen = 0u8;
    let mut meta: [String; 3] = Default::default();
    // only `meta` and `script` tags say something about the page (no work for the others)
    let wants_meta = name.eq_ignore_ascii_case("meta") || name.eq_ignore_ascii_case("script");
    loop {
        while j < n && (is_space(b[j]) || (b[j] == b'/' && b.get(j + 1) != Some(&b'>'))) {
            j += 1;
        }
        if j >= n {
            break;
        }
        if b[j] == b'>' {
            j += 1;
            break;
        }
        if b[j] == b'/' {
            // "/>"
            self_closing = true;
            j += 2;
            break;
        }
        // attribute name (a first '=' belongs to the name, as in the standard)
        let s = j;
        j += 1;
        while j < n && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let attr_name = &html[s..j];
        while j < n && is_space(b[j]) {
            j += 1;
        }
        let mut val: Option<&str> = None;
        if j < n && b[j] == b'=' {
            j += 1;
            while j < n && is_space(b[j]) {
                j += 1;
            }
            if j < n && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                let vs = j + 1;
                let ve = b[vs..].iter().position(|&c| c == q).map(|p| p + vs).unwrap_or(n);
                val = Some(&html[vs..ve]);
                j = (ve + 1).min(n);
            } else {
                let vs = j;
                while j < n && !is_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
                val = Some(&html[vs..j]);
            }
        }
        lower.clear();
        lower.push_str(attr_name);
        lower.make_ascii_lowercase();
        // a repeated attribute is ignored, as browsers do
        let bit = KEPT_ATTRS.iter().position(|a| *a == lower).map(|k| 1u8 << k);
        if let Some(bit) = bit.filter(|b| seen & b == 0) {
            seen |= bit;
            value.clear();
            decode_into(val.unwrap_or(""), &mut value);
            attrs.set(&lower, &value);
        } else if let Some(k) = META_ATTRS.iter().position(|a| *a == lower).filter(|_| wants_meta) {
            let k = [0, 0, 1, 2][k];
            if meta[k].is_empty() {
                decode_into(val.unwrap_or(""), &mut meta[k]);
            }
        }
    }
    RawTag { name, attrs, meta, self_closing, end: j }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::tree::{Data, NONE};

    /// The tree as a compact string: `tag(children)` and text in quotes.
    fn show(t: &Tree) -> String {
        let mut out = String::new();
        // iterative pre-order walk with explicit closing
        let mut id = t.nodes[0].first_child;
        let mut depth = 0usize;
        while id != NONE {
            let node = &t.nodes[id as usize];
            match &node.data {
                Data::Text { start, end } => {
                    out.push_str(&format!("{:?}", &t.text[*start as usize..*end as usize]))
                }
                Data::Element { tag, .. } => out.push_str(tag),
            }
            if node.first_child != NONE {
                out.push('(');
                depth += 1;
                id = node.first_child;
                continue;
            }
            let mut cur = id;
            loop {
                let nd = &t.nodes[cur as usize];
                if nd.next != NONE {
                    out.push(' ');
                    id = nd.next;
                    break;
                }
                if depth == 0 || nd.parent == 0 {
                    id = NONE;
                    break;
                }
                out.push(')');
                depth -= 1;
                cur = nd.parent;
            }
        }
        out
    }

    #[test]
    fn implied_end_tags_and_voids() {
        assert_eq!(
            show(&parse("<p>a<p>b<div>c</div><ul><li>x<li>y</ul><img src=x>z")),
            r#"p("a") p("b") div("c") ul(li("x") li("y")) img "z""#
        );
        assert_eq!(
            show(&parse("<table><tr><td>1<td>2<tr><td>3</table>")),
            r#"table(tr(td("1") td("2")) tr(td("3")))"#
        );
        assert_eq!(show(&parse("<h2>a<h3>b</h2>c")), r#"h2("a") h3("b") "c""#);
        assert_eq!(show(&parse("<a href=1>x<a href=2>y</a>")), r#"a("x") a("y")"#);
        assert_eq!(show(&parse("<a href=1><b>x<a href=2>y</a>")), r#"a(b("x")) a("y")"#);
    }

    #[test]
    fn a_link_inside_a_block_inside_a_link_keeps_the_blocks_open() {
        // a card that is a link, holding its company's link in a block: the card's blocks and
        // the list around it stay whole (closing the card's link there would close them too,
        // and the end tags after it would close the list)
        let card = "<li><a href=/job><div><h3>Cook</h3><div><a href=/co><p>Inn</p></a></div>\
                    </div><p>Rome</p></a></li>";
        assert_eq!(
            show(&parse(&format!("<section><ul>{card}{card}</ul><p>end</p></section>"))),
            r#"section(ul(li(a(div(h3("Cook") div(a(p("Inn")))) p("Rome"))) li(a(div(h3("Cook") div(a(p("Inn")))) p("Rome")))) p("end"))"#
        );
    }

    #[test]
    fn misnesting_and_stray_end_tags() {
        assert_eq!(show(&parse("<b><i>x</b>y</i>z</span></div>")), r#"b(i("x")) "yz""#);
        assert_eq!(
            show(&parse("<div><table><tr><td><div>x</div></div>y</td></tr></table>z</div>")),
            r#"div(table(tr(td(div("x") "y"))) "z")"#
        );
        assert_eq!(
            show(&parse("<div><p>unclosed<div>after")),
            r#"div(p("unclosed") div("after"))"#
        );
    }

    /// An `svg` left open ends as browsers end it: at the end tag of an HTML element around it,
    /// or at an HTML start tag; a `foreignObject` keeps its HTML inside.
    #[test]
    fn an_unclosed_svg_ends_where_browsers_end_it() {
        assert_eq!(
            show(&parse("<div><a href=#><svg width=1></a><p>after</p></div>")),
            r#"div(a(svg) p("after"))"#
        );
        assert_eq!(show(&parse("<svg><path><div>out</div>")), r#"svg(path) div("out")"#);
        assert_eq!(
            show(&parse("<svg><foreignObject><div>in</div></foreignObject></svg>x")),
            r#"svg(foreignobject(div("in"))) "x""#
        );
    }

    #[test]
    fn scripts_styles_comments_are_dropped_and_entities_decoded() {
        let t = parse("<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body><!-- c --><p>A &amp; B&#8217;s &lt;tag&gt;<script>if (a<b) {}</script></p><SCRIPT>x</Script ><noscript><p>no</p></noscript>end</body></html>");
        assert_eq!(show(&t), r#"title style p("A & B’s <tag>" script) script noscript "end""#);
    }

    #[test]
    fn attributes_in_any_quoting() {
        let t = parse("<div CLASS='a b' id=main data-x=\"1\" role=\"Navigation\" hidden style=\"display: none\">x</div><p aria-hidden=true>y");
        let a = t.attrs(1).unwrap();
        assert_eq!(
            (a.class.as_str(), a.id.as_str(), a.role.as_str(), a.hidden),
            ("a b", "main", "navigation", true)
        );
        assert!(t.attrs(3).unwrap().hidden);
    }

    #[test]
    fn cdata_in_html_is_a_bogus_comment_up_to_the_first_gt() {
        // outside svg/math a browser ends "<![CDATA[" at the first '>': the page after it stays
        let t = parse("<body><![CDATA[ <p>Shown text</p><p>More</p>");
        assert_eq!(t.text, "Shown textMore");
        let t = parse("<svg><![CDATA[a<b]]></svg><p>x</p>");
        assert_eq!(t.text, "a<bx");
    }

    #[test]
    fn descriptions_and_json_ld_are_kept_apart_from_the_text() {
        let t = parse("<head><meta name=description content='A page &amp; more'><meta property=og:description content=\"Longer\">\
            <meta name=viewport content=width><script type='application/ld+json'>{\"@type\":\"Thing\",\"a\":\"</p>\"}</script>\
            <script>var x = 1;</script></head><p>Body</p>");
        assert_eq!(t.text, "Body");
        assert_eq!(t.meta.descriptions, vec!["A page & more", "Longer"]);
        assert_eq!(t.meta.json_ld, vec![r#"{"@type":"Thing","a":"</p>"}"#]);
    }

    #[test]
    fn broken_markup_never_panics() {
        for s in [
            "<",
            "</",
            "<!",
            "<!--",
            "<a",
            "<a b='",
            "<p>x</",
            "&",
            "&#",
            "&#x",
            "<div class=\"é",
            "<svg><path/><p>x",
            "<![CDATA[x",
            "é<é>",
            "<table><p>x",
            "<script>never closed",
        ] {
            let _ = parse(s);
        }
    }

    #[test]
    fn deep_nesting_is_linear_and_has_no_recursion() {
        let n = 100_000;
        let html = "<div>".repeat(n)
            + "deep"
            + &"</div>".repeat(n)
            + &"</span>".repeat(n)
            + &"<b>".repeat(n)
            + &"</i>".repeat(n);
        let t0 = std::time::Instant::now();
        let t = parse(&html);
        assert_eq!(t.text, "deep");
        assert!(t.nodes.len() > 2 * n);
        assert!(t0.elapsed().as_secs() < 5, "took {:?}", t0.elapsed());
    }
}
