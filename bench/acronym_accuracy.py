#!/usr/bin/env python3
"""How many real abbreviation definitions plainlint recognises, beside Schwartz and Hearst.

    python bench/acronym_accuracy.py [--text-only] [--misses] [--split tuning|held|all]

The labelled set is ``bench/acronym-definitions.jsonl``: one definition a line, each labelled
by hand with its short form, its long form (one or more acceptable spans, the first the
usual one), its shape and its source. Rows from public web pages carry the quoted sentence
and its address; rows from the UK papers in ``../shared/corpus/real`` carry only the file
name (the corpus is for measurement only: its text is read from ../shared at run time and
never copied here; those rows are skipped where ../shared is absent).

A definition counts as recognised when plainlint's survey of the whole document (the
sentence, for a web row; a web row marked ``glossary`` is read as the one entry under a
"Glossary" heading, and one with ``"format": "markdown"`` as a line of a Markdown file) records a definition of that short form whose words are one of the
labelled long forms, compared in lower case with hyphens, quotes and a leading "the" set
aside.

The comparison is Schwartz and Hearst's algorithm ("A simple algorithm for identifying
abbreviation definitions in biomedical text", PSB 2003) written out below from the paper,
run on the same text: every pair of brackets in a sentence, the short form inside them
(or, when the brackets hold more than two words, the word before them) and the long form
found by matching the short form's letters backwards.

The split is fixed before any tuning: a row is held aside when the first byte of the SHA-1
of its id is below 77 (about 30%). The script prints the tuning part, the held-aside part
and both. Work on the detector looks only at misses from the tuning part (``--misses``
prints only those unless ``--split held`` is asked for, which is for the final report).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT / "bench" / "acronym-definitions.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def held_aside(row_id: str) -> bool:
    return hashlib.sha1(row_id.encode()).digest()[0] < 77


def norm(text: str) -> str:
    t = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower()
    t = re.sub(r"[-–—/]", " ", t)
    t = re.sub(r"[^\w&' ]", " ", t)
    t = " ".join(t.replace("'", "").split())
    return t[4:] if t.startswith("the ") else t


def short_key(short: str) -> str:
    s = short
    if len(s) > 2 and s.endswith("s") and (s[-2].isupper() or s[-2].isdigit()):
        s = s[:-1]
    return s.upper()


# ---------------------------------------------------------------------------------------
# Schwartz and Hearst (2003)

_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def _best_long_form(short: str, long: str):
    s_index = len(short) - 1
    l_index = len(long) - 1
    while s_index >= 0:
        c = short[s_index].lower()
        if not c.isalnum():
            s_index -= 1
            continue
        while (l_index >= 0 and long[l_index].lower() != c) or (
                s_index == 0 and l_index > 0 and long[l_index - 1].isalnum()):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    l_index = long.rfind(" ", 0, l_index + 1) + 1
    return long[l_index:]


def _valid_short(short: str) -> bool:
    return (2 <= len(short) <= 10 and any(c.isalpha() for c in short) and short[0].isalnum()
            and len(short.split()) <= 2)


def _pair(short: str, long: str):
    short = short.strip()
    long = long.strip()
    if not _valid_short(short):
        return None
    words = long.split()
    limit = min(len(short) + 5, len(short) * 2)
    long = " ".join(words[-limit:])
    best = _best_long_form(short, long)
    if best is None:
        return None
    if len(best) <= len(short) or short.lower() in best.lower().split():
        return None
    return short, best


def schwartz_hearst_pairs(text: str):
    """Every (short form, long form) the algorithm finds in ``text``."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        for sent in _SENT.split(para):
            pos = 0
            while True:
                o = sent.find("(", pos)
                if o < 0:
                    break
                c = sent.find(")", o)
                if c < 0:
                    break
                inside = sent[o + 1:c]
                for sep in (";", ","):
                    if sep in inside:
                        inside = inside[:inside.index(sep)]
                before = sent[:o]
                if len(inside.split()) > 2:  # "SF (long form)"
                    bw = before.split()
                    if bw:
                        p = _pair(bw[-1].strip("\"'“”‘’"), inside)
                        if p:
                            out.append(p)
                else:
                    p = _pair(inside.strip("\"'“”‘’"), before)
                    if p:
                        out.append(p)
                pos = c + 1
    return out


# ---------------------------------------------------------------------------------------
# plainlint


def _plainlint_defs(data: bytes, name: str, fmt=None) -> dict:
    from plainlint.analysis import analyse
    from plainlint.checks.acronyms import survey
    from plainlint.config import Config
    from plainlint.extract import extract

    cfg = Config()
    doc = extract(data, name, cfg.extract_options(), fmt=fmt)
    s = survey(analyse(doc, model=cfg.model))
    out = defaultdict(list)
    for key, defs in s.definitions.items():
        for d in defs:
            out[key.upper()].append(d.expansion)
    return out, doc.text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--text-only", action="store_true", help="only the rows quoted from public pages (fast)")
    ap.add_argument("--misses", action="store_true", help="list the rows plainlint misses")
    ap.add_argument("--split", choices=["tuning", "held", "all"], default="tuning",
                    help="which part --misses lists (default: tuning)")
    args = ap.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_source = defaultdict(list)
    skipped = 0
    for r in rows:
        if r["source"].startswith("corpus:"):
            if args.text_only or not CORPUS.is_dir():
                skipped += 1
                continue
            by_source[r["source"]].append(r)
        else:
            by_source[(r["source"], r["text"], bool(r.get("glossary")), r.get("format", "text"))].append(r)
    results = []  # (row, plainlint ok, SH ok)
    t0 = time.perf_counter()
    for src, group in by_source.items():
        if isinstance(src, str):
            path = CORPUS / src[len("corpus:"):]
            defs, text = _plainlint_defs(path.read_bytes(), str(path))
        else:
            _url, sentence, glossary, fmt = src
            if glossary:
                defs, text = _plainlint_defs(f"# Glossary\n\n{sentence}\n".encode(), "row.md", fmt="markdown")
            elif fmt == "markdown":  # a line of a Markdown file, read as Markdown: "Service \\(ABC\\)"
                defs, text = _plainlint_defs(sentence.encode(), "row.md", fmt="markdown")
            else:
                defs, text = _plainlint_defs(sentence.encode(), "row.txt", fmt="text")
        sh = defaultdict(list)
        for short, long in schwartz_hearst_pairs(text):
            sh[short_key(short)].append(long)
        for r in group:
            key = short_key(r["short"])
            want = {norm(x) for x in r["long"]}
            pl_ok = any(norm(e) in want for e in defs.get(key, []))
            sh_ok = any(norm(e) in want for e in sh.get(key, []))
            results.append((r, pl_ok, sh_ok, defs.get(key, []), sh.get(key, [])))
    took = time.perf_counter() - t0

    def share(part):
        n = len(part)
        if not n:
            return "   -   ", "   -   ", 0
        p = sum(1 for x in part if x[1])
        s = sum(1 for x in part if x[2])
        return f"{p}/{n} {100 * p / n:5.1f}%", f"{s}/{n} {100 * s / n:5.1f}%", n

    print(f"labelled definitions: {len(rows)} ({skipped} corpus rows skipped)" if skipped else
          f"labelled definitions: {len(rows)}")
    print(f"{'part':<22} {'plainlint':>16} {'Schwartz-Hearst':>18}")
    tuning = [x for x in results if not held_aside(x[0]["id"])]
    held = [x for x in results if held_aside(x[0]["id"])]
    for label, part in (("tuning", tuning), ("held aside", held), ("all", results)):
        p, s, _n = share(part)
        print(f"{label:<22} {p:>16} {s:>18}")
    brackets = [x for x in results if "(" in x[0].get("form", "") and not x[0].get("form", "").startswith("glossary")]
    p, s, _n = share(brackets)
    print(f"{'brackets only (all)':<22} {p:>16} {s:>18}")
    print("\nby shape (all rows):")
    shapes = defaultdict(list)
    for x in results:
        shapes[x[0]["shape"]].append(x)
    for shape, part in sorted(shapes.items(), key=lambda kv: -len(kv[1])):
        p, s, _n = share(part)
        print(f"  {shape:<20} {p:>16} {s:>18}")
    print(f"\n({took:.1f} s)")
    if args.misses:
        part = {"tuning": tuning, "held": held, "all": results}[args.split]
        print(f"\nplainlint misses ({args.split}):")
        for r, ok, sh_ok, got, _sh_got in part:
            if not ok:
                print(f"  {r['id']} {r['short']!r} want {r['long'][0]!r} [{r['shape']}; SH {'ok' if sh_ok else 'miss'}] "
                      f"got {got[:3]} src {r['source'][:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
