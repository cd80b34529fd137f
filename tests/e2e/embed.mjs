// Browser test of embedding: the explorer inside other people's pages.
//
//   node tests/e2e/embed.mjs DIST --export FILE.html [--out DIR]
//
// Serves DIST (a `trunk build --release` output) from one origin, as a newsroom would
// host the explorer, and host pages from another origin, then drives headless Chromium
// (/usr/bin/chromium through playwright-core):
//   - a host page with hostile CSS (`* { all: unset }`, `div { display: none }` under
//     the host's classes, global font and box-sizing changes) and two embeds of
//     different corpora, one <article-explorer> element and one mount(): both render
//     and are usable, events reach the host, attributes and handle methods drive them,
//     destroy() leaves no DOM and no window/document listeners behind;
//   - the iframe route (embed.html) resizes its frame through origin-checked messages;
//   - FILE.html, written by `article-explorer export-html`, renders from file:// with
//     the network switched off.
// Exits 1 when any step fails; every step runs and reports.

import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, resolve, dirname, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium, step, expect, failures, types, watchdog, option } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
watchdog("embed", 240_000);

const args = process.argv.slice(2);
const exported = option(args, "--export", "");
const outDir = resolve(option(args, "--out", join(here, "out")));
const dist = resolve(args[0] || join(here, "..", "..", "dist"));


// A second corpus, told apart by its titles and ids: the seed bundle renamed.
const seed = JSON.parse(await readFile(join(dist, "corpus.json"), "utf8"));
const other = structuredClone(seed);
for (const [i, a] of other.articles.entries()) {
  a.id = `other-${i}`;
  a.title = `Second corpus, article ${i + 1}`;
}
const seedTitle = seed.articles[0].title;

// The explorer's own pages (embed.html) are served under the strict policy the app
// ships for (README, Security).
const strictCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Serves `files(path)` (a string body or null) on a free port; returns its origin. */
function serve(files, headers = {}, htmlHeaders = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    try {
      const body = await files(path);
      if (body == null) throw new Error("not found");
      const html = path.endsWith(".html") ? htmlHeaders : {};
      res.writeHead(200, { "content-type": types[extname(path)] || "text/html; charset=utf-8", ...headers, ...html });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end("not found");
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

// The explorer's origin: dist/ under /explorer/, readable from other origins (CORS), as
// a module script and its wasm must be.
const explorer = await serve(async (path) => {
  if (!path.startsWith("/explorer/")) return null;
  const rel = path.slice("/explorer/".length) || "index.html";
  if (rel === "other.json") return JSON.stringify(other);
  const file = normalize(join(dist, rel));
  if (!file.startsWith(dist)) return null;
  return readFile(file);
}, { "access-control-allow-origin": "*" }, { "content-security-policy": strictCsp });
const base = `${explorer.origin}/explorer/`;

// The host's origin: pages written here.
const hostile = `
  * { all: unset; }
  head, script, style, title { display: none; }
  html { font: 31px/3 "Comic Sans MS", cursive; box-sizing: content-box; }
  *, *::before, *::after { box-sizing: content-box !important; letter-spacing: 3px; }
  .story div { display: none; }
  .story * { color: red; text-transform: uppercase; }
  body { display: block; }
  .story { display: block; margin: 20px; }
`;
const pages = {
  "/two.html": `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<style>${hostile}</style>
<script>
  // Count the explorer's live listeners on window and document (those added from its
  // scripts, not the test driver's), to see that destroy() removes them.
  window.__listeners = new Map();
  for (const target of [window, document]) {
    const add = target.addEventListener, remove = target.removeEventListener;
    const name = target === window ? "window" : "document";
    target.addEventListener = function (type, fn, opts) {
      if (!String(new Error().stack).includes("/explorer/")) return add.call(this, type, fn, opts);
      const key = name + " " + type;
      const set = window.__listeners.get(key) || new Set();
      set.add(fn);
      window.__listeners.set(key, set);
      return add.call(this, type, fn, opts);
    };
    target.removeEventListener = function (type, fn, opts) {
      window.__listeners.get(name + " " + type)?.delete(fn);
      return remove.call(this, type, fn, opts);
    };
  }
  window.__live = () => [...window.__listeners.entries()].filter(([, s]) => s.size).map(([k, s]) => k + " x" + s.size);
  window.__events = [];
</script>
<script type="module" src="${base}article-explorer.js"></script>
<link rel="icon" href="data:,">
</head><body>
<p class="panel probe">A host paragraph with the explorer's class names: <span class="card">card</span></p>
<div class="story">
  <article-explorer id="one" src="${base}corpus.json" view="timeline" height="520px"></article-explorer>
</div>
<div class="story"><div id="two" class="box"></div></div>
<script type="module">
  import { mount } from "${base}article-explorer.js";
  for (const id of ["one", "two"]) {
    for (const type of ["ready", "error", "select", "filter"]) {
      document.getElementById(id).addEventListener(type, (e) => window.__events.push({ id, type, detail: e.detail }));
    }
  }
  window.__before = window.__live();
  window.__handle = await mount(document.getElementById("two"), { src: "${base}other.json", view: "quotes" });
  window.__mount = mount;
</script>
</body></html>`,
  "/frame.html": `<!doctype html><html><head><meta charset="utf-8"><title>Host with a frame</title>
<style>body { margin: 0; } iframe { display: block; width: 900px; border: 0; }</style>
<link rel="icon" href="data:,"></head><body>
<iframe id="frame" title="Article Explorer" src="${base}embed.html?src=corpus.json&view=timeline&id=f1"></iframe>
<script>
  window.__messages = [];
  const frame = document.getElementById("frame");
  const explorerOrigin = new URL(frame.src).origin;
  window.addEventListener("message", (e) => {
    if (e.origin !== explorerOrigin || e.source !== frame.contentWindow) return;
    if (e.data?.source !== "article-explorer") return;
    window.__messages.push(e.data);
    if (e.data.type === "resize") frame.style.height = e.data.height + "px";
  });
</script></body></html>`,
};
const host = await serve(async (path) => pages[path] ?? null);

const browser = await launchChromium(["--allow-file-access-from-files"]);
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });
// Every frame records Content-Security-Policy violations.
await context.addInitScript(() => {
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
});
await mkdir(outDir, { recursive: true });

const until = (page, fn, arg, what) =>
  page.waitForFunction(fn, arg, { timeout: 15_000 }).catch(() => {
    throw new Error(`timed out waiting for ${what}`);
  });

// ---------- two embeds on a hostile host page ----------
const page = await context.newPage();
const problems = [];
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
await page.goto(`${host.origin}/two.html`);
const inside = (id, selector) => page.locator(`#${id}`).locator(selector);
const events = (filter) => page.evaluate((f) => window.__events.filter((e) => Object.entries(f).every(([k, v]) => e[k] === v)), filter);

await step("both embeds render their own corpus despite the host's CSS", async () => {
  await until(page, () => window.__events.filter((e) => e.type === "ready").length === 2, null, "two ready events");
  await inside("one", ".timeline-view").waitFor();
  await inside("two", ".quotes-view .card").first().waitFor();
  for (const id of ["one", "two"]) {
    const box = await page.locator(`#${id}`).boundingBox();
    expect(box && box.height > 300 && box.width > 600, `#${id} is ${JSON.stringify(box)}`);
  }
  expect((await page.locator("#one").boundingBox()).height === 520, "height=520px sizes the element");
  const twoText = await inside("two", ".cards").innerText();
  expect(twoText.includes("Second corpus, article 1"), "the second embed shows its own corpus");
  expect(!(await inside("one", ".masthead").innerText()).includes("Second corpus"), "the first does not");
  const ready = await events({ type: "ready" });
  expect(ready.every((e) => e.detail.articles === seed.articles.length && e.detail.quotes > 0), JSON.stringify(ready));
});

await step("the explorer's own styles hold inside, and do not leak out", async () => {
  const style = await inside("two", ".card").first().evaluate((el) => {
    const s = getComputedStyle(el);
    const app = getComputedStyle(el.closest(".ae-app"));
    return { sizing: s.boxSizing, display: s.display, color: s.color, font: app.fontFamily, size: app.fontSize, transform: app.textTransform, paper: app.backgroundColor };
  });
  expect(style.sizing === "border-box", `box-sizing ${style.sizing}`);
  expect(style.display !== "none" && style.display !== "inline", `card display ${style.display}`);
  expect(!/comic/i.test(style.font) && style.size === "16px" && style.transform === "none", JSON.stringify(style));
  expect(style.color !== "rgb(255, 0, 0)", "host colours do not reach in");
  // Sizes in the explorer's type scale ignore the host's root font size (31px here).
  const title = await inside("two", ".view-title").evaluate((el) => getComputedStyle(el).fontSize);
  expect(title === "24px", `view title ${title}, expected 24px`);
  // Dark system scheme: the embed follows it (dark paper) unless told otherwise.
  expect(style.paper === "rgb(18, 18, 18)", `dark paper expected, got ${style.paper}`);
  const probe = await page.locator(".probe .card").evaluate((el) => getComputedStyle(el).borderTopStyle + " " + getComputedStyle(el).backgroundColor);
  expect(probe === "none rgba(0, 0, 0, 0)", `host element styled by the explorer: ${probe}`);
  await page.screenshot({ path: join(outDir, "embed-hostile-host.png"), fullPage: true });
});

await step("each embed is usable on its own; selections and filters reach the host as events", async () => {
  await inside("two", ".card .speaker").first().click();
  await until(page, () => window.__events.some((e) => e.id === "two" && e.type === "filter" && e.detail.speaker), null, "a filter event");
  await inside("two", "button:has-text('Open in reader')").first().click();
  await inside("two", ".reader-view").waitFor();
  const select = (await events({ id: "two", type: "select" })).at(-1);
  expect(select && select.detail.article === "other-0" && select.detail.view === "reader", JSON.stringify(select));
  expect(await inside("one", ".timeline-view").isVisible(), "the other embed stayed on its timeline");
  await inside("one", "a.tab:has-text('Quotes')").click();
  await inside("one", ".quotes-view").waitFor();
  expect(await inside("two", ".reader-view").isVisible(), "switching one embed's view leaves the other alone");
  expect((await page.evaluate(() => location.hash)) === "", "embeds leave the host's URL alone");
  const ids = await page.evaluate(() =>
    ["one", "two"].map((id) => [...document.getElementById(id).shadowRoot.querySelectorAll("[id]")].map((e) => e.id)));
  const shared = ids[0].filter((id) => ids[1].includes(id));
  expect(ids[0].length > 3 && shared.length === 0, `ids shared between embeds: ${shared}`);
  // "/" focuses the search box of the embed the keyboard is in.
  await inside("two", ".reader-title").click();
  await page.keyboard.press("/");
  const focused = await page.evaluate(() => document.getElementById("two").shadowRoot.activeElement?.id || "");
  expect(/search-input$/.test(focused), `"/" focused ${focused}`);
});

await step("attributes and handle methods drive an instance", async () => {
  await page.evaluate(() => document.getElementById("one").setAttribute("view", "reader"));
  await inside("one", ".reader-view").waitFor();
  await page.evaluate((b) => document.getElementById("one").setAttribute("src", b + "other.json"), base);
  await until(page, () => window.__events.filter((e) => e.id === "one" && e.type === "ready").length === 2, null, "ready after src changed");
  await inside("one", ".reader-title:has-text('Second corpus')").waitFor();
  await page.evaluate(() => window.__handle.setView("timeline"));
  await inside("two", ".timeline-view").waitFor();
  await page.evaluate(() => window.__handle.setFilter({ text: "zzzz-no-such-word" }));
  await inside("two", ".quotes-view :text('No quotes match')").waitFor();
  await page.evaluate(() => window.__handle.select({ article: "other-0", sentence: 2 }));
  await inside("two", ".reader-view .sentence.is-selected").waitFor();
  await page.evaluate(() => window.__handle.setTheme("light"));
  const paper = await inside("two", ".ae-app").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(paper === "rgb(251, 250, 247)", `light paper after setTheme, got ${paper}`);
  // The masthead's switch inside an embed themes that embed (through its element) only.
  await inside("two", ".theme-toggle").click();
  await until(page, () => document.getElementById("two").getAttribute("data-theme") === "dark", null, "data-theme=dark on the element");
  const papers = await page.evaluate(() => ["one", "two"].map((id) =>
    getComputedStyle(document.getElementById(id).shadowRoot.querySelector(".ae-app")).backgroundColor));
  expect(papers[1] === "rgb(18, 18, 18)", `after the switch: ${papers}`);
  expect((await page.evaluate(() => document.documentElement.getAttribute("data-theme"))) === null, "the host's <html> was themed");
  await page.evaluate(() => window.__handle.setTheme("light"));
  // Laid out for its own width: in a narrow column the quotes stack under the facets.
  await page.evaluate(() => window.__handle.setView("quotes"));
  const columns = async () => inside("two", ".quotes-layout").evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length);
  expect((await columns()) === 2, "two columns at full width");
  await page.evaluate(() => (document.getElementById("two").style.width = "420px"));
  await page.waitForFunction(() => getComputedStyle(document.getElementById("two").shadowRoot.querySelector(".quotes-layout")).gridTemplateColumns.split(" ").length === 1, null, { timeout: 5000 });
  await page.evaluate(() => (document.getElementById("two").style.width = ""));
  const bad = await page.evaluate(() => { try { window.__handle.setView("nope"); return "no error"; } catch (e) { return e.message; } });
  expect(/unknown view/.test(bad), `setView("nope"): ${bad}`);
});

await step("destroy() and removing the element leave no DOM and no listeners behind", async () => {
  // Timelines listen for window resizes: show them in both, then take both away.
  await page.evaluate(() => {
    window.__handle.setView("timeline");
    document.getElementById("one").setAttribute("view", "timeline");
  });
  await inside("one", ".timeline-view").waitFor();
  await inside("two", ".timeline-view").waitFor();
  const during = await page.evaluate(() => window.__live());
  const result = await page.evaluate(async () => {
    window.__handle.destroy();
    document.getElementById("one").remove();
    await new Promise((r) => setTimeout(r, 200));
    const two = document.getElementById("two");
    return {
      shadow: two.shadowRoot.childNodes.length,
      sheets: two.shadowRoot.adoptedStyleSheets.length,
      attrs: [...two.attributes].map((a) => a.name + (a.value ? "=" + a.value : "")).join(","),
      live: window.__live(),
      before: window.__before,
      after: (() => { try { window.__handle.setView("quotes"); return "no error"; } catch (e) { return e.message; } })(),
    };
  });
  expect(during.length > result.before.length, `mounting added no listeners? ${during}`);
  expect(result.shadow === 0 && result.sheets === 0, `left in the shadow root: ${JSON.stringify(result)}`);
  expect(!/data-article-explorer|data-theme/.test(result.attrs), `marks left on the element: ${result.attrs}`);
  expect(JSON.stringify(result.live) === JSON.stringify(result.before), `listeners before ${result.before}, after ${result.live}`);
  expect(/destroyed/.test(result.after), `a destroyed handle: ${result.after}`);
  // The element can hold a new instance afterwards.
  await page.evaluate((b) => window.__mount(document.getElementById("two"), { src: b + "corpus.json", view: "reader" }).then((h) => (window.__handle = h)), base);
  await inside("two", `.reader-title:has-text(${JSON.stringify(seedTitle)})`).waitFor();
});

await step("the host page logged no errors", async () => {
  expect(problems.length === 0, problems.join("\n"));
});

// ---------- the iframe route ----------
await step("the iframe route fits its frame to the content, through origin-checked messages", async () => {
  const p = await context.newPage();
  await p.goto(`${host.origin}/frame.html`);
  const frame = p.frameLocator("#frame");
  await frame.locator(".timeline-view").waitFor();
  const heights = async () => {
    const h = await p.locator("#frame").evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.locator("#explorer").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    return [h, inner];
  };
  await until(p, () => window.__messages.some((m) => m.type === "resize" && m.height > 300), null, "a resize message");
  let [outer, inner] = await heights();
  expect(outer === inner && outer > 300, `frame ${outer}px, content ${inner}px`);
  const ready = await p.evaluate(() => window.__messages.find((m) => m.type === "ready"));
  expect(ready && ready.id === "f1" && ready.detail.articles >= 1, JSON.stringify(ready));
  // Another view, another height: the frame follows.
  await frame.locator("a.tab:has-text('Search')").click();
  await frame.locator(".search-view").waitFor();
  await p.waitForFunction((h) => Math.abs(document.getElementById("frame").getBoundingClientRect().height - h) > 20, outer, { timeout: 10_000 });
  [outer, inner] = await heights();
  expect(outer === inner, `after switching views: frame ${outer}px, content ${inner}px`);
  // embed.html runs under the strict policy, styled (app.css adopted in the shadow root).
  const inside = p.frames().find((f) => f.url().includes("embed.html"));
  const csp = await inside.evaluate(() => window.__csp);
  expect(csp.length === 0, `policy violations in embed.html: ${csp.join(", ")}`);
  const paper = await frame.locator(".ae-app").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(paper === "rgb(18, 18, 18)", `embed.html unstyled? paper ${paper}`);
  // A message from anywhere else is ignored.
  await p.evaluate(() => window.postMessage({ source: "article-explorer", type: "resize", height: 7 }, "*"));
  await p.waitForTimeout(100);
  expect((await heights())[0] === outer, "a message from the host's own origin resized the frame");
  await p.close();
});

// ---------- the single exported file ----------
await step("the exported single file renders from file:// with the network off", async () => {
  expect(exported, "no --export FILE given");
  const offline = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
  const requests = [];
  await offline.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const p = await offline.newPage();
  const errors = [];
  p.on("pageerror", (e) => errors.push(e.message));
  p.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  p.on("request", (r) => !/^(file|data|blob):/.test(r.url()) && requests.push(r.url()));
  await p.goto(pathToFileURL(resolve(exported)).href);
  await p.locator(".timeline-view").waitFor({ timeout: 20_000 });
  await p.locator("a.tab:has-text('Quotes')").click();
  await p.locator(".quotes-view .card").first().waitFor();
  await p.locator("a.tab:has-text('Reader')").click();
  expect((await p.locator(".import").count()) === 0, "the import panel (which needs the worker) is offered offline");
  const title = await p.locator(".reader-title").innerText();
  expect(title === seedTitle, `reader shows ${title}`);
  expect(p.url().startsWith("file:") && p.url().endsWith("#reader"), `the hash still holds the view: ${p.url()}`);
  expect(requests.length === 0, `network requests: ${requests.join(", ")}`);
  expect(errors.length === 0, errors.join("\n"));
  await p.screenshot({ path: join(outDir, "export-file.png") });
  await offline.close();
});

await browser.close();
explorer.server.close();
host.server.close();
if (failures.length) {
  console.log(`embed: ${failures.length} step(s) failed`);
  process.exit(1);
}
console.log("embed: all steps passed");
