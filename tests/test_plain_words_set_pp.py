"""Plain words after the independent readers of set PP (brief plain15): four classes, each tested both
ways with sentences of our own.

1. An entry whose last 'to' is a preposition ('in close proximity to', 'prior to', 'in addition to')
   does not fire where a plain verb that is seldom a noun follows ('a park in close proximity to serve
   the estate' -> 'near serve the estate' is not English: the 'to' is the infinitive's; set PP pl49).
2. A swap to a topic's preposition ('about', 'on') that the clause already has a few words before
   ('asked about the cost of the scheme in regard to how ...' -> 'the scheme about how') is not
   offered: another alternative where there is one, else no swap (set PP pl42).
3. 'appreciable' said of a thing that is there takes 'considerable'; denied ('no appreciable
   change') it takes 'noticeable' (set PP pl18: 'The challenges were noticeable' weakens it).
4. A jargon term explained where it stands, straight after its noun ('co-located services, ie those
   in a health centre', 'silo working (ie ...)') is not reported (set PP pl11 pedantic)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text, word", [
    ("The estate was built with a large green in close proximity to serve the families who lived there.", "in close"),
    ("In addition to provide advice, the team runs two drop-in sessions a week.", "in addition"),
    ("Prior to commence the works, the contractor will write to every household.", "prior"),
    ("Officers met the trust with regard to improve the discharge process.", "with regard"),
])
def test_a_prepositions_to_before_a_plain_verb_is_left_alone(text, word):
    assert _plain(text, word) == [], text


@pytest.mark.parametrize("text, word, swap", [
    ("The new homes are in close proximity to the primary school.", "in close", ["near", "close to"]),
    ("Prior to the works, the contractor will write to every household.", "prior", ["Before"]),
    ("We met the trust prior to serving notice on the tenant.", "prior", ["before"]),
])
def test_a_prepositions_to_before_a_noun_or_ing_still_fires(text, word, swap):
    found = _plain(text, word)
    assert found and found[0][2] == swap, (text, found)


@pytest.mark.parametrize("text, word", [
    # words that are nouns as well keep the preposition's reading
    ("In addition to support from family, carers can claim an allowance.", "in addition"),
    ("The hall is in close proximity to help points on the seafront.", "in close"),
])
def test_a_word_that_is_a_noun_as_well_keeps_the_finding(text, word):
    assert _plain(text, word), text


@pytest.mark.parametrize("text", [
    "A councillor asked about the cost of the scheme in regard to how the grant would be spent.",
    "Residents were told about the closure of the library in regard to how the books would be moved.",
])
def test_about_said_just_before_is_not_offered_again(text):
    found = _plain(text, "in regard")
    assert found and found[0][2] == [], (text, found)
    assert "stands a few words before it already" in " ".join(f.message for f in __import__(
        "plainlint.api", fromlist=["check_text"]).check_text(text).findings if f.rule == "wordy-phrase")


@pytest.mark.parametrize("text, swap", [
    ("A councillor asked for the cost of the scheme in regard to how the grant would be spent.", ["about"]),
    ("We wrote to you in regard to your booking.", ["about", "on"]),
    # 'about' in an earlier sentence is no repeat
    ("We spoke about the hall. A councillor asked for figures in regard to how it would be run.", ["about"]),
])
def test_about_not_said_just_before_is_still_offered(text, swap):
    found = _plain(text, "in regard")
    assert found and found[0][2] == swap, (text, found)


@pytest.mark.parametrize("text, swap", [
    ("The risks to the budget this winter are appreciable.", ["considerable"]),
    ("The new rota brought an appreciable rise in cover at weekends.", ["a considerable"]),
    ("There has been no appreciable change in waiting times.", ["noticeable"]),
    ("The drop in calls was not appreciable.", ["noticeable"]),
])
def test_appreciable_takes_the_word_of_its_sense(text, swap):
    found = _plain(text, "appreciable") or _plain(text, "an appreciable")
    assert found and found[0][2] == swap, (text, found)


@pytest.mark.parametrize("text, word", [
    ("The second band covers co-located services, ie those found in a health centre, and clinics.", "co-located"),
    ("Staff told us about silo working (ie teams that never share what they know) in the old service.", "silo"),
    ("We will take a holistic approach, that is, one that looks at the whole person.", "holistic"),
])
def test_a_term_glossed_where_it_stands_is_left_alone(text, word):
    assert _plain(text, word) == [], text


@pytest.mark.parametrize("text, word", [
    ("The second band covers co-located services in the health centre.", "co-located"),
    # examples of a term do not explain it
    ("The second band covers co-located services, such as the clinic in the library.", "co-located"),
    ("Staff told us about silo working in the old service.", "silo"),
    # the verb of a clause: the gloss tells of its object, not of the word
    ("The council co-located the teams, ie put them in one office.", "co-located"),
])
def test_a_term_not_glossed_is_still_found(text, word):
    assert _plain(text, word), text
