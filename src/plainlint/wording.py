"""Small helpers for the words plainlint writes in messages and reports, written once."""

from __future__ import annotations

from typing import Iterable


def clip(text: str, n: int, *, squeeze: bool = True, rstrip: bool = True) -> str:
    """``text`` cut to at most ``n`` characters, ending in '…' when cut. ``squeeze`` first
    makes every run of white space one space; ``rstrip`` drops the space before the '…'."""
    if squeeze:
        text = " ".join(str(text).split())
    if len(text) <= n:
        return text
    head = text[: n - 1]
    return (head.rstrip() if rstrip else head) + "…"


def join_words(items: Iterable[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (or 'or' with ``last="or"``)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
