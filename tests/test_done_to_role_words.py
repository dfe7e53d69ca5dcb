"""done-to-language: a people-first swap after a word of role, habit or condition
("reformed addicts" -> "reformed people who use drugs" says they still use them) offers no
swap and asks for a rewrite around the person; after a word that describes the person
("young addicts") the swap stands (set CC co01, a class of our own sentences)."""
import pytest

from plainlint.api import check_text
from plainlint.config import Config

RULE = "done-to-language"


def _found(text):
    cfg = Config(select=[RULE], min_severity="suggestion")
    r = check_text(text, cfg)
    assert r.error is None, r.error
    return [f for f in r.findings if f.rule == RULE]


@pytest.mark.parametrize("text, word", [
    ("Reformed addicts coach the new volunteers.", "reformed"),
    ("The hostel is for recovering addicts and their partners.", "recovering"),
    ("Ex-addicts lead the Thursday walk.", "ex-"),
    ("Heroin addicts wait months for a script.", "heroin"),
    ("The team visits chronic alcoholics at home.", "chronic"),
    ("Long-term substance misusers get a named worker.", "long-term"),
    ("Recovering stroke victims need more physiotherapy.", "recovering"),
    ("Recovered sufferers told their stories at the event.", "recovered"),
    ("Current end users were sent a letter.", "current"),
])
def test_no_swap_after_a_word_of_role_or_habit(text, word):
    found = _found(text)
    assert len(found) == 1, found
    assert found[0].suggestions == []
    assert f"'{word}' would then describe the people" in found[0].message


@pytest.mark.parametrize("text, swap", [
    ("Young addicts wait longest for a bed.", "people who use drugs"),
    ("The clinic sees many addicts each week.", "people who use drugs"),
    ("The group supports alcoholics and their families.", "people dependent on alcohol"),
    ("Dementia sufferers need more day services.", "People with dementia"),
])
def test_swap_stays_where_the_word_before_tells_of_the_person(text, swap):
    found = _found(text)
    assert len(found) == 1, found
    assert found[0].suggestions and found[0].suggestions[0] == swap


def test_recovery_note_for_addicts():
    found = _found("Reformed addicts coach the new volunteers.")
    assert "people in recovery" in found[0].message
