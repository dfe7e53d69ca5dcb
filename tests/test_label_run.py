"""The analysis's one fact "this sentence is a run of labels" (``Analysed.label_run``, set X re50): a
table, form or document-control sheet flattened into text with no full stops, or names, posts and a
cover sheet's fields glued together, is no sentence; long-sentence gives no advice to split it, and the
other families may read the same fact. Real sentences with many capitalised words (names of bodies,
job titles) are still read. All sentences are our own."""

from __future__ import annotations

import pytest

from plainlint.analysis import analyse
from plainlint.api import check_text
from plainlint.config import Config
from plainlint.extract import extract

# a document-control sheet: its labels ('Name of the procedure', 'Aim of the procedure') and entries
CONTROL_SHEET = ("Name of the procedure Aim of the procedure Home care charging procedure To make sure people who "
                 "pay for their care at home are charged fairly and on time Finance officers To follow the "
                 "procedure when working out what a person pays March 2019 version 2 Owner Jo Patel, Head of "
                 "Income Approved by Sam Reed, Director of Finance")
# a form's labels run together
FORM = ("Applicant name Address of the property Postcode Date of birth Describe the work you want done Tell us "
        "why the work is needed Signature of the applicant Date signed Office use only Reference number")
# a table's header and rows flattened
TABLE = ("Service area Current spend Proposed saving Risk to residents Home care Respite for carers To be agreed "
         "with providers Day opportunities Transport for adults To be reviewed in the spring Community meals")
TABLE_2 = ("Priority area Lead officer What we will do Health checks Public health team Offer every eligible adult "
           "a check Smoking Stop smoking service Work with pharmacies to reach more smokers")

# real sentences with many capitalised words: still read
REAL = [
    "Following the Care Quality Commission inspection in March, the Director of Adult Social Services presented "
    "the Improvement Plan to the Adults and Health Scrutiny Committee, which asked the Cabinet Member for Health "
    "to report back in September.",
    "Members of the Health Overview and Scrutiny Committee asked whether the Northshire Community Diagnostic "
    "Centre would open in the spring as planned and how the Integrated Care Board would pay for the extra staff "
    "it needs.",
    "The board heard that local partners Public Health Northshire and Westvale Healthwatch had visited every "
    "care home in the county last winter and found that residents wanted more visits from their families.",
    "We will work with schools Northshire Youth Voice and the Westvale Carers Centre so that young carers "
    "are known to their teachers and can get help before they reach a crisis at home or at school.",
]


def _analysed(text: str):
    return analyse(extract(text.encode(), "t.txt"))


@pytest.mark.parametrize("text", [CONTROL_SHEET, FORM, TABLE, TABLE_2])
def test_flattened_tables_and_forms_are_label_runs(text):
    a = _analysed(text + "\n")
    assert a.sentences
    long = [s for s in a.sentences if len(s.text.split()) > 15]
    assert long and all(a.label_run(s) for s in long)


@pytest.mark.parametrize("text", REAL)
def test_real_sentences_with_many_capitals_are_read(text):
    a = _analysed(text + "\n")
    assert len(a.sentences) == 1
    assert not a.label_run(a.sentences[0])


def test_label_run_is_worked_out_once_per_sentence():
    a = _analysed(TABLE + "\n\n" + REAL[0] + "\n")
    first = [a.label_run(s) for s in a.sentences]
    assert first == [True, False]
    assert len(a._label_runs) == 2
    assert [a.label_run(s) for s in a.sentences] == first


def _long(text: str):
    cfg = Config(select=["long-sentence"], min_severity="suggestion")
    return [f for f in check_text(text, config=cfg).findings if f.rule == "long-sentence"]


@pytest.mark.parametrize("text", [CONTROL_SHEET, FORM, TABLE])
def test_long_sentence_gives_no_split_advice_on_a_label_run(text):
    found = _long(text)
    assert len(found) == 1
    f = found[0]
    assert f.severity == "suggestion", f.message
    assert "table or form's labels" in f.message
    assert "Split" not in f.message and "bulleted list" not in f.message


def test_long_real_sentence_with_names_still_gets_its_advice():
    found = _long(REAL[0])
    assert len(found) == 1
    assert "table or form's labels" not in found[0].message


def test_parallel_clauses_in_lower_case_are_prose_not_repeated_buttons():
    from plainlint.metrics import is_label_run

    # a legal sentence says the same words three times in lower case: prose
    legal = ("In the view of the council, the duty in this order would be met by the county if the same duty in "
             "relation to the town were set out in a Plan of the Town and by the district if the same duty in "
             "relation to the parish were set out in a Plan of the Parish and by the region if the same duty in "
             "relation to the city were set out in a Plan of the City.")
    assert not is_label_run(legal)
    # a web page's buttons copied with its text: a run with capitals three times
    assert is_label_run("Read more about our plan for carers Read more about our plan for carers Read more "
                        "about our plan for carers Read more about our plan for carers")


# set YZ re16: a cover page's title said twice and a contents list of numbered parts, run together
TITLE_TWICE = ("Northshire Care Board Planning Framework Draft Winter Plan 2025/26 Northshire Care Board Planning "
               "Framework Draft Winter Plan 2025/26 Draft for the Board in public on 3rd May 2025 and for comment "
               "by partners across the area")
PARTS = ("Our plan has parts that are set out below in turn Contents Introduction Section 1: Looking after our "
         "staff Section 2: Care across the system Section 3: Building for the future Section 4: Money and people "
         "Section 5: How we will deliver")
# set YZ re22: a bulleted list flattened into ' - ' items after its colon
DASHED = ("Over the summer the views of members of the forum have been gathered to: - understand what has worked "
          "well so far in the service - review the findings in an open and honest way - consider new pressures "
          "on the service and the people it serves")
# real long sentences with dashes, numbered parts, page numbers and web addresses: still prose
PROSE = [
    "The plan - which the board agreed in May after a long and careful review of the options - sets out how the "
    "council will spend the money - all of it - over the next five years in the east of the county.",
    "The report in Section 3 and the figures in Section 4 show that demand rose by a fifth, while Section 5 and "
    "Section 2 set out how the service will respond over the next two years to the rise.",
    "Further detail is at https://www.example.gov.uk/plans/2025/winter-plan on page 12 of the plan, which the "
    "board agreed on 3 May after a long and careful review of the options and of the costs.",
    "The board asked officers to: set out the costs of each option in full, with the risks - and the savings - "
    "of each one, and bring them back to the next meeting of the board in the spring.",
    "The Northshire Care Board agreed its plan in May and the Northshire Care Board will review its plan in "
    "June, when the partners across the area have had their say on the costs of each option.",
]


def test_title_twice_contents_parts_and_dashed_list_are_label_runs():
    from plainlint.metrics import is_label_run

    for text in (TITLE_TWICE, PARTS, DASHED):
        assert is_label_run(text), text
    for text in PROSE:
        assert not is_label_run(text), text


def test_long_sentence_reads_real_sentences_with_dashes_but_not_a_flattened_list():
    assert _long(DASHED + ".") == []
    assert _long(TITLE_TWICE + ".") == []
    found = _long(PROSE[0])
    assert len(found) == 1 and "words" in found[0].message
