"""Set LL's wrong readability findings, each fixed as a class (session 20, brief read10): things and
documents named "long abstract nouns" ('gas appliances', 'the lease agreement'), a relative clause called
an aside where ', and ...' after its closing comma carries it on, and a heading of a section's name and
one more word ('Background and Scope') run into a sentence's first words. Every sentence here is our own."""

from __future__ import annotations

from plainlint.api import check_text
from plainlint.checks.sentence_shape import _heading_run_in, shape
from plainlint.config import Config
from plainlint.metrics import syllables


def _long(text: str) -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    r = check_text(text, cfg, fmt="text", name="example.txt")
    return [(f.severity, f.message) for f in r.findings if f.rule == "long-sentence"]


def _abstract(sentence: str) -> list:
    texts = sentence.replace(",", " ,").replace(".", " .").split()
    word = [t[:1].isalnum() for t in texts]
    return [x.lower() for x in shape(texts, word, syllables=syllables(), text=sentence).abstract]


# --- things one can touch, and documents, are not abstract nouns
def test_machines_are_not_abstract_nouns():
    found = _abstract("Please keep the appliances and the boiler cupboard clear for the engineer.")
    assert "appliances" not in found, found


def test_a_named_agreement_or_installation_is_not_named_abstract():
    found = _abstract("Your lease agreement says the electrical installation must be checked by us.")
    assert "agreement" not in found and "installation" not in found, found


def test_the_action_before_of_is_still_abstract():
    found = _abstract("The installation of new alarms needs the agreement of every resident.")
    assert "installation" in found and "agreement" in found, found


def test_other_abstract_nouns_are_still_named():
    found = _abstract("The implementation of the consultation requires the cooperation of partners.")
    assert {"implementation", "consultation", "cooperation"} <= set(found), found


# --- a relative clause that ', and ...' carries on is no aside to move
def test_a_relative_clause_carried_on_by_and_is_no_aside():
    text = ("The service employs three housing officers, who help tenants who fall behind with their rent each "
            "winter, and are trained to give debt advice to them as well.")
    (found,) = _long(text + "\n")
    assert "aside" not in found[1], found


def test_a_relative_clause_between_commas_before_the_verb_is_still_an_aside():
    text = ("The new strategy for the county's parks, which was written over many months by a group of "
            "residents and staff from three councils, will be published in the spring after the board has agreed it.")
    (found,) = _long(text + "\n")
    assert "aside" in found[1], found


# --- a heading 'Name and Word' run into a sentence before its capital
def test_a_section_name_and_one_more_word_run_in_is_a_heading():
    texts = "Background and Scope Northshire Council has asked its housing team to review every lease .".split()
    assert _heading_run_in(texts) == 3


def test_such_words_that_go_on_as_a_sentence_are_no_heading():
    texts = "Background and Scope are the first two parts of the report we send to members .".split()
    assert _heading_run_in(texts) == 0
    texts = "Introduction and welcome from the chair opened the meeting of the board .".split()
    assert _heading_run_in(texts) == 0
