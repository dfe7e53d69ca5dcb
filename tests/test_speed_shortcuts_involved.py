"""Issue 15's speed shortcut in the co-production reader's ``_involved_in_decisions`` (people involved in
decisions or governance): a sentence with no hit of people, or with no word of being involved among its
words, is told at once (``INVOLVING.isdisjoint`` of the sentence's lower-case words) instead of walked word
by word. Compared here with the walk as it was, kept in the test, for every sentence the reader reads, on
text of our own (with sentences that do find people involved in decisions, and ones that just miss) and on
the fixtures' and the corpus's Markdown.
"""

from __future__ import annotations

import pytest
from sentence_helpers import markdown_files

from plainlint.analysis import analyse
from plainlint.checks.coproduction.check import reader
from plainlint.checks.coproduction.reading import (CLAUSE_BREAKS, DECISION_WORDS, INVOLVING, OWN_CARE, Hit,
                                                   SentenceReader, Tag)
from plainlint.config import Config
from plainlint.extract import extract

_OURS = """# Running the garden project

Tenants were involved in the planning and decisions about the shared garden from the start.

Young carers, who were involved in governance of the project, met the board each month.

Patients were involved in choices about their own treatment, which is not the same thing.

Volunteers took part in the sessions and were involved in running them; the board kept the decisions.

Parents involved in the redesign agreed the budget with us.

We involved residents in the survey.
"""


def _walk(self, scan, people) -> list:
    """``_involved_in_decisions`` as it was: every word of the sentence walked."""
    out = []
    for i in range(scan.lo, scan.hi - 1):
        if self._low(scan, i) not in INVOLVING or self._low(scan, i + 1) != "in":
            continue
        if not any(0 <= i - p.end <= 3 for p in people):
            continue
        for j in range(i + 2, min(scan.hi, i + 11)):
            w = self._low(scan, j)
            if w in CLAUSE_BREAKS and w != "and" and w != ",":
                break
            if w in DECISION_WORDS:
                if not set(self._words(scan, j + 1, j + 5)) & OWN_CARE:
                    out.append(Hit(Tag("ctx", "co-producing"), j, j + 1))
                break
    return out


def _compare(data: bytes, name: str) -> int:
    cfg = Config()
    r = reader(analyse(extract(data, name, cfg.extract_options()), model=cfg.model), cfg)
    found = 0
    for scan in r.sentences:
        for people in ([h for h in scan.hits if h.tag.kind == "people"], list(scan.hits), []):
            got = SentenceReader._involved_in_decisions(r, scan, people)
            assert got == _walk(r, scan, people)
            found += len(got)
    return found


def test_our_text_as_walking_each_word():
    assert _compare(_OURS.encode("utf-8"), "ours.md") >= 2


@pytest.mark.parametrize("path", markdown_files(), ids=lambda p: p.name)
def test_markdown_as_walking_each_word(path):
    _compare(path.read_bytes(), str(path))
