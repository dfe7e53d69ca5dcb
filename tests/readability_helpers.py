"""Helpers shared by the readability test files: the long-sentence messages of a text checked whole,
and the long abstract nouns the sentence-shape reader names in one sentence."""

from __future__ import annotations

from plainlint.api import check_text
from plainlint.config import Config


def long_sentence_messages(text: str) -> list:
    """The messages of every long-sentence finding on ``text``, suggestions included."""
    cfg = Config()
    cfg.min_severity = "suggestion"
    r = check_text(text, cfg, fmt="text", name="example.txt")
    return [f.message for f in r.findings if f.rule == "long-sentence"]


def abstract_nouns(text: str) -> list:
    """The long abstract nouns (in lower case) the sentence-shape reader names in ``text``, one sentence,
    with a word of eight letters or more counted as three syllables."""
    from plainlint.checks.sentence_shape import shape

    texts = text.replace(",", " ,").replace(".", " .").split()
    word = [t[:1].isalnum() for t in texts]
    return [w.lower() for w in shape(texts, word, syllables=lambda w: 3 if len(w) >= 8 else 1, text=text).abstract]
