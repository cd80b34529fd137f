//! The app's one state type: the loaded corpus, what is derived from it, and the route.
//!
//! Every change goes through [`Action`] and [`Reducible::reduce`], so the URL effect in
//! the root component sees each change with how to record it ([`UrlWrite`]): a new
//! history entry for navigation, a replaced one for typing, zooming and panning (so
//! back/forward steps between views rather than keystrokes), nothing when the change
//! came from the URL itself.

use std::rc::Rc;

use yew::prelude::*;

use super::Instance;
use crate::search::Index;
use crate::view::corpus::Corpus;
use crate::view::quotes::{self, Card, Filter};
use crate::view::route::{Route, View};
use crate::view::timeline::{self, Item, LaneMode, Window};

/// Where loading the corpus stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// Fetching.
    Loading,
    /// The bundle could not be read at all (the message says what to do).
    Failed(String),
    /// Loaded (maybe with per-article problems, in the corpus).
    Ready,
}

/// Lists computed once per corpus.
#[derive(Debug, Default)]
pub struct Derived {
    /// Timeline items, sorted by date.
    pub items: Rc<[Item]>,
    /// Quote cards.
    pub cards: Rc<[Card]>,
    /// The search index.
    pub index: Rc<Index>,
    /// The window that fits the events ([`Window::fit`]).
    pub fit: Option<Window>,
}

impl Derived {
    /// Computes the lists for a corpus.
    pub fn new(corpus: &Corpus) -> Derived {
        let items: Rc<[Item]> = timeline::items(corpus).into();
        let fit = Some(Window::fit(&items, &timeline::publication_days(corpus)));
        Derived { cards: quotes::cards(corpus).into(), index: Rc::new(Index::from_corpus(corpus)), items, fit }
    }
}

/// How a state change is written to the URL.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UrlWrite {
    /// Leave the URL alone (the change came from it).
    #[default]
    Skip,
    /// New history entry.
    Push,
    /// Replace the current entry.
    Replace,
}

/// The whole app state.
#[derive(Debug)]
pub struct AppState {
    /// Loading status.
    pub load: Load,
    /// The corpus (empty until loaded).
    pub corpus: Rc<Corpus>,
    /// Lists derived from it.
    pub derived: Rc<Derived>,
    /// Why the bundled corpus failed to load while the reader's own articles are shown
    /// (then `load` is [`Load::Ready`] with those articles only).
    pub bundle_error: Option<String>,
    /// What the reader is looking at (mirrored in the URL hash).
    pub route: Route,
    /// How the last change goes into the URL.
    pub url: UrlWrite,
    /// What this instance is (id prefix, URL sync, events), set from the root's props.
    pub instance: Rc<Instance>,
}

impl AppState {
    /// State before the corpus arrives.
    pub fn loading(route: Route) -> AppState {
        AppState {
            load: Load::Loading,
            corpus: Rc::default(),
            derived: Rc::default(),
            bundle_error: None,
            route,
            url: UrlWrite::Skip,
            instance: Rc::default(),
        }
    }

    /// State with a corpus already loaded (render tests, embedding).
    pub fn ready(corpus: Rc<Corpus>, route: Route) -> AppState {
        AppState {
            load: Load::Ready,
            derived: Rc::new(Derived::new(&corpus)),
            corpus,
            bundle_error: None,
            route,
            url: UrlWrite::Skip,
            instance: Rc::default(),
        }
    }

    /// The timeline window: the reader's, else one that fits everything (for a sharded
    /// corpus, also its months not loaded yet).
    pub fn window(&self) -> Window {
        let fit = self.derived.fit.unwrap_or(Window { start: 739_000.0, end: 739_060.0 });
        self.route.window.unwrap_or_else(|| match self.instance.shards.extent() {
            Some((from, to)) => {
                let all = Window::fit(&[], &[from, to - 1]);
                if self.corpus.articles.is_empty() {
                    return all;
                }
                Window { start: fit.start.min(all.start), end: fit.end.max(all.end) }
            }
            None => fit,
        })
    }

    /// The selected article's index: the route's, else the first article.
    pub fn article(&self) -> Option<usize> {
        let by_id = self.route.article.as_deref().and_then(|id| self.corpus.article_index(id));
        by_id.or((!self.corpus.articles.is_empty()).then_some(0))
    }
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The corpus loaded.
    Loaded(Rc<Corpus>),
    /// The corpus could not be loaded.
    Failed(String),
    /// The bundled corpus could not be loaded (the message), but the reader's own
    /// articles are there: they are shown, with the message.
    LoadedBeside(Rc<Corpus>, String),
    /// A new corpus is on its way (the source changed): back to loading.
    Reload,
    /// The root's props changed what the instance is.
    SetInstance(Rc<Instance>),
    /// The URL changed (back/forward, a link, an edited hash).
    FromUrl(Route),
    /// Show a view, keeping everything else.
    Show(View),
    /// Open an article in the reader, optionally at a sentence and quote.
    Open {
        /// Article index.
        article: usize,
        /// Sentence to highlight.
        sentence: Option<usize>,
        /// Quote to highlight.
        quote: Option<usize>,
    },
    /// Open an article by its id in the reader (from a host page); unknown ids are ignored.
    Select {
        /// Article id.
        article: String,
        /// Sentence to highlight.
        sentence: Option<usize>,
        /// Quote to highlight.
        quote: Option<usize>,
    },
    /// Set the search query (and show results).
    Search(String),
    /// Set the quote filters and show the quotes.
    FilterQuotes(Filter),
    /// Set (or clear) the brushed period that filters quotes, staying in the view.
    SetPeriod(Option<(i64, i64)>),
    /// Move the timeline window.
    SetWindow(Window),
    /// Zoom by a factor (< 1 zooms in) around a point (0..1 across the plot).
    Zoom {
        /// Width multiplier.
        factor: f64,
        /// Fixed point as a fraction of the width.
        anchor: f64,
    },
    /// Pan by a fraction of the width.
    Pan(f64),
    /// Fit the events (the default window).
    Fit,
    /// Choose what lanes group by.
    SetLanes(LaneMode),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut route = self.route.clone();
        let url = match action {
            Action::Loaded(corpus) => {
                return Rc::new(AppState { instance: self.instance.clone(), ..AppState::ready(corpus, route) })
            }
            Action::LoadedBeside(corpus, message) => {
                let ready = AppState::ready(corpus, route);
                return Rc::new(AppState { instance: self.instance.clone(), bundle_error: Some(message), ..ready });
            }
            Action::SetInstance(instance) => {
                return Rc::new(AppState { instance, url: UrlWrite::Skip, ..Self::clone_of(&self) })
            }
            Action::Failed(message) => {
                return Rc::new(AppState { load: Load::Failed(message), url: UrlWrite::Skip, ..Self::clone_of(&self) })
            }
            Action::Reload => return Rc::new(AppState { instance: self.instance.clone(), ..AppState::loading(route) }),
            Action::FromUrl(r) => {
                if r == self.route {
                    return self;
                }
                route = r;
                UrlWrite::Skip
            }
            Action::Show(view) => {
                route.view = view;
                UrlWrite::Push
            }
            Action::Open { article, sentence, quote } => {
                route.view = View::Reader;
                route.article = self.corpus.articles.get(article).map(|a| a.id.clone());
                route.sentence = sentence;
                route.quote = quote;
                UrlWrite::Push
            }
            Action::Select { article, sentence, quote } => {
                let Some(index) = self.corpus.article_index(&article) else { return self };
                let sentences = self.corpus.articles[index].analysis.sentences.len();
                let quotes = self.corpus.articles[index].analysis.quotes.len();
                route.view = View::Reader;
                route.article = Some(article);
                route.sentence = sentence.filter(|&s| s < sentences);
                route.quote = quote.filter(|&q| q < quotes);
                UrlWrite::Push
            }
            Action::Search(query) => {
                // Typing replaces; the first keystroke from another view is a navigation.
                let write = if route.view == View::Search { UrlWrite::Replace } else { UrlWrite::Push };
                route.view = View::Search;
                route.find = query;
                write
            }
            Action::FilterQuotes(filter) => {
                // Typing in the filter replaces the entry; choosing a facet is a navigation.
                let old = route.quote_filter();
                let only_words = Filter { text: old.text.clone(), ..filter.clone() } == old;
                let stay = route.view == View::Quotes;
                route = route.with_quote_filter(filter);
                route.view = View::Quotes;
                if only_words && stay {
                    UrlWrite::Replace
                } else {
                    UrlWrite::Push
                }
            }
            Action::SetPeriod(period) => {
                route.period = period;
                UrlWrite::Replace
            }
            Action::SetWindow(w) => {
                route.window = Some(w.clamped());
                UrlWrite::Replace
            }
            Action::Zoom { factor, anchor } => {
                route.window = Some(self.window().zoom(factor, anchor));
                UrlWrite::Replace
            }
            Action::Pan(fraction) => {
                route.window = Some(self.window().pan(fraction));
                UrlWrite::Replace
            }
            Action::Fit => {
                route.window = None;
                UrlWrite::Replace
            }
            Action::SetLanes(lanes) => {
                route.lanes = lanes;
                UrlWrite::Push
            }
        };
        if route == self.route {
            return self;
        }
        Rc::new(AppState { route, url, ..Self::clone_of(&self) })
    }
}

impl PartialEq for AppState {
    /// The corpus and derived lists compare by identity: they only change on load.
    fn eq(&self, other: &Self) -> bool {
        self.load == other.load
            && self.bundle_error == other.bundle_error
            && Rc::ptr_eq(&self.corpus, &other.corpus)
            && Rc::ptr_eq(&self.derived, &other.derived)
            && self.route == other.route
            && self.url == other.url
            && Rc::ptr_eq(&self.instance, &other.instance)
    }
}

impl AppState {
    fn clone_of(this: &AppState) -> AppState {
        AppState {
            load: this.load.clone(),
            corpus: this.corpus.clone(),
            derived: this.derived.clone(),
            bundle_error: this.bundle_error.clone(),
            route: this.route.clone(),
            url: this.url,
            instance: this.instance.clone(),
        }
    }
}

/// The state handle components share through context.
pub type AppContext = UseReducerHandle<AppState>;
