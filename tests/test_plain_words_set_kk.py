"""Plain words, the wrong classes of set KK's independent readers (our own sentences; KK's are
never copied here)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text,words,swap", [
    # a ratio before a noun names a kind of thing: the quantifier takes no 'of' ('a few of 1:1
    # sessions' is not English; set KK pl30)
    ("We run a course or a limited number of 1:1 sessions for each client.", "a limited number of", "a few"),
    ("The ward has a limited number of 2:1 care beds.", "a limited number of", "a few"),
    # a determiner still keeps 'of' ('a few of the rooms')
    ("We kept a limited number of the rooms for visitors.", "a limited number of", "a few of"),
])
def test_of_after_a_quantifier(text, words, swap):
    found = _plain(text, words)
    assert found and found[0][2] and found[0][2][0] == swap, (text, found)

