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

use super::hooks::{nothing, use_app, use_effect_on, use_instance};
use super::state::Load;
use crate::view::route::View;

/// The page: skip link, masthead with tabs, the current view, status panels. Embedded,
/// all of it sits in one wrapper element that carries the keyboard shortcut.
#[component]
pub fn Shell() -> Html {
    let app = use_app();
    let instance = use_instance();
    let masthead = masthead::use_masthead();
    let shard_bar = crate::app::shards::use_shard_bar();
    // The tab title names the view (and the article in the reader), so history reads well.
    // An embed leaves its host's title alone.
    {
        let embedded = instance.embedded;
        let title = match (app.route.view, app.article().filter(|_| app.route.view == View::Reader)) {
            (View::Reader, Some(a)) => format!("{} — Article Explorer", app.corpus.articles[a].title),
            (View::Search, _) if !app.route.find.is_empty() => format!("Search: {} — Article Explorer", app.route.find),
            (v, _) => format!("{} — Article Explorer", v.label()),
        };
        use_effect_on(title, move |t| {
            if !embedded {
                super::services::set_title(t)
            }
            nothing()
        });
    }
    // "/" jumps to the search box from anywhere but a text field: anywhere on the page
    // for the standalone app, anywhere inside the instance for an embed.
    let slash = {
        let search = instance.search.clone();
        move |e: &web_sys::KeyboardEvent| {
            let typing = slash_target_is_field(e);
            if e.key() == "/" && !typing && !e.ctrl_key() && !e.meta_key() && !e.alt_key() && search.get().is_some() {
                e.prevent_default();
                super::services::focus(&search);
            }
        }
    };
    #[cfg(feature = "csr")]
    {
        let slash = slash.clone();
        use_effect_on(instance.embedded, move |&embedded| {
            let listener = (!embedded).then(|| {
                use wasm_bindgen::JsCast;
                gloo::events::EventListener::new_with_options(
                    &gloo::utils::document(),
                    "keydown",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                            slash(e)
                        }
                    },
                )
            });
            Box::new(move || drop(listener))
        });
    }
    let body = match &app.load {
        Load::Loading => status::loading(),
        Load::Failed(message) => status::load_error(&instance, message),
        Load::Ready if app.corpus.articles.is_empty() => html! {
            <>
                {status::problems(&app.corpus.problems)}
                {status::empty("No articles in this corpus", "The bundle loaded but holds no readable articles. Build one with `article-explorer build-corpus ARTICLES… -o static/corpus.json`.")}
            </>
        },
        Load::Ready => {
            let view = match app.route.view {
                View::Timeline => html! { <timeline::Timeline /> },
                View::Quotes => html! { <quotes::Quotes /> },
                View::Reader => html! { <reader::Reader /> },
                View::Search => html! { <search::SearchResults /> },
            };
            // The bundle failed but the reader's own articles are shown: say so plainly.
            let failed = app.bundle_error.as_ref().map(|m| status::load_error(&instance, m));
            html! { <>{for failed}{status::problems(&app.corpus.problems)}{view}</> }
        }
    };
    let skip = {
        let (main, embedded) = (instance.main.clone(), instance.embedded);
        Callback::from(move |e: MouseEvent| {
            // Inside an embed the fragment would go to the host's URL (and, in a shadow
            // root, find nothing): focus the region directly.
            if embedded {
                e.prevent_default();
                super::services::focus(&main);
            }
        })
    };
    let page = html! {
        <>
            <a class="skip-link" href={format!("#{}", instance.id("main"))} onclick={skip}>{"Skip to content"}</a>
            {masthead}
            // Embeds and the offline single file show their corpus only; the standalone page
            // takes the reader's own articles too.
            <main id={instance.id("main")} class="main" tabindex="-1" ref={instance.main.clone()}>
                if instance.import { {import::panel()} }
                {shard_bar}
                {body}
            </main>
            <footer class="colophon">
                <p>{"Article Explorer — quotes, dates and names found by automatic analysis; check them against the original before you publish."}</p>
            </footer>
        </>
    };
    if !instance.embedded {
        return page;
    }
    let onkeydown = Callback::from(move |e: KeyboardEvent| slash(&e));
    html! {
        <div class="ae-app" ref={instance.root.clone()} onkeydown={onkeydown}>{page}</div>
    }
}

/// Whether a key event comes from a text field (where "/" is typed, not a shortcut).
fn slash_target_is_field(e: &web_sys::KeyboardEvent) -> bool {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        // The first node of the composed path is the real target, even inside a shadow root.
        e.composed_path()
            .get(0)
            .dyn_into::<web_sys::Element>()
            .is_ok_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = e;
        false
    }
}
