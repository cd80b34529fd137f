//! Corpus bundles: a bundle that loads (leniently) must draw every view without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

use article_explorer::view::corpus::Corpus;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    if let Ok(corpus) = Corpus::load(json) {
        fuzz_checks::exercise_views(&corpus);
    }
});
