#!/usr/bin/env bash
# Installs everything the build, the page and the tests need. Idempotent: each step is skipped when
# its result is already there. Versions are pinned (see ../shared/TOOLCHAIN.md for why).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*" >&2; }
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}

need_browser=${NEED_BROWSER:-1}
if [ "$need_browser" = 1 ] && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  log "installing Debian chromium and chromium-driver"
  apt_install chromium chromium-driver
fi

# the wasm tests and the extension's end-to-end test in Firefox (scripts/test.sh)
GECKODRIVER_VERSION=0.37.1
if [ "$need_browser" = 1 ] && ! command -v firefox-esr >/dev/null; then
  log "installing Debian firefox-esr"
  apt_install firefox-esr
fi
if [ "$need_browser" = 1 ] && ! geckodriver --version 2>/dev/null | grep -q "$GECKODRIVER_VERSION"; then
  log "installing geckodriver $GECKODRIVER_VERSION (for wasm-pack test --firefox)"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
fi

# the entity score on AEB news in scripts/test.sh (eval/score_aeb_ner.py, standard library only)
if ! command -v python3 >/dev/null; then
  log "installing Debian python3"
  apt_install python3
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  log "installing wasm-pack $WASM_PACK_VERSION"
  cargo install --locked wasm-pack --version "$WASM_PACK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # not --locked: a locked dependency of this version is missing from the index here
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ -f package-lock.json ]; then
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm dev dependencies (npm ci)"
    npm ci --no-audit --no-fund
  fi
fi
log "toolchain ready"
