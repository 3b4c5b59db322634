#![cfg(not(target_arch = "wasm32"))]
//! Hostile input, natively: empty and blank text, 10 MB, a million quote marks, NUL and control
//! characters, zero-width and combining characters, emoji, right-to-left text, binary garbage,
//! HTML and script payloads, and the inputs that once took quadratic time. Every case must come
//! back with the contract's invariants (`check_invariants`), serialize to JSON, and give a main
//! text; several also check what was found. Results only: no test here looks at a clock (a
//! quadratic regression shows as a test that does not finish).
//!
//! The JavaScript side of the boundary (lone surrogates, JS errors) is in tests/wasm.rs.

mod common;

use article_annotator::boilerplate::find_boilerplate;
use article_annotator::invariants::check_invariants;
use article_annotator::main_text;
use article_annotator::segment::Document;
use article_annotator::{annotate_html, annotate_text, main_text_html, Annotation, Label, Options};
use common::samples;

/// Annotates `text` with all stages and with each stage alone; asserts the invariants, that the
/// output serializes, and that the main text is made of the input's own text.
fn check(text: &str) -> Annotation {
    let a = annotate_text(text, &Options::default());
    let bad = check_invariants(text, &a);
    assert!(bad.is_empty(), "{} problems, first: {:#?}", bad.len(), &bad[..bad.len().min(5)]);
    let json = serde_json::to_string(&a).expect("serializes");
    assert!(json.starts_with("{\"offsets\":\"utf16\""));
    let m = main_text(text, &Options::default());
    for line in m.split("\n\n").filter(|l| !l.is_empty()).take(1000) {
        // main text is paragraphs of the input with boilerplate cut out, so each piece of it is input text
        let first = line.split(char::is_whitespace).next().unwrap();
        assert!(text.contains(first), "main text piece {first:?} is not in the input");
    }
    a
}

/// Each stage on its own keeps the invariants too (small inputs only: it runs the pipeline 3 more times).
fn check_each_stage(text: &str) {
    for opts in [
        Options { entities: true, quotes: false, boilerplate: false },
        Options { entities: false, quotes: true, boilerplate: false },
        Options { entities: false, quotes: false, boilerplate: true },
    ] {
        let a = annotate_text(text, &opts);
        assert!(check_invariants(text, &a).is_empty(), "{opts:?}");
        assert!(opts.entities || (a.entities.is_empty() && a.clusters.is_empty()), "{opts:?}");
        assert!(opts.quotes || a.quotes.is_empty(), "{opts:?}");
        assert!(opts.boilerplate || a.boilerplate.is_empty(), "{opts:?}");
    }
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// A small deterministic generator (xorshift) so that "random" cases are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn empty_input() {
    let a = check("");
    assert_eq!(a.length, 0);
    assert!(
        a.entities.is_empty()
            && a.clusters.is_empty()
            && a.quotes.is_empty()
            && a.boilerplate.is_empty()
    );
    assert_eq!(main_text("", &Options::default()), "");
    check_each_stage("");
}

#[test]
fn only_whitespace() {
    for text in [
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{3000}\u{2028}\u{2029}\u{85}\u{b}\u{c}",
        &" \n".repeat(100_000),
    ] {
        let a = check(text);
        assert_eq!(a.length, utf16_len(text));
        assert!(
            a.entities.is_empty() && a.quotes.is_empty() && a.boilerplate.is_empty(),
            "{text:?}"
        );
        assert_eq!(main_text(text, &Options::default()), "");
        check_each_stage(&text[..text.len().min(1000)]);
    }
}

#[test]
fn ten_megabytes_of_articles() {
    let one: String = samples().into_iter().map(|(_, t)| t).collect::<Vec<_>>().join("\n");
    let single = annotate_text(&one, &Options::default());
    let text = one.repeat(10_000_000 / one.len() + 1);
    assert!(text.len() > 10_000_000);
    let copies = text.len() / one.len();
    let a = check(&text);
    assert_eq!(a.length, utf16_len(&text));
    // every copy is annotated (the last copy's trailing lines may differ: they end the text)
    assert!(
        a.entities.len() >= (copies - 1) * single.entities.len(),
        "{} entities",
        a.entities.len()
    );
    assert!(a.quotes.len() >= (copies - 1) * single.quotes.len(), "{} quotes", a.quotes.len());
    assert!(
        a.clusters.len() <= single.clusters.len() + 10,
        "the copies share their clusters: {}",
        a.clusters.len()
    );
}

#[test]
fn a_million_quote_marks() {
    let marks = ['"', '\'', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›'];
    // only marks: no quote has words in it
    let mixed: String = marks.iter().cycle().take(1_000_000).collect();
    let a = check(&mixed);
    assert!(a.quotes.is_empty() && a.entities.is_empty());
    for m in marks {
        let text: String = std::iter::repeat_n(m, 100_000).collect();
        let a = check(&text);
        assert!(a.quotes.is_empty() && a.entities.is_empty(), "{m}");
    }
    // marks around words, on one line and one per line
    let words = "“a” ".repeat(250_000);
    let a = check(&words);
    assert_eq!(a.quotes.len(), 250_000);
    assert!(a.quotes.iter().all(|q| q.text == "a"));
    let lines = "“Yes,” he said.\n".repeat(100_000);
    let a = check(&lines);
    assert_eq!(a.quotes.len(), 100_000);
    // unclosed and nested far deeper than MAX_DEPTH
    let deep = format!("{}words{}", "“‘«‹\"'".repeat(50_000), "’”»›\"'".repeat(50_000));
    check(&deep);
    let open_every_line = "“Unclosed quote going on\n".repeat(100_000);
    check(&open_every_line);
}

#[test]
fn nul_and_control_characters() {
    let controls: String = (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32).collect();
    check(&controls);
    check_each_stage(&controls);
    check(&"\0".repeat(1_000_000));
    check(&controls.repeat(20_000));
    // control characters between the words of an article do not break its offsets
    let (_, sample) = &samples()[0];
    let noisy: String =
        sample.chars().flat_map(|c| if c == ' ' { vec![' ', '\0'] } else { vec![c] }).collect();
    let a = check(&noisy);
    assert!(!a.entities.is_empty());
    let text = "\u{1b}[31m“We will win,”\u{7} Pavel Durov said.\u{0}";
    let a = check(text);
    assert_eq!(a.quotes[0].text, "We will win,");
    assert!(a.entities.iter().any(|e| e.text == "Pavel Durov"));
    check_each_stage(text);
}

#[test]
fn zero_width_and_combining_characters() {
    let zw = ["\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}", "\u{00ad}", "\u{034f}"];
    for z in zw {
        let text = format!("{z}“We{z} will win,”{z} Pavel{z} Durov said{z}.{z}\nTrending{z} Now");
        check(&text);
        check_each_stage(&text);
        check(&z.repeat(300_000));
    }
    // combining marks stay with their letter, and the name keeps them
    let text = "Zoe\u{301} Saldan\u{303}a met Pavel Durov in Paris.";
    let a = check(text);
    assert!(a.entities.iter().any(|e| e.text == "Pavel Durov"));
    for e in &a.entities {
        assert!(!e.text.starts_with(|c: char| ('\u{300}'..='\u{36f}').contains(&c)), "{e:?}");
    }
    // a letter with 200,000 combining marks, and marks with no letter at all
    check(&format!("e{} Pavel Durov said.", "\u{301}".repeat(200_000)));
    check(&"\u{301}\u{20dd}\u{fe20}".repeat(100_000));
}

#[test]
fn emoji_and_astral_characters() {
    let text = "👩‍👩‍👧‍👦 “Emoji 👍🏽 quote 🇫🇷,” said Pavel Durov 🏳️‍🌈 in Paris. 𝒜𝓁𝒾𝒸𝑒 and 𐐷 spoke.";
    let a = check(text);
    check_each_stage(text);
    let q = &a.quotes[0];
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.name, "Pavel Durov");
    // the offsets are UTF-16: what JavaScript would give
    let byte = text.find("Pavel").unwrap();
    assert_eq!(s.start, utf16_len(&text[..byte]));
    check(&"😀".repeat(500_000));
    check(&"😀a".repeat(300_000));
    check(&"🇫🇷 “Oui,” dit Macron. ".repeat(20_000));
}

#[test]
fn right_to_left_text() {
    let cases = [
        "مرحبا “كيف حالك” قال Pavel Durov في باريس.",
        "שלום “מה נשמע,” אמר Pavel Durov.",
        "\u{202e}“We will win,” Pavel Durov said.\u{202c} \u{200f}Paris\u{200e}",
        "\u{2067}Pavel Durov\u{2069} said “\u{202b}yes\u{202c}”.",
    ];
    for text in cases {
        let a = check(text);
        check_each_stage(text);
        assert!(a.entities.iter().any(|e| e.text == "Pavel Durov"), "{text}: {:?}", a.entities);
    }
    check(&"مرحبا بكم في “الأخبار” اليوم. ".repeat(30_000));
    check(&"\u{202e}\u{202d}\u{200f}".repeat(100_000));
}

#[test]
fn binary_garbage_lossy_decoded() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for size in [1, 7, 100, 4096, 1_000_000] {
        let bytes: Vec<u8> = (0..size).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        check(&text);
        if size <= 4096 {
            check_each_stage(&text);
        }
    }
    // garbage that is mostly text-like bytes: letters, spaces, quote marks, newlines, high bytes
    let alphabet = b"aA .,\n\"'\xe2\x80\x9c\x9d\xf0\x9f\x98\x80 Durov said:";
    let bytes: Vec<u8> =
        (0..1_000_000).map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize]).collect();
    check(&String::from_utf8_lossy(&bytes));
}

#[test]
fn script_and_html_payloads_are_plain_text_spans() {
    let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "javascript:alert(document.cookie)",
        "<a href=\"javascript:alert(1)\">Pavel Durov</a>",
        "\"><script>alert(1)</script>",
        "</textarea><iframe src=javascript:alert(1)>",
    ];
    for p in payloads {
        let text = format!("{p}\n“{p} is what Pavel Durov sent,” he said. {p}\nTelegram CEO Pavel Durov said “{p}”.\n{p}");
        let a = check(&text);
        check_each_stage(&text);
        // the payload comes back verbatim, inside ordinary spans whose text is the input's slice
        // (a payload with its own straight quote marks is cut into quotes by them: still slices)
        if !p.contains('"') {
            assert!(a.quotes.iter().any(|q| q.text.contains(p)), "{p}: {:?}", a.quotes);
        }
        assert!(a.entities.iter().any(|e| e.text == "Pavel Durov"), "{p}");
        // and in JSON only as string values: the round trip gives every span's text back unchanged
        let json = serde_json::to_string(&a).unwrap();
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        let texts = |v: &serde_json::Value| {
            v.as_array()
                .unwrap()
                .iter()
                .map(|x| x["text"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts(&back["quotes"]),
            a.quotes.iter().map(|q| q.text.clone()).collect::<Vec<_>>()
        );
        assert_eq!(
            texts(&back["boilerplate"]),
            a.boilerplate.iter().map(|b| b.text.clone()).collect::<Vec<_>>()
        );
    }
}

/// Shapes that belong to HTML input: they run through the plain-text path (as text someone pasted)
/// and through the HTML path (`annotate_html`, `main_text_html`).
fn html_shaped_inputs() -> Vec<(&'static str, String)> {
    vec![
        (
            "100k nested elements",
            format!(
                "{}Pavel Durov said “hello”.{}",
                "<div>".repeat(100_000),
                "</div>".repeat(100_000)
            ),
        ),
        (
            "100k nested elements, one per line",
            format!(
                "{}Pavel Durov said “hello”.\n{}",
                "<div>\n".repeat(100_000),
                "</div>\n".repeat(100_000)
            ),
        ),
        (
            "unclosed tags",
            format!(
                "<p><b><i><span class=\"x\">{}Pavel Durov said “hello”.",
                "<p>text <b>bold <i>".repeat(30_000)
            ),
        ),
        (
            "unclosed comment and attribute",
            "<!-- never closed <p title=\"never closed>Pavel Durov said “hi”.".repeat(10_000),
        ),
        (
            "entities and CDATA",
            "&lt;&amp;&#x27;&#0;&#xD800;&nbsp; <![CDATA[ “x” ]]> Durov".repeat(20_000),
        ),
    ]
}

#[test]
fn html_shaped_input_through_the_html_path() {
    for (what, html) in html_shaped_inputs() {
        let a = annotate_html(&html, &Options::default());
        let bad = check_invariants(&html, &a);
        assert!(
            bad.is_empty(),
            "{what}: {} problems, first: {:#?}",
            bad.len(),
            &bad[..bad.len().min(5)]
        );
        let text = a.text.as_deref().expect("the HTML path carries the page's text");
        assert_eq!(a.length, utf16_len(text), "{what}");
        // markup is never text: the page's text holds no tag of the input
        assert!(
            !text.contains("<div>") && !text.contains("<p>"),
            "{what}: markup leaked into the text"
        );
        serde_json::to_string(&a).expect("serializes");
        let m = main_text_html(&html, &Options::default());
        assert!(m.len() <= text.len(), "{what}");
    }
    // what the nested and unclosed pages hold is still read
    let (_, nested) = &html_shaped_inputs()[0];
    let a = annotate_html(nested, &Options::default());
    assert!(a.text.as_deref().unwrap().contains("Pavel Durov said “hello”."));
    assert!(a.entities.iter().any(|e| e.text == "Pavel Durov"), "{:?}", a.entities);
    assert_eq!(a.quotes.len(), 1);
    let (_, unclosed) = &html_shaped_inputs()[2];
    assert!(annotate_html(unclosed, &Options::default())
        .text
        .unwrap()
        .ends_with("Pavel Durov said “hello”."));
}

#[test]
fn script_and_event_handler_payloads_in_html_are_never_text() {
    let html = "<html><head><script>alert('x “quoted” Durov')</script><style>p{}</style></head><body><article>\
                <p>Pavel Durov said “the app is safe” on Monday, in a long paragraph of the article.</p>\
                <img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">Read more</a>\
                <p>&lt;script&gt;alert(2)&lt;/script&gt; is how the post showed the code.</p></article></body></html>";
    let a = annotate_html(html, &Options::default());
    let text = a.text.as_deref().unwrap();
    assert!(!text.contains("alert('x"), "script content is not page text: {text:?}");
    assert!(
        !text.contains("onerror") && !text.contains("javascript:"),
        "attributes are not page text: {text:?}"
    );
    // an escaped tag in the article is text, as written on the page
    assert!(text.contains("<script>alert(2)</script> is how"), "{text:?}");
    assert!(check_invariants(html, &a).is_empty());
}

#[test]
fn html_shaped_input_through_the_plain_text_path() {
    for (what, text) in html_shaped_inputs() {
        let a = check(&text);
        assert_eq!(a.length, utf16_len(&text), "{what}");
        assert!(a.text.is_none(), "{what}: plain text annotates the input itself");
    }
}

#[test]
fn lone_surrogates_become_replacement_characters() {
    // Rust strings cannot hold lone surrogates: the ways in (wasm-bindgen, from_utf16_lossy) give U+FFFD,
    // which is one UTF-16 unit like the surrogate it replaces, so offsets stay where JavaScript expects them
    let units: Vec<u16> = "A“quoted,” said Pavel Durov.".encode_utf16().collect();
    let mut with_lone = vec![0xD800];
    with_lone.extend(&units);
    with_lone.push(0xDC00);
    let text = String::from_utf16_lossy(&with_lone);
    assert_eq!(utf16_len(&text), with_lone.len());
    let a = check(&text);
    let e = a.entities.iter().find(|e| e.text == "Pavel Durov").unwrap();
    assert_eq!(&with_lone[e.start..e.end], &"Pavel Durov".encode_utf16().collect::<Vec<_>>()[..]);
}

#[test]
fn one_huge_word_line_and_many_lines() {
    check(&"a".repeat(2_000_000));
    check(&"A".repeat(1_000_000));
    check(&"Aa".repeat(500_000));
    check(&"a-".repeat(500_000));
    check(&"a'".repeat(500_000));
    check(&"Durov’s ".repeat(200_000));
    check(&"\n".repeat(1_000_000));
    check(&"\r".repeat(1_000_000));
    check(&"x\r\n".repeat(300_000));
    check(&"Trending Now\n".repeat(100_000));
    check(&"Mr. U.S. Sept. 5 i.e. ".repeat(50_000));
    check(&"Pavel Durov ".repeat(100_000));
    check(&"He said:\n“A\n".repeat(50_000));
    check(&"“A” said ".repeat(50_000));
}

// ---- regressions: inputs that took quadratic time before (fixed in src/) ----

#[test]
fn long_initialisms_are_linear() {
    // "a.b.c.…": each period re-checked the whole word so far (segment.rs); 100 KB took a minute
    for unit in ["a.", "A.", "ab.", "é."] {
        let text = unit.repeat(200_000);
        let d = Document::new(&text);
        assert_eq!(d.tokens.len(), 1, "{unit}: one initialism token");
        assert_eq!(d.tokens[0].end, text.len());
        check(&text);
    }
    // the rule itself is unchanged
    let d = Document::new("U.S. i.e. a.b.c Ph.D. abc.def U.S.-based 1.5.a");
    let words: Vec<&str> = d.tokens.iter().map(|t| d.tok(t)).collect();
    assert_eq!(
        words,
        vec![
            "U.S.", "i.e.", "a.b.c", "Ph.D.", "abc", ".", "def", "U.S.", "-", "based", "1.5.", "a"
        ]
    );
}

#[test]
fn sentences_with_many_ellipses_are_linear() {
    // every ellipsis lowercased the whole rest of its sentence (boilerplate.rs)
    for sep in ["… ", "... ", "…"] {
        let body = format!("a{sep}").repeat(200_000);
        let text = format!("Intro {body}just please sign up for our newsletter.");
        let d = Document::new(&text);
        assert_eq!(d.sentences.len(), 1, "{sep:?}");
        let b = find_boilerplate(&d);
        assert_eq!(b.len(), 1, "{sep:?}");
        assert_eq!(&text[b[0].start..b[0].end], "just please sign up for our newsletter.");
        assert_eq!(b[0].reason.as_str(), "promotion");
        check(&text);
    }
    // fillers longer than the first look at a segment still count
    let text = format!("A long story… {}sign up now.", "just please now ".repeat(40));
    let b = find_boilerplate(&Document::new(&text));
    assert_eq!(b.len(), 1);
    assert!(text[b[0].start..].starts_with("just please"));
    // a sentence that is not promotion stays so however many ellipses it has
    let text = format!("He hesitated{}and then spoke.", "… ".repeat(1000));
    assert!(find_boilerplate(&Document::new(&text)).is_empty());
}

#[test]
fn a_long_name_with_many_short_mentions_is_linear() {
    // each mention recounted the chars of its cluster's (very long) name (coref.rs)
    let n = 1_000_000;
    let m = 100_000;
    // (not at a sentence start: a lone unknown opener before "said" is only a weak guess)
    let text = format!("Xx {}Zz said it.\n{}", "Yy ".repeat(n), "Then Xx said so. ".repeat(m));
    let a = check(&text);
    // a stretch of a million capitalised words is no name at all (MAX_NAME_TOKENS); the short
    // mentions still are, and no cluster name grows with the input
    assert!(a
        .clusters
        .iter()
        .all(|c| c.name.split_whitespace().count() <= article_annotator::lexicon::MAX_NAME_TOKENS));
    assert!(a.entities.iter().filter(|e| e.text == "Xx").count() >= m);
}

#[test]
fn a_title_case_line_of_many_names_is_linear() {
    // every recogniser name of a title-case line rescanned the whole line for list separators
    // (entities.rs): 200,000 names in one line took four minutes
    let a = check(&"Durov’s ".repeat(200_000));
    assert!(a.entities.is_empty(), "a title-case line without separators keeps no unknown name");
    let a = check(&"Pavel Durov , ".repeat(100_000));
    assert_eq!(
        a.entities.iter().filter(|e| e.text == "Pavel Durov" && e.label == Label::Person).count(),
        100_000,
        "the items of a list line are names"
    );
}

/// A made-up capitalised word for `i` < 100,000: "Bakokokokoko", "Badukokokoko", ...
fn made_up_name(i: usize) -> String {
    let syl = ["ko", "du", "fe", "li", "mo", "ra", "se", "tu", "vi", "zo"];
    (0..5).fold("Ba".to_string(), |w, k| w + syl[i / 10usize.pow(k) % 10])
}

#[test]
fn a_long_list_of_defined_names_is_linear() {
    // each name of a list a kind noun opens ("parties such as X, Y, ...") was looked up among all
    // the names defined before it (names/defs.rs)
    let n = 100_000;
    let names: Vec<String> = (0..n).map(made_up_name).collect();
    let a = check(&format!("The parties such as {} and Bazzle met.", names.join(", ")));
    let orgs = a.entities.iter().filter(|e| e.label == Label::Org).count();
    assert!(orgs > n / 2, "the list's names take the kind its noun says: {orgs} of {n}");
    // each "from X to Y" looked through all the document's names for a place at its other end
    let text: String = names.iter().map(|w| format!("The road went from {w} to Paris. ")).collect();
    check(&text);
}

#[test]
fn many_call_signs_in_one_broadcast_sentence_are_linear() {
    // each call sign searched its whole sentence for a broadcast word, and each station removed
    // the names it overlaps by a pass over all the names (names/stations.rs)
    let n = 50_000;
    let signs: Vec<String> = (0..n).map(|i| format!("{}KX", i % 9000 + 1)).collect();
    let a = check(&format!("The radio station airs {} today.", signs.join(" and ")));
    let orgs = a.entities.iter().filter(|e| e.label == Label::Org).count();
    assert!(orgs >= n / 2, "the call signs beside \"radio\" are stations: {orgs} of {n}");
}

#[test]
fn many_districts_unions_and_article_names_are_linear() {
    // each district's name ("the riding of X") was checked and joined by passes over all the
    // names, each joined "X Union in Y" shifted all the names after it, and each name after a
    // glued article ("al-X") looked through all the names for a person before it (names/seats.rs,
    // names/particles.rs)
    let n = 30_000;
    let names: Vec<String> = (0..n).map(made_up_name).collect();
    let ridings: String = names.iter().map(|w| format!("He won the riding of {w}. ")).collect();
    let a = check(&ridings);
    let places = a.entities.iter().filter(|e| e.label == Label::Place).count();
    assert!(places > n / 2, "the districts are places: {places} of {n}");
    let unions: String =
        names.iter().map(|w| format!("the Workers Union in {w}, ")).collect::<String>() + "met.";
    check(&format!("Delegates of {unions}"));
    let particles: String = names.iter().map(|w| format!("Omar Haddad al-{w} and ")).collect();
    check(&format!("{particles}Omar left."));
}

#[test]
fn many_model_codes_and_holidays_are_linear() {
    // each name that took a model code after it ("Zorvex S25") removed the names it holds by a
    // pass over all the names (names/products.rs)
    let n = 30_000;
    let names: Vec<String> = (0..n).map(made_up_name).collect();
    let models: String =
        names.iter().enumerate().map(|(i, w)| format!("the {w} S{} and ", i % 900 + 10)).collect();
    let a = check(&format!("Critics liked {models}the rest."));
    let misc = a.entities.iter().filter(|e| e.label == Label::Misc).count();
    assert!(misc > n / 2, "the names with a model code are products: {misc} of {n}");
    check(&"Black Friday and Thanksgiving and Eid al-Fitr, ".repeat(n));
    // each lone word read as a person looked through all the tokens for its other mentions, and
    // each mention read its whole sentence for a pronoun and a company's word (names/evidence.rs)
    let people: String = names.iter().map(|w| format!("{w} acquired ")).collect();
    check(&format!("{people}the rest, and its staff stayed."));
    let full: String = names.iter().map(|w| format!("Chateau {w}, a wine bar, and ")).collect();
    check(&format!("{full}the rest opened."));
    // each phrase in capitals looked for its lowercase form beside every other phrase's first
    // word, and each compass pair ("Central and South America") read all the names
    // (names/drop.rs, names/regions.rs)
    let phrases: String =
        names.iter().map(|w| format!("Cleaning {w} and cleaning {}. ", w.to_lowercase())).collect();
    check(&phrases);
    check(&"Central and South America, Eastern and Western Europe; ".repeat(n));
}

#[test]
fn a_sentence_opening_with_a_two_byte_capital_before_ing() {
    // found by the annotate_html fuzz target: the gerund check sliced the word after its first byte
    // ("İfending" starts with a two-byte capital)
    let fuzzed = format!("\"İfending Innovation: TeleYy{}", "\"".repeat(13));
    for text in [
        fuzzed.as_str(),
        "\"İfending Innovation: TeleYy said so.",
        "Ärgering the app is hard.\n“Ölling,” he said.",
    ] {
        let a = check(text);
        assert_eq!(a.length, utf16_len(text));
        let h = annotate_html(&format!("<p>{text}</p>"), &Options::default());
        assert!(check_invariants(text, &h).is_empty());
    }
}

#[test]
fn sequels_products_results_and_acronyms_in_one_long_line_are_linear() {
    // a sequel's number asked its whole sentence for other numbers once a candidate; the teams of
    // results were kept in a list each place was compared with (names/products.rs, companies.rs)
    let n = 20_000;
    let names: Vec<String> = (0..n).map(made_up_name).collect();
    let line: String =
        names.iter().map(|w| format!("the game {w} 2 is on the {w} console and ")).collect();
    check(&format!("Critics said that {line}it was fine."));
    let results: String = names
        .iter()
        .zip(names.iter().skip(1))
        .map(|(a, b)| format!("{a} beat {b}, 24-17, in {a}. "))
        .collect();
    check(&results);
    let acronyms: String = (0..n)
        .map(|i| format!("gross domestic product (GDP) and {} (GDP) ", made_up_name(i)))
        .collect();
    check(&acronyms);
}

#[test]
fn offices_legal_forms_outlets_and_hyphen_pairs_are_linear() {
    // an office's name was looked up in every mention, a comma's legal form compared every
    // mention with the joined one, and offices side by side walked back over each other
    // (names/companies.rs); party codes and place pairs split a word's token (names/hyphens.rs)
    let n = 20_000;
    check(&"The Harris County Sheriff's Office said. ".repeat(n));
    check(&"Harris County Sheriff's Office Attorney's Office Sheriff's Department ".repeat(n));
    check(&"Acme, Inc. Zorvex, LLC and The New York Times said. ".repeat(n));
    check(&"Sen. Kay Granger (R-Texas) met US-China D-Minn. envoys at the Xbox One X. ".repeat(n));
    let owned: String = (0..n)
        .map(|i| {
            format!(
                "SpaceX's {} and Minnesota beat Buffalo after he scored, saves and assists. ",
                made_up_name(i)
            )
        })
        .collect();
    check(&owned);
}

#[test]
fn numbered_models_ampersand_firms_and_bare_acronyms_are_linear() {
    // a model's number and trim codes, a model named again without its maker, an organisation
    // before a model's code, firms joined by "&", bare acronyms of organisations and a credit
    // after "by" in a headline (names/products.rs, names/heads.rs, names/merge.rs)
    let n = 20_000;
    check(
        &"The Hyundai Ioniq 5 XRT and the Ioniq 6 beat the Acer Nitro 16 GE and DLSS 3.5. "
            .repeat(n),
    );
    check(&"Sony WF-1000XM5 Px7 S2e Bowers & Wilkins Px7 & Noble & ".repeat(n));
    check(&"The Zorvane Launch Office said ZLO ZLO ZLO agreed. ".repeat(n));
    check(&"Strength of the Few by James Islington\n\n".repeat(n));
    let made: String = (0..n)
        .map(|i| {
            format!(
                "the {} 7 Pro Air and {} & {} G502 said. ",
                made_up_name(i),
                made_up_name(i + 1),
                made_up_name(i + 2)
            )
        })
        .collect();
    check(&made);
}
