"""The word lists' test for a declaration's standing wording (substitution._declaration_formula)
is asked only in blocks that hold one of its words (substitution._DECLARATION_HINT, one search
per block): every match of the full pattern, in any window of a block's text, holds a match of
the hint, so no block the hint passes over could have given a match."""

from __future__ import annotations

import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import plainlint.checks.substitution as S
from plainlint.api import check_text
from plainlint.config import Config

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

# pieces of our own, with the letters that match others under IGNORECASE (the long s, the
# Kelvin sign, the dotted and dotless i) and the marks the pattern stops at
_PIECES = ["declare", "Declared", "DECLARATIONS", "declaring", "declaration", "interest", "interests",
           "whip", "party", "Whips", "minutes", "MINUTES", "were", "made", "received", "taken as read",
           "signed as correct", "delegated its powers", "To", "to", "TO", "receive", "note", "consider",
           "procedure rules", "standing order", "section", "regulation", "12", "7", ".", ";", ",", " ",
           "  ", "\n", "ſ", "\u212a", "\u0130", "\u0131", "the", "any", "of", "in", "members", "item"]


def _hint_holds(text: str, lo: int, hi: int) -> bool:
    """Where the full pattern matches in text[lo:hi] (as _declaration_formula searches it), the
    hint matches somewhere in the text."""
    return S._DECLARATION.search(text, lo, hi) is None or S._DECLARATION_HINT.search(text) is not None


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30), st.integers(0, 400), st.integers(0, 400))
def test_every_match_of_the_declaration_pattern_holds_the_hint(pieces, lo, hi):
    text = " ".join(pieces)
    assert _hint_holds(text, min(lo, len(text)), min(hi, len(text)))


@settings(max_examples=500, deadline=None)
@given(st.text(min_size=1, max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_any_text_any_window(text, lo, hi):
    assert _hint_holds(text, lo, hi)


def test_the_hint_is_a_real_test():
    # not a pattern that passes every block: most sentences hold none of its words
    assert S._DECLARATION_HINT.search("The council will work with residents in relation to the plan.") is None
    assert S._DECLARATION_HINT.search("Members declared no interests in relation to the item.")
    assert S._DECLARATION_HINT.search("To receive petitions under Procedure Rule 12.")
    assert not S._DECLARATION_HINT.search("to receive petitions under Procedure Rule 12.")  # the 'To' of an item


def test_corpus_windows():
    """Every window the check could search (around each word) in the corpus's Markdown
    documents: where the full pattern matches, the block's hint does too (skipped without
    the corpus)."""
    files = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []
    if not files:
        import pytest

        pytest.skip("no corpus")
    rng = random.Random(15)
    seen = 0
    for path in files:
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8", errors="replace")):
            if S._DECLARATION.search(para):
                for m in list(re.finditer(r"\w+", para))[:200]:
                    a = max(para.rfind(". ", 0, m.start()), para.rfind("\n", 0, m.start()), m.start() - 120)
                    b = para.find(". ", m.end())
                    b = min(len(para) if b < 0 else b, m.end() + 60)
                    assert _hint_holds(para, max(a + 1, 0), b)
                    seen += 1
            elif rng.random() < 0.2:
                assert _hint_holds(para, 0, len(para))
    assert seen


def test_findings_equal_without_the_hint(monkeypatch):
    """The word lists' findings on text with and without a declaration's wording are the same
    whether or not the hint stands in front of the full test."""
    text = ("Declarations of interest\n\nMembers were asked to declare any interests in relation to "
            "items on the agenda. Councillor Jones declared an interest in relation to item 4.\n\n"
            "To receive petitions in accordance with Procedure Rule 12 in relation to the budget.\n\n"
            "The minutes of the meeting, in respect of which the Board had delegated its powers, "
            "were taken as read.\n\n"
            "The service will utilise the funding in relation to the new plan in order to commence "
            "work. We will endeavour to facilitate a dialogue with stakeholders.\n")
    cfg = Config()

    def findings():
        return [(f.rule, f.start, f.end, f.severity, f.message, tuple(f.suggestions))
                for f in check_text(text, cfg, name="t.txt").findings]

    fast = findings()
    monkeypatch.setattr(S, "_DECLARATION_HINT", re.compile(""))  # passes every block: the slow way
    slow = findings()
    assert fast == slow
    # the declaration's wording is capped at a suggestion, the writer's own is not
    in_relation = [(text[s:e], text.rfind("\n", 0, s), sev) for _r, s, e, sev, _m, _x in fast
                   if text[s:e].lower() == "in relation to"]
    assert {sev for _t, line, sev in in_relation if line < text.find("To receive")} == {"suggestion"}
    assert any(sev != "suggestion" for _t, line, sev in in_relation if line > text.find("were taken"))
