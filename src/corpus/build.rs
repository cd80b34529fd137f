//! Building a corpus bundle from article files (`article-explorer build-corpus`).
//!
//! [`build_bundle`] returns the whole [`Bundle`]; [`stream_bundle`] writes the same bytes
//! as [`Bundle::to_json`] while files finish, holding only a bounded window of results
//! (so 100,000 files need no more memory than 100), and keeps a **cache** beside the
//! output: one file per input file, named by a hash of its path, its bytes and the
//! analyser (`salt`), holding that file's finished articles. A run that is interrupted
//! resumes where it stopped, and a rerun after editing a few files analyses only those;
//! entries no input uses any more are removed after a complete run.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

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

/// One file's articles, ready to write: each the bundle article serialized as
/// [`Bundle::to_json`] writes it but with an empty id (ids are given in file order when
/// written), or why its analysis failed; or why the file could not be read.
type Finished = Result<Vec<Result<String, String>>, String>;

/// Options of [`stream_bundle`].
#[derive(Clone, Debug, Default)]
pub struct StreamOptions {
    /// Folder of the per-file cache (created when missing); none: no cache.
    pub cache: Option<PathBuf>,
    /// Mixed into every cache key: changes when the analyser changes (the CLI passes a
    /// hash of its own executable), so a new build never reuses old results.
    pub salt: u64,
}

/// What [`stream_bundle`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Streamed {
    /// Articles written.
    pub articles: usize,
    /// One message per file or article that failed (it is skipped).
    pub errors: Vec<String>,
    /// Files analysed in this run.
    pub analysed: usize,
    /// Files taken from the cache.
    pub cached: usize,
    /// Whether `progress` asked to stop: the output is then incomplete (the cache keeps
    /// what finished).
    pub stopped: bool,
}

/// Progress of [`stream_bundle`], after each file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress<'a> {
    /// Files done (analysed or cached).
    pub done: usize,
    /// Files in all.
    pub total: usize,
    /// Of those done, how many came from the cache.
    pub cached: usize,
    /// The file just done.
    pub file: &'a Path,
}

/// Results waiting to be written, at most this many per worker.
const WINDOW_PER_WORKER: usize = 8;

/// Reads and analyses `files` on all cores and writes the bundle to `out` as each file's
/// turn comes: byte for byte what [`Bundle::to_json`] of [`build_bundle`] gives. Results
/// are written in file order; workers run at most a small window ahead of the writer.
/// `progress` is called on this thread after each file; returning false stops the run
/// (the files finished so far stay in the cache).
pub fn stream_bundle(
    files: &[PathBuf],
    out: &mut impl Write,
    options: &StreamOptions,
    mut progress: impl FnMut(Progress) -> bool,
) -> io::Result<Streamed> {
    let workers = if cfg!(target_arch = "wasm32") {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len()).max(1)
    };
    if let Some(dir) = &options.cache {
        std::fs::create_dir_all(dir)?;
    }
    let keys: Vec<Option<String>> =
        files.iter().map(|f| options.cache.as_ref().and_then(|_| cache_key(f, options.salt))).collect();
    let mut writer = BundleWriter::new(out);
    let mut report = Streamed::default();
    let window = workers * WINDOW_PER_WORKER;
    // `written`: files handed to the writer; workers wait while they are a window ahead.
    let written = Mutex::new(0usize);
    let turn = Condvar::new();
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Finished, bool)>();
    let mut result = Ok(());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (tx, next, written, turn, stop, keys) = (tx.clone(), &next, &written, &turn, &stop, &keys);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                {
                    let mut w = written.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *w + window && !stop.load(Ordering::Relaxed) {
                        w = turn.wait(w).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let cache = options.cache.as_deref().zip(keys[i].as_deref());
                let (done, from_cache) = match cache.and_then(|(dir, key)| read_cached(dir, key)) {
                    Some(done) => (done, true),
                    None => {
                        let done = finish_file(path);
                        if let Some((dir, key)) = cache {
                            // A cache that cannot be written costs a rerun, nothing else.
                            let _ = write_cached(dir, key, &done);
                        }
                        (done, false)
                    }
                };
                if tx.send((i, done, from_cache)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting: BTreeMap<usize, Finished> = BTreeMap::new();
        let mut at = 0;
        let mut ids = HashSet::new();
        for (i, done, from_cache) in rx.iter() {
            if from_cache {
                report.cached += 1;
            } else {
                report.analysed += 1;
            }
            waiting.insert(i, done);
            while let Some(done) = waiting.remove(&at) {
                if result.is_ok() {
                    result = writer.file(&files[at], done, &mut ids, &mut report);
                }
                at += 1;
                *written.lock().unwrap_or_else(|e| e.into_inner()) = at;
                turn.notify_all();
            }
            let go_on = progress(Progress {
                done: report.analysed + report.cached,
                total: files.len(),
                cached: report.cached,
                file: &files[i],
            });
            if !go_on || result.is_err() {
                report.stopped = !go_on;
                stop.store(true, Ordering::Relaxed);
                turn.notify_all();
                break;
            }
        }
        // Drain what workers still send (they finish the file in hand, kept in the cache).
        for _ in rx.iter() {}
    });
    result?;
    if report.stopped {
        return Ok(report);
    }
    writer.end()?;
    if let Some(dir) = &options.cache {
        prune_cache(dir, &keys);
    }
    Ok(report)
}

/// Reads and analyses one file into its finished articles (ids left empty).
fn finish_file(path: &Path) -> Finished {
    let found = analyse_file(path)?;
    let many = found.len() > 1;
    let source = path.display().to_string();
    Ok(found
        .into_iter()
        .enumerate()
        .map(|(n, (article, analysis))| {
            let source = if many { format!("{source}#{}", n + 1) } else { source.clone() };
            match analysis {
                Ok(analysis) => {
                    let a = BundleArticle::with_analysis(String::new(), source, article, analysis);
                    Ok(serde_json::to_string_pretty(&a).expect("article serializes"))
                }
                Err(problem) => Err(format!("{source}: internal error while analysing: {problem}")),
            }
        })
        .collect())
}

/// Writes a bundle piece by piece, exactly as `serde_json::to_string_pretty` lays out
/// [`Bundle`] (two-space indents, articles at depth 2).
struct BundleWriter<'w, W: Write> {
    out: &'w mut W,
    articles: usize,
}

impl<'w, W: Write> BundleWriter<'w, W> {
    fn new(out: &'w mut W) -> Self {
        BundleWriter { out, articles: 0 }
    }

    /// One file's articles, given their ids in order.
    fn file(
        &mut self,
        path: &Path,
        done: Finished,
        ids: &mut HashSet<String>,
        report: &mut Streamed,
    ) -> io::Result<()> {
        let found = match done {
            Ok(found) => found,
            Err(e) => {
                report.errors.push(e);
                return Ok(());
            }
        };
        let many = found.len() > 1;
        for (n, article) in found.into_iter().enumerate() {
            let json = match article {
                Ok(json) => json,
                Err(e) => {
                    report.errors.push(e);
                    continue;
                }
            };
            let base = if many { format!("{}-{}", slug(path), n + 1) } else { slug(path) };
            let id = serde_json::to_string(&unique_id(ids, base)).expect("a string serializes");
            let json = json.replacen("\"id\": \"\"", &format!("\"id\": {id}"), 1);
            self.article(&json)?;
            report.articles += 1;
        }
        Ok(())
    }

    fn article(&mut self, json: &str) -> io::Result<()> {
        if self.articles == 0 {
            let head = serde_json::to_string_pretty(&Bundle::new(Vec::new())).expect("bundle serializes");
            let head = head.strip_suffix("[]\n}").expect("an empty bundle ends with its empty article list");
            writeln!(self.out, "{head}[")?;
        } else {
            self.out.write_all(b",\n")?;
        }
        for (k, line) in json.lines().enumerate() {
            if k > 0 {
                self.out.write_all(b"\n")?;
            }
            write!(self.out, "    {line}")?;
        }
        self.articles += 1;
        Ok(())
    }

    fn end(self) -> io::Result<()> {
        if self.articles == 0 {
            self.out.write_all(Bundle::new(Vec::new()).to_json().as_bytes())?;
        } else {
            self.out.write_all(b"\n  ]\n}\n")?;
        }
        self.out.flush()
    }
}

/// FNV-1a, 64 bits: a stable hash for cache keys (std's hasher may change between releases).
pub(crate) fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The cache key of a file: its path, its bytes and the analyser. None when unreadable
/// (the file is then analysed, which reports why it cannot be read).
fn cache_key(path: &Path, salt: u64) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let mut h = fnv(0xcbf2_9ce4_8422_2325, &salt.to_le_bytes());
    h = fnv(h, env!("CARGO_PKG_VERSION").as_bytes());
    h = fnv(h, path.display().to_string().as_bytes());
    h = fnv(h, &[0]);
    h = fnv(h, &bytes);
    Some(format!("{h:016x}.json"))
}

fn read_cached(dir: &Path, key: &str) -> Option<Finished> {
    let text = std::fs::read_to_string(dir.join(key)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Written beside and renamed, so an interrupted write leaves no half entry.
fn write_cached(dir: &Path, key: &str, done: &Finished) -> io::Result<()> {
    let tmp = dir.join(format!("{key}.tmp{}", std::process::id()));
    std::fs::write(&tmp, serde_json::to_string(done).map_err(io::Error::other)?)?;
    std::fs::rename(&tmp, dir.join(key))
}

/// Removes cache entries that none of `keys` names (inputs changed or gone).
fn prune_cache(dir: &Path, keys: &[Option<String>]) {
    let keep: HashSet<&str> = keys.iter().flatten().map(String::as_str).collect();
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".json") && name.len() == 21 && !keep.contains(name.as_ref()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
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

    /// A folder of inputs: plain, duplicate slugs, a JSON file of two, a bad file.
    fn inputs(name: &str) -> (PathBuf, Vec<PathBuf>) {
        let dir = std::env::temp_dir().join(format!("ae-stream-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("x")).unwrap();
        let mut files = Vec::new();
        for i in 0..12 {
            let f = dir.join(format!("n{i:02}.txt"));
            let text = format!("Title: Report {i}\nDate: 2025-03-{:02}\n\n\"We will meet on March 18,\" said Heio Chinji, a minister, on Monday. Zoë Ærø replied.", i + 1);
            std::fs::write(&f, text).unwrap();
            files.push(f);
        }
        std::fs::write(dir.join("x/n00.txt"), "Trump spoke on Tuesday.").unwrap();
        std::fs::write(dir.join("b.txt"), b"\xff\xfe\x00\x00binary").unwrap();
        std::fs::write(dir.join("c.json"), r#"[{"text":"One \"said\" she."},{"title":"Ü","text":"Two."}]"#).unwrap();
        files.extend(["x/n00.txt", "b.txt", "c.json"].iter().map(|f| dir.join(f)));
        (dir, files)
    }

    fn stream(files: &[PathBuf], options: &StreamOptions, stop_after: Option<usize>) -> (Vec<u8>, Streamed) {
        let mut out = Vec::new();
        let done = stream_bundle(files, &mut out, options, |p| stop_after.is_none_or(|k| p.done < k)).unwrap();
        (out, done)
    }

    #[test]
    fn streaming_writes_exactly_what_the_whole_bundle_gives() {
        let (dir, files) = inputs("same");
        let whole = build_bundle(&files, |_, _, _| {});
        let (out, done) = stream(&files, &StreamOptions::default(), None);
        assert_eq!(String::from_utf8(out).unwrap(), whole.bundle.to_json());
        assert_eq!(done.errors, whole.errors);
        assert_eq!((done.articles, done.analysed, done.cached, done.stopped), (15, 15, 0, false));
        // No files: the empty bundle, as to_json writes it.
        let (out, _) = stream(&[], &StreamOptions::default(), None);
        assert_eq!(String::from_utf8(out).unwrap(), Bundle::new(Vec::new()).to_json());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_interrupted_build_resumes_without_redoing_finished_files() {
        let (dir, files) = inputs("resume");
        let options = StreamOptions { cache: Some(dir.join("out.json.cache")), salt: 7 };
        let (_, first) = stream(&files, &options, Some(5));
        assert!(first.stopped);
        // Workers run ahead of the writer, so on a busy machine they may have finished
        // more (even all) before it stopped: drop entries down to ten, as if the
        // interruption had come earlier, so the resume below has work to do.
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(dir.join("out.json.cache")).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        assert!(entries.len() >= 5, "{} cache entries after 5 files", entries.len());
        for extra in entries.iter().skip(10) {
            std::fs::remove_file(extra).unwrap();
        }
        let kept = entries.len().min(10);
        // The rerun analyses only what did not finish, and writes the same bundle.
        let (resumed, second) = stream(&files, &options, None);
        assert_eq!((second.cached, second.analysed), (kept, files.len() - kept));
        let (fresh, _) = stream(&files, &StreamOptions::default(), None);
        assert_eq!(resumed, fresh);
        // Nothing left to do; an edited file is analysed again, alone.
        assert_eq!(stream(&files, &options, None).1.analysed, 0);
        std::fs::write(&files[3], "Title: Edited\n\nNew words on Friday.").unwrap();
        let (edited, third) = stream(&files, &options, None);
        assert_eq!((third.analysed, third.cached), (1, files.len() - 1));
        assert_eq!(edited, stream(&files, &StreamOptions::default(), None).0);
        // Another analyser (salt) shares nothing; stale entries were pruned to one per file.
        let other = StreamOptions { salt: 8, ..options.clone() };
        assert_eq!(stream(&files, &other, None).1.cached, 0);
        assert_eq!(std::fs::read_dir(dir.join("out.json.cache")).unwrap().count(), files.len());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn progress_counts_every_file_once() {
        let (dir, files) = inputs("progress");
        let mut seen = Vec::new();
        let mut out = Vec::new();
        stream_bundle(&files, &mut out, &StreamOptions::default(), |p| {
            seen.push((p.done, p.total));
            true
        })
        .unwrap();
        let want: Vec<(usize, usize)> = (1..=files.len()).map(|d| (d, files.len())).collect();
        assert_eq!(seen, want);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
