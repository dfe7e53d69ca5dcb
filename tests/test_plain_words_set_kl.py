"""Plain words after the independent readers of set KL (round G): each class tested both ways with
sentences of our own.

1. 'evidenced' with nothing after it that it points to ('not evidenced,', 'were evidenced and')
   means backed by evidence: 'shown' changes the sense, so the fix is 'backed by evidence'; the
   passive with what shows it ('evidenced by', 'as evidenced in', 'evidenced that') keeps 'shown'
   (set KL pl03, both readers wrong).
2. An alternative that carries its own post-modifier ('money available') is not offered where the
   words are already followed by a participle or an adjective phrase ('the envelope required to
   ...': 'the money available required'); only 'budget' there (set KL pl10).
3. A message quotes the words with single spaces, whatever the page's spacing (pl43).
4. P: 'advantageous' after an adverb naming a field is a set phrase (pl25); 'final outcome' is a
   suggestion (pl30); the formal opening of a list of resolutions is left alone (pl32)."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.api import check_text
from plainlint.config import Config


def _all(text: str) -> list:
    return [f for f in check_text(text, Config(min_severity="suggestion")).findings if f.category == "plain-words"]


@pytest.mark.parametrize("text, fix", [
    ("The old figures were out of date, not evidenced, not current and wrong.", "backed by evidence"),
    ("The benefits of the new scheme have not been evidenced.", "backed by evidence"),
    ("The claims in the plan were evidenced and then agreed by the board.", "backed by evidence"),
    ("The need for the service is evidenced by the long waiting list.", "shown"),
    ("Demand has risen, as evidenced in the annual report.", "shown"),
    ("It has been evidenced that the new service works.", "shown"),
])
def test_evidenced_takes_the_fix_of_its_sense(text, fix):
    found = _plain(text, "evidenced")
    assert found and found[0][2] == [fix], found


@pytest.mark.parametrize("text", [
    "The service uses well evidenced methods with families.",
    "The plan builds on the widely evidenced Housing First model.",
])
def test_evidenced_describing_a_noun_is_left_alone(text):
    assert not _plain(text, "evidenced")


@pytest.mark.parametrize("text", [
    "We do not yet know the financial envelope required to deliver the new plan.",
    "The resource envelope agreed by the board is smaller than last year.",
    "The funding envelope available to the trust has shrunk.",
    "The spending envelope set for the year is tight.",
])
def test_no_post_modified_alternative_before_a_participle_or_adjective(text):
    found = [f for f in _all(text) if "envelope" in text[f.start:f.end]]
    assert found and found[0].suggestions == ["budget"], [(f.message, f.suggestions) for f in found]


@pytest.mark.parametrize("text", [
    "The plan must stay within the financial envelope for next year.",
    "The spending envelope is smaller this year.",
])
def test_money_available_is_still_offered_elsewhere(text):
    found = [f for f in _all(text) if "envelope" in text[f.start:f.end]]
    assert found and found[0].suggestions == ["budget", "money available"], found


def test_a_double_space_is_quoted_as_one():
    text = "Work was under way to bring the services together with  a view to  reducing the number of visits."
    found = [f for f in _all(text) if "view" in text[f.start:f.end]]
    assert found and "'with a view to'" in found[0].message and "  " not in found[0].message, found


@pytest.mark.parametrize("text", [
    "The council chose the most commercially advantageous sites for the boards.",
    "The lease is financially advantageous to both sides.",
])
def test_advantageous_after_a_field_adverb_is_a_set_phrase(text):
    assert not _plain(text, "advantageous")


@pytest.mark.parametrize("text", [
    "An early start to the works would be advantageous.",
    "Officers judged the second bid the most advantageous for the council.",
])
def test_advantageous_elsewhere_still_fires(text):
    assert _plain(text, "advantageous")


def test_final_outcome_is_a_suggestion():
    found = _plain("If you are unhappy with the final outcome, you can ask for a review.", "final outcome")
    assert found and found[0][1] == "suggestion", found


@pytest.mark.parametrize("opening, words", [
    ("RESOLVED – That in relation to the new parking scheme for the town centre:-", "in relation to"),
    ("RESOLVED - That in respect of the annual report:", "in respect of"),
    ("RESOLVED: That with regard to the budget for the coming year:-", "with regard to"),
])
def test_the_opening_of_a_list_of_resolutions_is_left_alone(opening, words):
    text = f"{opening}\n\n(a) the report be noted; and\n\n(b) officers write to residents.\n"
    assert not _plain(text, words)


@pytest.mark.parametrize("text, words", [
    ("RESOLVED that officers write to residents in relation to the new scheme.", "in relation to"),
    ("The panel asked questions in respect of the annual report:", "in respect of"),
    ("Members spoke with regard to the budget for the coming year.", "with regard to"),
])
def test_the_words_elsewhere_still_fire(text, words):
    assert _plain(text, words)
