"""Acronym findings judged wrong on sets EE to KK (session 20, acr13), each class both ways. Our own sentences."""

from plainlint.wordlists import load_known_acronyms, load_named_letters

from acronym_helpers import shown_on, undefined_on as _found


# -- a firm's name in capitals, and letters that end a product's name after its word ----------------------------------

def test_firm_written_in_capitals_is_not_shown():
    assert "AECOM" in load_known_acronyms()
    assert _found("The consultants AECOM drew up the heat network study for the council.\n", "AECOM") == []


def test_letters_after_a_products_word_are_part_of_its_name():
    assert "chat" in load_named_letters()["GPT"]
    found = _found("Some pupils now draft their homework with Chat GPT at home.\n", "GPT")
    assert found and all(f.severity == "suggestion" for f in found)
    assert "part of the name 'Chat GPT'" in found[0].message
    found = _found("The old Thrust SSC car stands in the museum hall near the entrance.\n", "SSC")
    assert found and all(f.severity == "suggestion" for f in found)


def test_the_same_letters_elsewhere_are_still_shown():
    assert len(shown_on("The GPT tool was trialled by two teams over the winter.\n", "GPT")) == 1
    assert len(shown_on("Every school sends its SSC report to the governors each term.\n", "SSC")) == 1


# -- a person's initials handed a task in notes that name their people by initials only ------------------------------

_NOTES = ("Notes of the residents' panel.\n\nZR reported on the spring survey of members.\n\n"
          "ZT confirmed that the leaflet had gone to print.\n\nZW agreed to book the hall.\n\n")


def test_initials_handed_a_task_in_notes_are_a_suggestion():
    text = _NOTES + "A short piece for the newsletter to QZF by Friday. ZW to check the dates.\n"
    found = _found(text, "QZF")
    assert found and all(f.severity == "suggestion" for f in found)
    assert "a person's initials" in found[0].message and not found[0].suggestions
    text = _NOTES + "Action: QZF. ZT to send the draft round.\n"
    assert all(f.severity == "suggestion" for f in _found(text, "QZF"))


def test_letters_after_the_in_notes_are_still_shown():
    # a body's or a thing's letters take "the": no person's initials
    text = _NOTES + "A short piece for the newsletter to the QZF office by Friday. ZW to check the dates.\n"
    assert len(shown_on(text, "QZF")) == 1


def test_letters_handed_a_task_without_initials_acting_nearby_are_still_shown():
    text = "Notes of the residents' panel.\n\nThe chair opened the meeting.\n\nA short piece for the newsletter " \
           "goes to QZF by Friday.\n"
    assert len(shown_on(text, "QZF")) == 1


# -- a meaning put first by the words beside the letters, where the glossary gave it no cue words ---------------------

def test_training_survey_first_beside_gmc():
    text = "Doctors in training rated the hospital well in the GMC NTS this year, and the deanery was pleased.\n"
    found = _found(text, "NTS")
    assert found and found[0].message.index("national training survey") < found[0].message.index(
        "National Transfer Scheme")


def test_transfer_scheme_first_beside_asylum():
    text = "The council took two unaccompanied children seeking asylum through the NTS last month.\n"
    found = _found(text, "NTS")
    assert found and found[0].message.index("National Transfer Scheme") < found[0].message.index(
        "national training survey")
