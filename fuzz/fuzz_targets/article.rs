//! Article files in every format (plain text with metadata lines, Markdown with front
//! matter, JSON): the reader refuses or accepts, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

use article_explorer::corpus::parse_article;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the format, as the file extension would.
    let Some((&which, bytes)) = data.split_first() else { return };
    let name = ["a.txt", "a.md", "a.json", "a.markdown"][usize::from(which) % 4];
    if let Ok(articles) = parse_article(name, bytes) {
        // Only UTF-8 text is accepted, and something is always read from it.
        assert!(std::str::from_utf8(bytes).is_ok(), "invalid UTF-8 accepted");
        assert!(!articles.is_empty() || name.ends_with(".json"), "a text file read as no article");
    }
});
