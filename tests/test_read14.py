"""Set OO's wrong readability findings, each fixed as a class (session 21, brief read14): a heading's
last word glued to the capitals that open the next line (a lost line break), long nouns that only name
a kind ('the probation service', 'decision-makers') counted as abstract nouns, and a list of long
options after 'include' read as clauses to split. Every sentence here is our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from plainlint.metrics import run_in_heading


def _found(text: str, rule: str = "long-sentence") -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    r = check_text(text, cfg, fmt="text", name="example.txt")
    return [(f.severity, f.message) for f in r.findings if f.rule == rule]


# --- a heading's last word glued to a run of capitals: a line break lost
@pytest.mark.parametrize("text, k", [
    ("Latest newsDVLA Northshire Office will close for two weeks in August .", 1),
    ("Planning noticeCCG Northshire has asked the council to review the plan .", 1),
    ("Useful links teamSERVICE DESK is open from nine until five on weekdays .", 2),
])
def test_a_word_glued_to_capitals_is_a_heading_run_in(text, k):
    assert run_in_heading(text.split()) == k


@pytest.mark.parametrize("text", [
    "Patients use eConsult to ask their practice a question at any time .",  # one letter before the capital
    "Staff Survey results myNHS shows the figures for every trust in the region .",  # two letters: a name
    "Reports PowerBI dashboards show the waits by ward for every month .",  # a capital first: a name
    "Reports xqzwbNHS shows the figures for every trust in the region .",  # no English word before the capitals
])
def test_no_glued_heading_in_a_camel_case_name(text):
    assert run_in_heading(text.split()) == 0


def test_reading_age_never_quotes_a_sentence_with_a_glued_heading():
    glued = ("Office newsDVLA Northshire Registration Programme Partnership Administration is collaborating "
             "with numerous organisations internationally to consolidate registration documentation electronically.")
    prose = " ".join(["We will write to every owner before the office moves to its new home in the town."] * 12)
    found = _found(glued + " " + prose + "\n", "reading-age")
    assert all("newsDVLA" not in m for _, m in found), found


# --- long nouns that only name a kind of service, team or people are not abstract nouns
def test_a_noun_before_a_service_or_in_a_hyphened_word_is_not_abstract():
    text = ("Our nurses take calls from the prevention team, admission staff, school nurses and local charities, "
            "and pass clear advice to the commission-funded groups in the county, every week of the year, when "
            "they plan and pay for care for these families.")
    found = _found(text + "\n")
    assert found and "abstract" not in found[0][1], found


def test_abstract_nouns_of_actions_are_still_named():
    text = ("The consideration of the application was delayed by the introduction of new rules, the cancellation "
            "of two meetings and the late submission of the plans, so the committee could not decide in time and "
            "the applicant had to wait until the next meeting in the spring.")
    found = _found(text + "\n")
    assert found and "long abstract nouns" in found[0][1], found


# --- a list of long options after 'include': a list to bullet, not clauses to split
def test_options_after_include_are_a_list_to_bullet():
    text = ("Choices looked at include opening a new hub in the market town for young people, requesting that the "
            "trust keeps the ward open for at least another year, to run a mobile clinic across the villages in "
            "the west, ask how best to help carers at home, or do nothing at all.")
    (found,) = _found(text + "\n")
    assert "It lists 5 things" in found[1] and "clauses" not in found[1], found


@pytest.mark.parametrize("text", [
    # 'include' late in the sentence: no lead-in that frames the whole sentence
    ("The board met in May at the town hall and heard from the staff of the three wards about the winter, "
     "and the plans for next year include a new ward, which opens in June, and more beds."),
    # no 'and' or 'or' to close the items: clauses, not a list
    ("The changes include a longer opening day, staff will answer the phone until eight in the evening, "
     "families can book online at any hour of the day through the new website that the council launched."),
    # an 'and' after an earlier comma, and the last part goes on past the list: a sentence, not a list
    ("Advice for families must include where to find the list of clinics and family hubs in the borough, "
     "and Children's Centres in the county, including which ones open late on weekdays, to help parents "
     "who work to book a visit, or to ask that a nurse calls them back."),
])
def test_no_include_list_without_a_lead_in_and_a_close(text):
    for _, message in _found(text + "\n"):
        assert "It lists 3 things separated by commas" not in message
