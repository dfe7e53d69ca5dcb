#!/usr/bin/env python3
"""Start-up and throughput of `plainlint check` beside bare spaCy and proselint.

    python bench/core.py [--runs 5] [--size 1000000] [--compare OTHER_CHECKOUT] [--sizes 0.25,0.5,1,2]
    python bench/core.py --per-check [--compare OTHER_CHECKOUT] [--runs 5]

Times whole processes (median of N runs after one warm-up) for:
  (a) one small Markdown file (the pre-commit case), beside `python -c "import spacy; spacy.blank('en')"`,
      the two run in turn (at least 11 pairs) and the ratio taken pair by pair
      (`hyperfine -N --warmup 1 'A' 'B'` does the same);
  (b) a ~1 MB text made by concatenating the Markdown documents of ../shared/corpus/real
      (or the bundled fixtures repeated, where that is absent), beside blank spaCy tokenising
      the same text and `proselint check` on it (`--proselint-version V`: an older release too).
proselint is installed into its own virtual environment under bench/out/ (it is not a
plainlint dependency). ``--compare DIR`` also times the plainlint in another checkout (its
``src``, e.g. a ``git worktree`` of main before a change) on the same big text, run in turn
with this one so the before/after ratio is taken pair by pair in one session. ``--sizes``
times plainlint beside blank spaCy on texts of several sizes (in MB) made the same way, to
show whether the cost grows in line with the text. ``--per-check`` prints the CPU seconds of
each step of one check in one process (extraction, analysis, each check kind, the engine,
metrics, score; each run a fresh process, beside ``--compare`` when given): what a new
check costs on 1 MB, beside the rest. Every pair is timed both as wall time
and as CPU time (user + system of the child process): on a shared machine the wall time
follows the load, the CPU time much less, so both ratios are printed. hyperfine, where
installed, gives the same wall figures: the commands are printed so you can paste them into it.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
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
    path = OUT / ("big.txt" if target == 1_000_000 else f"big-{target}.txt")
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


def proselint_cmd(version: str | None = None) -> list | None:
    """proselint (the newest release, or ``version``) in its own virtual environment under
    bench/out/, as the command that checks a file: ``proselint check FILE`` from 0.16,
    ``proselint FILE`` before (the CLI gained subcommands then)."""
    venv = OUT / (f"proselint-{version}-venv" if version else "proselint-venv")
    exe = venv / "bin" / "proselint"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        r = subprocess.run([str(venv / "bin" / "pip"), "install", "-q",
                            f"proselint=={version}" if version else "proselint"])
        if r.returncode != 0:
            return None
    helptext = subprocess.run([str(exe), "--help"], capture_output=True, text=True).stdout
    return [str(exe), "check"] if re.search(r"^\s+check\b", helptext, re.M) else [str(exe)]


def proselint_env() -> dict:
    """Releases before 0.16 keep every check's results on disk (under $XDG_CACHE_HOME/proselint)
    and answer a text seen before from there: each timed run gets an empty cache folder, so
    that proselint reads the text as plainlint does with --no-cache."""
    return dict(os.environ, XDG_CACHE_HOME=str(OUT / "proselint-cache"))


def _empty_proselint_cache() -> None:
    shutil.rmtree(OUT / "proselint-cache", ignore_errors=True)


def proselint_version(cmd) -> str:
    py = Path(cmd[0]).parent / "python"
    r = subprocess.run([str(py), "-c", "import importlib.metadata as m; print(m.version('proselint'))"],
                       capture_output=True, text=True)
    return r.stdout.strip() or "unknown version"


def _once(cmd, env=None, before=None) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system of the child) of one run (``before``, if
    given, is called first, outside the clock)."""
    if before is not None:
        before()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - t
    if p.returncode not in (0, 1):  # 1: findings (plainlint, proselint); anything else: it failed
        sys.exit(f"{' '.join(cmd)} failed (exit {p.returncode}): {p.stderr.decode(errors='replace')[-500:]}")
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def paired(a, b, runs, env_a=None, env_b=None, before_b=None, warm_up=True) -> dict:
    """Medians of a and b run in turn (a b a b ...) and the medians of the ratios pair by
    pair, for wall and for CPU time: a shared machine's speed drifts, and pairing keeps the
    ratio honest."""
    if warm_up:
        _once(a, env_a), _once(b, env_b, before_b)
    ta, tb = [], []
    for _ in range(runs):
        ta.append(_once(a, env_a))
        tb.append(_once(b, env_b, before_b))
    med = statistics.median
    return {"a": med(x for x, _ in ta), "b": med(x for x, _ in tb),
            "a_cpu": med(c for _, c in ta), "b_cpu": med(c for _, c in tb),
            "ratio": med(x[0] / y[0] for x, y in zip(ta, tb)),
            "ratio_cpu": med(x[1] / y[1] for x, y in zip(ta, tb))}


def _line(label, wall, cpu, cmd=None) -> None:
    print(f"{label:<36} median {wall:6.2f} s wall {cpu:6.2f} s CPU" + (f"   ({' '.join(cmd)})" if cmd else ""))


def _ratio(label, p, goal="") -> None:
    print(f"{label}, pair by pair: median {p['ratio']:.2f} wall, {p['ratio_cpu']:.2f} CPU{goal}")


def spacy_cmd(py, path: Path) -> list:
    return [py, "-c", f"import spacy; n=spacy.blank('en'); n.max_length=10**8; n(open({str(path)!r}).read())"]


def installed_copy(checkout: Path, name: str) -> Path:
    """The checkout's plainlint laid out as its wheel installs it, under bench/out/site-NAME:
    the package with the rule files and word lists inside it, the JSON copies of those that
    the wheel's build step makes (hatch_build.py, so no TOML is parsed at start-up) and
    bytecode (pip compiles it on install). Timed from a checkout's ``src`` instead, every run
    parsed the shipped TOML and, with PYTHONDONTWRITEBYTECODE set as on our shared machine,
    compiled plainlint's modules again: about 0.2 s of start-up that no installed copy pays.
    spaCy and proselint are installed, so theirs are timed as installed too."""
    checkout = Path(checkout).resolve()
    site = OUT / f"site-{name}"
    shutil.rmtree(site, ignore_errors=True)
    pkg = site / "plainlint"
    shutil.copytree(checkout / "src" / "plainlint", pkg, ignore=shutil.ignore_patterns("__pycache__", "_compiled"))
    for folder in ("rules", "wordlists"):
        shutil.copytree(checkout / folder, pkg / folder)
    if (checkout / "hatch_build.py").is_file():
        subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from hatch_build import compile_data; "
                        "compile_data(Path('.'), Path(sys.argv[1]))", str(pkg / "_compiled")],
                       cwd=checkout, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(site)], check=True, stdout=subprocess.DEVNULL)
    print(f"plainlint from {checkout} timed as its wheel installs it: {site}")
    return site


#: plainlint as this checkout has it, whether or not it is installed (main() points it at
#: the checkout's installed_copy)
OURS_ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def ours_cmd(py, path: Path) -> list:
    return [py, "-m", "plainlint", "check", "--isolated", "--no-cache", str(path)]


def linearity(py, sizes, runs) -> None:
    """plainlint and blank spaCy on texts of several sizes: seconds per MB should stay flat.
    The default limit of 200,000 words a document is raised for these runs (a config file
    in bench/out/ holding only that setting), so that 2 MB is checked, not refused."""
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    config = OUT / "linearity.toml"
    config.write_text("max-file-words = 100000000\n", encoding="utf-8")
    rows = []
    for mb in sizes:
        path = make_big_text(int(mb * 1_000_000))
        ours = [py, "-m", "plainlint", "check", "--config", str(config), "--no-cache", str(path)]
        p = paired(ours, spacy_cmd(py, path), runs, OURS_ENV)
        rows.append((mb, p))
        print(f"{mb:g} MB: plainlint {p['a']:.2f} s wall {p['a_cpu']:.2f} s CPU; spaCy {p['b']:.2f} s wall "
              f"{p['b_cpu']:.2f} s CPU; plainlint / spaCy {p['ratio']:.2f} wall, {p['ratio_cpu']:.2f} CPU")
    if len(rows) >= 2:
        (m0, p0), (m1, p1) = rows[0], rows[-1]
        # the cost of the text alone: the difference between sizes, per MB (start-up cancels out)
        print(f"CPU per extra MB, {m0:g} -> {m1:g} MB: plainlint {(p1['a_cpu'] - p0['a_cpu']) / (m1 - m0):.2f} s, "
              f"spaCy {(p1['b_cpu'] - p0['b_cpu']) / (m1 - m0):.2f} s")
        for (ma, pa), (mb_, pb) in zip(rows, rows[1:]):
            print(f"  {ma:g} -> {mb_:g} MB: plainlint +{(pb['a_cpu'] - pa['a_cpu']) / (mb_ - ma):.2f} s CPU per MB")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


#: run in a fresh process with a checkout's installed copy on its path: CPU seconds of each
#: step of one cold check of a file, as JSON (the command line's settings: gc frozen after
#: the warm-up, the young threshold raised)
_PER_CHECK = r"""
import json, sys, time
clock = time.process_time
t0 = clock()
from plainlint import runner
from plainlint.api import get_engine
from plainlint.config import Config
cfg = Config()
runner._warm_up([cfg])
steps = {"start-up (imports, pipeline, rules, warm-up)": clock() - t0}
from plainlint.analysis import analyse
from plainlint.extract import extract
from plainlint.metrics import document_metrics
from plainlint.score import document_score
from plainlint.report import formats
path = sys.argv[1]
data = open(path, "rb").read()
t = clock(); doc = extract(data, path, cfg.extract_options()); steps["extract"] = clock() - t
t = clock(); analysed = analyse(doc, model=cfg.model); steps["analyse (tokens, sentences)"] = clock() - t
engine = get_engine(cfg)
spent = {}
for check in engine.checks:
    name = "check: " + ", ".join(sorted({r.kind for r in check.rules}))
    run = check.run
    def timed(a, run=run, name=name):
        t = clock(); out = list(run(a)); spent[name] = spent.get(name, 0) + clock() - t
        return out
    check.run = timed
t = clock(); findings = engine.run(analysed); whole = clock() - t
steps.update(spent)
steps["engine: scopes, severities, locating, context"] = whole - sum(spent.values())
t = clock(); metrics = document_metrics(analysed, engine, cfg); steps["metrics"] = clock() - t
t = clock(); document_score(analysed, engine, cfg, findings, metrics); steps["score"] = clock() - t
t = clock(); analysed.release(); del analysed; steps["release"] = clock() - t
steps["all after start-up"] = clock() - t0 - steps["start-up (imports, pipeline, rules, warm-up)"]
print(json.dumps({"steps": steps, "findings": len(findings)}))
"""


def per_check(py, path: Path, runs: int, sites: dict) -> None:
    """CPU seconds of each step of one check of ``path`` (start-up, extraction, the analysis,
    each check kind's run, the engine's own work, metrics, score), each run a fresh cold
    process, the checkouts in ``sites`` (name -> installed copy) run in turn; medians. A
    cost budget for new checks: what each one costs on 1 MB, beside the rest."""
    import json

    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    got: dict = {name: [] for name in sites}
    for _ in range(runs):
        for name, site in sites.items():
            p = subprocess.run([py, "-c", _PER_CHECK, str(path)], capture_output=True, text=True,
                               env=dict(os.environ, PYTHONPATH=str(site)))
            if p.returncode != 0:
                sys.exit(f"per-check run of {name} failed: {p.stderr[-800:]}")
            got[name].append(json.loads(p.stdout)["steps"])
    med = statistics.median
    names = list(sites)
    steps = list(dict.fromkeys(k for name in names for r in got[name] for k in r))
    print(f"CPU seconds per step, one check of {path.name} in one process, median of {runs} cold runs:")
    print(f"{'step':<56}" + "".join(f"{n[:14]:>15}" for n in names) + ("   ratio" if len(names) == 2 else ""))
    for k in steps:
        vals = [med([r.get(k, 0.0) for r in got[n]]) for n in names]
        ratio = f"   {vals[0] / vals[1]:.2f}" if len(names) == 2 and vals[1] > 0.0005 else ""
        print(f"{k[:55]:<56}" + "".join(f"{v:15.3f}" for v in vals) + ratio)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", type=int, default=1_000_000, help="bytes of text for the throughput runs")
    ap.add_argument("--compare", type=Path, help="another checkout whose plainlint to time beside this one")
    ap.add_argument("--skip-startup", action="store_true", help="only the throughput runs")
    ap.add_argument("--sizes", help="comma-separated sizes in MB (e.g. 0.25,0.5,1,2): plainlint beside "
                                    "blank spaCy at each, to see whether the cost grows in line with the text")
    ap.add_argument("--proselint-version", action="append", metavar="VERSION",
                    help="also time this proselint release (its own venv under bench/out/; may be given "
                         "more than once), e.g. 0.13.0 or 0.14.0 (the releases before 0.16.0)")
    ap.add_argument("--proselint-runs", type=int, default=1, help="pairs for each --proselint-version (default 1)")
    ap.add_argument("--per-check", action="store_true",
                    help="CPU seconds of each step in one process (extraction, analysis, each check kind, "
                         "the engine, metrics, score) on the --size text, beside --compare if given: a cost "
                         "budget for new checks")
    args = ap.parse_args()
    py = sys.executable
    OURS_ENV["PYTHONPATH"] = str(installed_copy(ROOT, "this"))
    if args.per_check:
        sites = {"this": OURS_ENV["PYTHONPATH"]}
        if args.compare:
            sites[args.compare.resolve().name] = str(installed_copy(args.compare, args.compare.resolve().name))
        per_check(py, make_big_text(args.size), args.runs, sites)
        return
    if args.sizes:
        linearity(py, [float(x) for x in args.sizes.split(",")], args.runs)
        return
    small = ROOT / "fixtures" / "sample.md"
    big = make_big_text(args.size)
    mb = f"{args.size / 1_000_000:g} MB"
    spacy_start = [py, "-c", "import spacy; spacy.blank('en')"]
    spacy_big = spacy_cmd(py, big)
    ours_small = ours_cmd(py, small)
    ours_big = ours_cmd(py, big)
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if not args.skip_startup:
        p = paired(ours_small, spacy_start, max(args.runs, 11), OURS_ENV)
        _line("spaCy blank start-up", p["b"], p["b_cpu"], spacy_start)
        _line("plainlint check small.md", p["a"], p["a_cpu"], ours_small)
        _ratio("small file / spaCy start-up", p, " (goal <= 1.3)")
    if args.compare:
        here = OURS_ENV
        there = dict(os.environ, PYTHONPATH=str(installed_copy(args.compare, args.compare.resolve().name)))
        p = paired(ours_big, ours_big, args.runs, here, there)
        _line("plainlint (this checkout)", p["a"], p["a_cpu"])
        _line(f"plainlint ({args.compare.name})", p["b"], p["b_cpu"])
        _ratio(f"this / {args.compare.name}", p)
        p = paired(ours_big, spacy_big, args.runs, there, here)
        _ratio(f"{args.compare.name} / spaCy blank tokenising", p, " (goal <= 1.6)")
    p = paired(ours_big, spacy_big, args.runs, OURS_ENV)
    _line(f"spaCy blank tokenising {mb}", p["b"], p["b_cpu"], spacy_big)
    _line(f"plainlint check {mb}", p["a"], p["a_cpu"], ours_big)
    _ratio(f"{mb}: plainlint / spaCy blank tokenising", p, " (goal <= 1.6)")
    for version in [None] + list(args.proselint_version or []):
        pl = proselint_cmd(version)
        if not pl:
            print(f"proselint {version or ''} could not be installed: not timed")
            continue
        cmd = pl + [str(big)]
        # an older release takes minutes on 1 MB (0.13.0 and 0.14.0: over a minute of CPU):
        # --proselint-runs pairs of it (default 1), no warm-up pair
        runs = args.runs if version is None else args.proselint_runs
        q = paired(ours_big, cmd, runs, OURS_ENV, proselint_env(), _empty_proselint_cache, warm_up=version is None)
        _line(f"proselint {proselint_version(pl)} {mb}", q["b"], q["b_cpu"], cmd)
        _ratio(f"{mb}: plainlint / proselint {proselint_version(pl)}", q, " (goal < 1.0: faster than proselint)")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
