"""The editor server, driven by a real LSP client (pytest-lsp's) over stdio, and the chunked
checking it rests on compared with whole-document checks."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pygls  # noqa: F401  (a core dependency)
pytest_lsp_client = pytest.importorskip("pytest_lsp.client")
from lsprotocol import types as t  # noqa: E402

from plainlint.lsp.chunks import anchor, relocate, split_chunks  # noqa: E402
from plainlint.lsp.server import LOCAL_RULES, Checker, suppress  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "real"
SRC = str(ROOT / "src")

# Documents in the shapes writers use, for the chunk equivalence check (our own sentences).
SHAPES = {
    "lists.md": (
        "# Plan\n\nWe will utilise the grant in order to facilitate change going forward.\n\n"
        "- The first item was agreed by the board and it is a very long item that keeps going "
        "with more words than a reader can follow in one go without stopping for breath at all.\n"
        "- Second item\n\n  continues here after a blank line, and we will endeavour to help.\n\n"
        "1.  Numbered item\n\n    with an indented paragraph that we will utilise.\n\n"
        "> A quotation in order to test.\n\n| Col | Other |\n| --- | --- |\n| utilise | in order to |\n"
    ),
    "code.md": (
        "Intro text that we will utilise.\n\n```\ncode utilise\n\nstill code utilise\n```\n\n"
        "    indented code utilise\n\nAfter the code we will facilitate it.\n"
    ),
    "suppressed.md": (
        "<!-- plainlint-disable jargon -->\nWe will utilise it.\n\nAnd facilitate it.\n\n"
        "<!-- plainlint-enable jargon -->\n\nNow we utilise it.\n\n"
        "<!-- plainlint-disable-next-line wordy-phrase -->\nIn order to help.\n\nIn order to help.\n\n"
        "<!--\na comment\n\nover lines utilise\n-->\n\nText after it we utilise.\n"
    ),
    "frontmatter.md": "---\ntitle: utilise\n\nmore: x\n---\n\n# Heading\n\nWe utilise it.\n",
    "wrapped.txt": (
        "This is a paper that was written by the team\n\nand wrapped with a blank line between\n\n"
        "every line, as text copied from a PDF often is, in order to\n\nshow how we will utilise it.\n\n"
        "A NEW HEADING\n\nThe next paragraph is short. It was agreed by the board.\n"
    ),
}


def _key(i):
    return (i.line, i.col, i.end_line, i.end_col, i.rule, i.message, i.fix)


def _equivalent(checker: Checker, text: str, name: str) -> None:
    fmt = "markdown" if name.endswith(".md") else "text"
    full = sorted(_key(i) for i in checker.full(text, name, fmt) if i.rule in LOCAL_RULES)
    local = sorted(_key(i) for i in suppress(checker.local(split_chunks(text), name, fmt), text))
    assert local == full, name


def test_chunks_give_the_whole_document_findings_on_made_shapes(tmp_path):
    checker = Checker(str(tmp_path))
    for name, text in SHAPES.items():
        _equivalent(checker, text, str(tmp_path / name))
    # the shapes do produce findings, so the comparison means something
    assert any(i.rule == "jargon" for i in checker.full(SHAPES["lists.md"], str(tmp_path / "l.md"), "markdown"))


@pytest.mark.corpus
@pytest.mark.slow
def test_chunks_give_the_whole_document_findings_on_the_corpus():
    files = sorted(SHARED.glob("*.md")) if SHARED.is_dir() else []
    if not files:
        pytest.skip("../shared/corpus is absent")
    checker = Checker(str(SHARED))
    for f in files:
        _equivalent(checker, f.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), str(f))


def test_chunk_boundaries_are_safe():
    text = "# A\n\nOne.\n\nno stop here\n\nstill the same paragraph.\n\n```\nx\n\ny\n```\n\n- item\n\n  more\n"
    chunks = split_chunks(text)
    texts = [c.text for c in chunks]
    assert texts[0] == "# A"
    assert "no stop here\n\nstill the same paragraph." in texts  # no full stop: kept together
    assert "```\nx\n\ny\n```" in texts  # never cut inside a fence
    assert "- item\n\n  more" in texts  # an indented line may continue the item
    assert [c.start_line for c in chunks] == sorted(c.start_line for c in chunks)
    assert anchor(chunks, 0) == (0, 0)
    # a paragraph added above moves the others' findings down by its lines
    moved = split_chunks("New one.\n\n" + text)
    shift = relocate(chunks, moved)
    assert shift[0] == 2 and all(v == 2 for v in shift.values())


# ---------------------------------------------------------------------------------------
# The real server over stdio


def _env(extra=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra or {})
    return env


async def _start(root: Path, capabilities=None):
    client = pytest_lsp_client.make_test_lsp_client()
    await client.start_io(sys.executable, "-m", "plainlint", "server", env=_env(), cwd=str(root))
    caps = capabilities or t.ClientCapabilities()
    await client.initialize_session(t.InitializeParams(capabilities=caps, root_uri=root.as_uri(),
                                                       workspace_folders=[t.WorkspaceFolder(root.as_uri(), "w")]))
    return client


async def _diagnostics(client, uri, timeout=60.0, want=None):
    """Wait for diagnostics of ``uri`` (until ``want(diags)`` holds, when given)."""
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no diagnostics for {uri}: {client.diagnostics.get(uri)}")
        try:
            await asyncio.wait_for(client.wait_for_notification("textDocument/publishDiagnostics"), left)
        except asyncio.TimeoutError:
            continue
        diags = client.diagnostics.get(uri)
        if diags is not None and (want is None or want(diags)):
            return diags


def _apply(text: str, edits) -> str:
    """Apply LSP text edits (UTF-16 positions) to ``text``, as an editor does."""
    lines = text.split("\n")

    def offset(pos):
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = 0
        col = 0
        while col < len(line) and units < pos.character:
            units += 2 if ord(line[col]) > 0xFFFF else 1
            col += 1
        return sum(len(x) + 1 for x in lines[:pos.line]) + col

    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        a, b = offset(e.range.start), offset(e.range.end)
        text = text[:a] + e.new_text + text[b:]
    return text


def _run(coro):
    return asyncio.run(asyncio.wait_for(coro, 240))


def test_server_session(tmp_path):
    async def scenario():
        client = await _start(tmp_path)
        try:
            uri = (tmp_path / "draft.md").as_uri()
            text = ("# Our plan for the hospital discharge pathway arrangements\n\n"
                    "The 😀 team will utilise the grant going forward.\n\n"
                    "The plan was agreed by the board.\n")
            client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text)))
            diags = await _diagnostics(client, uri, want=lambda d: any(x.code == "jargon" for x in d))
            util = next(d for d in diags if d.code == "jargon" and d.data["text"] == "utilise")
            # UTF-16 columns: the emoji counts two
            assert (util.range.start.line, util.range.start.character) == (2, 17)
            assert util.range.end.character == 24
            assert util.source == "plainlint" and util.severity == t.DiagnosticSeverity.Warning
            assert "use" in util.message and "http" not in util.message
            passive = next(d for d in diags if d.code == "passive-voice")
            assert passive.severity == t.DiagnosticSeverity.Information

            # code actions: the quick fix, fix all, ignore here
            acts = await client.text_document_code_action_async(t.CodeActionParams(
                t.TextDocumentIdentifier(uri), util.range, t.CodeActionContext(diagnostics=[util])))
            titles = [a.title for a in acts]
            assert "Replace 'utilise' with 'use'" in titles
            assert any(a.kind == "source.fixAll.plainlint" for a in acts)
            assert "Ignore jargon here" in titles
            quick = next(a for a in acts if a.title.startswith("Replace"))
            fixed = _apply(text, quick.edit.changes[uri])
            assert "The 😀 team will use the grant going forward." in fixed
            # 'going forward' has two suggestions: never a quick fix
            assert not any("going forward" in a.title and a.title.startswith("Replace") for a in acts)

            # hover shows the rule's explanation
            hover = await client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(uri), util.range.start))
            assert hover is not None and "jargon" in hover.contents.value and "instead" in hover.contents.value.lower()

            # a change: the fixed text no longer has the finding; a new one appears
            new = fixed + "\nWe will facilitate the meeting.\n"
            client.text_document_did_change(t.DidChangeTextDocumentParams(
                t.VersionedTextDocumentIdentifier(uri=uri, version=2),
                [t.TextDocumentContentChangeWholeDocument(text=new)]))
            diags = await _diagnostics(client, uri, want=lambda d: any(x.data["text"] == "facilitate" for x in d))
            assert not any(d.data["text"] == "utilise" for d in diags)

            # ignore this rule here: the suppression comment silences it
            fac = next(d for d in diags if d.data["text"] == "facilitate")
            acts = await client.text_document_code_action_async(t.CodeActionParams(
                t.TextDocumentIdentifier(uri), fac.range, t.CodeActionContext(diagnostics=[fac])))
            ignore = next(a for a in acts if a.title == "Ignore jargon here")
            ignored = _apply(new, ignore.edit.changes[uri])
            assert "<!-- plainlint-disable-next-line jargon -->\nWe will facilitate" in ignored
            client.text_document_did_change(t.DidChangeTextDocumentParams(
                t.VersionedTextDocumentIdentifier(uri=uri, version=3),
                [t.TextDocumentContentChangeWholeDocument(text=ignored)]))
            diags = await _diagnostics(client, uri, want=lambda d: not any(x.data["text"] == "facilitate" for x in d))
            assert any(d.code == "jargon" for d in diags)  # 'going forward' is still there

            # fix all: every safe fix in one edit
            client.text_document_did_change(t.DidChangeTextDocumentParams(
                t.VersionedTextDocumentIdentifier(uri=uri, version=4),
                [t.TextDocumentContentChangeWholeDocument(text=text + "\nIn order to help, we utilise it.\n")]))
            await _diagnostics(client, uri, want=lambda d: sum(x.data["fix"] is not None for x in d) >= 2)
            acts = await client.text_document_code_action_async(t.CodeActionParams(
                t.TextDocumentIdentifier(uri), t.Range(t.Position(0, 0), t.Position(0, 0)),
                t.CodeActionContext(diagnostics=[], only=["source.fixAll.plainlint"])))
            assert len(acts) == 1
            all_fixed = _apply(text + "\nIn order to help, we utilise it.\n", acts[0].edit.changes[uri])
            assert "To help, we use it." in all_fixed and "will use the grant" in all_fixed

            # other languages are left alone
            py = (tmp_path / "x.py").as_uri()
            client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(py, "python", 1, "utilise = 1\n")))

            # close: the diagnostics are cleared
            client.text_document_did_close(t.DidCloseTextDocumentParams(t.TextDocumentIdentifier(uri)))
            await _diagnostics(client, uri, want=lambda d: d == [] or len(d) == 0)
            assert py not in client.diagnostics
        finally:
            await client.shutdown_session()

    _run(scenario())


def test_config_change_hostile_text_and_folder_command(tmp_path):
    async def scenario():
        (tmp_path / "notes").mkdir()
        (tmp_path / "notes" / "a.txt").write_text("We will utilise the grant.\n", encoding="utf-8")
        (tmp_path / "notes" / "b.md").write_text("In order to help, we facilitate.\n", encoding="utf-8")
        (tmp_path / "notes" / "c.py").write_text("utilise = 1\n", encoding="utf-8")
        client = await _start(tmp_path)
        try:
            uri = (tmp_path / "doc.md").as_uri()
            text = "# Title\n\nWe will utilise it in order to help.\n"
            client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text)))
            await _diagnostics(client, uri, want=lambda d: any(x.code == "jargon" for x in d))

            # the config file changes: jargon switched off, the document checked again
            cfg = tmp_path / ".plainlint.toml"
            cfg.write_text('ignore = ["jargon"]\n', encoding="utf-8")
            client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
                [t.FileEvent(cfg.as_uri(), t.FileChangeType.Created)]))
            diags = await _diagnostics(client, uri, want=lambda d: not any(x.code == "jargon" for x in d)
                                       and any(x.code == "wordy-phrase" for x in d))
            assert diags

            # a broken config: one diagnostic on the first line, the server lives on
            cfg.write_text('ignore = ["jargon"]\nno-such-key = 3\n', encoding="utf-8")
            client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
                [t.FileEvent(cfg.as_uri(), t.FileChangeType.Changed)]))
            diags = await _diagnostics(client, uri, want=lambda d: any(x.code == "configuration" for x in d))
            assert diags[0].range.start.line == 0 and "no-such-key" in diags[0].message
            cfg.unlink()
            client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
                [t.FileEvent(cfg.as_uri(), t.FileChangeType.Deleted)]))
            await _diagnostics(client, uri, want=lambda d: any(x.code == "jargon" for x in d))

            # hostile content: control characters, a flood of brackets, a huge line
            hostile = (tmp_path / "hostile.md").as_uri()
            nasty = ("\x00\x1b[31m" + "[" * 1000 + "\n\n" + "![" * 250 + "\n\n<!-- plainlint-disable\n\n"
                     + "e\u0301" * 2000 + "\n\n" + "😀" * 3000 + " we utilise it.\n")
            client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(hostile, "markdown", 1, nasty)))
            await _diagnostics(client, hostile, timeout=120)
            # still answering
            client.text_document_did_change(t.DidChangeTextDocumentParams(
                t.VersionedTextDocumentIdentifier(uri=uri, version=2),
                [t.TextDocumentContentChangeWholeDocument(text=text + "\nWe facilitate it.\n")]))
            await _diagnostics(client, uri, want=lambda d: any(x.data["text"] == "facilitate" for x in d))

            # the workspace command checks a folder's Markdown and text files
            result = await client.workspace_execute_command_async(t.ExecuteCommandParams(
                command="plainlint.checkFolder", arguments=[str(tmp_path / "notes")]))
            assert result["checked"] == 2
            a = (tmp_path / "notes" / "a.txt").as_uri()
            b = (tmp_path / "notes" / "b.md").as_uri()
            assert any(d.code == "jargon" for d in client.diagnostics[a])
            assert any(d.code == "wordy-phrase" for d in client.diagnostics[b])
            assert (tmp_path / "notes" / "c.py").as_uri() not in client.diagnostics
        finally:
            await client.shutdown_session()

    _run(scenario())


def test_document_level_findings_sit_on_the_line_they_point_at(tmp_path):
    async def scenario():
        client = await _start(tmp_path)
        try:
            uri = (tmp_path / "hard.md").as_uri()
            hard = ("Notwithstanding the aforementioned considerations, the organisational "
                    "infrastructure necessitates comprehensive reconfiguration, predicated upon "
                    "multidimensional evaluation methodologies and interdisciplinary accountability. ")
            text = "# Strategy\n\n" + "\n\n".join(hard * 2 for _ in range(8)) + "\n"
            client.text_document_did_open(t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text)))
            diags = await _diagnostics(client, uri, want=lambda d: any(x.code == "reading-age" for x in d))
            age = next(d for d in diags if d.code == "reading-age")
            assert age.range.start.line == 0 and age.range.end.character > age.range.start.character
        finally:
            await client.shutdown_session()

    _run(scenario())


def test_a_client_that_disconnects_ends_the_server_quietly(tmp_path):
    p = subprocess.Popen([sys.executable, "-m", "plainlint", "server"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=str(tmp_path))
    body = b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}'
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.write(b"Content-Length: 12\r\n\r\n{not json!!}")  # garbage, then the client goes away
    p.stdin.flush()
    p.stdin.close()
    try:
        p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        raise AssertionError("the server did not end when its client went away") from None
    err = p.stderr.read()
    p.stdout.close()
    p.stderr.close()
    assert b"Traceback" not in err, err.decode(errors="replace")


def test_positions_match_pygls_conversion():
    """Our column conversion (encoding the prefix, in C) gives pygls's own positions."""
    from pygls.workspace.position_codec import PositionCodec

    from plainlint.lsp.server import client_units

    lines = ["plain ascii line", "é accents à and ß", "emoji 😀 and 👩‍👩‍👧 family 𝔘 maths",
             "", "tab\tand combining e\u0301 marks 😀😀"]
    for enc in (t.PositionEncodingKind.Utf16, t.PositionEncodingKind.Utf8, t.PositionEncodingKind.Utf32):
        codec = PositionCodec(encoding=enc)
        for n, line in enumerate(lines):
            for col in range(len(line) + 1):
                want = codec.position_to_client_units(lines, t.Position(n, col)).character
                assert client_units(line, col, enc) == want, (enc, line, col)


def test_min_severity_from_the_config_is_respected(tmp_path):
    """Suggestions are shown (as information) unless the config's min-severity hides them."""
    text = "# Plan\n\nThe plan was agreed by the board.\n\nWe will utilise it.\n"
    checker = Checker(str(tmp_path))
    rules = {i.rule for i in checker.full(text, str(tmp_path / "a.md"), "markdown")}
    assert {"passive-voice", "jargon"} <= rules
    (tmp_path / ".plainlint.toml").write_text('min-severity = "warning"\n', encoding="utf-8")
    checker = Checker(str(tmp_path))
    items = checker.full(text, str(tmp_path / "a.md"), "markdown")
    assert "jargon" in {i.rule for i in items} and all(i.severity != "suggestion" for i in items)
    local = checker.local(split_chunks(text), str(tmp_path / "a.md"), "markdown")
    assert all(i.severity != "suggestion" for i in local)
