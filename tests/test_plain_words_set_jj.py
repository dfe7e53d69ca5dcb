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
