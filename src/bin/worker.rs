//! The analysis Web Worker: reads and analyses the files a reader imports, off the page's
//! main thread, with the same core the CLI uses.
//!
//! trunk builds it as a worker (`data-type="worker"`, with a loader shim), to
//! `worker_loader.js` beside the app; the page starts it with
//! `new Worker("worker_loader.js")`.
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
//! worker → page  {type: "result", id, name, json}         json: {"articles": [BundleArticle], "warnings": [..]}
//!                {type: "error", id, name, error}          the file could not be read
//!                {type: "cancelled", id, name}             dropped before it was analysed
//! ```
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
                let json = serde_json::to_string(&analysed).expect("analysis serializes");
                post(scope, &[("type", "result".into()), ("id", job.id), ("name", name), ("json", json.into())]);
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
