"""A linking phrase opening a clause on people or bodies ('In respect of young carers,
schools should'): 'For' fits there, 'On' reads as a topic heading; an entry with no 'for'
offers no swap. On a topic ('In regard to the costs,') 'On' still fits. 'in conjunction with'
after a subject takes 'together with', where a bare 'with' reattaches to the noun."""

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _one(text, words):
    found = [f for f in check_text(text, Config(select=["wordy-phrase"])).findings if f.text.lower() == words]
    assert len(found) == 1, [(f.text, f.suggestions) for f in found]
    return found[0]


@pytest.mark.parametrize("text, words", [
    ("In relation to foster children, schools should name a lead teacher.", "in relation to"),
    ("In respect of small businesses that collect their own waste, the main cost is the new bins.", "in respect of"),
])
def test_people_after_an_opening_phrase_take_for(text, words):
    f = _one(text, words)
    assert [s.lower() for s in f.suggestions][:1] == ["for"], f.suggestions


def test_people_after_an_opening_phrase_with_no_for_get_no_swap():
    f = _one("With regard to young carers, schools should name a lead teacher.", "with regard to")
    assert not f.suggestions
    assert "'for'" in f.message, f.message


@pytest.mark.parametrize("text, words", [
    ("With regard to the costs, rents were kept low this year.", "with regard to"),
])
def test_a_topic_after_an_opening_phrase_still_takes_on(text, words):
    f = _one(text, words)
    assert [s.lower() for s in f.suggestions][:1] == ["on"], f.suggestions


def test_a_thing_whose_clause_states_a_fact_takes_for_first():
    # since set YZ (pl50: 'On residential homes, one young person went missing', wrong for both readers), where
    # the clause after the topic states a fact rather than what was said, 'For' comes first; 'On' is still offered
    f = _one("In relation to the new bus timetable, the changes start in May.", "in relation to")
    assert [s.lower() for s in f.suggestions][:2] == ["for", "on"], f.suggestions


@pytest.mark.parametrize("text", [
    "Community nurses in conjunction with local GP practices, are the first to see the change.",
    "The event is run in conjunction with the library.",
])
def test_in_conjunction_with_takes_together_with(text):
    f = _one(text, "in conjunction with")
    assert f.suggestions[0] == "together with", f.suggestions
