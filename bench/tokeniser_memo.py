#!/usr/bin/env python3
"""Does a tokeniser memo of our own beat spaCy's ``make_doc`` on a check's blocks?

    python bench/tokeniser_memo.py [--runs 4] [FILE]

Issue 15's idea (session 14): split each block's text at white space exactly as spaCy's
Tokenizer does, tokenise each distinct chunk once, and build the block's Doc with
``Doc(vocab, words, spaces)``. This times it beside ``nlp.make_doc`` (what ``analysis.analyse``
calls) on the distinct block texts of FILE (default ``bench/out/big.txt``, made by
``bench/core.py``), each way in a fresh process after plainlint's warm-up, the two in turn
(pair by pair), cold (the first pass) and warm (the second pass). Each run also checks that
the memo's Docs have the same token texts and trailing spaces as ``make_doc``'s, so the two
do the same work. It also times ``make_doc`` on the whole file as ONE string, the figure
that suggested the memo: spaCy stops caching for the rest of a text after its first special
case, so one long call re-tokenises nearly every chunk, which a check never does. The
special cases' NORM and a special case matched across chunks are left out here (the real
thing would need both, so it could only be slower). Result and why: docs/architecture.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_ONE_RUN = r"""
import json, re, sys, time
clock = time.process_time
from plainlint import runner
from plainlint.analysis import get_nlp
from plainlint.config import Config
from plainlint.extract import extract
cfg = Config()
runner._warm_up([cfg])
nlp = get_nlp()
path, way = sys.argv[1], sys.argv[2]
doc = extract(open(path, "rb").read(), path, cfg.extract_options())
texts = list(dict.fromkeys(doc.text[b.start:b.end] for b in doc.blocks))
if way == "whole":
    t = clock(); nlp.make_doc(doc.text); cold = clock() - t
    t = clock(); nlp.make_doc(doc.text); warm = clock() - t
    print(json.dumps({"cold": cold, "warm": warm})); sys.exit()
from spacy.tokens import Doc
tok, vocab = nlp.tokenizer, nlp.vocab
split = re.compile(r"(\s+)").split
memo = {}

def memo_doc(text):
    words, spaces = [], []
    get = memo.get
    for i, p in enumerate(split(text)):
        if not p:
            continue
        if i & 1 and p[0] == " " and words:
            spaces[-1] = True  # a space after a chunk is the token's trailing space
            p = p[1:]
            if not p:
                continue
        got = get(p)
        if got is None:
            got = memo[p] = [t.text for t in tok(p)]
        words += got
        spaces += [False] * len(got)
    return Doc(vocab, words=words, spaces=spaces)

make = nlp.make_doc if way == "spacy" else memo_doc
t = clock(); docs = [make(x) for x in texts]; cold = clock() - t
t = clock(); [make(x) for x in texts]; warm = clock() - t
same = all([(t.text, t.whitespace_) for t in d] == [(t.text, t.whitespace_) for t in nlp.make_doc(x)]
           for d, x in zip(docs, texts))
print(json.dumps({"cold": cold, "warm": warm, "same": same, "blocks": len(doc.blocks), "distinct": len(texts)}))
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", nargs="?", default=str(ROOT / "bench" / "out" / "big.txt"))
    ap.add_argument("--runs", type=int, default=4)
    args = ap.parse_args()
    got: dict = {"spacy": [], "memo": [], "whole": []}
    for _ in range(args.runs):
        for way in got:
            p = subprocess.run([sys.executable, "-c", _ONE_RUN, args.file, way], capture_output=True, text=True)
            if p.returncode != 0:
                sys.exit(f"{way} run failed: {p.stderr[-800:]}")
            got[way].append(json.loads(p.stdout))
    first = got["spacy"][0]
    print(f"{args.file}: {first['blocks']} blocks, {first['distinct']} distinct texts; CPU seconds, {args.runs} runs each")
    for way, label in (("spacy", "nlp.make_doc per distinct block"), ("memo", "chunk memo + Doc(words, spaces)"),
                       ("whole", "nlp.make_doc on the whole text")):
        cold = [r["cold"] for r in got[way]]
        warm = [r["warm"] for r in got[way]]
        print(f"{label:<36} cold {' '.join(f'{c:.3f}' for c in cold)} (median {statistics.median(cold):.3f})"
              f"   warm median {statistics.median(warm):.3f}")
    print("memo Docs equal make_doc's (texts, trailing spaces):", all(r["same"] for r in got["memo"]))
    pairs = [m["cold"] / s["cold"] for m, s in zip(got["memo"], got["spacy"])]
    print(f"memo / make_doc, cold, pair by pair: {' '.join(f'{x:.2f}' for x in pairs)} (median {statistics.median(pairs):.2f})")


if __name__ == "__main__":
    main()
