"""Issue 15's speed shortcut in the co-production reader (``SentenceReader._lower``): a block's kept
tokens in lower case are looked up in ``Analysed.lower_of`` (each distinct token text of the document
lowered once, already made for the phrase matcher's prepare) instead of ``str.lower`` of each token.
Compared here with ``str.lower`` token by token, for every block the reader reads, on text of our own
(capitals, letters beyond ASCII whose lower case is longer, line breaks and double spaces) and on the
fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plainlint.analysis import analyse
from plainlint.checks.coproduction.check import reader
from plainlint.config import Config
from plainlint.extract import extract

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

_OURS = """# How we worked with residents

We co-produced the plan with residents and carers, who helped us design the new service.

The Steering Group, including parents and YOUNG PEOPLE, agreed the priorities with us  and
shaped the İstanbul-style market day ÉTÉ with the council.

- Residents told us what mattered to them.
- We listened to 150 young people.

Staff worked alongside people with lived experience to redesign the offer; we consulted
the public on it.
"""


def _lowers_by_str_lower(r) -> dict:
    texts = r.analysed.token_texts
    return {bi: [texts[bi][k].lower() for k in r.blocks[bi][0]] for bi in r._lowers}


def _check(data: bytes, name: str) -> int:
    cfg = Config()
    a = analyse(extract(data, name, cfg.extract_options()), model=cfg.model)
    r = reader(a, cfg)
    for bi, (_keep, hits) in enumerate(r.blocks):
        if hits:
            r._lower(bi)  # every block the reader may read, not only those its rules asked for
    assert {bi: r._lower(bi) for bi in r._lowers} == _lowers_by_str_lower(r)
    return len(r._lowers)


def test_our_text_as_lowering_each_token():
    assert _check(_OURS.encode("utf-8"), "ours.md") >= 3


@pytest.mark.parametrize("path", sorted(p for p in _FIXTURES.iterdir() if p.suffix in (".md", ".txt")),
                         ids=lambda p: p.name)
def test_fixtures_as_lowering_each_token(path):
    _check(path.read_bytes(), str(path))
