"""Plain words after the independent readers of set MM (brief plain11): two classes, each tested both
ways with sentences of our own.

1. A light verb and its noun ('give approval', 'make a request', 'have a discussion', 'make a
   decision') swapped to one plain verb must keep a construction that verb takes. The entry's tests
   of the next word (not_next, swap_next) are read past a short phrase of time or manner too ('gave
   approval in April for the scheme to start' -> 'approved in April for the scheme' is not
   English): no swap there, as straight before 'for'. The decision entries and 'reach an
   agreement' do not fire before 'for' ('decided for the centre to close' is not English).
2. 'state-of-the-art' is everyday English: a suggestion, with a note that 'modern' says less."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text", [
    "The committee gave approval in June 2024 for the new leaflet to be used in clinics.",
    "The board gave approval at its meeting on 4 May for the depot to be sold.",
    "Members gave approval unanimously for the grant to be paid.",
    "The panel gave approval in principle for a new library.",
])
def test_give_approval_before_for_past_a_time_phrase_has_no_swap(text):
    found = _plain(text, "gave approval")
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text, swap", [
    ("The board gave approval in March.", ["approved"]),
    ("The board gave approval in March, and work began soon after.", ["approved"]),
    ("The panel gave approval unanimously.", ["approved"]),
])
def test_give_approval_with_nothing_after_the_time_phrase_keeps_its_swap(text, swap):
    found = _plain(text, "gave approval")
    assert found and found[0][2] == swap, (text, found)


def test_give_approval_before_to_past_a_time_phrase_is_left_alone():
    # 'approved last week to spend the reserve' is not English, as 'approved to spend'
    assert _plain("The cabinet gave approval last week to spend the reserve on play areas.", "gave approval") == []


@pytest.mark.parametrize("text, word", [
    ("Tenants made a request last week to the housing team about repairs.", "made a request"),
    ("The trust had a discussion last month on the options for the site.", "had a discussion"),
])
def test_other_light_verbs_read_past_a_time_phrase(text, word):
    found = _plain(text, word)
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text", [
    "The head of service made a decision for the day centre to close.",
    "The cabinet took a decision last month for the leisure centre to stay open.",
    "The two trusts reached an agreement in May for the hospice to take over the beds.",
])
def test_decisions_and_agreements_before_for_are_left_alone(text):
    assert _plain(text, "made a decision") + _plain(text, "took a decision") + _plain(text, "reached an") == [], text


@pytest.mark.parametrize("text, word, swap", [
    ("The board will make a decision in March.", "make a decision", ["decide"]),
    ("The two councils reached an agreement on waste.", "reached an agreement", ["agreed"]),
    ("Funeral directors will liaise directly with us.", "liaise", ["talk", "work together", "keep in touch"]),
])
def test_elsewhere_the_swap_stays(text, word, swap):
    found = _plain(text, word)
    assert found and found[0][2][:1] == swap[:1], (text, found)


def test_state_of_the_art_is_a_suggestion_with_a_note():
    found = _plain("The ward has a new state-of-the-art scanner.", "state-of-the-art")
    assert found and found[0][1] == "suggestion", found


@pytest.mark.parametrize("text, word", [
    ("On occasion, the clinic opens on a Saturday.", "on occasion"),
    ("The lift has broken down on occasions this winter.", "on occasions"),
])
def test_on_occasion_is_a_suggestion(text, word):
    found = _plain(text, word)
    assert found and found[0][1] == "suggestion" and found[0][2] == ["Sometimes" if text[0] == "O" else "sometimes"], found
