"""Plain-words classes from the independent readers of sets S and T (issue 17, thirteenth
session): a noun of change that takes 'to' a few words before a linking phrase (set T pl14),
a topic opener with no comma at a sentence's start (set T pl11), a purpose swap that would
hang on the wrong words offers nothing, so it is at most a suggestion, while a relative clause
with a subject of its own keeps its 'to' (set T pl15, pl19). Our own sentences, both
ways."""

from __future__ import annotations

import pytest

from plain_words_helpers import plain_findings as _plain
from plainlint.api import check_text


# a noun of change that is 'to' what it changes: never 'for'
@pytest.mark.parametrize("text, word, swap", [
    ("After the debate, an amendment was put forward in relation to item 6.", "in relation", "to"),
    ("Members tabled amendments in relation to the budget.", "in relation", "to"),
    ("There were objections in relation to the new depot.", "in relation", "to"),
    ("An adjustment was agreed last month in respect of the fees.", "in respect", "to"),
])
def test_a_noun_of_change_taking_to_gets_to(text, word, swap):
    found = _plain(text, word)
    assert found and all(f[2] == [swap] for f in found), found


@pytest.mark.parametrize("text, word, swap", [
    ("We expect more changes next year in relation to the bus service.", "in relation", "for"),
    ("The board may not use its delegation in relation to a large application.", "in relation", "for"),
])
def test_a_noun_of_change_that_takes_for_keeps_for(text, word, swap):
    found = _plain(text, word)
    assert found and all(f[2] == [swap] for f in found), found


# a topic opener with no comma at the start of a sentence: 'On'
@pytest.mark.parametrize("text, word", [
    ("In relation to gritting the Highways Officer said that all routes were treated.", "in relation"),
    ("In relation to the third item there were no further questions from members.", "in relation"),
    ("In respect of the old library the sale was agreed in March.", "in respect"),
])
def test_a_bare_topic_opener_gets_on(text, word):
    found = _plain(text, word)
    assert found and all(f[2] == ["On"] for f in found), found


@pytest.mark.parametrize("text, word", [
    # people or bodies just after: 'For' may fit, 'On' would not
    ("In relation to young carers the school must keep a record.", "in relation"),
    # an -ing verb with its object: 'On asking for a review' reads as 'when'
    ("In relation to asking for a review the officer will write to you.", "in relation"),
    # too short to be an opener of a clause
    ("In relation to the budget.", "in relation"),
])
def test_an_unclear_bare_opener_gets_no_swap(text, word):
    found = _plain(text, word)
    assert found and not any(f[2] for f in found), found


def test_an_opener_closed_by_a_comma_keeps_both_words():
    found = _plain("In relation to the new bins, officers said no change was planned.", "in relation")
    assert found and found[0][2] == ["On", "For"], found


def test_the_people_note_names_each_word_once():
    text = "In relation to young carers the school must keep a record."
    notes = [f.message for f in check_text(text).findings if f.category == "plain-words"]
    assert notes and all(m.count("'for'") == 1 for m in notes), notes


# 'in order to': a relative clause with a subject of its own keeps the aim with that subject
@pytest.mark.parametrize("text", [
    "The message has a button which you must press in order to finish the form.",
    "The form which we send in order to check your details is short.",
])
def test_in_order_to_in_a_relative_clause_with_its_own_subject_gets_to(text):
    found = _plain(text, "in order")
    assert found and all(f[2] == ["to"] and f[1] == "warning" for f in found), found


@pytest.mark.parametrize("text", [
    # the relative word is the subject: 'to' would hang the aim on 'use'
    "We will plan the service with the families who use it in order to make it better.",
    # 'in order' may mean 'in sequence'
    "Please follow the steps in order to finish the form.",
])
def test_in_order_to_that_does_work_is_at_most_a_suggestion(text):
    found = _plain(text, "in order")
    assert found and all(not f[2] and f[1] == "suggestion" for f in found), found


def test_in_order_to_after_a_plain_verb_keeps_its_warning():
    found = _plain("We wrote to everyone in order to explain the change.", "in order")
    assert found and all(f[2] == ["to"] and f[1] == "warning" for f in found), found


# an adjective with a 'to' of its own just before 'in order to': a bare 'to' would read as its own
@pytest.mark.parametrize("text", [
    "Keep the agenda to as few items as possible in order to discuss each one fully.",
    "The team must be ready in order to start on Monday.",
])
def test_in_order_to_after_an_adjective_taking_to_is_a_suggestion(text):
    found = _plain(text, "in order")
    assert found and all(not f[2] and f[1] == "suggestion" for f in found), found


def test_in_order_to_after_another_adjective_keeps_its_swap():
    found = _plain("The room was kept warm in order to help the patients.", "in order")
    assert found and all(f[2] == ["to"] for f in found), found


# an approach is 'to' a thing, a few words on too
@pytest.mark.parametrize("text, word", [
    ("The board asked about the approach in relation to the new charges.", "in relation"),
    ("Members discussed the approach being taken by officers in relation to the new charges.", "in relation"),
    # (an approach was 'no frame' in test_plain_words_links until the thirteenth session)
    ("The cemetery keeps an open approach with regards to funeral arrangements.", "with regards"),
])
def test_an_approach_gets_to(text, word):
    found = _plain(text, word)
    assert found and all(f[2] == ["to"] for f in found), found


# a minute's cross-reference formula at a sentence's start: at most a suggestion
@pytest.mark.parametrize("text", [
    "With reference to paragraph 7 of the Minute of 3 May, there had been circulated a report on bus routes.",
    "With reference to item 4, the Clerk reported that the bench had been repaired.",
    "2.3     With reference to paragraph 2 of the Minute of 1 June, the Clerk reported on the hall.",
])
def test_a_cross_reference_formula_is_a_suggestion(text):
    found = _plain(text, "with reference")
    assert found and all(not f[2] and f[1] == "suggestion" for f in found), found


@pytest.mark.parametrize("text", [
    # not at the start, or not a cross-reference: the advice stays a warning
    "The Clerk reported, with reference to paragraph 7, that the bench had been repaired.",
    "With reference to the new bus routes, the Clerk reported that a survey had been sent.",
])
def test_other_uses_of_with_reference_to_stay_warnings(text):
    found = _plain(text, "with reference")
    assert found and all(f[1] == "warning" for f in found), found


# 'stakeholders' with the bodies named in the next sentence of the paragraph: a suggestion
def test_stakeholders_named_in_the_next_sentence_are_a_suggestion():
    text = ("The chair praised the engagement of stakeholders at every meeting. The review had met "
            "the Fire Service, Kent Police and the Citizens Advice office.")
    found = _plain(text, "stakeholders")
    assert found and all(f[1] == "suggestion" for f in found), found


@pytest.mark.parametrize("text", [
    "The chair praised the engagement of stakeholders at every meeting.",
    "The chair praised the engagement of stakeholders at every meeting. The review met in Maidstone in May.",
    # capitalised words in the next sentence that are no list of names
    ("The plan was drawn up with stakeholders at a workshop in May. It also draws on work by DHSC and "
     "partners, including the report, Early findings, by the National Institute for Health and Care Research."),
])
def test_stakeholders_with_no_names_after_stay_warnings(text):
    found = _plain(text, "stakeholders")
    assert found and all(f[1] == "warning" for f in found), found


# the law's wording: 'functions in relation to' is at most a suggestion
def test_functions_in_relation_to_is_a_suggestion():
    found = _plain("Each authority must have regard to the guidance in exercising its functions in relation to "
                   "the new duty.", "in relation")
    assert found and all(f[1] == "suggestion" for f in found), found


def test_another_noun_before_the_phrase_keeps_its_warning():
    found = _plain("Each authority must publish its figures in relation to the new duty.", "in relation")
    assert found and all(f[1] == "warning" for f in found), found


# 'To be fair' would read as an aside, not a purpose
def test_in_order_to_before_an_aside_gets_no_swap():
    found = _plain("In order to be fair to tenants who have waited longest, we will call them first.", "in order")
    assert found and all(not f[2] and f[1] == "suggestion" for f in found), found


def test_in_order_to_before_another_be_keeps_its_swap():
    found = _plain("In order to be eligible, you must live in the borough.", "in order")
    assert found and all(f[2] == ["To"] for f in found), found


@pytest.mark.parametrize("text, word", [
    ("Libraries play a key function in this regard, giving free access to computers.", "in this regard"),
    ("Libraries have key functions in this regard, giving free access to computers.", "in this regard"),
])
def test_a_function_as_a_part_played_keeps_its_warning(text, word):
    found = _plain(text, word)
    assert found and all(f[1] == "warning" for f in found), found


# 'prior to' before a noun and its own -ing verb: no swap, and the note says how to rewrite
def test_prior_to_before_a_subject_and_being_says_how_to_rewrite():
    text = "Tenants will be asked prior to any changes being made."
    found = [f for f in check_text(text).findings if f.category == "plain-words" and "prior" in f.text]
    assert found and not found[0].suggestions and "as a clause" in found[0].message, found
