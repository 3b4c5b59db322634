#!/usr/bin/env bash
# Installs everything the build, the page and the tests need. Idempotent: each step is skipped when
# its result is already there. Versions are pinned (see ../shared/TOOLCHAIN.md for why).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

log() { printf '[setup] %s\n' "$*" >&2; }

need_browser=${NEED_BROWSER:-1}
# Debian packages, gathered so that apt runs once: chromium and chromium-driver, firefox-esr (the
# browser tests), python3 (the entity score on AEB news in scripts/test.sh, standard library only)
debs=()
if [ "$need_browser" = 1 ] && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  debs+=(chromium chromium-driver)
fi
if [ "$need_browser" = 1 ] && ! command -v firefox-esr >/dev/null; then
  debs+=(firefox-esr)
fi
if ! command -v python3 >/dev/null; then
  debs+=(python3)
fi
if [ ${#debs[@]} -gt 0 ]; then
  log "installing Debian ${debs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${debs[@]}" >/dev/null
fi

# geckodriver for wasm-pack test --firefox (scripts/test.sh)
GECKODRIVER_VERSION=0.37.1
if [ "$need_browser" = 1 ] && ! geckodriver --version 2>/dev/null | grep -q "$GECKODRIVER_VERSION"; then
  log "installing geckodriver $GECKODRIVER_VERSION"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
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
