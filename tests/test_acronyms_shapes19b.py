"""SHAPES that are no acronym to spell out, or not worth the writer's time (session 16, set CC): a paper's reference
code, an ordinary word in capitals for a rating or emphasis, a word typed with the shift key held, a clinical score
on a page for clinicians, a traffic-light rating whose colour is said, a statutory instrument's citation. Our own
sentences, both ways."""

import pytest
from plainlint.api import check_text
from plainlint.config import Config


def _findings(text, rule="acronym-undefined"):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule]


def _shown(text):
    return [f.text for f in _findings(text) if f.severity != "suggestion"]


def _any(text):
    return [f.text for f in _findings(text)]


@pytest.mark.parametrize("text", [
    # a board's paper numbers: letters, a month and year in brackets, a serial (one not yet given: "0XX")
    "The board approved the minutes of the last meeting. QZTB (6/08) 031\n\nIt noted the finance report. QZTB (6/08) 032",
    "The board will receive the quality report at its next meeting. QZTB (7/08) 0XX",
    # a paper's code after the word that says so
    "The committee considered Paper QZE 12 on the capital plan.",
    "The committee considered PAPER QZE 14 on the capital plan.",
    # a statutory instrument's citation, with its number in words or after a slash
    "The trust became trustee under transfer order SI 2004 (Number 1234) and acts as its agent.",
    "The duty comes from SI 2015 No. 1234 and applies to every landlord.",
])
def test_reference_codes_are_not_asked_to_be_spelled_out(text):
    assert _any(text) == []


@pytest.mark.parametrize("text,letters", [
    # letters in running text near figures are still letters to spell out
    ("The QZTB met in June and agreed the plan for the year.", "QZTB"),
    ("The committee asked the QZE to report by 12 June.", "QZE"),
    ("There were 12 papers and the QZE read them all.", "QZE"),
    ("The SI team reviewed 2004 cases in the year.", "SI"),
])
def test_letters_that_are_no_reference_still_fire(text, letters):
    assert _shown(text) == [letters]


@pytest.mark.parametrize("text", [
    "The executive summary of the RED risks was attached to the report.",
    "Three risks were rated AMBER and two were rated GREEN by the team.",
    "Two risks stay at LOW priority until the review in the spring.",
    "NOTE that the deadline for comments has moved to May.",
])
def test_ordinary_words_in_capitals_are_not_acronyms(text):
    assert _any(text) == []


@pytest.mark.parametrize("text,letters", [
    # letters that are no English word, beside a rating, still fire
    ("The executive summary of the QZR risks was attached to the report.", "QZR"),
    # a short word the writer defines as letters is an acronym
    ("The Regional Economic Development (RED) board met. The RED board agreed the plan. The board asked RED for more.", None),
])
def test_letters_beside_ratings_still_fire(text, letters):
    assert _shown(text) == ([letters] if letters else [])


@pytest.mark.parametrize("text", [
    "Contact: LIz Morgan, Interim Director of Public Health.",
    "Please send THe form back to the team by Friday.",
])
def test_words_typed_with_the_shift_key_held_are_not_acronyms(text):
    assert _any(text) == []


@pytest.mark.parametrize("text,letters", [
    # two capitals and a small letter that spell no word are still letters to spell out
    ("Please send the QZf form back to the team by Friday.", "QZf"),
])
def test_mixed_letters_that_spell_no_word_still_fire(text, letters):
    assert _shown(text) == [letters]


_CLINICIAN_PAGE = """Community breathing service

Professional information

The team takes patients with long-term lung disease who are limited by their breathing, assessed by QZM dyspnoea scale 3 to 5.

Inclusion criteria

Confirmed diagnosis of a lung condition.

Raised markers or QZSTEMI within the last six weeks.
"""


def test_clinical_scores_on_a_page_for_clinicians_are_a_suggestion():
    got = _findings(_CLINICIAN_PAGE)
    assert {f.text for f in got} == {"QZM", "QZSTEMI"}
    assert all(f.severity == "suggestion" for f in got)


def test_clinical_scores_on_a_page_for_residents_still_fire():
    text = "Our classes help people whose breathing is limited, assessed by QZM dyspnoea scale 3 to 5.\n\n" \
        "Raised markers or QZSTEMI within the last six weeks mean you should wait before you join."
    assert sorted(_shown(text)) == ["QZM", "QZSTEMI"]


def test_a_rating_whose_colour_is_said_is_a_suggestion():
    got = _findings("The officer gave an update on the indicators that had not been RAG rated green.")
    assert [f.text for f in got] == ["RAG"] and got[0].severity == "suggestion"


def test_a_rating_whose_colour_is_not_said_still_fires():
    assert _shown("The committee asked whether the work should lower the RAG score for this risk.") == ["RAG"]


def test_a_score_named_with_no_value_on_a_page_for_clinicians_still_fires():
    text = "Professional information\n\nThe team asks referrers to include the QZM score with each letter.\n"
    assert _shown(text) == ["QZM"]
