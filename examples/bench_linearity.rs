//! Analysis time on pathological text of a given size, for `scripts/bench.sh`
//! (issue 8: analysis must stay linear in the text length).
//!
//! ```text
//! cargo run --profile native --example bench_linearity -- CASE MEGABYTES
//! ```
//!
//! CASE is one of
//! - `one-line`: ordinary news sentences with no line break at all;
//! - `quote-marks`: a flood of straight and curly quote marks between short words
//!   (1 MB holds about 100,000 of them), mostly unbalanced;
//! - `nested-quotes`: quotes opened inside quotes, thousands deep, closed at the end.
//!
//! Prints one JSON object: the case, the size, the seconds `analyze` took and, from a
//! second run stage by stage, the seconds of each stage. The caller runs sizes 1, 2, 4,
//! 8 MB under a time limit and compares seconds per MB.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use article_explorer::analysis::analyze;
use chrono::NaiveDate;

#[path = "support/stages.rs"]
mod stages;

/// Ordinary news prose: speech verbs, names, dates and quotes, so every stage has work.
const PROSE: &str = "On March 17, 2025, Foreign Minister Anna Berg said the talks in Geneva would resume \
next Tuesday. \"We are not in a hurry,\" she told reporters at the ministry. Opposition leader \
John Park disagreed, saying the government had wasted three weeks since the summit last month. ";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (case, mb) = match args.as_slice() {
        [case, mb] => match mb.parse::<f64>() {
            Ok(mb) if mb > 0.0 => (case.as_str(), mb),
            _ => return usage(),
        },
        _ => return usage(),
    };
    let bytes = (mb * 1_000_000.0) as usize;
    let Some(text) = make(case, bytes) else { return usage() };
    let published = NaiveDate::from_ymd_opt(2025, 3, 18);
    let start = Instant::now();
    let analysis = analyze(black_box(&text), published);
    let seconds = start.elapsed().as_secs_f64();
    // Once more stage by stage, to name the stage that grows.
    let mut acc = [0.0; 5];
    stages::time_stages(&text, published, &mut acc);
    println!(
        r#"{{"case":"{case}","bytes":{},"seconds":{seconds:.6},"s_per_mb":{:.6},"stages":{},"quotes":{},"timexes":{},"sentences":{}}}"#,
        text.len(),
        seconds / (text.len() as f64 / 1e6),
        stages::stages_json(&acc, 1.0),
        analysis.quotes.len(),
        analysis.timexes.len(),
        analysis.sentences.len()
    );
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: bench_linearity one-line|quote-marks|nested-quotes MEGABYTES");
    ExitCode::from(2)
}

/// About `bytes` bytes of the named pathological text (always valid UTF-8).
fn make(case: &str, bytes: usize) -> Option<String> {
    let mut text = String::with_capacity(bytes + 64);
    match case {
        "one-line" => {
            while text.len() < bytes {
                text.push_str(PROSE);
            }
        }
        "quote-marks" => {
            // Ten bytes per mark on average: every kind of quote mark, rarely balanced.
            const UNIT: [&str; 6] = ["\" he ", "“ said ", "” we ", "' it ", "‘ is ", "’ so "];
            let mut i = 0;
            while text.len() < bytes {
                text.push_str(UNIT[i % UNIT.len()]);
                i += 1;
            }
        }
        "nested-quotes" => {
            // Half the text opens quotes inside quotes; the other half closes them.
            const OPEN: [&str; 2] = ["She said, \"He told me, ", "they said, “I heard that "];
            const CLOSE: [&str; 2] = ["it was over.\" ", "nothing changed.” "];
            let mut depth = 0;
            while text.len() < bytes / 2 {
                text.push_str(OPEN[depth % 2]);
                depth += 1;
            }
            while depth > 0 {
                depth -= 1;
                text.push_str(CLOSE[depth % 2]);
            }
        }
        _ => return None,
    }
    Some(text)
}
