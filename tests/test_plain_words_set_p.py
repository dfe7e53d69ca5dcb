"""Plain words: the classes behind the independent reader's wrong verdicts on set P (our own sentences)."""

import pytest

from plainlint.api import check_text
from plainlint.config import Config


def _one(text, words):
    cfg = Config(select=["plain-words"], min_severity="suggestion")
    return [f.suggestions for f in check_text(text, cfg).findings if f.text.lower() == words]


@pytest.mark.parametrize("text,words,swap", [
    # set P pl24, pl47 (wrong): after 'prior to' a subject and its -ing verb need a clause after
    # 'before' ('before it is presented'); no swap, the writer rewrites
    ("Members scrutinise the report prior to it being presented to the board.", "prior to", []),
    ("Work may continue, prior to the plan being finalised in time.", "prior to", []),
    ("No payment is made prior to a decision being taken.", "prior to", []),
    ("Subsequent to the plan being agreed, the board met again.", "subsequent to", []),
    # a noun alone, or an -ing verb with no subject of its own, keeps the swap
    ("Read the guidance prior to the meeting.", "prior to", [["before"]]),
    ("The group met prior to being asked.", "prior to", [["before"]]),
    ("We met prior to the meeting, having read the papers.", "prior to", [["before"]]),
])
def test_a_subject_and_its_ing_verb_take_no_before(text, words, swap):
    got = _one(text, words)
    assert len(got) == 1
    assert got[0] == (swap[0] if swap else [])
