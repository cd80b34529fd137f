//! Opening a sharded corpus (`?src=DIR/index.json`): the index first, then the shards
//! the reader needs, fetched on demand and kept in memory.
//!
//! [`read`] tells a bundle from a shard index (a bundle is read as before). For an index,
//! the app [`open`]s a host, and [`use_host`] fetches the shards that the route asks for — the
//! period the timeline shows (`route.window`), the article opened (through the id
//! lookup), the words searched for (through the term lookups, which name the shards
//! holding each word) — and, with none of those, the most recent period. Each arriving
//! shard is merged with the others into one corpus (so the views need no change), at
//! most [`MAX_LOADED`] shards at a time (the least recently used go first). Shards are
//! plain bundles, read by the bundle reader the app already has. [`use_shard_bar`] says what
//! is loaded, which shards are loading, and which failed (with *Retry*; the others keep
//! working).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{nothing, use_app, use_effect_on};
use super::services;
use super::state::{Action, AppState};
use crate::corpus::shards::{Lookup, ShardError, ShardIndex};
use crate::corpus::{Bundle, BundleError};
use crate::search::shards::{needed_words, shards_for_query, TermTable};
use crate::view::corpus::{Corpus, Doc};
use crate::view::route::Route;

/// Most shards held at once (about 1,200 articles at the default shard size).
pub const MAX_LOADED: usize = 12;
/// Most shards one step (a window, a query, a button) asks for.
pub const PER_STEP: usize = 6;

/// An opened shard index and where it came from.
#[derive(Debug)]
pub struct Opened {
    /// The index's URL (shard paths are relative to it).
    pub url: String,
    /// The index.
    pub index: ShardIndex,
}

impl Opened {
    /// The URL of a file named in the index.
    pub fn file_url(&self, file: &str) -> String {
        let path = &self.url[..self.url.find(['?', '#']).unwrap_or(self.url.len())];
        let base = path.rfind('/').map_or("", |i| &path[..=i]);
        format!("{base}{file}")
    }
}

/// What a fetched corpus file turned out to be.
#[derive(Debug)]
pub enum Source {
    /// A bundle, loaded.
    Bundle(Corpus),
    /// The index of a sharded corpus.
    Sharded(Rc<Opened>),
}

/// Reads the file at `url`: a bundle (as [`Corpus::load`]) or a shard index.
pub fn read(url: &str, json: &str) -> Result<Source, String> {
    match Bundle::parse(json) {
        Ok(parsed) => Ok(Source::Bundle(Corpus::from_parsed(parsed))),
        Err(BundleError::NotABundle) => match ShardIndex::parse(json) {
            Ok(index) => Ok(Source::Sharded(Rc::new(Opened { url: url.to_string(), index }))),
            Err(ShardError::WrongKind { .. }) => Err(BundleError::NotABundle.to_string()),
            Err(e) => Err(e.to_string()),
        },
        Err(e) => Err(e.to_string()),
    }
}

/// Where one shard stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Not fetched (or let go to make room).
    Idle,
    /// Being fetched.
    Loading,
    /// In the corpus.
    Loaded,
    /// Could not be fetched or read: why.
    Failed(String),
}

/// A lookup file's state.
enum LookupState {
    Loading,
    Terms(Rc<TermTable>),
    Ids(Rc<Lookup>),
    Failed(String),
}

/// The shards a search needs.
#[derive(Clone, Debug, PartialEq)]
struct SearchNeed {
    query: String,
    /// Shards whose words match every query word, most recent first.
    holding: Vec<usize>,
}

/// Everything the host keeps.
pub struct Model {
    opened: Rc<Opened>,
    status: Vec<Status>,
    docs: Vec<Option<Rc<[Doc]>>>,
    problems: Vec<Vec<String>>,
    /// Last use per shard, for letting the least recently used go.
    used: Vec<u64>,
    tick: u64,
    /// The index's months with shards, for the timeline ([`Slot::months`]).
    months: Vec<Month>,
    /// Lookup files by name (a handful: a list, not a new `HashMap` type in the wasm).
    lookups: Vec<(String, LookupState)>,
    route: Route,
    search: Option<SearchNeed>,
    /// False once the host is gone (a new source): late answers are dropped.
    alive: bool,
    app: Option<UseReducerDispatcher<AppState>>,
    /// The bar's redraw (it registers itself when it renders).
    redraw: Option<UseForceUpdateHandle>,
    /// The timeline's, for its month bars ([`Slot::watch`]).
    months_redraw: Option<UseForceUpdateHandle>,
}

/// The host's state, shared by its fetches and the bar.
pub type Shared = Rc<RefCell<Model>>;

/// Where [`super::App`] keeps the host of a sharded corpus (none for a bundle).
pub type Host = Rc<RefCell<Option<Shared>>>;

impl Model {
    fn new(opened: Rc<Opened>) -> Model {
        let n = opened.index.shards.len();
        let months = months_of(&opened.index);
        Model {
            opened,
            status: vec![Status::Idle; n],
            docs: vec![None; n],
            problems: vec![Vec::new(); n],
            used: vec![0; n],
            tick: 0,
            months,
            lookups: Vec::new(),
            route: Route::default(),
            search: None,
            alive: true,
            app: None,
            redraw: None,
            months_redraw: None,
        }
    }

    fn loaded(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.status.len()).filter(|&i| self.status[i] == Status::Loaded)
    }

    /// The loaded shards as one corpus, in shard (date) order.
    fn corpus(&self) -> Corpus {
        let mut articles: Vec<Doc> = Vec::new();
        let mut problems = Vec::new();
        for i in self.loaded() {
            articles.extend(self.docs[i].iter().flat_map(|d| d.iter().cloned()));
            problems.extend(self.problems[i].iter().cloned());
        }
        Corpus::from_docs(articles, problems)
    }

    /// A shard's name for people: "13 of 1,000 (1 March – 20 March 2016, 100 articles)".
    fn label(&self, n: usize) -> String {
        let s = &self.opened.index.shards[n];
        let dates = match (s.from, s.to) {
            (Some(a), Some(b)) if a == b => format!("{}, ", crate::view::long_date(a)),
            (Some(a), Some(b)) => format!("{} – {}, ", crate::view::long_date(a), crate::view::long_date(b)),
            _ => "undated, ".to_string(),
        };
        format!("{} of {} ({dates}{} articles)", n + 1, thousands(self.status.len()), thousands(s.articles))
    }
}

/// `12345` → `"12,345"`.
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Redraws the bar and the timeline (outside any borrow of the model).
fn changed(m: &Shared) {
    let redraws = {
        let model = m.borrow();
        [model.redraw.clone(), model.months_redraw.clone()]
    };
    for r in redraws.into_iter().flatten() {
        r.force_update();
    }
}

/// Shows the loaded shards in the app.
fn publish(m: &Shared) {
    let (corpus, app) = {
        let model = m.borrow();
        (model.corpus(), model.app.clone())
    };
    if let Some(app) = app {
        app.dispatch(Action::Loaded(Rc::new(corpus)));
    }
}

/// Asks for shards (in that order of preference), fetching those not loaded or loading.
fn request(m: &Shared, shards: &[usize]) {
    let mut start = Vec::new();
    {
        let mut model = m.borrow_mut();
        for &n in shards {
            if n >= model.status.len() {
                continue;
            }
            model.tick += 1;
            model.used[n] = model.tick;
            if matches!(model.status[n], Status::Idle | Status::Failed(_)) {
                model.status[n] = Status::Loading;
                start.push(n);
            }
        }
    }
    // Redraw only when a fetch starts: the bar and the timeline's month bars show it.
    // (A plan on every window change asks again for shards already held; redrawing
    // then would draw the timeline twice per pan.)
    let started = !start.is_empty();
    for n in start {
        fetch_shard(m.clone(), n);
    }
    if started {
        changed(m);
    }
}

fn fetch_shard(m: Shared, n: usize) {
    let url = {
        let model = m.borrow();
        model.opened.file_url(&model.opened.index.shards[n].file)
    };
    services::fetch(url, Box::new(move |fetched| shard_arrived(&m, n, fetched)));
}

fn shard_arrived(m: &Shared, n: usize, fetched: Result<String, String>) {
    if !m.borrow().alive {
        return;
    }
    let read = fetched.and_then(|json| {
        let corpus = Corpus::from_parsed(Bundle::parse(&json).map_err(|e| e.to_string())?);
        Ok((Rc::<[Doc]>::from(corpus.articles), corpus.problems))
    });
    let failed_first = {
        let mut model = m.borrow_mut();
        match read {
            Ok((docs, problems)) => {
                model.docs[n] = Some(docs);
                model.problems[n] = problems;
                model.status[n] = Status::Loaded;
                evict(&mut model, n);
                None
            }
            Err(e) => {
                let message = format!("Shard {} could not be loaded: {e}", model.label(n));
                model.status[n] = Status::Failed(message.clone());
                (model.loaded().next().is_none()).then_some(message)
            }
        }
    };
    match failed_first {
        // Nothing to show yet: the error panel says why (the bar offers Retry).
        Some(message) => {
            let app = m.borrow().app.clone();
            if let Some(app) = app {
                app.dispatch(Action::Failed(message));
            }
        }
        None if m.borrow().status[n] == Status::Loaded => publish(m),
        None => {}
    }
    changed(m);
}

/// Lets the least recently used shards go while more than [`MAX_LOADED`] are held
/// (never `keep`, the one just loaded).
fn evict(model: &mut Model, keep: usize) {
    while model.loaded().count() > MAX_LOADED {
        let Some(old) = model.loaded().filter(|&i| i != keep).min_by_key(|&i| model.used[i]) else { return };
        model.status[old] = Status::Idle;
        model.docs[old] = None;
        model.problems[old] = Vec::new();
    }
}

fn lookup<'a>(lookups: &'a [(String, LookupState)], file: &str) -> Option<&'a LookupState> {
    lookups.iter().find(|(f, _)| f == file).map(|(_, l)| l)
}

/// Which kind of lookup a file is.
#[derive(Clone, Copy)]
enum LookupKind {
    Terms,
    Ids,
}

fn fetch_lookup(m: &Shared, file: &str, kind: LookupKind) {
    let url = {
        let mut model = m.borrow_mut();
        if lookup(&model.lookups, file).is_some() {
            return;
        }
        model.lookups.push((file.to_string(), LookupState::Loading));
        model.opened.file_url(file)
    };
    let (m, file) = (m.clone(), file.to_string());
    services::fetch(url, Box::new(move |fetched| lookup_arrived(&m, &file, kind, fetched)));
}

fn lookup_arrived(m: &Shared, file: &str, kind: LookupKind, fetched: Result<String, String>) {
    if !m.borrow().alive {
        return;
    }
    let state = match fetched.and_then(|json| Lookup::parse(&json, file).map_err(|e| e.to_string())) {
        Ok(lookup) => match kind {
            LookupKind::Terms => LookupState::Terms(Rc::new(TermTable::new(&lookup))),
            LookupKind::Ids => LookupState::Ids(Rc::new(lookup)),
        },
        Err(e) => LookupState::Failed(e),
    };
    if let Some(slot) = m.borrow_mut().lookups.iter_mut().find(|(f, _)| *f == file) {
        slot.1 = state;
    }
    plan(m);
}

/// Fetches what the current route needs.
fn plan(m: &Shared) {
    let mut wanted: Vec<usize> = Vec::new();
    let mut lookups: Vec<(String, LookupKind)> = Vec::new();
    {
        let mut model = m.borrow_mut();
        let model = &mut *model;
        let index = &model.opened.index;
        let route = &model.route;
        // The article opened (a link, a search result not loaded yet).
        if let Some(id) = &route.article {
            let held = model.loaded().any(|i| model.docs[i].as_ref().is_some_and(|d| d.iter().any(|a| &a.id == id)));
            if !held {
                if let Some(file) = index.id_file(id) {
                    match lookup(&model.lookups, file) {
                        None => lookups.push((file.to_string(), LookupKind::Ids)),
                        Some(LookupState::Ids(l)) => {
                            if let Some(Ok(n)) = l.get(id) {
                                wanted.extend(n.into_iter().map(|n| n as usize));
                            }
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        // The words searched for.
        model.search = None;
        if !route.find.trim().is_empty() {
            // The query's groups, its typo groups, then the groups of the words those
            // name as typo pointers (`search::shards`).
            let loaded = |w: &str| match index.term_file(w).and_then(|f| lookup(&model.lookups, f)) {
                Some(LookupState::Terms(t)) => Some(&**t),
                _ => None,
            };
            let words = needed_words(&route.find, &loaded);
            let mut ready = true;
            for w in &words {
                if let Some(file) = index.term_file(w) {
                    match lookup(&model.lookups, file) {
                        None => {
                            lookups.push((file.to_string(), LookupKind::Terms));
                            ready = false;
                        }
                        Some(LookupState::Loading) => ready = false,
                        Some(_) => {}
                    }
                }
            }
            if ready && !words.is_empty() {
                let mut holding: Vec<usize> =
                    shards_for_query(&route.find, &loaded).into_iter().map(|n| n as usize).collect();
                holding.reverse();
                wanted.extend(holding.iter().copied().take(PER_STEP));
                model.search = Some(SearchNeed { query: route.find.clone(), holding });
            }
        }
        // The period in view, nearest its middle first.
        if let Some(w) = route.window {
            let (from, to) = (w.start.floor() as i32, w.end.ceil() as i32);
            let mut inside = index.shards_between(from, to);
            let mid = (w.start + w.end) / 2.0;
            let day = |n: usize| {
                let s = &index.shards[n];
                let d = |x: Option<chrono::NaiveDate>| {
                    use chrono::Datelike;
                    x.map_or(0.0, |x| f64::from(x.num_days_from_ce()))
                };
                (d(s.from) + d(s.to)) / 2.0
            };
            crate::view::sort_indices(&mut inside, &|a, b| (day(a) - mid).abs().total_cmp(&(day(b) - mid).abs()));
            wanted.extend(inside.into_iter().take(PER_STEP));
        }
        // Nothing asked for and nothing shown: the most recent period.
        let busy = model.status.iter().any(|s| matches!(s, Status::Loaded | Status::Loading | Status::Failed(_)));
        if wanted.is_empty() && lookups.is_empty() && !busy && !index.shards.is_empty() {
            let latest = index.shards.iter().rposition(|s| s.to.is_some()).unwrap_or(index.shards.len() - 1);
            wanted.push(latest);
        }
    }
    for (file, kind) in lookups {
        fetch_lookup(m, &file, kind);
    }
    request(m, &wanted);
}

/// Where the host leaves its model for the bar ([`super::Instance::shards`]): a slot on
/// the instance rather than a context of its own (a `ContextProvider` of a new type costs
/// the app's wasm a copy of the provider component).
#[derive(Default)]
pub struct Slot(RefCell<Option<Shared>>);

impl PartialEq for Slot {
    /// The slot is the instance's, whatever it holds.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.borrow().is_some() { "Slot(sharded)" } else { "Slot(empty)" })
    }
}

/// A month of the index whose shards are not all loaded, as the timeline draws it: a bar
/// of its event count that loads its shards when activated.
#[derive(Debug)]
pub struct Month {
    /// Its first day and the first day after it (timeline day numbers).
    pub days: (i64, i64),
    /// "March 2016".
    pub name: String,
    /// Events dated in it (the index's count).
    pub events: usize,
    /// The time shards published in it (which load it).
    pub shards: Vec<usize>,
}

/// The index's months that have shards (articles published in them). Months holding only
/// events dated from articles published in other months have no shards of their own:
/// their events come with those articles.
fn months_of(index: &ShardIndex) -> Vec<Month> {
    use chrono::NaiveDate;
    let mut out = Vec::new();
    for p in &index.periods {
        // "YYYY-MM" (the index reader checked the shape).
        let (y, m) = p.month.split_once('-').unwrap_or_default();
        let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<u32>()) else { continue };
        let next = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        let (Some(a), Some(b)) = (NaiveDate::from_ymd_opt(y, m, 1), NaiveDate::from_ymd_opt(next.0, next.1, 1)) else {
            continue;
        };
        let days = (crate::view::timeline::day(a), crate::view::timeline::day(b));
        let shards = index.shards_between(days.0 as i32, days.1 as i32 - 1);
        if !shards.is_empty() {
            let name = format!("{} {y}", crate::view::MONTHS[m as usize - 1]);
            out.push(Month { days, name, events: p.events, shards });
        }
    }
    out
}

impl Slot {
    /// For a sharded corpus (else false): calls `f` with each month not loaded, the
    /// most events any month with shards holds (the bars' common scale, so they keep
    /// their height as shards arrive) and where its shards are: `Loading` while any is
    /// on its way, else `Failed` if one could not be had, else `Idle`.
    pub fn months(&self, mut f: impl FnMut(&Month, usize, &Status)) -> bool {
        let Some(m) = self.0.borrow().clone() else { return false };
        let model = m.borrow();
        let most = model.months.iter().map(|m| m.events).max().unwrap_or(0);
        for month in &model.months {
            let status = || month.shards.iter().map(|&n| &model.status[n]);
            if status().all(|s| *s == Status::Loaded) {
                continue;
            }
            let state = status()
                .find(|s| **s == Status::Loading)
                .or_else(|| status().find(|s| matches!(s, Status::Failed(_))))
                .unwrap_or(&Status::Idle);
            f(month, most, state);
        }
        true
    }

    /// Has the timeline drawn again whenever a shard's state changes (a sharded corpus
    /// only), so a month bar shows its shards loading or failed.
    pub fn watch(&self, redraw: UseForceUpdateHandle) {
        if let Some(m) = self.0.borrow().clone() {
            m.borrow_mut().months_redraw = Some(redraw);
        }
    }

    /// The days from the first month with shards to the end of the last (a sharded
    /// corpus only): what the timeline fits, so it spans the corpus before it loads.
    pub fn extent(&self) -> Option<(i64, i64)> {
        let m = self.0.borrow().clone()?;
        let months = &m.borrow().months;
        Some((months.first()?.days.0, months.last()?.days.1))
    }

    /// Fetches `shards` (a month's).
    pub fn load(&self, shards: &[usize]) {
        let m = self.0.borrow().clone();
        if let Some(m) = m {
            request(&m, &shards[..shards.len().min(PER_STEP)]);
        }
    }
}

/// Opens a sharded corpus in `host` (closing the one before) and has the app render
/// again, which starts [`use_host`]'s fetching (and shows the bar).
pub fn open(host: &Host, opened: Rc<Opened>, app: UseReducerDispatcher<AppState>) {
    close(host);
    let mut model = Model::new(opened);
    model.app = Some(app.clone());
    *host.borrow_mut() = Some(Rc::new(RefCell::new(model)));
    app.dispatch(Action::Reload);
}

/// Closes the host's corpus, if any: answers still on their way are dropped.
pub fn close(host: &Host) {
    if let Some(m) = host.borrow_mut().take() {
        m.borrow_mut().alive = false;
    }
}

/// Run by [`super::App`] (a hook, not a component wrapping the views: that would cost
/// the app's wasm a component and its props): leaves the host where [`use_shard_bar`] finds
/// it and loads the shards the route needs whenever it changes.
#[hook]
pub fn use_host(state: &UseReducerHandle<AppState>, host: &Host) {
    let current = host.borrow().clone();
    state.instance.shards.0.borrow_mut().clone_from(&current);
    let r = &state.route;
    let key = (current.as_ref().map(|m| Rc::as_ptr(m) as usize), r.window, r.article.clone(), r.find.clone());
    let route = state.route.clone();
    use_effect_on(key, move |_| {
        if let Some(m) = current {
            m.borrow_mut().route = route;
            plan(&m);
        }
        nothing()
    });
}

/// What is loaded, loading and failed, with buttons to load more or retry; nothing for
/// a bundle. Drawn by the shell: a hook that returns markup rather than a component (each
/// component type costs the app's wasm its own copy of Yew's machinery); its redraw
/// renders the shell again.
#[hook]
pub fn use_shard_bar() -> Html {
    let app = use_app();
    let redraw = use_force_update();
    let Some(m) = app.instance.shards.0.borrow().clone() else { return html! {} };
    m.borrow_mut().redraw = Some(redraw);
    let model = m.borrow();
    let index = &model.opened.index;
    let loaded: Vec<usize> = model.loaded().collect();
    let articles: usize = loaded.iter().map(|&i| model.docs[i].as_ref().map_or(0, |d| d.len())).sum();
    let months = |p: Option<&crate::corpus::shards::Period>| p.map(|p| p.month.clone()).unwrap_or_default();
    let span = match (index.periods.first(), index.periods.last()) {
        (Some(_), Some(_)) => format!(", {} to {}", months(index.periods.first()), months(index.periods.last())),
        _ => String::new(),
    };
    let summary = format!(
        "Sharded corpus: {} articles in {} shards{span}. Loaded: {} shard{} ({} articles).",
        thousands(index.articles),
        thousands(index.shards.len()),
        loaded.len(),
        if loaded.len() == 1 { "" } else { "s" },
        thousands(articles)
    );
    let step = |earlier: bool| {
        let m = m.clone();
        Callback::from(move |_: MouseEvent| {
            let next = {
                let model = m.borrow();
                let held =
                    model.loaded().chain((0..model.status.len()).filter(|&i| model.status[i] == Status::Loading));
                if earlier {
                    held.min().and_then(|f| f.checked_sub(1)).into_iter().collect::<Vec<_>>()
                } else {
                    held.max().map(|l| l + 1).filter(|&n| n < model.status.len()).into_iter().collect()
                }
            };
            request(&m, &next);
        })
    };
    let first = loaded.first().copied();
    let last = loaded.last().copied();
    let loading: Vec<usize> = (0..model.status.len()).filter(|&i| model.status[i] == Status::Loading).collect();
    let failed: Vec<(usize, String)> = model
        .status
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Status::Failed(msg) => Some((i, msg.clone())),
            _ => None,
        })
        .collect();
    let lookup_failures: Vec<String> = model
        .lookups
        .iter()
        .filter_map(|(_, l)| match l {
            LookupState::Failed(e) => Some(e.clone()),
            _ => None,
        })
        .collect();
    let search = model.search.clone().map(|s| {
        let shown = s.holding.iter().filter(|&&n| model.status[n] == Status::Loaded).count();
        let more: Vec<usize> =
            s.holding.iter().copied().filter(|&n| model.status[n] == Status::Idle).take(PER_STEP).collect();
        (s, shown, more)
    });
    html! {
        <section class="panel shard-bar" aria-label="Shards of this corpus">
            <p class="shard-summary">{summary}</p>
            <p>
                <button type="button" class="link-button shard-earlier" disabled={first.is_none_or(|f| f == 0)} onclick={step(true)}>{"Load an earlier period"}</button>
                {" · "}
                <button type="button" class="link-button shard-later" disabled={last.is_none_or(|l| l + 1 >= model.status.len())} onclick={step(false)}>{"Load a later period"}</button>
            </p>
            <div role="status" aria-live="polite">
                { for loading.iter().map(|&n| html! {
                    <p class="shard-loading" data-shard={n.to_string()}>{format!("Loading shard {}…", model.label(n))}</p>
                }) }
            </div>
            if let Some((s, shown, more)) = search {
                <p class="shard-search">
                    {format!("“{}”: {} of {} shard{} holding these words loaded. ", s.query, shown, s.holding.len(), if s.holding.len() == 1 { "" } else { "s" })}
                    if !more.is_empty() {
                        <button type="button" class="link-button" onclick={{
                            let m = m.clone();
                            Callback::from(move |_: MouseEvent| request(&m, &more))
                        }}>{"Load more of them"}</button>
                    }
                </p>
            }
            { for failed.into_iter().map(|(n, msg)| {
                let m = m.clone();
                html! {
                    <div class="panel panel-error shard-failed" role="alert" data-shard={n.to_string()}>
                        <p>{msg}{" The shards already loaded keep working."}</p>
                        <button type="button" class="button" onclick={Callback::from(move |_: MouseEvent| request(&m, &[n]))}>{"Retry"}</button>
                    </div>
                }
            }) }
            { for lookup_failures.into_iter().map(|e| html! {
                <div class="panel panel-error shard-failed" role="alert"><p>{format!("A lookup file could not be loaded: {e}")}</p></div>
            }) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_fetched_beside_the_index() {
        let opened = |url: &str| Opened { url: url.into(), index: ShardIndex::default() };
        assert_eq!(opened("data/big/index.json").file_url("t/0.json"), "data/big/t/0.json");
        assert_eq!(
            opened("https://cdn.example/c/index.json?v=2").file_url("t/0.json"),
            "https://cdn.example/c/t/0.json"
        );
        assert_eq!(opened("index.json").file_url("s/1.json"), "s/1.json");
        assert_eq!(thousands(100_000), "100,000");
        assert_eq!(thousands(999), "999");
    }

    #[test]
    fn a_bundle_and_an_index_are_told_apart() {
        let bundle = crate::view::fixture::bundle().to_json();
        assert!(matches!(read("corpus.json", &bundle), Ok(Source::Bundle(c)) if c.articles.len() == 2));
        let index = r#"{"schema":"article-explorer.shards/1","articles":0,"shards":[]}"#;
        assert!(matches!(read("x/index.json", index), Ok(Source::Sharded(o)) if o.url == "x/index.json"));
        let newer = r#"{"schema":"article-explorer.shards/2","articles":0,"shards":[]}"#;
        assert!(read("x/index.json", newer).unwrap_err().contains("uses schema"));
        let other = read("x.json", r#"{"title":"no"}"#).unwrap_err();
        assert!(other.contains("not a corpus bundle"), "{other}");
    }

    fn month_index() -> ShardIndex {
        use crate::corpus::shards::{Period, ShardEntry};
        let date = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let shard = |from, to| ShardEntry { from: date(from), to: date(to), ..ShardEntry::default() };
        let period = |month: &str, events| Period { month: month.into(), events, ..Period::default() };
        ShardIndex {
            shards: vec![shard("2016-01-04", "2016-02-11"), shard("2016-02-12", "2016-03-20"), ShardEntry::default()],
            periods: vec![
                // Events dated before any article was published: no shard of their own.
                period("2015-12", 5),
                period("2016-01", 290),
                period("2016-02", 100),
                period("2016-03", 30),
                period("2016-13", 7),
            ],
            ..ShardIndex::default()
        }
    }

    #[test]
    fn the_months_not_loaded_are_those_with_a_shard_not_loaded() {
        let day = |y, m| crate::view::timeline::day(chrono::NaiveDate::from_ymd_opt(y, m, 1).unwrap());
        let model = Model::new(Rc::new(Opened { url: "index.json".into(), index: month_index() }));
        let names: Vec<(&str, usize, &[usize])> =
            model.months.iter().map(|m| (m.name.as_str(), m.events, &m.shards[..])).collect();
        assert_eq!(
            names,
            [("January 2016", 290, &[0][..]), ("February 2016", 100, &[0, 1][..]), ("March 2016", 30, &[1][..])]
        );
        assert_eq!(model.months[0].days, (day(2016, 1), day(2016, 2)));
        assert_eq!(model.months[2].days, (day(2016, 3), day(2016, 4)));

        let slot = Slot::default();
        let not_loaded = |slot: &Slot| {
            let mut out: Vec<(String, usize)> = Vec::new();
            slot.months(|m, most, _| out.push((m.name.clone(), most))).then_some(out)
        };
        assert_eq!(not_loaded(&slot), None, "a bundle has no months");
        assert_eq!(slot.extent(), None);
        let shared = Rc::new(RefCell::new(model));
        *slot.0.borrow_mut() = Some(shared.clone());
        let all = not_loaded(&slot).unwrap();
        assert_eq!(all.iter().map(|m| m.1).collect::<Vec<_>>(), [290, 290, 290]);
        assert_eq!(slot.extent(), Some((day(2016, 1), day(2016, 4))));
        // The first shard loaded: January is drawn by its events, February still lacks its second shard.
        shared.borrow_mut().status[0] = Status::Loaded;
        let left = not_loaded(&slot).unwrap();
        let want = [("February 2016".to_string(), 290), ("March 2016".to_string(), 290)];
        assert_eq!(left, want, "January is drawn by its events; the scale stays");
        // A month says its shards are on their way before it says one failed.
        let states = |slot: &Slot| {
            let mut out: Vec<(String, Status)> = Vec::new();
            slot.months(|m, _, s| out.push((m.name.clone(), s.clone())));
            out
        };
        let month = |name: &str, s: Status| (name.to_string(), s);
        assert_eq!(states(&slot), [month("February 2016", Status::Idle), month("March 2016", Status::Idle)]);
        shared.borrow_mut().status[1] = Status::Loading;
        assert_eq!(states(&slot), [month("February 2016", Status::Loading), month("March 2016", Status::Loading)]);
        shared.borrow_mut().status[1] = Status::Failed("HTTP 500".into());
        let failed = Status::Failed("HTTP 500".into());
        assert_eq!(states(&slot), [month("February 2016", failed.clone()), month("March 2016", failed.clone())]);
        shared.borrow_mut().status[0] = Status::Loading;
        let want = [
            month("January 2016", Status::Loading),
            month("February 2016", Status::Loading),
            month("March 2016", failed),
        ];
        assert_eq!(states(&slot), want, "February has one shard on its way and one failed");
        shared.borrow_mut().status[0] = Status::Loaded;
        shared.borrow_mut().status[1] = Status::Loaded;
        assert_eq!(not_loaded(&slot), Some(Vec::new()));
    }

    #[test]
    fn the_fitted_timeline_spans_a_sharded_corpus_before_its_shards_load() {
        use crate::view::timeline::Window;
        let day = |y, m, d| crate::view::timeline::day(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()) as f64;
        let model = Model::new(Rc::new(Opened { url: "index.json".into(), index: month_index() }));
        // The seed article's events lie in 2025; the index's months in 2016.
        let seed = crate::view::fixture::corpus().articles.swap_remove(0);
        let state = AppState::ready(Rc::new(Corpus::from_docs(vec![seed], Vec::new())), Route::default());
        let alone = state.window();
        assert!(alone.start > day(2024, 1, 1), "{alone:?}");
        *state.instance.shards.0.borrow_mut() = Some(Rc::new(RefCell::new(model)));
        let w = state.window();
        assert!(w.start < day(2016, 1, 1) && w.end >= alone.end, "{w:?} spans the index's months and what is loaded");
        assert_eq!(w.end, alone.end);
        let empty = AppState::ready(Rc::new(Corpus::default()), Route::default());
        *empty.instance.shards.0.borrow_mut() = state.instance.shards.0.borrow().clone();
        let w = empty.window();
        assert!(
            w.start < day(2016, 1, 1)
                && w.start > day(2015, 12, 20)
                && w.end > day(2016, 4, 1)
                && w.end < day(2016, 4, 12),
            "{w:?}"
        );
        let route = Route { window: Some(Window { start: 1.0, end: 9.0 }), ..Route::default() };
        let chosen = AppState::ready(Rc::new(Corpus::default()), route);
        *chosen.instance.shards.0.borrow_mut() = state.instance.shards.0.borrow().clone();
        assert_eq!(chosen.window(), Window { start: 1.0, end: 9.0 }, "the reader's window wins");
    }
}
