"""The result cache: a file whose bytes, configuration and plainlint version have not changed
is not checked again.

Where: ``.plainlint_cache`` in the current folder by default, like ``.pytest_cache`` and
``.ruff_cache``: easy to find, easy to delete, kept per project (a CI job can keep it between
runs by naming one path), and never mixed with another project's settings. The config key
``cache-dir`` (relative to its config file) or ``--cache-dir`` moves it, for example to a
shared drive's scratch folder or to ``~/.cache/plainlint``. It holds a ``.gitignore`` of
``*`` and a ``CACHEDIR.TAG``, so git and backup tools leave it alone. This folder is the
only thing plainlint writes apart from the reports it is asked for.

Safe to delete at any time, even during a run: every entry is written to a temporary file
and renamed into place (atomic), an entry that cannot be read or does not match its key is
ignored (the file is simply checked again), and a folder that cannot be written only turns
the cache off for that run.

The key of an entry is the SHA-256 of: the file's bytes; the configuration's fingerprint
(rules selected, options, word lists and their contents, limits); plainlint's version and a
hash of its code and rule and word-list data (so a development checkout that changes a rule
does not serve stale results); the format the file is read as; the spaCy version and the
trained pipeline's version when one is configured; a hash of the PDF password, if given; and
whether the extracted text or the per-section statistics were asked for.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional

from . import __version__

DEFAULT_DIR = ".plainlint_cache"
_LAYOUT = "v1"  # change when the entry format changes
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
        """The stored plain result for ``key``, or None (absent, unreadable or corrupt)."""
        try:
            with open(self._path(key), "rb") as fh:
                entry = json.loads(fh.read().decode("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != key:
            return None
        result = entry.get("result")
        if not isinstance(result, dict) or not isinstance(result.get("findings", []), list):
            return None
        self.hits += 1
        return result

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

    def put(self, key: str, result: dict) -> bool:
        """Store ``result`` (plain data) under ``key``. Never raises: on failure the cache is
        turned off for the rest of the run and ``problem`` says why."""
        if self.problem is not None:
            return False
        try:
            self._prepare()
            data = json.dumps({"key": key, "result": result}, ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8")
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


def cache_folder(cli_dir: Optional[str], config) -> str:
    """The cache folder: --cache-dir, else the config's cache-dir, else .plainlint_cache here."""
    return cli_dir or getattr(config, "cache_dir", None) or DEFAULT_DIR
