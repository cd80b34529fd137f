//! The corpus bundle: articles analysed ahead of time, in one JSON file the app loads.
//!
//! Format (`schema` is versioned; readers refuse versions they do not know, with a
//! message saying what to do):
//!
//! ```text
//! {
//!   "schema": "article-explorer.corpus/1",
//!   "generator": "article-explorer 0.1.0",
//!   "articles": [
//!     { "id": "seed-000", "source": "samples/seed.txt", "title": "..", "published": "2025-03-17",
//!       "outlet": "..", "url": "..", "byline": "..", "text": "<article body>",
//!       "analysis": { "sentences": [..], "quotes": [..], "timexes": [..], "events": [..], "entities": [..] } }
//!   ]
//! }
//! ```
//!
//! Offsets in `analysis` are code points into `text`, exactly as in the CLI's output.
//! [`Bundle::parse`] reads a bundle leniently: one malformed article is reported and
//! skipped, the others still load.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::corpus::article::MAX_ARTICLE_BYTES;
use crate::corpus::Article;
use crate::model::Analysis;

/// Schema tag of the current bundle format.
pub const CORPUS_SCHEMA: &str = "article-explorer.corpus/1";

/// Largest bundle read, in bytes (512 MiB): about the longest string a browser holds,
/// far past what loads in reasonable time (a bundle takes about 26 KB per article).
pub const MAX_BUNDLE_BYTES: usize = 512 * 1024 * 1024;

/// Most articles in one bundle (20,000): the explorer loads a whole bundle at start-up,
/// about 5 ms per article, so a larger corpus is better split into several bundles.
/// `build-corpus` refuses to write more.
pub const MAX_BUNDLE_ARTICLES: usize = 20_000;

/// A whole corpus bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    /// Always [`CORPUS_SCHEMA`].
    pub schema: String,
    /// What wrote it.
    #[serde(default)]
    pub generator: String,
    /// The articles.
    pub articles: Vec<BundleArticle>,
}

/// One analysed article in a bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleArticle {
    /// Stable identifier, unique in the bundle (used in URLs).
    pub id: String,
    /// Where the article was read from.
    #[serde(default)]
    pub source: String,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date.
    #[serde(default, deserialize_with = "iso_date")]
    pub published: Option<NaiveDate>,
    /// Outlet.
    #[serde(default)]
    pub outlet: Option<String>,
    /// URL.
    #[serde(default)]
    pub url: Option<String>,
    /// Byline.
    #[serde(default)]
    pub byline: Option<String>,
    /// The article body.
    pub text: String,
    /// The analysis (code-point offsets into `text`).
    pub analysis: Analysis,
}

impl BundleArticle {
    /// Analyses `article` for the bundle.
    pub fn from_article(id: String, source: String, article: Article) -> Self {
        let analysis = crate::analysis::analyze(&article.body, article.published).to_char_offsets(&article.body);
        Self::with_analysis(id, source, article, analysis)
    }

    /// An article with its analysis already made (code-point offsets into its body).
    pub fn with_analysis(id: String, source: String, article: Article, analysis: Analysis) -> Self {
        BundleArticle {
            id,
            source,
            title: article.title,
            published: article.published,
            outlet: article.outlet,
            url: article.url,
            byline: article.byline,
            text: article.body,
            analysis,
        }
    }

    /// A display title: the headline, else the first words of the text.
    pub fn display_title(&self) -> String {
        if let Some(t) = self.title.as_deref().filter(|t| !t.trim().is_empty()) {
            return t.trim().to_string();
        }
        let words: Vec<&str> = self.text.split_whitespace().take(8).collect();
        format!("{}…", words.join(" "))
    }

    /// Checks every offset lies inside the text and every index points at something.
    pub fn validate(&self) -> Result<(), String> {
        if self.text.len() > MAX_ARTICLE_BYTES {
            return Err(format!(
                "its text is {} MB, over the {} MB limit for one article",
                self.text.len() / (1024 * 1024),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ));
        }
        let n = self.text.chars().count();
        let a = &self.analysis;
        let check = |what: &str, start: usize, end: usize| {
            if start > end || end > n {
                Err(format!("{what} span {start}..{end} lies outside the text ({n} characters)"))
            } else {
                Ok(())
            }
        };
        for s in &a.sentences {
            check("sentence", s.start, s.end)?;
        }
        for q in &a.quotes {
            check("quote", q.start, q.end)?;
            if let (Some(s), Some(e)) = (q.speaker.start, q.speaker.end) {
                check("speaker", s, e)?;
            }
            if let Some(c) = &q.cue {
                check("cue", c.start, c.end)?;
            }
            if q.speaker.entity.is_some_and(|e| e >= a.entities.len()) {
                return Err("a quote's speaker points at a missing entity".into());
            }
            if q.sentence >= a.sentences.len().max(1) {
                return Err(format!("a quote points at sentence {} of {}", q.sentence, a.sentences.len()));
            }
        }
        for t in &a.timexes {
            check("timex", t.start, t.end)?;
        }
        for e in &a.entities {
            for m in &e.mentions {
                check("entity mention", m.start, m.end)?;
            }
        }
        for ev in &a.events {
            if ev.sentence >= a.sentences.len() {
                return Err(format!("an event points at sentence {} of {}", ev.sentence, a.sentences.len()));
            }
            if ev.timex >= a.timexes.len() {
                return Err(format!("an event points at date {} of {}", ev.timex, a.timexes.len()));
            }
            if ev.quotes.iter().any(|&q| q >= a.quotes.len()) || ev.entities.iter().any(|&e| e >= a.entities.len()) {
                return Err("an event points at a missing quote or entity".into());
            }
        }
        Ok(())
    }
}

/// A `YYYY-MM-DD` date or `null`, read without chrono's general parser (about 4 KB gzip
/// of the app's wasm). Also takes what chrono's own `NaiveDate` deserializer takes: a
/// signed year (`-0044-03-15`, `+12345-01-01`) and one-digit months and days.
pub(crate) fn iso_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let Some(s) = Option::<String>::deserialize(d)? else { return Ok(None) };
    parse_iso_date(&s)
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom(format!("invalid date {s:?}: expected YYYY-MM-DD")))
}

/// Parses `[+-]Y-M-D` as chrono's `NaiveDate::from_str` does: a year of 1 to 4 digits
/// (any number with a sign), a month and day of 1 or 2, spaces allowed around each.
pub(crate) fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let t = s.trim();
    let (signed, negative, body) = match (t.strip_prefix('-'), t.strip_prefix('+')) {
        (Some(b), _) => (true, true, b),
        (_, Some(b)) => (true, false, b),
        _ => (false, false, t),
    };
    let digits = |p: &str, max: usize| -> Option<u32> {
        (!p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok()).flatten()
    };
    let mut parts = body.splitn(3, '-');
    let year = digits(parts.next()?.trim_end(), if signed { 9 } else { 4 })? as i32;
    let month = digits(parts.next()?.trim(), 2)?;
    let day = digits(parts.next()?.trim(), 2)?;
    NaiveDate::from_ymd_opt(if negative { -year } else { year }, month, day)
}

/// A bundle's top level as read by [`Bundle::parse`]: each field raw, checked in turn.
#[derive(Deserialize)]
struct Top<'a> {
    #[serde(borrow, default)]
    schema: Option<&'a RawValue>,
    #[serde(borrow, default)]
    generator: Option<&'a RawValue>,
    #[serde(borrow, default)]
    articles: Option<&'a RawValue>,
}

/// The id of an article that could not be read, for the message.
#[derive(Deserialize)]
struct IdOf {
    #[serde(default, deserialize_with = "string_or_none")]
    id: Option<String>,
}

/// A string, or `None` for any other JSON value.
fn string_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let raw = <&RawValue>::deserialize(d)?;
    Ok(serde_json::from_str::<String>(raw.get()).ok())
}

/// Why a bundle (or one article in it) could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The file is not JSON at all (truncated, or not a bundle).
    NotJson {
        /// The parser's message.
        problem: String,
    },
    /// The JSON is not a bundle object.
    NotABundle,
    /// The bundle's schema version is not one this build reads.
    WrongSchema {
        /// The schema tag found.
        found: String,
    },
    /// The file is larger than [`MAX_BUNDLE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The bundle holds more than [`MAX_BUNDLE_ARTICLES`] articles.
    TooManyArticles {
        /// How many it holds.
        count: usize,
    },
    /// One article is malformed; the others still load.
    BadArticle {
        /// Position in the bundle.
        index: usize,
        /// Its id, if readable.
        id: Option<String>,
        /// What is wrong.
        problem: String,
    },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotJson { problem } => {
                write!(f, "the corpus file is not valid JSON ({problem}); it may be truncated: rebuild it with `article-explorer build-corpus`")
            }
            BundleError::NotABundle => write!(
                f,
                "the file is JSON but not a corpus bundle (no \"schema\": \"{CORPUS_SCHEMA}\" and \"articles\"); build one with `article-explorer build-corpus`"
            ),
            BundleError::WrongSchema { found } => write!(
                f,
                "the corpus uses schema {found:?}, but this version reads {CORPUS_SCHEMA:?}; rebuild it with this version's `article-explorer build-corpus`"
            ),
            BundleError::TooLarge { bytes } => write!(
                f,
                "the corpus file is {} MB, over the {} MB limit; build several smaller bundles with `article-explorer build-corpus`",
                bytes / (1024 * 1024),
                MAX_BUNDLE_BYTES / (1024 * 1024)
            ),
            BundleError::TooManyArticles { count } => write!(
                f,
                "the corpus holds {count} articles, over the limit of {MAX_BUNDLE_ARTICLES} for one bundle; build several smaller bundles with `article-explorer build-corpus`"
            ),
            BundleError::BadArticle { index, id, problem } => match id {
                Some(id) => write!(f, "article {index} ({id}) could not be loaded: {problem}"),
                None => write!(f, "article {index} could not be loaded: {problem}"),
            },
        }
    }
}

impl std::error::Error for BundleError {}

impl Bundle {
    /// A bundle of the given articles.
    pub fn new(articles: Vec<BundleArticle>) -> Self {
        Bundle {
            schema: CORPUS_SCHEMA.to_string(),
            generator: concat!("article-explorer ", env!("CARGO_PKG_VERSION")).to_string(),
            articles,
        }
    }

    /// Parses a bundle leniently: returns the articles that load and an error for each
    /// that does not. Fails as a whole only when the file is not a readable bundle.
    pub fn parse(json: &str) -> Result<(Bundle, Vec<BundleError>), BundleError> {
        if json.len() > MAX_BUNDLE_BYTES {
            return Err(BundleError::TooLarge { bytes: json.len() });
        }
        // Typed, with each article kept as its raw JSON text: the app's wasm then carries
        // one deserializer per type (from text) rather than a second one from
        // `serde_json::Value` for every type an article holds (about 8 KB gzip).
        let top: Top = match serde_json::from_str(json) {
            Ok(top) => top,
            // A type error (an array, a number) may come before a syntax error later on:
            // the file is "not JSON" if it does not parse as any JSON at all.
            Err(e) if e.is_data() => {
                return Err(match serde_json::from_str::<serde::de::IgnoredAny>(json) {
                    Ok(_) => BundleError::NotABundle,
                    Err(e) => BundleError::NotJson { problem: e.to_string() },
                })
            }
            Err(e) => return Err(BundleError::NotJson { problem: e.to_string() }),
        };
        let string = |raw: Option<&RawValue>| raw.and_then(|r| serde_json::from_str::<String>(r.get()).ok());
        let Some(schema) = string(top.schema) else { return Err(BundleError::NotABundle) };
        if schema != CORPUS_SCHEMA {
            return Err(if schema.starts_with("article-explorer.corpus/") {
                BundleError::WrongSchema { found: schema }
            } else {
                BundleError::NotABundle
            });
        }
        let generator = string(top.generator).unwrap_or_default();
        let Some(items) = top.articles.and_then(|a| serde_json::from_str::<Vec<&RawValue>>(a.get()).ok()) else {
            return Err(BundleError::NotABundle);
        };
        if items.len() > MAX_BUNDLE_ARTICLES {
            return Err(BundleError::TooManyArticles { count: items.len() });
        }
        let mut articles = Vec::with_capacity(items.len());
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (index, item) in items.into_iter().enumerate() {
            let parsed = serde_json::from_str::<BundleArticle>(item.get())
                .map_err(|e| e.to_string())
                .and_then(|a| a.validate().map(|()| a))
                .and_then(|a| if seen.insert(a.id.clone()) { Ok(a) } else { Err(format!("duplicate id {:?}", a.id)) });
            match parsed {
                Ok(a) => articles.push(a),
                Err(problem) => {
                    // The id, when the article is an object with a string id.
                    let id = item
                        .get()
                        .starts_with('{')
                        .then(|| serde_json::from_str::<IdOf>(item.get()).ok())
                        .flatten()
                        .and_then(|i| i.id);
                    problems.push(BundleError::BadArticle { index, id, problem })
                }
            }
        }
        Ok((Bundle { schema, generator, articles }, problems))
    }

    /// The bundle as pretty-printed JSON (stable, diff-friendly).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("bundle serializes") + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, body: &str) -> BundleArticle {
        BundleArticle::from_article(id.into(), format!("{id}.txt"), Article { body: body.into(), ..Article::default() })
    }

    #[test]
    fn round_trips() {
        let bundle = Bundle::new(vec![article("a", "Trump said, \"Hi.\""), article("b", "Putin spoke.")]);
        let (back, problems) = Bundle::parse(&bundle.to_json()).unwrap();
        assert!(problems.is_empty());
        assert_eq!(back, bundle);
    }

    #[test]
    fn one_bad_article_does_not_stop_the_others() {
        let mut bundle = Bundle::new(vec![article("a", "One."), article("b", "Two."), article("c", "Three.")]);
        bundle.articles[1].analysis.sentences[0].end = 999;
        let mut json: serde_json::Value = serde_json::from_str(&bundle.to_json()).unwrap();
        json["articles"][2]["text"] = serde_json::Value::Null;
        let (back, problems) = Bundle::parse(&json.to_string()).unwrap();
        assert_eq!(back.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["a"]);
        assert_eq!(problems.len(), 2);
        assert!(problems[0].to_string().starts_with("article 1 (b) could not be loaded: sentence span 0..999"));
        assert!(problems[1].to_string().starts_with("article 2 (c) could not be loaded"));
    }

    #[test]
    fn whole_file_errors_say_what_to_do() {
        assert!(matches!(Bundle::parse("{\"schema\": \"article-exp"), Err(BundleError::NotJson { .. })));
        assert_eq!(Bundle::parse("[1,2]"), Err(BundleError::NotABundle));
        let err = Bundle::parse(r#"{"schema":"article-explorer.corpus/9","articles":[]}"#).unwrap_err();
        assert!(err.to_string().contains("rebuild it"), "{err}");
    }

    #[test]
    fn a_truncated_bundle_is_refused_with_a_message_anywhere_it_is_cut() {
        let json =
            Bundle::new(vec![article("a", "\"Yes,\" she said on March 3, 2025."), article("b", "Two.")]).to_json();
        for cut in (1..json.len() - 2).step_by(7).filter(|&c| json.is_char_boundary(c)) {
            let err = Bundle::parse(&json[..cut]).unwrap_err();
            assert!(matches!(err, BundleError::NotJson { .. }), "cut at {cut}: {err}");
            assert!(err.to_string().contains("truncated") && err.to_string().contains("build-corpus"), "{err}");
        }
    }

    #[test]
    fn a_wrong_schema_version_says_to_rebuild() {
        for found in ["article-explorer.corpus/0", "article-explorer.corpus/2"] {
            let err = Bundle::parse(&format!(r#"{{"schema":"{found}","articles":[]}}"#)).unwrap_err();
            assert_eq!(err, BundleError::WrongSchema { found: found.into() });
            let msg = err.to_string();
            assert!(msg.contains(found) && msg.contains(CORPUS_SCHEMA) && msg.contains("rebuild it"), "{msg}");
        }
        // Another program's JSON is not a bundle at all.
        assert_eq!(Bundle::parse(r#"{"schema":"other/1","articles":[]}"#), Err(BundleError::NotABundle));
    }

    #[test]
    fn garbage_articles_among_good_ones_are_skipped() {
        let good = Bundle::new(vec![article("a", "One."), article("b", "Two.")]);
        let mut json: serde_json::Value = serde_json::from_str(&good.to_json()).unwrap();
        let items = json["articles"].as_array_mut().unwrap();
        items.insert(1, serde_json::json!(42));
        items.insert(2, serde_json::json!("text"));
        items.insert(3, serde_json::json!({"id": "x", "text": "t", "analysis": {"sentences": "no"}}));
        items.push(items[0].clone()); // a duplicate id
        let (back, problems) = Bundle::parse(&json.to_string()).unwrap();
        assert_eq!(back.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[3].to_string().contains("duplicate id"), "{}", problems[3]);
    }

    #[test]
    fn indices_that_point_nowhere_make_an_article_bad() {
        let good = article("a", "\"We won,\" said Ana Ruiz on March 3, 2025. She left.");
        assert!(!good.analysis.quotes.is_empty() && !good.analysis.events.is_empty());
        let mut quote = good.clone();
        quote.analysis.quotes[0].sentence = 99;
        assert!(quote.validate().unwrap_err().contains("sentence 99"));
        let mut event = good.clone();
        event.analysis.events[0].timex = 7;
        assert!(event.validate().unwrap_err().contains("date 7"));
        let mut speaker = good;
        speaker.analysis.quotes[0].speaker.entity = Some(1000);
        assert!(speaker.validate().unwrap_err().contains("missing entity"));
    }

    #[test]
    fn limits_on_articles_per_bundle_and_text_per_article() {
        let items = vec!["{}"; MAX_BUNDLE_ARTICLES + 1].join(",");
        let err = Bundle::parse(&format!(r#"{{"schema":"{CORPUS_SCHEMA}","articles":[{items}]}}"#)).unwrap_err();
        assert_eq!(err, BundleError::TooManyArticles { count: MAX_BUNDLE_ARTICLES + 1 });
        assert!(err.to_string().contains("several smaller bundles"), "{err}");
        let mut big = article("big", "Short.");
        big.text = "a".repeat(MAX_ARTICLE_BYTES + 1);
        big.analysis = Analysis::default();
        assert!(big.validate().unwrap_err().contains("over the 16 MB limit"));
        let msg = BundleError::TooLarge { bytes: MAX_BUNDLE_BYTES + 1 }.to_string();
        assert!(msg.contains("over the 512 MB limit"), "{msg}");
    }

    #[test]
    fn dates_are_read_as_chrono_reads_them() {
        let inputs = [
            "2025-03-17",
            "2025-3-7",
            " 2025 - 03 - 17 ",
            "-0044-03-15",
            "+12345-01-01",
            "0001-01-01",
            "12-01-02",
            "2025-02-30",
            "2025-13-01",
            "12345-01-01",
            "2025-03",
            "2025-03-17-",
            "2025/03/17",
            "",
            "-",
            "+-1-1-1",
            "2025-003-17",
            "2025-03-17T00:00",
            "x2025-03-17",
            "2025-03-1x",
        ];
        for input in inputs {
            assert_eq!(parse_iso_date(input), input.parse::<NaiveDate>().ok(), "{input:?}");
        }
        let json = |published: &str| {
            let mut a = serde_json::to_value(article("a", "One.")).unwrap();
            a["published"] = serde_json::from_str(published).unwrap();
            serde_json::from_value::<BundleArticle>(a).map(|a| a.published).map_err(|e| e.to_string())
        };
        assert_eq!(json("\"2025-03-17\""), Ok(NaiveDate::from_ymd_opt(2025, 3, 17)));
        assert_eq!(json("null"), Ok(None));
        assert!(json("\"17 March\"").unwrap_err().contains("expected YYYY-MM-DD"));
        assert!(json("5").is_err());
    }
}
