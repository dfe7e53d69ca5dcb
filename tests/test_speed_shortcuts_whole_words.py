"""Session 20 (speed8): the substitution check's whole-word searches made without a pattern compiled
for each phrase (``substitution.whole_word_at``: ``str.find`` and a test of the characters either
side), compared here with the patterns they replace, kept in this file:

- ``_echoes_a_quotation``: the words in lower case inside one of the block's quotations;
- ``_read_example_frames``: the entry's words in each of its examples (case-blind; the patterns
  still used where the text or the words hold a character beyond ASCII).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.checks import substitution as S
from plainlint.wordlists import load_substitutions, resolve


def _old_search(text, w, start=0, end=None, flags=0):
    pattern = re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", flags)
    m = pattern.search(text, start) if end is None else pattern.search(text, start, end)
    return -1 if m is None else m.start()


def _old_echoes(text: str, quotes: list, words: str) -> bool:
    pattern = re.compile(r"(?<![\w-])" + re.escape(words.lower()) + r"(?![\w-])")
    low = text.lower()
    return any(pattern.search(low, max(a, 0), b) for a, b in quotes)


def _old_frames(entry) -> frozenset:
    kinds = set()
    forms = [entry.phrase, *entry.variants]
    for ex in entry.examples:
        text = ex.get("text", "")
        for form in forms:
            m = re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text, re.IGNORECASE)
            if m is None:
                continue
            nxt = S._NEXT_WORD.match(text, m.end()).group(1) or ""
            kinds.add(S._frame_kind(nxt.lower(), entry.phrase))
            break
    return frozenset(kinds)


_TEXTS = [
    "in order to", "In order to help", "xin order to", "in order tox", "in-order to", "in order to-day",
    "_in order to", "in order to_", "in order to, in order to", "ain order to in order to", "",
    "the ‘transformative changes’ and transformative changes", "résumé resume", "é in order to",
    "in order toé", "1in order to", "in order to1", "İ in order to", "ſ s", "K k",
]
_WORDS = ["in order to", "to", "in", "transformative changes", "é", "s", "k", "-", "a.b", "(x)"]


def test_whole_word_at_as_the_pattern_on_cases():
    for text in _TEXTS:
        for w in _WORDS:
            n = len(text)
            for start in range(-1, n + 2):
                for end in (None, -3, -1, 0, 1, start, start + len(w), n - 1, n, n + 5):
                    assert S.whole_word_at(text, w, start, end) == _old_search(text, w, max(start, 0), end), \
                        (text, w, start, end)


_ALPHABET = st.sampled_from(list("ab -_.’é1İſK\n"))


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=30), st.text(_ALPHABET, min_size=1, max_size=4),
       st.integers(-3, 35), st.integers(-3, 35))
def test_whole_word_at_as_the_pattern(text, w, start, end):
    assert S.whole_word_at(text, w, start, end) == _old_search(text, w, max(start, 0), end)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=3),
       st.text(_ALPHABET, max_size=5))
def test_echoes_a_quotation_as_before(text, quotes, words):
    assert S._echoes_a_quotation(text, quotes, words) == _old_echoes(text, quotes, words)


def test_example_frames_as_before_for_every_shipped_entry():
    n = 0
    for name in ("jargon.toml", "wordy-phrases.toml", "done-to.toml"):
        for entry in load_substitutions(str(resolve(name))):
            assert S._read_example_frames(entry) == _old_frames(entry), entry.phrase
            n += 1
    assert n > 500
