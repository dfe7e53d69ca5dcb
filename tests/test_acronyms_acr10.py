"""Acronym findings judged wrong on set JJ (session 19, acr10), each class both ways: an apostrophe after the letters
(no fix can be pasted before it), letters with a hospital's and a commissioner's meaning (CSU), and a speaker's
initials in minutes that name other speakers by theirs. Our own sentences; 'QZ'-style letters stand for letters no
glossary knows."""


from acronym_helpers import undefined_on as _found
from acronym_helpers import shown_on as _shown


# -- an apostrophe straight after the letters: the words cannot be pasted before it ------------------------------------

def test_possessive_plural_after_the_letters_gets_no_fix():
    text = "Members read the two local CCGs’ joint reply on waiting times for patients at the hospital.\n"
    found = _shown(text, "CCGs")
    assert len(found) == 1
    assert found[0].suggestions == []
    assert "apostrophe" in found[0].message


def test_possessive_after_the_letters_gets_no_fix():
    text = "Members read the CCG's reply on waiting times for patients at the hospital.\n"
    found = _shown(text, "CCG")
    assert len(found) == 1 and found[0].suggestions == []


def test_plain_letters_keep_their_fix():
    text = "Members read a reply from the CCG on waiting times for patients at the hospital.\n"
    found = _shown(text, "CCG")
    assert len(found) == 1
    assert found[0].suggestions == ["clinical commissioning group (CCG)"]
    assert "apostrophe" not in found[0].message


def test_a_quote_closing_after_a_word_is_no_apostrophe_after_the_letters():
    # a closing quotation mark after the whole phrase, not straight after the letters
    text = "Members asked patients at the hospital to write to 'the CCG' about waiting times and services.\n"
    found = _shown(text, "CCG")
    assert len(found) == 1 and found[0].suggestions == ["clinical commissioning group (CCG)"]


# -- CSU: a hospital's clinical service unit or a commissioning support unit --------------------------------------------

def test_csu_in_a_hospital_paper_lists_the_hospital_meaning_first():
    text = ("This procedure applies to all clinicians and every CSU across the hospital trust, on every ward and in "
            "outpatient clinics. Consultants on the wards keep the records.\n")
    found = _shown(text, "CSU")
    assert len(found) == 1
    assert "clinical service unit" in found[0].message
    assert found[0].message.index("clinical service unit") < found[0].message.index("commissioning support unit") \
        if "commissioning support unit" in found[0].message else True


def test_csu_in_a_commissioning_paper_keeps_the_commissioning_meaning():
    text = ("The CCG commissioners asked the CSU to run the procurement, and the commissioning team will review "
            "the contracting plan with GPs next month.\n")
    found = _shown(text, "CSU")
    assert len(found) == 1
    msg = found[0].message
    assert "commissioning support unit" in msg
    if "clinical service unit" in msg:
        assert msg.index("commissioning support unit") < msg.index("clinical service unit")


# -- a speaker's initials in minutes that name the other speakers by theirs ---------------------------------------------

_PEOPLE = ("Minutes\n\nThe Chair welcomed for this item:\n\nMara Quell (MQ), Director of Housing\n\n"
           "Tobin Vayle (TV), Head of Lettings\n\n")


def test_unnamed_speaker_in_minutes_of_named_initials_gets_no_glossary_meaning():
    text = (_PEOPLE + "The Chair asked about the cost of the new scheme. HB replied that the cost was small.\n\n"
            "A member asked about waiting lists. MQ replied that they were falling.\n")
    found = _shown(text, "HB")
    assert len(found) == 1
    assert "Housing Benefit" not in found[0].message
    assert "initials" in found[0].message and "'MQ'" in found[0].message
    assert found[0].suggestions == []


def test_housing_benefit_as_a_thing_keeps_its_meaning_in_the_same_minutes():
    text = (_PEOPLE + "The Chair asked about the cost of the new scheme. The HB claims rose this year.\n\n"
            "A member asked about waiting lists. MQ replied that they were falling.\n")
    found = _shown(text, "HB")
    assert len(found) == 1
    assert "Housing Benefit" in found[0].message


def test_speaking_letters_without_other_named_initials_keep_the_glossary_meaning():
    text = ("Minutes\n\nThe Chair asked about the cost of the new scheme. HB replied that the cost was small.\n\n"
            "A member asked about waiting lists. The officer replied that they were falling.\n")
    found = _shown(text, "HB")
    assert len(found) == 1
    assert "Housing Benefit" in found[0].message


def test_a_body_that_replies_is_not_taken_for_a_person():
    text = (_PEOPLE + "Members asked about benefit checks. DWP replied that the checks were done.\n\n"
            "A member asked about waiting lists. MQ replied that they were falling.\n")
    for f in _found(text, "DWP"):
        assert "initials" not in f.message


def test_letters_in_quotation_marks_keep_their_fix():
    text = "Patients at the hospital asked what 'CCGs' meant in the letter about waiting times and services.\n"
    found = _shown(text, "CCGs")
    assert len(found) == 1 and found[0].suggestions == ["clinical commissioning groups (CCGs)"]
