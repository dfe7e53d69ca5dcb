"""Plain-words classes from the independent readers of set X (issue 17, fourteenth session,
post-reading): a word swapped inside a form's labels run together (pl40), a formal tier of the NHS
integrated care system named 'place-based partnerships' (pl23), 'data silos' given advice about teams
(pl11) and 'is authorised to' offered 'can' (pl36). Our own sentences, both ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.api import check_text


# a document-control sheet's labels glued together: no sentence, no swap (pl40)
@pytest.mark.parametrize("text,word", [
    ("Owner and scope\n\nThis procedure supersedes This procedure should be read with Responsible manager\n",
     "supersedes"),
    ("Version control\n\nThe guidance is superseded by Please contact Named officer\n", "superseded"),
])
def test_a_word_inside_labels_run_together_is_left_alone(text, word):
    assert _plain(text, word) == []


@pytest.mark.parametrize("text,word", [
    ("The new rota supersedes the old one from May.", "supersedes"),
    ("The new rota supersedes the old one The board agreed it.", "supersedes"),  # a sentence ends with a mark
    ("This procedure supersedes the 2019 procedure\n", "supersedes"),  # a label line with no glued label
    # a heading run into prose, the paragraph cut off: a sentence ends inside the line
    ("Winter pressures The data show that a significant number of homes were cold. We also\n",
     "a significant number of"),
])
def test_a_word_in_a_sentence_or_a_plain_line_is_still_found(text, word):
    assert _plain(text, word), text


# 'place-based partnerships' and 'place partnership' are formal tiers of the system (pl23)
def test_place_based_before_partnerships_is_left_alone():
    text = "Health boards, care partnerships and place-based partnerships must involve residents."
    assert _plain(text, "place-based") == []


def test_place_based_elsewhere_keeps_its_swap():
    found = _plain("We will plan place-based services in each district.", "place-based")
    assert found and found[0][2] == ["local"], found


def test_place_partnership_gets_advice_and_no_swap():
    found = _plain("The place partnership will agree the plan in March.", "place partnership")
    assert found and all(f[2] == [] for f in found), found


# 'data silos' is data held apart, not teams apart (pl11)
@pytest.mark.parametrize("text,fires", [
    ("Separate record systems leave us with data silos.", False),
    ("Old systems created information silos across the trust.", False),
    ("Teams have worked in silos for too long.", True),
])
def test_data_silos_are_not_teams(text, fires):
    assert bool(_plain(text, "silo")) is fires


# 'is authorised to': the permission, never the ability (pl36)
def test_is_authorised_to_offers_may_only():
    found = _plain("The panel is authorised to call any officer to attend.", "is authorised to")
    assert found and all(f[2] == ["may"] for f in found), found


# a limb of a resolution in minutes opens with the topic it is about: a set formula, a suggestion
# at most (pl28, pl41); the same words under another lead-in stay shown
def _severity_of(text: str, word: str) -> list:
    from plainlint.config import Config
    cfg = Config(min_severity="suggestion")
    return [f.severity for f in check_text(text, cfg).findings
            if f.category == "plain-words" and f.text.lower() == word]


def test_a_resolution_limb_opening_with_its_topic_is_a_suggestion():
    text = ("Item 4 Fire safety\n\nThe Panel resolved:-\n\n(i) in relation to the table on page 12 of the papers, "
            "to ask that officers show each quarter;\n\n(ii) to otherwise note the report.\n")
    assert _severity_of(text, "in relation to") == ["suggestion"]


@pytest.mark.parametrize("text", [
    "Item 4 Fire safety\n\nThe Panel noted:-\n\n(i) in relation to the table on page 12 of the papers, the figures rose;\n",
    "Item 4 Fire safety\n\nThe Panel resolved:-\n\n(i) to ask officers to write in relation to the table on page 12;\n",
])
def test_the_same_words_elsewhere_stay_shown(text):
    assert _severity_of(text, "in relation to") == ["warning"]


# a duty owed to people takes 'to' or 'towards': the advice names them (pl14)
def test_the_advice_for_a_duty_names_to_and_towards():
    from plainlint.config import Config
    text = "The board checks that the trust meets its legal duties in relation to its staff."
    found = [f for f in check_text(text, Config(min_severity="suggestion")).findings
             if f.category == "plain-words" and f.text.lower() == "in relation to"]
    assert found and all("'to' or 'towards'" in f.message for f in found), found
