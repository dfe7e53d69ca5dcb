"""Units of measurement written with a small letter first: "25 dBHL", "40 dBA", "a 500 kVA supply".

A unit symbol is not letters to spell out, as "kg" and "mm" are not (set WX ac04, ac09, ac33, ac35, ac36, ac38:
hearing thresholds on GP referral pages, pedantic or wrong for both readers). :func:`acronym_form` takes a word of
a small letter then capitals ("dBHL", "kVA", also "mRNA", "eGFR") for letters, so the survey asks this module first
about any such word (a cheap test: the word's first character is a small letter).

A word of that shape is a unit where

- it follows a number straight away ("20 dBHL", "25–30 dBHL") and its small letter is one a unit begins with (a
  metric prefix, or the 'd' of the decibel); or
- it stands in a line that measures in such units elsewhere ("averaged at 4 kHz (or equivalent dBA where dBHL not
  available)", where a unit follows a number in the line, or is glued to it: "25-30dbHL", "4kHz"): a list of
  thresholds, whose other small-letter words are units too, a mistyped one included ("dNHL" for "dBHL", set WX
  ac14).

Never a unit: letters the document spells out, or that the glossary or the known list holds, and a small letter
no unit starts with ("eGFR", "iBCF").
"""

from __future__ import annotations

import re

#: a unit's first small letter: the metric prefixes (deci, centi, milli, micro, nano, pico, kilo, hecto) and 'd' for
#: the decibel (dB, dBA, dBHL)
_UNIT_LEADS = frozenset("dcmuμnpkh")
#: a number straight before a unit: "20", "0.5", "25–30", "1,000"
_NUMBER = re.compile(r"\d[\d.,]*(?:[–-]\d[\d.,]*)?\Z")
#: a unit after a number in the line: a word of a small letter or two then a capital ("kHz", "dBHL", "mmHg", "dB",
#: "mL"), alone or glued to its number ("4kHz", "30dbHL": a small 'b' too, as the writer typed it)
_UNIT_WORD = re.compile(r"[a-zμ]{1,3}[A-Z][A-Za-z]*\Z")
_GLUED_UNIT = re.compile(r"\d(?:[a-zμ]{1,3}[A-Z][A-Za-z]*|dbHL|db)\Z")


def _unit_after_number(texts: list, i: int) -> bool:
    """Is token ``i`` a unit word straight after a number (spaces between allowed, no line break)?"""
    j = i - 1
    while j >= 0 and texts[j].isspace() and "\n" not in texts[j]:
        j -= 1
    return j >= 0 and _NUMBER.match(texts[j]) is not None


def is_unit(base: str, texts: list, i: int, lo: int, hi: int) -> bool:
    """Is the acronym-shaped word ``base`` at token ``i`` (``texts`` the block's token texts, ``lo``..``hi`` its
    line) a unit of measurement? The caller has checked that the letters are not defined and not known."""
    if len(base) < 2 or base[0] not in _UNIT_LEADS or not base[1].isupper():
        return False
    if _unit_after_number(texts, i):
        return True
    # a line of thresholds: another unit after a number (or glued to one) in the same line
    for k in range(max(lo, 0), min(hi, len(texts))):
        if k == i:
            continue
        t = texts[k]
        if _GLUED_UNIT.search(t) or (_UNIT_WORD.match(t) and _unit_after_number(texts, k)):
            return True
    return False
