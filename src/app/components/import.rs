//! "Your articles": bring your own articles into the explorer, analysed in this browser.
//!
//! Two parts, in two wasm modules, so that the app's own download stays small:
//!
//! - [`YourArticles`], in the app: reads the reader's stored articles from IndexedDB
//!   ([`crate::app::library`]) and shows them beside the bundled corpus (also when the
//!   bundle failed to load), and draws the panel's frame, `<details class="panel import">`.
//!   The first time the frame opens it loads the panel (`panel.js`, `panel_bg.wasm`,
//!   built from `src/bin/panel.rs`) into its host element.
//! - [`Import`], the panel itself, loaded on first use: paste text, choose or drop
//!   files; each goes to the analysis Web Worker (`src/bin/worker.rs`), so the page stays
//!   responsive, with progress (n of m), one message per file that fails, and a cancel
//!   button. Results are saved in IndexedDB; a stored article's title, date and outlet
//!   can be edited (the date re-anchors relative dates, so it is analysed again);
//!   deleting asks first and can be undone. Downloads: the whole corpus as a bundle,
//!   quotes as CSV, the timeline as TimelineJS or iCalendar.
//!
//! The two talk through the host element (`#import-host`): the app sets its property
//! `aeIds` to the ids of the bundled articles (the panel keeps ids unique); the panel
//! dispatches `ae-stored` events whose `detail` is an array of `[id, json]` (stored or
//! replaced) and `[id, null]` (deleted), in order; the app applies them
//! ([`crate::app::library::Stored`]) and shows the merged corpus, so the timeline,
//! quotes, reader and search need no change to show them.

// Native render tests (`ssr`) draw the panel but never run its handlers; an app built
// without the `import` feature does not draw it.
#![cfg_attr(not(all(feature = "csr", feature = "import")), allow(dead_code))]

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::{nothing, use_app, use_effect_on, use_value};
use crate::app::library::{Library, Stored};
use crate::app::state::Load;
use crate::corpus::BundleArticle;
use crate::export::Format;

/// Files larger than this are refused before they are read. Lower than the CLI's 64 MB:
/// an analysis is a few times the size of its text, and the page holds it whole (a 50 MB
/// file would need hundreds of MB in the worker and the page).
pub const MAX_FILE_BYTES: f64 = 10.0 * 1024.0 * 1024.0;

/// The id of the element the panel renders into (the standalone page has one app, so
/// the id needs no instance prefix: embeds never show the panel).
pub const HOST_ID: &str = "import-host";

/// A line in the import panel's message list.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// A file failed; the others go on.
    Error(String),
    /// A file was read with a caveat.
    Warning(String),
    /// What a batch did.
    Info(String),
}

/// What a queued file is for.
#[derive(Clone, Debug)]
enum Job {
    /// A new file or pasted text.
    New { name: String },
    /// A stored article analysed again with edited metadata.
    Reanalyse { id: String },
}

/// The panel's state (kept outside Yew's state so that worker replies, which arrive in
/// any order, update it in place).
#[derive(Default)]
pub struct Model {
    /// The reader's articles, in the order they were added.
    local: Vec<BundleArticle>,
    /// The stored JSON of each of them, by id (what is saved and exported, so the page
    /// never serializes).
    json: SmallMap<String, String>,
    /// The open library; `None` while opening or when the browser refused storage.
    library: Option<Library>,
    /// Why storage is not available, shown once.
    store_error: Option<String>,
    /// Whether the library has been read (the list is complete).
    read: bool,
    /// Files in the current batch, and how many are finished.
    total: usize,
    done: usize,
    cancelled: usize,
    added: usize,
    /// Set by Cancel: stops reading further files of the batch.
    stop_reading: bool,
    notes: Vec<Note>,
    /// The last deleted article, for Undo.
    undo: Option<(BundleArticle, String)>,
    /// The article whose metadata is being edited.
    editing: Option<String>,
    jobs: SmallMap<u32, Job>,
    next_job: u32,
    /// The ids of the bundled articles (from the host), which new articles must not take.
    base_ids: Vec<String>,
    /// Changes the app has not been told of yet: `(id, Some(json))` stored, `(id, None)`
    /// deleted, in order.
    changes: Vec<(String, Option<String>)>,
    #[cfg(all(feature = "csr", feature = "import"))]
    worker: Option<imp::WorkerHandle>,
}

impl Model {
    fn running(&self) -> bool {
        self.done < self.total
    }

    /// An id not used by any article shown: `base`, else `base-2`, `base-3`…
    fn unique_id(&self, base: &str, taken: &[String]) -> String {
        let used = |id: &str| {
            taken.iter().any(|t| t == id)
                || self.local.iter().any(|a| a.id == id)
                || self.base_ids.iter().any(|b| b == id)
        };
        let mut id = base.to_string();
        let mut n = 1;
        while used(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// A map kept as a list: the panel holds a handful of entries, and a `HashMap` of new
/// key and value types would add its own copy of the hash table code to the app's wasm.
struct SmallMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap(Vec::new())
    }
}

impl<K: PartialEq, V> SmallMap<K, V> {
    fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => Some(std::mem::replace(v, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }

    fn remove(&mut self, key: &K) -> Option<V> {
        let pos = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.swap_remove(pos).1)
    }

    fn get(&self, key: &K) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// Shared handles the panel's callbacks need.
#[derive(Clone)]
struct Ctx {
    model: Rc<RefCell<Model>>,
    redraw: UseForceUpdateHandle,
    /// The element the panel renders into, which the app listens on.
    host: Option<web_sys::Element>,
}

impl Ctx {
    /// Tells the app what changed in the reader's articles and redraws the panel.
    fn sync(&self) {
        let changes = std::mem::take(&mut self.model.borrow_mut().changes);
        #[cfg(all(feature = "csr", feature = "import"))]
        if let (Some(host), false) = (&self.host, changes.is_empty()) {
            imp::tell_app(host, &changes);
        }
        drop(changes);
        self.redraw.force_update();
    }
}

/// The panel's frame where the Shell shows it: drawn unless the app is built without the
/// `import` feature (which `csr` includes).
pub fn panel() -> Html {
    if cfg!(any(feature = "import", not(feature = "csr"))) {
        html! { <YourArticles /> }
    } else {
        Html::default()
    }
}

/// Where loading the panel's module stands.
#[derive(Clone, Debug, Default, PartialEq)]
enum PanelLoad {
    #[default]
    Idle,
    Loading,
    Ready,
    Failed(String),
}

/// In the app: the reader's stored articles shown beside the bundled corpus, and the
/// frame the panel loads into on first use.
#[component]
pub fn YourArticles() -> Html {
    let app = use_app();
    let stored = use_mut_ref(Stored::default);
    let panel = use_value(PanelLoad::default);
    let redraw = use_force_update();
    let host = use_node_ref();
    let dispatcher = app.dispatcher();

    // Read the library once; then apply what the panel reports (in the browser only).
    #[cfg(all(feature = "csr", feature = "import"))]
    {
        let (stored, redraw, dispatcher, host) = (stored.clone(), redraw.clone(), dispatcher.clone(), host.clone());
        use_effect_on((), move |_| {
            let listener = imp::read_and_follow(stored, redraw, dispatcher, host);
            Box::new(move || drop(listener))
        });
    }
    #[cfg(not(all(feature = "csr", feature = "import")))]
    drop(redraw);
    // A newly loaded (or failed) bundle is the base the reader's articles are shown beside.
    {
        let (stored, corpus, host) = (stored.clone(), app.corpus.clone(), host.clone());
        use_effect_on((Rc::as_ptr(&app.corpus) as usize, app.load.clone()), move |(_, load)| {
            let ours = stored.borrow().shows(&corpus);
            let action = match load {
                Load::Ready if !ours => stored.borrow_mut().set_base(corpus, None),
                Load::Failed(message) => stored.borrow_mut().set_base(Rc::default(), Some(message.clone())),
                _ => None,
            };
            #[cfg(all(feature = "csr", feature = "import"))]
            imp::share_base(&host, &stored.borrow());
            drop(host);
            if let Some(action) = action {
                dispatcher.dispatch(action);
            }
            nothing()
        });
    }

    let n = stored.borrow().len();
    let ontoggle = {
        let panel = panel.clone();
        Callback::from(move |e: Event| {
            let open = e.target_dyn_into::<web_sys::Element>().is_some_and(|d| d.has_attribute("open"));
            if open && *panel == PanelLoad::Idle {
                panel.set(PanelLoad::Loading);
                #[cfg(all(feature = "csr", feature = "import"))]
                imp::load_panel(panel.clone());
            }
        })
    };
    html! {
        <details class="panel import" open={n > 0} {ontoggle} aria-busy={if stored.borrow().read { "false" } else { "true" }}>
            <summary>{format!("Your articles ({n})")}</summary>
            <div id={HOST_ID} ref={host}></div>
            if *panel == PanelLoad::Loading {
                <p class="status" role="status">{"Loading the import panel…"}</p>
            }
            if let PanelLoad::Failed(message) = &*panel {
                <p class="panel-error" role="alert">{message.clone()}</p>
            }
        </details>
    }
}

/// Props of [`Import`].
#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// The element the panel renders into (the app listens on it); none in render tests.
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
}

/// The import panel (its own wasm module, `src/bin/panel.rs`, loaded on first use).
#[component]
pub fn Import(props: &ImportProps) -> Html {
    let model = use_mut_ref(Model::default);
    let redraw = use_force_update();
    let ctx = Ctx { model: model.clone(), redraw, host: props.host.clone() };

    // Open the library once and show what it holds (the app has read it too).
    {
        let ctx = ctx.clone();
        use_effect_on((), move |_| {
            yew::platform::spawn_local(async move {
                match Library::open().await {
                    Ok(library) => {
                        let stored = library.all().await;
                        let mut m = ctx.model.borrow_mut();
                        m.library = Some(library);
                        match stored {
                            Ok(records) => {
                                for (key, json) in records {
                                    // A record that cannot be read is reported and left
                                    // in place, never deleted.
                                    match crate::app::library::read_record(&key, &json) {
                                        Ok(article) => {
                                            m.json.insert(key, json);
                                            m.local.push(article);
                                        }
                                        Err(e) => m.notes.push(Note::Error(format!(
                                            "Your stored article {key:?} could not be read: {e}"
                                        ))),
                                    }
                                }
                            }
                            Err(e) => m.store_error = Some(e),
                        }
                    }
                    Err(e) => ctx.model.borrow_mut().store_error = Some(e),
                }
                ctx.model.borrow_mut().read = true;
                ctx.sync();
            });
            nothing()
        });
    }

    let m = model.borrow();
    let n = m.local.len();
    let paste_title = use_node_ref();
    let paste_date = use_node_ref();
    let paste_outlet = use_node_ref();
    let paste_text = use_node_ref();
    let edit_title = use_node_ref();
    let edit_date = use_node_ref();
    let edit_outlet = use_node_ref();
    let cb = dispatcher(
        &ctx,
        [paste_title.clone(), paste_date.clone(), paste_outlet.clone(), paste_text.clone()],
        [edit_title.clone(), edit_date.clone(), edit_outlet.clone()],
    );

    let progress = (m.total > 0).then(|| {
        let status = if m.running() {
            format!("Analysing {} of {} files…", (m.done + 1).min(m.total), m.total)
        } else if m.cancelled > 0 {
            format!("Cancelled: {} of {} files analysed, {} not analysed.", m.done - m.cancelled, m.total, m.cancelled)
        } else {
            format!("Done: {} of {} files analysed, {} articles added.", m.done, m.total, m.added)
        };
        html! {
            <div class="import-progress">
                <progress max={m.total.to_string()} value={m.done.to_string()} aria-labelledby="import-status"></progress>
                <p id="import-status" role="status" aria-live="polite">{status}</p>
                if m.running() {
                    <button type="button" class="button" onclick={cb.reform(|_: MouseEvent| Msg::Cancel)}>{"Cancel"}</button>
                }
            </div>
        }
    });
    let notes = (!m.notes.is_empty()).then(|| {
        html! {
            <ul class="import-notes" aria-label="Import messages">
                { for m.notes.iter().map(|note| match note {
                    Note::Error(t) => html! { <li class="note-error">{"Error: "}{t.clone()}</li> },
                    Note::Warning(t) => html! { <li class="note-warning">{"Warning: "}{t.clone()}</li> },
                    Note::Info(t) => html! { <li>{t.clone()}</li> },
                }) }
            </ul>
        }
    });
    let undo = m.undo.as_ref().map(|a| {
        html! {
            <p class="import-undo" role="status">
                {format!("Deleted “{}”. ", a.0.display_title())}
                <button type="button" class="button" onclick={cb.reform(|_: MouseEvent| Msg::Undo)}>{"Undo"}</button>
            </p>
        }
    });
    let list = m.local.iter().map(|a| {
        let id = a.id.clone();
        let title = a.display_title();
        let date = a.published.map(|d| d.to_string()).unwrap_or_default();
        let meta = [a.outlet.clone().unwrap_or_default(), date.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ");
        let editing = m.editing.as_deref() == Some(a.id.as_str());
        let on_edit = { let id = id.clone(); cb.reform(move |_: MouseEvent| Msg::Edit(Some(id.clone()))) };
        let on_delete = { let id = id.clone(); cb.reform(move |_: MouseEvent| Msg::Delete(id.clone())) };
        let on_save = { let id = id.clone(); cb.reform(move |e: SubmitEvent| Msg::Save(e, id.clone())) };
        html! {
            <li key={id.clone()} class="import-item">
                <span class="import-item-title">{title.clone()}</span>
                <span class="import-item-meta">{meta}</span>
                <button type="button" class="button" onclick={on_edit} aria-label={format!("Edit “{title}”")}>{"Edit"}</button>
                <button type="button" class="button" onclick={on_delete} aria-label={format!("Delete “{title}”")}>{"Delete"}</button>
                if editing {
                    <form class="import-edit" onsubmit={on_save} aria-label={format!("Edit “{title}”")}>
                        <label>{"Title "}<input ref={edit_title.clone()} name="title" value={a.title.clone().unwrap_or_default()} /></label>
                        <label>{"Date "}<input ref={edit_date.clone()} name="date" type="date" value={date} /></label>
                        <label>{"Outlet "}<input ref={edit_outlet.clone()} name="outlet" value={a.outlet.clone().unwrap_or_default()} /></label>
                        <button type="submit" class="button">{"Save and analyse again"}</button>
                        <button type="button" class="button" onclick={cb.reform(|_: MouseEvent| Msg::Edit(None))}>{"Cancel"}</button>
                    </form>
                }
            </li>
        }
    });
    let exports = Format::ALL.iter().map(|&f| {
        let label = match f {
            Format::Bundle => "Corpus bundle (.json)",
            Format::Csv => "Quotes (.csv)",
            Format::TimelineJs => "TimelineJS (.json)",
            Format::ICal => "Calendar (.ics)",
        };
        html! { <button type="button" class="button" onclick={cb.reform(move |_: MouseEvent| Msg::Export(f))}>{label}</button> }
    });

    html! {
        <div class="import-body" aria-busy={if m.read { "false" } else { "true" }}>
            <p>{"Add articles to explore them with the others. They are analysed in this browser and kept only here; nothing is uploaded."}</p>
            if let Some(e) = &m.store_error {
                <p class="panel-error" role="alert">{e.clone()}</p>
            }
            <div class="import-drop" ondragover={cb.reform(Msg::DragOver)} ondrop={cb.reform(Msg::Drop)}>
                <label for="import-files">{"Choose files (.txt, .md, .html, .json)"}</label>
                <input id="import-files" type="file" multiple=true accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/html,application/json" onchange={cb.reform(Msg::Files)} />
                <span>{" or drop them here."}</span>
            </div>
            <form class="import-paste" onsubmit={cb.reform(Msg::Paste)} aria-label="Paste an article">
                <label for="import-text">{"Or paste an article's text"}</label>
                <textarea id="import-text" ref={paste_text} rows="4" />
                <label>{"Title "}<input ref={paste_title} name="title" /></label>
                <label>{"Date "}<input ref={paste_date} name="date" type="date" /></label>
                <label>{"Outlet "}<input ref={paste_outlet} name="outlet" /></label>
                <button type="submit" class="button">{"Analyse"}</button>
            </form>
            {for progress}
            {for notes}
            {for undo}
            if n > 0 {
                <ul class="import-list" aria-label="Your articles">{ for list }</ul>
            }
            <div class="import-export" role="group" aria-label="Download">
                <span>{"Download everything shown: "}</span>
                { for exports }
            </div>
        </div>
    }
}

/// What the panel's controls ask for. One callback takes them all: one closure in the
/// app's wasm instead of one per control.
enum Msg {
    Files(Event),
    DragOver(DragEvent),
    Drop(DragEvent),
    Paste(SubmitEvent),
    Cancel,
    Delete(String),
    Undo,
    Edit(Option<String>),
    Save(SubmitEvent, String),
    Export(Format),
}

/// Outside the browser (render tests) the panel renders but does nothing.
#[cfg(not(all(feature = "csr", feature = "import")))]
fn dispatcher(_: &Ctx, _: [NodeRef; 4], _: [NodeRef; 3]) -> Callback<Msg> {
    Callback::noop()
}

#[cfg(all(feature = "csr", feature = "import"))]
fn dispatcher(ctx: &Ctx, paste: [NodeRef; 4], edit: [NodeRef; 3]) -> Callback<Msg> {
    use wasm_bindgen::JsCast;

    let value = |r: &NodeRef| {
        r.cast::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| r.cast::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
            .unwrap_or_default()
    };
    let ctx = ctx.clone();
    Callback::from(move |msg: Msg| match msg {
        Msg::Files(e) => {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let list = imp::files(input.files());
            input.set_value("");
            imp::start_files(&ctx, list);
        }
        Msg::DragOver(e) => e.prevent_default(),
        Msg::Drop(e) => {
            e.prevent_default();
            let list = imp::files(e.data_transfer().and_then(|d| d.files()));
            imp::start_files(&ctx, list);
        }
        Msg::Paste(e) => {
            e.prevent_default();
            let [title, date, outlet, text] = &paste;
            let body = value(text);
            if body.trim().is_empty() {
                ctx.model.borrow_mut().notes.push(Note::Error("Paste an article's text first.".into()));
                ctx.redraw.force_update();
                return;
            }
            let meta = imp::metadata(&value(title), &value(date), &value(outlet));
            imp::start_text(&ctx, Job::New { name: "pasted text".into() }, body, meta);
            if let Some(t) = text.cast::<web_sys::HtmlTextAreaElement>() {
                t.set_value("");
            }
        }
        Msg::Cancel => imp::cancel(&ctx),
        Msg::Delete(id) => imp::delete(&ctx, id),
        Msg::Undo => imp::undo(&ctx),
        Msg::Edit(id) => {
            ctx.model.borrow_mut().editing = id;
            ctx.redraw.force_update();
        }
        Msg::Save(e, id) => {
            e.prevent_default();
            let [title, date, outlet] = &edit;
            let Some(article) = ctx.model.borrow().local.iter().find(|a| a.id == id).cloned() else { return };
            let meta = imp::metadata(&value(title), &value(date), &value(outlet));
            ctx.model.borrow_mut().editing = None;
            imp::start_text(&ctx, Job::Reanalyse { id }, article.text, meta);
        }
        Msg::Export(format) => imp::export(&ctx, format),
    })
}

/// In the browser: the panel's work (worker, files, storage, downloads) and the app's
/// side of the link (reading the library, following the panel, loading it).
#[cfg(all(feature = "csr", feature = "import"))]
mod imp {
    use std::cell::RefCell;
    use std::rc::Rc;

    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use yew::prelude::*;

    use super::{Ctx, Job, Note, PanelLoad, MAX_FILE_BYTES};
    use crate::app::library::{Library, Stored};
    use crate::app::state::AppState;
    use crate::corpus::BundleArticle;

    /// The worker, whether it has said it is ready, and messages waiting for that.
    pub struct WorkerHandle {
        worker: web_sys::Worker,
        ready: bool,
        pending: Vec<JsValue>,
        _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _onerror: Closure<dyn FnMut(web_sys::Event)>,
    }

    fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
        let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
    }

    fn get(obj: &JsValue, key: &str) -> JsValue {
        Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    /// The strings in a JS array (none when it is not one).
    fn strings(array: &JsValue) -> Vec<String> {
        js_sys::Array::from(array).iter().filter_map(|s| s.as_string()).collect()
    }

    pub fn files(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
        let Some(list) = list else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.get(i)).collect()
    }

    pub fn metadata(title: &str, date: &str, outlet: &str) -> Object {
        let meta = Object::new();
        for (k, v) in [("title", title), ("date", date), ("outlet", outlet)] {
            set(&meta, k, v.trim());
        }
        meta
    }

    /// Sends a message to the worker, starting it on first use.
    fn send(ctx: &Ctx, message: JsValue) {
        let mut m = ctx.model.borrow_mut();
        if m.worker.is_none() {
            match start_worker(ctx) {
                Ok(w) => m.worker = Some(w),
                Err(e) => {
                    m.notes.push(Note::Error(format!("The analysis could not start: {e}")));
                    return;
                }
            }
        }
        let w = m.worker.as_mut().expect("started above");
        if w.ready {
            let _ = w.worker.post_message(&message);
        } else {
            w.pending.push(message);
        }
    }

    fn start_worker(ctx: &Ctx) -> Result<WorkerHandle, String> {
        let worker = web_sys::Worker::new("worker_loader.js").map_err(|e| format!("{e:?}"))?;
        let on_message = {
            let ctx = ctx.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| reply(&ctx, e.data()))
        };
        let on_error = {
            let ctx = ctx.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                crashed(&ctx);
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(WorkerHandle { worker, ready: false, pending: Vec::new(), _onmessage: on_message, _onerror: on_error })
    }

    /// The worker stopped (a bug in the analysis aborts it): every file it held fails,
    /// and the next batch starts a fresh worker.
    fn crashed(ctx: &Ctx) {
        {
            let mut m = ctx.model.borrow_mut();
            if let Some(w) = m.worker.take() {
                w.worker.terminate();
            }
            let jobs: Vec<Job> = m.jobs.0.drain(..).map(|(_, j)| j).collect();
            for job in jobs {
                let name = match job {
                    Job::New { name } => name,
                    Job::Reanalyse { id } => id,
                };
                m.notes.push(Note::Error(format!("{name}: the analysis stopped unexpectedly; try this file again.")));
                m.done += 1;
            }
        }
        finish(ctx);
    }

    fn job_message(id: u32, name: &str) -> Object {
        let msg = Object::new();
        set(&msg, "type", "analyse");
        set(&msg, "id", id);
        set(&msg, "name", name);
        msg
    }

    fn enqueue(ctx: &Ctx, job: Job) -> u32 {
        let mut m = ctx.model.borrow_mut();
        let id = m.next_job;
        m.next_job += 1;
        m.jobs.insert(id, job);
        id
    }

    fn begin(ctx: &Ctx, files: usize) {
        let mut m = ctx.model.borrow_mut();
        if !m.running() {
            m.total = 0;
            m.done = 0;
            m.cancelled = 0;
            m.added = 0;
            m.notes.clear();
        }
        m.total += files;
        m.stop_reading = false;
    }

    pub fn start_text(ctx: &Ctx, job: Job, text: String, meta: Object) {
        begin(ctx, 1);
        let name = match &job {
            Job::New { name } => name.clone(),
            Job::Reanalyse { id } => id.clone(),
        };
        let verbatim = matches!(job, Job::Reanalyse { .. });
        let id = enqueue(ctx, job);
        let msg = job_message(id, &name);
        set(&msg, "text", text);
        set(&msg, "verbatim", verbatim);
        set(&msg, "metadata", meta);
        send(ctx, msg.into());
        ctx.redraw.force_update();
    }

    pub fn start_files(ctx: &Ctx, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        begin(ctx, files.len());
        ctx.redraw.force_update();
        let ctx = ctx.clone();
        // Read one file at a time, so a thousand files never sit in memory at once.
        yew::platform::spawn_local(async move {
            let n = files.len();
            for (i, file) in files.into_iter().enumerate() {
                if ctx.model.borrow().stop_reading {
                    let mut m = ctx.model.borrow_mut();
                    m.done += n - i;
                    m.cancelled += n - i;
                    drop(m);
                    finish(&ctx);
                    return;
                }
                let name = file.name();
                if file.size() > MAX_FILE_BYTES {
                    // Whole megabytes in integers: printing an f64 costs the wasm ~5 KB.
                    const MB: u64 = 1024 * 1024;
                    let mb = (file.size() as u64 + MB / 2) / MB;
                    fail(
                        &ctx,
                        format!(
                            "{name}: the file is {mb} MB, over the {} MB limit for one file in the browser; split it, or use the command-line tool (article-explorer build-corpus)",
                            MAX_FILE_BYTES as u64 / MB
                        ),
                    );
                    continue;
                }
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => {
                        let id = enqueue(&ctx, Job::New { name: name.clone() });
                        let msg = job_message(id, &name);
                        set(&msg, "bytes", Uint8Array::new(&buffer));
                        send(&ctx, msg.into());
                    }
                    Err(_) => fail(&ctx, format!("{name}: the browser could not read this file")),
                }
            }
        });
    }

    fn fail(ctx: &Ctx, message: String) {
        {
            let mut m = ctx.model.borrow_mut();
            m.notes.push(Note::Error(message));
            m.done += 1;
        }
        finish(ctx);
    }

    /// After each finished file: redraw; at the end of a batch, show the merged corpus.
    fn finish(ctx: &Ctx) {
        let done = !ctx.model.borrow().running();
        if done {
            ctx.sync();
        } else {
            ctx.redraw.force_update();
        }
    }

    pub fn cancel(ctx: &Ctx) {
        ctx.model.borrow_mut().stop_reading = true;
        let msg = Object::new();
        set(&msg, "type", "cancel");
        if let Some(w) = ctx.model.borrow_mut().worker.as_mut() {
            // Messages not yet sent are dropped here; the worker drops what it queued.
            let pending = std::mem::take(&mut w.pending);
            let _ = w.worker.post_message(&msg);
            drop(pending);
        }
        // Jobs that never reached the worker are cancelled here.
        let unsent: Vec<u32> = {
            let m = ctx.model.borrow();
            let ready = m.worker.as_ref().is_some_and(|w| w.ready);
            if ready {
                Vec::new()
            } else {
                m.jobs.0.iter().map(|(k, _)| *k).collect()
            }
        };
        for id in unsent {
            let mut m = ctx.model.borrow_mut();
            m.jobs.remove(&id);
            m.done += 1;
            m.cancelled += 1;
        }
        finish(ctx);
    }

    /// A reply from the worker.
    fn reply(ctx: &Ctx, data: JsValue) {
        let kind = get(&data, "type").as_string().unwrap_or_default();
        if kind == "ready" {
            let mut m = ctx.model.borrow_mut();
            if let Some(w) = m.worker.as_mut() {
                w.ready = true;
                for msg in w.pending.drain(..) {
                    let _ = w.worker.post_message(&msg);
                }
            }
            return;
        }
        if kind == "exported" || (kind == "error" && get(&data, "id").as_f64() == Some(-1.0)) {
            match get(&data, "text").as_string() {
                Some(text) => download(
                    &get(&data, "name").as_string().unwrap_or_default(),
                    &get(&data, "mediaType").as_string().unwrap_or_default(),
                    &text,
                ),
                None => {
                    let error = get(&data, "error").as_string().unwrap_or_default();
                    ctx.model.borrow_mut().notes.push(Note::Error(format!("The download failed: {error}")));
                    ctx.redraw.force_update();
                }
            }
            return;
        }
        let Some(id) = get(&data, "id").as_f64().map(|f| f as u32) else { return };
        let Some(job) = ctx.model.borrow_mut().jobs.remove(&id) else { return };
        match kind.as_str() {
            "result" => {
                let warnings = strings(&get(&data, "warnings"));
                let articles: Result<Vec<(BundleArticle, String)>, String> = strings(&get(&data, "articles"))
                    .into_iter()
                    .map(|json| Ok((crate::app::library::read_article(&json)?, json)))
                    .collect();
                match articles {
                    Ok(articles) => store(ctx, job, articles, warnings),
                    Err(e) => fail(ctx, format!("the analysis returned unreadable data: {e}")),
                }
            }
            "cancelled" => {
                {
                    let mut m = ctx.model.borrow_mut();
                    m.done += 1;
                    m.cancelled += 1;
                }
                finish(ctx);
            }
            _ => fail(ctx, get(&data, "error").as_string().unwrap_or_else(|| "the file could not be analysed".into())),
        }
    }

    /// Keeps analysed articles: shown at once, then saved; a failed save takes them back
    /// out and says so (what was stored before is untouched).
    fn store(ctx: &Ctx, job: Job, mut articles: Vec<(BundleArticle, String)>, warnings: Vec<String>) {
        let base_ids = ctx.host.as_ref().map(|h| strings(&get(h, "aeIds"))).unwrap_or_default();
        let (replaced, library) = {
            let mut m = ctx.model.borrow_mut();
            m.base_ids = base_ids;
            m.notes.extend(warnings.into_iter().map(Note::Warning));
            let replaced = match &job {
                Job::Reanalyse { id } => {
                    let Some(pos) = m.local.iter().position(|a| &a.id == id) else {
                        drop(m);
                        return fail(ctx, format!("{id}: the article was deleted while it was analysed"));
                    };
                    articles.truncate(1);
                    let Some((article, json)) = articles.first_mut() else {
                        drop(m);
                        return fail(ctx, format!("{id}: the analysis returned no article"));
                    };
                    article.id = id.clone();
                    article.source = m.local[pos].source.clone();
                    let old = std::mem::replace(&mut m.local[pos], article.clone());
                    let old_json = m.json.insert(id.clone(), json.clone()).unwrap_or_default();
                    Some((old, old_json))
                }
                Job::New { .. } => {
                    let mut taken = Vec::new();
                    for (a, json) in &mut articles {
                        a.id = m.unique_id(&a.id, &taken);
                        taken.push(a.id.clone());
                        m.json.insert(a.id.clone(), json.clone());
                        m.local.push(a.clone());
                    }
                    None
                }
            };
            (replaced, m.library.clone())
        };
        let records: Vec<(String, String)> = articles.iter().map(|(a, json)| (a.id.clone(), json.clone())).collect();
        let ctx = ctx.clone();
        let was_edit = replaced.is_some();
        yew::platform::spawn_local(async move {
            let saved = match &library {
                Some(l) => l.put(&records).await,
                // Storage refused (already said): keep them for this visit.
                None => Ok(()),
            };
            {
                let mut m = ctx.model.borrow_mut();
                match saved {
                    Ok(()) => {
                        m.changes.extend(records.iter().map(|(id, json)| (id.clone(), Some(json.clone()))));
                        if was_edit {
                            m.notes.push(Note::Info("Saved and analysed again.".into()));
                        } else {
                            m.added += records.len();
                        }
                    }
                    Err(e) => {
                        match replaced {
                            Some((old, old_json)) => {
                                m.json.insert(old.id.clone(), old_json);
                                if let Some(slot) = m.local.iter_mut().find(|a| a.id == old.id) {
                                    *slot = old;
                                }
                            }
                            None => {
                                for (id, _) in &records {
                                    m.json.remove(id);
                                }
                                m.local.retain(|a| !records.iter().any(|(id, _)| id == &a.id));
                            }
                        }
                        m.notes.push(Note::Error(e));
                    }
                }
                m.done += 1;
            }
            finish(&ctx);
        });
    }

    pub fn delete(ctx: &Ctx, id: String) {
        let found = {
            let m = ctx.model.borrow();
            m.local.iter().find(|a| a.id == id).cloned().zip(m.json.get(&id).cloned())
        };
        let Some((article, json)) = found else { return };
        let question = format!("Delete “{}” from your articles?", article.display_title());
        if !web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
            return;
        }
        let library = ctx.model.borrow().library.clone();
        let ctx = ctx.clone();
        yew::platform::spawn_local(async move {
            let deleted = match &library {
                Some(l) => l.delete(&id).await,
                None => Ok(()),
            };
            {
                let mut m = ctx.model.borrow_mut();
                match deleted {
                    Ok(()) => {
                        m.local.retain(|a| a.id != id);
                        m.json.remove(&id);
                        m.changes.push((id.clone(), None));
                        m.undo = Some((article, json));
                    }
                    Err(e) => m.notes.push(Note::Error(e)),
                }
            }
            ctx.sync();
        });
    }

    pub fn undo(ctx: &Ctx) {
        let Some((article, json)) = ctx.model.borrow_mut().undo.take() else { return };
        let library = ctx.model.borrow().library.clone();
        let ctx = ctx.clone();
        yew::platform::spawn_local(async move {
            let saved = match &library {
                Some(l) => l.put(&[(article.id.clone(), json.clone())]).await,
                None => Ok(()),
            };
            {
                let mut m = ctx.model.borrow_mut();
                match saved {
                    Ok(()) => {
                        m.changes.push((article.id.clone(), Some(json.clone())));
                        m.json.insert(article.id.clone(), json);
                        m.local.push(article);
                    }
                    Err(e) => {
                        m.notes.push(Note::Error(e));
                        m.undo = Some((article, json));
                    }
                }
            }
            ctx.sync();
        });
    }

    /// Asks the worker for an export of everything shown: it fetches the bundled corpus
    /// itself and adds the reader's articles.
    pub fn export(ctx: &Ctx, format: crate::export::Format) {
        let msg = Object::new();
        set(&msg, "type", "export");
        set(&msg, "id", -1);
        set(&msg, "format", format.name());
        let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
        let corpus = web_sys::Url::new_with_base(&crate::app::services::corpus_url(), &base).map(|u| u.href()).ok();
        let has_base = ctx.host.as_ref().is_some_and(|h| js_sys::Array::from(&get(h, "aeIds")).length() > 0);
        set(&msg, "corpus", if has_base { corpus.map_or(JsValue::NULL, JsValue::from) } else { JsValue::NULL });
        let (articles, ids): (js_sys::Array, js_sys::Array) = {
            let m = ctx.model.borrow();
            let ids: js_sys::Array = m.local.iter().map(|a| JsValue::from(a.id.as_str())).collect();
            let json: js_sys::Array =
                m.local.iter().map(|a| JsValue::from(m.json.get(&a.id).map_or("", String::as_str))).collect();
            (json, ids)
        };
        set(&msg, "articles", articles);
        set(&msg, "ids", ids);
        send(ctx, msg.into());
    }

    /// Offers `text` as a download named `name`.
    pub fn download(name: &str, media_type: &str, text: &str) {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(media_type);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
        let document = gloo::utils::document();
        if let Ok(a) = document.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
            a.set_href(&url);
            a.set_download(name);
            let _ = document.body().map(|b| b.append_child(&a));
            a.click();
            a.remove();
        }
        // Revoke after the click has been handled.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ =
            gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }

    // The panel's side of the link to the app.

    /// Tells the app (listening on `host`) what changed: `[id, json]` stored, `[id, null]`
    /// deleted, in order.
    pub fn tell_app(host: &web_sys::Element, changes: &[(String, Option<String>)]) {
        let detail: js_sys::Array = changes
            .iter()
            .map(|(id, json)| {
                let json = json.as_deref().map_or(JsValue::NULL, JsValue::from_str);
                JsValue::from(js_sys::Array::of2(&JsValue::from_str(id), &json))
            })
            .collect();
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("ae-stored", &init) {
            let _ = host.dispatch_event(&event);
        }
    }

    // The app's side.

    /// Gives the browser a turn (a new task), so that input and painting are not held up.
    async fn next_task() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        let _ = JsFuture::from(promise).await;
    }

    /// Applies records to `stored`, yielding to the browser every 30 ms of work.
    async fn apply(stored: &RefCell<Stored>, records: Vec<(String, Option<String>)>) {
        let mut since = js_sys::Date::now();
        for (key, json) in records {
            if js_sys::Date::now() - since > 30.0 {
                next_task().await;
                since = js_sys::Date::now();
            }
            // A record that cannot be read is left out here; the panel reports it.
            let _ = stored.borrow_mut().apply(&key, json.as_deref());
        }
    }

    /// Shows what `stored` now holds.
    fn show(stored: &RefCell<Stored>, redraw: &UseForceUpdateHandle, app: &UseReducerDispatcher<AppState>) {
        let action = stored.borrow_mut().action();
        if let Some(action) = action {
            app.dispatch(action);
        }
        redraw.force_update();
    }

    /// Reads the library into `stored`, then follows the panel's changes (until the
    /// returned listener is dropped).
    pub fn read_and_follow(
        stored: Rc<RefCell<Stored>>,
        redraw: UseForceUpdateHandle,
        app: UseReducerDispatcher<AppState>,
        host: NodeRef,
    ) -> Option<gloo::events::EventListener> {
        {
            let (stored, redraw, app) = (stored.clone(), redraw.clone(), app.clone());
            yew::platform::spawn_local(async move {
                // Storage refused or unreadable: nothing to show; the panel says why.
                if let Ok(library) = Library::open().await {
                    if let Ok(records) = library.all().await {
                        apply(&stored, records.into_iter().map(|(k, v)| (k, Some(v))).collect()).await;
                    }
                }
                stored.borrow_mut().read = true;
                show(&stored, &redraw, &app);
            });
        }
        let host = host.cast::<web_sys::Element>()?;
        Some(gloo::events::EventListener::new(&host, "ae-stored", move |e| {
            let Some(detail) = e.dyn_ref::<web_sys::CustomEvent>().map(|e| e.detail()) else { return };
            let records: Vec<(String, Option<String>)> = js_sys::Array::from(&detail)
                .iter()
                .filter_map(|pair| {
                    let pair = js_sys::Array::from(&pair);
                    Some((pair.get(0).as_string()?, pair.get(1).as_string()))
                })
                .collect();
            let (stored, redraw, app) = (stored.clone(), redraw.clone(), app.clone());
            // In a task of its own: the panel's handler returns at once.
            yew::platform::spawn_local(async move {
                next_task().await;
                apply(&stored, records).await;
                show(&stored, &redraw, &app);
            });
        }))
    }

    /// Tells the panel the ids of the bundled articles (`host.aeIds`).
    pub fn share_base(host: &NodeRef, stored: &Stored) {
        if let Some(host) = host.cast::<web_sys::Element>() {
            let ids: js_sys::Array = stored.base_ids().map(JsValue::from_str).collect();
            set(host.unchecked_ref(), "aeIds", ids);
        }
    }

    #[wasm_bindgen]
    extern "C" {
        /// The panel module's init function: `panel.js` (wasm-bindgen's `no-modules`
        /// output) defines it as the global `wasm_bindgen`; it fetches `panel_bg.wasm`
        /// beside the script and runs the panel's `main`.
        #[wasm_bindgen(catch, js_name = wasm_bindgen)]
        fn init_panel() -> Result<js_sys::Promise, JsValue>;
    }

    /// Loads the panel's module (`panel.js`, then its wasm), which renders into the host.
    pub fn load_panel(state: crate::app::hooks::State<PanelLoad>) {
        const FAILED: &str =
            "The import panel could not be loaded (panel.js); check the connection and reload the page.";
        let document = gloo::utils::document();
        let Ok(script) = document.create_element("script") else { return state.set(PanelLoad::Failed(FAILED.into())) };
        let _ = script.set_attribute("src", "panel.js");
        let failed = state.clone();
        gloo::events::EventListener::once(&script, "error", move |_| failed.set(PanelLoad::Failed(FAILED.into())))
            .forget();
        gloo::events::EventListener::once(&script, "load", move |_| {
            yew::platform::spawn_local(async move {
                let started = match init_panel() {
                    Ok(promise) => JsFuture::from(promise).await.map(drop),
                    Err(e) => Err(e),
                };
                state.set(match started {
                    Ok(()) => PanelLoad::Ready,
                    Err(_) => PanelLoad::Failed(FAILED.into()),
                });
            });
        })
        .forget();
        // The panel's stylesheet comes with it.
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", "import.css");
            let _ = document.body().map(|b| b.append_child(&link));
        }
        let _ = document.body().map(|b| b.append_child(&script));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;

    fn article(id: &str, body: &str) -> BundleArticle {
        BundleArticle::from_article(id.into(), format!("{id}.txt"), Article { body: body.into(), ..Article::default() })
    }

    #[test]
    fn new_articles_take_ids_no_article_shown_has() {
        let mut m = Model { base_ids: vec!["seed".into()], ..Model::default() };
        assert_eq!(m.unique_id("seed", &[]), "seed-2");
        assert_eq!(m.unique_id("talks", &["talks".into()]), "talks-2");
        m.local.push(article("talks", "Trump said, \"Yes.\" Putin spoke."));
        assert_eq!(m.unique_id("talks", &["talks-2".into()]), "talks-3");
        assert_eq!(m.unique_id("other", &[]), "other");
    }

    #[test]
    fn small_map_replaces_and_removes() {
        let mut map = SmallMap::default();
        assert_eq!(map.insert("a".to_string(), 1), None);
        assert_eq!(map.insert("a".to_string(), 2), Some(1));
        assert_eq!(map.get(&"a".to_string()), Some(&2));
        assert_eq!(map.remove(&"a".to_string()), Some(2));
        assert_eq!(map.remove(&"a".to_string()), None);
    }
}
