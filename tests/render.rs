//! Native render tests of the app's components (`cargo test --features ssr`).
//!
//! Each test renders the whole [`App`] on the server with the hand-annotated fixture
//! bundle and a route, then reads the HTML the way a reader would read the page.
//! The same fixture, written to `tests/e2e/fixture-corpus.json`, drives the browser
//! test while the analysis core is being finished (see `scripts/e2e.sh`).
#![cfg(feature = "ssr")]

use std::rc::Rc;

use article_explorer::app::state::{Action, AppState, Load, UrlWrite};
use article_explorer::app::{App, AppProps};
use article_explorer::view::corpus::Corpus;
use article_explorer::view::quotes::Filter;
use article_explorer::view::route::{Route, View};
use yew::Reducible;

#[allow(dead_code)]
mod fixture {
    include!("fixtures/bundle.rs");
}

async fn render(corpus: Option<Corpus>, route: Route) -> String {
    let props = AppProps { corpus: corpus.map(Rc::new), route: Some(route), ..AppProps::default() };
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

async fn render_props(props: AppProps) -> String {
    yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

fn embedded(prefix: &str) -> AppProps {
    AppProps {
        corpus: Some(Rc::new(fixture::corpus())),
        embedded: true,
        sync_url: false,
        id_prefix: prefix.to_string().into(),
        ..AppProps::default()
    }
}

/// Every `id="…"` in the markup.
fn ids(html: &str) -> Vec<&str> {
    html.split(r#" id=""#).skip(1).map(|rest| &rest[..rest.find('"').unwrap()]).collect()
}

#[tokio::test]
async fn every_id_of_an_embedded_instance_carries_its_prefix() {
    for view in [View::Timeline, View::Quotes, View::Reader, View::Search] {
        let route = Route { view, find: "ukraine".into(), sentence: Some(2), ..Route::default() };
        let html = render_props(AppProps { route: Some(route), ..embedded("ae7-") }).await;
        let found = ids(&html);
        assert!(found.len() >= 3, "{view:?}: {html}");
        for id in found {
            assert!(id.starts_with("ae7-"), "{view:?}: id {id} has no prefix");
        }
        // References point at the prefixed ids, so labels and regions stay connected.
        for attr in [r#"aria-labelledby=""#, r#" for=""#] {
            for rest in html.split(attr).skip(1) {
                let target = &rest[..rest.find('"').unwrap()];
                assert!(html.contains(&format!(r#" id="{target}""#)), "{view:?}: {attr}{target} points nowhere");
            }
        }
    }
}

#[tokio::test]
async fn two_instances_on_one_page_share_no_id() {
    let a = render_props(embedded("ae1-")).await;
    let b = render_props(AppProps { view: Some(View::Timeline), ..embedded("ae2-") }).await;
    let (ia, ib) = (ids(&a), ids(&b));
    assert!(!ia.is_empty() && !ib.is_empty());
    assert!(ia.iter().all(|id| !ib.contains(id)), "{ia:?} / {ib:?}");
}

#[tokio::test]
async fn an_embed_is_wrapped_in_its_own_element_and_the_page_is_not() {
    let embed = render_props(embedded("x-")).await;
    assert!(embed.starts_with(r#"<div class="ae-app">"#), "{embed}");
    let page = render_view(Route::default()).await;
    assert!(!page.contains("ae-app"));
    assert!(page.contains(r#"id="main""#) && page.contains(r##"href="#main""##), "the page keeps its plain ids");
}

#[tokio::test]
async fn view_and_filters_props_choose_where_an_instance_starts() {
    let filters = Filter { speaker: Some("Ana Ruiz".into()), ..Filter::default() };
    let html = render_props(AppProps { view: Some(View::Quotes), filters: Some(filters), ..embedded("f-") }).await;
    assert!(html.contains("1 of 5 quotes"), "{html}");
    assert!(html.contains(r#"aria-current="page""#) && html.contains(">Quotes</a>"));
    let reader = render_props(AppProps { view: Some(View::Reader), ..embedded("r-") }).await;
    assert!(reader.contains("reader-view"));
}

#[tokio::test]
async fn an_embed_that_leaves_the_url_alone_offers_no_hash_deep_link() {
    let route = Route { view: View::Reader, article: Some("seed-000".into()), sentence: Some(5), ..Route::default() };
    let embed = render_props(AppProps { route: Some(route.clone()), ..embedded("d-") }).await;
    assert!(embed.contains("Sentence 6 of 17"), "{embed}");
    assert!(!embed.contains("Link to this sentence"));
    let synced = render_props(AppProps { route: Some(route.clone()), sync_url: true, ..embedded("d-") }).await;
    assert!(synced.contains("Link to this sentence"));
    let page = render_view(route).await;
    assert!(page.contains("Link to this sentence"));
}

#[tokio::test]
async fn a_corpus_given_as_json_text_renders_at_once_and_bad_text_says_so() {
    let json = fixture::bundle().to_json();
    let props = AppProps { corpus: None, corpus_json: Some(json.into()), ..embedded("j-") };
    let html = render_props(props).await;
    assert!(html.contains("2 articles · 5 quotes"), "{html}");
    let bad = AppProps { corpus: None, corpus_json: Some("{\"schema\": 1".into()), ..embedded("j-") };
    let html = render_props(bad).await;
    assert!(html.contains("The articles could not be loaded"), "{html}");
    assert!(html.contains("The corpus given to the explorer could not be read"));
    assert!(html.contains(r#"aria-labelledby="j-load-error-title""#));
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

// ---------- the reducer's actions for host pages ----------

fn ready() -> Rc<AppState> {
    Rc::new(AppState::ready(Rc::new(fixture::corpus()), Route::default()))
}

#[test]
fn a_host_selects_an_article_by_id_and_out_of_range_indices_are_dropped() {
    let s = ready().reduce(Action::Select { article: "seed-000".into(), sentence: Some(5), quote: Some(999) });
    assert_eq!(s.route.view, View::Reader);
    assert_eq!(s.route.article.as_deref(), Some("seed-000"));
    assert_eq!((s.route.sentence, s.route.quote), (Some(5), None));
    assert_eq!(s.url, UrlWrite::Push);
}

#[test]
fn selecting_an_unknown_article_changes_nothing() {
    let before = ready();
    let after = before.clone().reduce(Action::Select { article: "nope".into(), sentence: None, quote: None });
    assert!(Rc::ptr_eq(&before, &after));
}

#[test]
fn a_new_source_goes_back_to_loading_and_keeps_the_route() {
    let s = ready().reduce(Action::Show(View::Quotes)).reduce(Action::Reload);
    assert_eq!(s.load, Load::Loading);
    assert!(s.corpus.articles.is_empty());
    assert_eq!(s.route.view, View::Quotes);
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

#[tokio::test]
async fn the_import_panel_is_offered_on_the_page_only() {
    let page = render_view(Route::default()).await;
    assert!(page.contains(r#"class="panel import""#), "{page}");
    let offline =
        render_props(AppProps { corpus: Some(Rc::new(fixture::corpus())), import: false, ..AppProps::default() }).await;
    assert!(!offline.contains("panel import"), "the single file cannot start the worker");
    let embed = render_props(AppProps { import: true, ..embedded("i-") }).await;
    assert!(!embed.contains("panel import"), "an embed shows the host's corpus only");
}

#[tokio::test]
async fn marks_laid_out_past_the_plot_edges_are_out_of_the_tab_order() {
    // A window of 18-19 March 2025: the plot's margins (a plot width on each side) hold
    // the mark of 17 March, which stays out of the tab order and accessibility tree.
    let march = |d| article_explorer::view::timeline::day(chrono::NaiveDate::from_ymd_opt(2025, 3, d).unwrap()) as f64;
    let window = Some(article_explorer::view::timeline::Window { start: march(18), end: march(20) });
    let html = render_view(Route { window, ..Route::default() }).await;
    // Each mark's <button …> tag: (in the tab order, its date).
    let marks: Vec<(bool, &str)> = html
        .split("<button ")
        .skip(1)
        .map(|b| &b[..b.find('>').unwrap_or(b.len())])
        .filter(|tag| tag.contains(r#"class="mark "#))
        .map(|tag| {
            let date = tag.split(r#"data-date=""#).nth(1).map_or("", |d| &d[..d.find('"').unwrap_or(0)]);
            (!tag.contains(r#"tabindex="-1""#), date)
        })
        .collect();
    assert_eq!(marks, [(false, "2025-03-17"), (true, "2025-03-18")]);
    assert_eq!(count(&html, r#"aria-hidden="true" class="mark-slot"#), 1, "{html}");
}
