// Minifies the app's wasm-bindgen glue (app.js) in trunk's staging folder: run by the
// post_build hook in Trunk.toml on `trunk build --release`.
//
// Trunk's own JS minifier (minify-js) cannot parse the ES-module glue (it stops at
// `export { …, __wbg_init as default }`) and leaves it as it is: 55 KB, 10.2 KB gzip.
// terser (pinned by package-lock.json beside this file) takes it to about 24 KB,
// 7.3 KB gzip — part of keeping the app under its 250 KB gzip budget (README,
// "Performance"). Export names and the import object's keys (which the wasm module's
// imports name) are properties, which terser never renames.
//
// terser is installed here on first use (`npm ci`). When it cannot be (no node, no
// registry), the build goes on with the glue as it is and says so: the app works the same,
// only its download is larger.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FILES = ['app.js'];

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('minify.mjs: TRUNK_STAGING_DIR is not set (run by trunk, see Trunk.toml)');
  process.exit(1);
}

// Installed, and no older than the lock (as scripts/e2e.sh checks its own tools).
const installed = join(here, 'node_modules', '.package-lock.json');
const stale = !existsSync(join(here, 'node_modules', 'terser')) || !existsSync(installed)
  || statSync(installed).mtimeMs < statSync(join(here, 'package-lock.json')).mtimeMs;
if (stale) {
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  if (npm.status !== 0 || !existsSync(join(here, 'node_modules', 'terser'))) {
    console.warn('WARNING minify.mjs: could not install terser (tools/minify: npm ci); app.js is left unminified (about 3 KB gzip larger)');
    process.exit(0);
  }
}

const { minify } = createRequire(join(here, 'package.json'))('terser');
for (const name of FILES) {
  const file = join(staging, name);
  if (!existsSync(file)) continue;
  const code = readFileSync(file, 'utf8');
  const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  writeFileSync(file, out.code);
  console.log(`minify.mjs: ${name} ${code.length} → ${out.code.length} bytes`);
}
