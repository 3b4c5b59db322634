//! Every rule and weight of HTML classification, as named data in one place. Nothing here names a
//! site, a URL or a page: only markup words any site may use, stop words of the common languages,
//! and thresholds.

use crate::types::Reason;

/// Class/id words (after splitting "relatedStories", "share-bar", "ad_slot" into words, lowercase)
/// that mark a subtree as not the article, with the reason given for its blocks.
pub const NEGATIVE_WORDS: &[(&str, Reason)] = &[
    // navigation and page furniture
    ("nav", Reason::Navigation),
    ("navbar", Reason::Navigation),
    ("navigation", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("breadcrumb", Reason::Navigation),
    ("breadcrumbs", Reason::Navigation),
    ("crumbs", Reason::Navigation),
    ("masthead", Reason::Navigation),
    ("sidebar", Reason::Navigation),
    ("skip", Reason::Navigation),
    ("pagination", Reason::Navigation),
    ("pager", Reason::Navigation),
    ("prev", Reason::Navigation),
    ("previous", Reason::Navigation),
    ("toolbar", Reason::Navigation),
    ("topbar", Reason::Navigation),
    ("sitemap", Reason::Navigation),
    ("footer", Reason::Navigation),
    ("header", Reason::Navigation),
    ("tags", Reason::Navigation),
    ("tag", Reason::Navigation),
    ("topics", Reason::Navigation),
    ("keywords", Reason::Navigation),
    ("meta", Reason::Navigation),
    ("byline", Reason::Credit),
    ("author", Reason::Credit),
    ("authors", Reason::Credit),
    ("bio", Reason::Credit),
    ("dateline", Reason::Credit),
    ("timestamp", Reason::Credit),
    ("published", Reason::Credit),
    ("date", Reason::Credit),
    ("time", Reason::Credit),
    ("copyright", Reason::Copyright),
    ("disclaimer", Reason::Copyright),
    ("modal", Reason::Navigation),
    ("popup", Reason::Navigation),
    ("overlay", Reason::Navigation),
    ("tooltip", Reason::Navigation),
    ("sr", Reason::Navigation),
    ("offscreen", Reason::Navigation),
    ("visuallyhidden", Reason::Navigation),
    ("print", Reason::Share),
    ("login", Reason::Navigation),
    ("signin", Reason::Navigation),
    ("search", Reason::Navigation),
    ("flyout", Reason::Navigation),
    ("dropdown", Reason::Navigation),
    // sharing
    ("share", Reason::Share),
    ("sharing", Reason::Share),
    ("shares", Reason::Share),
    ("sharebar", Reason::Share),
    ("social", Reason::Share),
    ("sns", Reason::Share),
    ("facebook", Reason::Share),
    ("twitter", Reason::Share),
    ("whatsapp", Reason::Share),
    ("follow", Reason::Share),
    // related and trending stories
    ("related", Reason::Related),
    ("recommended", Reason::Related),
    ("recommendations", Reason::Related),
    ("recommendation", Reason::Related),
    ("trending", Reason::Related),
    ("popular", Reason::Related),
    ("mostread", Reason::Related),
    ("most", Reason::Related),
    ("readmore", Reason::Related),
    ("latest", Reason::Related),
    ("headlines", Reason::Related),
    ("outbrain", Reason::Related),
    ("taboola", Reason::Related),
    ("carousel", Reason::Related),
    ("rail", Reason::Related),
    ("ticker", Reason::Related),
    ("breaking", Reason::Related),
    ("promo", Reason::Promotion),
    ("promotion", Reason::Promotion),
    ("promoted", Reason::Advertisement),
    // advertising
    ("ad", Reason::Advertisement),
    ("ads", Reason::Advertisement),
    // not "adv": in class names it says "advanced" (a page builder's "adv-heading" blocks)
    // more often than "advert"
    ("advert", Reason::Advertisement),
    ("advertisement", Reason::Advertisement),
    ("advertising", Reason::Advertisement),
    ("adslot", Reason::Advertisement),
    ("adunit", Reason::Advertisement),
    ("dfp", Reason::Advertisement),
    ("gpt", Reason::Advertisement),
    ("banner", Reason::Advertisement),
    ("sponsor", Reason::Advertisement),
    ("sponsored", Reason::Advertisement),
    ("commercial", Reason::Advertisement),
    ("partner", Reason::Advertisement),
    ("affiliate", Reason::Advertisement),
    // the same in the class names of European sites (German, French, Polish, Dutch, Spanish)
    ("werbung", Reason::Advertisement),
    ("anzeige", Reason::Advertisement),
    ("publicite", Reason::Advertisement),
    ("reklama", Reason::Advertisement),
    ("advertentie", Reason::Advertisement),
    ("publicidad", Reason::Advertisement),
    // newsletters, subscriptions, apps
    ("newsletter", Reason::Promotion),
    ("newsletters", Reason::Promotion),
    ("subscribe", Reason::Promotion),
    ("subscription", Reason::Promotion),
    ("signup", Reason::Promotion),
    ("paywall", Reason::Promotion),
    ("cta", Reason::Promotion),
    ("donate", Reason::Promotion),
    ("membership", Reason::Promotion),
    ("register", Reason::Promotion),
    // comments
    ("comment", Reason::Comments),
    ("comments", Reason::Comments),
    ("reviews", Reason::Comments),
    ("disqus", Reason::Comments),
    ("discussion", Reason::Comments),
    ("replies", Reason::Comments),
    ("respond", Reason::Comments),
    // consent
    ("cookie", Reason::Cookie),
    ("cookies", Reason::Cookie),
    ("consent", Reason::Cookie),
    ("gdpr", Reason::Cookie),
];

/// Negative words that also count at the start of a longer word ("relatedposts", "sharebuttons",
/// "socialicons"), with the reason.
pub const NEGATIVE_PREFIXES: &[(&str, Reason)] = &[
    ("related", Reason::Related),
    ("share", Reason::Share),
    ("social", Reason::Share),
    ("newsletter", Reason::Promotion),
    ("subscribe", Reason::Promotion),
    ("sidebar", Reason::Navigation),
    ("breadcrumb", Reason::Navigation),
    ("advert", Reason::Advertisement),
    ("sponsor", Reason::Advertisement),
    ("cookie", Reason::Cookie),
    ("footer", Reason::Navigation),
    ("trending", Reason::Related),
];

/// Class/id words of embedded posts and quotations: with one of these, an element is not furniture
/// even when another word says "twitter" or "social" (embedded tweets are part of the story).
pub const EMBED_WORDS: &[&str] =
    &["embed", "embedded", "tweet", "quote", "blockquote", "instagram"];

/// Class/id words that mark the article's own container.
pub const POSITIVE_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "content",
    "story",
    "storybody",
    "body",
    "entry",
    "post",
    "text",
    "main",
    "prose",
    "paragraph",
    "blog",
    "news",
    "lead",
    "lede",
    "teaser",
    "intro",
    "caption",
    "richtext",
];

/// A section opening with a heading marked as furniture of one of these kinds is that furniture
/// (a "related posts" or "comments" title heads the list it names).
pub const TITLED_SECTION_REASONS: &[Reason] = &[Reason::Related, Reason::Comments, Reason::Promotion];

/// Tags whose subtree is page furniture, with the reason.
pub const NEGATIVE_TAGS: &[(&str, Reason)] = &[
    ("nav", Reason::Navigation),
    ("aside", Reason::Related),
    ("footer", Reason::Navigation),
    ("header", Reason::Navigation),
    ("form", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("address", Reason::Credit),
];

/// ARIA roles of page furniture.
pub const NEGATIVE_ROLES: &[(&str, Reason)] = &[
    ("navigation", Reason::Navigation),
    ("banner", Reason::Navigation),
    ("contentinfo", Reason::Navigation),
    ("complementary", Reason::Related),
    ("search", Reason::Navigation),
    ("dialog", Reason::Navigation),
    ("alertdialog", Reason::Navigation),
    ("menu", Reason::Navigation),
    ("menubar", Reason::Navigation),
    ("toolbar", Reason::Navigation),
    ("tablist", Reason::Navigation),
    ("tooltip", Reason::Navigation),
];

/// ARIA roles and `itemprop` values of the article itself.
pub const POSITIVE_ROLES: &[&str] = &[];
pub const POSITIVE_ITEMPROPS: &[&str] = &["articlebody", "articlebody text"];

/// Candidate weights (readability style): a class/id word, an article role or itemprop, a tag.
pub const CLASS_WEIGHT: f32 = 25.0;
pub const ITEMPROP_WEIGHT: f32 = 40.0;
pub const TAG_WEIGHTS: &[(&str, f32)] = &[
    ("article", 10.0),
    ("main", 5.0),
    ("div", 5.0),
    ("section", 3.0),
    ("pre", 3.0),
    ("td", 3.0),
    ("blockquote", 3.0),
    ("ol", -3.0),
    ("ul", -3.0),
    ("dl", -3.0),
    ("li", -3.0),
    ("form", -3.0),
    ("th", -5.0),
    ("h1", -5.0),
    ("h2", -5.0),
    ("h3", -5.0),
    ("h4", -5.0),
    ("h5", -5.0),
    ("h6", -5.0),
];

/// A block scores for its ancestors from this many characters on.
pub const MIN_SCORED_CHARS: usize = 25;
/// Score of a block: 1 + commas + one point per `CHARS_PER_POINT`, at most `MAX_LENGTH_POINTS`.
pub const CHARS_PER_POINT: usize = 100;
pub const MAX_LENGTH_POINTS: f32 = 3.0;
/// A block of `LOW_STOP_MIN_WORDS` or more words with under `LOW_STOP_SHARE` stop words scores
/// `LOW_STOP_FACTOR` of its points.
pub const LOW_STOP_MIN_WORDS: usize = 8;
pub const LOW_STOP_SHARE: f32 = 0.1;
pub const LOW_STOP_FACTOR: f32 = 0.5;
/// How many ancestor levels a block scores for, and the divider of each level.
pub const SCORE_LEVELS: usize = 5;
pub const LEVEL_DIVIDERS: [f32; SCORE_LEVELS] = [1.0, 2.0, 6.0, 9.0, 12.0];
/// A container competes for the article only with at least this much text (characters), unless
/// no container of the page has that much.
pub const MIN_CANDIDATE_CHARS: f32 = 200.0;
/// A candidate under furniture (comments, a sidebar) keeps this share of its score.
pub const FURNITURE_CANDIDATE_FACTOR: f32 = 0.25;
/// Good text: blocks of `MIN_SCORED_CHARS` or more with at most this link share, outside furniture.
pub const GOOD_MAX_LINKS: f32 = 0.3;
/// The article's root moves up to its parent while the parent holds this many times its good text,
/// no other `article` element, and at most `CLIMB_MAX_LINKS` of links (a story cut into cards).
pub const CLIMB_GAIN: f32 = 1.25;
pub const CLIMB_MAX_LINKS: f32 = 0.35;
/// … and only to an ancestor whose text is at least this share good text (not a page wrapper).
pub const CLIMB_MIN_GOOD_SHARE: f32 = 0.5;
/// A sibling of the best container joins the article when its score is this share of the best.
pub const SIBLING_SHARE: f32 = 0.4;
pub const SIBLING_MIN_SCORE: f32 = 10.0;
/// Paragraph-like siblings join when long and with few links.
pub const SIBLING_PARA_CHARS: usize = 80;
pub const SIBLING_PARA_LINKS: f32 = 0.25;
/// … and so do short ones that are one sentence of this many words or more, without links (any
/// element holding a single block counts as a paragraph: stories written as `div`s).
pub const SIBLING_SENTENCE_WORDS: usize = 4;
/// The marks that end a sentence, in the scripts the stop lists cover and in CJK.
pub const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…', '。', '！', '？'];
/// The best container moves up to its parent while the parent scores at least this share of it.
pub const PARENT_SHARE: f32 = 0.75;

/// Inside the article, an element marked as furniture is furniture only when it holds less than
/// this share of the article's text (a wrapper named "content-with-sidebar" around the whole story
/// is not a sidebar).
pub const FURNITURE_MAX_SHARE: f32 = 0.5;

/// A block whose first `REPEAT_PREFIX_CHARS` characters repeat an earlier block's is a repeat
/// (gallery captions shown twice, a teaser repeated after the story), from this length on.
/// Paragraphs (`p`) may repeat (recipes, refrains) and are repeats only as captions.
pub const REPEAT_PREFIX_CHARS: usize = 80;

/// Inside the article: a block is navigation when this share of it is links (short blocks) …
pub const MAX_LINK_DENSITY_SHORT: f32 = 0.5;
/// … or this share (long blocks, from `LONG_BLOCK_CHARS` on).
pub const MAX_LINK_DENSITY_LONG: f32 = 0.75;
pub const LONG_BLOCK_CHARS: usize = 120;
/// Inside the article, a line of at most this many words giving a date (a year and a time of day,
/// or a date in digits) is a dateline.
pub const DATE_LINE_MAX_WORDS: usize = 10;
/// … and a date in digits alone counts up to this many words (its three numbers and one word).
pub const DATE_ONLY_MAX_WORDS: usize = 4;
/// A heading in a list item that is this share links is a linked headline of another story.
pub const LINKED_LIST_HEADING: f32 = 0.9;
/// A block showing a web address is never too many links (the author wrote the link out).
pub const URL_MARKS: &[&str] = &["://", "www."];
/// A shorter block written as a sentence (this many words or more, stop words among them, a
/// sentence mark at the end) is allowed the long blocks' share: a sentence with a linked name.
pub const LINKED_SENTENCE_WORDS: usize = 6;

/// Stop words of the common languages, lowercase, written for this project (en, de, fr, es, it,
/// pt, nl, ru, pl, id, sv, tr). One set: a word in any of them counts.
pub const STOP_WORDS: &[&str] = &[
    // en
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "you",
    "his",
    "her",
    "their",
    "our",
    "not",
    "no",
    "will",
    "would",
    "can",
    "could",
    "said",
    "which",
    "who",
    "what",
    "when",
    "there",
    "than",
    "also",
    "about",
    "into",
    "after",
    "if",
    // de
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "ein",
    "eine",
    "einen",
    "dem",
    "den",
    "des",
    "zu",
    "mit",
    "sich",
    "auf",
    "für",
    "von",
    "auch",
    "es",
    "im",
    "sie",
    "er",
    "wir",
    "wie",
    "bei",
    "aus",
    "nach",
    "wird",
    "hat",
    "dass",
    "sind",
    "noch",
    "oder",
    "aber",
    "über",
    // fr
    "le",
    "la",
    "les",
    "de",
    "des",
    "du",
    "un",
    "une",
    "et",
    "est",
    "en",
    "que",
    "qui",
    "dans",
    "pour",
    "pas",
    "sur",
    "au",
    "aux",
    "il",
    "elle",
    "ils",
    "nous",
    "vous",
    "ce",
    "cette",
    "par",
    "plus",
    "avec",
    "sont",
    "ont",
    // es
    "el",
    "los",
    "las",
    "del",
    "y",
    "que",
    "es",
    "por",
    "con",
    "para",
    "una",
    "su",
    "se",
    "lo",
    "como",
    "más",
    "pero",
    "sus",
    "le",
    "ya",
    "fue",
    "este",
    "ha",
    "si",
    "sobre",
    "entre",
    "cuando",
    "también",
    // it
    "il",
    "di",
    "che",
    "e",
    "non",
    "per",
    "un",
    "gli",
    "della",
    "nel",
    "alla",
    "sono",
    "ha",
    "anche",
    "come",
    "più",
    "dei",
    "delle",
    "questo",
    "ma",
    "ed",
    "sul",
    "nella",
    // pt
    "o",
    "os",
    "as",
    "um",
    "uma",
    "não",
    "em",
    "com",
    "ao",
    "da",
    "do",
    "das",
    "dos",
    "na",
    "no",
    "pelo",
    "pela",
    "mais",
    "foi",
    "ser",
    "seu",
    "sua",
    "ou",
    "quando",
    "muito",
    "já",
    "também",
    // nl
    "het",
    "een",
    "en",
    "van",
    "ik",
    "te",
    "dat",
    "zijn",
    "op",
    "aan",
    "met",
    "voor",
    "niet",
    "er",
    "maar",
    "om",
    "hij",
    "ze",
    "bij",
    "ook",
    "tot",
    "je",
    "uit",
    "wordt",
    "werd",
    // ru
    "и",
    "в",
    "во",
    "не",
    "что",
    "он",
    "на",
    "я",
    "с",
    "со",
    "как",
    "а",
    "то",
    "все",
    "она",
    "так",
    "его",
    "но",
    "да",
    "ты",
    "к",
    "у",
    "же",
    "вы",
    "за",
    "бы",
    "по",
    "от",
    "из",
    "о",
    "это",
    "для",
    "при",
    "был",
    "была",
    "были",
    "также",
    "который",
    "которые",
    // pl
    "i",
    "w",
    "z",
    "na",
    "się",
    "nie",
    "do",
    "to",
    "że",
    "jest",
    "o",
    "jak",
    "po",
    "ale",
    "od",
    "za",
    "co",
    "przez",
    "oraz",
    "są",
    "był",
    "dla",
    // id
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "ini",
    "itu",
    "dengan",
    "untuk",
    "pada",
    "adalah",
    "tidak",
    "akan",
    "dalam",
    "juga",
    "oleh",
    "atau",
    "ada",
    "karena",
    "bahwa",
    // sv
    "och",
    "att",
    "det",
    "som",
    "är",
    "av",
    "för",
    "med",
    "den",
    "till",
    "har",
    "inte",
    "om",
    "ett",
    "var",
    // tr
    "ve",
    "bir",
    "bu",
    "da",
    "de",
    "için",
    "ile",
    "olarak",
    "daha",
    "çok",
    "gibi",
    "ama",
];

fn stop_set() -> &'static super::tree::FnvSet<&'static str> {
    static S: std::sync::OnceLock<super::tree::FnvSet<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| STOP_WORDS.iter().copied().collect())
}

/// Han, kana and similar scripts written without spaces: each character counts as a word.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x0E00..=0x0E7F)
}

/// Words of a text and how many are stop words.
pub fn count_words(text: &str) -> (usize, usize) {
    let stops = stop_set();
    let mut words = 0;
    let mut stop = 0;
    let mut word = String::new();
    let end_word = |w: &mut String, words: &mut usize, stop: &mut usize| {
        if !w.is_empty() {
            *words += 1;
            if stops.contains(w.as_str()) {
                *stop += 1;
            }
            w.clear();
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII: no unspaced script, and lowercased byte by byte
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                word.push(b.to_ascii_lowercase() as char);
            } else {
                end_word(&mut word, &mut words, &mut stop);
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a character");
        i += c.len_utf8();
        if is_unspaced_script(c) {
            end_word(&mut word, &mut words, &mut stop);
            words += 1;
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            end_word(&mut word, &mut words, &mut stop);
        }
    }
    end_word(&mut word, &mut words, &mut stop);
    (words, stop)
}

/// The words of class and id values: split at non-letters and at lowercase→uppercase steps.
pub fn class_words(value: &str, mut f: impl FnMut(&str)) {
    // a word is a stretch of ASCII letters of the value: passed as it is when it is lowercase,
    // else lowercased into one buffer (no allocation per word)
    let mut buf = String::new();
    let mut word = |w: &str| {
        if w.bytes().any(|c| c.is_ascii_uppercase()) {
            buf.clear();
            buf.extend(w.chars().map(|c| c.to_ascii_lowercase()));
            f(&buf);
        } else {
            f(w);
        }
    };
    let b = value.as_bytes();
    let mut start = None;
    let mut prev_lower = false;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_alphabetic() {
            match start {
                Some(s) if c.is_ascii_uppercase() && prev_lower => {
                    word(&value[s..i]);
                    start = Some(i);
                }
                None => start = Some(i),
                _ => {}
            }
            prev_lower = c.is_ascii_lowercase();
        } else {
            if let Some(s) = start.take() {
                word(&value[s..i]);
            }
            prev_lower = false;
        }
    }
    if let Some(s) = start {
        word(&value[s..]);
    }
}

/// A class value of a CMS's post (`hentry`, or `type-…` with `status-…`) names the post's
/// taxonomy in tokens with these prefixes ("tag-sports", "category-news", "author-jane"): they
/// carry no class words.
pub const POST_CLASS_MARKERS: &[&str] = &["hentry"];
pub const POST_TYPE_PREFIX: &str = "type-";
pub const POST_STATUS_PREFIX: &str = "status-";
pub const TAXONOMY_CLASS_PREFIXES: &[&str] = &["tag-", "category-", "author-"];

/// Whether a class value is a CMS post's (see `POST_CLASS_MARKERS`).
pub fn is_post_class(class: &str) -> bool {
    let has = |p: &str| class.split_ascii_whitespace().any(|t| t.starts_with(p));
    class.split_ascii_whitespace().any(|t| POST_CLASS_MARKERS.contains(&t))
        || (has(POST_TYPE_PREFIX) && has(POST_STATUS_PREFIX))
}

/// Whether a class token names a post's taxonomy ("tag-sports").
pub fn is_taxonomy_class(token: &str) -> bool {
    TAXONOMY_CLASS_PREFIXES.iter().any(|p| token.len() > p.len() && token.starts_with(p))
}

/// Class words that mark an image caption outside `figcaption` ("wp-caption-text", "photo-caption").
pub const CAPTION_WORDS: &[&str] = &["caption", "figcaption"];

/// Whether a class value marks a caption.
pub fn is_caption_class(class: &str) -> bool {
    // a class word is a stretch of the value lowercased, and every caption word holds "caption"
    if !contains_ascii_ci(class, "caption") {
        return false;
    }
    let mut yes = false;
    class_words(class, |w| yes |= CAPTION_WORDS.contains(&w));
    yes
}

/// Class words of hover cards, tooltips and fly-outs, and of their bodies. An element one of whose
/// classes names both ("rollover-block", "tooltip-content", "popover-body", "flyout-inner") holds
/// text shown only on hover, not page text: it is skipped like a hidden element, also inside a
/// paragraph (a person's card with links to other stories). The word it explains stays: the
/// trigger's class names no body.
pub const POPUP_WORDS: &[&str] =
    &["tooltip", "popup", "popover", "rollover", "hovercard", "flyout"];
pub const POPUP_BODY_WORDS: &[&str] = &["block", "content", "body", "inner", "text", "panel"];

/// Whether a class value marks the body of a hover card.
/// Whether `hay` holds `needle` (ASCII) in any case.
pub fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes().windows(needle.len()).any(|x| x.eq_ignore_ascii_case(needle.as_bytes()))
}

pub fn is_popup_body(class: &str) -> bool {
    if !POPUP_WORDS.iter().any(|w| contains_ascii_ci(class, w)) {
        return false;
    }
    class.split_ascii_whitespace().any(|token| {
        let (mut popup, mut body) = (false, false);
        class_words(token, |w| {
            popup |= POPUP_WORDS.contains(&w);
            body |= POPUP_BODY_WORDS.contains(&w);
        });
        popup && body
    })
}

/// Class names of text kept for screen readers and moved off the screen ("sr-only",
/// "screen-reader-text", "visually-hidden", "off-screen", "element-invisible"), written without
/// their hyphens and underscores: a class ending in one of them ("at4-visually-hidden") hides its
/// text from the page like `display:none` ("Image caption" before a caption, "Share on X" in a
/// share button), so it is skipped.
pub const SCREEN_READER_CLASSES: &[&str] = &[
    "sronly",
    "screenreadertext",
    "screenreaderonly",
    "visuallyhidden",
    "offscreen",
    "elementinvisible",
    "assistivetext",
];

/// Whether a class value hides its text from the screen (see [`SCREEN_READER_CLASSES`]). A
/// modifier after "--" must be the name alone: "field--label-visually-hidden" says the field's
/// label is hidden, not the field.
pub fn is_screen_reader_only(class: &str) -> bool {
    class.split_ascii_whitespace().any(|token| {
        // after the last "--"
        let t = token.as_bytes();
        let last = (1..t.len()).rev().find(|&k| t[k] == b'-' && t[k - 1] == b'-');
        let (token, whole) = last.map_or((token, false), |k| (&token[k + 1..], true));
        // the token's last letters (no hyphens or underscores), lowercase, from the end: one
        // more than the longest name, to tell a name alone from a longer token
        let mut tail = [0u8; SCREEN_READER_MAX + 1];
        let mut len = 0;
        for c in token.bytes().rev().filter(|c| !matches!(c, b'-' | b'_')).take(tail.len()) {
            tail[len] = c.to_ascii_lowercase();
            len += 1;
        }
        SCREEN_READER_CLASSES.iter().any(|name| {
            let name = name.as_bytes();
            name.len() <= len
                && name.iter().rev().zip(&tail).all(|(a, b)| a == b)
                && (!whole || len == name.len())
        })
    })
}

/// The longest of [`SCREEN_READER_CLASSES`] (all lowercase).
const SCREEN_READER_MAX: usize = 16;

/// The reason a class/id word gives, if it is negative.
pub fn negative_word(w: &str) -> Option<Reason> {
    static WORDS: std::sync::OnceLock<super::tree::FnvMap<&'static str, Reason>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| NEGATIVE_WORDS.iter().copied().collect());
    words
        .get(w)
        .copied()
        .or_else(|| NEGATIVE_PREFIXES.iter().find(|(p, _)| w.starts_with(p)).map(|(_, r)| *r))
}

pub fn embed_word(w: &str) -> bool {
    EMBED_WORDS.contains(&w)
}

pub fn positive_word(w: &str) -> bool {
    POSITIVE_WORDS.contains(&w)
}

/// A page with less text than this (characters) as parsed is read again with its `noscript`
/// content and hidden containers shown (its text is put in place by script).
pub const REVEAL_BELOW_CHARS: usize = 200;

/// A page whose hidden containers hold this many times the text it shows is read with them shown
/// (streamed server rendering parks the story in hidden containers that its script moves into
/// place).
pub const REVEAL_HIDDEN_TIMES: f32 = 2.0;

/// A page whose `noscript` elements hold this many times the text it shows (a thread that
/// script draws, written out for readers without script) is read with their content as markup.
pub const REVEAL_NOSCRIPT_TIMES: f32 = 5.0;

/// A region that is one of `ALIKE_MIN_ITEMS` or more siblings made alike (same tag and class; or
/// the same bare tag of `ALIKE_BARE_TAGS`), looked for up to `ALIKE_LEVELS` levels above it, is
/// widened to their parent when the alike items hold `ALIKE_MIN_SHARE` of its text and it has at
/// most `ALIKE_MAX_LINKS` of links: a thread's posts, a question's answers, a listing's items.
pub const ALIKE_MIN_ITEMS: usize = 3;
pub const ALIKE_LEVELS: usize = 5;
pub const ALIKE_MIN_SHARE: f32 = 0.6;
pub const ALIKE_MAX_LINKS: f32 = 0.5;
pub const ALIKE_BARE_TAGS: &[&str] = &["article", "li", "tr", "section"];

/// An article shorter than this (characters) is not a story: the page is read as a listing.
pub const WEAK_ARTICLE_CHARS: usize = 1600;
/// How many times the short article's text a listing must hold to replace it.
pub const WEAK_LIST_GAIN: f32 = 2.0;
/// At most this share of a listing's text is links (items that are only links are a strip of
/// other stories, not the page's content).
pub const WEAK_LIST_MAX_LINKS: f32 = 0.97;

/// `meta` tags (by `name` or `property`) whose `content` describes the page: the last fallback of
/// an empty main text.
pub const META_DESCRIPTION_NAMES: &[&str] =
    &["description", "og:description", "twitter:description"];

/// A main text shorter than this (characters) is too little: the fallback chain runs (JSON-LD,
/// microdata, meta descriptions; `html::fallback`).
pub const FALLBACK_BELOW_CHARS: usize = 200;
/// A fallback text replaces a short main text only when it is this many times longer.
pub const FALLBACK_GAIN: f32 = 1.5;
/// JSON-LD keys whose string value is the body of the page's main thing (an article's body, a
/// post's, an answer's or a comment's text), in any object.
pub const JSON_LD_BODY_KEYS: &[&str] = &["articleBody", "text", "reviewBody"];
/// JSON-LD types whose `description` is not the page's content (the site, its owner, a picture).
pub const JSON_LD_SKIP_TYPES: &[&str] = &[
    "Organization",
    "NewsMediaOrganization",
    "Corporation",
    "LocalBusiness",
    "WebSite",
    "Person",
    "Brand",
    "ImageObject",
    "VideoObject",
    "BreadcrumbList",
    "ListItem",
    "SearchAction",
    "Offer",
    "AggregateRating",
    "Rating",
    "PostalAddress",
];
/// Microdata properties whose element holds the page's main text.
pub const MICRODATA_TEXT_PROPS: &[&str] = &["articlebody", "description", "text", "reviewbody"];
/// Nesting a JSON-LD document may have before the rest of it is ignored.
pub const JSON_LD_MAX_DEPTH: usize = 64;

/// A region holding under this share of the page's good text (paragraph-like, few links, outside
/// furniture) is widened to the lowest ancestor holding `WIDEN_TO_SHARE` of it.
pub const WIDEN_BELOW_SHARE: f32 = 0.5;
pub const WIDEN_TO_SHARE: f32 = 0.8;

/// An element a class word calls navigation that holds this share of the page's good text is a
/// wrapper of the page, not navigation.
pub const WRAPPER_GOOD_SHARE: f32 = 0.5;
/// Furniture tags that may be such a wrapper too (a site builder's `header` section around the
/// post), when under this share of their text is links.
pub const WRAPPER_TAGS: &[&str] = &["header"];
pub const WRAPPER_TAG_MAX_LINKS: f32 = 0.2;
/// A comment section holding this share of the page's good text is the page (a forum thread).
pub const COMMENTS_PAGE_GOOD_SHARE: f32 = 0.9;

/// A page whose article came out under `SHORT_ARTICLE_CHARS` (a category of a shop, a service
/// page, a listing of short tiles) takes the lowest ancestor of its article, outside structural
/// furniture, holding `SHORT_WIDEN_SHARE` of the text outside that furniture.
pub const SHORT_ARTICLE_CHARS: usize = 2000;
pub const SHORT_WIDEN_SHARE: f32 = 0.5;
/// A longer article holding under this share of the page's text outside structural furniture
/// (one written section of a landing page) is widened the same way.
pub const PART_ARTICLE_SHARE: f32 = 0.35;
/// A short article holding a paragraph this long (ending as a sentence) is a short story, kept
/// as it is.
pub const SHORT_STORY_PARAGRAPH_CHARS: usize = 500;
/// The ancestor a short article widens to adds at least this many characters.
pub const SHORT_WIDEN_MIN_GAIN: usize = 500;
/// Furniture by class words that the widened article never takes in (comments under a story).
pub const SHORT_WIDEN_STOPS: &[Option<Reason>] = &[Some(Reason::Comments)];
/// Meta tags (`name` or `property`) saying what kind of thing the page is.
pub const META_KIND_NAMES: &[&str] = &["og:type"];
/// Kinds (`og:type`, JSON-LD `@type`) that make a page an article: its short story is not
/// widened to the page (`SHORT_ARTICLE_CHARS`).
pub const ARTICLE_KINDS: &[&str] = &[
    "article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ScholarlyArticle",
    "TechArticle",
    "LiveBlogPosting",
    "SocialMediaPosting",
];

// ---- forum threads and service pages (`forum.rs`) ----

/// A `form` holding this share of the page's good text wraps the page (a thread's posts), it is
/// not furniture.
pub const FORM_WRAPPER_GOOD_SHARE: f32 = 0.5;

/// Widgets (by ARIA role) that show written text in panels, an accordion of questions and
/// answers: with `TEXT_WIDGET_MIN_GOOD` characters of good text, `TEXT_WIDGET_GOOD_SHARE` of their
/// text, they are content, not navigation. (Carousels were tried too: their testimonials are the
/// page's text as often as not.)
pub const TEXT_WIDGET_ROLES: &[&str] = &["tablist"];
pub const TEXT_WIDGET_MIN_GOOD: f32 = 400.0;
pub const TEXT_WIDGET_GOOD_SHARE: f32 = 0.6;

// ---- Collections and listings: tile grids (`lists.rs`) ----

/// A page whose article came out under this many characters may be a grid of tiles.
pub const TILE_WEAK_ARTICLE_CHARS: usize = 1600;
/// An article holding a paragraph written out of this many characters may be a short story with
/// a strip of headlines under it: a grid replaces it only outside all furniture and holding
/// `TILE_STORY_GAIN` times its text.
pub const TILE_STORY_PARAGRAPH_CHARS: usize = 200;
pub const TILE_STORY_GAIN: f32 = 4.0;
/// A tile grid has this many items made alike or more …
pub const TILE_MIN_ITEMS: usize = 3;
/// … this share of them tiles (more than one block, or a heading) …
pub const TILE_SHARE: f32 = 0.8;
/// … this share of their text links (tiles are links, or facts with a link to the thing: a
/// trail's difficulty and length, then "Trail details"; posts and teasers written out are found
/// by `list_of_alike` and `weak_region_to_list`) …
pub const TILE_MIN_LINKS: f32 = 0.15;
/// … this many times the weak article's text, and at least this many characters.
pub const TILE_GAIN: f32 = 2.0;
pub const TILE_MIN_CHARS: f32 = 100.0;
/// A page with no one grid that long is its grids together when it shows this many (a
/// category's carousels over its grid) and they are that long.
pub const TILE_MIN_GRIDS: usize = 2;
/// Furniture a tile grid never lies in (a menu's items are alike too).
pub const TILE_BLOCKING: &[Option<Reason>] = &[
    Some(Reason::Navigation),
    Some(Reason::Comments),
    Some(Reason::Share),
    Some(Reason::Cookie),
];
/// A page so short that its fallback text answers (`FALLBACK_BELOW_CHARS`) keeps that answer
/// when the fallback holds this share of the grid's text.
pub const TILE_FALLBACK_SHARE: f32 = 0.5;
/// Tags a tile grid never lies in, whatever their size.
pub const TILE_BLOCKING_TAGS: &[&str] = &["nav", "aside", "footer", "header", "menu"];
/// Furniture named by class words (or a `form`) holding this share of the page's text is a
/// wrapper (a `form` around the page).
pub const TILE_WRAPPER_SHARE: f32 = 0.5;

// ---- lists3: a shop's grid of priced cards (`lists.rs`, `priced_grid`) ----

/// A grid of priced cards has this many items made alike or more, this share of them with a
/// price, and this many characters in all.
pub const PRICED_GRID_MIN_ITEMS: usize = 4;
pub const PRICED_GRID_SHARE: f32 = 0.6;
pub const PRICED_GRID_MIN_CHARS: f32 = 200.0;
/// … and at least this share of the characters kept before it (not a strip of offers beside a
/// story or a guide).
pub const PRICED_GRID_KEPT_SHARE: f32 = 0.8;
/// A grid of which this share is kept already was read block by block: it is left as it is.
pub const PRICED_GRID_MAX_KEPT: f32 = 0.5;
/// Furniture a grid of priced cards never lies in, even holding most of the page (a strip of
/// related products under a short story).
pub const PRICED_GRID_BLOCKING: &[Reason] = &[Reason::Related];

// ---------------------------------------------------------------------------------------------
// Product pages (a shop's page of one thing: its title, price, description and specifications)
// ---------------------------------------------------------------------------------------------

/// The id prefix of a container that streamed server rendering parks hidden at the end of the
/// page until its script moves it into place (React's `<div hidden id="S:1">`): shown text.
pub const STREAMED_SEGMENT_ID_PREFIX: &str = "S:";
/// The id prefix of the placeholder a streamed segment goes to (`<template id="B:1">`).
pub const STREAMED_PLACEHOLDER_ID_PREFIX: &str = "B:";

/// Whether an element id names a streamed segment (`STREAMED_SEGMENT_ID_PREFIX` and then letters
/// or digits only).
pub fn is_streamed_segment(id: &str) -> bool {
    id.strip_prefix(STREAMED_SEGMENT_ID_PREFIX)
        .is_some_and(|r| !r.is_empty() && r.bytes().all(|c| c.is_ascii_alphanumeric()))
}

/// What a page says it is (`og:type`, a top-level JSON-LD `@type`) when it is one product's page.
/// Compared without regard to case.
pub const PRODUCT_KINDS: &[&str] = &[
    "product",
    "og:product",
    "product.item",
    "product.group",
    "ProductGroup",
    "IndividualProduct",
    "ProductModel",
];
/// The microdata property of an offer's price (`itemprop="price"`): a page marking up exactly one
/// is one product's page.
pub const PRODUCT_PRICE_ITEMPROPS: &[&str] = &["price"];
/// Class or id words that mark buyers' reviews on a product page (comments, never the page).
pub const PRODUCT_REVIEW_WORDS: &[&str] = &["review", "reviews"];
/// A reviews section holding at most this share of a product page's kept text is comments (more
/// is a wrapper of the page whose class names its reviews).
pub const REVIEWS_MAX_SHARE: f32 = 0.8;
/// A product page's kept text leaving its title out grows to their common ancestor's prose:
/// blocks of at least this many characters (and the title).
pub const PRODUCT_PROSE_MIN_CHARS: usize = 150;
/// A kept block with at least this share of its non-space bytes in UUIDs is machine text.
pub const MACHINE_TEXT_MIN_SHARE: f32 = 0.5;
/// A kept block at least this long repeating an earlier kept block's whole text is a repeat: any
/// block (a name, a price, a size shown again in a sticky bar or a layout for another screen).
pub const REPEAT_LINE_MIN_CHARS: usize = 1;
/// A price: a block of at most `PRICE_MAX_CHARS` characters with a digit and one of these marks
/// (room for its terms: "£59.00 incl. VAT, plus the costs of shipping").
pub const PRICE_MAX_CHARS: usize = 60;
pub const CURRENCY_MARKS: &[&str] = &[
    "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "฿", "₱", "zł", "Kč", "kr", "CHF", "USD", "EUR",
    "GBP", "AUD", "CAD", "JPY", "INR", "R$",
];
/// A strip of other products on a product page: at least `STRIP_MIN_ITEMS` siblings made alike
/// (two: "complete the set" shows a pair of accessories),
/// each a card of at most `STRIP_CARD_MAX_CHARS` characters with a link, `STRIP_PRICED_SHARE` of
/// them with a price; an ancestor adding at most `STRIP_TITLE_MAX_CHARS` (its title) goes with it.
pub const STRIP_MIN_ITEMS: usize = 2;
pub const STRIP_CARD_MAX_CHARS: usize = 300;
pub const STRIP_PRICED_SHARE: f32 = 0.5;
pub const STRIP_TITLE_MAX_CHARS: usize = 80;

// Service and landing pages (`service.rs`).

/// A `header` inside one of these elements opens part of the content (a landing page's hero), not
/// the page's banner.
pub const HEADER_SCOPING_TAGS: &[&str] = &["main"];

/// An article with no paragraph of `SHORT_STORY_PARAGRAPH_CHARS` (a landing page's short blocks)
/// holding under this share of the page's text outside structural furniture is widened as a short
/// one is (`PART_ARTICLE_SHARE` for a written one), when `PART_UNWRITTEN_ADDED_GOOD` of the text
/// the widening adds is good text (paragraph-like, few links: not a grid of links and prices).
pub const PART_UNWRITTEN_SHARE: f32 = 0.5;
pub const PART_UNWRITTEN_ADDED_GOOD: f32 = 0.3;

// Discussions: forum threads and questions with answers (`forum.rs`).

/// A page whose JSON-LD names one of these `@type`s is a discussion: a thread or a question with
/// its answers, whose replies are the page however they are marked.
pub const DISCUSSION_KINDS: &[&str] = &["DiscussionForumPosting", "QAPage"];
/// On a discussion page, a comment section holding this share of the page's good text is the
/// page (the replies under an opening post), not comments under an article.
pub const DISCUSSION_COMMENTS_GOOD_SHARE: f32 = 0.15;
/// On a page that says neither discussion nor article (no JSON-LD or `og:type` kind), a comment
/// section holding this share of the good text is the page: replies under a short post, where an
/// article's reader comments hold less than its story (unless the section names reviews).
pub const UNTYPED_COMMENTS_GOOD_SHARE: f32 = 0.6;
/// Class or id words naming a poster's signature or user card under a post, or the rank shown
/// under the poster's name ("usertitle"): a credit, not text.
pub const SIGNATURE_WORDS: &[&str] = &["signature", "signatures", "postsignature", "usertitle"];
/// What every one of `SIGNATURE_WORDS` holds: a name without one of these among its letters names
/// no signature (a quick test before its words are cut out).
pub const SIGNATURE_CORES: &[&str] = &["signature", "usertitle"];
/// A class or id name of more words is not a signature's (an id made of a heading's words).
pub const SIGNATURE_MAX_WORDS: usize = 4;

// Blogs: wrappers named for a credit (`classify.rs`).

/// Furniture reasons besides navigation whose class word ("date-outer", "author-posts") on an
/// element holding `WRAPPER_GOOD_SHARE` of the page's good text names a wrapper of the page (a
/// blog's posts grouped by their date), not the furniture: a byline never holds most sentences.
pub const CREDIT_WRAPPER_REASONS: &[Reason] = &[Reason::Credit];

// Pop-ups and hidden utility classes (`classify.rs`, `product.rs`).

/// ARIA roles of pop-ups (a cookie notice, a policy opened in a modal): a container inside one is
/// the page's region only when no container outside is a candidate.
pub const DIALOG_ROLES: &[&str] = &["dialog", "alertdialog"];

/// Utility classes that hide an element (`display: none` in the common CSS frameworks): on a
/// product page, text under one is not shown (`product::hidden_by_class`).
pub const HIDDEN_CLASSES: &[&str] = &["hide", "hidden"];

// Cards in a kept grid (`lists.rs`).

/// A card's linked name is looked for in cards at most this many levels above its block.
pub const CARD_TITLE_MAX_LEVELS: usize = 6;
/// A card holds at most this many characters, and its name this share of links.
pub const CARD_MAX_CHARS: f32 = 600.0;
pub const CARD_TITLE_MIN_LINKS: f32 = 0.9;
/// Cards keep their names when their kept text is at least this share of the page's kept text.
pub const CARD_GRID_MIN_SHARE: f32 = 0.3;

// ---- products: text a shop's script shows (a hidden main, a description from data) ----

/// A page whose `main` element hides at least this many bytes of text and shows under
/// `HIDDEN_MAIN_SHOWN_SHARE` of that is read with its hidden containers shown.
pub const HIDDEN_MAIN_MIN_BYTES: usize = 200;
pub const HIDDEN_MAIN_SHOWN_SHARE: f32 = 0.1;
/// A product page whose main text shows under `UNSHOWN_DESCRIPTION_SHARE` of the words of its
/// JSON-LD description (written text: `UNSHOWN_DESCRIPTION_MIN_SPACES` spaces or more) gets
/// that description after it (`product::unshown_description`).
pub const UNSHOWN_DESCRIPTION_SHARE: f32 = 0.5;
pub const UNSHOWN_DESCRIPTION_MIN_SPACES: usize = 5;

// ---- services and forums: repeated sections ----

/// Paragraphs copying earlier ones word for word are repeats when at least this many follow one
/// another in the order of the originals (`classify::repeated_paragraph_runs`): a section the
/// page writes twice (for wide and narrow screens), a post quoted whole in a reply. A paragraph
/// repeated alone (a refrain, a question asked of each guest) stays.
pub const REPEAT_RUN_PARAGRAPHS: usize = 2;

// ---- articles and documentation: sections their heading names (`classify.rs`) ----

/// A section opening with a heading that says what furniture it is, whatever its classes say:
/// the heading's text (lowercase, trailing colons and spaces cut) and the reason it gives.
pub const FURNITURE_TITLES: &[(&str, Reason)] = &[
    ("about the author", Reason::Credit),
    ("about the authors", Reason::Credit),
    ("about the reviewer", Reason::Credit),
    ("about the writer", Reason::Credit),
    ("related posts", Reason::Related),
    ("related articles", Reason::Related),
    ("related stories", Reason::Related),
    ("related content", Reason::Related),
    ("read next", Reason::Related),
    ("read this next", Reason::Related),
    ("popular posts", Reason::Related),
    ("recent posts", Reason::Related),
    ("more stories", Reason::Related),
    ("leave a reply", Reason::Comments),
    ("leave a comment", Reason::Comments),
    // the same titles on European sites (German, French, Spanish, Italian, Polish)
    ("über den autor", Reason::Credit),
    ("über die autorin", Reason::Credit),
    ("à propos de l'auteur", Reason::Credit),
    ("sobre el autor", Reason::Credit),
    ("sull'autore", Reason::Credit),
    ("o autorze", Reason::Credit),
    ("ähnliche artikel", Reason::Related),
    ("articles similaires", Reason::Related),
    ("articles liés", Reason::Related),
    ("artículos relacionados", Reason::Related),
    ("articoli correlati", Reason::Related),
    ("powiązane artykuły", Reason::Related),
    ("kommentar schreiben", Reason::Comments),
    ("laisser un commentaire", Reason::Comments),
    ("deja un comentario", Reason::Comments),
    ("lascia un commento", Reason::Comments),
    ("dodaj komentarz", Reason::Comments),
];
/// No title of `FURNITURE_TITLES` is longer (bytes): longer headings are not compared.
pub const FURNITURE_TITLE_MAX_BYTES: usize = 32;
/// A heading's section is looked for at most this many levels above it (a heading wrapped in a
/// `span` or a title `div`).
pub const FURNITURE_TITLE_MAX_LEVELS: usize = 3;

// ---- collections and listings (lists.rs) ----

/// Class words that make a navigation word in the same class token name the page's own list:
/// "search-results" holds what was found, not the search box.
pub const RESULTS_WORDS: &[&str] = &["results", "result"];

/// A page widened to its section around a short article leaves out the blocks of links under
/// a box a class word names navigation (a filter's drop-down of options) holding this share of
/// links or more.
pub const WIDEN_MENU_LINKS: f32 = 0.9;

// ---- articles (2): other posts' teaser cards ----

/// A teaser card: the lowest element (at most `TEASER_CARD_LEVELS` above a heading) holding a
/// heading that is this share links (another post's title) and more, with at most
/// `TEASER_MAX_CHARS` of other text, made like `TEASER_MIN_ALIKE - 1` siblings or more (same tag
/// and first class; the card or one of its `TEASER_CARD_LEVELS` ancestors). The good text of such
/// cards does not carry the article's region up (`classify::teaser_good`): a story with a column
/// of "latest news" teasers beside it stays the story.
pub const TEASER_TITLE_LINKS: f32 = 0.8;
pub const TEASER_CARD_LEVELS: usize = 3;
pub const TEASER_MAX_CHARS: f32 = 600.0;
pub const TEASER_MIN_ALIKE: usize = 3;
/// Only a card's written excerpts count: blocks of this many words or more, with stop words.
pub const TEASER_MIN_WORDS: usize = 10;
/// A region widening to the page (`WIDEN_BELOW_SHARE`) leaves teasers out of the page's text
/// only when it holds this much good text itself (a story, not a listing's intro).
pub const TEASER_MIN_STORY: f32 = 1000.0;
/// Class words of an accordion or tabs around a card: its linked heading opens the card's own
/// text (a question and its answer), it is no teaser.
pub const TEASER_TOGGLE_WORDS: &[&str] = &["accordion", "faq", "faqs", "toggle", "collapse", "collapsible", "tab", "tabs"];

// ---- forums and Q&A (forum2): the question above its answers, posters' cards (`forum.rs`) ----

/// `itemprop` values naming the page's main thing: on a question page, the question holding its
/// answers. A page with exactly one such element (not a FAQ's many questions) whose `itemtype`
/// ends in one of `QUESTION_ITEMTYPES` is a Q&A (an `Article` as the main thing is no question).
pub const QUESTION_ITEMPROPS: &[&str] = &["mainEntity"];
pub const QUESTION_ITEMTYPES: &[&str] = &["Question"];
/// On a Q&A, a region inside the question (the answers) climbs, inside it, to the lowest
/// ancestor holding this share of the question's good text: the question's own post with them.
pub const QUESTION_REGION_GOOD_SHARE: f32 = 0.99;
/// A poster's card beside each post: definition lists (`dl`) of one class whose every item
/// holds at most `POSTER_CARD_ITEM_MAX_CHARS` ("Joined", "Posts: 4032"), found between at least
/// `POSTER_CARD_MIN_POSTS` kept paragraphs of `POSTER_CARD_POST_MIN_CHARS` or more (one card
/// per post), are a credit; an item that is all link (the poster's name) stays.
pub const POSTER_CARD_ITEM_MAX_CHARS: usize = 40;
pub const POSTER_CARD_MIN_POSTS: usize = 3;
pub const POSTER_CARD_POST_MIN_CHARS: usize = 25;

// ---- documentation (docs3): a reference page's own text (`docs.rs`) ----

/// A linked `dt` inside the region stays when its `dd` keeps a block of at least this many words,
/// a stop word among them (a definition, not a download's size).
pub const TERM_DEFINITION_MIN_WORDS: usize = 3;

/// Class words of a disclosure widget: a box named navigation ("accordion__dropdown") that one
/// of them also names, holding `PANEL_MIN_GOOD` characters of good text, `PANEL_GOOD_SHARE` of
/// its text, is an answer that opens, not a menu.
pub const DISCLOSURE_WORDS: &[&str] = &["accordion", "faq", "faqs", "collapse", "collapsible", "expandable"];
pub const PANEL_MIN_GOOD: f32 = 80.0;
pub const PANEL_GOOD_SHARE: f32 = 0.6;

/// Class words naming a box the page's opening inside `main` (`HEADER_SCOPING_TAGS`) when no
/// other furniture word names it and it holds written text (`PANEL_MIN_GOOD`, `PANEL_GOOD_SHARE`).
pub const SCOPED_HEADER_WORDS: &[&str] = &["header"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_tests_before_class_words_miss_no_word() {
        // the word lists' quick tests (a substring the class value must hold) hold for every word
        assert!(SIGNATURE_WORDS.iter().all(|w| SIGNATURE_CORES.iter().any(|c| w.contains(c))));
        assert!(CAPTION_WORDS.iter().all(|w| w.contains("caption")));
        assert!(is_caption_class("story Wp-Caption-Text") && is_caption_class("photoCaption"));
        assert!(!is_caption_class("capt-ion story"));
        // the modifier after the last "--" is the name alone
        assert!(is_screen_reader_only("icon a---sr-only") && is_screen_reader_only("x--b--sr_only"));
        assert!(!is_screen_reader_only("b--sr-only--x") && !is_screen_reader_only("f--label-sr-only"));
        assert!(is_screen_reader_only("label-SR-only"));
        assert!(SCREEN_READER_CLASSES.iter().all(|n| n.len() <= SCREEN_READER_MAX && *n == n.to_lowercase()));
        assert!(is_screen_reader_only("a--Screen_Reader-Text") && !is_screen_reader_only("a--xscreenreadertext"));
        assert!(is_screen_reader_only("myelementinvisible") && !is_screen_reader_only("sr-only--"));
        // the words, and counts, of block text in any script and case
        assert_eq!(count_words("The Café, de 東京 x2 ÜBER"), (7, 3));
        assert!(contains_ascii_ci("a-PopOver-body", "popover") && !contains_ascii_ci("pop", "popover"));
    }

    #[test]
    fn class_values_split_into_words() {
        let mut v = Vec::new();
        class_words("relatedStories share_bar ad-slot SNSButtons x1", |w| v.push(w.to_string()));
        assert_eq!(v, vec!["related", "stories", "share", "bar", "ad", "slot", "snsbuttons", "x"]);
        v.clear();
        class_words("éLiveBlog—Über aB", |w| v.push(w.to_string()));
        assert_eq!(v, vec!["live", "blog", "ber", "a", "b"]);
    }

    #[test]
    fn an_ad_named_in_german_or_polish_is_not_the_article() {
        let story = "<p>Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, \
                     sagte die Bürgermeisterin nach einer langen Sitzung im Rathaus der Stadt.</p>";
        for class in ["werbung-box", "reklama"] {
            let html = format!(
                "<article>{story}<div class={class}><p>Jetzt kaufen: ein Sofa aus Eiche für nur \
                 199 Euro, Lieferung frei Haus.</p></div>{story}</article>"
            );
            let text = crate::main_text_html(&html, &crate::Options::default());
            assert!(text.contains("Haushalt") && !text.contains("Sofa"), "{class}: {text}");
        }
    }

    #[test]
    fn words_and_stop_words() {
        assert_eq!(count_words("The cat sat on the mat."), (6, 3));
        assert_eq!(count_words("東京で会議"), (5, 0));
        assert_eq!(count_words("Он сказал, что это так"), (5, 4));
    }
}

