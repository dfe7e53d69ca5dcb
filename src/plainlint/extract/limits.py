"""The size limits every reader applies (settings max-file-words and max-file-paragraphs):
in a module of their own so the readers and the package can both import them without
importing each other."""

from __future__ import annotations

import re
from itertools import islice
from typing import Optional

from ..errors import ExtractError

# What the analysis costs grows with the words and the blocks of a document, all held at
# once (spaCy keeps about 5 KB per block and a few hundred bytes per word, and the rules
# read the whole document): a 4.6 MB Markdown table of 390,000 cells took over 2 GB and a
# minute. Real documents are far below the limits (the largest of our corpus of UK public
# papers: 105,000 words, 9,155 blocks); one beyond them is refused in one line before any
# analysis, in well under a second.
_WORD = re.compile(r"[^\W_]+")


def more_words_than(text: str, limit: int) -> bool:
    """Does ``text`` hold more than ``limit`` words (runs of letters and digits)? Stops
    counting at the limit."""
    return next(islice(_WORD.finditer(text), limit, None), None) is not None


def words_up_to(text: str, cap: int) -> int:
    """The words of ``text`` (runs of letters and digits), counted up to ``cap`` at most
    (the matches counted in C: ``bool`` of a match is True)."""
    return sum(map(bool, islice(_WORD.finditer(text), cap)))


# each byte of UTF-8 text: b"a" for an ASCII letter or digit, b" " for any other
_ASCII_WORD_BYTES = bytes(ord("a") if chr(i).isascii() and chr(i).isalnum() else ord(" ") for i in range(256))


def words_at_most(text: str) -> int:
    """An upper bound on the words of ``text`` (runs of letters and digits), found in C with no
    pattern (0.004 s for 1 MB, against 0.03 s to count them): the runs of ASCII letters and
    digits in its UTF-8 bytes, plus one for each byte beyond the first of every character
    beyond ASCII. Sound: a word holding an ASCII letter or digit holds at least one such run
    of its own (every ASCII letter or digit is a word character), and a word of characters
    beyond ASCII alone has at least one such character, which takes two bytes or more.
    ``tests/test_speed_shortcuts_start.py`` holds it against the count."""
    data = text.encode("utf-8", "surrogatepass")
    marks = data.translate(_ASCII_WORD_BYTES)
    return marks.count(b" a") + marks.startswith(b"a") + len(data) - len(text)


def check_size(text: str, blocks: int, options, source: bool = False, at_most: Optional[int] = None) -> int:
    """One ExtractError (too-large) when a document is beyond ``max-file-words`` or
    ``max-file-paragraphs``. ``source``: ``text`` is a text or Markdown file before it is
    read, where markup may count as words, so only twice the word limit is refused there.
    ``at_most``: ``text`` is known to hold no more words than that (a reader's text made of
    pieces of a source it counted): within the limit, they are not counted again. Returns
    the words counted (up to the limit and one more), or a number of words the text has no
    more than, within the limit: ``at_most``, or :func:`words_at_most` when that is within
    ``max-file-words`` (so a text file's text is not counted after its source either)."""
    max_blocks = getattr(options, "max_blocks", 40_000)
    max_words = getattr(options, "max_words", 200_000)
    if blocks > max_blocks:
        raise ExtractError(
            "too-large",
            f"{blocks:,} paragraphs, headings, list items and table cells, over the limit of "
            f"{max_blocks:,} (setting max-file-paragraphs): too big to check in one go; split it",
        )
    words = 2 * max_words if source else max_words
    if at_most is not None and at_most <= words:
        return at_most
    bound = words_at_most(text)
    if bound <= max_words:
        return bound
    counted = words_up_to(text, words + 1)
    if counted > words:
        raise ExtractError(
            "too-large",
            f"more than {words:,} words, over the limit of {max_words:,} (setting max-file-words): "
            "too big to check in one go; split it",
        )
    return counted
