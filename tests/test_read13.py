"""Commas that part no items of a list (session 21, brief read13, set NN re14): a comma between two
adjectives before one noun, where one of them is two words joined by a hyphen ('quick, good-quality
care'), is one description, not a list's items. Every sentence here is our own."""

from __future__ import annotations

import re
from types import SimpleNamespace

from plainlint.api import check_text
from plainlint.checks.sentence_shape import list_items
from plainlint.config import Config


def _items(sentence: str) -> int:
    texts = re.findall(r"[\w'’]+|[^\w\s]", sentence)
    toks = SimpleNamespace(texts=texts, lows=[t.lower() for t in texts], word=[t[:1].isalnum() for t in texts])
    return list_items(toks, 0, len(texts))[0]


def _long(text: str) -> str:
    cfg = Config(select=["long-sentence"], min_severity="suggestion")
    [f] = [f for f in check_text(text, config=cfg).findings if f.rule == "long-sentence"]
    return f.message


# --- must not fire: adjectives before one noun, one of them joined by a hyphen
def test_a_hyphened_adjective_after_the_comma_is_no_list_item():
    text = ("Thanks to the new clinics, more families are seeing a dentist than in any year before and the board "
            "wants to keep that going, so that children can get quick, good-quality dental care, nearer to their "
            "homes and schools.")
    assert _items(text) == 0
    assert "bulleted list" not in _long(text)


def test_a_hyphened_adjective_before_the_comma_is_no_list_item():
    assert _items("The service gives a person-centred, flexible offer to carers, nearer to their homes and "
                  "their work.") == 0
    assert _items("We want a long-term, stable plan for the depot, closer to the town and the ring road.") == 0


# --- must fire: lists are still lists
def test_a_list_whose_items_hold_hyphened_words_is_still_a_list():
    text = ("The plan for the next three years covers long-term housing for older people, safer walking routes "
            "to every school, high-quality parks in every ward and better bus links to the hospital.")
    assert _items(text) == 4
    assert "It lists 4 things separated by commas: make them a bulleted list." in _long(text)


def test_adjectives_closed_by_and_are_a_list():
    # a run of adjectives closed by 'and' is a list (too short to bullet), hyphened or not
    assert _items("Residents told us the advice they got was prompt, high-quality, well-informed and friendly.") == 4
