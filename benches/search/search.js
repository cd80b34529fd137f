// The search benchmark, in the browser: our index (the explorer's src/search as wasm,
// benches/wasm-core) against MiniSearch and FlexSearch, indexing the same articles
// (title + text) in the same page.
// Served by benches/chromium.mjs with /pkg/ (wasm-bindgen output), /minisearch.js,
// /flexsearch.js and /texts.jsonl, in Chromium started with --enable-precise-memory-info
// and --js-flags=--expose-gc (so the JS heap can be read exactly after a full GC) and
// cross-origin isolated (performance.now() to 5 µs rather than 100 µs).
// Query: ?n=ARTICLES&runs=R&limit=L. The result lands in window.__bench.
import init, * as ours from './pkg/wasm_analyze.js';
import MiniSearch from './minisearch.js';
import { Index as FlexIndex } from './flexsearch.js';

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') || Infinity);
const runs = Number(params.get('runs') || 20);
const limit = Number(params.get('limit') || 50);

// The fixed query set: words picked from the benchmark's news texts (US politics 2016,
// 1990s wire news). Common words occur in most articles, rare ones in 2 of 1,180.
export const QUERIES = {
  common: ['the', 'said', 'president', 'people', 'trump'],
  rare: ['dignitaries', 'schneiderman', 'burdensome', 'serbian', 'countdown'],
  pairs: ['white house', 'supreme court', 'health care', 'foreign policy', 'hillary clinton'],
  prefixes: ['presid', 'elect', 'camp', 'nucl', 'immigr'],
  // Not in the headline figures: FlexSearch (as configured, the default encoder) has no
  // typo tolerance, so it answers these fast with nothing.
  typos: ['goverment', 'presidnet', 'campaing'],
};
const HEADLINE = ['common', 'rare', 'pairs', 'prefixes'];

const gc = () => { if (window.gc) { window.gc(); window.gc(); } };
const heap = () => { gc(); return performance.memory ? performance.memory.usedJSHeapSize : 0; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

let wasm;
const wasmBytes = () => wasm.memory.buffer.byteLength;

// Each engine: build(docs) → { bytes }, query(q) → number of hits, ids(q) → top ids.
const ENGINES = {
  ours: {
    note: 'ranked, prefix, one typo from 5 letters (two from 9), every word must match, title marks + a highlighted snippet per hit',
    store(docs) { ours.search_reset(); for (const d of docs) ours.search_store(d.title || '', d.text); },
    build() { return { bytes: ours.search_build() }; },
    query(q) { return ours.search_query(q, limit); },
    ids(q) { return Array.from(ours.search_ids(q, limit)); },
    drop() { ours.search_reset(); },
  },
  minisearch: {
    note: 'fields title + text, prefix: true, fuzzy: 0.2, combineWith: AND (every word), title boost 3; returns every hit sorted, cut to the limit',
    build(docs) {
      this.ms = new MiniSearch({ fields: ['title', 'text'], storeFields: [] });
      this.ms.addAll(docs.map((d, i) => ({ id: i, title: d.title || '', text: d.text })));
      return { bytes: () => JSON.stringify(this.ms).length };
    },
    query(q) { return this.ms.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3 } }).slice(0, limit).length; },
    ids(q) { return this.ms.search(q, { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3 } }).slice(0, limit).map((r) => r.id); },
    drop() { this.ms = null; },
  },
  flexsearch: {
    note: "Index over title + ' ' + text, tokenize: 'forward' (prefixes), default encoder, resolution 9; search(q, { limit }) intersects the words",
    build(docs) {
      this.fx = new FlexIndex({ tokenize: 'forward' });
      docs.forEach((d, i) => this.fx.add(i, `${d.title || ''} ${d.text}`));
      return { bytes: () => { let b = 0; this.fx.export((key, data) => { b += key.length + (data ? String(data).length : 0); }); return b; } };
    },
    query(q) { return this.fx.search(q, { limit }).length; },
    ids(q) { return this.fx.search(q, { limit }); },
    drop() { this.fx = null; },
  },
};

async function main() {
  wasm = await init();
  const raw = await (await fetch('./texts.jsonl')).text();
  const docs = raw.split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l));
  const all = Object.entries(QUERIES).flatMap(([cls, qs]) => qs.map((q) => [cls, q]));
  const result = { docs: docs.length, limit, runs, queries: QUERIES, engines: {},
    precise_memory: !!(window.gc && performance.memory), isolated: !!window.crossOriginIsolated,
    user_agent: navigator.userAgent };
  // Build each index in turn (its memory measured alone), then time the engines
  // interleaved query by query, so that load from elsewhere on the machine falls on all
  // three alike.
  for (const [name, e] of Object.entries(ENGINES)) {
    const r = { note: e.note };
    // Ours keeps the texts in wasm memory for snippets (the app holds them as its corpus
    // anyway): stored first, measured apart, not counted as the index.
    if (e.store) {
      const w = wasmBytes();
      e.store(docs);
      r.text_store_bytes = wasmBytes() - w;
    }
    const h0 = heap(); const w0 = wasmBytes();
    const t0 = performance.now();
    const built = e.build(docs);
    r.build_ms = performance.now() - t0;
    r.heap_added = heap() - h0;
    r.wasm_added = wasmBytes() - w0;
    r.memory_added = r.heap_added + r.wasm_added;
    r.index_bytes = typeof built.bytes === 'function' ? built.bytes() : built.bytes;
    for (const [, q] of all) e.query(q); // warm-up
    r.times = Object.fromEntries(Object.keys(QUERIES).map((c) => [c, []]));
    r.hits = {};
    result.engines[name] = r;
  }
  for (let k = 0; k < runs; k++) {
    for (const [cls, q] of all) {
      for (const [name, e] of Object.entries(ENGINES)) {
        const r = result.engines[name];
        const t = performance.now();
        r.hits[q] = e.query(q);
        r.times[cls].push(performance.now() - t);
      }
    }
  }
  for (const [name, e] of Object.entries(ENGINES)) {
    const r = result.engines[name];
    const head = HEADLINE.flatMap((c) => r.times[c]);
    r.p50_ms = pct(head, 0.5); r.p95_ms = pct(head, 0.95); r.max_ms = Math.max(...head);
    r.classes = Object.fromEntries(Object.entries(r.times).map(([c, ts]) => [c, { p50_ms: pct(ts, 0.5), p95_ms: pct(ts, 0.95) }]));
    delete r.times;
    r.top = Object.fromEntries(['president', 'white house', 'presid'].map((q) => [q, e.ids(q).slice(0, 10)]));
    e.drop();
  }
  window.__bench = result;
  document.getElementById('result').textContent = JSON.stringify(result, null, 1);
}

main().catch((e) => {
  window.__bench = { error: String(e && e.stack || e) };
  document.getElementById('result').textContent = `error: ${e}`;
});
