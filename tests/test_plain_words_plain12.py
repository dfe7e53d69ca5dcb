"""Plain words after the judged plain-words items of sets EE to MM still shown at 56b603e (brief
plain12): classes an editor called pedantic or wrong, each tested both ways with sentences of our
own.

1. 'stakeholders' in a record of a meeting told in the third person, in a clause told in the
   past ('The Chair noted ...', 'Members asked ...'): the minute-taker writes down what was said
   and cannot say whom a speaker or a report meant. A suggestion there, as at the end of a list
   that names the people; advice in the present ('officers should ...') and a page that speaks as
   'we' keep the warning.
2. 'seamless' is everyday English that readers know: a suggestion, its swap kept.
3. 'much' takes a mass noun only: after 'a significant amount of' and its kin a plural made
   without an -s ('people', 'children', 'women') takes 'a lot of' only, as 'homes' does."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain

_MINUTE = ("Minutes of the Housing Panel held on 3 June.\n\n"
           "Present: Councillors A Shah, B Price and C Lowe.\n\n"
           "The Chair welcomed Members to the meeting and introductions were made. The minutes of the "
           "last meeting were agreed as a true record. The Housing Officer presented the report on the "
           "new lettings policy and explained the reasons for the changes to the way homes are let. "
           "Members asked how the waiting list would be kept up to date and how long the review would "
           "take. {sentence} The Panel thanked the officer for the report and noted its contents.\n")

_OWN_PAGE = ("Our lettings policy\n\n"
             "We are changing the way we let our homes. We have written a new policy and we want to hear "
             "what you think of it before we agree it. {sentence} We will publish what we heard in the "
             "autumn, and we will say what we changed because of it.\n")


@pytest.mark.parametrize("sentence", [
    "The Chair asked officers to share the draft policy with stakeholders before the summer.",
    "Councillor Price said that stakeholders had welcomed the plan at the spring event.",
])
def test_stakeholders_in_a_third_person_minute_is_a_suggestion(sentence):
    text = _MINUTE.format(sentence=sentence)
    found = _plain(text, "stakeholders")
    assert found and found[0][1] == "suggestion" and found[0][2] == [], found


def test_stakeholders_in_advice_in_the_present_stays_a_warning():
    # a code or a report's advice in the third person, not a record of what was said or done
    text = _MINUTE.format(sentence="Officers should identify the stakeholders at the start of every review.")
    found = _plain(text, "stakeholders")
    assert found and found[0][1] == "warning", found


def test_stakeholders_on_a_page_that_speaks_as_we_stays_a_warning():
    text = _OWN_PAGE.format(sentence="We will share the draft with stakeholders before the summer.")
    found = _plain(text, "stakeholders")
    assert found and found[0][1] == "warning", found


def test_stakeholders_rewritten_to_say_who_is_left_alone():
    # the fixed sentence: say who is meant
    text = _OWN_PAGE.format(sentence="We will share the draft with tenants and the tenants' forum before the summer.")
    assert _plain(text, "stakeholders") == []


@pytest.mark.parametrize("text, swap", [
    ("Residents want a seamless way to pay their council tax online.", ["smooth"]),
    ("The new booking form makes the visit seamless for families.", ["smooth"]),
])
def test_seamless_is_a_suggestion_with_its_swap(text, swap):
    found = _plain(text, "seamless")
    assert found and found[0][1] == "suggestion" and found[0][2] == swap, found


@pytest.mark.parametrize("text", [
    "Residents want a smooth way to pay their council tax online.",  # the fixed sentence
    "Young people need a seamless transition between children's and adult teams.",
])
def test_seamless_left_alone(text):
    assert _plain(text, "seamless") == []


@pytest.mark.parametrize("text, word, swap, fixed", [
    ("A significant amount of older people use the bus to reach the clinic.", "a significant amount of",
     "A lot of", "A lot of older people use the bus to reach the clinic."),
    ("The nurses saw a considerable amount of children at the drop-in.", "a considerable amount of",
     "a lot of", "The nurses saw a lot of children at the drop-in."),
])
def test_amount_of_before_an_irregular_plural_drops_much(text, word, swap, fixed):
    found = _plain(text, word)
    assert found and found[0][2] == [swap], found
    assert text.replace(found[0][0], swap) == fixed


@pytest.mark.parametrize("text, word, swaps", [
    ("A significant amount of money was saved on energy.", "a significant amount of", ["A lot of", "Much"]),
    ("The move took a considerable amount of staff time.", "a considerable amount of", ["a lot of", "much"]),
])
def test_amount_of_before_a_mass_noun_keeps_much(text, word, swaps):
    found = _plain(text, word)
    assert found and found[0][2] == swaps, found
