#!/usr/bin/env python3
"""Draw findings to judge: 50 shown at the default settings per family (plain words,
acronyms, readability, co-production), at random with a fixed seed, from the documents
bench/signal.py holds aside from tuning (or from files you name).

    python bench/signal_sample.py [--n 50] [--seed 17] [--hidden] [FILE ...]

Each sample prints its number, document, place, rule, severity, message and the sentence
around it, for a careful editor to mark useful / correct but pedantic / wrong. ``--hidden``
draws from the findings the default view does *not* show instead (to check that nothing a
careful editor would call a real problem is hidden). Nothing is written to the repository:
the corpus's sentences stay in ../shared.
"""

from __future__ import annotations

import sys

sys.path[:] = [p for p in sys.path if p not in ("", __file__.rsplit("/", 1)[0]) and not p.endswith("/bench")]

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import random  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("plain-words", "acronyms", "readability", "co-production")


def _signal():
    spec = importlib.util.spec_from_file_location("plainlint_bench_signal", ROOT / "bench" / "signal.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _sentence(text: str, start: int, end: int, width: int = 220) -> str:
    lo = max(text.rfind("\n\n", 0, start) + 2, start - width)
    hi = text.find("\n\n", end)
    hi = min(hi if hi >= 0 else len(text), end + width)
    return (text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).replace("\n", " ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--hidden", action="store_true")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    sig = _signal()
    if args.files:
        files = [Path(f) for f in args.files]
    else:
        if not sig.CORPUS.is_dir():
            print(f"skipped: {sig.CORPUS} is absent")
            return 0
        files = sig.split(sig.corpus_files())[1]
    from plainlint.config import ConfigResolver
    from plainlint.display import DisplayOptions, visible
    from plainlint.runner import collect, RunOptions, run_targets

    results = run_targets(collect([str(p) for p in files]), ConfigResolver(isolated=True),
                          RunOptions(keep_text=True, jobs=args.jobs))
    pool: dict = {fam: [] for fam in FAMILIES}
    for r in results:
        if r.error:
            continue
        view = visible(r.findings, DisplayOptions.for_format("text"))
        if args.hidden:
            shown = {id(f) for f in view.shown}
            firsts = {(f.rule, f.start) for f in view.shown}
            chosen = [f for f in r.findings if id(f) not in shown and (f.rule, f.start) not in firsts
                      and f.severity == "suggestion"]
        else:
            chosen = view.shown
        for f in chosen:
            pool[f.category].append((r, f))
    rnd = random.Random(args.seed)
    for fam in FAMILIES:
        items = pool[fam]
        picked = rnd.sample(items, min(args.n, len(items)))
        print(f"===== {fam}: {len(picked)} of {len(items)} {'hidden' if args.hidden else 'shown'} findings")
        for i, (r, f) in enumerate(picked, 1):
            where = f.location.describe() if f.location else ""
            print(f"--- {fam[:2]}{i:02d} {Path(r.path).name} | {where[:80]} | {f.rule} {f.severity}"
                  + (f" x{1 + len(f.repeats)}" if getattr(f, 'repeats', None) else ""))
            print(f"    MSG: {f.message[:300]}")
            if f.suggestions:
                print(f"    FIX: {' | '.join(f.suggestions[:3])}")
            if r.text and not f.document_level:
                print(f"    CTX: {_sentence(r.text, f.start, f.end)[:700]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
