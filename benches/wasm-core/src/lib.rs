//! The analysis core compiled to wasm, for the Chromium throughput benchmark
//! (benches/wasm/bench.js calls these once per article and times the loop).
//! Both return how many things they found, so the work cannot be optimised away.

use article_explorer::analysis::{analyze, sentences, timex};
use chrono::NaiveDate;
use wasm_bindgen::prelude::wasm_bindgen;

/// `YYYY-MM-DD`, or nothing when empty or malformed.
fn date(published: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(published, "%Y-%m-%d").ok()
}

/// Full analysis of one article; returns quotes + timexes + entities found.
#[wasm_bindgen]
pub fn analyze_doc(text: &str, published: &str) -> u32 {
    let a = analyze(text, date(published));
    (a.quotes.len() + a.timexes.len() + a.entities.len()) as u32
}

/// Dates alone (sentence splitting + timex extraction); returns timexes found.
#[wasm_bindgen]
pub fn dates_doc(text: &str, published: &str) -> u32 {
    let sents = sentences::split(text);
    timex::extract(text, &sents, date(published)).len() as u32
}
