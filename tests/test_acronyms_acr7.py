"""Acronym findings on set II read as a careful editor would (session 18, acr7): the classes that were wrong, each both
ways. Our own sentences; 'QZ'-style letters stand for letters no glossary knows."""


from acronym_helpers import undefined_on as _any


# -- hours after a clock time ------------------------------------------------------------------------------------------

def test_hours_after_a_clock_time_are_the_unit():
    assert _any("The panel will sit on Friday at 10:30 HRS in the small room.", "HRS") == []
    assert _any("Doors open at 0845 HRS and close at noon.", "HRS") == []
    assert _any("The shift ends at 19.00 HR on weekdays.", "HR") == []


def test_hours_after_a_plain_number_are_the_unit():
    assert _any("The crisis line is staffed 24 HRS every day.", "HRS") == []


def test_the_same_letters_not_after_a_time_still_fire():
    assert len(_any("The HRS team will bring the figures to the next panel.", "HRS")) == 1


# -- a firm named after its founders: initials joined by '&' before a surname ------------------------------------------

def test_initials_and_ampersand_before_a_surname_are_a_firm():
    text = "Three quotes came in and Q&Z Marwood were chosen to value the old depot before it is sold."
    assert _any(text, "Q&Z") == []


def test_initials_and_ampersand_before_a_body_word_or_common_noun_still_fire():
    assert len(_any("They work at a wider level than the Q&Z Partnerships do.", "Q&Z")) == 1
    assert len(_any("The Q&Z Board will meet again in the spring to look at the plans.", "Q&Z")) == 1
    text = "The Q&Z Review found gaps, and the review will be shared with staff."
    assert len(_any(text, "Q&Z")) == 1
    assert len(_any("The Q&Z Marwood Partnership met again in the spring.", "Q&Z")) == 1


# -- the initials of a person the page names by spaced initials --------------------------------------------------------

_PRESENT = "Present\n\nMr D Fenwick, Chair\n\nMs Q Z Marwood, Director of Estates\n\n"


def test_initials_of_a_person_named_by_spaced_initials_are_that_person():
    text = _PRESENT + "Item 3 – The fire doors on the east wing are to be checked again. Awaiting quotes. / QZM\n"
    assert _any(text, "QZM") == []


def test_initials_of_a_spaced_name_without_a_title_need_a_surname_never_in_lower_case():
    text = "Signed: Q Z Marwood, Director of Estates\n\nThe east wing audit is open. / QZM\n"
    assert _any(text, "QZM") == []
    text = "See Q Z Board for the detail.\n\nThe board met. The QZB plan was agreed.\n"
    assert len(_any(text, "QZB")) == 1


def test_letters_that_are_no_named_persons_initials_still_fire():
    text = _PRESENT + "Item 3 – The QZT plan for the east wing is to be checked again. Awaiting quotes.\n"
    assert len(_any(text, "QZT")) == 1
    # two letters: only a titled name counts, since a lone capital before a capitalised word is often "A"
    text = "A Kindly welcome was given. The QAK plan and the AK plan were agreed.\n"
    assert len(_any(text, "AK")) == 1


# -- a meaning whose own words the page writes is listed first ---------------------------------------------------------

def test_the_meaning_whose_words_the_page_writes_comes_first():
    text = ("The group ran the NI survey of hospice care in two rounds. The second round reached every hospice "
            "across Northern Ireland and some beyond.")
    found = _any(text, "NI")
    assert len(found) == 1
    assert found[0].message.index("Northern Ireland") < found[0].message.index("National Insurance")


def test_without_either_meanings_words_the_glossary_order_stays():
    # (the first meaning's cue words ahead of the place's: with the two level, a place named in running text, the
    # plain message is given, no meaning offered: round acr23b, tests/test_acronym_st_meanings.py)
    text = ("The group ran the NI survey of hospice care in two rounds. The second round reached every hospice "
            "in Ireland, and its staff gave their views on pay and on salary.")
    found = _any(text, "NI")
    assert len(found) == 1
    assert found[0].message.index("National Insurance") < found[0].message.index("Northern Ireland")


def test_a_place_named_as_often_as_the_first_meanings_words_offers_no_meaning():
    text = ("The group ran the NI survey of hospice care in two rounds. The second round reached every hospice "
            "in Ireland, and its staff gave their views on pay.")
    found = _any(text, "NI")
    assert len(found) == 1
    assert "National Insurance" not in found[0].message and not found[0].suggestions


# -- a system's brand written in capitals ------------------------------------------------------------------------------

def test_a_system_brand_in_capitals_the_known_list_holds_is_no_acronym():
    text = "Staff now log every fall on the DATIX system, and the ward managers read the log each week."
    assert _any(text, "DATIX") == []


def test_an_unknown_word_in_capitals_before_system_still_fires():
    text = "Staff now log every fall on the QZIX system, and the ward managers read the log each week."
    assert len(_any(text, "QZIX")) == 1


def test_letters_readers_know_before_a_capitalised_word_are_no_firm():
    # R&D is on the known list as a suggestion: a name going on after it keeps it letters, not a firm's initials
    text = "The QZV R&D Division, Wessex, had a busy year, and the R&D Division has grown since."
    found = _any(text, "R&D")
    assert len(found) == 1 and found[0].severity == "suggestion"
