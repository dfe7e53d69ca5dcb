"""The result cache: a file whose bytes, configuration and plainlint version have not changed
is not checked again.

Where: ``.plainlint_cache`` in the current folder by default, like ``.pytest_cache`` and
``.ruff_cache``: easy to find, easy to delete, kept per project (a CI job can keep it between
runs by naming one path), and never mixed with another project's settings. The config key
``cache-dir`` (relative to its config file) or ``--cache-dir`` moves it, for example to a
shared drive's scratch folder or to ``~/.cache/plainlint``. It holds a ``.gitignore`` of
``*`` and a ``CACHEDIR.TAG``, so git and backup tools leave it alone. This folder is the
only thing plainlint writes about documents apart from the reports it is asked for (the
command line also keeps the compiled form of its own regular expressions, like Python's
bytecode files, in the user's cache folder: ``pattern_store``).

Safe to delete at any time, even during a run: every entry is written to a temporary file
and renamed into place (atomic), an entry that cannot be read or does not match its key is
ignored (the file is simply checked again), and a folder that cannot be written only turns
the cache off for that run.

Never trusted: an entry is read only if it is a regular file (not a FIFO, a device or a
link to one) of at most ``MAX_ENTRY_BYTES``; every field of the stored result is checked
for its type before it is used; and each entry carries an HMAC of its key and its result
made with a random secret kept in the cache folder (``.secret``, readable only by its
owner, and left out of git by the folder's ``.gitignore``), so an entry copied from another
cache, committed to a repository or edited by hand cannot stand in for a document's
result. A folder that already holds anything other than a plainlint cache (``cache-dir =
"."``, a folder of documents) is never used: the cache is off for that run, with a note.

The key of an entry is the SHA-256 of: the file's bytes; the configuration's fingerprint
(rules selected, options, word lists and their contents, limits); plainlint's version and a
hash of its code and rule and word-list data (so a development checkout that changes a rule
does not serve stale results); the format the file is read as; the spaCy version and the
trained pipeline's version when one is configured; a hash of the PDF password, if given; and
whether the extracted text or the per-section statistics were asked for.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import __version__

DEFAULT_DIR = ".plainlint_cache"
_LAYOUT = "v2"  # change when the entry format changes (v2: entries carry an HMAC)
#: The largest entry read back (a result with the whole text of a very large document).
MAX_ENTRY_BYTES = 256 * 1048576
#: What plainlint itself puts in a cache folder: anything else means it is not one.
_OURS = {".gitignore", "CACHEDIR.TAG", ".secret", "v1", "v2"}
_CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                 "# This file is a cache directory tag created by plainlint.\n"
                 "# For information about cache directory tags see https://bford.info/cachedir/\n")


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """A hash of plainlint's own code and its shipped rule and word-list data."""
    from . import resources

    h = hashlib.sha256(__version__.encode())
    roots = [Path(__file__).resolve().parent]
    for get in (resources.rules_dir, resources.wordlists_dir):
        try:
            roots.append(get())
        except FileNotFoundError:
            pass
    for root in roots:
        for path in sorted(root.rglob("*")):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            if path.suffix not in (".py", ".toml", ".txt", ".json"):
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            h.update(path.relative_to(root).as_posix().encode())
            h.update(hashlib.sha256(data).digest())
    return h.hexdigest()[:20]


@lru_cache(maxsize=None)
def _package_version(name: str) -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version(name)
    except PackageNotFoundError:
        return "absent"
    except Exception:  # noqa: BLE001 - an odd installation must not end the run
        return "unknown"


def file_digest(path: str, limit: Optional[int] = None) -> Optional[str]:
    """SHA-256 of a file's bytes, or None if it cannot be read or is over ``limit`` bytes."""
    try:
        if limit is not None and os.path.getsize(path) > limit:
            return None
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


class ResultCache:
    """Results stored as JSON, one file per entry, under ``folder/v1/ab/<key>.json``."""

    def __init__(self, folder: Optional[str] = None):
        self.folder = Path(folder or DEFAULT_DIR)
        self.problem: Optional[str] = None  # why writing was turned off, to tell the user once
        self.hits = 0
        self._fingerprints: dict = {}  # id(config) -> its part of the key
        self._configs: list = []  # the configs those ids belong to (kept alive, so ids stay unique)
        self._prepared = False
        self._checked_folder: Optional[bool] = None
        self._key: Optional[bytes] = None

    # keys ------------------------------------------------------------------------------

    def _config_part(self, config) -> str:
        fp = self._fingerprints.get(id(config))
        if fp is None:
            parts = {"config": config.fingerprint(), "model": config.model,
                     "model_version": _package_version(config.model) if config.model else None,
                     "password": hashlib.sha256(config.password.encode()).hexdigest()
                     if getattr(config, "password", None) else None}
            fp = json.dumps(parts, sort_keys=True)
            self._fingerprints[id(config)] = fp
            self._configs.append(config)
        return fp

    def key(self, digest: str, config, fmt: Optional[str], *, keep_text=False, stats=False) -> str:
        """The entry key for a file with content hash ``digest`` checked with ``config``."""
        parts = json.dumps({
            "layout": _LAYOUT, "plainlint": __version__, "code": code_fingerprint(),
            "spacy": _package_version("spacy"), "config": self._config_part(config),
            "format": fmt, "text": bool(keep_text), "stats": bool(stats),
        }, sort_keys=True)
        return hashlib.sha256(f"{parts}\n{digest}".encode()).hexdigest()

    def key_for_file(self, path: str, config, fmt: Optional[str], *, keep_text=False,
                     stats=False) -> Optional[str]:
        """The key for a file on disk, or None when it should not be cached (unreadable, or
        over the size limit, so that it is refused before being read)."""
        if fmt is None:
            return None  # not a document plainlint reads: refused at once, nothing to save
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return None  # a pipe or a device: never read it just to hash it
        except OSError:
            return None
        limit = int(getattr(config, "max_file_mb", 100) * 1048576)
        digest = file_digest(path, limit)
        if digest is None:
            return None
        return self.key(digest, config, fmt, keep_text=keep_text, stats=stats)

    # entries ---------------------------------------------------------------------------

    def _path(self, key: str) -> Path:
        return self.folder / _LAYOUT / key[:2] / f"{key}.json"

    def get(self, key: str) -> Optional[dict]:
        """The stored plain result for ``key``, or None (absent, unreadable, not a regular
        file, too large, forged or of the wrong shape)."""
        if not self._usable():
            return None
        secret = self._secret(create=False)
        if secret is None:
            return None
        raw = _read_regular(self._path(key), MAX_ENTRY_BYTES)
        if raw is None:
            return None
        try:
            entry = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != key or not isinstance(entry.get("mac"), str):
            return None
        result = entry.get("result")
        if not valid_result(result):
            return None
        if not hmac.compare_digest(entry["mac"], _mac(secret, key, result)):
            return None
        self.hits += 1
        return result

    def _usable(self) -> bool:
        """Is the folder absent, empty or a plainlint cache? Anything else (the project
        itself, a folder of documents) is never read or written."""
        if self._checked_folder is not None:
            return self._checked_folder
        ok = True
        try:
            if self.folder.is_dir():
                names = set(os.listdir(self.folder))
                ok = not (names - _OURS)
                if not ok:
                    self.problem = (f"{self.folder} holds files that are not plainlint's cache "
                                    "(cache-dir must be a folder of its own); carrying on without the cache")
            elif self.folder.exists():
                ok = True  # a file in the way: put() reports it
        except OSError:
            ok = True
        self._checked_folder = ok
        return ok

    def _secret(self, create: bool) -> Optional[bytes]:
        if self._key is not None:
            return self._key
        path = self.folder / ".secret"
        data = _read_regular(path, 256)
        if data is not None and len(data) >= 32:
            self._key = data
        elif create:
            data = os.urandom(32).hex().encode()
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(path, flags, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            self._key = data
        return self._key

    def _prepare(self) -> None:
        if self._prepared:
            return
        self._prepared = True
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", "# Created by plainlint: this folder is a cache.\n*\n"),
                           ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            p = self.folder / name
            if not p.exists():
                self._write_atomic(p, text.encode())
        self._secret(create=True)

    def put(self, key: str, result: dict) -> bool:
        """Store ``result`` (plain data) under ``key``. Never raises: on failure the cache is
        turned off for the rest of the run and ``problem`` says why."""
        if self.problem is not None or not self._usable():
            return False
        try:
            self._prepare()
            data = json.dumps({"key": key, "mac": _mac(self._key, key, result), "result": result},
                              ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            self._write_atomic(self._path(key), data)
            return True
        except (OSError, TypeError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.problem = f"cannot write the cache in {self.folder} ({reason}); carrying on without it"
            return False

    @staticmethod
    def _write_atomic(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise


def _mac(secret: bytes, key: str, result: dict) -> str:
    body = json.dumps(result, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hmac.new(secret, f"{key}\n{body}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


def _read_regular(path, limit: int) -> Optional[bytes]:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes, else None.
    Never follows a final symbolic link, never blocks on a FIFO, never reads a device."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        chunks, size = [], 0
        while True:
            block = os.read(fd, min(1 << 20, limit + 1 - size))
            if not block:
                break
            chunks.append(block)
            size += len(block)
            if size > limit:
                return None
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


_OPT_INT = (int, type(None))
_OPT_STR = (str, type(None))
_LOCATION = {"line": _OPT_INT, "column": _OPT_INT, "end_line": _OPT_INT, "end_column": _OPT_INT,
             "page": _OPT_INT, "paragraph": _OPT_INT, "section": _OPT_STR}


def _is(value, types) -> bool:
    return isinstance(value, types) and not (isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)))


def valid_result(d) -> bool:
    """Is ``d`` a plain result of the shape ``FileResult.to_plain`` writes? Every field used
    by the reports is checked for its type, so a damaged or hand-made entry is ignored
    rather than ending the run with a traceback."""
    from .engine import CATEGORIES, SEVERITIES

    try:
        if not isinstance(d, dict) or not _is(d.get("path"), str) or not _is(d.get("format"), _OPT_STR):
            return False
        err = d.get("error")
        if err is not None and not (isinstance(err, dict) and _is(err.get("kind"), str)
                                    and _is(err.get("message"), str)):
            return False
        if not isinstance(d.get("metrics") or {}, dict) or not _is(d.get("text"), _OPT_STR):
            return False
        for name in ("warnings",):
            if not isinstance(d.get(name) or [], list) or not all(_is(w, str) for w in d.get(name) or []):
                return False
        for name in ("sections", "hardest"):
            if not isinstance(d.get(name) or [], list) or not all(isinstance(x, dict) for x in d.get(name) or []):
                return False
        findings = d.get("findings", [])
        if not isinstance(findings, list):
            return False
        for f in findings:
            if not isinstance(f, dict):
                return False
            if not all(_is(f.get(k), str) for k in ("rule", "message", "text")):
                return False
            if f.get("category") not in CATEGORIES or f.get("severity") not in SEVERITIES:
                return False
            if not isinstance(f.get("suggestions"), list) or not all(_is(x, str) for x in f["suggestions"]):
                return False
            if not all(_is(f.get(k, 0), int) for k in ("start", "end")) or not _is(f.get("document_level", False), bool):
                return False
            loc = f.get("location")
            if not isinstance(loc, dict):
                return False
            if not all(_is(loc.get(k), t) for k, t in _LOCATION.items()):
                return False
            table = f.get("table")
            if table is not None and not (isinstance(table, list) and len(table) == 3 and all(_is(x, int) for x in table)):
                return False
            if not _is(f.get("kind"), _OPT_STR):
                return False
            ctx = f.get("context")
            if ctx is not None and not (isinstance(ctx, dict) and _is(ctx.get("text"), str)
                                        and _is(ctx.get("start"), int) and _is(ctx.get("end"), int)):
                return False
        return True
    except (TypeError, ValueError, AttributeError):
        return False


def cache_folder(cli_dir: Optional[str], config) -> str:
    """The cache folder: --cache-dir, else the config's cache-dir, else .plainlint_cache here."""
    return cli_dir or getattr(config, "cache_dir", None) or DEFAULT_DIR
