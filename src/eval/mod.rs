//! Evaluation against annotated news data, with the scoring conventions of
//! `../shared/bench/README.md`:
//!
//! - [`quotes`] — quotes and speakers on PolNeAR (brat standoff, read by [`brat`]);
//! - [`timex`] — temporal expressions on TempEval-3 (TimeML, read by [`timeml`]);
//! - [`entities`] — sentences and entity types on GUM and MEANTIME (read by [`gum`]).
//!
//! Each `run(dir, show_errors)` returns a printable report, or an error naming the
//! directory when the data is absent. Each `run_with` also scores another tool's output
//! ([`predictions`]) with the same scorer, and `texts` lists the documents exactly as
//! scored, for that tool to analyse: the side-by-side evaluation of `scripts/eval-peers.sh`.

pub mod brat;
pub mod entities;
pub mod gum;
pub mod predictions;
pub mod quotes;
pub mod timeml;
pub mod timex;

/// `n / d`, or 0 when `d` is 0.
pub(crate) fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        n as f64 / d as f64
    }
}

/// Harmonic mean of precision and recall (0 when both are 0).
pub(crate) fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// A scorer's report: the printable table and its figures as JSON.
#[derive(Clone, Debug)]
pub struct Report {
    /// The table (and error lists) as printed.
    pub text: String,
    /// The main figures, for tables built from several runs.
    pub json: serde_json::Value,
}
