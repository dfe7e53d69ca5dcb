"""Plain words, the wrong classes of set JJ's independent readers (our own sentences; JJ's are
never copied here)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text,words", [
    # after a form of 'be' the words say what state someone is in: 'who is where', 'who is
    # if' do not read (set JJ pl23): no swap, the note says which swaps fail
    ("Help goes to any tenant who is in circumstances where the rent has risen.", "in circumstances where"),
    ("Some pupils are in situations where home life is hard.", "in situations where"),
    ("Few tenants were in cases where the lease had lapsed.", "in cases where"),
])
def test_no_where_swap_after_be(text, words):
    found = _plain(text, words)
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text,words,swap", [
    ("Help is offered in circumstances where a carer falls ill.", "in circumstances where", "where"),
    ("In situations where staff feel unsafe, they may leave.", "in situations where", "Where"),
])
def test_where_swap_elsewhere(text, words, swap):
    found = _plain(text, words)
    assert found and found[0][2] and found[0][2][0] == swap, (text, found)


@pytest.mark.parametrize("text,words", [
    # a topic put first in a clause inside the sentence (after 'that' or ';'): a lower-case
    # 'on' reads as a place or a time ('advised that on young children, ...'; set JJ pl21):
    # 'for', for every entry that offered 'on'
    ("The board was told that with regard to young children, the new service would help.", "with regard to"),
    ("Officers said that in relation to the car park, no change was planned.", "in relation to"),
    ("The report was noted; with respect to the car park, members asked for a survey.", "with respect to"),
    ("Officers said that, as regards the old depot, a sale was planned.", "as regards"),
])
def test_for_not_on_for_a_topic_opening_a_clause_inside_a_sentence(text, words):
    found = _plain(text, words)
    assert found and found[0][2] == ["for"], (text, found)


def test_no_swap_before_a_question_word_inside_a_sentence():
    found = _plain("Officers said that in relation to how the fund works, members would decide.", "in relation to")
    assert found and found[0][2] == [], found


@pytest.mark.parametrize("text,words", [
    # at a sentence's start 'On' stays (the readers of set JJ found 'On donated ...' useful)
    ("With regard to the car park, no change was planned.", "with regard to"),
    ("In relation to the second item, there were no questions.", "in relation to"),
])
def test_on_still_opens_a_sentence(text, words):
    found = _plain(text, words)
    assert found and found[0][2] and found[0][2][0] == "On", (text, found)
