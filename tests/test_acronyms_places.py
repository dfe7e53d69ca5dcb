"""Where letters sit and how they are defined: shapes met on unseen pages (sets YZ and AA), in our own sentences.

Each class has sentences where the letters must be read as defined or not a first use, and sentences of the
same shape where a finding must still be made."""

import pytest
from plainlint.api import check_text
from plainlint.checks import acronyms as A
from plainlint.config import Config


def _findings(text, rule):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule]


def _definitions(text):
    from plainlint.analysis import analyse
    from plainlint.extract import extract

    s = A.survey(analyse(extract(text.encode(), "x.txt", {}, fmt="text")))
    return {k: [d.expansion for d in v] for k, v in s.definitions.items()}


# --- a name with 'etc.' inside it (set AA ac18) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The board was set up by the Fire Safety at Work etc. Order 2005 (FSWO). Each site must follow the FSWO.",
    "The board was set up by the Fire Safety at Work etc.\nOrder 2005 (FSWO). Each site must follow the FSWO.",
    "The board was set up by the Fire Safety at Work etc. Order 2005\n(FSWO). Each site must follow the FSWO.",
])
def test_etc_inside_a_name_is_no_sentence_end(text):
    assert _definitions(text).get("FSWO") == ["Fire Safety at Work etc. Order 2005"]
    assert _findings(text, "acronym-undefined") == []


def test_a_full_stop_that_ends_a_sentence_still_ends_the_words():
    text = "The teams mended the Fire Safety at Work. Order 2005 (FSWO) followed. Each site must follow the FSWO."
    assert _definitions(text).get("FSWO", [""])[0] != "Fire Safety at Work. Order 2005"


# --- a law's title with its own brackets (own pages, 15th session: 'Order 2018 (LRO)' read as a label) ---------

@pytest.mark.parametrize("text,short,words", [
    ("It was made by the Northshire Reform (Transport of Goods)(England) Order 2019 (NRO). The NRO applies.",
     "NRO", "Northshire Reform (Transport of Goods)(England) Order 2019"),
    ("It is set out in the Joint Bodies (Shared Working) (Wales) Act 2016 (JBSWA). The JBSWA applies.",
     "JBSWA", "Joint Bodies (Shared Working) (Wales) Act 2016"),
])
def test_a_law_title_with_its_own_brackets_is_one_name(text, short, words):
    assert _definitions(text).get(short) == [words]
    assert _findings(text, "acronym-undefined") == []


def test_an_aside_in_brackets_is_not_part_of_the_name():
    # words in brackets in lower case, or a figure's reference, are an aside: the name starts after them
    defs = _definitions("Rates rose sharply (see table two) in Leeds Road Offices (LRO). The LRO is shut.")
    assert defs.get("LRO") == ["Leeds Road Offices"]


# --- a role before letters defined earlier (set YZ ac05) ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # the words before the brackets fit the letters only by Schwartz and Hearst's loose rule
    "The Sefton Safeguarding Children Partnership (SSCP) met in May. The report is then scrutinised by the Independent "
    "Chair (SSCP).",
    "The Wirral Safeguarding Adults Board (WSAB) met in May. The report was then shared with the Business Manager (WSAB).",
    "The Northshire Youth Justice Board (NYJB) met in May. The report is then checked by the Independent Chair (NYJB).",
    "The Northshire Youth Justice Board (NYJB) met in May.\n\nThe Partnership Development Manager (NYJB) said so.",
    "The Northshire Youth Justice Board (NYJB) met in May. Members heard from the Business Lead (NYJB) and others.",
])
def test_a_role_before_letters_defined_earlier_is_whose_role(text):
    assert _findings(text, "acronym-two-meanings") == []
    assert _findings(text, "acronym-undefined") == []


def test_a_second_name_for_the_letters_is_still_two_meanings():
    text = ("The Northshire Youth Justice Board (NYJB) met in May. Later the Northern Young Judges Bench (NYJB) sat. "
            "The NYJB agreed.")
    assert len(_findings(text, "acronym-two-meanings")) == 1


def test_a_role_the_letters_spell_is_still_a_definition():
    defs = _definitions("Our Senior Responsible Officer (SRO) leads the plan. The Chief Data Officer (CDO) helps.")
    assert defs.get("SRO") == ["Senior Responsible Officer"]
    assert defs.get("CDO") == ["Chief Data Officer"]


# --- a court case's citation (set YZ ac13) ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "This was held in the judgment in QZLAW UK, R (On the Application Of) v Northshire County Council [2021] "
    "EWHC 1234 (Admin).",
    "The court said so in Northshire County Council v QZLAW Trust [2020] EWCA Civ 55, which we follow.",
    "The duty was set out in Smith v Jones [2019] QZSC 12.",
])
def test_letters_in_a_case_citation_are_no_first_use(text):
    assert _findings(text, "acronym-undefined") == []


@pytest.mark.parametrize("text", [
    "QZLAW UK supports children who have been trafficked. It met the council in 2021.",
    "QZLAW UK met the council. Smith v Jones was a case about parking.",
    "The QZLAW team wrote in 2021. See the report [2021] for more.",
])
def test_letters_outside_a_citation_still_fire(text):
    assert [f.text for f in _findings(text, "acronym-undefined")] == ["QZLAW"]


# --- a slip for letters every reader knows (set YZ ac33) -------------------------------------------------------

def test_a_slip_for_known_letters_asks_did_you_mean():
    found = _findings("Most pupils sat their GGSE exams in the summer. Their GCSE grades were good.", "acronym-undefined")
    assert len(found) == 1
    assert "did you mean 'GCSE'" in found[0].message
    assert found[0].suggestions == ["GCSE"]


@pytest.mark.parametrize("text", [
    # used twice: the writer means these letters
    "Most pupils sat their GGSE exams. The GGSE results were good.",
    # two letters different from any known one
    "Most pupils sat their GQSF exams in the summer and did well.",
])
def test_letters_not_a_slip_are_asked_to_be_spelled_out(text):
    found = _findings(text, "acronym-undefined")
    assert found and "did you mean" not in found[0].message


# --- brackets straight after the letters (set YZ ac29) ----------------------------------------------------------

@pytest.mark.parametrize("text,words", [
    ("Education & SEND (EHCPs):\n\nThe plan covers children with SEND in the county.",
     "special educational needs and disabilities"),
    ("The JSNA (2023) shows that need is rising.", "joint strategic needs assessment"),
])
def test_brackets_after_the_letters_get_the_words_alone(text, words):
    found = [f for f in _findings(text, "acronym-undefined") if f.text in ("SEND", "JSNA")]
    assert len(found) == 1
    # two suggestions: never pasted by --fix, and the first sets no two pairs of brackets side by side
    assert found[0].suggestions[0] == words
    assert len(found[0].suggestions) == 2
    assert "Brackets follow the letters" in found[0].message


def test_letters_with_no_brackets_after_keep_the_one_fix():
    found = _findings("The JSNA shows (in 2023) that need is rising.", "acronym-undefined")
    assert [f.suggestions for f in found] == [["joint strategic needs assessment (JSNA)"]]


# --- letters naming the words just before them (set AA ac16, ac21) -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The plan compares two futures: the sea wall is left to fail (the QZN scenario); or present management "
    "goes on as now (the QZW scenario).",
    "We looked at what happens if no further repair work is done on the old bridge (QZN option).",
])
def test_letters_naming_a_described_case_are_a_suggestion(text):
    found = _findings(text, "acronym-undefined")
    assert found and all(f.severity == "suggestion" for f in found)


@pytest.mark.parametrize("text", [
    "The QZN scenario shows that the sea wall fails by 2050.",
    "We chose the cheaper plan (QZN).",
    "We chose (the QZN scenario).",
])
def test_letters_without_their_description_keep_their_severity(text):
    found = _findings(text, "acronym-undefined")
    assert found and all(f.severity == "error" for f in found)
