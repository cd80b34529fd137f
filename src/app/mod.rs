//! The Yew app: a thin layer over [`crate::view`] and [`crate::search`].
//!
//! - [`state`]: the one state type, its [`state::Action`]s and reducer.
//! - [`hooks`]: `use_app`, the shared state handle, and `use_instance`, what this
//!   instance is (id prefix, whether it owns the page and the URL).
//! - [`services`]: browser I/O (fetch, URL hash, clipboard, theme) — the only web-sys user.
//! - [`components`]: the masthead, the four views and the status panels.
//!
//! [`App`] loads the corpus (unless given one), keeps the route and the URL hash in step
//! both ways when asked to ([`AppProps::sync_url`]), and shares the state through a
//! context. Everything an instance holds lives in its own component tree: several
//! instances on one page (see `crate::embed`) share no state, no element ids (each
//! has its own [`AppProps::id_prefix`]) and, unless one asks, not the URL.

pub mod components;
pub mod hooks;
pub mod library;
pub mod services;
pub mod shards;
pub mod state;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::view::corpus::Corpus;
use crate::view::quotes::Filter;
use crate::view::route::{Route, View};
use components::Shell;
use hooks::{nothing, use_effect_on};
use state::{Action, AppContext, AppState, Load, UrlWrite};

/// Props of the root. The standalone page passes none (the app fetches `corpus.json`
/// or `?src=` and follows the URL hash); render tests and embedders say what to show.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// A corpus already loaded; it wins over [`Self::corpus_json`] and [`Self::src`].
    #[prop_or_default]
    pub corpus: Option<Rc<Corpus>>,
    /// A corpus bundle's JSON text, read on start (errors show in the error panel).
    #[prop_or_default]
    pub corpus_json: Option<AttrValue>,
    /// Where to fetch the bundle; when absent (and no corpus is given), `?src=` or
    /// `corpus.json` ([`services::corpus_url`]). Changing it loads the new bundle.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// The route to start at; when absent, the URL hash if [`Self::sync_url`], else the timeline.
    #[prop_or_default]
    pub route: Option<Route>,
    /// The view to start in (overrides the route's).
    #[prop_or_default]
    pub view: Option<View>,
    /// Quote filters to start with (override the route's).
    #[prop_or_default]
    pub filters: Option<Filter>,
    /// A theme chosen by the host; when absent, the reader's choice or the system's.
    #[prop_or_default]
    pub theme: Option<Theme>,
    /// Whether the state is mirrored in the page's URL hash (and back/forward move it).
    /// True for the standalone page; embeds leave the host's URL alone unless asked.
    #[prop_or(true)]
    pub sync_url: bool,
    /// Whether the app lives inside someone else's page: it then leaves the document's
    /// title, theme and keyboard alone and wraps itself in one element of its own.
    #[prop_or_default]
    pub embedded: bool,
    /// Put before every element id, so instances on one page never share an id.
    #[prop_or_default]
    pub id_prefix: AttrValue,
    /// Whether the reader may add their own articles (the import panel). It needs the
    /// analysis worker served beside the page: not in an embed, nor in the single file
    /// of `export-html`, which opens from disk where no worker can start.
    #[prop_or(true)]
    pub import: bool,
    /// Told what happens inside the instance (loaded, failed, selection, filters).
    #[prop_or_default]
    pub on_event: Callback<AppEvent>,
    /// A remote control: actions sent to it reach this instance's state.
    #[prop_or_default]
    pub control: Option<Control>,
}

impl Default for AppProps {
    fn default() -> AppProps {
        AppProps {
            corpus: None,
            corpus_json: None,
            src: None,
            route: None,
            view: None,
            filters: None,
            theme: None,
            sync_url: true,
            embedded: false,
            id_prefix: AttrValue::default(),
            import: true,
            on_event: Callback::default(),
            control: None,
        }
    }
}

/// A colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on light paper.
    Light,
    /// Light text on dark paper.
    Dark,
}

impl Theme {
    /// `"light"` or `"dark"`, as in `data-theme`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads `"light"` or `"dark"`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// What an instance tells its host ([`AppProps::on_event`]).
#[derive(Clone, Debug, PartialEq)]
pub enum AppEvent {
    /// The corpus loaded.
    Ready {
        /// Articles that loaded.
        articles: usize,
        /// Quotes in them.
        quotes: usize,
        /// Dated events in them.
        events: usize,
        /// Articles that could not be loaded.
        problems: usize,
    },
    /// The corpus could not be loaded (the message says what to do).
    Error(String),
    /// The selection changed (an article, sentence or quote was opened).
    Select {
        /// The view now shown.
        view: View,
        /// Article id.
        article: Option<String>,
        /// Sentence index in the article.
        sentence: Option<usize>,
        /// Quote index in the article.
        quote: Option<usize>,
    },
    /// The quote filters changed.
    Filter(Filter),
    /// The reader switched the theme inside an embedded instance (the host applies it).
    Theme(Theme),
}

/// What an instance is, shared with its components through the state.
#[derive(Debug, Default, PartialEq)]
pub struct Instance {
    /// Put before every element id.
    pub prefix: AttrValue,
    /// Whether the route is mirrored in the URL hash (links then are plain hash links).
    pub sync_url: bool,
    /// Whether the app lives inside someone else's page.
    pub embedded: bool,
    /// Whether the import panel is offered.
    pub import: bool,
    /// A theme chosen by the host.
    pub theme: Option<Theme>,
    /// The instance's own wrapper element (embedded only).
    pub root: NodeRef,
    /// The search box.
    pub search: NodeRef,
    /// The main region.
    pub main: NodeRef,
    /// Where events go.
    pub events: Callback<AppEvent>,
    /// The shard host's state, when the corpus is sharded (read by the shard bar).
    pub shards: shards::Slot,
}

impl Instance {
    /// The element id for `local` in this instance.
    pub fn id(&self, local: &str) -> String {
        format!("{}{local}", self.prefix)
    }
}

/// A remote control for one instance: [`Action`]s sent before the instance has
/// rendered wait and are applied when it has.
#[derive(Clone, Default)]
pub struct Control(Rc<RefCell<ControlSlot>>);

#[derive(Default)]
struct ControlSlot {
    dispatcher: Option<UseReducerDispatcher<AppState>>,
    pending: Vec<Action>,
}

impl Control {
    /// Sends `action` to the instance.
    pub fn dispatch(&self, action: Action) {
        let dispatcher = {
            let mut slot = self.0.borrow_mut();
            match &slot.dispatcher {
                Some(d) => d.clone(),
                None => return slot.pending.push(action),
            }
        };
        dispatcher.dispatch(action);
    }

    fn attach(&self, dispatcher: UseReducerDispatcher<AppState>) {
        let pending = {
            let mut slot = self.0.borrow_mut();
            if slot.dispatcher.is_some() {
                return;
            }
            slot.dispatcher = Some(dispatcher.clone());
            std::mem::take(&mut slot.pending)
        };
        for action in pending {
            dispatcher.dispatch(action);
        }
    }
}

impl PartialEq for Control {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Control {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Control")
    }
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let instance = use_memo(
        (props.id_prefix.clone(), props.sync_url, props.embedded, props.import, props.theme, props.on_event.clone()),
        |(prefix, sync_url, embedded, import, theme, events)| Instance {
            prefix: prefix.clone(),
            sync_url: *sync_url,
            embedded: *embedded,
            import: *import && !*embedded,
            theme: *theme,
            events: events.clone(),
            ..Instance::default()
        },
    );
    let state = {
        let corpus = props.corpus.clone();
        let json = props.corpus_json.clone();
        let (route, view, filters, sync) = (props.route.clone(), props.view, props.filters.clone(), props.sync_url);
        let instance = instance.clone();
        use_reducer(move || {
            let mut route =
                route.unwrap_or_else(|| if sync { Route::parse(&services::current_hash()) } else { Route::default() });
            if let Some(f) = filters {
                route = route.with_quote_filter(f);
            }
            if let Some(v) = view {
                route.view = v;
            }
            let state = match (corpus, json) {
                (Some(c), _) => AppState::ready(c, route),
                // Read at once: the first render already shows it (and the server renders it).
                (None, Some(json)) => match read_given(&json) {
                    Ok(c) => AppState::ready(c, route),
                    Err(message) => AppState { load: Load::Failed(message), ..AppState::loading(route) },
                },
                (None, None) => AppState::loading(route),
            };
            AppState { instance, ..state }
        })
    };
    if !Rc::ptr_eq(&state.instance, &instance) {
        state.dispatch(Action::SetInstance(instance));
    }
    if let Some(control) = &props.control {
        control.attach(state.dispatcher());
    }

    // Load the corpus, and again whenever its source changes; a slower, older load
    // never overwrites a newer one.
    let host: shards::Host = use_mut_ref(|| None);
    {
        let dispatcher = state.dispatcher();
        let generation = use_mut_ref(|| 0u32);
        let first = use_mut_ref(|| true);
        let given = props.corpus.clone();
        let key = (props.corpus.as_ref().map(|c| Rc::as_ptr(c) as usize), props.corpus_json.clone(), props.src.clone());
        let host = host.clone();
        use_effect_on(key, move |(_, json, src)| {
            let initial = std::mem::replace(&mut *first.borrow_mut(), false);
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if let Some(corpus) = given {
                if !initial {
                    dispatcher.dispatch(Action::Loaded(corpus));
                }
            } else if let Some(json) = json {
                if !initial {
                    dispatcher.dispatch(match read_given(json) {
                        Ok(corpus) => Action::Loaded(corpus),
                        Err(message) => Action::Failed(message),
                    });
                }
            } else {
                if !initial {
                    dispatcher.dispatch(Action::Reload);
                }
                let url = src.as_ref().map_or_else(services::corpus_url, |s| s.to_string());
                let host = host.clone();
                services::fetch(
                    url.clone(),
                    Box::new(move |fetched| {
                        // A bundle, or the index of a sharded corpus (its host then loads shards).
                        let loaded = fetched
                            .map_err(|e| format!("{e} Build the corpus with `article-explorer build-corpus ARTICLES… -o static/corpus.json`, then rebuild the site; or open the app with ?src= pointing at a bundle."))
                            .and_then(|json| shards::read(&url, &json));
                        if *generation.borrow() == mine {
                            match loaded {
                                Ok(shards::Source::Bundle(corpus)) => {
                                    dispatcher.dispatch(Action::Loaded(Rc::new(corpus)))
                                }
                                Ok(shards::Source::Sharded(opened)) => shards::open(&host, opened, dispatcher),
                                Err(message) => dispatcher.dispatch(Action::Failed(message)),
                            }
                        }
                    }),
                );
            }
            // A new source (or the app going away) closes a sharded corpus's host.
            Box::new(move || shards::close(&host))
        });
    }
    shards::use_host(&state, &host);

    // Back/forward and edited hashes flow into the state.
    #[cfg(feature = "csr")]
    {
        let dispatcher = state.dispatcher();
        use_effect_on(props.sync_url, move |&sync| {
            let listeners = sync.then(|| {
                let window = gloo::utils::window();
                let on_change = move |_: &web_sys::Event| {
                    dispatcher.dispatch(Action::FromUrl(Route::parse(&services::current_hash())))
                };
                let pop = gloo::events::EventListener::new(&window, "popstate", on_change.clone());
                let hash = gloo::events::EventListener::new(&window, "hashchange", on_change);
                (pop, hash)
            });
            Box::new(move || drop(listeners))
        });
    }

    // And state changes flow out to the URL.
    {
        let (url, sync) = (state.url, props.sync_url);
        use_effect_on(state.route.clone(), move |route| {
            if sync && url != UrlWrite::Skip {
                services::write_hash(&route.to_hash(), url == UrlWrite::Push);
            }
            nothing()
        });
    }

    use_announce(&state, &props.on_event);

    html! {
        <ContextProvider<AppContext> context={state}>
            <Shell />
        </ContextProvider<AppContext>>
    }
}

/// Reads a bundle handed over as text.
fn read_given(json: &str) -> Result<Rc<Corpus>, String> {
    Corpus::load(json)
        .map(Rc::new)
        .map_err(|message| format!("The corpus given to the explorer could not be read: {message}"))
}

/// Tells the host when the corpus loads or fails, and when the selection or the quote
/// filters change after that (one effect, comparing with what it saw last).
#[hook]
fn use_announce(state: &AppContext, events: &Callback<AppEvent>) {
    let events = events.clone();
    let corpus = state.corpus.clone();
    let r = &state.route;
    let view = r.view;
    let seen = use_mut_ref(|| None);
    let now = (
        state.load.clone(),
        Rc::as_ptr(&state.corpus) as usize,
        (r.article.clone(), r.sentence, r.quote),
        r.quote_filter(),
    );
    use_effect_on(now, move |now| {
        let before = seen.borrow_mut().replace(now.clone());
        let (load, _, (article, sentence, quote), filter) = now;
        if before.as_ref().map(|b| (&b.0, b.1)) != Some((load, now.1)) {
            match load {
                Load::Ready => events.emit(AppEvent::Ready {
                    articles: corpus.articles.len(),
                    quotes: corpus.quote_count(),
                    events: corpus.event_count(),
                    problems: corpus.problems.len(),
                }),
                Load::Failed(message) => events.emit(AppEvent::Error(message.clone())),
                Load::Loading => {}
            }
        }
        let Some(before) = before else { return nothing() };
        if before.2 != now.2 {
            let (article, sentence, quote) = (article.clone(), *sentence, *quote);
            events.emit(AppEvent::Select { view, article, sentence, quote });
        }
        if &before.3 != filter {
            events.emit(AppEvent::Filter(filter.clone()));
        }
        nothing()
    });
}
