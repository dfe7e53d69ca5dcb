"""Set KL's wrong readability messages, each fixed as a class (round G, issue 17): an 'and' or 'or' that
joins two words of a clause's subject before its verb named as a clause join, and concrete nouns ending
in -ment named long abstract nouns. Every sentence here is our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config
from readability_helpers import abstract_nouns as _abstract
from readability_helpers import long_sentence_messages as _messages


def _links(text):
    from plainlint.checks.sentence_shape import shape

    texts = text.replace(",", " ,").replace(".", " .").split()
    return shape(texts, [t[:1].isalnum() for t in texts], text=text).links


# --- 'or' / 'and' between two nouns of a subject, after a clause's opener and before its verb: no join
def test_a_coordinator_inside_a_subject_is_no_clause_join():
    text = ("The scheme can only be offered if the tenant or a family member is able to show that the home is "
            "unsafe and the landlord has refused to act after two written requests.")
    assert _links(text) == ["if", "that", "and"]
    said = " ".join(_messages(text))
    assert "joined by 'if', 'that' and 'and'" in said, said
    # the first 'and' joins the school and the parents; the second starts a clause with its own verb
    assert _links("This grant must only be paid where the school and the parents are sure that the trip "
                  "will help the pupils and the head teacher is willing to sign.").count("and") == 1


@pytest.mark.parametrize("text", [
    # a verb before the 'and' in its own clause: two clauses, still named
    "The council will review the plan in May when the new team has started and the board will agree the "
    "budget for the next three years after it has heard from residents and their carers.",
    "We were told that the waiting list had grown again and the service had lost two of its three "
    "nurses over the winter, which meant that many families waited longer for help.",
])
def test_a_coordinator_after_a_verb_still_joins_clauses(text):
    assert "and" in _links(text), _links(text)


# --- concrete nouns ending in -ment: never long abstract nouns; the actions of the same shape still are
@pytest.mark.parametrize("text, noun", [
    ("The size of the advertisements on the shop front must suit the street.", "advertisements"),
    ("Tenants who rent allotments by the embankment may keep tools in the sheds.", "allotments"),
    ("Monthly payments go into the account held by the parish.", "payments"),
    ("Small rural settlements along the valley have no bus service.", "settlements"),
])
def test_a_concrete_ment_noun_is_no_abstract_noun(text, noun):
    assert noun not in _abstract(text), _abstract(text)


@pytest.mark.parametrize("text, noun", [
    ("The management of the estate and the improvement of the homes need investment.", "improvement"),
    ("The payments of the service charges were late again, which hurt the management of the fund.", "payments"),
    ("The settlement of the claims took the department two years of negotiation.", "settlement"),
])
def test_the_actions_ending_in_ment_are_still_abstract_nouns(text, noun):
    assert noun in _abstract(text), _abstract(text)


# --- a passive's actor that is a title with small words inside runs to the title's head noun
def _passive(text: str) -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    return [f.message for f in check_text(text, cfg, fmt="text", name="example.txt").findings
            if f.rule == "passive-voice"]


@pytest.mark.parametrize("text, actor", [
    ("The draft strategy has been shaped by The State of Housing in York report and by tenants.",
     "'the State of Housing in York report …'"),
    ("Our new approach was informed by the Future of Care for Older People review last year.",
     "'the Future of Care for Older People review informed …'"),
])
def test_a_title_actor_runs_to_its_head_noun(text, actor):
    [m] = _passive(text)
    assert actor in m, m


@pytest.mark.parametrize("text, actor", [
    # no head noun after the capitals: the actor stops at the small word, as before
    ("The draft strategy was shaped by the Council in March and the board agreed it.", "'the Council shaped …'"),
    ("The plan was written by the Health and Wellbeing Board in May.", "'the Health and Wellbeing Board wrote …'"),
])
def test_an_actor_without_a_title_stops_at_the_small_word(text, actor):
    [m] = _passive(text)
    assert actor in m, m
