#!/usr/bin/env python3
"""Start-up and throughput of `plainlint check` beside bare spaCy and proselint.

    python bench/core.py [--runs 5] [--size 1000000] [--compare OTHER_CHECKOUT]

Times whole processes (median of N runs after one warm-up) for:
  (a) one small Markdown file (the pre-commit case), beside `python -c "import spacy; spacy.blank('en')"`,
      the two run in turn (at least 11 pairs) and the ratio taken pair by pair
      (`hyperfine -N --warmup 1 'A' 'B'` does the same);
  (b) a ~1 MB text made by concatenating the Markdown documents of ../shared/corpus/real
      (or the bundled fixtures repeated, where that is absent), beside blank spaCy tokenising
      the same text and `proselint check` on it.
proselint is installed into its own virtual environment under bench/out/ (it is not a
plainlint dependency). ``--compare DIR`` also times the plainlint in another checkout (its
``src``, e.g. a ``git worktree`` of main before a change) on the same big text, run in turn
with this one so the before/after ratio is taken pair by pair in one session. hyperfine, where installed, gives the same figures: the commands are
printed so you can paste them into it.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def make_big_text(target=1_000_000) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "big.txt"
    sources = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []
    if not sources:
        sources = sorted((ROOT / "fixtures").glob("*.md"))
    chunks, size = [], 0
    while size < target:
        for s in sources:
            t = s.read_text(encoding="utf-8", errors="replace")
            chunks.append(t)
            size += len(t.encode())
            if size >= target:
                break
    path.write_text("\n\n".join(chunks)[:target], encoding="utf-8")
    return path


def proselint_cmd() -> list | None:
    venv = OUT / "proselint-venv"
    exe = venv / "bin" / "proselint"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        r = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "proselint"])
        if r.returncode != 0:
            return None
    return [str(exe)]


def _once(cmd, env=None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t


def timeit(cmd, runs) -> float:
    _once(cmd)  # warm-up
    return statistics.median(_once(cmd) for _ in range(runs))


def paired(a, b, runs, env_a=None, env_b=None) -> tuple[float, float, float]:
    """Medians of a and b run in turn (a b a b ...) and the median of the ratios pair by
    pair: a shared machine's speed drifts, and pairing keeps the ratio honest."""
    _once(a, env_a), _once(b, env_b)  # warm-up
    ta, tb = [], []
    for _ in range(runs):
        ta.append(_once(a, env_a))
        tb.append(_once(b, env_b))
    return statistics.median(ta), statistics.median(tb), statistics.median(x / y for x, y in zip(ta, tb))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", type=int, default=1_000_000, help="bytes of text for the throughput runs")
    ap.add_argument("--compare", type=Path, help="another checkout whose plainlint to time beside this one")
    ap.add_argument("--skip-startup", action="store_true", help="only the throughput runs")
    args = ap.parse_args()
    py = sys.executable
    small = ROOT / "fixtures" / "sample.md"
    big = make_big_text(args.size)
    spacy_start = [py, "-c", "import spacy; spacy.blank('en')"]
    spacy_big = [py, "-c", f"import spacy; n=spacy.blank('en'); n.max_length=10**8; n(open({str(big)!r}).read())"]
    ours_small = [py, "-m", "plainlint", "check", "--isolated", "--no-cache", str(small)]
    ours_big = [py, "-m", "plainlint", "check", "--isolated", "--no-cache", str(big)]
    if not args.skip_startup:
        t_small, t_start, ratio = paired(ours_small, spacy_start, max(args.runs, 11))
        print(f"{'spaCy blank start-up':<32} median {t_start:.2f} s   ({' '.join(spacy_start)})")
        print(f"{'plainlint check small.md':<32} median {t_small:.2f} s   ({' '.join(ours_small)})")
        print(f"small file / spaCy start-up, pair by pair: median {ratio:.2f} (goal <= 1.3)")
    if args.compare:
        import os

        here = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        there = dict(os.environ, PYTHONPATH=str(args.compare.resolve() / "src"))
        t_here, t_there, r = paired(ours_big, ours_big, args.runs, here, there)
        _, _, r_sp = paired(ours_big, spacy_big, args.runs, here, here)
        print(f"{'plainlint (this checkout)':<32} median {t_here:.2f} s")
        print(f"{'plainlint (' + args.compare.name + ')':<32} median {t_there:.2f} s")
        print(f"this / {args.compare.name}, pair by pair: median {r:.2f}")
        print(f"this / spaCy blank tokenising, pair by pair: median {r_sp:.2f} (goal <= 1.6)")
    rows = [("spaCy blank tokenising 1 MB", spacy_big), ("plainlint check 1 MB", ours_big)]
    pl = proselint_cmd()
    if pl:
        rows.append(("proselint check 1 MB", pl + ["check", str(big)]))
    res = {}
    for label, cmd in rows:
        res[label] = timeit(cmd, args.runs)
        print(f"{label:<32} median {res[label]:.2f} s   ({' '.join(cmd)})")
    if pl:
        print(f"1 MB: plainlint / proselint: {res['plainlint check 1 MB'] / res['proselint check 1 MB']:.2f} (goal < 0.8)")


if __name__ == "__main__":
    main()
