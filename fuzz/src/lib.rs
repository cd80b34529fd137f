//! Invariants the fuzz targets check on every input (shared by the targets).

use article_explorer::analysis::events::period_of;
use article_explorer::model::{Analysis, Span, TimexType};
use article_explorer::view::corpus::Corpus;
use article_explorer::view::{quotes, reader, timeline};

/// Panics, naming the broken invariant, unless every span of `a` (byte offsets into
/// `text`) lies inside the text on character boundaries, lists are ordered, indices
/// point at something and normalised dates are real dates.
pub fn check_analysis(text: &str, a: &Analysis) {
    check_bounds(text, a);
    let mut prev = 0;
    for s in &a.sentences {
        assert!(s.start >= prev && s.start < s.end, "sentences empty, overlapping or out of order");
        prev = s.end;
    }
    let mut prev = 0;
    for q in &a.quotes {
        assert!(q.start >= prev, "quotes out of order");
        prev = q.start;
        assert!(q.sentence < a.sentences.len().max(1), "quote sentence out of range");
    }
    let mut prev = 0;
    for t in &a.timexes {
        assert!(t.start >= prev, "timexes overlap or are out of order");
        prev = t.end;
        assert_eq!(t.span().slice(text), t.text, "timex text differs from its span");
        if t.kind == TimexType::Date {
            check_date_value(&t.value);
        }
    }
    for e in &a.entities {
        assert!(!e.mentions.is_empty(), "entity without mentions");
    }
    for ev in &a.events {
        assert!(ev.timex < a.timexes.len(), "event timex out of range");
        assert!(period_of(&ev.date).is_some(), "event date {:?} is not a period", ev.date);
    }
}

/// What holds for any analysis the app accepts, including one from a hand-made bundle
/// (whose lists need not be ordered): spans inside the text on character boundaries,
/// indices that point at something.
pub fn check_bounds(text: &str, a: &Analysis) {
    let span = |what: &str, s: Span| {
        assert!(s.start <= s.end && s.end <= text.len(), "{what} {s:?} outside the text ({} bytes)", text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what} {s:?} splits a character");
    };
    for s in &a.sentences {
        span("sentence", s.span());
    }
    for q in &a.quotes {
        span("quote", q.span());
        if let Some(s) = q.speaker.span() {
            span("speaker", s);
        }
        if let Some(c) = &q.cue {
            span("cue", c.span());
        }
        assert!(q.speaker.entity.is_none_or(|e| e < a.entities.len()), "speaker entity out of range");
    }
    for t in &a.timexes {
        span("timex", t.span());
    }
    for e in &a.entities {
        for m in &e.mentions {
            span("mention", m.span());
        }
    }
    for ev in &a.events {
        assert!(ev.sentence < a.sentences.len(), "event sentence out of range");
        assert!(ev.quotes.iter().all(|&q| q < a.quotes.len()), "event quote out of range");
        assert!(ev.entities.iter().all(|&e| e < a.entities.len()), "event entity out of range");
    }
}

/// A TIMEX3 DATE value with a calendar date in it names a real day, month or week.
pub fn check_date_value(value: &str) {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = value.split('T').next().unwrap_or("").split('-').collect();
    if parts.len() >= 2 && parts[0].len() == 4 && digits(parts[0]) {
        let year: i32 = parts[0].parse().unwrap();
        if digits(parts[1]) {
            let month: u32 = parts[1].parse().unwrap();
            assert!((1..=12).contains(&month), "DATE value {value:?} has month {month}");
            if let Some(day) = parts.get(2).filter(|d| digits(d)) {
                let day: u32 = day.parse().unwrap();
                assert!(
                    chrono::NaiveDate::from_ymd_opt(year, month, day).is_some(),
                    "DATE value {value:?} is not a calendar day"
                );
            }
        } else if let Some(w) = parts[1].strip_prefix('W').filter(|w| digits(w)) {
            let week: u32 = w.parse().unwrap();
            assert!((1..=53).contains(&week), "DATE value {value:?} has week {week}");
        }
    }
}

/// Builds every view model the app draws from a loaded corpus, so that a bundle which
/// loads cannot make the app panic (a panic in wasm is a blank page).
pub fn exercise_views(corpus: &Corpus) {
    for doc in &corpus.articles {
        check_bounds(&doc.text, &doc.analysis);
        let _ = reader::paragraphs(doc);
        for i in 0..doc.analysis.sentences.len() {
            let _ = reader::marks_in(corpus, doc, i);
        }
        for q in 0..doc.analysis.quotes.len() {
            let _ = quotes::context(doc, q, 1);
        }
        let _ = doc.dateline();
    }
    let cards = quotes::cards(corpus);
    let filter = quotes::Filter::default();
    let _ = quotes::facets(corpus, &cards, &filter);
    for card in cards.iter().take(50) {
        let _ = quotes::citation(corpus, card);
    }
    let items = timeline::items(corpus);
    let published: Vec<i64> = corpus.articles.iter().filter_map(|d| d.published.map(timeline::day)).collect();
    let window = timeline::Window::fit(&items, &published);
    let _ = timeline::ticks(window, 960.0);
    for mode in timeline::LaneMode::ALL {
        let lanes = timeline::lanes(corpus, &items, mode);
        let _ = timeline::layout(&items, &lanes, window, 960.0);
    }
    let index = article_explorer::search::Index::from_corpus(corpus);
    for q in ["said", "the", "a", "Trump", "nuclear", "Zaporizhzhia"] {
        let _ = index.search(q, 20);
    }
}
