// Bringing your own articles, in the built explorer: the analysis Web Worker.
//
//   node tests/e2e/import.mjs [DIST] [--base /explorer/]
//
// Serves DIST under BASE, opens the page in headless Chromium (playwright-core) and
// drives the worker (worker_loader.js, built by trunk from src/bin/worker.rs) the way the
// page does: the seed article analysed off the main thread gives exactly the analysis in
// the shipped corpus.json; bad input gets one clear message per file; a queued batch can
// be cancelled; and the main thread keeps running while the worker is busy.
// Exits 1 when any step fails; every step runs and reports.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
setTimeout(() => {
  console.log("import: timed out after 3 minutes");
  process.exit(2);
}, 180_000).unref();

const args = process.argv.slice(2);
const baseAt = args.indexOf("--base");
const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : "/explorer/";
const dist = resolve(args[0] || join(repo, "dist"));

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};
const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (!url.pathname.startsWith(base)) return res.writeHead(404).end();
  const rel = decodeURIComponent(url.pathname.slice(base.length)) || "index.html";
  const path = normalize(join(dist, rel));
  try {
    if (!path.startsWith(dist)) throw new Error("outside dist");
    const body = await readFile(path);
    res.writeHead(200, { "content-type": types[extname(rel)] || "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const root = `http://127.0.0.1:${server.address().port}${base}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const page = await browser.newPage();
const problems = [];
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));

const failures = [];
async function step(name, fn) {
  try {
    await fn();
    console.log(`  ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`  FAIL ${name}\n       ${String(e.message || e).split("\n").join("\n       ")}`);
  }
}
function expect(cond, message) {
  if (!cond) throw new Error(message);
}

console.log(`import: serving ${dist} at ${root}`);
await page.goto(root);

// A helper in the page: one worker, replies collected by id, `ready` awaited.
await page.evaluate(async () => {
  const worker = new Worker(new URL("worker_loader.js", document.baseURI));
  const replies = [];
  const waiters = [];
  worker.onmessage = (e) => {
    replies.push(e.data);
    for (const w of waiters.splice(0)) w();
  };
  worker.onerror = (e) => replies.push({ type: "worker-error", error: String(e.message) });
  const until = async (pred) => {
    while (!pred(replies)) await new Promise((ok) => waiters.push(ok));
  };
  window.__w = { worker, replies, until };
  await until((r) => r.some((m) => m.type === "ready"));
});

const seedText = await readFile(join(repo, "samples", "000_25ef3079c59d7f51.txt"), "utf8");

await step("the worker analyses the seed article exactly as the shipped corpus has it", async () => {
  const reply = await page.evaluate(async (text) => {
    const { worker, replies, until } = window.__w;
    worker.postMessage({ type: "analyse", id: "seed", name: "000_25ef3079c59d7f51.txt", text });
    await until((r) => r.some((m) => m.id === "seed"));
    return replies.find((m) => m.id === "seed");
  }, seedText);
  expect(reply.type === "result", `expected a result, got ${JSON.stringify(reply).slice(0, 300)}`);
  const { articles, warnings } = JSON.parse(reply.json);
  expect(warnings.length === 0, `warnings: ${warnings}`);
  expect(articles.length === 1 && articles[0].id === "000-25ef3079c59d7f51", `ids: ${articles.map((a) => a.id)}`);
  const corpus = JSON.parse(await readFile(join(dist, "corpus.json"), "utf8"));
  const shipped = corpus.articles.find((a) => a.id === "000-25ef3079c59d7f51");
  expect(articles[0].title === shipped.title && articles[0].published === "2025-03-17", `metadata: ${articles[0].title}`);
  expect(articles[0].text === shipped.text, "text differs");
  expect(JSON.stringify(articles[0].analysis) === JSON.stringify(shipped.analysis), "the analysis differs from the CLI's");
  expect(articles[0].analysis.quotes.length >= 4, "too few quotes");
});

await step("metadata typed by the reader re-anchors relative dates", async () => {
  const reply = await page.evaluate(async () => {
    const { worker, replies, until } = window.__w;
    const text = "Officials said yesterday that talks would resume.";
    worker.postMessage({ type: "analyse", id: "meta", name: "pasted text", text, verbatim: true, metadata: { title: "Talks", date: "2025-03-17" } });
    await until((r) => r.some((m) => m.id === "meta"));
    return replies.find((m) => m.id === "meta");
  });
  const a = JSON.parse(reply.json).articles[0];
  expect(a.title === "Talks" && a.published === "2025-03-17", `${a.title} ${a.published}`);
  expect(a.analysis.events.map((e) => e.date).join() === "2025-03-16", `events: ${a.analysis.events.map((e) => e.date)}`);
});

await step("bad input gets one clear message per file, and the worker keeps going", async () => {
  const got = await page.evaluate(async () => {
    const { worker, replies, until } = window.__w;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82]);
    const latin1 = new TextEncoder().encode("Caf_ owners met on Monday and agreed to stay open all winter.");
    latin1[3] = 0xe9;
    worker.postMessage({ type: "analyse", id: "png", name: "photo.png", bytes: png });
    worker.postMessage({ type: "analyse", id: "empty", name: "empty.txt", bytes: new Uint8Array(0) });
    worker.postMessage({ type: "analyse", id: "latin1", name: "latin1.txt", bytes: latin1.buffer });
    worker.postMessage({ type: "analyse", id: "date", name: "d.txt", text: "Hello.", metadata: { date: "17/03/2025" } });
    worker.postMessage({ type: "analyse", id: "nothing", name: "n.txt" });
    await until((r) => ["png", "empty", "latin1", "date", "nothing"].every((id) => r.some((m) => m.id === id)));
    return Object.fromEntries(replies.filter((m) => m.id !== "seed" && m.id !== "meta" && m.id).map((m) => [m.id, m]));
  });
  expect(got.png.type === "error" && got.png.error.startsWith("photo.png: this looks like a binary file"), got.png.error);
  expect(got.empty.type === "error" && got.empty.error.startsWith("empty.txt: the file is empty"), got.empty.error);
  expect(got.date.type === "error" && got.date.error.includes('date "17/03/2025" is not a date'), got.date.error);
  expect(got.nothing.type === "error" && got.nothing.error.includes("neither `text` nor `bytes`"), got.nothing.error);
  expect(got.latin1.type === "result", JSON.stringify(got.latin1));
  const latin = JSON.parse(got.latin1.json);
  expect(latin.articles[0].text.startsWith("Caf\ufffd owners"), latin.articles[0].text);
  expect(latin.warnings.length === 1 && latin.warnings[0].startsWith("latin1.txt: invalid UTF-8 at byte 3"), latin.warnings[0]);
});

await step("a queued batch is cancelled between files, and the main thread stays free", async () => {
  const got = await page.evaluate(async (seed) => {
    const { worker, replies, until } = window.__w;
    const big = seed.repeat(150); // about 420 KB: hundreds of milliseconds of analysis each
    // Measure the longest gap between main-thread timer ticks while the worker works.
    let last = performance.now();
    let longest = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 10);
    const ids = ["b1", "b2", "b3", "b4", "b5", "b6"];
    const started = performance.now();
    for (const id of ids) worker.postMessage({ type: "analyse", id, name: `${id}.txt`, text: big });
    await until((r) => r.some((m) => m.id === "b1"));
    worker.postMessage({ type: "cancel", ids: ids.slice(2) });
    await until((r) => ids.every((id) => r.some((m) => m.id === id)));
    clearInterval(tick);
    return {
      kinds: ids.map((id) => replies.find((m) => m.id === id).type),
      first: replies.find((m) => m.id === "b1"),
      elapsed: performance.now() - started,
      longest,
    };
  }, seedText);
  // b1 was done before the cancel; b2 was running or queued; b3–b6 were dropped, unless
  // b2 finished first (then b3 may have started and it finishes).
  expect(got.kinds[0] === "result", `b1: ${got.kinds[0]}`);
  const cancelled = got.kinds.filter((k) => k === "cancelled").length;
  expect(cancelled >= 3, `only ${cancelled} of 4 queued files were cancelled: ${got.kinds}`);
  expect(JSON.parse(got.first.json).articles[0].analysis.quotes.length >= 150 * 4, "the big file was not fully analysed");
  console.log(`       ${got.kinds.join(" ")}; ${Math.round(got.elapsed)} ms in the worker; longest main-thread gap ${Math.round(got.longest)} ms`);
  expect(got.longest < 250, `the main thread was blocked for ${Math.round(got.longest)} ms`);
});

await step("no page errors", async () => {
  expect(problems.length === 0, problems.join("\n"));
});

await browser.close();
server.close();
console.log(failures.length ? `import: ${failures.length} step(s) failed` : "import: all steps passed");
process.exit(failures.length ? 1 : 0);
