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

