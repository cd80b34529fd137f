//! The URL hash (a link anyone can send): parses to a route and back without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

use article_explorer::view::route::Route;

fuzz_target!(|data: &[u8]| {
    let Ok(hash) = std::str::from_utf8(data) else { return };
    let route = Route::parse(hash);
    let again = Route::parse(&route.to_hash());
    assert_eq!(again.to_hash(), route.to_hash(), "a route does not survive its own hash");
});
