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


# -- class 3: a place's meaning passed over on a page that names the place ----------------------------------------------

@pytest.mark.parametrize("text,letters", [
    # the county named in running text: the letters may well be the council's area, so no meaning is offered
    ("The parks team looks after the heaths across BCP. It works with the rangers from the Dorset coast path.", "BCP"),
    ("Grass cutting in BCP starts in April. Our partners in Poole and the wider county help with the work.", "BCP"),
    ("The rangers work with crews from the Dorset fire service. Litter in BCP parks has fallen.", "BCP"),
    # the nations named, and the pay words no more often than theirs: not 'National Insurance' first
    ("Staff in NI get the same pay. Our teams in Scotland and Wales do too.", "NI"),
])
def test_a_place_meaning_passed_over_gives_the_plain_message(text, letters):
    found = undefined_on(text, letters)
    assert len(found) == 1
    assert found[0].suggestions == []
    assert "Readers may not know what the letters stand for" in found[0].message


@pytest.mark.parametrize("text,letters", [
    # the other meaning's words lead, or the place is not named in running text: the meanings are listed as before
    ("Every service must keep a BCP up to date. The emergency team reviews each plan after an incident and a "
     "disruption.", "BCP"),
    ("Every service must keep a BCP up to date. Dorset is a large county.", "BCP"),
    ("The teams in BCP met in May. The review covered parks.", "BCP"),
    ("We pay employer NI on each salary and on the pay of every employer grade. Our staff work in Scotland and in "
     "Wales.", "NI"),
    # the place's meaning already first: listed first, as before
    ("Our offices in Belfast and across NI are open. The team in Wales meets monthly.", "NI"),
])
def test_meanings_still_listed_where_no_place_is_passed_over(text, letters):
    found = undefined_on(text, letters)
    assert len(found) == 1
    assert len(found[0].suggestions) == 2


# -- class 4: the first use inside a post's title in a sentence is where the finding goes ----------------------------

@pytest.mark.parametrize("text,letters", [
    ("Ms Evans introduced herself as Chair of QZN Board and Chair for the regional group.\n\n"
     "Mr Lee raised the issue of conflict between the unit and QZN.", "QZN"),
    ("Ms Reed opened the meeting and introduced herself as Chair of QZN Board for this year.\n\n"
     "Later the QZN agreed its plan for the spring.", "QZN"),
    ("The minutes were read and agreed. Mr Lee, who joined us as Head of QZR Services last month, thanked staff.\n\n"
     "The QZR team will report in May.", "QZR"),
    ("Members heard from our Director for QZT Care about the new beds.\n\nThe QZT budget is tight this year.", "QZT"),
    ("The meeting welcomed the new Lead for QZP Estates and his deputy.\n\nFunding for QZP sites was agreed.", "QZP"),
])
def test_first_use_in_a_post_title_in_a_sentence_gets_the_finding(text, letters):
    found = undefined_on(text, letters)
    assert [f.location.line for f in found] == [1]


@pytest.mark.parametrize("text,letters", [
    # a post's title alone on its line, in a roll, or in a line with no full stop: a label, as before
    ("Chair of QZN Board\n\nThe board met in May. The QZN agreed its plan for the spring.", "QZN"),
    ("Jo Reed, Chair of QZN Board, Sam Lee, Head of Parks\n\nThe QZN agreed its plan for the spring.", "QZN"),
    ("The Chair of QZN Board\n\nThe QZN agreed its plan for the spring.", "QZN"),
    ("Jo Reed is our Chair of QZN Board\n\nThe QZN agreed its plan for the spring.", "QZN"),
])
def test_post_title_labels_still_leave_the_finding_on_the_text(text, letters):
    found = undefined_on(text, letters)
    assert [f.location.line for f in found] == [3]


# -- class 2: the glossary's words written out before the first use, far up the page, in any case -----------------------

PAD = "\n\n".join(["The committee went through the figures for each ward in turn and asked officers for more detail "
                   "on the costs."] * 6)


@pytest.mark.parametrize("text,letters", [
    # a heading in capitals well above the letters
    ("DEPARTMENT FOR TRANSPORT CONSULTATIONS ON ROADS\n\n" + PAD +
     "\n\nOfficers asked about the DfT consultations on roads.", "DfT"),
    # the words in small letters, far up
    ("Carbon monoxide alarms save lives in the home.\n\n" + PAD +
     "\n\nLandlords must fit CO detectors in rooms with a boiler.", "CO"),
    # one long word the letters stand for
    ("Our musculoskeletal service is busy this winter.\n\n" + PAD +
     "\n\nReferrals to MSK physiotherapy rose by a tenth.", "MSK"),
    # the words in a title of another case
    ("Department for transport matters\n\n" + PAD + "\n\nOfficers asked about the DfT consultations on roads.", "DfT"),
])
def test_glossary_words_written_before_give_a_link_suggestion(text, letters):
    found = undefined_on(text, letters)
    assert len(found) == 1
    assert found[0].severity == "suggestion"
    assert found[0].suggestions == []
    assert "not linked" in found[0].message


@pytest.mark.parametrize("text,letters", [
    # only part of the words, or a word that holds the meaning's word: the fix is offered, as before
    ("Our skeletal service is busy this winter.\n\n" + PAD + "\n\nReferrals to MSK physiotherapy rose by a tenth.",
     "MSK"),
    ("Item 4: Greater London grants\n\n" + PAD + "\n\nMembers noted that the GLA had paid the first grant.", "GLA"),
    ("Transport matters\n\n" + PAD + "\n\nOfficers asked about the DfT consultations on roads.", "DfT"),
    # the words come only after the first use, some way on: no words before, so the fix is offered
    ("Landlords must fit CO detectors in rooms with a gas boiler.\n\n" + PAD + "\n\nCarbon monoxide kills.", "CO"),
])
def test_words_not_written_before_keep_the_fix(text, letters):
    found = undefined_on(text, letters)
    assert len(found) == 1
    assert found[0].suggestions


# -- class 2's reach: words written out more than about a page before the first use no longer count --------------------

FAR = "\n\n".join([PAD] * 6)  # some 4,000 characters of minutes between


@pytest.mark.parametrize("text,letters", [
    ("Carbon monoxide alarms save lives in the home.\n\n" + FAR +
     "\n\nLandlords must fit CO detectors in rooms with a boiler.", "CO"),
    ("DEPARTMENT FOR TRANSPORT CONSULTATIONS ON ROADS\n\n" + FAR +
     "\n\nOfficers asked about the DfT consultations on roads.", "DfT"),
])
def test_words_written_far_before_the_first_use_do_not_hide_the_finding(text, letters):
    assert len(FAR) > 3000
    found = undefined_on(text, letters)
    assert len(found) == 1
    assert "not linked" not in found[0].message
    assert found[0].suggestions
