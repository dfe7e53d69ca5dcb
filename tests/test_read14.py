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
