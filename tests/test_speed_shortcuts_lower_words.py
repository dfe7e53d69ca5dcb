"""Issue 15: the acronym check's ``_lower_words_before`` compiles its pattern for the letters only where
``_initials_may_follow`` (the pieces' initials between white space) says that words it keeps may be there;
the test cannot miss: against the pattern itself on any text, and the function with and without it."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import analyse
from plainlint.config import Config
from plainlint.extract import extract

survey_mod = importlib.import_module("plainlint.checks.acronyms.survey")
check_mod = importlib.import_module("plainlint.checks.acronyms.check")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

_KEYS = ["CY", "CYP", "CAP", "PB", "AFO", "YPC", "MHS", "SEND", "ICSAB", "AA"]
# words of those letters (capitalised, in brackets, hyphened, joined to a mark), joining words, small words, and
# characters the pattern's \b and [a-z] turn on; between them white space of every kind str.split and \s know,
# or nothing
_WORDS = st.sampled_from(["children", "Children", "(children", "non-children", "young", "Young", "people", "people's",
                          "peopleX", "care", "and", "And", "for", "of", "of.", "planning", "budgeting", "Pb", "a", "the",
                          "is", "young_", "youngé", "ément", "abc", "send", "services", "health", "mental", "adults",
                          "integrated", "safeguarding", "o", "ye", ",", "-", "1", "É", "\u0130", "\u212a", "K", "S"])
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2028", "\x1c", "\u3000", ""])
_TEXTS = st.lists(st.tuples(_WORDS, _GAPS), max_size=14).map(lambda pairs: "".join(w + g for w, g in pairs))


def _letters_words(key: str):
    """Words that start with the letters of ``key`` in either case, whole or with a mark, beside the others."""
    own = [w for c in key for w in (c.lower() + "ab", c + "ab", c.lower() + "ay's", "(" + c.lower() + "ab",
                                     "x-" + c.lower() + "ab", c.lower() + "abX", c.lower() + "ab1")]
    return st.one_of(st.sampled_from(own + ["and", "for", "of"]), _WORDS)


_KEYED = st.sampled_from(_KEYS).flatmap(lambda key: st.tuples(st.just(key), st.lists(
    st.tuples(_letters_words(key), _GAPS), max_size=14).map(lambda pairs: "".join(w + g for w, g in pairs))))


def _kept_by_the_pattern(window: str, key: str) -> bool:
    """Whether ``_lower_words_before``'s pattern finds, in ``window``, words it keeps (one word for each letter,
    no joining or small word among them, the last in lower case): the way it was, with no test first."""
    pattern = re.compile(r"\b" + check_mod._JOINED_GAP.join(rf"[{c}{c.lower()}][a-z]+" for c in key) + r"\b")
    for m in pattern.finditer(window):
        words = [w for w in m.group().split() if w.lower() not in check_mod._JOINERS]
        if len(words) == len(key) and not any(w.lower() in check_mod.SMALL_WORDS for w in words) and \
                words[-1].islower():
            return True
    return False


@settings(max_examples=1500, deadline=None)
@given(_TEXTS, st.sampled_from(_KEYS))
def test_the_initials_test_never_misses_words_the_pattern_keeps(window, key):
    if _kept_by_the_pattern(window, key):
        assert check_mod._initials_may_follow(window, key[1:].lower())


@settings(max_examples=1500, deadline=None)
@given(_KEYED)
def test_the_initials_test_never_misses_words_of_the_letters(keyed):
    key, window = keyed
    if _kept_by_the_pattern(window, key):
        assert check_mod._initials_may_follow(window, key[1:].lower())


def test_the_initials_test_on_words_it_must_let_through():
    for window, key in [("children and young people", "CYP"), ("(children and young people", "CYP"),
                        ("Participatory  budgeting\n", "PB"), ("children\u00a0young\u2028people's", "CYP"),
                        ("mental health for services", "MHS")]:
        assert _kept_by_the_pattern(window, key), window
        assert check_mod._initials_may_follow(window, key[1:].lower()), window
    assert not check_mod._initials_may_follow("children and older people", "yp")


# -- _prefixed_name: its pattern compiled only where the letters before the name's words have white space after them

_HEAD_PIECES = st.sampled_from(["NHS", "NHSN", "QZ", "QZW", "QZWE", "West", "Essex", "Norfolk", "N", "W", "E", "x",
                                "_", "1", "é", " ", "\t", "\n", "\u00a0", "\u2028", "\x1c", "(", "-"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_HEAD_PIECES, max_size=16).map("".join), st.sampled_from(["NHS", "QZ", "QZW", "NHSN"]),
       st.integers(0, 20), st.integers(0, 80))
def test_spaced_after_never_misses_a_match_of_the_pattern(text, head, lo, hi):
    pattern = re.compile(rf"\b{head}\s+[A-Z][a-z]+\b")
    if pattern.search(text, lo, hi) is not None:
        assert check_mod._spaced_after(text, head, lo, hi)
    # and where it says yes, the letters are there with white space after them
    if check_mod._spaced_after(text, head, lo, hi):
        assert re.search(re.escape(head) + r"\s", text[lo:hi]) is not None


_MADE_UP = """# Evaluation of participatory budgeting in Quayshire

Children and young people told us what they need. We asked children and young people in every ward.

The PB pilot ran for a year, and the CYP panel met monthly. Mental health services for adults
were reviewed; mental health services changed. The MHS team, the AFO and the SEND board replied.
"""


def _documents():
    cfg = Config()
    texts = [_MADE_UP] + ([p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.glob("*.md"))]
                          if CORPUS.is_dir() else [])
    for text in texts:
        yield analyse(extract(text.encode(), "t.md", cfg.extract_options()), model=cfg.model)


def test_lower_words_before_the_same_with_the_initials_test_and_without(monkeypatch):
    found = asked = 0
    for analysed in _documents():
        s = survey_mod.survey(analysed)
        for occ in s.occurrences:
            defs = [(d.start, d.end) for d in s.definitions.get(occ.key, ())]
            fast = check_mod._lower_words_before(analysed, occ, defs)
            with monkeypatch.context() as m:
                m.setattr(check_mod, "_initials_may_follow", lambda window, rest: True)
                slow = check_mod._lower_words_before(analysed, occ, defs)
            assert fast == slow, (occ.text, occ.start)
            asked += 1
            found += fast is not None
    assert asked > 1000 and found >= 2


def test_prefixed_name_the_same_with_the_test_and_without(monkeypatch):
    found = asked = 0
    texts = ["NHS Norfolk met in March. The NHSN board agreed.", "QZ West Essex is new; QZWE said so.",
             "Our NHSN team (NHS\tNorfolk) and QZWE."]
    cfg = Config()
    docs = list(_documents()) + [analyse(extract(t.encode(), "t.md", cfg.extract_options()), model=cfg.model)
                                 for t in texts]
    for analysed in docs:
        s = survey_mod.survey(analysed)
        for occ in s.occurrences:
            defs = [(d.start, d.end) for d in s.definitions.get(occ.key, ())]
            fast = check_mod._prefixed_name(analysed, occ, defs)
            with monkeypatch.context() as m:
                m.setattr(check_mod, "_spaced_after", lambda *args: True)
                slow = check_mod._prefixed_name(analysed, occ, defs)
            assert fast == slow, (occ.text, occ.start)
            asked += 1
            found += fast is not None
    assert asked > 1000 and found >= 3
