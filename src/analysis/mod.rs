//! The analysis pipeline: article text in, [`Analysis`] out.
//!
//! Each stage is its own module with its own tests:
//! [`sentences`] → [`entities`] → [`quotes`] (with [`speakers`]) → [`timex`] → [`events`].
//! Analysis is total: odd text yields fewer results, never an error or a panic.
//! All spans returned are **byte** offsets into `text`; see [`crate::model`].
//!
//! ```
//! use article_explorer::analysis::analyze;
//! let a = analyze("On March 17, 2025, he said: \"We will talk.\"", None);
//! assert!(!a.sentences.is_empty());
//! ```

pub mod entities;
pub mod events;
pub mod quotes;
pub mod sentences;
pub mod speakers;
pub mod timex;

use chrono::NaiveDate;

use crate::model::Analysis;

/// Analyses one article body. `published` anchors relative dates ("yesterday",
/// "March 18"); without it they resolve against the latest fully specified date
/// written before them in the text.
pub fn analyze(text: &str, published: Option<NaiveDate>) -> Analysis {
    let sentences = sentences::split(text);
    let entities = entities::extract(text, &sentences);
    let quotes = quotes::extract(text, &sentences, &entities);
    let timexes = timex::extract(text, &sentences, published);
    let events = events::build(text, &sentences, &timexes, &quotes, &entities);
    Analysis { sentences, quotes, timexes, events, entities }
}
