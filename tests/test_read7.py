"""Set JJ's wrong readability findings, each fixed as a class (session 19, brief read7): posts in
brackets after the names of a roll of people (no asides, no list to bullet), an image's caption glued
to a sentence's first word, items of a numbered list set apart by '; and' on a line of its own, a
page's number and heading run into a sentence before a body's initials, a ballot's question with its
answers to ring, and actions of a list whose bullets were lost. Every sentence here is our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from plainlint.metrics import run_in_heading


def _long(text: str, fmt: str = "text") -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    r = check_text(text, cfg, fmt=fmt, name="example.txt")
    return [(f.severity, f.message) for f in r.findings if f.rule == "long-sentence"]


# --- a roll of people, each with a post in brackets: no asides, no list to bullet
ROLL = ("Jo Bell (Nurse Adviser at Carers Trust), Sam Hart (Northshire Carers Group Lead), Ann Rowe "
        "(Northshire Carers Group) attended the meeting and gave a talk about the work of the carers group "
        "both nationally and in the county.")


def test_posts_in_brackets_after_a_roll_of_names_are_no_asides_and_no_list():
    (found,) = _long("Visitors\n\n" + ROLL + "\n")
    assert "aside" not in found[1] and "bulleted list" not in found[1], found


def test_an_aside_with_a_verb_after_a_name_is_still_an_aside():
    text = ("The chair of the panel, Jo Bell (who joined the board in May after ten years as a governor), "
            "opened the meeting and thanked the staff of the three wards for all their hard work over the winter.")
    (found,) = _long(text + "\n")
    assert "aside" in found[1], found


def test_a_list_of_things_after_posts_is_still_a_list():
    text = ("We will meet young carers in schools, colleges, youth clubs run by the council, sports clubs in "
            "every town and faith groups across the county to hear what would make the biggest difference to them.")
    (found,) = _long(text + "\n")
    assert "bulleted list" in found[1], found


# --- an image's caption glued to the sentence's first word
def test_a_caption_glued_to_the_first_word_is_a_heading_run_in():
    assert run_in_heading("Broken kerb stonesUnsafe walls are checked by our officers every week .".split()) == 2


@pytest.mark.parametrize("text", [
    "Our eConsult service lets patients ask their surgery for advice online at any time of day .",
    "Book through the council website or call the contact centre on any weekday morning .",
])
def test_no_caption_where_no_word_is_glued(text):
    assert run_in_heading(text.split()) == 0


def test_a_glued_caption_does_not_count_in_the_sentence():
    text = ("Street works\n\nBroken kerb stonesUnsafe walls are checked by trained building control officers, "
            "who have the skills to judge the right steps to remove the danger and keep the public safe; this "
            "is very often done together with the fire service.\n")
    (found,) = _long(text)
    assert "it has 37" in found[1] and found[0] != "error", found


# --- a page's number and heading run into a sentence before a body's initials
def test_a_page_number_and_heading_before_initials_are_a_heading_run_in():
    assert run_in_heading("4 Funding Rules NHS England will pay for two cycles of treatment .".split()) == 3


@pytest.mark.parametrize("text", [
    "Funding Rules NHS England will pay for two cycles of treatment .",  # no page number
    "4 Members NHS England asked about the cost of treatment .",  # one word only
    "4 nurses NHS England trained last year joined the ward .",  # no heading in title case
    "2019. Northshire Teaching Hospitals NHS Trust .",  # a year in a list of references
])
def test_no_page_heading_without_its_number_and_title_case(text):
    assert run_in_heading(text.split()) == 0


# --- items of a numbered list, each closed by '; and' or '; or' on a line of its own
ITEMS = """Terms

2.1
A doctor may ask the panel to fund a treatment for one patient where:
2.1.1
the treatment is not part of a new service that the board would need to plan for;
and
2.1.2
the patient has a condition that the board pays to treat and there is a policy for it;
or
the patient cannot join a trial of the treatment because too few people have the condition.
"""


def test_items_of_a_numbered_list_set_apart_by_and_on_a_line_are_read_apart():
    found = _long(ITEMS)
    assert not any("bulleted list" in m or int(m.split()[3]) > 40 for _s, m in found), found


def test_a_sentence_wrapped_across_lines_stays_one():
    text = ("Terms\n\nThe panel agreed that the new service for young carers would be planned with the carers\n"
            "themselves and their families over the coming year, and that a report on the progress made\n"
            "would come back to the board in the spring with the costs of each of the options set out.\n")
    (found,) = _long(text)
    assert found[1].startswith("This sentence has 51 words"), found


# --- actions of a list whose bullets were lost
ACTIONS = """Next steps

Set up an appeal panel as a sub-group of the funding panel (it would meet each month) with
the chair of the sub-group chosen from among the lay members of the board
Nominate a member or a manager to be responsible for signing off the weekly triage decisions
"""


def test_an_action_line_after_a_line_that_ends_with_no_mark_is_an_item_of_its_own():
    found = _long(ACTIONS)
    assert not any(int(m.split()[3]) > 35 for _s, m in found), found


def test_a_verb_with_a_capital_after_a_line_that_runs_on_stays_in_the_sentence():
    text = ("Next steps\n\nThe board asked officers to come back in the spring with a plan for how they would\n"
            "Establish the new panel, who would sit on it and how often it would meet over the coming year.\n")
    (found,) = _long(text)
    assert found[1].startswith("This sentence has 36 words"), found


# --- a ballot's question with its answers to ring
BALLOT = """Housing ballot

This report sets out a plan to hold a ballot of tenants about the future of the two estates in line with the rules of the regional housing fund for landlords.
Decision:
RESOLVED:
i. That Cabinet agreed that a ballot of the tenants of the two estates take place before the end of the year, run by an independent body chosen by the council after a fair and open process.
ii. That Cabinet agreed that the voters in the ballot are the tenants of the four hundred homes in the blocks due for rebuilding, who also meet the rules on who may vote set by the housing fund.
iii. That Cabinet agreed the following question for the ballot paper;
Are you in favour of the plan to rebuild the homes on the two estates? - YES / NO
iv. That Cabinet agreed to delegate authority to the Chief Executive in consultation with the Lead Member for Housing to agree the final wording of the offer to tenants and to publish it to every home on the estates.
"""


def test_a_ballot_question_is_never_quoted_as_a_hardest_sentence():
    from plainlint.checks.readability import _ballot_question
    from plainlint.analysis import analyse
    from plainlint.extract.text import build_text

    doc = build_text(BALLOT, "example.txt")
    analysed = analyse(doc)
    asked = [s for s in analysed.sentences if s.text.startswith("Are you in favour")]
    assert asked and _ballot_question(analysed, asked[0])
    told = [s for s in analysed.sentences if s.text.startswith("This report sets out")]
    assert told and not _ballot_question(analysed, told[0])
