#!/usr/bin/env python3
"""Which long sentences are shown: plainlint's choice against an editor's labels.

    python bench/long_sentences.py LABELS.jsonl [--part tune|held|all] [--rows]

LABELS.jsonl holds one long sentence a line (a ``long-sentence`` finding of 26 to 45 words
from real documents), labelled by a careful editor: ``text`` (the sentence), ``label``
(``useful``, ``pedantic`` or ``wrong``), a reason (``why``) and ``part`` (``tune`` or ``held``: a
fixed split made by the labeller, not by us). The file stays outside the repository (its
sentences come from the corpus); the script skips cleanly, exit 0, where it is absent.

Each sentence is checked alone at the default settings (``--select long-sentence``). A
finding is *shown* when its severity is warning or error (the default view). For each part:
how many of each label are shown and hidden, the precision of what is shown (useful / shown)
and its share not wrong, and how many useful ones are hidden. Tune on the ``tune`` rows only;
read the ``held`` rows' figures once, to report them. ``--rows`` prints every row with its
label, severity and the features the rule counted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN = ("warning", "error")


def _field(row: dict, *names, default=None):
    for n in names:
        if n in row and row[n] not in (None, ""):
            return row[n]
    return default


def load(path: Path) -> list:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def judge(rows: list) -> list:
    try:
        import plainlint  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
    from plainlint.api import check_text
    from plainlint.config import Config

    out = []
    cfg = Config(select=["long-sentence"])
    for row in rows:
        text = _field(row, "text", "sentence")
        label = str(_field(row, "label", "verdict", default="")).lower()
        r = check_text(" ".join(text.split()), cfg)
        found = [f for f in r.findings if f.rule == "long-sentence"]
        sev = "error" if any(f.severity == "error" for f in found) else "warning" if any(
            f.severity == "warning" for f in found) else "suggestion" if found else None
        out.append({"part": _field(row, "part", default="?"), "label": label, "severity": sev,
                    "message": found[0].message if found else "", "text": text,
                    "reason": _field(row, "reason", "why", default=""), "advice": _field(row, "advice", default=""), "words": _field(row, "words", default=0)})
    return out


def summary(judged: list) -> dict:
    shown = [j for j in judged if j["severity"] in SHOWN]
    hidden = [j for j in judged if j["severity"] not in SHOWN]
    count = {}
    for kind, group in (("shown", shown), ("hidden", hidden)):
        for lab in ("useful", "pedantic", "wrong"):
            count[f"{lab}_{kind}"] = sum(1 for j in group if j["label"] == lab)
    n = len(shown)
    return {"rows": len(judged), "shown": n, **count,
            "precision": round(100 * count["useful_shown"] / n, 1) if n else None,
            "not_wrong": round(100 * (n - count["wrong_shown"]) / n, 1) if n else None,
            "useful_recall": round(100 * count["useful_shown"] / max(1, count["useful_shown"] + count["useful_hidden"]), 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("labels")
    ap.add_argument("--part", choices=["tune", "held", "all"], default="tune")
    ap.add_argument("--rows", action="store_true")
    args = ap.parse_args()
    path = Path(args.labels)
    if not path.is_file():
        print(f"skipped: {path} is absent")
        return 0
    rows = load(path)
    if args.part != "all":
        rows = [r for r in rows if _field(r, "part") == args.part]
    judged = judge(rows)
    if args.rows:
        for j in judged:
            print(f"{j['part']:>4} {j['label']:<8} {str(j['severity']):<10} {j['words']:>3} {j['text'][:300]}")
            print(f"      {j['message']}")
            if j["reason"]:
                print(f"      label: {j['reason']} (advice: {j['advice']})")
    parts = sorted({j["part"] for j in judged})
    for part in parts:
        s = summary([j for j in judged if j["part"] == part])
        print(f"== {part}: {s['rows']} labelled; shown {s['shown']}: useful {s['useful_shown']}, pedantic "
              f"{s['pedantic_shown']}, wrong {s['wrong_shown']} -> {s['precision']}% useful, {s['not_wrong']}% not "
              f"wrong; hidden: useful {s['useful_hidden']}, pedantic {s['pedantic_hidden']}, wrong "
              f"{s['wrong_hidden']} (useful shown: {s['useful_recall']}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
