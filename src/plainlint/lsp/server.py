"""``plainlint server``: a language server over standard input and output (pygls).

Markdown and text documents get diagnostics on open, change and save, from the same rules,
configuration files, suppression comments and profiles as ``plainlint check``. The spaCy
pipeline and the rules are loaded once, when the client says it is ready, so each change
costs only the check itself. On a change the chunks whose text changed are checked with
the paragraph-level rules and published at once (see ``chunks.py``); the whole document is
checked again when the writer pauses, for the rules that need all of it. Checks run on one
worker thread, newest text first: a check whose text is already out of date is not
published.

Code actions: a quick fix for each safe fix (``plainlint.fix``, the same definition as
``plainlint check --fix``), "fix all safe findings in this file", and "ignore this rule
here" (a suppression comment on the line above). Hover over a finding shows ``plainlint
explain`` for its rule. The command ``plainlint.checkFolder`` checks the Markdown and text
files of a folder (default: the workspace folders) and publishes their diagnostics.

The server never stops on bad input: any failure while checking is logged to the client
(``window/logMessage``) and the document keeps its last diagnostics; a configuration error
is shown as one diagnostic on the first line.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..extract import FORMATS as EXTRACT_FORMATS
from .chunks import LOCAL_RULES, Chunk, anchor, relocate, split_chunks

log = logging.getLogger("plainlint.lsp")

SOURCE = "plainlint"
FIX_ALL_KIND = "source.fixAll.plainlint"
CHECK_FOLDER = "plainlint.checkFolder"
LANGUAGES = {"markdown": "markdown", "plaintext": "text", "text": "text"}
#: the editor checks what it holds as text: the suffixes of the text-like input formats,
#: from the extractors' declarations (plainlint.extract)
SUFFIXES = {suffix: fmt for suffix, (fmt, _module) in EXTRACT_FORMATS.items() if fmt in ("markdown", "text")}
SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "suggestion": lsp.DiagnosticSeverity.Information,
}
FULL_CHECK_DELAY = 0.3  # seconds of quiet before the whole document is checked again
CHUNK_CACHE_SIZE = 4000  # chunks' local findings kept, across documents (least recently used go)
CONFIG_NAMES = (".plainlint.toml", "pyproject.toml")


# ---------------------------------------------------------------------------------------
# Findings as plain records, positioned in code points (0-based lines, end exclusive)


@dataclass
class Item:
    rule: str
    severity: str
    message: str
    text: str
    line: int
    col: int
    end_line: int
    end_col: int
    suggestions: list = field(default_factory=list)
    fix: Optional[str] = None  # the safe fix's replacement text, when there is one
    document_level: bool = False

    def shifted(self, by: int) -> "Item":
        return Item(self.rule, self.severity, self.message, self.text, self.line + by, self.col,
                    self.end_line + by, self.end_col, self.suggestions, self.fix, self.document_level)


def _line_col(text: str, offset: int, starts: list) -> tuple:
    from bisect import bisect_right

    line = bisect_right(starts, offset) - 1
    return line, offset - starts[line]


def items_from(result, document, text: str, line_offset: int = 0) -> list[Item]:
    """The result's findings as positioned records (line numbers moved by ``line_offset``).

    ``document`` is the Document the findings were made on and ``text`` its source: a
    finding's safe fix (``plainlint.fix.safe_fix``) is placed on exactly the source span it
    replaces."""
    from ..fix import safe_fix

    starts = [0]
    for n, ch in enumerate(text):
        if ch == "\n":
            starts.append(n + 1)
    out = []
    for f in result.findings:
        loc = f.location
        if loc is None or loc.line is None:
            line = col = end_line = end_col = 0
        else:
            line, col = loc.line - 1, max(0, (loc.column or 1) - 1)
            end_line = (loc.end_line or loc.line) - 1
            end_col = max(0, (loc.end_column or loc.column or 1) - 1)
        fix = safe_fix(f, document)
        item = Item(f.rule, f.severity, f.message, f.text, line, col, end_line, end_col,
                    list(f.suggestions), None, f.document_level)
        if fix is not None and fix.source_start is not None:
            item.fix = fix.replacement
            item.line, item.col = _line_col(text, fix.source_start, starts)
            item.end_line, item.end_col = _line_col(text, fix.source_end, starts)
        out.append(item.shifted(line_offset) if line_offset else item)
    return out


def check_source(text: str, config, fmt: str, name: str) -> list[Item]:
    """Check a text or Markdown source as ``plainlint check`` would, with its safe fixes."""
    from ..api import check_document
    from ..extract import extract

    from ..errors import ExtractError

    try:
        doc = extract(text.encode("utf-8"), name, config.extract_options(), fmt=fmt)
    except ExtractError as exc:
        raise CheckFailed(exc.message) from None
    doc.source = text
    return items_from(check_document(doc, config), doc, text)


# ---------------------------------------------------------------------------------------
# Checking


def uri_to_path(uri: str) -> Optional[str]:
    p = urlparse(uri)
    if p.scheme != "file":
        return None
    return unquote(p.path)


def format_of(uri: str, language_id: Optional[str]) -> Optional[str]:
    path = uri_to_path(uri) or urlparse(uri).path
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if language_id in LANGUAGES:
        return LANGUAGES[language_id]
    return None


class Checker:
    """Configuration per document, the chunk cache, and the two kinds of check."""

    def __init__(self, root: Optional[str] = None):
        self.root = root
        self._resolver = None
        self._stamp = None
        self._cache: OrderedDict = OrderedDict()  # (config key, format, chunk text) -> [Item]
        self._local: dict = {}  # id(config) -> (config, local rules, their config, cache key)
        self._lock = threading.Lock()

    # configuration ---------------------------------------------------------------
    def _config_stamp(self, path: Optional[str]):
        """What the configuration that applies to ``path`` was read from, with times and sizes."""
        from ..config import find_config_file

        start = Path(path).parent if path else Path(self.root or os.getcwd())
        found = find_config_file(start)
        files = [found] if found else []
        stamp = []
        for f in files:
            try:
                st = os.stat(f)
                stamp.append((str(f), st.st_mtime_ns, st.st_size))
            except OSError:
                stamp.append((str(f), None, None))
        return tuple(stamp)

    def reset(self) -> None:
        """Forget every configuration, engine and cached chunk (a config file changed)."""
        from .. import api

        with self._lock:
            self._resolver = None
            self._cache.clear()
            self._local.clear()
            api._engines.clear()

    def config_for(self, path: Optional[str]):
        from ..config import ConfigResolver

        with self._lock:
            if self._resolver is None:
                self._resolver = ConfigResolver()
                self._stamps: dict = {}
            resolver = self._resolver
        stamp = self._config_stamp(path)
        key = str(Path(path).parent) if path else (self.root or "")
        if self._stamps.get(key, stamp) != stamp:
            self.reset()
            return self.config_for(path)
        self._stamps[key] = stamp
        config = resolver.for_path(path or (os.path.join(self.root, "x.md") if self.root else None))
        return config

    # checks --------------------------------------------------------------------------
    def full(self, text: str, path: Optional[str], fmt: str) -> list[Item]:
        config = self.config_for(path)
        return shown(check_source(text, config, fmt, path or f"untitled.{_suffix(fmt)}"), config)

    def local(self, chunks: list[Chunk], path: Optional[str], fmt: str) -> list[Item]:
        """The local rules' findings, chunk by chunk, from the cache where the text is unchanged."""
        config = self.config_for(path)
        memo = self._local.get(id(config))
        if memo is None or memo[0] is not config:
            selected = _local_selection(config)
            memo = (config, selected, config.copy(select=selected),
                    (config.fingerprint(), tuple(sorted(config.ignore))))
            self._local[id(config)] = memo
        _, selected, local_config, config_key = memo
        if not selected:
            return []
        key = (config_key, fmt)
        out: list[Item] = []
        for c in chunks:
            ck = (key, c.text)
            with self._lock:
                hit = self._cache.get(ck)
                if hit is not None:
                    self._cache.move_to_end(ck)
            if hit is None:
                hit = check_source(c.text, local_config, fmt, path or f"untitled.{_suffix(fmt)}")
                with self._lock:
                    self._cache[ck] = hit
                    while len(self._cache) > CHUNK_CACHE_SIZE:
                        self._cache.popitem(last=False)
            out.extend(i.shifted(c.start_line) for i in hit)
        return shown(out, config)


class CheckFailed(Exception):
    pass


def _suffix(fmt: str) -> str:
    return "md" if fmt == "markdown" else "txt"


_RANK = {"suggestion": 0, "warning": 1, "error": 2}


def shown(items: list, config) -> list:
    """The findings an editor shows: every severity (suggestions as information), unless
    the configuration sets ``min-severity`` itself; every place, never folded."""
    floor = _RANK.get(getattr(config, "min_severity", None) or "suggestion", 0)
    return [i for i in items if _RANK.get(i.severity, 0) >= floor or i.rule == "configuration"]


def _local_selection(config) -> list:
    """The local rules this configuration runs (``select`` and ``ignore`` honoured)."""
    from ..engine import Engine  # noqa: F401  (rules load through the engine's own loader)
    from ..api import get_engine

    engine = get_engine(config)
    running = {r.id for r in engine.rules}
    return [r for r in LOCAL_RULES if r in running]


def suppress(items: list[Item], text: str) -> list[Item]:
    """Drop findings covered by suppression comments anywhere in the document.

    The chunk checks honour the comments inside each chunk; a ``plainlint-disable`` in an
    earlier chunk reaches this one only through the whole document's comments."""
    from ..document import Location
    from ..engine import Finding, apply_suppressions
    from ..extract.text import parse_directive

    sup = []
    for n, line in enumerate(text.split("\n"), start=1):
        if "plainlint-" in line:
            d = parse_directive(line)
            if d:
                sup.append((d[0], d[1], n))
    if not sup:
        return items

    class _Doc:
        suppressions = sup

    from ..resources import rules_dir  # noqa: F401

    category = _categories()
    wrapped = [Finding(rule=i.rule, category=category.get(i.rule, ""), severity=i.severity, message="",
                       start=0, end=0, text="", location=Location(line=i.line + 1, end_line=i.end_line + 1))
               for i in items]
    item_of = {id(f): i for f, i in zip(wrapped, items)}  # apply_suppressions keeps the objects it is given
    return [item_of[id(f)] for f in apply_suppressions(_Doc(), wrapped)]


_CATEGORIES: dict = {}


def _categories() -> dict:
    if not _CATEGORIES:
        from ..api import get_engine
        from ..config import Config

        for r in get_engine(Config()).rules:
            _CATEGORIES[r.id] = r.category
    return _CATEGORIES


# ---------------------------------------------------------------------------------------
# Positions and protocol objects


def client_units(line: str, col: int, encoding) -> int:
    """Column ``col`` (code points) of ``line`` in the client's position encoding.

    pygls's own conversion counts character by character in Python, which cost 2.5 s for
    the 400 diagnostics of a 20-page document (bench/server.py); encoding the prefix does
    the same count in C. ``tests/test_lsp.py`` checks both give the same positions."""
    if encoding == lsp.PositionEncodingKind.Utf32:
        return col
    if encoding == lsp.PositionEncodingKind.Utf8:
        return len(line[:col].encode("utf-8", "surrogatepass"))
    return len(line[:col].encode("utf-16-le", "surrogatepass")) // 2


def _to_range(lines: list[str], item: Item, encoding=None) -> lsp.Range:
    last = max(len(lines) - 1, 0)
    line = min(item.line, last)
    end_line = min(max(item.end_line, line), last)
    col, end_col = item.col, item.end_col
    if end_line < item.end_line:
        end_col = len(lines[end_line]) if lines else 0
    if (line, col) == (end_line, end_col) and lines:  # a point: mark the line it points at
        text = lines[line]
        col = len(text) - len(text.lstrip())
        end_col = len(text.rstrip("\r"))
    a = lines[line] if lines else ""
    b = lines[end_line] if lines else ""
    return lsp.Range(lsp.Position(line, client_units(a, min(col, len(a)), encoding)),
                     lsp.Position(end_line, client_units(b, min(end_col, len(b)), encoding)))


def to_diagnostic(item: Item, lines: list[str], encoding=None) -> lsp.Diagnostic:
    message = item.message
    if item.suggestions and "→" not in message:
        message += " → " + " / ".join(item.suggestions[:3])
    return lsp.Diagnostic(
        range=_to_range(lines, item, encoding),
        message=message,
        severity=SEVERITY.get(item.severity, lsp.DiagnosticSeverity.Information),
        code=item.rule,
        source=SOURCE,
        data={"rule": item.rule, "fix": item.fix, "text": item.text},
    )


# ---------------------------------------------------------------------------------------
# The server


@dataclass
class _State:
    version: int = 0
    dirty: bool = False
    running: bool = False
    full_wanted: bool = False
    chunks: list = field(default_factory=list)
    wide: list = field(default_factory=list)  # document-level and other non-local findings
    wide_chunks: list = field(default_factory=list)  # the chunks those were found in
    items: list = field(default_factory=list)  # what was published last
    diagnostics: dict = field(default_factory=dict)  # their protocol objects, by finding and lines


class PlainlintServer(LanguageServer):
    def __init__(self):
        super().__init__("plainlint", __version__,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.checker = Checker()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="plainlint-check")
        self.states: dict[str, _State] = {}
        self.full_delay = FULL_CHECK_DELAY

    # helpers -------------------------------------------------------------------------
    def log(self, message: str, kind=lsp.MessageType.Log) -> None:
        try:
            self.window_log_message(lsp.LogMessageParams(type=kind, message=f"plainlint: {message}"))
        except Exception:  # noqa: BLE001 - logging must never take the server down
            log.exception("could not log to the client")

    def publish(self, uri: str, items: list[Item], version: Optional[int] = None) -> None:
        doc = self.workspace.get_text_document(uri)
        lines = [ln.rstrip("\n") for ln in doc.lines] or [""]
        encoding = self.workspace.position_encoding
        st = self.states.get(uri)
        old = st.diagnostics if st is not None else {}
        made: dict = {}
        diags = []
        last = len(lines) - 1
        for i in items:
            # a diagnostic depends only on the finding and the text of its lines: typing in
            # one paragraph leaves every other diagnostic as it was, so it is made once
            key = (i.rule, i.severity, i.message, i.fix, i.text, i.line, i.col, i.end_line, i.end_col,
                   lines[min(i.line, last)], lines[min(i.end_line, last)], encoding)
            d = old.get(key) or made.get(key)
            if d is None:
                d = to_diagnostic(i, lines, encoding)
            made[key] = d
            diags.append(d)
        if st is not None:
            st.diagnostics = made
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diags, version=version))

    def _doc_info(self, uri: str):
        doc = self.workspace.get_text_document(uri)
        fmt = format_of(uri, getattr(doc, "language_id", None))
        return doc, fmt, uri_to_path(uri)

    # scheduling -----------------------------------------------------------------------
    def schedule(self, uri: str, full_now: bool = False) -> None:
        st = self.states.setdefault(uri, _State())
        st.dirty = True
        if full_now:
            st.full_wanted = True
        if not st.running:
            st.running = True
            asyncio.get_event_loop().create_task(self._run(uri, st))

    async def _run(self, uri: str, st: _State) -> None:
        try:
            while True:
                while st.dirty:
                    st.dirty = False
                    if uri not in self.states:
                        return
                    doc, fmt, path = self._doc_info(uri)
                    if fmt is None:
                        return
                    text, version = doc.source, doc.version
                    chunks = split_chunks(text)
                    local = await self._in_pool(uri, self.checker.local, chunks, path, fmt)
                    if local is None:
                        return
                    local = suppress(local, text)
                    if st.dirty:
                        continue
                    shift = relocate(st.wide_chunks, chunks)
                    wide = []
                    for i in st.wide:
                        a = anchor(st.wide_chunks, i.line)
                        if a is not None and a[0] in shift:
                            wide.append(i.shifted(shift[a[0]]))
                        elif a is None and i.document_level and i.line == 0:
                            wide.append(i)
                    st.items = sorted(local + wide, key=lambda i: (i.line, i.col, i.rule))
                    st.chunks = chunks
                    self.publish(uri, st.items, version)
                if not st.full_wanted:
                    await asyncio.sleep(self.full_delay)
                    if st.dirty:
                        continue
                st.full_wanted = False
                doc, fmt, path = self._doc_info(uri)
                text, version = doc.source, doc.version
                items = await self._in_pool(uri, self.checker.full, text, path, fmt)
                if items is None:
                    return
                if st.dirty or uri not in self.states:
                    continue
                chunks = split_chunks(text)
                st.wide = [i for i in items if i.rule not in LOCAL_RULES]
                st.wide_chunks = chunks
                st.chunks = chunks
                st.items = items
                self.publish(uri, items, version)
                if not st.dirty:
                    return
        finally:
            st.running = False

    async def _in_pool(self, uri: str, fn, *args):
        """``fn(*args)`` on the check thread; None (after saying why) when it failed."""
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, fn, *args)
        except CheckFailed as exc:
            self.log(f"{_name(uri)}: {exc}", lsp.MessageType.Warning)
        except Exception as exc:  # noqa: BLE001 - a check that fails never takes the server down
            self._failed(uri, exc)
        return None

    def _failed(self, uri: str, exc: Exception) -> None:
        from ..errors import ConfigError, RuleFileError

        if isinstance(exc, (ConfigError, RuleFileError)):
            self.log(f"configuration error: {exc}", lsp.MessageType.Error)
            item = Item("configuration", "error", f"plainlint could not read its configuration: {exc}",
                        "", 0, 0, 0, 0)
            try:
                self.publish(uri, [item])
            except Exception:  # noqa: BLE001
                log.exception("could not publish")
        else:
            log.exception("check failed")
            self.log(f"{_name(uri)} could not be checked ({exc.__class__.__name__}: {exc})",
                     lsp.MessageType.Warning)

    def recheck_all(self) -> None:
        for uri in list(self.states):
            self.states[uri].wide = []
            self.states[uri].wide_chunks = []
            self.schedule(uri, full_now=True)

    # folders -----------------------------------------------------------------------
    def check_folder(self, folder: str) -> int:
        """Check the Markdown and text files under ``folder`` and publish their diagnostics."""
        from ..runner import collect

        count = 0
        for target in collect([folder], exclude=list(self.checker.config_for(None).exclude or [])):
            path = target.path if hasattr(target, "path") else str(target)
            fmt = SUFFIXES.get(Path(path).suffix.lower())
            if fmt is None:
                continue
            try:
                with open(path, encoding="utf-8-sig", errors="replace") as fh:
                    text = fh.read()
                items = self.checker.full(text, os.path.abspath(path), fmt)
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the folder
                self.log(f"{path} could not be checked ({exc.__class__.__name__}: {exc})", lsp.MessageType.Warning)
                continue
            lines = text.split("\n")
            uri = Path(os.path.abspath(path)).as_uri()
            codec = self.workspace.position_encoding
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                uri=uri, diagnostics=[to_diagnostic(i, lines, codec) for i in items]))
            count += 1
        return count


def _name(uri: str) -> str:
    return uri_to_path(uri) or uri


server = None


def build_server() -> PlainlintServer:
    ls = PlainlintServer()

    @ls.feature(lsp.INITIALIZED)
    def initialized(ls: PlainlintServer, params):
        root = ls.workspace.root_path
        ls.checker.root = root
        # pay the start-up once, before the first document arrives
        ls.pool.submit(_warm_up, ls.checker)
        caps = ls.client_capabilities.workspace
        watch = caps.did_change_watched_files if caps else None
        if not (watch and watch.dynamic_registration):
            return  # config changes are still seen: each check compares the config file's time
        try:
            ls.client_register_capability(lsp.RegistrationParams(registrations=[lsp.Registration(
                id="plainlint-config", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=lsp.DidChangeWatchedFilesRegistrationOptions(watchers=[
                    lsp.FileSystemWatcher(glob_pattern="**/.plainlint.toml"),
                    lsp.FileSystemWatcher(glob_pattern="**/pyproject.toml"),
                ]))]))
        except Exception:  # noqa: BLE001 - a client that cannot watch files still works
            pass

    @ls.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PlainlintServer, params: lsp.DidOpenTextDocumentParams):
        if format_of(params.text_document.uri, params.text_document.language_id) is None:
            return
        ls.states[params.text_document.uri] = _State()
        ls.schedule(params.text_document.uri, full_now=True)

    @ls.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PlainlintServer, params: lsp.DidChangeTextDocumentParams):
        if params.text_document.uri in ls.states:
            ls.schedule(params.text_document.uri)

    @ls.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: PlainlintServer, params: lsp.DidSaveTextDocumentParams):
        uri = params.text_document.uri
        if Path(uri_to_path(uri) or "").name in CONFIG_NAMES:
            ls.checker.reset()
            ls.recheck_all()
        elif uri in ls.states:
            ls.schedule(uri, full_now=True)

    @ls.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PlainlintServer, params: lsp.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        if ls.states.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @ls.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: PlainlintServer, params: lsp.DidChangeWatchedFilesParams):
        ls.checker.reset()
        ls.recheck_all()

    @ls.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def configuration(ls: PlainlintServer, params):
        ls.checker.reset()
        ls.recheck_all()

    @ls.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND]))
    def code_action(ls: PlainlintServer, params: lsp.CodeActionParams):
        try:
            return _code_actions(ls, params)
        except Exception as exc:  # noqa: BLE001
            ls.log(f"code actions failed ({exc.__class__.__name__}: {exc})", lsp.MessageType.Warning)
            return []

    @ls.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: PlainlintServer, params: lsp.HoverParams):
        try:
            return _hover(ls, params)
        except Exception as exc:  # noqa: BLE001
            ls.log(f"hover failed ({exc.__class__.__name__}: {exc})", lsp.MessageType.Warning)
            return None

    @ls.command(CHECK_FOLDER)
    def check_folder(ls: PlainlintServer, *args):
        folders = []
        for a in args:
            if isinstance(a, list):
                folders.extend(a)
            elif a:
                folders.append(a)
        if not folders:
            folders = [uri_to_path(f.uri) for f in (ls.workspace.folders or {}).values()] or \
                      [ls.workspace.root_path or os.getcwd()]
        total = 0
        for f in folders:
            path = uri_to_path(f) if isinstance(f, str) and f.startswith("file:") else f
            if path and os.path.isdir(path):
                total += ls.check_folder(path)
            else:
                ls.log(f"{f}: not a folder", lsp.MessageType.Warning)
        return {"checked": total}

    return ls


def _warm_up(checker: Checker) -> None:
    try:
        checker.full("Warm up.", None, "markdown")
    except Exception:  # noqa: BLE001 - a config error is reported when a document is checked
        pass


def _items_at(st: _State, rng: lsp.Range, codec, lines) -> list[Item]:
    out = []
    for i in st.items:
        r = _to_range(lines, i, codec)
        if (r.start.line, r.start.character) <= (rng.end.line, rng.end.character) and \
                (rng.start.line, rng.start.character) <= (r.end.line, r.end.character):
            out.append(i)
    return out


def _edit(lines, i: Item, codec) -> lsp.TextEdit:
    return lsp.TextEdit(range=_to_range(lines, i, codec), new_text=i.fix)


def _code_actions(ls: PlainlintServer, params: lsp.CodeActionParams) -> list:
    uri = params.text_document.uri
    st = ls.states.get(uri)
    if st is None:
        return []
    doc = ls.workspace.get_text_document(uri)
    lines = [ln.rstrip("\n") for ln in doc.lines] or [""]
    codec = ls.workspace.position_encoding
    here = _items_at(st, params.range, codec, lines)
    wanted = params.context.only
    actions = []
    if not wanted or lsp.CodeActionKind.QuickFix in wanted:
        for i in here:
            if i.fix is not None:
                label = f"Replace '{i.text}' with '{i.fix}'" if i.fix else f"Delete '{i.text}'"
                actions.append(lsp.CodeAction(
                    title=label, kind=lsp.CodeActionKind.QuickFix, is_preferred=True,
                    diagnostics=[to_diagnostic(i, lines, codec)],
                    edit=lsp.WorkspaceEdit(changes={uri: [_edit(lines, i, codec)]})))
        seen = set()
        for i in here:
            if i.rule in seen or i.rule == "configuration":
                continue
            seen.add(i.rule)
            actions.append(lsp.CodeAction(
                title=f"Ignore {i.rule} here", kind=lsp.CodeActionKind.QuickFix,
                edit=lsp.WorkspaceEdit(changes={uri: [_ignore_edit(lines, i)]})))
    fixable = _non_overlapping([i for i in st.items if i.fix is not None])
    if fixable and (not wanted or any(str(w).startswith(("source", "quickfix")) for w in wanted)):
        actions.append(lsp.CodeAction(
            title=f"Fix all safe plainlint findings in this file ({len(fixable)})",
            kind=FIX_ALL_KIND,
            edit=lsp.WorkspaceEdit(changes={uri: [_edit(lines, i, codec) for i in fixable]})))
    return actions


def _non_overlapping(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    last = (-1, -1)
    for i in sorted(items, key=lambda i: (i.line, i.col, i.end_line, i.end_col)):
        if (i.line, i.col) < last:
            continue
        out.append(i)
        last = (i.end_line, i.end_col)
    return out


def _ignore_edit(lines: list[str], i: Item) -> lsp.TextEdit:
    line = min(i.line, len(lines) - 1)
    text = lines[line] if lines else ""
    indent = text[: len(text) - len(text.lstrip())]
    pos = lsp.Position(line, 0)
    return lsp.TextEdit(range=lsp.Range(pos, pos),
                        new_text=f"{indent}<!-- plainlint-disable-next-line {i.rule} -->\n")


def _hover(ls: PlainlintServer, params: lsp.HoverParams):
    from ..explain import explain_text

    st = ls.states.get(params.text_document.uri)
    if st is None:
        return None
    doc = ls.workspace.get_text_document(params.text_document.uri)
    lines = [ln.rstrip("\n") for ln in doc.lines] or [""]
    codec = ls.workspace.position_encoding
    here = _items_at(st, lsp.Range(params.position, params.position), codec, lines)
    parts = []
    for rule in dict.fromkeys(i.rule for i in here if i.rule != "configuration"):
        try:
            parts.append(explain_text(rule).rstrip())
        except Exception:  # noqa: BLE001
            continue
    if not parts:
        return None
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.PlainText, value="\n\n".join(parts)))


class _OneLine(logging.Formatter):
    """Log lines for an editor's output panel: the message and the error's one-line summary,
    never a traceback (bad input from a client is a message, not a crash)."""

    def format(self, record: logging.LogRecord) -> str:
        text = f"plainlint server: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            text += f" ({exc.__class__.__name__}: {str(exc)[:200]})"
        return text.replace("\n", " ")


def main() -> None:
    """Run the server on standard input and output until the client ends it."""
    handler = logging.StreamHandler()
    handler.setFormatter(_OneLine())
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    build_server().start_io()
