#!/usr/bin/env python3
"""PDF extraction throughput: plainlint's full reading beside pdfminer.six's bare call.

    python bench/extract_pdf.py [--runs 3] [--clock cpu|wall] [--check] [FILES...]

For every PDF (default: all of ../shared/corpus/real/*.pdf) and in the same process, the
two are timed on the same bytes, interleaved, and the best of N runs is kept:

  bare  pdfminer.high_level.extract_text(BytesIO(data))  (default LAParams, text only)
  ours  plainlint.extract.extract(data, name)            (layout analysis, reading order,
                                                          running headers, paragraphs,
                                                          headings, Document and blocks)
  check plainlint.api.lint_file(...) with every rule      (only with --check)

It prints pages per second for each and the ratio ours / bare (goal: at most 1.3), and
with --check the ratio of the whole check to the bare call (goal: at most 2). CPU time of
this process is the default clock, so that other work on the machine disturbs it less.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=3, help="runs per file; the best is kept")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    ap.add_argument("--check", action="store_true", help="also time the whole check (extract + all rules)")
    args = ap.parse_args()

    files = args.files or sorted(CORPUS.glob("*.pdf"))
    if not files:
        print(f"no PDFs given and {CORPUS} is absent", file=sys.stderr)
        return 2
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    from pdfminer.high_level import extract_text

    from plainlint.api import lint_file
    from plainlint.config import Config
    from plainlint.extract import ExtractOptions, extract

    logging.getLogger("pdfminer").setLevel(logging.CRITICAL + 1)
    options = ExtractOptions()
    config = Config()

    def bare(data, name):
        extract_text(io.BytesIO(data))

    def ours(data, name):
        return extract(data, name, options)

    def check(data, name):
        result = lint_file(name, config, data=data, name=name)
        if result.error:
            raise RuntimeError(result.error)

    # warm up imports, caches and (for --check) the analysis pipeline on the first file
    first = files[0].read_bytes()
    bare(first, str(files[0]))
    ours(first, str(files[0]))
    if args.check:
        check(first, str(files[0]))

    totals = {"bare": 0.0, "ours": 0.0, "check": 0.0}
    pages_total = 0
    head = f"{'file':<58} {'pages':>5} {'bare s':>7} {'ours s':>7} {'ratio':>6}"
    if args.check:
        head += f" {'check s':>8} {'ratio':>6}"
    print(head)
    for path in files:
        data = path.read_bytes()
        name = str(path)
        best = {"bare": float("inf"), "ours": float("inf"), "check": float("inf")}
        pages = 0
        for _ in range(args.runs):
            t = clock()
            bare(data, name)
            best["bare"] = min(best["bare"], clock() - t)
            t = clock()
            doc = ours(data, name)
            best["ours"] = min(best["ours"], clock() - t)
            pages = doc.meta.get("pages", 0)
            if args.check:
                t = clock()
                check(data, name)
                best["check"] = min(best["check"], clock() - t)
        for k in ("bare", "ours") + (("check",) if args.check else ()):
            totals[k] += best[k]
        pages_total += pages
        line = (f"{path.name[:58]:<58} {pages:>5} {best['bare']:>7.2f} {best['ours']:>7.2f} "
                f"{best['ours'] / max(best['bare'], 1e-9):>6.2f}")
        if args.check:
            line += f" {best['check']:>8.2f} {best['check'] / max(best['bare'], 1e-9):>6.2f}"
        print(line, flush=True)

    print()
    print(f"files: {len(files)}, pages: {pages_total}, clock: {args.clock}, best of {args.runs}")
    print(f"bare pdfminer extract_text: {totals['bare']:.2f} s, {pages_total / totals['bare']:.1f} pages/s")
    print(f"plainlint extraction:       {totals['ours']:.2f} s, {pages_total / totals['ours']:.1f} pages/s")
    print(f"ratio ours / bare:          {totals['ours'] / totals['bare']:.2f} (goal <= 1.3)")
    if args.check:
        print(f"whole check (all rules):    {totals['check']:.2f} s, {pages_total / totals['check']:.1f} pages/s")
        print(f"ratio check / bare:         {totals['check'] / totals['bare']:.2f} (goal <= 2.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
