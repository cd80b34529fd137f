//! The whole analysis on any text, with and without a publication date: the invariants
//! of `fuzz_checks::check_analysis` hold, the code-point form round-trips, and the
//! article goes through a bundle into every view of the app.
#![no_main]

use libfuzzer_sys::fuzz_target;

use article_explorer::analysis::analyze;
use article_explorer::corpus::{Article, Bundle, BundleArticle};
use article_explorer::view::corpus::Corpus;

fuzz_target!(|data: &[u8]| {
    let Some((&flag, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let published = (flag & 1 == 1).then(|| chrono::NaiveDate::from_ymd_opt(2025, 3, 17).unwrap());
    let a = analyze(text, published);
    fuzz_checks::check_analysis(text, &a);
    let chars = a.clone().to_char_offsets(text);
    assert_eq!(chars.to_byte_offsets(text), a, "code-point offsets do not round-trip");
    if flag & 2 == 2 {
        let article = Article { body: text.to_string(), published, ..Article::default() };
        let bundle = Bundle::new(vec![BundleArticle::from_article("a".into(), "a.txt".into(), article)]);
        let corpus = Corpus::load(&bundle.to_json()).expect("a bundle we wrote loads");
        assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
        fuzz_checks::exercise_views(&corpus);
    }
});
