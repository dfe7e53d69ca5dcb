"""Where the shipped data lives: inside the installed package, or in the source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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
