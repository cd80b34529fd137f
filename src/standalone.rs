//! The explorer as one self-contained HTML file (`article-explorer export-html`): the
//! app's wasm, its JavaScript glue, its CSS and a corpus bundle, all inlined, so the
//! file works opened from `file://` with no server and no network — to email or archive.
//!
//! It is put together from the app as `trunk build --release` writes it ([`Dist`]). The
//! file's layout, top to bottom:
//!
//! ```text
//! <style>                 app.css
//! <script type="application/json" id="article-explorer-corpus">
//!                         the bundle, every `<` written `\u003c` (so no `</script>` inside)
//! <script type="text/plain" id="article-explorer-glue">    the glue JS, base64
//! <script type="text/plain" id="article-explorer-wasm">    the wasm, base64
//! <script type="module">  loader: imports the glue from a data: URL, starts it with
//!                         the wasm bytes; the app's `main` finds the inline corpus
//! ```
//!
//! ```no_run
//! use article_explorer::standalone::{export_html, Dist};
//! let dist = Dist::read("dist".as_ref()).unwrap();
//! let json = std::fs::read_to_string("static/corpus.json").unwrap();
//! let html = export_html(&dist, &json).unwrap();
//! std::fs::write("explorer.html", html).unwrap();
//! ```

use std::fmt;
use std::path::{Path, PathBuf};

use crate::view::corpus::Corpus;

/// The id of the element that carries the corpus (the app looks for it on start).
pub const CORPUS_ID: &str = "article-explorer-corpus";

/// The built app's files, read from a `trunk build --release` output folder.
#[derive(Clone, Debug)]
pub struct Dist {
    /// The wasm-bindgen glue (an ES module).
    pub js: String,
    /// The wasm module.
    pub wasm: Vec<u8>,
    /// The stylesheet.
    pub css: String,
}

/// Why a self-contained file could not be written.
#[derive(Debug)]
pub enum ExportError {
    /// The folder of the built app does not exist.
    NoDist {
        /// The folder looked in.
        dir: PathBuf,
    },
    /// A file the app needs is not in the folder (or several candidates are).
    Missing {
        /// The folder looked in.
        dir: PathBuf,
        /// What was looked for.
        what: &'static str,
    },
    /// A file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The glue imports other files, which a single file cannot carry.
    Imports {
        /// The glue file.
        path: PathBuf,
    },
    /// The corpus is not a bundle the app can load.
    Corpus {
        /// The reader's message.
        message: String,
    },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let build = "build the app first with `trunk build --release` (or pass --dist DIR)";
        match self {
            ExportError::NoDist { dir } => write!(f, "{}: no built app here: {build}", dir.display()),
            ExportError::Missing { dir, what } => {
                write!(f, "{}: expected exactly one {what} of the built app: {build}", dir.display())
            }
            ExportError::Read { path, source } => write!(f, "{}: cannot read: {source}", path.display()),
            ExportError::Imports { path } => write!(
                f,
                "{}: the glue imports other files (wasm-bindgen snippets), which one HTML file cannot carry",
                path.display()
            ),
            ExportError::Corpus { message } => write!(f, "not a corpus bundle the explorer can load: {message}"),
        }
    }
}

impl std::error::Error for ExportError {}

impl Dist {
    /// Reads the app from `dir`: its `*_bg.wasm` (the one whose glue `*.js` index.html
    /// starts, when the analysis worker's is there too), that glue, and the stylesheet
    /// (`app*.css`). Names may carry trunk's hashes or not.
    pub fn read(dir: &Path) -> Result<Dist, ExportError> {
        let entries = std::fs::read_dir(dir).map_err(|_| ExportError::NoDist { dir: dir.to_path_buf() })?;
        let names: Vec<String> = entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect();
        let one = |what: &'static str, pick: &dyn Fn(&str) -> bool| -> Result<PathBuf, ExportError> {
            match names.iter().filter(|n| pick(n)).collect::<Vec<_>>()[..] {
                [name] => Ok(dir.join(name)),
                _ => Err(ExportError::Missing { dir: dir.to_path_buf(), what }),
            }
        };
        // Every wasm with its glue beside it; with several (the analysis worker is one),
        // the app's is the one the page starts (index.html names its glue).
        let mut stems: Vec<&str> = names
            .iter()
            .filter_map(|n| n.strip_suffix("_bg.wasm"))
            .filter(|stem| names.iter().any(|n| n.strip_suffix(".js") == Some(*stem)))
            .collect();
        if stems.len() > 1 {
            let index = std::fs::read_to_string(dir.join("index.html")).unwrap_or_default();
            stems.retain(|stem| names_glue(&index, stem));
        }
        let [stem] = stems[..] else {
            let what = "`*_bg.wasm` with its glue `.js` (the app's, named in index.html)";
            return Err(ExportError::Missing { dir: dir.to_path_buf(), what });
        };
        let wasm_path = dir.join(format!("{stem}_bg.wasm"));
        let js_path = dir.join(format!("{stem}.js"));
        let css_path = one("`app*.css` stylesheet", &|n| n.starts_with("app") && n.ends_with(".css"))?;
        let read = |p: &Path| std::fs::read(p).map_err(|source| ExportError::Read { path: p.to_path_buf(), source });
        let text = |p: &Path| Ok(String::from_utf8_lossy(&read(p)?).into_owned());
        let js = text(&js_path)?;
        // A static `import … from` or `import(` would fetch another file at run time.
        if js.lines().any(|l| l.trim_start().starts_with("import ")) || js.contains("import(") {
            return Err(ExportError::Imports { path: js_path });
        }
        Ok(Dist { js, wasm: read(&wasm_path)?, css: text(&css_path)? })
    }
}

/// Writes the self-contained page for the bundle `corpus_json`, after checking that the
/// app can load it. The page's title names the corpus.
pub fn export_html(dist: &Dist, corpus_json: &str) -> Result<String, ExportError> {
    let corpus = Corpus::load(corpus_json).map_err(|message| ExportError::Corpus { message })?;
    let title = match &corpus.articles[..] {
        [one] if !one.title.is_empty() => format!("{} — Article Explorer", one.title),
        all => format!("{} articles — Article Explorer", all.len()),
    };
    let mut html = String::with_capacity(dist.wasm.len() * 4 / 3 + dist.js.len() * 4 / 3 + corpus_json.len() + 8192);
    html.push_str(concat!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n",
        "<meta name=\"color-scheme\" content=\"light dark\" />\n",
        "<meta name=\"generator\" content=\"article-explorer export-html\" />\n<title>"
    ));
    html.push_str(&escape_text(&title));
    html.push_str("</title>\n<style>\n");
    html.push_str(&dist.css.replace("</style", "<\\/style"));
    html.push_str("\n</style>\n<script type=\"application/json\" id=\"");
    html.push_str(CORPUS_ID);
    html.push_str("\">");
    // `<` only occurs inside JSON strings, where \u003c is the same character.
    html.push_str(&corpus_json.replace('<', "\\u003c"));
    html.push_str("</script>\n<script type=\"text/plain\" id=\"article-explorer-glue\">");
    html.push_str(&base64(dist.js.as_bytes()));
    html.push_str("</script>\n<script type=\"text/plain\" id=\"article-explorer-wasm\">");
    html.push_str(&base64(&dist.wasm));
    html.push_str("</script>\n");
    html.push_str(LOADER);
    html.push_str(concat!(
        "</head>\n<body>\n<noscript><p class=\"panel panel-error\">Article Explorer needs JavaScript and ",
        "WebAssembly to run.</p></noscript>\n</body>\n</html>\n"
    ));
    Ok(html)
}

/// Starts the app from the inlined glue and wasm; says so on the page if it cannot.
const LOADER: &str = r#"<script type="module">
const text = (id) => document.getElementById(id).textContent.trim();
try {
  const glue = await import("data:text/javascript;base64," + text("article-explorer-glue"));
  const wasm = Uint8Array.from(atob(text("article-explorer-wasm")), (c) => c.charCodeAt(0));
  await glue.default({ module_or_path: wasm });
} catch (e) {
  const p = document.createElement("p");
  p.className = "panel panel-error";
  p.textContent = "Article Explorer could not start in this browser: " + (e && e.message ? e.message : e);
  document.body.append(p);
}
</script>
"#;

/// Text for an HTML element's content.
fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Standard base64 with padding (RFC 4648), as `atob` reads it.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Whether `index` (index.html, as trunk writes it: quoted, or minified with bare
/// attribute values) names `{stem}.js` as a whole file name in an attribute value.
fn names_glue(index: &str, stem: &str) -> bool {
    let file = format!("{stem}.js");
    index.match_indices(&file).any(|(at, _)| {
        let before = index[..at].chars().next_back();
        let after = index[at + file.len()..].chars().next();
        matches!(before, Some('/' | '"' | '\'' | '='))
            && matches!(after, Some('"' | '\'' | '>') | Some(' ' | '\t' | '\n'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_test_vectors() {
        for (input, want) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), want, "{input:?}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0x00]), "//4A");
    }

    fn dist() -> Dist {
        Dist { js: "export default function init() {}".into(), wasm: vec![0, 97, 115, 109], css: "body{}".into() }
    }

    #[test]
    fn markup_in_the_corpus_cannot_close_its_script_element() {
        let json = crate::corpus::Bundle::new(vec![]).to_json();
        let mut bundle: serde_json::Value = serde_json::from_str(&json).unwrap();
        let article = serde_json::json!({"id": "x", "source": "x", "title": "</script><script>alert(1)</script>",
            "text": "A </script> B.", "analysis": {"sentences": [], "quotes": [], "timexes": [], "events": [], "entities": []}});
        bundle["articles"] = serde_json::json!([article]);
        let html = export_html(&dist(), &bundle.to_string()).unwrap();
        assert_eq!(html.matches("</script>").count(), 4, "only the four script elements close");
        assert!(html.contains(r"\u003c/script>\u003cscript>alert(1)"));
        assert!(html.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; — Article Explorer</title>"));
    }

    #[test]
    fn a_file_that_is_not_a_bundle_is_refused() {
        let err = export_html(&dist(), "{\"hello\": 1}").unwrap_err();
        assert!(err.to_string().starts_with("not a corpus bundle the explorer can load"), "{err}");
    }

    #[test]
    fn a_missing_or_partial_dist_says_how_to_build_it() {
        let err = Dist::read("/nonexistent/dist".as_ref()).unwrap_err();
        assert!(err.to_string().contains("trunk build --release"), "{err}");
        let dir = std::env::temp_dir().join(format!("ae-dist-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("app_bg.wasm"), b"\0asm").unwrap();
        let err = Dist::read(&dir).unwrap_err();
        assert!(err.to_string().contains("with its glue `.js`"), "{err}");
        std::fs::write(dir.join("app.js"), "export default 1;").unwrap();
        std::fs::write(dir.join("app.css"), "body{}").unwrap();
        assert_eq!(Dist::read(&dir).unwrap().wasm, b"\0asm");
        // A second wasm (the analysis worker): the app's is the one index.html starts.
        std::fs::write(dir.join("worker_bg.wasm"), b"\0asm-worker").unwrap();
        std::fs::write(dir.join("worker.js"), "self.x = 1;").unwrap();
        assert!(Dist::read(&dir).is_err(), "ambiguous without index.html");
        let index = r#"<script type="module" src="/boot.js" data-js="/app.js"></script>"#;
        std::fs::write(dir.join("index.html"), index).unwrap();
        assert_eq!(Dist::read(&dir).unwrap().wasm, b"\0asm");
        // index.html minified by trunk (`minify = "on_release"`): bare attribute values.
        let index =
            "<script data-js=/explorer/app.js data-wasm=/explorer/app_bg.wasm src=/explorer/boot.js type=module>";
        std::fs::write(dir.join("index.html"), index).unwrap();
        assert_eq!(Dist::read(&dir).unwrap().wasm, b"\0asm");
        // The worker's glue named only as part of another name does not count.
        std::fs::write(dir.join("index.html"), "<script data-js=/explorer/app.js src=/my-worker.jsx>").unwrap();
        assert_eq!(Dist::read(&dir).unwrap().wasm, b"\0asm");
        std::fs::write(dir.join("app.js"), "import * as x from './snippets/a.js';").unwrap();
        assert!(matches!(Dist::read(&dir), Err(ExportError::Imports { .. })));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
