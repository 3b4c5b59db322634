#!/usr/bin/env bash
# Builds the release wasm package into www/pkg (wasm-opt -Oz from npm's binaryen; see TOOLCHAIN traps).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
wasm-pack build --target web --release --out-dir www/pkg --no-pack
rm -f www/pkg/.gitignore
