//! Properties every analysis must keep on any input: spans inside the text, on character
//! boundaries, ordered; indices that point at something; code-point output consistent.

use article_explorer::analysis::analyze;
use article_explorer::model::Span;
use proptest::prelude::*;

/// Text built from news-like pieces: words, names, dates, every quote mark, apostrophes,
/// abbreviations, newlines and multibyte characters, in any order.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("said".to_string()),
        Just("Trump".to_string()),
        Just("Heio Chinji".to_string()),
        Just("March 18".to_string()),
        Just("2025".to_string()),
        Just("last week".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("Japan's".to_string()),
        Just("Russia’s".to_string()),
        Just("'90s".to_string()),
        prop::sample::select(vec![
            "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "``", "''", ",", ".", "?", "!", ":", "(", ")", "\n", "\n\n",
            "—", "日本"
        ])
        .prop_map(str::to_string),
        "[A-Za-z]{1,8}",
        "\\PC{0,4}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|parts| parts.join(" "))
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(span.start <= span.end && span.end <= text.len(), "{what} {span:?} outside text of {}", text.len());
    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span:?} splits a char");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_inside_the_text_on_char_boundaries_and_ordered(text in newsy_text()) {
        let a = analyze(&text, None);
        let mut prev_end = 0;
        for s in &a.sentences {
            check_span(&text, s.span(), "sentence")?;
            prop_assert!(s.start >= prev_end, "sentences overlap or are out of order");
            prop_assert!(s.start < s.end, "empty sentence");
            prev_end = s.end;
        }
        let mut prev = 0;
        for q in &a.quotes {
            check_span(&text, q.span(), "quote")?;
            prop_assert!(q.start >= prev, "quotes out of order");
            prev = q.start;
            if let Some(span) = q.speaker.span() { check_span(&text, span, "speaker")?; }
            if let Some(c) = &q.cue { check_span(&text, c.span(), "cue")?; }
            prop_assert!(q.speaker.entity.is_none_or(|e| e < a.entities.len()));
            prop_assert!(q.sentence < a.sentences.len().max(1));
        }
        let mut prev = 0;
        for t in &a.timexes {
            check_span(&text, t.span(), "timex")?;
            prop_assert!(t.start >= prev, "timexes overlap or are out of order");
            prev = t.end;
            prop_assert_eq!(t.span().slice(&text), t.text.as_str());
        }
        for e in &a.entities {
            prop_assert!(!e.mentions.is_empty());
            for m in &e.mentions { check_span(&text, m.span(), "mention")?; }
        }
        for ev in &a.events {
            prop_assert!(ev.sentence < a.sentences.len());
            prop_assert!(ev.timex < a.timexes.len());
            prop_assert!(article_explorer::analysis::events::period_of(&ev.date).is_some(), "event date {} has no period", ev.date);
        }
    }

    #[test]
    fn code_point_offsets_round_trip(text in newsy_text()) {
        let bytes = analyze(&text, None);
        let chars = bytes.clone().to_char_offsets(&text);
        let n = text.chars().count();
        for s in &chars.sentences { prop_assert!(s.end <= n); }
        prop_assert_eq!(chars.to_byte_offsets(&text), bytes);
    }
}
