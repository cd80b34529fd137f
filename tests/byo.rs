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

/// Runs `article-explorer export --format FORMAT samples -o OUT` and returns OUT's text.
fn export(format: &str, dir: &std::path::Path) -> String {
    let out_file = dir.join(format!("out.{format}"));
    let out = cli().args(["export", "--format", format, "samples", "-o"]).arg(&out_file).output().unwrap();
    assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read_to_string(out_file).unwrap()
}

#[test]
fn csv_export_parses_back_with_every_quote() {
    let dir = temp_dir("csv");
    let text = export("csv", &dir);
    let bundle = corpus::build_bundle(&[PathBuf::from("samples/000_25ef3079c59d7f51.txt")], |_, _, _| {}).bundle;
    let article = &bundle.articles[0];
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, article_explorer::export::csv::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), article.analysis.quotes.len());
    let chars: Vec<char> = article.text.chars().collect();
    for (row, quote) in rows.iter().zip(&article.analysis.quotes) {
        assert_eq!(&row[0], quote.speaker.name.as_deref().unwrap_or("Unknown speaker"));
        assert_eq!(&row[4], article.title.as_deref().unwrap());
        assert_eq!(&row[6], "2025-03-17");
        // The offsets point at the quote in the article text.
        let (start, end): (usize, usize) = (row[12].parse().unwrap(), row[13].parse().unwrap());
        let span: String = chars[start..end].iter().collect();
        assert!(span.contains(row[1].trim_start_matches('\'').split(' ').next().unwrap()), "{span:?} vs {:?}", &row[1]);
        let (s_start, s_end): (usize, usize) = (row[10].parse().unwrap(), row[11].parse().unwrap());
        assert!(s_start <= start && start < s_end, "the quote starts outside its sentence");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn ical_export_is_well_formed() {
    let dir = temp_dir("ical");
    let text = export("ical", &dir);
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains(['\r', '\n']), "CRLF line ends only");
    for line in &lines {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    // Unfolded, BEGIN/END pair up and each event has the required properties.
    let unfolded = text.replace("\r\n ", "");
    let mut stack = Vec::new();
    let mut events = Vec::new();
    for line in unfolded.split_terminator("\r\n") {
        if let Some(what) = line.strip_prefix("BEGIN:") {
            stack.push(what);
            if what == "VEVENT" {
                events.push(Vec::new());
            }
        } else if let Some(what) = line.strip_prefix("END:") {
            assert_eq!(stack.pop(), Some(what), "unbalanced END:{what}");
        } else if stack.last() == Some(&"VEVENT") {
            events.last_mut().unwrap().push(line);
        } else {
            assert!(stack == ["VCALENDAR"], "property outside the calendar: {line}");
        }
    }
    assert!(stack.is_empty());
    assert_eq!(events.len(), 2, "the seed has two dated events");
    for props in &events {
        for required in ["UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "SUMMARY:"] {
            assert_eq!(props.iter().filter(|p| p.starts_with(required)).count(), 1, "{required} in {props:?}");
        }
    }
    assert!(events[0].contains(&"DTSTART;VALUE=DATE:20250317"));
    assert!(events[1].contains(&"DTSTART;VALUE=DATE:20250318"));
    // The same corpus gives the same file (stable UIDs, no clock).
    assert_eq!(export("ical", &dir), text);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn timelinejs_export_has_its_documented_shape() {
    let dir = temp_dir("tljs");
    let doc: serde_json::Value = serde_json::from_str(&export("timelinejs", &dir)).unwrap();
    let events = doc["events"].as_array().unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0]["start_date"], serde_json::json!({"year": 2025, "month": 3, "day": 17}));
    assert_eq!(events[1]["start_date"], serde_json::json!({"year": 2025, "month": 3, "day": 18}));
    for e in events {
        assert!(e["text"]["headline"].as_str().is_some_and(|h| !h.is_empty()));
        assert!(e["text"]["text"].as_str().is_some_and(|t| t.starts_with("<p>")));
        assert_eq!(e["group"], "Japanese defence experts on what Trump may raise in his call with Putin");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bundle_export_round_trips() {
    let dir = temp_dir("bundle-out");
    let (exported, problems) = corpus::Bundle::parse(&export("bundle", &dir)).unwrap();
    assert!(problems.is_empty());
    let built = corpus::build_bundle(&corpus::collect_files(&[PathBuf::from("samples")]).0, |_, _, _| {}).bundle;
    assert_eq!(exported, built);
    // A bundle given to export is exported as it stands, in any format.
    std::fs::write(dir.join("in.json"), exported.to_json()).unwrap();
    let out = cli().args(["export", "--format=bundle", "-o", "-"]).arg(dir.join("in.json")).output().unwrap();
    assert!(out.status.success());
    assert_eq!(corpus::Bundle::parse(&String::from_utf8(out.stdout).unwrap()).unwrap().0, exported);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn export_usage_errors_are_clear() {
    let cases: [(&[&str], &str); 4] = [
        (&["export", "samples", "-o", "x"], "export needs --format"),
        (&["export", "--format", "pdf", "samples", "-o", "x"], "unknown export format \"pdf\""),
        (&["export", "--format", "csv", "samples"], "export needs -o FILE"),
        (&["export", "--format", "csv", "-o", "x"], "export needs a CORPUS"),
    ];
    for (args, want) in cases {
        let out = cli().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(want), "{args:?}");
    }
}
