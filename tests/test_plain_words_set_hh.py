"""Plain words after the independent readers of set HH (brief plain5): three classes, each tested both
ways with sentences of our own.

1. A here- word that only marks formality ('herewith', often put for 'hereby' between an auxiliary and a
   participle: 'be herewith suspended'): the fix is to cut it, never 'here' or 'with this'; 'herein'
   after a form of 'be' gets advice to cut it, and keeps 'here' after a verb ('set out herein').
2. 'game-changing': no one word keeps its sense ('major', 'radical' say only 'big'): advice, a suggestion.
3. 'incidence' is a rate: 'rate of new cases', never 'number of new cases' (a count)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text", [
    "The parking permits for the old car park are herewith cancelled.",
    "The working group shall herewith be wound up at the end of March.",
    "I enclose herewith the minutes of the last meeting.",
])
def test_herewith_is_cut(text):
    found = _plain(text, "herewith")
    assert found and found[0][2] == [], (text, found)


def test_herein_after_be_gets_advice_to_cut():
    found = _plain("The charges for each service are herein listed in full.", "herein")
    assert found and found[0][2] == [], found


def test_herein_after_a_verb_still_takes_here():
    found = _plain("The terms set out herein apply to every tenant.", "herein")
    assert found and found[0][2][:1] == ["here"], found


@pytest.mark.parametrize("text", [
    "Our game-changing booking system for the tip is now live.",
    "The grant is game changing for small charities in the town.",
])
def test_game_changing_is_advice_and_a_suggestion(text):
    found = _plain(text, "game")
    assert found and found[0][1] == "suggestion" and found[0][2] == [], (text, found)


def test_incidence_takes_a_rate_not_a_count():
    found = _plain("Screening aims to cut the high incidence of bowel cancer in the borough.", "incidence")
    assert found and found[0][2] == ["rate of new cases"], found


def test_incidence_of_an_everyday_thing_is_left():
    assert _plain("Members asked about the incidence of parking on the verges.", "incidence") == []
