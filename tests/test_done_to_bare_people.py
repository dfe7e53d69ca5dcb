"""done-to-language: an adjective for people standing as a noun after a preposition takes
the people form ('the cost of transport for elderly across the county' -> 'older people', not
'older'), and 'special needs' before a noun naming a place or a class gets no swap (set UV,
co01 and U-052: 'older between practices', 'additional needs schools')."""

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _done_to(text):
    result = check_text(text, Config(select=["done-to-language"]), fmt="text", name="t.txt")
    assert result.error is None
    return [(f.text, f.suggestions) for f in result.findings]


@pytest.mark.parametrize("text", [
    "The report covers the journeys of elderly between the two hospitals.",
    "Lunch is free for lonely and elderly on Fridays.",
    "There is little housing for elderly within the town centre.",
])
def test_bare_adjective_after_a_preposition_takes_the_people_form(text):
    assert _done_to(text) == [("elderly", ["older people"])]


@pytest.mark.parametrize("text", [
    "The club is run by elderly volunteers from the parish.",
    "Many of the people who came were elderly.",
    "Access for elderly patients was reviewed.",
    "The fund meets the needs of frail, elderly and disabled residents.",
    "Grants go to lonely or elderly or housebound tenants.",
])
def test_adjective_before_its_noun_or_after_be_stays_one_word(text):
    assert _done_to(text) == [("elderly", ["older"])]


@pytest.mark.parametrize("text", [
    "The special needs unit has ten places.",
    "The council runs three special needs classes.",
    "Ask the special needs coordinator at your child's school.",
])
def test_special_needs_before_a_noun_gets_no_swap(text):
    assert _done_to(text) == [("special needs", [])]


def test_special_needs_school_is_a_special_school():
    assert _done_to("Two new special needs schools will open.") == [("special needs schools", ["special schools"])]


def test_special_needs_for_people_keeps_its_swap():
    assert _done_to("Pupils with special needs get a named adult.")[0][1][0] == "additional needs"


@pytest.mark.parametrize("text", [
    "We want better services for Rochdale service users.",
    "The plan was written with Leeds service users and staff.",
])
def test_after_a_place_name_no_people_first_swap(text):
    assert _done_to(text) == [("service users", [])]


@pytest.mark.parametrize("text", [
    "Many service users said the bus was late.",
    "We asked service users about the plan.",
])
def test_without_a_name_before_the_swap_stays(text):
    assert _done_to(text)[0][1][0] == "people who use services"
