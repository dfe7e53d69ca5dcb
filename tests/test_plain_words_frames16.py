"""Plain-words frames nobody had met (issue 17, sixteenth session): a topic phrase opening a clause
before a question word ('In relation to how the rules apply, members ...'), where the next word has
already chosen what may follow (next_alternatives: 'about') and the clause's opening words
('On', 'For') must take it too: 'For how the rules apply' does not read. Our own sentences, both
ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text,phrase,want", [
    ("In relation to how the fund is shared, members asked for a briefing.", "in relation to", ["On"]),
    ("In respect of whether the road will close, officers will write to residents.", "in respect of", ["On"]),
    ("With regard to what the survey found, the panel asked for a summary.", "with regard to", ["On"]),
])
def test_an_opening_phrase_before_a_question_word_takes_only_the_words_that_fit_it(text, phrase, want):
    found = _plain(text, phrase)
    assert found and found[0][2] == want, found


@pytest.mark.parametrize("text,phrase,want", [
    # no question word: the clause's opening words as before, 'For' among them
    ("In relation to the second item, members asked for a briefing.", "in relation to", ["On", "For"]),
    # a question word inside a sentence: the next word's frame alone, as before
    ("We asked for advice in relation to how the rules apply.", "in relation to", ["about"]),
])
def test_the_other_frames_keep_their_words(text, phrase, want):
    found = _plain(text, phrase)
    assert found and found[0][2] == want, found
