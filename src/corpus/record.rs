//! The CLI's analysis record: one JSON object per document (`analyze` prints JSON Lines).
//!
//! ```text
//! {"schema":"article-explorer.analysis/1","source":"path","published":"YYYY-MM-DD"|null,
//!  "title":..,"outlet":..,"sentences":[..],"quotes":[..],"timexes":[..],"events":[..],"entities":[..]}
//! ```
//! All offsets are code-point offsets into the article body. The field names are stable:
//! fields may be added, never renamed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::analysis::analyze;
use crate::corpus::Article;
use crate::model::Analysis;

/// Schema tag of [`AnalysisRecord`].
pub const ANALYSIS_SCHEMA: &str = "article-explorer.analysis/1";

/// One analysed document as the CLI prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalysisRecord {
    /// Always [`ANALYSIS_SCHEMA`].
    pub schema: String,
    /// The file the article came from (with `#N` for the N-th article of a JSON file).
    pub source: String,
    /// The publication date used to resolve relative dates, if known.
    pub published: Option<NaiveDate>,
    /// Headline, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Outlet, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The analysis, offsets in code points.
    #[serde(flatten)]
    pub analysis: Analysis,
}

impl AnalysisRecord {
    /// Analyses `article` (publication date overridden by `date` when given).
    pub fn analyze(source: String, article: &Article, date: Option<NaiveDate>) -> Self {
        let published = date.or(article.published);
        let analysis = analyze(&article.body, published).to_char_offsets(&article.body);
        AnalysisRecord {
            schema: ANALYSIS_SCHEMA.to_string(),
            source,
            published,
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            analysis,
        }
    }
}
