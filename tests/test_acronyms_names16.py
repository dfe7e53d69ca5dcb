"""NAMES whose letters are not to be spelled out (session 16): firms, charities, exam boards and record systems
known by their letters, a firm hired or named by its role, an audit firm whose letters stand for words on other
pages, and a person's initials beside another's in minutes. Our own sentences, both ways."""

import pytest
from plainlint.api import check_text
from plainlint.config import Config


def _shown(text, rule="acronym-undefined"):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f.text for f in result.findings if f.rule == rule and f.severity != "suggestion"]


@pytest.mark.parametrize("text", [
    "Internal audit for the year was carried out by RSM under the shared contract.",
    "The committee noted the TIAA report on payroll controls.",
    "Surplus cash is held in the CCLA property fund.",
    "Most practices in the county record their consultations on EMIS.",
    "The hospital shares records with practices that use TPP.",
    "Staff log every concern on CPOMS the same day.",
    "The school worked with the NSPCC on its assemblies about staying safe.",
    "Pupils sit papers set by OCR and WJEC.",
    "The volunteers raised money for the RNLI and the RSPB.",
])
def test_names_known_by_their_letters_are_not_asked_to_be_spelled_out(text):
    assert _shown(text) == []


@pytest.mark.parametrize("text,letters", [
    # a public body's or a scheme's letters in the same places still fire
    ("Internal audit for the year was carried out by QZAS under the shared contract.", "QZAS"),
    ("The committee noted the QZIA report on payroll controls.", "QZIA"),
    ("Most practices in the county record their consultations on QZR.", "QZR"),
    ("The school worked with the QZSCB on its assemblies about staying safe.", "QZSCB"),
])
def test_other_letters_in_the_same_places_still_fire(text, letters):
    assert _shown(text) == [letters]


@pytest.mark.parametrize("text", [
    # hired, in the past perfect and with an adverb (own page: 'RSM had been newly appointed')
    "QZB had been newly appointed in April and expected to report to the next meeting.",
    "QZB had been appointed as the internal auditor for two years.",
    # a firm's role straight before its letters, no comma
    "The system supplier QZS confirmed the upgrade would go live in May.",
    "Our auditors QZB reported no significant weaknesses.",
])
def test_a_firm_hired_or_named_by_its_role_is_at_most_a_suggestion(text):
    assert _shown(text) == []


@pytest.mark.parametrize("text,letters", [
    ("The QZR had been newly published and the board discussed it.", "QZR"),  # a report, not hired
    ("The provider QZT confirmed it would meet the target.", "QZT"),  # an NHS trust is a provider: still asked
    ("The auditors said the QZB had not met its target.", "QZB"),  # the role is not straight before the letters
])
def test_letters_not_named_as_a_firm_still_fire(text, letters):
    assert _shown(text) == [letters]


_AUDIT_PAGE = ("The committee received the external auditor's annual report. The audit of the accounts was "
               "complete, and the report from EY on value for money found no significant weaknesses.")


def test_an_audit_firms_letters_on_an_audit_page_are_its_name():
    assert _shown(_AUDIT_PAGE) == []


@pytest.mark.parametrize("text", [
    "The EY team will visit every setting this term to support the new funding claims.",
    # a page about early years that mentions an audit: the letters are early years
    "An audit of the early years settings found gaps. The EY team will visit every setting this term.",
])
def test_the_same_letters_on_a_schools_page_still_fire(text):
    assert _shown(text) == ["EY"]


_ROLL = ("Present: Nora Quilby (Chair), Abi Fennick, Tom Rudd, Sam Pike.\n\n"
         + "The governors discussed the budget for the coming year and agreed the plan for the building works. " * 8
         + "\n\nTR confirmed that the policy had been sent out to all staff.\n\n"
         "The clerk had not yet received TR and AF's forms for the register of interests.\n")


def test_a_persons_initials_beside_anothers_are_not_an_acronym():
    # AF is in the glossary (atrial fibrillation, armed forces); here it is Abi Fennick beside TR
    assert "AF" not in _shown(_ROLL)


def test_the_same_letters_with_no_such_person_still_fire():
    text = _ROLL.replace("Abi Fennick, ", "")
    assert "AF" in _shown(text)


def test_letters_joined_to_a_body_not_a_persons_initials_still_fire():
    text = _ROLL.replace("TR and AF's forms", "the ICB and AF's forms")
    assert "AF" in _shown(text)


def test_letters_with_a_small_letter_inside_are_no_slip_of_a_known_name():
    # 'TiSA' (a trade agreement) is one letter from the audit firm TIAA: written so on purpose, not mistyped
    result = check_text("The campaign opposed the TiSA talks in Geneva.", Config(select=["acronyms"]), fmt="text",
                        name="x.txt")
    assert not any("did you mean" in f.message for f in result.findings)


def test_a_capital_slip_of_a_known_name_is_still_asked_about():
    result = check_text("Pupils who passed their GGSE exams may apply. Bring your GCSE certificates.", Config(select=["acronyms"]), fmt="text",
                        name="x.txt")
    assert any("did you mean 'GCSE'" in f.message for f in result.findings)


@pytest.mark.parametrize("text", [
    "The council appointed Mazars as its external auditor and QZB as its internal auditor.",
    "Volunteers from the WI laid wreaths at the memorial.",
    "Community teams record their visits on RiO and share them with practices.",
])
def test_a_firm_taken_on_as_its_role_and_names_known_by_letters(text):
    assert _shown(text) == []


@pytest.mark.parametrize("text,letters", [
    ("The board chose QZB as its lead for the programme.", "QZB"),  # a lead is no firm role
    ("Volunteers from the QZI laid wreaths at the memorial.", "QZI"),
    ("Community teams record their visits on QZR and share them with practices.", "QZR"),
])
def test_the_same_places_with_other_letters_still_fire(text, letters):
    assert _shown(text) == [letters]
