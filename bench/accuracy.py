"""Accuracy of the judgement that most findings stand on: passive voice and sentence boundaries.

    python bench/accuracy.py [--show-errors]

Passive voice: bench/data/passive-sentences.jsonl holds sentences drawn from
../shared/corpus/real (each row names its document), labelled by hand: ``passive`` when the
sentence has a passive verb group (a form of *be* or *get* with a past participle that says
what was done to the subject: 'was agreed', 'to be consulted', 'having been supported'), and
``be_adjective`` when it has no passive but *be* is followed by a word that looks like a
participle and works as an adjective ('are committed to', 'is based in', 'was pleased',
'is located', 'are disabled'). A sentence counts as flagged when plainlint finds at least one
passive in it. Printed: precision, recall and F1, and the share of be + adjective sentences
flagged.

The split is fixed and was made before any tuning: the corpus documents, sorted by name and
shuffled with random.Random(SEED), a third of them (HELD_ASIDE_SHARE) held aside. Only the
tuning part's errors are ever printed (``--show-errors``); the held-aside part gives figures.

Sentence boundaries: the tuning part is plainlint's own cases (tests/sentence_cases.py,
written for board papers in the categories of the hard cases); the held-aside part is the 48
English "Golden Rules" of the Pragmatic Segmenter (bench/data/sentence-golden-rules.jsonl),
a standard public set, scored whole (a case is right only when every sentence is right).

No ../shared is needed: both data files are in bench/data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))
sys.path.insert(0, os.path.join(ROOT, "tests"))

SEED = 18
HELD_ASIDE_SHARE = 1 / 3


def split_documents(sources):
    docs = sorted(set(sources))
    random.Random(SEED).shuffle(docs)
    held = set(docs[: round(len(docs) * HELD_ASIDE_SHARE)])
    return held


def load(name):
    with open(os.path.join(HERE, "data", name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def flagged(nlp, text):
    from plainlint.analysis import split_sentences
    from plainlint.checks.passive import find_passives

    doc = nlp.make_doc(text)
    return any(find_passives(doc, a, b) for a, b in split_sentences(doc))


def passive_scores(rows, nlp, show_errors=False, label=""):
    tp = fp = fn = adj = adj_flagged = 0
    for r in rows:
        got = flagged(nlp, r["text"])
        want = r["passive"]
        if got and want:
            tp += 1
        elif got:
            fp += 1
        elif want:
            fn += 1
        if r["be_adjective"]:
            adj += 1
            adj_flagged += got
        if show_errors and got != want:
            print(f"  {label} {'false alarm' if got else 'missed'}: {r['text']}")
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    return {"sentences": len(rows), "passive": tp + fn, "precision": p, "recall": rc, "f1": f1,
            "be_adjective": adj, "be_adjective_flagged": adj_flagged / adj if adj else 0.0}


def sentence_score(cases, nlp, show_errors=False):
    from plainlint.analysis import split_sentences

    right = 0
    for text, expected in cases:
        doc = nlp.make_doc(text)
        got = [doc[a:b].text.strip() for a, b in split_sentences(doc)]
        if got == expected:
            right += 1
        elif show_errors:
            print(f"  split wrongly: {text!r} -> {got}")
    return right, len(cases)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show-errors", action="store_true", help="print the tuning part's errors")
    args = ap.parse_args(argv)
    from plainlint.analysis import get_nlp

    nlp = get_nlp()
    rows = load("passive-sentences.jsonl")
    held = split_documents(r["source"] for r in rows)
    tune = [r for r in rows if r["source"] not in held]
    aside = [r for r in rows if r["source"] in held]
    print(f"Passive voice ({len(rows)} sentences from {len({r['source'] for r in rows})} corpus documents; "
          f"{len(held)} documents held aside, seed {SEED})")
    print(f"{'part':<12} {'sentences':>9} {'passive':>7} {'precision':>9} {'recall':>6} {'F1':>5} "
          f"{'be+adj':>6} {'be+adj flagged':>14}")
    for name, part in (("tuning", tune), ("held aside", aside), ("all", rows)):
        s = passive_scores(part, nlp, show_errors=args.show_errors and name == "tuning", label=name)
        print(f"{name:<12} {s['sentences']:>9} {s['passive']:>7} {s['precision']:>9.3f} {s['recall']:>6.3f} "
              f"{s['f1']:>5.3f} {s['be_adjective']:>6} {s['be_adjective_flagged']:>13.1%}")
    print()
    from sentence_cases import CASES

    own = [(text, expected or [text]) for _cat, text, expected in CASES]
    golden = [(r["text"], r["expected"]) for r in load("sentence-golden-rules.jsonl")]
    r1, n1 = sentence_score(own, nlp, show_errors=args.show_errors)
    r2, n2 = sentence_score(golden, nlp)
    print("Sentence boundaries (a case is right when every sentence is)")
    print(f"tuning: plainlint's own cases       {r1}/{n1}")
    print(f"held aside: Golden Rules (English)  {r2}/{n2}")


if __name__ == "__main__":
    main()
