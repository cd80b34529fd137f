//! A sharded corpus: a small index plus shards the app fetches when it needs them.
//!
//! A bundle holds everything in one file, which a browser must fetch and parse before it
//! shows anything; at 100,000 articles that is 2.6 GB. A sharded corpus
//! (`build-corpus --shards DIR`, see [`crate::corpus::shard_writer`]) is a folder of
//! static files, each immutable and named by a hash of its content:
//!
//! ```text
//! DIR/index.json                 {"schema": "article-explorer.shards/1", "generator": "..",
//!                                 "articles": N, "quotes": Q, "events": E,
//!                                 "shards": [{"file": "t/00000-<hash>.json", "from": "2016-01-04",
//!                                             "to": "2016-02-11", "articles": 100, "quotes": 412,
//!                                             "events": 380, "bytes": 2710000}, ..],
//!                                 "periods": [{"month": "2016-01", "articles": 80, "quotes": 301, "events": 290}, ..],
//!                                 "terms": [{"first": "aa", "file": "s/00000-<hash>.json"}, ..],
//!                                 "ids": [{"first": "00001", "file": "i/00000-<hash>.json"}, ..]}
//! DIR/t/NNNNN-<hash>.json        time shards: plain `article-explorer.corpus/1` bundles of at
//!                                 most `--shard-size` articles, cut in publication-date order
//!                                 (undated articles last), so each covers one period
//! DIR/s/NNNNN-<hash>.json        term lookups: {"schema": "article-explorer.lookup/1",
//!                                 "keys": [["word", "0-12,40"], ..]}: every search word (as
//!                                 `crate::search` folds it) of the corpus, sorted, with the
//!                                 time shards whose search index holds it, as ranges. A file
//!                                 holds whole groups of words sharing their first two letters
//!                                 ([`term_key`]); `terms` gives each file's first key
//! DIR/i/NNNNN-<hash>.json        id lookups, the same format: article id → its time shard
//! ```
//!
//! Periods count articles and quotes by publication month and events by the month they
//! are dated to (events dated only to a year or decade are not in `periods`). Shards are
//! bundles, so the app reads them with the bundle reader it already has ([`Bundle::parse`]).
//! Every name in the index is a relative path inside `DIR` (no `..`, no scheme, no leading
//! `/`): a hostile index cannot send the app elsewhere.
//!
//! ```
//! use article_explorer::corpus::shards::{format_ranges, parse_ranges, term_key};
//! assert_eq!(format_ranges(&[0, 1, 2, 5, 7, 8]), "0-2,5,7-8");
//! assert_eq!(parse_ranges("0-2,5").unwrap(), [0, 1, 2, 5]);
//! assert_eq!(term_key("chinji"), "ch");
//! ```
//!
//! [`Bundle::parse`]: crate::corpus::Bundle::parse

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::value::RawValue;

/// Schema tag of a sharded corpus's index.
pub const SHARDS_SCHEMA: &str = "article-explorer.shards/1";
/// Schema tag of a lookup file (terms or ids).
pub const LOOKUP_SCHEMA: &str = "article-explorer.lookup/1";
/// Largest index read (16 MiB): about 160 bytes a shard, so far past [`MAX_SHARDS`].
pub const MAX_INDEX_BYTES: usize = 16 * 1024 * 1024;
/// Most shards in one index (50,000): a million articles at 20 a shard, or the 20,000
/// of a bundle's limit ([`crate::corpus::MAX_BUNDLE_ARTICLES`]) 50,000 times over.
pub const MAX_SHARDS: usize = 50_000;
/// Largest lookup file read (64 MiB).
pub const MAX_LOOKUP_BYTES: usize = 64 * 1024 * 1024;

/// The index of a sharded corpus (`DIR/index.json`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ShardIndex {
    /// Always [`SHARDS_SCHEMA`].
    pub schema: String,
    /// What wrote it.
    pub generator: String,
    /// Articles in all shards.
    pub articles: usize,
    /// Quotes in all shards.
    pub quotes: usize,
    /// Dated events in all shards.
    pub events: usize,
    /// The time shards, in date order (undated articles in the last ones).
    pub shards: Vec<ShardEntry>,
    /// Counts per month.
    pub periods: Vec<Period>,
    /// The term lookup files, by first key.
    pub terms: Vec<LookupFile>,
    /// The id lookup files, by first id.
    pub ids: Vec<LookupFile>,
}

/// One time shard.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ShardEntry {
    /// Path relative to the index.
    pub file: String,
    /// Publication date of its first dated article.
    pub from: Option<NaiveDate>,
    /// Publication date of its last dated article.
    pub to: Option<NaiveDate>,
    /// Articles in it.
    pub articles: usize,
    /// Quotes in it.
    pub quotes: usize,
    /// Dated events in it.
    pub events: usize,
    /// Its size in bytes.
    pub bytes: u64,
}

/// Counts for one month (`YYYY-MM`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Period {
    /// `YYYY-MM`.
    pub month: String,
    /// Articles published in it.
    pub articles: usize,
    /// Quotes in articles published in it.
    pub quotes: usize,
    /// Events dated in it.
    pub events: usize,
}

/// A lookup file and the first key it holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LookupFile {
    /// The first key in the file.
    pub first: String,
    /// Path relative to the index.
    pub file: String,
}

/// A lookup file: sorted keys, each with the shards that hold it (as ranges, "0-3,7").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Lookup {
    /// Always [`LOOKUP_SCHEMA`].
    pub schema: String,
    /// (key, shard ranges), sorted by key.
    pub keys: Vec<(String, String)>,
}

/// Why an index, a lookup or a shard could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShardError {
    /// The file is not JSON (truncated, or something else).
    NotJson {
        /// Which file.
        file: String,
        /// The parser's message.
        problem: String,
    },
    /// The JSON is not what the file should be.
    WrongKind {
        /// Which file.
        file: String,
        /// What it should have been.
        expected: &'static str,
    },
    /// Another version of the format.
    WrongSchema {
        /// Which file.
        file: String,
        /// The schema tag found.
        found: String,
    },
    /// Over a size limit.
    TooLarge {
        /// Which file.
        file: String,
        /// What is too large, and the limit.
        what: String,
    },
    /// An entry is malformed (a path leading outside the folder, a bad range, a shard
    /// number past the end).
    BadEntry {
        /// Which file.
        file: String,
        /// What is wrong.
        problem: String,
    },
}

impl fmt::Display for ShardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const REBUILD: &str = "rebuild the folder with `article-explorer build-corpus ARTICLES… --shards DIR`";
        match self {
            ShardError::NotJson { file, problem } => {
                write!(f, "{file} is not valid JSON ({problem}); it may be truncated: {REBUILD}")
            }
            ShardError::WrongKind { file, expected } => write!(f, "{file} is JSON but not {expected}; {REBUILD}"),
            ShardError::WrongSchema { file, found } => write!(
                f,
                "{file} uses schema {found:?}, but this version reads {SHARDS_SCHEMA:?} and {LOOKUP_SCHEMA:?}; {REBUILD} of this version"
            ),
            ShardError::TooLarge { file, what } => write!(f, "{file}: {what}; {REBUILD} with a larger --shard-size"),
            ShardError::BadEntry { file, problem } => write!(f, "{file}: {problem}; {REBUILD}"),
        }
    }
}

impl std::error::Error for ShardError {}

/// A JSON object's members, each kept as raw JSON text and read when asked for. The
/// index and lookup files are read through this one map type and the deserializers the
/// bundle reader already has (strings, numbers, arrays of raw values), not through a
/// derived deserializer per struct (about 5 KB gzip of the app's wasm).
struct Object<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> serde::Deserialize<'de> for Object<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> serde::de::Visitor<'de> for Members {
            type Value = Object<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Object<'de>, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, &'de RawValue>()? {
                    members.push(member);
                }
                Ok(Object(members))
            }
        }
        d.deserialize_map(Members)
    }
}

/// Reading one file: its name and what it should be, for the messages.
#[derive(Clone, Copy)]
struct Reader<'f> {
    file: &'f str,
    expected: &'static str,
}

impl<'f> Reader<'f> {
    fn wrong_kind(self) -> ShardError {
        ShardError::WrongKind { file: self.file.into(), expected: self.expected }
    }

    /// Reads `json` as a `T`, telling a non-JSON file from JSON of the wrong shape.
    fn json<'a, T: serde::Deserialize<'a>>(self, json: &'a str) -> Result<T, ShardError> {
        serde_json::from_str(json).map_err(|e| {
            if e.is_data() && serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok() {
                self.wrong_kind()
            } else {
                ShardError::NotJson { file: self.file.into(), problem: e.to_string() }
            }
        })
    }

    /// Reads a member: `None` when absent; a wrong type is the wrong kind of file.
    fn get<'a, T: serde::Deserialize<'a>>(self, object: &Object<'a>, name: &str) -> Result<Option<T>, ShardError> {
        match object.0.iter().rev().find(|(k, _)| k == name) {
            Some((_, raw)) => serde_json::from_str(raw.get()).map(Some).map_err(|_| self.wrong_kind()),
            None => Ok(None),
        }
    }

    /// A member that must be there.
    fn need<'a, T: serde::Deserialize<'a>>(self, object: &Object<'a>, name: &str) -> Result<T, ShardError> {
        self.get(object, name)?.ok_or_else(|| self.wrong_kind())
    }

    /// A member that defaults when absent.
    fn or_default<'a, T: serde::Deserialize<'a> + Default>(
        self,
        object: &Object<'a>,
        name: &str,
    ) -> Result<T, ShardError> {
        Ok(self.get(object, name)?.unwrap_or_default())
    }

    /// An array member (empty when absent) of objects, each read by `item`.
    fn list<T>(
        self,
        object: &Object<'_>,
        name: &str,
        item: impl Fn(&Object<'_>) -> Result<T, ShardError>,
    ) -> Result<Vec<T>, ShardError> {
        let raws: Vec<&RawValue> = self.or_default(object, name)?;
        let mut out = Vec::with_capacity(raws.len());
        for raw in raws {
            out.push(item(&self.get_object(raw)?)?);
        }
        Ok(out)
    }

    fn get_object<'a>(self, raw: &'a RawValue) -> Result<Object<'a>, ShardError> {
        serde_json::from_str(raw.get()).map_err(|_| self.wrong_kind())
    }

    /// A `YYYY-MM-DD` date or `null`.
    fn date(self, object: &Object<'_>, name: &str) -> Result<Option<NaiveDate>, ShardError> {
        match self.get::<Option<String>>(object, name)?.flatten() {
            Some(s) => crate::corpus::bundle::parse_iso_date(&s).map(Some).ok_or_else(|| self.wrong_kind()),
            None => Ok(None),
        }
    }

    /// Reads the top-level object, checking its schema tag (`want`): "wrong version"
    /// before "wrong shape".
    fn top<'a>(self, json: &'a str, want: &str) -> Result<Object<'a>, ShardError> {
        let object: Object = self.json(json)?;
        let family = want.split('/').next().unwrap_or(want);
        match self.get::<String>(&object, "schema") {
            Ok(Some(s)) if s == want => Ok(object),
            Ok(Some(s)) if s.split('/').next() == Some(family) => {
                Err(ShardError::WrongSchema { file: self.file.into(), found: s })
            }
            _ => Err(self.wrong_kind()),
        }
    }
}

/// Whether `path` is a plain relative path inside the corpus folder.
pub fn is_inside(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains(':')
        && !path.contains('\\')
        && !path.contains('?')
        && !path.contains('#')
        && !path.chars().any(char::is_control)
        && path.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
}

impl ShardIndex {
    /// Parses and checks an index: schema, limits, paths inside the folder, lookup
    /// tables sorted.
    pub fn parse(json: &str) -> Result<ShardIndex, ShardError> {
        const FILE: &str = "index.json";
        if json.len() > MAX_INDEX_BYTES {
            let what = format!("{} MB, over the {} MB limit", json.len() >> 20, MAX_INDEX_BYTES >> 20);
            return Err(ShardError::TooLarge { file: FILE.into(), what });
        }
        let r = Reader { file: FILE, expected: "the index of a sharded corpus" };
        let top = r.top(json, SHARDS_SCHEMA)?;
        let lookup_file = |o: &Object<'_>| Ok(LookupFile { first: r.need(o, "first")?, file: r.need(o, "file")? });
        let index = ShardIndex {
            schema: SHARDS_SCHEMA.into(),
            generator: r.or_default(&top, "generator")?,
            articles: r.need(&top, "articles")?,
            quotes: r.or_default(&top, "quotes")?,
            events: r.or_default(&top, "events")?,
            shards: {
                // Required, unlike the lists below.
                r.need::<&RawValue>(&top, "shards")?;
                r.list(&top, "shards", |o| {
                    Ok(ShardEntry {
                        file: r.need(o, "file")?,
                        from: r.date(o, "from")?,
                        to: r.date(o, "to")?,
                        articles: r.need(o, "articles")?,
                        quotes: r.or_default(o, "quotes")?,
                        events: r.or_default(o, "events")?,
                        bytes: r.or_default(o, "bytes")?,
                    })
                })?
            },
            periods: r.list(&top, "periods", |o| {
                Ok(Period {
                    month: r.need(o, "month")?,
                    articles: r.need(o, "articles")?,
                    quotes: r.need(o, "quotes")?,
                    events: r.need(o, "events")?,
                })
            })?,
            terms: r.list(&top, "terms", lookup_file)?,
            ids: r.list(&top, "ids", lookup_file)?,
        };
        if index.shards.len() > MAX_SHARDS {
            let what = format!("{} shards, over the limit of {MAX_SHARDS}", index.shards.len());
            return Err(ShardError::TooLarge { file: FILE.into(), what });
        }
        let bad = |problem: String| Err(ShardError::BadEntry { file: FILE.into(), problem });
        for (i, s) in index.shards.iter().enumerate() {
            if !is_inside(&s.file) {
                return bad(format!("shard {i} names {:?}, which is not a file inside the corpus folder", s.file));
            }
            if s.articles > crate::corpus::MAX_BUNDLE_ARTICLES {
                return bad(format!("shard {i} holds {} articles, over the limit of 20000 a shard", s.articles));
            }
        }
        for (what, table) in [("term", &index.terms), ("id", &index.ids)] {
            for (i, l) in table.iter().enumerate() {
                if !is_inside(&l.file) {
                    return bad(format!(
                        "{what} lookup {i} names {:?}, which is not a file inside the corpus folder",
                        l.file
                    ));
                }
                if i > 0 && table[i - 1].first >= l.first {
                    return bad(format!("the {what} lookup files are not sorted by their first key"));
                }
            }
        }
        Ok(index)
    }

    /// The term lookup file that would hold `word` (a folded search word).
    pub fn term_file(&self, word: &str) -> Option<&str> {
        find_file(&self.terms, term_key(word))
    }

    /// The id lookup file that would hold `id`.
    pub fn id_file(&self, id: &str) -> Option<&str> {
        find_file(&self.ids, id)
    }

    /// The shards whose dated articles overlap the days `from..=to` (days since the
    /// Common Era, as `NaiveDate::num_days_from_ce`).
    pub fn shards_between(&self, from: i32, to: i32) -> Vec<usize> {
        use chrono::Datelike;
        self.shards
            .iter()
            .enumerate()
            .filter(|(_, s)| match (s.from, s.to) {
                (Some(a), Some(b)) => a.num_days_from_ce() <= to && b.num_days_from_ce() >= from,
                _ => false,
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// The file of `table` whose range holds `key`: the last whose first key is ≤ `key`.
fn find_file<'a>(table: &'a [LookupFile], key: &str) -> Option<&'a str> {
    let i = table.partition_point(|l| l.first.as_str() <= key);
    (i > 0).then(|| table[i - 1].file.as_str())
}

/// The group a search word's lookup belongs to: its first two characters. Prefix and
/// typo matches of a query word keep them (see `crate::search::shards`).
pub fn term_key(word: &str) -> &str {
    let end = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
    &word[..end]
}

impl Lookup {
    /// Parses a lookup file; `file` names it in messages.
    pub fn parse(json: &str, file: &str) -> Result<Lookup, ShardError> {
        if json.len() > MAX_LOOKUP_BYTES {
            let what = format!("{} MB, over the {} MB limit", json.len() >> 20, MAX_LOOKUP_BYTES >> 20);
            return Err(ShardError::TooLarge { file: file.into(), what });
        }
        let r = Reader { file, expected: "a lookup file of a sharded corpus" };
        let top = r.top(json, LOOKUP_SCHEMA)?;
        let raws: Vec<&RawValue> = r.need(&top, "keys")?;
        let mut keys = Vec::with_capacity(raws.len());
        for raw in raws {
            match r.json::<Vec<String>>(raw.get()) {
                Ok(pair) if pair.len() == 2 => {
                    let mut pair = pair.into_iter();
                    keys.push((pair.next().unwrap_or_default(), pair.next().unwrap_or_default()));
                }
                _ => return Err(r.wrong_kind()),
            }
        }
        let lookup = Lookup { schema: LOOKUP_SCHEMA.into(), keys };
        if lookup.keys.windows(2).any(|w| w[0].0 >= w[1].0) {
            return Err(ShardError::BadEntry { file: file.into(), problem: "its keys are not sorted".into() });
        }
        Ok(lookup)
    }

    /// The shards holding `key`, if it is in the file.
    pub fn get(&self, key: &str) -> Option<Result<Vec<u32>, String>> {
        let i = self.keys.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        Some(parse_ranges(&self.keys[i].1))
    }
}

/// Sorted distinct numbers as ranges: `[0, 1, 2, 5]` → `"0-2,5"`.
pub fn format_ranges(numbers: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < numbers.len() {
        let mut j = i;
        while j + 1 < numbers.len() && numbers[j + 1] == numbers[j] + 1 {
            j += 1;
        }
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(&numbers[i].to_string());
        if j > i {
            out.push('-');
            out.push_str(&numbers[j].to_string());
        }
        i = j + 1;
    }
    out
}

/// Reads [`format_ranges`]' output back; ranges must ascend.
pub fn parse_ranges(s: &str) -> Result<Vec<u32>, String> {
    let mut out: Vec<u32> = Vec::new();
    if s.is_empty() {
        return Ok(out);
    }
    for part in s.split(',') {
        let num = |t: &str| t.parse::<u32>().map_err(|_| format!("{t:?} in the shard list {s:?} is not a number"));
        let (a, b) = match part.split_once('-') {
            Some((a, b)) => (num(a)?, num(b)?),
            None => (num(part)?, num(part)?),
        };
        if a > b || out.last().is_some_and(|&l| l >= a) || b - a > MAX_SHARDS as u32 {
            return Err(format!("the shard list {s:?} is not ascending"));
        }
        out.extend(a..=b);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_round_trip() {
        for list in [vec![], vec![0], vec![3, 4, 5, 9, 11, 12], (0..1000).collect::<Vec<u32>>()] {
            assert_eq!(parse_ranges(&format_ranges(&list)).unwrap(), list);
        }
        assert_eq!(format_ranges(&(0..1000).collect::<Vec<_>>()), "0-999");
        for bad in ["x", "3-1", "5,2", "1,1", "-", "1-", "0-4294967295"] {
            assert!(parse_ranges(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paths_stay_inside_the_folder() {
        for ok in ["t/00000-ab.json", "index.json", "s/x/y.json"] {
            assert!(is_inside(ok), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x.json",
            "t/../../x",
            "https://evil.example/x.json",
            "//evil/x",
            "t//x",
            "a\\b",
            "x?y",
            "t/\u{0}",
        ] {
            assert!(!is_inside(bad), "{bad:?}");
        }
    }

    #[test]
    fn an_index_is_checked_with_messages_that_say_what_to_do() {
        let ok = r#"{"schema":"article-explorer.shards/1","articles":1,"shards":[{"file":"t/0.json","from":"2025-03-17","to":"2025-03-17","articles":1}]}"#;
        let index = ShardIndex::parse(ok).unwrap();
        assert_eq!(index.shards[0].from, NaiveDate::from_ymd_opt(2025, 3, 17));
        let cases = [
            ("{\"schema\": \"article-", "not valid JSON"),
            ("[1]", "not the index of a sharded corpus"),
            (r#"{"schema":"article-explorer.corpus/1","articles":[]}"#, "not the index of a sharded corpus"),
            (r#"{"schema":"article-explorer.shards/7","articles":1,"shards":[]}"#, "uses schema"),
            (
                r#"{"schema":"article-explorer.shards/1","articles":1,"shards":[{"file":"../x.json","articles":1}]}"#,
                "not a file inside",
            ),
            (
                r#"{"schema":"article-explorer.shards/1","articles":1,"shards":[{"file":"https://e.example/x","articles":1}]}"#,
                "not a file inside",
            ),
            (
                r#"{"schema":"article-explorer.shards/1","articles":1,"shards":[{"file":"t/x","articles":20001}]}"#,
                "over the limit",
            ),
            (
                r#"{"schema":"article-explorer.shards/1","articles":1,"shards":[],"terms":[{"first":"b","file":"s/1"},{"first":"a","file":"s/2"}]}"#,
                "not sorted",
            ),
            (r#"{"schema":"article-explorer.shards/1","articles":"many","shards":[]}"#, "not the index"),
        ];
        for (json, says) in cases {
            let msg = ShardIndex::parse(json).unwrap_err().to_string();
            assert!(msg.contains(says) && msg.contains("build-corpus"), "{json}: {msg}");
        }
    }

    #[test]
    fn lookup_files_are_found_by_their_first_key() {
        let file = |first: &str, file: &str| LookupFile { first: first.into(), file: file.into() };
        let index = ShardIndex {
            terms: vec![file("a", "s/0"), file("ch", "s/1"), file("pu", "s/2")],
            ids: vec![file("00001", "i/0"), file("00500", "i/1")],
            ..ShardIndex::default()
        };
        assert_eq!(index.term_file("abc"), Some("s/0"));
        assert_eq!(index.term_file("chinji"), Some("s/1"));
        assert_eq!(index.term_file("cz"), Some("s/1"));
        assert_eq!(index.term_file("zebra"), Some("s/2"));
        assert_eq!(index.term_file("0"), None);
        assert_eq!(index.id_file("00499-x"), Some("i/0"));
        assert_eq!(index.id_file("00500"), Some("i/1"));
        assert_eq!(term_key("é"), "é");
        assert_eq!(term_key("éte"), "ét");
    }

    #[test]
    fn lookups_are_checked() {
        let ok = r#"{"schema":"article-explorer.lookup/1","keys":[["a","0-2"],["b","5"]]}"#;
        let lookup = Lookup::parse(ok, "s/0.json").unwrap();
        assert_eq!(lookup.get("a"), Some(Ok(vec![0, 1, 2])));
        assert_eq!(lookup.get("c"), None);
        let unsorted = r#"{"schema":"article-explorer.lookup/1","keys":[["b","0"],["a","1"]]}"#;
        assert!(Lookup::parse(unsorted, "s/0.json")
            .unwrap_err()
            .to_string()
            .contains("s/0.json: its keys are not sorted"));
        let msg = Lookup::parse("{\"keys\": [[", "s/9.json").unwrap_err().to_string();
        assert!(msg.starts_with("s/9.json is not valid JSON"), "{msg}");
    }
}
