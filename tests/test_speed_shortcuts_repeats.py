"""Issue 15's speed shortcut in ``metrics._repeats_itself``: where no run of n words comes twice (the
runs as a set in C are as many as the runs), neither of its tests can hold (a run met ``times`` times,
a title said twice in a row: both need a run met before), so the walk is skipped. Compared here with
the walk over every run, on word lists of our own and on lists made by hypothesis from a few words
(so that runs repeat), in every case and for several n and times.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import plainlint.metrics as M


def _walk_every_run(words: list, n: int = 6, times: int = 3) -> bool:
    """_repeats_itself before the shortcut: every run of n words walked."""
    lows = list(map(str.lower, words))
    if times > 1 and len(lows) - len(set(lows)) < n:
        return False
    seen: dict = {}
    first: dict = {}
    for i, key in enumerate(zip(*[lows[k:] for k in range(n)])):
        count = seen[key] = seen.get(key, 0) + 1
        if count >= times and words[i][:1].isupper():
            return True
        j = first.setdefault(key, i)
        if i - j >= M.TITLE_WORDS and words[j][:1].isupper() and lows[j:i - 1] == lows[i:2 * i - j - 1]:
            return True
    return False


_OURS = [
    # buttons copied three times with the text they share
    "Post The park cafe reopens soon to Mastodon Post The park cafe reopens soon to Bluesky "
    "Post The park cafe reopens soon to email",
    # a cover's title run into its running header
    "Eastmoor Parish Council Draft Allotments and Orchards Plan Spring Eastmoor Parish Council Draft Allotments "
    "and Orchards Plan Spring "
    "Draft for comment",
    # many repeated little words, no run of six twice
    "the cost of the work and the time of the staff and the use of the hall and the care of the garden "
    "and the state of the roads",
    # a run of six twice, in lower case: prose
    "we will ask the people who use it and then we will ask the people who run it and we will ask the "
    "people who pay",
    "One two three four five six One two three four five six One two three four five six",
    "word " * 30,
]


def test_our_lists_as_walking_every_run():
    for text in _OURS:
        words = M._LETTER_WORD.findall(text)
        for n in range(1, 9):
            for times in range(1, 5):
                assert M._repeats_itself(words, n, times) == _walk_every_run(words, n, times), (text[:60], n, times)
    assert M._repeats_itself(M._LETTER_WORD.findall(_OURS[0])[1:])
    assert M._repeats_itself(M._LETTER_WORD.findall(_OURS[1])[1:])
    assert not M._repeats_itself(M._LETTER_WORD.findall(_OURS[2])[1:])
    assert not M._repeats_itself(M._LETTER_WORD.findall(_OURS[3])[1:])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Plan", "plan", "PLAN", "the", "The", "Care", "care", "of", "2026", "Board"]),
                max_size=60),
       st.integers(1, 9), st.integers(1, 4))
def test_any_few_words_as_walking_every_run(words, n, times):
    assert M._repeats_itself(words, n, times) == _walk_every_run(words, n, times)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Plan", "plan", "The", "Care", "of"]), min_size=1, max_size=12),
       st.integers(1, 4), st.integers(0, 6))
def test_a_title_said_again_as_walking_every_run(title, copies, tail):
    words = title * copies + ["for", "the"][:tail % 3]
    for n in (2, 6):
        for times in (2, 3):
            assert M._repeats_itself(words, n, times) == _walk_every_run(words, n, times)
