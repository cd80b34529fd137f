//! Times each stage of `analysis::analyze` separately, in the order `analyze` runs
//! them, so a benchmark that misses its goal (or grows superlinearly) says which stage
//! limits it. Shared by the benchmark examples (`#[path]`-included).

use std::hint::black_box;
use std::time::Instant;

use article_explorer::analysis::{entities, events, quotes, sentences, timex};
use chrono::NaiveDate;

/// Stage names, in pipeline order.
pub const STAGES: [&str; 5] = ["sentences", "entities", "quotes", "timex", "events"];

/// Runs the pipeline once on `text`, adding each stage's seconds to `acc`.
pub fn time_stages(text: &str, published: Option<NaiveDate>, acc: &mut [f64; 5]) {
    let t = Instant::now();
    let sents = sentences::split(text);
    acc[0] += t.elapsed().as_secs_f64();
    let t = Instant::now();
    let ents = entities::extract(text, &sents);
    acc[1] += t.elapsed().as_secs_f64();
    let t = Instant::now();
    let quotes = quotes::extract(text, &sents, &ents);
    acc[2] += t.elapsed().as_secs_f64();
    let t = Instant::now();
    let timexes = timex::extract(text, &sents, published);
    acc[3] += t.elapsed().as_secs_f64();
    let t = Instant::now();
    black_box(events::build(text, &sents, &timexes, &quotes, &ents));
    acc[4] += t.elapsed().as_secs_f64();
}

/// `{"sentences":s,...}` with each value divided by `div`.
pub fn stages_json(acc: &[f64; 5], div: f64) -> String {
    let parts: Vec<String> = STAGES.iter().zip(acc).map(|(n, s)| format!(r#""{n}":{:.6}"#, s / div)).collect();
    format!("{{{}}}", parts.join(","))
}
