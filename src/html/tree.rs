//! The element tree both HTML sources fill: the Rust parser (`parse.rs`) from a string, and the
//! wasm DOM walker (`src/wasm_dom.rs`) from a live `Document`. Blocks are built from this tree only,
//! so the two sources give the same blocks whenever their trees agree.
//!
//! Nodes live in one arena and are linked by index (first child, next sibling, parent), so that
//! every walk over the tree is a loop, never a recursion: 100,000 nested elements are fine.

/// FNV-1a: a fast hash for short keys (tag names, words); the maps here see no untrusted flooding
/// risk worth SipHash's cost (a page can only slow its own analysis).
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
pub type FnvSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// "No node".
pub const NONE: u32 = u32::MAX;

/// The attributes classification reads; the others are not kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attrs {
    pub class: String,
    pub id: String,
    pub role: String,
    pub itemprop: String,
    /// The microdata type (`itemtype`), as written.
    pub itemtype: String,
    /// `hidden`, `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`.
    pub hidden: bool,
}

impl Attrs {
    /// Keeps the attributes that matter; `name` must be lowercase.
    pub fn set(&mut self, name: &str, value: &str) {
        match name {
            "class" => self.class = value.to_string(),
            "id" => self.id = value.to_string(),
            "role" => self.role = value.to_ascii_lowercase(),
            "itemprop" => self.itemprop = value.to_string(),
            "itemtype" => self.itemtype = value.to_string(),
            "hidden" => self.hidden = true,
            "aria-hidden" => self.hidden |= value.trim().eq_ignore_ascii_case("true"),
            "style" => {
                let s: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_lowercase();
                self.hidden |= s.contains("display:none") || s.contains("visibility:hidden");
            }
            _ => {}
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    /// An element: lowercase tag name and its kept attributes.
    Element { tag: Box<str>, attrs: Box<Attrs> },
    /// A text node: a range of `Tree::text` (entities already decoded).
    Text { start: u32, end: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub next: u32,
    pub data: Data,
}

/// What a page says about itself outside its shown text: the texts of its description `meta`
/// tags (`description`, `og:description`, …: the names in `rules::META_DESCRIPTION_NAMES`) and
/// the raw content of its `<script type="application/ld+json">` elements. Never page text; the
/// main-text fallback (`html::fallback`) reads them when the page's own blocks give no article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    pub descriptions: Vec<String>,
    pub json_ld: Vec<String>,
    /// What the page says it is: the `content` of its kind meta tags (`og:type`).
    pub kinds: Vec<String>,
    /// `json_ld` parsed, on first use.
    parsed: Parsed,
}

/// The parsed JSON-LD documents of a page, made once when first asked for; not part of what the
/// page says (two metas with the same texts are equal whether or not either was parsed).
#[derive(Clone, Debug, Default)]
struct Parsed(std::cell::OnceCell<Vec<serde_json::Value>>);

impl PartialEq for Parsed {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Meta {
    /// The JSON-LD documents that parse (a trailing `;` allowed), in page order; parsed once.
    pub fn json_ld_values(&self) -> &[serde_json::Value] {
        self.parsed.0.get_or_init(|| {
            self.json_ld
                .iter()
                .filter_map(|doc| serde_json::from_str(doc.trim().trim_end_matches(';')).ok())
                .collect()
        })
    }

    /// Keeps the `content` of a `meta` tag when its `name` or `property` names a description.
    pub fn add_meta_tag(&mut self, name: &str, content: &str) {
        let content = content.trim();
        if !content.is_empty()
            && super::rules::META_KIND_NAMES.iter().any(|n| n.eq_ignore_ascii_case(name.trim()))
        {
            self.kinds.push(content.to_string());
        }
        if !content.is_empty()
            && super::rules::META_DESCRIPTION_NAMES.iter().any(|n| n.eq_ignore_ascii_case(name.trim()))
        {
            self.descriptions.push(content.to_string());
        }
    }

    /// Keeps a script's content when its `type` is JSON-LD.
    pub fn add_script(&mut self, kind: &str, content: &str) {
        if kind.trim().eq_ignore_ascii_case("application/ld+json") && !content.trim().is_empty() {
            self.json_ld.push(content.to_string());
            self.parsed = Parsed::default();
        }
    }
}

/// An element tree; node 0 is the root (a `#document` element).
#[derive(Clone, Debug)]
pub struct Tree {
    pub nodes: Vec<Node>,
    /// The decoded text of all text nodes, one after the other.
    pub text: String,
    /// Descriptions and JSON-LD (not page text).
    pub meta: Meta,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    pub fn new() -> Self {
        let root = Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
            data: Data::Element { tag: "#document".into(), attrs: Box::default() },
        };
        Tree { nodes: vec![root], text: String::new(), meta: Meta::default() }
    }

    fn link(&mut self, parent: u32, data: Data) -> u32 {
        let id = self.nodes.len() as u32;
        self.nodes.push(Node { parent, first_child: NONE, last_child: NONE, next: NONE, data });
        let p = &mut self.nodes[parent as usize];
        let last = p.last_child;
        p.last_child = id;
        if last == NONE {
            p.first_child = id;
        } else {
            self.nodes[last as usize].next = id;
        }
        id
    }

    /// Appends an element under `parent`; returns its id.
    pub fn add_element(&mut self, parent: u32, tag: &str, attrs: Attrs) -> u32 {
        self.link(parent, Data::Element { tag: tag.into(), attrs: Box::new(attrs) })
    }

    /// Appends text under `parent`, merged into the last child when that is text already.
    pub fn add_text(&mut self, parent: u32, text: &str) {
        if text.is_empty() {
            return;
        }
        let last = self.nodes[parent as usize].last_child;
        let start = self.text.len() as u32;
        self.text.push_str(text);
        let end = self.text.len() as u32;
        if last != NONE {
            if let Data::Text { end: e, .. } = &mut self.nodes[last as usize].data {
                if *e == start {
                    *e = end;
                    return;
                }
            }
        }
        self.link(parent, Data::Text { start, end });
    }

    /// The tag of an element (empty for text).
    pub fn tag(&self, id: u32) -> &str {
        match &self.nodes[id as usize].data {
            Data::Element { tag, .. } => tag,
            Data::Text { .. } => "",
        }
    }

    /// The nearest of `id` and its ancestors, the root excepted, for which `pred` holds.
    pub fn closest(&self, mut id: u32, pred: impl Fn(u32) -> bool) -> Option<u32> {
        while id != NONE && id != 0 {
            if pred(id) {
                return Some(id);
            }
            id = self.nodes[id as usize].parent;
        }
        None
    }

    pub fn attrs(&self, id: u32) -> Option<&Attrs> {
        match &self.nodes[id as usize].data {
            Data::Element { attrs, .. } => Some(attrs),
            Data::Text { .. } => None,
        }
    }

    /// The lowest common ancestor of two nodes, given every node's depth (its parent's plus one).
    pub fn common_ancestor(&self, depth: &[u32], mut x: u32, mut y: u32) -> u32 {
        let up = |n: u32| self.nodes[n as usize].parent;
        while depth[x as usize] > depth[y as usize] {
            x = up(x);
        }
        while depth[y as usize] > depth[x as usize] {
            y = up(y);
        }
        while x != y {
            (x, y) = (up(x), up(y));
        }
        x
    }
}

/// Elements with no content and no end tag.
pub fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
    )
}

/// The attributes the tree keeps (see `Attrs::set`).
pub const KEPT_ATTRS: [&str; 8] =
    ["class", "id", "role", "itemprop", "itemtype", "hidden", "aria-hidden", "style"];

/// Elements whose subtree is never page text.
pub fn is_dropped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "title"
            | "textarea"
            | "select"
            | "option"
            | "optgroup"
            | "datalist"
            | "button"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "map"
            | "head"
            | "meta"
            | "link"
            | "input"
            | "xmp"
            | "noembed"
            | "noframes"
            | "plaintext"
            | "dialog"
    )
}
