"""Issue 15's speed shortcut in the acronym check's test for letters written in brackets anywhere on the page
(``f"({letters})" in text``, asked of each acronym that reaches the product-word reading: 80 scans of the page on
1 MB): the texts the page writes in brackets are found once a check (``check._bracketed_texts``) and the letters
looked up there (``check._written_in_brackets``); and the search of the page for a word written whole
(``survey.written_whole``: a pattern opening with a look-behind, so a search tried it at every position) tried only
where ``str.find`` finds the word. Each compared here with the way it was, on text of our own, the fixtures (and the
shared corpus's Markdown where it is present) and text made by hypothesis.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.checks.acronyms.check import _bracketed_texts, _written_in_brackets
from plainlint.checks.acronyms.survey import written_whole

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _same(text: str, letters: str) -> None:
    assert _written_in_brackets(text, letters, _bracketed_texts(text)) == (f"({letters})" in text), (text, letters)


def _letters_of(text: str) -> set:
    found = set(re.findall(r"[A-Z][A-Za-z0-9&]*[A-Z0-9]s?", text))
    return found | {"", "A", "(QZ", "QZ)", "Q(Z)"} | set(re.findall(r"\(([^()]*)\)", text)[:50])


def test_own_examples():
    texts = [
        "The board (QZB) met. Later (QZB again) and ((QZC)) and (QZD(QZE)) and QZF) and (QZG",
        "()(QZ)(Q(Z))) ((Q) Z) (Q\nZ) (QZ ) ( QZ)",
        "",
        "no brackets at all",
        "(((((",
        ")))))",
    ]
    for text in texts:
        for letters in _letters_of(text) | {"QZB", "QZC", "QZD", "QZE", "QZF", "QZG", "Q", "QZ", "Q\nZ", "QZ ", " QZ",
                                            "(Q) Z", "QZB again", "QZD(QZE)"}:
            _same(text, letters)


def test_fixtures_and_corpus():
    paths = sorted((ROOT / "fixtures").glob("*.md")) + sorted((ROOT / "fixtures").glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.md"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        bracketed = _bracketed_texts(text)
        for letters in _letters_of(text):
            assert _written_in_brackets(text, letters, bracketed) == (f"({letters})" in text), (path, letters)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="()QZ a\n", max_size=40), st.text(alphabet="()QZ a", max_size=5))
def test_hypothesis(text, letters):
    _same(text, letters)


def _whole_before(text: str, word: str) -> bool:
    """The search as it was written: the pattern over the whole page."""
    return re.search(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text) is not None


def test_written_whole_own_examples():
    text = "smith's smithy -smith smith- Smith blacksmith ’smith x_smith smith_ 2smith smith2 élan \nsmith\n"
    for word in ("smith", "smithy", "élan", "lan", "x", "", "2", "smith's", "s", "-smith", "h", "Smith"):
        assert written_whole(text, word) == _whole_before(text, word), word
    assert written_whole("a smith b", "smith") and not written_whole("blacksmith", "smith")


def test_written_whole_fixtures_and_corpus():
    paths = sorted((ROOT / "fixtures").glob("*.md"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.md"))[:12]
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        words = sorted(set(re.findall(r"[A-Za-z][a-z'’-]+", text)))[:40] + ["zqxj", "the", "health", "we'll"]
        for word in words:
            low = word.lower()
            assert written_whole(text, low) == _whole_before(text, low), (path, low)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab-'’_1 é\n", max_size=30), st.text(alphabet="ab-'’1é", max_size=3))
def test_written_whole_hypothesis(text, word):
    assert written_whole(text, word) == _whole_before(text, word)
