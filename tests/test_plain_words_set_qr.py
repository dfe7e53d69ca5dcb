"""Plain-words classes from the independent readers of sets Q and R (issue 17, twelfth
session): a term in the sentence that defines it (set Q pl12, pl27), a purpose swap that
hangs on the wrong words (set R pl22; set Q pl24, pl09), an adverb after a noun before the
clause's verb (set Q pl08), one capitalised word inside a sentence that is a name (set R
pl26), and the entries whose every swap shifts the sense ('anchor institution', set R pl29; 'with a view to', set O pl44). Our own sentences, both ways."""

from __future__ import annotations

import pytest

from plainlint.api import check_text


def _plain(text: str, word: str) -> list:
    return [(text[f.start:f.end], f.severity, f.suggestions) for f in check_text(text).findings
            if f.category == "plain-words" and text[f.start:f.end].lower().startswith(word)]


# the sentence defines the term: no swap there
@pytest.mark.parametrize("text, word", [
    ("The guidance defines a stocktake as a short review of each service.", "stocktake"),
    ("By stocktake we mean a short review of a service.", "stocktake"),
    ("The Health Foundation defines “anchor institutions” as large bodies that stay in a place.", "anchor"),
    ("Touchpoints are the places (for example a clinic or a phone line) where families meet the service.",
     "touchpoint"),
    ("Touchpoints means the places where families meet the service.", "touchpoint"),
])
def test_a_term_in_its_defining_sentence_is_not_swapped(text, word):
    found = _plain(text, word)
    assert not any(f[2] for f in found), found


@pytest.mark.parametrize("text, word", [
    ("Touchpoints are also reviewed in May, which the board asked for.", "touchpoint"),
    ("The stocktake is done in May.", "stocktake"),
    ("The board defines its stocktake plans in May.", "stocktake"),
    ("In May the stocktake is a review that all wards take part in.", "stocktake"),
])
def test_the_same_term_with_no_definition_keeps_its_swap(text, word):
    found = _plain(text, word)
    assert found and all(f[2] for f in found), found


# a purpose swap that would hang on the wrong words: no swap
@pytest.mark.parametrize("text", [
    "We will design services with the residents who use them in order to improve outcomes.",
    "The plan would be agreed by the board, with the intention of reviewing it in two years.",
    "Please read the instructions in order to complete the form.",
])
def test_a_purpose_swap_that_would_reattach_is_advice(text):
    found = [f for f in check_text(text).findings if f.category == "plain-words"
             and ("order" in text[f.start:f.end] or "intention" in text[f.start:f.end])]
    assert found and not any(f.suggestions for f in found), found


@pytest.mark.parametrize("text, swap", [
    ("We changed the rota in order to cut waiting times.", "to"),
    ("The board met, in order to agree the budget.", "to"),
    ("We bought the land with the intention of building homes.", "to build"),
])
def test_a_purpose_swap_on_its_clause_stays(text, swap):
    found = [f for f in check_text(text).findings if f.category == "plain-words"]
    assert any(swap in f.suggestions for f in found), found


def test_an_adverb_after_a_noun_before_the_verb_is_advice():
    text = "Payment of the grants in a timely manner would help the groups."
    found = _plain(text, "in a timely")
    assert found and not any(f[2] for f in found), found


def test_an_adverb_after_the_verb_keeps_its_swap():
    text = "The council replied to the letter in a timely manner."
    found = _plain(text, "in a timely")
    assert found and "promptly" in found[0][2], found


def test_one_capitalised_word_inside_a_sentence_is_a_name():
    text = "The director will check that Utilise follows the policy."
    found = _plain(text, "utilise")
    assert found and not any(f[2] for f in found) and all(f[1] == "suggestion" for f in found), found


@pytest.mark.parametrize("text", [
    "The plan will utilise the new building.",
    "Utilise the space well.",
    "We have one aim: Utilise the space well.",
])
def test_the_word_in_lower_case_or_opening_a_sentence_keeps_its_swap(text):
    found = _plain(text, "utilise")
    assert found and "use" in [s.lower() for s in found[0][2]], found


@pytest.mark.parametrize("text, word", [
    ("It is a new and holistic alternative to day centres.", "holistic"),
    ("The anchor institutions in the city will buy locally.", "anchor"),
    ("We are talking to partners with a view to sharing a building.", "with a view"),
])
def test_entries_whose_swaps_shift_the_sense_are_advice(text, word):
    found = _plain(text, word)
    assert found and not any(f[2] for f in found), found


def test_a_term_defined_before_is_the_pages_own_later():
    text = ("The guidance defines a stocktake as a short review of each service. "
            "Each stocktake has a lead.")
    found = _plain(text, "stocktake")
    assert not any(f[2] for f in found), found
    # not defined on the page: the later use keeps its swap
    found = _plain("The guidance sets out a short review. Each stocktake has a lead.", "stocktake")
    assert found and all(f[2] for f in found), found


def test_an_advice_entry_in_a_title_cased_term_is_a_suggestion():
    # 'What is an Anchor Institution?': the page's heading names its term (set Q, 047 page)
    found = _plain("What is an Anchor Institution? It is a large body rooted in a place.", "anchor")
    assert found and all(f[1] == "suggestion" for f in found), found
    found = _plain("The plan was agreed by the anchor institutions of the city.", "anchor")
    assert found and all(f[1] == "warning" for f in found), found
