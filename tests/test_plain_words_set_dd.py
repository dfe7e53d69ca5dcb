"""Plain words after set DD (sixteenth session, c353c39): the classes the two independent readers
found wrong, each tested both ways with sentences of our own.

1. A linking phrase in lower case straight after a dash or a colon ('what the law requires – in
   relation to the new standards'): the mark opens an aside or an example, not a sentence, so no
   opening word ('On', 'For') is offered; the note asks how the things relate (pl20).
2. An alternative verb that needs its object before a 'to' ('allow', 'enable', 'permit') where
   the words are followed by 'to' ('affording the opportunity to now compare' -> 'allowing to
   now compare' is not English): only the alternatives that take the 'to' straight after them
   ('giving the chance to'), else no swap (pl08)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text", [
    "More and more, this is what the law requires – in relation to the new housing standards and the transport plans.",
    "This is the approach the board expects: in relation to the capital programme and the estates review.",
    "This is what the plan asks — in relation to the housing standards, the transport plans and the budget.",
])
def test_linking_phrase_opening_an_aside_offers_no_swap(text):
    found = _plain(text, "in relation")
    assert found, text
    for _words, _severity, suggestions in found:
        assert suggestions == [], (text, suggestions)


@pytest.mark.parametrize("text, swap", [
    ("Item 4: In relation to the capital programme the board agreed to wait a month.", "On"),
    ("In relation to the capital programme the board agreed to wait a month.", "On"),
    ("The officer gave an update in relation to the new housing standards.", "on"),
])
def test_linking_phrase_opening_a_sentence_keeps_its_swap(text, swap):
    found = _plain(text, "in relation")
    assert found and swap in found[0][2], (text, found)


@pytest.mark.parametrize("text, words", [
    ("The audit was run in house this year, affording the opportunity to now compare results.", "affording"),
    ("The review will afford the opportunity to change the service.", "afford"),
    ("The scheme is enabling to reach more families.", "enabling"),
])
def test_no_object_first_verb_before_to(text, words):
    found = _plain(text, words)
    assert found, text
    for _words, _severity, suggestions in found:
        assert suggestions, (text, found)
        assert not {s.lower() for s in suggestions} & {"allow", "allowing", "allows"}, (text, suggestions)


@pytest.mark.parametrize("text, words", [
    ("The new system went live, affording the opportunity for staff to compare results.", "affording"),
    ("The new app will enable residents to book appointments online.", "enable"),
])
def test_object_first_verb_kept_where_no_to_follows(text, words):
    found = _plain(text, words)
    assert found and any(s.lower().startswith("allow") for s in found[0][2]), (text, found)


def test_passive_keeps_allowed_before_to():
    found = _plain("More residents were enabled to stay in their own homes.", "enabled")
    assert found and "allowed" in found[0][2], found
