"""Issue 15's speed shortcuts in the long-sentence check's reading of quotations and lists
(checks/sentence_shape.py): ``list_items`` walks a sentence's tokens only where the part asked
of holds two commas at least (a list needs two; with fewer the walk gives (0, [])), and
``_mostly_quoted`` and ``quotation_words`` walk a sentence's tokens
only where one of them can open a quotation (“, ", ‘, and for the first also a straight '),
told by one set test in C. With none, no word is inside a quotation: the walks give False and 0.
Each is compared with its walk on every sentence of our own, of the fixtures (and of the shared
corpus where it is present) and on text made by hypothesis."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.checks.sentence_shape import (_list_items_walk, _mostly_quoted, _mostly_quoted_walk, _Toks,
                                             list_items, quotation_words, quotation_words_walk)
from sentence_helpers import markdown_files, sentences as _all_sentences


_OURS = [
    'The panel wrote that "every family should have one named worker who knows them and answers the phone" '
    "in its first letter.",
    "The guidance calls this ‘a plan that follows the person from one service to the next without a gap’ and "
    "asks boards to adopt it.",
    "Staff said 'We want fewer forms and more time with the people we support every single day' at the event.",
    "The members' fund paid for the new roof, the ramps and the garden, and the work ended in the spring.",
    "The board agreed the plan for the new year and asked officers to report back on progress in the autumn.",
]


_LISTS = [
    "The new centre offers advice, meals, warm rooms and a place to rest for anyone who needs it this winter.",
    "Since the start of the year, the team has visited every school in the county and spoken to the heads.",
    "We will review the housing, transport, leisure and health plans, and report on them in the spring.",
]


def _sentences(texts: list) -> list:
    """(token texts, word flags, text) of each sentence of each text."""
    return [(toks, word, text) for toks, word, _lows, text in _all_sentences(texts)]


def _lists(sentences) -> int:
    """list_items against its walk for every sentence, whole and from each comma and colon on."""
    found = 0
    for texts, word, _text in sentences:
        toks = _Toks(texts, [t.lower() for t in texts], word)
        n = len(texts)
        for start in [0] + [k + 1 for k in range(n) if texts[k] in (",", ":")]:
            for end in (n, max(start, n - 3)):
                slow = _list_items_walk(toks, start, end)
                assert list_items(toks, start, end) == slow, texts
                found += slow[0] > 0
    return found


def _same(sentences) -> tuple:
    quoted = words = 0
    for texts, word, text in sentences:
        slow = _mostly_quoted_walk(texts, word)
        assert _mostly_quoted(texts, word) == slow and type(_mostly_quoted(texts, word)) is type(slow), text
        n = quotation_words_walk(texts, word, text)
        assert quotation_words(texts, word, text) == n, text
        quoted += slow
        words += n > 0
    return quoted, words


def test_quotations_on_our_sentences_the_fixtures_and_the_corpus():
    quoted, words = _same(_sentences(_OURS))
    assert quoted >= 2 and words >= 2  # our quotations are found both ways
    assert _lists(_sentences(_OURS + _LISTS)) >= 2  # and our lists
    paths = markdown_files()
    _same(_sentences(paths))
    _lists(_sentences(paths))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", '"', "‘", "’", "'", "We", "want", "fewer", "forms", "Staff", "said",
                                 "members", "the", "plan", ",", "and", "o‘", "Board", "or", "(", ")", "–", "that",
                                 ":", "warm", "which"]), min_size=1, max_size=40))
def test_quotations_and_lists_on_made_up_text(parts):
    sentences = _sentences([" ".join(parts) + "."])
    _same(sentences)
    _lists(sentences)
