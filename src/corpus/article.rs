//! Article input formats.
//!
//! | extension | format |
//! |---|---|
//! | `.txt` (or anything else) | plain text; optional leading `Key: value` metadata lines, then a blank line, then the body |
//! | `.md`, `.markdown` | Markdown with optional `---` front matter of `key: value` lines |
//! | `.json` | one article object, an array of them, or `{"articles": [...]}` |
//!
//! Metadata keys (case-insensitive): `title`, `date` or `published`, `source` or
//! `outlet`, `url`, `byline` or `author`. In JSON the body is `text` or `body`. Dates are
//! `YYYY-MM-DD`, optionally followed by a time (`2025-03-17T09:30:00Z`), which is ignored.
//! An article without a date takes one written in its file name ("2025-03-17-talks.md"),
//! see [`date_in_file_name`].
//!
//! ```
//! use article_explorer::corpus::parse_article;
//! let md = b"---\ntitle: Talks\ndate: 2025-03-17\n---\nPutin spoke.\n";
//! let articles = parse_article("talks.md", md).unwrap();
//! assert_eq!(articles[0].title.as_deref(), Some("Talks"));
//! assert_eq!(articles[0].body, "Putin spoke.\n");
//! ```

use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Largest article file read, in bytes; larger files are refused with a clear error.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Largest article body analysed, in bytes (16 MiB). Analysis time is linear in the
/// length (about 0.3 s per MB natively, twice that in the browser), so one article
/// stays under about ten seconds anywhere; a longer text is refused with a message
/// saying to split it. (A JSON file may hold several articles of up to this size each.)
pub const MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

/// One article: metadata and the body text that analysis offsets point into.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Headline.
    pub title: Option<String>,
    /// Publication date; anchors relative dates.
    pub published: Option<NaiveDate>,
    /// Publisher or outlet ("NHK", "Reuters").
    pub outlet: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Author(s).
    pub byline: Option<String>,
    /// The article text, exactly as read (offsets point into it).
    pub body: String,
}

/// Why an article file could not be read. Every message starts with the file name.
#[derive(Debug)]
pub enum FormatError {
    /// The file could not be opened or read.
    Io {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file holds no text.
    Empty {
        /// The file.
        path: String,
    },
    /// The file looks binary (NUL bytes or mostly control characters).
    Binary {
        /// The file.
        path: String,
    },
    /// The file is not valid UTF-8.
    InvalidUtf8 {
        /// The file.
        path: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file.
        path: String,
        /// Its size in bytes.
        bytes: usize,
    },
    /// One article's text is longer than [`MAX_ARTICLE_BYTES`].
    ArticleTooLarge {
        /// The file.
        path: String,
        /// The article's length in bytes.
        bytes: usize,
    },
    /// The Markdown front matter or metadata lines are malformed.
    FrontMatter {
        /// The file.
        path: String,
        /// 1-based line number of the problem.
        line: usize,
        /// What is wrong.
        problem: String,
    },
    /// The JSON is malformed or has the wrong shape.
    Json {
        /// The file.
        path: String,
        /// What is wrong.
        problem: String,
    },
    /// A date field is not `YYYY-MM-DD`.
    BadDate {
        /// The file.
        path: String,
        /// The value found.
        value: String,
    },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Io { path, source } => write!(f, "{path}: cannot read file: {source}"),
            FormatError::Empty { path } => write!(f, "{path}: the file is empty (no article text)"),
            FormatError::Binary { path } => {
                write!(f, "{path}: this looks like a binary file, not article text (expected .txt, .md or .json)")
            }
            FormatError::InvalidUtf8 { path, offset } => {
                write!(f, "{path}: invalid UTF-8 at byte {offset}; save the file as UTF-8 and try again")
            }
            FormatError::TooLarge { path, bytes } => write!(
                f,
                "{path}: the file is {} MB, over the {} MB limit for one article file",
                bytes / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            FormatError::ArticleTooLarge { path, bytes } => write!(
                f,
                "{path}: an article of {:.1} MB is over the {} MB limit for one article; split it into several articles",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            ),
            FormatError::FrontMatter { path, line, problem } => {
                write!(f, "{path}:{line}: malformed front matter: {problem}")
            }
            FormatError::Json { path, problem } => write!(f, "{path}: invalid article JSON: {problem}"),
            FormatError::BadDate { path, value } => {
                write!(f, "{path}: date {value:?} is not a date of the form YYYY-MM-DD")
            }
        }
    }
}

impl std::error::Error for FormatError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FormatError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Reads one article file from disk (see [`parse_article`]).
pub fn read_article_file(path: &Path) -> Result<Vec<Article>, FormatError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|source| FormatError::Io { path: name.clone(), source })?;
    if meta.len() as usize > MAX_FILE_BYTES {
        return Err(FormatError::TooLarge { path: name, bytes: meta.len() as usize });
    }
    let bytes = std::fs::read(path).map_err(|source| FormatError::Io { path: name.clone(), source })?;
    parse_article(&name, &bytes)
}

/// Parses the bytes of an article file named `name`; the extension picks the format.
/// JSON files may hold several articles.
pub fn parse_article(name: &str, bytes: &[u8]) -> Result<Vec<Article>, FormatError> {
    let text = decode(name, bytes)?;
    let lower = name.to_ascii_lowercase();
    let bundle = crate::corpus::import::bundle_articles(name, text);
    // A bundle's articles carry their own dates; its file name is not theirs.
    let from_bundle = bundle.is_some();
    let mut articles = if let Some(bundle) = bundle {
        bundle?
    } else if crate::corpus::html::is_html(name, text) {
        vec![crate::corpus::html::parse_html(text)]
    } else if lower.ends_with(".json") {
        parse_json(name, text)?
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        vec![parse_markdown(name, text)?]
    } else {
        vec![parse_text(name, text)?]
    };
    if articles.iter().all(|a| a.body.trim().is_empty()) {
        return Err(FormatError::Empty { path: name.to_string() });
    }
    if let Some(a) = articles.iter().find(|a| a.body.len() > MAX_ARTICLE_BYTES) {
        return Err(FormatError::ArticleTooLarge { path: name.to_string(), bytes: a.body.len() });
    }
    if let Some(date) = date_in_file_name(name).filter(|_| !from_bundle) {
        for a in articles.iter_mut().filter(|a| a.published.is_none()) {
            a.published = Some(date);
        }
    }
    Ok(articles)
}

/// The publication date written in a file's name, for articles whose metadata gives
/// none: the first `YYYY-MM-DD` that is a real date and not part of a longer number, as
/// archives and site generators name them ("2025-03-17-talks.md",
/// "nyt_2015-11-07_jobs-report.txt"). Folders in the path do not count.
pub fn date_in_file_name(name: &str) -> Option<NaiveDate> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).as_bytes();
    let digit = |i: usize| base.get(i).is_some_and(u8::is_ascii_digit);
    (0..base.len().saturating_sub(9)).find_map(|i| {
        let shape = (0..10).all(|k| if k == 4 || k == 7 { base[i + k] == b'-' } else { digit(i + k) });
        let alone = (i == 0 || !digit(i - 1)) && !digit(i + 10);
        // `shape` holds only ASCII, so `i..i + 10` is on character boundaries.
        (shape && alone)
            .then(|| NaiveDate::parse_from_str(std::str::from_utf8(&base[i..i + 10]).ok()?, "%Y-%m-%d").ok())?
    })
}

/// Checks size, binary-ness and UTF-8; strips a byte-order mark.
fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, FormatError> {
    let path = || name.to_string();
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FormatError::TooLarge { path: path(), bytes: bytes.len() });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(FormatError::Empty { path: path() });
    }
    let head = &bytes[..bytes.len().min(8192)];
    // Text never holds NUL; and a file mostly of control bytes is not prose.
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    if head.contains(&0) || controls * 10 > head.len() {
        return Err(FormatError::Binary { path: path() });
    }
    let text =
        std::str::from_utf8(bytes).map_err(|e| FormatError::InvalidUtf8 { path: path(), offset: e.valid_up_to() })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The metadata fields an article can carry, by their accepted key names.
fn apply_field(article: &mut Article, name: &str, key: &str, value: &str) -> Result<bool, FormatError> {
    let value = unquote(value.trim());
    let set = |slot: &mut Option<String>| *slot = (!value.is_empty()).then(|| value.to_string());
    match key.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => set(&mut article.title),
        "date" | "published" | "publication_date" | "dct" => {
            article.published = if value.is_empty() { None } else { Some(parse_date(name, value)?) }
        }
        "source" | "outlet" | "publisher" => set(&mut article.outlet),
        "url" | "link" => set(&mut article.url),
        "byline" | "author" | "authors" => set(&mut article.byline),
        _ => return Ok(false),
    }
    Ok(true)
}

/// Parses `YYYY-MM-DD`, ignoring a trailing time.
pub fn parse_date(name: &str, value: &str) -> Result<NaiveDate, FormatError> {
    let head = value.get(..10).unwrap_or(value);
    let rest_ok = value.len() == head.len() || value[head.len()..].starts_with(['T', ' ']);
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .ok()
        .filter(|_| rest_ok)
        .ok_or_else(|| FormatError::BadDate { path: name.to_string(), value: value.to_string() })
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

/// Plain text: leading `Key: value` lines with known keys, ended by a blank line, are
/// metadata; everything else is body. Text without such a header is all body.
fn parse_text(name: &str, text: &str) -> Result<Article, FormatError> {
    let mut article = Article::default();
    let mut offset = 0;
    let mut saw_meta = false;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if saw_meta {
                offset += line.len();
            }
            break;
        }
        let Some((key, value)) = content.split_once(':') else { break };
        // "Title: x" is metadata; "Note: the talks…" in prose is not, so only known keys
        // with short key names count, and only before the first non-metadata line.
        if key.len() > 20 || !apply_field(&mut article, name, key, value)? {
            break;
        }
        saw_meta = true;
        offset += line.len();
    }
    if !saw_meta {
        offset = 0;
        article = Article::default();
    }
    article.body = text[offset..].to_string();
    Ok(article)
}

/// Markdown: optional front matter between `---` lines.
fn parse_markdown(name: &str, text: &str) -> Result<Article, FormatError> {
    let mut article = Article::default();
    let mut lines = text.split_inclusive('\n');
    let first = lines.clone().next().unwrap_or("");
    if first.trim_end() != "---" {
        article.body = text.to_string();
        return Ok(article);
    }
    lines.next();
    // Check the closing line first: a missing one is the likelier mistake than every
    // body line that would otherwise be reported as a bad `key: value`.
    if !lines.clone().any(|l| matches!(l.trim_end(), "---" | "...")) {
        return Err(FormatError::FrontMatter {
            path: name.to_string(),
            line: 1,
            problem: "the front matter opened with `---` is never closed by a `---` line".into(),
        });
    }
    let mut offset = first.len();
    let mut closed = false;
    for (i, line) in lines.enumerate() {
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let line_no = i + 2;
        if content.trim_end() == "---" || content.trim_end() == "..." {
            closed = true;
            break;
        }
        if content.trim().is_empty() || content.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = content.split_once(':') else {
            return Err(FormatError::FrontMatter {
                path: name.to_string(),
                line: line_no,
                problem: format!("expected `key: value`, found {content:?}"),
            });
        };
        apply_field(&mut article, name, key, value)?;
    }
    debug_assert!(closed);
    article.body = text[offset..].to_string();
    Ok(article)
}

/// JSON: an article object, an array of them, or an object with an `articles` array.
fn parse_json(name: &str, text: &str) -> Result<Vec<Article>, FormatError> {
    let json_err = |problem: String| FormatError::Json { path: name.to_string(), problem };
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_err(e.to_string()))?;
    let items = match value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(mut map) => match map.remove("articles") {
            Some(serde_json::Value::Array(items)) => items,
            Some(_) => return Err(json_err("`articles` must be an array".into())),
            None => vec![serde_json::Value::Object(map)],
        },
        _ => return Err(json_err("expected an article object or an array of articles".into())),
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let serde_json::Value::Object(map) = item else {
                return Err(json_err(format!("article {i} is not an object")));
            };
            let mut article = Article::default();
            let mut body = None;
            for (key, value) in &map {
                match (key.as_str(), value) {
                    ("text" | "body", serde_json::Value::String(s)) => body = Some(s.clone()),
                    (_, serde_json::Value::String(s)) => {
                        apply_field(&mut article, name, key, s)?;
                    }
                    _ => {}
                }
            }
            article.body = body.ok_or_else(|| json_err(format!("article {i} has no `text` or `body` string")))?;
            Ok(article)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_without_metadata_is_all_body() {
        let text = "On March 17, 2025, experts spoke.\nNote: more later.";
        let a = parse_article("a.txt", text.as_bytes()).unwrap();
        assert_eq!(a[0].body, text);
        assert_eq!(a[0].published, None);
    }

    #[test]
    fn plain_text_metadata_lines_then_blank_line() {
        let text = "Title: Talks\nDate: 2025-03-17\nOutlet: NHK\n\nBody here.";
        let a = &parse_article("a.txt", text.as_bytes()).unwrap()[0];
        assert_eq!(a.title.as_deref(), Some("Talks"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 3, 17));
        assert_eq!(a.outlet.as_deref(), Some("NHK"));
        assert_eq!(a.body, "Body here.");
    }

    #[test]
    fn markdown_front_matter() {
        let md = "---\ntitle: \"Talks: day two\"\npublished: 2025-03-18T10:00:00Z\nsource: NHK\nurl: https://x\nbyline: A B\n---\n# Head\nText";
        let a = &parse_article("a.md", md.as_bytes()).unwrap()[0];
        assert_eq!(a.title.as_deref(), Some("Talks: day two"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 3, 18));
        assert_eq!(a.url.as_deref(), Some("https://x"));
        assert_eq!(a.byline.as_deref(), Some("A B"));
        assert_eq!(a.body, "# Head\nText");
    }

    #[test]
    fn json_single_array_and_wrapped() {
        let one = r#"{"title":"T","date":"2025-03-17","outlet":"NHK","text":"Body."}"#;
        assert_eq!(parse_article("a.json", one.as_bytes()).unwrap()[0].body, "Body.");
        let many = r#"[{"body":"One."},{"text":"Two."}]"#;
        assert_eq!(parse_article("a.json", many.as_bytes()).unwrap().len(), 2);
        let wrapped = r#"{"articles":[{"body":"One."}]}"#;
        assert_eq!(parse_article("a.json", wrapped.as_bytes()).unwrap().len(), 1);
    }

    #[test]
    fn errors_name_the_file_and_the_problem() {
        let cases: [(&str, &[u8], &str); 7] = [
            ("e.txt", b"", "e.txt: the file is empty"),
            ("w.txt", b" \n\t ", "w.txt: the file is empty"),
            ("b.txt", b"\x7fELF\x00\x01\x02", "b.txt: this looks like a binary file"),
            ("u.txt", b"caf\xe9 au lait", "u.txt: invalid UTF-8 at byte 3"),
            (
                "f.md",
                b"---\ntitle: x\nno colon here\n---\nbody",
                "f.md:3: malformed front matter: expected `key: value`",
            ),
            (
                "g.md",
                b"---\ntitle: x\nbody",
                "g.md:1: malformed front matter: the front matter opened with `---` is never closed",
            ),
            ("d.md", b"---\ndate: 17/03/2025\n---\nbody", "d.md: date \"17/03/2025\" is not a date"),
        ];
        for (name, bytes, want) in cases {
            let err = parse_article(name, bytes).unwrap_err().to_string();
            assert!(err.starts_with(want), "{name}: got {err:?}");
        }
        let err = parse_article("j.json", b"{\"title\": 1,").unwrap_err().to_string();
        assert!(err.starts_with("j.json: invalid article JSON"), "{err}");
        let err = parse_article("k.json", b"{\"title\": \"x\"}").unwrap_err().to_string();
        assert!(err.contains("has no `text` or `body`"), "{err}");
    }

    #[test]
    fn a_date_in_the_file_name_dates_an_article_without_one() {
        let date = |name: &str| parse_article(name, b"Officials met on Tuesday.").unwrap()[0].published;
        let march_17 = NaiveDate::from_ymd_opt(2025, 3, 17);
        assert_eq!(date("2025-03-17-talks.md"), march_17);
        assert_eq!(date("archive/nyt_2025-03-17_talks.txt"), march_17);
        assert_eq!(date("C:\\news\\2025-03-17.html"), march_17);
        // Metadata wins; folders, longer numbers and impossible dates do not count.
        let dated = parse_article("2025-03-17.txt", b"Date: 2024-01-02\n\nBody.").unwrap();
        assert_eq!(dated[0].published, NaiveDate::from_ymd_opt(2024, 1, 2));
        assert_eq!(date("2025-03-17/talks.txt"), None);
        assert_eq!(date("id-12025-03-17.txt"), None);
        assert_eq!(date("2025-03-170.txt"), None);
        assert_eq!(date("2025-02-30-talks.txt"), None);
        assert_eq!(date("000_25ef3079c59d7f51.txt"), None);
        // Every article of a JSON file that has no date of its own takes it.
        let json = br#"[{"text": "One.", "date": "2024-05-06"}, {"text": "Two."}]"#;
        let both = parse_article("feed-2025-03-17.json", json).unwrap();
        assert_eq!((both[0].published, both[1].published), (NaiveDate::from_ymd_opt(2024, 5, 6), march_17));
    }

    #[test]
    fn byte_order_mark_is_stripped() {
        let a = parse_article("a.txt", "\u{feff}Hello.".as_bytes()).unwrap();
        assert_eq!(a[0].body, "Hello.");
    }

    #[test]
    fn an_article_over_the_size_limit_is_refused_with_what_to_do() {
        let body = "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1);
        let err = parse_article("long.txt", body.as_bytes()).unwrap_err().to_string();
        assert!(err.starts_with("long.txt: an article of 16.0 MB is over the 16 MB limit"), "{err}");
        assert!(err.contains("split it"), "{err}");
        // Each article of a JSON file is held to the limit.
        let json = serde_json::json!([{"text": "Short."}, {"text": body}]).to_string();
        assert!(matches!(parse_article("many.json", json.as_bytes()), Err(FormatError::ArticleTooLarge { .. })));
        assert!(parse_article("ok.txt", &body.as_bytes()[..MAX_ARTICLE_BYTES]).is_ok());
    }
}
