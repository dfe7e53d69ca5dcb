"""Round acr25: letters a page's own readers use every day (issue 17: most 'correct but pedantic' readings on sets ST
and UV were about the page's audience). Each class both ways, in our own words: none is copied from a page.

1. the NHS's own letters (the glossary's health entries, and those it marks clinical) on a page written for the
   clinicians, GPs, prescribers or referrers who use them: the rule's sector-severity (a suggestion for board
   papers, shown in the public profile); on a page for residents they stay shown;
2. everyday letters (HGV, RNIB): a suggestion, like BMI and PPE; letters of the same shape stay shown;
3. a body's own letters never spelled out on a page for residents stay shown (a signal hiding them was tried and
   dropped: on the table of readings it hid four useful findings for each pedantic one).
"""

import pytest

from acronym_helpers import FILLER, of, undefined
from plainlint.api import check_text
from plainlint.config import Config

# -- 1. the NHS's letters on a page for clinicians --
CLINICIANS_PAGE = [
    ("Referral criteria\n\nPatients are told that the CCG will not fund a second procedure.", "CCG"),
    ("Blood tests should be requested prior to referral. Cases are discussed at the weekly MDT.", "MDT"),
    ("Information for GPs\n\nThe service was agreed with the LMC last year.", "LMC"),
    ("This bulletin is for all prescribers in the area. The QOF targets for this year are below.", "QOF"),
    ("Referral letters must set out the history. The ICB funds the service for adults.", "ICB"),
    ("Patients with a lump should be referred urgently. Waits are measured against RTT standards.", "RTT"),
    ("Guidance for referrers\n\nThe PCT agreed the pathway with the hospital.", "PCT"),
    ("Referrals are accepted from any practice. Patients with COPD are seen within two weeks.", "COPD"),
]
RESIDENTS_PAGE = [
    # the same letters where the page speaks to residents, not to those who refer or prescribe
    ("Your local services\n\nThe CCG will not fund a second procedure for anyone in the town.", "CCG"),
    ("Our clinic opens on Mondays. Cases are discussed at the weekly MDT.", "MDT"),
    ("News from the hospital\n\nThe service was agreed with the LMC last year.", "LMC"),
    ("Our newsletter for families. The QOF targets for this year are below.", "QOF"),
    ("A new service for older people. The ICB funds the service for adults.", "ICB"),
    ("How long you will wait. Waits are measured against RTT standards.", "RTT"),
    ("What we did this year\n\nThe PCT agreed the pathway with the hospital.", "PCT"),
    ("Living well with a lung condition. People with COPD are seen within two weeks.", "COPD"),
]


def _on(text, letters, profile="board-paper"):
    result = check_text(text + FILLER, Config(select=["acronyms"], profile=profile), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.text.split()[0] == letters]


@pytest.mark.parametrize("text,letters", CLINICIANS_PAGE)
def test_health_letters_on_a_clinicians_page_are_a_suggestion(text, letters):
    found = of(undefined(text), letters)
    assert found and all(f.severity == "suggestion" for f in found), [(f.severity, f.message) for f in found]


@pytest.mark.parametrize("text,letters", CLINICIANS_PAGE)
def test_public_profile_still_shows_them(text, letters):
    found = _on(text, letters, profile="public")
    assert found and all(f.severity != "suggestion" for f in found), [(f.severity, f.message) for f in found]


@pytest.mark.parametrize("text,letters", RESIDENTS_PAGE)
def test_health_letters_on_a_residents_page_stay_shown(text, letters):
    found = of(undefined(text), letters)
    assert found and all(f.severity != "suggestion" for f in found), [(f.severity, f.message) for f in found]


# -- 2. everyday letters --
EVERYDAY = [
    ("The lorry park will hold forty HGV spaces and a cafe.", "HGV"),
    ("No HGV may use the bridge after the works.", "HGV"),
    ("Drivers of HGVs must book a slot at the depot.", "HGV"),
    ("An HGV driver training scheme starts in May.", "HGV"),
    ("We worked with charities such as RNIB on the new signs.", "RNIB"),
    ("Large print forms were checked by the RNIB.", "RNIB"),
    ("Advice from RNIB helped us plan the reception area.", "RNIB"),
    ("The RNIB talking books service is free to borrow.", "RNIB"),
]
NOT_EVERYDAY = [
    ("The lorry park will hold forty HGQ spaces and a cafe.", "HGQ"),
    ("No QGV may use the bridge after the works.", "QGV"),
    ("Drivers of HZVs must book a slot at the depot.", "HZV"),
    ("An HGZ driver training scheme starts in May.", "HGZ"),
    ("We worked with charities such as RNIQ on the new signs.", "RNIQ"),
    ("Large print forms were checked by the QNIB.", "QNIB"),
    ("Advice from RZIB helped us plan the reception area.", "RZIB"),
    ("The RNZB talking books service is free to borrow.", "RNZB"),
]


@pytest.mark.parametrize("text,letters", EVERYDAY)
def test_everyday_letters_are_a_suggestion(text, letters):
    found = [f for f in undefined(text) if f.text.split()[0].rstrip("s") == letters]
    assert all(f.severity == "suggestion" for f in found), [(f.severity, f.message) for f in found]


@pytest.mark.parametrize("text,letters", NOT_EVERYDAY)
def test_letters_of_that_shape_stay_shown(text, letters):
    found = [f for f in undefined(text) if f.text.split()[0].rstrip("s") == letters]
    assert found and all(f.severity != "suggestion" for f in found), [(f.severity, f.message) for f in found]


# -- 3. a body's own letters on a page for residents: shown --
OWN_BODY_FOR_RESIDENTS = [
    ("QZT news\n\nQZT has opened a new car park for visitors to the hospital.", "QZT"),
    ("Welcome to QZHT. Our wards are open to visitors every afternoon.", "QZHT"),
    ("QZUH patient leaflet\n\nPlease bring your letter to QZUH on the day.", "QZUH"),
    ("Moorside council news. QZBC will collect garden waste every fortnight.", "QZBC"),
    ("QZCA board\n\nThe QZCA will run the new bus routes from June.", "QZCA"),
    ("Our hospital, QZNH, has a new maternity unit for families.", "QZNH"),
    ("About us\n\nQZFT looks after people in the town and the villages around it.", "QZFT"),
    ("Visiting times\n\nAt QZGH you may visit between two and eight.", "QZGH"),
]


@pytest.mark.parametrize("text,letters", OWN_BODY_FOR_RESIDENTS)
def test_own_body_letters_on_a_residents_page_stay_shown(text, letters):
    found = of(undefined(text), letters)
    assert found and all(f.severity != "suggestion" for f in found), [(f.severity, f.message) for f in found]


def test_a_meeting_record_that_mentions_referral_criteria_is_not_for_clinicians():
    text = ("Agenda item\n\nMinutes:\n\nThe panel heard that the service had agreed referral criteria last year. "
            "The CCG had funded extra staff.")
    found = of(undefined(text), "CCG")
    assert found and all(f.severity != "suggestion" for f in found), [(f.severity, f.message) for f in found]
