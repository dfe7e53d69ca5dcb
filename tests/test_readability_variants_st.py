"""Variants of the classes judged on set ST (session 23, brief read18), in our own words: commas inside a
body's capitalised name, or around an aside, are no list commas (ST re47). Every sentence here is our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _long(text: str) -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    return [f for f in check_text(text, cfg, fmt="text", name="example.txt").findings if f.rule == "long-sentence"]


# --- 1. a body's name with commas in it ('the Finance, Audit and Risk Committee'), and an aside's commas

NAMED_BODY = [
    "Last spring, a review by the Finance, Audit and Risk Committee found that the reserves, which in our case are "
    "held by the county, were too low to cover the cost of the new depot and of the vehicles the crews would need "
    "over the next ten years of the contract.\n",
    "That in March 2021, a paper by the Children, Young People and Families Directorate told the Cabinet about its "
    "plan to move foster care into the new Regional Adoption Agency model, stating that local authorities, which in "
    "Northshire is the unitary council, were best placed to know the families and how support could best be given.\n",
    "In its report of 3 May, the cross-party Environment, Food and Rural Affairs Committee urged ministers to drop "
    "the plan to close the flood office, saying that drainage boards, which in the fens are run by farmers, knew "
    "the rivers best and should keep the money they had been given for the work.\n",
    "After a long debate, the Planning, Transport and Regeneration Department agreed that the bridge, which the "
    "county had built in the sixties, should be mended rather than replaced, as the cost of a new one would take "
    "most of the money set aside for the roads for the next five years.\n",
]


@pytest.mark.parametrize("text", NAMED_BODY)
def test_a_bodys_name_and_an_aside_are_no_list(text):
    found = _long(text)
    assert found, "the sentence is still long"
    assert all("things separated by commas" not in f.message for f in found), [f.message for f in found]


def test_a_real_list_beside_a_bodys_name_is_still_a_list():
    text = ("Over the coming year the Education, Skills and Culture Directorate will offer a free breakfast club in "
            "every primary school, extra reading help for pupils in year three, new bus passes for young carers, "
            "holiday lunches for families on low incomes and a summer reading scheme in each of the branch "
            "libraries across the county.\n")
    assert any("It lists 5 things separated by commas" in f.message for f in _long(text))


# --- 2. co-production (ST co01, co02, co03): 'pensioners' in a passage about a pension or a benefit, and
# 'the elderly' heading a list of adjectives that lean on its 'the'

def _done_to(text: str) -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    return [f for f in check_text(text, cfg, fmt="text", name="example.txt").findings if f.rule == "done-to-language"]


BENEFIT_PASSAGES = [
    # a point of a list after the point that names the payment
    "The council notes:\n\n- the plan to stop the cold weather grant for everyone not on Pension Credit;\n\n"
    "- the charity's estimate that half a million pensioners will now go without help this winter.\n",
    # a motion's title over the paragraph that names the benefit
    "Motion 2: Standing up for our pensioners this winter\n\n"
    "The Government plans to limit the Winter Fuel Payment to people who claim means-tested benefits.\n",
    # the paragraph after names what they are paid
    "Many pensioners in the borough will feel the change.\n\n"
    "From April, the payment will go only to those who qualify for Pension Credit.\n",
    # a pension or fuel poverty in the same paragraph
    "Pensioners whose pensions are paid every four weeks may ask for a later date to pay.\n",
    "The motion asks the Cabinet to keep pensioners out of fuel poverty this winter.\n",
]


@pytest.mark.parametrize("text", BENEFIT_PASSAGES)
def test_pensioners_in_a_passage_about_their_benefit_are_left_alone(text):
    assert not [f for f in _done_to(text) if f.text.lower() == "pensioners"]


PEOPLE_PASSAGES = [
    # no pension or benefit in the passage: the word names older people
    "Our lunch club meets on Tuesdays.\n\nPensioners from across the town come for a hot meal and a chat.\n",
    # the benefit is named under another heading: another section, not read
    "# Cost of living help\n\nThe payment goes to people on Pension Credit.\n\n# Our day centre\n\n"
    "Pensioners told us the new minibus makes it easier to visit.\n",
]


@pytest.mark.parametrize("text", PEOPLE_PASSAGES)
def test_pensioners_named_as_people_still_get_the_suggestion(text):
    fmt = "markdown" if text.startswith("#") else "text"
    cfg = Config()
    cfg.min_severity = "suggestion"
    found = [f for f in check_text(text, cfg, fmt=fmt, name="example.md" if fmt == "markdown" else "example.txt").findings
             if f.rule == "done-to-language" and f.text.lower() == "pensioners"]
    assert found


LEANING_LISTS = [
    "We want the new hall to suit the elderly, disabled and the least well off in the parish.\n",
    "The van brings meals to the elderly and housebound who cannot get to the shops.\n",
    "The fund was set up for the elderly, infirm and lonely in the villages.\n",
    "The warm space is for the elderly or vulnerable on the coldest days.\n",
]


@pytest.mark.parametrize("text", LEANING_LISTS)
def test_the_elderly_heading_a_list_of_adjectives_asks_for_the_list_rewritten(text):
    found = [f for f in _done_to(text) if f.text.lower() == "the elderly"]
    assert found
    for f in found:
        assert "older people, disabled people" in f.message
        assert not f.suggestions, "'older people' in its place leaves the list's adjectives with no noun"


def test_the_elderly_beside_nouns_keeps_its_swap():
    found = [f for f in _done_to("The lunch club is for the elderly, their carers and anyone who lives alone.\n")
             if f.text.lower() == "the elderly"]
    assert found and found[0].suggestions and found[0].suggestions[0] == "older people"


# --- 3. a resolution as minutes record it (ST re05, re14): its words were voted on, so the long-sentence
# finding says so as a suggestion, and reading age does not quote it as a sentence to rewrite

CARRIED = ("Review of parking charges\n\n"
           "The Head of Transport presented a report on the charges for the car parks in the town centre.\n\n"
           "After some discussion the recommendation was moved, seconded, put to the vote and carried.\n\n"
           "1. To keep the current charges for the town centre car parks until April and to delegate authority to "
           "the Head of Transport to set new charges after that date in consultation with the Chair and Vice-Chair "
           "of the committee, subject to any large change being brought back to this committee first.\n")

UNDER_LABEL = ("RESOLVED\n\n"
               "1. The use of the reserve held for the market hall roof (as set out in paragraph 4.2 and Appendix C of "
               "the report to the last meeting of the committee) to pay for the repairs to the clock tower and the "
               "gutters over the east entrance be approved.\n")


@pytest.mark.parametrize("text", [CARRIED, UNDER_LABEL])
def test_a_recorded_resolution_is_a_suggestion_that_says_so(text):
    found = [f for f in _long(text) if f.message.startswith("This sentence has 4") or f.message.startswith("This sentence has 5")]
    assert found
    assert all(f.severity == "suggestion" and "worded as a decision" in f.message for f in found)


def test_an_officers_long_sentence_in_minutes_stays_shown():
    text = ("RESOLVED\n\n"
            "The Head of Transport explained that the income from the car parks had fallen since the new charges "
            "began in the spring, which he thought was due to the roadworks on the ring road and the closure of two "
            "of the larger shops on the high street, and said that he would report again in the autumn.\n")
    found = _long(text)
    assert found and found[0].severity != "suggestion"


def test_a_motions_own_points_stay_shown():
    # a motion as put ('Council resolves to:'): its movers can still word it plainly (set ST re46)
    text = ("Motion on library opening hours\n\n"
            "This Council resolves to:\n\n"
            "- Ask the Cabinet Member for Culture to write to every parish council in the district, setting out "
            "the new opening hours of each branch library and asking them to share the details with residents "
            "through their newsletters, notice boards and web pages before the changes begin in the autumn.\n")
    found = [f for f in _long(text) if "words; aim for" in f.message]
    assert found and found[0].severity != "suggestion"
