"""Plain words after the independent readers of set GH (round E): each class tested both ways with
sentences of our own.

1. 'reach out to' a thing or a class of people named by a category ('arrangements', 'areas',
   'cohorts'): no one can 'contact' a thing; the words mean outreach (set GH pl43, wrong).
2. A light-verb phrase in -ing after a noun of proposing ('the proposal giving consideration to ...')
   takes the 'to' form ('the proposal to consider ...'), not 'considering' (set GH pl24, wrong).
3. A topic's 'on' said a few words before does not block 'on' where the nearer noun takes the topic
   itself ('an update on the council's work in relation to X' -> 'work on X'; set GH pl32, wrong).
4. 'for the purpose of this ...' after a name given ('known as', 'referred to as', 'deemed') scopes a
   definition, which the note says is fine (set GH pl10, wrong and pedantic).
5. P: 'particularly in relation to' with no one word to offer is a suggestion (set GH pl29, pl41);
   'stakeholders' in a list with other bodies after it ('and neighbouring authorities') is a
   suggestion (set GH pl36)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain


@pytest.mark.parametrize("text", [
    "The service wants to reach out to private fostering arrangements across the borough.",
    "Officers will reach out to the most deprived areas of the town next year.",
    "The campaign reached out to younger cohorts through social media.",
    "Libraries are reaching out to new populations of readers.",
])
def test_reach_out_to_a_thing_or_a_category_is_left_alone(text):
    assert _plain(text, "reach") == [], text


@pytest.mark.parametrize("text, swap", [
    ("We reached out to parents in these areas by letter.", ["contacted", "got in touch with"]),
    ("Please reach out to the housing officer for your area.", ["contact", "get in touch with"]),
    ("Staff will reach out to each family in the scheme.", ["contact", "get in touch with"]),
    ("We are reaching out to households in difficult circumstances.", ["contacting", "getting in touch with"]),
])
def test_reach_out_to_a_person_still_takes_contact(text, swap):
    found = _plain(text, "reach")
    assert found and found[0][2] == swap, (text, found)


@pytest.mark.parametrize("text, swap", [
    ("Members discussed the proposal giving consideration to closing the depot.", ["to consider"]),
    ("The recommendations giving consideration to a new fee were agreed.", ["to consider"]),
])
def test_an_ing_phrase_after_a_proposal_takes_to(text, swap):
    found = _plain(text, "giving")
    assert found and found[0][2] == swap, (text, found)


@pytest.mark.parametrize("text, swap", [
    ("The panel was giving consideration to the bids.", ["considering"]),
    ("The officer giving consideration to the appeal has declared no interest.", ["considering"]),
])
def test_an_ing_phrase_elsewhere_keeps_its_ing(text, swap):
    found = _plain(text, "giving")
    assert found and found[0][2] == swap, (text, found)


@pytest.mark.parametrize("text", [
    "The report gave an update on the council's current work in relation to air quality.",
    "The panel commented on the trust's draft guidance in relation to falls in care homes.",
])
def test_on_after_a_noun_that_takes_the_topic_is_offered(text):
    found = _plain(text, "in relation")
    assert found and "on" in found[0][2], (text, found)


@pytest.mark.parametrize("text", [
    "A councillor asked about the cost of the scheme in regard to how the grant would be spent.",
    "Residents were told about the closure of the library in regard to how the books would be moved.",
])
def test_a_topic_word_said_before_still_blocks_the_swap_elsewhere(text):
    found = _plain(text, "in regard")
    assert found and found[0][2] == [], (text, found)


@pytest.mark.parametrize("text", [
    "The four posts are collectively known as senior managers for the purpose of this pay policy.",
    "Such a home is deemed a second home for the purpose of the scheme.",
    "These sites are referred to as key sites for the purpose of this plan.",
])
def test_for_the_purpose_of_scoping_a_name_is_left_alone(text):
    assert _plain(text, "for the purpose") == [], text


@pytest.mark.parametrize("text", [
    "For the purpose of the review, we spoke to thirty tenants.",
    "The room is known as the library and was booked for the purpose of training staff.",
])
def test_for_the_purpose_of_elsewhere_still_fires(text):
    assert _plain(text, "for the purpose"), text


def test_particularly_in_relation_to_with_no_swap_is_a_suggestion():
    found = _plain("The board gave an update on flood risk, particularly in relation to the planning system.",
                   "in relation")
    assert found and found[0][1] == "suggestion" and found[0][2] == [], found


def test_in_relation_to_with_no_focus_word_keeps_its_warning():
    found = _plain("No objection was raised in relation to policy H4.", "in relation")
    assert found and found[0][1] == "warning", found


def test_stakeholders_in_a_list_with_bodies_after_is_a_suggestion():
    found = _plain("The plan will be prepared with the district councils, a wide range of stakeholders and"
                   " neighbouring authorities.", "stakeholders")
    assert found and found[0][1] == "suggestion", found


@pytest.mark.parametrize("text", [
    "We will publish the plan after talking to stakeholders.",
    "We asked a wide range of stakeholders what mattered to them.",
])
def test_stakeholders_alone_keeps_its_warning(text):
    found = _plain(text, "stakeholders")
    assert found and found[0][1] == "warning", (text, found)
