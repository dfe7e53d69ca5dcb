"""Finding the files to check and running the per-file work over them, in a stable order."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from .engine import FileResult
from .extract import SUPPORTED_SUFFIXES


@dataclass
class Target:
    path: str  # as shown to the user
    real: Optional[str] = None  # None for standard input
    data: Optional[bytes] = None
    fmt: Optional[str] = None
    error: Optional[dict] = None  # a path that cannot be checked at all


def _excluded(path: str, patterns: list) -> bool:
    if not patterns:
        return False
    p = path.replace(os.sep, "/")
    name = os.path.basename(p)
    for pat in patterns:
        if fnmatch.fnmatch(p, pat) or fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(p, f"*/{pat}") \
                or fnmatch.fnmatch(p, f"{pat.rstrip('/')}/*") or fnmatch.fnmatch(p, f"*/{pat.rstrip('/')}/*"):
            return True
    return False


def collect(paths: list, exclude: list = (), gitignore: bool = True) -> list[Target]:
    """Files named, and supported documents found in folders (recursively, sorted)."""
    out: list[Target] = []
    seen = set()
    for p in paths:
        if p == "-":
            out.append(Target(path="-", real=None))
            continue
        if os.path.isdir(p):
            found = []
            ignore = _GitIgnore(p) if gitignore else None
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__")
                                 and not _excluded(os.path.join(root, d), exclude)
                                 and not (ignore and ignore.ignored(os.path.join(root, d), True)))
                for f in sorted(files):
                    full = os.path.join(root, f)
                    if not f.lower().endswith(SUPPORTED_SUFFIXES) or f.startswith("~$"):
                        continue
                    if _excluded(full, exclude) or (ignore and ignore.ignored(full, False)):
                        continue
                    found.append(full)
            if not found:
                out.append(Target(path=p, error={"kind": "no-documents", "message": "folder holds no documents plainlint reads (.docx, .pdf, .md, .txt)"}))
            for f in sorted(found):
                key = os.path.realpath(f)
                if key not in seen:
                    seen.add(key)
                    out.append(Target(path=f, real=f))
            continue
        if not os.path.exists(p):
            out.append(Target(path=p, error={"kind": "not-found", "message": "no such file or folder"}))
            continue
        key = os.path.realpath(p)
        if key in seen:
            continue
        seen.add(key)
        out.append(Target(path=p, real=p))
    return out


class _GitIgnore:
    """Respect .gitignore when the folder is inside a git work tree (needs pathspec)."""

    def __init__(self, folder: str):
        self.root = None
        self.spec = None
        d = Path(folder).resolve()
        for cand in [d, *d.parents]:
            if (cand / ".git").exists():
                self.root = cand
                break
        if self.root is None:
            return
        try:
            import pathspec
        except ImportError:  # pragma: no cover
            return
        lines = []
        for gi in [self.root / ".gitignore", *sorted(self.root.rglob(".gitignore"))[:200]]:
            try:
                rel = gi.parent.relative_to(self.root).as_posix()
                for line in gi.read_text(encoding="utf-8", errors="replace").splitlines():
                    s = line.strip()
                    if not s or s.startswith("#"):
                        continue
                    if rel != "." and not s.startswith("/") and "/" not in s.rstrip("/"):
                        lines.append(s)
                    elif rel != ".":
                        neg = s.startswith("!")
                        body = s[1:] if neg else s
                        lines.append(("!" if neg else "") + f"/{rel}/{body.lstrip('/')}")
                    else:
                        lines.append(s)
            except OSError:
                continue
        self.spec = pathspec.PathSpec.from_lines("gitwildmatch", lines)

    def ignored(self, path: str, is_dir: bool) -> bool:
        if self.spec is None:
            return False
        try:
            rel = Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return False
        return self.spec.match_file(rel + ("/" if is_dir else ""))


def run_targets(targets: list[Target], resolver, *, keep_text=False, stats=False,
                progress: Optional[Callable] = None, jobs: int = 1, timeout: Optional[float] = None,
                cache=None) -> list[FileResult]:
    """Check every target; results come back in the targets' order, whatever ``jobs`` is."""
    from .api import lint_file

    results: list[FileResult] = []
    for t in targets:
        if t.error:
            results.append(FileResult(path=t.path, error=t.error))
        else:
            config = resolver.for_path(t.real)
            results.append(lint_file(t.real or t.path, config, data=t.data, name=t.path, fmt=t.fmt,
                                     keep_text=keep_text, stats=stats))
        if progress:
            progress(results[-1])
    return results
