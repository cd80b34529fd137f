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
    let props = AppProps { corpus: Some(Rc::new(fixture::corpus())), route: Some(route) };
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
