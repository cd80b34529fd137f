//! Bringing your own articles: HTML pages and bundles as input, and the exports, driven
//! through the library and the CLI as a user would.

use std::path::PathBuf;
use std::process::Command;

use article_explorer::corpus::{self, parse_article, Article};

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_article-explorer"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ae-byo-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The seed article, read as the CLI reads it.
fn seed() -> Article {
    let bytes = std::fs::read("samples/000_25ef3079c59d7f51.txt").unwrap();
    parse_article("seed.txt", &bytes).unwrap().remove(0)
}

/// Escapes text for HTML, writing the typographic apostrophe as a named reference.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('’', "&rsquo;")
}

/// The seed article as a news site would serve it: page furniture around an `<article>`.
fn seed_page(seed: &Article) -> String {
    let paragraphs: String =
        seed.body.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{}</p>\n", escape(l))).collect();
    format!(
        r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | NHK WORLD</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="NHK WORLD">
<meta property="article:published_time" content="2025-03-17T06:12:00+09:00">
<meta name="author" content="NHK World staff">
<style>body {{ font: 16px serif }} p > a {{ color: red }}</style>
<script>window.dataLayer = []; if (1 < 2) {{ document.write("<p>injected</p>"); }}</script>
</head><body>
<a class="skip-link" href="#main">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main id="main"><article>
<h1>{title}</h1>
<div class="share-tools"><button>Share on social networks</button></div>
{paragraphs}<figure><img src="x.jpg" alt="Heio Chinji"><figcaption>Heio Chinji at the institute.</figcaption></figure>
</article>
<aside class="related"><h2>Related articles</h2><p>Other stories the editors picked for readers of this story.</p></aside>
</main>
<footer><p>Copyright NHK (Japan Broadcasting Corporation). All rights reserved.</p></footer>
<script src="/analytics.js"></script>
</body></html>
"##,
        title = escape(seed.title.as_deref().unwrap()),
    )
}

#[test]
fn an_html_page_gives_the_article_text_and_metadata() {
    let seed = seed();
    let page = seed_page(&seed);
    let html = parse_article("talks.html", page.as_bytes()).unwrap().remove(0);
    assert_eq!(html.title, seed.title);
    assert_eq!(html.published, seed.published);
    assert_eq!(html.outlet.as_deref(), Some("NHK WORLD"));
    assert_eq!(html.byline.as_deref(), Some("NHK World staff"));
    // Each paragraph of the seed, blank-line separated; nothing of the page around it.
    let want: Vec<&str> = seed.body.lines().filter(|l| !l.trim().is_empty()).map(str::trim).collect();
    assert_eq!(html.body, want.join("\n\n") + "\n");

    // The analysis finds the same quotes and speakers as in the plain-text article.
    let quotes = |a: &Article| {
        let analysis = article_explorer::analysis::analyze(&a.body, a.published);
        analysis.quotes.iter().map(|q| (q.text.clone(), q.speaker.name.clone())).collect::<Vec<_>>()
    };
    let from_html = quotes(&html);
    assert!(from_html.len() >= 4, "{from_html:?}");
    assert_eq!(from_html, quotes(&seed));
}

#[test]
fn the_cli_reads_html_files_in_a_folder() {
    let dir = temp_dir("html");
    std::fs::write(dir.join("talks.html"), seed_page(&seed())).unwrap();
    std::fs::write(dir.join("blank.htm"), "<html><body><nav>Menu only</nav></body></html>").unwrap();
    let out = cli().args(["analyze"]).arg(&dir).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("blank.htm: the file is empty"), "{stderr}");
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["title"], "Japanese defence experts on what Trump may raise in his call with Putin");
    assert_eq!(record["published"], "2025-03-17");
    assert!(record["quotes"].as_array().is_some_and(|q| q.len() >= 4));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_bundle_is_accepted_as_input() {
    let dir = temp_dir("bundle-in");
    let out = cli().args(["build-corpus", "samples", "-q", "-o"]).arg(dir.join("a.json")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Rebuilding a bundle from a bundle gives the same articles, analysed the same.
    let out =
        cli().args(["build-corpus", "-q", "-o"]).arg(dir.join("b.json")).arg(dir.join("a.json")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let read = |f: &str| corpus::Bundle::parse(&std::fs::read_to_string(dir.join(f)).unwrap()).unwrap().0;
    let (a, b) = (read("a.json"), read("b.json"));
    assert_eq!(a.articles.len(), b.articles.len());
    for (x, y) in a.articles.iter().zip(&b.articles) {
        assert_eq!((&x.title, &x.published, &x.text, &x.analysis), (&y.title, &y.published, &y.text, &y.analysis));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
