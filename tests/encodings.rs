#![cfg(not(target_arch = "wasm32"))]
//! Pages in legacy encodings (tests/fixtures/encodings, written for these tests): the command
//! line decodes them as a browser does and never refuses one.

use std::process::Command;

fn main_text(fixture: &str) -> (i32, String, String) {
    let path = format!("{}/tests/fixtures/encodings/{fixture}", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_annotate")).args(["--main-text", &path]).output();
    let out = out.unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("the output is UTF-8"),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn bytes(fixture: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/encodings/{fixture}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).unwrap()
}

#[test]
fn windows_1252_article_reads_as_the_browser_shows_it() {
    assert!(std::str::from_utf8(&bytes("windows-1252.html")).is_err(), "fixture is not UTF-8");
    let d = article_annotator::decode_html(&bytes("windows-1252.html"));
    assert_eq!((d.encoding, d.source), ("windows-1252", "meta"));
    let (code, text, err) = main_text("windows-1252.html");
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(text.starts_with("Stadtrat beschließt neue Brücke über die Süderelbe\n\n"), "{text}");
    // the bytes 0x80, 0x84, 0x93, 0x96 are €, „, “, – in windows-1252 (not C1 controls)
    assert!(text.contains("12 Millionen € trägt"), "{text}");
    assert!(text.contains("„Wir haben lange darauf gewartet“, sagte ein Anwohner – die"), "{text}");
    assert!(
        !text.contains('\u{fffd}') && !text.contains("Startseite") && !text.contains("Impressum")
    );
}

#[test]
fn shift_jis_article_reads_as_japanese() {
    let d = article_annotator::decode_html(&bytes("shift_jis.html"));
    assert_eq!(d.encoding, "Shift_JIS");
    let (code, text, _) = main_text("shift_jis.html");
    assert_eq!(code, 0);
    assert!(text.starts_with("市議会、新しい橋の建設を承認\n\n市議会は火曜日"), "{text}");
    assert!(text.contains("市長は「長年の願いがかなった」と述べた。"), "{text}");
    assert!(!text.contains('\u{fffd}'));
}

#[test]
fn a_meta_charset_the_bytes_contradict_does_not_garble_the_page() {
    // declares UTF-8, bytes are windows-1252
    let (code, text, _) = main_text("meta-lies-utf8.html");
    assert_eq!(code, 0);
    assert!(text.contains("a déclaré la maire, Hélène Lefèvre."), "{text}");
    assert!(text.contains("« Nous l'attendions depuis longtemps »"), "{text}");
    assert!(!text.contains('\u{fffd}'));
    // declares ISO-8859-1, bytes are UTF-8 (a page re-saved without its declaration updated)
    let (code, text, _) = main_text("meta-lies-latin1.html");
    assert_eq!(code, 0);
    assert!(text.contains("na Wiśle. Koszt wyniesie 50 milionów złotych"), "{text}");
    assert!(text.contains("Łukasz Żółkiewski"), "{text}");
    assert!(!text.contains("Ã"), "{text}");
}
