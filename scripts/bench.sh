#!/usr/bin/env bash
# Benchmarks, one command, one run (not part of scripts/test.sh):
#   1. builds the release CLI and the release wasm package (www/pkg);
#   2. native: benches/throughput.rs (MB/s of full annotation on the five samples x200, time per MB
#      at 10 KB, 100 KB, 1 MB and 10 MB, the CLI with JSON output);
#   3. wasm under Node against compromise and wink-nlp (benches/js/peers.mjs): MB/s and ratios, wasm
#      init time, wasm size raw / gzip -9 / brotli;
#   4. the page's worker in headless Chromium (benches/js/worker.mjs): annotate() per article, p95.
# Ends with a summary block. Figures depend on the machine and its load: run it on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
start=$(date +%s)
step() { printf '\n=== %s (%ss)\n' "$*" "$(( $(date +%s) - start ))"; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT

step "release CLI"
cargo build --release
step "release wasm package"
bash scripts/build-wasm.sh

step "native throughput (cargo bench --bench throughput)"
cargo bench --bench throughput | tee -a "$out"

step "main text per page on WCXB, native and wasm (benches/wcxb.rs, benches/js/wcxb.mjs)"
cargo bench --bench wcxb | tee -a "$out"
node benches/js/wcxb.mjs | tee -a "$out"

step "wasm against the peers under Node (benches/js/peers.mjs)"
node --expose-gc benches/js/peers.mjs | tee -a "$out"

step "annotate in the page's worker, Chromium (benches/js/worker.mjs)"
node benches/js/worker.mjs | tee -a "$out"

step "summary"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}, load average $(cut -d' ' -f1-3 /proc/loadavg); rustc $(rustc --version | cut -d' ' -f2); node $(node --version)"
grep '^SUMMARY ' "$out" | sed 's/^SUMMARY //'
