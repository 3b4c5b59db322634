//! The crate's leaf vocabulary: small types that every stage speaks and that depend on nothing
//! else in the crate. Stages import them from here, never from the crate root.

use serde::Serialize;

/// What an entity mention is.
///
/// ```
/// use article_annotator::Label;
/// assert_eq!(Label::Place.as_str(), "PLACE");
/// assert!(Label::Org.is_name() && !Label::Money.is_name());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Person,
    Org,
    Place,
    Misc,
    Date,
    Time,
    Money,
    Percent,
    Number,
}

impl Label {
    /// How many labels there are.
    pub const COUNT: usize = 9;
    /// Every label, in output order.
    pub const ALL: [Label; Label::COUNT] = [
        Label::Person,
        Label::Org,
        Label::Place,
        Label::Misc,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
        Label::Number,
    ];

    /// Names (as opposed to values).
    pub fn is_name(self) -> bool {
        matches!(self, Label::Person | Label::Org | Label::Place | Label::Misc)
    }

    /// The label as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Place => "PLACE",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Number => "NUMBER",
        }
    }
}

/// Why a line or sentence is boilerplate.
///
/// ```
/// use article_annotator::Reason;
/// assert_eq!(Reason::named("related"), Some(Reason::Related));
/// assert_eq!(Reason::Share.to_string(), "share");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    Navigation,
    Advertisement,
    Share,
    Promotion,
    Copyright,
    Credit,
    Related,
    Comments,
    Cookie,
    Repeat,
    Other,
}

impl Reason {
    /// Every reason the annotator gives (plain-text rules and the HTML classifier).
    pub const ALL: [Reason; 11] = [
        Reason::Navigation,
        Reason::Advertisement,
        Reason::Share,
        Reason::Promotion,
        Reason::Copyright,
        Reason::Credit,
        Reason::Related,
        Reason::Comments,
        Reason::Cookie,
        Reason::Repeat,
        Reason::Other,
    ];

    /// The reason as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Navigation => "navigation",
            Reason::Advertisement => "advertisement",
            Reason::Share => "share",
            Reason::Promotion => "promotion",
            Reason::Copyright => "copyright",
            Reason::Credit => "credit",
            Reason::Related => "related",
            Reason::Comments => "comments",
            Reason::Cookie => "cookie",
            Reason::Repeat => "repeat",
            Reason::Other => "other",
        }
    }

    /// The reason written `name` in the output, if there is one.
    pub fn named(name: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == name)
    }
}

/// Each type displays as written in the output.
macro_rules! display_as_str {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    )*};
}

/// What a quotation is: a whole statement, a fragment of someone's words in the writer's
/// sentence, or quoted words that are nobody's speech (a title, a slogan, a scare quote).
///
/// ```
/// use article_annotator::QuoteKind;
/// assert_eq!(QuoteKind::Term.as_str(), "term");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Term,
}

impl QuoteKind {
    /// Every kind, in output order.
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Term];

    /// The kind as written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Term => "term",
        }
    }
}

display_as_str!(Label, Reason, QuoteKind);

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the string union `export type NAME = "a" | "b" ...;` of the JavaScript API's
    /// types (src/wasm_api.d.ts).
    fn ts_union(name: &str) -> Vec<String> {
        let dts = include_str!("wasm_api.d.ts");
        let start = dts.find(&format!("export type {name} =")).expect("the union is declared");
        let decl = &dts[start..start + dts[start..].find(';').expect("it ends")];
        decl.split('"').skip(1).step_by(2).map(str::to_string).collect()
    }

    #[test]
    fn the_typescript_unions_name_every_label_reason_and_kind() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(ts_union("Label"), names(&Label::ALL.map(Label::as_str)));
        assert_eq!(ts_union("Reason"), names(&Reason::ALL.map(Reason::as_str)));
        assert_eq!(ts_union("QuoteKind"), names(&QuoteKind::ALL.map(QuoteKind::as_str)));
    }

    #[test]
    fn reasons_round_trip_through_their_names() {
        for r in Reason::ALL {
            assert_eq!(Reason::named(r.as_str()), Some(r));
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{r}\""));
        }
        assert_eq!(Reason::named("menu"), None);
    }

    #[test]
    fn labels_and_kinds_serialise_as_written() {
        for l in Label::ALL {
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{}\"", l.as_str()));
        }
        assert_eq!(serde_json::to_string(&QuoteKind::Term).unwrap(), "\"term\"");
    }
}
