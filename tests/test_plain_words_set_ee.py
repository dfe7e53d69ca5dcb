"""Plain words after the independent readers of set EE (brief plain2): four frames where a swap read
wrong in its sentence, and one pedantic class, each tested both ways with sentences of our own.

1. A subject of its own and an -ing verb after a phrase that takes a noun ('in the event of a bridge
   being shut', 'in the case of the depot being flooded'): 'if there is', 'for' and 'in' do not take
   the clause; only alternatives that do ('without a chair being named'), else no swap, and the note
   says to rewrite it as a clause ('if a bridge is shut').
2. A phrase straight after another preposition ('up to no later than May', 'from in excess of 40'):
   an alternative that is itself a preposition ('by', 'over') would stack two; only the others
   ('more than'), else no swap.
3. A short adjective's alternative after 'more' or 'most' ('a more seamless system' -> 'a more
   smooth system'): one that takes -er or -est is not offered there; the note names that form.
   'less' and 'least' take the plain form ('less smooth') and keep the swap.
4. A present-time alternative ('now') in a clause about the past, read through an infinitive to the
   verb that dates it ('were told to stop with immediate effect'): only 'immediately'.
5. 'For the purpose of this policy, X is defined as ...': a definition's opener, left alone as a
   law's is."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text, word", [
    ("In the event of a bridge being shut, buses will use the ring road.", "in the event"),
    ("In the event of any school being closed, parents get a text.", "in the event"),
    ("In the event of Marsh Lane Library being closed, return books to the town hall.", "in the event"),
    ("In the event of no tenant being found, the flat goes back on the list.", "in the event"),
    ("In the event of the landlord having no insurance, we will pay.", "in the event"),
    ("In the case of the depot being flooded, bins will be collected a day late.", "in the case"),
    ("In the case of a pupil having an EHC plan, the school must invite the council.", "in the case"),
])
def test_own_subject_clause_after_the_phrase_takes_no_swap(text, word):
    found = _plain(text, word)
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text, word, first", [
    ("In the event of a flood, move to the upper floor.", "in the event", "If there is"),
    ("In the event of flooding, the road will close.", "in the event", "If there is"),
    ("In the case of a late claim, we will write to you.", "in the case", "For"),
    ("In the absence of a chair being named, the vice chair will lead.", "in the absence", "Without"),
    ("In the absence of the clerk, the chair took notes.", "in the absence", "Without"),
])
def test_a_noun_after_the_phrase_keeps_its_swap(text, word, first):
    found = _plain(text, word)
    assert found and found[0][2] and found[0][2][0] == first, (text, found)


@pytest.mark.parametrize("text, word, swaps", [
    ("The grant is paid from June up to no later than May 2029.", "no later", []),
    ("The lease runs from May until not later than June 2030.", "not later", []),
    ("Bids came from in excess of 40 firms.", "in excess", ["more than"]),
])
def test_a_preposition_swap_does_not_stack_on_a_preposition(text, word, swaps):
    found = _plain(text, word)
    assert found and found[0][2] == swaps, (text, found)


@pytest.mark.parametrize("text, word, first", [
    ("Claims must arrive no later than 5 March.", "no later", "by"),
    ("Claims must arrive on or no later than 5 March.", "no later", "by"),
    ("Salaries in excess of £90,000 need approval.", "in excess", "more than"),
])
def test_a_preposition_swap_elsewhere_is_kept(text, word, first):
    found = _plain(text, word)
    assert found and found[0][2] and found[0][2][0] == first, (text, found)


@pytest.mark.parametrize("text, word, swaps", [
    ("Tenants asked for a more seamless booking system.", "seamless", []),
    ("This is the most seamless route we have.", "seamless", []),
    ("This is the most robust budget the council has set.", "robust", ["thorough"]),
])
def test_an_adjective_swap_after_more_or_most_takes_no_short_adjective(text, word, swaps):
    found = _plain(text, word)
    assert found and found[0][2] == swaps, (text, found)


def test_the_note_names_the_er_form():
    from plainlint.api import check_text
    text = "Tenants asked for a more seamless booking system."
    found = [f for f in check_text(text).findings if f.text == "seamless"]
    assert found and "'smoother'" in found[0].message


@pytest.mark.parametrize("text, word, first", [
    ("Tenants asked for a seamless booking system.", "seamless", "smooth"),
    ("We want a less robust rota next year.", "robust", "thorough"),
    ("A more granular breakdown is in the appendix.", "granular", "detailed"),
])
def test_an_adjective_swap_elsewhere_is_kept(text, word, first):
    found = _plain(text, word)
    assert found and found[0][2] and found[0][2][0] == first, (text, found)


@pytest.mark.parametrize("text", [
    "The wards were told to stop the old forms with immediate effect.",
    "The board agreed to close the unit with immediate effect.",
    "With immediate effect, the council withdrew the charge.",
])
def test_now_is_not_offered_in_a_clause_about_the_past(text):
    found = _plain(text, "with immediate")
    assert found and [s.lower() for s in found[0][2]] == ["immediately"], (text, found)


@pytest.mark.parametrize("text", [
    "The car park is closed with immediate effect.",
    "We will stop the charge with immediate effect.",
    "The board has agreed to close the unit with immediate effect.",
])
def test_now_is_kept_in_the_present(text):
    found = _plain(text, "with immediate")
    assert found and found[0][2][0] == "now", (text, found)


def test_the_perfect_keeps_until_now():
    found = _plain("The area has hitherto had no bus service.", "hitherto")
    assert found and found[0][2][0] == "until now", found


@pytest.mark.parametrize("text", [
    "For the purpose of this strategy, a young carer is defined as anyone under 18 who looks after a relative.",
    "For the purpose of this assessment, to match the data we hold, wards have been defined as the old districts.",
    "For the purpose of this report, 'older people' refers to people aged 65 and over.",
])
def test_a_definitions_opener_is_left_alone(text):
    assert _plain(text, "for the purpose") == [], text


@pytest.mark.parametrize("text", [
    "For the purpose of the review, we spoke to thirty tenants.",
    "The group was set up for the purpose of reviewing the budget.",
    "For the purpose of this review, we spoke to thirty tenants, and this means more views are in.",
])
def test_for_the_purpose_of_elsewhere_still_fires(text):
    assert _plain(text, "for the purpose"), text
