"""Plain words after reading every shown finding of sets EE and FF (brief plain4): the classes where
a swap read wrong in its sentence, each tested both ways with sentences of our own.

1. A linking phrase after a capitalised word inside a name ('NHS Improvement with regards to'): the
   name's last word is no noun taking its own preposition ('improvement in'); the phrase is advice.
2. A linking phrase hanging on a noun with its own preposition, before a question word ('improvements
   within the service with regard to how it works'): the noun's preposition takes the question word
   too ('improvements in how'), never the frame's 'about' ('improvements about how'); after a noun of
   change not 'for' ('changes for how').
3. 'much' for an amount phrase before a plural noun ('a significant amount of emergency admissions'
   -> 'much emergency admissions'): 'much' takes a mass noun only; the other alternatives stay.
4. 'act as a catalyst for' before an -ing verb ('acted as a catalyst for securing'): 'started
   securing' and 'triggered securing' do not read; 'helped secure'.
5. 'collaboratively' is a warning (readers asked for it shown); before a participle or an -ing verb
   only 'jointly' ('a jointly planned service', never 'a together planned service')."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text", [
    "The panel heard from NHS England and NHS Improvement with regards to waiting lists.",
    "Officers briefed the ICB Improvement Board with regard to the new clinics.",
])
def test_a_name_before_a_linking_phrase_gives_no_preposition(text):
    found = _plain(text, "with regard")
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text, swaps", [
    ("We have seen improvements with regards to waiting lists.", ["in", "to"]),
    ("The panel asked for an update with regard to the new clinics.", ["on"]),
    ("The Committee agreed the Standing Orders with regard to the new panel.", ["for"]),
])
def test_a_lower_case_noun_still_gives_its_preposition(text, swaps):
    found = _plain(text, "with regard")
    assert found and found[0][2] == swaps, (text, found)


@pytest.mark.parametrize("text, swaps", [
    ("The team made real improvements within the ward with regard to how visits are booked.", ["in", "to"]),
    ("We have made small changes in relation to how rooms are booked.", ["to"]),
    ("The board has a role in relation to how the market works.", ["in"]),
])
def test_a_question_word_after_a_noun_with_its_own_preposition_keeps_it(text, swaps):
    phrase = "with regard" if "with regard" in text else "in relation"
    found = _plain(text, phrase)
    assert found and found[0][2] == swaps, (text, found)


def test_a_question_word_with_no_such_noun_still_takes_about():
    found = _plain("Residents wrote to us with regard to how bins are collected.", "with regard")
    assert found and found[0][2] == ["about"], found


@pytest.mark.parametrize("text, swaps", [
    ("The new rota should cut a significant amount of late shifts.", ["a lot of"]),
    ("We answered a considerable amount of calls in May.", ["a lot of"]),
    ("A large proportion of tenants are happy.", ["Many"]),
])
def test_much_is_not_offered_before_a_plural(text, swaps):
    found = _plain(text, "a ")
    assert found and found[0][2] == swaps, (text, found)


@pytest.mark.parametrize("text, swaps", [
    ("The new rota should save a significant amount of overtime.", ["a lot of", "much"]),
    ("A substantial amount of the grant was spent on repairs.", ["A lot of", "Much of"]),
])
def test_much_stays_before_a_mass_noun(text, swaps):
    found = _plain(text, "a ")
    assert found and found[0][2] == swaps, (text, found)


def test_catalyst_before_an_ing_verb_is_help():
    found = _plain("The fair has acted as a catalyst for recruiting new volunteers.", "acted")
    assert found and found[0][2] == ["helped recruit"], found


def test_catalyst_before_a_noun_keeps_its_alternatives():
    found = _plain("The fair has acted as a catalyst for new volunteers.", "acted")
    assert found and found[0][2] == ["led to", "started", "triggered"], found


@pytest.mark.parametrize("text, swaps", [
    ("The two wards worked collaboratively on the rota.", ["together", "jointly"]),
    ("We offer a collaboratively written guide.", ["jointly"]),
    ("Staff are collaboratively reviewing the forms.", ["jointly"]),
])
def test_collaboratively_is_shown_with_the_swap_that_fits(text, swaps):
    found = _plain(text, "collaboratively")
    assert found and found[0][1] == "warning" and found[0][2] == swaps, (text, found)


@pytest.mark.parametrize("text, swaps", [
    ("The trust will drive forward the new discharge plan.", ["push ahead with", "make progress on"]),
    ("Our lead is driving forward changes to the rota.", ["pushing ahead with", "making progress on"]),
])
def test_drive_forward_before_its_object_is_shown(text, swaps):
    found = _plain(text, "driv")
    assert found and found[0][1] == "warning" and found[0][2] == swaps, (text, found)


@pytest.mark.parametrize("text, severity", [
    ("The discharge plan is being driven forward by the trust.", "suggestion"),
    ("We are ready to drive forward.", "warning"),
    ("The trust will drive forward with the plan.", "warning"),
])
def test_drive_forward_with_no_object_after_it_takes_no_swap(text, severity):
    found = _plain(text, "driv")
    assert found and found[0][1] == severity and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text, swaps", [
    ("It is anticipated that by June the ward will reopen.", ["We expect that"]),
    ("It is envisaged that, once funding is agreed, the ward will reopen.", ["We expect that"]),
    ("Members are of the view that if the ward closes, waits will grow.", ["think that", "believe that"]),
])
def test_a_thinking_verb_keeps_that_before_a_fronted_adverbial(text, swaps):
    found = _plain(text, text.split()[0].lower() if text.startswith("It") else "are of")
    assert found and found[0][2] == swaps, (text, found)


@pytest.mark.parametrize("text, swaps", [
    ("It is anticipated that the ward will reopen in June.", ["We expect"]),
    ("It is envisaged that the ward will reopen in June.", ["We expect"]),
])
def test_a_thinking_verb_drops_that_before_its_subject(text, swaps):
    found = _plain(text, "it is")
    assert found and found[0][2] == swaps, (text, found)


def test_an_adverb_in_place_of_it_appears_that_takes_no_that():
    found = _plain("It appears that by May the backlog had grown.", "it appears")
    assert found and found[0][2] == ["It seems that", "Apparently"], found
