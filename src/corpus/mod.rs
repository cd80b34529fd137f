//! Reading articles and writing/reading the corpus bundle.
//!
//! - [`article`]: the input formats (plain text with optional metadata lines, Markdown
//!   with front matter, JSON), with errors that name the file and the problem.
//! - [`bundle`]: the versioned corpus bundle the app loads (`static/corpus.json`).
//! - [`shards`]: the sharded corpus (an index plus shards fetched on demand);
//!   [`shard_writer`] cuts bundles into one.
//! - [`record`]: the CLI's per-document analysis record (`article-explorer.analysis/1`).

pub mod article;
pub mod build;
pub mod bundle;
pub mod collect;
pub mod html;
pub mod import;
pub mod record;
pub mod shard_writer;
pub mod shards;

pub use article::{parse_article, read_article_file, Article, FormatError, MAX_ARTICLE_BYTES, MAX_FILE_BYTES};
pub use build::{build_bundle, Built};
pub use bundle::{Bundle, BundleArticle, BundleError, CORPUS_SCHEMA, MAX_BUNDLE_ARTICLES, MAX_BUNDLE_BYTES};
pub use collect::{collect_files, slug};
pub use record::{AnalysisRecord, ANALYSIS_SCHEMA};
