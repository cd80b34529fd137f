//! Browser I/O: fetching the corpus, the URL hash, the clipboard, the theme, scrolling.
//!
//! The only module that touches web-sys. Without the `csr` feature (native render
//! tests) every function is a harmless stand-in, so components compile and render
//! unchanged on the server.

/// Where the corpus comes from: `?src=URL` when given, else `corpus.json` relative to
/// the page, so the app works from any sub-path.
pub fn corpus_url() -> String {
    #[cfg(feature = "csr")]
    if let Some(src) = imp::search_param("src") {
        return src;
    }
    "corpus.json".to_string()
}

/// The id of the `<script type="application/json">` element that carries a corpus inside
/// the page (the single file written by `article-explorer export-html`).
pub const INLINE_CORPUS_ID: &str = "article-explorer-corpus";

/// The corpus bundle carried inside the page, if any.
pub fn inline_corpus() -> Option<String> {
    #[cfg(feature = "csr")]
    return imp::window().document()?.get_element_by_id(INLINE_CORPUS_ID)?.text_content();
    #[cfg(not(feature = "csr"))]
    None
}

/// The current location hash (with its `#`), or `""`.
pub fn current_hash() -> String {
    #[cfg(feature = "csr")]
    return imp::window().location().hash().unwrap_or_default();
    #[cfg(not(feature = "csr"))]
    String::new()
}

/// Writes `hash` to the URL: a new history entry when `push`, else replacing the current one.
pub fn write_hash(hash: &str, push: bool) {
    #[cfg(feature = "csr")]
    imp::write_hash(hash, push);
    #[cfg(not(feature = "csr"))]
    let _ = (hash, push);
}

/// Fetches `url` as text and hands the result to `done`: every fetch of the app (the
/// corpus, shards, lookups) goes through this one future, so the wasm holds one copy of
/// it rather than one inlined into each caller's own async block (about 2 KB gzip each).
pub fn fetch(url: String, done: Box<dyn FnOnce(Result<String, String>)>) {
    yew::platform::spawn_local(async move { done(fetch_text(&url).await) });
}

/// Fetches `url` as text; the error names the URL and what went wrong.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    #[cfg(feature = "csr")]
    return imp::fetch_text(url).await;
    #[cfg(not(feature = "csr"))]
    Err(format!("cannot fetch {url} outside the browser"))
}

/// Copies `text` to the clipboard; `false` when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    #[cfg(feature = "csr")]
    return imp::copy_text(text).await;
    #[cfg(not(feature = "csr"))]
    {
        let _ = text;
        false
    }
}

/// The colour theme the reader chose, if any (`"light"` or `"dark"`).
pub fn stored_theme() -> Option<String> {
    #[cfg(feature = "csr")]
    return imp::storage().and_then(|s| s.get_item(THEME_KEY).ok().flatten());
    #[cfg(not(feature = "csr"))]
    None
}

/// Whether the system prefers a dark theme.
pub fn prefers_dark() -> bool {
    #[cfg(feature = "csr")]
    return imp::window().match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches());
    #[cfg(not(feature = "csr"))]
    false
}

/// Applies and remembers a theme.
pub fn set_theme(theme: &str) {
    #[cfg(feature = "csr")]
    {
        if let Some(root) = imp::window().document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-theme", theme);
        }
        if let Some(s) = imp::storage() {
            let _ = s.set_item(THEME_KEY, theme);
        }
    }
    #[cfg(not(feature = "csr"))]
    let _ = theme;
}

/// Scrolls the element with `id` into view (centred) and focuses it. `scope` is the
/// instance's own element when it has one (an embed, maybe inside a shadow root, where
/// the document cannot see its ids); otherwise the document is searched.
pub fn reveal(scope: &yew::NodeRef, id: &str) {
    #[cfg(feature = "csr")]
    imp::reveal(scope, id);
    #[cfg(not(feature = "csr"))]
    let _ = (scope, id);
}

/// Focuses the element behind `node`, if it is rendered.
pub fn focus(node: &yew::NodeRef) {
    #[cfg(feature = "csr")]
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    #[cfg(not(feature = "csr"))]
    let _ = node;
}

/// Sets the document title (what history menus and tabs show).
pub fn set_title(title: &str) {
    #[cfg(feature = "csr")]
    if let Some(d) = imp::window().document() {
        d.set_title(title);
    }
    #[cfg(not(feature = "csr"))]
    let _ = title;
}

/// The localStorage key of the theme.
pub const THEME_KEY: &str = "article-explorer.theme";

#[cfg(feature = "csr")]
mod imp {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    pub fn window() -> web_sys::Window {
        web_sys::window().expect("running in a browser window")
    }

    pub fn storage() -> Option<web_sys::Storage> {
        window().local_storage().ok().flatten()
    }

    pub fn search_param(name: &str) -> Option<String> {
        let search = window().location().search().ok()?;
        search.trim_start_matches('?').split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            (k == name && !v.is_empty()).then(|| crate::view::route::decode(v))
        })
    }

    pub fn write_hash(hash: &str, push: bool) {
        let w = window();
        if w.location().hash().unwrap_or_default() == hash {
            return;
        }
        let Ok(history) = w.history() else { return };
        let _ = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash))
        };
    }

    pub async fn fetch_text(url: &str) -> Result<String, String> {
        let fail = |what: &str| format!("Could not load “{url}”: {what}.");
        let response = JsFuture::from(window().fetch_with_str(url)).await.map_err(|_| fail("the request failed"))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| fail("no response"))?;
        if !response.ok() {
            return Err(fail(&format!("the server answered {} {}", response.status(), response.status_text())));
        }
        let text = response.text().map_err(|_| fail("the body could not be read"))?;
        let text = JsFuture::from(text).await.map_err(|_| fail("the body could not be read"))?;
        text.as_string().ok_or_else(|| fail("the body is not text"))
    }

    pub async fn copy_text(text: &str) -> bool {
        let clipboard = window().navigator().clipboard();
        JsFuture::from(clipboard.write_text(text)).await.is_ok()
    }

    pub fn reveal(scope: &yew::NodeRef, id: &str) {
        let found = match scope.cast::<web_sys::Element>() {
            Some(root) => {
                let quoted = id.replace('\\', "\\\\").replace('"', "\\\"");
                root.query_selector(&format!("[id=\"{quoted}\"]")).ok().flatten()
            }
            None => window().document().and_then(|d| d.get_element_by_id(id)),
        };
        let Some(el) = found else { return };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
            let focus = web_sys::FocusOptions::new();
            focus.set_prevent_scroll(true);
            let _ = html.focus_with_options(&focus);
        }
    }
}
