"""Page furniture: the lines a page shows that are not running prose.

A web page or a record copied to text keeps its furniture: a link's or a button's label
('Read more', 'Download the PDF (2MB)'), a line of fields ('Posted by: ... Posted on: ...
Categories: ...'), a date and venue line above a meeting's notes ('Wednesday 3 May 2023 Room 4,
Town Hall.'), a breadcrumb ('Home > Council > Planning'). Read as prose, each was a 'sentence' a
rule judged. The extractors make such a line a block of kind ``furniture``
(:func:`furniture_line`, asked by ``DocumentBuilder`` of every one-line paragraph or heading,
whatever the format); every rule's ``scopes`` leaves that kind out, so the engine drops findings
in it, and the readability figures do not count it. A note in brackets after a link's words inside
a sentence ('(opens in a new window)') is left out of the block's text (:func:`cut_link_notes`,
text and Markdown, where the source map keeps every offset right). The signs are general ones
(no end mark, a label's opening words, fields, a date's shape, the words' capitals), never one
page's words; acronyms are still read from furniture for their definitions.
"""

from __future__ import annotations

import re

from .wordlists import word_set, word_tuple

#: the block kind of page furniture (document.BLOCK_KINDS)
KIND = "furniture"

_LINK_OPENERS = tuple(word_tuple("sentence-words.toml", "furniture-link-openers"))
# an opener as whole words ('Download the plan', not 'Downloaded files are ...')
_LINK_OPENER = re.compile("(?:" + "|".join(sorted(map(re.escape, _LINK_OPENERS), key=len, reverse=True)) + r")(?![\w'’-])")
_LINK_NOTES = word_tuple("sentence-words.toml", "furniture-link-notes")
_LINK_NOTE = re.compile(
    r"\((?:" + "|".join(sorted(map(re.escape, _LINK_NOTES), key=len, reverse=True)) + r")\)",
    re.IGNORECASE,
)
_DATE_WORDS = word_set("sentence-words.toml", "months-and-days")
_DAYS = frozenset(w for w in _DATE_WORDS if w.endswith("day"))
_MONTHS = tuple(_DATE_WORDS - _DAYS)
# a date line's start, found in one test: a day's name, or a day's number and a word with a capital
_DATE_START = re.compile(r"(?:(?i:" + "|".join(sorted(_DAYS)) + r"),?\s|\d{1,2}(?:st|nd|rd|th)?,?\s+[A-Z])")
#: the longest date and place line, in characters (twelve words at most)
_DATE_CHARS = 120
#: the first characters of the link labels, in either case and after a bracket
_OPENER_FIRSTS = frozenset("(" + "".join(w[0] + w[0].upper() for w in _LINK_OPENERS))
#: the small words a title or a date and place line may hold in lower case ('at', 'of', 'and')
_SMALL = word_set("sentence-words.toml", "title-before") | {"am", "pm", "a.m.", "p.m."}
# a file's type and size as a link's label gives them: 'PDF 279 KB', 'PDF (2MB)', 'Word, 45kb'
_FILE_SIZE = re.compile(r"\b(?:PDF|DOCX?|XLSX?|ODT|CSV|Word)\b\W{0,3}(?:[A-Za-z]+\W{1,3}){0,2}\d[\d.,]*\s?[KkMm][Bb]\b")
# a field's label: one to three words, the first with a capital, then a colon ('Posted by:', 'Tel:')
_FIELD_LABEL = re.compile(r"(?:^|(?<=[\s,;|(–-]))[A-Z][a-z]+(?: [a-z]+){0,2}:(?=\s|$)")
_FIELD_WORDS = word_set("sentence-words.toml", "metadata-labels") | word_set("sentence-words.toml", "furniture-field-labels")
_CRUMB = re.compile(r"\s[>›»]\s")
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?$")
_ENDS = (".", "!", "?")
#: the longest line read as furniture, in characters: longer lines are prose or left alone
_MOST_CHARS = 200


def furniture_line(text: str) -> bool:
    """Is this one-line block page furniture, not running prose? A link's label (opening with
    one of [furniture-link-openers], or a file's type and size, ten or fifteen words at most, no
    full stop), two fields or more ('Label: value'), the line opening with one, with no full stop
    (a sentence that ends with a label, '... seconded by Cllr A Lee: Motion:', opens with none),
    a date and place line (:func:`_date_line`) or a breadcrumb (three parts or more between '>',
    '›' or '»'). Each test is tried only where a test of a character or two found it could hold
    (most lines end with a full stop and open with no date: a test of the end and one match)."""
    s = text  # (a block's text: stripped by the builder)
    if s.endswith(_ENDS):  # most lines: only a date line ends with a full stop
        return s[-1] == "." and len(s) <= _DATE_CHARS and _DATE_START.match(s) is not None and _date_line(s)
    if not s or len(s) > _MOST_CHARS or "\n" in s:
        return False
    if s[0] in _OPENER_FIRSTS:
        low = s.lower().lstrip("(")
        if _LINK_OPENER.match(low) and len(s.split(None, 10)) <= 10 and _LINK_CUT.match(low) is None:
            return True
    if ("KB" in s or "MB" in s or "kb" in s or "Kb" in s or "mb" in s) and len(s.split(None, 15)) <= 15 \
            and _FILE_SIZE.search(s):
        return True
    if ":" in s and _FIELD_LABEL.match(s) and len(s.split(None, 30)) <= 30 and _fields(s):
        return True
    if ("> " in s or "›" in s or "»" in s) and _breadcrumb(s):
        return True
    return len(s) <= _DATE_CHARS and _DATE_START.match(s) is not None and _date_line(s)


# 'Download' as a verb with a subject or object that makes a sentence of it is still read:
# 'Download the form, fill it in and ...' has a comma; a label has none
_LINK_CUT = re.compile(r"[^,;]*[,;]")


def _fields(s: str) -> bool:
    """Is the line two fields or more, one of them with a field's label ([metadata-labels],
    [furniture-field-labels]) or with no value ('Posted by: , Posted on: - Categories: ...')? Two
    labels of other words ('Thriving communities: tackling ... Getting active: ...') are a list of
    themes run together, whose words are still read."""
    found = list(_FIELD_LABEL.finditer(s))
    if len(found) < 2:
        return False
    for k, m in enumerate(found):
        if m.group()[:-1].lower() in _FIELD_WORDS:
            return True
        value = s[m.end():found[k + 1].start() if k + 1 < len(found) else len(s)]
        if not any(c.isalnum() for c in value):
            return True
    return False


def _breadcrumb(s: str) -> bool:
    parts = _CRUMB.split(s)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 6 for p in parts)


def _date_line(s: str) -> bool:
    """A date, and a time or a place, on a line of its own ('Wednesday 3 May 2023 Room 4, Town Hall.',
    '12 June 2024 at 6pm'): it opens with a day's name, or a day's number and a month, every word
    has a capital or a figure or is a small word ('at', 'of'), and it has twelve words at most. A
    sentence that opens with a date has words in lower case ('Monday 3 May is a bank holiday.')."""
    words = s.rstrip(".").split()
    if not 2 <= len(words) <= 12:
        return False
    first = words[0].rstrip(",").lower()
    if first in _DAYS:
        pass
    elif _DAY_NUMBER.match(first) and words[1].lower().startswith(_MONTHS):
        pass
    else:
        return False
    for w in words:
        c = w[:1]
        if not (c.isupper() or c.isdigit() or not c.isalnum() or w.rstrip(",.;:").lower() in _SMALL):
            return False
    return True


def may_hold_link_note(source: str) -> bool:
    """Could the source hold a link note at all (one search of the whole text: most hold none)?"""
    return _LINK_NOTE.search(source) is not None


def cut_link_notes(text: str, src):
    """The pieces of a line with each link note in brackets ('(opens in a new window)') left out, as
    (text, source offset) pairs; None when it has none (most lines)."""
    if "(" not in text:
        return None
    found = list(_LINK_NOTE.finditer(text))
    if not found:
        return None
    pieces = []
    at = 0
    for m in found:
        cut = m.start() - 1 if m.start() > at and text[m.start() - 1] == " " else m.start()  # and the space before
        if cut > at:
            pieces.append((text[at:cut], None if src is None else src + at))
        at = m.end()
    if at < len(text):
        pieces.append((text[at:], None if src is None else src + at))
    return pieces
