#!/usr/bin/env bash
# Scores the analysis on the annotated news data in ../shared/bench (never copied into
# this repository): quotes on PolNeAR dev, dates on TempEval-3 TimeBank and AQUAINT,
# sentences and entities on GUM and MEANTIME.
# Usage: scripts/eval.sh [--errors] [BENCH_DIR]   (default BENCH_DIR: ../shared/bench)
#        scripts/eval.sh --peers [...]   the peers side by side: scripts/eval-peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--peers" ]; then
  shift
  exec scripts/eval-peers.sh "$@"
fi
errors=()
bench=../shared/bench
for arg in "$@"; do
  case "$arg" in
    --errors) errors=(--errors) ;;
    *) bench="$arg" ;;
  esac
done
if [ ! -d "$bench" ]; then
  echo "eval: no benchmark data at $bench (expected ../shared/bench); nothing to score" >&2
  exit 0
fi
cargo build --quiet --profile native
ae=target/native/article-explorer
$ae eval quotes "$bench/polnear/data/dev" "${errors[@]}"
echo
$ae eval timex "$bench/tempeval3/TBAQ-cleaned/TimeBank" "${errors[@]}"
echo
$ae eval timex "$bench/tempeval3/TBAQ-cleaned/AQUAINT" "${errors[@]}"
echo
$ae eval timex "$bench/meantime/data/meantime_newsreader_english_oct15/intra-doc_annotation" "${errors[@]}"
echo
$ae eval entities "$bench" "${errors[@]}"
