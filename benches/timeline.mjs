// The timeline with many events in headless Chromium: the explorer (a built dist/, the
// corpus bundle loaded with ?src=) against vis-timeline given the same events, same run.
//
//   node benches/timeline.mjs DIST_DIR BUNDLE.json [--steps N] [--timeout S]
//
// The explorer: first render = Performance API marks `timeline-render-start` →
// `timeline-interactive` (set by src/app/components/timeline.rs) plus the frame that
// paints it; also navigation → interactive (fetching and parsing the bundle included).
// vis-timeline: the same bundle's events (one group per article) from `new vis.Timeline`
// to the frame that paints it. Then, for both, N steps of panning and zooming (right ×3,
// zoom in, left ×3, zoom out, …), one step per animation frame: the explorer through its
// keys on the plot, vis-timeline through setWindow with the same windows; a frame's time
// is the time between animation frames, and a frame is late when it took over 18 ms (one
// 60 Hz frame, 16.7 ms, plus timer jitter). That script runs from the fitted window (as
// the app opens), then — the same script again and a long pan — from a 6-month window
// around the median event date, where many more marks are drawn:
//   mixed   the script above from the fitted window (`ours` / `vis` at the top level)
//   zoomed  the same script from the 6-month window
//   sweep   N/2 steps of panning right from the 6-month window (3 years): the app has to
//           lay out again whenever the window leaves what it has drawn
// (`ours.scenarios` / `vis.scenarios`). Prints one JSON line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [dist, bundle, ...rest] = process.argv.slice(2);
if (!dist || !bundle) {
  console.error('usage: node benches/timeline.mjs DIST_DIR BUNDLE.json [--steps N] [--timeout S]');
  process.exit(2);
}
let steps = 120;
let timeout = 300;
for (let i = 0; i < rest.length; i += 2) {
  if (rest[i] === '--steps') steps = Number(rest[i + 1]);
  else if (rest[i] === '--timeout') timeout = Number(rest[i + 1]);
  else { console.error(`timeline.mjs: unknown argument ${rest[i]}`); process.exit(2); }
}

const vis = join(here, 'node_modules', 'vis-timeline', 'standalone', 'umd');
const ROUTES = {
  '/bench-corpus.json': bundle,
  '/vis/index.html': join(here, 'timeline', 'vis.html'),
  '/vis/vis.js': join(here, 'timeline', 'vis.js'),
  '/vis/vis-timeline-graph2d.min.js': join(vis, 'vis-timeline-graph2d.min.js'),
  '/vis/vis-timeline-graph2d.min.css': join(join(here, 'node_modules', 'vis-timeline', 'styles'), 'vis-timeline-graph2d.min.css'),
};
const { server, origin: base } = await serve(dist, { route: (path) => ROUTES[path] });

// The interaction script: one entry per frame.
const script = [];
for (let i = 0; script.length < steps; i += 1) {
  const k = i % 4;
  for (let j = 0; j < 3; j += 1) script.push(k < 2 ? 'right' : 'left');
  script.push(k % 2 === 0 ? 'in' : 'out');
}
script.length = steps;
const sweep = Array(Math.ceil(steps / 2)).fill('right');

// The 6-month window: around the median day-precise event date of the bundle.
const zoomedWindow = (() => {
  const days = [];
  for (const a of JSON.parse(readFileSync(bundle, 'utf8')).articles || []) {
    for (const ev of a.analysis?.events || []) {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ev.date || '');
      if (m) days.push(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    }
  }
  days.sort((a, b) => a - b);
  const mid = days[Math.floor(days.length / 2)] ?? Date.UTC(2025, 0, 1);
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  return { start: mid - 91 * 864e5, end: mid + 91 * 864e5, from: iso(mid - 91 * 864e5), to: iso(mid + 91 * 864e5) };
})();

function frameStats(frames) {
  const sorted = [...frames].sort((a, b) => a - b);
  // A 60 Hz frame is 16.7 ms give or take the timer's jitter: over 18 ms, a frame was late.
  const over = frames.filter((f) => f > 18).length;
  return { frames: frames.length, median_ms: sorted[Math.floor(sorted.length / 2)], p95_ms: sorted[Math.floor(sorted.length * 0.95)],
    max_ms: sorted[sorted.length - 1], late_frames: over, late_share: over / frames.length };
}

async function browser() {
  const profile = mkdtempSync(join(tmpdir(), 'ae-bench-timeline-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  return { context, page: context.pages()[0] || await context.newPage(), done: async () => {
    await context.close(); rmSync(profile, { recursive: true, force: true });
  } };
}

const result = { steps };
try {
  // ---- the explorer
  {
    const b = await browser();
    try {
      const { page } = b;
      await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => {
        window.__wasmMemory = e.detail && e.detail.wasm && e.detail.wasm.memory;
      }));
      await page.goto(`${base}/?src=/bench-corpus.json`, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByName('timeline-interactive').length > 0, null,
        { polling: 50, timeout: timeout * 1000 });
      const first = await page.evaluate(() => new Promise((ok) => {
        const start = performance.getEntriesByName('timeline-render-start')[0].startTime;
        const ready = performance.getEntriesByName('timeline-interactive')[0].startTime;
        requestAnimationFrame(() => requestAnimationFrame(() => ok({
          render_ms: ready - start, painted_ms: performance.now() - start, navigation_to_interactive_ms: ready,
          lanes: document.querySelectorAll('.lanes .lane').length,
          marks: document.querySelectorAll('.lanes .mark').length,
          events_label: document.querySelector('.timeline-view .list-title')?.innerText || '',
          js_heap_bytes: (window.gc && window.gc(), performance.memory?.usedJSHeapSize ?? null),
          wasm_memory_bytes: window.__wasmMemory?.buffer.byteLength ?? null,
        })));
      }));
      const play = (script) => page.evaluate((script) => new Promise((ok) => {
        const plot = document.querySelector('.timeline-view .plot');
        plot.focus();
        const keys = { right: 'ArrowRight', left: 'ArrowLeft', in: '+', out: '-' };
        const frames = [];
        const scripts = [];
        const channel = new MessageChannel();
        let i = 0;
        let last = performance.now();
        let sent = 0;
        // The app's own work for a step: from the key event to the first task after it
        // (Yew renders in microtasks, before that task), apart from style, layout and paint.
        channel.port1.onmessage = () => scripts.push(performance.now() - sent);
        const step = (now) => {
          if (i > 0) frames.push(now - last);
          last = now;
          if (i === script.length) { ok({ frames, scripts }); return; }
          sent = performance.now();
          plot.dispatchEvent(new KeyboardEvent('keydown', { key: keys[script[i]], bubbles: true, cancelable: true }));
          channel.port2.postMessage(0);
          i += 1;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }), script);
      const stats = (frames) => {
        const sortedScripts = [...frames.scripts].sort((a, b) => a - b);
        return { ...frameStats(frames.frames), script_median_ms: sortedScripts[Math.floor(sortedScripts.length / 2)],
          script_p95_ms: sortedScripts[Math.floor(sortedScripts.length * 0.95)] };
      };
      result.ours = { ...first, ...stats(await play(script)), scenarios: {} };
      // The other scenarios start from the 6-month window, set through the URL (the app
      // follows it), once the app has settled.
      for (const [name, keys] of [['zoomed', script], ['sweep', sweep]]) {
        await page.evaluate((w) => { location.hash = `#timeline?from=${w.from}&to=${w.to}`; }, zoomedWindow);
        await page.waitForFunction((from) => document.querySelector('.timeline-view .view-sub')?.innerText.length > 0
          && location.hash.includes(from), zoomedWindow.from, { timeout: 10000 });
        await page.waitForTimeout(600);
        const marks = await page.evaluate(() => document.querySelectorAll('.lanes .mark').length);
        result.ours.scenarios[name] = { marks_at_start: marks, ...stats(await play(keys)) };
        await page.waitForTimeout(600);
      }
    } finally { await b.done(); }
  }
  // ---- vis-timeline
  {
    const b = await browser();
    try {
      const { page } = b;
      await page.goto(`${base}/vis/index.html?src=/bench-corpus.json`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__visReady !== undefined, null, { polling: 50, timeout: timeout * 1000 });
      const first = await page.evaluate(() => ({ ...window.__visReady,
        js_heap_bytes: (window.gc && window.gc(), performance.memory?.usedJSHeapSize ?? null) }));
      const play = (script, from) => page.evaluate(([script, from]) => new Promise((ok) => {
        const tl = window.__timeline;
        let { start, end } = from || tl.getWindow();
        start = +start; end = +end;
        if (from) tl.setWindow(start, end, { animation: false });
        const frames = [];
        let i = 0;
        let last = performance.now();
        const step = (now) => {
          if (i > 0) frames.push(now - last);
          last = now;
          if (i === script.length) { ok(frames); return; }
          const w = end - start;
          const s = script[i];
          if (s === 'right' || s === 'left') { const d = (s === 'right' ? 0.1 : -0.1) * w; start += d; end += d; }
          else { const f = s === 'in' ? 1 / 1.5 : 1.5; const mid = (start + end) / 2; start = mid - w * f / 2; end = mid + w * f / 2; }
          tl.setWindow(start, end, { animation: false });
          i += 1;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }), [script, from]);
      result.vis = { ...first, ...frameStats(await play(script, null)), scenarios: {} };
      for (const [name, keys] of [['zoomed', script], ['sweep', sweep]]) {
        await play([], zoomedWindow);
        await page.waitForTimeout(600);
        result.vis.scenarios[name] = frameStats(await play(keys, zoomedWindow));
      }
    } finally { await b.done(); }
  }
} catch (e) {
  console.error(`timeline.mjs: ${e && e.message || e}`);
  process.exitCode = 1;
} finally {
  server.close();
}
console.log(JSON.stringify(result));
