#!/usr/bin/env bash
# Sets up what is missing, then builds and serves the explorer at http://127.0.0.1:8080/
# Usage: scripts/serve.sh [trunk serve options, e.g. --port 9000 --release --open]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh
defaults=()
case " $* " in *" --port"*) ;; *) defaults+=(--port 8080) ;; esac
case " $* " in *" --address"*) ;; *) defaults+=(--address 127.0.0.1) ;; esac
exec trunk serve "${defaults[@]}" "$@"
