"""Round acr27: the acronym classes two readers judged pedantic or wrong on set WX (new pages, many of them GP
referral and commissioning-criteria pages), each mended by its mechanism. The passages are ours: none is copied
from a page."""

import pytest

from acronym_helpers import of, undefined

# -- 1. a unit of measurement with a small letter first: after a number, or in a line of thresholds (set WX ac04,
# ac09, ac14, ac33, ac35, ac36, ac38) --
UNITS_QUIET = [
    ("Refer a child whose better ear hears no better than 35 dBHL over four tests.", "dBHL"),
    ("Noise at the boundary must stay under 45 dBA at night.", "dBA"),
    ("A loss of 20–25 dBHL in both ears meets the threshold.", "dBHL"),
    ("The new substation will supply 800 kVA to the estate.", "kVA"),
    ("Hearing worse than 30 dBHL at 1 and 2 kHz (or the same in dBA where no audiogram exists) qualifies.", "dBA"),
    ("Averaged at 0.5, 1 and 4 kHz, or equivalent dBA where dNHL is not to hand.", "dNHL"),
    ("Loss of 25-40dbHL or worse at 4kHz, or equivalent dBC where none is recorded.", "dBC"),
    ("Peak levels above 85 dBSPL need ear protection in the workshop.", "dBSPL"),
]
UNITS_SHOWN = [
    # letters with a small letter first that are no unit: not after a number, no measure in the line, or a small
    # letter no unit starts with
    ("The dBQZ team will run the new clinic from May.", "dBQZ"),
    ("Patients with an eGFR below 30 should be seen by the renal team.", "eGFR"),
    ("The council will pay 40 iBCF grants to care homes.", "iBCF"),
    ("Ask the kQZ service for a copy of the form.", "kQZ"),
    ("We met the mQZT leads twice in the year.", "mQZT"),
    ("Each ward sent 3 eQZS returns by the deadline.", "eQZS"),
    ("The dQZA panel will agree the plan in the spring.", "dQZA"),
    ("Our cQZR group reviewed the budget for the year.", "cQZR"),
]


@pytest.mark.parametrize("text,letters", UNITS_QUIET)
def test_a_unit_with_a_small_letter_first_is_no_acronym(text, letters):
    assert of(undefined(text), letters) == []


@pytest.mark.parametrize("text,letters", UNITS_SHOWN)
def test_letters_with_a_small_letter_first_that_are_no_unit_still_fire(text, letters):
    assert of(undefined(text), letters) != []


# -- 6. letters that close a body's proper name: the fix writes the body's words as a name (set WX ac15, ac17, ac26,
# ac42) --
NAME_CASED = [
    ("North Lowland ICB will fund the first course of treatment.", "ICB", "Integrated Care Board (ICB)"),
    ("NHS Fenmoor CCG pays for one pair of hearing aids.", "CCG", "Clinical Commissioning Group (CCG)"),
    ("Patients are referred by Mid and East Brackland ICB each quarter.", "ICB", "Integrated Care Board (ICB)"),
    ("The policy of NHS Vale of Dunmere CCG was agreed in spring.", "CCG", "Clinical Commissioning Group (CCG)"),
    ("We wrote to Harrowfield ICB about the waiting list.", "ICB", "Integrated Care Board (ICB)"),
    ("Both sites belong to Upper Tarnmoor ICB and its partners.", "ICB", "Integrated Care Board (ICB)"),
    ("A bid went to Kestlebury CCG for the new clinic.", "CCG", "Clinical Commissioning Group (CCG)"),
    ("Funding from South Orwick ICB ends next year.", "ICB", "Integrated Care Board (ICB)"),
]
NAME_NOT_CASED = [
    # no proper name before the letters: a common word, a word opening its sentence, a month, an article
    ("The ICB will fund the first course of treatment.", "ICB", "integrated care board (ICB)"),
    ("Each CCG pays for one pair of hearing aids.", "CCG", "clinical commissioning group (CCG)"),
    ("In March ICB members met the panel.", "ICB", "integrated care board (ICB)"),
    ("Our local ICB wrote to every practice.", "ICB", "integrated care board (ICB)"),
    ("Staff from the CCG visited the ward. A local CCG may say no.", "CCG", "clinical commissioning group (CCG)"),
    ("Every Local ICB must publish its plan; the local plans differ.", "ICB", "integrated care board (ICB)"),
    ("On Monday CCG staff will move offices.", "CCG", "clinical commissioning group (CCG)"),
    ("Talks with the Moorside-wide ICB went well this year.", "ICB", "integrated care board (ICB)"),
]


@pytest.mark.parametrize("text,letters,fix", NAME_CASED)
def test_letters_closing_a_proper_name_get_the_name_in_capitals(text, letters, fix):
    found = of(undefined(text), letters)
    assert found and fix in found[0].suggestions


@pytest.mark.parametrize("text,letters,fix", NAME_NOT_CASED)
def test_letters_after_no_proper_name_keep_the_words_in_small_letters(text, letters, fix):
    found = of(undefined(text), letters)
    cased = " ".join(w[:1].upper() + w[1:] for w in fix.split())
    assert found and not any(cased in x for x in found[0].suggestions) and cased not in found[0].message

