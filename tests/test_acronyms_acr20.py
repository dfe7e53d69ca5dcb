"""Session acr20 (issue 17, sets NN, OO, PP): where letters inside a person's post and body are a label and where
they are running text; a headline whose first paragraph spells its letters out; a council's own short name in its
own record. Our own sentences, both ways; 'QZ'-style letters stand for letters no glossary knows."""

import pytest

from acronym_helpers import of, shown_on, undefined, undefined_on


# -- a person's body in a sentence of the minutes: running text, shown ------------------------------------------------

@pytest.mark.parametrize("text,letters", [
    # the body in brackets after the name and post, the sentence going on to say what was done
    ("More detail on the waiting lists was given by Mo Farrant (Clinical Director, Riverside Division, QZH "
     "Care Trust) and the board thanked her.", "QZH"),
    # name, post, body, in a sentence about what the people did
    ("Ann Lowe, Head of Parks, QZPS, and Tim Reeve, Lead Officer, Riverside Trust, jointly presented the review "
     "of the play areas.", "QZPS"),
    ("The board received a presentation from Dr Ola Banks, Chief Officer, NHS Riverside QZG, on the new clinic.",
     "QZG"),
    # the end of an NHS body's name, the body doing something in the sentence
    ("Working with the council, NHS Riverside and Hill QZU set out to cut the use of sleeping tablets.", "QZU"),
])
def test_a_persons_body_in_a_sentence_of_the_text_is_shown(text, letters):
    assert shown_on(text, letters)


@pytest.mark.parametrize("text,letters", [
    # a roll's entry: no sentence about what the person did
    ("In attendance for this item:\n\nMo Farrant - Clinical Director, Riverside Division, QZH.\n\n"
     "The board discussed the waiting lists at length.", "QZH"),
    # a note of who came, in a sentence
    ("Ann Lowe, Head of Parks, QZPS, was in attendance for this item. The board discussed the play areas.", "QZPS"),
    ("Apologies were received from Dr Ola Banks, Chief Officer, NHS Riverside QZG. The board discussed the clinic.",
     "QZG"),
    ("Also present were Ann Lowe, Head of Parks at QZPS, and Tim Reeve. The board discussed the play areas.", "QZPS"),
    # a byline: the author introduced
    ("Ann Lowe, Head of Parks, Riverside QZPS, describes how children helped to design the new play areas.", "QZPS"),
    # the letters inside the post's own title, not its body
    ("The chair invited Cllr Jo Marsh (Cabinet Member for Adult Care, QZSD and Inclusion) to introduce the "
     "report on day services.", "QZSD"),
    # a contact's line: whom to ring, not what was done
    ("If you would like to book a visit, please contact Sam Hale, Bookings Manager, QZFM Services on "
     "01234 567890 for a time.", "QZFM"),
])
def test_a_persons_body_in_a_roll_or_a_note_of_who_came_stays_a_label(text, letters):
    found = undefined_on(text, letters)
    assert found and all(f.severity == "suggestion" for f in found)


def test_letters_used_again_in_the_text_are_reported_there_as_before():
    # met first as a body in a roll, then in a sentence: the finding stays at the sentence, not the roll
    text = ("Present: Mo Farrant, Clinical Director, QZH; Ann Lowe, Head of Parks.\n\nWaiting lists\n\n"
            "The board asked the QZH to bring its waiting list figures to the next meeting.")
    (f,) = undefined_on(text, "QZH")
    assert f.severity == "error" and f.start == text.index("QZH to bring")


# -- a headline whose first paragraph spells its letters out: headline practice, a suggestion -------------------------

_HEADLINE = ("Less medicine, more support: how the new QZMC clinic in Riverside helps older people sleep better without "
             "tablets\n\n")
_FIRST = ("Families told us the waiting room felt cold and the signs were hard to follow, so the team changed both "
          "over the summer. ")
_WORDS = "The Quiet Zone Medicines Clinic (QZMC) opened in March to review sleeping tablets.\n"


def _shown(text):
    return [f for f in of(undefined(text), "QZMC") if f.severity != "suggestion"]


@pytest.mark.parametrize("text", [
    # a colon parting the headline, a date line between, the words at the first use in the first paragraph
    _HEADLINE + "3 June 2025\n\n" + _FIRST + _WORDS,
    # straight after the headline, in the paragraph's second sentence
    _HEADLINE + _FIRST + _WORDS,
])
def test_a_headline_spelled_out_in_its_first_paragraph_is_not_shown(text):
    found = of(undefined(text), "QZMC")
    assert found and not _shown(text)


@pytest.mark.parametrize("text", [
    # the words only in a later paragraph
    _HEADLINE + _FIRST + "\n\n" + _FIRST + _WORDS,
    # the letters used bare in the first paragraph before the words come
    _HEADLINE + "The QZMC is busy. " + _FIRST + _WORDS,
    # the words far down a long first paragraph
    _HEADLINE + _FIRST * 10 + _WORDS,
])
def test_a_headline_spelled_out_further_on_is_still_shown(text):
    assert _shown(text)


# -- a council's own short name in its own meeting record ------------------------------------------------------------

_RECORD = ("Agenda item\n\nSchool meals\n\nMinutes:\n\nThe officer reported that {0} had paid for meals in six "
           "schools, and that {1} would review the scheme in June.\n")


@pytest.mark.parametrize("first,second", [("B&NES", "B&NES"), ("BNES", "B&NES"), ("H&F", "H&F")])
def test_a_councils_own_short_name_in_its_own_record_is_not_shown(first, second):
    found = of(undefined(_RECORD.format(first, second)), first)
    assert found and all(f.severity == "suggestion" for f in found)


@pytest.mark.parametrize("text,letters", [
    # not the council's own record: a page about the place
    ("Music in schools\n\nPupils across B&NES can borrow instruments, and the hub in B&NES runs a band.\n", "B&NES"),
    # two councils' short names: neither is known to be the record's own
    (_RECORD.format("B&NES", "H&F"), "B&NES"),
    # asked or written to: another body
    (_RECORD.format("B&NES", "B&NES").replace("The officer reported that B&NES", "The officer would ask B&NES if it"),
     "B&NES"),
])
def test_a_councils_short_name_elsewhere_is_shown(text, letters):
    assert [f for f in of(undefined(text), letters) if f.severity != "suggestion"]


# -- letters most readers know from the news: a suggestion ------------------------------------------------------------

def test_the_trades_union_congress_is_known_to_most_readers():
    # set NN ac19, both readers pedantic: the TUC in a partnership forum's terms of reference
    text = "The forum is where staff and managers talk. The TUC principles of partnership will apply to its work."
    found = of(undefined(text), "TUC")
    assert found and all(f.severity == "suggestion" for f in found)
    # letters of the same shape that no list knows are still shown
    assert [f for f in of(undefined(text.replace("TUC", "QUC")), "QUC") if f.severity != "suggestion"]


# -- a long appendix's title in a list of appendices: a label -----------------------------------------------------

_APPENDICES = ("Contents\n\n    Appendix 1: Process map: Referral to QZHS for Children Placed Outside the Riverside Area "
               "(Riverside City Council and Riverside Health Partnership, April 2016)\n\n"
               "    Appendix 2: Practice guidance for the strengths questionnaire (November 2017)\n\n"
               "1. Who does what\n\nThe council and the health partnership share the work of planning care.\n")


def test_letters_only_in_a_long_appendix_title_are_not_shown():
    found = of(undefined(_APPENDICES), "QZHS")
    assert found and all(f.severity == "suggestion" for f in found)


@pytest.mark.parametrize("text", [
    # a sentence about the appendix, not its title: shown
    _APPENDICES.replace("Appendix 1: Process map: Referral to QZHS for Children Placed Outside the Riverside Area "
                        "(Riverside City Council and Riverside Health Partnership, April 2016)",
                        "Appendix 1 shows how staff refer children to QZHS. It was agreed in April 2016"),
    # the letters used again in running text: shown there
    _APPENDICES + "Staff refer children to QZHS when a placement is far from home.\n",
])
def test_letters_outside_an_appendix_title_are_still_shown(text):
    assert [f for f in of(undefined(text), "QZHS") if f.severity != "suggestion"]
