#!/usr/bin/env bash
# Fuzzes the annotator with cargo-fuzz (libFuzzer): each target for SECONDS
# (default 60), then prints executions and crashes per target. Not part of scripts/test.sh.
#
#   scripts/fuzz.sh                  # all three targets, 60 s each
#   scripts/fuzz.sh 600              # all three targets, 10 minutes each
#   scripts/fuzz.sh 300 annotate_str # one target
#
# Targets (fuzz/fuzz_targets/): annotate_str (arbitrary UTF-8), annotate_bytes (arbitrary bytes
# through String::from_utf8_lossy) and annotate_html (arbitrary UTF-8 as an HTML page, through
# annotate_html and main_text_html); all assert check_invariants, not only "no panic".
# Seeds: fuzz/seeds (hard strings) and www/samples. The growing corpus is fuzz/corpus/TARGET, logs
# are fuzz/logs/TARGET.log, crashing inputs land in fuzz/artifacts/TARGET/ (all git-ignored);
# replay one with `cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-...`.
# Env: FUZZ_JOBS (cargo build jobs, default 1), FUZZ_MAX_LEN (bytes per input, default 8192),
# FUZZ_SANITIZER (default none: the code is safe Rust and AddressSanitizer halves the executions
# per second; FUZZ_SANITIZER=address turns it on).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_BUILD_JOBS="${FUZZ_JOBS:-1}"

CARGO_FUZZ_VERSION=0.13.2
log() { printf '[fuzz] %s\n' "$*" >&2; }

secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(annotate_str annotate_bytes annotate_html)

if ! cargo fuzz --version >/dev/null 2>&1; then
  log "installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi

# libFuzzer needs nightly flags: use the nightly toolchain when it is installed, otherwise the
# stable one with RUSTC_BOOTSTRAP=1 (it ships the sanitizer runtimes on x86_64 Linux).
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  fuzz=(cargo +nightly fuzz)
else
  log "no nightly toolchain: using stable with RUSTC_BOOTSTRAP=1"
  export RUSTC_BOOTSTRAP=1
  fuzz=(cargo fuzz)
fi

san=${FUZZ_SANITIZER:-none}
mkdir -p fuzz/logs
summary=()
status=0
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  log "building $t"
  "${fuzz[@]}" build -s "$san" "$t"
  log "running $t for ${secs}s"
  set +e
  "${fuzz[@]}" run -s "$san" "$t" "fuzz/corpus/$t" fuzz/seeds www/samples -- \
    -max_total_time="$secs" -timeout=10 -max_len="${FUZZ_MAX_LEN:-8192}" -rss_limit_mb=2048 \
    -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "fuzz/logs/$t.log" | grep -o '[0-9]*$' | tail -1)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "fuzz/logs/$t.log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "fuzz/logs/$t.log" | tail -1 | grep -o '[0-9]*')
  crashes=$(find "fuzz/artifacts/$t" -type f 2>/dev/null | wc -l)
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  summary+=("$t: ${secs}s, sanitizer $san, ${execs:-?} executions (${speed:-?}/s), coverage ${cov:-?}, corpus $corpus, artifacts $crashes, exit $rc")
  if [ "$rc" != 0 ]; then
    status=1
    log "$t stopped with exit $rc: see fuzz/logs/$t.log"
    grep -m5 -E 'panicked|ERROR|SUMMARY|Test unit written' "fuzz/logs/$t.log" >&2 || true
  fi
done
printf '\n=== fuzz summary\n'
printf '%s\n' "${summary[@]}"
exit "$status"
