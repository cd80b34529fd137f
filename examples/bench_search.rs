//! Times the search benchmark's query set natively on a corpus written by
//! `benches/make_corpus.py` (`texts.jsonl`): `cargo run --release --example bench_search -- FILE`.
//! Prints p50 / p95 per query class (ms), as `benches/search/search.js` measures in wasm;
//! with `DUMP=1` also every query's hits (for comparing two versions' results).

use article_explorer::search::{Index, Kind, Record, Target};
use std::time::Instant;

const CLASSES: [(&str, &[&str]); 5] = [
    ("common", &["the", "said", "president", "people", "trump"]),
    ("rare", &["dignitaries", "schneiderman", "burdensome", "serbian", "countdown"]),
    ("pairs", &["white house", "supreme court", "health care", "foreign policy", "hillary clinton"]),
    ("prefixes", &["presid", "elect", "camp", "nucl", "immigr"]),
    ("typos", &["goverment", "presidnet", "campaing"]),
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: bench_search TEXTS.jsonl [ROUNDS]")?;
    let rounds: usize = std::env::args().nth(2).map_or(Ok(20), |r| r.parse())?;
    let data = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let mut texts = Vec::new();
    let mut index = Index::default();
    for (i, line) in data.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        let title = v["title"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let target = Target { article: Some(i), ..Target::default() };
        index.add_with_body(Record { kind: Kind::Article, title, body: String::new(), target, quoted: false }, &text);
        texts.push(text);
    }
    index.finish();
    let mut all = Vec::new();
    for (class, queries) in CLASSES {
        let mut times = Vec::new();
        for _ in 0..rounds {
            for q in queries {
                if std::env::var_os("DUMP").is_some() {
                    println!("{q}: {:?}", index.search_with(q, 50, |i, _| texts[i].as_str()));
                }
                let t = Instant::now();
                let hits = index.search_with(q, 50, |i, _| texts[i].as_str());
                times.push(t.elapsed().as_secs_f64() * 1e3);
                std::hint::black_box(hits);
            }
        }
        crate::sort(&mut times);
        println!("{class:9} p50 {:.3} ms  p95 {:.3} ms", percentile(&times, 0.5), percentile(&times, 0.95));
        all.extend(times);
    }
    crate::sort(&mut all);
    println!(
        "{:9} p50 {:.3} ms  p95 {:.3} ms  ({} articles)",
        "all",
        percentile(&all, 0.5),
        percentile(&all, 0.95),
        texts.len()
    );
    Ok(())
}

fn sort(v: &mut [f64]) {
    v.sort_by(f64::total_cmp);
}
