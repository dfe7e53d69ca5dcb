#!/usr/bin/env python3
"""Signal: how many findings a writer is shown, and how good the documents are.

    python bench/signal.py [--part tune|held|all] [--json OUT] [--baseline FILE]

Over ../shared/corpus/real (skips cleanly, exit 0, where it is absent). For each document:
words, every finding plainlint makes, the findings *shown* at the default settings (the
default text view: lowest severity shown ``warning``, repeats folded), the plain-English
score and the count of error-level findings. Then, for the tuning part and the held-aside
part separately: findings per 1,000 words, all and shown, per rule and overall (median and
pooled), and the share of each family.

The held-aside part is fixed here, before any tuning, by a seeded random draw of a third of
the corpus (``HELD_SEED``): tune severities on the ``tune`` part only, and read the
``held`` part's figures (and sample its findings with ``bench/signal_sample.py``) only to
report them. ``--baseline`` compares per-rule rates (and the long-sentence findings by
severity) with an earlier ``--json`` output (the "before" figures: bench/signal-before.json
was written at the commit that added this script, before the severity work).
"""

from __future__ import annotations

import sys

# This file's name is also the standard library's "signal" (which the runner and
# subprocess import): take bench/ off the module path before anything imports it.
sys.path[:] = [p for p in sys.path if p not in ("", __file__.rsplit("/", 1)[0]) and not p.endswith("/bench")]

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
SUFFIXES = (".pdf", ".docx", ".md", ".markdown", ".txt")
HELD_SEED = 17
HELD_SHARE = 1 / 3


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in SUFFIXES)


def split(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """(tune, held): a third held aside by a seeded draw over the sorted file names."""
    names = sorted(p.name for p in files)
    rnd = random.Random(HELD_SEED)
    held = set(rnd.sample(names, round(len(names) * HELD_SHARE)))
    return ([p for p in files if p.name not in held], [p for p in files if p.name in held])


def check_all(files: list[Path], jobs: int) -> list:
    from plainlint.config import ConfigResolver
    from plainlint.runner import collect, RunOptions, run_targets

    resolver = ConfigResolver(isolated=True)
    targets = collect([str(p) for p in files])
    return run_targets(targets, resolver, RunOptions(jobs=jobs))


def shown_findings(result) -> list:
    """The findings the default text view shows (None when this plainlint has no view)."""
    try:
        from plainlint.display import DisplayOptions, visible
    except ImportError:  # before the display work: everything is shown
        return list(result.findings)
    return visible(result.findings, DisplayOptions.for_format("text")).shown


def per_1000(n: int, words: int) -> float:
    return 1000 * n / words if words else 0.0


def summarise(rows: list[dict]) -> dict:
    words = sum(r["words"] for r in rows)
    out = {"documents": len(rows), "words": words}
    for kind in ("all", "shown"):
        rates = [per_1000(sum(r[kind].values()), r["words"]) for r in rows if r["words"]]
        total = sum(sum(r[kind].values()) for r in rows)
        by_rule: dict = {}
        for r in rows:
            for rule, n in r[kind].items():
                by_rule[rule] = by_rule.get(rule, 0) + n
        out[kind] = {
            "findings": total,
            "median_per_1000": round(statistics.median(rates), 1) if rates else None,
            "pooled_per_1000": round(per_1000(total, words), 1),
            "per_rule_per_1000": {k: round(per_1000(v, words), 2) for k, v in sorted(by_rule.items(), key=lambda kv: -kv[1])},
        }
    out["errors"] = sum(r["errors"] for r in rows)
    out["long_sentence"] = {sev: sum(r.get("long_sentence", {}).get(sev, 0) for r in rows)
                            for sev in ("error", "warning", "suggestion")}
    scores = [r["score"] for r in rows if r["score"] is not None]
    out["median_score"] = statistics.median(scores) if scores else None
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["tune", "held", "all"], default="all")
    ap.add_argument("--json", help="write every figure (and per-document rows) here")
    ap.add_argument("--baseline", help="an earlier --json output to compare per-rule rates with")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("paths", nargs="*", help="documents or folders from outside the corpus (for example a "
                    "fresh held-aside set): measured as one part, 'given', instead of the corpus parts")
    args = ap.parse_args()
    given = [f for p in map(Path, args.paths) for f in (sorted(x for x in p.rglob("*") if x.is_file())
                                                        if p.is_dir() else [p])]
    if args.paths and not given:
        print("no documents in " + " ".join(args.paths), file=sys.stderr)
        return 2
    if not given and not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent")
        return 0
    try:
        import plainlint  # noqa: F401 - installed, or on PYTHONPATH
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
    if given:
        parts, held = {"given": given}, []
    else:
        tune, held = split(corpus_files())
        parts = {"tune": tune, "held": held}
        if args.part != "all":
            parts = {args.part: parts[args.part]}
    report: dict = {"held_aside": [p.name for p in held], "parts": {}}
    for name, files in parts.items():
        rows = []
        for r in check_all(files, args.jobs):
            if r.error:
                print(f"{r.path}: could not be read: {r.error['message']}", file=sys.stderr)
                continue
            all_: dict = {}
            for f in r.findings:
                all_[f.rule] = all_.get(f.rule, 0) + 1
            shown: dict = {}
            for f in shown_findings(r):
                shown[f.rule] = shown.get(f.rule, 0) + 1
            score = getattr(r, "score", None)
            long_ = {}
            for f in r.findings:
                if f.rule == "long-sentence":
                    long_[f.severity] = long_.get(f.severity, 0) + 1
            rows.append({"path": Path(r.path).name, "words": r.metrics.get("words", 0), "all": all_,
                         "shown": shown, "errors": sum(1 for f in r.findings if f.severity == "error"),
                         "long_sentence": long_,
                         "score": score.get("value") if isinstance(score, dict) else None})
        report["parts"][name] = {"summary": summarise(rows), "documents": rows}
    base = json.loads(Path(args.baseline).read_text()) if args.baseline else None
    for name, part in report["parts"].items():
        s = part["summary"]
        print(f"== {name}: {s['documents']} documents, {s['words']:,} words, {s['errors']} error-level findings"
              + (f", median score {s['median_score']}" if s["median_score"] is not None else ""))
        b = base["parts"][name]["summary"] if base and name in base.get("parts", {}) else None
        ls = s["long_sentence"]
        print(f"  long-sentence findings: {ls['error']} errors, {ls['warning']} warnings, {ls['suggestion']} suggestions"
              + (f" (before: {b['long_sentence']['error']}, {b['long_sentence']['warning']}, "
                 f"{b['long_sentence']['suggestion']})" if b and "long_sentence" in b else ""))
        for kind in ("all", "shown"):
            k = s[kind]
            line = f"  {kind:>5}: {k['findings']:>6} findings, median {k['median_per_1000']} per 1,000 words (pooled {k['pooled_per_1000']})"
            if b:
                line += f"; before: median {b[kind]['median_per_1000']}, pooled {b[kind]['pooled_per_1000']}"
            print(line)
        print(f"  {'rule':<32} {'all':>7} {'shown':>7}" + (f" {'before':>7}" if b else "") + "   (per 1,000 words)")
        rules = list(s["all"]["per_rule_per_1000"])
        for rule in rules:
            line = f"  {rule:<32} {s['all']['per_rule_per_1000'][rule]:>7.2f} {s['shown']['per_rule_per_1000'].get(rule, 0):>7.2f}"
            if b:
                line += f" {b['shown']['per_rule_per_1000'].get(rule, 0):>7.2f}"
            print(line)
        print(f"  {'document':<70} {'words':>7} {'all/1k':>7} {'shown/1k':>8} {'errors':>6} {'score':>5}")
        for r in part["documents"]:
            print(f"  {r['path'][:70]:<70} {r['words']:>7} {per_1000(sum(r['all'].values()), r['words']):>7.1f} "
                  f"{per_1000(sum(r['shown'].values()), r['words']):>8.1f} {r['errors']:>6} {r['score'] if r['score'] is not None else '-':>5}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
