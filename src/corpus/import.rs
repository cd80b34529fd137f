//! Importing articles a reader brings: any file [`parse_article`] reads, a whole corpus
//! bundle, and text that is not quite UTF-8.
//!
//! The CLI refuses invalid UTF-8; a browser import should not lose a reader's file over
//! one stray Windows-1252 byte, so [`import_file`] decodes it lossily (each bad sequence
//! becomes U+FFFD) and returns a warning beside the articles. A file that is mostly not
//! UTF-8 is refused as binary.
//!
//! ```
//! use article_explorer::corpus::import::import_file;
//! let imported = import_file("note.txt", b"Caf\xe9 owners met on Monday.").unwrap();
//! assert_eq!(imported.articles[0].body, "Caf\u{fffd} owners met on Monday.");
//! assert!(imported.warnings[0].starts_with("note.txt: invalid UTF-8 at byte 3"));
//! ```

use crate::corpus::article::{parse_date, FormatError};
use serde::{Deserialize, Serialize};

use crate::corpus::{parse_article, Article, BundleArticle, BundleError, CORPUS_SCHEMA};

/// Articles read from one file, and what the reader should know about how.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// The articles (a JSON file or a bundle may hold several).
    pub articles: Vec<Article>,
    /// Problems that did not stop the import, each starting with the file name.
    pub warnings: Vec<String>,
}

/// Reads one file a reader dropped or chose (see the module docs): like
/// [`parse_article`], but invalid UTF-8 is decoded lossily with a warning.
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Imported, FormatError> {
    let Err(e) = std::str::from_utf8(bytes) else {
        return parse_article(name, bytes).map(|articles| Imported { articles, warnings: Vec::new() });
    };
    let text = String::from_utf8_lossy(bytes);
    let replaced = text.chars().filter(|&c| c == '\u{fffd}').count();
    // A text in another encoding has a stray bad byte here and there; a file where
    // one character in ten is undecodable is not text.
    if replaced * 10 > text.chars().count() {
        return Err(FormatError::Binary { path: name.to_string() });
    }
    let articles = parse_article(name, text.as_bytes())?;
    let warning = format!(
        "{name}: invalid UTF-8 at byte {}; {replaced} undecodable {} shown as \u{fffd} (save the file as UTF-8 to keep every character)",
        e.valid_up_to(),
        if replaced == 1 { "sequence is" } else { "sequences are" },
    );
    Ok(Imported { articles, warnings: vec![warning] })
}

/// The articles of a corpus bundle (`article-explorer.corpus/…`), or `None` when `text`
/// is not a bundle. Only the article fields are taken; the analysis is made afresh.
pub fn bundle_articles(name: &str, text: &str) -> Option<Result<Vec<Article>, FormatError>> {
    let trimmed = text.trim_start();
    // Cheap test first: a bundle is an object that names its schema near the start.
    let head = trimmed.get(..trimmed.len().min(1024)).unwrap_or(trimmed);
    if !trimmed.starts_with('{') || !head.contains("article-explorer.corpus/") {
        return None;
    }
    let json_err = |problem: String| FormatError::Json { path: name.to_string(), problem };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => return Some(Err(json_err(e.to_string()))),
    };
    let schema = value.get("schema")?.as_str()?;
    if !schema.starts_with("article-explorer.corpus/") {
        return None;
    }
    if schema != CORPUS_SCHEMA {
        return Some(Err(json_err(BundleError::WrongSchema { found: schema.to_string() }.to_string())));
    }
    let Some(items) = value.get("articles").and_then(|a| a.as_array()) else {
        return Some(Err(json_err("the bundle has no `articles` array".into())));
    };
    Some(items.iter().enumerate().map(|(i, item)| bundle_article(name, i, item)).collect())
}

fn bundle_article(name: &str, index: usize, item: &serde_json::Value) -> Result<Article, FormatError> {
    let id = item.get("id").and_then(|v| v.as_str()).map_or_else(String::new, |id| format!(" ({id})"));
    let field = |key: &str| item.get(key).and_then(|v| v.as_str()).map(str::to_string).filter(|s| !s.is_empty());
    let body = field("text").ok_or_else(|| FormatError::Json {
        path: name.to_string(),
        problem: format!("bundle article {index}{id} has no `text` string"),
    })?;
    let published = field("published").map(|d| parse_date(name, &d)).transpose()?;
    Ok(Article {
        title: field("title"),
        published,
        outlet: field("outlet"),
        url: field("url"),
        byline: field("byline"),
        body,
    })
}

/// Metadata a reader typed or edited for a file; each `Some` replaces what the file
/// says (`Some("")` clears it). The date is `YYYY-MM-DD`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overrides {
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`; it anchors relative dates.
    #[serde(default)]
    pub date: Option<String>,
    /// Outlet.
    #[serde(default)]
    pub outlet: Option<String>,
    /// URL.
    #[serde(default)]
    pub url: Option<String>,
    /// Byline.
    #[serde(default)]
    pub byline: Option<String>,
}

/// What analysing one imported file gave: its articles, analysed, and warnings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysed {
    /// The file's articles, with ids from its name (`talks`, or `talks-1`, `talks-2`…)
    /// that the caller makes unique in its corpus.
    pub articles: Vec<BundleArticle>,
    /// Problems that did not stop the import.
    pub warnings: Vec<String>,
}

/// Reads and analyses one file for the browser (the Web Worker's job): [`import_file`],
/// or with `verbatim` the whole text as the body (re-analysing an article whose text is
/// already known), then `overrides`, then the analysis. The error names the file.
pub fn analyse_file(name: &str, bytes: &[u8], verbatim: bool, overrides: &Overrides) -> Result<Analysed, String> {
    let Imported { mut articles, warnings } = if verbatim {
        let body = String::from_utf8_lossy(bytes).into_owned();
        if body.trim().is_empty() {
            return Err(FormatError::Empty { path: name.to_string() }.to_string());
        }
        Imported { articles: vec![Article { body, ..Article::default() }], warnings: Vec::new() }
    } else {
        import_file(name, bytes).map_err(|e| e.to_string())?
    };
    let set = |slot: &mut Option<String>, value: &Option<String>| {
        if let Some(v) = value {
            *slot = Some(v.trim().to_string()).filter(|v| !v.is_empty());
        }
    };
    let published = match overrides.date.as_deref().map(str::trim) {
        Some("") => Some(None),
        Some(d) => Some(Some(parse_date(name, d).map_err(|e| e.to_string())?)),
        None => None,
    };
    for a in &mut articles {
        set(&mut a.title, &overrides.title);
        set(&mut a.outlet, &overrides.outlet);
        set(&mut a.url, &overrides.url);
        set(&mut a.byline, &overrides.byline);
        if let Some(p) = published {
            a.published = p;
        }
    }
    let base = crate::corpus::slug(std::path::Path::new(name));
    let many = articles.len() > 1;
    let articles = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let id = if many { format!("{base}-{}", i + 1) } else { base.clone() };
            let source = if many { format!("{name}#{}", i + 1) } else { name.to_string() };
            BundleArticle::from_article(id, source, a)
        })
        .collect();
    Ok(Analysed { articles, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Bundle;

    fn bundle_json() -> String {
        let a = Article {
            title: Some("Talks".into()),
            published: chrono::NaiveDate::from_ymd_opt(2025, 3, 17),
            outlet: Some("NHK".into()),
            body: "Putin spoke on Monday.".into(),
            ..Article::default()
        };
        let b = Article { body: "Trump said, \"Hi.\"".into(), ..Article::default() };
        Bundle::new(vec![
            BundleArticle::from_article("a".into(), "a.txt".into(), a),
            BundleArticle::from_article("b".into(), "b.txt".into(), b),
        ])
        .to_json()
    }

    #[test]
    fn a_bundle_gives_its_articles() {
        let json = bundle_json();
        let articles = parse_article("corpus.json", json.as_bytes()).unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].title.as_deref(), Some("Talks"));
        assert_eq!(articles[0].outlet.as_deref(), Some("NHK"));
        assert_eq!(articles[0].published, chrono::NaiveDate::from_ymd_opt(2025, 3, 17));
        assert_eq!(articles[0].body, "Putin spoke on Monday.");
        // The bundle's `source` (a file path) is not taken for the outlet.
        assert_eq!(articles[1].outlet, None);
        assert_eq!(articles[1].body, "Trump said, \"Hi.\"");
        // Nor is a date in the bundle's file name taken for an article without one.
        let named = parse_article("corpus-2024-01-02.json", json.as_bytes()).unwrap();
        assert_eq!((named[0].published, named[1].published), (articles[0].published, None));
    }

    #[test]
    fn bad_bundles_are_refused_with_the_reason() {
        let json = bundle_json().replace("article-explorer.corpus/1", "article-explorer.corpus/7");
        let err = parse_article("c.json", json.as_bytes()).unwrap_err().to_string();
        assert!(err.starts_with("c.json: invalid article JSON: the corpus uses schema"), "{err}");
        let json = bundle_json().replacen("\"text\":", "\"txt\":", 1);
        let err = parse_article("c.json", json.as_bytes()).unwrap_err().to_string();
        assert!(err.ends_with("bundle article 0 (a) has no `text` string"), "{err}");
        // An article whose text merely mentions the schema is an ordinary article.
        let plain = r#"{"text": "See article-explorer.corpus/1 for the format."}"#;
        assert_eq!(
            parse_article("p.json", plain.as_bytes()).unwrap()[0].body,
            "See article-explorer.corpus/1 for the format."
        );
    }

    #[test]
    fn html_files_are_extracted() {
        let page = b"<html><head><title>T</title></head><body><p>Officials met on Monday.</p></body></html>";
        let a = &parse_article("page.html", page).unwrap()[0];
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.body, "Officials met on Monday.\n");
        let err = parse_article("empty.html", b"<html><script>x</script></html>").unwrap_err().to_string();
        assert!(err.starts_with("empty.html: the file is empty"), "{err}");
    }

    #[test]
    fn invalid_utf8_is_a_warning_not_an_error() {
        let imported =
            import_file("a.txt", b"Caf\xe9 and cr\xe8me were served on Monday, with \xff\xfe marks.").unwrap();
        assert_eq!(
            imported.articles[0].body,
            "Caf\u{fffd} and cr\u{fffd}me were served on Monday, with \u{fffd}\u{fffd} marks."
        );
        assert_eq!(imported.warnings.len(), 1);
        assert!(
            imported.warnings[0].contains("4 undecodable sequences are shown as \u{fffd}"),
            "{:?}",
            imported.warnings
        );
        // Valid files have no warning; the CLI still refuses invalid UTF-8.
        assert!(import_file("b.txt", "Café.".as_bytes()).unwrap().warnings.is_empty());
        assert!(parse_article("a.txt", b"Caf\xe9").is_err());
    }

    #[test]
    fn mostly_undecodable_or_binary_files_are_refused() {
        let noise: Vec<u8> = (0..400u32).map(|i| (0x80 + (i * 37) % 0x80) as u8).collect();
        let err = import_file("x.txt", &noise).unwrap_err().to_string();
        assert!(err.starts_with("x.txt: this looks like a binary file"), "{err}");
        let err = import_file("y.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap_err().to_string();
        assert!(err.starts_with("y.png: this looks like a binary file"), "{err}");
        let err = import_file("z.txt", b"").unwrap_err().to_string();
        assert!(err.starts_with("z.txt: the file is empty"), "{err}");
    }

    #[test]
    fn a_file_is_analysed_with_the_readers_metadata() {
        let text = b"Title: Old\n\nPutin spoke on Tuesday. Trump said, \"We agree.\"";
        let plain = analyse_file("My notes.txt", text, false, &Overrides::default()).unwrap();
        assert_eq!(plain.articles[0].id, "my-notes");
        assert_eq!(plain.articles[0].title.as_deref(), Some("Old"));
        assert_eq!(plain.articles[0].analysis.quotes.len(), 1);
        assert!(plain.articles[0].analysis.events.is_empty(), "no publication date: Tuesday is not placed");

        // A publication date anchors "Tuesday" ("spoke": the Tuesday before Monday the
        // 17th); an empty title clears it.
        let overrides = Overrides { title: Some("".into()), date: Some("2025-03-17".into()), ..Overrides::default() };
        let dated = analyse_file("My notes.txt", text, false, &overrides).unwrap();
        let a = &dated.articles[0];
        assert_eq!((a.title.as_deref(), a.published.map(|d| d.to_string())), (None, Some("2025-03-17".into())));
        assert_eq!(a.analysis.events.iter().map(|e| e.date.as_str()).collect::<Vec<_>>(), ["2025-03-11"]);

        // Verbatim: metadata-looking lines stay in the body.
        let verbatim = analyse_file("x", text, true, &Overrides::default()).unwrap();
        assert!(verbatim.articles[0].text.starts_with("Title: Old"));

        let err =
            analyse_file("x.txt", text, false, &Overrides { date: Some("17.3.2025".into()), ..Overrides::default() });
        assert!(err.unwrap_err().starts_with("x.txt: date \"17.3.2025\" is not a date"));
        assert!(analyse_file("e.txt", b"  ", true, &Overrides::default())
            .unwrap_err()
            .starts_with("e.txt: the file is empty"));
    }

    #[test]
    fn several_articles_get_numbered_ids() {
        let json = br#"[{"text":"One said."},{"text":"Two said."}]"#;
        let got = analyse_file("batch.json", json, false, &Overrides::default()).unwrap();
        let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["batch-1", "batch-2"]);
        assert_eq!(got.articles[1].source, "batch.json#2");
    }
}
