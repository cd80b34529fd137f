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
import { readFile } from "node:fs/promises";
import { extname, join, resolve, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
setTimeout(() => {
  console.log("security: timed out after 5 minutes");
  process.exit(2);
}, 300_000).unref();

/** The policy the README documents for hosts. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const base = option("--base", "/explorer/");
const openBase = "/open/";
const dist = resolve(args[0] || join(here, "..", "..", "dist"));

// ---------- extra bundles served next to the app ----------
const extra = new Map();

// ---------- the server: DIST under BASE (with the CSP) and under /open/ (without) ----------
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
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
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
  // Positions are set through the CSSOM (a style attribute would be blocked).
  const lefts = await page.locator(".mark-slot").evaluateAll((els) => els.map((e) => e.style.left));
  expect(lefts.length > 0 && lefts.every((l) => /^-?\d+px$/.test(l)), `mark positions: ${lefts.join(", ")}`);
  const ticks = await page.locator(".tick").evaluateAll((els) => new Set(els.map((e) => e.getBoundingClientRect().left)).size);
  expect(ticks > 1, `the axis ticks are not spread out (${ticks} distinct positions)`);
});

await step("every view, the theme switch and search work under the CSP", async () => {
  for (const view of ["quotes", "reader", "search?find=said", "timeline"]) {
    await page.goto(`${root}#${view}`);
    await page.locator(`.${view.split("?")[0]}-view, .view`).first().waitFor(T);
  }
  const themeButton = page.getByRole("button", { name: /theme/i }).first();
  if (await themeButton.count()) await themeButton.click();
  await page.reload();
  await page.locator(".timeline-view").waitFor(T);
});

await step("no CSP violation was reported and the console is clean", async () => {
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
  await page.waitForFunction(() => true);
  for (let i = 0; i < 20 && violations.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(violations.length > 0, "the inline script was blocked but no violation was reported");
  violations.length = 0;
});

await browser.close();
server.close();
if (failures.length) {
  console.log(`\nsecurity: ${failures.length} step(s) failed:\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
console.log("\nsecurity: all steps passed");
