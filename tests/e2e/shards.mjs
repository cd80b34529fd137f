// A sharded corpus in the built explorer: the app opens index.json, fetches one shard to
// start, and then only the shards the reader asks for (a search, a linked article, an
// earlier period); a shard that fails says so and can be retried while the rest works.
//
//   node tests/e2e/shards.mjs [DIST] [--base /explorer/]
//
// The corpus is written now (30 short articles over two years, one of them the only one
// to mention a quokka) and cut into 6 shards of 5 by the CLI (`build-corpus --shards`).
// Every request the page makes is logged, so each step checks what was fetched.

import { createServer } from "node:http";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { extname, join, resolve, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, step, expect, failures, types, watchdog, option } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
watchdog("shards", 240_000);
const args = process.argv.slice(2);
const base = option(args, "--base", "/explorer/");
const dist = resolve(args[0] || join(here, "..", "..", "dist"));
const repo = join(here, "..", "..");

// ---------- the corpus, built by the CLI ----------
const work = await mkdtemp(join(tmpdir(), "ae-shards-"));
await mkdir(join(work, "articles"));
const names = ["Ana Ruiz", "Mark Delaney", "Heio Chinji", "Dmitri Volkov", "Lena Okafor"];
for (let i = 0; i < 30; i += 1) {
  const day = new Date(Date.UTC(2023, 0, 2 + i * 24));
  const date = day.toISOString().slice(0, 10);
  const who = names[i % names.length];
  const animal = i === 0 ? " Rangers counted a quokka near the harbour." : "";
  const body = `Title: Harbour report ${i + 1}\nDate: ${date}\nSource: The Coastal Times\n\n` +
    `"We will finish the work," ${who} said on ${day.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" })}.` +
    ` The council met again to discuss the harbour plan.${animal}\n`;
  await writeFile(join(work, "articles", `${String(i).padStart(2, "0")}.txt`), body);
}
const cli = process.env.ARTICLE_EXPLORER
  ? [process.env.ARTICLE_EXPLORER, []]
  : ["cargo", ["run", "--quiet", "--bin", "article-explorer", "--"]];
const built = spawnSync(cli[0], [...cli[1], "build-corpus", join(work, "articles"), "--quiet", "--no-cache",
  "--shard-size", "5", "--shards", join(work, "sharded")], { cwd: repo, encoding: "utf8" });
if (built.status !== 0) {
  console.log(`shards: build-corpus --shards failed (${built.status}):\n${built.stderr}`);
  process.exit(1);
}
const index = JSON.parse(await readFile(join(work, "sharded", "index.json"), "utf8"));
const shardFiles = index.shards.map((s) => s.file);

// ---------- the server: dist under BASE, the corpus under BASE{big,broken,bad}/ ----------
const log = [];
let healed = false;
let held = null; // while set, big's first shard waits for it (a slow network, on demand)
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  log.push(path);
  let file = null;
  const corpus = path.match(new RegExp(`^${base}(big|broken|bad)/(.*)$`));
  if (corpus) {
    const [, kind, rest] = corpus;
    // broken: the fifth shard (one before the latest) fails until healed; bad: it is garbage.
    if (kind === "broken" && rest === shardFiles[4] && !healed) {
      res.writeHead(500, { "content-type": "text/plain" });
      return res.end("server error");
    }
    if (kind === "bad" && rest === shardFiles[4]) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end('{"schema": "article-explorer.corpus/1", "articles": [');
    }
    if (kind === "big" && rest === shardFiles[0] && held) await held.promise;
    file = join(work, "sharded", normalize(rest));
  } else if (path.startsWith(base)) {
    file = join(dist, normalize(path.slice(base.length) || "index.html"));
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end("not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
const page = await browser.newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
const fetched = (dir, kind) => log.filter((p) => p.startsWith(`${base}${dir}/${kind}/`)).map((p) => p.slice(`${base}${dir}/`.length));
const text = (sel) => page.locator(sel).first().innerText();

console.log(`shards: ${index.articles} articles in ${index.shards.length} shards`);

await step("opening index.json fetches the index and one shard (the latest period) and draws the timeline", async () => {
  expect(index.shards.length === 6 && index.articles === 30, `expected 6 shards of 30 articles, got ${JSON.stringify(index.shards.map((s) => s.articles))}`);
  await page.goto(`${origin}${base}?src=big/index.json`);
  await page.waitForFunction(() => performance.getEntriesByName("timeline-interactive").length > 0, null, { timeout: 30_000 });
  await page.locator(".shard-summary", { hasText: "Loaded: 1 shard (5 articles)" }).waitFor({ timeout: 10_000 });
  const summary = await text(".shard-summary");
  expect(summary.includes("30 articles in 6 shards"), summary);
  expect(JSON.stringify(fetched("big", "t")) === JSON.stringify([shardFiles[5]]), `fetched ${fetched("big", "t")}`);
  expect(fetched("big", "s").length === 0 && fetched("big", "i").length === 0, "no lookups before they are needed");
  expect(await page.locator(".timeline-view .lane").count() > 0, "timeline lanes drawn");
});

await step("a typo in the first two letters (\"qoukka\") still fetches the shard holding \"quokka\"", async () => {
  await page.fill(".search-input", "qoukka");
  await page.locator(".result-title", { hasText: "Harbour report 1" }).first().waitFor({ timeout: 15_000 });
  expect(fetched("big", "t").includes(shardFiles[0]), `shards fetched: ${fetched("big", "t")}`);
  expect(fetched("big", "t").length === 2, `only the shard holding "quokka" is added: ${fetched("big", "t")}`);
});

await step("a search fetches the term lookup, then the one shard whose words match", async () => {
  await page.fill(".search-input", "quokka");
  await page.locator(".result-title", { hasText: "Harbour report 1" }).first().waitFor({ timeout: 15_000 });
  expect(fetched("big", "s").length === 1, `term lookups fetched: ${fetched("big", "s")}`);
  expect(fetched("big", "t").includes(shardFiles[0]), `shards fetched: ${fetched("big", "t")}`);
  expect(fetched("big", "t").length === 2, `only the shard holding "quokka" is added: ${fetched("big", "t")}`);
  const says = await text(".shard-search");
  expect(says.includes("1 of 1 shard holding these words loaded"), says);
});

await step("a link to an article in another period fetches the id lookup and its shard", async () => {
  const target = "14"; // "Harbour report 15", in the third shard
  await page.goto(`${origin}${base}?src=big/index.json#reader?a=${target}`);
  await page.locator(".reader-title", { hasText: "Harbour report 15" }).waitFor({ timeout: 15_000 });
  expect(fetched("big", "i").length === 1, `id lookups: ${fetched("big", "i")}`);
  expect(fetched("big", "t").includes(shardFiles[2]), `shards: ${fetched("big", "t")}`);
});

await step("the timeline spans the whole corpus from the start: months not loaded are bars with their counts, and Enter on one loads its shard", async () => {
  log.length = 0;
  await page.goto("about:blank");
  await page.goto(`${origin}${base}?src=big/index.json`);
  await page.locator(".shard-summary", { hasText: "Loaded: 1 shard (5 articles)" }).waitFor({ timeout: 15_000 });
  await page.locator(".timeline-view .lane").first().waitFor({ timeout: 10_000 });
  // Only the latest shard is loaded; the window still runs from before the first article (2 January 2023).
  const range = await text(".timeline-view .view-sub");
  expect(range.includes("2022") && range.includes("2025"), `the fitted window: ${range}`);
  // Every month with articles published in it and a shard not loaded is a bar named with the index's count.
  const day = (s) => Date.parse(`${s}T00:00:00Z`);
  const monthShards = (month) => {
    const [y, m] = month.split("-").map(Number);
    const from = Date.UTC(y, m - 1, 1), to = Date.UTC(y, m, 1) - 1;
    return index.shards.map((s, i) => (s.from && day(s.from) <= to && day(s.to) >= from ? i : -1)).filter((i) => i >= 0);
  };
  const notIn = (held) => index.periods.filter((p) => { const s = monthShards(p.month); return s.length && !s.every((i) => held.includes(i)); });
  const unloaded = notIn([5]);
  const labels = await page.locator(".months .month-bar").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(unloaded.length > 10 && labels.length === unloaded.length, `${labels.length} bars for ${unloaded.length} months not loaded: ${labels.join(" | ")}`);
  const january = index.periods.find((p) => p.month === "2023-01");
  const name = `January 2023: ${january.events} events, not loaded — load`;
  expect(january.events > 0 && labels.includes(name), `no bar "${name}" in ${labels.join(" | ")}`);
  expect(JSON.stringify(monthShards("2023-01")) === "[0]", `January 2023 is in shard ${monthShards("2023-01")}`);
  const listed = async () => Number((await text(".timeline-view .list-title")).split(" ")[0]);
  const before = await listed();
  const lanesTop = await page.locator(".timeline-view .lanes").evaluate((e) => e.getBoundingClientRect().top);
  // The keyboard reaches the bar; Enter loads the month's shard, and its events appear where the bar was.
  // The shard is held back a while: until it arrives the bar says it is loading, and is busy.
  held = {};
  held.promise = new Promise((ok) => { held.resolve = ok; });
  await page.locator(`.month-bar[aria-label="${name}"]`).focus();
  await page.keyboard.press("Enter");
  const loadingName = `January 2023: ${january.events} events, loading…`;
  const busy = page.locator(`.month-bar.is-loading[aria-busy="true"][aria-label="${loadingName}"]`);
  await busy.waitFor({ timeout: 10_000 });
  expect(await busy.evaluate((e) => e === document.activeElement), "the loading bar keeps the keyboard focus");
  const release = held.resolve;
  held = null;
  release();
  await page.locator(".shard-summary", { hasText: "Loaded: 2 shards (10 articles)" }).waitFor({ timeout: 10_000 });
  expect(fetched("big", "t").includes(shardFiles[0]) && fetched("big", "t").length === 2, `shards fetched: ${fetched("big", "t")}`);
  await page.locator(`.event-date`, { hasText: "January 2023" }).first().waitFor({ timeout: 10_000 });
  const after = await listed();
  expect(after > before, `events in view: ${before} → ${after}`);
  expect(await page.locator(`.month-bar[aria-label="${name}"]`).count() === 0, "January's bar is gone once loaded");
  const left = await page.locator(".months .month-bar").count();
  expect(left === notIn([0, 5]).length && left < labels.length, `${left} bars left of ${labels.length}`);
  const top = await page.locator(".timeline-view .lanes").evaluate((e) => e.getBoundingClientRect().top);
  expect(top === lanesTop, `the lanes moved from ${lanesTop} to ${top} when the shard arrived`);
});

await step("a shard that fails says which and why, the rest keeps working, and Retry loads it", async () => {
  log.length = 0;
  await page.goto(`${origin}${base}?src=broken/index.json`);
  await page.locator(".shard-summary", { hasText: "Loaded: 1 shard" }).waitFor({ timeout: 15_000 });
  await page.click(".shard-earlier");
  const alert = page.locator(".shard-failed[role=alert]");
  await alert.waitFor({ timeout: 10_000 });
  const message = await alert.innerText();
  expect(message.includes("Shard 5 of 6") && message.includes("500"), message);
  expect(await page.locator(".timeline-view .lane").count() > 0, "the loaded shard still shows");
  // The failed shard's months are struck on the timeline, and say so.
  const struck = await page.locator(".months .month-bar.is-failed").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
  expect(struck.length > 0 && struck.every((l) => / events?, could not be loaded — retry$/.test(l)), `struck bars: ${struck.join(" | ")}`);
  await page.click(".search-input");
  healed = true;
  await alert.locator("button", { hasText: "Retry" }).click();
  await page.locator(".shard-summary", { hasText: "Loaded: 2 shards (10 articles)" }).waitFor({ timeout: 10_000 });
  expect(await alert.count() === 0, "the error is gone after a successful retry");
  expect(await page.locator(".months .month-bar.is-failed").count() === 0, "no month is struck after the retry");
});

await step("a malformed shard is a clear error, not a crash", async () => {
  await page.goto(`${origin}${base}?src=bad/index.json`);
  await page.locator(".shard-summary", { hasText: "Loaded: 1 shard" }).waitFor({ timeout: 15_000 });
  await page.click(".shard-earlier");
  const alert = page.locator(".shard-failed[role=alert]");
  await alert.waitFor({ timeout: 10_000 });
  const message = await alert.innerText();
  expect(message.includes("not valid JSON") && message.includes("truncated"), message);
});

await step("the page logged no errors", async () => {
  expect(errors.length === 0, errors.join("\n"));
});

await browser.close();
server.close();
await rm(work, { recursive: true, force: true });
if (failures.length) {
  console.log(`shards: ${failures.length} step(s) failed`);
  process.exit(1);
}
console.log("shards: all steps passed");
