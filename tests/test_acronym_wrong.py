"""Round acr26: acronym findings two readers judged wrong that still reproduced after round acr24, each class
mended by its mechanism: a mobile network's letters that are its whole trading name, on a page about masts and
mobiles (set QR ac22). The passages are ours: none is copied from a page."""

import pytest

from acronym_helpers import of, undefined

# -- 1. a mobile network's letters on a page about masts, phones or operators (set QR ac22) --
NETWORK_QUIET = [
    ("Two residents said the new mast would carry EE and Vodafone aerials.", "EE"),
    ("The operator EE wants to replace the mast on the water tower.", "EE"),
    ("Mobile coverage from EE is poor at the north end of the village.", "EE"),
    ("The parish asked EE and O2 to share one mast rather than build two.", "EE"),
    ("A telecoms firm acting for EE has applied to put antennas on the church roof.", "EE"),
    ("New aerials for EE will be fixed to the existing mast beside the depot.", "EE"),
    ("Residents on the estate said their mobile signal with EE had got worse since May.", "EE"),
    ("The broadband and phone contracts with EE end next March.", "EE"),
]
NETWORK_SHOWN = [
    # the same letters on a page with no word of mobile networks: words to spell out, as before
    ("The strategy sets a target for EE in every council home by 2030.", "EE"),
    ("Funding for EE measures such as loft insulation rose this year.", "EE"),
    ("The EE team will visit each school to check the boilers.", "EE"),
    ("We will report on EE progress to the board each quarter.", "EE"),
    # other letters on a page about masts are not a network's name: still shown
    ("The new mast was approved by the QZP at its meeting in June.", "QZP"),
    ("Mobile coverage will be checked by the QZC team next month.", "QZC"),
    ("The operators met the QZB to talk about the mast on the school roof.", "QZB"),
    # the network's letters on a mast page where the writer spells them out differently: their own words
    ("The mast serves the Eastern Exchange (EE) and the town. Later the EE link will carry more traffic.", None),
]


@pytest.mark.parametrize("text,letters", NETWORK_QUIET)
def test_a_networks_letters_on_a_mast_page_are_not_shown(text, letters):
    shown = [f for f in of(undefined(text), letters) if f.severity != "suggestion"]
    assert not shown, shown[0].message


@pytest.mark.parametrize("text,letters", NETWORK_SHOWN)
def test_letters_off_a_mast_page_stay_shown(text, letters):
    if letters is None:  # spelled out: no finding at all on the letters
        assert not of(undefined(text), "EE")
        return
    assert [f for f in of(undefined(text), letters) if f.severity != "suggestion"]
