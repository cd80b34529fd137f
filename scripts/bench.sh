#!/usr/bin/env bash
# The benchmark: installs the peers (idempotently, into benches/.venv and
# benches/node_modules), builds what it measures, runs everything and prints the results
# table with ratios; the table is also written to benches/out/results.md.
# See benches/README.md for what each number means.
#
# Usage: scripts/bench.sh [--quick] [--no-floor] [--only search]
#   --quick        a reduced run (corpora up to 1,000 articles, shorter peer budgets,
#                  linearity up to 4 MB, no Yew floor build): a few minutes
#   --no-floor     skip building the Yew hello-world floor app (benches/floor)
#   --only search  only the search rows (ours vs MiniSearch and FlexSearch): builds just
#                  the wasm module, no Python peers, app or floor; with --quick, 100 and
#                  1,000 articles
# Data: ../shared/bench (or $BENCH_DATA). Without it the benchmark skips with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

quick=0
floor=1
only=""
expect_only=0
for arg in "$@"; do
  if [ "$expect_only" = 1 ]; then
    case "$arg" in
      search) only=search; floor=0 ;;
      *) echo "bench: --only takes: search (got $arg)" >&2; exit 2 ;;
    esac
    expect_only=0
    continue
  fi
  case "$arg" in
    --quick) quick=1; floor=0 ;;
    --no-floor) floor=0 ;;
    --only) expect_only=1 ;;
    --only=search) only=search; floor=0 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done
if [ "$expect_only" = 1 ]; then echo "bench: --only takes: search" >&2; exit 2; fi

step() { printf '\n==> %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
started=$(date +%s)

data="${BENCH_DATA:-}"
if [ -z "$data" ]; then
  for d in ../shared/bench ../../shared/bench; do
    if [ -d "$d/polnear" ] || [ -d "$d/tempeval3" ]; then data="$d"; break; fi
  done
fi
if [ -n "${BENCH_DATA:-}" ] && [ ! -d "$BENCH_DATA" ]; then
  echo "bench: skipped: BENCH_DATA=$BENCH_DATA is not a directory (it should hold polnear/ and tempeval3/)." >&2
  exit 0
fi
if [ -z "$data" ]; then
  echo "bench: skipped: no benchmark data (looked for ../shared/bench and ../../shared/bench;" >&2
  echo "       set BENCH_DATA=/path/to/bench to the folder holding polnear/ and tempeval3/)." >&2
  exit 0
fi
data="$(cd "$data" && pwd)"

# ---------------------------------------------------------------- tools and peers
step "project tools (scripts/setup.sh: wasm target, wasm-bindgen, trunk, wasm-opt)"
bash scripts/setup.sh

if ! have chromium; then
  step "installing Chromium (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

mkdir -p benches/out
if [ -z "$only" ] && [ ! -x benches/.venv/bin/python ]; then
  step "creating the Python venv benches/.venv"
  python3 -m venv benches/.venv
fi
if [ -z "$only" ] && ! cmp -s benches/requirements.txt benches/.venv/requirements.installed; then
  step "installing the Python peers (spaCy + en_core_web_sm, textacy, dateparser) into benches/.venv"
  benches/.venv/bin/pip install --disable-pip-version-check -q -r benches/requirements.txt
  cp benches/requirements.txt benches/.venv/requirements.installed
fi
if ! cmp -s benches/package-lock.json benches/node_modules/.bench-lock.json; then
  step "installing the JavaScript peers (chrono-node, playwright-core, ...) into benches/node_modules"
  (cd benches && npm ci --no-audit --no-fund --loglevel=error)
  cp benches/package-lock.json benches/node_modules/.bench-lock.json
fi

# ---------------------------------------------------------------- builds
if [ -z "$only" ]; then
  step "building the CLI and the benchmark examples (--profile native, opt-level 3)"
  cargo build --profile native --bin article-explorer --example bench_analysis --example bench_linearity
fi

step "building the analysis core for wasm (benches/wasm-core: the worker's profile + wasm-opt -O3, and the app's + -Oz)"
# Each step says `|| return 1`: `set -e` does not apply inside a function run as a condition.
build_wasm() {
  # pkg-worker: the analysis as the import worker ships it (opt-level 3 + wasm-opt -O3),
  # the throughput that counts. pkg-app: the app's size profile (opt-level z + -Oz), the
  # search benchmark's module (search runs in the app's own wasm) and a throughput row for
  # comparison.
  if [ -z "$only" ]; then
    (cd benches/wasm-core && cargo build --profile worker --target wasm32-unknown-unknown --target-dir ../out/wasm-target) || return 1
  fi
  (cd benches/wasm-core && cargo build --release --target wasm32-unknown-unknown --target-dir ../out/wasm-target) || return 1
  rm -rf benches/out/wasm
  mkdir -p benches/out/wasm
  # `--only search` needs the app-profile module alone.
  local builds=("pkg-app release -Oz")
  if [ -z "$only" ]; then
    builds=("pkg-worker worker -O3" "${builds[@]}")
  fi
  local dir profile level
  for build in "${builds[@]}"; do
    read -r dir profile level <<<"$build"
    wasm-bindgen --target web --no-typescript --out-dir "benches/out/wasm/$dir" \
      "benches/out/wasm-target/wasm32-unknown-unknown/$profile/wasm_analyze.wasm" || return 1
    if ! have wasm-opt; then
      echo "bench: wasm-opt not found; the wasm module is measured without it" >&2
    elif ! wasm-opt "$level" "benches/out/wasm/$dir/wasm_analyze_bg.wasm" -o "benches/out/wasm/$dir/wasm_analyze_bg.wasm"; then
      echo "bench: wasm-opt $level failed on $dir; the module is measured without it" >&2
    fi
  done
  cp benches/wasm/index.html benches/wasm/bench.js benches/out/wasm/ || return 1
  # The search page: the app-profile module (it holds the search entry points too) beside
  # MiniSearch and FlexSearch from benches/node_modules.
  rm -rf benches/out/search
  mkdir -p benches/out/search
  cp -r benches/out/wasm/pkg-app benches/out/search/pkg || return 1
  cp benches/search/index.html benches/search/search.js benches/out/search/ || return 1
  cp benches/node_modules/minisearch/dist/es/index.js benches/out/search/minisearch.js || return 1
  cp benches/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs benches/out/search/flexsearch.js || return 1
}
if ! build_wasm; then
  echo "bench: the wasm build failed; the wasm rows of the table are left out" >&2
  rm -rf benches/out/wasm benches/out/search
fi

if [ "$floor" = 1 ]; then
  step "building the Yew hello-world floor (benches/floor, trunk build --release, own target dir)"
  if ! (cd benches/floor && CARGO_TARGET_DIR=../out/floor-target trunk build --release --dist ../out/floor/dist); then
    echo "bench: the floor app did not build; its row is left out" >&2
    rm -rf benches/out/floor/dist
  fi
else
  rm -rf benches/out/floor/dist
fi

if [ -z "$only" ]; then
  step "building the app as it ships (trunk build --release into dist/: size, start-up, timeline, import)"
  # Always rebuilt: a dist/ left by an earlier `trunk serve` is a debug build and would be
  # measured as the app.
  trunk build --release --dist dist
fi

# ---------------------------------------------------------------- run
step "running the benchmarks"
args=(--data "$data")
if [ "$quick" = 1 ]; then args+=(--quick); fi
if [ -n "$only" ]; then args+=(--only "$only"); fi
BENCH_STARTED="$started" python3 benches/run.py "${args[@]}"
echo "bench: finished in $(( $(date +%s) - started )) s (builds and installs included)" >&2
