//! The reader's own articles, kept in the browser's IndexedDB so they survive reloads and
//! browser restarts. The bundled corpus is never written: it stays read-only beside them.
//!
//! Database `article-explorer`, object store `articles`: one record per article, keyed by
//! its id, holding the [`BundleArticle`] as the JSON text the analysis worker wrote (the
//! bundle's own format; the key, not the JSON's `id`, is the article's id, so an id can
//! change without the page serializing anything). Each write is one transaction: it lands whole or not
//! at all, so a full disk or a refused write never loses what was stored before. Errors
//! come back as sentences that say what happened and what to do (storage full, storage
//! refused in a private window).
//!
//! Without the `csr` feature (native render tests) there is no storage: every call
//! reports that.

/// Reads an article's JSON. From text, as the bundle loader reads each article, so the
/// app's wasm holds one copy of the model's deserializers, not two (about 20 KB gzip).
pub fn read_article(json: &str) -> Result<BundleArticle, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

/// Reads a stored record: the article, with the record's key as its id, checked.
pub fn read_record(key: &str, json: &str) -> Result<BundleArticle, String> {
    let mut article = read_article(json)?;
    article.validate()?;
    article.id = key.to_string();
    Ok(article)
}

use std::rc::Rc;

use crate::app::state::Action;
use crate::corpus::BundleArticle;
use crate::view::corpus::{speaker_name, Corpus, Doc};

/// The reader's articles as the app shows them: beside the bundled corpus, or alone
/// when the bundle failed to load. Filled from the library on start and from the
/// import panel's changes; each change yields the [`Action`] that shows the result.
#[derive(Default)]
pub struct Stored {
    /// The reader's articles, in the order they were added.
    local: Vec<Doc>,
    /// The bundled corpus as loaded (empty when it failed), and why it failed.
    base: Option<Rc<Corpus>>,
    base_error: Option<String>,
    /// The merged corpus last handed to the app.
    merged: Option<Rc<Corpus>>,
    /// Whether the library has been read at start (the count is complete).
    pub read: bool,
}

impl Stored {
    /// How many of the reader's articles there are.
    pub fn len(&self) -> usize {
        self.local.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.local.is_empty()
    }

    /// Whether `corpus` is the merged one this made (not a newly loaded bundle).
    pub fn shows(&self, corpus: &Rc<Corpus>) -> bool {
        self.merged.as_ref().is_some_and(|m| Rc::ptr_eq(m, corpus))
    }

    /// The ids of the bundled articles (which the reader's must not take).
    pub fn base_ids(&self) -> impl Iterator<Item = &str> {
        self.base.iter().flat_map(|b| b.articles.iter().map(|a| a.id.as_str()))
    }

    /// Stores the record `key` (its JSON), or with `None` removes it; replaces an article
    /// with the same id in place.
    pub fn apply(&mut self, key: &str, json: Option<&str>) -> Result<(), String> {
        let Some(json) = json else {
            self.local.retain(|a| a.id != key);
            return Ok(());
        };
        let doc = Doc::from_bundle(read_record(key, json)?);
        match self.local.iter_mut().find(|a| a.id == doc.id) {
            Some(slot) => *slot = doc,
            None => self.local.push(doc),
        }
        Ok(())
    }

    /// A new bundle (or, with `error`, none: it failed); the action that shows it with
    /// the reader's articles, if the app must change.
    pub fn set_base(&mut self, base: Rc<Corpus>, error: Option<String>) -> Option<Action> {
        self.base = Some(base);
        self.base_error = error;
        self.action()
    }

    /// What shows the current articles: the bundled ones, then the reader's. `None`
    /// while the bundle is loading, or when there is nothing of the reader's to show and
    /// nothing was shown before.
    pub fn action(&mut self) -> Option<Action> {
        let base = self.base.clone()?;
        if self.local.is_empty() {
            // Back to the bundle alone (or its error), once.
            self.merged.take()?;
            return Some(match &self.base_error {
                Some(e) => Action::Failed(e.clone()),
                None => Action::Loaded(base),
            });
        }
        let mut articles = base.articles.clone();
        articles.extend(self.local.iter().cloned());
        // Speakers of both, each once, the bundled ones first (their colours stay put).
        let mut speakers = base.speakers.clone();
        for q in self.local.iter().flat_map(|a| &a.analysis.quotes) {
            let name = speaker_name(q);
            if !speakers.iter().any(|s| s == name) {
                speakers.push(name.to_string());
            }
        }
        let merged = Rc::new(Corpus { articles, problems: base.problems.clone(), speakers });
        self.merged = Some(merged.clone());
        Some(match &self.base_error {
            Some(e) => Action::LoadedBeside(merged, e.clone()),
            None => Action::Loaded(merged),
        })
    }
}

/// Database name.
pub const DB_NAME: &str = "article-explorer";
/// Object store name.
pub const STORE: &str = "articles";

/// An open connection to the reader's local library.
#[derive(Clone, Debug)]
pub struct Library {
    #[cfg(all(feature = "csr", feature = "import"))]
    db: web_sys::IdbDatabase,
}

impl PartialEq for Library {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Library {
    /// Opens (creating on first use) the library.
    pub async fn open() -> Result<Library, String> {
        #[cfg(all(feature = "csr", feature = "import"))]
        return imp::open().await.map(|db| Library { db });
        #[cfg(not(all(feature = "csr", feature = "import")))]
        Err(NO_STORAGE.to_string())
    }

    /// Every stored record (id and JSON), in key order.
    pub async fn all(&self) -> Result<Vec<(String, String)>, String> {
        #[cfg(all(feature = "csr", feature = "import"))]
        return imp::all(&self.db).await;
        #[cfg(not(all(feature = "csr", feature = "import")))]
        Err(NO_STORAGE.to_string())
    }

    /// Stores `records` (id and JSON; replacing any with the same ids) in one transaction.
    pub async fn put(&self, records: &[(String, String)]) -> Result<(), String> {
        #[cfg(all(feature = "csr", feature = "import"))]
        return imp::put(&self.db, records).await;
        #[cfg(not(all(feature = "csr", feature = "import")))]
        {
            let _ = records;
            Err(NO_STORAGE.to_string())
        }
    }

    /// Removes the article `id`.
    pub async fn delete(&self, id: &str) -> Result<(), String> {
        #[cfg(all(feature = "csr", feature = "import"))]
        return imp::delete(&self.db, id).await;
        #[cfg(not(all(feature = "csr", feature = "import")))]
        {
            let _ = id;
            Err(NO_STORAGE.to_string())
        }
    }
}

#[cfg(not(all(feature = "csr", feature = "import")))]
const NO_STORAGE: &str = "there is no local storage outside the browser";

/// A storage error as a sentence a reader can act on.
pub fn describe(name: &str, message: &str) -> String {
    match name {
        "QuotaExceededError" => "The browser's storage for this page is full, so this was not saved (nothing saved before is lost). Delete some of your articles or free disk space, then try again.".to_string(),
        "SecurityError" | "InvalidStateError" => {
            "This browser does not let the page store articles (a private window, or site data blocked): your articles can be analysed and exported, but will be gone after a reload.".to_string()
        }
        _ if message.is_empty() => format!("The browser's storage failed ({name}); nothing saved before is lost."),
        _ => format!("The browser's storage failed ({name}: {message}); nothing saved before is lost."),
    }
}

#[cfg(all(feature = "csr", feature = "import"))]
mod imp {
    use js_sys::{Array, Promise};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{DomException, IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

    use super::{describe, DB_NAME, STORE};

    fn private() -> String {
        describe("SecurityError", "")
    }

    fn dom_error(e: Option<DomException>) -> String {
        match e {
            Some(e) => describe(&e.name(), &e.message()),
            None => describe("UnknownError", ""),
        }
    }

    /// Resolves when `req` succeeds (with its result), rejects with its error.
    async fn request(req: &IdbRequest) -> Result<JsValue, String> {
        let promise = Promise::new(&mut |resolve, reject| {
            let r = req.clone();
            let ok = Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
            });
            let r = req.clone();
            let fail = Closure::once_into_js(move || {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&dom_error(r.error().ok().flatten())));
            });
            req.set_onsuccess(Some(ok.unchecked_ref()));
            req.set_onerror(Some(fail.unchecked_ref()));
        });
        JsFuture::from(promise).await.map_err(|e| e.as_string().unwrap_or_else(|| describe("UnknownError", "")))
    }

    /// Resolves when `tx` commits; rejects when it fails or aborts (a full disk aborts it).
    async fn committed(tx: &IdbTransaction) -> Result<(), String> {
        let promise = Promise::new(&mut |resolve, reject| {
            let ok = Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            });
            let t = tx.clone();
            let fail = Closure::<dyn FnMut()>::new(move || {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&dom_error(t.error())));
            })
            .into_js_value();
            tx.set_oncomplete(Some(ok.unchecked_ref()));
            tx.set_onerror(Some(fail.unchecked_ref()));
            tx.set_onabort(Some(fail.unchecked_ref()));
        });
        JsFuture::from(promise)
            .await
            .map(drop)
            .map_err(|e| e.as_string().unwrap_or_else(|| describe("UnknownError", "")))
    }

    pub async fn open() -> Result<IdbDatabase, String> {
        let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or_else(private)?;
        let req = factory.open_with_u32(DB_NAME, 1).map_err(|_| private())?;
        let r = req.clone();
        let upgrade = Closure::once_into_js(move || {
            if let Ok(db) = r.result().and_then(|db| db.dyn_into::<IdbDatabase>()) {
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            }
        });
        req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
        let db = request(&req).await?;
        db.dyn_into::<IdbDatabase>().map_err(|_| private())
    }

    pub async fn all(db: &IdbDatabase) -> Result<Vec<(String, String)>, String> {
        let tx = db.transaction_with_str(STORE).map_err(|e| dom_error(e.dyn_into().ok()))?;
        let store = tx.object_store(STORE).map_err(|e| dom_error(e.dyn_into().ok()))?;
        let keys = request(&store.get_all_keys().map_err(|e| dom_error(e.dyn_into().ok()))?).await?;
        let values = request(&store.get_all().map_err(|e| dom_error(e.dyn_into().ok()))?).await?;
        let keys = Array::from(&keys);
        let values = Array::from(&values);
        Ok(keys
            .iter()
            .zip(values.iter())
            .map(|(k, v)| (k.as_string().unwrap_or_default(), v.as_string().unwrap_or_default()))
            .collect())
    }

    pub async fn put(db: &IdbDatabase, records: &[(String, String)]) -> Result<(), String> {
        let tx = db
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .map_err(|e| dom_error(e.dyn_into().ok()))?;
        let store = tx.object_store(STORE).map_err(|e| dom_error(e.dyn_into().ok()))?;
        for (key, json) in records {
            store
                .put_with_key(&JsValue::from_str(json), &JsValue::from_str(key))
                .map_err(|e| dom_error(e.dyn_into().ok()))?;
        }
        committed(&tx).await
    }

    pub async fn delete(db: &IdbDatabase, id: &str) -> Result<(), String> {
        let tx = db
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .map_err(|e| dom_error(e.dyn_into().ok()))?;
        let store = tx.object_store(STORE).map_err(|e| dom_error(e.dyn_into().ok()))?;
        store.delete(&JsValue::from_str(id)).map_err(|e| dom_error(e.dyn_into().ok()))?;
        committed(&tx).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_take_their_key_as_id() {
        let article = crate::corpus::BundleArticle::from_article(
            "talks".into(),
            "talks.txt".into(),
            crate::corpus::Article { body: "Putin spoke.".into(), ..Default::default() },
        );
        let json = serde_json::to_string(&article).unwrap();
        assert_eq!(super::read_record("talks-2", &json).unwrap().id, "talks-2");
        assert!(super::read_record("x", "{").is_err());
        let broken = json.replace("\"end\":12", "\"end\":99");
        assert!(super::read_record("x", &broken).unwrap_err().contains("outside the text"), "{broken}");
    }

    fn record(id: &str, body: &str) -> String {
        let article = crate::corpus::BundleArticle::from_article(
            id.into(),
            format!("{id}.txt"),
            crate::corpus::Article { body: body.into(), ..Default::default() },
        );
        serde_json::to_string(&article).unwrap()
    }

    fn ids(action: Option<Action>) -> (Vec<String>, Vec<String>, Option<String>) {
        let (corpus, error) = match action {
            Some(Action::Loaded(c)) => (c, None),
            Some(Action::LoadedBeside(c, e)) => (c, Some(e)),
            other => panic!("{other:?}"),
        };
        (corpus.articles.iter().map(|a| a.id.clone()).collect(), corpus.speakers.clone(), error)
    }

    #[test]
    fn the_readers_articles_are_shown_after_the_bundled_ones() {
        use crate::corpus::Bundle;
        let base = Rc::new(Corpus::from_bundle(Bundle::new(vec![serde_json::from_str(&record(
            "seed",
            "Putin said, \"No.\"",
        ))
        .unwrap()])));
        let mut s = Stored::default();
        // Nothing stored, nothing shown yet: the app keeps the bundle as it is.
        assert!(s.set_base(base.clone(), None).is_none());
        assert_eq!(s.base_ids().collect::<Vec<_>>(), ["seed"]);
        s.apply("talks", Some(&record("talks", "Trump said, \"Yes.\" Putin spoke."))).unwrap();
        let action = s.action();
        let merged = match &action {
            Some(Action::Loaded(c)) => c.clone(),
            other => panic!("{other:?}"),
        };
        assert!(s.shows(&merged) && !s.shows(&base));
        let (ids, speakers, error) = ids(action);
        assert_eq!(ids, ["seed", "talks"]);
        // Speakers of both, each once, the bundled ones first (their colours stay put).
        assert_eq!(speakers.len(), 2, "{speakers:?}");
        assert!(speakers[0].contains("Putin") && speakers[1].contains("Trump"), "{speakers:?}");
        assert_eq!(error, None);
        // Replaced in place (an edit), a bad record refused, then deleted: back to the bundle.
        s.apply("talks", Some(&record("other", "Edited."))).unwrap();
        assert_eq!(s.len(), 1);
        assert!(s.apply("x", Some("{")).is_err());
        s.apply("talks", None).unwrap();
        assert!(matches!(s.action(), Some(Action::Loaded(c)) if Rc::ptr_eq(&c, &base)));
        assert!(s.action().is_none(), "said once");
    }

    #[test]
    fn when_the_bundle_fails_the_readers_articles_are_shown_with_the_error() {
        let mut s = Stored::default();
        s.apply("talks", Some(&record("talks", "Trump said, \"Yes.\""))).unwrap();
        assert!(s.action().is_none(), "the bundle is still loading");
        let (ids, _, error) = ids(s.set_base(Rc::default(), Some("corpus.json: 404".into())));
        assert_eq!(ids, ["talks"]);
        assert_eq!(error.as_deref(), Some("corpus.json: 404"));
        s.apply("talks", None).unwrap();
        assert_eq!(s.action(), Some(Action::Failed("corpus.json: 404".into())));
        assert!(s.is_empty());
    }

    #[test]
    fn storage_errors_say_what_to_do() {
        assert!(describe("QuotaExceededError", "x").starts_with("The browser's storage for this page is full"));
        assert!(describe("QuotaExceededError", "").contains("nothing saved before is lost"));
        assert!(describe("SecurityError", "").contains("private window"));
        assert_eq!(
            describe("DataError", "bad key"),
            "The browser's storage failed (DataError: bad key); nothing saved before is lost."
        );
    }
}
