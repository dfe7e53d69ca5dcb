"""long-sentence reads an item of a list that is not a sentence of its own as a list item (issue 17,
after the independent readings of fresh set BB: re47, a criterion under 'Criteria for ...' told to move
its 'aside' out, which would change who qualifies; re50, a bullet completing a motion's lead-in 'we
welcome the:' and closed by '; and', told to split). Such an item is a suggestion whose message names it
a list item and asks for a shorter item, never a split into sentences or an aside moved out. A real long
sentence in a paragraph, and a bullet that is a whole sentence with a subject and a verb, keep their
advice. All sentences are our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _long(text: str, fmt: str = "text"):
    cfg = Config(select=["long-sentence"], min_severity="suggestion")
    return [f for f in check_text(text, config=cfg, fmt=fmt).findings if f.rule == "long-sentence"]


def _is_item_note(f) -> bool:
    return (f.severity == "suggestion" and f.message.startswith("This list item has")
            and "It is an item of a list" in f.message and "Split it" not in f.message
            and "Move the aside" not in f.message)


# a motion's lead-in, then items that complete it, each closed by ';' or '; and'
_MOTION = ("As members of the county's health partnership, we support the:\n\n"
           "• Chance for every district council to lead its own work on damp homes and to secure the health, "
           "social and money benefits that come from warmer houses;\n\n"
           "• Promise by the government to keep to its duties under the national housing standard for rented "
           "homes (NHSRH) and in particular to guard the making of housing policy from the narrow interests of "
           "the largest private landlords in the country; and\n\n"
           "• Backing of this statement by the district councils.\n")

# a criterion under a heading of criteria: the commas part alternatives, not an aside
_CRITERIA = ("Criteria for a second review\n\n"
             "• All tenants with a rent debt of more than eight weeks during the last year of their tenancy, who "
             "were known to the money advice team before the notice was served, or who had asked for a payment "
             "plan within the three months before the notice.\n\n"
             "• All tenants whose landlord has asked for a review.\n")


@pytest.mark.parametrize("text, longest", [(_MOTION, 41), (_CRITERIA, 46)])
def test_a_list_item_that_is_no_sentence_gets_the_list_note(text, longest):
    found = _long(text)
    assert found and all(_is_item_note(f) for f in found), [f.message for f in found]
    assert any(f.message.startswith(f"This list item has {longest} words") for f in found)


def test_items_closed_by_semicolons_in_a_run_are_list_items_without_a_lead_in():
    # no colon before them: the run of items closed by ';' and '; and' is one list read as one sentence
    text = ("The panel noted the following points\n\n"
            "• Damp and mould in rented homes is the single largest cause of the chest problems seen in young "
            "children in the district, which the housing team has tracked for several years now;\n\n"
            "• Most of the homes affected are let by a small number of landlords; and\n\n"
            "• Grants are available.\n")
    (f,) = _long(text)
    assert _is_item_note(f), f.message


def test_a_noun_phrase_bullet_with_no_verb_is_a_list_item():
    # no lead-in, no heading: a noun phrase with no finite verb is no sentence to split
    text = ("• Better joint working between the district councils, the housing associations, the fire service and "
            "the health visitors on damp homes, cold homes and homes with too many people in them across the whole of the county "
            "over the next three years\n")
    (f,) = _long(text)
    assert _is_item_note(f), f.message


# the same words as a sentence of a paragraph, and long prose sentences: still errors with split advice
@pytest.mark.parametrize("text", [
    "The county's health partnership supports the promise by the government to keep to its duties under the "
    "national housing standard for rented homes and it asks the government to guard the making of housing policy "
    "from the narrow interests of the largest private landlords in the country.",
    "Tenants with a rent debt of more than eight weeks will get a second review, and the money advice team will "
    "contact every one of them before the notice is served, because the council wants to keep families in their "
    "homes wherever it can.",
])
def test_a_long_prose_sentence_in_a_paragraph_stays_an_error(text):
    (f,) = _long(text)
    assert f.severity == "error" and f.message.startswith("This sentence has"), f.message
    assert "item of a list" not in f.message


def test_a_bullet_that_is_a_whole_sentence_keeps_its_advice():
    # a bullet with its subject and verb, opening with a capital and closed by a full stop, is a sentence a
    # reader reads as any other: its two ideas can be split, each part a sentence, and no list is broken
    text = ("What happens next\n\n"
            "• The housing team will write to every tenant with a rent debt of more than eight weeks before the end "
            "of the month, and the money advice team will then call each of them to offer a payment plan that "
            "they can afford.\n\n"
            "• The panel will meet again in May.\n")
    (f,) = _long(text)
    assert f.severity == "error" and "item of a list" not in f.message, f.message
    assert "Split it" in f.message, f.message


def test_a_whole_sentence_under_a_criteria_heading_keeps_its_advice():
    text = ("Eligibility\n\n"
            "• The council will pay the grant to any tenant whose home has failed the damp test twice in a year, and "
            "the housing team will then visit each of these homes within four weeks to check that the work has "
            "been done.\n")
    (f,) = _long(text)
    assert f.severity == "error" and "item of a list" not in f.message, f.message


# a resolution as passed with an irregular participle after 'be' ('That further thought be given to ...'):
# the mandative of a decision as much as 'be approved' (set BB re12, pedantic: told to split). Our own words.
_DECISION = "It is worded as a decision"


@pytest.mark.parametrize("text", [
    "That further thought be given to cutting the number of small garages in the council's ownership and to "
    "building homes on the land that is freed, so as to help meet the needs of local families on the waiting list "
    "in the years to come;",
    "• That further thought be given to cutting the number of small garages in the council's ownership and to "
    "building homes on the land that is freed, so as to help meet the needs of local families on the waiting list "
    "in the years to come;\n\n• That a report be brought back in the spring.\n",
])
def test_a_resolution_with_an_irregular_participle_gets_the_decision_note(text):
    (f,) = [f for f in _long(text) if "words" in f.message and " 4" in f.message[:25]]
    assert f.severity == "suggestion" and _DECISION in f.message, f.message


def test_a_modal_before_be_given_is_no_decision():
    # 'will be given': what will happen, not a decision's wording; a list item of a run stays a list item
    text = ("• The panel heard that staff at every one of the county's day centres will be given new training on "
            "lifting and moving people safely before the end of the year, once the new trainers are in post;\n\n"
            "• Visits will start in May; and\n\n• The trainers will visit each centre.\n")
    (f,) = _long(text)
    assert _DECISION not in f.message and _is_item_note(f), f.message


def test_a_sentence_of_a_bullet_that_holds_several_is_a_sentence():
    # the bullet is closed by ';' in a run, but its first sentence ends with a full stop: a sentence a reader
    # reads as any other, which keeps its advice (its last part is still the list's item)
    text = ("The panel noted the following points\n\n"
            "• The housing team will write to every tenant with a rent debt of more than eight weeks before the end of "
            "the month, and the money advice team will then call each of them to offer a payment plan that they can "
            "afford. Grants are also open to them;\n\n"
            "• Most of the homes affected are let by a small number of landlords; and\n\n"
            "• Grants are available.\n")
    (f,) = _long(text)
    assert f.severity == "error" and "item of a list" not in f.message, f.message
