"""Step 1, shape: which tokens look like acronyms, and the small vocabularies the other steps share."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional
from ...wordlists import word_set

# ---------------------------------------------------------------------------------------
# Shape

_SHAPE = re.compile(r"[A-Z][A-Za-z0-9&]*\Z")
_NUM_SUFFIX = re.compile(r"-\d+\Z")  # COVID-19
_TWO_LOWER = re.compile(r"[a-z]{2}")
#: two capitals in one run of the characters an acronym is made of: every text holding a
#: token that :func:`acronym_form` accepts matches this (a cheap test before the tokens)
_CANDIDATE = re.compile(r"[A-Z][A-Za-z0-9&]*?[A-Z]")
#: runs of letters, for the document's words in lower case
#: (a whole word: not part of a web address or a code, as in "www.rnib.org.uk" or "1st")
_LETTERS = re.compile(r"(?<![\w./@:])[^\W\d_]+(?![\w@]|[./:]\w)")
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\Z")
_POSTCODE_OUT = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\Z")
_POSTCODE_IN = re.compile(r"[\dO][A-Z]{2}\Z")  # "LS11 0DL", or "ODL" when a 0 was read as O
_CODE_DIGITS = re.compile(r"\d{2}")  # "FQT79", "INDG479", "RH16": codes and postcodes
_TRAILING_DIGITS = re.compile(r"([A-Za-z&]+)\d+\Z")
_YEAR = re.compile(r"(1[89]|20)\d\d\Z")
_CODE_SUFFIX = re.compile(r"-\d{3,}\Z")  # "DEFRA-4341" in "RPC-DEFRA-4341"
_LOWER_PREFIX = re.compile(r"[a-z][A-Z][A-Z0-9&]+\Z")  # "ePCHR", "iBCF"
_MIXED = re.compile(r"[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\Z")
#: three or more capitals, then a capital and a small letter that make a short word: "VISIONTo", "SUMMARYIn"
_GLUED_OPENER = re.compile(r"(?<=[A-Z]{3})([A-Z][a-z]{1,4})\Z")


@lru_cache(maxsize=1 << 15)  # asked of the same words again and again; the answer is the text's
def acronym_form(text: str) -> Optional[tuple[str, bool]]:
    """``(base, plural)`` when a token's text has the shape of an acronym, else None.

    >>> acronym_form("CCGs")
    ('CCG', True)
    """
    t = text
    if len(t) > 2 and t.endswith("."):
        t = t[:-1]  # spaCy keeps the full stop of "A&E."
    t = _NUM_SUFFIX.sub("", t)
    if not _SHAPE.match(t):
        if not _LOWER_PREFIX.match(t):
            return None
        # a lower-case prefix before capitals: "ePCHR", "iBCF", "mRNA" (not "iPad": one capital)
    if t[:2] == "My" and t[2:3].isupper():
        # "MyCOPD", "MyHR": 'my' before letters is an app's or a service's name, as "myGP" is (set CC ac06); a
        # word in mixed case, an abbreviation only where the document spells it out (:func:`mixed_form`)
        return None
    plural = False
    if len(t) >= 3 and t[-1] == "s" and (t[-2].isupper() or t[-2].isdigit()):
        t, plural = t[:-1], True
    if t.endswith("&") or "&&" in t or _CODE_DIGITS.search(t):
        return None  # "INDG479", "FQT79": reference codes, not acronyms
    glued = _GLUED_OPENER.search(t)
    if glued is not None and glued.group(1).upper() in _SHOUTED:
        # a heading in capitals run into the next sentence's first word by a PDF's extraction ("VISIONTo deliver"):
        # two words, not letters to spell out (set KK ac22); a real abbreviation's small letters are no such word
        # ("SENDCo")
        return None
    upper = sum(1 for c in t if c.isupper())
    lower = sum(1 for c in t if c.islower())
    if upper < 2 or lower >= upper or _TWO_LOWER.search(t):
        return None
    return t, plural


@lru_cache(maxsize=1 << 12)
def mixed_form(text: str) -> Optional[str]:
    """A word in mixed case with two or more capitals that :func:`acronym_form` does not take:
    "PACSim", "eRedBook", "SystmOne". Such a word is an abbreviation only where the document
    spells it out (or plainlint's glossary knows it); otherwise it is taken for a product name."""
    t = text[:-1] if len(text) > 2 and text.endswith(".") else text
    if not _MIXED.match(t) or acronym_form(t) is not None:
        return None
    if sum(1 for c in t if c.isupper()) < 2:
        return None
    return t


def key_of(base: str) -> str:
    """Acronyms written with different capitals are the same acronym (DoLS, DOLS)."""
    return base.upper()


# ---------------------------------------------------------------------------------------
# Small vocabularies

#: words an expansion may skip (or take a letter from)
SMALL_WORDS = word_set("acronym-words.toml", "small-words")
#: words that often follow an organisation's initials without a letter: "... NHS Trust (LCH)"
_ORG_TAIL = word_set("acronym-words.toml", "org-tail")
#: capital words that are shouting, not acronyms (checked before the glossary)
_SHOUTED = frozenset("""
A AN AND ARE AS AT BE BUT BY CAN DO FOR GO HAS HAD HOW IF IN IS ITS MAY MY NEW NO NOR NOT NOW
OF ON ONE OR OUR OUT PER SO THE TO TWO UP VIA WAS WE WHY YES YOU ALL ANY GET KEY USE SEE OFF TOO
YET HER HIS SHE DAY AGE END TOP BIG SIX TEN WAY ONLY MUST WILL NEVER ALWAYS PLEASE NOTE
RED LOW OLD BAD HOT
""".split())
#: (the short words among them a rating is given in: "the RED risks", "LOW priority"; longer ones, AMBER, GREEN, HIGH,
#: are found with the pronouncing dictionary)
#: a word typed with the shift key held a letter too long: two capitals then one small letter ("THe", "LIz")
SHIFT_SLIP = re.compile(r"[A-Z]{2}[a-z]")
#: words after which a roman numeral is a number: "Annex IV", "Type II", "Parts II and III"
_NUMBERING = word_set("acronym-words.toml", "numbering")
_NUMERAL_JOIN = frozenset({"and", "to", "or", ",", "-", "–", "&"})
#: letters after a person's name, which the GOV.UK style guide says need no explaining
_POSTNOMINALS = word_set("acronym-words.toml", "post-nominals")
#: (the judges' letters after a name in a judgment or its press summary: "Lewison LJ", "Lord Reed PSC")
#: company endings: part of a name, not something to spell out
_COMPANY = frozenset({"LTD", "PLC", "LLP"})
#: product and organisation names that end in capitals: (word before, letters)
_PRODUCT_NAMES = frozenset({("power", "BI"), ("advance", "HE")})
#: a church school's name: "Davison CE High School", "St Joseph's RC Primary School"
_CHURCH_SCHOOL = frozenset({"CE", "RC", "CofE"})
_SCHOOL_WORDS = word_set("acronym-words.toml", "school-words")
#: units: "2.8 TWh", "5 GW"
_UNITS_ALWAYS = frozenset({"TWh", "GWh", "MWh", "MtCO2e", "CO2e", "tCO2e", "MtCO2", "ktCO2e"})
#: (after a number also international units of a vitamin or medicine, "400 IU", read as 'mg' and 'mcg' are, set ST
#: ac27; and electrical units, "11 KV", "5 MVA", "4 MWp")
_UNITS_AFTER_NUMBER = frozenset({"GW", "MW", "KW", "TW", "GB", "MB", "KB", "MHz", "GHz", "AM", "PM", "IU", "KV", "MVA",
                                 "KVA", "MWp"})
#: a decibel scale's reference written after "dB" ("25 dB HL", "30dB HL", "60 dB SPL"): part of the unit, hearing level or
#: sound pressure level, not letters to spell out (issue 17, session acr25)
_DECIBEL_SCALES = frozenset({"HL", "SPL", "SL", "HTL"})
#: hours after a clock time ("15:00 HRS", "0930 HR"); "HRS" after any number too ("24 HRS"), but "HR" only
#: after a time: after a plain number it is as often human resources ("3 HR advisers")
_HOURS = frozenset({"HRS", "HR"})
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\Z|(?:[01]\d|2[0-3])[0-5]\d\Z")
#: titles before a person's initials: "Mr AB", "Child CD"
_PERSON_TITLES = word_set("acronym-words.toml", "person-titles")
_QUOTES = frozenset("\"'“”‘’«»")
_OPEN = frozenset("([")
_CLOSE = {"(": ")", "[": "]"}
_STOP = frozenset({".", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "|", "•", "…"})
_SEPARATORS = frozenset({"–", "—", "-", ":", "=", "|", "−", "‒", "―"})
_BULLETS = frozenset({"•", "-", "*", "–", "—", "▪", "◦", "‣", "·", "o", ">"})
_DEFINING_BEFORE = (("known", "as"), ("referred", "to", "as"), ("called",), ("hereafter",),
                    ("abbreviated", "to"), ("abbreviated", "as"), ("shortened", "to"))
_DEFINING_AFTER = (("stands", "for"), ("stand", "for"), ("means",), ("is", "short", "for"),
                   ("is", "an", "abbreviation", "for"), ("refers", "to"))
_GLOSSARY_HEADING = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(appendix\s+\w+\W+)?"
    r"(glossary|abbreviations?|acronyms?|list of (abbreviations|acronyms|terms)|jargon buster|"
    r"key terms|terms used|terms and abbreviations|definitions and abbreviations|"
    r"acronyms and abbreviations|abbreviations and acronyms|glossary of terms)\b",
    re.IGNORECASE,
)


def _title(text: str) -> bool:
    """A capitalised word: 'Smith', 'Thomson'."""
    return len(text) > 1 and text[0].isupper() and text[1:].isalpha() and text[1:].islower()


def _norm_expansion(text: str) -> str:
    return " ".join(text.replace("\n", " ").split())
