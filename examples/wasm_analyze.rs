//! The analysis core compiled to wasm, for the Chromium throughput benchmark in
//! `scripts/bench.sh` (benches/wasm/). Built with
//!
//! ```text
//! cargo build --release --example wasm_analyze --target wasm32-unknown-unknown --features csr
//! wasm-bindgen --target web --out-dir benches/out/wasm/pkg \
//!     target/wasm32-unknown-unknown/release/examples/wasm_analyze.wasm
//! ```
//!
//! It exports two functions that the page calls once per article, timing the loop:
//! `analyze_doc(text, published)` (full analysis) and `dates_doc(text, published)`
//! (sentences + dates). Both return how many things they found, so the work cannot be
//! optimised away. Natively the example is an empty program, so `cargo build --examples`
//! and clippy still pass without the `csr` feature.

#[cfg(all(target_arch = "wasm32", feature = "csr"))]
mod exports {
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
}

fn main() {}
