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
