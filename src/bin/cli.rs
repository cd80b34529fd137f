//! `article-explorer`: the command-line side of the explorer.
//!
//! ```text
//! article-explorer analyze [--date YYYY-MM-DD] [--pretty] FILE|DIR|-...
//! article-explorer build-corpus FILE|DIR... -o static/corpus.json [--check] [--quiet] [--no-cache]
//! article-explorer build-corpus FILE|DIR... --shards DIR [--shard-size N] [-o BUNDLE.json]
//! article-explorer shard BUNDLE.json... -o DIR [--shard-size N]
//! article-explorer export --format csv|timelinejs|ical|bundle CORPUS -o FILE
//! article-explorer eval quotes|timex|entities DIR [--errors] [--predictions FILE] [--json]
//! article-explorer eval quotes|timex|entities DIR --export-texts FILE
//! article-explorer export-html CORPUS.json -o explorer.html [--dist DIR]
//! ```

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use article_explorer::corpus::{self, parse_article, read_article_file, AnalysisRecord};
use article_explorer::eval;

const USAGE: &str = "\
article-explorer: explore who said what, and when, in news articles

USAGE:
  article-explorer analyze [--date YYYY-MM-DD] [--pretty] FILE|DIR|-...
      Analyse articles and print one JSON object per article (JSON Lines).
      --date    publication date that anchors relative dates (overrides the file's own)
      --pretty  indent the JSON (one object after another, no longer one per line)
      -         read one plain-text article from standard input

  article-explorer build-corpus FILE|DIR... -o OUT.json [--check] [--quiet] [--no-cache]
      Analyse articles into one corpus bundle for the app (e.g. static/corpus.json), on
      all cores, writing as files finish. Finished files are kept in OUT.json.cache/, so
      an interrupted run resumes and a rerun analyses only changed files.
      --check     do not write; exit 1 if OUT.json is not what this build would write
      --quiet     no progress on standard error (there is none when it is not a terminal)
      --no-cache  neither read nor keep OUT.json.cache/
  article-explorer build-corpus FILE|DIR... --shards DIR [--shard-size N] [-o BUNDLE.json]
      The same, then cut into a sharded corpus for the app to load lazily: DIR/index.json
      plus time shards of at most N articles (default 100) and search-term and id
      lookups (open it with ?src=DIR/index.json). The whole bundle is kept as -o, else
      DIR.bundle.json, with its cache, so reruns and interrupted runs redo nothing.
  article-explorer shard BUNDLE.json... -o DIR [--shard-size N]
      Cut bundles into one sharded corpus: e.g. one bundle per input partition, each
      built on its own machine; ids are made unique across them.

  article-explorer export --format csv|timelinejs|ical|bundle CORPUS -o FILE
      Export a corpus: quotes as CSV, the timeline as TimelineJS JSON or iCalendar, or
      the bundle. CORPUS is a bundle (e.g. static/corpus.json) or article FILEs|DIRs,
      which are analysed first. -o - writes to standard output.
  article-explorer export-html CORPUS.json -o explorer.html [--dist DIR]
      Write one HTML file with the explorer and the bundle inlined (wasm, JS, CSS,
      corpus): it works opened from disk, with no server and no network.
      --dist    the built app, from `trunk build --release` (default: dist)

  article-explorer eval quotes DIR [--errors]     score quotes on PolNeAR (brat) data
  article-explorer eval timex DIR [--errors]      score dates on TempEval-3 (TimeML) or
                                                  MEANTIME data
  article-explorer eval entities DIR [--errors]   score sentences and entities on GUM
                                                  and MEANTIME (DIR holds both)
      --predictions FILE  score another tool's output instead of ours, with the same
                          scorer: JSON Lines, one analysis-schema object per document,
                          keyed by \"id\", offsets in code points
      --export-texts FILE write the documents as scored (id, text, published; one per
                          line) for another tool to analyse, and score nothing
      --json              print the main figures as one JSON object

Formats: .txt (optional leading `Key: value` lines), .md with front matter, .json
(articles or a corpus bundle), .html (the page's main text).
Exit status: 0 on success, 1 when any input failed (the others are still processed),
2 on a usage error.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("build-corpus") => build_corpus(&args[1..]),
        Some("shard") => shard(&args[1..]),
        Some("export") => export(&args[1..]),
        Some("eval") => eval(&args[1..]),
        Some("export-html") => export_html(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(true)
        }
        Some("-V" | "--version") => {
            println!("article-explorer {}", env!("CARGO_PKG_VERSION"));
            Ok(true)
        }
        Some(other) => Err(format!("unknown command {other:?}")),
        None => Err("no command given".into()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(usage) => {
            eprintln!("error: {usage}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Options shared by the subcommands, parsed by hand (the CLI has few).
#[derive(Default)]
struct Options {
    date: Option<chrono::NaiveDate>,
    pretty: bool,
    output: Option<PathBuf>,
    check: bool,
    quiet: bool,
    no_cache: bool,
    errors: bool,
    format: Option<String>,
    dist: Option<PathBuf>,
    predictions: Option<PathBuf>,
    export_texts: Option<PathBuf>,
    json: bool,
    shards: Option<PathBuf>,
    shard_size: Option<usize>,
    paths: Vec<String>,
}

fn parse_options(args: &[String], allowed: &[&str]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let flag = arg.split('=').next().unwrap_or(arg);
        if arg.starts_with("--") || (arg.starts_with('-') && arg.len() > 1) {
            if !allowed.contains(&flag) {
                return Err(format!("unknown option {arg:?}"));
            }
        } else {
            o.paths.push(arg.clone());
            continue;
        }
        let mut value = |name: &str| -> Result<String, String> {
            match arg.split_once('=') {
                Some((_, v)) => Ok(v.to_string()),
                None => it.next().cloned().ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match flag {
            "--date" => {
                let v = value("--date")?;
                o.date = Some(corpus::article::parse_date("--date", &v).map_err(|e| e.to_string())?);
            }
            "-o" | "--output" => o.output = Some(PathBuf::from(value("-o")?)),
            "--pretty" => o.pretty = true,
            "--check" => o.check = true,
            "--quiet" | "-q" => o.quiet = true,
            "--no-cache" => o.no_cache = true,
            "--errors" => o.errors = true,
            "--format" => o.format = Some(value("--format")?),
            "--dist" => o.dist = Some(PathBuf::from(value("--dist")?)),
            "--predictions" => o.predictions = Some(PathBuf::from(value("--predictions")?)),
            "--export-texts" => o.export_texts = Some(PathBuf::from(value("--export-texts")?)),
            "--json" => o.json = true,
            "--shards" => o.shards = Some(PathBuf::from(value("--shards")?)),
            "--shard-size" => {
                let v = value("--shard-size")?;
                o.shard_size =
                    Some(v.parse().map_err(|_| format!("--shard-size needs a number of articles, not {v:?}"))?);
            }
            _ => unreachable!("checked against allowed"),
        }
    }
    Ok(o)
}

/// `analyze`: JSON Lines on stdout, one error line per bad file on stderr.
fn analyze(args: &[String]) -> Result<bool, String> {
    let o = parse_options(args, &["--date", "--pretty"])?;
    if o.paths.is_empty() {
        return Err("analyze needs at least one FILE (or - for standard input)".into());
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut ok = true;
    let emit = |record: AnalysisRecord, out: &mut dyn Write| {
        let json = if o.pretty { serde_json::to_string_pretty(&record) } else { serde_json::to_string(&record) };
        writeln!(out, "{}", json.expect("record serializes")).map_err(|e| e.to_string())
    };
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in &o.paths {
        if p == "-" {
            files.push(None);
        } else {
            let (found, errs) = corpus::collect_files(&[PathBuf::from(p)]);
            files.extend(found.into_iter().map(Some));
            errors.extend(errs);
        }
    }
    for e in errors {
        eprintln!("error: {e}");
        ok = false;
    }
    for file in files {
        let (source, parsed) = match file {
            None => {
                let mut bytes = Vec::new();
                // One byte past the limit is enough for parse_article to refuse it as too large.
                if let Err(e) = std::io::stdin().take(corpus::MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes) {
                    eprintln!("error: <stdin>: cannot read: {e}");
                    ok = false;
                    continue;
                }
                ("-".to_string(), parse_article("<stdin>", &bytes))
            }
            Some(path) => (path.display().to_string(), read_article_file(&path)),
        };
        match parsed {
            Ok(articles) => {
                let many = articles.len() > 1;
                for (i, article) in articles.iter().enumerate() {
                    let src = if many { format!("{source}#{}", i + 1) } else { source.clone() };
                    match corpus::build::guarded(|| AnalysisRecord::analyze(src.clone(), article, o.date)) {
                        Ok(record) => emit(record, &mut out)?,
                        Err(problem) => {
                            eprintln!("error: {src}: internal error while analysing: {problem}");
                            ok = false;
                        }
                    }
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                ok = false;
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(ok)
}

/// `build-corpus`: analyse files into a bundle, streamed to disk, with progress on stderr
/// and a cache that makes an interrupted run resume.
fn build_corpus(args: &[String]) -> Result<bool, String> {
    let o =
        parse_options(args, &["-o", "--output", "--check", "--quiet", "-q", "--no-cache", "--shards", "--shard-size"])?;
    if o.shards.is_some() && o.check {
        return Err("--check takes a bundle, not --shards".into());
    }
    if o.shard_size.is_some() && o.shards.is_none() {
        return Err("--shard-size goes with --shards DIR".into());
    }
    // With --shards the whole bundle is an intermediate file (kept for reruns): -o, else
    // DIR.bundle.json beside the folder.
    let output = match (&o.output, &o.shards) {
        (Some(out), _) => out.clone(),
        (None, Some(dir)) => {
            let mut name = dir.clone().into_os_string();
            name.push(".bundle.json");
            PathBuf::from(name)
        }
        (None, None) => return Err("build-corpus needs -o OUT.json (or --shards DIR)".into()),
    };
    if o.paths.is_empty() {
        return Err("build-corpus needs at least one FILE or DIR".into());
    }
    let paths: Vec<PathBuf> = o.paths.iter().map(PathBuf::from).collect();
    let (files, mut errors) = corpus::collect_files(&paths);
    let tty = std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let mut cache_dir = output.clone().into_os_string();
    cache_dir.push(".cache");
    let options = corpus::build::StreamOptions {
        cache: (!o.check && !o.no_cache).then(|| PathBuf::from(cache_dir)),
        salt: own_hash(),
    };
    let show = tty && !o.quiet && !files.is_empty();
    let mut last_shown = std::time::Instant::now();
    let progress = |p: corpus::build::Progress| {
        if show && (p.done == p.total || last_shown.elapsed().as_millis() >= 100) {
            last_shown = std::time::Instant::now();
            eprint!("\r\x1b[K{}", progress_line(&p, started.elapsed().as_secs_f64()));
        }
        true
    };
    if o.check {
        let mut json = Vec::new();
        let done = corpus::build::stream_bundle(&files, &mut json, &options, progress).map_err(|e| e.to_string())?;
        if show {
            eprintln!();
        }
        errors.extend(done.errors);
        for e in &errors {
            eprintln!("error: {e}");
        }
        let current = std::fs::read(&output).unwrap_or_default();
        if current != json {
            eprintln!(
                "{} is out of date: rebuild it with `article-explorer build-corpus {} -o {}`",
                output.display(),
                o.paths.join(" "),
                output.display()
            );
            return Ok(false);
        }
        if !o.quiet {
            eprintln!("{} is current ({} articles)", output.display(), done.articles);
        }
        return Ok(errors.is_empty());
    }
    if let Some(dir) = output.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create directory: {e}", dir.display()))?;
    }
    // Write beside the target and rename, so an interrupted run never leaves half a bundle.
    let tmp = output.with_extension("json.tmp");
    let file = std::fs::File::create(&tmp).map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let done = corpus::build::stream_bundle(&files, &mut out, &options, progress)
        .map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
    drop(out);
    if show {
        eprintln!();
    }
    errors.extend(done.errors);
    for e in &errors {
        eprintln!("error: {e}");
    }
    std::fs::rename(&tmp, &output).map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
    if !o.quiet {
        let bytes = std::fs::metadata(&output).map_or(0, |m| m.len());
        eprintln!(
            "wrote {} ({} articles, {} KB) in {:.1} s{}{}",
            output.display(),
            done.articles,
            bytes / 1024,
            started.elapsed().as_secs_f64(),
            if done.cached > 0 {
                format!("; {} of {} files from the cache", done.cached, files.len())
            } else {
                String::new()
            },
            if errors.is_empty() { String::new() } else { format!("; {} files failed", errors.len()) }
        );
    }
    match &o.shards {
        Some(dir) => Ok(write_sharded(&[output], dir, &o)? && errors.is_empty()),
        None => Ok(errors.is_empty()),
    }
}

/// `shard`: cut bundles (e.g. one per input partition, built on different machines)
/// into one sharded corpus.
fn shard(args: &[String]) -> Result<bool, String> {
    let o = parse_options(args, &["-o", "--output", "--quiet", "-q", "--shard-size"])?;
    let dir = o.output.clone().ok_or("shard needs -o DIR")?;
    if o.paths.is_empty() {
        return Err("shard needs at least one BUNDLE.json".into());
    }
    let bundles: Vec<PathBuf> = o.paths.iter().map(PathBuf::from).collect();
    write_sharded(&bundles, &dir, &o)
}

/// Writes the sharded corpus of `bundles` to `dir`, with progress and a summary.
fn write_sharded(bundles: &[PathBuf], dir: &std::path::Path, o: &Options) -> Result<bool, String> {
    use article_explorer::corpus::shard_writer::{write_shards, ShardOptions, DEFAULT_SHARD_SIZE};
    let started = std::time::Instant::now();
    let show = std::io::stderr().is_terminal() && !o.quiet;
    let options = ShardOptions { shard_size: o.shard_size.unwrap_or(DEFAULT_SHARD_SIZE) };
    let report = write_shards(bundles, dir, &options, |done, total| {
        if show {
            eprint!("\r\x1b[K{done}/{total} shards");
        }
    });
    // A bad --shard-size is a usage error; an unreadable input or a full disk is not.
    let report = match report {
        Ok(r) => r,
        Err(e) if e.starts_with("--shard-size") => return Err(e),
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(false);
        }
    };
    if show {
        eprintln!();
    }
    for e in &report.errors {
        eprintln!("error: {e}");
    }
    if !o.quiet {
        let kb = |b: u64| b as f64 / 1024.0;
        let shard_total: u64 = report.shard_bytes.iter().sum();
        let largest = report.shard_bytes.iter().max().copied().unwrap_or(0);
        let terms: u64 = report.term_bytes.iter().sum();
        eprintln!(
            "wrote {} ({} articles in {} shards of at most {}; index.json {:.1} KB, shards {:.0} KB on average and {:.0} KB at most, {} term files {:.0} KB) in {:.1} s; {} files written, {} current",
            dir.display(),
            report.articles,
            report.shards,
            options.shard_size,
            kb(report.index_bytes),
            kb(shard_total) / report.shards.max(1) as f64,
            kb(largest),
            report.term_bytes.len(),
            kb(terms),
            started.elapsed().as_secs_f64(),
            report.written,
            report.kept
        );
    }
    Ok(report.errors.is_empty())
}

/// `export`: a bundle (or articles, analysed first) in another format.
fn export(args: &[String]) -> Result<bool, String> {
    use article_explorer::export::{self, Format};
    let o = parse_options(args, &["--format", "-o", "--output"])?;
    let name = o.format.as_deref().ok_or("export needs --format csv|timelinejs|ical|bundle")?;
    let format = Format::parse(name)
        .ok_or_else(|| format!("unknown export format {name:?} (expected csv, timelinejs, ical or bundle)"))?;
    let output = o.output.clone().ok_or("export needs -o FILE (or -o - for standard output)")?;
    if o.paths.is_empty() {
        return Err("export needs a CORPUS: a bundle file, or article FILEs or DIRs".into());
    }
    let mut errors = Vec::new();
    // One .json file that is a bundle is exported as it stands; anything else is read as
    // articles and analysed.
    let single_bundle = match o.paths.as_slice() {
        [path] if path.to_ascii_lowercase().ends_with(".json") => std::fs::read_to_string(path)
            .ok()
            .and_then(|json| corpus::Bundle::parse(&json).ok())
            .map(|(bundle, problems)| {
                errors.extend(problems.iter().map(|p| format!("{path}: {p}")));
                bundle
            }),
        _ => None,
    };
    let bundle = match single_bundle {
        Some(bundle) => bundle,
        None => {
            let paths: Vec<PathBuf> = o.paths.iter().map(PathBuf::from).collect();
            let (files, errs) = corpus::collect_files(&paths);
            errors.extend(errs);
            let built = corpus::build_bundle(&files, |_, _, _| {});
            errors.extend(built.errors);
            built.bundle
        }
    };
    for e in &errors {
        eprintln!("error: {e}");
    }
    let text = export::export(&bundle, format);
    if output.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|e| e.to_string())?;
    } else {
        let tmp = output.with_extension("tmp");
        std::fs::write(&tmp, &text).map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
        std::fs::rename(&tmp, &output).map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
        eprintln!("wrote {} ({}, {} articles)", output.display(), format.name(), bundle.articles.len());
    }
    Ok(errors.is_empty())
}

/// `export-html`: one self-contained HTML file; exit 1 when the app or the bundle
/// cannot be read.
fn export_html(args: &[String]) -> Result<bool, String> {
    use article_explorer::standalone::{self, Dist};
    let o = parse_options(args, &["-o", "--output", "--dist"])?;
    let output = o.output.clone().ok_or("export-html needs -o OUT.html")?;
    let [corpus_path] = &o.paths[..] else {
        return Err("export-html needs exactly one CORPUS.json (a bundle from build-corpus)".into());
    };
    let dist_dir = o.dist.clone().unwrap_or_else(|| PathBuf::from("dist"));
    let written = (|| -> Result<String, String> {
        let dist = Dist::read(&dist_dir).map_err(|e| e.to_string())?;
        let json = std::fs::read_to_string(corpus_path).map_err(|e| format!("{corpus_path}: cannot read: {e}"))?;
        let html = standalone::export_html(&dist, &json).map_err(|e| format!("{corpus_path}: {e}"))?;
        let tmp = output.with_extension("html.tmp");
        std::fs::write(&tmp, &html).map_err(|e| format!("{}: cannot write: {e}", tmp.display()))?;
        std::fs::rename(&tmp, &output).map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
        Ok(format!(
            "wrote {} ({} KB: app {} KB wasm + {} KB JS + {} KB CSS, corpus {} KB)",
            output.display(),
            html.len() / 1024,
            dist.wasm.len() / 1024,
            dist.js.len() / 1024,
            dist.css.len() / 1024,
            json.len() / 1024
        ))
    })();
    match written {
        Ok(report) => {
            eprintln!("{report}");
            Ok(true)
        }
        Err(e) => {
            eprintln!("error: {e}");
            Ok(false)
        }
    }
}

/// "1234/100000 files · 41.2 files/s · ETA 40 min 2 s (800 cached)".
fn progress_line(p: &corpus::build::Progress, seconds: f64) -> String {
    let analysed = p.done - p.cached;
    let rate = analysed as f64 / seconds.max(1e-3);
    let left = p.total - p.done;
    let eta = if analysed == 0 {
        "ETA –".to_string()
    } else {
        let s = (left as f64 / rate).round() as u64;
        match s {
            0..=59 => format!("ETA {s} s"),
            60..=3599 => format!("ETA {} min {} s", s / 60, s % 60),
            _ => format!("ETA {} h {} min", s / 3600, s % 3600 / 60),
        }
    };
    let cached = if p.cached > 0 { format!(" ({} cached)", p.cached) } else { String::new() };
    format!("{}/{} files · {rate:.1} files/s · {eta}{cached}", p.done, p.total)
}

/// A hash of this executable, so the build cache never serves results of another build.
fn own_hash() -> u64 {
    let bytes = std::env::current_exe().and_then(std::fs::read).unwrap_or_default();
    // FNV-1a over every byte, eight at a time (a 20 MB binary takes a few milliseconds).
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// `eval`: score the analysis (or another tool's predictions) on annotated data, or
/// export the texts it scores.
fn eval(args: &[String]) -> Result<bool, String> {
    let what = args.first().map(String::as_str).ok_or("eval needs quotes, timex or entities")?;
    let o = parse_options(&args[1..], &["--errors", "--predictions", "--export-texts", "--json"])?;
    let [dir] = o.paths.as_slice() else { return Err(format!("eval {what} needs exactly one DIR")) };
    if !["quotes", "timex", "entities"].contains(&what) {
        return Err(format!("unknown evaluation {what:?} (expected quotes, timex or entities)"));
    }
    if o.export_texts.is_some() && (o.predictions.is_some() || o.errors || o.json) {
        return Err("--export-texts writes the texts and scores nothing: use it alone".into());
    }
    let dir = std::path::Path::new(dir);
    let fail = |e: String| {
        eprintln!("error: {e}");
        Ok(false)
    };
    if let Some(out) = &o.export_texts {
        let texts = match what {
            "quotes" => eval::quotes::texts(dir),
            "timex" => eval::timex::texts(dir),
            _ => eval::entities::texts(dir),
        };
        return match texts.and_then(|t| eval::predictions::write_texts(out, &t).map(|()| t.len())) {
            Ok(n) => {
                eprintln!("wrote {n} documents to {}", out.display());
                Ok(true)
            }
            Err(e) => fail(e),
        };
    }
    let predictions = match o.predictions.as_deref().map(eval::predictions::Predictions::read).transpose() {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let report = match what {
        "quotes" => eval::quotes::run_with(dir, o.errors, predictions.as_ref()),
        "timex" => eval::timex::run_with(dir, o.errors, predictions.as_ref()),
        _ => eval::entities::run_with(dir, o.errors, predictions.as_ref()),
    };
    match report {
        Ok(r) if o.json => {
            println!("{}", r.json);
            Ok(true)
        }
        Ok(r) => {
            print!("{}", r.text);
            Ok(true)
        }
        Err(e) => fail(e),
    }
}
