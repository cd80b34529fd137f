//! Evaluation against annotated news data, with the scoring conventions of
//! `../shared/bench/README.md`:
//!
//! - [`quotes`] — quotes and speakers on PolNeAR (brat standoff, read by [`brat`]);
//! - [`timex`] — temporal expressions on TempEval-3 (TimeML, read by [`timeml`]);
//! - [`entities`] — sentences and entity types on GUM and MEANTIME (read by [`gum`]).
//!
//! Each `run(dir, show_errors)` returns a printable report, or an error naming the
//! directory when the data is absent.

pub mod brat;
pub mod entities;
pub mod gum;
pub mod quotes;
pub mod timeml;
pub mod timex;
