"""Where the shipped data lives: inside the installed package, or in the source checkout."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

_PKG = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def _find(name: str) -> Path:
    inside = _PKG / name  # a wheel install: force-included into the package
    if inside.is_dir():
        return inside
    checkout = _PKG.parent.parent / name  # an editable install or a source checkout
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"plainlint's {name}/ folder is missing from this installation")


def rules_dir() -> Path:
    return _find("rules")


def wordlists_dir() -> Path:
    return _find("wordlists")


# ---------------------------------------------------------------------------------------
# Reading the shipped TOML quickly
#
# Python's TOML reader is pure Python: the shipped rule files and word lists (about 300 KB)
# take some 0.06 s to parse, which a pre-commit run on one file pays every time. When the
# wheel is built, hatch_build.py stores a JSON copy of each beside the package
# (plainlint/_compiled/<folder>/<name>.json) with the SHA-256 of the TOML bytes it was made
# from. A copy is used only when that hash matches the file being read, so an edited file
# (or a source checkout, which has no copies) is always parsed from its TOML.

COMPILED = "_compiled"


def compiled_copy(path: Path) -> Optional[Path]:
    """Where the JSON copy of a shipped TOML file would be, or None for any other file."""
    path = Path(path)
    folder = path.parent.name
    if folder not in ("rules", "wordlists"):
        return None
    try:
        if path.parent.resolve() != _find(folder).resolve():
            return None
    except (OSError, FileNotFoundError):
        return None
    return _PKG / COMPILED / folder / (path.name + ".json")


def read_toml(path: Path) -> dict:
    """A TOML file's data. Raises OSError when it cannot be read and ValueError when it is
    not valid UTF-8 TOML."""
    return read_toml_built(path)[0]


def read_toml_built(path: Path) -> tuple:
    """(data, built) for a TOML file, as :func:`read_toml`; ``built`` is True when the data is
    the wheel's JSON copy of a shipped file (made at build time from these very bytes: the
    hash matched). Shipped files pass their loaders' strict record checks in every test run
    of the source the wheel is built from, so a loader may leave those checks out for a
    built copy (``tests/test_speed_shortcuts_records.py``); a source checkout, an edited file
    or a writer's own file is always checked."""
    import hashlib

    raw = Path(path).read_bytes()
    copy = compiled_copy(path)
    if copy is not None and copy.is_file():
        import json

        try:
            stored = json.loads(copy.read_bytes())
            if (isinstance(stored, dict) and isinstance(stored.get("data"), dict)
                    and stored.get("sha256") == hashlib.sha256(raw).hexdigest()):
                return stored["data"], True
        except (OSError, ValueError):
            pass  # a damaged copy: read the TOML
    return toml_loads(raw.decode("utf-8")), False


def toml_loads(text: str) -> dict:
    """TOML text's data; ValueError when it is not valid TOML."""
    if sys.version_info >= (3, 11):
        import tomllib as toml
    else:  # pragma: no cover - Python 3.10
        import tomli as toml
    try:
        return toml.loads(text)
    except toml.TOMLDecodeError as exc:
        raise ValueError(str(exc)) from None
    except RecursionError:  # an array or table nested thousands deep (issue 23)
        raise ValueError("nested too deeply") from None
