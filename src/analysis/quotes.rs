//! Quotes. (placeholder: being written)

use crate::model::{Entity, Quote, Sentence};

/// Finds quotes and attributes them (byte offsets).
pub fn extract(_text: &str, _sentences: &[Sentence], _entities: &[Entity]) -> Vec<Quote> {
    Vec::new()
}
