//! The shared hand-annotated test bundle (see `tests/fixtures/bundle.rs`).
#![allow(dead_code, missing_docs)]

mod article_explorer {
    pub use crate::*;
}

include!("../../tests/fixtures/bundle.rs");
