//! Stage 4a: values by rules: DATE, TIME, MONEY, PERCENT, NUMBER.
//!
//! Each matcher looks at the tokens from a position and says how far its value reaches. Values
//! are found before names, so that "Thursday" or "Sept. 5" never become names.
//!
//! ```
//! use article_annotator::{segment::Document, values::find_values, Label};
//! let d = Document::new("He paid €5 million on Sept. 5, nearly 7,000 more than last week.");
//! let v: Vec<(&str, Label)> = find_values(&d).iter().map(|v| (&d.text[v.start..v.end], v.label)).collect();
//! assert_eq!(v, vec![("€5 million", Label::Money), ("Sept. 5", Label::Date), ("nearly 7,000", Label::Number), ("last week", Label::Date)]);
//! ```

use crate::lexicon::*;
use crate::segment::{Document, Kind};
use crate::types::Label;

/// A value found in the text: byte span, label, and the token range it covers.
#[derive(Clone, Debug)]
pub struct Value {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub tokens: std::ops::Range<usize>,
}

/// All values of the document, in order, not overlapping.
pub fn find_values(doc: &Document) -> Vec<Value> {
    let mut out = Vec::new();
    for s in &doc.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let t = &doc.tokens[i];
            let w = doc.tok(t);
            let may_start = match t.kind {
                Kind::Number => true,
                Kind::Word => starts_value(w) || CURRENCY_CODES.contains(&w),
                _ => is_currency_symbol(w),
            };
            if !may_start {
                i += 1;
                continue;
            }
            let m = Matcher { doc, end: s.tokens.end };
            if let Some((j, label)) = m.at(i) {
                out.push(Value {
                    start: doc.tokens[i].start,
                    end: doc.tokens[j - 1].end,
                    label,
                    tokens: i..j,
                });
                i = j;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// A currency's one-character symbol ("$", "€").
fn is_currency_symbol(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(|c| CURRENCY_SYMBOLS.contains(&c)) && c.next().is_none()
}

struct Matcher<'d, 'a> {
    doc: &'d Document<'a>,
    /// End of the sentence (exclusive token index).
    end: usize,
}

impl Matcher<'_, '_> {
    /// Text of token `i` without a final period, or "" past the sentence.
    fn w(&self, i: usize) -> &str {
        self.raw(i).trim_end_matches('.')
    }

    /// Token `i` equals `s`, ignoring ASCII case (`s` lowercase).
    fn eq(&self, i: usize, s: &str) -> bool {
        self.w(i).eq_ignore_ascii_case(s)
    }

    fn raw(&self, i: usize) -> &str {
        if i >= self.end {
            ""
        } else {
            self.doc.word(i)
        }
    }

    /// Token `i` (without a final period) is in `set`, ignoring ASCII case.
    fn in_set(&self, i: usize, set: &WordSet) -> bool {
        i < self.end && set.has(self.w(i))
    }

    fn is(&self, i: usize, list: &[&str]) -> bool {
        i < self.end && list.iter().any(|x| self.eq(i, x))
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        (i < self.end).then(|| self.doc.tokens[i].kind)
    }

    /// Two tokens touch (no space between them).
    fn touch(&self, i: usize) -> bool {
        i + 1 < self.end && self.doc.tokens[i].end == self.doc.tokens[i + 1].start
    }

    /// A value starting at token `i`: (end token, label).
    fn at(&self, i: usize) -> Option<(usize, Label)> {
        // modifiers that belong to a number: "nearly 7,000", "more than 200"
        let mut k = i;
        if self.in_set(k, &value_sets().number_modifiers) {
            k += 1;
        } else if NUMBER_MODIFIER_PAIRS.iter().any(|(a, b)| self.eq(k, a) && self.eq(k + 1, b)) {
            k += 2;
        }
        if k > i {
            return match self.number(k) {
                Some(j) => self.after_number(k, j).filter(|(_, l)| *l != Label::Date),
                None => None,
            };
        }
        self.money_symbol(i)
            .or_else(|| self.date(i))
            .or_else(|| self.number(i).and_then(|j| self.after_number(i, j)))
    }

    /// What a number phrase `i..j` becomes with what follows it.
    fn after_number(&self, i: usize, j: usize) -> Option<(usize, Label)> {
        let first = self.raw(i);
        if self.in_set(j, &value_sets().currency_words) {
            return Some((j + 1, Label::Money));
        }
        if self.raw(j) == "%" || self.is(j, &["percent"]) {
            return Some((j + 1, Label::Percent));
        }
        if self.is(j, &["per"]) && self.is(j + 1, &["cent"]) {
            return Some((j + 2, Label::Percent));
        }
        if self.in_set(j, &value_sets().time_units) {
            let e = if self.is(j + 1, &["ago"]) { j + 2 } else { j + 1 };
            return Some((e, Label::Date));
        }
        if self.kind(i) != Some(Kind::Number) {
            return None; // "four" alone is not marked
        }
        if let Some(e) = self.time_after(i, j) {
            return Some((e, Label::Time));
        }
        if j == i + 1 && is_year(first) {
            return Some((j, Label::Date));
        }
        if first.ends_with('s') && first.len() == 5 && is_year(&first[..4]) {
            return Some((j, Label::Date)); // "1990s"
        }
        if first.chars().any(char::is_alphabetic) && !first.ends_with("-year-old") {
            return None; // "2nd", "3D"
        }
        Some((j, Label::Number))
    }

    /// "10:30", "10 a.m.", "9pm" after a number token.
    fn time_after(&self, i: usize, j: usize) -> Option<usize> {
        let mut e = j;
        if j == i + 1
            && self.raw(j) == ":"
            && self.touch(i)
            && self.kind(j + 1) == Some(Kind::Number)
        {
            e = j + 2;
        }
        if self.is(e, &["a.m", "p.m", "am", "pm", "gmt", "utc", "cet", "et"]) {
            return Some(e + 1);
        }
        (e > j).then_some(e)
    }

    /// A number phrase from `i`: digits (with a scale: "950 million", "3bn") or number words.
    fn number(&self, i: usize) -> Option<usize> {
        match self.kind(i)? {
            Kind::Number => {
                let mut j = i + 1;
                while self.in_set(j, &value_sets().scales) {
                    j += 1;
                }
                Some(j)
            }
            Kind::Word
                if self.in_set(i, &value_sets().number_words)
                    && !self.is(i, &["a", "few", "several"]) =>
            {
                let mut j = i + 1;
                while self.in_set(j, &value_sets().number_words)
                    || self.in_set(j, &value_sets().scales)
                {
                    j += 1;
                }
                Some(j)
            }
            _ => None,
        }
    }

    /// "€5 million", "$3bn", "£ 20", "Rs 300".
    fn money_symbol(&self, i: usize) -> Option<(usize, Label)> {
        let r = self.raw(i);
        let sym = is_currency_symbol(r) || CURRENCY_CODES.contains(&r);
        if !sym || self.kind(i + 1) != Some(Kind::Number) {
            return None;
        }
        let j = self.number(i + 1)?;
        Some((j, Label::Money))
    }

    /// Dates: "August 24", "Sept. 5", "5 September 2024", "late August", "last week",
    /// "earlier this year", "Wednesday", "yesterday".
    fn date(&self, i: usize) -> Option<(usize, Label)> {
        if self.in_set(i, &value_sets().date_words) {
            return Some((i + 1, Label::Date));
        }
        // modifiers: "late", "earlier this", "last"
        let mut k = i;
        while self.in_set(k, &value_sets().date_modifiers) && k < i + 2 {
            k += 1;
        }
        if k > i {
            if self.in_set(k, &value_sets().time_units) && !self.w(k).ends_with('s') {
                return Some((k + 1, Label::Date));
            }
            if let Some(e) = self.month_or_day(k) {
                return Some((e, Label::Date));
            }
            return None;
        }
        // "5 September (2024)"
        if self.kind(i) == Some(Kind::Number) && is_day(self.raw(i)) && self.is_month(i + 1) {
            let mut e = i + 2;
            if self.kind(e).is_some() && is_year(self.raw(e)) {
                e += 1;
            }
            return Some((e, Label::Date));
        }
        self.month_or_day(i).map(|e| (e, Label::Date))
    }

    fn is_month(&self, i: usize) -> bool {
        i < self.end
            && self.doc.word(i).starts_with(char::is_uppercase)
            && self.in_set(i, &value_sets().months)
    }

    /// A month (with a day and year) or a weekday at `i`.
    fn month_or_day(&self, i: usize) -> Option<usize> {
        if i < self.end
            && self.doc.word(i).starts_with(char::is_uppercase)
            && self.in_set(i, &value_sets().weekdays)
        {
            return Some(i + 1);
        }
        if !self.is_month(i) {
            return None;
        }
        let mut e = i + 1;
        if self.kind(e) == Some(Kind::Number) && is_day(self.raw(e)) {
            e += 1;
            if self.raw(e) == ","
                && self.kind(e + 1) == Some(Kind::Number)
                && is_year(self.raw(e + 1))
            {
                e += 2;
            }
        } else if self.kind(e) == Some(Kind::Number) && is_year(self.raw(e)) {
            e += 1;
        }
        // "May" and "March" are dates only with a number beside them
        let ambiguous = self.eq(i, "may") || self.eq(i, "march");
        if ambiguous && e == i + 1 {
            return None;
        }
        Some(e)
    }
}

/// 1..=31, optionally with an ordinal suffix.
fn is_day(s: &str) -> bool {
    let d = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    matches!(d.parse::<u32>(), Ok(1..=31)) && d.len() <= 2
}

/// A plausible year: 1800..=2099.
fn is_year(s: &str) -> bool {
    s.len() == 4 && matches!(s.parse::<u32>(), Ok(1800..=2099))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals(t: &str) -> Vec<(String, Label)> {
        let d = Document::new(t);
        find_values(&d).iter().map(|v| (t[v.start..v.end].to_string(), v.label)).collect()
    }

    #[test]
    fn dates() {
        assert_eq!(vals("since 2018 and earlier this year, late Thursday, on 5 September 2024, in May 2020, the 1990s"), vec![
            ("2018".into(), Label::Date),
            ("earlier this year".into(), Label::Date),
            ("late Thursday".into(), Label::Date),
            ("5 September 2024".into(), Label::Date),
            ("May 2020".into(), Label::Date),
            ("1990s".into(), Label::Date),
        ]);
        assert!(vals("You may go.").is_empty());
    }

    #[test]
    fn money_percent_numbers_times() {
        assert_eq!(vals("5 million euros, $3bn, 12% and 3 per cent, 950 million users at 10:30 a.m., for four days"), vec![
            ("5 million euros".into(), Label::Money),
            ("$3bn".into(), Label::Money),
            ("12%".into(), Label::Percent),
            ("3 per cent".into(), Label::Percent),
            ("950 million".into(), Label::Number),
            ("10:30 a.m.".into(), Label::Time),
            ("four days".into(), Label::Date),
        ]);
    }

    #[test]
    fn a_currency_code_before_a_number_is_money() {
        assert_eq!(vals("It costs Rs 300, or INR 3,000, and USD 5 million."), vec![
            ("Rs 300".into(), Label::Money),
            ("INR 3,000".into(), Label::Money),
            ("USD 5 million".into(), Label::Money),
        ]);
    }

    #[test]
    fn every_listed_modifier_starts_a_number() {
        // "approximately" is 13 letters: the quick start check once stopped at 12 and lost it
        assert_eq!(
            vals("approximately 7 boats and nearly 200 cars"),
            vec![("approximately 7".into(), Label::Number), ("nearly 200".into(), Label::Number),]
        );
    }
}
