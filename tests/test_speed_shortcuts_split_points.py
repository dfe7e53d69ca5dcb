"""Issue 15's speed shortcut in the long-sentence check's search for a place to split
(checks/metric.py): ``_split_candidates`` picks out the joining words in C and counts the
depth of brackets only at them, where ``_split_points`` walked every token from the first
place a split may come to the last, keeping the depth token by token. Both give the same
places on every sentence of our own, of the fixtures (and of the shared corpus where it is
present) and on text made by hypothesis.
"""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.checks import metric
from plainlint.checks.metric import _CONJUNCTIONS, _split_candidates, _split_points
from sentence_helpers import markdown_files, sentence_tokens as _token_lists


_OURS = [
    "The panel looked at the plan (which was late, but complete) and it agreed that the work should go on.",
    "We asked the families what mattered (and why it mattered to them), but they told us the forms were too long.",
    "Some costs rose) and others fell, so the budget was set again, which took the team most of the autumn.",
    "The board met twice (in March and (briefly) in May) and it said that the service, which had grown, was safe.",
    "The review found gaps in training, however the team had plans for them and staff were positive about it.",
]


def _slow(texts: list, lows: list, first_ok: int, last_ok: int) -> list:
    """The walk as it was: every token from first_ok on, the depth kept token by token."""
    out = []
    depth = sum(1 for t in texts[:first_ok] if t == "(") - sum(1 for t in texts[:first_ok] if t == ")")
    for i in range(first_ok, last_ok + 1):
        if i > first_ok:
            depth += (texts[i - 1] == "(") - (texts[i - 1] == ")")
        if depth > 0 or lows[i] not in _CONJUNCTIONS:
            continue
        out.append(i)
    return out


def _same(sentences) -> int:
    checked = 0
    for texts, lows in sentences:
        n = len(texts)
        # every range the caller can ask for, and some it cannot (first_ok past last_ok)
        for first_ok in range(0, n, 3):
            for last_ok in (first_ok - 1, first_ok, (first_ok + n) // 2, n - 1):
                if last_ok >= n:
                    continue
                assert _split_candidates(texts, lows, first_ok, last_ok) == _slow(texts, lows, first_ok, last_ok), texts
                checked += 1
    return checked


def _texts() -> list:
    return list(_OURS) + markdown_files()


def test_split_candidates_on_our_sentences_the_fixtures_and_the_corpus():
    ours = _token_lists(_OURS)
    # our own sentences have joining words inside brackets and after a ')' with no '('
    assert any(_split_candidates(t, lw, 0, len(t) - 1) != [i for i in range(len(t)) if lw[i] in _CONJUNCTIONS]
               for t, lw in ours)
    assert _same(ours) > 0
    assert _same(_token_lists(_texts())) > len(_OURS)


def test_split_points_never_inside_brackets():
    # the place after the brackets is still found
    (texts, lows), = _token_lists([_OURS[0]])
    toks = metric._Tokens.__new__(metric._Tokens)
    toks.texts, toks.lows, toks.word = texts, lows, [t.isalpha() for t in texts]
    found = [texts[i] for _s, i in _split_points(toks)]
    assert "but" not in found


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "and", "but", "which", "however", "so", "or", "the", "plan", ",", "we",
                                 "it", "who", "Board", ";", "was", "yet"]), min_size=0, max_size=60),
       st.integers(0, 60), st.integers(-1, 60))
def test_split_candidates_on_made_up_tokens(texts, first_ok, last_ok):
    lows = [t.lower() for t in texts]
    last_ok = min(last_ok, len(texts) - 1)
    assert _split_candidates(texts, lows, first_ok, last_ok) == _slow(texts, lows, first_ok, last_ok)
