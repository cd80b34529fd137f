#!/usr/bin/env bash
# Bounded fuzzing of every parser and entry point (fuzz/, cargo-fuzz + libFuzzer).
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   default: 25 s for each of the six targets (about 2.5 min after the first build);
#   longer runs: scripts/fuzz.sh 3600 analyze
# cargo-fuzz needs nightly compiler flags. When no nightly toolchain is installed, the
# stable compiler is used with RUSTC_BOOTSTRAP=1 (which unlocks those flags). The
# targets are built without a sanitizer: the crate has no `unsafe`, so a panic — an
# out-of-bounds index, a slice off a character boundary, an overflow (debug assertions
# are on), a failed invariant — is what the fuzzer finds. A crash leaves its input in
# fuzz/artifacts/TARGET/; turn it into a regression test (tests/properties.rs or beside
# the code) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-25}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(article bundle timeml brat analyze route)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz is missing; installing it (scripts/setup.sh does this too)"
  cargo install --locked cargo-fuzz --version 0.13.2
fi
# FUZZ_TOOLCHAIN=stable forces the stable path (what a fresh CI machine has).
if [ "${FUZZ_TOOLCHAIN:-}" != stable ] && rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=(+nightly)
else
  toolchain=(+stable)
  export RUSTC_BOOTSTRAP=1
fi

# The working corpus (gitignored) starts from the committed seeds, the sample
# articles and the sample bundle; a prefix byte is the format/flags selector that the
# article and analyze targets read first.
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  cp -n fuzz/seeds/"$t"/* "fuzz/corpus/$t/" 2>/dev/null || true
done
# (Made whatever targets were named: a run of one target still seeds them.)
mkdir -p fuzz/corpus/article fuzz/corpus/analyze fuzz/corpus/bundle
for f in samples/*.txt; do
  b="$(basename "$f")"
  [ -e "fuzz/corpus/article/$b" ] || { printf '\x00'; cat "$f"; } > "fuzz/corpus/article/$b"
  [ -e "fuzz/corpus/analyze/$b" ] || { printf '\x03'; cat "$f"; } > "fuzz/corpus/analyze/$b"
done
cp -n static/corpus.json fuzz/corpus/bundle/sample-bundle.json

echo "==> building the fuzz targets"
(cd fuzz && cargo "${toolchain[@]}" fuzz build -s none 2>&1 | tail -1)
for t in "${targets[@]}"; do
  echo "==> fuzz $t for ${seconds}s"
  # The whole analysis is slow per input: shorter inputs explore more paths per second
  # (long-text behaviour is measured by the benchmark instead).
  max_len=65536
  [ "$t" = analyze ] && max_len=8192
  (cd fuzz && cargo "${toolchain[@]}" fuzz run -s none "$t" "corpus/$t" -- \
      -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==|thread '|panicked|SUMMARY|Failing input|artifact_prefix|Test unit written)" || true)
  # A crash makes libFuzzer exit non-zero and write an artifact.
  if compgen -G "fuzz/artifacts/$t/*" >/dev/null; then
    echo "fuzz: $t crashed; inputs in fuzz/artifacts/$t/ (reproduce: cd fuzz && cargo fuzz run -s none $t artifacts/$t/FILE)" >&2
    exit 1
  fi
done
echo "fuzz: no crash in ${#targets[@]} target(s), ${seconds}s each"
