// Serves a benchmark page and times it in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core; no browser download).
//
//   node benches/chromium.mjs ROOT_DIR TEXTS.jsonl [--query "limit=100&min=1"] [--timeout SECONDS]
//
// ROOT_DIR is served at http://127.0.0.1:PORT/ (PORT chosen by the OS); TEXTS.jsonl is
// served as /texts.jsonl. Files are served cross-origin isolated (COOP + COEP), and
// Chromium runs with --enable-precise-memory-info --js-flags=--expose-gc. Prints the page's window.__bench as JSON on stdout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [root, texts, ...rest] = process.argv.slice(2);
if (!root || !texts) {
  console.error('usage: node benches/chromium.mjs ROOT_DIR TEXTS.jsonl [--query Q] [--timeout S]');
  process.exit(2);
}
let query = '';
let timeout = 300;
for (let i = 0; i < rest.length; i += 2) {
  if (rest[i] === '--query') query = rest[i + 1];
  else if (rest[i] === '--timeout') timeout = Number(rest[i + 1]);
  else { console.error(`chromium.mjs: unknown argument ${rest[i]}`); process.exit(2); }
}

// Cross-origin isolated: performance.now() resolves to 5 µs instead of 100 µs.
const { server, origin } = await serve(root, {
  route: (path) => (path === '/texts.jsonl' ? texts : undefined),
  headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
});
const port = new URL(origin).port;

const profile = mkdtempSync(join(tmpdir(), 'ae-bench-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Exact JS heap figures after a forced full GC (the search benchmark's memory).
      '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`http://127.0.0.1:${port}/${query ? `?${query}` : ''}`);
  await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: timeout * 1000, polling: 200 });
  const result = await page.evaluate(() => window.__bench);
  if (result.error || errors.length) {
    console.error(`chromium.mjs: the page failed: ${result.error || ''} ${errors.join('; ')}`);
    process.exitCode = 1;
  }
  console.log(JSON.stringify(result));
} finally {
  if (context) await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
