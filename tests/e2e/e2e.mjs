// End-to-end test of the built explorer, as a reader would use it.
//
//   node tests/e2e/e2e.mjs [DIST] [--base /explorer/] [--corpus FILE] [--out DIR]
//
// Serves DIST (default: dist/ at the repository root) on 127.0.0.1 under a sub-path with
// a tiny static server, drives headless Chromium (/usr/bin/chromium, through
// playwright-core) and checks, step by step, what the issue asks for. --corpus serves
// FILE as corpus.json instead of DIST's. Screenshots go to tests/e2e/out/ (gitignored).
// Exits 1 when any step fails; every step runs and reports, so one failure does not
// hide the next.

import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, resolve, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, step, expect, failures, types, watchdog, option } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// A hung browser must not hang CI: give up after five minutes.
watchdog("e2e", 300_000);
const require = createRequire(import.meta.url);

// ---------- arguments ----------
const args = process.argv.slice(2);
const base = option(args, "--base", "/explorer/");
const corpusOverride = option(args, "--corpus", process.env.E2E_CORPUS || "");
const outDir = resolve(option(args, "--out", join(here, "out")));
const dist = resolve(args[0] || join(here, "..", "..", "dist"));

// ---------- a tiny static server for DIST under BASE ----------

const corpusText = corpusOverride ? await readFile(resolve(corpusOverride), "utf8") : null;

/** A bundle with one broken article after the good ones: the others must still load. */
async function brokenBundle() {
  const json = JSON.parse(corpusText ?? (await readFile(join(dist, "corpus.json"), "utf8")));
  const bad = structuredClone(json.articles[0] ?? { text: "x", analysis: {} });
  bad.id = "broken-article";
  bad.analysis.sentences = [{ start: 0, end: 10_000_000 }];
  json.articles.push(bad);
  return JSON.stringify(json);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === base.replace(/\/$/, "")) url.pathname = base; // "/explorer" serves the page too
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end("not under " + base);
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(base.length)) || "index.html";
  try {
    let body;
    if (rel === "corpus.json" && corpusText) body = corpusText;
    else if (rel === "broken.json") body = await brokenBundle();
    else if (rel === "not-json.json") body = '{"schema": "article-explorer.corpus/1", "articles": [';
    else {
      const path = normalize(join(dist, rel));
      if (!path.startsWith(dist)) throw new Error("outside dist");
      body = await readFile(path);
    }
    res.writeHead(200, { "content-type": types[extname(rel)] || "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const root = `http://127.0.0.1:${server.address().port}${base}`;

// ---------- the browser ----------
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: root });
const page = await context.newPage();
const consoleProblems = [];
let watchConsole = true;
page.on("console", (m) => {
  if (watchConsole && (m.type() === "error" || m.type() === "warning")) consoleProblems.push(`${m.type()}: ${m.text()}`);
});
page.on("pageerror", (e) => consoleProblems.push(`page error: ${e.message}`));

await mkdir(outDir, { recursive: true });
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

// ---------- steps ----------
const T = { timeout: 10_000 };
async function audit(label) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(result.length === 0, `${label}: ${result.length} axe violation(s):\n${result.join("\n")}`);
}
const tab = (name) => page.getByRole("navigation", { name: "Views" }).getByRole("link", { name, exact: true });

console.log(`e2e: serving ${dist} at ${root}${corpusOverride ? ` (corpus: ${corpusOverride})` : ""}`);

await step("I open the explorer from a sub-path and the articles load", async () => {
  await page.goto(root);
  await page.locator(".brand-counts").filter({ hasText: "article" }).waitFor(T);
  const counts = await page.locator(".brand-counts").innerText();
  expect(/\d+ articles?/.test(counts), `counts read ${counts}`);
});

await step("the timeline shows the seed's events on 17 and 18 March 2025", async () => {
  await page.locator(".timeline-view").waitFor(T);
  for (const date of ["2025-03-17", "2025-03-18"]) {
    const mark = page.locator(`.mark[data-date="${date}"]`);
    expect((await mark.count()) > 0, `no timeline mark for ${date}`);
  }
  const list = await page.locator(".event-list").innerText();
  expect(list.includes("17 March 2025") && list.includes("18 March 2025"), `event list: ${list.slice(0, 300)}`);
});

await step("the publication date is marked apart from the event dates", async () => {
  expect((await page.locator(".pub-flag").count()) > 0, "no publication marker (does any article have a publication date? the seed sample needs a `Date: 2025-03-17` line)");
});

await page.screenshot({ path: join(outDir, "explorer.png") });

await step("zooming and panning with keys move the window (and the URL)", async () => {
  await page.locator(".plot").focus();
  const before = await page.locator(".timeline-view .view-sub").innerText();
  await page.keyboard.press("+");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction((b) => document.querySelector(".timeline-view .view-sub").innerText !== b, before, T);
  expect(page.url().includes("from="), `URL has no window: ${page.url()}`);
  await page.keyboard.press("0");
  await page.waitForFunction(() => !location.hash.includes("from="), null, T);
});

await step("events outside the view are counted, and a button moves to the nearest", async () => {
  const list = () => page.locator(".event-list").innerText();
  for (const [from, to, side, label] of [["2025-01-01", "2025-01-31", "later", "2 later →"], ["2025-06-01", "2025-06-30", "earlier", "← 2 earlier"]]) {
    await page.goto(`${root}#timeline?from=${from}&to=${to}`);
    const button = page.locator(`.timeline-view .beyond-${side}`);
    await button.waitFor(T);
    expect((await button.innerText()) === label, `the ${side} button reads "${await button.innerText()}"`);
    const name = await button.getAttribute("aria-label");
    expect(name === `2 events ${side}: move to the nearest`, `the ${side} button is named "${name}"`);
    expect(await page.locator(`.timeline-view .beyond-${side === "later" ? "earlier" : "later"}`).count() === 0, "nothing lies on the other side");
    expect(!(await list()).includes("17 March 2025"), "the window starts empty");
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".event-list").innerText.includes("17 March 2025"), null, T);
    const range = await page.locator(".timeline-view .view-sub").innerText();
    expect((await list()).includes("18 March 2025") && range.includes("March 2025"), `moved to ${range}`);
    expect(await page.locator(".timeline-view [class*=beyond-]").count() === 0, "both events in view: no buttons");
  }
  await page.locator(".timeline-view .seg-button", { hasText: "Fit" }).click();
  await page.waitForFunction(() => !location.hash.includes("from="), null, T);
});

await step("the wheel zooms in around the pointer", async () => {
  const plot = page.locator(".plot");
  const box = await plot.boundingBox();
  const before = await page.locator(".timeline-view .view-sub").innerText();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((b) => document.querySelector(".timeline-view .view-sub").innerText !== b, before, T);
  await page.keyboard.press("Escape");
});

await step("dragging pans the timeline without opening anything", async () => {
  const plot = page.locator(".plot");
  const box = await plot.boundingBox();
  const before = await page.locator(".timeline-view .view-sub").innerText();
  const y = box.y + box.height - 6;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, y, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction((b) => document.querySelector(".timeline-view .view-sub").innerText !== b, before, T);
  expect(page.url().includes("#timeline") || !page.url().includes("#"), `a drag navigated: ${page.url()}`);
  await page.locator(".plot").focus();
  await page.keyboard.press("0");
  await page.waitForFunction(() => !location.hash.includes("from="), null, T);
});

await step("pinching with two fingers zooms", async () => {
  const before = await page.locator(".timeline-view .view-sub").innerText();
  await page.evaluate(() => {
    const plot = document.querySelector(".plot");
    const r = plot.getBoundingClientRect();
    const y = r.bottom - 8, mid = r.left + r.width / 2;
    const fire = (type, id, x) =>
      plot.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: "touch", isPrimary: id === 1, clientX: x, clientY: y, bubbles: true }));
    fire("pointerdown", 11, mid - 50);
    fire("pointerdown", 12, mid + 50);
    fire("pointermove", 12, mid + 100);
    fire("pointermove", 12, mid + 150);
    fire("pointerup", 12, mid + 150);
    fire("pointerup", 11, mid - 50);
  });
  await page.waitForFunction((b) => document.querySelector(".timeline-view .view-sub").innerText !== b, before, T);
  await page.locator(".plot").focus();
  await page.keyboard.press("0");
  await page.waitForFunction(() => !location.hash.includes("from="), null, T);
});

await step("Enter on a focused event opens its sentence in the reader", async () => {
  await page.locator('.mark[data-date="2025-03-17"]').first().focus();
  await page.keyboard.press("Enter");
  const selected = page.locator(".reader-view .sentence.is-selected");
  await selected.waitFor(T);
  expect((await selected.innerText()).includes("March 17"), "wrong sentence");
  await page.goBack();
  await page.locator(".timeline-view").waitFor(T);
});

await step("the timeline has no accessibility violations", () => audit("timeline"));

await step("clicking a timeline event highlights its sentence in the reader", async () => {
  await page.locator('.mark[data-date="2025-03-18"]').first().click();
  const selected = page.locator(".reader-view .sentence.is-selected");
  await selected.waitFor(T);
  const text = await selected.innerText();
  expect(text.includes("March 18"), `selected sentence: ${text}`);
  expect(/#reader\?.*s=\d+/.test(page.url()), `URL is not a deep link: ${page.url()}`);
  const note = await page.locator(".sentence-note").innerText();
  expect(note.includes("Date: 18 March 2025"), `the note does not say what is marked: ${note}`);
});

await step("next and previous step through the sentences (and the URL)", async () => {
  await page.getByRole("button", { name: "Next sentence" }).click();
  await page.waitForFunction(() => /[?&]s=2\b/.test(location.hash), null, T);
  await page.getByRole("button", { name: "Previous sentence" }).click();
  await page.waitForFunction(() => /[?&]s=1\b/.test(location.hash), null, T);
  expect((await page.locator(".reader-view .sentence.is-selected").innerText()).includes("March 18"), "not back on March 18");
});

await step("focusing a sentence with the keyboard says what its marks are", async () => {
  await page.locator("#s-0").focus();
  await page.locator(".sentence-note").filter({ hasText: "Sentence 1 of" }).waitFor(T);
  const note = await page.locator(".sentence-note").innerText();
  expect(note.includes("Date: 17 March 2025"), `note: ${note}`);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /[?&]s=0\b/.test(location.hash), null, T);
  await page.goBack();
  await page.waitForFunction(() => /[?&]s=1\b/.test(location.hash), null, T);
});

await step("the reader marks quotes, dates and names, and says what each mark is", async () => {
  const date = page.locator(".reader-view .date").first();
  expect((await date.getAttribute("title") || "").startsWith("Date:"), "date mark has no description");
  expect((await page.locator(".reader-view .q").count()) > 0, "no quote marked");
  expect((await page.locator(".reader-view .ent").count()) > 0, "no entity marked");
});

await page.screenshot({ path: join(outDir, "reader.png") });
await step("the reader has no accessibility violations", () => audit("reader"));

await step("shift-dragging brushes a period that filters the quotes", async () => {
  await tab("Timeline").click();
  const box = await page.locator(".plot").boundingBox();
  const y = box.y + box.height - 6;
  await page.keyboard.down("Shift");
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await page.waitForFunction(() => /after=.*before=/.test(location.hash), null, T);
  expect((await page.locator(".brush").count()) === 1, "the brushed period is not drawn");
  await page.getByRole("button", { name: "Clear the brushed period" }).click();
  await page.waitForFunction(() => !location.hash.includes("after="), null, T);
});

await step("the timeline's period filters the quotes", async () => {
  await tab("Timeline").click();
  await page.getByRole("button", { name: "Quotes from this period" }).click();
  await page.locator("#facet-period").waitFor(T);
  expect(/after=.*before=/.test(page.url()), `no period in the URL: ${page.url()}`);
  expect((await page.locator(".card").count()) > 0, "no quotes in the period");
  await page.locator('[aria-labelledby="facet-period"] .facet-value').click();
  await page.waitForFunction(() => !location.hash.includes("after="), null, T);
});

await step("the quote explorer lists quotes with their speakers", async () => {
  await page.evaluate(() => { location.hash = "#quotes"; }); // no filters left over
  await page.locator(".quotes-view").waitFor(T);
  await page.locator(".card").first().waitFor(T);
  const speakers = await page.locator(".card .speaker").allInnerTexts();
  expect(speakers.length > 0 && speakers.every((s) => s.trim().length > 0), `speakers: ${speakers}`);
  expect(speakers.some((s) => s.includes("Heio Chinji")), `no quote by Heio Chinji: ${speakers}`);
});

await step("facets filter the quotes, and the filter is in the URL", async () => {
  const facet = page.locator(".facet-value").filter({ hasText: "Heio Chinji" }).first();
  await facet.click();
  await page.waitForFunction(() => location.hash.includes("speaker="), null, T);
  const speakers = await page.locator(".card .speaker").allInnerTexts();
  expect(speakers.every((s) => s.includes("Heio Chinji")), `other speakers shown: ${speakers}`);
});

await step("show context expands the surrounding sentences", async () => {
  const card = page.locator(".card").first();
  await card.getByRole("button", { name: "Show context" }).click();
  await card.locator(".context").first().waitFor(T);
});

await step("copy with citation puts the quote, speaker and source on the clipboard", async () => {
  const card = page.locator(".card").first();
  await card.getByRole("button", { name: "Copy with citation" }).click();
  await card.locator(".copied").filter({ hasText: "Copied" }).waitFor(T);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith("“") && text.includes("Heio Chinji"), `clipboard: ${text}`);
});

await page.screenshot({ path: join(outDir, "quotes.png"), fullPage: false });
await step("the quote explorer has no accessibility violations", () => audit("quotes"));

await step("a search for Zaporizhzhia finds the quote, highlighted", async () => {
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  expect(await page.evaluate(() => document.activeElement?.id === "search-input"), "/ does not focus the search box");
  await page.keyboard.type("Zaporizhzhia");
  const quote = page.locator(".result-quote").first();
  await quote.waitFor(T);
  const hit = await quote.locator("mark.hit").first().innerText();
  expect(hit === "Zaporizhzhia", `highlight: ${hit}`);
});

await page.screenshot({ path: join(outDir, "search.png") });
await step("search tolerates a typo in a long word", async () => {
  await page.locator("#search-input").fill("Zaporizzhia");
  await page.locator(".result-quote").first().waitFor(T);
});

await step("the search results have no accessibility violations", () => audit("search"));

await step("opening a result and reloading the deep link restores the view", async () => {
  await page.locator("#search-input").fill("Zaporizhzhia");
  await page.locator(".result-quote").first().click();
  const selected = page.locator(".reader-view .sentence.is-selected");
  await selected.waitFor(T);
  const id = await selected.getAttribute("id");
  const url = page.url();
  await page.reload();
  await page.locator(".reader-view .sentence.is-selected").waitFor(T);
  expect(page.url() === url, `URL changed on reload: ${page.url()}`);
  expect((await page.locator(".reader-view .sentence.is-selected").getAttribute("id")) === id, "another sentence selected");
  expect((await page.locator(".reader-view .q.is-selected").count()) > 0, "the quote is not highlighted");
});

await step("back and forward move between views", async () => {
  await page.goBack();
  await page.locator(".search-view").waitFor(T);
  await page.goForward();
  await page.locator(".reader-view .sentence.is-selected").waitFor(T);
});

await step("the dark theme switches and stays accessible", async () => {
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark", null, T);
  await tab("Timeline").click();
  await page.locator(".timeline-view").waitFor(T);
  await page.screenshot({ path: join(outDir, "explorer-dark.png") });
  await audit("timeline, dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
});

await step("at 360 px wide nothing overflows sideways", async () => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const name of ["Timeline", "Quotes", "Reader"]) {
    await tab(name).click();
    await page.waitForTimeout(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `${name} overflows by ${overflow}px`);
  }
  await tab("Timeline").click();
  await page.screenshot({ path: join(outDir, "explorer-mobile.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
});

await step("the console stays free of errors and warnings", async () => {
  expect(consoleProblems.length === 0, consoleProblems.join("\n"));
});

await step("the explorer also opens without the trailing slash", async () => {
  await page.goto(root.replace(/\/$/, ""));
  await page.locator(".brand-counts").filter({ hasText: "article" }).waitFor(T);
});

// Error states: their failed requests are expected to be logged, so the console is not watched.
watchConsole = false;
await step("a missing corpus shows an error panel that says what to do", async () => {
  await page.goto(root + "?src=missing.json");
  const panel = page.getByRole("alert").filter({ hasText: "could not be loaded" });
  await panel.waitFor(T);
  expect((await panel.innerText()).includes("build-corpus"), "the panel does not say how to build a corpus");
});

await step("a malformed corpus shows an error panel", async () => {
  await page.goto(root + "?src=not-json.json");
  await page.getByRole("alert").filter({ hasText: "not valid JSON" }).waitFor(T);
});

await step("one broken article is listed while the others load", async () => {
  await page.goto(root + "?src=broken.json");
  await page.locator(".panel-warning").filter({ hasText: "1 article could not be loaded" }).waitFor(T);
  await page.locator(".timeline-view").waitFor(T);
});

await browser.close();
server.close();
if (failures.length) {
  console.log(`\ne2e: ${failures.length} step(s) failed:\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
console.log(`\ne2e: all steps passed; screenshots in ${outDir}`);
