#!/usr/bin/env python3
"""The web page's service under load, over loopback only.

    python bench/serve.py [--uploads 50] [--clients 10] [--jobs 2]

Starts `plainlint serve` on 127.0.0.1 (a free port), then 10 client threads send 50 uploads
between them (one document each, mixed sizes: the bundled fixtures, the Markdown, Word and
PDF documents of ../shared/corpus/real where present, and a few hostile files: a damaged
PDF, an empty Word file, a legacy .doc, a zip that is not a Word file). Each client sends its
upload, polls until the job is finished and checks that every document came back with
findings or an error. Printed: p50 and p95 of the time from sending an upload to its result,
documents per second, the same documents checked by `plainlint check --format json --jobs N`
in one command for comparison, the peak memory of the server and its workers together, and
that every upload was accounted for. Every request goes to 127.0.0.1 and the run stops by
itself.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def documents(n: int, work: Path) -> list[Path]:
    pool = sorted((ROOT / "fixtures").glob("*.md")) + sorted((ROOT / "fixtures").glob("board-paper*.*"))
    if CORPUS.is_dir():
        small = sorted((p for p in CORPUS.iterdir() if p.suffix in (".md", ".docx", ".pdf")), key=lambda p: p.stat().st_size)
        pool += small[: max(1, len(small) * 2 // 3)]  # leave out the largest third: an upload is one paper
    hostile = {"damaged.pdf": b"%PDF-1.7\n1 0 obj << /Length 99999 >> stream\nxx",
               "empty.docx": b"", "legacy.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
               "not-a-word-file.docx": b"PK\x03\x04" + os.urandom(300)}
    for name, data in hostile.items():
        (work / name).write_bytes(data)
    rnd = random.Random(21)
    picked = [work / name for name in hostile]
    while len(picked) < n:
        picked.append(rnd.choice(pool))
    rnd.shuffle(picked)
    return picked[:n]


def multipart(path: Path) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{path.name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def tree_rss_mb(pid: int) -> float:
    try:
        import psutil
    except ImportError:
        return float("nan")
    try:
        p = psutil.Process(pid)
        procs = [p] + p.children(recursive=True)
        return sum(q.memory_info().rss for q in procs if q.is_running()) / 1048576
    except psutil.Error:
        return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--uploads", type=int, default=50)
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="plainlint-bench-serve-"))
    docs = documents(a.uploads, work)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    server = subprocess.Popen([sys.executable, "-m", "plainlint", "serve", "--port", str(port), "--jobs", str(a.jobs),
                               "--isolated", "--max-files", "5", "--max-upload-mb", "100"],
                              cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).read()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start") from None
            time.sleep(0.3)

    peak = [0.0]
    stop = threading.Event()

    def watch():
        while not stop.wait(0.2):
            peak[0] = max(peak[0], tree_rss_mb(server.pid))
    threading.Thread(target=watch, daemon=True).start()

    queue = list(enumerate(docs))
    lock = threading.Lock()
    times: list[float] = []
    outcome: dict[int, str] = {}

    def client():
        while True:
            with lock:
                if not queue:
                    return
                i, path = queue.pop(0)
            body, ctype = multipart(path)
            t0 = time.perf_counter()
            try:
                req = urllib.request.Request(base + "/api/jobs", data=body, headers={"Content-Type": ctype}, method="POST")
                job = json.load(urllib.request.urlopen(req, timeout=120))
                while True:
                    s = json.load(urllib.request.urlopen(f"{base}/api/jobs/{job['id']}", timeout=60))
                    if s["finished"]:
                        break
                    if time.perf_counter() - t0 > 600:
                        raise TimeoutError("no result in 600 s")
                    time.sleep(0.1)
                d = s["documents"][0]
                kind = "error" if d["error"] else "findings"
            except Exception as exc:  # noqa: BLE001 - counted as lost
                kind = f"lost ({exc.__class__.__name__})"
            dt = time.perf_counter() - t0
            with lock:
                times.append(dt)
                outcome[i] = kind

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(a.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    stop.set()
    server.terminate()
    server.wait(timeout=30)

    # the same documents in one command
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "plainlint", "check", "--isolated", "--no-cache", "--format", "json",
                    "--jobs", str(a.jobs), "-q", *map(str, docs)], cwd=work, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cli = time.perf_counter() - t0

    times.sort()
    lost = [k for k in outcome.values() if k.startswith("lost")]
    print(f"{a.uploads} uploads from {a.clients} clients, server --jobs {a.jobs}:")
    print(f"  time to result: p50 {statistics.median(times):.2f} s, p95 {times[int(0.95 * (len(times) - 1))]:.2f} s")
    print(f"  {a.uploads / wall:.2f} documents/s through the web page ({wall:.1f} s); "
          f"`plainlint check` on the same files: {len(docs) / cli:.2f} documents/s ({cli:.1f} s); "
          f"ratio {(a.uploads / wall) / (len(docs) / cli):.2f}")
    print(f"  peak memory, server and workers: {peak[0]:.0f} MB")
    print(f"  accounted for: {len(outcome)} of {a.uploads} "
          f"({sum(k == 'findings' for k in outcome.values())} with findings, "
          f"{sum(k == 'error' for k in outcome.values())} with a clear error, {len(lost)} lost)")


if __name__ == "__main__":
    main()
