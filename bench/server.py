#!/usr/bin/env python3
"""The editor server: start-up once, then the time from a change to published diagnostics.

    python bench/server.py [--edits 1000]

Starts `plainlint server` once over stdio and drives it with a real LSP client (pytest-lsp's,
built on pygls), as an editor would:

  1. start-up: from starting the process to the first diagnostics of a small document;
  2. for a 2-page (about 1,000 words) and a 20-page (about 10,000 words) Markdown document:
     60 edits, each typing a word into one paragraph (a different paragraph each time) and
     waiting for the diagnostics of that version: the median and 95th percentile of the time
     from sending the change to the first diagnostics of the new text (the paragraph rules,
     from the changed chunks), and of the time to the whole-document check that follows when
     the writer pauses (the server waits 0.3 s of quiet first; that wait is not counted);
  3. memory: the server's resident memory after 10 edits and after 1,000 edits of the
     20-page document (new words each time, a whole-document check every 25 edits).

Documents are made from the Markdown documents of ../shared/corpus/real (or the bundled
fixtures repeated, where that is absent). Goals (issue 22): a change to diagnostics at most
50 ms (2 pages) and 300 ms (20 pages); memory after 1,000 edits at most 10% above memory
after 10.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as t
from pytest_lsp.client import make_test_lsp_client

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
WORDS = ("residents", "carers", "utilise", "partnership", "pathway", "budget", "families", "review",
         "meeting", "plan", "services", "support", "council", "board", "facilitate", "outcomes")


def source_words() -> list[str]:
    files = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []
    if not files:
        files = sorted((ROOT / "fixtures").glob("*.md"))
    words: list[str] = []
    for f in files:
        words.extend(w for w in f.read_text(encoding="utf-8", errors="replace").split()
                     if w.isascii() and w[:1].isalpha())
    return words


def make_document(words: list[str], n: int) -> list[str]:
    """Paragraphs of about 80 words, each ending a sentence, with a heading every 10."""
    ws = (words * (n // max(len(words), 1) + 1))[:n]
    paras = []
    for k, i in enumerate(range(0, n, 80)):
        if k % 10 == 0:
            paras.append(f"## Section {k // 10 + 1}")
        paras.append(" ".join(ws[i:i + 80]).rstrip(".") + ".")
    return paras


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Session:
    def __init__(self, client):
        self.client = client
        self.version = 0
        self.events: dict = {}  # (uri, version) -> list of arrival times
        orig = client.protocol.fm.features.get("textDocument/publishDiagnostics")

        def on_publish(params):
            self.events.setdefault((params.uri, params.version), []).append(time.perf_counter())
            if orig:
                orig(client, params)
        client.protocol.fm.features["textDocument/publishDiagnostics"] = on_publish

    async def wait(self, uri, version, count, timeout=120.0):
        deadline = time.perf_counter() + timeout
        while len(self.events.get((uri, version), [])) < count:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no diagnostics for version {version}")
            await asyncio.sleep(0.001)
        return self.events[(uri, version)]

    def change(self, uri, line, col, inserted):
        """Type ``inserted`` at (line, col), sent as editors send it: only the change."""
        self.version += 1
        pos = t.Position(line, col)
        self.client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(uri=uri, version=self.version),
            [t.TextDocumentContentChangePartial(range=t.Range(pos, pos), text=inserted)]))
        return self.version


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


async def run(edits: int) -> None:
    rnd = random.Random(22)
    words = source_words()
    client = make_test_lsp_client()
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    t0 = time.perf_counter()
    await client.start_io(sys.executable, "-m", "plainlint", "server", env=env, cwd=str(ROOT / "bench"))
    pid = client._server.pid
    await client.initialize_session(t.InitializeParams(capabilities=t.ClientCapabilities(),
                                                       root_uri=(ROOT / "bench").as_uri()))
    s = Session(client)
    uri0 = "untitled:warm.md"
    client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri0, "markdown", 0, "We will utilise it.\n")))
    await s.wait(uri0, 0, 1)
    print(f"start-up to first diagnostics: {time.perf_counter() - t0:.2f} s; memory {rss_mb(pid):.0f} MB")

    for label, n in (("2 pages", 1000), ("20 pages", 10000)):
        paras = make_document(words, n)
        uri = f"untitled:{n}.md"
        s.version += 1
        client.text_document_did_open(t.DidOpenTextDocumentParams(
            t.TextDocumentItem(uri, "markdown", s.version, "\n\n".join(paras) + "\n")))
        await s.wait(uri, s.version, 2)
        first, full = [], []
        for k in range(60):
            i = rnd.randrange(len(paras))
            if paras[i].startswith("#"):
                i += 1
            word = " " + rnd.choice(WORDS)
            col = len(paras[i]) - 1
            paras[i] = paras[i][:-1] + word + "."
            sent = time.perf_counter()
            v = s.change(uri, 2 * i, col, word)
            arrivals = await s.wait(uri, v, 2)
            first.append((arrivals[0] - sent) * 1000)
            full.append((arrivals[1] - sent) * 1000 - 300)  # the quiet wait is the editor's, not work
        print(f"{label}: change -> diagnostics median {statistics.median(first):.1f} ms, p95 {pct(first, 95):.1f} ms; "
              f"whole-document check after the pause median {statistics.median(full):.0f} ms, p95 {pct(full, 95):.0f} ms")

    paras = make_document(words, 10000)
    uri = "untitled:memory.md"
    s.version += 1
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        t.TextDocumentItem(uri, "markdown", s.version, "\n\n".join(paras) + "\n")))
    await s.wait(uri, s.version, 2)
    at10 = None
    for k in range(1, edits + 1):
        i = rnd.randrange(len(paras))
        word = f" {rnd.choice(WORDS)}{k}"  # a new word each time
        col = len(paras[i]) - 1
        paras[i] = paras[i][:-1] + word + "."
        v = s.change(uri, 2 * i, col, word)
        await s.wait(uri, v, 2 if k % 25 == 0 else 1)
        if k == 10:
            at10 = rss_mb(pid)
    end = rss_mb(pid)
    print(f"memory: after 10 edits {at10:.0f} MB, after {edits} edits {end:.0f} MB ({(end / at10 - 1) * 100:+.1f}%)")
    await client.shutdown_session()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--edits", type=int, default=1000)
    a = ap.parse_args()
    asyncio.run(run(a.edits))


if __name__ == "__main__":
    main()
