//! Browser tests of the app's interactions, in headless Chromium:
//!
//! ```text
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --features csr --test browser
//! ```
//!
//! Each test mounts the whole app with the hand-annotated fixture bundle into a fresh
//! element, acts as a reader would (clicks, typing), lets Yew finish rendering with
//! `yew::scheduler::flush().await` (no sleeps), and reads the DOM.
#![cfg(all(target_arch = "wasm32", feature = "csr"))]

use std::rc::Rc;

use article_explorer::app::{App, AppProps};
use article_explorer::view::route::{Route, View};
use article_explorer::view::timeline::{day, Window};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[allow(dead_code)]
mod fixture {
    include!("fixtures/bundle.rs");
}

/// Mounts the app at `route` and returns its root element.
async fn mount(route: Route) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps { corpus: Some(Rc::new(fixture::corpus())), route: Some(route), ..AppProps::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap()
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn march(d: u32) -> f64 {
    day(chrono::NaiveDate::from_ymd_opt(2025, 3, d).unwrap()) as f64
}

fn mid_march() -> Route {
    Route { window: Some(Window { start: march(10), end: march(25) }), ..Route::default() }
}

#[wasm_bindgen_test]
async fn the_zoom_buttons_narrow_and_widen_the_window() {
    let root = mount(mid_march()).await;
    let before = find(&root, ".timeline-view .view-sub").inner_text();
    find(&root, r#"button[aria-label="Zoom in"]"#).click();
    yew::scheduler::flush().await;
    let zoomed = find(&root, ".timeline-view .view-sub").inner_text();
    assert_ne!(before, zoomed);
    find(&root, r#"button[aria-label="Zoom out"]"#).click();
    yew::scheduler::flush().await;
    assert_eq!(find(&root, ".timeline-view .view-sub").inner_text(), before);
    assert!(gloo::utils::window().location().hash().unwrap().contains("from="));
}

#[wasm_bindgen_test]
async fn clicking_an_event_opens_its_sentence_highlighted() {
    let root = mount(mid_march()).await;
    find(&root, r#".mark[data-date="2025-03-18"]"#).click();
    yew::scheduler::flush().await;
    let selected = find(&root, ".reader-view .sentence.is-selected");
    assert!(selected.inner_text().contains("March 18"), "{}", selected.inner_text());
}

#[wasm_bindgen_test]
async fn a_speaker_facet_filters_the_cards() {
    let root = mount(Route { view: View::Quotes, ..Route::default() }).await;
    assert_eq!(count(&root, ".card"), 5);
    let ruiz = root
        .query_selector_all(".facet-value")
        .unwrap()
        .get(1)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap();
    assert!(ruiz.inner_text().contains("Ana Ruiz"));
    ruiz.click();
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".card"), 1);
    assert!(find(&root, ".card .speaker").inner_text().contains("Ana Ruiz"));
}

#[wasm_bindgen_test]
async fn typing_a_search_shows_highlighted_results() {
    let root = mount(Route::default()).await;
    let input: web_sys::HtmlInputElement = find(&root, "#search-input").dyn_into().unwrap();
    input.set_value("zaporiz");
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    assert!(count(&root, ".result-quote") >= 1);
    assert_eq!(find(&root, ".result-quote mark.hit").inner_text(), "Zaporizhzhia");
}

/// Mounts an embedded instance (own id prefix) with the fixture corpus and `props`.
async fn mount_embedded(prefix: &str, props: AppProps) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        corpus: Some(Rc::new(fixture::corpus())),
        embedded: true,
        id_prefix: prefix.to_string().into(),
        ..props
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn two_embeds_switch_views_on_their_own_and_leave_the_url_alone() {
    let hash = gloo::utils::window().location().hash().unwrap();
    let alone = || AppProps { sync_url: false, ..AppProps::default() };
    let a = mount_embedded("a-", alone()).await;
    let b = mount_embedded("b-", alone()).await;
    let quotes_tab =
        a.query_selector_all(".tab").unwrap().get(1).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()).unwrap();
    quotes_tab.click();
    yew::scheduler::flush().await;
    assert_eq!(count(&a, ".quotes-view"), 1);
    assert_eq!(count(&b, ".quotes-view"), 0);
    assert_eq!(count(&b, ".timeline-view"), 1);
    assert_eq!(gloo::utils::window().location().hash().unwrap(), hash, "an embed does not write the hash");
    assert!(a.query_selector("#a-quote-filter").unwrap().is_some());
    assert!(b.query_selector("#b-timeline-title").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_control_drives_an_embed_and_events_tell_the_host() {
    use article_explorer::app::state::Action;
    use article_explorer::app::{AppEvent, Control};
    let seen = Rc::new(std::cell::RefCell::new(Vec::new()));
    let control = Control::default();
    // Sent before the first render: applied once the instance is up.
    control.dispatch(Action::Show(View::Quotes));
    let on_event = {
        let seen = seen.clone();
        yew::Callback::from(move |e: AppEvent| seen.borrow_mut().push(e))
    };
    let root = mount_embedded(
        "c-",
        AppProps { control: Some(control.clone()), on_event, sync_url: false, ..AppProps::default() },
    )
    .await;
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".quotes-view"), 1);
    assert!(
        matches!(seen.borrow().first(), Some(AppEvent::Ready { articles: 2, quotes: 5, .. })),
        "{:?}",
        seen.borrow()
    );

    find(&root, ".card .speaker").click();
    yew::scheduler::flush().await;
    assert!(
        seen.borrow().iter().any(|e| matches!(e, AppEvent::Filter(f) if f.speaker.is_some())),
        "{:?}",
        seen.borrow()
    );

    control.dispatch(Action::Select { article: "seed-000".into(), sentence: Some(3), quote: None });
    yew::scheduler::flush().await;
    assert_eq!(count(&root, ".reader-view"), 1);
    assert!(root.query_selector("#c-s-3.is-selected").unwrap().is_some());
    let last = seen.borrow().last().cloned();
    assert_eq!(
        last,
        Some(AppEvent::Select { view: View::Reader, article: Some("seed-000".into()), sentence: Some(3), quote: None })
    );
}

/// Waits (up to a second, in 10 ms ticks) until `selector` is in `root`: hash changes
/// reach the app as a `hashchange` event, a task after the click.
async fn until_shown(root: &web_sys::Element, selector: &str) -> bool {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if count(root, selector) == 1 {
            return true;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    false
}

#[wasm_bindgen_test]
async fn an_embed_asked_to_sync_the_url_writes_and_follows_the_hash() {
    let root = mount_embedded("s-", AppProps { sync_url: true, ..AppProps::default() }).await;
    let tabs = root.query_selector_all(".tab").unwrap();
    let reader = tabs.get(2).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()).unwrap();
    // A synced embed keeps plain hash links: the tab changes the URL, and the URL the view.
    assert!(reader.get_attribute("href").is_some_and(|h| h.starts_with("#reader")));
    reader.click();
    assert!(gloo::utils::window().location().hash().unwrap().starts_with("#reader"));
    assert!(until_shown(&root, ".reader-view").await);
    // An edited hash moves the instance too.
    gloo::utils::window().location().set_hash("quotes").unwrap();
    assert!(until_shown(&root, ".quotes-view").await);
}
