#!/usr/bin/env python3
"""Trains the experimental window network (src/ner/window.rs; cargo feature `window`).

Input rows come from `examples/window_data.rs` (one token per line: `row bits candidate gold`, a
blank line after each sentence); only candidate tokens are examples. The word vectors
(`scripts/make_window_vectors.py`) stay fixed; the four special rows (unknown, punctuation,
number, padding), the hidden layer (ReLU) and the softmax layer are learned with Adam on
minibatches, with dropout on the input, a fixed seed. Writes the model file that
`window::Net::from_bytes` reads.

Needs numpy. Usage:
  python scripts/train_window.py --vectors V.bin --train rows_train.txt [--valid rows_valid.txt]
      [--hidden 64] [--epochs 20] [--dropout 0.2] [--seed 2003] --out net.bin
"""

import argparse
import struct

import numpy as np

WIDTH, HALF, BITS, CLASSES, SPECIALS = 5, 2, 8, 9, 4


def read_vectors(path):
    b = open(path, "rb").read()
    assert b[:7] == b"AANVEC1"
    rows, dims, scale = struct.unpack("<IIf", b[7:19])
    q = np.frombuffer(b[19:], dtype=np.int8).reshape(rows, dims)
    return q, scale


def read_rows(path):
    """Windows (n, WIDTH) of row ids and bits, and gold classes, of the candidate tokens."""
    rows, bits, gold = [], [], []
    sent = []

    def flush():
        n = len(sent)
        for i, (r, b, c, g) in enumerate(sent):
            if not c:
                continue
            wr, wb = [], []
            for k in range(-HALF, HALF + 1):
                j = i + k
                if 0 <= j < n:
                    wr.append(sent[j][0])
                    wb.append(sent[j][1])
                else:
                    wr.append(-1)  # padding: filled in once the word count is known
                    wb.append(0)
            rows.append(wr)
            bits.append(wb)
            gold.append(g)
        sent.clear()

    with open(path) as f:
        for line in f:
            p = line.split()
            if not p:
                flush()
                continue
            sent.append(tuple(int(x) for x in p))
    flush()
    return np.array(rows, dtype=np.int64), np.array(bits, dtype=np.int64), np.array(gold)


def unpack_bits(b):
    return ((b[..., None] >> np.arange(BITS)) & 1).astype(np.float32)


class Net:
    def __init__(self, table, words, hidden, rng):
        self.table = table  # fixed rows (words) + learned special rows
        self.words = words
        dims = table.shape[1]
        self.dims = dims
        n_in = WIDTH * (dims + BITS)
        self.p = {
            "special": np.zeros((SPECIALS, dims), np.float32),
            "w1": (rng.standard_normal((n_in, hidden)) * np.sqrt(2.0 / n_in)).astype(np.float32),
            "b1": np.zeros(hidden, np.float32),
            "w2": (rng.standard_normal((hidden, CLASSES)) * np.sqrt(1.0 / hidden)).astype(np.float32),
            "b2": np.zeros(CLASSES, np.float32),
        }

    def inputs(self, rows, bits):
        emb = np.where(
            (rows >= self.words)[..., None],
            self.p["special"][np.clip(rows - self.words, 0, SPECIALS - 1)],
            self.table[np.minimum(rows, self.words - 1)],
        )
        x = np.concatenate([emb, unpack_bits(bits)], axis=2)
        return x.reshape(len(rows), -1)

    def forward(self, x):
        a = x @ self.p["w1"] + self.p["b1"]
        h = np.maximum(a, 0)
        z = h @ self.p["w2"] + self.p["b2"]
        z = z - z.max(1, keepdims=True)
        lp = z - np.log(np.exp(z).sum(1, keepdims=True))
        return a, h, lp


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--vectors", required=True)
    ap.add_argument("--train", required=True)
    ap.add_argument("--valid")
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--word-dropout", type=float, default=0.1)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--seed", type=int, default=2003)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    q, scale = read_vectors(a.vectors)
    words, dims = q.shape
    table = q.astype(np.float32) / scale
    tr, tb, tg = read_rows(a.train)
    tr[tr < 0] = words + 3
    if a.valid:
        vr, vb, vg = read_rows(a.valid)
        vr[vr < 0] = words + 3
    net = Net(table, words, a.hidden, rng)
    m = {k: np.zeros_like(v) for k, v in net.p.items()}
    v2 = {k: np.zeros_like(v) for k, v in net.p.items()}
    t = 0
    n = len(tg)
    print(f"{n} training examples, {dims} dims, hidden {a.hidden}")
    for ep in range(a.epochs):
        order = rng.permutation(n)
        loss = 0.0
        for s in range(0, n, a.batch):
            idx = order[s : s + a.batch]
            rows = tr[idx].copy()
            # word dropout: the scored word (and its neighbours) read as unknown now and then
            drop = (rng.random(rows.shape) < a.word_dropout) & (rows < words)
            rows[drop] = words  # UNK
            x = net.inputs(rows, tb[idx])
            mask = (rng.random(x.shape) >= a.dropout).astype(np.float32) / (1 - a.dropout)
            xd = x * mask
            aa, h, lp = net.forward(xd)
            y = tg[idx]
            loss -= lp[np.arange(len(y)), y].sum()
            dz = np.exp(lp)
            dz[np.arange(len(y)), y] -= 1
            dz /= len(y)
            g = {
                "w2": h.T @ dz,
                "b2": dz.sum(0),
            }
            dh = dz @ net.p["w2"].T
            da = dh * (aa > 0)
            g["w1"] = xd.T @ da
            g["b1"] = da.sum(0)
            dx = (da @ net.p["w1"].T) * mask
            dx = dx.reshape(len(y), WIDTH, dims + BITS)[:, :, :dims]
            gs = np.zeros_like(net.p["special"])
            sp = rows >= words
            np.add.at(gs, rows[sp] - words, dx[sp])
            g["special"] = gs
            t += 1
            for k in net.p:
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v2[k] = 0.999 * v2[k] + 0.001 * g[k] ** 2
                mh = m[k] / (1 - 0.9**t)
                vh = v2[k] / (1 - 0.999**t)
                net.p[k] -= a.lr * mh / (np.sqrt(vh) + 1e-8)
        msg = f"epoch {ep + 1}: loss {loss / n:.4f}"
        if a.valid:
            _, _, lp = net.forward(net.inputs(vr, vb))
            pred = lp.argmax(1)
            acc = (pred == vg).mean()
            nz = vg != 0
            msg += f"; valid acc {acc:.4f}, on name words {(pred[nz] == vg[nz]).mean():.4f}, nll {-lp[np.arange(len(vg)), vg].mean():.4f}"
        print(msg, flush=True)
    sq = np.clip(np.round(net.p["special"] * scale), -127, 127).astype(np.int8)
    with open(a.out, "wb") as f:
        f.write(b"AANWIN1")
        f.write(struct.pack("<IIIf", words + SPECIALS, dims, a.hidden, scale))
        f.write(q.tobytes())
        f.write(sq.tobytes())
        f.write(net.p["w1"].astype("<f4").tobytes())  # by input: inputs x hidden
        f.write(net.p["b1"].astype("<f4").tobytes())
        f.write(net.p["w2"].T.astype("<f4").tobytes())
        f.write(net.p["b2"].astype("<f4").tobytes())
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
