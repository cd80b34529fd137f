//! brat standoff annotation (PolNeAR): lines that do not parse are skipped, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(ann) = std::str::from_utf8(data) else { return };
    let doc = article_explorer::eval::brat::parse(ann);
    let _ = doc.attributions();
});
