//! TempEval-3 TimeML documents.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(tml) = std::str::from_utf8(data) else { return };
    if let Ok(doc) = article_explorer::eval::timeml::parse(tml) {
        for t in &doc.timexes {
            assert!(t.start <= t.end && t.end <= doc.text.len(), "timex outside the text");
            assert!(doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end));
        }
    }
});
