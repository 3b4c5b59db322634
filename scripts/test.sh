#!/usr/bin/env bash
# Command 2: sets up everything the tests need (idempotent) and runs them all.
#   quick checks first, failing in seconds: rustfmt, clippy (warnings are errors), ESLint;
#   native unit + integration + doc tests (with the seed scorer when ../shared is there),
#   wasm tests under Node and in headless Chromium and Firefox (a dedicated worker for
#   tests/wasm.rs, the main thread for the DOM tests of tests/wasm_dom.rs), the release wasm under
#   Node, the npm package (packed, installed into a new project, run under Node, bundled with esbuild
#   into a page in Chromium, type-checked with tsc), the browser end-to-end tests of the static page
#   on 127.0.0.1, and the browser extension
#   (packaged for Chromium and Firefox, web-ext lint, end to end in Chromium and in Firefox), and
#   the static page once more in Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n=== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }

step "quick checks: formatting, clippy, ESLint"
cargo fmt --all --check
cargo clippy --all-targets --locked -- -D warnings
if [ -f eslint.config.js ]; then npx --no-install eslint .; fi

step "native tests"
cargo test --all-targets
cargo test --doc

step "release CLI"
cargo build --release

step "crate package: the library's sources, manifest, readme and licence only"
crate_files=$(cargo package --list --allow-dirty --locked)
extra=$(printf '%s\n' "$crate_files" | grep -vE '^(src/|Cargo\.(toml|toml\.orig|lock)$|README\.md$|LICENSE$|ARCHITECTURE\.md$|\.cargo_vcs_info\.json$)' || true)
if [ -n "$extra" ]; then printf 'files that do not belong in the crate:\n%s\n' "$extra"; exit 1; fi

if [ -d ../shared/data/aeb ]; then
  step "entities on news from another source (eval/score_aeb_ner.py, all six splits, floor F1 0.65)"
  python3 eval/score_aeb_ner.py --run 'target/release/annotate --jsonl' --min-f1 0.65
else
  step "skipped: entities on AEB news (../shared/data/aeb is not there)"
fi
if [ -d ../shared/data/wcxb/dev/ground-truth ]; then
  step "entities on the second news set (score_aeb_ner.py --set wcxb, dev, dev2, test and check splits, floor F1 0.62)"
  python3 eval/score_aeb_ner.py --set wcxb --run 'target/release/annotate --jsonl' --min-f1 0.62
else
  step "skipped: entities on WCXB news (../shared/data/wcxb is not there)"
fi

step "wasm tests under Node"
wasm-pack test --node

step "wasm tests in headless Chromium (dedicated worker)"
# a dedicated worker keeps the page responsive to the driver while a long test runs
WASM_BINDGEN_USE_DEDICATED_WORKER=1 WASM_BINDGEN_TEST_TIMEOUT=600 wasm-pack test --headless --chrome --test wasm

step "wasm DOM tests in headless Chromium (main thread: DOMParser needs a window)"
WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_TEST_TIMEOUT=600 wasm-pack test --headless --chrome --test wasm_dom

step "wasm tests in headless Firefox (dedicated worker, then the DOM tests on the main thread)"
WASM_BINDGEN_USE_DEDICATED_WORKER=1 WASM_BINDGEN_TEST_TIMEOUT=600 wasm-pack test --headless --firefox --test wasm
WASM_BINDGEN_USE_BROWSER=1 WASM_BINDGEN_TEST_TIMEOUT=600 wasm-pack test --headless --firefox --test wasm_dom

step "release wasm package"
bash scripts/build-wasm.sh

step "npm package: build, npm pack, install in a new project (Node, esbuild bundle in Chromium, tsc)"
WEB_PKG=www/pkg bash scripts/build-package.sh
node --test tests/package/

step "browser extension: package for Chromium and Firefox"
node scripts/package-extension.mjs

step "release wasm under Node, static page in Chromium"
node --test tests/node/ tests/e2e/

step "browser extension: package checks, web-ext lint, end to end in Chromium"
# one file at a time: each starts its own browser
node --test --test-concurrency=1 tests/extension/

step "browser extension and static page end to end in Firefox (WebDriver BiDi)"
node --experimental-websocket --test tests/firefox/
step "all tests passed"
