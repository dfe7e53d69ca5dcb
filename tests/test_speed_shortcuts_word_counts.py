"""Issue 15: ``Analysed.word_count`` counts its first few words one by one (``str.find``) and then every run of
letters at once (``analysis._letter_runs``, in C); both ways against ``re.findall("[a-z]+", text.lower())``."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import plainlint.analysis as A
from plainlint.config import Config
from plainlint.extract import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _documents():
    cfg = Config()
    paths = [ROOT / "fixtures" / n for n in ("sample.md", "board-paper.docx", "board-paper.pdf")]
    paths += sorted(CORPUS.glob("*.md"))[:6] if CORPUS.is_dir() else []
    for path in paths:
        yield extract(path.read_bytes(), path.name, cfg.extract_options())


def _asked(counts: Counter) -> list:
    """Words of the text, parts of them, and words that are not letters a-z alone."""
    words = list(counts)[:300]
    return words + [p for w in words[:100] for p in (w[1:], w[:-1], w + "s")] + [
        "", "care-home", "Care", "café", "nhs", "zzzznotaword", "e", "s"]


def test_word_count_the_same_one_by_one_and_all_at_once(monkeypatch):
    for document in _documents():
        counts = Counter(re.findall("[a-z]+", document.text.lower()))
        asked = _asked(counts)
        for find_words in (0, 5, 10 ** 9):
            monkeypatch.setattr(A, "_FIND_WORDS", find_words)
            a = A.analyse(document)
            assert [a.word_count(w) for w in asked] == [
                counts[w] if re.fullmatch("[a-z]+", w) else 0 for w in asked], find_words
            assert (a._all_counts is None) == (find_words == 10 ** 9)


@settings(deadline=None)  # a loaded shared machine: no time limit per example
@given(st.text(alphabet="aab zZ-é_\n\u0130\u212a1\ud800", max_size=80))
def test_letter_runs_of_any_text(text):
    low = text.lower()
    assert A._letter_runs(low) == Counter(w.encode() for w in re.findall("[a-z]+", low))
