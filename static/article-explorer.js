// Article Explorer inside any page: the <article-explorer> element and mount().
//
//   <script type="module" src="https://example.org/explorer/article-explorer.js"></script>
//   <article-explorer src="corpus.json" view="timeline" height="480px"></article-explorer>
//
//   import { mount } from "https://example.org/explorer/article-explorer.js";
//   const handle = await mount(element, { src: "corpus.json", view: "quotes" });
//
// This file sits in the built dist/ next to the files it loads, which trunk writes
// with fixed names (Trunk.toml: filehash = false): app.js (the wasm-bindgen glue),
// app_bg.wasm and app.css. It finds them relative to its own URL (import.meta.url),
// so the dist/ folder can be served from any path or host (cross-origin hosts need
// CORS headers on it, as for any module script). The wasm loads once per page, on the
// first mount; every instance gets its own shadow root, state and element ids.

const here = new URL(".", import.meta.url);
const asset = (name) => new URL(name, here).href;

let glue = null;
let sheet = null;

/** Loads the wasm once per page (the first mount does it). */
function load() {
  // Tell the wasm not to start the standalone app in <body>: this page embeds it.
  globalThis.articleExplorerEmbed = true;
  glue ??= import(asset("app.js")).then(async (module) => {
    await module.default({ module_or_path: asset("app_bg.wasm") });
    return module;
  });
  glue.catch(() => (glue = null)); // a failed load may be retried by the next mount
  return glue;
}

/** app.css as one constructable stylesheet shared by every instance, or null where
 *  the browser cannot adopt stylesheets (each shadow root then links app.css). */
function stylesheet() {
  if (!("adoptedStyleSheets" in Document.prototype) || typeof CSSStyleSheet !== "function") {
    return Promise.resolve(null);
  }
  sheet ??= fetch(asset("app.css"))
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`app.css: ${r.status}`))))
    .then((css) => new CSSStyleSheet().replace(css))
    .catch(() => null);
  return sheet;
}

/**
 * Renders an explorer into a shadow root of `element`.
 *
 * options: { src: URL } or { corpus: bundle object or JSON text }, and optionally
 *   view: "timeline" | "quotes" | "reader" | "search"
 *   theme: "light" | "dark" | "auto" (default: follow the system's colour scheme)
 *   filters: { speaker, entity, article, text }   (quote filters to start with)
 *   syncUrl: false (true mirrors the state in the page's URL hash: one instance only)
 *
 * Resolves to a handle: setView(name), setFilter(filters | null),
 * select({ article, sentence?, quote? }), setSource(url), setTheme(name), destroy().
 * Events on `element` (CustomEvent, data in `detail`): ready, error, select, filter.
 * Add listeners before mounting: `ready` may fire as soon as the promise resolves.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError("mount: the first argument must be an element");
  const [module, css] = await Promise.all([load(), stylesheet()]);
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const { corpus } = options;
  const own = {
    ...options,
    corpus: corpus != null && typeof corpus !== "string" ? JSON.stringify(corpus) : corpus,
    stylesheet: css ? undefined : options.stylesheet ?? asset("app.css"),
  };
  let wasm = module.mount(element, own);
  if (css) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, css];
  const command = (name, value) => {
    if (!wasm) throw new Error("this explorer was destroyed");
    wasm.command(name, value);
  };
  return {
    setView: (view) => command("view", view),
    setFilter: (filters) => command("filter", filters ?? null),
    select: (target) => command("select", typeof target === "string" ? { article: target } : target),
    setSource: (src) => command("source", src),
    setTheme: (theme) => command("theme", theme ?? "auto"),
    destroy() {
      if (!wasm) return;
      wasm.destroy();
      wasm.free();
      wasm = null;
      if (css) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== css);
    },
  };
}

/**
 * <article-explorer src="corpus.json" view="timeline" height="480px" theme="dark">
 * Attributes are observed: a new src loads that bundle, a new view shows it.
 * Without src it shows the corpus.json next to this file. The element's `handle`
 * (null until ready) offers setFilter, select and the rest of the mount() handle.
 */
export class ArticleExplorerElement extends HTMLElement {
  static observedAttributes = ["src", "view", "height", "theme"];

  #handle = null;
  #generation = 0;
  #shown = {};

  get handle() {
    return this.#handle;
  }

  connectedCallback() {
    this.#size();
    this.#start();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback(name) {
    if (name === "height") this.#size();
    else this.#sync();
  }

  #wanted() {
    return {
      src: this.getAttribute("src") || asset("corpus.json"),
      view: this.getAttribute("view") || undefined,
      theme: this.getAttribute("theme") || "auto",
    };
  }

  #size() {
    const h = (this.getAttribute("height") || "").trim();
    this.style.height = /^\d+(\.\d+)?$/.test(h) ? `${h}px` : h;
  }

  async #start() {
    const generation = ++this.#generation;
    const wanted = this.#wanted();
    try {
      const handle = await mount(this, wanted);
      if (generation !== this.#generation) return handle.destroy(); // disconnected meanwhile
      this.#handle = handle;
      this.#shown = wanted;
      this.#sync(); // attributes changed while loading
    } catch (e) {
      if (generation === this.#generation) {
        this.dispatchEvent(new CustomEvent("error", { detail: { message: String(e?.message ?? e) } }));
      }
    }
  }

  #sync() {
    const h = this.#handle;
    if (!h) return;
    const wanted = this.#wanted();
    try {
      if (wanted.src !== this.#shown.src) h.setSource(wanted.src);
      if (wanted.view && wanted.view !== this.#shown.view) h.setView(wanted.view);
      if (wanted.theme !== this.#shown.theme) h.setTheme(wanted.theme);
      this.#shown = wanted;
    } catch (e) {
      this.dispatchEvent(new CustomEvent("error", { detail: { message: String(e?.message ?? e) } }));
    }
  }
}

if (!customElements.get("article-explorer")) customElements.define("article-explorer", ArticleExplorerElement);
