//! Plain text annotated with boilerplate ranges decided by the caller (`annotate_text_given`, the
//! core of the wasm export `annotate_with_boilerplate` that the browser extension calls with the
//! HTML classifier's verdict on the live page's lines).

use article_annotator::invariants::check_invariants;
use article_annotator::pipeline::{annotate_text_given, given_reasons, GivenRange};
use article_annotator::segment::Document;
use article_annotator::{annotate_text, Options, Reason};

fn r(start: usize, end: usize, reason: &'static str) -> GivenRange {
    GivenRange { start, end, reason: Reason::named(reason).expect("a reason") }
}

/// UTF-16 range of the first occurrence of `needle` in `text`.
fn span(text: &str, needle: &str) -> (usize, usize) {
    let b = text.find(needle).expect("needle");
    let u = |x: usize| text[..x].encode_utf16().count();
    (u(b), u(b + needle.len()))
}

fn boiler(text: &str, ranges: &[GivenRange]) -> Vec<(String, &'static str)> {
    let a = annotate_text_given(text, ranges, &Options::default());
    assert_eq!(check_invariants(text, &a), Vec::<String>::new());
    a.boilerplate.iter().map(|b| (b.text.clone(), b.reason.as_str())).collect()
}

const PAGE: &str = "Home World Sport\n\nStorm hits the coast\n\nThe storm reached the coast on Monday, officials said, and thousands of homes lost power.\n\n\
“We are working through the night,” the mayor said. Click here to subscribe to our alerts.\n\nTrending Now\n\nFloods in the north\n\nWeather desk";

#[test]
fn lines_inside_given_ranges_take_their_reason_and_the_text_rules_still_apply_elsewhere() {
    let (s0, e0) = span(PAGE, "Home World Sport");
    let (s1, e1) = span(PAGE, "Floods in the north");
    let got = boiler(PAGE, &[r(s0, e0, "navigation"), r(s1, e1, "related")]);
    assert_eq!(
        got,
        vec![
            ("Home World Sport".to_string(), "navigation"),
            ("Click here to subscribe to our alerts.".to_string(), "promotion"), // glued promotion, by the text rules
            ("Trending Now".to_string(), "navigation"), // a boilerplate line, by the text rules
            ("Floods in the north".to_string(), "related"),
        ]
    );
    // the plain-text path alone also drops the short lines after the last paragraph; with given
    // ranges the caller's structure stands in for that rule, as for HTML ("Weather desk" stays)
    let plain: Vec<String> = annotate_text(PAGE, &Options::default())
        .boilerplate
        .iter()
        .map(|b| b.text.clone())
        .collect();
    assert!(plain.contains(&"Weather desk".to_string()), "{plain:?}");
}

#[test]
fn a_range_must_hold_the_whole_line_and_may_span_several() {
    let (s, _) = span(PAGE, "Storm hits");
    let (_, e) = span(PAGE, "lost power.");
    // one range over two lines and the blank line between: both lines
    assert_eq!(boiler(PAGE, &[r(s, e, "other")])[..2], [("Storm hits the coast".to_string(), "other"), ("The storm reached the coast on Monday, officials said, and thousands of homes lost power.".to_string(), "other")]);
    // half a line: nothing (the line rules decide it)
    let (s, e) = span(PAGE, "Home World");
    assert!(boiler(PAGE, &[r(s, e, "navigation")]).iter().all(|b| !b.0.starts_with("Home")));
    // a range with the surrounding separators (what a caller gives for a line) is fine
    let (s, e) = span(PAGE, "\n\nStorm hits the coast\n\n");
    assert_eq!(
        boiler(PAGE, &[r(s, e, "credit")])[0],
        ("Storm hits the coast".to_string(), "credit")
    );
}

#[test]
fn unsorted_overlapping_empty_and_out_of_bounds_ranges() {
    let len = PAGE.encode_utf16().count();
    let (s0, e0) = span(PAGE, "Home World Sport");
    let (s1, e1) = span(PAGE, "Floods in the north");
    let (s2, e2) = span(PAGE, "Storm hits the coast");
    let ranges = [
        r(s1, len + 1000, "related"), // past the end: holds the rest
        r(s0, e0, "navigation"),
        r(s2 + 3, s2 + 3, "share"),   // empty: nothing
        r(0, e0 - 1, "share"),        // overlaps the first, does not hold the whole line
        r(len + 5, len + 9, "other"), // wholly past the end: nothing
    ];
    let got = boiler(PAGE, &ranges);
    assert_eq!(got.first().unwrap(), &("Home World Sport".to_string(), "navigation"));
    assert_eq!(
        got[got.len() - 2..],
        [("Floods in the north".to_string(), "related"), ("Weather desk".to_string(), "related")]
    );
    assert!(!got.iter().any(|b| b.0 == "Storm hits the coast"));
    let _ = e2;
    let _ = e1;
    // no ranges at all: only the text rules (without the trailing-lines rule)
    let none = boiler(PAGE, &[]);
    assert_eq!(
        none.iter().map(|b| b.0.as_str()).collect::<Vec<_>>(),
        vec!["Click here to subscribe to our alerts.", "Trending Now"]
    );
}

#[test]
fn offsets_are_utf16_units() {
    let text = "😀 Émigré news 😀\nThe council voted on Tuesday, officials said, after a long debate.\n€ menu ☰";
    let (s, e) = span(text, "€ menu ☰");
    let (s0, e0) = span(text, "😀 Émigré news 😀");
    assert_eq!((s0, e0), (0, 17));
    let doc = Document::new(text);
    assert_eq!(
        given_reasons(&doc, &[r(s, e, "navigation"), r(s0, e0, "related")]),
        vec![Some(Reason::Related), None, Some(Reason::Navigation)]
    );
    // one unit short of the emoji's second half: not the whole line
    assert_eq!(given_reasons(&doc, &[r(0, 16, "related")]), vec![None, None, None]);
    assert_eq!(
        boiler(text, &[r(s, e, "navigation")]),
        vec![("€ menu ☰".to_string(), "navigation")]
    );
}

#[test]
fn quotes_and_entities_in_given_boilerplate_are_left_out() {
    let text = "“We will rebuild,” said Mayor Jane Roe on Monday.\n\n“Read this next,” said Jane Roe in another story.";
    let (s, e) = span(text, "“Read this next,” said Jane Roe in another story.");
    let a = annotate_text_given(text, &[r(s, e, "related")], &Options::default());
    assert_eq!(check_invariants(text, &a), Vec::<String>::new());
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(a.quotes[0].text, "We will rebuild,");
    // the names of another story are not this article's entities
    assert!(a.entities.iter().all(|x| x.start < s), "{:?}", a.entities);
    assert!(a.entities.iter().any(|x| x.text == "Jane Roe"));
    let off = Options { boilerplate: false, ..Options::default() };
    assert!(annotate_text_given(text, &[r(s, e, "related")], &off).boilerplate.is_empty());
}

#[test]
fn names_in_a_plain_text_copyright_or_share_line_are_not_the_articles() {
    let text =
        "Acme Corp hired Jane Smith in Paris on Monday, officials said, after a long search.\n\n\
                Share this article on Facebook\n\n© 2024 Network Today. All Rights Reserved.";
    let a = annotate_text(text, &Options::default());
    assert_eq!(check_invariants(text, &a), Vec::<String>::new());
    let reasons: Vec<&str> = a.boilerplate.iter().map(|b| b.reason.as_str()).collect();
    assert_eq!(reasons, ["promotion", "copyright"]);
    let (article_end, _) = span(text, "\n\nShare");
    let names: Vec<&str> = a.entities.iter().map(|e| e.text.as_str()).collect();
    assert!(names.contains(&"Jane Smith") && names.contains(&"Paris"), "{names:?}");
    assert!(a.entities.iter().all(|e| e.end <= article_end), "{names:?}");
}
