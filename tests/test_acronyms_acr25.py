"""Acronym findings independent readers called wrong on council and NHS pages nobody on the project had seen (issue 17,
session acr25), each class both ways. Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

import pytest

from acronym_helpers import of as _of, undefined as _undefined


def _shown(found, letters):
    return [f for f in _of(found, letters) if f.severity != "suggestion"]


# -- 1. firms and brands named by their letters -----------------------------------------------------------------------

FIRM_QUIET = [
    # the same letters head the firm's name elsewhere on the page: the bare letters are that firm
    ("The yard is used by QZP for deliveries at night.\n\nQZP Logistics have asked to extend their hours.", "QZP"),
    ("QZM took over the surgery in April.\n\nThe practice is now run by QZM Healthcare under a new contract.", "QZM"),
    ("Residents raised the noise from QZW vans.\n\nThe operator, QZW Holdings, has agreed to new routes.", "QZW"),
    # the firm a planning or property paper is about, named as the applicant or the occupier
    ("The applicant, QZL, seeks consent for a new warehouse on the estate.", "QZL"),
    ("The occupier of the next unit is QZP, which runs a parcel depot there.", "QZP"),
    ("The site lies next to the unit occupied by QZP on the north side.", "QZP"),
    # initials before a surname, the firm's role beside them
    ("Advice on the lease came from QJS Dillon, the council's property consultants.", "QJS"),
    # a person "of" the firm, and the first of a list of bodies' names after "by"
    ("Sam Hill of QJS Dillon spoke about the terms of the lease.", "QJS"),
    ("Talks were given by QJS Dillon, Moorside Homes and Oakshire Care.", "QJS"),
    # an enterprise agency's own name, among other presenters
    ("Talks were given by QDC Enterprise Agency, the library service and the youth council.", "QDC"),
    ("Talks were given by CDC Enterprise Agency, the library service and the youth council.", "CDC"),
    # firms whose registered names are their letters, with no words behind them
    ("The unit next door is let to DHL, which uses the yard for its vans.", "DHL"),
    ("XPO runs the warehouse on the corner of the estate.", "XPO"),
]


@pytest.mark.parametrize("text,letters", FIRM_QUIET)
def test_a_firm_named_by_its_letters_gets_no_shown_finding(text, letters):
    shown = _shown(_undefined(text), letters)
    assert not shown, shown[0].message


def test_a_bare_use_names_the_firm_the_page_names_elsewhere():
    (f,) = _of(_undefined("QZM took over the surgery in April.\n\nThe practice is now run by QZM Healthcare."), "QZM")
    assert f.severity == "suggestion" and f.suggestions == [] and "'QZM Healthcare'" in f.message


FIRM_SHOWN = [
    # a body's own group or service after "the", or letters before a trust's words: no firm elsewhere
    ("QZM took over the surgery in April.\n\nThe QZM Healthcare team meets on Mondays.", "QZM"),
    ("QZH runs the ward.\n\nQZH Healthcare NHS Trust has agreed the plan.", "QZH"),
    # a role that is no firm's, or letters that go on into a name
    ("The applicant's agent wrote to QZL about the plans.", "QZL"),
    # a surname with no firm's role beside it
    ("Advice on the lease came from QJS Dillon last week.", "QJS"),
    # a councillor of a ward, a body's word after the letters, a list of one name after "by"
    ("Cllr Ann Hill of QZB Ward spoke at the meeting.", "QZB"),
    ("Sam Hill of QZB Services spoke at the meeting.", "QZB"),
    ("The plan was agreed by QZB Dillon, and the board then met.", "QZB"),
    # an agency that is not an enterprise agency
    ("Talks were given by the QDC Housing Agency and the youth council.", "QDC"),
    # the glossary's letters stay letters to spell out after "the applicant"
    ("The applicant, the ICB, has asked for more time.", "ICB"),
]


@pytest.mark.parametrize("text,letters", FIRM_SHOWN)
def test_letters_beside_firm_signs_that_name_no_firm_stay_shown(text, letters):
    assert _shown(_undefined(text), letters)


def test_letter_named_firms_keep_older_readings():
    # the older firm tests: a firm's letters before 'Research' or a list item stay as they were
    (f,) = _undefined("The association commissioned QRM Research and Consulting to study the links.")
    assert f.severity == "suggestion" and "'QRM Research and Consulting'" in f.message
    (f,) = _undefined("We talked about housing, QZH Healthcare, money and jobs with the group.")
    assert f.severity == "error"


# -- 2. neutral citations of law reports -----------------------------------------------------------------------------

CITATIONS = [
    ("The judge relied on Re Q (A Child) [2014] EWCC B44 (Fam) in reaching this view.", "EWCC"),
    ("The judge relied on Re Q (A Child) [2014]\nEWCC B44 (Fam) in reaching this view.", "EWCC"),
    ("The case was reported as Moor v Dale, EWHC 1234 (Admin), in 2020.", "EWHC"),
    ("The judgment is Re D (A Child) 2016 EWFC 7.", "EWFC"),
    ("The tribunal's decision, [2022] UKUT 100 (AAC), sets out the test.", "AAC"),
    ("The court followed Moorside Council v Q [2019] EWCOP 12 when it decided.", "EWCOP"),
]


@pytest.mark.parametrize("text,letters", CITATIONS)
def test_a_neutral_citations_codes_are_not_spelled_out(text, letters):
    assert not _of(_undefined(text), letters)


@pytest.mark.parametrize("text,letters", [
    ("The EWHC has ruled on the matter.", "EWHC"),
    ("The EWCA heard twelve appeals last year.", "EWCA"),
    ("The chamber (AAC) heard the appeal.", "AAC"),
])
def test_a_courts_letters_in_running_text_are_still_shown(text, letters):
    assert _shown(_undefined(text), letters)


# -- 3. the sense the page gives, not the glossary's default ---------------------------------------------------------

def test_letters_take_the_sense_the_page_writes_twice_in_small_letters():
    # four letters or more: words the page writes twice whose initials are the letters are its sense, not the glossary's
    text = ("Site safety\n\nEach JSNA is done before work starts.\n\nA joint site noise audit checks the plant. The "
            "joint site noise audit is done by two officers.")
    (f,) = _of(_undefined(text), "JSNA")
    assert "joint strategic needs assessment" not in f.message and "'joint site noise audit'" in f.message
    # written once only: chance words, the glossary's sense as before
    (f,) = _of(_undefined(text.replace(" The joint site noise audit is done by two officers.", "")), "JSNA")
    assert "joint site noise audit" not in f.message


def test_a_surveillance_policy_gets_the_covert_sense():
    text = ("Surveillance policy\n\nThis policy covers directed surveillance and informants under the Regulation of "
            "Investigatory Powers Act 2000 (RIPA).\n\nAny CHIS must be approved by a senior officer before use.")
    (f,) = _of(_undefined(text), "CHIS")
    assert "child health information service" not in f.suggestions[0]
    assert f.suggestions[0] == "covert human intelligence source (CHIS)"


def test_a_health_page_keeps_the_health_sense_first():
    text = ("Child health records\n\nThe CHIS records every child's vaccinations, and health visitors and GP "
            "practices use it to invite children to their checks at the clinic.")
    (f,) = _of(_undefined(text), "CHIS")
    assert f.suggestions and f.suggestions[0] == "child health information service (CHIS)"


def test_a_fire_paper_gets_the_chief_fire_officer():
    text = ("Fire cover\n\nThe CFO said the fire and rescue service must change its fleet. Firefighters will keep "
            "their crews, and each fire station keeps its rescue boat. Fires in homes fell again, and the rescue teams "
            "trained with firefighters from the next county.")
    (f,) = _of(_undefined(text), "CFO")
    assert f.suggestions[0] == "chief fire officer (CFO)"


def test_a_fire_paper_that_writes_chief_fire_officer_in_small_letters_uses_it():
    text = ("Budget\n\nThe CFO said the service must save money on its fleet.\n\nThe chief fire officer will report "
            "again in March.")
    (f,) = _of(_undefined(text), "CFO")
    assert f.suggestions[0] == "chief fire officer (CFO)"


def test_a_finance_paper_keeps_the_chief_finance_officer():
    text = "Finance report\n\nThe CFO said the budget is balanced and the accounts have been audited."
    (f,) = _of(_undefined(text), "CFO")
    assert f.suggestions[0] == "chief finance officer (CFO)"


def test_chance_words_with_the_same_initials_are_no_sense():
    # "can find out" spells CFO by chance; words with 'of' inside spell four letters by chance
    (f,) = _of(_undefined("Finance report\n\nThe CFO said the budget is balanced. You can find out more online."), "CFO")
    assert "can find out" not in f.message
    text = "The UASC team met in May.\n\nWe use adult social care data for the plan."
    (f,) = _of(_undefined(text), "UASC")
    assert "use adult social care" not in f.message


# -- 4. explained by the page ----------------------------------------------------------------------------------------

GLOSSED = [
    ("You may be offered a QZXA scan (a bone density scan) to check your bones.", "QZXA"),
    ("You may be offered a QZXA (bone density) scan to check your bones.", "QZXA"),
    ("You may be offered a bone density scan (QZXA scan) to check your bones.", "QZXA"),
    ("QUVA is a treatment that combines UVA light with a quizalen, which makes the skin more sensitive.", "QUVA"),
    ("You may be offered PUVA, which is UVA light given with a psoralen tablet.", "PUVA"),
]


@pytest.mark.parametrize("text,letters", GLOSSED)
def test_letters_the_words_beside_them_explain_get_no_shown_finding(text, letters):
    shown = _shown(_undefined(text), letters)
    assert not shown, shown[0].message


@pytest.mark.parametrize("text,letters", [
    ("You may be offered a QZXA scan (it takes ten minutes) to check your bones.", "QZXA"),
    ("You may be offered a QZXA scan (see page 4) to check your bones.", "QZXA"),
    ("QUVA and UVA light are both used in the clinic.", "QUVA"),
    ("QUVA is given with UVA light by the team.", "QUVA"),
])
def test_letters_with_no_words_that_explain_them_stay_shown(text, letters):
    assert _shown(_undefined(text), letters)


# -- 5. units of measurement --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Refer adults with a threshold of 25dB HL or worse in either ear.",
    "Refer adults with thresholds worse than 25 dB HL at two frequencies.",
    "The alarm sounds at 85 dB SPL in the plant room.",
])
def test_a_decibel_scales_reference_is_part_of_the_unit(text):
    assert not [f for f in _undefined(text) if f.text in ("HL", "SPL")]


def test_the_same_letters_with_no_decibels_before_them_are_shown():
    assert _shown(_undefined("The HL team will visit in May."), "HL")


def test_a_slip_of_letters_the_page_spells_out_asks_did_you_mean():
    text = ("The upgrade depends on the Quiet Zone Mobile Radio Programme (QZMRP).\n\nFunding for the QZRMP was "
            "delayed, and the QZMRP board met twice.")
    (f,) = _of(_undefined(text), "QZRMP")
    assert "did you mean 'QZMRP'" in f.message and "Spell out" not in f.message


# -- 6. fixes that read right ------------------------------------------------------------------------------------------

def test_letters_closing_a_bodys_name_earlier_in_the_sentence_take_the_fix_there():
    text = "Darlington FRS has lent its training staff to other FRS's across the region."
    (f,) = _of(_undefined(text), "FRS")
    assert f.location.column == 12
    assert f.suggestions == ["Fire and Rescue Service (FRS)"]
    assert not [x for x in f.suggestions if "'s" in x]


def test_letters_with_no_name_before_them_keep_the_fix_at_their_first_use():
    (f,) = _of(_undefined("Staff from other FRSs will join the exercise in May."), "FRSs")
    assert f.suggestions == ["fire and rescue services (FRSs)"]


def test_a_proper_names_slip_in_small_letters_is_not_copied_into_the_fix():
    text = ("The QZVA sets the standards for visits.\n\nOur visitors follow the standards of the quiet Zone Visiting "
            "Association (QZVA).")
    (f,) = _of(_undefined(text), "QZVA")
    assert f.suggestions == ["Quiet Zone Visiting Association (QZVA)"]
