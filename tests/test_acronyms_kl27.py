"""Acronym findings independent readers called wrong on set KL (issue 17, round G), each class both ways. Our own
sentences; 'Q'-style letters stand for letters no glossary knows."""

import pytest

from acronym_helpers import of as _of, undefined as _undefined


# -- 1. "known as / referred to as / called (the) X, or (the) ABC" after the long name --------------------------------

ALIAS_DEFINED = [
    # the long name in the line before, with a bracketed part and a year
    "The Quiet Streets (Night Noise) Order 2019 applies to most town centres.\n"
    "Often referred to as the Noise Order, or the QSO, it limits loud music after midnight.",
    # the same, "known as", and the long name without a year
    "The Harbour Lights Regulations cover every quay.\n"
    "Commonly known as the Lights Regulations, or the HLR, they set the lamp heights.",
    # in the same sentence
    "The Quiet Streets Order 2019, usually called the Streets Order, or the QSO, limits loud music.",
]


@pytest.mark.parametrize("text", ALIAS_DEFINED)
def test_letters_given_as_a_second_name_of_a_long_name_nearby_are_defined(text):
    assert not _undefined(text), text


ALIAS_UNDEFINED = [
    # no long name whose initials give the letters
    ("The parking rules changed last year.\n"
     "Often referred to as the Noise Order, or the QSO, it limits loud music after midnight.", "QSO"),
    # a long name with the letters, but the first name shares no word with it: another thing
    ("The Quiet Streets Order applies to most town centres.\n\n"
     "The new team, known as the night crew, or the QSO, works late.", "QSO"),
    # the initials do not give the letters
    ("The Quiet Streets Order 2019 applies to most town centres.\n"
     "Often referred to as the Streets Order, or the BWP, it limits loud music.", "BWP"),
]


@pytest.mark.parametrize("text,letters", ALIAS_UNDEFINED)
def test_letters_after_or_without_a_long_name_that_fits_stay_undefined(text, letters):
    assert _of(_undefined(text), letters), text


# -- 2. "ABC - Words That Expand Them": a dash, en dash or colon, initials loosely ------------------------------------

DASH_DEFINED = [
    "Guests came (from the FEQ - Federation for Quiet people) and others.",
    "Guests came from the QEN – Quantum Engineering Network – on Monday.",
    "The QTM - Quick Tenants meeting - met on Friday.",
    "We spoke to the QHF: Quay Housing Federation, about the repairs.",
    "Guests came (from the QFN - Quay Federation of Neighbours) and others.",
]


@pytest.mark.parametrize("text", DASH_DEFINED)
def test_letters_with_their_words_after_a_dash_or_colon_are_defined(text):
    assert not _undefined(text), text


DASH_UNDEFINED = [
    # an aside after the dash, not the words
    ("The QTR - please note the new date - meets in June.", "QTR"),
    # a colon before other words
    ("The QTP: please bring a packed lunch.", "QTP"),
    # a main word whose initial is not one of the letters
    ("Guests came (from the QED - Quay Federation for Disabled people) and others.", "QED"),
    # a hyphen with no space each side is a compound, not a dash
    ("The QFD-Federation for Dancers met.", "QFD"),
]


@pytest.mark.parametrize("text,letters", DASH_UNDEFINED)
def test_letters_before_a_dash_without_their_words_stay_undefined(text, letters):
    assert _of(_undefined(text), letters), text
