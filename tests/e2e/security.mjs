// Security test of the built explorer: the strict Content-Security-Policy, hostile
// article text, broken bundles.
//
//   node tests/e2e/security.mjs [DIST] [--base /explorer/]
//
// Serves DIST under BASE with the policy below as a real HTTP response header (and the
// same files under /open/ without it, to check that the app itself keeps hostile text
// inert rather than relying on the policy), drives headless Chromium through
// playwright-core and fails on any `securitypolicyviolation` event or console CSP error.
// Exits 1 when any step fails; every step runs and reports.

import { createServer } from "node:http";
import { readFile, readdir, mkdtemp, rm } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { extname, join, resolve, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, step, expect, failures, types, watchdog, option } from "./harness.mjs";
import { writeHostileArticles, hostileizeBundle, VECTORS } from "./hostile.mjs";

const here = dirname(fileURLToPath(import.meta.url));
watchdog("security", 300_000);

/** The policy the README documents for hosts. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const args = process.argv.slice(2);
const base = option(args, "--base", "/explorer/");
const openBase = "/open/";
const dist = resolve(args[0] || join(here, "..", "..", "dist"));

// ---------- extra bundles served next to the app ----------
const extra = new Map();

// The hostile corpus: articles written now, turned into a bundle by the CLI (as a user
// would), then a second bundle with vectors also where analysis would never put them.
const repo = join(here, "..", "..");
const work = await mkdtemp(join(tmpdir(), "ae-security-"));
const articleCount = await writeHostileArticles(join(work, "articles"));
const cli = process.env.ARTICLE_EXPLORER
  ? [process.env.ARTICLE_EXPLORER, []]
  : ["cargo", ["run", "--quiet", "--bin", "article-explorer", "--"]];
const built = spawnSync(cli[0], [...cli[1], "build-corpus", join(work, "articles"), "-o", join(work, "hostile.json")], {
  cwd: repo,
  encoding: "utf8",
});
if (built.status !== 0) {
  console.log(`security: build-corpus failed (${built.status}):\n${built.stderr}`);
  process.exit(1);
}
const hostileText = await readFile(join(work, "hostile.json"), "utf8");
extra.set("hostile.json", hostileText);
extra.set("hostile-fields.json", JSON.stringify(hostileizeBundle(JSON.parse(hostileText))));

// Broken bundles: cut in half; from a future version; one article corrupt among many.
extra.set("truncated.json", hostileText.slice(0, Math.floor(hostileText.length / 2)));
extra.set("future-schema.json", hostileText.replace('"article-explorer.corpus/1"', '"article-explorer.corpus/2"'));
{
  const bundle = JSON.parse(hostileText);
  const victim = bundle.articles.findIndex((a) => a.analysis.quotes.length > 0);
  bundle.articles[victim].analysis.quotes[0].sentence = 999;
  extra.set("one-corrupt.json", JSON.stringify(bundle));
}

// A host page that embeds the explorer as an element (README "Embedding"), served with
// the same policy: what an embedding site with a strict CSP gets.
extra.set("host.html", `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="favicon.svg">
<script type="module" src="article-explorer.js"></script></head>
<body><h1>A host page</h1><article-explorer view="timeline" height="480px"></article-explorer></body></html>`);

// ---------- the server: DIST under BASE (with the CSP) and under /open/ (without) ----------
const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const prefix = [base, openBase].find((b) => url.pathname.startsWith(b) || url.pathname === b.replace(/\/$/, ""));
  if (!prefix) {
    res.writeHead(404).end("not found");
    return;
  }
  const headers = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
  if (prefix === base) headers["content-security-policy"] = CSP;
  const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
  try {
    let body;
    if (extra.has(rel)) body = extra.get(rel);
    else {
      const path = normalize(join(dist, rel));
      if (!path.startsWith(dist)) throw new Error("outside dist");
      body = await readFile(path);
      // The app is built for BASE; under /open/ its absolute asset paths still point to
      // BASE, which serves the same files.
    }
    res.writeHead(200, { ...headers, "content-type": types[extname(rel)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const root = origin + base;
const openRoot = origin + openBase;

// ---------- the browser, with watchers installed before any page script ----------
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
const violations = [];
const pwned = [];
const consoleProblems = [];
await context.exposeFunction("__cspViolation", (v) => violations.push(v));
// Every hostile vector calls this if it ever runs (tests/e2e/hostile.mjs).
await context.exposeFunction("__pwned", (tag) => pwned.push(String(tag)));
await context.addInitScript(() => {
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`));
});
const page = await context.newPage();
let watchConsole = true;
page.on("console", (m) => {
  const text = m.text();
  if (/Content.Security.Policy/i.test(text)) violations.push(`console: ${text}`);
  else if (watchConsole && (m.type() === "error" || m.type() === "warning")) consoleProblems.push(`${m.type()}: ${text}`);
});
page.on("pageerror", (e) => consoleProblems.push(`page error: ${e.message}`));

// ---------- steps ----------
const T = { timeout: 10_000 };
const go = async (url) => {
  await page.goto(url);
  await page.locator(".brand-counts").filter({ hasText: "article" }).waitFor(T);
};

console.log(`security: serving ${dist} at ${root} (with the CSP) and ${openRoot} (without)`);

// ----- the strict Content-Security-Policy -----
await step("the page is served with the strict CSP header", async () => {
  const response = await page.goto(root);
  expect(response.headers()["content-security-policy"] === CSP, `header: ${response.headers()["content-security-policy"]}`);
});

await step("under the CSP the explorer renders its timeline, marks placed by position", async () => {
  await go(root);
  await page.locator(".timeline-view .mark").first().waitFor(T);
  // Positions are set through the CSSOM (a style attribute would be blocked): each mark's
  // --x, which the stylesheet turns into its left edge.
  const lefts = await page.locator(".mark-slot").evaluateAll((els) => els.map((e) => e.style.getPropertyValue("--x")));
  expect(lefts.length > 0 && lefts.every((l) => /^-?\d+px$/.test(l.trim())), `mark positions: ${lefts.join(", ")}`);
  const placed = await page.locator(".mark-slot").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
  expect(new Set(placed).size > 1, `the marks are not spread out: ${placed.join(", ")}`);
  const ticks = await page.locator(".tick").evaluateAll((els) => new Set(els.map((e) => e.getBoundingClientRect().left)).size);
  expect(ticks > 1, `the axis ticks are not spread out (${ticks} distinct positions)`);
});

await step("every view, the theme switch and search work under the CSP", async () => {
  for (const [hash, ready] of [["quotes", ".quotes-view"], ["reader", ".reader-view"], ["search?find=said", ".search-view"], ["timeline", ".timeline-view .mark"]]) {
    await page.goto(`${root}#${hash}`);
    await page.locator(ready).first().waitFor(T);
  }
  const before = await page.evaluate(() => document.documentElement.dataset.theme || "");
  await page.getByRole("button", { name: /switch to (dark|light) theme/i }).click();
  const after = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(after && after !== before, `the theme did not change (${before} -> ${after})`);
  await page.reload();
  await page.locator(".timeline-view").waitFor(T);
  expect((await page.evaluate(() => document.documentElement.dataset.theme)) === after, "the theme was not kept");
});

await step("no CSP violation was reported and the console is clean", async () => {
  expect(violations.length === 0, violations.join("\n"));
  expect(consoleProblems.length === 0, consoleProblems.join("\n"));
});

await step("theme.js applies the stored theme before the app starts", async () => {
  await page.evaluate(() => localStorage.setItem("article-explorer.theme", "dark"));
  // Without the wasm module the app never starts: what is left is theme.js's work.
  await page.route("**/*.wasm", (r) => r.abort());
  await page.goto(root);
  await page.waitForLoadState("load");
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.unroute("**/*.wasm");
  consoleProblems.length = 0; // the aborted module load is logged
  expect(theme === "dark", `data-theme is ${theme}`);
  expect(violations.length === 0, violations.join("\n"));
});

await step("the embedded element and the iframe route work under the CSP", async () => {
  violations.length = 0;
  await page.goto(`${root}host.html`);
  await page.locator("article-explorer .timeline-view .mark").first().waitFor(T);
  await page.goto(`${root}embed.html?src=corpus.json&view=quotes`);
  await page.locator(".quotes-view").first().waitFor(T);
  expect(violations.length === 0, violations.join("\n"));
  expect(consoleProblems.length === 0, consoleProblems.join("\n"));
});

await step("the watcher sees a violation when one happens (control)", async () => {
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inlineRan = true";
    document.head.append(s);
    return window.__inlineRan === true;
  });
  expect(!ran, "an inline script ran: the CSP header is not in force");
  for (let i = 0; i < 20 && violations.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(violations.length > 0, "the inline script was blocked but no violation was reported");
  violations.length = 0;
});

// ----- hostile text renders inert -----
/** Everything in the page that could run or navigate to script, as a list of problems. */
async function activeContent() {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}=...>`);
        if (["src", "srcdoc", "action", "formaction", "data"].includes(a.name) && el.localName !== "script")
          found.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
        // (style attributes are the CSSOM positions of the timeline, written by the app)
      }
    }
    for (const a of document.querySelectorAll("a[href], area[href]")) {
      const raw = a.getAttribute("href").replace(/[\u0000-\u0020]/g, "").toLowerCase();
      if (!["http:", "https:"].includes(a.protocol) || /^(javascript|data|vbscript):/.test(raw))
        found.push(`link to ${a.getAttribute("href").slice(0, 60)}`);
    }
    for (const el of document.querySelectorAll("iframe, frame, object, embed, style, meta[http-equiv], svg script"))
      found.push(`<${el.localName}> element`);
    const scripts = [...document.scripts].map((s) => s.getAttribute("src") || "inline");
    // (panel.js: the import panel's module, added by the app when the panel is opened)
    const ours = (src) => /(^|\/)(theme|boot|panel)\.js$/.test(src) || /\/app-[0-9a-f]+\.js$/.test(src);
    for (const s of scripts) if (!ours(s)) found.push(`script ${s}`);
    if (document.querySelectorAll("base").length !== 1) found.push("a second <base>");
    return found;
  });
}

/** Opens every view of the loaded hostile bundle and checks the page after each. */
async function tourHostile(at, bundleName) {
  const bundle = JSON.parse(extra.get(bundleName));
  const problems = [];
  const visit = async (hash, ready) => {
    await page.goto(`${at}?src=${bundleName}${hash}`);
    await page.locator(ready).first().waitFor(T);
    await page.waitForTimeout(50);
    for (const p of await activeContent()) problems.push(`${hash}: ${p}`);
  };
  await visit("#timeline", ".timeline-view .mark");
  await visit("#quotes", ".quotes-view");
  for (const a of bundle.articles) await visit(`#reader?a=${encodeURIComponent(a.id)}`, ".reader-view");
  for (const q of ["script", "onerror", "javascript", "pwned", "img"]) await visit(`#search?find=${q}`, ".search-view");
  // Open the first event and the first quote's context, which render more of the text.
  await visit("#timeline", ".timeline-view .mark");
  await page.locator(".timeline-view .mark").first().click();
  await page.waitForTimeout(100);
  for (const p of await activeContent()) problems.push(`after opening an event: ${p}`);
  return problems;
}

await step(`the CLI builds the hostile corpus (${articleCount} articles, ${VECTORS.length} vectors)`, async () => {
  const bundle = JSON.parse(hostileText);
  expect(bundle.articles.length === articleCount, `${bundle.articles.length} of ${articleCount} articles in the bundle`);
  const all = JSON.stringify(bundle);
  expect(all.includes("<script>__pwned") && all.includes("onerror=__pwned"), "the vectors did not reach the bundle");
  expect(bundle.articles.some((a) => a.analysis.quotes.length > 0), "no quotes were found in the hostile articles");
});

for (const bundleName of ["hostile.json", "hostile-fields.json"]) {
  await step(`${bundleName} without the CSP: no script runs, no handler or script link exists`, async () => {
    pwned.length = 0;
    const problems = await tourHostile(openRoot, bundleName);
    expect(problems.length === 0, problems.slice(0, 15).join("\n"));
    expect(pwned.length === 0, `script ran: __pwned(${pwned.join(", ")})`);
  });
}

await step("the vectors are shown as text, word for word", async () => {
  await page.goto(`${openRoot}?src=hostile.json#reader`);
  await page.locator(".reader-view").waitFor(T);
  const text = await page.locator("main, body").first().innerText();
  expect(text.includes(`<script>__pwned("script")</script>`), "the <script> vector is not shown as text");
  expect(text.includes(`<img src=x onerror=__pwned("img")>`) || (await page.content()).includes("onerror=__pwned"), "the <img onerror> vector is not in the page as text");
});

await step("the source link is offered only for http(s) addresses", async () => {
  const bundle = JSON.parse(hostileText);
  const withUrl = bundle.articles.filter((a) => a.url);
  expect(withUrl.length > 0, "no article kept a url");
  for (const a of withUrl.slice(0, 12)) {
    await page.goto(`${openRoot}?src=hostile.json#reader?a=${encodeURIComponent(a.id)}`);
    await page.locator(".reader-view").waitFor(T);
    const links = await page.locator("a.original").count();
    const web = /^\s*https?:\/\/\S+$/i.test(a.url);
    expect(links === (web ? 1 : 0), `${JSON.stringify(a.url)}: ${links} source link(s)`);
  }
});

await step("the hostile bundles under the CSP: no violation, nothing ran", async () => {
  violations.length = 0;
  pwned.length = 0;
  for (const b of ["hostile.json", "hostile-fields.json"]) await tourHostile(root, b);
  expect(violations.length === 0, violations.join("\n"));
  expect(pwned.length === 0, `script ran: __pwned(${pwned.join(", ")})`);
});

// ----- the reader's own articles: hostile files imported through the panel -----
await step("hostile files imported under the CSP (the analysis worker): no violation, nothing runs", async () => {
  violations.length = 0;
  pwned.length = 0;
  const dir = join(work, "articles");
  const files = [];
  for (const name of (await readdir(dir)).sort()) {
    files.push({ name, mimeType: name.endsWith(".json") ? "application/json" : "text/plain", buffer: await readFile(join(dir, name)) });
  }
  // A web page saved as HTML, with the vectors in its head and body.
  const html = `<!DOCTYPE html><html><head><title>${VECTORS[0]}</title>
<meta property="og:title" content="Imported &quot;><img src=x onerror=__pwned('og')>">
<script>__pwned("html-head")</script><base href="javascript:__pwned('base')//"></head>
<body onload="__pwned('html-body')"><article><p>${VECTORS.join("</p>\n<p>")}</p>
<p>"We are safe," said Ana Ruiz on March 3, 2025.</p></article></body></html>`;
  files.push({ name: "hostile.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.goto(root);
  const panel = page.locator("details.import");
  await panel.waitFor(T);
  await page.evaluate(() => indexedDB.deleteDatabase("article-explorer"));
  await page.reload();
  await panel.waitFor(T);
  if (!(await panel.evaluate((d) => d.open))) await panel.locator("summary").click();
  await page.setInputFiles("#import-files", files);
  await page.locator("#import-status").getByText(`Done: ${files.length} of ${files.length} files analysed`).waitFor({ timeout: 60_000 });
  const listed = await page.locator(".import-item").count();
  expect(listed >= articleCount, `${listed} imported articles listed, expected at least ${articleCount}`);
  const problems = [];
  await page.goto(`${root}#search?find=pwned`);
  await page.getByText("pwned").first().waitFor(T); // the imported text is in the explorer
  for (const hash of ["#timeline", "#quotes", "#search?find=pwned", "#search?find=script"]) {
    await page.goto(`${root}${hash}`);
    await page.locator(".view").first().waitFor(T);
    await page.waitForTimeout(100);
    for (const p of await activeContent()) problems.push(`${hash}: ${p}`);
  }
  await page.evaluate(() => indexedDB.deleteDatabase("article-explorer"));
  expect(problems.length === 0, problems.slice(0, 15).join("\n"));
  expect(pwned.length === 0, `script ran: __pwned(${pwned.join(", ")})`);
  expect(violations.length === 0, violations.join("\n"));
});

// ----- broken data shows a message, never a blank page -----
// The failed loads are expected to log; CSP violations are still watched.
watchConsole = false;
await step("a truncated bundle shows the error panel, saying what to do", async () => {
  violations.length = 0;
  await page.goto(`${root}?src=truncated.json`);
  const panel = page.getByRole("alert").filter({ hasText: "not valid JSON" });
  await panel.waitFor(T);
  const text = await panel.innerText();
  expect(text.includes("truncated") && text.includes("build-corpus"), `panel: ${text}`);
  expect((await page.locator("body").innerText()).trim().length > 0, "blank page");
});

await step("a bundle from another schema version says to rebuild it", async () => {
  await page.goto(`${root}?src=future-schema.json`);
  const panel = page.getByRole("alert").filter({ hasText: "article-explorer.corpus/2" });
  await panel.waitFor(T);
  expect((await panel.innerText()).includes("rebuild it"), await panel.innerText());
});

await step("one corrupt article among many: it is listed, the others load", async () => {
  const total = JSON.parse(extra.get("one-corrupt.json")).articles.length;
  await page.goto(`${root}?src=one-corrupt.json`);
  await page.locator(".panel-warning").filter({ hasText: "1 article could not be loaded" }).waitFor(T);
  await page.locator(".timeline-view .mark").first().waitFor(T);
  const counts = await page.locator(".brand-counts").innerText();
  expect(counts.includes(`${total - 1} articles`), `counts: ${counts} (expected ${total - 1} articles)`);
  expect(violations.length === 0, violations.join("\n"));
});

await browser.close();
server.close();
await rm(work, { recursive: true, force: true });
if (failures.length) {
  console.log(`\nsecurity: ${failures.length} step(s) failed:\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
console.log("\nsecurity: all steps passed");
