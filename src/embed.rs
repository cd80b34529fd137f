//! The JavaScript surface for host pages: [`mount`] puts an explorer into any element.
//!
//! ```js
//! import { mount } from "./article-explorer.js";   // loads the wasm, then re-exports this
//! const handle = await mount(document.querySelector("#box"), { src: "corpus.json", view: "quotes" });
//! handle.setView("timeline");
//! handle.destroy();
//! ```
//!
//! Each instance renders into a shadow root of its element, so the host page's CSS does
//! not reach it and its CSS (a `<link>` to `app.css` inside the shadow root) does not
//! leak out. Instances share nothing: each has its own state, its own element-id prefix,
//! and leaves the page URL alone unless `syncUrl: true`. What happens inside is told to
//! the host as DOM `CustomEvent`s on the element: `ready`, `error`, `select`, `filter`.
//!
//! The theme follows the host's `prefers-color-scheme` unless `theme` is `"light"` or
//! `"dark"`; it is the `data-theme` attribute of the element, and the CSS custom
//! properties of `app.css` (`--paper`, `--ink`, `--accent`, …) can be set on the element
//! by the host to restyle it.

use std::cell::{Cell, RefCell};

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::app::state::Action;
use crate::app::{App, AppEvent, AppProps, Control, Theme};
use crate::view::quotes::Filter;
use crate::view::route::View;

/// The global a page sets (before loading the wasm) to say it embeds the explorer:
/// the standalone app then does not start in `<body>`.
pub const EMBED_FLAG: &str = "articleExplorerEmbed";

/// The attribute that marks an element holding an instance.
const MARK: &str = "data-article-explorer";

thread_local! {
    /// Numbers instances for their element-id prefixes (`ae1-`, `ae2-`, …).
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// Renders an explorer into a shadow root of `element`.
///
/// `options`: `{ src: URL }` or `{ corpus: bundle object or JSON text }`, and optionally
/// `view` (`"timeline"`, `"quotes"`, `"reader"`, `"search"`), `theme` (`"light"`,
/// `"dark"`, `"auto"`), `filters` (`{ speaker, entity, article, text }`), `syncUrl`
/// (default `false`) and `stylesheet` (the URL of `app.css`; `article-explorer.js`
/// fills it in). Throws on bad options or an element that already holds an instance.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Result<Handle, JsError> {
    let options = Options::read(&options)?;
    if element.has_attribute(MARK) {
        return Err(JsError::new("mount: this element already holds an explorer; call destroy() on its handle first"));
    }
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).map_err(|_| {
            JsError::new(&format!(
                "mount: a <{}> cannot hold a shadow root; use a <div>",
                element.tag_name().to_lowercase()
            ))
        })?,
    };
    let document = element.owner_document().ok_or_else(|| JsError::new("mount: the element is not in a document"))?;
    let make = |tag: &str| document.create_element(tag).map_err(|_| JsError::new("mount: cannot create elements"));
    let link = match &options.stylesheet {
        Some(href) => {
            let link = make("link")?;
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", href);
            let _ = shadow.append_child(&link);
            Some(link)
        }
        None => None,
    };
    let container = make("div")?;
    let _ = container.set_attribute("class", "ae-root");
    let _ = shadow.append_child(&container);

    let host_theme = element.get_attribute("data-theme");
    let _ = element.set_attribute(MARK, "");
    apply_theme(&element, options.theme);
    let n = NEXT.with(|c| c.replace(c.get() + 1));
    let control = Control::default();
    let on_event = {
        let host = element.clone();
        yew::Callback::from(move |event: AppEvent| announce(&host, event))
    };
    let props = AppProps {
        corpus_json: options.corpus,
        src: options.src.map(Into::into),
        view: options.view,
        filters: options.filters,
        theme: options.theme,
        sync_url: options.sync_url,
        embedded: true,
        id_prefix: format!("ae{n}-").into(),
        on_event,
        control: Some(control.clone()),
        ..AppProps::default()
    };
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props.clone()).render();
    let mounted = Mounted { app, props, control, host: element, container, link, host_theme };
    Ok(Handle { inner: RefCell::new(Some(mounted)) })
}

/// What a mounted instance holds, until it is destroyed.
struct Mounted {
    app: AppHandle<App>,
    props: AppProps,
    control: Control,
    host: web_sys::Element,
    container: web_sys::Element,
    link: Option<web_sys::Element>,
    /// The element's own `data-theme`, restored on destroy.
    host_theme: Option<String>,
}

/// A mounted explorer, returned by [`mount`]. After [`Handle::destroy`] every command
/// throws.
#[wasm_bindgen]
pub struct Handle {
    inner: RefCell<Option<Mounted>>,
}

#[wasm_bindgen]
impl Handle {
    /// Sends one command; `article-explorer.js` wraps these as `setView(view)`,
    /// `setFilter(filters)`, `select(target)`, `setSource(url)` and `setTheme(theme)`:
    /// `"view"` with a view name; `"filter"` with `{ speaker, entity, article, text }`
    /// (missing keys are cleared, `null` clears all; the quotes are shown); `"select"`
    /// with `{ article: id, sentence?, quote? }` (opens the reader; an unknown id changes
    /// nothing); `"source"` with a bundle URL; `"theme"` with `"light"`, `"dark"` or `"auto"`.
    pub fn command(&self, name: &str, value: JsValue) -> Result<(), JsError> {
        let text = || value.as_string().unwrap_or_default();
        let action = match name {
            "view" => Action::Show(parse_view(&text())?),
            "filter" => Action::FilterQuotes(read_filter(&value)?.unwrap_or_default()),
            "select" => Action::Select {
                article: string(&value, "article")?
                    .ok_or_else(|| JsError::new("select: `article` (an article id) is required"))?,
                sentence: index(&value, "sentence")?,
                quote: index(&value, "quote")?,
            },
            "source" | "theme" => {
                let (source, theme) = match name {
                    "source" if !text().is_empty() => (Some(text()), None),
                    "source" => return Err(JsError::new("setSource: give the URL of a corpus bundle")),
                    _ => (None, Some(parse_theme(&text())?)),
                };
                return self.with(|m| {
                    if let Some(src) = source {
                        m.props.src = Some(src.into());
                        m.props.corpus_json = None;
                    }
                    if let Some(theme) = theme {
                        apply_theme(&m.host, theme);
                        m.props.theme = theme;
                    }
                    m.app.update(m.props.clone());
                });
            }
            _ => return Err(JsError::new(&format!("unknown command “{name}”"))),
        };
        self.with(|m| m.control.dispatch(action))
    }

    /// Removes the instance: its DOM, its listeners and its marks on the element.
    pub fn destroy(&self) {
        let Some(m) = self.inner.borrow_mut().take() else { return };
        m.app.destroy();
        m.container.remove();
        if let Some(link) = m.link {
            link.remove();
        }
        let _ = m.host.remove_attribute(MARK);
        let _ = match m.host_theme {
            Some(t) => m.host.set_attribute("data-theme", &t),
            None => m.host.remove_attribute("data-theme"),
        };
    }
}

impl Handle {
    fn with(&self, f: impl FnOnce(&mut Mounted)) -> Result<(), JsError> {
        let mut inner = self.inner.borrow_mut();
        let m = inner.as_mut().ok_or_else(|| JsError::new("this explorer was destroyed"))?;
        f(m);
        Ok(())
    }
}

/// The options of [`mount`], read and checked.
struct Options {
    src: Option<String>,
    corpus: Option<yew::AttrValue>,
    view: Option<View>,
    theme: Option<Theme>,
    filters: Option<Filter>,
    sync_url: bool,
    stylesheet: Option<String>,
}

impl Options {
    fn read(o: &JsValue) -> Result<Options, JsError> {
        if !o.is_object() {
            return Err(JsError::new("mount: options must be an object such as { src: \"corpus.json\" }"));
        }
        // article-explorer.js turns a bundle object into its JSON text.
        let corpus = string(o, "corpus")?;
        let src = string(o, "src")?;
        if corpus.is_none() && src.is_none() {
            return Err(JsError::new("mount: give `src` (the URL of a corpus bundle) or `corpus` (the bundle itself)"));
        }
        Ok(Options {
            src,
            corpus: corpus.map(Into::into),
            view: string(o, "view")?.as_deref().map(parse_view).transpose()?,
            theme: match string(o, "theme")? {
                Some(t) => parse_theme(&t)?,
                None => None,
            },
            filters: read_filter(&Reflect::get(o, &"filters".into()).unwrap_or(JsValue::UNDEFINED))?,
            sync_url: Reflect::get(o, &"syncUrl".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false),
            stylesheet: string(o, "stylesheet")?,
        })
    }
}

fn parse_view(name: &str) -> Result<View, JsError> {
    View::ALL.into_iter().find(|v| v.as_str() == name).ok_or_else(|| {
        JsError::new(&format!("unknown view “{name}”: use \"timeline\", \"quotes\", \"reader\" or \"search\""))
    })
}

fn parse_theme(name: &str) -> Result<Option<Theme>, JsError> {
    match name {
        "auto" | "" => Ok(None),
        t => Theme::parse(t)
            .map(Some)
            .ok_or_else(|| JsError::new(&format!("unknown theme “{t}”: use \"light\", \"dark\" or \"auto\""))),
    }
}

/// A string field of `o`; absent, `null` and `""` are `None`, other types an error.
fn string(o: &JsValue, key: &str) -> Result<Option<String>, JsError> {
    let v = Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    match v.as_string() {
        Some(s) if s.is_empty() => Ok(None),
        Some(s) => Ok(Some(s)),
        None => Err(JsError::new(&format!("`{key}` must be a string"))),
    }
}

/// A non-negative integer field of `o`, or `None` when absent.
fn index(o: &JsValue, key: &str) -> Result<Option<usize>, JsError> {
    let v = Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    match v.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n < 1e9 => Ok(Some(n as usize)),
        _ => Err(JsError::new(&format!("`{key}` must be a whole number from 0"))),
    }
}

fn read_filter(v: &JsValue) -> Result<Option<Filter>, JsError> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    if !v.is_object() {
        return Err(JsError::new("filters must be an object such as { speaker: \"Ana Ruiz\" }"));
    }
    Ok(Some(Filter {
        speaker: string(v, "speaker")?,
        entity: string(v, "entity")?,
        article: string(v, "article")?,
        text: string(v, "text")?.unwrap_or_default(),
        period: None,
    }))
}

fn apply_theme(host: &web_sys::Element, theme: Option<Theme>) {
    let _ = match theme {
        Some(t) => host.set_attribute("data-theme", t.as_str()),
        None => host.remove_attribute("data-theme"),
    };
}

/// Turns an [`AppEvent`] into a `CustomEvent` on the host element (the theme switch
/// inside an embed is applied here instead).
fn announce(host: &web_sys::Element, event: AppEvent) {
    let detail = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&detail, &k.into(), &v);
    };
    let opt_str = |s: &Option<String>| s.as_deref().map_or(JsValue::NULL, JsValue::from);
    let opt_num = |n: Option<usize>| n.map_or(JsValue::NULL, |n| JsValue::from(n as f64));
    let name = match &event {
        AppEvent::Theme(t) => {
            apply_theme(host, Some(*t));
            return;
        }
        AppEvent::Ready { articles, quotes, events, problems } => {
            set("articles", (*articles as f64).into());
            set("quotes", (*quotes as f64).into());
            set("events", (*events as f64).into());
            set("problems", (*problems as f64).into());
            "ready"
        }
        AppEvent::Error(message) => {
            set("message", message.as_str().into());
            "error"
        }
        AppEvent::Select { view, article, sentence, quote } => {
            set("view", view.as_str().into());
            set("article", opt_str(article));
            set("sentence", opt_num(*sentence));
            set("quote", opt_num(*quote));
            "select"
        }
        AppEvent::Filter(f) => {
            set("speaker", opt_str(&f.speaker));
            set("entity", opt_str(&f.entity));
            set("article", opt_str(&f.article));
            set("text", f.text.as_str().into());
            let day = |d: i64| crate::view::timeline::date_of(d).map_or(JsValue::NULL, |d| d.to_string().into());
            set("from", f.period.map_or(JsValue::NULL, |(a, _)| day(a)));
            set("to", f.period.map_or(JsValue::NULL, |(_, b)| day(b)));
            "filter"
        }
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    if let Ok(e) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&e);
    }
}

/// Whether the page asked (through [`EMBED_FLAG`]) that the app not start in `<body>`.
pub fn page_embeds() -> bool {
    Reflect::get(&js_sys::global(), &EMBED_FLAG.into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
