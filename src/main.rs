//! Starts the browser app. (being written)
fn main() {}
