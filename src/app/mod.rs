//! The Yew app: a thin layer over [`crate::view`] and [`crate::search`].
//!
//! - [`state`]: the one state type, its [`state::Action`]s and reducer.
//! - [`hooks`]: `use_app`, the shared state handle.
//! - [`services`]: browser I/O (fetch, URL hash, clipboard, theme) — the only web-sys user.
//! - [`components`]: the masthead, the four views and the status panels.
//!
//! [`App`] loads the corpus (unless given one), keeps the route and the URL hash in step
//! both ways, and shares the state through a context.

pub mod components;
pub mod hooks;
pub mod library;
pub mod services;
pub mod state;

use std::rc::Rc;

use yew::prelude::*;

use crate::view::corpus::Corpus;
use crate::view::route::Route;
use components::Shell;
use state::{Action, AppContext, AppState, UrlWrite};

/// Props of the root: both empty in the browser (the app fetches and reads the URL);
/// render tests and embedders pass a corpus and a route.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A corpus already loaded; when absent the app fetches [`services::corpus_url`].
    #[prop_or_default]
    pub corpus: Option<Rc<Corpus>>,
    /// The route to start at; when absent, the URL hash.
    #[prop_or_default]
    pub route: Option<Route>,
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let corpus = props.corpus.clone();
        let route = props.route.clone();
        use_reducer(move || {
            let route = route.unwrap_or_else(|| Route::parse(&services::current_hash()));
            match corpus {
                Some(c) => AppState::ready(c, route),
                None => AppState::loading(route),
            }
        })
    };

    {
        let dispatcher = state.dispatcher();
        let preloaded = props.corpus.is_some();
        use_effect_with((), move |_| {
            if !preloaded {
                yew::platform::spawn_local(async move {
                    let loaded =
                        services::fetch_text(&services::corpus_url()).await.and_then(|json| Corpus::load(&json));
                    dispatcher.dispatch(match loaded {
                        Ok(corpus) => Action::Loaded(Rc::new(corpus)),
                        Err(message) => Action::Failed(message),
                    });
                });
            }
        });
    }

    // Back/forward and edited hashes flow into the state.
    #[cfg(feature = "csr")]
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_change = {
                let dispatcher = dispatcher.clone();
                move |_: &web_sys::Event| dispatcher.dispatch(Action::FromUrl(Route::parse(&services::current_hash())))
            };
            let pop = gloo::events::EventListener::new(&window, "popstate", on_change.clone());
            let hash = gloo::events::EventListener::new(&window, "hashchange", on_change);
            move || drop((pop, hash))
        });
    }

    // And state changes flow out to the URL.
    {
        let url = state.url;
        use_effect_with(state.route.clone(), move |route| {
            if url != UrlWrite::Skip {
                services::write_hash(&route.to_hash(), url == UrlWrite::Push);
            }
        });
    }

    html! {
        <ContextProvider<AppContext> context={state}>
            <Shell />
        </ContextProvider<AppContext>>
    }
}
