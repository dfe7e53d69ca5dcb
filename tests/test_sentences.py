"""Sentence splitting: the unit most rules stand on."""

import pytest

from plainlint.analysis import get_nlp, split_sentences

from sentence_cases import CASES


def sents(text):
    doc = get_nlp().make_doc(text)
    return [doc[a:b].text.strip() for a, b in split_sentences(doc)]


def test_enough_cases_in_every_category():
    cats = {}
    for cat, _text, expected in CASES:
        cats.setdefault(cat, [0, 0])[expected is None] += 1
    assert len(CASES) >= 80
    for cat in ("abbreviation", "initial", "list", "ellipsis", "bracket-quote", "board-paper", "heading"):
        must_split, must_not = cats[cat]
        assert must_split >= 2 and must_not >= 2, cat


@pytest.mark.parametrize("category,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentence_case(category, text, expected):
    assert sents(text) == (expected or [text])


def test_never_across_blocks(lint):
    r = lint("# Heading without a stop\n\nThe first paragraph\n\n- item one\n- item two\n", fmt="markdown")
    assert r.metrics["sentences"] == 4


@pytest.mark.parametrize("text", ["İ)", "İ) First item. b) Second item.", "Items: a) one, İ) two, c) three."])
def test_a_letter_that_lower_cases_to_two_characters_is_no_list_marker_and_no_crash(text):
    """'İ' (Turkish capital dotted I) lower-cases to two characters: as a one-letter list marker it
    once stopped the whole file with a TypeError ('could not be read'), found by hypothesis in
    tests/test_speed_shortcuts_index.py. It reads as text, and the file is checked."""
    from plainlint.api import lint_file
    from plainlint.config import Config

    result = lint_file("t.txt", Config(), data=text.encode("utf-8"), fmt="text")
    assert result.error is None
