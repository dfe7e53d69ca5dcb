#!/usr/bin/env python3
"""Every acronym finding readers have judged, and what the current code does with each.

    python bench/acronym_readings.py [--fresh DIR] [--corpus DIR] [--sets EE,FF] [--rows] [--status shown]
                                     [--verdict P] [--profile board-paper] [--tsv FILE]

The readings live outside this repository, in the fresh sets a session gathers and judges
(``/work/fresh/SET``): ``SET/judge/ac.txt`` and ``SET/judge/corpus-ac.txt`` are the samples of
acronym findings the readers saw (a header ``--- acNN FILE | where | rule severity`` and the
context with the letters in ``[[...]]``), and ``SET/verdicts/ac-1.txt``, ``ac-2.txt`` and
``corpus-ac-*.txt`` their verdicts (``acNN U: reason``; U useful, P correct but pedantic, W
wrong). A set's own pages are in ``SET/``, the corpus samples' files in ``../shared/corpus/real``.
Nothing from the pages is kept here: the script reads them at run time and skips cleanly when
they are absent.

Each reading becomes a row (set, id, file, where, letters, verdicts, reasons); its verdict is
the majority of the readers' (a split counts as the worse: W over P over U). The current code
is run on every page a row names (all severities, JSON, the profile asked for), and each row is

- ``shown``: a finding of an ``acronym-*`` rule on the same letters at warning or above (the
  default view of the text, Word and editor outputs);
- ``hidden``: such a finding only below the default view (a suggestion);
- ``gone``: no finding on those letters in that file at all.

A finding at the row's own place is preferred; otherwise any finding on the same letters in the
file counts (``acronym-undefined`` reports an acronym once, and a fix elsewhere may move it).

The measure of a change: P and W rows leave ``shown``, U rows stay in it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRESH = Path("/work/fresh")
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus/real")
SETS = ("EE", "FF", "HH", "II", "JJ", "KK", "LL", "MM", "NN", "OO", "PP", "QR", "ST", "UV", "WX", "YZ")
WORSE = {"U": 0, "P": 1, "W": 2}

_HEAD = re.compile(r"^--- (ac\d+) (.+?) \| (.*) \| (acronym-[a-z-]+) (\w+)\s*$")
_VERDICT = re.compile(r"^(ac\d+) ([UPW]): ?(.*)$")
_LETTERS = re.compile(r"\[\[(.+?)\]\]")


def parse_where(where: str) -> dict:
    """'line 12, paragraph 3 (in "x")' / 'page 7, paragraph 31' / 'paragraph 812' -> the numbers given."""
    where = where.split(" (in ", 1)[0]
    return {k: int(v) for k, v in re.findall(r"\b(line|page|paragraph) (\d+)", where)}


def read_samples(path: Path) -> dict:
    rows, cur = {}, None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _HEAD.match(line)
        if m:
            cur = {"id": m.group(1), "file": m.group(2).strip(), "where": parse_where(m.group(3)),
                   "rule": m.group(4), "severity": m.group(5), "letters": None}
            rows[cur["id"]] = cur
        elif cur is not None and line.strip().startswith("CTX:") and cur["letters"] is None:
            lm = _LETTERS.search(line)
            cur["letters"] = lm.group(1) if lm else None
    return rows


def read_verdicts(paths) -> dict:
    out = defaultdict(list)
    for p in paths:
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            m = _VERDICT.match(line.strip())
            if m:
                out[m.group(1)].append((m.group(2), m.group(3)))
    return out


def majority(verdicts: list) -> str:
    c = Counter(v for v, _ in verdicts)
    top = max(c.values())
    return max((v for v, n in c.items() if n == top), key=WORSE.get)


def load_rows(fresh: Path, sets) -> list:
    rows = []
    for s in sets:
        d = fresh / s
        if not (d / "judge").is_dir() or not (d / "verdicts").is_dir():
            continue
        for kind, sample, pattern, base in (("set", "ac.txt", "ac-[0-9]*.txt", d),
                                            ("corpus", "corpus-ac.txt", "corpus-ac-[0-9]*.txt", CORPUS)):
            sp = d / "judge" / sample
            vps = sorted((d / "verdicts").glob(pattern))
            if not sp.is_file() or not vps:
                continue
            samples, verdicts = read_samples(sp), read_verdicts(vps)
            for rid, r in samples.items():
                if rid not in verdicts or not r["letters"]:
                    continue
                path = base / r["file"]
                if not path.is_file() and (d / "dropped" / r["file"]).is_file():
                    path = d / "dropped" / r["file"]
                rows.append({**r, "set": s, "kind": kind, "path": str(path), "exists": path.is_file(),
                             "verdicts": [v for v, _ in verdicts[rid]], "reasons": [t for _, t in verdicts[rid]],
                             "verdict": majority(verdicts[rid])})
    return rows


def run_plainlint(paths, profile: str) -> dict:
    """{path: [acronym findings]} for the current code of this worktree (src/), all severities."""
    out = {}
    paths = sorted(set(paths))
    for i in range(0, len(paths), 40):
        chunk = paths[i:i + 40]
        cmd = [sys.executable, "-m", "plainlint", "check", "--format", "json", "--no-cache", "-j", "1",
               "--isolated", "--min-severity", "suggestion", "--profile", profile, *chunk]
        res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                             env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")})
        data = json.loads(res.stdout)
        for f in data["files"]:
            out[str(Path(f["path"]).resolve()) if "path" in f else f.get("file")] = [
                x for x in f["findings"] if x["rule"].startswith("acronym-")]
    return out


def _key(letters: str) -> str:
    m = re.search(r"\(([^()]+)\)\s*$", letters)  # a definition's span: "Household Support Fund (HSF)"
    t = (m.group(1) if m else letters).strip().rstrip("’'")
    if t.endswith("s") and len(t) > 2 and t[:-1].upper() == t[:-1] and not t[:-1].islower():
        t = t[:-1]
    return t.upper()


def status_of(row: dict, findings: list) -> tuple:
    same = [f for f in findings if _key(f.get("text") or "") == _key(row["letters"])]
    if not same:
        return "gone", None
    loc = row["where"]

    def at_place(f):
        fl = f["location"]
        return all(fl.get(k) == v for k, v in loc.items())
    best = sorted(same, key=lambda f: (not at_place(f), f["rule"] != row["rule"],
                                       f["severity"] not in ("error", "warning")))[0]
    return ("shown" if best["severity"] in ("error", "warning") else "hidden"), best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fresh", type=Path, default=FRESH)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--profile", default="board-paper")
    ap.add_argument("--rows", action="store_true", help="print every row (no page text: ids, letters, verdicts)")
    ap.add_argument("--status", help="with --rows: only rows of this status (shown, hidden, gone)")
    ap.add_argument("--verdict", help="with --rows: only rows of this verdict (U, P, W)")
    ap.add_argument("--reasons", action="store_true", help="with --rows: the readers' reasons too")
    ap.add_argument("--tsv", type=Path, help="write every row with its status to this file")
    args = ap.parse_args(argv)
    if not args.fresh.is_dir():
        print(f"no readings at {args.fresh}: skipped")
        return 0
    rows = load_rows(args.fresh, [s.strip() for s in args.sets.split(",") if s.strip()])
    rows = [r for r in rows if r["exists"]]
    if not rows:
        print("no readable rows: skipped")
        return 0
    found = run_plainlint([r["path"] for r in rows], args.profile)
    table = defaultdict(Counter)
    by_set = defaultdict(lambda: defaultdict(Counter))
    for r in rows:
        findings = found.get(str(Path(r["path"]).resolve()), [])
        r["status"], best = status_of(r, findings)
        r["now"] = f"{best['rule']} {best['severity']}" if best else "-"
        table[r["status"]][r["verdict"]] += 1
        by_set[r["set"]][r["status"]][r["verdict"]] += 1
    if args.rows:
        for r in rows:
            if (args.status and r["status"] != args.status) or (args.verdict and r["verdict"] != args.verdict):
                continue
            where = ",".join(f"{k[0]}{v}" for k, v in r["where"].items())
            print(f"{r['set']:3} {r['kind']:6} {r['id']:5} {r['verdict']} {''.join(r['verdicts']):3} {r['status']:6} "
                  f"{r['letters']:10} {r['file'][:60]} {where} | {r['now']}")
            if args.reasons:
                for t in r["reasons"]:
                    print(f"        - {t}")
    if args.tsv:
        with args.tsv.open("w", encoding="utf-8") as fh:
            fh.write("set\tkind\tid\tfile\twhere\tletters\tverdicts\tverdict\tstatus\tnow\n")
            for r in rows:
                where = ",".join(f"{k}={v}" for k, v in r["where"].items())
                fh.write(f"{r['set']}\t{r['kind']}\t{r['id']}\t{r['file']}\t{where}\t{r['letters']}\t"
                         f"{''.join(r['verdicts'])}\t{r['verdict']}\t{r['status']}\t{r['now']}\n")
    print(f"{len(rows)} rows judged ({args.profile} profile)")
    for st in ("shown", "hidden", "gone"):
        c = table[st]
        n = sum(c.values())
        useful = f", {100 * c['U'] / n:.0f}% useful" if n else ""
        print(f"  {st:6}: {n:4}  U {c['U']:4}  P {c['P']:4}  W {c['W']:4}{useful}")
    print("by set (shown U/P/W | hidden+gone U/P/W):")
    for s in sorted(by_set):
        sh = by_set[s]["shown"]
        off = by_set[s]["hidden"] + by_set[s]["gone"]
        print(f"  {s}: {sh['U']:3} {sh['P']:3} {sh['W']:3} | {off['U']:3} {off['P']:3} {off['W']:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
