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

// ---------------------------------------------------------------- search
// The explorer's search index (`article_explorer::search`) over articles, for the search
// benchmark (benches/search/search.js). The article texts are stored first
// (`search_store`), as the app holds its corpus before indexing it; then
// `search_build` indexes them (timed; the wasm memory it adds is the index's).

use article_explorer::search::{Index, Kind, Record, Target};
use std::cell::RefCell;

#[derive(Default)]
struct Search {
    texts: Vec<String>,
    titles: Vec<String>,
    index: Index,
}

thread_local! {
    static SEARCH: RefCell<Search> = RefCell::new(Search::default());
}

/// Forgets the stored texts and the index.
#[wasm_bindgen]
pub fn search_reset() {
    SEARCH.with(|s| *s.borrow_mut() = Search::default());
}

/// Stores one article (not indexed yet).
#[wasm_bindgen]
pub fn search_store(title: &str, text: &str) {
    SEARCH.with(|s| {
        let mut s = s.borrow_mut();
        s.titles.push(title.to_string());
        s.texts.push(text.to_string());
    });
}

/// Indexes the stored articles; returns the bytes of vocabulary and postings.
#[wasm_bindgen]
pub fn search_build() -> u32 {
    SEARCH.with(|s| {
        let mut s = s.borrow_mut();
        let mut index = Index::default();
        for (i, (title, text)) in s.titles.iter().zip(&s.texts).enumerate() {
            let target = Target { article: Some(i), ..Target::default() };
            let record =
                Record { kind: Kind::Article, title: title.clone(), body: String::new(), target, quoted: false };
            index.add_with_body(record, text);
        }
        index.finish();
        s.index = index;
        s.index.index_bytes() as u32
    })
}

/// Runs one query: ranked hits with their title marks and a highlighted snippet each.
/// Returns the hits + marks found (so the work cannot be optimised away).
#[wasm_bindgen]
pub fn search_query(query: &str, limit: u32) -> u32 {
    SEARCH.with(|s| {
        let s = s.borrow();
        let hits = s.index.search_with(query, limit as usize, |i, _| s.texts[i].as_str());
        hits.iter().map(|h| 1 + h.title_marks.len() + h.snippet_marks.len()).sum::<usize>() as u32
    })
}

/// The ids (article numbers) of the hits, best first: for checking that they agree.
#[wasm_bindgen]
pub fn search_ids(query: &str, limit: u32) -> Vec<u32> {
    SEARCH.with(|s| {
        let s = s.borrow();
        s.index.search_with(query, limit as usize, |i, _| s.texts[i].as_str()).iter().map(|h| h.record as u32).collect()
    })
}
