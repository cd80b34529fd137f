//! Evaluation against annotated news data (PolNeAR quotes, TempEval-3 timexes).
//! (being written)
pub mod brat;
pub mod quotes;
