"""Issue 15's speed shortcut in ``metrics.is_cover_run``: seven of its first eight words with a capital or
a figure leave no room for two without, so where the second and third words both lack one the text is
no cover run; that test reads only the first words (``str.split`` with a limit of three), before the
text is split into forty words and counted. Compared here with the count over the first eight words,
on sentences of our own and on text made by hypothesis.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import plainlint.metrics as M


def _cover_run_before(text: str) -> bool:
    """is_cover_run as it was: forty words split off and the first eight counted for every text."""
    words = text.split(None, 40)
    if len(words) < 2 * M.COVER_RUN_WORDS or sum(1 for w in words[:8] if w[:1].isupper() or w[:1].isdigit()) < 7:
        return False
    for i, w in enumerate(words[:-1]):
        if i >= M.COVER_RUN_WORDS and w[:1].isupper() and w.lower() in M._COVER_OPENERS and words[i + 1][:1].islower():
            return any(map(str.isdigit, " ".join(words[:i])))
        if not (w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() or w.lower() in M._COVER_SMALL):
            return False
    return False


_OURS = [
    "2 Westfold Library Service Annual Review 2025/26 Our Readers, Our Rooms Part 1 Foreword from the "
    "Head of Service It gives me great pleasure to set out the year.",
    "Westfold Library Service Annual Review 2025 Part 2 Summary This review sets out what the service did.",
    "The library opened two new rooms this year and lent more books than in any year before it.",
    "We Will Open The New Rooms In Spring And Lend More Books Than Ever Before To Every Reader.",
    "A B",
    "One",
    "",
    "  Westfold   Library\tService  Annual Review 2025/26 Part 1 Foreword The year was a good one for us.",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 The end of the list is here.",
]


def test_our_sentences_as_counting_the_first_eight():
    for text in _OURS:
        assert M.is_cover_run(text) == _cover_run_before(text), text
    assert M.is_cover_run(_OURS[0])
    assert not M.is_cover_run(_OURS[2])


_WORDS = st.sampled_from(["Library", "library", "2025", "Part", "of", "the", "The", "It", "gives", "me",
                          "(1)", "-", "Annual", "and", "This", "review", "A", "é", "Été", "3a"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, max_size=50), st.sampled_from([" ", "  ", "\t", "\n", " \u00a0"]))
def test_any_text_as_counting_the_first_eight(words, sep):
    text = sep.join(words)
    assert M.is_cover_run(text) == _cover_run_before(text)
    assert M.is_cover_run(sep + text + sep) == _cover_run_before(sep + text + sep)
