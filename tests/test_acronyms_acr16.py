"""Letters the page itself calls a name (issue 17, the general step, session acr16): a word saying what kind of named
body or product the letters are ("the charity QZC", "QZB, a software company,", "the QZX app", "trading as QZT",
"QZX®") makes them that name, not words to spell out, wherever neither the document, the glossary nor the known list
spells them out. Our own sentences, both ways."""

import pytest
from plainlint.api import check_text
from plainlint.config import Config


def _shown(text, rule="acronym-undefined"):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f.text for f in result.findings if f.rule == rule and f.severity != "suggestion"]


@pytest.mark.parametrize("text", [
    "Volunteers from the charity QZVC will run the drop-in sessions at the library.",
    "Our records are held by the system supplier QZRS, who will move them to the new server.",
    "QZDL, a small software company, built the booking tool for the leisure centres.",
    "The café is run by QZFC (a local charity) on behalf of the parish.",
    "QZPH is a charity that helps older people stay in their homes.",
    "Patients can order repeat prescriptions through the QZMED app from next month.",
    "The home care service is provided by Brightway Care Ltd, trading as QZHC, across the district.",
    "Each ward will use QZCHART® to record fluid balance.",
])
def test_letters_the_page_calls_a_name_are_not_asked_to_be_spelled_out(text):
    assert _shown(text) == []


@pytest.mark.parametrize("text,letters", [
    # a kind word that is an adjective or part of a longer noun says nothing of a name
    ("QZPB is a brand new board that meets every month.", "QZPB"),
    ("The QZRF is a company priority for the coming year.", "QZRF"),
    # capitalised, the word starts a title of its own: the letters after it may be a standard to spell out
    ("Our accounts follow the Charity QZSRP for smaller bodies.", "QZSRP"),
    # letters readers may not know, with no word saying what they are, still fire
    ("Volunteers from QZVC will run the drop-in sessions at the library.", "QZVC"),
    ("Patients can order repeat prescriptions through QZMED from next month.", "QZMED"),
    # letters the glossary knows stay letters to spell out, whatever comes after them
    ("Families can find the SENCO app on the school's website.", "SENCO"),
])
def test_letters_not_called_a_name_still_fire(text, letters):
    assert _shown(text) == [letters]


def _finding(text):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.severity != "suggestion"]


def test_letters_heading_a_nations_body_name_take_no_glossary_words_that_name_no_body():
    # "NSF Scotland": the page names a body with these letters; a framework (the glossary's one meaning) is no body
    text = ("Present: Ms Tara Quill, NSF Scotland\n\nMatters arising\n\nTara Quill said that NSF would hold its "
            "members' day in June and that everyone on the panel would be asked to come along.")
    (f,) = _finding(text)
    assert f.text == "NSF" and f.suggestions == []
    assert "check that it means that here" in f.message


@pytest.mark.parametrize("text,letters,words", [
    # no nation's name after the letters: the glossary's words are offered as before
    ("The clinic was set up to meet the NSF for older people and its standards on falls.", "NSF",
     "national service framework (NSF)"),
    # the glossary's one meaning is a body: a nation's branch of it keeps its words
    ("Officers from LGA Wales met the cabinet to talk about the budget for the coming year.", "LGA",
     "Local Government Association"),
])
def test_the_glossarys_words_stay_where_the_letters_head_no_nations_body_name(text, letters, words):
    (f,) = _finding(text)
    assert f.text == letters and any(words in s for s in f.suggestions), (f.message, f.suggestions)
