"""Helpers the readability tests of sets WX, YZ and AB share: the long-sentence findings of a text at every
severity, the one finding of a one-sentence text, and whether a message names a word among its long abstract
nouns."""

from __future__ import annotations

from plainlint.api import check_text
from plainlint.config import Config


def long_findings(text: str) -> list:
    """Every long-sentence finding of ``text``, suggestions included."""
    cfg = Config()
    cfg.min_severity = "suggestion"
    return [f for f in check_text(text, cfg, fmt="text", name="example.txt").findings if f.rule == "long-sentence"]


def one_long(text: str):
    """The single long-sentence finding of a one-sentence text (fails the test if there is not exactly one)."""
    found = long_findings(text + "\n")
    assert len(found) == 1, [f.message for f in found]
    return found[0]


def abstract_named(message: str, word: str) -> bool:
    """Does ``message`` name ``word`` among its long abstract nouns?"""
    return "long abstract nouns" in message and f"'{word}'" in message.split("long abstract nouns", 1)[1]
