"""The tokenizer's suffix and infix searches with the shortcut for a word of ASCII letters
(``plainlint.affix_search``), against spaCy's own searches and tokenizer."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from plainlint import affix_search
from plainlint.affix_search import first_characters, letters_shortcut, mark_led, needs_a_non_letter

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _spacy_tokenizer():
    """Blank English with our settings, its tokenizer made by spaCy's own factory (no shortcut)."""
    from spacy.language import create_tokenizer

    from plainlint.analysis import _plain_english

    cls = _plain_english()
    return create_tokenizer()(cls())


def _texts() -> list:
    files = sorted((ROOT / "fixtures").glob("*.md")) + sorted((ROOT / "fixtures").glob("*.txt"))
    files += [ROOT / "README.md"] + sorted(ROOT.glob("docs/*.md"))
    if CORPUS.is_dir():
        files += sorted((CORPUS / "real").glob("*.md"))[:2]
    # (a part of each long one: the words of a real page, not minutes of tokenizing)
    return [f.read_text(encoding="utf-8", errors="replace")[:60_000] for f in files if f.is_file()]


_EDGES = ["council", "Council", "COUNCIL", "a", "I", "km", "5km", "10kg", "co-production", "don't", "isn't",
          "it's", "parents'", "Trust’s", "U.K.", "e.g.", "etc.", "NHS.", "(the", "the)", "word,", "…", "wait...",
          "2019/20", "£3.5m", "10%", "1st", "3rd.", "°C.", "A.B", "x\n", "word\n", "ſ", "K", "straße", "café",
          "naïve", "ﬁnance", "Ⅻ", "ǅ", "ab:cd", "ab/cd", "ab-cd", "AB(CD)", "on;b", "it?The", "2021.That", ""]


def _words() -> list:
    words = set(_EDGES)
    for text in _texts():
        words.update(w for w in text.split() if len(w) < 60)
    rng = random.Random(15)
    alphabet = "abcdeKkſıİ.,;:'’\"-–()[]0123456789%£$/?!…°²·\u200d "
    for _ in range(3000):
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))))
    return sorted(words)


def _span(m):
    return None if m is None else (m.start(), m.end())


def test_blank_english_s_suffix_and_infix_patterns_are_proved():
    """The proof holds for the patterns in use (else the shortcut would never be taken, and
    nothing would be gained: this test says so)."""
    from plainlint.analysis import get_nlp

    tok = get_nlp().tokenizer
    assert needs_a_non_letter(tok.suffix_search.__self__)
    assert needs_a_non_letter(tok.infix_finditer.__self__)


@pytest.mark.parametrize("pattern", [r"[a-z]+$", r"(?<=[a-z])(?:km|kg)$|\.$", r"\w$", r"[^,]$", r".$", r"(?i)\u212a$",
                                     r"(?i:\u017f)", r"(?=[a-z])", r"x?$", r"(?<![0-9])s$", r"[\u0041-\u005a]",
                                     r"[\w.]", r"\.|k", r"(?:\.)*s"])
def test_a_pattern_that_may_match_letters_alone_is_not_proved(pattern):
    """Every pattern here matches some string of ASCII letters (or cannot be shown not to)."""
    assert not needs_a_non_letter(re.compile(pattern))


@pytest.mark.parametrize("pattern", [r"\.$", r"(?<=[0-9])(?:km|kg)", r"(?<=[0-9])(?:km|kg)$|\.$", r"'s$|’s$",
                                     r"(?<=[a-z]),(?=[a-z])", r"[\u00c0-\u00ff]", r"(?:\.|,)+", r"a[0-9]|b-"])
def test_a_pattern_needing_another_character_is_proved(pattern):
    assert needs_a_non_letter(re.compile(pattern))


def test_the_shortcut_gives_spacy_s_answers(monkeypatch):
    """Each search with the shortcut (proved at once here) gives the same match as spaCy's, for
    the words of the fixtures, the docs and the corpus, edge strings and random strings."""
    monkeypatch.setattr(affix_search, "PROVE_AFTER", 0)
    tok = _spacy_tokenizer()
    suffix, infix = tok.suffix_search, tok.infix_finditer
    fast_suffix = letters_shortcut(suffix, None)
    fast_infix = letters_shortcut(infix, (), marks=True)
    words = _words()
    assert len(words) > 5000
    for w in words:
        assert _span(fast_suffix(w)) == _span(suffix(w)), w
        assert [_span(m) for m in fast_infix(w)] == [_span(m) for m in infix(w)], w
    # the shortcut was taken (a word of letters asked about after the proof)
    assert fast_suffix("council") is None and tuple(fast_infix("council")) == ()


def test_a_pattern_not_proved_keeps_its_search(monkeypatch):
    monkeypatch.setattr(affix_search, "PROVE_AFTER", 0)
    pattern = re.compile(r"[a-z]+$")
    fast = letters_shortcut(pattern.search, None)
    for _ in range(3):
        assert _span(fast("council")) == (0, 7)


@pytest.mark.parametrize("prove_after", [0, 3, 2000])
def test_tokens_are_spacy_s(monkeypatch, prove_after):
    """The pipeline's tokens (made with the shortcut, proved at once, after a few words, or not
    yet) equal those of a tokenizer made by spaCy's own factory."""
    monkeypatch.setattr(affix_search, "PROVE_AFTER", prove_after)
    from plainlint.analysis import _blank_factories, _plain_english

    cls = _plain_english()
    ours = cls(**_blank_factories(cls)).tokenizer
    theirs = _spacy_tokenizer()
    for text in _texts() + [" ".join(_EDGES)]:
        assert [(t.text, t.whitespace_) for t in ours(text)] == [(t.text, t.whitespace_) for t in theirs(text)]


def test_a_tokenizer_with_the_shortcut_is_saved_with_its_patterns():
    """spaCy saves a tokenizer's patterns from the searches' ``__self__``: the same as spaCy's."""
    from plainlint.analysis import get_nlp

    ours = get_nlp().tokenizer
    theirs = _spacy_tokenizer()
    assert ours.suffix_search.__self__.pattern == theirs.suffix_search.__self__.pattern
    assert ours.infix_finditer.__self__.pattern == theirs.infix_finditer.__self__.pattern
    assert ours.to_bytes(exclude=["vocab"]) == theirs.to_bytes(exclude=["vocab"])


def test_blank_english_s_infixes_start_with_a_mark():
    """Every match of the infix pattern in use starts with a mark the parse shows (else the
    infix finder would keep trying every alternative at every position)."""
    marks = first_characters(_spacy_tokenizer().infix_finditer.__self__)
    assert marks is not None
    assert not any(marks.search(c) for c in "abcxyzABCXYZ0123456789")
    assert all(marks.search(c) for c in ".,-–()…;?!/")


@pytest.mark.parametrize("pattern", [r"a?b", r"(?i:a)b", r"(?i)\.", r"\w\.", r"[^a]", r"^\.", r"(?:|\.)", r"(?=\.)",
                                     r"\.|x*", r"(?<=a)(?:b|[\w])", r"(.)\1"])
def test_a_pattern_without_a_sure_first_character_has_no_marks(pattern):
    assert first_characters(re.compile(pattern)) is None


@pytest.mark.parametrize("pattern", [r"\.\.+|…", r"(?<=[0-9])[+\-*^](?=[0-9-])", r"(?<=a)(?:-|–|--|~)(?=b)",
                                     r"[\])](?<=[0-9a-z][\])])(?=\.[A-Z])", r"(?:\.|,){2,}", r"[\]\\^-]x"])
def test_mark_led_gives_finditer_s_matches(pattern):
    """The matches found only where a mark is are finditer's, for the test words and strings
    of marks side by side (overlapping candidates, a failed try just before a match)."""
    compiled = re.compile(pattern)
    marks = first_characters(compiled)
    assert marks is not None
    fast = mark_led(compiled, marks)
    rng = random.Random(16)
    strings = _words() + ["".join(rng.choice("ab09.,-–~…^*+])[\\xA") for _ in range(rng.randint(0, 12)))
                          for _ in range(3000)]
    for w in strings:
        assert [_span(m) for m in fast(w)] == [_span(m) for m in compiled.finditer(w)], w


def test_the_infix_finder_takes_the_marks_once_proved(monkeypatch):
    """With the proof made, the pipeline's infix finder looks for marks (and still answers as
    spaCy's own for the test words)."""
    monkeypatch.setattr(affix_search, "PROVE_AFTER", 0)
    made = []
    monkeypatch.setattr(affix_search, "mark_led", lambda *args: made.append(mark_led(*args)) or made[-1])
    infix = _spacy_tokenizer().infix_finditer
    fast = letters_shortcut(infix, (), marks=True)
    assert tuple(fast("council")) == ()  # the proof made
    assert len(made) == 1
    for w in _words():
        assert [_span(m) for m in fast(w)] == [_span(m) for m in infix(w)], w
