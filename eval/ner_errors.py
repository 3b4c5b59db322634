#!/usr/bin/env python3
"""Lists the name errors of a system on a CoNLL-format development file, grouped by kind, to read
them (never run it on a blind or test split):

  python3 eval/ner_errors.py --run 'target/release/annotate --jsonl' --file ../shared/data/ner-extra/wikigold/wikigold.conll [--kind type|span|spurious|missed] [--top N]

Kinds: `type` (right span, wrong type), `span` (overlaps a gold name of another extent),
`spurious` (overlaps no gold name), `missed` (a gold name no prediction overlaps). Prints the
most frequent (kind, gold, predicted, text) lines first. Uses ../shared/eval/score_conll.py's
reading and text building, so the figures agree with it.
"""
import argparse, collections, json, os, shlex, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score_conll as sc  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--kind")
    ap.add_argument("--top", type=int, default=60)
    a = ap.parse_args()
    built = [sc.build(d) for d in sc.read_docs(a.file)]
    words = [w for d in sc.read_docs(a.file) for s in d for w, _ in s]
    payload = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, (t, _, _) in enumerate(built))
    r = subprocess.run(shlex.split(a.run), input=payload.encode(), capture_output=True, check=True)
    preds = {}
    for line in r.stdout.decode().splitlines():
        if line.strip():
            o = json.loads(line)
            preds[o["id"]] = o.get("entities", [])
    errors = collections.Counter()
    base = 0
    for i, (text, spans, gold) in enumerate(built):
        starts = {s: k for k, (s, _) in enumerate(spans)}
        ends = {e: k + 1 for k, (_, e) in enumerate(spans)}
        pred = set()
        for e in preds.get(i, []):
            t = sc.MAP.get(e.get("label"))
            s, f = starts.get(e["start"]), ends.get(e["end"])
            if t and s is not None and f is not None:
                pred.add((s, f, t))
        words_of = lambda s, f: " ".join(words[base + s:base + f])
        for s, f, t in pred - gold:
            over = [g for g in gold if g[0] < f and s < g[1]]
            same = [g for g in over if (g[0], g[1]) == (s, f)]
            if same:
                errors[("type", same[0][2], t, words_of(s, f))] += 1
            elif over:
                g = over[0]
                errors[("span", f"{g[2]}:{words_of(g[0], g[1])}", t, words_of(s, f))] += 1
            else:
                errors[("spurious", "-", t, words_of(s, f))] += 1
        for s, f, t in gold - pred:
            if not any(p[0] < f and s < p[1] for p in pred):
                errors[("missed", t, "-", words_of(s, f))] += 1
        base += len(spans)
    kinds = collections.Counter()
    for (k, *_), n in errors.items():
        kinds[k] += n
    print(" ".join(f"{k} {n}" for k, n in kinds.most_common()))
    for (k, g, p, w), n in errors.most_common():
        if a.kind and k != a.kind:
            continue
        if a.top <= 0:
            break
        a.top -= 1
        print(f"{n:4} {k:8} gold {g:20} pred {p:5} {w}")


if __name__ == "__main__":
    main()
