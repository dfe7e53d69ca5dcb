"""Plain words after the independent readers of set II (brief plain6): four classes, each tested both
ways with sentences of our own.

1. A linking phrase before an -ing verb ('a trial in relation to setting up a group'): 'to' there reads
   as the 'to' of a verb ('a trial to setting up'): the other alternatives, else advice.
2. 'step change' before another noun ('a step change increase'): the adjective alone, 'a major
   increase', never 'a big change increase'.
3. A noun phrase and a passive -ing participle after a linking phrase ('the new rules being brought
   in') is a noun with its description: 'on' reads there; a clause ('if the hall is closed') is still
   asked for after 'in the event of'.
4. A linking phrase opening a sentence before a document noun ('In relation to this leaflet, ...'):
   'For', not 'On'."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain

from plainlint.api import check_text
from plainlint.config import Config


@pytest.mark.parametrize("text", [
    "The board made changes in relation to setting up and running a small group.",
    "Members agreed some changes in relation to making the forms shorter.",
])
def test_no_to_before_an_ing_verb(text):
    found = _plain(text, "in relation to")
    assert found and [s.lower() for s in found[0][2]] == ["for"], (text, found)


@pytest.mark.parametrize("text", [
    "We made some changes in relation to training.",
    "We made some changes in relation to waiting lists.",
])
def test_to_still_offered_before_an_ing_noun(text):
    found = _plain(text, "in relation to")
    assert found and "to" in found[0][2], (text, found)


def test_step_change_before_a_noun_takes_the_adjective():
    found = _plain("Recycling rose by a third, a step change increase on the year before.", "step change")
    assert found and found[0][2] == ["major"], found


def test_step_change_as_a_noun_keeps_big_change():
    found = _plain("We need a step change in how the town recycles.", "step change")
    assert found and found[0][2][:1] == ["big change"], found


@pytest.mark.parametrize("text", [
    "The panel asked to hear of progress in relation to the new rules being brought in.",
    "Members want updates in relation to any repairs being carried out this winter.",
    # the perfect passive is the same description, done (set HH pl92: the note said 'on' would
    # not read); our own sentences
    "The board wanted an update in relation to the new forms having been sent out.",
    "Members asked for a note in relation to the old depot having been sold.",
])
def test_on_reads_before_a_noun_with_a_passive_description(text):
    found = _plain(text, "in relation to")
    assert found and "on" in found[0][2], (text, found)


@pytest.mark.parametrize("text,words", [
    # opening a clause (its sentence, or after ';', ':' or 'that'), 'on' before a noun and what
    # was done to it reads as a time ('On the new rules being brought in, the panel asked ...':
    # when they were brought in): advice naming 'about' or 'as for', no swap; our own sentences
    ("In relation to the new forms having been sent out, the board wanted an update.", "in relation to"),
    ("In relation to the new rules being brought in, the panel asked for an update.", "in relation to"),
    ("The letters are in the appendix; in respect of the draft order having been made.", "in respect of"),
    ("Officers said that in relation to the new rules being brought in, the panel would meet.", "in relation to"),
])
def test_on_reads_as_a_time_before_a_described_noun_opening_a_clause(text, words):
    found = [f for f in check_text(text, Config(select=["wordy-phrase"], min_severity="suggestion")).findings
             if f.text.lower() == words]
    assert found and found[0].suggestions == [], (text, found)
    # (inside the sentence, after 'that' and closed by a comma, 'on' is no longer a candidate at
    # all, set JJ pl21: the note then says 'for' would not read before the -ing clause)
    assert "as a time" in found[0].message or "'for' would not read" in found[0].message, found[0].message


def test_a_clause_after_in_the_event_of_is_still_advice():
    found = _plain("In the event of the hall being closed, we will text every member.", "in the event of")
    assert found and found[0][2] == [], found


def test_for_not_on_before_a_document_at_the_start():
    found = _plain("In relation to this leaflet, the council is the data controller.", "in relation to")
    assert found and [s.lower() for s in found[0][2]] == ["for"], found


def test_on_still_offered_before_an_item_at_the_start():
    found = _plain("In relation to the third item, there were no questions.", "in relation to")
    assert found and found[0][2][:1] == ["On"], found
