#!/usr/bin/env python3
"""What the jargon and wordy-phrase word lists cost: `plainlint check --select plain-words`
on the ~1 MB benchmark text with our full lists, against the same run with both lists empty.

    python bench/wordlists.py [--runs 5]

Both runs use an explicit config file (written to a temporary folder), so nothing else
differs: the "empty" config points `[rules.jargon] wordlist` and `[rules.wordy-phrase]
wordlist` at empty lists by absolute path. Whole processes are timed (median of N runs
after one warm-up), with --no-cache so every run does the work. The 1 MB text is the one
bench/core.py builds (bench/out/big.txt). Goal: full lists no more than 20% slower.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core import make_big_text  # noqa: E402


def run_once(cmd) -> float:
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - t
    if r.returncode not in (0, 1):  # 1 = findings
        raise SystemExit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")
    return took


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    big = make_big_text()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "empty-jargon.toml").write_text('[meta]\nrule = "jargon"\n', encoding="utf-8")
        (tmp / "empty-wordy.toml").write_text('[meta]\nrule = "wordy-phrase"\n', encoding="utf-8")
        full_cfg = tmp / "full.plainlint.toml"
        full_cfg.write_text("", encoding="utf-8")
        empty_cfg = tmp / "empty.plainlint.toml"
        empty_cfg.write_text(
            f'[rules.jargon]\nwordlist = "{(tmp / "empty-jargon.toml").as_posix()}"\n'
            f'[rules.wordy-phrase]\nwordlist = "{(tmp / "empty-wordy.toml").as_posix()}"\n',
            encoding="utf-8")
        base = [py, "-m", "plainlint", "check", "--no-cache", "--select", "plain-words",
                "--quiet", str(big)]
        cmds = {"empty lists": base + ["--config", str(empty_cfg)],
                "full lists": base + ["--config", str(full_cfg)]}
        times = {k: [] for k in cmds}
        for cmd in cmds.values():
            run_once(cmd)  # warm-up (file cache, byte-compiled modules)
        for _ in range(args.runs):  # interleaved, so background load hits both alike
            for k, cmd in cmds.items():
                times[k].append(run_once(cmd))
    med = {k: statistics.median(v) for k, v in times.items()}
    for k, cmd in cmds.items():
        runs = ", ".join(f"{t:.2f}" for t in times[k])
        print(f"{k:<12} median {med[k]:.2f} s  (runs: {runs})")
    print(f"command: {' '.join(cmds['full lists'])}")
    ratio = med["full lists"] / med["empty lists"]
    print(f"full / empty: {ratio:.3f} (goal <= 1.20) {'OK' if ratio <= 1.2 else 'SLOWER THAN GOAL'}")


if __name__ == "__main__":
    main()
