//! Cutting bundles into a sharded corpus (`build-corpus --shards DIR`, `shard`).
//!
//! [`write_shards`] reads one or more bundles as `build-corpus` writes them (one article
//! per indented block, so each is found by scanning lines without holding the file),
//! keeps per article only its date, id and place in the file, sorts by publication date,
//! and writes the time shards on all cores, each read back from the bundle by seeking:
//! memory holds a few shards and the term table, never the corpus. Several bundles (one
//! per input partition, built on different machines) merge into one sharded corpus; ids
//! are made unique across them. Files are named by a hash of their content and written
//! only when missing, so a rerun rewrites nothing that is current, and `index.json` is
//! replaced last (an interrupted run leaves the previous corpus intact); files the new
//! index no longer names are removed after it is written. The format is described in
//! [`crate::corpus::shards`].

use std::collections::{BTreeMap, HashSet};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

use chrono::NaiveDate;

use crate::corpus::build::fnv;
use crate::corpus::bundle::{Bundle, BundleArticle, MAX_BUNDLE_ARTICLES};
use crate::corpus::shards::{
    format_ranges, term_key, Lookup, LookupFile, Period, ShardEntry, ShardIndex, LOOKUP_SCHEMA, MAX_SHARDS,
    SHARDS_SCHEMA,
};
use crate::search::shards::typo_keys;
use crate::search::TYPO_MIN;
use crate::view::corpus::Corpus;

/// Articles per time shard unless asked otherwise: about 2.6 MB (0.4 MB gzip) a shard.
pub const DEFAULT_SHARD_SIZE: usize = 100;
/// Ids per id lookup file.
const IDS_PER_FILE: usize = 5_000;
/// A term lookup file is closed, at a group boundary, once it holds this many words
/// plus shard references (in tests, small: many files from a small corpus).
const TERM_FILE_WEIGHT: usize = if cfg!(test) { 400 } else { 60_000 };

/// Options of [`write_shards`].
#[derive(Clone, Debug)]
pub struct ShardOptions {
    /// Most articles in one time shard (1..=20,000).
    pub shard_size: usize,
}

impl Default for ShardOptions {
    fn default() -> Self {
        ShardOptions { shard_size: DEFAULT_SHARD_SIZE }
    }
}

/// What [`write_shards`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShardReport {
    /// Articles in the shards.
    pub articles: usize,
    /// Time shards.
    pub shards: usize,
    /// Files written in this run (the others were current).
    pub written: usize,
    /// Files already there with the right content.
    pub kept: usize,
    /// Size of `index.json` in bytes.
    pub index_bytes: u64,
    /// Sizes of the time shards in bytes.
    pub shard_bytes: Vec<u64>,
    /// Sizes of the term lookup files in bytes.
    pub term_bytes: Vec<u64>,
    /// One message per article that could not be read (it is left out).
    pub errors: Vec<String>,
}

/// One article found in an input bundle.
struct Slot {
    input: usize,
    offset: u64,
    len: usize,
    published: Option<NaiveDate>,
    id: String,
}

/// The few fields read while scanning (the rest is skipped).
#[derive(serde::Deserialize)]
struct Meta {
    id: String,
    #[serde(default, deserialize_with = "crate::corpus::bundle::iso_date")]
    published: Option<NaiveDate>,
}

/// Writes the sharded corpus of `bundles` to `dir`. `progress(done, total)` is called
/// after each time shard. Errors are for the whole run (an unreadable input, a full
/// disk); a bad article is reported in [`ShardReport::errors`] and left out.
pub fn write_shards(
    bundles: &[PathBuf],
    dir: &Path,
    options: &ShardOptions,
    mut progress: impl FnMut(usize, usize),
) -> Result<ShardReport, String> {
    let size = options.shard_size;
    if !(1..=MAX_BUNDLE_ARTICLES).contains(&size) {
        return Err(format!("--shard-size must be 1 to {MAX_BUNDLE_ARTICLES} articles, not {size}"));
    }
    let mut report = ShardReport::default();
    let mut slots = Vec::new();
    for (input, path) in bundles.iter().enumerate() {
        scan(path, input, &mut slots, &mut report.errors)?;
    }
    // Ids unique across inputs (partitions built apart may repeat one).
    let mut ids = HashSet::new();
    for slot in &mut slots {
        if !ids.insert(slot.id.clone()) {
            let mut n = 2;
            while !ids.insert(format!("{}-{n}", slot.id)) {
                n += 1;
            }
            slot.id = format!("{}-{n}", slot.id);
        }
    }
    drop(ids);
    // Date order, undated last; inputs and file order break ties (stable sort).
    slots.sort_by_key(|s| (s.published.is_none(), s.published));
    let chunks: Vec<&[Slot]> = slots.chunks(size).collect();
    if chunks.len() > MAX_SHARDS {
        return Err(format!(
            "{} articles at {size} a shard make {} shards, over the limit of {MAX_SHARDS}: raise --shard-size",
            slots.len(),
            chunks.len()
        ));
    }
    for sub in ["t", "s", "i"] {
        std::fs::create_dir_all(dir.join(sub)).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    }

    // The time shards, on all cores.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(chunks.len()).max(1);
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    let mut done: Vec<Option<Cut>> = (0..chunks.len()).map(|_| None).collect();
    let mut terms: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let failed = Mutex::new(None::<String>);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (tx, next, chunks, failed) = (tx.clone(), &next, &chunks, &failed);
            scope.spawn(move || {
                let mut files: Vec<Option<std::fs::File>> = (0..bundles.len()).map(|_| None).collect();
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(chunk) = chunks.get(n) else { break };
                    match cut(n, chunk, bundles, &mut files, dir) {
                        Ok(c) => {
                            if tx.send((n, c)).is_err() {
                                break;
                            }
                        }
                        Err(e) => {
                            *failed.lock().unwrap_or_else(|e| e.into_inner()) = Some(e);
                            next.store(usize::MAX / 2, Ordering::Relaxed);
                            break;
                        }
                    }
                }
            });
        }
        drop(tx);
        // Each shard's words go into the table as it arrives (holding them all until the
        // end would keep every shard's vocabulary at once).
        for (k, (n, mut c)) in rx.iter().enumerate() {
            for word in std::mem::take(&mut c.words) {
                terms.entry(word).or_default().push(n as u32);
            }
            done[n] = Some(c);
            progress(k + 1, chunks.len());
        }
    });
    for shards in terms.values_mut() {
        shards.sort_unstable();
    }
    if let Some(e) = failed.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(e);
    }

    let mut index = ShardIndex {
        schema: SHARDS_SCHEMA.into(),
        generator: concat!("article-explorer ", env!("CARGO_PKG_VERSION")).into(),
        ..ShardIndex::default()
    };
    let mut periods: BTreeMap<String, Period> = BTreeMap::new();
    let mut keep: HashSet<String> = HashSet::new();
    for (n, c) in done.into_iter().enumerate() {
        let c = c.ok_or_else(|| format!("shard {n} was not written"))?;
        if c.written {
            report.written += 1;
        } else {
            report.kept += 1;
        }
        for (month, p) in c.periods {
            let e = periods.entry(month.clone()).or_insert_with(|| Period { month, ..Period::default() });
            e.articles += p.articles;
            e.quotes += p.quotes;
            e.events += p.events;
        }
        index.articles += c.entry.articles;
        index.quotes += c.entry.quotes;
        index.events += c.entry.events;
        report.shard_bytes.push(c.entry.bytes);
        keep.insert(c.entry.file.clone());
        index.shards.push(c.entry);
    }
    index.periods = periods.into_values().collect();

    // Term lookups: whole groups of words sharing their first two letters per file. Each
    // word of 4+ letters is also named, without its shards (""), in the groups of the
    // words it becomes with its first or second letter deleted
    // (`crate::search::shards::typo_keys`): a query word with a typo in its first two
    // letters finds it there, and then its shards in its own group.
    // Per group: (word, shard ranges, weight).
    let mut groups: BTreeMap<String, Vec<(String, String, usize)>> = BTreeMap::new();
    for (word, shards) in &terms {
        groups.entry(term_key(word).to_string()).or_default().push((
            word.clone(),
            format_ranges(shards),
            1 + shards.len(),
        ));
        if word.chars().nth(TYPO_MIN - 2).is_some() {
            for key in typo_keys(word) {
                groups.entry(key).or_default().push((word.clone(), String::new(), 1));
            }
        }
    }
    drop(terms);
    let mut file_keys: Vec<(String, String)> = Vec::new();
    let mut weight = 0;
    // The file's first group: its first key in the index (a pointer may sort before it).
    let mut first: Option<String> = None;
    let mut flush = |keys: &mut Vec<(String, String)>,
                     first: &mut Option<String>,
                     report: &mut ShardReport,
                     index: &mut ShardIndex| {
        let Some(first) = first.take() else { return Ok::<(), String>(()) };
        // Sorted, each word once: a word named in its own group and (as a typo pointer)
        // in another group of the same file keeps its shards.
        crate::view::sort_by(keys, |a, b| a.0.cmp(&b.0).then(a.1.is_empty().cmp(&b.1.is_empty())));
        keys.dedup_by(|b, a| a.0 == b.0);
        let n = index.terms.len();
        let (file, bytes, written) = write_lookup(dir, "s", n, std::mem::take(keys))?;
        count(report, written);
        report.term_bytes.push(bytes);
        keep.insert(file.clone());
        index.terms.push(LookupFile { first, file });
        Ok(())
    };
    for (key, entries) in groups {
        if weight >= TERM_FILE_WEIGHT {
            flush(&mut file_keys, &mut first, &mut report, &mut index)?;
            weight = 0;
        }
        first.get_or_insert(key);
        for (word, ranges, w) in entries {
            weight += w;
            file_keys.push((word, ranges));
        }
    }
    flush(&mut file_keys, &mut first, &mut report, &mut index)?;

    // Id lookups.
    let mut by_id: Vec<(String, String)> = Vec::with_capacity(slots.len());
    for (n, chunk) in chunks.iter().enumerate() {
        by_id.extend(chunk.iter().map(|s| (s.id.clone(), n.to_string())));
    }
    by_id.sort_unstable();
    for (k, part) in by_id.chunks(IDS_PER_FILE).enumerate() {
        let (file, _, written) = write_lookup(dir, "i", k, part.to_vec())?;
        count(&mut report, written);
        index.ids.push(LookupFile { first: part[0].0.clone(), file: file.clone() });
        keep.insert(file);
    }

    // The index last, then what it no longer names.
    let json = serde_json::to_string(&index).map_err(|e| e.to_string())? + "\n";
    write_atomic(&dir.join("index.json"), json.as_bytes())?;
    report.index_bytes = json.len() as u64;
    for sub in ["t", "s", "i"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else { continue };
        for e in entries.flatten() {
            let name = format!("{sub}/{}", e.file_name().to_string_lossy());
            if name.ends_with(".json") && !keep.contains(&name) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    report.articles = index.articles;
    report.shards = index.shards.len();
    Ok(report)
}

fn count(report: &mut ShardReport, written: bool) {
    if written {
        report.written += 1;
    } else {
        report.kept += 1;
    }
}

/// Finds the articles of a bundle written by `build-corpus` (or [`Bundle::to_json`]):
/// after the head, each article is a block from a line `    {` to a line `    }` (JSON
/// strings hold no raw line breaks, so the layout cannot be faked by text).
fn scan(path: &Path, input: usize, slots: &mut Vec<Slot>, errors: &mut Vec<String>) -> Result<(), String> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut head = String::new();
    let mut line = Vec::new();
    let mut offset = 0u64;
    // The head, up to the article list.
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).map_err(|e| format!("{name}: cannot read: {e}"))?;
        if n == 0 {
            return Err(format!(
                "{name}: not a corpus bundle written by `article-explorer build-corpus` (no article list)"
            ));
        }
        offset += n as u64;
        let text = String::from_utf8_lossy(&line);
        head.push_str(&text);
        let t = text.trim_end();
        if t == "\"articles\": []" || t.ends_with("\"articles\": []") {
            // An empty bundle: check it is one.
            let rest = head + "}";
            Bundle::parse(&rest).map_err(|e| format!("{name}: {e}"))?;
            return Ok(());
        }
        if t.ends_with("\"articles\": [") {
            break;
        }
        if head.len() > 64 * 1024 {
            return Err(format!(
                "{name}: not a corpus bundle written by `article-explorer build-corpus` (no article list)"
            ));
        }
    }
    Bundle::parse(&(head.clone() + "]}")).map_err(|e| format!("{name}: {e}"))?;
    let mut start = None;
    let mut body: Vec<u8> = Vec::new();
    let mut index = 0;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).map_err(|e| format!("{name}: cannot read: {e}"))?;
        if n == 0 {
            return Err(format!(
                "{name}: truncated (the article list does not end); rebuild it with `article-explorer build-corpus`"
            ));
        }
        let at = offset;
        offset += n as u64;
        let t = trim_newline(&line);
        match start {
            None if t == b"    {" => {
                start = Some(at);
                body.clear();
                body.extend_from_slice(&line);
            }
            None if t == b"  ]" => return Ok(()),
            None => return Err(format!("{name}: unexpected line {:?} between articles", String::from_utf8_lossy(t))),
            Some(s) => {
                let end = t == b"    }" || t == b"    },";
                body.extend_from_slice(if t == b"    }," { b"    }" } else { &line });
                if end {
                    start = None;
                    let len = (offset - s) as usize;
                    match read_article(&body) {
                        Ok(meta) => slots.push(Slot { input, offset: s, len, published: meta.published, id: meta.id }),
                        Err(problem) => errors.push(format!("{name}: article {index} could not be loaded: {problem}")),
                    }
                    index += 1;
                }
            }
        }
    }
}

fn trim_newline(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Reads and checks one article's block.
fn read_article(bytes: &[u8]) -> Result<Meta, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "it is not UTF-8".to_string())?;
    let text = text.trim_end().trim_end_matches(',');
    let article: BundleArticle = serde_json::from_str(text).map_err(|e| e.to_string())?;
    article.validate()?;
    Ok(Meta { id: article.id, published: article.published })
}

/// One written time shard: its entry, its search words, its months.
struct Cut {
    entry: ShardEntry,
    words: Vec<String>,
    periods: Vec<(String, Period)>,
    written: bool,
}

/// Writes time shard `n` of `chunk`'s articles, read back from their bundles.
fn cut(
    n: usize,
    chunk: &[Slot],
    bundles: &[PathBuf],
    files: &mut [Option<std::fs::File>],
    dir: &Path,
) -> Result<Cut, String> {
    let mut articles = Vec::with_capacity(chunk.len());
    let mut buf = Vec::new();
    for slot in chunk {
        let path = &bundles[slot.input];
        let err = |e: std::io::Error| format!("{}: cannot read: {e}", path.display());
        if files[slot.input].is_none() {
            files[slot.input] = Some(std::fs::File::open(path).map_err(err)?);
        }
        let file = files[slot.input].as_mut().expect("opened above");
        file.seek(SeekFrom::Start(slot.offset)).map_err(err)?;
        buf.resize(slot.len, 0);
        file.read_exact(&mut buf).map_err(err)?;
        let text = std::str::from_utf8(&buf).map_err(|_| format!("{}: changed while sharding", path.display()))?;
        let mut article: BundleArticle = serde_json::from_str(text.trim_end().trim_end_matches(','))
            .map_err(|e| format!("{}: changed while sharding ({e})", path.display()))?;
        article.id = slot.id.clone();
        articles.push(article);
    }
    let mut periods: BTreeMap<String, Period> = BTreeMap::new();
    fn period(periods: &mut BTreeMap<String, Period>, month: String) -> &mut Period {
        periods.entry(month.clone()).or_insert_with(|| Period { month, ..Period::default() })
    }
    let (mut quotes, mut events) = (0, 0);
    for a in &articles {
        quotes += a.analysis.quotes.len();
        events += a.analysis.events.len();
        if let Some(d) = a.published {
            let p = period(&mut periods, d.format("%Y-%m").to_string());
            p.articles += 1;
            p.quotes += a.analysis.quotes.len();
        }
        for e in &a.analysis.events {
            let m = e.date.as_bytes();
            if m.len() >= 7
                && m[..4].iter().all(u8::is_ascii_digit)
                && m[4] == b'-'
                && m[5..7].iter().all(u8::is_ascii_digit)
            {
                period(&mut periods, e.date[..7].to_string()).events += 1;
            }
        }
    }
    let from = articles.iter().filter_map(|a| a.published).min();
    let to = articles.iter().filter_map(|a| a.published).max();
    let count = articles.len();
    let bundle = Bundle::new(articles);
    let json = bundle.to_json();
    let words = crate::search::shards::vocabulary(&Corpus::from_bundle(bundle));
    let (file, written) = write_named(dir, "t", n, json.as_bytes())?;
    Ok(Cut {
        entry: ShardEntry { file, from, to, articles: count, quotes, events, bytes: json.len() as u64 },
        words,
        periods: periods.into_iter().collect(),
        written,
    })
}

/// Writes a lookup file; returns its name, size and whether it was written.
fn write_lookup(dir: &Path, sub: &str, n: usize, keys: Vec<(String, String)>) -> Result<(String, u64, bool), String> {
    let json = serde_json::to_string(&Lookup { schema: LOOKUP_SCHEMA.into(), keys }).map_err(|e| e.to_string())? + "\n";
    let (file, written) = write_named(dir, sub, n, json.as_bytes())?;
    Ok((file, json.len() as u64, written))
}

/// Writes `bytes` as `sub/NNNNN-<hash>.json` unless that file is there already.
fn write_named(dir: &Path, sub: &str, n: usize, bytes: &[u8]) -> Result<(String, bool), String> {
    let hash = fnv(0xcbf2_9ce4_8422_2325, bytes);
    let name = format!("{sub}/{n:05}-{:012x}.json", hash >> 16);
    let path = dir.join(&name);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64) {
        return Ok((name, false));
    }
    write_atomic(&path, bytes)?;
    Ok((name, true))
}

/// Written beside and renamed, so an interrupted write leaves no half file.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}

/// Small generated corpora for the tests of sharding and shard lookups.
#[cfg(test)]
pub(crate) mod testing {
    use std::path::PathBuf;

    use crate::corpus::{Article, Bundle, BundleArticle};

    const SENTENCES: [&str; 12] = [
        "\"We will not back down,\" said Ana Ruiz, the mayor of Valencia, on March 3, 2025.",
        "The Kremlin said on Tuesday that talks with Kyiv had stalled.",
        "Heio Chinji told reporters in Tokyo that the reactor would reopen in June 2024.",
        "According to the ministry, exports to Brazil fell by a third last year.",
        "\"It is a disgrace,\" Senator Mark Delaney said of the vote on January 12, 2023.",
        "Protesters gathered outside the parliament in Zaporizhzhia on Friday.",
        "The European Commission announced new tariffs on Chinese steel in October 2022.",
        "\"Our patience has limits,\" the spokesman, Dmitri Volkov, warned.",
        "Flooding in Bavaria forced thousands from their homes over the weekend.",
        "Économistes at the Banque de France expect growth to slow in 2026.",
        "The union said the strike at the Hamburg docks would continue until December.",
        "Officials confirmed on May 5, 2021 that the bridge had been closed.",
    ];

    /// `n` articles of three sentences each, published on spread-out dates (every
    /// seventh undated), so shards cover different periods.
    pub fn articles(n: usize) -> Vec<BundleArticle> {
        (0..n)
            .map(|i| {
                let body = (0..3).map(|k| SENTENCES[(i * 5 + k * 7) % SENTENCES.len()]).collect::<Vec<_>>().join(" ");
                let published = (i % 7 != 3).then(|| {
                    chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new((i as u64 * 37) % 1500)
                });
                let article = Article {
                    title: Some(format!(
                        "Report {i}: {}",
                        SENTENCES[(i * 3) % SENTENCES.len()].split(',').next().unwrap()
                    )),
                    published,
                    outlet: Some(["The Herald", "Le Monde", "Daily Post"][i % 3].into()),
                    body,
                    ..Article::default()
                };
                BundleArticle::from_article(format!("a{i:03}"), format!("a{i:03}.txt"), article)
            })
            .collect()
    }

    /// A fresh empty folder under the system's temporary directory.
    pub fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("ae-shards-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Writes `articles` as a bundle file in `dir`.
    pub fn bundle_file(dir: &std::path::Path, name: &str, articles: Vec<BundleArticle>) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, Bundle::new(articles).to_json()).unwrap();
        path
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::corpus::shards::{parse_ranges, Lookup};

    fn read_index(dir: &Path) -> ShardIndex {
        ShardIndex::parse(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap()
    }

    fn shard(dir: &Path, file: &str) -> Bundle {
        let (bundle, problems) = Bundle::parse(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        bundle
    }

    #[test]
    fn sharded_holds_exactly_the_bundle_in_date_order() {
        let tmp = temp_dir("round-trip");
        let articles = articles(23);
        let input = bundle_file(&tmp, "corpus.json", articles.clone());
        let out = tmp.join("sharded");
        let mut calls = 0;
        let report = write_shards(&[input], &out, &ShardOptions { shard_size: 4 }, |_, _| calls += 1).unwrap();
        assert_eq!((report.articles, report.shards, calls), (23, 6, 6));
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        let index = read_index(&out);
        assert_eq!(index.articles, 23);
        let mut back: Vec<BundleArticle> = Vec::new();
        let mut last_date = None;
        for (n, entry) in index.shards.iter().enumerate() {
            let b = shard(&out, &entry.file);
            assert!(b.articles.len() <= 4 && b.articles.len() == entry.articles);
            assert_eq!(entry.quotes, b.articles.iter().map(|a| a.analysis.quotes.len()).sum::<usize>());
            for a in &b.articles {
                // Dated in ascending order, undated last.
                match (last_date, a.published) {
                    (Some(Some(prev)), Some(d)) => assert!(prev <= d, "shard {n}"),
                    (Some(None), Some(_)) => panic!("a dated article after an undated one"),
                    _ => {}
                }
                last_date = Some(a.published);
                assert!(entry.from.is_none_or(|f| a.published.is_none_or(|d| f <= d)));
            }
            back.extend(b.articles);
        }
        let mut expected = articles.clone();
        expected.sort_by(|a, b| a.id.cmp(&b.id));
        back.sort_by(|a, b| a.id.cmp(&b.id));
        assert_eq!(back, expected, "the shards hold the bundle's articles, unchanged");
        // Periods add up, and every id is found in its shard.
        assert_eq!(
            index.periods.iter().map(|p| p.articles).sum::<usize>(),
            articles.iter().filter(|a| a.published.is_some()).count()
        );
        for a in &articles {
            let file = index.id_file(&a.id).unwrap();
            let lookup = Lookup::parse(&std::fs::read_to_string(out.join(file)).unwrap(), file).unwrap();
            let n = lookup.get(&a.id).unwrap().unwrap();
            assert_eq!(n.len(), 1);
            assert!(shard(&out, &index.shards[n[0] as usize].file).articles.iter().any(|b| b.id == a.id));
        }
        // A rerun writes nothing new; a smaller shard size rewrites and removes the old files.
        let again = write_shards(&[tmp.join("corpus.json")], &out, &ShardOptions { shard_size: 4 }, |_, _| {}).unwrap();
        assert_eq!(again.written, 0);
        assert_eq!(read_index(&out), index);
        write_shards(&[tmp.join("corpus.json")], &out, &ShardOptions { shard_size: 10 }, |_, _| {}).unwrap();
        assert_eq!(std::fs::read_dir(out.join("t")).unwrap().count(), 3);
        let _ = std::fs::remove_dir_all(&tmp);
    }

    #[test]
    fn partitions_merge_with_unique_ids() {
        let tmp = temp_dir("merge");
        let all = articles(10);
        let a = bundle_file(&tmp, "part-1.json", all[..6].to_vec());
        let mut second = all[4..].to_vec(); // a004 and a005 in both parts
        second[0].title = Some("Another article with a clashing id".into());
        let b = bundle_file(&tmp, "part-2.json", second);
        let out = tmp.join("sharded");
        let report = write_shards(&[a, b], &out, &ShardOptions { shard_size: 5 }, |_, _| {}).unwrap();
        assert_eq!(report.articles, 12);
        let index = read_index(&out);
        let ids: Vec<String> = index.shards.iter().flat_map(|s| shard(&out, &s.file).articles).map(|a| a.id).collect();
        let unique: HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), 12, "{ids:?}");
        assert!(ids.contains(&"a004-2".to_string()) && ids.contains(&"a005-2".to_string()), "{ids:?}");
        let _ = std::fs::remove_dir_all(&tmp);
    }

    #[test]
    fn bad_inputs_are_refused_or_reported_by_name() {
        let tmp = temp_dir("bad");
        let out = tmp.join("sharded");
        let opts = ShardOptions::default();
        let missing = write_shards(&[tmp.join("nope.json")], &out, &opts, |_, _| {}).unwrap_err();
        assert!(missing.contains("nope.json: cannot read"), "{missing}");
        std::fs::write(tmp.join("other.json"), "{\"title\": \"x\"}\n").unwrap();
        let other = write_shards(&[tmp.join("other.json")], &out, &opts, |_, _| {}).unwrap_err();
        assert!(other.contains("other.json: not a corpus bundle"), "{other}");
        let good = Bundle::new(articles(3)).to_json();
        std::fs::write(tmp.join("cut.json"), &good[..good.len() * 2 / 3]).unwrap();
        let cut = write_shards(&[tmp.join("cut.json")], &out, &opts, |_, _| {}).unwrap_err();
        assert!(cut.contains("cut.json: truncated"), "{cut}");
        // One broken article is reported and left out.
        let broken = good.replacen("\"start\": 0", "\"start\": 99999", 1);
        std::fs::write(tmp.join("broken.json"), broken).unwrap();
        let report = write_shards(&[tmp.join("broken.json")], &out, &opts, |_, _| {}).unwrap();
        assert_eq!(report.articles, 2);
        assert_eq!(report.errors.len(), 1);
        assert!(report.errors[0].contains("broken.json: article 0 could not be loaded"), "{:?}", report.errors);
        let size = write_shards(&[tmp.join("broken.json")], &out, &ShardOptions { shard_size: 0 }, |_, _| {});
        assert!(size.unwrap_err().contains("--shard-size must be 1 to 20000"));
        // Ranges in a lookup file that point nowhere are an error, not a crash.
        assert!(parse_ranges("4-x").is_err());
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
