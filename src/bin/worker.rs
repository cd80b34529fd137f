//! The analysis Web Worker: reads and analyses the files a reader imports, off the page's
//! main thread, with the same core the CLI uses.
//!
//! trunk builds it as a worker (`data-type="worker"`: `worker.js`, `worker_bg.wasm`);
//! the page starts it with `new Worker("worker_loader.js")` (`static/worker_loader.js`,
//! which turns a module that fails to load into an error the page sees).
//!
//! Protocol (plain objects both ways; one reply per file):
//!
//! ```text
//! worker → page  {type: "ready"}                          once, when messages can be sent
//! page → worker  {type: "analyse", id, name,              id: anything, echoed back
//!                 bytes: Uint8Array|ArrayBuffer | text: string,
//!                 verbatim?: bool,                         the text is the body as it stands
//!                 metadata?: {title?, date?, outlet?, url?, byline?}}   replaces the file's
//! page → worker  {type: "cancel", ids?: [id, ...]}        drop queued files (all without ids)
//! worker → page  {type: "result", id, name,                articles: one BundleArticle JSON text each
//!                 articles: [string], warnings: [string]}
//!                {type: "error", id, name, error}          the file could not be read
//!                {type: "cancelled", id, name}             dropped before it was analysed
//!
//! page → worker  {type: "export", id, format,              csv | timelinejs | ical | bundle
//!                 corpus: URL|null,                        the bundled corpus, fetched here
//!                 articles: [string], ids: [string]}       the reader's articles (JSON), their ids
//! worker → page  {type: "exported", id, name, mediaType, text} | {type: "error", id, error}
//! ```
//!
//! Exports run here rather than in the page so that the app's own wasm carries neither
//! the export formats nor JSON serialization (about 50 KB gzip).
//!
//! Files are queued and analysed one per turn of the worker's event loop, so a cancel
//! sent during a batch is seen before the next file starts. A file already being analysed
//! finishes (the page may `terminate()` the worker to stop it at once).

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    use article_explorer::corpus::import::{analyse_file, Overrides};
    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// One file waiting to be analysed.
    struct Job {
        id: JsValue,
        name: String,
        bytes: Vec<u8>,
        verbatim: bool,
        overrides: Overrides,
    }

    #[derive(Default)]
    struct State {
        queue: VecDeque<Job>,
        /// Whether a turn to process the queue is already scheduled.
        scheduled: bool,
    }

    fn get(obj: &JsValue, key: &str) -> JsValue {
        Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    fn post(scope: &DedicatedWorkerGlobalScope, fields: &[(&str, JsValue)]) {
        let msg = Object::new();
        for (k, v) in fields {
            let _ = Reflect::set(&msg, &JsValue::from_str(k), v);
        }
        // Posting a plain object of strings cannot fail; if it somehow did, there is no
        // one to tell but the console.
        if let Err(e) = scope.post_message(&msg) {
            console_error(&e);
        }
    }

    fn console_error(e: &JsValue) {
        let _ = js_sys::Reflect::get(&js_sys::global(), &"console".into())
            .and_then(|c| Reflect::get(&c, &"error".into()))
            .and_then(|f| f.unchecked_into::<js_sys::Function>().call1(&JsValue::NULL, e));
    }

    /// Reads an `analyse` message; a malformed one gets an error reply.
    fn job(data: &JsValue) -> Result<Job, String> {
        let name = get(data, "name").as_string().unwrap_or_else(|| "pasted text".to_string());
        let text = get(data, "text");
        let bytes = get(data, "bytes");
        let bytes = if let Some(t) = text.as_string() {
            t.into_bytes()
        } else if bytes.is_instance_of::<Uint8Array>() || bytes.is_instance_of::<js_sys::ArrayBuffer>() {
            Uint8Array::new(&bytes).to_vec()
        } else {
            return Err(format!("{name}: the message carries neither `text` nor `bytes`"));
        };
        let meta = get(data, "metadata");
        let field = |k: &str| if meta.is_object() { get(&meta, k).as_string() } else { None };
        let overrides = Overrides {
            title: field("title"),
            date: field("date"),
            outlet: field("outlet"),
            url: field("url"),
            byline: field("byline"),
        };
        Ok(Job { id: get(data, "id"), name, bytes, verbatim: get(data, "verbatim").is_truthy(), overrides })
    }

    fn run(scope: &DedicatedWorkerGlobalScope, job: Job) {
        let name = JsValue::from_str(&job.name);
        match analyse_file(&job.name, &job.bytes, job.verbatim, &job.overrides) {
            Ok(analysed) => {
                let strings = |items: Vec<String>| items.into_iter().map(JsValue::from).collect::<js_sys::Array>();
                let articles =
                    analysed.articles.iter().map(|a| serde_json::to_string(a).expect("article serializes")).collect();
                post(
                    scope,
                    &[
                        ("type", "result".into()),
                        ("id", job.id),
                        ("name", name),
                        ("articles", strings(articles).into()),
                        ("warnings", strings(analysed.warnings).into()),
                    ],
                );
            }
            Err(error) => {
                post(scope, &[("type", "error".into()), ("id", job.id), ("name", name), ("error", error.into())]);
            }
        }
    }

    /// Schedules one turn: analyse the next queued file, then schedule another if more wait.
    fn schedule(scope: &DedicatedWorkerGlobalScope, state: &Rc<RefCell<State>>) {
        if std::mem::replace(&mut state.borrow_mut().scheduled, true) {
            return;
        }
        let (scope2, state2) = (scope.clone(), state.clone());
        let turn = Closure::once_into_js(move || {
            state2.borrow_mut().scheduled = false;
            let next = state2.borrow_mut().queue.pop_front();
            if let Some(job) = next {
                run(&scope2, job);
            }
            if !state2.borrow().queue.is_empty() {
                schedule(&scope2, &state2);
            }
        });
        if scope.set_timeout_with_callback_and_timeout_and_arguments_0(turn.unchecked_ref(), 0).is_err() {
            state.borrow_mut().scheduled = false;
        }
    }

    /// Fetches `url` as text.
    async fn fetch_text(url: &str) -> Result<String, String> {
        use wasm_bindgen_futures::JsFuture;
        let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
        let fail = |what: &str| format!("the bundled corpus ({url}) could not be read: {what}");
        let response = JsFuture::from(scope.fetch_with_str(url)).await.map_err(|_| fail("the request failed"))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| fail("no response"))?;
        if !response.ok() {
            return Err(fail(&format!("the server answered {}", response.status())));
        }
        let text = response.text().map_err(|_| fail("no body"))?;
        JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or_else(|| fail("the body is not text"))
    }

    /// An `export` message: the bundled corpus plus the reader's articles, in a format.
    async fn export(data: &JsValue) -> Result<(String, String, String), String> {
        use article_explorer::corpus::{Bundle, BundleArticle};
        use article_explorer::export::{export, Format};
        let name = get(data, "format").as_string().unwrap_or_default();
        let format = Format::parse(&name).ok_or_else(|| format!("unknown export format {name:?}"))?;
        let mut articles = Vec::new();
        if let Some(url) = get(data, "corpus").as_string() {
            let (bundle, _) = Bundle::parse(&fetch_text(&url).await?).map_err(|e| e.to_string())?;
            articles = bundle.articles;
        }
        let strings = |v: JsValue| js_sys::Array::from(&v).iter().filter_map(|s| s.as_string()).collect::<Vec<_>>();
        for (json, id) in strings(get(data, "articles")).iter().zip(strings(get(data, "ids"))) {
            let mut article: BundleArticle =
                serde_json::from_str(json).map_err(|e| format!("your article {id:?} could not be read: {e}"))?;
            article.id = id;
            articles.push(article);
        }
        let bundle = Bundle::new(articles);
        Ok((
            format!("article-explorer.{}", format.extension()),
            format.media_type().to_string(),
            export(&bundle, format),
        ))
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let state = Rc::new(RefCell::new(State::default()));
        let scope2 = scope.clone();
        let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            match get(&data, "type").as_string().as_deref() {
                Some("analyse") => match job(&data) {
                    Ok(job) => {
                        state.borrow_mut().queue.push_back(job);
                        schedule(&scope2, &state);
                    }
                    Err(error) => {
                        post(&scope2, &[("type", "error".into()), ("id", get(&data, "id")), ("error", error.into())])
                    }
                },
                Some("export") => {
                    let scope = scope2.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let id = get(&data, "id");
                        match export(&data).await {
                            Ok((name, media_type, text)) => post(
                                &scope,
                                &[
                                    ("type", "exported".into()),
                                    ("id", id),
                                    ("name", name.into()),
                                    ("mediaType", media_type.into()),
                                    ("text", text.into()),
                                ],
                            ),
                            Err(error) => {
                                post(&scope, &[("type", "error".into()), ("id", id), ("error", error.into())])
                            }
                        }
                    });
                }
                Some("cancel") => {
                    let ids = get(&data, "ids");
                    let ids: Option<Vec<JsValue>> = ids.is_array().then(|| js_sys::Array::from(&ids).to_vec());
                    let dropped: VecDeque<Job> = {
                        let mut s = state.borrow_mut();
                        let (drop, keep) = s.queue.drain(..).partition(|job: &Job| {
                            ids.as_ref().is_none_or(|ids| ids.iter().any(|i| js_sys::Object::is(i, &job.id)))
                        });
                        s.queue = keep;
                        drop
                    };
                    for job in dropped {
                        post(&scope2, &[("type", "cancelled".into()), ("id", job.id), ("name", job.name.into())]);
                    }
                }
                _ => post(
                    &scope2,
                    &[("type", "error".into()), ("id", get(&data, "id")), ("error", "unknown message type".into())],
                ),
            }
        });
        scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        onmessage.forget();
        post(&scope, &[("type", "ready".into())]);
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("the analysis worker runs in a browser; build it with trunk (see index.html)");
}
