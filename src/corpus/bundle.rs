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

use crate::corpus::Article;
use crate::model::Analysis;

/// Schema tag of the current bundle format.
pub const CORPUS_SCHEMA: &str = "article-explorer.corpus/1";

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
    #[serde(default)]
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
            if ev.quotes.iter().any(|&q| q >= a.quotes.len()) || ev.entities.iter().any(|&e| e >= a.entities.len()) {
                return Err("an event points at a missing quote or entity".into());
            }
        }
        Ok(())
    }
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
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| BundleError::NotJson { problem: e.to_string() })?;
        let serde_json::Value::Object(mut map) = value else { return Err(BundleError::NotABundle) };
        let schema = match map.get("schema") {
            Some(serde_json::Value::String(s)) => s.clone(),
            _ => return Err(BundleError::NotABundle),
        };
        if schema != CORPUS_SCHEMA {
            return Err(if schema.starts_with("article-explorer.corpus/") {
                BundleError::WrongSchema { found: schema }
            } else {
                BundleError::NotABundle
            });
        }
        let generator = map.get("generator").and_then(|g| g.as_str()).unwrap_or_default().to_string();
        let Some(serde_json::Value::Array(items)) = map.remove("articles") else {
            return Err(BundleError::NotABundle);
        };
        let mut articles = Vec::with_capacity(items.len());
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (index, item) in items.into_iter().enumerate() {
            let id = item.get("id").and_then(|v| v.as_str()).map(str::to_string);
            let parsed = serde_json::from_value::<BundleArticle>(item)
                .map_err(|e| e.to_string())
                .and_then(|a| a.validate().map(|()| a))
                .and_then(|a| if seen.insert(a.id.clone()) { Ok(a) } else { Err(format!("duplicate id {:?}", a.id)) });
            match parsed {
                Ok(a) => articles.push(a),
                Err(problem) => problems.push(BundleError::BadArticle { index, id, problem }),
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
}
