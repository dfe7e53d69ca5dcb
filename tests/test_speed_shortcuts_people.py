"""Issue 15's speed shortcuts in the acronym check's searches of the whole page, done once a check:

- the index of people's names (``check._people_by_initials``): ``_PERSON_RUN`` opens with a look-behind, so
  ``finditer`` tried it at every position of the page; it is tried only where ``_PERSON_RUN_START`` finds a
  capital that can start a run (``check._person_runs``), and a run's words are its ``str.split()``;
- letters at the head of a nation's name (``check._heads_nation_name``): read only at the places before a
  nation's name (``check._nation_heads``, found once), not by a scan of the page for each set of letters.

Each is compared here with the way it was, on text of our own, the fixtures (and the shared corpus's Markdown
where it is present) and text made by hypothesis.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.checks.acronyms.check import (_NAME_TITLE, _PERSON_RUN, _TITLE_BEFORE, _heads_nation_name,
                                             _nation_heads, _people_by_initials, _person_runs)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _people_before(text: str) -> dict:
    """``_people_by_initials`` as it was written before: ``finditer`` over the page, each run's words by a search."""
    out: dict = {}
    for m in _PERSON_RUN.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", m.group())]
        for i in range(len(words) - 1):
            titled = words[i - 1][2].rstrip(".").lower() in _NAME_TITLE if i else bool(
                _TITLE_BEFORE.search(text, max(0, m.start() - 14), m.start()))
            if i and not titled:
                continue
            given = words[i:-1]
            surname = words[-1][2]
            lead = "".join(w[2][0] for w in given) + surname[0]
            start, end = m.start() + words[i][0], m.start() + words[-1][1]
            keys = [lead] + ([lead + surname.split("-")[1][0]] if "-" in surname else [])
            for key in keys:
                if 2 <= len(key) <= 4:
                    out.setdefault(key, []).append((start, end, titled))
    return out


class _Survey:
    people = None
    nation_heads = None


_PAGES = [
    "Apologies: Dr Karen Moore, Cllr K. Moore-Smith and Mr Q Z Marwood. Karen Moore, Director of Finance.",
    "Present: Tom Bell, Jo Reed (Head of Estates)\nChair: Ann O'Neil, Sam McLeod, Mrs Ann Lee-Hart\tDr.  Pat Hill",
    "x.Karen Moore, 'Jo Reed, -Jo Reed, &Jo Reed, jo Reed, J. Reed, J Reed, JReed, The Council, A Good start",
    "Rev Dr Q Z Y A Marwood-Hart; Mr Dr Mrs Ms Jo Reed; Jo  \t Reed\nReed; Professor Ann Dee MacDonald Ltd",
    "\u00c9mile Zola, Ren\u00e9 Moore, \u2019Jo Reed, Jo Reed\u2019s post, Jo O\u2019Neil, Jo McX, Jo Mc, K. Mo-Re",
]

_PIECES = ["Dr ", "Cllr. ", "Karen ", "K. ", "K ", "Moore", "Moore-Smith", "McLeod", "O'Neil", "O\u2019Neil", " ", "\t",
           "\n", ", ", ".", "-", "&", "'", "x", "the ", "Mr", "A", "Ab", "Q", "Z", "\u00c9"]


def _texts():
    out = list(_PAGES)
    for folder in (ROOT / "fixtures", CORPUS):
        if folder.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.md"))[:40]]
    return out


def _same(text: str) -> None:
    assert [(m.span(), m.group()) for m in _person_runs(text)] == \
        [(m.span(), m.group()) for m in _PERSON_RUN.finditer(text)], text[:80]
    assert _people_by_initials(text, _Survey()) == _people_before(text), text[:80]


def test_people_found_as_before():
    for text in _texts():
        _same(text)


def test_they_find_people():
    got = _people_by_initials(_PAGES[0], _Survey())
    assert set(got) >= {"KM", "KMS", "QZM"}
    assert any(titled for _a, _b, titled in got["KM"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_same_on_made_text(parts):
    _same("".join(parts))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="DrKMoe.Q \t'&-xa\u00c9\u2019", max_size=40))
def test_same_on_any_text(text):
    _same(text)


_NATION_PAGES = [
    "QZF Scotland, QZF  Wales, (QZA\tCymru), xQZB UK, QZC UKR, QZD Northern \t Ireland, QZE Northern Irel",
    "QZG" + " " * 20 + "Scotland. QZH" + " " * 16 + "Scotlandia; QZJ" + " " * 30 + "UK. A&E Scotland, A&A&A Wales",
    "QZQZQZ UK; ZQZ Wales; QZ:IC Cymru; 2QZ UK; _QZ UK; \u00e9QZ UK; QZ\u00e9 UK; QZ\nUK; QZ\u00a0UK; UK UK; QZ UKUK",
]
_LETTERS = ["QZF", "QZA", "QZB", "QZC", "QZD", "QZE", "QZG", "QZH", "QZJ", "A&E", "A&A", "QZ", "ZQZ", "QZQZ", "QZ:IC",
            "UK", "Q", "QZ\u00e9", "NHS", "ICB"]


def _same_nations(text: str, letters=_LETTERS) -> None:
    heads = _nation_heads(text, _Survey())
    for w in letters:
        assert _heads_nation_name(text, w, heads) == _heads_nation_name(text, w), (w, text[:80])


def test_nation_heads_found_as_before():
    for text in _NATION_PAGES + _texts():
        _same_nations(text)
    page = _NATION_PAGES[0] + " " + _NATION_PAGES[1]
    assert [w for w in _LETTERS if _heads_nation_name(page, w, _nation_heads(page, _Survey()))] == \
        ["QZF", "QZA", "QZD", "QZH", "A&E"]  # (QZH: "Scotland" ends the window; A&A is found inside A&A&A)


_NATION_PIECES = ["QZ", "Q", "Z", "UK", "Wales", "Scotland", "Northern", "Ireland", "Cymru", " ", "\t", "\n", "&", ":",
                  "x", "2", "_", "(", "\u00e9", "ia"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NATION_PIECES), max_size=30))
def test_nation_heads_same_on_made_text(parts):
    _same_nations("".join(parts), ["QZ", "Q", "Z", "QZQZ", "Q&Z", "QZ:Z", "UK", "ZQ", "QZ\u00e9"])
