"""Acronym findings judged wrong on set KK (session 19, acr12), each class both ways. Our own sentences."""

from plainlint.checks.acronyms.shape import acronym_form

from acronym_helpers import undefined_on as _found


# -- a heading in capitals run into the next sentence's first word by a PDF's extraction ------------------------------

def test_heading_glued_to_next_word_is_not_letters():
    text = "Our team works across the county.OUR PURPOSEIn every home we visit we listen first and plan care together.\n"
    assert _found(text, "PURPOSEIn") == []
    assert acronym_form("PURPOSEIn") is None
    assert acronym_form("AIMSTo") is None


def test_letters_with_a_small_letter_that_is_no_word_stay_letters():
    assert acronym_form("SENDCo") == ("SENDCo", False)
    assert acronym_form("QZXs") == ("QZX", True)
    text = "Parents can ask the QZVo for help with the plan at any time of the school year.\n"
    assert len(_found(text, "QZVo")) == 1


# -- a title asking what the letters are, answered by the first sentence in words -------------------------------------

_LATER = ("\n\nIt can last for years and comes and goes.\n\nWe run clinics in three towns each week.\n\n"
          "Quiet zone syndrome (QZS) is described in full on the national pages.\n\nMore about QZS is below.\n")


def test_title_question_answered_in_words_is_not_shown():
    text = "What is QZS?\n\nQuiet zone syndrome is a long term condition that makes people very tired." + _LATER
    found = _found(text, "QZS")
    assert found and all(f.severity == "suggestion" for f in found)


def test_title_question_not_answered_in_words_is_shown():
    text = "What is QZS?\n\nMany people live with it for a long time and feel very tired." + _LATER
    found = _found(text, "QZS")
    assert found and found[0].severity != "suggestion"


# -- a science's letters before a noun only the science's meaning takes ----------------------------------------------

def test_dna_before_testing_is_not_shown():
    text = "Residents asked that DNA testing of the pond water be carried out before the summer.\n"
    found = _found(text, "DNA")
    assert all(f.severity == "suggestion" for f in found)


def test_dna_before_other_nouns_is_shown():
    text = "Residents asked why the DNA figures for the summer were so much higher than last year.\n"
    found = _found(text, "DNA")
    assert found and found[0].severity != "suggestion"
