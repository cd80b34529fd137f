//! Building a corpus bundle from article files (`article-explorer build-corpus`).

use std::collections::HashSet;
use std::path::PathBuf;

use crate::corpus::{read_article_file, slug, Bundle, BundleArticle};

/// The outcome of building a bundle: the bundle and one message per file that failed.
#[derive(Debug)]
pub struct Built {
    /// The bundle of every article that could be read.
    pub bundle: Bundle,
    /// One message per unreadable file (the file is skipped, the others are kept).
    pub errors: Vec<String>,
}

/// Reads and analyses `files` in order into a bundle. `progress(done, total, file)` is
/// called after each file. A bad file is reported in [`Built::errors`] and skipped.
pub fn build_bundle(files: &[PathBuf], mut progress: impl FnMut(usize, usize, &str)) -> Built {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for (i, path) in files.iter().enumerate() {
        let source = path.display().to_string();
        match read_article_file(path) {
            Ok(found) => {
                let many = found.len() > 1;
                for (n, article) in found.into_iter().enumerate() {
                    let base = if many { format!("{}-{}", slug(path), n + 1) } else { slug(path) };
                    let id = unique_id(&mut ids, base);
                    let source = if many { format!("{source}#{}", n + 1) } else { source.clone() };
                    match guarded(|| BundleArticle::from_article(id, source.clone(), article)) {
                        Ok(a) => articles.push(a),
                        Err(problem) => errors.push(format!("{source}: internal error while analysing: {problem}")),
                    }
                }
            }
            Err(e) => errors.push(e.to_string()),
        }
        progress(i + 1, files.len(), &source);
    }
    Built { bundle: Bundle::new(articles), errors }
}

/// Runs `f`, turning a panic (a bug in the analysis) into an error message so that one
/// article cannot stop a batch. Native builds unwind; in wasm a panic still aborts.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the analysis panicked".to_string())
    })
}

/// `base`, or `base-2`, `base-3`… when taken.
fn unique_id(ids: &mut HashSet<String>, base: String) -> String {
    let mut id = base.clone();
    let mut n = 1;
    while !ids.insert(id.clone()) {
        n += 1;
        id = format!("{base}-{n}");
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_message() {
        assert_eq!(guarded(|| 7), Ok(7));
        assert_eq!(guarded(|| -> u8 { panic!("boom") }), Err("boom".to_string()));
        assert_eq!(guarded(|| -> u8 { panic!("at {}", 3) }), Err("at 3".to_string()));
    }

    #[test]
    fn bad_files_are_reported_and_the_rest_kept() {
        let dir = std::env::temp_dir().join(format!("ae-build-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("x")).unwrap();
        std::fs::write(dir.join("a.txt"), "Putin spoke on Tuesday.").unwrap();
        std::fs::write(dir.join("b.txt"), b"\xff\xfe\x00\x00binary").unwrap();
        std::fs::write(dir.join("x/a.txt"), "Trump spoke.").unwrap();
        std::fs::write(dir.join("c.json"), r#"[{"text":"One."},{"text":"Two."}]"#).unwrap();
        let files: Vec<PathBuf> = ["a.txt", "b.txt", "x/a.txt", "c.json"].iter().map(|f| dir.join(f)).collect();
        let mut calls = 0;
        let built = build_bundle(&files, |done, total, _| {
            calls += 1;
            assert!(done <= total);
        });
        assert_eq!(calls, 4);
        let ids: Vec<&str> = built.bundle.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2", "c-1", "c-2"]);
        assert_eq!(built.errors.len(), 1);
        assert!(built.errors[0].contains("b.txt: this looks like a binary file"), "{:?}", built.errors);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
