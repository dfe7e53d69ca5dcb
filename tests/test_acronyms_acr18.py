"""Set NN, session acr18: three wrong or pedantic acronym findings, read as classes. Our own sentences, both ways.

1. Letters in brackets with other letters beside them (a place's initials, "(MQ JSNA)"), the words before the
   brackets holding the glossary's meaning of the acronym: a definition, not letters to spell out again.
2. A document's name read after the letters stops at "and" when a second name starts there (other letters in
   capitals, or a document's word on both sides): "the QZP Strategy and NHS Quiet Plan" is two names.
3. Letters run together ("QZRQZT") that the page also writes as two groups with a space ("QZR QZT") are the
   same name: reported at the two groups, not again as letters of their own."""

import pytest

from acronym_helpers import of, shown_on, undefined


@pytest.mark.parametrize("text,letters", [
    # a place's initials before the letters, a subtitle after the glossary's words, a hyphen glued to the last
    ("The Quarrytown Learning from Lives and Deaths- Adults Review (QT LeDeR) is on the agenda. The LeDeR reviewers"
     " met twice.", "LeDeR"),
    # the glossary's words, then a subtitle of two words
    ("Our Summary Hospital-level Mortality Indicator - Quarter Two (QT SHMI) is within range. The SHMI is checked"
     " monthly.", "SHMI"),
    # a place's initials after the letters
    ("Moorside Medicines and Healthcare products Regulatory Agency notes (MHRA MS) were read. The MHRA wrote back.",
     "MHRA"),
    # a body's meaning, then one word of what it wrote
    ("Quarrytown National Institute for Health and Care Excellence guidance - Falls (QT NICE) was adopted. NICE"
     " publishes more each year.", "NICE"),
])
def test_the_glossary_meaning_before_letters_with_initials_defines_them(text, letters):
    assert of(undefined(text), letters) == []


@pytest.mark.parametrize("text,letters", [
    # the words before the brackets are no meaning of the letters
    ("The spring survey of the two towns (MQ JSNA) was published in March. The JSNA shows more people alone.", "JSNA"),
    # the words before are the meaning of other letters, not of these
    ("Staff from the Joint Strategic Needs Assessment team (MQ CAMHS) joined the panel. CAMHS will report in May.",
     "CAMHS"),
])
def test_letters_with_initials_and_no_meaning_just_before_still_fire(text, letters):
    assert shown_on(text, letters)


def test_a_name_stops_at_and_before_other_letters():
    found = of(undefined("We looked at how the plan fits with the QZP Strategy and NHS Quiet Plan; the board agreed."),
               "QZP")
    assert found and all("part of the name" not in f.message for f in found)


def test_a_name_stops_at_and_between_two_documents_words():
    found = of(undefined("The board noted the Moorside QZP Strategy and Delivery Plan at its meeting in June."), "QZP")
    assert found and all("Delivery Plan" not in f.message for f in found)


@pytest.mark.parametrize("text,name", [
    # "and" inside one name: the word after it is no letters and no document's word stands before it
    ("The board noted the Moorside QZ Health and Wellbeing Strategy at its meeting in June.",
     "Moorside QZ Health and Wellbeing Strategy"),
    ("The board noted the Moorside QZ Safety and Inclusion Policy at its meeting in June.",
     "Moorside QZ Safety and Inclusion Policy"),
])
def test_one_name_with_and_inside_stays_one_name(text, name):
    found = of(undefined(text), "QZ")
    assert found and all(f"the name '{name}'" in f.message for f in found)


def test_letters_run_together_that_the_page_writes_spaced_are_not_reported_again():
    text = ("QZR QZT will need to answer the report quickly. The plan fits the aims of QZRQZT for the county."
            " The QZRQZT board meets in May.")
    found = undefined(text)
    assert of(found, "QZRQZT") == []
    assert of(found, "QZR") and of(found, "QZT")


@pytest.mark.parametrize("text", [
    # never written with a space: letters of their own
    "The plan fits the aims of QZRQZT for the county. QZR and QZT will both sign it.",
    # the two groups apart, not side by side
    "QZR said that QZT would answer. The plan fits the aims of QZRQZT for the county.",
])
def test_letters_run_together_with_no_spaced_form_still_fire(text):
    assert of(undefined(text), "QZRQZT")
