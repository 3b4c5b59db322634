#!/usr/bin/env bash
# Command 1: sets up what the page needs (idempotent), builds the release wasm and serves www/ on
# http://127.0.0.1:${PORT:-8080}/ (the first sample article is annotated on load).
set -euo pipefail
cd "$(dirname "$0")/.."
NEED_BROWSER=0 bash scripts/setup.sh
bash scripts/build-wasm.sh
exec node scripts/serve.mjs www "${PORT:-8080}"
