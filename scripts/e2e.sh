#!/usr/bin/env bash
# Browser tests: the wasm-bindgen-test interaction tests (tests/browser.rs), then the
# explorer built for a sub-path and the end-to-end test (tests/e2e/e2e.mjs) against it.
# Usage: scripts/e2e.sh [--fixture] [extra e2e.mjs options]
#   --fixture  serve the hand-annotated seed bundle (tests/e2e/fixture-corpus.json)
#              instead of static/corpus.json, e.g. while the analysis core is unfinished.
# Needs trunk, wasm-bindgen, wasm-opt, node and /usr/bin/chromium (scripts/setup.sh --browser).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

extra=()
for arg in "$@"; do
  case "$arg" in
    --fixture) extra+=(--corpus tests/e2e/fixture-corpus.json) ;;
    *) extra+=("$arg") ;;
  esac
done

# Node dependencies, pinned by tests/e2e/package-lock.json; skipped when already installed.
if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ] \
   || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi

echo "==> interaction tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  cargo test --target wasm32-unknown-unknown --features csr --test browser

echo "==> end-to-end test of the built explorer"
dist="$(mktemp -d)/dist"
trunk build --release --public-url /explorer/ --dist "$dist"
wasm="$dist/app_bg.wasm"
printf 'wasm: %s bytes, %s gzipped\n' "$(stat -c%s "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
# The analysis worker is fetched only when a reader imports articles, not at start-up.
printf 'worker wasm (loaded on import): %s bytes, %s gzipped\n' "$(stat -c%s "$dist/worker_bg.wasm")" "$(gzip -9c "$dist/worker_bg.wasm" | wc -c)"
node tests/e2e/e2e.mjs "$dist" --base /explorer/ "${extra[@]}"
echo "==> security test: strict CSP, hostile text, broken bundles"
node tests/e2e/security.mjs "$dist" --base /explorer/

echo "==> bringing your own articles: the analysis worker and import (tests/e2e/import.mjs)"
node tests/e2e/import.mjs "$dist" --base /explorer/

echo "==> a sharded corpus: the index, then shards on demand (tests/e2e/shards.mjs)"
node tests/e2e/shards.mjs "$dist" --base /explorer/

echo "==> embedding: two embeds on a hostile host page, the iframe route, the exported single file"
cargo run --quiet -- export-html static/corpus.json --dist "$dist" -o "$(dirname "$dist")/explorer.html"
node tests/e2e/embed.mjs "$dist" --export "$(dirname "$dist")/explorer.html"
