"""Variants of the classes judged on set ST (session 23, brief read18), in our own words: commas inside a
body's capitalised name, or around an aside, are no list commas (ST re47). Every sentence here is our own."""

from __future__ import annotations

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _long(text: str) -> list:
    cfg = Config()
    cfg.min_severity = "suggestion"
    return [f for f in check_text(text, cfg, fmt="text", name="example.txt").findings if f.rule == "long-sentence"]


# --- 1. a body's name with commas in it ('the Finance, Audit and Risk Committee'), and an aside's commas

NAMED_BODY = [
    "Last spring, a review by the Finance, Audit and Risk Committee found that the reserves, which in our case are "
    "held by the county, were too low to cover the cost of the new depot and of the vehicles the crews would need "
    "over the next ten years of the contract.\n",
    "That in March 2021, a paper by the Children, Young People and Families Directorate told the Cabinet about its "
    "plan to move foster care into the new Regional Adoption Agency model, stating that local authorities, which in "
    "Northshire is the unitary council, were best placed to know the families and how support could best be given.\n",
    "In its report of 3 May, the cross-party Environment, Food and Rural Affairs Committee urged ministers to drop "
    "the plan to close the flood office, saying that drainage boards, which in the fens are run by farmers, knew "
    "the rivers best and should keep the money they had been given for the work.\n",
    "After a long debate, the Planning, Transport and Regeneration Department agreed that the bridge, which the "
    "county had built in the sixties, should be mended rather than replaced, as the cost of a new one would take "
    "most of the money set aside for the roads for the next five years.\n",
]


@pytest.mark.parametrize("text", NAMED_BODY)
def test_a_bodys_name_and_an_aside_are_no_list(text):
    found = _long(text)
    assert found, "the sentence is still long"
    assert all("things separated by commas" not in f.message for f in found), [f.message for f in found]


def test_a_real_list_beside_a_bodys_name_is_still_a_list():
    text = ("Over the coming year the Education, Skills and Culture Directorate will offer a free breakfast club in "
            "every primary school, extra reading help for pupils in year three, new bus passes for young carers, "
            "holiday lunches for families on low incomes and a summer reading scheme in each of the branch "
            "libraries across the county.\n")
    assert any("It lists 5 things separated by commas" in f.message for f in _long(text))

