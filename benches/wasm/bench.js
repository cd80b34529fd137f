// Times the wasm analysis core over the benchmark texts, in the browser.
// Served by benches/chromium.mjs with /pkg/ (wasm-bindgen output) and /texts.jsonl.
// Query: ?limit=N&min=SECONDS&pkg=DIR (pkg: the wasm-bindgen output folder, default
// "pkg-worker", the analysis worker's profile; "pkg-app" holds the app's size-profile
// build). The result lands in window.__bench and in #result.
const params = new URLSearchParams(location.search);
const pkg = (params.get('pkg') || 'pkg-worker').replace(/[^a-z-]/g, '');
const { default: init, analyze_doc, dates_doc } = await import(`./${pkg}/wasm_analyze.js`);

const limit = Number(params.get('limit') || Infinity);
const minSeconds = Number(params.get('min') || 1);

function measure(fn, docs) {
  let passes = 0;
  let found = 0;
  const start = performance.now();
  let ms = 0;
  do {
    found = 0;
    for (const d of docs) found += fn(d.text, d.date || '');
    passes += 1;
    ms = performance.now() - start;
  } while (ms < minSeconds * 1000);
  return { seconds_per_pass: ms / 1000 / passes, passes, found };
}

async function main() {
  const wasm = await init();
  const raw = await (await fetch('./texts.jsonl')).text();
  const all = raw.split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
  // Articles on which the analysis traps (a Rust panic; the release profile aborts) are
  // set aside untimed, as the native benchmark does, and counted.
  const docs = [];
  const trapped = [];
  for (const d of all) {
    try {
      analyze_doc(d.text, d.date || '');
      dates_doc(d.text, d.date || '');
      docs.push(d);
    } catch (e) {
      trapped.push(d.id);
    }
  }
  const encoder = new TextEncoder();
  const bytes = docs.reduce((n, d) => n + encoder.encode(d.text).length, 0);
  const full = measure(analyze_doc, docs);
  const dates = measure(dates_doc, docs);
  const rate = (m) => ({ ...m, docs_per_s: docs.length / m.seconds_per_pass, mb_per_s: bytes / 1e6 / m.seconds_per_pass });
  const result = {
    docs: docs.length, bytes, full: rate(full), dates: rate(dates), trapped,
    wasm_memory_bytes: wasm.memory.buffer.byteLength,
    user_agent: navigator.userAgent,
  };
  window.__bench = result;
  document.getElementById('result').textContent = JSON.stringify(result);
}

main().catch((e) => {
  window.__bench = { error: String(e && e.stack || e) };
  document.getElementById('result').textContent = `error: ${e}`;
});
