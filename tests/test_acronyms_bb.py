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


# --- letters with a colon inside are one group (set BB ac11) -----------------------------------------------

def test_letters_with_a_colon_inside_are_defined_by_the_brackets_after_them():
    text = ("We work with groups such as QP:RS (Quiet People: Reading Stories) to run the interviews. "
            "Later QP:RS wrote to us about the results.")
    assert _findings(text) == []
    assert _findings(text, "acronym-defined-late") == []


def test_letters_with_a_colon_inside_undefined_are_reported_once_whole():
    found = _findings("We work with groups such as TZ:QB and others. The TZ:QB team met twice.")
    assert [f.text for f in found] == ["TZ:QB"]


@pytest.mark.parametrize("text,letters", [
    # a space after the colon: two things, each its own letters
    ("The board has two aims: QZR: to cut costs.", ["QZR"]),
    ("Owner: QZT. The plan is due in May.", ["QZT"]),
])
def test_letters_beside_a_colon_with_a_space_stay_apart(text, letters):
    assert [f.text for f in _findings(text)] == letters


# --- two names and two groups of letters joined by 'and' (set BB ac09) -------------------------------------

def _definitions(text):
    from plainlint.analysis import analyse
    from plainlint.checks import acronyms as A
    from plainlint.extract import extract

    s = A.survey(analyse(extract(text.encode(), "x.txt", {}, fmt="text")))
    return {k: [d.expansion for d in v] for k, v in s.definitions.items()}


def test_two_names_sharing_their_tail_define_two_groups_of_letters():
    text = ("The chairs work with quiet leads and safety nurses for road crossings (QLRCs and SNRCs) and the "
            "other members. The QLRCs meet monthly and the SNRCs report to them.")
    assert _definitions(text) == {"QLRC": ["quiet leads for road crossings"],
                                  "SNRC": ["safety nurses for road crossings"]}
    assert _findings(text) == []


def test_two_names_each_whole_define_two_groups_of_letters():
    text = "We asked the quiet zone board and the safety forum (QZB and SF) for their views. The QZB agreed."
    assert _definitions(text) == {"QZB": ["quiet zone board"], "SF": ["safety forum"]}


@pytest.mark.parametrize("text,letters", [
    # words that fit neither group: both are still asked for
    ("The chairs work with parents and carers (QPs and QCs) across the county.", ["QPs", "QCs"]),
    # the same letters twice in brackets, no words for them
    ("The county works with the QZB and QZT (QZB and QZT) on the plan.", ["QZB"]),
])
def test_two_groups_of_letters_the_words_do_not_fit_still_fire(text, letters):
    assert [f.text for f in _findings(text) if f.severity == "error"] == letters
