//! Word lists, loaded once from the text files in `src/data/` (compiled in with `include_str!`).
//!
//! Every list is named data: the rules in the other stages ask `lexicon()` questions such as
//! "is this a nationality?" instead of carrying literals of their own.

use crate::types::{Label, Reason};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

/// All word lists of the annotator.
pub struct Lexicon {
    /// Country, region and city names, possibly several words ("Le Bourget" is not here).
    pub places: StrSet,
    /// Nationalities and other group names (MISC).
    pub nationalities: StrSet,
    /// Organisations known by name.
    pub orgs: StrSet,
    /// The places of `places.txt` alone (not `places_rules.txt`): the recogniser's gazetteer
    /// feature, as the shipped model was trained.
    pub model_places: StrSet,
    /// The organisations of `orgs.txt` alone (not `orgs_rules.txt`), as `model_places`.
    pub model_orgs: StrSet,
    /// Listed organisations ([`LISTED_ORGS`]): companies of stock indices, as listed and without
    /// their legal forms ("AES Corporation", "AES"), sports teams; read by the names stage, not
    /// the model.
    pub listed_orgs: StrSet,
    /// The first words of `listed_orgs` up to a character that is no letter or digit ("Coca" of
    /// "Coca-Cola"), so that most words need no longer lookup.
    pub listed_org_firsts: StrSet,
    /// Sports teams, full names and nicknames ("Seattle Mariners", "Mariners", "Norwich City"),
    /// `gaz/teams.txt` (also in `listed_orgs`).
    pub teams: StrSet,
    /// Words that head or end organisation names.
    pub org_heads: StrSet,
    /// Last words that say what a name of two words or more is ("County" a place, "Records" an
    /// organisation, "Campaign" MISC), `name_heads.txt`; read by the names stage, not the model.
    pub name_heads: HashMap<&'static str, Label>,
    /// Roles cut off the end of a name ("Member", "MP"), the `CUT:` lines of `name_heads.txt`.
    pub name_roles: StrSet,
    /// Heads of military and similar units that take a number before them ("139th ... Infantry",
    /// "IV Corps", "No. 18 Squadron"), the `UNIT:` lines of `name_heads.txt`.
    pub name_units: StrSet,
    /// Lowercase nouns that head a definition of a name and say what it is ("a bicycle
    /// manufacturer" an organisation, "a village" a place), `defining_nouns.txt`.
    pub defining_nouns: HashMap<&'static str, Label>,
    /// Groups of people whose possessive opens an organisation's name ("People's Party"), the
    /// `OWNER:` lines of `name_heads.txt`.
    pub name_owners: StrSet,
    /// Organisation heads whose name goes on with "in" and a place ("Christian Social Union in
    /// Bavaria"), the `IN:` lines of `name_heads.txt`.
    pub name_in_heads: StrSet,
    /// Nouns for an electoral district before "of" and its name ("the riding of Portage -
    /// Interlake"), the `SEAT:` lines of `name_heads.txt`.
    pub seat_nouns: StrSet,
    /// Nouns for a kind of state before "of" and its place ("the Principality of Guria"), the
    /// `POLITY:` lines of `name_heads.txt`.
    pub polity_heads: StrSet,
    /// Words for what goes on in a building, before "Centre" or "Center" ("National Tennis
    /// Centre", "Santa Clara Convention Center"), that make the centre a place, the `VENUE:`
    /// lines of `name_heads.txt`.
    pub venue_words: StrSet,
    /// Business nouns that, after "and", end a company's name begun by another name ("Harbor
    /// Moving and Storage", "Carter and Sons"), the `AND:` lines of `name_heads.txt`.
    pub and_heads: StrSet,
    /// Words that end an organisation's name right after it, beside the organisation heads
    /// ("Lakeside Independent School District"), the `TAIL:` lines of `name_heads.txt`.
    pub org_tails: StrSet,
    /// Members of a house, before "for" and their district ("the MPP for Kenora"), the `member:`
    /// lines of `politics.txt`.
    pub seat_members: StrSet,
    /// Words that make a sentence speak of an election, where a name after "in" or "for" joined by
    /// dashes is a district ("the nomination in Portage - Neepawa"), the `district:` lines of
    /// `politics.txt`.
    pub district_words: StrSet,
    /// Lowercase words after a name that make it a party ("Likud party", "the Shinui senator"),
    /// the `after:` lines of `politics.txt`.
    pub party_after: StrSet,
    /// The two words before a name that make it a party or a body ("alliance with", "elected
    /// to"), the `before:` lines of `politics.txt`.
    pub party_before: StrSet,
    /// Common given names.
    pub first_names: StrSet,
    /// Titles and roles written before a person's name (`titles.txt` and `titles_rules.txt`).
    pub titles: StrSet,
    /// The titles of `titles.txt` alone: the recogniser's gazetteer feature, as the shipped model
    /// was trained.
    pub model_titles: StrSet,
    /// Titles of nobility written before "of" and a place ("Duchess of Sussex").
    pub nobility: StrSet,
    /// Per length (up to 63 bytes): the first bytes (as bits, byte & 63) of the titles and their
    /// plurals; most words are ruled out by [`Lexicon::is_title`] without hashing them.
    title_starts: [u64; 64],
    /// Words that are capitalised only at the start of a sentence.
    pub common_words: StrSet,
    /// Reporting verbs, lowercase.
    pub cue_verbs: StrSet,
    /// Nouns for what someone said ("remark", "slogan"): "Lopez’s remark that “…”" is Lopez's.
    pub speech_nouns: StrSet,
    /// Speaker descriptions after "the": role noun -> true when it names an organisation.
    pub speaker_roles: HashMap<&'static str, bool>,
    /// Given names of women, for pronoun agreement.
    pub female_names: StrSet,
    /// Words right before a title-case quote that make it a title or slogan ("on", "the film").
    pub term_before: StrSet,
    /// Words right after a title-case quote that make it a title or slogan ("hat", "show").
    pub term_after: StrSet,
    /// Phrases right before a quote that name it rather than quote anyone ("so-called").
    pub term_naming: StrSet,
    /// Whole boilerplate lines, lowercase -> reason.
    pub boilerplate_lines: HashMap<&'static str, Reason>,
    /// Openings of glued promotion sentences, lowercase.
    pub promo_starts: Vec<&'static str>,
    /// Abbreviations that take a period.
    pub abbreviations: StrSet,
    /// Acronyms of common nouns ("SUV", "IPO"): never a name on their own.
    pub common_acronyms: StrSet,
    /// Makers whose name before a model's makes a product ("Nissan Sentra"), `makers.txt`.
    pub makers: StrSet,
    /// Words after a model's code or number that belong to its name ("Ultra", "Pro"), the
    /// `suffix:` lines of `makers.txt`.
    pub model_suffixes: StrSet,
    /// Last words of a product's name after its maker's ("IBM Quantum Platform", "Adobe Creative
    /// Suite"), the `product:` lines of `makers.txt`.
    pub product_heads: StrSet,
    /// Words that say a company stands in the sentence (`company_cues.txt`): "acquired", "its".
    pub company_cues: StrSet,
    /// Lowercase words that say a business stands in the sentence of a longer name that nothing
    /// backs as a person (`org:` lines of `full_name_cues.txt`): "studio", "founder".
    pub business_cues: StrSet,
    /// Last words of such a name that make it a course or a product (`misc:` lines): "Certificate".
    pub course_heads: StrSet,
    /// Words of a transcript's labels in capitals (`transcript_words.txt`): "UNIDENTIFIED".
    pub transcript_words: StrSet,
    /// Stock exchanges (`stock_exchanges.txt`): "NYSE", "Nasdaq".
    pub stock_exchanges: StrSet,
    /// Stock market indices (`stock_indices.txt`): "S&P 500", "Dow Jones Industrial Average".
    pub stock_indices: Vec<&'static str>,
    /// The products of `products.txt` that hold a bare number or a lowercase word ("Model 3", "Call
    /// of Duty", "Mac mini"), which no run of capitalised words reaches.
    pub product_phrases: Vec<&'static str>,
    /// US states' postal codes (`us_states.txt`): "NY", "SD".
    pub state_codes: StrSet,
    /// Television networks in capitals (`tv_networks.txt`): "ABC", "NBC".
    pub tv_networks: StrSet,
    /// Lowercase words before an event word in a named event ("general" election), `events.txt`.
    pub event_kinds: StrSet,
    /// Lowercase words that end a named event ("election", "referendum"), `events.txt`.
    pub event_heads: StrSet,
    /// Capitalised words that open a named event before "of" ("Battle" of Gettysburg), `events.txt`.
    pub event_of: StrSet,
    /// Named holidays and shopping days ("Thanksgiving", "Black Friday"), `events.txt`.
    pub holidays: StrSet,
    /// The first words of `holidays` ("Black"), so that most words need no longer lookup.
    pub holiday_firsts: StrSet,
    /// Longest place or org name in words, to bound lookups.
    pub max_name_words: usize,
    /// Every listed name with its label: a place, else an organisation, else a nationality
    /// ([`Label::Misc`]); one lookup where a span is asked about all three lists.
    pub names: HashMap<&'static str, Label>,
    /// Per first word of a listed name: the most words of a listed name that starts with it
    /// (at most [`Lexicon::max_name_words`]), so a span is looked up only when a name that long
    /// could start there.
    pub name_words: HashMap<&'static str, u8>,
    /// Per word: whether a name list holds it ([`LISTED_NAME`]: places, organisations,
    /// nationalities, first names) and whether it is a common word ([`COMMON_WORD`]); one lookup
    /// where a capitalised word is asked about all of them.
    pub word_kinds: HashMap<&'static str, u8>,
}

/// A set of words that rules out most words before hashing them: by their first byte and their
/// length, as bits. Words of a list mostly share their case ("Battle", "election") and few
/// lengths, so most tokens of a text fail the bits, and a hash lookup costs far more.
pub struct StrSet {
    words: HashSet<&'static str>,
    /// The first bytes of the words (bit `b & 63` of word `b >> 6`).
    firsts: [u64; 4],
    /// The lengths of the words in bytes (bit `len.min(63)`).
    lens: u64,
}

impl StrSet {
    /// `w` is in the set.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let first = w.as_bytes().first().copied().unwrap_or(0) as usize;
        self.firsts[first >> 6] & 1 << (first & 63) != 0
            && self.lens & 1 << w.len().min(63) != 0
            && self.words.contains(w)
    }
}

impl FromIterator<&'static str> for StrSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> Self {
        let words: HashSet<&'static str> = iter.into_iter().collect();
        let (mut firsts, mut lens) = ([0; 4], 0);
        for w in &words {
            let first = w.as_bytes().first().copied().unwrap_or(0) as usize;
            firsts[first >> 6] |= 1 << (first & 63);
            lens |= 1 << w.len().min(63);
        }
        StrSet { words, firsts, lens }
    }
}

impl<'a> IntoIterator for &'a StrSet {
    type Item = &'a &'static str;
    type IntoIter = std::collections::hash_set::Iter<'a, &'static str>;
    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

impl std::ops::Deref for StrSet {
    type Target = HashSet<&'static str>;
    fn deref(&self) -> &Self::Target {
        &self.words
    }
}

/// [`Lexicon::word_kinds`] bits.
pub const LISTED_NAME: u8 = 1;
pub const COMMON_WORD: u8 = 2;

/// The generated lists of organisations that `src/names/companies.rs` reads (`gaz/`, from package
/// registries: `scripts/make_gazetteers.py`): companies and sports teams.
const LISTED_ORGS: [&str; 2] =
    [include_str!("data/gaz/companies.txt"), include_str!("data/gaz/teams.txt")];

/// Lines of a word list: trimmed, without blanks and `#` comments.
fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(src: &'static str) -> StrSet {
    entries(src).collect()
}

/// The entries of a list that carry `tag` ("before: "), without it.
fn tagged(src: &'static str, tag: &str) -> StrSet {
    entries(src).filter_map(|l| l.strip_prefix(tag)).collect()
}

/// The "LABEL: word" lines of a list, LABEL one of PERSON, ORG, PLACE, MISC; other lines are left.
fn labelled(src: &'static str) -> HashMap<&'static str, Label> {
    const TAGS: [(&str, Label); 4] = [
        ("PERSON: ", Label::Person),
        ("ORG: ", Label::Org),
        ("PLACE: ", Label::Place),
        ("MISC: ", Label::Misc),
    ];
    entries(src)
        .filter_map(|l| TAGS.iter().find_map(|&(tag, label)| Some((l.strip_prefix(tag)?, label))))
        .collect()
}

impl Lexicon {
    fn load() -> Self {
        let model_places = set(include_str!("data/places.txt"));
        let model_orgs = set(include_str!("data/orgs.txt"));
        let places: StrSet =
            model_places.iter().copied().chain(entries(include_str!("data/places_rules.txt"))).collect();
        let orgs: StrSet =
            model_orgs.iter().copied().chain(entries(include_str!("data/orgs_rules.txt"))).collect();
        let max_name_words =
            places.iter().chain(orgs.iter()).map(|p| p.split(' ').count()).max().unwrap_or(1);
        let nationalities = set(include_str!("data/nationalities.txt"));
        let first_names = set(include_str!("data/first_names.txt"));
        let common_words = set(include_str!("data/common_words.txt"));
        let model_titles = set(include_str!("data/titles.txt"));
        let titles: StrSet =
            model_titles.iter().copied().chain(entries(include_str!("data/titles_rules.txt"))).collect();
        let mut word_kinds: HashMap<&'static str, u8> = HashMap::default();
        for w in places.iter().chain(&orgs).chain(&nationalities).chain(&first_names) {
            *word_kinds.entry(w).or_default() |= LISTED_NAME;
        }
        for w in &common_words {
            *word_kinds.entry(w).or_default() |= COMMON_WORD;
        }
        // the later list gives way to the earlier: places, then organisations, then nationalities
        let mut names: HashMap<&'static str, Label> = HashMap::default();
        let mut name_words: HashMap<&'static str, u8> = HashMap::default();
        // well-known products and works (MISC), the rules' alone: any other list wins
        let products = set(include_str!("data/products.txt"));
        for (list, label) in [
            (&products, Label::Misc),
            (&nationalities, Label::Misc),
            (&orgs, Label::Org),
            (&places, Label::Place),
        ] {
            for &n in list.iter() {
                names.insert(n, label);
                let words = n.split(' ').count().min(max_name_words) as u8;
                let first = n.split(' ').next().unwrap_or(n);
                let most = name_words.entry(first).or_default();
                *most = (*most).max(words);
            }
        }
        Lexicon {
            places,
            nationalities,
            orgs,
            model_places,
            model_orgs,
            listed_orgs: LISTED_ORGS.iter().flat_map(|l| entries(l)).collect(),
            listed_org_firsts: LISTED_ORGS
                .iter()
                .flat_map(|l| entries(l))
                .map(|c| c.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or(c))
                .collect(),
            teams: set(include_str!("data/gaz/teams.txt")),
            org_heads: set(include_str!("data/org_heads.txt")),
            name_heads: labelled(include_str!("data/name_heads.txt")),
            name_roles: tagged(include_str!("data/name_heads.txt"), "CUT: "),
            name_units: tagged(include_str!("data/name_heads.txt"), "UNIT: "),
            defining_nouns: labelled(include_str!("data/defining_nouns.txt")),
            name_owners: tagged(include_str!("data/name_heads.txt"), "OWNER: "),
            name_in_heads: tagged(include_str!("data/name_heads.txt"), "IN: "),
            seat_nouns: tagged(include_str!("data/name_heads.txt"), "SEAT: "),
            polity_heads: tagged(include_str!("data/name_heads.txt"), "POLITY: "),
            venue_words: tagged(include_str!("data/name_heads.txt"), "VENUE: "),
            and_heads: tagged(include_str!("data/name_heads.txt"), "AND: "),
            org_tails: tagged(include_str!("data/name_heads.txt"), "TAIL: "),
            seat_members: tagged(include_str!("data/politics.txt"), "member: "),
            district_words: tagged(include_str!("data/politics.txt"), "district: "),
            party_after: tagged(include_str!("data/politics.txt"), "after: "),
            party_before: tagged(include_str!("data/politics.txt"), "before: "),
            first_names,
            title_starts: titles
                .iter()
                .flat_map(|t| [t.len(), t.len() + 1].map(|n| (n, t.as_bytes()[0])))
                .fold([0; 64], |mut b, (n, c)| {
                    b[n.min(63)] |= 1 << (c & 63);
                    b
                }),
            titles,
            model_titles,
            nobility: set(include_str!("data/nobility.txt")),
            common_words,
            cue_verbs: set(include_str!("data/cue_verbs.txt")),
            speech_nouns: set(include_str!("data/speech_nouns.txt")),
            speaker_roles: entries(include_str!("data/speaker_roles.txt"))
                .map(|l| match l.strip_prefix("org: ") {
                    Some(w) => (w, true),
                    None => (l, false),
                })
                .collect(),
            female_names: set(include_str!("data/female_names.txt")),
            term_before: tagged(include_str!("data/quote_terms.txt"), "before: "),
            term_after: tagged(include_str!("data/quote_terms.txt"), "after: "),
            term_naming: tagged(include_str!("data/quote_terms.txt"), "naming: "),
            boilerplate_lines: entries(include_str!("data/boilerplate_lines.txt"))
                .filter_map(|l| {
                    let (reason, phrase) = l.split_once('\t')?;
                    Some((phrase.trim(), reason_name(reason.trim())))
                })
                .collect(),
            promo_starts: entries(include_str!("data/promo_starts.txt")).collect(),
            abbreviations: set(include_str!("data/abbreviations.txt")),
            common_acronyms: set(include_str!("data/common_acronyms.txt")),
            makers: entries(include_str!("data/makers.txt")).filter(|l| !l.contains(": ")).collect(),
            model_suffixes: tagged(include_str!("data/makers.txt"), "suffix: "),
            product_heads: tagged(include_str!("data/makers.txt"), "product: "),
            company_cues: set(include_str!("data/company_cues.txt")),
            business_cues: tagged(include_str!("data/full_name_cues.txt"), "org: "),
            course_heads: tagged(include_str!("data/full_name_cues.txt"), "misc: "),
            transcript_words: set(include_str!("data/transcript_words.txt")),
            stock_exchanges: set(include_str!("data/stock_exchanges.txt")),
            stock_indices: entries(include_str!("data/stock_indices.txt")).collect(),
            product_phrases: products
                .iter()
                .copied()
                .filter(|e| {
                    e.split(' ').skip(1).any(|w| {
                        w.bytes().all(|c| c.is_ascii_digit()) || w.starts_with(|c: char| c.is_lowercase())
                    })
                })
                .collect(),
            state_codes: set(include_str!("data/us_states.txt")),
            tv_networks: set(include_str!("data/tv_networks.txt")),
            event_kinds: tagged(include_str!("data/events.txt"), "kind: "),
            event_heads: tagged(include_str!("data/events.txt"), "event: "),
            event_of: tagged(include_str!("data/events.txt"), "of: "),
            holidays: tagged(include_str!("data/events.txt"), "holiday: "),
            holiday_firsts: tagged(include_str!("data/events.txt"), "holiday: ")
                .into_iter()
                .map(|h| h.split([' ', '-', '\'', '’']).next().unwrap_or(h))
                .collect(),
            max_name_words,
            names,
            name_words,
            word_kinds,
        }
    }

    /// A title or role, also in the plural ("CEOs").
    pub fn is_title(&self, w: &str) -> bool {
        let Some(&first) = w.as_bytes().first() else { return false };
        if self.title_starts[w.len().min(63)] & 1 << (first & 63) == 0 {
            return false;
        }
        self.titles.contains(w) || w.strip_suffix('s').is_some_and(|s| self.titles.contains(s))
    }
}

/// Maps a reason read from a data file to the static name used in the output.
fn reason_name(r: &str) -> Reason {
    match r {
        "navigation" => Reason::Navigation,
        "advertisement" => Reason::Advertisement,
        "share" => Reason::Share,
        "promotion" => Reason::Promotion,
        "copyright" => Reason::Copyright,
        "credit" => Reason::Credit,
        _ => Reason::Other,
    }
}

/// The word lists, loaded on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

/// Month names and their abbreviations, lowercase, without a period.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Day names, lowercase.
pub const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether a lowercase word can begin a value (a month, a day, a modifier, a number word ...):
/// most words cannot, and the value matchers skip them at once.
pub fn starts_value(word: &str) -> bool {
    struct Starts {
        words: WordSet,
        /// Per length and first letter: the last letters of the words (bits): most words are
        /// ruled out by one table lookup.
        ends: [[u32; 26]; 16],
    }
    static SET: OnceLock<Starts> = OnceLock::new();
    let set = SET.get_or_init(|| {
        let lists = [MONTHS, WEEKDAYS, NUMBER_WORDS, DATE_MODIFIERS, DATE_WORDS, NUMBER_MODIFIERS];
        let all: Vec<&str> = lists
            .iter()
            .flat_map(|l| l.iter().copied())
            .chain(NUMBER_MODIFIER_PAIRS.iter().map(|p| p.0))
            .collect();
        let mut ends = [[0; 26]; 16];
        for w in &all {
            let b = w.as_bytes();
            ends[b.len()][(b[0] - b'a') as usize] |= 1 << (b[b.len() - 1] - b'a');
        }
        Starts { words: WordSet::new(&all), ends }
    });
    let word = word.trim_end_matches('.');
    let w = word.as_bytes();
    let letter = |c: u8| c.to_ascii_lowercase().wrapping_sub(b'a') as usize;
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else { return false };
    if w.len() >= 16
        || letter(first) >= 26
        || letter(last) >= 26
        || set.ends[w.len()][letter(first)] & 1 << letter(last) == 0
    {
        return false;
    }
    set.words.has(word)
}

/// An ASCII word of at most 15 bytes, lowercased and packed into one number with its length
/// (a set lookup without hashing a string); `None` for longer or non-ASCII words.
#[inline]
pub fn packed_lower(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 15 || !b.is_ascii() {
        return None;
    }
    let mut k = b.len() as u128;
    for &c in b {
        k = k << 8 | c.to_ascii_lowercase() as u128;
    }
    Some(k)
}

/// A word list as a set of packed lowercase words ([`packed_lower`]): one lookup instead of a
/// comparison per entry (the value matchers ask about many tokens). The lists' entries are ASCII
/// and short, so membership is the same as comparing ignoring ASCII case.
pub struct WordSet(HashSet<u128>);

impl WordSet {
    pub fn new(list: &[&str]) -> Self {
        debug_assert!(
            list.iter().all(|w| packed_lower(w).is_some()),
            "a word list entry too long to pack"
        );
        WordSet(list.iter().filter_map(|w| packed_lower(w)).collect())
    }

    /// `w` is in the list, ignoring ASCII case.
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        packed_lower(w).is_some_and(|k| self.0.contains(&k))
    }
}

/// The value matchers' word lists as sets.
pub struct ValueSets {
    pub number_words: WordSet,
    pub scales: WordSet,
    pub currency_words: WordSet,
    pub time_units: WordSet,
    pub date_modifiers: WordSet,
    pub date_words: WordSet,
    pub number_modifiers: WordSet,
    pub months: WordSet,
    pub weekdays: WordSet,
}

/// [`ValueSets`], built on first use.
pub fn value_sets() -> &'static ValueSets {
    static SETS: OnceLock<ValueSets> = OnceLock::new();
    SETS.get_or_init(|| ValueSets {
        number_words: WordSet::new(NUMBER_WORDS),
        scales: WordSet::new(SCALES),
        currency_words: WordSet::new(CURRENCY_WORDS),
        time_units: WordSet::new(TIME_UNITS),
        date_modifiers: WordSet::new(DATE_MODIFIERS),
        date_words: WordSet::new(DATE_WORDS),
        number_modifiers: WordSet::new(NUMBER_MODIFIERS),
        months: WordSet::new(MONTHS),
        weekdays: WordSet::new(WEEKDAYS),
    })
}

/// Words that count as numbers, lowercase.
pub const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "dozen",
    "several",
    "a",
    "few",
];

/// Scale words after a number ("5 million", "$3bn").
pub const SCALES: &[&str] =
    &["thousand", "million", "billion", "trillion", "m", "bn", "mn", "k", "tn", "crore", "lakh"];

/// Currency words after a number ("5 million euros").
pub const CURRENCY_WORDS: &[&str] = &[
    "euro", "euros", "dollar", "dollars", "pound", "pounds", "rouble", "roubles", "ruble",
    "rubles", "yen", "yuan", "rupee", "rupees", "franc", "francs", "pesos", "peso", "won", "lira",
    "shekels", "hryvnia", "usd", "eur", "gbp", "sterling",
];

/// Currency codes and abbreviations before a number ("Rs 300", "INR 500", "USD 5 million").
pub const CURRENCY_CODES: &[&str] =
    &["Rs", "Rs.", "INR", "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "AUD", "CAD", "US$", "HK$", "NZ$"];

/// Currency symbols before or after a number.
pub const CURRENCY_SYMBOLS: &[char] = &['$', '€', '£', '¥', '₹', '₽', '₩', '₺', '₴'];

/// Units of time that make "four days", "last week" a DATE.
pub const TIME_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "hour",
    "hours",
    "weekend",
    "century",
    "centuries",
    "quarter",
];

/// Words before a unit or day that make a relative date ("last week", "late August").
pub const DATE_MODIFIERS: &[&str] =
    &["last", "next", "this", "late", "early", "mid", "earlier", "later", "past", "coming"];

/// Single words that are dates on their own.
pub const DATE_WORDS: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];

/// Words before a number that belong to it ("nearly 7,000", "more than 200").
pub const NUMBER_MODIFIERS: &[&str] = &["nearly", "almost", "over", "under", "approximately"];

/// Two-word number modifiers ("more than", "at least").
pub const NUMBER_MODIFIER_PAIRS: &[(&str, &str)] = &[
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("at", "least"),
    ("up", "to"),
    ("as", "many"),
];

/// Lowercase nouns after a capitalised name that make it a place ("Le Bourget airport").
pub const PLACE_NOUNS: &[&str] = &[
    "airport",
    "city",
    "town",
    "village",
    "province",
    "region",
    "river",
    "street",
    "square",
    "county",
    "district",
    "island",
    "islands",
    "mountain",
    "mountains",
    "valley",
    "lake",
    "state",
    "port",
    "bay",
    "peninsula",
    "desert",
    "coast",
    "oblast",
    "prefecture",
];

/// Lowercase nouns after a capitalised name that make it an organisation ("Telegram CEO").
pub const ORG_NOUNS: &[&str] = &[
    "ceo",
    "founder",
    "co-founder",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "app",
    "platform",
    "channel",
    "chief",
    "executive",
    "executives",
    "employees",
    "staff",
    "users",
    "shares",
    "stock",
    "headquarters",
    "board",
    "messenger",
    "company",
    "group",
    "account",
    "service",
    "website",
    "boss",
    "owner",
    "team",
];

/// Lowercase words after a capitalised name that only an organisation takes ("WeWork founder",
/// "Telegram CEO", "a WeWork spokesperson"; not "team" or "staff", which follow people too: "the
/// Trump team").
pub const COMPANY_ROLES: &[&str] = &[
    "ceo",
    "founder",
    "co-founder",
    "cofounder",
    "cfo",
    "headquarters",
    "employees",
    "shareholders",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// Verbs that join a name to its definition ("Caloi is a bicycle manufacturer").
pub const DEFINING_VERBS: &[&str] = &["is", "was", "are", "were"];

/// Adverbs that may stand between the verb and the definition ("was once a village").
pub const DEFINING_ADVERBS: &[&str] =
    &["also", "now", "once", "still", "currently", "originally", "formerly", "today"];

/// Words that may follow the head noun of a definition (its end): prepositions, relative
/// pronouns, "and", and participles that open what follows ("a manufacturer based in ...").
/// Any other word after the noun phrase (a verb: "In 1990, the party formed an alliance") means
/// the phrase was no definition of the name before the comma.
pub const DEFINITION_ENDS: &[&str] = &[
    "of", "in", "from", "for", "at", "on", "near", "by", "with", "to", "between", "within",
    "outside", "since", "until", "that", "which", "who", "whose", "where", "and", "or", "based",
    "located", "situated", "founded", "owned", "operated", "headquartered", "established",
    "known", "spoken", "released", "directed", "written", "published", "produced", "named",
];

/// Punctuation that may follow the head noun of a definition.
pub const DEFINITION_END_MARKS: &[&str] = &[",", ".", ";", ":", "(", ")", "—", "–", "!", "?"];

/// Name particles allowed inside a person's name ("Ursula von der Leyen").
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al",
    "ibn", "dos",
];

/// Connectors allowed inside an organisation or place name after a head word ("Council of the ...").
pub const NAME_CONNECTORS: &[&str] = &["of", "the", "for", "and", "on", "de"];

/// Pronouns that can name a speaker; true when the pronoun refers to a person.
pub const SPEAKER_PRONOUNS: &[(&str, bool)] =
    &[("he", true), ("she", true), ("they", false), ("it", false), ("we", false), ("i", true)];

/// Adverbs and auxiliaries that may stand between a speaker and a reporting verb ("Durov later
/// said", "Durov has written"); lowercase words ending in "-ly" count too.
pub const CUE_ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "once",
    "previously",
    "recently",
    "often",
    "still",
    "has",
    "had",
    "have",
    "will",
    "would",
    "could",
    "might",
    "did",
];

/// Prepositions: a name after one is the object, not the subject, of its clause, lowercase.
pub const PREPOSITIONS: &[&str] = &[
    "of", "to", "for", "with", "from", "by", "at", "on", "in", "about", "against", "than", "like",
    "between", "among", "after", "before", "during", "under", "over", "toward", "towards", "into",
];

/// Words that open a description of a source ("the report", "a spokesman", "one resident",
/// "their lawyers"), lowercase.
pub const DESCRIPTION_DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "four", "five",
    "his", "her", "its", "their", "our", "other", "most", "both", "multiple", "numerous", "various",
    "these", "those",
];

/// Reporting verbs that name rather than quote: a capital after them says nothing about a
/// statement ("called it “A Farce”").
pub const NAMING_VERBS: &[&str] = &[
    "called",
    "calls",
    "call",
    "calling",
    "described",
    "describes",
    "describing",
    "dubbed",
    "named",
    "termed",
    "labelled",
    "labeled",
];

/// Openings of credit lines ("Reporting by ...", "With Post Wires"), lowercase.
pub const CREDIT_PREFIXES: &[&str] = &[
    "reporting by",
    "additional reporting",
    "editing by",
    "edited by",
    "writing by",
    "compiled by",
    "photo:",
    "photos:",
    "photo by",
    "photograph:",
    "image:",
    "image source:",
    "source:",
    "credit:",
    "illustration:",
    "video:",
    "(reporting by",
    "(editing by",
    "with reporting by",
    // the same in the other languages of European news sites
    "foto:",
    "fotos:",
    "bild:",
    "quelle:",
    "photo :",
    "crédit photo",
    "fot.",
    "źródło:",
];

/// Openings of credit sentences of any length, lowercase.
pub const CREDIT_SENTENCE_STARTS: &[&str] = &[
    "reporting by",
    "(reporting by",
    "additional reporting by",
    "with reporting by",
    "editing by",
    "(editing by",
    "writing by",
    "(writing by",
    "compiled by",
];

/// Phrases that make a sentence a credit wherever they stand, lowercase.
pub const CREDIT_SENTENCE_MARKS: &[&str] = &[
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
    "contributed to this article",
];

/// A sentence that says this is promotion whole, lowercase.
pub const CLICK_HERE: &str = "click here";

/// Endings of short credit lines, lowercase ("With Post Wires", "with AP").
pub const CREDIT_SUFFIXES: &[&str] =
    &["wire", "wires", "agencies", "news agencies", "afp", "ap", "reuters"];

/// Words that start a short credit line ending in one of `CREDIT_SUFFIXES`, lowercase.
pub const CREDIT_STARTS: &[&str] = &["with", "from", "by", "via"];

/// Phrases that make a short line a copyright notice, lowercase.
pub const COPYRIGHT_MARKS: &[&str] = &[
    "©",
    "all rights reserved",
    "copyright (c)",
    "(c) 20",
    "copyright 20",
    // the same notice in the other languages of European news sites
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
];

/// Words of date lines besides numbers, month and day names ("Updated 1:39 am EST, …").
pub const DATE_LINE_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "utc",
    "gmt",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "cet",
    "cest",
    "bst",
    "ist",
    "updated",
    "published",
    "posted",
    "modified",
    "last",
    "on",
    "at",
    "-",
    "–",
];

/// Words that open a byline ("By Jane Doe", "Por Ana Lima", "Von Max Weber"), lowercase, and its
/// longest length in words.
pub const BYLINE_STARTS: &[&str] = &["by", "por", "von", "par", "di", "door", "av", "przez"];
pub const BYLINE_WORDS: usize = 10;

/// Tenths of a line's words that must be date words for it to be a date line.
pub const DATE_LINE_SHARE_TENTHS: usize = 7;

/// Words a promotion sentence may start with before its real opening ("Just click here").
pub const PROMO_FILLERS: &[&str] = &["just", "please", "now", "and", "so"];

/// Longest name, in tokens: a longer run of capitalised words is title-case text, not a name
/// ("Security Council of the Russian Federation" has 6).
pub const MAX_NAME_TOKENS: usize = 10;

/// Longest word, in bytes, that can be part of a name.
pub const MAX_NAME_WORD_BYTES: usize = 64;

/// Longest line, in words, that counts as a copyright, credit or trailing navigation line.
pub const SHORT_LINE_WORDS: usize = 12;

/// Longest trailing line, in words, that is navigation even when no list names it.
pub const TAIL_LINE_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_answer() {
        let l = lexicon();
        assert!(l.places.contains("France"));
        assert!(l.nationalities.contains("French"));
        assert!(l.first_names.contains("Pavel"));
        assert!(l.cue_verbs.contains("wrote"));
        assert!(l.female_names.contains("Maria") && !l.female_names.contains("Pavel"));
        assert!(l.term_before.contains("show") && l.term_after.contains("hat"));
        assert!(l.term_naming.contains("so-called") && l.term_naming.contains("known as"));
        assert_eq!(l.speaker_roles.get("company"), Some(&true));
        assert_eq!(l.speaker_roles.get("president"), Some(&false));
        assert_eq!(l.boilerplate_lines.get("trending now"), Some(&Reason::Navigation));
        assert!(l.max_name_words >= 3);
    }
}
