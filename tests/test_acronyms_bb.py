"""Shapes met on set BB's unseen pages, in our own sentences: each class made safe in general, with sentences
of the same shape where a finding must still be made."""

import pytest
from plainlint.api import check_text
from plainlint.config import Config


def _findings(text, rule="acronym-undefined"):
    result = check_text(text, Config(select=["acronyms"]), fmt="text", name="x.txt")
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule == rule]


# --- a firm's or a brand's letters that are its name (set BB ac14, ac26) -----------------------------------------

@pytest.mark.parametrize("text", [
    "The committee received a report from BDO on the grant claims for the year.",
    "The programme director said that BT had planned the roll out to keep costs down.",
    "The trust asked PwC to review its financial plan before the spring.",
    "A film crew from ITV visited the new school in March.",
])
def test_a_firms_own_letters_are_not_asked_to_be_spelled_out(text):
    assert _findings(text) == []


@pytest.mark.parametrize("text,letters", [
    # a public body's letters in the same shapes still fire
    ("The committee received a report from QZB on the grant claims for the year.", "QZB"),
    ("The programme director said that QT had planned the roll out to keep costs down.", "QT"),
    ("The trust asked the QZSB to review its financial plan before the spring.", "QZSB"),
])
def test_a_bodys_letters_in_the_same_shape_still_fire(text, letters):
    assert [f.text for f in _findings(text)] == [letters]


# --- a known firm's letters mistyped (set BB ac16) -----------------------------------------------------------

def test_a_known_firms_letters_with_two_swapped_ask_did_you_mean():
    found = _findings("Working alongside KMPG we supported each region's plan.")
    assert len(found) == 1
    assert "did you mean 'KPMG'" in found[0].message
    assert found[0].suggestions == ["KPMG"]


@pytest.mark.parametrize("text", [
    # two swaps away, or not side by side: letters of their own
    "Working alongside KGMP we supported each region's plan.",
    # used three times: the writer means these letters
    "Working alongside KMPG we supported the plan. KMPG wrote it. KMPG checked it.",
])
def test_letters_not_a_slip_of_a_known_name_are_asked_to_be_spelled_out(text):
    found = _findings(text)
    assert found and "did you mean" not in found[0].message
