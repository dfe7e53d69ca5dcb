#!/usr/bin/env python3
"""Train the co-production model (src/plainlint/checks/coproduction/coproduction-model.json).

    python bench/train_coproduction.py            # train, cross-validate, write the JSON
    python bench/train_coproduction.py --check    # train and compare with the shipped JSON
    python bench/train_coproduction.py --cv       # print the cross-validated figures only

Training data: every row of our own that is not kept aside (twentieth session, cop5): the
tuning part of the shared set (../shared/data/coproduction-sentences.jsonl, SEED 16 split of
bench/coproduction.py), the tuning part of bench/coproduction-extra.jsonl (its own split), and the
files in TRAIN_FILES whole: tune2 to tune8 and held3 to held6, with the rule file's own examples
(our own sentences: must-fire a positive, must-not-fire a negative).

held3, held4, held5 and held6 were sets kept aside until the twentieth session: each was measured
in aggregate and reported (docs/co-production.md; last at that session's start: held3 0/13, held4
7/19, held5 1/5, held6 0/7 claims found) and they were then RETIRED as measures. From that session
on they are training rows like the tune files, and no figure on them is a held figure any more.
Never trained on: the shared set's part kept aside, extra's part kept aside, and
coproduction-fresh.jsonl (kept aside whole). Only the features' weights come from the rows, never
a sentence. Where ../shared is absent the shared set's part is left out (and the shipped weights
cannot be remade).

Each row becomes a small document exactly as bench/coproduction.py builds it (the sentence
before, the row's sentence, the sentence after), is analysed by plainlint, and its sentence is
read by ``learned.read`` (the same code the rule runs) where it is a candidate (it holds a claim
of any family that the patterns do not read: the model judges only those). claim-lower-rung rows are the positives; shared-power, definition,
honest-consultation and aspiration rows the negatives; ambiguous rows are left out.

The model is a logistic regression fitted by full-batch gradient descent (no randomness: the
same rows give the same weights, rounded to 6 places), the classes weighted to equal mass. The
L2 strength and the threshold are chosen by 5-fold cross-validation on the real training rows
(folds fixed by each row's id: crc32(id) order within each label, dealt round-robin):
``suggestion`` is the lowest threshold whose out-of-fold false-positive rate on the negatives
stays at or under MAX_FP and whose out-of-fold precision is at least MIN_PRECISION. The model gives suggestions only (hidden by default); warnings stay
with the patterns' firm ties (a warning on a negative is the one thing the rule must not do).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

TRAIN_FILES = ["coproduction-tune2.jsonl", "coproduction-tune3.jsonl", "coproduction-tune4.jsonl",
               "coproduction-tune5.jsonl", "coproduction-tune6.jsonl", "coproduction-tune7.jsonl",
               "coproduction-tune8.jsonl",
               # measures until the twentieth session (each measured and reported), training rows since
               "coproduction-held3.jsonl", "coproduction-held4.jsonl", "coproduction-held5.jsonl",
               "coproduction-held6.jsonl"]
#: sets with a tuning part: only that part is trained on (the split of bench/coproduction.py)
PARTED = {"../shared/data/coproduction-sentences.jsonl": "seed", "bench/coproduction-extra.jsonl": "extra"}
OUT = ROOT / "src" / "plainlint" / "checks" / "coproduction" / "coproduction-model.json"
RULE_FILE = "rules/consultation-as-co-production.toml"  # its examples are training rows too
NEGATIVES = ("shared-power", "definition", "honest-consultation", "aspiration")
FOLDS = 5
L2S = (0.003, 0.01, 0.03, 0.1)
EPOCHS = 600
RATE = 1.0
MIN_PRECISION = 2 / 3  # out of fold, of the rows the threshold lets through
MAX_FP = 0.05  # suggestions (hidden by default) on at most this share of the negatives, out of fold


def tuning_parts() -> list:
    """The tuning parts of the sets that have a part kept aside (SEED 16 and extra), as rows."""
    from coproduction import split, split_extra

    out = []
    for name, how in PARTED.items():
        p = (ROOT / name).resolve()
        if not p.exists():
            continue
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        part = split(rows) if how == "seed" else split_extra(rows)
        for r in rows:
            if part[r["id"]] == "tune":
                r["_file"] = name
                out.append(r)
    return out


def rows_of(names=TRAIN_FILES) -> list:
    out = tuning_parts() if names is TRAIN_FILES else []
    for n in names:
        p = ROOT / "bench" / n
        if not p.exists():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                r["_file"] = n
                out.append(r)
    return out


def read_row(row: dict, cfg):
    """The row's sentence as the rule reads it: a Reading, or None where it is no candidate."""
    from coproduction import as_document
    from plainlint.analysis import analyse
    from plainlint.checks.coproduction import reader
    from plainlint.checks.coproduction.learned import candidates, read
    from plainlint.extract import extract

    fmt = row.get("format", "text")
    if fmt == "text":
        text, s, e = as_document(row)
    else:  # a rule example in markdown is read as the rule reads it (a heading is a heading): all of it
        text, s, e = row["text"], 0, len(row["text"])
    doc = extract(text.encode("utf-8"), "row.md" if fmt == "markdown" else "row.txt", cfg.extract_options(), fmt=fmt)
    analysed = analyse(doc, model=cfg.model)
    r = reader(analysed, cfg)
    for si in candidates(analysed, r):
        sent = analysed.sentences[si]
        if sent.start < e and s < sent.end:
            return read(analysed, si, r)
    return None


def rule_rows() -> list:
    """The rule file's own examples (our own sentences) as rows: must-fire a claim-lower-rung,
    must-not-fire a negative (labelled 'definition' here: any of the four kinds)."""
    from plainlint.engine import all_rules

    rule = all_rules()["consultation-as-co-production"]
    out = []
    for i, ex in enumerate(rule.must_fire):
        out.append({"id": f"rule-fire-{i}", "label": "claim-lower-rung", "text": ex.text, "_file": "rule",
                    "format": ex.format})
    for i, ex in enumerate(rule.must_not_fire):
        out.append({"id": f"rule-quiet-{i}", "label": "definition", "text": ex.text, "_file": "rule",
                    "format": ex.format})
    return out


def examples(rows) -> list:
    """(id, y, features, an activity to quote, file, label) for every candidate row."""
    from plainlint.config import Config

    cfg = Config()
    out = []
    for row in rows:
        if row["label"] != "claim-lower-rung" and row["label"] not in NEGATIVES:
            continue
        got = read_row(row, cfg)
        if got is None:
            continue
        out.append((row["id"], 1 if row["label"] == "claim-lower-rung" else 0, sorted(got.features),
                    got.activity is not None, row["_file"], row["label"]))
    return out


def fit(data, l2: float) -> dict:
    """Logistic regression, full-batch gradient descent, classes weighted to equal mass."""
    names = sorted({f for _, _, fs, *_ in data for f in fs})
    w = dict.fromkeys(names, 0.0)
    npos = sum(1 for d in data if d[1]) or 1
    nneg = sum(1 for d in data if not d[1]) or 1
    cw = {1: len(data) / (2 * npos), 0: len(data) / (2 * nneg)}
    n = len(data)
    for _ in range(EPOCHS):
        grad = dict.fromkeys(names, 0.0)
        for _id, y, fs, *_ in data:
            z = sum(w[f] for f in fs)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = cw[y] * (p - y)
            for f in fs:
                grad[f] += g
        for f in names:
            reg = 0.0 if f == "bias" else l2 * w[f]
            w[f] -= RATE * (grad[f] / n + reg)
    return w


def prob(w, fs) -> float:
    z = sum(w.get(f, 0.0) for f in fs)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def folds(data) -> dict:
    """row id -> fold: within each label, rows in crc32(id) order dealt round-robin."""
    out = {}
    by_label: dict = {}
    for d in data:
        by_label.setdefault(d[5], []).append(d[0])
    for label in sorted(by_label):
        for i, rid in enumerate(sorted(by_label[label], key=lambda x: (zlib.crc32(x.encode()), x))):
            out[rid] = i % FOLDS
    return out


def out_of_fold(data, l2, always=()) -> dict:
    """Each row of ``data`` scored by a model fitted without its fold (``always`` is in every
    fit: the rule file's examples, which are never scored here)."""
    fold = folds(data)
    oof = {}
    for k in range(FOLDS):
        train = [d for d in data if fold[d[0]] != k] + list(always)
        w = fit(train, l2)
        for d in data:
            if fold[d[0]] == k:
                oof[d[0]] = prob(w, d[2])
    return oof


def log_loss(data, oof) -> float:
    eps = 1e-9
    return -sum(math.log(oof[d[0]] + eps) if d[1] else math.log(1 - oof[d[0]] + eps) for d in data) / len(data)


def thresholds(data, oof) -> float:
    """The lowest threshold at which, out of fold, at most MAX_FP of the negatives score at or
    above it and at least MIN_PRECISION of the rows above it (with an activity to quote) are
    claims: a suggestion should more often be right than not (the careful reader counts a
    hidden finding too)."""
    negs = [oof[d[0]] for d in data if not d[1]]
    for t in sorted({round(oof[d[0]], 6) for d in data} | {0.5}):
        if t < 0.5:
            continue
        fp_rate = sum(1 for x in negs if x >= t) / max(1, len(negs))
        tp = sum(1 for d in data if d[1] and d[3] and oof[d[0]] >= t)
        fp = sum(1 for d in data if not d[1] and d[3] and oof[d[0]] >= t)
        if fp_rate <= MAX_FP and tp and tp / (tp + fp) >= MIN_PRECISION:
            return t
    return 1.0


def figures(data, scores, sugg) -> dict:
    """What the rule would do with these scores: a suggestion where the score reaches the
    threshold and there is an activity to quote."""
    pos = [d for d in data if d[1]]
    neg = [d for d in data if not d[1]]
    return {
        "positives": len(pos), "negatives": len(neg),
        "found": sum(1 for d in pos if scores[d[0]] >= sugg and d[3]),
        "negatives_suggestion": sum(1 for d in neg if scores[d[0]] >= sugg and d[3]),
    }


def train(rows=None) -> dict:
    real = examples(rows if rows is not None else rows_of())
    ours = examples(rule_rows())
    best = None
    for l2 in L2S:
        oof = out_of_fold(real, l2, ours)
        ll = log_loss(real, oof)
        if best is None or ll < best[0] - 1e-12:
            best = (ll, l2, oof)
    ll, l2, oof = best
    w = fit(real + ours, l2)
    # the rule's own must-not-fire examples stay quiet: the threshold lies above each of them
    # that has an activity to quote (they are tests of the rule as shipped)
    quiet = [prob(w, d[2]) for d in ours if not d[1] and d[3]]
    # rounded UP to 4 places: rounding down could let in a row the chosen threshold keeps out
    # (the twentieth session: 0.778137 became 0.7781 and let one more negative through)
    sugg = math.ceil(max(thresholds(real, oof), max(quiet, default=0.0) + 1e-4) * 1e4) / 1e4
    trained = {d[0]: prob(w, d[2]) for d in real + ours}
    files = {}
    for n in list(PARTED) + [f"bench/{n}" for n in TRAIN_FILES] + [RULE_FILE]:
        p = ROOT / n
        if p.exists():
            files[n] = hashlib.sha256(p.read_bytes()).hexdigest()
    return {
        "about": "consultation-as-co-production's trained reader: logistic regression weights by feature name "
                 "(learned.py); written by bench/train_coproduction.py, do not edit by hand",
        "trained_on": files,
        "tuning_part_only": sorted(PARTED),
        "candidates": len(real), "rule_examples": len(ours),
        "l2": l2, "cv_log_loss": round(ll, 4),
        "thresholds": {"suggestion": sugg},
        "cross_validated": figures(real, oof, sugg),
        "as_trained": figures(real, trained, sugg),
        "rule_examples_as_trained": figures(ours, trained, sugg),
        "weights": {k: round(v, 6) for k, v in sorted(w.items()) if abs(v) >= 5e-7},
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped JSON; exit 1 where they differ")
    ap.add_argument("--cv", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    model = train()
    text = json.dumps(model, indent=1, sort_keys=True) + "\n"
    summary = {k: model[k] for k in ("candidates", "rule_examples", "l2", "cv_log_loss", "thresholds",
                                     "cross_validated", "as_trained", "rule_examples_as_trained")}
    print(json.dumps(summary, indent=1))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("the shipped weights are what the script makes" if same else "the shipped weights DIFFER")
        return 0 if same else 1
    if not args.cv:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
