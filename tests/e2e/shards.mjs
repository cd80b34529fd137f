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
  await page.click(".search-input");
  healed = true;
  await alert.locator("button", { hasText: "Retry" }).click();
  await page.locator(".shard-summary", { hasText: "Loaded: 2 shards (10 articles)" }).waitFor({ timeout: 10_000 });
  expect(await alert.count() === 0, "the error is gone after a successful retry");
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
