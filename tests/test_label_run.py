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
