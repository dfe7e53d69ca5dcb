"""Text helpers: cleaning a line's text, list markers, and words hyphenated at a line end."""

from __future__ import annotations

import re
from collections import Counter
from ...wordlists import word_set

_BULLETS = "•●▪■◦‣⁃➢►▶✓✔✗○◆◇❖➤→·∙‧*–—-"
_MARKER = re.compile(
    r"^(?:[" + re.escape(_BULLETS) + r"\uf000-\uf8ff]|o(?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s)"
    r"|\([A-Z]\)|\([ivxlIVXL]{1,6}\)|[ivx]{1,5}[.)](?=\s))\s*"
)
_MARKER_ONLY = re.compile(
    r"^(?:[" + re.escape(_BULLETS) + r"\uf000-\uf8ff]|o|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([A-Z]\)"
    r"|\([ivxlIVXL]{1,6}\)|[ivx]{1,5}[.)])$"
)
_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\t": " ", "\r": " ", "\n": " ", "\x0c": " ", "\x0b": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\x00": "",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
})
_SPACES = re.compile(r"\s{2,}")
_PUA = re.compile(r"[\ue000-\uf8ff]")
_BOLD = re.compile(r"bold|black|heavy|demi|semibold|extrabold|ultrabold|[-,_ ]bd(?:it)?\b", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|p\.?|tudalen)\s*)?[-–(]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–)]?"
    r"(?:\s*(?:of|/|o)\s*\d{1,4})?$", re.I
)
_DIGITS = re.compile(r"\d+")
_PAGE_NO_EDGES = re.compile(  # a page number at either end of a running title
    r"^(?:page\s*)?\d{1,3}\s*[|·•–-]?\s+|\s+(?:[|·•–-]\s*(?:page\s*)?\d{1,4}|page\s*\d{1,4}"
    r"|\d{1,4}\s*of\s*\d{1,4})$", re.I)
_BLANK_PAGE = re.compile(r"^[\[(]?this page (?:is |has been )?(?:intentionally|deliberately)? ?left blank\.?[\])]?$", re.I)
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.|[A-Z]\.)\s")
_WORDS = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_TERMINAL = (".", "!", "?", ":", ";", ".”", ".’", '."', "?”", "!”", ".)", "…")


def clean_text(text: str) -> str:
    text = text.translate(_TRANSLATE)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


# Compounds that keep their hyphen when a line break falls on it (public-sector usage).
KNOWN_HYPHENATED = word_set("hyphenated-words.toml", "known-hyphenated")
_KEEP_PREFIXES = word_set("hyphenated-words.toml", "keep-prefixes")
_SUFFIXES = word_set("hyphenated-words.toml", "suffixes")
_SUSPENDED = frozenset(("and", "or", "to", "nor"))


def join_hyphenated(left: str, right: str, counts: Counter) -> bool:
    """Keep the hyphen of ``left-`` + ``right`` (True) or join the word (False)?

    A line-end hyphen is a break inside a word ("organ-" + "isation" = "organisation")
    unless there is evidence that the hyphen is part of the word:

    1. the second part starts with a capital or a digit ("pre-" + "COVID", "Covid-" + "19");
    2. the document itself writes the word elsewhere: the more frequent spelling wins
       (its house style beats our list);
    3. the hyphenated form is a known compound (co-production, well-being, long-term, ...);
    4. the first part already has a hyphen ("face-to-" + "face");
    5. the second part is "and", "or", "to" ("pre- and post-school");
    6. the first part is a prefix that takes a hyphen (co, non, self, cross, multi, well,
       ...) and the second part is a word of four or more letters, not a suffix
       ("non-" + "executive", but "self-" + "ish" = "selfish").
    """
    if not right:
        return True
    if right[0].isupper() or right[0].isdigit():
        return True
    lw, rw = left.lower(), right.lower()
    hyphened = f"{lw}-{rw}"
    joined = lw + rw
    nh, nj = counts.get(hyphened, 0), counts.get(joined, 0)
    if nh or nj:
        return nh >= nj
    if hyphened in KNOWN_HYPHENATED:
        return True
    if "-" in lw:
        return True
    if rw in _SUSPENDED:
        return True
    last = lw.rsplit("-", 1)[-1]
    if last in _KEEP_PREFIXES and len(rw) >= 4 and rw not in _SUFFIXES:
        return True
    return False


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL)



_HYPHENS = ("-", "\u2010", "\u00ad")


def para_text(lines: list, counts: Counter) -> str:
    """The paragraph's lines as one text: spaces at line breaks, hyphenated words joined."""
    out = lines[0].text
    for ln in lines[1:]:
        nxt = ln.text
        if not out:
            out = nxt
            continue
        last = out[-1]
        if last in _HYPHENS and len(out) >= 2 and out[-2].isalpha() and nxt[:1].isalpha():
            if last == "\u00ad":
                out = out[:-1] + nxt
                continue
            m = re.search(r"([A-Za-z]+(?:-[A-Za-z]+)*)-$", out.replace("\u2010", "-"))
            left = m.group(1) if m else ""
            m2 = re.match(r"[A-Za-z]+", nxt)
            right = m2.group(0) if m2 else ""
            if left and right and not join_hyphenated(left, right, counts):
                out = out[:-1] + nxt
            else:
                out = out[:-1] + "-" + nxt
            continue
        tail = out.rsplit(" ", 1)[-1]
        if ("://" in tail or tail.startswith("www.")) and last in "/-_.=?&#" and " " not in nxt[:1]:
            out += nxt
            continue
        out += " " + nxt
    return out.replace("\u00ad", "")


def page_starts(lines: list, counts: Counter, cut: int = 0) -> list:
    """[[offset in the paragraph's text, page], ...] where a paragraph that runs over a page
    break goes on to a new page, so each finding carries the page its own words are on."""
    out = []
    for k in range(1, len(lines)):
        if lines[k].page != lines[k - 1].page:
            before = para_text(lines[:k], counts)
            whole = para_text(lines[:k + 1], counts)
            off = len(before) + (1 if whole[len(before):len(before) + 1] == " " else 0)
            out.append([max(0, off - cut), lines[k].page])
    return out
