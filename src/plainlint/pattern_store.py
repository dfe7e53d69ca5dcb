"""The compiled form of the regular expressions made at start-up, kept between runs.

Python compiles a regular expression with pure-Python code (``re._parser`` and
``re._compiler``) and keeps the result only for the life of the process. The command line's
start-up makes about 350 of them: plainlint's own module-level patterns, spaCy's tokenizer
patterns (prefixes, suffixes, infixes, addresses: their large character classes are most of
the cost) and those of the libraries spaCy imports. That was about 0.1 s of CPU at every
start, a sixth of start-up, for the same patterns every time.

:func:`stored` (used by ``runner._warm_up``: the command line and its workers only, never the
library inside someone else's program) puts a lookup in front of ``re``'s compiler while the
pipeline and the rules are built: a pattern met before is made from its stored compiled
code by ``_sre.compile`` (what ``re._compiler.compile`` itself ends with), skipping the
parse; any other is compiled as usual and its code stored. Like Python's own bytecode cache,
it holds no result about any document.

It is never trusted blindly and never stale:

- an entry is keyed by the pattern's exact text and flags, so a pattern that changes is
  simply compiled again (and an entry no run asks for is dropped when the store is next
  written);
- the whole store belongs to one Python build (``sys.version``, the regex engine's
  ``_sre.MAGIC`` and code size): any other ignores it;
- an entry is stored only where the code read from the compiler's own parse gives a pattern
  equal to the one ``re`` compiled (Python's pattern equality compares the code), and
  ``_sre.compile`` checks the code it is given;
- the file carries the SHA-256 of its contents: a file cut short or damaged is ignored (and
  written again). It lives in the user's own cache folder, written by their own runs, and is
  private to them (made with mode 0600), as Python's bytecode files are theirs.

Where: ``plainlint/patterns-<Python>.bin`` under the user's cache folder (``XDG_CACHE_HOME``,
else ``~/.cache``; ``LOCALAPPDATA`` on Windows). Written only when a run met a pattern the
store lacked, to a temporary file renamed into place (two runs at once cannot leave half a
file). A folder that cannot be written (a read-only home, a sandbox) only means the patterns
are compiled as before: nothing is reported and nothing fails.
``tests/test_pattern_store.py`` holds each of these.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

#: more entries than this and the store keeps only those of the last run (configurations with
#: patterns of their own would otherwise add to it for ever)
MAX_ENTRIES = 4000
_HEADER = b"plainlint-patterns-1\n"


def _engine():
    """(re's compiler module, _sre) where this Python has the layout used here, else None."""
    try:
        import _sre
        import re._compiler as compiler
        import re._parser as parser  # noqa: F401 - (the compiler's parse, read below)
    except ImportError:  # pragma: no cover - Python before 3.11
        return None
    if not callable(getattr(compiler, "compile", None)) or not hasattr(compiler, "_code"):
        return None  # pragma: no cover - a future layout
    return compiler, _sre


def build_key() -> str:
    """What a store must have been written by: this Python build and its regex engine."""
    import _sre

    return f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"


def default_path() -> Optional[Path]:
    """The store's file in the user's cache folder, or None where there is no such folder."""
    if sys.platform == "win32":  # pragma: no cover - not run here
        base = os.environ.get("LOCALAPPDATA")
    else:
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):  # unset, empty or relative: the XDG default
            home = os.path.expanduser("~")
            base = os.path.join(home, ".cache") if home != "~" else ""
    if not base:
        return None
    tag = sys.implementation.cache_tag or "python"
    return Path(base) / "plainlint" / f"patterns-{tag}.bin"


def read(path: Optional[Path]) -> dict:
    """The entries of the store at ``path``: {(pattern, flags): compile arguments}; {} for a
    missing, damaged or foreign file (never an exception)."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as fh:
            raw = fh.read(64 * 1048576 + 1)
        if not raw.startswith(_HEADER) or len(raw) > 64 * 1048576:
            return {}
        digest, body = raw[len(_HEADER):len(_HEADER) + 64], raw[len(_HEADER) + 64:]
        if hashlib.sha256(body).hexdigest().encode("ascii") != digest:
            return {}
        key, entries = marshal.loads(body)
        if key != build_key() or not isinstance(entries, dict):
            return {}
        return entries
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def write(path: Optional[Path], entries: dict) -> bool:
    """Write the store atomically; False (and nothing written) where that cannot be done."""
    if path is None:
        return False
    try:
        body = marshal.dumps((build_key(), entries))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_HEADER + hashlib.sha256(body).hexdigest().encode("ascii") + body)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return True
    except (OSError, ValueError):
        return False


def compile_arguments(pattern, flags: int) -> Optional[tuple]:
    """The arguments ``re._compiler.compile`` gives ``_sre.compile`` for ``pattern`` (after
    the pattern itself): (flags, code, groups, groupindex, indexgroup), in plain types."""
    engine = _engine()
    if engine is None:
        return None
    compiler, _sre = engine
    p = compiler._parser.parse(pattern, flags)
    code = compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex, tuple(indexgroup)


class _Store:
    def __init__(self, entries: dict):
        self.entries = entries
        self.used: dict = {}  # entries this run asked for (kept when the store is written)
        self.added = 0

    def compile(self, original, _sre, pattern, flags=0):
        if not isinstance(pattern, (str, bytes)) or not isinstance(flags, int) or flags & 128:  # re.DEBUG
            return original(pattern, flags)
        key = (pattern, int(flags))
        args = self.entries.get(key)
        if args is not None:
            try:
                compiled = _sre.compile(pattern, *args)
            except Exception:  # noqa: BLE001 - a bad entry: compile it the usual way
                compiled = None
            if compiled is not None:
                self.used[key] = args
                return compiled
        compiled = original(pattern, flags)
        try:
            args = compile_arguments(pattern, int(flags))
            again = _sre.compile(pattern, *args) if args is not None else None
            if (again is not None and again == compiled and again.groups == compiled.groups
                    and again.groupindex == compiled.groupindex):
                # a pattern compiled again in one run (re's own cache of 512 evicted it: the start-up
                # now makes some 550) is one entry, counted once
                if key not in self.used:
                    self.added += 1
                self.used[key] = args
        except Exception:  # noqa: BLE001, S110 - not stored: compiled the usual way next time too
            pass
        return compiled


@contextlib.contextmanager
def stored(path: Optional[Path] = None):
    """While inside, regular expressions are made from the store where it has them (see the
    module); at the end, the store is written if this run compiled a pattern it lacked."""
    engine = _engine()
    if engine is None:
        yield None
        return
    compiler, _sre = engine
    path = default_path() if path is None else path
    store = _Store(read(path))
    original = compiler.compile

    def compile(pattern, flags=0):
        return store.compile(original, _sre, pattern, flags)

    compiler.compile = compile
    try:
        yield store
    finally:
        if compiler.compile is compile:
            compiler.compile = original
        if store.added:
            keep = {**store.entries, **store.used}
            write(path, keep if len(keep) <= MAX_ENTRIES else dict(store.used))
