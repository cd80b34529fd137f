//! Properties every analysis must keep on any input: spans inside the text, on character
//! boundaries, ordered; indices that point at something; normalised dates that are real
//! dates; code-point output consistent. And every parser (article formats, the corpus
//! bundle, TimeML, brat, the URL hash) answers any input with a value or an error, never
//! a panic; a bundle that loads draws every view. The same invariants are fuzzed by
//! `fuzz/` (scripts/fuzz.sh).

use article_explorer::analysis::analyze;
use article_explorer::corpus::{parse_article, Article, Bundle, BundleArticle};
use article_explorer::eval::{brat, timeml};
use article_explorer::model::{Span, TimexType};
use article_explorer::view::corpus::Corpus;
use article_explorer::view::route::Route;
use article_explorer::view::{quotes, reader, timeline};
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

/// A TIMEX3 DATE value that names a calendar day, month or week names a real one
/// (`2025-02-30`, month 13 or week 54 are not).
fn date_value_is_real(value: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = value.split('T').next().unwrap_or("").split('-').collect();
    if parts.len() < 2 || parts[0].len() != 4 || !digits(parts[0]) {
        return true;
    }
    let year: i32 = parts[0].parse().unwrap();
    if digits(parts[1]) {
        let month: u32 = parts[1].parse().unwrap();
        match parts.get(2).filter(|d| digits(d)) {
            Some(day) => chrono::NaiveDate::from_ymd_opt(year, month, day.parse().unwrap()).is_some(),
            None => (1..=12).contains(&month),
        }
    } else if let Some(w) = parts[1].strip_prefix('W').filter(|w| digits(w)) {
        (1..=53).contains(&w.parse::<u32>().unwrap())
    } else {
        true
    }
}

#[test]
fn date_value_check_refuses_impossible_dates() {
    for ok in ["2025-03-18", "2024-02-29", "2025-03", "2025-W12", "2025-SP", "199", "2025-03-18T15:00", "XXXX-WXX-2"] {
        assert!(date_value_is_real(ok), "{ok}");
    }
    for bad in ["2025-02-29", "2025-13", "2025-00-10", "2025-W54", "2025-04-31T10:00"] {
        assert!(!date_value_is_real(bad), "{bad}");
    }
}

/// Builds every view model the app draws, as the app does after loading a bundle.
fn draw_every_view(corpus: &Corpus) {
    for doc in &corpus.articles {
        let _ = reader::paragraphs(doc);
        for i in 0..doc.analysis.sentences.len() {
            let _ = reader::marks_in(corpus, doc, i);
        }
        for q in 0..doc.analysis.quotes.len() {
            let _ = quotes::context(doc, q, 1);
        }
    }
    let cards = quotes::cards(corpus);
    let _ = quotes::facets(corpus, &cards, &quotes::Filter::default());
    let items = timeline::items(corpus);
    let window = timeline::Window::fit(&items, &[]);
    for mode in timeline::LaneMode::ALL {
        let lanes = timeline::lanes(corpus, &items, mode);
        let _ = timeline::layout(&items, &lanes, window, 960.0);
    }
    let index = article_explorer::search::Index::from_corpus(corpus);
    for q in ["said", "nuclear", "Zaporizhzhia"] {
        let _ = index.search(q, 10);
    }
}

/// A bundle of one analysed article, as JSON.
fn bundle_json(text: &str) -> String {
    let article = Article { body: text.to_string(), ..Article::default() };
    Bundle::new(vec![BundleArticle::from_article("a".into(), "a.txt".into(), article)]).to_json()
}

/// Article files: metadata lines, front matter and JSON made of plausible and broken pieces.
fn article_file() -> impl Strategy<Value = (String, Vec<u8>)> {
    let key = prop::sample::select(vec!["Title", "date", "Published", "source", "URL", "byline", "Author", "x", ""]);
    let value = prop_oneof![
        Just("2025-03-17".to_string()),
        Just("2025-02-30".to_string()),
        Just("2025-03-17T10:00:00Z".to_string()),
        Just("\"quoted\"".to_string()),
        "\\PC{0,12}",
    ];
    let line =
        (key, prop::sample::select(vec![": ", ":", " : ", " "]), value).prop_map(|(k, s, v)| format!("{k}{s}{v}"));
    let lines = prop::collection::vec(line, 0..5);
    (lines, newsy_text(), 0..5usize, prop::collection::vec(any::<u8>(), 0..8)).prop_map(|(lines, body, form, noise)| {
        let meta = lines.join("\n");
        match form {
            0 => ("a.txt".to_string(), format!("{meta}\n\n{body}").into_bytes()),
            1 => ("a.md".to_string(), format!("---\n{meta}\n---\n{body}").into_bytes()),
            2 => ("a.md".to_string(), format!("---\n{meta}\n{body}").into_bytes()),
            3 => {
                let json = serde_json::json!({"title": meta, "date": lines_first(&meta), "text": body});
                ("a.json".to_string(), json.to_string().into_bytes())
            }
            _ => {
                let mut bytes = format!("{meta}\n\n{body}").into_bytes();
                bytes.extend(noise);
                ("a.txt".to_string(), bytes)
            }
        }
    })
}

fn lines_first(s: &str) -> String {
    s.lines().next().unwrap_or("").to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn article_files_are_read_or_refused_never_a_panic((name, bytes) in article_file()) {
        if let Ok(articles) = parse_article(&name, &bytes) {
            prop_assert!(std::str::from_utf8(&bytes).is_ok());
            for a in &articles {
                let _ = analyze(&a.body, a.published);
            }
        }
    }

    #[test]
    fn any_bytes_in_any_format_are_read_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..300), ext in prop::sample::select(vec!["txt", "md", "markdown", "json"])) {
        let _ = parse_article(&format!("f.{ext}"), &bytes);
    }

    /// A bundle cut anywhere, or with any one number, string or bracket changed, is
    /// refused with a message or loads leniently; what loads draws every view.
    #[test]
    fn damaged_bundles_never_panic(text in newsy_text(), cut in any::<prop::sample::Index>(), edit in any::<prop::sample::Index>(), with in prop::sample::select(vec!["9999999", "-1", "0", "1.5", "null", "\"\"", "[", "}", "\"x\"", "18446744073709551616"])) {
        let json = bundle_json(&text);
        let truncated = &json[..json.char_indices().map(|(i, _)| i).nth(cut.index(json.chars().count())).unwrap_or(0)];
        let whole = truncated.trim_end().ends_with('}');
        prop_assert!(Corpus::load(truncated).is_err() || whole, "a truncated bundle loaded");
        // Replace one token (a run of digits, or one structural character) with `with`.
        let bytes = json.as_bytes();
        let at = edit.index(json.len());
        let (mut a, mut b) = (at, at + 1);
        while a > 0 && bytes[a - 1].is_ascii_digit() && bytes[at].is_ascii_digit() { a -= 1; }
        while b < bytes.len() && bytes[b].is_ascii_digit() && bytes[at].is_ascii_digit() { b += 1; }
        if json.is_char_boundary(a) && json.is_char_boundary(b) {
            let edited = format!("{}{}{}", &json[..a], with, &json[b..]);
            if let Ok(corpus) = Corpus::load(&edited) {
                draw_every_view(&corpus);
            }
        }
    }

    #[test]
    fn any_text_as_a_bundle_is_refused_or_loaded(s in "\\PC{0,200}") {
        if let Ok(corpus) = Corpus::load(&s) { draw_every_view(&corpus); }
    }

    #[test]
    fn timeml_never_panics(body in prop::collection::vec(prop_oneof![
        Just("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-27\">".to_string()),
        Just("</TIMEX3>".to_string()), Just("<TEXT>".to_string()), Just("</TEXT>".to_string()),
        Just("<DCT>".to_string()), Just("</DCT>".to_string()), Just("&amp;".to_string()), Just("&#x41;".to_string()),
        Just("&".to_string()), Just("<".to_string()), Just(">".to_string()), Just("<!-- c -->".to_string()),
        "\\PC{0,6}",
    ], 0..30)) {
        let tml = body.concat();
        if let Ok(doc) = timeml::parse(&tml) {
            for t in &doc.timexes {
                prop_assert!(t.start <= t.end && t.end <= doc.text.len());
                prop_assert!(doc.text.is_char_boundary(t.start) && doc.text.is_char_boundary(t.end));
            }
        }
    }

    #[test]
    fn brat_never_panics(lines in prop::collection::vec(prop_oneof![
        "T[0-9]{1,2}\t[A-Za-z]{0,8} [0-9]{1,3} [0-9]{1,3}(;[0-9]{1,3} [0-9]{1,3})?\t\\PC{0,8}",
        "E[0-9]{1,2}\t([A-Za-z]{1,8}:[TE][0-9]{1,2} ?){0,4}",
        "[A-Z#][0-9]{0,2}\t\\PC{0,12}",
        "\\PC{0,20}",
    ], 0..20)) {
        let doc = brat::parse(&lines.join("\n"));
        let _ = doc.attributions();
    }

    #[test]
    fn any_url_hash_is_a_route_that_survives_its_own_hash(hash in "#?\\PC{0,60}") {
        let route = Route::parse(&hash);
        prop_assert_eq!(Route::parse(&route.to_hash()).to_hash(), route.to_hash());
    }
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
            if t.kind == TimexType::Date {
                prop_assert!(date_value_is_real(&t.value), "DATE value {:?} is not a real date", t.value);
            }
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
