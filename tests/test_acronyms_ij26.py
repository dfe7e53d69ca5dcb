"""Acronym findings independent readers called wrong on set IJ (issue 17, round F), each class both ways. Our own
sentences; 'QZ'-style letters stand for letters no glossary knows."""

import pytest

from acronym_helpers import FILLER, of as _of, undefined as _undefined
from plainlint.api import check_text
from plainlint.config import Config


def _first(text, letters):
    found = _of(_undefined(text), letters)
    assert found, (text, letters)
    return found[0]


# -- 1. letters the sentence makes a plural: the words put in go in the plural, or none are offered ------------------

PLURAL = [
    ("The fund was shared out between all CCG.", "CCG", "clinical commissioning groups (CCG)"),
    ("The views of these CCG were noted by the panel.", "CCG", "clinical commissioning groups (CCG)"),
    ("Two CCG were merged last year.", "CCG", "clinical commissioning groups (CCG)"),
    ("In 3 CCG the waits fell over the winter.", "CCG", "clinical commissioning groups (CCG)"),
    ("He wrote to many other CCG about the change.", "CCG", "clinical commissioning groups (CCG)"),
    ("Each of the PCT replied in time.", "PCT", "Primary Care Trusts (PCT)"),
    ("A number of CCG replied in time.", "CCG", "clinical commissioning groups (CCG)"),
    # a plural verb after letters that open the sentence, for a thing's name (a body's keeps the singular, below)
    ("EHCP have been issued late for two years.", "EHCP", "Education, health and care plans (EHCP)"),
]


@pytest.mark.parametrize("text,letters,fix", PLURAL)
def test_letters_the_sentence_makes_plural_get_plural_words(text, letters, fix):
    assert _first(text, letters).suggestions[:1] == [fix]


SINGULAR = [
    # the letters modify a noun after them: one body's staff
    ("The plan covers all CCG staff in the area.", "CCG", "clinical commissioning group (CCG)"),
    # "both ... and": one of each
    ("Both CCG and the council signed the agreement.", "CCG", "clinical commissioning group (CCG)"),
    # "the other": one
    ("The other CCG wrote to the board.", "CCG", "clinical commissioning group (CCG)"),
    # a number that is a label's, not a count
    ("Under Article 2 ECHR the duty applies to the council.", "ECHR", "European Convention on Human Rights (ECHR)"),
    # a body with a plural verb is British usage for one body
    ("CCG have agreed to the plan.", "CCG", "The clinical commissioning group (CCG)"),
    # a mass takes no plural: the words as they are read right
    ("We checked all PPE before the visit.", "PPE", "personal protective equipment (PPE)"),
]


@pytest.mark.parametrize("text,letters,fix", SINGULAR)
def test_letters_that_are_one_keep_the_singular(text, letters, fix):
    assert _first(text, letters).suggestions[:1] == [fix]


def test_plural_letters_whose_words_have_no_plural_get_no_fix():
    f = _first("We wrote to all NEET about the scheme.", "NEET")
    assert f.suggestions == []


# -- 2. a lone s after the letters: their plural --------------------------------------------------------------------

def test_a_detached_s_is_the_plural_and_the_fix_takes_it_in():
    text = "Local ICB s will fund the new clinic from April."
    f = _first(text, "ICB")
    assert f.suggestions == ["integrated care boards (ICBs)"]
    full = text + FILLER
    assert full[f.start:f.end] == "ICB s"
    assert (full[:f.start] + f.suggestions[0] + full[f.end:]).startswith(
        "Local integrated care boards (ICBs) will fund")


def test_a_detached_s_before_a_noun_gets_no_fix():
    f = _first("The ICB s budget was cut this year.", "ICB")
    assert f.suggestions == []


def test_letters_without_a_detached_s_keep_their_end():
    text = "The ICB said it will fund the new clinic from April."
    f = _first(text, "ICB")
    assert (text + FILLER)[f.start:f.end] == "ICB"
    assert f.suggestions and "boards" not in f.suggestions[0]


# -- 3. a slip for letters the page spells out and uses: "did you mean", counted once in the density --------------

SLIP = ("The board heard about Quiet Zone Mapping (QZM) in the north. QZM helps planners. The QZM team met twice. "
        "The rules on QMZ were read out, and QMZ was discussed again.")


def test_letters_in_another_order_of_a_defined_and_used_acronym_are_a_slip():
    f = _first(SLIP, "QMZ")
    assert "did you mean 'QZM'" in f.message
    assert f.suggestions == ["QZM"]


def test_letters_in_another_order_used_once_beside_one_use_are_their_own():
    found = _of(_undefined("Each Quiet Zone Homes (QZH) plan is agreed with the family. The QHZ team visits homes."),
                "QHZ")
    assert not any("did you mean" in f.message for f in found)


def _density(text):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    return [f for f in result.findings if f.rule == "acronym-density"]


def test_a_slip_is_not_counted_as_an_acronym_of_its_own():
    text = SLIP + " The QZB and the QZC met in May, and QZD joined them." + FILLER
    found = _density(text)
    assert found and "QMZ" not in found[0].message and "QZM (5 times)" in found[0].message


# -- 4. a code of letters and digits is no acronym for the density ----------------------------------------------------

def test_a_reference_code_is_not_counted_in_the_density():
    text = ("The panel had before it a report (QZR9) on the Quiet Zone Board (QZB). The QZR9 report was noted. "
            "The QZB agreed it.") + FILLER
    assert not any("QZR9" in f.message for f in _density(text))


def test_letters_without_digits_are_still_counted():
    text = ("The panel had before it a report from the Quiet Zone Board (QZB) and the QZC. The QZB agreed it. "
            "The QZD and the QZE did too.") + FILLER
    found = _density(text)
    assert found and "QZB" in found[0].message


# -- 5. the page's own term gives the letters' first letters: the glossary's meaning is not offered over it --------

PAYMENT_PAGE = ("Home Care Deferred Payment Scheme\n\nThe cabinet agreed the new Deferred Payment Scheme for people "
                "who move into a care home. The changes are set out below.\n\nAn annual charge will reflect the work "
                "done over the lifetime of the DPA, in sending statements and notices of new interest rates. "
                + "Legal charges will reflect the work of setting up the charge on the home and removing it once the "
                  "money is repaid. " * 8)


def test_letters_whose_first_letters_are_the_pages_title_term_get_no_glossary_meaning():
    f = _first(PAYMENT_PAGE, "DPA")
    assert "Data Protection Act (DPA)" not in f.message and "Deferred Payment" in f.message
    assert f.suggestions == []


def test_letters_on_a_page_without_such_a_term_keep_the_glossary_meaning():
    text = PAYMENT_PAGE.replace("Home Care Deferred Payment Scheme", "Home Care Charging Scheme").replace(
        "Deferred Payment Scheme", "charging scheme")
    f = _first(text, "DPA")
    assert "Data Protection Act" in f.message


# -- 6. two spellings-out: the fix goes towards the one the page writes most --------------------------------------

def _inconsistent(text):
    result = check_text(text + FILLER, Config(select=["acronyms"]), fmt="text", name="x.txt")
    return [f for f in result.findings if f.rule == "acronym-inconsistent"]


def test_the_fix_goes_towards_the_form_the_title_and_text_use_most():
    text = ("Quiet Zone Technologies - Review\n\nThis report sets out changes to Quiet Zone Therapies (QZT) for the "
            "year.\n\nThe officer introduced the review of Quiet Zone Technologies (QZT) and its costs.")
    found = _inconsistent(text)
    assert len(found) == 1
    full = text + FILLER
    assert full[found[0].start:found[0].end] == "Quiet Zone Therapies (QZT)"
    assert found[0].suggestions == ["Quiet Zone Technologies (QZT)"]


def test_the_fix_stays_with_the_first_form_when_it_is_used_most():
    text = ("Quiet Zone Therapies - Review\n\nThis report sets out changes to Quiet Zone Therapies (QZT) for the "
            "year.\n\nThe officer introduced the review of Quiet Zone Technologies (QZT) and its costs.")
    found = _inconsistent(text)
    assert len(found) == 1
    full = text + FILLER
    assert full[found[0].start:found[0].end] == "Quiet Zone Technologies (QZT)"
    assert found[0].suggestions == ["Quiet Zone Therapies (QZT)"]


def test_the_inconsistent_fix_takes_the_number_of_the_letters_it_replaces():
    text = ("The Quiet Zone Board (QZB) met. Later the Quiet Zone Boards Partnership (QZBs) agreed the plan. "
            "The QZB is new.")
    found = _inconsistent(text)
    assert found and found[0].suggestions == ["Quiet Zone Boards (QZBs)"]


# -- 7. letters inside a formal post's title on a roll of who came: a suggestion --------------------------------------

def test_letters_inside_a_post_title_on_a_roll_line_are_a_suggestion():
    text = ("Witnesses\n\n· Jo Reed, Assistant Director for Inclusion and Access – SEN Recovery and Educational "
            "Psychology\n\n· Sam Hill, Director for Children and Families\n\nThe committee thanked the witnesses.")
    found = _of(_undefined(text), "SEN")
    assert found and found[0].severity == "suggestion"


def test_letters_in_a_sentence_that_names_a_post_stay_shown():
    text = "The paper on the new referral route came from Jo Reed, Head of Service MASH, and was agreed."
    found = _of(_undefined(text), "MASH")
    assert found and found[0].severity != "suggestion"


def test_letters_one_changed_inside_of_a_defined_acronym_used_often_are_a_slip():
    text = ("The Quiet Zone Action Plan (QZAP) was agreed. The QZAP sets targets. The QZAP board met. "
            "Work on the QZMP began.")
    f = _first(text, "QZMP")
    assert "did you mean 'QZAP'" in f.message


def test_letters_one_changed_inside_of_a_defined_acronym_used_once_are_their_own():
    f = _first("The Quiet Zone Action Plan (QZAP) was agreed. Work on the QZMP began.", "QZMP")
    assert "did you mean" not in f.message
