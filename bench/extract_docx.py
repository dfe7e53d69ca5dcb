#!/usr/bin/env python3
"""DOCX extraction throughput: plainlint's faithful extractor beside bare python-docx.

    python bench/extract_docx.py [--repeat 5] [--no-check] [FILES...]

For every .docx of ../shared/corpus/real (or the FILES given; absent ones are skipped),
in the same process and run:

* **bare python-docx**, doing the least it can: ``docx.Document(path)`` then the text of
  every ``document.paragraphs`` (what most tools do, and what misses tables, text boxes,
  content controls, inserted text, notes, headers and footers);
* **plainlint extract**: ``plainlint.extract.extract`` (zip checks, safe parsing, every
  part read, blocks with locations and run anchors);
* **plainlint check** (unless ``--no-check``): the whole per-file work, extract plus the
  one analysis pass and every rule (``plainlint.api.lint_file``), after one warm-up so
  that loading spaCy is not counted.

Each is timed as the median of ``--repeat`` runs per file. Words are ``\\w+`` tokens of the
text each returns. Printed: per file, words and times; in total, words per second for
each, and the ratios of plainlint's time to the bare call's on the same files.
Only public tools: Python's standard library, python-docx and plainlint itself.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
WORD = re.compile(r"\w+")


def median_time(fn, repeat: int):
    times = []
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def bare_python_docx(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def plainlint_extract(path: Path) -> str:
    from plainlint.extract import extract

    return extract(path.read_bytes(), str(path)).text


def plainlint_check(path: Path):
    from plainlint.api import lint_file

    return lint_file(str(path))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-check", action="store_true", help="skip the whole-check timing")
    args = ap.parse_args(argv)

    files = args.files or sorted((CORPUS / "real").glob("*.docx"))
    files = [f for f in files if f.is_file()]
    if not files:
        print(f"no .docx files found (looked in {CORPUS / 'real'}); nothing to measure")
        return 0

    # warm up imports (and spaCy) so that first-call costs are not counted against one file
    bare_python_docx(files[0])
    plainlint_extract(files[0])
    if not args.no_check:
        plainlint_check(files[0])

    totals = {"bare": [0.0, 0], "extract": [0.0, 0], "check": [0.0, 0]}
    head = f"{'file':58} {'bare words':>10} {'bare s':>8} {'our words':>10} {'extract s':>9}"
    if not args.no_check:
        head += f" {'check s':>8}"
    print(head)
    for f in files:
        tb, text_b = median_time(lambda f=f: bare_python_docx(f), args.repeat)
        te, text_e = median_time(lambda f=f: plainlint_extract(f), args.repeat)
        wb, we = len(WORD.findall(text_b)), len(WORD.findall(text_e))
        totals["bare"][0] += tb
        totals["bare"][1] += wb
        totals["extract"][0] += te
        totals["extract"][1] += we
        line = f"{f.name[:58]:58} {wb:>10,} {tb:>8.3f} {we:>10,} {te:>9.3f}"
        if not args.no_check:
            tc, result = median_time(lambda f=f: plainlint_check(f), max(1, args.repeat // 2))
            totals["check"][0] += tc
            totals["check"][1] += we
            line += f" {tc:>8.3f}" + (f"  error: {result.error['message']}" if result.error else "")
        print(line)

    print()
    bt, bw = totals["bare"]
    et, ew = totals["extract"]
    print(f"files: {len(files)}")
    print(f"bare python-docx (paragraphs only): {bw:>9,} words in {bt:7.3f} s = {bw / bt:>12,.0f} words/s")
    print(f"plainlint extract (faithful):       {ew:>9,} words in {et:7.3f} s = {ew / et:>12,.0f} words/s")
    print(f"plainlint reads {ew / max(bw, 1):.3f}x the words bare python-docx returns")
    print(f"time ratio, extract / bare call:              {et / bt:.2f}")
    print(f"throughput ratio, extract / bare (words/s):   {(ew / et) / (bw / bt):.2f}")
    if not args.no_check:
        ct, cw = totals["check"]
        print(f"plainlint check (extract + all rules): {cw:>9,} words in {ct:7.3f} s = {cw / ct:>12,.0f} words/s")
        print(f"time ratio, whole check / bare call:          {ct / bt:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
