#!/usr/bin/env python3
"""F1 on the even- and odd-numbered pages of the sorted AEB page list, with the scorer's own functions.

Rules fitted to single pages show up as a gap between the halves (tune on the even half, check on
the odd one). Imports ../shared/eval/score_aeb.py; needs ../shared/data/aeb.

  python3 scripts/aeb_halves.py --run 'target/release/annotate --main-text' [--worst N] [--half even|odd]
"""
import argparse, gzip, importlib.util, json, os, shlex, statistics, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORER = os.path.join(ROOT, "..", "shared", "eval", "score_aeb.py")
spec = importlib.util.spec_from_file_location("score_aeb", SCORER)
sa = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sa)


def score(keys, gt, pred):
    counts = [sa.page_counts(gt[k].get("articleBody", "") or "", pred.get(k, "")) for k in keys]
    ps = [sa.prec(*c) for c in counts if c[0] + c[1] > 0]
    rs = [sa.rec(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    per = []
    for k, c in zip(keys, counts):
        pp, rr = sa.prec(*c), sa.rec(*c)
        per.append((2 * pp * rr / (pp + rr) if pp + rr else 0.0, k))
    return f, p, r, per


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--half", choices=["even", "odd", "both"], default="both")
    a = ap.parse_args()
    gt = json.load(open(os.path.join(sa.AEB, "ground-truth.json"), encoding="utf-8"))
    keys = sorted(gt)
    halves = {"even": keys[0::2], "odd": keys[1::2]}
    wanted = list(halves) if a.half == "both" else [a.half]
    run_keys = [k for h in wanted for k in halves[h]]
    tmp = tempfile.mkdtemp()
    pred = {}

    def one(k):
        path = os.path.join(tmp, k + ".html")
        with gzip.open(os.path.join(sa.AEB, "html", k + ".html.gz"), "rb") as f, open(path, "wb") as o:
            o.write(f.read())
        r = subprocess.run(shlex.split(a.run) + [path], capture_output=True)
        if r.returncode != 0:
            print(f"{k}: exit {r.returncode}", file=sys.stderr)
        pred[k] = r.stdout.decode("utf-8", "replace")
        os.remove(path)

    with ThreadPoolExecutor(a.jobs) as ex:
        list(ex.map(one, run_keys))
    for h in wanted:
        f, p, r, per = score(halves[h], gt, pred)
        for pf, k in sorted(per)[: a.worst]:
            print(f"  {h} {pf:.3f} {k[:12]} {gt[k].get('url', '')}")
        print(f"aeb {h} half: F1 {f:.3f} precision {p:.3f} recall {r:.3f} pages {len(halves[h])}")


if __name__ == "__main__":
    main()
