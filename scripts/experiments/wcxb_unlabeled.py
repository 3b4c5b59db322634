#!/usr/bin/env python3
"""An experiment's helper, not shipped: writes a CoNLL-form file (word O) of unlabeled text for
scripts/experiments/bilstm_crf.py --apply to label (silver training data for the perceptron).
Tokens as CoNLL-2003 cuts them (a possessive 's and n't apart), one blank line after each sentence,
-DOCSTART- before each page. Text: `main_content` of the WCXB development pages that are in no
entity gold split (eval/wcxb_ner_gold.jsonl), optionally only some page types.
Usage (from the project root): python3 scripts/experiments/wcxb_unlabeled.py OUT [--types=article]
"""
import glob, json, os, re, sys

ABBR = {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
        "sgt", "capt", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug",
        "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "etc", "mt", "ft", "rev"}
TOK = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,:/]\d+)*%?|\w+(?:[-'’&.]\w+)*|[^\w\s]")


def tokens(line):
    out = []
    for m in TOK.finditer(line):
        t = m.group(0)
        low = t.lower()
        if re.fullmatch(r"\w+['’]s", t):
            out += [t[:-2], t[-2:]]
        elif re.fullmatch(r"\w+n['’]t", t):
            out += [t[:-3], t[-3:]]
        else:
            out.append(t)
    # abbreviation full stop joins its word: "Mr" "." -> "Mr."
    res = []
    for t in out:
        if t == "." and res and res[-1].lower() in ABBR:
            res[-1] += "."
        else:
            res.append(t)
    return res


def sentences(text):
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        toks = tokens(line)
        cur = []
        for i, t in enumerate(toks):
            cur.append(t)
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if (t in (".", "!", "?") and (nxt[:1].isupper() or nxt in ('"', "“", "'"))) or len(cur) >= 80:
                yield cur
                cur = []
        if cur:
            yield cur


def main():
    out = open(sys.argv[1], "w")
    gold = {json.loads(l)["id"] for l in open("eval/wcxb_ner_gold.jsonl")}
    n = 0
    types = None
    for x in sys.argv:
        if x.startswith("--types="):
            types = set(x[8:].split(","))
    for p in sorted(glob.glob("../shared/data/wcxb/dev/ground-truth/*.json")):
        i = os.path.basename(p)[:-5]
        d = json.load(open(p))
        if i in gold or (types and (d.get("_internal", {}).get("page_type") or {}).get("primary") not in types):
            continue
        t = d["ground_truth"].get("main_content") or ""
        out.write("-DOCSTART- O\n\n")
        for s in sentences(t):
            for w in s:
                out.write(f"{w} O\n")
                n += 1
            out.write("\n")
    print("wcxb tokens", n, file=sys.stderr)

if __name__ == "__main__":
    main()
