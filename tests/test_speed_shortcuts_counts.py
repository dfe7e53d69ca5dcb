"""Issue 15's speed shortcut: the readability figures add up each sentence's words from one
lookup per word as written (``_Syllables.word_info``: its syllables, whether it has three or
more, whether it is hard for Gunning fog), not by lower-casing it and testing it again at every
use. Compared here with the count made word by word, on sentences of our own, the fixtures (and
the shared corpus where it is present) and text made by hypothesis.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.metrics import HARD_WORD_SYLLABLES, _counts, _words, syllables

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

_OURS = [
    "The Council's ADULT social-care PROVISION is extraordinarily complicated, isn't it?",
    "Our partners agreed; everyone (including residents) participated in co-production.",
    "Zyxwvutsrq blorptastic Ümlautified naïve café résumé — 2024/25 figures, www.example.org.",
    "",
]


def _counts_word_by_word(text: str) -> tuple:
    """What _counts returned before: each word lower-cased and tested where it is met."""
    syl = syllables()
    w = s = poly = hard = 0
    for word in _words(text):
        n = syl(word)
        w += 1
        s += n
        if n >= 3:
            poly += 1
        if n >= HARD_WORD_SYLLABLES and word.lower() not in syl.easy:
            hard += 1
    return w, s, poly, hard


def _sentences():
    out = list(_OURS)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            for p in sorted(folder.glob("*.md"))[:30]:
                text = p.read_text(encoding="utf-8", errors="replace")[:30_000]
                out += re.split(r"(?<=[.!?])\s+", text)
    return out


def test_counts_as_word_by_word():
    checked = 0
    for text in _sentences():
        _counts.cache_clear()
        got = _counts(text)
        assert got == _counts_word_by_word(text), text[:80]
        assert all(type(x) is int for x in got)
        checked += 1
    assert checked > len(_OURS)


def test_counts_count():
    # the figures are not all nought: a word of three syllables or more, a hard one, an easy long one
    w, s, poly, hard = _counts(_OURS[0])
    assert w == 10 and s > w and poly >= 3 and 1 <= hard <= poly


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["extraordinary", "Extraordinary", "EXTRAORDINARY", "the", "The", "cat",
                                 "naïve", "Ümlaut", "co-operation", "isn't", "every", "Everyone", "blorp",
                                 "zyx", "a", "1,000", "www.x.org", "it's", "Council's"]), max_size=20),
       st.text(max_size=30))
def test_counts_on_made_text(words, noise):
    text = " ".join(words) + " " + noise
    assert _counts.__wrapped__(text) == _counts_word_by_word(text)
