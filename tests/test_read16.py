"""Set QR's wrong readability messages, each fixed as a class (session 22, brief read16): a word that is
a noun and a verb ('experience') named as a long abstract noun where it is the verb of its clause, a
roll of people each with a 'who' clause counted as twice as many clauses, and clause counts that are
only the least there are. Every sentence here is our own."""

from __future__ import annotations

import pytest

from readability_helpers import abstract_nouns as _abstract
from readability_helpers import long_sentence_messages as _messages


# --- a noun that is a verb too, after its subject, 'that'/'which' with an object, or 'to': a verb
@pytest.mark.parametrize("text, verb", [
    ("The cost falls hardest on tenants who already experience hardship in the poorest wards.", "experience"),
    ("We experience long delays at the front door every winter.", "experience"),
    ("Carers told us they often experience loneliness in the evenings.", "experience"),
    ("Groups which influence the plan meet every month in the library.", "influence"),
    ("Parents want their children to experience nature close to home.", "experience"),
])
def test_a_noun_that_is_a_verb_is_no_abstract_noun_after_its_subject(text, verb):
    assert verb not in _abstract(text), _abstract(text)


@pytest.mark.parametrize("text, noun", [
    ("That experience was hard for every family involved in the development.", "experience"),  # a determiner
    ("Through that experience, the partnership learnt a lot about engagement.", "experience"),
    ("Pupils asked for access to experience of work and better information.", "experience"),  # 'of' after
    ("Please refer to evidence from the survey when you write the assessment.", "evidence"),  # a preposition after
    ("The experience of tenants and the influence of carers shaped the development.", "influence"),
])
def test_the_same_word_as_a_noun_is_still_an_abstract_noun(text, noun):
    assert noun in _abstract(text), _abstract(text)


# --- a roll of people, each with a 'who' clause: a list, never twice as many clauses
ROLL = ("I am glad to welcome Jo Lee, who is the clinical lead for the northern network; Sam Roe, who is "
        "the lead nurse for the southern network; Ali Khan, who is a consultant in the eastern network; "
        "Mo Bell, who is a paramedic in the western network; and Di Park, who is the manager of the central "
        "network.")


def test_a_roll_of_people_with_who_clauses_is_a_list_not_clauses():
    [m] = _messages(ROLL)
    assert "clauses" not in m, m
    assert "bulleted list" in m, m


def test_who_clauses_that_are_not_a_roll_are_still_counted():
    from plainlint.checks.sentence_shape import Shape, hard_reasons

    roll = Shape(words=60, links=["who", ";", "who", ";", "who", ";", "who"], semicolon_items=4)
    assert hard_reasons(roll)[0][1] == "a list of 4 people, each with a 'who' clause"
    # two items of four with a 'who' clause, and a 'which': clauses, counted as before
    mixed = Shape(words=60, links=["who", ";", "which", ";", "who", ";"], semicolon_items=4)
    assert "clauses joined by" in hard_reasons(mixed)[0][1]


# --- the clause count is 'at least' where words that open a clause went uncounted
def test_a_count_with_clause_words_left_over_says_at_least():
    text = ("Whilst few people in the county are hurt this badly, the figures show that if you are hurt "
            "badly you are more likely to survive and to recover well, if you are taken straight to a "
            "specialist centre by a crew trained for it.")
    [m] = _messages(text)
    assert "at least three clauses" in m, m


def _reason(text):
    from plainlint.checks.sentence_shape import hard_reasons, shape

    texts = text.replace(",", " ,").replace(".", " .").split()
    word = [t[:1].isalnum() for t in texts]
    return hard_reasons(shape(texts, word, text=text))[0][1]


def test_an_exact_count_has_no_at_least():
    text = ("The officer explained that the site belongs to the county and that the permit can be granted "
            "if the applicant shows that the land has been used for games for twenty years.")
    assert _reason(text) == "five clauses, three of them hanging on 'that'", _reason(text)
    # 'whilst' opens a clause the walk did not count: the count is the least there is
    text = ("Whilst the officer explained that the site belongs to the county and that the permit can be granted "
            "if the applicant shows that the land has been used for games for twenty years, nobody objected.")
    assert _reason(text).startswith("at least "), _reason(text)
