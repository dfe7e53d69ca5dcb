"""Issue 15's speed shortcuts in the long-sentence check's reading of a sentence's shape
(checks/sentence_shape.py), each against the slow way it stands for:

- ``reader_length`` walks only the tokens one regex (``_READER_AT``) picks out, in C, not every
  token, and looks for long names only from tokens not in lower case (``_name_starts``): walked
  at every token both times, it gives the same on every sentence;
- ``shape(..., long_words=False)`` (what the long-sentence check asks for while the weights give
  long words none) counts syllables only for the words that may be long abstract nouns: the same
  shape as counting every word's, ``long_words`` aside, and the same reasons from hard_reasons.

On sentences of our own, the fixtures (and the shared corpus where it is present) and text made
by hypothesis.
"""

from __future__ import annotations

from itertools import compress

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import get_nlp, token_texts
from plainlint.checks import sentence_shape
from plainlint.checks.sentence_shape import WEIGHTS, hard_reasons, reader_length, shape
from plainlint.metrics import syllables
from sentence_helpers import markdown_files, sentences as _sentences


_OURS = [
    "The Panel noted the report on the Integrated Care Board Programme Page 4 of 12 The Board agreed that the "
    "arrangements for implementation of the development programme should continue with further consideration.",
    "Officers explained that improvement of the accommodation was a requirement.2Home Office, Guidance on asylum "
    "support, at https://www.example.org/guidance-on-support and the Committee asked for more information.",
    "The service (PSS) The Patient Support Service is reviewing its arrangements for assessment, management and "
    "governance, with the involvement of residents and the engagement of partners across the borough.",
    "Members discussed the performance of the organisation. improvement plans were agreed by both parties for "
    "the following two years. £249m is spent by the authority on transformation and commissioning.",
    "We will support our staff X We will improve the environment X We will deliver the best care X Our "
    "priorities are prevention, integration and transformation of services across the region.",
    "The consultation on the Local Development Framework - Stronger financial performance is expected in the "
    "next year - Better outcomes for the population are needed across the organisation and its partners.",
    "Sam Lee (Director of Public Health and Wellbeing) said that the implementation of the commissioning "
    "arrangements, which had been considered by Cardiff and Vale University Health Board, was on track.",
]


def _texts() -> list:
    return list(_OURS) + markdown_files()


def _same(sentences, monkeypatch) -> int:
    syl = syllables()
    fast = []
    for texts, word, lows, text in sentences:
        fast.append((reader_length(texts, word, text), shape(texts, word, syl, text, lows=lows, long_words=False)))
    # the slow way: every token walked, every word's syllables counted
    # (_reader_at is _READER_AT's matches: test_reader_at_is_the_pattern_s_matches below)
    assert all(sentence_shape._reader_at(texts) == list(compress(range(len(texts)), map(sentence_shape._READER_AT.search,
                                                                                         texts)))
               for texts, _w, _l, _t in sentences)
    monkeypatch.setattr(sentence_shape, "_READER_AT", re.compile(""))
    monkeypatch.setattr(sentence_shape, "_reader_at", lambda texts: list(range(len(texts))))
    monkeypatch.setattr(sentence_shape, "_name_starts", lambda texts, lo, hi: set(range(lo, hi)))
    checked = 0
    for (texts, word, lows, text), (length, sh) in zip(sentences, fast):
        assert reader_length(texts, word, text) == length, text
        slow = shape(texts, word, syl, text, lows=lows)
        assert hard_reasons(slow) == hard_reasons(sh), text
        slow.long_words = 0
        assert slow == sh, text
        checked += 1
    return checked


def test_shape_shortcuts_on_our_sentences_the_fixtures_and_the_corpus(monkeypatch):
    assert not WEIGHTS["long-words"]  # else the long-sentence check asks for long_words and this tests nothing it uses
    sentences = _sentences(_texts())
    # our own sentences reach the walk's branches: furniture and long names are found in them
    ours = _sentences(_OURS)
    assert sum(reader_length(t, w, x)[0] > 0 for t, w, _l, x in ours) >= 3
    assert sum(reader_length(t, w, x)[1] > 0 for t, w, _l, x in ours) >= 1
    assert any(shape(t, w, syllables(), x, lows=lw, long_words=False).abstract for t, w, lw, x in ours)
    assert _same(sentences, monkeypatch) > len(_OURS)


def test_long_words_are_counted_unless_the_caller_says_not():
    texts = "The organisation considered the transformation of accommodation arrangements".split()
    word = [True] * len(texts)
    assert shape(texts, word, syllables(), " ".join(texts)).long_words >= 4
    assert shape(texts, word, syllables(), " ".join(texts), long_words=False).long_words == 0


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(["The", "This", "We", "Page", "4", "of", "12", "-", " - ", ".", " ", "plan", "plans",
                                 "Board", "Health", "and", "improvement", "implementation", "arrangements", "(", ")",
                                 "PSS", "X", "http://a.b/c-d", "https://www.example.org/x", "’,2Home", "services.The",
                                 "2026", "£5m", ";", "ii", "accommodation", "Director", "of", "Public", "in", "addition"]),
                min_size=8, max_size=70))
def test_shape_shortcuts_on_made_up_text(parts):
    text = " ".join(parts)
    sentences = _sentences([text])
    with pytest.MonkeyPatch.context() as mp:
        _same(sentences, mp)


def test_token_texts_used_here_are_the_docs():
    doc = get_nlp()("The Board noted it.")
    assert token_texts(doc) == [t.text for t in doc]


def test_a_sentence_mostly_in_capitals_is_not_read_for_furniture():
    # (the capitals are counted in C: the count must still tell a line in capitals)
    texts, word, _lows, text = next(s for s in _sentences(_OURS) if reader_length(s[0], s[1], s[3])[0] > 0)
    shouted = [t.upper() if w and t not in ("Page", "The", "This") else t for t, w in zip(texts, word)]
    assert reader_length(shouted, word, " ".join(shouted)) == (0, 0)


def test_reader_at_is_the_pattern_s_matches():
    """speed8: reader_length's candidates, the letters' tokens looked up in a set and only the others
    searched, are every token _READER_AT matches and no other."""
    cases = [["The", "plan", "http", "Page", "2", "-", "We", "3.1", "x.", "The\n", "é", "2019Home", "this", "These"],
             ["the", "council", "agreed", "Our", "aims", "in", "Between", "2006", "and", "2010"],
             ["see", "https", "x"], ["ht", "tp", "The"], [], ["Page"]]
    for texts in cases + [t for t, _w, _l, _x in _sentences(_OURS)]:
        want = list(compress(range(len(texts)), map(sentence_shape._READER_AT.search, texts)))
        assert sentence_shape._reader_at(texts) == want, texts


def _old_row_starts(texts: list) -> list:
    """sentence_shape._row_starts before speed8 (every token read for the words)."""
    S = sentence_shape
    words = [k for k, t in enumerate(texts) if t[:1].isalpha()]
    if len(words) < 8:
        return []
    a, b = words[0], words[1]
    first, second = texts[a], texts[b]
    if not (b == a + 1 and first.istitle() and first.isalpha() and len(first) >= 3 and second.islower()
            and first not in S._GLUED_OPENERS and first.lower() not in S._LINE_JOINERS
            and second not in S._VERB_MARKERS and second not in S._FINITE):
        return []
    n = len(texts)
    out = []
    k = b + 3
    while True:
        try:
            k = texts.index(first, k + 1, n - 3)
        except ValueError:
            return out
        if (texts[k + 1] == second and texts[k - 1] not in (".", ":", ";") and not texts[k - 1].istitle()
                and texts[k - 1].lower() not in S._LINE_JOINERS and not texts[k + 2].istitle()):
            out.append(k)


class _CommaBlind(list):
    """Token texts that say they hold a comma: list_items then takes its walk, not its shortcut."""

    def __contains__(self, x):
        return x == "," or list.__contains__(self, x)

    def __getitem__(self, i):
        got = list.__getitem__(self, i)
        return _CommaBlind(got) if isinstance(i, slice) else got


def test_row_starts_and_list_items_shortcuts_on_our_sentences():
    """speed8: _row_starts reads only the first eight words; list_items answers (0, []) at once where
    there is no comma: both the same as the walk of every token."""

    class _T:
        def __init__(self, texts, word, lows):
            self.texts, self.word, self.lows = texts, word, lows

    made = [["Provision", "for", "the", "rise", "in", "fees", "is", "set", "out", "and", "Provision", "for", "the",
             "rise", "in", "costs", "too"], ["A", "b"], ["1", "2"]]
    sentences = [(t, [True] * len(t), [x.lower() for x in t], " ".join(t)) for t in made]
    sentences += _sentences(_texts()[:15])
    no_comma = 0
    for texts, word, lows, _text in sentences:
        assert sentence_shape._row_starts(texts) == _old_row_starts(texts), texts
        for start, end in ((0, len(texts)), (1, len(texts)), (0, len(texts) // 2)):
            if "," in texts[start:end]:
                continue
            no_comma += 1
            walked = sentence_shape.list_items(_T(_CommaBlind(texts), word, lows), start, end)
            assert sentence_shape.list_items(_T(texts, word, lows), start, end) == walked == (0, []), texts
    assert no_comma > 20
