#!/usr/bin/env python3
"""Pathological inputs: time and peak memory of one plainlint process for each (issue 23).

    python bench/hostile.py                       # this checkout
    python bench/hostile.py --src /path/to/src    # another checkout's src/ (e.g. main, "before")
    python bench/hostile.py --only md-brackets-40k,annotate-5000
    python bench/hostile.py --before /tmp/main/src  # each input run with both, in turn

Every input is generated here, into ``bench/out/hostile`` (ignored by git); none is
committed. Each one is checked by a fresh ``python -m plainlint`` process (``--isolated
--no-cache``, the report to a pipe read and thrown away, never ``-o /dev/null``), under an
address-space cap of ``--cap-mb`` (default 3000) so that a bad version cannot exhaust the
shared machine, and a wall-clock limit of ``--limit`` seconds (default 150) after which it is
killed. Reported per input: wall time, exit code, the error kind if the file ended as one,
and the process's peak resident memory (``ru_maxrss`` from ``wait4``) minus that of the same
command on a one-line document (the loaded pipeline), and the time beyond that one-line
run (start-up: on a loaded shared machine it alone can take over 10 s). Goals: none over 10
s or 500 MB beyond the loaded pipeline.

Only public tools: the plainlint CLI, Python's standard library, python-docx (for the Word
inputs).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "hostile"


# ---------------------------------------------------------------------------------------
# Inputs


def _write(name: str, data: bytes) -> Path:
    p = OUT / name
    p.write_bytes(data)
    return p


def _acronyms(n_bytes: int) -> str:
    out, i = [], 0
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while sum(len(w) + 1 for w in out) < n_bytes:
        a, b, c, d = (i // 17576) % 26, (i // 676) % 26, (i // 26) % 26, i % 26
        out.append(letters[a] + letters[b] + letters[c] + letters[d])
        i += 1
    return " ".join(out) + "\n"


def _docx(name: str, paragraphs: list[str]) -> Path:
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    p = OUT / name
    d.save(str(p))
    return p


def _pdf_flate_bomb(name: str, inflated_mb: int, streams: int = 1) -> Path:
    """A one-page PDF whose ``streams`` content streams each inflate to ``inflated_mb`` MB of
    spaces."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [comp.compress(chunk) for _ in range(inflated_mb)]
    parts.append(comp.flush())
    stream = b"".join(parts)
    refs = " ".join(f"{4 + i} 0 R" for i in range(streams)).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [" + refs + b"] >>",
    ] + [b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"] * streams
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return _write(name, bytes(out))


def _para(i: int) -> str:
    return (f"Paragraph {i}. We will utilise the budget in order to facilitate better outcomes "
            "for residents going forward, and the plan was agreed by the board.")


INPUTS = {
    # name: (maker, extra command-line arguments, what it is)
    "tiny": (lambda: _write("tiny.md", b"A short sentence.\n"), [], "baseline: one line"),
    "md-brackets-40k": (lambda: _write("brackets.md", b"[" * 40_000), [], "40 KB of '['"),
    "md-brackets-line-1m": (lambda: _write("brackets1m.md", b"[" * 1_000_000 + b"\n"), [], "a 1 MB line of '['"),
    "md-images-line-1m": (lambda: _write("images1m.md", b"![" * 500_000 + b"\n"), [], "a 1 MB line of '!['"),
    "md-entities-line-1m": (lambda: _write("entities1m.md", b"&#" * 500_000 + b"\n"), [], "a 1 MB line of '&#'"),
    "md-unterminated-disable": (lambda: _write("disable.md", b"<!-- plainlint-disable\n"
                                               + ("We will utilise it. " * 8 + "\n\n").encode() * 3000),
                                [], "an unterminated '<!-- plainlint-disable' before 500 KB of text"),
    "md-nested-brackets-100k": (lambda: _write("nested.md", b"[" * 100_000 + b"x" + b"]" * 100_000 + b"\n"),
                                [], "100,000 nested brackets"),
    "text-combining-marks": (lambda: _write("combining.txt", ("e" + "\u0301" * 50 + " ").encode() * 4000),
                             [], "words of 50 combining marks (800 KB)"),
    "text-acronyms-25k": (lambda: _write("acronyms.txt", _acronyms(25_000).encode()), [],
                          "25 KB of distinct acronyms"),
    "text-emoji-40k": (lambda: _write("emoji.txt", ("\U0001F600" * 10_000 + "\n").encode()), [],
                       "40 KB of emoji"),
    "md-table-4.6mb": (lambda: _write("table.md", b"| a | b | c |\n|---|---|---|\n"
                                      + b"| cell one | cell two | cell three |\n" * 130_000), [],
                       "a 4.6 MB Markdown table"),
    "text-4m-short-lines": (lambda: _write("lines.txt", b"a\n" * 4_000_000), [], "4 million short lines (8 MB)"),
    "text-big-paragraph": (lambda: _write("para.txt", b"word " * 3_800_000), [],
                           "a 19 MB paragraph (just under max-text-mb)"),
    # the largest inputs the default limits (max-file-words 200,000, max-file-paragraphs
    # 40,000) still analyse: what a document just under them costs
    "text-words-at-limit": (lambda: _write("words-limit.txt", "\n\n".join(
        _para(i) for i in range(7_900)).encode()), [], "7,900 paragraphs, 197,500 words (just under max-file-words)"),
    "md-cells-at-limit": (lambda: _write("cells-limit.md", b"| a | b | c |\n|---|---|---|\n"
                                         + b"| cell one | cell two | cell three |\n" * 13_300), [],
                          "a Markdown table of 39,903 cells (just under max-file-paragraphs)"),
    "docx-big-paragraph": (lambda: _docx("bigpara.docx", [" ".join(_para(i) for i in range(150_000))]), [],
                           "a Word file holding one 21 MB paragraph (3.7 million words)"),
    "docx-many-paragraphs": (lambda: _docx("manypara.docx", [_para(i) for i in range(60_000)]), [],
                             "a Word file of 60,000 paragraphs (1.5 million words)"),
    "dev-zero": (lambda: _link("zero.md", "/dev/zero"), [], "/dev/zero named as a document"),
    "pdf-flate-bomb": (lambda: _pdf_flate_bomb("bomb.pdf", 1024), [],
                       "a 1 MB PDF whose content stream inflates to 1 GB"),
    "pdf-flate-bomb-5g": (lambda: _pdf_flate_bomb("bomb5g.pdf", 5120), [],
                          "a 5 MB PDF whose content stream inflates to 5 GB"),
    "pdf-flate-streams": (lambda: _pdf_flate_bomb("bombs.pdf", 60, streams=8), [],
                          "8 content streams of 60 MB each once inflated (480 MB, each under the per-stream limit)"),
    "docx-identical-100k": (lambda: _docx("identical.docx", ["Thank you."] * 100_000), [],
                            "100,000 identical short paragraphs"),
    "annotate-5000": (lambda: _docx("annotate.docx", [_para(i) for i in range(5000)]), ["annotate"],
                      "annotate on 5,000 paragraphs with findings"),
}


def _link(name: str, target: str) -> Path:
    p = OUT / name
    if p.is_symlink() or p.exists():
        p.unlink()
    p.symlink_to(target)
    return p


# ---------------------------------------------------------------------------------------
# Running


def run_one(path: Path, src: str, extra: list, limit: float, cap_mb: int) -> dict:
    env = dict(os.environ, PYTHONPATH=src, NO_COLOR="1")
    if extra and extra[0] == "annotate":
        out = OUT / "annotated.docx"
        cmd = [sys.executable, "-m", "plainlint", "annotate", str(path), "-o", str(out), "--force",
               "--isolated", "-q"]
    else:
        cmd = [sys.executable, "-m", "plainlint", "check", str(path), "--isolated", "--no-cache",
               "--format", "json", "--jobs", "1", *extra]

    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (cap_mb * 1048576, cap_mb * 1048576))

    start = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=cap)
    killed = False
    out_bytes = 0
    import threading

    err_chunks: list = []

    def drain_err():
        err_chunks.append(p.stderr.read())

    t = threading.Thread(target=drain_err, daemon=True)
    t.start()
    head = b""
    while True:
        if time.monotonic() - start > limit:
            p.kill()
            killed = True
            break
        block = p.stdout.read1(1 << 20) if hasattr(p.stdout, "read1") else p.stdout.read(1 << 20)
        if not block:
            break
        if len(head) < 65536:
            head += block[:65536]
        out_bytes += len(block)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    t.join(5)
    err = b"".join(err_chunks).decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    kind = None
    try:
        report = json.loads(head.decode("utf-8")) if out_bytes <= 65536 and head else None
        if report and report["files"] and report["files"][0]["error"]:
            kind = report["files"][0]["error"]["kind"]
    except (ValueError, KeyError, IndexError):
        pass
    return {"seconds": round(wall, 2), "exit": code, "killed": killed, "error_kind": kind,
            "peak_mb": round(usage.ru_maxrss / 1024, 1),
            "stderr": " ".join(err.split())[-200:], "traceback": "Traceback" in err}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(ROOT / "src"), help="the src/ folder to run (default: this checkout)")
    ap.add_argument("--only", help="comma-separated input names")
    ap.add_argument("--limit", type=float, default=150.0, help="seconds before a run is killed")
    ap.add_argument("--cap-mb", type=int, default=3000, help="address-space cap of each run, MB")
    ap.add_argument("--before", help="another src/ folder (the code before a change): each input is run "
                                     "with it and then with --src, side by side")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    names = list(INPUTS)
    if args.only:
        names = ["tiny"] + [n for n in args.only.split(",") if n != "tiny"]
    rows: dict = {}
    base: dict = {}
    sides = [("before", args.before), ("after", args.src)] if args.before else [("now", args.src)]
    for name in names:
        maker, extra, what = INPUTS[name]
        path = maker()
        for side, src in sides:
            r = run_one(path, src, extra, args.limit, args.cap_mb)
            if name == "tiny":
                base[side] = (r["peak_mb"], r["seconds"])
            r["beyond_pipeline_mb"] = round(r["peak_mb"] - base.get(side, (0, 0))[0], 1)
            r["beyond_startup_s"] = round(r["seconds"] - base.get(side, (0, 0))[1], 2)
            r["what"] = what
            rows.setdefault(name, {})[side] = r
            ok = (r["beyond_startup_s"] <= 10 and r["beyond_pipeline_mb"] <= 500 and not r["traceback"]
                  and not r["killed"])
            print(f"{name:26} {side:6} {r['seconds']:7.2f} s ({r['beyond_startup_s']:+.2f} s beyond start-up)  "
                  f"{r['beyond_pipeline_mb']:8.1f} MB beyond "
                  f"pipeline  exit {r['exit']:>3}  {r['error_kind'] or '':12} {'ok' if ok else 'OVER GOAL'}"
                  f"{'  TRACEBACK' if r['traceback'] else ''}{'  KILLED' if r['killed'] else ''}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
