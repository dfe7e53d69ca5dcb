"""Issue 17, session acr17: two general readings of letters of unknown meaning from the page itself.

1. Letters that are the initials of a person the page names ("Rhona Tillet ... RT to send the draft") are that
   person's, wherever they stand bare, not words to spell out.
2. Letters before a word that names a kind of firm ("QZE Healthcare", "QZB Group") are the firm's name: a
   suggestion saying what it is, with nothing to paste.
Our own sentences, both ways."""

import pytest
from plainlint.api import check_text
from plainlint.config import Config


def _found(text):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined"]


def _shown(text):
    return [f.text for f in _found(text) if f.severity != "suggestion"]


@pytest.mark.parametrize("text", [
    # a list of those present, the name then a comma and the role
    "Present: Rhona Tillet, Head of Parks; Owen Briggs, Chair.\n\nRT said the new paths would open in May.",
    # the name after a title, given as an initial and a surname
    "Apologies were received from Cllr R. Tillet.\n\nIt was agreed that RT would write to the residents.",
    # a double-barrelled surname giving two letters
    "Rhona Tillet-Vance (Head of Parks) attended.\n\nRTV to arrange a walk round the site with the rangers.",
    # a title inside a run of capitalised words: the name starts after it
    "Apologies Dr Rhona Tillet and Owen Briggs.\n\nRT to send the draft to the team.",
    # the chair's line
    "Chair: Rhona Tillet\n\nRT opened the meeting and thanked the volunteers.",
    # the name in running text, then a verb of the minutes
    "Rhona Tillet reported on the play areas.\n\nThe repairs were agreed and RT will tell the schools.",
    # a person's initials before a surname in a list of councillors
    "Councillors QZ Hollis and RT Vance declared an interest in the item.",
])
def test_a_named_persons_initials_are_not_asked_to_be_spelled_out(text):
    assert _shown(text) == []


@pytest.mark.parametrize("text,letters", [
    # no person on the page has those initials: a body's letters to spell out
    ("QZG confirmed that the funding would continue next year.", "QZG"),
    # a body's name with those initials is no person's ("Quarry Government"): its letters, not linked to it
    ("Quarry Government, the funder, set new rules.\n\nThe plan was agreed and QG will pay for it.", None),
    # the end of a longer name is no person's: "Quarry Zone Travel Scheme" gives no TS
    ("Our teams include QZS, TS, Parks and Libraries.\n\nAsk about the Quarry Zone Travel Scheme (bus pass).", "TS"),
])
def test_letters_no_person_on_the_page_has_still_fire(text, letters):
    if letters is None:  # the body's name is written: at least a suggestion to link the two
        assert [f.text for f in _found(text)] == ["QG"]
    else:
        assert letters in _shown(text)


@pytest.mark.parametrize("text", [
    # after "the", the letters are a thing's, not a person's: the rule leaves them to the other readings
    "Rhona Tillet, Head of Parks, attended.\n\nThe RT framework sets out how we plant trees.",
    # heading a name of their own
    "Rhona Tillet, Head of Parks, attended.\n\nThe RT Strategy was approved by the board.",
])
def test_letters_used_as_a_things_are_not_taken_for_the_person(text):
    # never dropped by the person's reading: at least a suggestion remains
    assert [f.text for f in _found(text)] == ["RT"]


@pytest.mark.parametrize("text,name", [
    ("QZE Healthcare leaflets are now available in several languages.", "QZE Healthcare"),
    ("The contract for the new tills was awarded to QZB Group in May.", "QZB Group"),
    ("Our cleaning is done by QZC International under a three-year deal.", "QZC International"),
    ("Leaflets from QZE Systems are in every waiting room.", "QZE Systems"),
])
def test_letters_before_a_firms_word_are_its_name_a_suggestion(text, name):
    found = _found(text)
    assert [f.severity for f in found] == ["suggestion"]
    assert f"'{name}'" in found[0].message and not found[0].suggestions


@pytest.mark.parametrize("text,letters", [
    # after "the": maybe the body's own group, whose letters readers need spelled out
    ("The report went to the QZT Group for review.", "QZT"),
    # after a name's word: the letters stand inside a longer name
    ("Access QZT Group reviewed the figures.", "QZT"),
    # the letters' last letter is the word's initial: the letters may be the group's own
    ("QZSG Group will meet every month.", "QZSG"),
])
def test_letters_before_a_firms_word_that_may_be_a_body_still_fire(text, letters):
    assert letters in _shown(text)


def test_a_trusts_name_is_not_read_as_a_firms():
    # "QZE Healthcare NHS Trust" is a trust's name: the firm's reading does not take it (other readings may)
    assert all("'QZE Healthcare'" not in f.message for f in _found("Our partners QZE Healthcare NHS Trust agreed the plan."))


def test_letters_the_glossary_knows_before_a_firms_word_are_unchanged():
    # the glossary's letters keep their meaning: the reading is only for letters of unknown meaning
    assert "SEND" in _shown("We met the SEND Group to talk about transport to school.")
