// Start-up in headless Chromium: navigation start to the first moment SELECTOR is in the
// page (checked every animation frame), or with SELECTOR = mark:NAME to the Performance
// API mark NAME (the app sets `timeline-interactive`), for a built app (dist/) with a
// given corpus.
//
//   node benches/startup.mjs DIST_DIR SELECTOR [--corpus BUNDLE.json | --shards DIR] [--runs N] [--timeout S]
//
// With --corpus the bundle is served as /bench-corpus.json and the page opened with
// ?src=/bench-corpus.json (the app's way to load another corpus); with --shards a sharded
// corpus (`build-corpus --shards DIR`) is served under /bench-shards/ and the page opened
// with ?src=/bench-shards/index.json. `served_bytes` is what the server sent in the last
// run up to the moment measured, and `corpus_files` how many corpus files it was. Each run uses a fresh
// browser profile (a cold cache). Prints {"runs":[ms...],"median_ms","js_heap_bytes"}:
// js_heap_bytes is Chromium's JSHeapUsedSize (CDP Performance.getMetrics) after the last
// run; wasm_memory_bytes the size of the app's WebAssembly memory then (from trunk's
// `TrunkApplicationStarted` event, which carries the instance).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [dist, selector, ...rest] = process.argv.slice(2);
if (!dist || !selector) {
  console.error('usage: node benches/startup.mjs DIST_DIR SELECTOR [--corpus FILE | --shards DIR] [--runs N] [--timeout S]');
  process.exit(2);
}
let corpus = null;
let shards = null;
let runs = 3;
let timeout = 120;
for (let i = 0; i < rest.length; i += 2) {
  if (rest[i] === '--corpus') corpus = rest[i + 1];
  else if (rest[i] === '--shards') shards = rest[i + 1];
  else if (rest[i] === '--runs') runs = Number(rest[i + 1]);
  else if (rest[i] === '--timeout') timeout = Number(rest[i + 1]);
  else { console.error(`startup.mjs: unknown argument ${rest[i]}`); process.exit(2); }
}

let served = 0;
let corpusFiles = 0;
const { server, origin } = await serve(dist, {
  route: (path) => {
    if (corpus && path === '/bench-corpus.json') return corpus;
    if (shards && path.startsWith('/bench-shards/')) return join(shards, normalize(path.slice('/bench-shards/'.length)));
    return undefined;
  },
  onServe: (path, bytes) => {
    served += bytes;
    if (path === '/bench-corpus.json' || path.startsWith('/bench-shards/')) corpusFiles += 1;
  },
});
const src = corpus ? '?src=/bench-corpus.json' : shards ? '?src=/bench-shards/index.json' : '';
const url = `${origin}/${src}`;

const times = [];
let heap = null;
let wasmMemory = null;
let servedAtMark = null;
let filesAtMark = null;
try {
  for (let r = 0; r < runs; r += 1) {
    const profile = mkdtempSync(join(tmpdir(), 'ae-bench-startup-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = context.pages()[0] || await context.newPage();
      await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => {
        window.__wasmMemory = e.detail && e.detail.wasm && e.detail.wasm.memory;
      }));
      served = 0;
      corpusFiles = 0;
      await page.goto(url, { waitUntil: 'commit' });
      let handle;
      try {
        handle = await page.waitForFunction(
          (sel) => {
            if (sel.startsWith('mark:')) return performance.getEntriesByName(sel.slice(5))[0]?.startTime ?? null;
            return document.querySelector(sel) ? performance.now() : null;
          },
          selector, { polling: 'raf', timeout: timeout * 1000 },
        );
      } catch (e) {
        // Say what the page shows instead (an error panel, a spinner).
        const shown = await page.evaluate(() => document.body.innerText).catch(() => '');
        console.error(`startup.mjs: ${selector} did not appear within ${timeout} s; the page shows: ${shown.replace(/\s+/g, ' ').slice(0, 300)}`);
        throw e;
      }
      times.push(await handle.jsonValue());
      servedAtMark = served;
      filesAtMark = corpusFiles;
      if (r === runs - 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
        wasmMemory = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
} finally {
  server.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(JSON.stringify({ runs: times, median_ms: sorted[Math.floor(sorted.length / 2)], js_heap_bytes: heap,
  wasm_memory_bytes: wasmMemory, served_bytes: servedAtMark, corpus_files: filesAtMark }));
