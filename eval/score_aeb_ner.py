#!/usr/bin/env python3
"""Entity F1 on aeb-ner: news articles from another source than CoNLL-2003.

The texts are the first 40 English news articles (ids sorted) of the Article Extraction Benchmark's
ground truth (../shared/data/aeb/ground-truth.json, the publishers' content; not in this
repository), each cut after the last line break before 2,500 characters. The gold is ours:
eval/aeb_ner_gold.jsonl holds only ids, the split (dev: the first 20, whose errors were read while
changing the rules; test: the next 20, kept blind), a hash of each text, and entity offsets (UTF-16
code units) with CoNLL-2003 types (PER, LOC, ORG, MISC), read off the text before any system was run
on it (conventions in eval/README.md). No text is stored here.

    python3 eval/score_aeb_ner.py --run 'target/release/annotate --jsonl' [--split dev|test|check|dev2|all]
        [--types PER,LOC,ORG] [-v] [--set aeb|wcxb]

--set wcxb scores the second news set instead: 40 article pages of news and magazine publishers
from the WCXB development set (../shared/data/wcxb/dev/ground-truth/ID.json, `main_content`, cut
as above), gold in eval/wcxb_ner_gold.jsonl (dev: 20 pages whose errors may be read; test: 20 more, only
scored, a check on what the rules chosen on the dev sets carry over to; check: 20 more pages of other
publishers, typed after those rules were chosen and only scored; dev2: 20 more pages, product
reviews and guides most of them, whose errors may be read).

COMMAND reads JSON lines {"id", "text"} on stdin and writes one annotation per line (the
`annotate --jsonl` contract of ../shared/ANNOTATION_FORMAT.md). Labels map as in
../shared/eval/score_conll.py (PERSON->PER, PLACE->LOC, ORG->ORG, MISC->MISC); values
(DATE, MONEY, ...) are ignored. Exact span and type, micro-averaged. With --types, gold and
predictions of the other types are dropped. --min-f1 X exits 1 below X (a regression floor).
Standard library only. Last line:
    aeb-ner SPLIT: F1 .. precision .. recall .. (PER .. LOC .. ORG .. MISC ..) docs N entities M
"""
import argparse
import hashlib
import importlib.util
import json
import os
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
SETS = {
    "aeb": (os.path.join(ROOT, "eval", "aeb_ner_gold.jsonl"), os.path.join(SHARED, "data", "aeb", "ground-truth.json")),
    "wcxb": (os.path.join(ROOT, "eval", "wcxb_ner_gold.jsonl"), os.path.join(SHARED, "data", "wcxb", "dev", "ground-truth")),
}
TYPES = ["PER", "LOC", "ORG", "MISC"]


def label_map():
    """The label mapping of ../shared/eval/score_conll.py itself, so that the two never differ."""
    spec = importlib.util.spec_from_file_location("score_conll", os.path.join(SHARED, "eval", "score_conll.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MAP
CUT = 2500


def doc_text(body):
    """The article body cut after the last line break before CUT characters."""
    if len(body) > CUT:
        k = body.rfind("\n", 0, CUT)
        if k > 0:
            body = body[:k]
    return body.rstrip()


def u16(text, s, e):
    return text.encode("utf-16-le")[2 * s:2 * e].decode("utf-16-le", "replace")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--run", required=True)
    ap.add_argument("--split", default="all", choices=["dev", "test", "check", "dev2", "dev3", "check2", "dev4", "all"],
                    help="dev: the 20 articles errors were read on; test: 20 more, kept blind; "
                    "check: 20 more, typed after the rules were chosen, only scored; "
                    "dev2, dev3, dev4 (dev2 also wcxb): 20, 20 and 18 more articles, errors may be read; check2 (aeb only): 19 more, "
                    "only scored; all: every split")
    ap.add_argument("--types", default=",".join(TYPES))
    ap.add_argument("--min-f1", type=float)
    ap.add_argument("--set", default="aeb", choices=sorted(SETS), help="aeb (default) or wcxb: which news gold")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false positive and negative")
    a = ap.parse_args()
    types = [t for t in a.types.split(",") if t]
    if any(t not in TYPES for t in types):
        sys.exit(f"types are among {TYPES}")
    gold_path, truth_path = SETS[a.set]
    if not os.path.exists(truth_path):
        sys.exit(f"{truth_path} is not there (the {a.set.upper()} data of ../shared)")
    MAP = label_map()
    if a.set == "aeb":
        truth = json.load(open(truth_path, encoding="utf-8"))

        def body(i):
            return truth[i]["articleBody"]
    else:
        def body(i):
            with open(os.path.join(truth_path, i + ".json"), encoding="utf-8") as f:
                return json.load(f)["ground_truth"]["main_content"]
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    gold = [g for g in gold if a.split in ("all", g["split"])]
    texts = {}
    for g in gold:
        t = doc_text(body(g["id"]))
        if hashlib.sha256(t.encode("utf-8")).hexdigest() != g["sha256"]:
            sys.exit(f"{g['id']}: the text differs from the one the gold was made on")
        texts[g["id"]] = t
    payload = "".join(json.dumps({"id": g["id"], "text": texts[g["id"]]}) + "\n" for g in gold)
    r = subprocess.run(shlex.split(a.run), input=payload.encode("utf-8"), capture_output=True, cwd=ROOT)
    if r.returncode != 0:
        sys.exit("command failed: " + r.stderr.decode("utf-8", "replace")[-500:])
    preds = {}
    for line in r.stdout.decode("utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            preds[o["id"]] = o.get("entities", [])
    counts = {t: [0, 0, 0] for t in types}
    errors = []
    n_gold = 0
    for g in gold:
        text = texts[g["id"]]
        want = {(s, e, l) for s, e, l in g["entities"] if l in types}
        n_gold += len(want)
        got = {(e["start"], e["end"], MAP[e["label"]]) for e in preds.get(g["id"], []) if MAP.get(e.get("label")) in types}
        for s, e, t in got:
            hit = (s, e, t) in want
            counts[t][0 if hit else 1] += 1
            if not hit:
                errors.append((g["id"][:8], s, "FP", t, u16(text, s, e)))
        for s, e, t in want - got:
            counts[t][2] += 1
            errors.append((g["id"][:8], s, "FN", t, u16(text, s, e)))
    if a.verbose:
        for x in sorted(errors):
            print(f"{x[0]} {x[1]:5d} {x[2]} {x[3]:4} {x[4]!r}")
    for t in types:
        p, rc, f = prf(*counts[t])
        print(f"{t:4} precision {p:.3f} recall {rc:.3f} F1 {f:.3f}  tp/fp/fn {'/'.join(map(str, counts[t]))}")
    p, rc, f = prf(*(sum(c[j] for c in counts.values()) for j in range(3)))
    per = " ".join(f"{t} {prf(*counts[t])[2]:.3f}" for t in types)
    print(f"{a.set}-ner {a.split}: F1 {f:.3f} precision {p:.3f} recall {rc:.3f} ({per}) docs {len(gold)} entities {n_gold}")
    if a.min_f1 is not None and f < a.min_f1:
        sys.exit(f"F1 {f:.3f} is below the floor {a.min_f1}")


if __name__ == "__main__":
    main()
