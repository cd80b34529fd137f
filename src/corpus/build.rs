//! Building a corpus bundle from article files (`article-explorer build-corpus`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::corpus::bundle::MAX_BUNDLE_ARTICLES;
use crate::corpus::{read_article_file, slug, Article, Bundle, BundleArticle};
use crate::model::Analysis;

/// The outcome of building a bundle: the bundle and one message per file that failed.
#[derive(Debug)]
pub struct Built {
    /// The bundle of every article that could be read.
    pub bundle: Bundle,
    /// One message per unreadable file (the file is skipped, the others are kept).
    pub errors: Vec<String>,
}

/// What reading and analysing one file gave: its articles, each analysed or failed.
type FileResult = Result<Vec<(Article, Result<Analysis, String>)>, String>;

/// Reads and analyses one file (run on a worker thread).
fn analyse_file(path: &Path) -> FileResult {
    let found = read_article_file(path).map_err(|e| e.to_string())?;
    Ok(found
        .into_iter()
        .map(|article| {
            let analysis =
                guarded(|| crate::analysis::analyze(&article.body, article.published).to_char_offsets(&article.body));
            (article, analysis)
        })
        .collect())
}

/// Reads and analyses `files` into a bundle, on all cores, keeping the files' order (ids
/// and output are the same whatever the thread count). `progress(done, total, file)` is
/// called on this thread as each file finishes. A bad file is reported in
/// [`Built::errors`] and skipped.
pub fn build_bundle(files: &[PathBuf], mut progress: impl FnMut(usize, usize, &str)) -> Built {
    let workers = if cfg!(target_arch = "wasm32") {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len()).max(1)
    };
    let mut results: Vec<Option<FileResult>> = (0..files.len()).map(|_| None).collect();
    if workers == 1 {
        for (i, path) in files.iter().enumerate() {
            results[i] = Some(analyse_file(path));
            progress(i + 1, files.len(), &path.display().to_string());
        }
    } else {
        let next = AtomicUsize::new(0);
        let (tx, rx) = mpsc::channel::<(usize, FileResult)>();
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let (tx, next) = (tx.clone(), &next);
                scope.spawn(move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    if tx.send((i, analyse_file(path))).is_err() {
                        break;
                    }
                });
            }
            drop(tx);
            for (done, (i, result)) in rx.iter().enumerate() {
                results[i] = Some(result);
                progress(done + 1, files.len(), &files[i].display().to_string());
            }
        });
    }
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    let mut ids = HashSet::new();
    for (path, result) in files.iter().zip(results) {
        let source = path.display().to_string();
        match result.unwrap_or_else(|| Err(format!("{source}: was not analysed"))) {
            Ok(found) => {
                let many = found.len() > 1;
                for (n, (article, analysis)) in found.into_iter().enumerate() {
                    let base = if many { format!("{}-{}", slug(path), n + 1) } else { slug(path) };
                    let source = if many { format!("{source}#{}", n + 1) } else { source.clone() };
                    match analysis {
                        Ok(analysis) => {
                            let id = unique_id(&mut ids, base);
                            articles.push(BundleArticle::with_analysis(id, source, article, analysis));
                        }
                        Err(problem) => errors.push(format!("{source}: internal error while analysing: {problem}")),
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if articles.len() > MAX_BUNDLE_ARTICLES {
        errors.push(format!(
            "{} articles is over the limit of {MAX_BUNDLE_ARTICLES} for one bundle; only the first {MAX_BUNDLE_ARTICLES} were kept: build several smaller bundles",
            articles.len()
        ));
        articles.truncate(MAX_BUNDLE_ARTICLES);
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
