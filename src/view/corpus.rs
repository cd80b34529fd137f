//! The loaded corpus: bundle articles with byte offsets, ready to slice and draw.
//!
//! The bundle on disk holds code-point offsets; [`Corpus::from_bundle`] converts them to
//! byte offsets once, so every other view function slices `text` directly. (The DOM
//! only ever receives those slices as text nodes, never as markup.)
//!
//! ```
//! use article_explorer::view::corpus::Corpus;
//! let corpus = Corpus::load(r#"{"schema":"article-explorer.corpus/1","articles":[]}"#).unwrap();
//! assert!(corpus.articles.is_empty());
//! assert!(Corpus::load("{").unwrap_err().contains("not valid JSON"));
//! ```

use chrono::NaiveDate;

use crate::corpus::{Bundle, BundleArticle};
use crate::model::{Analysis, Quote, Span};

/// How many distinct speaker colours the stylesheet defines (`--speaker-0` …).
pub const SPEAKER_COLOURS: usize = 8;

/// Label for quotes whose speaker is unknown.
pub const UNKNOWN_SPEAKER: &str = "Unknown speaker";

/// One article, offsets in bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// Stable id from the bundle (used in URLs).
    pub id: String,
    /// Headline, or the first words when there is none.
    pub title: String,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Link to the original: only an `http:` or `https:` address (see [`web_link`]).
    pub url: Option<String>,
    /// Byline.
    pub byline: Option<String>,
    /// The body.
    pub text: String,
    /// Analysis with byte offsets into `text`.
    pub analysis: Analysis,
}

impl Doc {
    /// Converts a bundle article (code-point offsets) into a doc (byte offsets).
    pub fn from_bundle(article: BundleArticle) -> Self {
        let title = article.display_title();
        let analysis = article.analysis.to_byte_offsets(&article.text);
        Doc {
            id: article.id,
            title,
            published: article.published,
            outlet: article.outlet.filter(|s| !s.trim().is_empty()),
            url: article.url.as_deref().and_then(web_link),
            byline: article.byline.filter(|s| !s.trim().is_empty()),
            text: article.text,
            analysis,
        }
    }

    /// The text of sentence `i`, trimmed, or `""`.
    pub fn sentence_text(&self, i: usize) -> &str {
        self.analysis.sentences.get(i).map_or("", |s| s.span().slice(&self.text).trim())
    }

    /// Index of the sentence containing byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let s = &self.analysis.sentences;
        let i = s.partition_point(|s| s.end <= offset);
        (i < s.len() && s[i].start <= offset).then_some(i)
    }

    /// The sentences a span touches, as an index range.
    pub fn sentences_of(&self, span: Span) -> std::ops::Range<usize> {
        let s = &self.analysis.sentences;
        let first = s.partition_point(|s| s.end <= span.start);
        let last = s.partition_point(|s| s.start < span.end.max(span.start + 1));
        first..last.max(first)
    }

    /// "Outlet · 17 March 2025", whichever parts exist.
    pub fn dateline(&self) -> String {
        let mut parts = Vec::new();
        if let Some(o) = &self.outlet {
            parts.push(o.clone());
        }
        if let Some(d) = self.published {
            parts.push(super::long_date(d));
        }
        parts.join(" · ")
    }
}

/// A loaded corpus plus what could not be loaded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    /// The articles that loaded, in bundle order.
    pub articles: Vec<Doc>,
    /// One message per article that did not load.
    pub problems: Vec<String>,
    /// Distinct speaker names in order of first appearance (colour = position).
    pub speakers: Vec<String>,
}

impl Corpus {
    /// Parses a bundle: a readable bundle always loads (bad articles become
    /// [`Corpus::problems`]); an unreadable file is an error message.
    pub fn load(json: &str) -> Result<Corpus, String> {
        Bundle::parse(json).map(Corpus::from_parsed).map_err(|e| e.to_string())
    }

    /// A corpus of what [`Bundle::parse`] read: its articles, and its problems as
    /// messages (the shard loader reads its shards through this too).
    pub fn from_parsed((bundle, problems): (Bundle, Vec<crate::corpus::BundleError>)) -> Corpus {
        let articles = bundle.articles.into_iter().map(Doc::from_bundle).collect();
        Corpus::from_docs(articles, problems.iter().map(ToString::to_string).collect())
    }

    /// A corpus of a parsed bundle's articles.
    pub fn from_bundle(bundle: Bundle) -> Corpus {
        Corpus::from_parsed((bundle, Vec::new()))
    }

    /// A corpus of these articles, with their speakers in order of first quote.
    pub fn from_docs(articles: Vec<Doc>, problems: Vec<String>) -> Corpus {
        let mut speakers: Vec<String> = Vec::new();
        for q in articles.iter().flat_map(|a| &a.analysis.quotes) {
            let name = speaker_name(q);
            if !speakers.iter().any(|s| s == name) {
                speakers.push(name.to_string());
            }
        }
        Corpus { articles, problems, speakers }
    }

    /// Position of the article with `id`.
    pub fn article_index(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }

    /// The colour slot (0..[`SPEAKER_COLOURS`]) of a speaker.
    pub fn speaker_colour(&self, name: &str) -> usize {
        self.speakers.iter().position(|s| s == name).unwrap_or(0) % SPEAKER_COLOURS
    }

    /// Total number of quotes.
    pub fn quote_count(&self) -> usize {
        self.articles.iter().map(|a| a.analysis.quotes.len()).sum()
    }

    /// Total number of events.
    pub fn event_count(&self) -> usize {
        self.articles.iter().map(|a| a.analysis.events.len()).sum()
    }
}

/// `url` if it is a web address safe to make clickable: `http://` or `https://` (any
/// case) followed by a host, after trimming surrounding whitespace, with no whitespace or
/// control character inside. Everything else — `javascript:`, `data:`, `vbscript:`,
/// relative paths, and the tricks browsers undo when they parse a URL (a tab or newline
/// inside the scheme, leading control characters) — is refused, so a hostile bundle
/// cannot turn "Original article" into a script.
pub fn web_link(url: &str) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    let host_starts = rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '[');
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (web && host_starts && clean).then(|| url.to_string())
}

/// The name a quote is attributed to, or [`UNKNOWN_SPEAKER`].
pub fn speaker_name(q: &Quote) -> &str {
    q.speaker.name.as_deref().map(str::trim).filter(|n| !n.is_empty()).unwrap_or(UNKNOWN_SPEAKER)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture;

    #[test]
    fn loads_offsets_as_bytes_even_after_non_ascii_text() {
        let corpus = fixture::corpus();
        let doc = &corpus.articles[0];
        // "Russia’s" (a 3-byte apostrophe) comes before the last quotes: slicing by the
        // converted offsets still lands on the quoted words.
        for q in &doc.analysis.quotes {
            let slice = q.span().slice(&doc.text);
            assert_eq!(slice, q.text, "quote offsets must be bytes after loading");
        }
    }

    #[test]
    fn speakers_get_stable_colours_in_order_of_appearance() {
        let corpus = fixture::corpus();
        assert_eq!(corpus.speakers[0], "Heio Chinji");
        assert_eq!(corpus.speaker_colour("Heio Chinji"), 0);
        assert_eq!(corpus.speaker_colour("nobody"), 0);
    }

    #[test]
    fn a_bad_article_is_a_problem_not_a_failure() {
        let mut json: serde_json::Value = serde_json::from_str(&fixture::bundle().to_json()).unwrap();
        json["articles"][1]["analysis"]["sentences"][0]["end"] = 99999.into();
        let corpus = Corpus::load(&json.to_string()).unwrap();
        assert_eq!(corpus.articles.len(), 1);
        assert_eq!(corpus.problems.len(), 1);
        assert!(corpus.problems[0].contains("could not be loaded"), "{}", corpus.problems[0]);
    }

    #[test]
    fn sentence_lookup_by_offset_and_span() {
        let corpus = fixture::corpus();
        let doc = &corpus.articles[0];
        let q = &doc.analysis.quotes[0];
        assert_eq!(doc.sentence_at(q.start), Some(q.sentence));
        assert!(doc.sentences_of(q.span()).contains(&q.sentence));
        assert!(doc.dateline().contains("17 March 2025"));
    }

    #[test]
    fn only_web_addresses_become_links() {
        let table = [
            ("https://example.org/news/1", Some("https://example.org/news/1")),
            ("  HTTP://Example.org/a?b=c#d \n", Some("HTTP://Example.org/a?b=c#d")),
            ("http://[::1]:8080/", Some("http://[::1]:8080/")),
            ("javascript:alert(1)", None),
            ("JaVaScRiPt:alert(1)", None),
            ("java\tscript:alert(1)", None),
            ("\u{1}javascript:alert(1)", None),
            ("javascript://example.org/%0aalert(1)", None),
            ("&#106;avascript:alert(1)", None),
            ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", None),
            ("vbscript:msgbox(1)", None),
            ("//evil.example/x", None),
            ("/relative/path", None),
            ("https://", None),
            ("https:///x", None),
            ("ht\ntp://example.org", None),
            ("https://exa mple.org", None),
            ("", None),
        ];
        for (url, expected) in table {
            assert_eq!(web_link(url).as_deref(), expected, "{url:?}");
        }
    }

    #[test]
    fn a_script_url_in_a_bundle_is_not_kept_as_a_link() {
        let mut json: serde_json::Value = serde_json::from_str(&fixture::bundle().to_json()).unwrap();
        json["articles"][0]["url"] = " javascript:alert(document.domain)".into();
        json["articles"][1]["url"] = "https://example.org/ok".into();
        let corpus = Corpus::load(&json.to_string()).unwrap();
        assert_eq!(corpus.articles[0].url, None);
        assert_eq!(corpus.articles[1].url.as_deref(), Some("https://example.org/ok"));
    }
}
