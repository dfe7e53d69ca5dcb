"""Finding the files to check and running the per-file work over them, in a stable order.

Two ways to run, with the same results in the same order:

- **in this process**, for one file or a few small ones (a pre-commit run must not pay for
  starting workers): each file runs under a time limit made with ``SIGALRM`` (Unix, main
  thread), and under a memory cap (``RLIMIT_AS``) lifted again afterwards;
- **worker processes** (``--jobs N``, started with the ``spawn`` method), for folders: each
  worker loads the pipeline once, takes one file at a time and sends back plain data
  (``FileResult.to_plain()``), never spaCy objects. The parent keeps every worker's deadline:
  a worker that overruns the per-file time limit is killed, one that dies (a crash in a C
  library, the memory cap, the kernel's out-of-memory killer) is replaced, and its file is
  reported as an error of kind ``timeout``, ``crashed`` or ``too-large``. No other file's
  result is lost.

A result cache (``cache.py``) sits in front of both: a file whose bytes, configuration and
plainlint version have not changed is not checked again.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from .engine import FileResult
from .output import shown_path
from .extract import SUPPORTED_SUFFIXES, format_for, suffix_list


@dataclass
class Target:
    path: str  # as shown to the user
    real: Optional[str] = None  # None for standard input
    data: Optional[bytes] = None
    fmt: Optional[str] = None
    error: Optional[dict] = None  # a path that cannot be checked at all


# ---------------------------------------------------------------------------------------
# Finding the files


def _norm(path: str) -> str:
    p = path.replace(os.sep, "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def _below(path: str, base: Optional[str]) -> str:
    """The part of ``path`` below the folder the user asked for (``base``); for a file
    named on the command line, its path as given (relative to the current folder when it
    is inside it, else its name)."""
    if base is not None:
        rel = os.path.relpath(path, base)
        return _norm(rel) if rel != "." else ""
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            rel = ".."
        return _norm(rel) if not rel.startswith("..") else os.path.basename(path)
    return _norm(path)


def _excluded(path: str, patterns, base: Optional[str] = None) -> bool:
    """Does a --exclude / ``exclude`` glob match this path, its name, or a folder on its way?

    ``*.pdf`` matches by name anywhere; ``archive`` or ``archive/`` matches a folder of that
    name anywhere (and so everything in it); ``docs/old/*.md`` matches the path as given or
    any path ending with it. An absolute pattern is matched against the absolute path.
    A pattern matches only folders at or below the one asked for (``base``): checking
    ``/x/archive/proj/docs`` with ``--exclude archive`` does not exclude everything because
    the path passes through a folder called archive.
    """
    if not patterns:
        return False
    p = _norm(path)
    below = _below(path, base)
    if not below:
        return False
    name = below.rsplit("/", 1)[-1]
    absolute = None
    for pat in patterns:
        pat = pat.replace(os.sep, "/")
        if pat.startswith("/") or (len(pat) > 2 and pat[1] == ":"):
            absolute = absolute or Path(path).resolve().as_posix()
            if fnmatch.fnmatch(absolute, pat) or fnmatch.fnmatch(absolute, f"{pat.rstrip('/')}/*"):
                return True
            continue
        pat = _norm(pat)
        bare = pat.rstrip("/")
        if (fnmatch.fnmatch(below, pat) or fnmatch.fnmatch(name, bare) or fnmatch.fnmatch(below, f"*/{pat}")
                or fnmatch.fnmatch(below, f"{bare}/*") or fnmatch.fnmatch(below, f"*/{bare}/*")):
            return True
        if "/" in bare and (fnmatch.fnmatch(p, pat) or fnmatch.fnmatch(p, f"{bare}/*")):
            return True  # a path pattern ('docs/old/*.md') as the user wrote the path
    return False


_SKIP_DIRS = ("node_modules", "__pycache__")
#: Word-processing formats plainlint does not read: counted and named when a folder holds them.
UNREAD_DOCUMENT_SUFFIXES = (".doc", ".docm", ".dot", ".dotx", ".dotm", ".odt", ".ott", ".rtf",
                            ".pages", ".wpd", ".wps")


def collect(paths: list, exclude: list = (), gitignore: bool = True, notes: Optional[list] = None,
            time_limit_s: Optional[float] = None) -> list[Target]:
    """Files named, and supported documents found in folders (recursively, sorted).

    ``exclude`` globs apply to files named on the command line as well as to what folders
    hold (so a pre-commit hook, which names files, honours the configured exclusions),
    matched against the path below the folder asked for.
    ``.gitignore`` files apply inside a git work tree to what folders hold; a file named
    explicitly, or a folder named explicitly that is itself ignored, is still checked.
    Hidden folders (``.git``, ``.plainlint_cache``, ...) are never searched.

    Inside a folder, a symbolic link is followed only when what it points to is inside the
    folder too (a link to a file elsewhere, such as a secret, is never read or quoted in a
    report); links the user names on the command line are followed. Pipes, devices and
    sockets found in a folder are skipped. ``notes`` (a list) receives one line for each
    folder about what was left out and why: links leading out, files of types plainlint
    does not read (.doc, .odt, .rtf, ...), folders that could not be read. Searching a
    folder is stopped after ``time_limit_s`` seconds (an error for that folder).
    """
    out: list[Target] = []
    seen = set()
    notes = notes if notes is not None else []
    for p in paths:
        if p == "-":
            out.append(Target(path="-", real=None))
            continue
        if os.path.isdir(p):
            try:
                with time_limit(time_limit_s):
                    _collect_folder(p, exclude, gitignore, notes, out, seen)
            except FileTimeout:
                out.append(Target(path=shown_path(p), error={
                    "kind": "timeout",
                    "message": f"searching the folder took longer than {time_limit_s:g} s (five times "
                               "the time limit per file; a .gitignore pattern too costly to match?)"}))
            continue
        if not os.path.exists(p):
            out.append(Target(path=shown_path(p), error={"kind": "not-found", "message": "no such file or folder"}))
            continue
        if _excluded(p, exclude):
            continue
        key = os.path.realpath(p)
        if key in seen:
            continue
        seen.add(key)
        out.append(Target(path=shown_path(p), real=p))
    return out


def _collect_folder(p: str, exclude, gitignore: bool, notes: list, out: list, seen: set) -> None:
    import stat as _stat

    found = []
    unread: dict = {}
    outside = 0
    special = 0
    excluded = 0
    unreadable: list = []
    ignore = _GitIgnore(p, notes) if gitignore else None
    if ignore is not None and ignore.ignored(p, True):
        ignore = None  # the writer asked for this folder by name
    top = os.path.realpath(p)

    def inside(real: str) -> bool:
        return real == top or real.startswith(top.rstrip(os.sep) + os.sep)

    def on_error(exc: OSError) -> None:
        unreadable.append((getattr(exc, "filename", None) or p, exc.strerror or str(exc)))

    for root, dirs, files in os.walk(p, onerror=on_error):
        if ignore is not None:
            ignore.add_folder(root)
        kept_dirs = []
        for d in sorted(dirs):
            full = os.path.join(root, d)
            if d.startswith(".") or d in _SKIP_DIRS:
                continue
            if _excluded(full, exclude, p) or (ignore and ignore.ignored(full, True)):
                excluded += 1
                continue
            kept_dirs.append(d)
        dirs[:] = kept_dirs
        for f in sorted(files):
            full = os.path.join(root, f)
            low = f.lower()
            if not low.endswith(SUPPORTED_SUFFIXES) or f.startswith("~$"):
                ext = os.path.splitext(low)[1]
                if ext in UNREAD_DOCUMENT_SUFFIXES and not f.startswith("~$"):
                    unread[ext] = unread.get(ext, 0) + 1
                continue
            if _excluded(full, exclude, p) or (ignore and ignore.ignored(full, False)):
                excluded += 1
                continue
            try:
                st = os.stat(full)
            except OSError:
                st = None  # a dangling link or a file gone: reported when it is read
            if os.path.islink(full) and not inside(os.path.realpath(full)):
                outside += 1
                continue
            if st is not None and not _stat.S_ISREG(st.st_mode):
                special += 1
                continue
            found.append(full)
    shown = shown_path(p)
    if unread:
        kinds = ", ".join(f"{n} {ext}" for ext, n in sorted(unread.items()))
        total = sum(unread.values())
        notes.append(f"{shown}: {total} document{'s' if total != 1 else ''} of a type plainlint does not "
                     f"read {'were' if total != 1 else 'was'} skipped ({kinds}; save as .docx or PDF to check them)")
    if outside:
        notes.append(f"{shown}: {outside} symbolic link{'s' if outside != 1 else ''} to files outside the folder "
                     "skipped (name a linked file on the command line to check it)")
    if special:
        notes.append(f"{shown}: {special} pipe{'s' if special != 1 else ''} or device{'s' if special != 1 else ''} "
                     "skipped (not regular files)")
    for where, why in unreadable:
        out.append(Target(path=shown_path(where), error={"kind": "unreadable",
                                                         "message": f"folder could not be searched ({why})"}))
    if not found and not unreadable:
        if excluded:
            msg = (f"every document in it was left out ({excluded} file{'s' if excluded != 1 else ''} or "
                   "folder" + ("s" if excluded != 1 else "") + " matched --exclude, the exclude key or .gitignore)")
            out.append(Target(path=shown, error={"kind": "no-documents", "message": msg}))
        else:
            out.append(Target(path=shown, error={"kind": "no-documents", "message": f"folder holds no documents plainlint reads ({suffix_list('or')})"}))
    for f in sorted(found):
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            out.append(Target(path=shown_path(f), real=f))


def _too_many_stars(pattern: str, most: int) -> bool:
    """Does one part of a gitignore pattern hold more than ``most`` runs of ``*`` (``**`` as
    a whole part is a folder wildcard and does not count)?"""
    import re

    for part in pattern.split("/"):
        if part == "**":
            continue
        if len(re.findall(r"\*+", part)) > most:
            return True
    return False


def _escape_glob(text: str) -> str:
    return "".join("\\" + c if c in "[]*?!#\\" else c for c in text)


class _GitIgnore:
    """Respect ``.gitignore`` files when a folder is inside a git work tree.

    Read: the repository's ``.git/info/exclude``, the ``.gitignore`` of the root and of each
    folder between the root and the folder searched, and each ``.gitignore`` met while
    searching (``add_folder``). Every pattern is rewritten relative to the repository root
    (a pattern without a slash matches at any depth below its own folder; one with a slash
    is anchored to its folder) and all go into one git-style spec, shallow files first, so
    that, as in git, a deeper file's patterns and later patterns win. The user's global
    ``core.excludesFile`` is not read.
    """

    #: A pattern with more single ``*`` than this in one part is not used: matched as a
    #: regular expression against a long name it can take hours (backtracking), and git's
    #: own ignore files never need so many.
    MAX_STARS = 3

    def __init__(self, folder: str, notes: Optional[list] = None):
        self.notes = notes if notes is not None else []
        self.root: Optional[Path] = None
        self.lines: list[str] = []
        self.spec = None
        self._read: set = set()
        d = Path(folder).resolve()
        for cand in [d, *d.parents]:
            if (cand / ".git").exists():
                self.root = cand
                break
        if self.root is None:
            return
        info = self.root / ".git" / "info" / "exclude"
        if info.is_file():
            self._add_file(info, ".")
        for anc in reversed([d, *d.parents]):
            if anc == self.root or self.root in anc.parents:
                if anc != d:  # the searched folder itself is read by add_folder
                    self.add_folder(str(anc))

    def add_folder(self, folder: str) -> None:
        if self.root is None:
            return
        gi = Path(folder).resolve() / ".gitignore"
        if gi in self._read or not gi.is_file():
            return
        self._read.add(gi)
        rel = gi.parent.relative_to(self.root).as_posix()
        self._add_file(gi, rel)

    def _add_file(self, path: Path, rel: str) -> None:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return
        base = "" if rel == "." else _escape_glob(rel) + "/"
        for number, line in enumerate(text.splitlines(), 1):
            s = line.rstrip("\r")
            if not s.strip() or s.startswith("#"):
                continue
            if _too_many_stars(s, self.MAX_STARS):
                self.notes.append(f"{path}:{number}: pattern with more than {self.MAX_STARS} '*' in one "
                                  "part not used (too costly to match); files it would ignore are checked")
                continue
            if not s.endswith("\\ "):
                s = s.rstrip()
            neg = s.startswith("!")
            body = s[1:] if neg else s
            if not base:
                self.lines.append(s)
                continue
            anchored = "/" in body.rstrip("/")
            body = body.lstrip("/")
            new = f"/{base}{body}" if anchored else f"/{base}**/{body}"
            self.lines.append(("!" if neg else "") + new)
        self.spec = None

    def ignored(self, path: str, is_dir: bool) -> bool:
        if self.root is None or not self.lines:
            return False
        if self.spec is None:
            import pathspec

            self.spec = pathspec.GitIgnoreSpec.from_lines(self.lines)
        try:
            rel = Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return False
        if rel == ".":
            return False
        return self.spec.match_file(rel + ("/" if is_dir else ""))


# ---------------------------------------------------------------------------------------
# Time and memory limits for one file


class FileTimeout(BaseException):
    """Raised by :func:`time_limit` when a file runs over its time.

    A ``BaseException``, so that the ``except Exception`` in ``lint_file`` (and in the
    libraries it calls) does not swallow it."""


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: Optional[float]):
    """Raise :class:`FileTimeout` in the block if it runs longer than ``seconds``.

    Uses ``SIGALRM`` (``setitimer``), so it works on Unix in the main thread (elsewhere it
    does nothing). Pure-Python code such as pdfminer is stopped wherever it is; a long call
    into C is stopped when it returns to Python. The alarm repeats every half second until
    the block ends, in case a library swallows the first exception. The previous handler
    and any timer already running are restored afterwards.
    """
    if not seconds or seconds <= 0 or not _can_alarm():
        yield
        return

    def _alarm(signum, frame):
        raise FileTimeout()

    started = time.monotonic()
    old_handler = signal.signal(signal.SIGALRM, _alarm)
    old_timer = signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, old_handler)
            if old_timer[0] > 0:
                left = old_timer[0] - (time.monotonic() - started)
                signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), old_timer[1])


def _vm_size() -> int:
    """This process's address-space size in bytes (Linux), or 0 when unknown."""
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB."""
    try:
        import resource
        import sys

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1048576 if sys.platform == "darwin" else 1024)
    except (ImportError, OSError):  # pragma: no cover - Windows
        return 0.0


def set_memory_cap(extra_mb: Optional[float]):
    """Cap this process's address space at what it uses now plus ``extra_mb`` (RLIMIT_AS).

    Returns the previous limits (to give back to :func:`restore_memory_cap`), or None when
    nothing was changed (no limit asked for, no ``resource`` module, or a lower limit
    already in force). An allocation over the cap then fails with ``MemoryError``, which
    ``lint_file`` reports as a ``too-large`` error.
    """
    if not extra_mb or extra_mb <= 0:
        return None
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    now = _vm_size()
    if not now:  # not Linux: address-space limits there (macOS) do not measure memory
        return None
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = now + int(extra_mb * 1048576)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft != resource.RLIM_INFINITY and soft <= limit:
            return None
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        return (soft, hard)
    except (ValueError, OSError):
        return None


def restore_memory_cap(previous) -> None:
    if previous is None:
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, previous)
    except (ImportError, ValueError, OSError):  # pragma: no cover
        pass


# ---------------------------------------------------------------------------------------
# Test-only fault injection
#
# Tests make the per-file work misbehave on chosen files, to prove that a crash, a hang or a
# memory blow-up in one file loses nothing else. They set FAULTS (a file's base name -> the
# fault), never plainlint itself: it is empty in every real run, and no environment
# variable is read. A run's plan carries it to the worker processes. Kinds:
#   crash  the process exits at once (os._exit), as a segfault in a C library would end it
#   segv   the process kills itself with SIGSEGV
#   hang   sleeps for an hour (a blocked read)
#   spin   a busy loop in Python (a parser going round in circles)
#   oom    allocates memory until the memory cap stops it
# In the in-process runner only hang, spin and oom make sense (crash would end the run).
# tests/faults.py runs the command line with them set, for tests that need a real process.

#: test-only: base name -> fault kind (see above)
FAULTS: dict = {}
#: test-only: use worker processes even for a few small files
FORCE_WORKERS = False


def inject_fault(name: str, faults: dict) -> None:
    """Misbehave as ``faults`` says for the file called ``name`` (test-only, see above)."""
    if not faults:
        return
    kind = faults.get(os.path.basename(name))
    if kind is None:
        return
    if kind == "crash":
        os._exit(86)
    elif kind == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(5)
    elif kind == "hang":
        time.sleep(3600)
    elif kind == "spin":
        n = 0
        while True:
            n += 1
    elif kind == "oom":
        # bytes(n) is zero memory from calloc: address space the cap counts, without the time of
        # touching every page (bytearray(n) writes each one), so a loaded machine cannot turn this
        # into a timeout before the cap is reached
        hog = []
        while True:
            hog.append(bytes(32 * 1048576))


# ---------------------------------------------------------------------------------------
# One file


@dataclass
class _Task:
    index: int
    path: str  # what to read (the real path, or the shown name for standard input)
    name: str  # as shown
    fmt: Optional[str]
    data: Optional[bytes]
    config: object
    keep_text: bool
    stats: bool
    timeout: Optional[float]
    key: Optional[str] = None  # cache key
    size: int = 0
    faults: Optional[dict] = None  # test-only (FAULTS), carried to the worker


def _timeout_result(task: _Task) -> FileResult:
    return FileResult(path=task.name, format=task.fmt or format_for(task.name),
                      error={"kind": "timeout",
                             "message": f"took longer than the time limit of {task.timeout:g} s "
                                        "(setting timeout, option --timeout)"})


def check_one(task: _Task, memory_mb: Optional[float] = None) -> FileResult:
    """Check one file in this process, within its time limit and the memory cap."""
    from .api import lint_file

    cap = set_memory_cap(memory_mb)
    try:
        with time_limit(task.timeout):
            inject_fault(task.name, task.faults)
            return lint_file(task.path, task.config, data=task.data, name=task.name, fmt=task.fmt,
                             keep_text=task.keep_text, stats=task.stats)
    except FileTimeout:
        return _timeout_result(task)
    except MemoryError:
        return FileResult(path=task.name, format=task.fmt or format_for(task.name),
                          error={"kind": "too-large", "message": _memory_message(memory_mb)})
    finally:
        restore_memory_cap(cap)


def _memory_message(memory_mb) -> str:
    if memory_mb:
        return (f"needed more memory than the limit of {memory_mb:g} MB per file "
                "(setting max-memory-mb)")
    return "ran out of memory reading this file"


# ---------------------------------------------------------------------------------------
# Worker processes


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


#: Rough seconds of work per MB of input, by format, and per file: used only to decide
#: whether starting workers (about a second each, in parallel) pays, and to hand out the
#: biggest files first so that no worker is left with a long file at the end.
_COST_PER_MB = {"pdf": 4.0, "docx": 1.5, "text": 1.5, "markdown": 1.5}
_COST_PER_FILE = 0.02
#: Start workers only when the estimated work in this process is above this many seconds.
_WORKERS_PAY_FROM = 2.5
#: How long a new worker may take to load the pipeline before it is given up on.
_STARTUP_LIMIT = 180.0


def _estimate(task: _Task) -> float:
    fmt = task.fmt or format_for(task.name) or "text"
    return _COST_PER_FILE + task.size / 1048576 * _COST_PER_MB.get(fmt, 2.0)


def _use_workers(todo: list, jobs: int) -> bool:
    if jobs <= 1 or len(todo) < 2:
        return False
    if FORCE_WORKERS:  # test-only: force the pool
        return True
    return sum(_estimate(t) for t in todo) > _WORKERS_PAY_FROM


def _warm_up(configs) -> None:
    """Load the pipeline and build the rules for each configuration (ConfigError and
    RuleFileError propagate: they are the user's to fix, not one file's)."""
    global _freeze_at_exit
    import gc

    from .pattern_store import stored as stored_patterns

    # A document's analysis makes hundreds of thousands of small objects that live until
    # the document is checked: at the default thresholds (700, 10, 10) the collector walked
    # them again and again, a tenth of the time of a 1 MB document, for no garbage: the
    # analysis makes no reference cycle once the checks' readings are let go
    # (``Analysed.release``, after each document), so reference counting frees it all. At
    # 50,000 six young collections still walked a 1 MB document (0.05 s); at 1,000,000 a
    # document of up to about 1 MB is never walked (peak memory on the 1 MB text of
    # bench/core.py the same either way, 232 MB in one process). Set before spaCy is
    # imported: importing it and building the pipeline and the rules makes a few hundred
    # thousand objects that live as long as the process, which the default thresholds
    # walked about 240 times on the way (0.05 s of every start) to free almost nothing;
    # now no collection runs before they are frozen out of the collector's sight.
    gc.set_threshold(1_000_000, 20, 100)
    # the regular expressions spaCy and the rules make on the way, made from their stored
    # compiled code where a run made them before (pattern_store: 0.08 s of every start);
    # plainlint's own modules imported here too (analysis, the API, the engine and the
    # word lists: some 50 module-level patterns, about 5 ms compiled the usual way)
    with stored_patterns():
        from .analysis import get_nlp
        from .api import lint_file
        from .wordlists import compile_waiting

        for cfg in configs[:8]:
            get_nlp(cfg.model)
        # spaCy's modules and the pipeline are a large heap that lives as long as the process:
        # moved out of the garbage collector's sight, a full collection no longer walks it
        # (one such walk was 0.05 s of a one-file pre-commit run). Only the command line and
        # its workers do this, never the library API inside someone else's program.
        gc.freeze()
        for cfg in configs[:8]:
            lint_file("warm-up.txt", cfg, data=b"A short sentence to load the pipeline.", fmt="text")
        compile_waiting()  # the word lists' patterns left for their first use, from the store
    gc.freeze()  # and the rules, word lists and matchers just built
    # and at exit the interpreter's last full collection would walk the whole last
    # document (0.3 s after a 1 MB one) only to free memory the process is giving back
    if not _freeze_at_exit:
        import atexit

        atexit.register(gc.freeze)
        _freeze_at_exit = True


_freeze_at_exit = False


def _worker_main(conn, warm_configs, memory_mb) -> None:  # pragma: no cover - runs in a child
    """A worker: load the pipeline once, then check one file at a time until told to stop."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        for name in ("SIGTERM", "SIGHUP"):  # end at once and quietly (the parent reports)
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
    except (ValueError, OSError):
        pass
    try:
        _worker_loop(conn, warm_configs, memory_mb)
    except (BrokenPipeError, EOFError, ConnectionError):
        return  # the parent went away (stopped or killed): nothing to tell, nobody to tell


def _worker_loop(conn, warm_configs, memory_mb) -> None:  # pragma: no cover - runs in a child
    from .api import lint_file
    from .errors import ConfigError, RuleFileError

    try:
        _warm_up(warm_configs)
    except (ConfigError, RuleFileError) as exc:
        conn.send(("fatal", exc.__class__.__name__, str(exc)))
        return
    set_memory_cap(memory_mb)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        task: _Task = msg
        fresh = False
        try:
            inject_fault(task.name, task.faults)
            result = lint_file(task.path, task.config, data=task.data, name=task.name, fmt=task.fmt,
                               keep_text=task.keep_text, stats=task.stats)
            if result.error and result.error.get("kind") == "too-large" and "memory" in result.error.get("message", ""):
                result.error["message"] = _memory_message(memory_mb)
                fresh = True
            plain = result.to_plain()
        except (ConfigError, RuleFileError) as exc:
            conn.send(("fatal", exc.__class__.__name__, str(exc)))
            return
        except MemoryError:
            plain = FileResult(path=task.name, format=task.fmt or format_for(task.name),
                               error={"kind": "too-large", "message": _memory_message(memory_mb)}).to_plain()
            fresh = True
        conn.send(("done", task.index, plain, peak_rss_mb(), fresh))
        if fresh:
            return  # after running out of memory, start again from a clean process


class _Worker:
    def __init__(self, ctx, warm_configs, memory_mb):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, warm_configs, memory_mb),
                                daemon=True, name="plainlint-worker")
        self.proc.start()
        child.close()
        self.started = time.monotonic()
        self.ready = False
        self.task: Optional[_Task] = None
        self.deadline: Optional[float] = None
        self.killed = False
        self.leaving = False  # it said it will end after its last file: give it no more
        self.peak_mb = 0.0

    def give(self, task: _Task) -> None:
        self.task = task
        self.deadline = time.monotonic() + task.timeout if task.timeout else None
        self.conn.send(task)

    def stop(self) -> None:
        try:
            if self.proc.is_alive():
                if self.task is None and self.ready:
                    try:
                        self.conn.send(None)
                    except OSError:
                        pass
                    self.proc.join(1.0)
                if self.proc.is_alive():
                    self.proc.kill()
            self.proc.join(2.0)
        finally:
            self.conn.close()


def _death_error(w: _Worker) -> dict:
    code = w.proc.exitcode
    if code is not None and code < 0:
        try:
            signame = signal.Signals(-code).name
        except ValueError:
            signame = f"signal {-code}"
        if -code == getattr(signal, "SIGKILL", 9):
            return {"kind": "too-large",
                    "message": "the process checking this file was killed by the system "
                               "(most likely it ran out of memory)"}
        return {"kind": "crashed", "message": f"the process checking this file crashed ({signame})"}
    return {"kind": "crashed", "message": f"the process checking this file stopped unexpectedly (exit code {code})"}


class _Pool:
    """A hand-rolled pool of spawned workers, one file per worker at a time."""

    def __init__(self, jobs: int, warm_configs: list, memory_mb: Optional[float]):
        import multiprocessing

        self.ctx = multiprocessing.get_context("spawn")
        self.jobs = jobs
        self.warm = warm_configs
        self.memory_mb = memory_mb
        self.workers: list[_Worker] = []
        self.start_failures = 0
        self.peak_mb: dict = {}  # worker pid -> peak resident MB

    def _spawn(self) -> None:
        old = {k: os.environ.get(k) for k in _THREAD_VARS}
        os.environ.update({k: "1" for k in _THREAD_VARS})  # one thread per worker: no oversubscription
        try:
            self.workers.append(_Worker(self.ctx, self.warm, self.memory_mb))
        finally:
            for k, v in old.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v

    def run(self, tasks: list, on_result: Callable[[_Task, FileResult], None]) -> list:
        """Check ``tasks``; call ``on_result`` for each as it ends. Returns tasks never run
        (when workers cannot be started at all), for the caller to run in-process."""
        from multiprocessing.connection import wait

        queue = list(tasks)
        queue.sort(key=_estimate, reverse=True)  # longest first: nobody is left with a big file last
        queue.reverse()  # pop() from the end
        try:
            for _ in range(min(self.jobs, len(queue))):
                try:
                    self._spawn()
                except OSError:  # no more processes allowed here
                    break
            while queue or any(w.task for w in self.workers):
                for w in self.workers:
                    if w.ready and not w.leaving and w.task is None and queue:
                        try:
                            w.give(queue.pop())
                        except OSError:
                            pass  # it died: its sentinel says so below
                if not self.workers:
                    return queue  # could not start any worker
                now = time.monotonic()
                limits = [w.deadline for w in self.workers if w.task and w.deadline]
                limits += [w.started + _STARTUP_LIMIT for w in self.workers if not w.ready]
                wait_for = max(0.0, min(limits) - now) if limits else None
                handles = [w.conn for w in self.workers] + [w.proc.sentinel for w in self.workers]
                wait(handles, timeout=wait_for)
                for w in list(self.workers):
                    self._drain(w, on_result)
                    now = time.monotonic()
                    overdue = w.task is not None and w.deadline is not None and now >= w.deadline
                    slow_start = not w.ready and now - w.started > _STARTUP_LIMIT
                    if overdue or slow_start:
                        w.killed = True
                        w.proc.kill()
                        w.proc.join(5.0)
                    if not w.proc.is_alive():
                        self._drain(w, on_result)  # a result sent just before it ended
                        self._retire(w, on_result, timed_out=overdue)
                        if not w.ready:
                            self.start_failures += 1
                        if queue:
                            if self.start_failures >= 3 and not any(x.ready for x in self.workers):
                                return queue  # workers cannot start here: run in-process
                            busy = sum(1 for x in self.workers if x.task)
                            if len(self.workers) < min(self.jobs, len(queue) + busy):
                                try:
                                    self._spawn()
                                except OSError:
                                    self.start_failures += 1
            return []
        finally:
            for w in self.workers:
                w.stop()
            self.workers = []

    def _drain(self, w: _Worker, on_result) -> None:
        """Read what a worker has sent: ready, a result, or a configuration error (raised)."""
        from .errors import ConfigError, RuleFileError

        try:
            while w.conn.poll():
                msg = w.conn.recv()
                if msg[0] == "ready":
                    w.ready = True
                elif msg[0] == "done":
                    _, index, plain, peak, leaving = msg
                    task = w.task
                    w.task, w.deadline = None, None
                    w.leaving = w.leaving or leaving
                    w.peak_mb = max(w.peak_mb, peak)
                    self.peak_mb[w.proc.pid] = w.peak_mb
                    if task is not None and task.index == index:
                        on_result(task, FileResult.from_plain(plain))
                elif msg[0] == "fatal":
                    _, name, message = msg
                    raise (RuleFileError if name == "RuleFileError" else ConfigError)(message)
        except (EOFError, OSError):
            pass

    def _retire(self, w: _Worker, on_result, timed_out: bool) -> None:
        self.workers.remove(w)
        task = w.task
        w.task = None
        if task is not None:
            if timed_out:
                on_result(task, _timeout_result(task))
            else:
                on_result(task, FileResult(path=task.name, format=task.fmt or format_for(task.name),
                                           error=_death_error(w)))
        w.stop()


_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


# ---------------------------------------------------------------------------------------
# The run

#: Errors that depend on this run (its limits, the machine) rather than on the file: never cached.
_NOT_CACHED = {"timeout", "crashed", "too-large", "unreadable", "not-found"}


class RunStats:
    """What a run did, for benchmarks and tests: how many files came from the cache, whether
    workers were used, and each worker's peak memory."""

    def __init__(self):
        self.cached = 0
        self.checked = 0
        self.workers = False
        self.peak_mb: dict = {}


@dataclass
class RunOptions:
    """What the caller asks of a run; everything else comes from each file's configuration."""

    jobs: int = 1  # worker processes at most (they start only when the work pays for them)
    keep_text: bool = False  # keep each document's text (the HTML report)
    stats: bool = False  # per-section figures and the hardest sentences (plainlint stats)
    timeout: Optional[float] = None  # seconds per file, over each file's configured limit
    memory_mb: Optional[float] = None  # what a file may add (default: the configuration's max-memory-mb)
    cache: object = None  # a plainlint.cache.ResultCache, or None


@dataclass
class Plan:
    """What a run will do, decided before any file is checked (see :func:`plan_run`)."""

    size: int  # how many targets: results come back in their order
    known: list  # (index, FileResult) known already: a target's error, or a cache hit
    tasks: list  # the files to check (_Task)
    workers: int  # worker processes to start; 0: check in this process
    memory_mb: Optional[float] = None
    cache: object = None
    faults: dict = field(default_factory=dict)  # test-only (FAULTS), carried to the workers


def plan_run(targets: list[Target], resolver, options: RunOptions) -> Plan:
    """Decide the run: each target's configuration, time limit and cache key, what is known
    without checking (errors, cache hits), and whether worker processes pay."""
    faults = dict(FAULTS)
    memory_mb = options.memory_mb
    known: list = []
    tasks: list[_Task] = []
    for i, t in enumerate(targets):
        if t.error:
            known.append((i, FileResult(path=t.path, error=t.error)))
            continue
        config = resolver.for_path(t.real)
        fmt = t.fmt or format_for(t.path)
        task = _Task(index=i, path=t.real or t.path, name=t.path, fmt=t.fmt, data=t.data, config=config,
                     keep_text=options.keep_text, stats=options.stats,
                     timeout=options.timeout if options.timeout is not None else getattr(config, "timeout", None),
                     faults=faults or None)
        try:
            task.size = len(t.data) if t.data is not None else os.path.getsize(task.path)
        except OSError:
            task.size = 0
        if memory_mb is None:
            memory_mb = getattr(config, "max_memory_mb", None)
        hit = _cached(options.cache, t, task, fmt) if options.cache is not None and t.real is not None else None
        if hit is not None:
            known.append((i, hit))
            continue
        tasks.append(task)
    workers = min(options.jobs, len(tasks)) if _use_workers(tasks, options.jobs) else 0
    return Plan(size=len(targets), known=known, tasks=tasks, workers=workers, memory_mb=memory_mb,
                cache=options.cache, faults=faults)


def _cached(cache, t: Target, task: _Task, fmt) -> Optional[FileResult]:
    """The cached result for this file, or None (sets the task's cache key)."""
    task.key = cache.key_for_file(t.real, task.config, fmt, keep_text=task.keep_text, stats=task.stats)
    hit = cache.get(task.key) if task.key else None
    if hit is None:
        return None
    try:
        r = FileResult.from_plain(hit)
    except (KeyError, TypeError, ValueError):
        return None  # an entry from another shape: check the file again
    r.path = t.path
    r.cached = True
    return r


def execute(plan: Plan, *, progress: Optional[Callable] = None, on_result: Optional[Callable] = None,
            run_stats: Optional[RunStats] = None) -> list[FileResult]:
    """Carry out ``plan``; results come back in the targets' order, whatever the workers.

    ``progress`` is called with each FileResult as it ends (in the order they end), and
    ``on_result`` with (its index among the targets, the FileResult), so that a caller can
    write a report in the targets' order while the run goes on.
    """
    results: list[Optional[FileResult]] = [None] * plan.size
    run_stats = run_stats if run_stats is not None else RunStats()
    cache = plan.cache

    def finish(index: int, result: FileResult) -> None:
        results[index] = result
        if progress:
            progress(result)
        if on_result:
            on_result(index, result)

    for index, result in plan.known:
        run_stats.cached += result.cached
        finish(index, result)

    def done(task: _Task, result: FileResult) -> None:
        if result.path != task.name:
            result.path = task.name
        run_stats.checked += 1
        if cache is not None and task.key and not (result.error and result.error.get("kind") in _NOT_CACHED):
            cache.put(task.key, result.to_plain())
        finish(task.index, result)

    todo = plan.tasks
    if todo and not plan.workers:
        # load the pipeline before any file's clock starts, as a worker does
        _warm_up(list({id(t.config): t.config for t in todo}.values()))
        from .api import keep_last_analysis

        # and do not free the last document's analysis object by object just before exit
        keep_last_analysis()
    if plan.workers:
        run_stats.workers = True
        warm = list({id(t.config): t.config for t in todo}.values())
        pool = _Pool(plan.workers, warm[:8], plan.memory_mb)
        left = pool.run(todo, done)
        run_stats.peak_mb = dict(pool.peak_mb)
        todo = left
    for task in todo:
        done(task, check_one(task, plan.memory_mb))
    return [r for r in results if r is not None]


def run_targets(targets: list[Target], resolver, options: Optional[RunOptions] = None, *,
                progress: Optional[Callable] = None, on_result: Optional[Callable] = None,
                run_stats: Optional[RunStats] = None) -> list[FileResult]:
    """Check every target: :func:`plan_run`, then :func:`execute`."""
    return execute(plan_run(targets, resolver, options or RunOptions()), progress=progress,
                   on_result=on_result, run_stats=run_stats)


# ---------------------------------------------------------------------------------------
# Progress


@contextmanager
def progress_bar(total: int, enabled: bool):
    """A progress bar on standard error (files done, files per second, time left), or nothing.

    Yields a callback taking each FileResult as it ends. Only shown when ``enabled`` (the CLI
    asks for it when standard error is a terminal and --quiet is not given) and there is
    more than one file.
    """
    if not enabled or total < 2:
        yield None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeRemainingColumn)
    from rich.text import Text

    class _Rate(ProgressColumn):
        def render(self, task):
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} files/s" if speed else "– files/s", style="progress.data.speed")

    console = Console(stderr=True)
    bar = Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                   _Rate(), TimeRemainingColumn(), TextColumn("left"),
                   console=console, transient=True)
    with bar:
        task_id = bar.add_task("check", total=total)
        yield lambda result: bar.advance(task_id)
