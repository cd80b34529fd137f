//! # article-explorer
//!
//! Turns news articles into something a reader can explore: a timeline of what happened
//! when, and a quote explorer of who said what. This crate holds
//!
//! - the **analysis core** ([`analysis`]): sentences, quotes with speakers, temporal
//!   expressions, entities and timeline events, in pure Rust with no web types, so it
//!   runs natively (CLI, tests, benchmarks) and unchanged in the browser;
//! - **article formats and the corpus bundle** ([`corpus`]);
//! - **evaluation** against annotated news data ([`eval`]);
//! - the **self-contained explorer file** ([`standalone`]);
//! - the **Yew app** (module `app`, behind the `csr`/`ssr` features).
//!
//! ```
//! use article_explorer::analysis::analyze;
//! let text = "Heio Chinji said, \"Russia is not rushing.\"";
//! let analysis = analyze(text, None);
//! for s in &analysis.sentences {
//!     assert!(s.end <= text.len());
//! }
//! ```

#![deny(missing_docs)]

pub mod analysis;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod model;
pub mod search;
pub mod standalone;
pub mod text;
pub mod view;

#[cfg(any(feature = "csr", feature = "ssr"))]
pub mod app;
#[cfg(feature = "csr")]
pub mod embed;
