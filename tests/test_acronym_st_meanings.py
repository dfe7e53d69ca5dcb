"""Session acr23b (set ST): the letters in brackets of a definition whose words hold another acronym are defined
there, not flagged on their own definition. Our own sentences, both ways; 'QZK'-style letters stand for letters no
glossary knows."""

import pytest

from acronym_helpers import undefined_on

# -- class 1: a definition whose words hold other letters ("single QZK multidisciplinary team (sMDT)") ---------------


@pytest.mark.parametrize("text,letters", [
    # a small first letter from the word before the other letters, two capitals from inside one word
    ("The merged regional QZK multidisciplinary team (rMDT) meets each Monday. The rMDT reviews every new referral.",
     "rMDT"),
    ("A single QZK multidisciplinary team (sMDT) now covers the county. The sMDT sees adults only.", "sMDT"),
    ("The new regional QPV multiagency hub (rMAH) opened in May. The rMAH takes calls all day.", "rMAH"),
    ("An integrated QZK neurodevelopmental pathway (iNDP) starts next year. The iNDP will cut waits.", "iNDP"),
    # a capital first letter: a place's name before the other letters
    ("The Kent QZK multidisciplinary team (KMDT) meets weekly. The KMDT keeps a list.", "KMDT"),
    ("Our virtual QRS multiprofessional clinic (vMPC) is open to all. The vMPC is run by nurses.", "vMPC"),
    # the words written as separate words, as before
    ("Each local QZK Multi Disciplinary Team (lMDT) sends a report. The lMDT reports monthly.", "lMDT"),
])
def test_letters_defined_over_other_letters_are_not_flagged(text, letters):
    assert not undefined_on(text, letters)


@pytest.mark.parametrize("text,letters", [
    # the words do not give the letters, with or without the other letters passed over
    ("The weekly QZK meeting (sMDT) reviews cases. The sMDT meets in room 4.", "sMDT"),
    ("The parking review QZK group (rMDT) met. The rMDT has not reported.", "rMDT"),
    ("Staff from the QZK team (vCJD) joined us. The vCJD team left early.", "vCJD"),
    ("A multidisciplinary QZK board (MDT) will meet. The MDT is new.", "MDT"),
    # only the word before the other letters fits the first letter: the rest is missing
    ("The regional QZK board (rMDT) will meet. The rMDT is new.", "rMDT"),
    ("Our services QZK multidisciplinary (sMDT) will meet. The sMDT is new.", "sMDT"),
])
def test_letters_the_words_do_not_give_still_fire(text, letters):
    assert undefined_on(text, letters)

