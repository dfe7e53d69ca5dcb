"""Plain words: the classes behind the independent reader's wrong verdicts on set O (our own sentences)."""

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _one(text, words):
    cfg = Config(select=["plain-words"], min_severity="suggestion")
    return [(f.severity, f.suggestions) for f in check_text(text, cfg).findings if f.text.lower() == words]


@pytest.mark.parametrize("text,words,swap", [
    # set O pl35 (wrong): after 'issues' a linking phrase takes 'about', never 'with' (faults in the thing)
    ("The paper sets out the issues with regard to housing supply in the district.", "with regard to", ["about"]),
    ("Officers described the issues in relation to staffing at the depot.", "in relation to", ["about"]),
    # and elsewhere the phrase keeps its usual swaps
    ("We wrote to you with regard to your application.", "with regard to", ["about", "on"]),
])
def test_issues_take_about_not_with(text, words, swap):
    assert _one(text, words) == [("warning", swap)]


@pytest.mark.parametrize("text,words,swap", [
    # set O pl33, pl48 (wrong): a document's own term, counted or referred back to, gets no swap
    ("The model names five touchpoints of care for older people.", "touchpoints", []),
    ("The next section looks at the touchpoint in more depth.", "touchpoint", []),
    ("Every touchpoint with a resident is a chance to help.", "touchpoint", ["contact"]),
    # set O pl05 (wrong): after a part played or a thing done 'in this regard' means 'here'
    ("Libraries play a key role in this regard, with free computers for all.", "in this regard", []),
    ("Parish councils perform a useful function in this regard.", "in this regard", []),
    ("Further steps taken in this regard are set out below.", "in this regard", []),
    ("We will write to you in this regard.", "in this regard", ["about this", "on this"]),
    ("There has been no news in this regard.", "in this regard", ["about this", "on this"]),
    # opening a clause before its comma it only links back: cut ('About this, the council has' is not English)
    ("In this regard, the council has set up a new panel.", "in this regard", []),
    ("Officers said that in this regard, the parish had acted quickly.", "in this regard", []),
    ("Schools have an important role in that regard.", "in that regard", []),
    ("In that regard, the board agreed to wait.", "in that regard", []),
    ("There is no news in that regard.", "in that regard", ["about that", "on that"]),
])
def test_own_terms_and_here_senses_get_no_swap(text, words, swap):
    (found,) = _one(text, words)
    assert found[1] == swap


@pytest.mark.parametrize("text", [
    # set O pl15 (wrong): 'outturn' as a verb takes no noun
    "Sickness absence is forecast to outturn at about 4% by March.",
    "The budget will outturn close to the plan.",
    "Spending is expected to outturn below the budget.",
])
def test_outturn_as_a_verb_is_left_alone(text):
    assert _one(text, "outturn") == []


def test_outturn_as_a_noun_still_fires():
    assert _one("The forecast outturn is an overspend of £1.2 million.", "outturn") == [
        ("warning", ["final figure", "actual figure"])]


@pytest.mark.parametrize("text,words,swap", [
    # set O pl44 (wrong): a sentence that is itself an aim ('To review ...') takes no second 'to':
    # 'to agree' hangs on the nearest noun and drops the tentative 'with a view to'
    ("To review the results of the survey with a view to agreeing the new opening hours.",
     "with a view to", []),
    ("[To consider the options for the depot with the aim of reducing costs.]", "with the aim of", []),
    # elsewhere the -ing verb still takes 'to'

    ("To our surprise, the land was bought with the intention of building homes.",
     "with the intention of building", ["to build"]),
    ("Officers were asked to meet the landlord with the aim of agreeing a new lease.",
     "with the aim of agreeing", ["to agree"]),
])
def test_a_sentence_opening_with_to_takes_no_second_to(text, words, swap):
    (found,) = _one(text, words)
    assert found[1] == swap


@pytest.mark.parametrize("text,found", [
    # set O pl34 (pedantic): the entries of a list the paper keeps; the names are there
    ("The list of stakeholders we wrote to is at Appendix B.", False),
    ("A register of stakeholders is kept by the project team.", False),
    # standing alone the word still asks who is meant
    ("We held workshops with stakeholders in the spring.", True),
    ("The list was sent to stakeholders in May.", True),
])
def test_stakeholders_in_a_kept_list(text, found):
    assert bool(_one(text, "stakeholders")) is found
