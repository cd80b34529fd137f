//! Starts the browser app: renders [`App`] into `<body>`.
//!
//! Not when the page embeds the explorer instead (`article-explorer.js` sets
//! [`article_explorer::embed::EMBED_FLAG`] before loading the wasm and calls `mount`).
//! A page that carries its corpus inline (the single file of `export-html`) shows it
//! without fetching anything.

use article_explorer::app::{services, App, AppProps};

// talc instead of Rust's default allocator on wasm32 (dlmalloc): smaller (the app's wasm
// -2.4 KB gzip) and faster; it grows the wasm memory as dlmalloc does.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    if article_explorer::embed::page_embeds() {
        return;
    }
    // The single file opens from disk, where the analysis worker cannot start: no import.
    let inline = services::inline_corpus();
    let props = AppProps { import: inline.is_none(), corpus_json: inline.map(Into::into), ..AppProps::default() };
    yew::Renderer::<App>::with_props(props).render();
}
