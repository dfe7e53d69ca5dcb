"""What the plain-words tests of each reading round (tests/test_plain_words_set_*.py) ask of a sentence:
the plain-words findings on words that start with a given word, as (words, severity, suggestions)."""

from __future__ import annotations

from plainlint.api import check_text


def plain_findings(text: str, word: str) -> list:
    return [(text[f.start:f.end], f.severity, f.suggestions) for f in check_text(text).findings
            if f.category == "plain-words" and text[f.start:f.end].lower().startswith(word)]
