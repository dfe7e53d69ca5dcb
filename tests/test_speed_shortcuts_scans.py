"""Issue 15's speed shortcut: searches of a whole document's text that gave the regex engine no first
character to look for (a pattern starting with ``\\b`` or a look-ahead tries every position of the
text, several milliseconds per MB each) are written so that it has one, or done by ``str.find``.
Each is compared here with the search it replaces, on text of our own, the fixtures (and the
shared corpus where it is present) and text made by hypothesis.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.analysis import _YEAR_AT
from plainlint.checks.acronyms.check import _SPEAKS_AS, _speaks_as, _whole_word_in
from plainlint.checks.substitution import _FIRST_PERSON

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"

#: the searches as they were written before
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:we|our|us|ours|ourselves)\b", re.IGNORECASE)
_YEAR_AT_BEFORE = re.compile(r"(?=(?:19|20)\d\d)")

_OURS = [
    "We said our piece; the board told us. Ours is theirs, ourselves included. OUR plan, Us, WE.",
    "weather, fours, ourselve, usual, bus, sour, awe, owe, Sweden, we_, _we, we2, 2we, wé, éwe, we'll",
    "uſ, OURſ, ourſelves, wE, oUrS: we\u0301 and \u00e9we, \u0130we, we\u212a",
    "From 1999 to 2020, 192020, 20201, 1919, 2019a, 19\u0661\u0662, 20 20, x2000y, 120012, 2",
    "Kent and the people of Kent; Kentish, kent's, kent_, _kent, k\u00e9nt, KENT, Moorside, moorsides",
    "At QZT, we agreed. At QZB our staff met.\n  At QZC we did!\tAt Q, we no. At QZD,  ourselves",
    "Link to QZT\u2019s Strategic Mission:\nAt QZE, we met\nLinked to the QZF's Aims And Values :  \nLink to QZG's Aim:",
    "At QZA we. \t At QZB, our!  At QZC we?At QZD we\n\t\tAt QZE our .At QZF we\nAtQZG we\nLink  to QZH's Aim: \nLink",
]

_WORDS = ["kent", "moorside", "leeds", "we", "k\u00e9nt", "kent's", "kent.", "a+b", "k", "\u0131stanbul", "i\u0307"]


def _texts():
    out = list(_OURS)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.md"))[:40]]
    return out


def _same(text: str, words=()) -> None:
    assert [(m.span(), m.groups()) for m in _speaks_as(text)] == [(m.span(), m.groups()) for m in _SPEAKS_AS.finditer(text)]
    assert [m.span() for m in _FIRST_PERSON.finditer(text)] == [m.span() for m in _FIRST_PERSON_BEFORE.finditer(text)]
    assert bool(_FIRST_PERSON.search(text)) == bool(_FIRST_PERSON_BEFORE.search(text))
    assert [m.start() for m in _YEAR_AT.finditer(text)] == [m.start() for m in _YEAR_AT_BEFORE.finditer(text)]
    for w in words:
        try:
            before = re.search(r"\b" + w + r"\b", text) is not None
        except re.error:
            continue  # not a pattern: the helper's regex way raises as the old search did
        assert _whole_word_in(text, w) == before, (w, text[:80])


def test_the_searches_find_what_they_found_before():
    checked = 0
    for text in _texts():
        # words the text writes, in lower case: every 25th distinct one, 40 at most (the regex way takes time)
        words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)})[::25][:40]
        _same(text, words + _WORDS)
        checked += 1
    assert checked >= len(_OURS)


def test_they_find_things():
    # not a search that finds nothing on both sides: each finds what it is for
    assert len(list(_FIRST_PERSON.finditer(_OURS[0]))) == 8
    assert [m.start() for m in _YEAR_AT.finditer("in 1999 and 2020")] == [3, 12]
    assert [m.group(1) or m.group(2) for m in _speaks_as(_OURS[5])] == ["QZT", "QZB", "QZC"]  # (not "ourselves")
    assert [m.group(1) or m.group(2) for m in _speaks_as(_OURS[6])] == ["QZT", "QZF"]  # (QZG: its newline taken by the match before)
    assert [m.group(1) or m.group(2) for m in _speaks_as(_OURS[7])] == ["QZA", "QZB", "QZC", "QZE", "QZH"]
    assert _whole_word_in("the people of Kent.", "kent") is False
    assert _whole_word_in("the people of kent.", "kent") is True
    assert _whole_word_in("kentish kent_", "kent") is False
    assert _whole_word_in("a kentx here", "kent.") is True  # not letters: the regex's way ('.' any character)


_ALPHABET = "wWoOuUrRsSeElLvVkKnNtT \u017f\u0130\u0131\u212a\u00e9\u0301_'-.\n1290\u0661"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=6), max_size=4))
def test_same_on_made_text(text, words):
    _same(text, words + ["kent", "we", "our"])


_PIECES = ["At", "Link", "Linked", " to", " the", " QZT", " Q", "QZB", "\u2019s", "'s", " Strategic", " Mission",
           ":", ",", " we", " our", " ", "\t", "\n", ".", "!", "?", "x", "At QZT, we", "Link to QZT's Aim:\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_same_on_made_sentences(pieces):
    _same("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_same_on_any_text(text):
    _same(text, ["kent", "us"])



def _lost_bullet_breaks_before(doc, text: str) -> set:
    """_lost_bullet_breaks as it was written before: the word before each gap read from the whole text before it."""
    import bisect

    from plainlint.analysis import _LINE_CONTINUES, _LOST_BULLET, LOST_BULLETS

    gaps = [m.end() for m in _LOST_BULLET.finditer(text)
            if (text[:m.start()].rsplit(None, 1)[-1:] or [""])[0].lower() not in _LINE_CONTINUES]
    if len(gaps) < LOST_BULLETS:
        return set()
    starts = [t.idx for t in doc]
    out = set()
    for end in gaps:
        i = bisect.bisect_left(starts, end)
        if i < len(starts) and starts[i] == end:
            out.add(i)
    return out


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(["the", "of", "staffing", "Every", "school", "x" * 45, "y" * 39 + "the", "A",
                                 "  ", " ", "\u00a0 ", "1", "plan)", "%", "\n"]), max_size=40))
def test_lost_bullet_gaps_read_the_word_before_from_a_window(parts):
    # the word before each gap is read from a window of the text (_GAP_WORD_WINDOW characters), not the whole
    # text before it: the same breaks, since any word of _LINE_CONTINUES is shorter than the window
    from plainlint.analysis import _GAP_WORD_WINDOW, _LINE_CONTINUES, _lost_bullet_breaks, get_nlp

    assert max(map(len, _LINE_CONTINUES)) < _GAP_WORD_WINDOW
    text = "".join(parts)
    doc = get_nlp().make_doc(text)
    assert _lost_bullet_breaks(doc, text, None) == _lost_bullet_breaks_before(doc, text)


def _phrase_before(words):
    """The glossary meanings' phrase pattern as it was written before (acronyms.check._phrase_pattern)."""
    return re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b")


_PHRASES = [["community", "planning"], ["integrated", "care"], ["child", "protection"], ["safeguarding", "adults"],
            ["children's", "services"], ["a"], ["9", "to", "5"], ["_x", "y"], ["(a", "b"], ["é", "x"], ["+", "a"],
            ["\u0130", "x"], ["k", "kk"]]


def _same_phrases(text: str, phrases) -> None:
    from plainlint.checks.acronyms.check import _phrase_pattern

    for words in phrases:
        fast, slow = _phrase_pattern(words), _phrase_before(words)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], (words, text[:80])
        assert len(fast.findall(text)) == len(slow.findall(text))


def test_phrase_patterns_find_what_they_found_before():
    for text in _texts():
        low = text.lower()
        # phrases the text writes: every 40th pair of words, 30 at most, and the list above
        pairs = re.findall(r"(?=\b([a-z']+)\s+([a-z']+))", low)[::40][:30]
        _same_phrases(low, [list(p) for p in pairs] + _PHRASES)
    assert _phrase_before(["child", "protection"]).pattern != __import__(
        "plainlint.checks.acronyms.check", fromlist=["_phrase_pattern"])._phrase_pattern(["child", "protection"]).pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["community", "planning", "child", "protection", "a", "k", "kk", "9", "é", "_",
                                 "x", " ", "  ", "\n", "\t", ".", "(", "'", "-", "\u0301", "\u00a0"]), max_size=30))
def test_phrase_patterns_same_on_made_text(parts):
    _same_phrases("".join(parts), _PHRASES)


#: the acronym check's run of initials in brackets as it was written before (acronyms.check._INITIALS_RUN)
_INITIALS_RUN_BEFORE = re.compile(r"(?:\([ \t]*[A-Z][A-Za-z]{1,3}[ \t]*\)[ \t]*){3,}")
_INITIALS_TEXTS = ["Present: (MBe) (JG) (JBl) (NCO) (GA)", "(AB) (CD)", "(AB)(CD)(EF)", "( AB )\t(Cd) (EFGH) (IJKLM)",
                   "x (AB) (CD) (EF (GH) (IJ) (KL) (MN)", "((AB) (CD) (EF))", "(A) (BC) (DE) (FG)", "(ab) (CD) (EF) (GH)"]


def _same_initials_runs(text: str) -> None:
    from plainlint.checks.acronyms.check import _INITIALS_RUN

    assert [m.span() for m in _INITIALS_RUN.finditer(text)] == [m.span() for m in _INITIALS_RUN_BEFORE.finditer(text)]


def test_initials_runs_found_as_before():
    for text in _texts() + _INITIALS_TEXTS:
        _same_initials_runs(text)
    assert [m.group() for m in __import__("plainlint.checks.acronyms.check", fromlist=["x"])._INITIALS_RUN.finditer(
        _INITIALS_TEXTS[0])] == ["(MBe) (JG) (JBl) (NCO) (GA)"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "AB", "Cd", "EFG", "A", "abc", " ", "\t", "\n", "x", "(MB)", "(JG) "]),
                max_size=30))
def test_initials_runs_same_on_made_text(parts):
    _same_initials_runs("".join(parts))


#: pieces of pages that name people by spaced initials, and what could stand beside them
_SPACED_PIECES = ["Ms", "Mr", "Mrs", "Miss", "Dr", "Cllr", "Revd", "Rev", "Sr", "Sister", "Sis", ".", " ", "\t", "  ",
                  "\n", "Q", "Z", "A", "I", "Q.", "Marwood", "O'Dell", "Hill-Smith", "marwood", "x", "'", "\u2019",
                  "&", "_", "1", ",", "QZM", "\u00c9", "Mr.", "a"]


def _same_spaced_names(text: str) -> None:
    from plainlint.checks.acronyms.check import _SPACED_NAME, _spaced_names

    assert [(m.span(), m.groups()) for m in _spaced_names(text)] == \
        [(m.span(), m.groups()) for m in _SPACED_NAME.finditer(text)], text[:80]


def test_spaced_names_found_as_before():
    for text in _texts():
        _same_spaced_names(text)
    from plainlint.checks.acronyms.check import _spaced_initials_names, _spaced_names

    page = "Present: Ms Q Z Marwood (chair), Dr. A. Pell, x.Mr Q Lee, Q Z Y Hart and Q. Z. Marwood.\n"
    # "x.Mr": no title after a full stop, so "Q Lee" (one letter, no title: not kept); three capitals take two
    assert [m.group() for m in _spaced_names(page)] == ["Ms Q Z Marwood", "Dr. A. Pell", "Q Lee", "Z Y Hart",
                                                        "Q. Z. Marwood"]
    assert _spaced_initials_names(page) == {"QZM", "AP", "ZYH"}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPACED_PIECES), max_size=30))
def test_spaced_names_same_on_made_text(parts):
    _same_spaced_names("".join(parts))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="MrsDQZ. \t'&xa\u00c9", max_size=40))
def test_spaced_names_same_on_any_text(text):
    _same_spaced_names(text)


#: a report's section number flattened onto a line as it was written before (analysis._SECTION_NO), which is
#: only ever searched from a text's second character
_SECTION_NO_BEFORE = re.compile(r"(?:^|(?<=\s))[1-9][0-9]?\.[0-9]{1,2} +[A-Z]")


def _same_section_numbers(text: str) -> None:
    from plainlint.analysis import _SECTION_NO

    assert [m.span() for m in _SECTION_NO.finditer(text, 1)] == [m.span() for m in _SECTION_NO_BEFORE.finditer(text, 1)]
    assert bool(_SECTION_NO.search(text, 1)) == bool(_SECTION_NO_BEFORE.search(text, 1))


def test_section_numbers_found_as_before():
    for text in _texts():
        _same_section_numbers(text)
    _same_section_numbers(" 2.1 The board")
    from plainlint.analysis import _SECTION_NO

    assert [m.group() for m in _SECTION_NO.finditer("our customers 1.1 The Council\t2.12  That x3.4 A 0.1 B", 1)] \
        == ["1.1 T", "2.12  T"]
    assert _SECTION_NO.search(" 2.1 The", 1) is not None  # the space before it at the text's first character


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "12", "0", ".", "3.4", " ", "  ", "\t", "\n", "\u00a0", "The", "x", "A",
                                 "1.1 ", "a"]), max_size=20))
def test_section_numbers_same_on_made_text(parts):
    _same_section_numbers("".join(parts))


def test_letter_quote_shortcut():
    # sentence_shape.quotation_words asks _LETTER_QUOTE only where the sentence holds '‘' (it needs one)
    from plainlint.checks.sentence_shape import _LETTER_QUOTE

    for text in _texts() + ["o‘ the key strate’ies", "‘a’", "x ‘a’", "A‘", "\u00e9‘"]:
        for piece in [text] + text.split("\n"):
            assert ("‘" not in piece or not _LETTER_QUOTE.search(piece)) == (not _LETTER_QUOTE.search(piece))


#: a gap left by a lost bullet as it was written before (analysis._LOST_BULLET)
_LOST_BULLET_BEFORE = re.compile(r"(?<=[a-z0-9%)])[ \u00a0]{2,}(?=[A-Z][a-z]|A )")
_GAP_PIECES = ["staffing", "the", "1", "%", ")", "(", " ", "  ", "   ", "\u00a0", "\u00a0 ", "Every", "A ", "A", "Ab",
               "AB", "x", ".", "\t", "\n", "\u2028", "\u3000", "\x1c", "é"]


def _same_gaps(text: str) -> None:
    from plainlint.analysis import _LOST_BULLET, _SPACE_TOKEN_TEXT, may_hold_space_token

    assert [m.span() for m in _LOST_BULLET.finditer(text)] == [m.span() for m in _LOST_BULLET_BEFORE.finditer(text)]
    assert may_hold_space_token(text) == bool(_SPACE_TOKEN_TEXT.search(text)), repr(text[:80])


def test_gaps_and_space_tokens_found_as_before():
    for text in _texts():
        _same_gaps(text)
        for line in text.split("\n"):
            _same_gaps(line)
    from plainlint.analysis import _LOST_BULLET, may_hold_space_token

    assert [m.span() for m in _LOST_BULLET.finditer("made up of staffing  Every school\u00a0 A plan   x")] == [(19, 21), (33, 35)]
    assert [may_hold_space_token(t) for t in ["", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\n", "a\x1cb"]] == \
        [False, False, True, True, True, True, True, True, True]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=24))
def test_gaps_and_space_tokens_same_on_made_text(parts):
    _same_gaps("".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_space_tokens_same_on_any_text(text):
    _same_gaps(text)
