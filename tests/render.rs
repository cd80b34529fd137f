//! Native render tests of the app's components (`cargo test --features ssr`).
//!
//! Each test renders the whole [`App`] on the server with the hand-annotated fixture
//! bundle and a route, then reads the HTML the way a reader would read the page.
//! The same fixture, written to `tests/e2e/fixture-corpus.json`, drives the browser
//! test while the analysis core is being finished (see `scripts/e2e.sh`).
#![cfg(feature = "ssr")]

use std::rc::Rc;

use article_explorer::app::{App, AppProps};
use article_explorer::view::corpus::Corpus;
use article_explorer::view::route::{Route, View};

#[allow(dead_code)]
mod fixture {
    include!("fixtures/bundle.rs");
}

async fn render(corpus: Option<Corpus>, route: Route) -> String {
    let props = AppProps { corpus: corpus.map(Rc::new), route: Some(route) };
    yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

async fn render_view(route: Route) -> String {
    render(Some(fixture::corpus()), route).await
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn the_timeline_places_the_seed_events_on_their_own_days() {
    let march = |d| article_explorer::view::timeline::day(chrono::NaiveDate::from_ymd_opt(2025, 3, d).unwrap()) as f64;
    let window = Some(article_explorer::view::timeline::Window { start: march(10), end: march(25) });
    let html = render_view(Route { window, ..Route::default() }).await;
    assert!(html.contains(r#"data-date="2025-03-17""#), "{html}");
    assert!(html.contains(r#"data-date="2025-03-18""#));
    assert!(html.contains("Published"), "publication dates are marked");
    assert!(html.contains("18 March 2025"), "the list under the plot names the day");
    assert!(html.contains(r#"aria-current="page""#) && html.contains(">Timeline</a>"));
}

#[tokio::test]
async fn a_sentence_selected_elsewhere_is_marked_on_the_timeline() {
    let march = |d| article_explorer::view::timeline::day(chrono::NaiveDate::from_ymd_opt(2025, 3, d).unwrap()) as f64;
    let window = Some(article_explorer::view::timeline::Window { start: march(10), end: march(25) });
    let route = Route { window, article: Some("seed-000".into()), sentence: Some(1), ..Route::default() };
    let html = render_view(route).await;
    assert_eq!(count(&html, "is-selected"), 1, "{html}");
    assert!(html.contains(r#"data-date="2025-03-18" title="#) && html.contains(r#"aria-current="true""#));
}

#[tokio::test]
async fn far_apart_events_cluster_until_zoomed() {
    // The fixture spans 500 BCE to 2025: fitted, the March 2025 events of each article merge.
    let html = render_view(Route::default()).await;
    assert!(html.contains(">500 BCE<"), "{html}");
    assert!(html.contains("2 events, 17 March 2025 to 18 March 2025: zoom in"));
}

#[tokio::test]
async fn a_quote_card_shows_its_speaker_cue_source_and_actions() {
    let html = render_view(Route { view: View::Quotes, ..Route::default() }).await;
    assert_eq!(count(&html, r#"class="card spk-"#), 5, "{html}");
    assert!(html.contains("Heio Chinji"));
    assert!(html.contains(r#"<span class="cue">stating</span>"#));
    assert!(html.contains("Copy with citation") && html.contains("Show context"));
    assert!(html.contains("17 March 2025"));
}

#[tokio::test]
async fn a_speaker_facet_keeps_only_their_quotes() {
    let route = Route { view: View::Quotes, speaker: Some("Ana Ruiz".into()), ..Route::default() };
    let html = render_view(route).await;
    assert_eq!(count(&html, r#"class="card spk-"#), 1);
    assert!(html.contains("1 of 5 quotes"));
    assert!(html.contains(r#"aria-pressed="true""#));
}

#[tokio::test]
async fn a_period_brushed_on_the_timeline_filters_quotes_and_shows_as_a_facet() {
    let day = |m, d| article_explorer::view::timeline::day(chrono::NaiveDate::from_ymd_opt(2025, m, d).unwrap());
    let route = Route { view: View::Quotes, period: Some((day(3, 1), day(3, 5))), ..Route::default() };
    let html = render_view(route).await;
    assert!(html.contains("1 March 2025 – 5 March 2025"), "{html}");
    assert_eq!(count(&html, r#"class="card spk-"#), 1, "only Ana Ruiz's quote is about early March");
}

#[tokio::test]
async fn reported_speech_is_labelled_and_never_shown_in_quote_marks() {
    let mut corpus = fixture::corpus();
    corpus.articles[0].analysis.quotes[3].kind = article_explorer::model::QuoteKind::Indirect;
    let html = render(Some(corpus), Route { view: View::Quotes, ..Route::default() }).await;
    assert!(html.contains("Reported speech"), "{html}");
    assert!(html.contains("</span> Trump may ask Putin why countries have to participate in fire exercises</p>"));
    assert!(!html.contains("“Trump may ask Putin"));
}

#[tokio::test]
async fn hostile_markup_in_article_text_renders_escaped() {
    let route = Route { view: View::Reader, article: Some("dig".into()), ..Route::default() };
    let html = render_view(route).await;
    assert!(html.contains("&lt;script&gt;alert("), "{html}");
    assert!(!html.contains("<script>alert("));
    let quotes = render_view(Route { view: View::Quotes, ..Route::default() }).await;
    assert!(!quotes.contains("<script>alert("));
}

#[tokio::test]
async fn a_deep_link_highlights_its_sentence_and_quote_in_the_reader() {
    let route = Route {
        view: View::Reader,
        article: Some("seed-000".into()),
        sentence: Some(5),
        quote: Some(1),
        ..Route::default()
    };
    let html = render_view(route).await;
    assert!(html.contains(r#"id="s-5" tabindex="0" class="sentence is-selected""#), "{html}");
    assert!(html.contains(r#"class="q spk-0 is-selected""#));
    assert!(html.contains(r#"title="Date: 18 March 2025 (2025-03-18)""#));
    assert!(html.contains("Japanese experts weigh the Trump–Putin call on Ukraine"));
    assert!(html.contains("Sentence 6 of 17"), "the note names the selected sentence");
    assert!(html.contains("<li>Place: Zaporizhzhia Nuclear Power Plant</li>"));
}

#[tokio::test]
async fn search_results_mark_the_matched_words() {
    let route = Route { view: View::Search, find: "zaporizhzhia".into(), ..Route::default() };
    let html = render_view(route).await;
    assert!(html.contains(r#"<mark class="hit">Zaporizhzhia</mark>"#), "{html}");
    assert!(html.contains("result-quote"));
    assert!(html.contains(r#"value="zaporizhzhia""#), "the search box shows the query");
}

#[tokio::test]
async fn loading_empty_and_partly_broken_corpora_say_so() {
    let loading = render(None, Route::default()).await;
    assert!(loading.contains("Loading the articles"));
    let empty = render(Some(Corpus::default()), Route::default()).await;
    assert!(empty.contains("No articles in this corpus"));
    let mut partial = fixture::corpus();
    partial.problems.push("article 2 (x) could not be loaded: sentence span 0..99 lies outside the text".into());
    let html = render(Some(partial), Route::default()).await;
    assert!(html.contains("1 article could not be loaded; the others are shown."));
    assert!(html.contains("lies outside the text"));
}

#[tokio::test]
async fn views_without_data_explain_what_would_appear() {
    let mut corpus = fixture::corpus();
    for a in &mut corpus.articles {
        a.analysis.quotes.clear();
        a.analysis.events.clear();
    }
    let timeline = render(Some(corpus.clone()), Route::default()).await;
    assert!(timeline.contains("No dated events yet"));
    let quotes = render(Some(corpus), Route { view: View::Quotes, ..Route::default() }).await;
    assert!(quotes.contains("No quotes found"));
}

/// The browser test's fixture bundle is the annotated seed article alone (what the real
/// seed bundle should hold once the analysis is complete); `UPDATE_FIXTURES=1` rewrites it.
#[test]
fn the_e2e_fixture_bundle_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixture-corpus.json");
    let want = article_explorer::corpus::Bundle::new(vec![fixture::seed_article()]).to_json();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(have == want, "{path} is stale: run `UPDATE_FIXTURES=1 cargo test --features ssr --test render`");
}

/// Writes the whole fixture (both articles) for looking at by hand:
/// `FIXTURE_OUT=/tmp/full.json cargo test --features ssr --test render write_full_fixture`.
#[test]
fn write_full_fixture() {
    if let Some(path) = std::env::var_os("FIXTURE_OUT") {
        std::fs::write(path, fixture::bundle().to_json()).unwrap();
    }
}

#[tokio::test]
async fn a_timeline_of_many_lanes_draws_those_near_the_viewport_and_lists_the_first_events() {
    use article_explorer::app::components::timeline::{EVENT_LIST_MAX, LANES_ALWAYS};
    let one = fixture::corpus();
    let mut corpus = fixture::corpus();
    corpus.articles.clear();
    for copy in 0..60 {
        for doc in &one.articles {
            let mut doc = doc.clone();
            doc.id = format!("{}-{copy}", doc.id);
            corpus.articles.push(doc);
        }
    }
    let lanes = corpus.articles.len();
    let events: usize = corpus.articles.iter().map(|d| d.analysis.events.len()).sum();
    assert!(lanes > LANES_ALWAYS && events > EVENT_LIST_MAX, "{lanes} lanes, {events} events");
    let html = render(Some(corpus), Route::default()).await;
    assert_eq!(count(&html, r#"<li class="lane">"#), LANES_ALWAYS, "only the lanes near the top are drawn");
    assert_eq!(count(&html, "lane-spacer"), 1, "one spacer below them");
    assert!(
        html.contains(&format!("height:{}px", (lanes - LANES_ALWAYS) * 75)),
        "the spacer is as tall as the lanes it stands for"
    );
    assert_eq!(count(&html, r#"class="event-row""#), EVENT_LIST_MAX);
    assert!(html.contains("more: zoom in to list them"), "the rest of the events are counted");
}
