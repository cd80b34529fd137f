//! Temporal expressions. (placeholder: being written)

use chrono::NaiveDate;

use crate::model::{Sentence, Timex};

/// Finds and normalises temporal expressions (byte offsets).
pub fn extract(_text: &str, _sentences: &[Sentence], _published: Option<NaiveDate>) -> Vec<Timex> {
    Vec::new()
}
