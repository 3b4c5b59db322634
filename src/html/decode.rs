//! Bytes to text as a browser decodes them (WHATWG "determine the character encoding", without
//! the transport layer): a byte-order mark, else a `<meta charset>` / `http-equiv` declaration in
//! the first 1,024 bytes, else UTF-8 when the bytes are UTF-8, else windows-1252 (the WHATWG
//! fallback for the legacy web). Decoding never fails: bytes no encoding maps become U+FFFD.
//!
//! One departure from the browser, where a declaration cannot be true: a page declared UTF-8
//! whose bytes are not UTF-8 is read as windows-1252, and a page declared in a single-byte legacy
//! encoding whose bytes are valid UTF-8 with non-ASCII sequences is read as UTF-8 (pages re-saved
//! as UTF-8 keep their old `<meta charset>`; legacy text is almost never valid multi-byte UTF-8).
//!
//! ```
//! use article_annotator::decode_html;
//! let page = b"<meta charset=windows-1252><p>Caf\xe9 cr\xe8me</p>";
//! let d = decode_html(page);
//! assert_eq!(d.encoding, "windows-1252");
//! assert!(d.text.contains("Café crème"));
//! ```

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far a `<meta>` declaration is looked for (as browsers do).
const PRESCAN_BYTES: usize = 1024;

/// Decoded input: the text and the name of the encoding that produced it.
///
/// ```
/// use article_annotator::decode_text;
/// let d = decode_text("\u{feff}Jos\u{e9}".as_bytes());
/// assert_eq!((d.text.as_str(), d.encoding, d.source), ("Jos\u{e9}", "UTF-8", "bom"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// the decoded text (without a byte-order mark)
    pub text: String,
    /// the WHATWG name of the encoding used, e.g. `UTF-8`, `windows-1252`, `Shift_JIS`
    pub encoding: &'static str,
    /// how it was chosen: `bom`, `meta`, `utf-8` (the bytes are UTF-8) or `fallback`
    pub source: &'static str,
}

/// Decodes an HTML page's bytes (see the module doc).
///
/// ```
/// use article_annotator::decode_html;
/// let d = decode_html(b"<meta charset=\"shift_jis\"><p>\x8b\xb4</p>");
/// assert_eq!((d.encoding, d.source), ("Shift_JIS", "meta"));
/// assert!(d.text.contains("<p>\u{6a4b}</p>"));
/// ```
pub fn decode_html(bytes: &[u8]) -> Decoded {
    decode(bytes, choose_html(bytes))
}

/// Decodes plain text: a byte-order mark, else UTF-8 when the bytes are UTF-8, else windows-1252
/// (`source` is then `fallback`, which the command line reports on standard error).
///
/// ```
/// use article_annotator::decode_text;
/// let d = decode_text(b"Caf\xe9 cr\xe8me");
/// assert_eq!((d.text.as_str(), d.encoding, d.source), ("Caf\u{e9} cr\u{e8}me", "windows-1252", "fallback"));
/// ```
pub fn decode_text(bytes: &[u8]) -> Decoded {
    decode(bytes, choose_text(bytes))
}

/// How bytes are to be decoded, decided without decoding them: the encoding, how it was chosen
/// (`bom`, `meta`, `utf-8` or `fallback`), the length of the byte-order mark to skip, and the text
/// itself when the bytes are the UTF-8 that was chosen (validated once, never decoded twice).
/// The wasm binding decodes with the browser's own `TextDecoder` from this, so the wasm carries
/// no decoding tables.
pub struct Choice<'a> {
    pub encoding: &'static Encoding,
    pub source: &'static str,
    pub bom: usize,
    pub utf8: Option<&'a str>,
}

/// [`decode_html`]'s choice for `bytes`.
pub fn choose_html(bytes: &[u8]) -> Choice<'_> {
    if Encoding::for_bom(bytes).is_some() {
        return choose_text(bytes);
    }
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let Some(enc) = prescan(head) else { return choose_text(bytes) };
    let utf8 = std::str::from_utf8(bytes).ok();
    let choice = |encoding, source, utf8| Choice { encoding, source, bom: 0, utf8 };
    match utf8 {
        Some(s) if enc == UTF_8 => choice(UTF_8, "meta", Some(s)),
        None if enc == UTF_8 => choice(WINDOWS_1252, "fallback", None),
        Some(s) if enc.is_single_byte() && !s.is_ascii() => choice(UTF_8, "utf-8", Some(s)),
        _ => choice(enc, "meta", None),
    }
}

/// [`decode_text`]'s choice for `bytes`.
pub fn choose_text(bytes: &[u8]) -> Choice<'_> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return Choice { encoding, source: "bom", bom, utf8: None };
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Choice { encoding: UTF_8, source: "utf-8", bom: 0, utf8: Some(s) },
        Err(_) => Choice { encoding: WINDOWS_1252, source: "fallback", bom: 0, utf8: None },
    }
}

/// WHATWG windows-1252 for bytes 0x80..=0x9F (the rest is Latin-1): small enough to carry in the
/// wasm, where the browser's `TextDecoder` decodes the other encodings (Node 20's decodes this
/// label as ISO-8859-1). Checked against encoding_rs byte by byte in the tests.
const WINDOWS_1252_HIGH: [u16; 32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

/// `bytes` decoded as windows-1252, as encoding_rs does, without its decoding tables.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => char::from_u32(u32::from(WINDOWS_1252_HIGH[usize::from(b - 0x80)]))
                .unwrap_or(char::REPLACEMENT_CHARACTER),
            _ => char::from(b),
        })
        .collect()
}

fn decode(bytes: &[u8], c: Choice) -> Decoded {
    let text = match c.utf8 {
        Some(s) => s.to_string(),
        None => c.encoding.decode_without_bom_handling(&bytes[c.bom..]).0.into_owned(),
    };
    Decoded { text, encoding: c.encoding.name(), source: c.source }
}

/// The encoding a `<meta>` in `head` declares (the WHATWG prescan, simplified: comments are
/// skipped, each `<meta>`'s attributes read, the first usable declaration wins).
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while i < head.len() {
        if head[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &head[i..];
        if rest.starts_with(b"<!--") {
            i += memchr::memmem::find(&rest[4..], b"-->").map_or(rest.len(), |e| e + 7);
            continue;
        }
        if rest.len() > 5 && rest[1..5].eq_ignore_ascii_case(b"meta") && is_sep(rest[5]) {
            let (attrs, used) = attributes(&rest[5..]);
            if let Some(enc) = meta_encoding(&attrs) {
                return Some(enc);
            }
            i += 5 + used;
            continue;
        }
        i += 1;
    }
    None
}

fn is_sep(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/')
}

/// The attributes of a tag from just after its name to `>` (names lower-cased), and the bytes
/// read.
fn attributes(s: &[u8]) -> (Vec<(String, String)>, usize) {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < s.len() && is_sep(s[i]) {
            i += 1;
        }
        if i >= s.len() || s[i] == b'>' {
            return (out, i);
        }
        let start = i;
        while i < s.len() && !is_sep(s[i]) && !matches!(s[i], b'=' | b'>') {
            i += 1;
        }
        let name = String::from_utf8_lossy(&s[start..i]).to_ascii_lowercase();
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < s.len() && s[i] == b'=' {
            i += 1;
            while i < s.len() && s[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < s.len() && (s[i] == b'"' || s[i] == b'\'') {
                let q = s[i];
                let v0 = i + 1;
                i = v0;
                while i < s.len() && s[i] != q {
                    i += 1;
                }
                value = String::from_utf8_lossy(&s[v0..i]).into_owned();
                i = (i + 1).min(s.len());
            } else {
                let v0 = i;
                while i < s.len() && !s[i].is_ascii_whitespace() && s[i] != b'>' {
                    i += 1;
                }
                value = String::from_utf8_lossy(&s[v0..i]).into_owned();
            }
        }
        if name.is_empty() {
            i += 1;
        } else {
            out.push((name, value));
        }
    }
}

/// The encoding one `<meta>` declares: `charset`, or `http-equiv=content-type` with a `charset=`
/// in `content`. UTF-16 labels mean UTF-8 here and x-user-defined means windows-1252 (WHATWG).
fn meta_encoding(attrs: &[(String, String)]) -> Option<&'static Encoding> {
    let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
    let label = if let Some(c) = get("charset") {
        c.to_string()
    } else if get("http-equiv").is_some_and(|h| h.trim().eq_ignore_ascii_case("content-type")) {
        charset_in_content(get("content")?)?
    } else {
        return None;
    };
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else if enc == encoding_rs::X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    })
}

/// The value after `charset=` in a `content` attribute (`text/html; charset=iso-8859-1`).
fn charset_in_content(content: &str) -> Option<String> {
    let lower = content.to_ascii_lowercase();
    let at = lower.find("charset")? + "charset".len();
    let rest = lower[at..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest.find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace());
    let v = &rest[..end.unwrap_or(rest.len())];
    (!v.is_empty()).then(|| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_without_tables_equals_encoding_rs() {
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode_windows_1252(&all), WINDOWS_1252.decode_without_bom_handling(&all).0);
    }

    #[test]
    fn bom_wins_over_meta() {
        let d = decode_html(b"\xef\xbb\xbf<meta charset=iso-8859-2><p>\xc3\xa9</p>");
        assert_eq!((d.encoding, d.source), ("UTF-8", "bom"));
        assert_eq!(d.text, "<meta charset=iso-8859-2><p>é</p>");
        let d = decode_html(b"\xff\xfe<\0p\0>\0");
        assert_eq!((d.encoding, d.text.as_str()), ("UTF-16LE", "<p>"));
    }

    /// Decodes `page` and checks the encoding chosen, how, and a piece of the text.
    fn check(page: &[u8], encoding: &str, source: &str, piece: &str) {
        let d = decode_html(page);
        assert_eq!((d.encoding, d.source), (encoding, source), "{page:?}");
        assert!(d.text.contains(piece), "{:?} lacks {piece:?}", d.text);
    }

    #[test]
    fn http_equiv_and_quoted_charset_are_read() {
        let page = b"<html><head><!-- <meta charset=utf-8> --><META HTTP-EQUIV=\"Content-Type\" \
            CONTENT=\"text/html; charset=ISO-8859-2\"></head><p>\xb1</p>";
        check(page, "ISO-8859-2", "meta", "<p>ą</p>");
        check(b"<meta name=x content=y><meta charset='koi8-r'>\xc1", "KOI8-R", "meta", ">а");
    }

    #[test]
    fn a_declaration_after_1024_bytes_is_not_seen() {
        let mut page = vec![b' '; 1100];
        page.extend_from_slice(b"<meta charset=iso-8859-5>\xe9");
        check(&page, "windows-1252", "fallback", ">é");
    }

    #[test]
    fn utf16_label_means_utf8_and_unknown_labels_are_ignored() {
        check("<meta charset=utf-16><p>ü</p>".as_bytes(), "UTF-8", "meta", "<p>ü</p>");
        check(b"<meta charset=no-such-thing><p>\xfc</p>", "windows-1252", "fallback", "<p>ü</p>");
    }

    #[test]
    fn declarations_the_bytes_contradict_lose() {
        check(b"<meta charset=utf-8><p>na\xefve</p>", "windows-1252", "fallback", "naïve");
        check("<meta charset=iso-8859-1><p>naïve</p>".as_bytes(), "UTF-8", "utf-8", "naïve");
        // a multi-byte declaration is kept: its bytes may well be valid UTF-8 by chance
        check(b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>", "Shift_JIS", "meta", "日本");
    }

    #[test]
    fn plain_text_falls_back_to_windows_1252() {
        let d = decode_text(b"Z\xfcrich \x80 5");
        assert_eq!((d.text.as_str(), d.source), ("Zürich € 5", "fallback"));
        assert_eq!(decode_text("Zürich".as_bytes()).source, "utf-8");
    }

    #[test]
    fn truncated_and_odd_tags_do_not_panic() {
        for page in [&b"<meta"[..], b"<meta ", b"<meta charset", b"<meta charset=", b"<meta charset='x", b"<!--", b"<meta http-equiv=content-type content=\"charset="] {
            let d = decode_html(page);
            assert_eq!(d.source, "utf-8");
        }
    }
}
