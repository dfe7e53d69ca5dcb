"""Issue 15's speed shortcut in reading the hyphenation patterns (metrics.Hyphenation.lines):
every step over the file's lines done in C by ``map``, and the letters of the kept lines read
by deleting the digits from their UTF-8 bytes at once. The result is the same dict, in the
same order, as reading the file line by line: on every patterns file pyphen ships that our
reader takes, and on files of our own made to reach each branch (comments, blank lines,
lines with only zeros, the same letters twice, letters beyond ASCII, another encoding)."""

from __future__ import annotations

import re

import pyphen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainlint.metrics import _HYPH_IGNORED, _HYPH_NONZERO, _HYPH_UNUSUAL, Hyphenation

_DIGITS = str.maketrans("", "", "0123456789")


def _slow(path) -> dict:
    """The file read line by line, as Hyphenation.lines did."""
    from pathlib import Path

    raw = Path(path).read_bytes()
    first, _, rest = raw.partition(b"\n")
    encoding = first.decode("ascii", "replace").strip() or "utf-8"
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    text = rest.decode(encoding)
    if "^^" in text or _HYPH_UNUSUAL.search(text):
        raise ValueError(f"{path}: needs pyphen's full reader")
    out = {}
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith(_HYPH_IGNORED) or not _HYPH_NONZERO.search(line):
            continue
        out[line.translate(_DIGITS)] = line
    return out


def _same(path) -> bool:
    try:
        slow = _slow(path)
    except ValueError:
        with pytest.raises(ValueError):
            Hyphenation.lines(path)
        return False
    fast = Hyphenation.lines(path)
    assert list(fast.items()) == list(slow.items()), path
    return True


def test_every_english_patterns_file_reads_the_same():
    paths = [p for k, p in sorted(pyphen.LANGUAGES.items()) if k.startswith("en")]
    assert paths and all(_same(p) for p in paths)


def test_every_patterns_file_pyphen_ships_reads_the_same():
    assert sum(_same(p) for _k, p in sorted(pyphen.LANGUAGES.items())) >= 10


def test_a_file_of_our_own_reads_the_same(tmp_path):
    path = tmp_path / "hyph_xx.dic"
    body = ("ISO8859-1\nLEFTHYPHENMIN 2\n% a comment 1\n\n  .ab4i  \nb0c0\n1ca\n"
            "ex1am\n#x1y\nex3am\n\u00e9l2\u00e8ve\r\n   \nz1\n")
    path.write_bytes(body.encode("latin-1"))
    assert _same(path)
    assert Hyphenation.lines(path) == {".abi": ".ab4i", "ca": "1ca", "exam": "ex3am", "\u00e9l\u00e8ve": "\u00e9l2\u00e8ve",
                                       "z": "z1"}
    empty = tmp_path / "hyph_yy.dic"
    empty.write_bytes(b"UTF-8\n% nothing\n")
    assert _same(empty) and Hyphenation.lines(empty) == {}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="ab.\u00e9\u00df0123 %#\t\r", max_size=8), max_size=30))
def test_made_up_files_read_the_same(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("h") / "hyph_zz.dic"
    path.write_bytes(("UTF-8\n" + "\n".join(lines)).encode("utf-8"))
    _same(path)


def test_no_line_keeps_a_digit():
    p = pyphen.LANGUAGES[pyphen.language_fallback("en_GB")]
    assert not any(re.search(r"\d", k) for k in Hyphenation.lines(p))
