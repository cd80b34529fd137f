//! Native analysis throughput, for `scripts/bench.sh`.
//!
//! Reads every article file in DIR (the crate's own formats, in name order), then times
//! full analysis ([`analyze`]) and dates alone (sentence splitting + [`timex::extract`],
//! which is what a date extractor needs starting from raw text) over them. Small inputs
//! are repeated until each measurement lasts at least `--min-seconds`. Prints one JSON
//! object on stdout.
//!
//! Analysis is meant to be total, but a benchmark of work in progress should still
//! measure: a first untimed pass runs each article under `catch_unwind`, and articles on
//! which either measurement panics are left out of both timings and reported in
//! `panicked` (count, file names, first message) for the caller to flag.
//!
//! ```text
//! cargo run --profile native --example bench_analysis -- DIR [--limit N] [--min-seconds S]
//! ```

use std::hint::black_box;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Instant;

use article_explorer::analysis::{analyze, sentences, timex};
use article_explorer::corpus::{read_article_file, Article};

#[path = "support/stages.rs"]
mod stages;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_analysis: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut dir = None;
    let mut limit = usize::MAX;
    let mut min_seconds = 1.0_f64;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--limit" => limit = parse(args.next(), "--limit")?,
            "--min-seconds" => min_seconds = parse(args.next(), "--min-seconds")?,
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(PathBuf::from(arg)),
            _ => {
                return Err(format!("unknown argument {arg}; usage: bench_analysis DIR [--limit N] [--min-seconds S]"))
            }
        }
    }
    let dir = dir.ok_or("usage: bench_analysis DIR [--limit N] [--min-seconds S]")?;
    let read = read_dir(&dir, limit)?;
    if read.is_empty() {
        return Err(format!("{}: no article files (.txt, .md, .json) found", dir.display()));
    }
    let (articles, panicked) = without_panics(read);
    if articles.is_empty() {
        return Err(format!("analysis panicked on every article; first: {}", first_panic()));
    }
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();

    // Counts of what was found, so a run that silently finds nothing is visible.
    let (mut quotes, mut timexes, mut entities) = (0, 0, 0);
    let full = measure(min_seconds, || {
        (quotes, timexes, entities) = (0, 0, 0);
        for a in &articles {
            let analysis = analyze(black_box(&a.body), a.published);
            quotes += analysis.quotes.len();
            timexes += analysis.timexes.len();
            entities += analysis.entities.len();
            black_box(analysis);
        }
    });
    let mut dates = 0;
    let dates_only = measure(min_seconds, || {
        dates = 0;
        for a in &articles {
            let sents = sentences::split(black_box(&a.body));
            dates += black_box(timex::extract(&a.body, &sents, a.published)).len();
        }
    });

    // Seconds per pass spent in each stage (one more pass, timed stage by stage).
    let mut acc = [0.0; 5];
    let (_, stage_passes) = measure(min_seconds / 2.0, || {
        for a in &articles {
            stages::time_stages(&a.body, a.published, &mut acc);
        }
    });

    let docs = articles.len();
    let report = |(secs, rounds): (f64, usize)| {
        let per_round = secs / rounds as f64;
        format!(
            r#"{{"seconds_per_pass":{per_round:.6},"passes":{rounds},"docs_per_s":{:.3},"mb_per_s":{:.4}}}"#,
            docs as f64 / per_round,
            bytes as f64 / 1e6 / per_round
        )
    };
    let names: Vec<String> = panicked.iter().map(|n| format!("{n:?}")).collect();
    println!(
        r#"{{"docs":{docs},"bytes":{bytes},"full":{},"dates":{},"stage_seconds_per_pass":{},"found":{{"quotes":{quotes},"timexes":{timexes},"entities":{entities},"dates_alone":{dates}}},"panicked":{{"count":{},"files":[{}],"first":{:?}}}}}"#,
        report(full),
        report(dates_only),
        stages::stages_json(&acc, stage_passes as f64),
        panicked.len(),
        names.join(","),
        first_panic()
    );
    Ok(())
}

/// The first panic message seen (location and message), for the report.
static FIRST_PANIC: Mutex<Option<String>> = Mutex::new(None);

fn first_panic() -> String {
    FIRST_PANIC.lock().map(|p| p.clone().unwrap_or_default()).unwrap_or_default()
}

/// Splits off the articles on which analysis or date extraction panics (untimed).
fn without_panics(read: Vec<(String, Article)>) -> (Vec<Article>, Vec<String>) {
    std::panic::set_hook(Box::new(|info| {
        let mut first = FIRST_PANIC.lock().unwrap_or_else(|e| e.into_inner());
        if first.is_none() {
            let message = info
                .payload()
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| info.payload().downcast_ref::<&str>().copied())
                .unwrap_or("");
            // One line: the message quotes article text, newlines and all.
            let message: String = message.chars().take(160).map(|c| if c.is_control() { ' ' } else { c }).collect();
            let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
            *first = Some(format!("{place}: {message}"));
        }
    }));
    let mut ok = Vec::new();
    let mut panicked = Vec::new();
    for (name, a) in read {
        let fine = catch_unwind(AssertUnwindSafe(|| {
            black_box(analyze(&a.body, a.published));
            let sents = sentences::split(&a.body);
            black_box(timex::extract(&a.body, &sents, a.published));
        }))
        .is_ok();
        if fine {
            ok.push(a);
        } else {
            panicked.push(name);
        }
    }
    let _ = std::panic::take_hook();
    (ok, panicked)
}

/// Runs `pass` until at least `min_seconds` have elapsed (at least once); returns the
/// total seconds and the number of passes.
fn measure(min_seconds: f64, mut pass: impl FnMut()) -> (f64, usize) {
    let start = Instant::now();
    let mut rounds = 0;
    loop {
        pass();
        rounds += 1;
        let secs = start.elapsed().as_secs_f64();
        if secs >= min_seconds {
            return (secs, rounds);
        }
    }
}

/// The articles of the first `limit` files of `dir`, in file-name order, with their file names.
fn read_dir(dir: &PathBuf, limit: usize) -> Result<Vec<(String, Article)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: cannot read directory: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md" || x == "json"))
        .collect();
    files.sort();
    let mut articles = Vec::new();
    for path in files.into_iter().take(limit) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for article in read_article_file(&path).map_err(|e| e.to_string())? {
            articles.push((name.clone(), article));
        }
    }
    Ok(articles)
}

fn parse<T: std::str::FromStr>(value: Option<String>, flag: &str) -> Result<T, String> {
    value.and_then(|v| v.parse().ok()).ok_or_else(|| format!("{flag} needs a number"))
}
