//! The main text of a page whose own blocks give (almost) none: a page cut short after its
//! `head`, or one whose text script puts in place. What the page says of itself stands in:
//! JSON-LD (`articleBody`, a post's or answer's `text`, else the longest `description` of a thing
//! that is not the site, its owner or a picture; `@graph` arrays and nested objects included),
//! then the `description` meta tags. Microdata (`itemprop=articleBody|description|text`) is page
//! text, kept by the classifier itself (`classify::microdata_fallback`).
//!
//! The fallback is only ever main text (`main_text_html`), never page text: the annotation's text
//! stays the page's blocks.

use super::blocks::build_page;
use super::parse::parse;
use super::rules::{ARTICLE_KINDS, JSON_LD_BODY_KEYS, JSON_LD_MAX_DEPTH, JSON_LD_SKIP_TYPES};
use super::tree::Meta;
use serde_json::Value;

/// The fallback text of a page: JSON-LD bodies, else its best JSON-LD description, else its
/// longest description meta tag; empty when it has none.
pub fn fallback_text(meta: &Meta) -> String {
    let (bodies, description) = json_ld_texts(meta.json_ld_values());
    if !bodies.is_empty() {
        return bodies.join("\n\n");
    }
    let meta_desc = meta.descriptions.iter().map(|d| as_text(d)).max_by_key(|d| d.chars().count());
    // the longer of the two; the JSON-LD one on a tie
    [description, meta_desc]
        .into_iter()
        .flatten()
        .reduce(|a, b| if b.chars().count() > a.chars().count() { b } else { a })
        .unwrap_or_default()
}

/// The body texts (in document order, each once) and the longest content description of the
/// page's JSON-LD documents.
fn json_ld_texts(docs: &[Value]) -> (Vec<String>, Option<String>) {
    let mut bodies: Vec<String> = Vec::new();
    let mut description: Option<String> = None;
    each_object(docs, |map| {
        if skipped_type(map.get("@type")) {
            return;
        }
        for k in JSON_LD_BODY_KEYS {
            if let Some(Value::String(s)) = map.get(*k) {
                let t = as_text(s);
                if !t.is_empty() && !bodies.contains(&t) {
                    bodies.push(t);
                }
            }
        }
        if let Some(Value::String(s)) = map.get("description") {
            let t = as_text(s);
            if description.as_ref().is_none_or(|d| t.chars().count() > d.chars().count()) {
                description = Some(t);
            }
        }
    });
    (bodies, description.filter(|d| !d.is_empty()))
}

/// Whether the page says it is an article: a kind meta tag (`og:type`) or a JSON-LD `@type` in
/// `ARTICLE_KINDS`.
pub fn says_article(meta: &Meta) -> bool {
    meta.kinds.iter().any(|k| is_kind(k, ARTICLE_KINDS)) || json_ld_says(meta, ARTICLE_KINDS)
}

/// Whether an object of the page's JSON-LD ([`each_object`]) has an `@type` among `kinds`.
pub(super) fn json_ld_says(meta: &Meta, kinds: &[&str]) -> bool {
    let mut found = false;
    each_object(meta.json_ld_values(), |map| found |= typed_as(map.get("@type"), kinds));
    found
}

/// Whether a kind (an `og:type`, a JSON-LD `@type` name) is one of `kinds`, in any case.
pub(super) fn is_kind(s: &str, kinds: &[&str]) -> bool {
    kinds.iter().any(|k| k.eq_ignore_ascii_case(s.trim()))
}

/// Whether a JSON-LD `@type` (a string or a list of them) names one of `kinds`.
pub(super) fn typed_as(t: Option<&Value>, kinds: &[&str]) -> bool {
    match t {
        Some(Value::String(s)) => is_kind(s, kinds),
        Some(Value::Array(a)) => a.iter().any(|x| x.as_str().is_some_and(|s| is_kind(s, kinds))),
        _ => false,
    }
}

/// Calls `f` with every object of the page's JSON-LD documents, in document order (`@graph`
/// arrays and nested objects included, not inside a skipped type, to `JSON_LD_MAX_DEPTH`).
pub(super) fn each_object(docs: &[Value], mut f: impl FnMut(&serde_json::Map<String, Value>)) {
    for v in docs {
        // an explicit stack of (value, depth)
        let mut stack = vec![(v, 0usize)];
        while let Some((v, depth)) = stack.pop() {
            if depth > JSON_LD_MAX_DEPTH {
                continue;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev().map(|x| (x, depth + 1))),
                Value::Object(map) => {
                    f(map);
                    let skip = skipped_type(map.get("@type"));
                    for (k, x) in map.iter().rev() {
                        if skip && k != "@graph" {
                            continue;
                        }
                        if matches!(x, Value::Array(_) | Value::Object(_)) {
                            stack.push((x, depth + 1));
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether a `@type` (a string or a list) names only things whose text is not content.
fn skipped_type(t: Option<&Value>) -> bool {
    let skip = |s: &str| JSON_LD_SKIP_TYPES.iter().any(|k| k.eq_ignore_ascii_case(s));
    match t {
        Some(Value::String(s)) => skip(s),
        Some(Value::Array(a)) => {
            !a.is_empty() && a.iter().all(|x| x.as_str().is_some_and(skip))
        }
        _ => false,
    }
}

/// A value as text: markup in it (an `articleBody` written as HTML, entities) read as a page is,
/// its blocks joined with blank lines.
pub(super) fn as_text(s: &str) -> String {
    if !s.contains(['<', '&']) {
        return s.trim().to_string();
    }
    build_page(parse(s)).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_is_parsed_once_and_again_after_a_new_script() {
        let mut m = Meta::default();
        m.add_script("application/ld+json", r#"{"@type":"NewsArticle"};"#);
        m.add_script("application/ld+json", "{not json");
        assert_eq!(m.json_ld_values().len(), 1, "the bad one is skipped, the `;` allowed");
        assert!(std::ptr::eq(m.json_ld_values(), m.json_ld_values()), "parsed once");
        m.add_script("application/ld+json", r#"[{"@type":"QAPage"}]"#);
        assert_eq!(m.json_ld_values().len(), 2);
        assert!(json_ld_says(&m, &["QAPage"]) && json_ld_says(&m, &["NewsArticle"]));
        let mut fresh = Meta::default();
        for doc in &m.json_ld {
            fresh.add_script("application/ld+json", doc);
        }
        assert_eq!(fresh, m, "equal whether parsed or not");
    }

    fn meta(json: &[&str], desc: &[&str]) -> Meta {
        let mut m = Meta::default();
        for j in json {
            m.add_script("application/ld+json", j);
        }
        for d in desc {
            m.add_meta_tag("og:description", d);
        }
        m
    }

    #[test]
    fn article_body_wins_over_descriptions() {
        let m = meta(
            &[r#"{"@context":"https://schema.org","@type":"NewsArticle","description":"Short.","articleBody":"The bridge opened on Monday. Traffic <b>flowed</b> at once."}"#],
            &["A teaser of the bridge story"],
        );
        assert_eq!(fallback_text(&m), "The bridge opened on Monday. Traffic flowed at once.");
    }

    #[test]
    fn a_thread_in_a_graph_gives_every_post() {
        let m = meta(
            &[r#"{"@graph":[{"@type":"WebSite","description":"The best forum about tents"},
               {"@type":"DiscussionForumPosting","text":"Which tent survives a storm?",
                "comment":[{"@type":"Comment","text":"A tunnel tent, pegged well."},
                           {"@type":"Comment","text":"Mine folded at night."}]}]}"#],
            &[],
        );
        assert_eq!(
            fallback_text(&m),
            "Which tent survives a storm?\n\nA tunnel tent, pegged well.\n\nMine folded at night."
        );
    }

    #[test]
    fn a_product_description_not_the_shops() {
        let m = meta(
            &[
                r#"{"@type":"Organization","description":"We sell chairs and tables since 1950, in every town of the land."}"#,
                r#"[{"@type":"Product","name":"Oak chair","description":"A chair of solid oak, waxed by hand.","offers":{"@type":"Offer","description":"Free delivery for all orders"}}]"#,
            ],
            &["Oak"],
        );
        assert_eq!(fallback_text(&m), "A chair of solid oak, waxed by hand.");
    }

    #[test]
    fn a_page_says_it_is_an_article_by_its_kind_or_its_json_ld() {
        let shop = meta(&[r#"{"@graph":[{"@type":"WebSite"},{"@type":["Product"],"name":"Oak"}]}"#], &[]);
        assert!(!says_article(&shop));
        let post = meta(&[r#"{"@graph":[{"@type":"WebSite"},{"@type":["BlogPosting"]}]}"#], &[]);
        assert!(says_article(&post));
        let mut tagged = Meta::default();
        tagged.add_meta_tag("og:type", " Article ");
        assert!(says_article(&tagged));
        tagged.kinds = vec!["website".into()];
        assert!(!says_article(&tagged));
    }

    #[test]
    fn meta_descriptions_when_nothing_else_and_broken_json_is_ignored() {
        let m = meta(&["{not json", "[[[[[[[[[[[[[[[[[[[[[[["], &["Short", "Hello all, my boat leaks at the stern &amp; bow."]);
        assert_eq!(fallback_text(&m), "Hello all, my boat leaks at the stern & bow.");
        assert_eq!(fallback_text(&Meta::default()), "");
    }
}
