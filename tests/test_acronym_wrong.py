"""Round acr26: acronym findings two readers judged wrong that still reproduced after round acr24, each class
mended by its mechanism: a mobile network's letters that are its whole trading name, on a page about masts and
mobiles (set QR ac22); letters in the title of a page written as one run-on line, spelled out in its opening text
(sets KK ac23, MM ac17). The passages are ours: none is copied from a page."""

import pytest

from acronym_helpers import of, undefined

LONG = " The service is open on weekdays and the team answers calls from nine until five." * 14

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


# -- 2. a run-on page: the letters in its title, spelled out in its opening text (sets KK ac23, MM ac17) --
RUN_IN_QUIET = [
    ("The Quiet Zone Clinic/ QZS Service Other formats If you need this leaflet in large print, please ask the desk. "
     "What is QZS? Quiet zone syndrome (QZS) is a condition that makes loud places hard to bear.", "QZS"),
    ("Quiet Zone Loop Policy KEY POINTS: 1. Check that every QZL loop is switched on before the meeting. "
     "2. The quiet zone loop (QZL) must be tested each month.", "QZL"),
    ("QZT Guide for Parents This guide explains how the quiet zone team (QZT) supports your child at school.", "QZT"),
    ("Your QZR Appointment Please bring this letter with you. Your quiet zone review (QZR) will take an hour.",
     "QZR"),
    ("Living with QZD A leaflet for patients and carers. Quiet zone disorder (QZD) affects one adult in fifty.",
     "QZD"),
    ("The QZA Scheme explained Read this before you apply. The quiet zone allowance (QZA) pays for ear defenders.",
     "QZA"),
    ("Referral to the QZH Hub How to refer a patient. Send the form to the quiet zone hub (QZH) by email.", "QZH"),
    ("QZM Clinic Opening Times The clinic is open on weekdays. The quiet zone monitoring (QZM) clinic is in Ward 4.",
     "QZM"),
]
RUN_IN_SHOWN = [
    # the definition far on in the run-on page: the title's letters are met long before the words
    ("The QZS Service Other formats" + LONG + " Quiet zone syndrome (QZS) is a condition.", "QZS"),
    ("Help with QZF Other formats" + LONG + " Quiet zone fatigue (QZF) is common in adults.", "QZF"),
    # the letters well into the text, not in its title, and spelled out only two sentences on or more
    ("The clinic is open on weekdays and the team answers calls from nine until five every day of the week. "
     "Patients may ask for a QZD check at any visit. Most visits take an hour. Parking is free. "
     "Quiet zone disorder (QZD) affects one adult in fifty.", "QZD"),
    ("Please read this leaflet before your first visit to the hospital and keep it somewhere safe at home. "
     "The QZM clinic is in Ward 4. It opens at nine. Bring your letter. "
     "The quiet zone monitoring (QZM) clinic sees adults only.", "QZM"),
    # near the page's start but after its first sentence: text, not the title
    ("Please keep this leaflet safe. The QZN clinic is in Ward 4. It opens at nine. Bring your letter. "
     "The quiet zone nursing (QZN) clinic sees adults only.", "QZN"),
    # a sentence's letters at the page's start, not a title's: a lower-case word goes on after them
    ("The QZPB met in March. It agreed a plan. The Quiet Zone Panel Board (QZPB) is new.", "QZPB"),
    ("Every QZL loop must be checked. The loops are in each room. The quiet zone loop (QZL) is tested monthly.",
     "QZL"),
    # never spelled out at all: the title's letters still need words
    ("Living with QZY Read this leaflet. Your doctor will explain the condition to you.", "QZY"),
    ("The QZW Scheme explained Read this before you apply. The scheme pays for ear defenders.", "QZW"),
]


@pytest.mark.parametrize("text,letters", RUN_IN_QUIET)
def test_a_run_on_pages_title_spelled_out_in_its_opening_is_not_shown(text, letters):
    shown = [f for f in of(undefined(text), letters) if f.severity != "suggestion"]
    assert not shown, shown[0].message


@pytest.mark.parametrize("text,letters", RUN_IN_SHOWN)
def test_letters_spelled_out_far_on_or_never_stay_shown(text, letters):
    assert [f for f in of(undefined(text), letters) if f.severity != "suggestion"]
