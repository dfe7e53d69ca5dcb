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


# a name set in sentence case inside a sentence: only its first word has the capital, which
# Title Case's reading misses ('The strategy, Going forward together, was agreed' -> 'From now
# on together'); no swap, no gloss, at most a suggestion
@pytest.mark.parametrize("text,phrase", [
    ("The strategy, Going forward together, was agreed by cabinet in May.", "going forward"),
    ("Members praised the booklet In order to stay well at home, which the trust wrote.", "in order to"),
])
def test_a_name_in_sentence_case_inside_a_sentence_gets_no_swap(text, phrase):
    found = _plain(text, phrase)
    assert found and found[0][1] == "suggestion" and found[0][2] == [], found


@pytest.mark.parametrize("text,phrase,want", [
    # a sentence's own first word: the capital is the sentence's
    ("Going forward, the team will meet every month.", "going forward", ["From now on", "In future"]),
    # the same words in lower case inside a sentence
    ("The team will meet every month going forward.", "going forward", ["from now on", "in future"]),
])
def test_a_capital_that_opens_the_sentence_is_no_name(text, phrase, want):
    found = _plain(text, phrase)
    assert found and found[0][2] == want and found[0][1] != "suggestion", found


@pytest.mark.parametrize("text,phrase,want", [
    # a capital inside a sentence with no word that introduces a title: a lost line break or a
    # glued table cell, the writer's own words, which keep their swap
    ("Fill in the expression of interest form Make an application to run the hall.", "make an application", ["Apply"]),
])
def test_a_capital_with_no_title_word_before_it_keeps_its_swap(text, phrase, want):
    found = _plain(text, phrase)
    assert found and found[0][2] == want, found
