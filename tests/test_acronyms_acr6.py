"""Acronym findings on set HH read as a careful editor would (session 18, acr6): the classes that were wrong, each both
ways. Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""

from plainlint.api import check_text
from plainlint.config import Config

_FILLER = " The working group will report back to the board in the spring with a summary of what it heard." * 12


def _undefined(text):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.severity != "suggestion"]


def _any(text, letters):
    result = check_text(text + _FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    return [f for f in result.findings if f.rule == "acronym-undefined" and f.text == letters]


def _shown(text, letters):
    return [f for f in _undefined(text) if f.text == letters]


# -- a person's initials in minutes that name everyone by initials ------------------------------------------------------

_ACTIONS = ("Actions from the last meeting\n\n- QX to circulate the revised rota to all wards.\n\n"
            "- ZB to check the training records before the next meeting.\n\n- VQ to arrange a visit to the new unit.\n\n")


def test_initials_welcomed_and_then_speaking_are_a_person():
    text = _ACTIONS + "The chair welcomed QWV to the group. QWV noted that the new rota starts in the spring.\n"
    assert _shown(text, "QWV") == []


def test_letters_the_glossary_knows_speaking_twice_as_a_person_are_initials():
    # IG is information governance to the glossary; here it asks and stresses, as only someone at a meeting does
    text = (_ACTIONS + "IG asked when the new screening tool would go live. QX said it was planned for May.\n\n"
            "IG stressed how much the wards needed it. IG will circulate the audit dates.\n")
    assert _shown(text, "IG") == []


def test_letters_the_glossary_knows_also_naming_a_thing_are_still_an_acronym():
    # "IG training" is the information governance kind: the letters stand in a noun phrase, not for a person
    text = (_ACTIONS + "IG asked when the new screening tool would go live. IG stressed how much the wards needed it.\n\n"
            "All staff must finish their IG training by March.\n")
    assert [f.text for f in _shown(text, "IG")] == ["IG"]


def test_letters_the_glossary_knows_speaking_once_are_still_an_acronym():
    text = _ACTIONS + "IG will circulate the audit dates. IG asked when the new tool would go live.\n"
    assert [f.text for f in _shown(text, "IG")] == ["IG"]


def test_letters_after_the_are_a_body_not_a_person():
    text = _ACTIONS + "The QWV noted that the new rota starts in the spring.\n"
    assert [f.text for f in _shown(text, "QWV")] == ["QWV"]


def test_speaking_letters_on_a_page_with_no_other_initials_are_still_an_acronym():
    text = "Minutes of the panel\n\nQWV noted that the new rota starts in the spring and will be checked in May.\n"
    assert [f.text for f in _shown(text, "QWV")] == ["QWV"]


# -- a meeting's venue line ------------------------------------------------------------------------------------------

def test_letters_on_a_meeting_header_naming_its_room_are_a_place():
    text = ("Quiet Zone Working Group\n\nThursday 3rd May 2022 Room 4, QZH Moorside.\n\n"
            "The group met to agree the winter plan for the wards.\n")
    assert _shown(text, "QZH") == []


def test_letters_on_a_venue_line_are_a_place():
    text = "Quiet Zone Working Group\n\nVenue: Board Room, QZH, Moor Road\n\nThe group met to agree the winter plan.\n"
    assert _shown(text, "QZH") == []


def test_letters_in_running_text_after_a_room_are_still_an_acronym():
    text = "The panel met in Room 4, and QZH staff then explained the new plans to the residents who came.\n"
    assert [f.text for f in _shown(text, "QZH")] == ["QZH"]


# -- no "the" before letters that modify a noun after a preposition ---------------------------------------------------

def test_letters_modifying_a_noun_after_a_preposition_take_no_the():
    (f,) = _shown("NHS patients waited longer at the hospital. The report gave waiting times by CCG locality and by ward.", "CCG")
    assert f.suggestions == ["clinical commissioning group (CCG)"]


def test_bare_letters_after_a_preposition_still_take_the():
    (f,) = _shown("NHS patients waited longer at the hospital. The report on waiting times went to CCG and to the trust.", "CCG")
    assert f.suggestions == ["the clinical commissioning group (CCG)"]


def test_letters_before_a_word_that_opens_a_phrase_still_take_the():
    # "each year" is no compound with the letters: "issued by the Department ... (DfE) each year"
    (f,) = _any("Schools read the yearly figures, which are issued by DfE each year for every school.", "DfE")
    assert f.suggestions == ["the Department for Education (DfE)"]


def test_letters_before_a_simple_past_still_take_the():
    (f,) = _shown("NHS patients waited longer at the hospital. Staff from CCG met the families.", "CCG")
    assert f.suggestions == ["the clinical commissioning group (CCG)"]
