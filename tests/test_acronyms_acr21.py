"""Session acr21 (set QR): letters between dashes straight after their words are a definition, as in brackets; a
roman numeral with a small letter after a class's word is a label; a definition after a possessive keeps the
possessive in its fix. Our own sentences, both ways; 'QZ'-style letters stand for letters no glossary knows."""

import pytest

from acronym_helpers import undefined_on
from plainlint.api import check_text
from plainlint.config import Config


# -- the letters between dashes after their words: a definition ------------------------------------------------------

@pytest.mark.parametrize("text,letters", [
    # em dashes, no spaces; the words give two letters from one word, as brackets allow
    ("We return to the geodesic optimisation of zones of road care—GEOZ—review, which came out in 2015. "
     "The GEOZ review is still read.", "GEOZ"),
    # spaced en dashes, a name in capitals
    ("The Harbour Lighting Plan – QHLP – sets out the new lamps. The QHLP was agreed in May.", "QHLP"),
    # spaced hyphens
    ("The board read the river access group - QRAG - report on the new paths. The QRAG meets monthly.", "QRAG"),
])
def test_letters_between_dashes_after_their_words_are_defined(text, letters):
    assert not undefined_on(text, letters)


@pytest.mark.parametrize("text,letters", [
    # the words before the dashes do not give the letters
    ("The board noted the winter cover - QZW - report on gritting. The QZW was agreed.", "QZW"),
    # one dash only: an aside, not letters set between dashes
    ("The board noted the winter road cover—QWRC and its costs. The QWRC was agreed.", "QWRC"),
    # hyphens with no spaces join words: "care-GEOZ-led" is no definition
    ("We return to the geodesic optimisation of zones of road care-GEOZ-led review of 2015. "
     "The GEOZ review is still read.", "GEOZ"),
])
def test_letters_not_set_between_dashes_after_their_words_still_fire(text, letters):
    assert undefined_on(text, letters)


# -- a roman numeral with a small letter, after a class's word: a label ------------------------------------------------

@pytest.mark.parametrize("text,letters", [
    ("The Quarrel Clade IIb outbreak of last year was handled well by the teams.", "IIb"),
    ("Patients with grade IIIa tears were seen in the clinic within a week.", "IIIa"),
    ("Cases of Type IVb were referred on to the regional centre.", "IVb"),
    ("The new lineage IIa spread slowly over the summer months.", "IIa"),
])
def test_a_numeral_with_a_small_letter_after_a_class_word_is_a_label(text, letters):
    assert not undefined_on(text, letters)


def test_a_numeral_with_a_small_letter_after_any_other_word_still_fires():
    assert undefined_on("The Quarry IIb office will close in June for the summer.", "IIb")


# -- a definition after a possessive: the fix keeps the possessive -----------------------------------------------------

def _rarely(text: str) -> list:
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    return [f for f in result.findings if f.rule == "acronym-rarely-used"]


def test_the_fix_for_a_definition_after_a_possessive_keeps_it():
    (f,) = _rarely("This is the Chief Quiet Officer's (CQO) third report on the roads of the county.")
    assert f.suggestions == ["Chief Quiet Officer's"]


def test_the_fix_for_a_definition_with_no_possessive_is_as_before():
    (f,) = _rarely("The Quiet Roads Panel (QRP) met once this year to look at the roads.")
    assert f.suggestions == ["Quiet Roads Panel"]


def test_a_closing_quotation_mark_before_the_brackets_is_no_possessive():
    (f,) = _rarely("We looked at the ‘quiet zone regulator’ (QZR) in the north of the county this year.")
    assert f.suggestions == ["quiet zone regulator"]
