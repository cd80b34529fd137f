// What every browser test here shares: content types for the static servers, the
// Chromium launch this machine needs, a watchdog, and the step/expect reporting.
import { chromium } from "playwright-core";

/** Content types for serving a built `dist/`. */
export const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network
 * (and any `extraArgs`). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ...extraArgs,
    ],
  });
}

/** Takes `name VALUE` out of `args` (so what remains is positional); `fallback` when absent. */
export function option(args, name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

/** A hung browser must not hang CI: exit 2 after `ms`. */
export function watchdog(label, ms) {
  setTimeout(() => {
    console.log(`${label}: timed out after ${Math.round(ms / 60_000)} minutes`);
    process.exit(2);
  }, ms).unref();
}

/** Named steps that report `ok`/`FAIL` and go on; `failures` lists the failed ones. */
export const failures = [];
export async function step(name, fn) {
  try {
    await fn();
    console.log(`  ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`  FAIL ${name}\n       ${String(e.message || e).split("\n").join("\n       ")}`);
  }
}
export function expect(cond, message) {
  if (!cond) throw new Error(message);
}
