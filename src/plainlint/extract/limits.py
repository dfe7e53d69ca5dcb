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


def check_size(text: str, blocks: int, options, source: bool = False, at_most: Optional[int] = None) -> int:
    """One ExtractError (too-large) when a document is beyond ``max-file-words`` or
    ``max-file-paragraphs``. ``source``: ``text`` is a text or Markdown file before it is
    read, where markup may count as words, so only twice the word limit is refused there.
    ``at_most``: ``text`` is known to hold no more words than that (a reader's text made of
    pieces of a source it counted): within the limit, they are not counted again. Returns
    the words counted (up to the limit and one more), or ``at_most`` when not counted."""
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
    counted = words_up_to(text, words + 1)
    if counted > words:
        raise ExtractError(
            "too-large",
            f"more than {words:,} words, over the limit of {max_words:,} (setting max-file-words): "
            "too big to check in one go; split it",
        )
    return counted
