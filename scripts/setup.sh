#!/usr/bin/env bash
# Installs everything the project needs, idempotently: each step skips itself when done.
# Usage: scripts/setup.sh [--browser] [--fuzz]
#   --browser  also installs Chromium + chromedriver and npm test tools (for browser tests)
#   --fuzz     also installs cargo-fuzz (for scripts/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
want_fuzz=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    --fuzz) want_fuzz=1 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132
CARGO_FUZZ_VERSION=0.13.2

step() { printf '\n==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! have wasm-bindgen || ! wasm-bindgen --version | grep -q "$WASM_BINDGEN_VERSION"; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # No --locked: one locked dependency version is not in the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! have trunk || ! trunk --version | grep -q "$TRUNK_VERSION"; then
  step "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! have wasm-opt || ! wasm-opt --version | grep -q "version $BINARYEN_VERSION"; then
  step "installing wasm-opt (binaryen@$BINARYEN_VERSION from npm)"
  npm install -g "binaryen@$BINARYEN_VERSION" >/dev/null
fi

if [ "$want_browser" = 1 ]; then
  if ! have chromium || ! have chromedriver; then
    step "installing Chromium and chromedriver (Debian packages)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
    step "installing browser-test tools (playwright-core, axe-core) into tests/e2e/node_modules"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error)
  fi
fi
if [ "$want_fuzz" = 1 ] && ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
  # Runs on stable too: scripts/fuzz.sh sets RUSTC_BOOTSTRAP=1 when there is no nightly.
  step "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes)"
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi
step "setup complete"
