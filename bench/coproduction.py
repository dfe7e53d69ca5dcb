#!/usr/bin/env python3
"""How well the co-production rules judge real sentences.

    python bench/coproduction.py              # the table: tuning part, part kept aside, whole set
    python bench/coproduction.py --show tune  # the rows of the tuning part the rules get wrong
    python bench/coproduction.py --cost [--base ../main] [--pairs 7]   # the 1 MB cost
    python bench/coproduction.py --corpus [-o FILE]  # every finding on ../shared/corpus/real
    python bench/coproduction.py --file PATH [--show-file]  # any file of rows labelled by the rubric
    python bench/coproduction.py --loose-measure  # the facts of a broad loose tie, tuning rows only
    python bench/coproduction.py --loose-why  # the same, and why each miss has no claim the Reader keeps

Reads ``../shared/data/coproduction-sentences.jsonl`` (454 labelled real sentences; see its
``.md`` for the rubric) and ``bench/coproduction-extra.jsonl`` (positives we found with the
stored-page search, labelled by the same rubric, each with its source). It skips cleanly
(exit 0, one line) where ``../shared`` is absent.

The split is fixed: within each label the row ids are sorted, shuffled with
``random.Random(SEED)`` and the first 60% (rounded) form the tuning part; the other 40% are
kept aside and were never read while the rules were tuned. ``--show`` refuses the part kept
aside. The extra rows have their own split, 60% to tuning drawn row by row from the row's id
(seed ``EXTRA_SEED``, so rows added later never move the others): ``--show extra`` lists the
wrong rows of their tuning part only, and the table reports both parts.
``bench/coproduction-fresh.jsonl`` (30 more real rows, issue 16's fourth round, labelled by the
same rubric and committed before the rules were changed) is kept aside whole: it has no tuning
part, ``--show`` refuses it, and ``--tune-only`` leaves it out; the full run prints it as its own
table. ``bench/coproduction-tune2.jsonl`` (61 more real rows gathered with the stored-page
search in issue 16's fifth round, from pages none of the other sets quote, labelled by the same
rubric, each with its source) is tuning material whole: ``--show tune2`` lists the rows the rules
get wrong and ``--tune2-only`` scores it alone. It was scored once before any rule change made
for it (docs/co-production.md gives that figure).

``--file PATH`` scores any JSON-lines file of rows labelled by the same rubric (``id``,
``label``, ``text``, optional ``before`` and ``after``) and prints only the aggregate table, never
a row: it is how a set kept aside whole (such as the sixth round's held3) is scored without
being read. ``--show-file`` also lists the rows the rules get wrong; use it only on tuning
material (it refuses a file whose name says it is held or kept aside).
``bench/coproduction-held3.jsonl`` is that held3 (52 real rows by the same reader, the even ids;
13 claim-lower-rung): kept aside whole, scored only in aggregate with ``--file``. The sixth
session's figure: 0/13 claims found at its start (521afb9) and at its end (aaaefb5), no warning
on its 32 negatives, while tune3 (the odd ids) went from 3/18 to 10/18.
``bench/coproduction-held4.jsonl`` (the seventh round: 91 rows by two more separate readers, their
rows numbered a multiple of 3; 19 claim-lower-rung) is kept aside whole the same way, scored only
in aggregate; its other rows are ``bench/coproduction-tune4.jsonl``. The seventh session's figure
(main af42cf6 at its start, 780b5c9 at its end): 7/19 claims found, before and after, no warning
on its 60 negatives.
``bench/coproduction-tune5.jsonl`` and ``bench/coproduction-held5.jsonl`` (the ninth session: 200
real rows gathered with the stored-page search from 156 pages none of the other sets quote, labelled
by the same rubric by a reader who never saw the code, each with its source; odd ids to tune5, even
ids to held5). held5 is kept aside whole and scored only in aggregate with ``--file``. Both were
scored once before any rule change made for them, at e15fc7a: claims found 1/5 (tune5) and 1/5
(held5), no warning on their 77 and 82 negatives.
``bench/coproduction-tune6.jsonl`` and ``bench/coproduction-held6.jsonl`` (the fourteenth session: 159
real rows from 135 pages none of the other sets quote, gathered with the stored-page search and labelled by
the same rubric by a reader who never saw the code, each with its source; odd ids to tune6, even ids to
held6). held6 is kept aside whole and scored only in aggregate with ``--file``. Both were scored once
before any rule change made for them, at bb7b0a2: claims found 0/6 (tune6) and 0/7 (held6); warnings on
negatives 0/62 (tune6) and 1/52 (held6, an honest-consultation row).
``bench/coproduction-tune7.jsonl`` (the sixteenth session: 25 real rows from 14 pages, gathered with the
stored-page search and labelled by the same rubric, each with its source; 3 claim-lower-rung) is tuning
material whole, scored with ``--file ... --show-file``: at 4de5604, before any change made for it, 0/3
claims found and no finding on its 19 negatives.
RETIRED as measures (the twentieth session, cop5): held3, held4, held5 and held6, each measured in
aggregate and reported (last at that session's start: held3 0/13, held4 7/19, held5 1/5, held6 0/7
claims found), are training rows of the trained reader from then on (``bench/train_coproduction.py``):
a figure on them is a tuning figure, not a held one. ``--show-file`` still refuses them by name.
``bench/coproduction-tune8.jsonl`` (the twentieth session: 34 real rows from 26 pages none of the other
sets quote, gathered with the stored-page search and labelled by the same rubric, each with its source;
1 claim-lower-rung) is tuning and training material whole.
``bench/coproduction-tune9.jsonl`` (the twenty-first session, cop8: 10 real rows from 6 UK pages none of the
other sets quote, labelled by the same rubric, each with its source and a note; no claim-lower-rung row)
is measurement material whole, scored with ``--file ... --show-file``; never trained on.
``bench/coproduction-tune3.jsonl`` (issue 16's sixth round: real sentences gathered and labelled
by a separate reader who never saw the code) is tuning material whole, scored once before any
change made for it: ``--show tune3`` lists the rows the rules get wrong, ``--tune-only`` scores it.

``--cost`` times ``plainlint check`` on the 1 MB text of ``bench/core.py`` pair by pair (the
runs alternate, and the ratio is taken within each pair, because the shared machine's speed
drifts): this checkout with every rule against this checkout with the two co-production rules
ignored (what the check costs), and, given ``--base`` (another checkout, such as main before
this change), this checkout against that one.

Each row is checked as a small document: the sentence before, the row's sentence and the
sentence after, as one paragraph (a neighbour with no full stop, a heading or a list item
on its page, goes in a block of its own). A finding counts for the row only where it lies
on the row's sentence.

``consultation-as-co-production``: claim-lower-rung rows are the positives (an error, a
warning or a suggestion counts as found; the table's "warning" column counts errors too: the
rule's firm ties are errors on the severity scale); shared-power, definition, honest-consultation and aspiration
rows are the negatives, and their warnings are counted against the 3% goal. Ambiguous rows
have no expectation and are listed for information only.
``co-production-unevidenced`` (each row as a whole document): the goal is no warning on
aspiration or definition rows; its findings on the other labels are listed too.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "coproduction-sentences.jsonl"
EXTRA = ROOT / "bench" / "coproduction-extra.jsonl"
FRESH = ROOT / "bench" / "coproduction-fresh.jsonl"  # kept aside whole (never shown while tuning)
TUNE2 = ROOT / "bench" / "coproduction-tune2.jsonl"  # tuning material whole (issue 16, fifth round)
TUNE3 = ROOT / "bench" / "coproduction-tune3.jsonl"  # tuning material whole (issue 16, sixth round)
SEED = 16  # the split's seed: never change it after tuning has started
EXTRA_SEED = "extra-16"  # the extra rows' own split (same shares): never change it either
TUNE_SHARE = 0.6
LABELS = ["claim-lower-rung", "shared-power", "definition", "honest-consultation", "aspiration", "ambiguous"]
NEGATIVES = ["shared-power", "definition", "honest-consultation", "aspiration"]
CAC = "consultation-as-co-production"
UNEV = "co-production-unevidenced"
TERMINAL = (".", "!", "?", ":", ";", '"', "”", "’", "'", ")")
TRAINED_READER = False  # --trained-reader: the rule's option of that name, for this run


def with_reader(cfg):
    """The configuration with the rule's trained reader on where --trained-reader asks."""
    if TRAINED_READER:
        cfg.rule_options.setdefault(CAC, {})["trained-reader"] = True
    return cfg


def split(rows: list[dict], seed=SEED) -> dict[str, str]:
    """row id -> 'tune' or 'held', stratified by label, fixed by the seed."""
    part = {}
    by_label: dict[str, list[str]] = {}
    for r in rows:
        by_label.setdefault(r["label"], []).append(r["id"])
    for label in sorted(by_label):
        ids = sorted(by_label[label])
        random.Random(f"{seed}:{label}").shuffle(ids)
        cut = round(len(ids) * TUNE_SHARE)
        for i, rid in enumerate(ids):
            part[rid] = "tune" if i < cut else "held"
    return part


def split_extra(rows: list[dict]) -> dict[str, str]:
    """row id -> 'tune' or 'held' for the extra rows: each row's part is drawn from its own id
    (``random.Random(f"{EXTRA_SEED}:{id}")``), so rows added later never move the others."""
    return {r["id"]: "tune" if random.Random(f"{EXTRA_SEED}:{r['id']}").random() < TUNE_SHARE else "held"
            for r in rows}


def as_document(row: dict) -> tuple[str, int, int]:
    """(text, start, end of the row's sentence): neighbours in the same paragraph where they
    read as sentences, in a block of their own where they do not."""
    out = ""
    start = end = 0
    pieces = [("before", row.get("before")), ("text", row["text"]), ("after", row.get("after"))]
    prev_open = False  # the previous piece ended without sentence punctuation
    for name, t in pieces:
        if not t:
            continue
        t = " ".join(t.split())
        if out:
            sentence_like = t.rstrip().endswith(TERMINAL)
            if prev_open or (name != "text" and not sentence_like):
                out += "\n\n"
            else:
                out += " "
        if name == "text":
            start = len(out)
            end = start + len(t)
        out += t
        prev_open = not t.rstrip().endswith(TERMINAL)
    return out + "\n", start, end


def judge(rows, config_for):
    from plainlint.api import check_text

    cfg = config_for()
    out = {}
    for r in rows:
        text, s, e = as_document(r)
        res = check_text(text, cfg, name="row.txt")
        if res.error:
            raise SystemExit(f"{r['id']}: {res.error}")
        got = {CAC: None, UNEV: None}
        for f in res.findings:
            if f.rule not in got or not (s <= f.start < e or (f.start < s < f.end)):
                continue
            # an error is a firm finding too (issue 17's scale puts a firm tie at error)
            sev = "warning" if f.severity == "error" else f.severity
            if got[f.rule] != "warning":
                got[f.rule] = sev
        out[r["id"]] = got
    return out


def table(rows, results, title):
    lines = [f"\n{title} ({len(rows)} rows)", "",
             f"| label | rows | {CAC}: warning | suggestion | {UNEV}: warning | suggestion |",
             "|---|---|---|---|---|---|"]
    for label in LABELS:
        rs = [r for r in rows if r["label"] == label]
        if not rs:
            continue
        c = Counter(results[r["id"]][CAC] for r in rs)
        u = Counter(results[r["id"]][UNEV] for r in rs)
        lines.append(f"| {label} | {len(rs)} | {c['warning']} | {c['suggestion']} | {u['warning']} | {u['suggestion']} |")
    pos = [r for r in rows if r["label"] == "claim-lower-rung"]
    neg = [r for r in rows if r["label"] in NEGATIVES]
    tp = sum(1 for r in pos if results[r["id"]][CAC])
    tpw = sum(1 for r in pos if results[r["id"]][CAC] == "warning")
    fp = sum(1 for r in neg if results[r["id"]][CAC])
    fpw = sum(1 for r in neg if results[r["id"]][CAC] == "warning")

    def ratio(a, b):
        return f"{a / b:.2f}" if b else "n/a"

    lines += ["",
              f"{CAC}: recall on claim-lower-rung {ratio(tp, len(pos))} ({tp}/{len(pos)}; warnings only "
              f"{ratio(tpw, len(pos))}); precision against the four negative labels {ratio(tp, tp + fp)} "
              f"(warnings only {ratio(tpw, tpw + fpw)}); warnings on negatives {fpw}/{len(neg)} = "
              f"{100 * fpw / max(1, len(neg)):.1f}% (goal at most 3%).",
              ]
    for label in NEGATIVES:
        rs = [r for r in rows if r["label"] == label]
        w = sum(1 for r in rs if results[r["id"]][CAC] == "warning")
        if rs:
            lines.append(f"  warnings on {label}: {w}/{len(rs)} = {100 * w / len(rs):.1f}%")
    uw = sum(1 for r in rows if r["label"] in ("aspiration", "definition") and results[r["id"]][UNEV] == "warning")
    upos = sum(1 for r in pos if results[r["id"]][UNEV])
    lines.append(f"{UNEV}: warnings on aspiration and definition rows {uw} (goal 0); "
                 f"claim-lower-rung rows it flags {upos}/{len(pos)}.")
    return "\n".join(lines)


def in_process(big: str, reps: int) -> tuple[float, float]:
    """(median seconds of the co-production check's own run on the analysed 1 MB text, median
    seconds of analysing it and running every rule), timed in this process with the garbage
    collector set as the command line sets it."""
    import statistics
    import time

    sys.path.insert(0, str(ROOT / "src"))
    from plainlint.analysis import analyse
    from plainlint.api import get_engine
    from plainlint.checks.coproduction import CoproductionCheck
    from plainlint.config import Config
    from plainlint.extract import extract

    import gc

    cfg = Config()
    engine = get_engine(cfg)
    data = Path(big).read_bytes()
    # the garbage collector as the command line sets it (runner._warm_up): the pipeline frozen
    # out of its sight, young objects looked at less often; at the default thresholds the
    # collector's walks over the analysis land on whichever step happens to be running
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    own, whole = [], []
    for _ in range(reps):
        t = time.perf_counter()
        doc = extract(data, big, cfg.extract_options(), fmt="text")
        analysed = analyse(doc, model=cfg.model)
        engine.run(analysed)
        whole.append(time.perf_counter() - t)
        for check in engine.checks:
            if isinstance(check, CoproductionCheck):
                analysed.coproduction = None  # the reading is kept on the analysis: time it from scratch
                t = time.perf_counter()
                check.run(analysed)
                own.append(time.perf_counter() - t)
    return statistics.median(own), statistics.median(whole)


def cost(base: str | None, pairs: int) -> int:
    import os
    import statistics
    import subprocess
    import time

    sys.path.insert(0, str(ROOT / "bench"))
    from core import make_big_text

    big = str(make_big_text())

    def run(src, extra=()):
        env = dict(os.environ, PYTHONPATH=str(src))
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "plainlint", "check", "--isolated", "--no-cache", "-q", *extra, big],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - t

    here = ROOT / "src"
    without = ["--ignore", f"{CAC},{UNEV}"]
    run(here)  # warm the file cache
    rows = [("all rules / without the two co-production rules", lambda: run(here), lambda: run(here, without))]
    if base:
        rows.append((f"this checkout / {base}", lambda: run(here), lambda: run(Path(base).resolve() / "src")))
    print(f"1 MB text ({big}), {pairs} pairs, median of each and median of the pairwise ratios")
    inproc = in_process(big, pairs)
    print(f"  in one process (the machine's drift cancels out): the check's own run "
          f"{inproc[0]:.2f} s against the whole check (analysis and every rule) {inproc[1]:.2f} s, "
          f"{100 * inproc[0] / inproc[1]:.1f}% (medians of {pairs})")
    for name, a, b in rows:
        ta, tb, ratios = [], [], []
        for _ in range(pairs):
            x, y = a(), b()
            ta.append(x)
            tb.append(y)
            ratios.append(x / y)
        print(f"  {name}: {statistics.median(ta):.2f} s / {statistics.median(tb):.2f} s, "
              f"ratio {statistics.median(ratios):.3f} (pairs {min(ratios):.3f}..{max(ratios):.3f})")
    return 0


def corpus(out: str | None) -> int:
    """Every finding of the two rules on ../shared/corpus/real, with its sentence (clipped),
    as JSON lines (to judge by hand, before and after a change)."""
    folder = ROOT.parent / "shared" / "corpus" / "real"
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from plainlint.api import lint_file
    from plainlint.config import Config

    cfg = Config(select=[CAC, UNEV])
    lines = []
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        res = lint_file(str(path), cfg, keep_text=True)
        if res.error:
            print(f"{path.name}: {res.error['message']}", file=sys.stderr)
            continue
        text = res.text or ""
        for f in res.findings:
            # the words around the finding, clipped (PDF text often has no full stops)
            a = max(text.rfind(".", max(0, f.start - 200), f.start) + 1, f.start - 200, 0)
            b = text.find(".", f.end, f.end + 200)
            b = b + 1 if b >= 0 else min(len(text), f.end + 200)
            sentence = " ".join(text[a:b].split())
            lines.append(json.dumps({"file": path.name, "rule": f.rule, "severity": f.severity,
                                     "claim": " ".join(text[f.start:f.end].split()), "sentence": sentence,
                                     "message": f.message}, ensure_ascii=False))
    body = "\n".join(lines) + ("\n" if lines else "")
    if out:
        Path(out).write_text(body, encoding="utf-8")
    else:
        sys.stdout.write(body)
    print(f"{len(lines)} findings", file=sys.stderr)
    return 0


def loose_facts(row: dict, config) -> dict:
    """Issue 16, eleventh round: the three facts of a broad loose tie, for one row, from the
    rule's own reading (``Reader``) of the row as a document: (a) a claim of done work in the
    row's sentence (a claim the reader keeps, so not an aim, a definition, a name or a heading;
    'done' when it is in a past or perfect form, or a claim in other words such as 'designed
    with'), (b) any activity on a lower rung (informing, consulting, engaging) anywhere in the
    row's paragraph, (c) no sign of people's power anywhere in it."""
    from plainlint.analysis import analyse
    from plainlint.checks.coproduction import reader
    from plainlint.extract import extract

    text, s, e = as_document(row)
    an = analyse(extract(text.encode("utf-8"), "row.txt"))
    r = reader(an, config)
    scans = [sc for sc in r.sentences if an.sentences[sc.index].start < e and an.sentences[sc.index].end > s]
    a = done = False
    for sc in scans:
        if sc.principle:
            continue
        for c in sc.claims + sc.weak_claims:
            if r.is_aim(sc, c):
                continue
            a = True
            done = done or c in sc.weak_claims or r.is_done(sc, c)
    b = any(sc.low or sc.mid for sc in r.sentences)
    c = not any(r.power(sc) for sc in r.sentences)
    return {"a": a, "a-done": done, "b": b, "c": c}


def claim_reading(row: dict, config) -> list[str]:
    """Why the Reader keeps no claim in a row's sentence (issue 16, fourteenth round): each
    claim word it sees there, kept or set aside and by which step (its verdict: 'no' for a name,
    a quotation, a topic or a heading; 'principle' for a definition; an aim), or that it sees
    none. Lines of text, for the tuning rows only."""
    from plainlint.analysis import analyse
    from plainlint.checks.coproduction import reader
    from plainlint.extract import extract

    text, s, e = as_document(row)
    an = analyse(extract(text.encode("utf-8"), "row.txt"))
    r = reader(an, config)
    out = []
    for sc in r.sentences:
        if not (an.sentences[sc.index].start < e and an.sentences[sc.index].end > s):
            continue
        kind = an.blocks[sc.block].kind
        seen = [h for h in sc.hits if h.tag.kind in ("claim", "weak-claim")] + [
            c for c in sc.weak_claims if c not in sc.hits]
        if not seen:
            out.append(f"  [{kind}] no claim word the Reader knows")
        for c in seen:
            words = " ".join(r._words(sc, c.start, c.end))
            if c in sc.claims or c in sc.weak_claims:
                why = "kept" + (" (read as an aim)" if r.is_aim(sc, c) else "")
            elif sc.principle:
                why = "set aside: the sentence is read as a definition or principle"
            elif c.tag.kind == "claim":
                why = f"set aside: verdict '{r._claim_verdict(sc, c)}'" + (" in a heading" if kind == "heading" else "")
            else:
                why = "set aside: a claim in other words not taken" + (" in a heading" if kind == "heading" else "")
            out.append(f"  [{kind}] '{words}': {why}")
    return out or ["  no word of the ladder in the sentence at all (no claim the Reader knows)"]


def loose_measure(sets: dict, config_for, why: bool = False) -> int:
    """For every claim-lower-rung row the rule misses and every negative row of the TUNING sets
    only: how many have a, a+b, a+b+c (and the same with a claim of done work). Prints counts,
    never a row."""
    from plainlint.config import Config

    cfg = Config()
    keys = ["a", "a+b", "a+b+c", "done+b+c"]
    total = {"found": 0, "miss": Counter(), "neg": Counter(), "neg already": 0, "n miss": 0, "n neg": 0}
    print("| set | claims found | misses | misses a / a+b / a+b+c / done+b+c | negatives | negatives a / a+b / a+b+c / done+b+c |")
    print("|---|---|---|---|---|---|")
    for name, rows in sets.items():
        res = judge(rows, config_for)
        found = miss = neg = 0
        cm, cn = Counter(), Counter()
        for row in rows:
            lab = row["label"]
            if lab == "claim-lower-rung" and res[row["id"]][CAC]:
                found += 1
                continue
            if lab != "claim-lower-rung" and lab not in NEGATIVES:
                continue
            f = loose_facts(row, cfg)
            if why and lab == "claim-lower-rung" and not f["a"]:
                print(f"--- {name} {row['id']}: {row['text']}")
                print("\n".join(claim_reading(row, cfg)))
            got = {"a": f["a"], "a+b": f["a"] and f["b"], "a+b+c": f["a"] and f["b"] and f["c"],
                   "done+b+c": f["a-done"] and f["b"] and f["c"]}
            if lab == "claim-lower-rung":
                miss += 1
                cm.update(k for k in keys if got[k])
            else:
                neg += 1
                cn.update(k for k in keys if got[k])
                if got["a+b+c"] and res[row["id"]][CAC]:
                    total["neg already"] += 1
        print(f"| {name} | {found} | {miss} | {' / '.join(str(cm[k]) for k in keys)} | {neg} | "
              f"{' / '.join(str(cn[k]) for k in keys)} |")
        total["found"] += found
        total["n miss"] += miss
        total["n neg"] += neg
        total["miss"].update(cm)
        total["neg"].update(cn)
    print(f"| all | {total['found']} | {total['n miss']} | {' / '.join(str(total['miss'][k]) for k in keys)} | "
          f"{total['n neg']} | {' / '.join(str(total['neg'][k]) for k in keys)} |")
    print(f"(negatives with a+b+c that the rule already flags: {total['neg already']})")
    return 0


def read_rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def wrong_rows(rows, res) -> list[str]:
    """The rows the rules get wrong (and ambiguous rows the rule fires on), each as text."""
    out = []
    for r in rows:
        got = res[r["id"]]
        bad = ((r["label"] == "claim-lower-rung" and not got[CAC])
               or (r["label"] in NEGATIVES and got[CAC] == "warning")
               or (r["label"] in ("aspiration", "definition") and got[UNEV] == "warning"))
        if bad or r["label"] == "ambiguous" and got[CAC]:
            out.append(f"--- {r['id']} {r['label']} cac={got[CAC]} unev={got[UNEV]}\n{as_document(r)[0]}"
                       f"note: {r.get('note', '')}")
    return out


def score_file(path: str, show: bool, config_for) -> int:
    """The aggregate table for any file of labelled rows; its rows only with ``show``."""
    p = Path(path)
    if show and any(w in p.name.lower() for w in ("held", "aside")):
        print(f"{path}: refused: a file kept aside is scored in aggregate only", file=sys.stderr)
        return 2
    if not p.is_file():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    try:
        rows = read_rows(p)
    except (ValueError, UnicodeDecodeError) as e:
        print(f"{path}: not JSON lines ({e})", file=sys.stderr)
        return 2
    rows = [r for r in rows if isinstance(r, dict) and r.get("label") in LABELS and r.get("text")]
    for i, r in enumerate(rows):
        r.setdefault("id", f"row-{i + 1}")
    res = judge(rows, config_for)
    print(table(rows, res, f"{p.name}" + ("" if show else " (aggregate only)")))
    if show:
        print("\n".join(wrong_rows(rows, res)))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tune-only", action="store_true",
                    help="score the tuning part only (what to run while tuning)")
    ap.add_argument("--show", choices=["tune", "extra", "tune2", "tune3"],
                    help="list the rows of this part the rules get wrong")
    ap.add_argument("--tune2-only", action="store_true", help=f"score {TUNE2.name} alone")
    ap.add_argument("--file", help="score this file of labelled rows (the aggregate table only)")
    ap.add_argument("--show-file", action="store_true",
                    help="with --file: list its wrong rows too (tuning material only)")
    ap.add_argument("--cost", action="store_true", help="time the check on the 1 MB text (see above)")
    ap.add_argument("--base", help="with --cost: another checkout to compare with, side by side")
    ap.add_argument("--pairs", type=int, default=7)
    ap.add_argument("--corpus", action="store_true", help="list every finding on ../shared/corpus/real")
    ap.add_argument("--trained-reader", action="store_true",
                    help="turn on the rule's trained reader (learned.py; off by default) for this run")
    ap.add_argument("-o", "--output", help="with --corpus: write the JSON lines here")
    ap.add_argument("--loose-measure", action="store_true",
                    help="count the facts of a broad loose tie on the tuning rows' misses and negatives")
    ap.add_argument("--loose-why", action="store_true",
                    help="with the measure, list each tuning miss that has no kept claim and why (tuning rows only)")
    args = ap.parse_args(argv)
    global TRAINED_READER
    TRAINED_READER = args.trained_reader
    if args.corpus:
        return corpus(args.output)
    if args.cost:
        return cost(args.base, args.pairs)
    if args.show_file and not args.file:
        ap.error("--show-file needs --file")
    if args.file:
        sys.path.insert(0, str(ROOT / "src"))
        from plainlint.config import Config

        return score_file(args.file, args.show_file, lambda: with_reader(Config(select=[CAC, UNEV])))
    if not DATA.exists():
        print(f"skipped: {DATA} is absent")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from plainlint.config import Config

    rows = read_rows(DATA)
    extra = read_rows(EXTRA)
    fresh = read_rows(FRESH)
    tune2 = read_rows(TUNE2)
    tune3 = read_rows(TUNE3)
    part = split(rows)
    tune = [r for r in rows if part[r["id"]] == "tune"]
    held = [r for r in rows if part[r["id"]] == "held"]
    xpart = split_extra(extra)
    xtune = [r for r in extra if xpart[r["id"]] == "tune"]
    xheld = [r for r in extra if xpart[r["id"]] == "held"]

    def config_for():
        return with_reader(Config(select=[CAC, UNEV]))

    if args.loose_measure or args.loose_why:
        return loose_measure({"tune": tune, "extra": xtune, "tune2": tune2, "tune3": tune3,
                              "tune4": read_rows(ROOT / "bench" / "coproduction-tune4.jsonl"),
                              "tune5": read_rows(ROOT / "bench" / "coproduction-tune5.jsonl"),
                              "tune6": read_rows(ROOT / "bench" / "coproduction-tune6.jsonl")}, config_for,
                             why=args.loose_why)
    if args.show:
        chosen = {"tune": tune, "extra": xtune, "tune2": tune2, "tune3": tune3}[args.show]
        res = judge(chosen, config_for)
        print("\n".join(wrong_rows(chosen, res)))
        return 0
    if args.tune2_only:
        res = judge(tune2, config_for)
        print(table(tune2, res, f"Fifth-round rows ({TUNE2.name}; tuning material)"))
        return 0
    if args.tune_only:
        res = judge(tune + xtune + tune2 + tune3, config_for)
        print(table(tune, res, "Tuning part"))
        if xtune:
            print(table(xtune, res, f"Extra rows, tuning part ({EXTRA.name})"))
        if tune2:
            print(table(tune2, res, f"Fifth-round rows ({TUNE2.name}; tuning material)"))
        if tune3:
            print(table(tune3, res, f"Sixth-round rows ({TUNE3.name}; tuning material)"))
        return 0
    res = judge(rows + extra + fresh + tune2 + tune3, config_for)
    print(f"plainlint co-production bench: split seed {SEED}, {int(TUNE_SHARE * 100)}% tuning / "
          f"{100 - int(TUNE_SHARE * 100)}% kept aside, stratified by label")
    print(table(tune, res, "Tuning part"))
    print(table(held, res, "Part kept aside (never read while tuning)"))
    print(table(rows, res, "Whole set"))
    if extra:
        print(table(xtune, res, f"Extra rows, tuning part ({EXTRA.name})"))
        print(table(xheld, res, f"Extra rows, part kept aside ({EXTRA.name}; never read while tuning)"))
        print(table(rows + extra, res, "Everything (the set and the extra rows)"))
    if fresh:
        print(table(fresh, res, f"Fresh rows ({FRESH.name}; all kept aside, collected before this round's tuning)"))
    if tune2:
        print(table(tune2, res, f"Fifth-round rows ({TUNE2.name}; tuning material, scored once before the changes made for it)"))
    if tune3:
        print(table(tune3, res, f"Sixth-round rows ({TUNE3.name}; tuning material, scored once before the changes made for it)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
