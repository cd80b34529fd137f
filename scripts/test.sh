#!/usr/bin/env bash
# Sets up what is missing, then runs every check: format, lint, native unit and
# integration tests, component render tests, the committed-bundle check, the wasm build
# and the end-to-end browser test.
# Usage: scripts/test.sh [--no-browser] [--no-fuzz]
#   --no-browser  skips the wasm build and browser tests
#   --no-fuzz     skips the bounded fuzz run (scripts/fuzz.sh, about 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

browser=1
fuzz=1
for arg in "$@"; do
  case "$arg" in
    --no-browser) browser=0 ;;
    --no-fuzz) fuzz=0 ;;
    *) echo "test: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ "$browser" = 1 ]; then bash scripts/setup.sh --browser; fi
if [ "$fuzz" = 1 ]; then bash scripts/setup.sh --fuzz; fi

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, ssr render tests, wasm app)"
cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets --features ssr -- -D warnings

step "native tests (analysis core, formats, bundle, CLI, view logic, search)"
cargo test --features ssr

step "the committed sample bundle is current"
cargo run --quiet -- build-corpus samples -o static/corpus.json --check

if [ "$fuzz" = 1 ]; then
  step "bounded fuzzing of every parser and the analysis (25 s per target)"
  bash scripts/fuzz.sh 25
fi

if [ "$browser" = 1 ]; then
  step "clippy for the wasm app, the import panel and the analysis worker"
  cargo clippy --target wasm32-unknown-unknown --features csr --bin app -- -D warnings
  cargo clippy --target wasm32-unknown-unknown --features csr --bin panel -- -D warnings
  cargo clippy --target wasm32-unknown-unknown --features worker --bin worker -- -D warnings
  if [ -x scripts/e2e.sh ]; then
    step "end-to-end test in headless Chromium"
    bash scripts/e2e.sh
  fi
fi
step "all checks passed"
