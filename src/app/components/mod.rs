//! Components: the page shell, the masthead and the views.

pub mod import;
pub mod marked;
pub mod masthead;
pub mod quotes;
pub mod reader;
pub mod search;
pub mod status;
pub mod timeline;

use yew::prelude::*;

use super::hooks::use_app;
use super::state::Load;
use crate::view::route::View;

/// The page: skip link, masthead with tabs, the current view, status panels.
#[component]
pub fn Shell() -> Html {
    let app = use_app();
    // The tab title names the view (and the article in the reader), so history reads well.
    {
        let title = match (app.route.view, app.article().filter(|_| app.route.view == View::Reader)) {
            (View::Reader, Some(a)) => format!("{} — Article Explorer", app.corpus.articles[a].title),
            (View::Search, _) if !app.route.find.is_empty() => format!("Search: {} — Article Explorer", app.route.find),
            (v, _) => format!("{} — Article Explorer", v.label()),
        };
        use_effect_with(title, |t| super::services::set_title(t));
    }
    // "/" jumps to the search box from anywhere but a text field.
    #[cfg(feature = "csr")]
    {
        use_effect_with((), |_| {
            use wasm_bindgen::JsCast;
            let document = gloo::utils::document();
            let listener = gloo::events::EventListener::new_with_options(
                &document,
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                    if e.key() == "/" && !typing && !e.ctrl_key() && !e.meta_key() && !e.alt_key() {
                        if let Some(input) = gloo::utils::document()
                            .get_element_by_id("search-input")
                            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            e.prevent_default();
                            let _ = input.focus();
                        }
                    }
                },
            );
            move || drop(listener)
        });
    }
    let body = match &app.load {
        Load::Loading => html! { <status::Loading /> },
        Load::Failed(message) => html! { <status::LoadError message={message.clone()} /> },
        Load::Ready if app.corpus.articles.is_empty() => html! {
            <>
                <status::Problems />
                <status::Empty title="No articles in this corpus" text="The bundle loaded but holds no readable articles. Build one with `article-explorer build-corpus ARTICLES… -o static/corpus.json`." />
            </>
        },
        Load::Ready => {
            let view = match app.route.view {
                View::Timeline => html! { <timeline::Timeline /> },
                View::Quotes => html! { <quotes::Quotes /> },
                View::Reader => html! { <reader::Reader /> },
                View::Search => html! { <search::SearchResults /> },
            };
            html! { <><status::Problems />{view}</> }
        }
    };
    html! {
        <>
            <a class="skip-link" href="#main">{"Skip to content"}</a>
            <masthead::Masthead />
            <main id="main" class="main" tabindex="-1">{import::panel()}{body}</main>
            <footer class="colophon">
                <p>{"Article Explorer — quotes, dates and names found by automatic analysis; check them against the original before you publish."}</p>
            </footer>
        </>
    }
}
