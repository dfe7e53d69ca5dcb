"""Plain-words classes from the independent readers of set W (issue 17, thirteenth session,
post-reading): a finding offering two or more words where one of them fails in the sentence is
wrong as a whole (pl08, pl16, pl19, pl22), and a time phrase swapped after a preposition (pl07).
Our own sentences, both ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


# every word offered must read in the sentence: the second words that failed are gone
@pytest.mark.parametrize("text,word,expected", [
    ("The new model has been necessitated by the pandemic.", "necessitated", ["required"]),
    ("Staff will be helped to keep well on an ongoing basis.", "on an ongoing basis", ["continually"]),
    ("We wrote with regard to a limited number of care homes.", "a limited number of", ["a few"]),
    ("The fall was indicative of the wider picture at that time.", "was indicative of", ["reflected"]),
    ("Such delays are indicative of pressure on the service.", "are indicative of", ["reflect"]),
    ("Please furnish us with a copy of the lease.", "furnish", ["provide"]),
    ("Closed paths are denoted by a dotted line.", "denoted", ["shown"]),
    ("A dotted line denotes a closed path.", "denotes", ["means", "shows"]),
    ("The model will give an indication of the likely costs.", "give an indication of", ["show"]),
    ("The scheme aims to engender trust between tenants.", "engender", ["create"]),
    ("Parking is hard in the vicinity of the clinic.", "in the vicinity of", ["near"]),
    ("The bill will be in the vicinity of £3 million.", "in the vicinity of", ["about", "around"]),
    ("The panel read the entirety of the report.", "the entirety of", ["all"]),
    ("The totality of the data points the same way.", "the totality of", ["All"]),
    ("As of now, forty tenants have replied.", "as of now", ["Now"]),
])
def test_only_words_that_read_in_every_frame(text, word, expected):
    found = _plain(text, word)
    assert found and all(f[2] == expected for f in found), found


# 'moving forward' after a preposition: no time phrase fits ('steps in from now on'), so no swap
@pytest.mark.parametrize("text", [
    "The board agreed the next steps in moving forward with the plan.",
    "Members discussed the options for moving forward on the estate.",
])
def test_moving_forward_after_a_preposition_offers_no_swap(text):
    found = _plain(text, "moving forward")
    assert found and all(f[2] == [] for f in found), found


@pytest.mark.parametrize("text", [
    "Moving forward, the panel will meet every quarter.",
    "The panel will, moving forward, meet every quarter.",
])
def test_moving_forward_elsewhere_keeps_its_swap(text):
    found = _plain(text, "moving forward")
    assert found and all("from now on" in [s.lower() for s in f[2]] for f in found), found


# the pedantic ones: shown only at the suggestion level
@pytest.mark.parametrize("text,word", [
    ("In a small number of cases the fee is waived.", "a small number of"),
    ("The team set the optimum temperature for the store.", "optimum"),
])
def test_marginal_gains_are_suggestions(text, word):
    found = _plain(text, word)
    assert found and all(f[1] == "suggestion" for f in found), found
