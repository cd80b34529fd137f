#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the explorer at http://127.0.0.1:8080/
# Usage: scripts/serve.sh [trunk serve options, e.g. --port 9000 --release]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
