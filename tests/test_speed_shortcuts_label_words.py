"""Issue 15's speed shortcut in the acronym check's reading of a line as a label (``_label_use``): whether a
block has three (a table cell: four) words or fewer holding a letter is counted up to one more than that and
no further (``check._few_lettered_words``), where every word of the block was counted for the one comparison.
Compared here with the count as it was, kept in the test, on texts of our own, on generated texts and on
every block of the fixtures' and the corpus's Markdown.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sentence_helpers import markdown_files

from plainlint.checks.acronyms.check import _few_lettered_words
from plainlint.config import Config
from plainlint.extract import extract


def _counted_whole(text: str, most: int) -> bool:
    """The test as it was: every word holding a letter counted."""
    return len([w for w in text.split() if any(c.isalpha() for c in w)]) <= most


_OURS = ["", "QZX", "QZX Total", "QZX Home Wards", "QZX Home Wards Team", "12 34 -- QZX", "QZX\u00a0Home\tWards\nTeam",
         "Ünïcödé Straße 4b ½ ²", "a b c d e", "1 2 3 4 5 6", "QZX board met on 3 May 2024 and agreed the plan."]


@pytest.mark.parametrize("most", [3, 4])
def test_our_texts_as_counted_whole(most):
    for text in _OURS:
        assert _few_lettered_words(text, most) == _counted_whole(text, most), text


@given(st.text(alphabet=st.sampled_from("aZ1 \t\n\u00a0.-ßé½²_"), max_size=40), st.sampled_from([3, 4]))
def test_generated_texts_as_counted_whole(text, most):
    assert _few_lettered_words(text, most) == _counted_whole(text, most)


@pytest.mark.parametrize("path", markdown_files(), ids=lambda p: p.name)
def test_every_block_as_counted_whole(path):
    doc = extract(path.read_bytes(), str(path), Config().extract_options())
    for block in doc.blocks:
        text = doc.text[block.start:block.end].strip()
        for most in (3, 4):
            assert _few_lettered_words(text, most) == _counted_whole(text, most)
