#!/usr/bin/env python3
"""Plain-words readings: every judged plain-words finding, and what the current code does with it.

    python bench/plain_readings.py [ROOT] [--sets EE,FF,...] [--list W,P] [--hidden] [--json OUT]

Reads the judged sets under ROOT (default /work/fresh; skips cleanly, exit 0, where it is
absent): each set's ``judge/pl.txt`` (the shown plain-words findings drawn for the readers)
with ``verdicts/pl-1.txt`` and ``pl-2.txt`` (U useful, P correct but pedantic, W wrong), and
the plain-words part of ``judge/hidden.txt`` with ``verdicts/hidden-1.txt`` (H right to hide,
S should have been shown). Every row is (set, id, file, line, words, verdicts, reasons).

Then it checks each set's files with the code of this checkout and says, for each row, what
the finding is now at the default text view:

- ``shown``: the same words, rule and swap, still shown;
- ``changed``: still shown, with another swap or another span (another fix);
- ``hidden``: still found, but below the default view (a suggestion);
- ``gone``: no plain-words finding on those words any more.

It prints the U/P/W readings of the rows still shown (``shown`` and ``changed``), per set and
overall, and with ``--list`` the rows still shown whose verdicts include those letters (the
readers' reasons beside them), for grouping into classes. ``--hidden`` lists the hidden rows
judged S and what they are now. This file holds no page text: it reads the sets at run time
and prints only the matched words, ids, places and the readers' verdicts.
"""

from __future__ import annotations

import sys

sys.path[:] = [p for p in sys.path if p not in ("", __file__.rsplit("/", 1)[0]) and not p.endswith("/bench")]

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_ROOT = Path("/work/fresh")
SETS = ("EE", "FF", "HH", "II", "JJ", "KK", "LL", "MM", "NN", "OO", "PP", "QR", "ST", "UV", "WX", "YZ", "AB")
FAMILY = "plain-words"
_HEAD = re.compile(r"^--- (pl\d+) (\S+) \| line (\d+).*\| (\S+) (error|warning|suggestion)\b")
_QUOTED = re.compile(r"(?:instead of|in place of) '([^']+)'")
_VERDICT = re.compile(r"^(pl\d+) ([A-Z])\b[:]?\s*(.*)$")


@dataclass
class Row:
    set: str
    id: str
    file: str
    line: int
    words: str
    rule: str
    kind: str  # "shown" (judge/pl.txt) or "hidden" (judge/hidden.txt)
    fix: str = ""
    verdicts: list = field(default_factory=list)
    reasons: list = field(default_factory=list)
    prefix: str = ""  # the context before the words, only to place them; never printed or saved
    status: str = ""
    now_words: str = ""
    now_fix: str = ""
    now_severity: str = ""


def _blocks(path: Path, section: str | None):
    """(head, {MSG, FIX, CTX}) per finding of the file (of its plain-words section only)."""
    inside = section is None
    head, fields = None, {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("====="):
            if head:
                yield head, fields
            head, fields = None, {}
            inside = section is None or line.startswith(f"===== {section}:")
            continue
        if not inside:
            continue
        if line.startswith("--- "):
            if head:
                yield head, fields
            head, fields = line, {}
        elif head and line.startswith("    ") and ":" in line:
            key, _, val = line.strip().partition(": ")
            fields[key.rstrip(":")] = val
    if head:
        yield head, fields


def _verdicts(path: Path) -> dict:
    out = {}
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _VERDICT.match(line.strip())
        if m:
            out[m.group(1)] = (m.group(2), m.group(3))
    return out


def parse_set(root: Path, name: str) -> list[Row]:
    rows = []
    base = root / name
    for kind, sample, section, vfiles in (
        ("shown", base / "judge" / "pl.txt", None, ("pl-1.txt", "pl-2.txt")),
        ("hidden", base / "judge" / "hidden.txt", FAMILY, ("hidden-1.txt",)),
    ):
        if not sample.is_file():
            continue
        readers = [_verdicts(base / "verdicts" / v) for v in vfiles]
        for head, fields in _blocks(sample, section):
            m = _HEAD.match(head)
            if not m:
                continue
            ctx = fields.get("CTX", "")
            cm = re.search(r"\[\[(.*?)\]\]", ctx)
            if cm:
                words, prefix = cm.group(1), ctx[:cm.start()]
            else:  # the context was cut before the words: take them from the message
                qm = _QUOTED.search(fields.get("MSG", ""))
                if not qm:
                    continue
                words, prefix = qm.group(1), ctx + "\0"
            row = Row(set=name, id=m.group(1), file=m.group(2), line=int(m.group(3)), words=words,
                      rule=m.group(4), kind=kind, fix=fields.get("FIX", ""), prefix=prefix)
            for r in readers:
                if row.id in r:
                    row.verdicts.append(r[row.id][0])
                    row.reasons.append(r[row.id][1])
            rows.append(row)
    return rows


def _place(text: str, row: Row) -> tuple[int, int] | None:
    flat = text.replace("\n", " ")
    if row.prefix.endswith("\0"):  # the words come somewhere after the context
        at = flat.find(row.prefix[:-1])
        low = flat.lower()
        hit = low.find(row.words.lower(), at + len(row.prefix) - 1) if at >= 0 else -1
        return (hit, hit + len(row.words)) if hit >= 0 else None
    needle = row.prefix + row.words
    at = flat.find(needle)
    if at < 0 and len(row.prefix) > 60:
        needle = row.prefix[-60:] + row.words
        at = flat.find(needle)
    if at < 0:
        return None
    start = at + len(needle) - len(row.words)
    return start, start + len(row.words)


def judge_now(root: Path, rows: list[Row], jobs: int) -> None:
    from plainlint.config import ConfigResolver
    from plainlint.display import SEVERITY_RANK, DisplayOptions
    from plainlint.runner import collect, RunOptions, run_targets

    by_file: dict = {}
    for row in rows:
        by_file.setdefault(root / row.set / row.file, []).append(row)
    paths = [p for p in by_file if p.is_file()]
    floor = SEVERITY_RANK[DisplayOptions.for_format("text").min_severity]
    results = run_targets(collect([str(p) for p in paths]), ConfigResolver(isolated=True),
                          RunOptions(keep_text=True, jobs=jobs))
    for r in results:
        mine = by_file.get(Path(r.path), [])
        if r.error or not r.text:
            for row in mine:
                row.status = "error"
            continue
        # the default view lists every finding at or above its lowest severity (a repeat is
        # folded into the first as another place, still shown)
        shown = {id(f) for f in r.findings if SEVERITY_RANK[f.severity] >= floor}
        plain = [f for f in r.findings if f.category == FAMILY and not f.document_level]
        for row in mine:
            span = _place(r.text, row)
            if span is None:
                row.status = "unplaced"
                continue
            s, e = span
            near = [f for f in plain if f.start < e and f.end > s]
            if not near:
                row.status = "gone"
                continue
            near.sort(key=lambda f: (id(f) not in shown, (f.start, f.end) != (s, e), f.rule != row.rule))
            f = near[0]
            row.now_words = r.text[f.start:f.end].replace("\n", " ")
            row.now_fix = " | ".join(f.suggestions[:3]) if f.suggestions else ""
            row.now_severity = f.severity
            if id(f) not in shown:
                row.status = "hidden"
            elif (f.start, f.end) == (s, e) and row.now_fix == row.fix:
                row.status = "shown"
            else:
                row.status = "changed"
    for row in rows:
        if not row.status:
            row.status = "missing"


def _tally(rows: list[Row]) -> str:
    c = Counter(v for r in rows for v in r.verdicts)
    n = sum(c[v] for v in "UPW")
    if not n:
        return "no readings"
    return (f"{len(rows)} rows, {n} readings: U {c['U']} ({100 * c['U'] / n:.0f}%), P {c['P']}, "
            f"W {c['W']} (not wrong {100 * (n - c['W']) / n:.1f}%)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root", nargs="?", default=str(DEFAULT_ROOT))
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--list", default="", help="letters: list the rows still shown with any of these verdicts")
    ap.add_argument("--hidden", action="store_true", help="list the hidden rows judged S")
    ap.add_argument("--all", action="store_true", help="list every row")
    ap.add_argument("--json", help="write the rows (no page text) to this file")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    root = Path(args.root)
    if not root.is_dir():
        print(f"skipped: {root} is absent")
        return 0
    sets = [s for s in args.sets.split(",") if (root / s / "judge").is_dir()]
    rows = [row for s in sets for row in parse_set(root, s)]
    if not rows:
        print(f"skipped: no judged plain-words findings under {root}")
        return 0
    judge_now(root, rows, args.jobs)
    shown_rows = [r for r in rows if r.kind == "shown"]
    still = [r for r in shown_rows if r.status in ("shown", "changed")]
    print("set  rows shown changed hidden gone other | readings of the rows still shown")
    for s in sets + ["all"]:
        part = [r for r in shown_rows if s == "all" or r.set == s]
        st = Counter(r.status for r in part)
        other = len(part) - sum(st[k] for k in ("shown", "changed", "hidden", "gone"))
        print(f"{s:4} {len(part):4} {st['shown']:5} {st['changed']:7} {st['hidden']:6} {st['gone']:4} {other:5} | "
              + _tally([r for r in part if r.status in ("shown", "changed")]))
    print("all, unchanged rows only (same words and swap): " + _tally([r for r in shown_rows if r.status == "shown"]))
    print("as judged (every row, the code of then): " + _tally(shown_rows))
    hid = [r for r in rows if r.kind == "hidden"]
    hs = [r for r in hid if "S" in r.verdicts]
    print(f"hidden rows: {len(hid)}, judged S {len(hs)}; of those now "
          + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.status for r in hs).items())))
    want = set(args.list.upper())
    listed = [r for r in rows if args.all
              or (want and r in still and want & set(r.verdicts))
              or (args.hidden and r in hs)]
    for r in listed:
        print(f"\n{r.set} {r.id} {r.file}:{r.line} {r.rule} [{r.words}] fix [{r.fix}] "
              f"-> {r.status} {r.now_severity} [{r.now_words}] fix [{r.now_fix}]  {'/'.join(r.verdicts)}")
        for reason in r.reasons:
            print(f"    {reason[:400]}")
    if args.json:
        out = []
        for r in rows:
            d = asdict(r)
            d.pop("prefix")
            out.append(d)
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
