//! The golden test: the seed article, annotated as a careful human reader would.
//!
//! The article (samples/000_25ef3079c59d7f51.txt) quotes a Japanese defence analyst,
//! Heio Chinji, four times, in single quote marks; it also scare-quotes three terms
//! ('land,' 'nuclear power plants,' and 'specific assets') that are not speech. It
//! dates two things: the experts' comments (March 17, 2025) and the call (March 18).

use article_explorer::analysis::analyze;
use article_explorer::corpus::parse_article;
use article_explorer::model::{Analysis, EntityType, Granularity, QuoteKind, TimexType};

/// The sample file: two metadata lines (title, date) above the seed's body.
const SAMPLE: &str = include_str!("../samples/000_25ef3079c59d7f51.txt");

/// The seed's body, exactly as published in the seed set.
const SEED: &str = {
    let bytes = SAMPLE.as_bytes();
    // Skip the metadata header: everything up to and including the first blank line.
    let mut i = 0;
    while i + 1 < bytes.len() && !(bytes[i] == b'\n' && bytes[i + 1] == b'\n') {
        i += 1;
    }
    let (_, body) = bytes.split_at(i + 2);
    match std::str::from_utf8(body) {
        Ok(s) => s,
        Err(_) => panic!("sample is UTF-8"),
    }
};

/// The seed analysed without a publication date: relative dates resolve against the
/// dates written in the text.
fn seed() -> Analysis {
    analyze(SEED, None)
}

#[test]
fn the_sample_file_reads_as_the_seed_with_its_date() {
    let articles = parse_article("seed.txt", SAMPLE.as_bytes()).unwrap();
    assert_eq!(articles[0].body, SEED);
    assert_eq!(articles[0].published.map(|d| d.to_string()).as_deref(), Some("2025-03-17"));
    if let Ok(shared) = std::fs::read_to_string("../shared/seeds/000_25ef3079c59d7f51.txt") {
        assert_eq!(SEED, shared, "the sample's body is the seed byte for byte");
    }
    // With the publication date given, the call still falls on March 18.
    let dated = analyze(SEED, articles[0].published);
    let call = dated.timexes.iter().find(|t| t.text == "March 18").map(|t| t.value.as_str());
    assert_eq!(call, Some("2025-03-18"));
}

/// The byte span of `needle` in the seed (first occurrence).
fn find(needle: &str) -> (usize, usize) {
    let start = SEED.find(needle).unwrap_or_else(|| panic!("{needle:?} not in seed"));
    (start, start + needle.len())
}

#[test]
fn the_four_quotes_are_found_with_heio_chinji_as_speaker() {
    let a = seed();
    let direct: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    let expected = [
        ("Russia is demanding not only", "as its territory.", "Heio", &["stating", "elaborated"][..]),
        ("When Trump mentions power plants", "operations at this facility.", "Heio", &["indicated"][..]),
        ("Russia is not rushing to achieve", "as much as possible.", "He", &["noted"][..]),
        ("Trump may ask Putin why countries", "fire exercises", "Heio", &["pointed out"][..]),
    ];
    assert_eq!(direct.len(), expected.len(), "direct quotes: {:#?}", direct);
    for (q, (begins, ends, mention, cues)) in direct.iter().zip(expected) {
        assert!(q.text.starts_with(begins) && q.text.trim_end_matches(',').ends_with(ends), "{:?}", q.text);
        let inner = &SEED[q.start..q.end];
        assert!(!inner.starts_with('\'') && !inner.ends_with('\''), "the span excludes the quote marks: {inner:?}");
        assert_eq!(q.speaker.name.as_deref(), Some("Heio Chinji"), "speaker of {:?}", q.text);
        let span = q.speaker.span().expect("speaker mention span");
        assert_eq!(&SEED[span.start..span.end], mention, "mention of {:?}", q.text);
        let cue = q.cue.as_ref().expect("cue");
        assert!(cues.contains(&cue.text.as_str()), "cue {:?} for {:?}", cue.text, q.text);
        assert_eq!(&SEED[cue.start..cue.end], cue.text);
    }
}

#[test]
fn scare_quotes_are_not_quotes() {
    let a = seed();
    for term in ["'land,'", "'nuclear power plants,'", "'specific assets'"] {
        let (start, end) = find(term);
        assert!(
            !a.quotes.iter().any(|q| q.kind != QuoteKind::Indirect && q.start < end && start < q.end),
            "{term} was taken for a quote"
        );
    }
}

#[test]
fn both_dates_resolve_and_become_events() {
    let a = seed();
    let value_of = |text: &str| a.timexes.iter().find(|t| t.text == text).map(|t| (t.kind, t.value.as_str()));
    assert_eq!(value_of("March 17, 2025"), Some((TimexType::Date, "2025-03-17")));
    assert_eq!(value_of("March 18"), Some((TimexType::Date, "2025-03-18")));
    let events: Vec<_> = a.events.iter().map(|e| (e.date.as_str(), e.granularity, e.sentence)).collect();
    assert_eq!(events, [("2025-03-17", Granularity::Day, 0), ("2025-03-18", Granularity::Day, 1)]);
}

#[test]
fn the_main_entities_are_typed_and_their_mentions_merged() {
    let a = seed();
    let expected = [
        ("Donald Trump", EntityType::Person, 10),
        ("Vladimir Putin", EntityType::Person, 7),
        ("Heio Chinji", EntityType::Person, 5),
        ("NHK", EntityType::Org, 1),
        ("National Institute for Defense Studies", EntityType::Org, 1),
        ("Ministry of Defense", EntityType::Org, 1),
        ("Japan", EntityType::Place, 1),
        ("Russia", EntityType::Place, 6),
        ("Ukraine", EntityType::Place, 2),
        ("Europe", EntityType::Place, 2),
        ("U.S.", EntityType::Place, 3),
        ("Zaporizhzhia Nuclear Power Plant", EntityType::Place, 1),
    ];
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for (name, kind, mentions) in expected {
        let e = a.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name:?} in {names:?}"));
        assert_eq!((e.kind, e.mentions.len()), (kind, mentions), "{name}");
    }
    // Nothing else: no sentence openers ("Further", "Overall"), no demonyms ("Russian").
    assert_eq!(a.entities.len(), expected.len(), "{names:?}");
    // Every "Trump" in the article (10 of them) is a mention of the one Donald Trump.
    let trump = a.entities.iter().find(|e| e.name == "Donald Trump").unwrap();
    assert!(trump.mentions.iter().all(|m| matches!(&SEED[m.start..m.end], "Trump" | "Donald Trump")));
}
