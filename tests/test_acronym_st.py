"""Round acr23a: the "not an abbreviation here" classes readers judged on set ST (new pages), each mended by its
mechanism: letters glued by a hyphen to a single capital or digit before them, a firm's trading name ending in its
trade, everyday abbreviations read as words, and a unit after a number. "quiet" passages must have no SHOWN finding on
the letters; "shown" ones are useful findings that must stay shown. The passages are ours: none is copied from a
page."""

import pytest

from acronym_helpers import of, undefined

QUIET = [
    # 1. letters glued by a hyphen to a single capital or digit: one term, not letters standing alone (set ST ac10)
    ("glued", "Your blood will be tested for C-RP and a full blood count before the clinic.", "RP"),
    ("glued", "A raised B-HCG level was found, so the scan was brought forward.", "HCG"),
    ("glued", "Drugs that act on 5-HT receptors can help some people with migraine.", "HT"),
    ("glued", "The nurse took a sample to count the T-CELL numbers in the blood.", "CELL"),
    ("glued", "An X-RAY of the wrist showed no break.", "RAY"),
    ("glued", "The ward moved to the new D-WING building over the summer.", "WING"),
    # 2. a firm's trading name: the letters, then its trade, capitalised, ending the name (set ST ac22, ac40)
    ("trade", "The council asked consultants QZR Rail to look at a new station on the line.", "QZR"),
    ("trade", "Later in the year QZR Rail reported, and QZR said the station would pay for itself.", "QZR"),
    ("trade", "The land by the river is owned by KVX Energy, which plans a solar farm there.", "KVX"),
    ("trade", "Residents with a burst main should phone PWQ Water straight away.", "PWQ"),
    ("trade", "The talks with KWM energy and the parish council went well.", "KWM"),
    ("trade", "Since May FRV rail has run the extra trains on Sundays.", "FRV"),
    # 3. everyday abbreviations every resident reads as words (set ST ac01, ac05, ac25, ac32, ac35)
    ("everyday", "Please do not light a BBQ on the beach or near the dunes.", "BBQ"),
    ("everyday", "Throwaway BBQs left on the grass have started several fires this year.", "BBQs"),
    ("everyday", "Two BBQ’s were found burning after the crowds had gone home.", "BBQ"),
    ("everyday", "Sun cream and a hat protect children from strong UV light at midday.", "UV"),
    ("everyday", "Sunbeds give off UV rays that can harm the skin.", "UV"),
    # 4. a unit of measure after a number, read as 'mg' and 'mcg' are (set ST ac27)
    ("unit", "Adults should take 10 IU of vitamin D a day through the winter.", "IU"),
    ("unit", "The dose was raised to 800 IU once the blood test came back.", "IU"),
    ("unit", "A new 11 KV cable will link the substation to the depot.", "KV"),
    ("unit", "The substation can take a load of 5 MVA at its peak.", "MVA"),
    ("unit", "Panels on the depot roof are rated at 2 MWp in total.", "MWp"),
]

SHOWN = [
    # 1. letters before the hyphen, or letters glued to more than one letter, still stand alone
    ("glued", "The review will be QZB-led, with a report to the board in June.", "QZB"),
    ("glued", "The scheme is now QZW-wide and covers every ward.", "QZW"),
    ("glued", "Every school must send back the QZF-A form by Friday.", "QZF"),
    ("glued", "The figures for 2021-QZX were lower than we expected.", "QZX"),
    # 2. a body's own plan or letters in lower case before the trade are not a firm's name
    ("trade", "The QZP Energy Strategy was approved by the cabinet in March.", "QZP"),
    ("trade", "The QZK energy use fell by a fifth after the boilers were replaced.", "QZK"),
    ("trade", "The QZT Capital programme pays for new wards and theatres.", "QZT"),
    ("trade", "Rents from the QZH homes pay for repairs to the estate.", "QZH"),
    ("trade", "We aim to cut BLT energy use by a tenth over five years.", "BLT"),
    ("trade", "We also aim to halve the PDX energy by 2030.", "PDX"),
    # letters on their own, with no trade after them, are still letters to spell out, whatever a firm may use them
    ("trade", "Homes were searched by the police and the EDF in the region.", "EDF"),
    # 4. letters after a number that are not a unit are still letters to spell out
    ("unit", "There are 12 QZU staff on the ward at night.", "QZU"),
    ("unit", "The IU team will meet the families next week.", "IU"),
    ("unit", "The 3 PQS reports were noted by the committee.", "PQS"),
]


@pytest.mark.parametrize("mechanism,text,letters", QUIET, ids=[f"{m}-{x}" for m, _t, x in QUIET])
def test_no_shown_finding(mechanism, text, letters):
    shown = [f for f in of(undefined(text), letters) if f.severity != "suggestion"]
    assert not shown, (mechanism, shown[0].message)


@pytest.mark.parametrize("mechanism,text,letters", SHOWN, ids=[f"{m}-{x}" for m, _t, x in SHOWN])
def test_useful_finding_stays_shown(mechanism, text, letters):
    assert [f for f in of(undefined(text), letters) if f.severity != "suggestion"]


def test_glued_letters_get_no_glossary_guess():
    """'C-RP' in a blood test is not a registered provider: no finding on 'RP', so no wrong meaning offered."""
    found = undefined("Your GP will check the ESR and C-RP levels and write to you with the results.")
    assert not of(found, "RP")
    assert of(found, "ESR")
